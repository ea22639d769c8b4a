"""CLI commands for the questions in :mod:`alliance_graph.answers`: ``shared``, ``path``,
``overlap`` and ``conflicts``. Each opens the graph, calls one library function and prints
its answer with the shared ``--format table|json|csv`` option.
"""

from __future__ import annotations

import click

from alliance_graph import answers
from alliance_graph.cli import as_of_option, cli, emit, open_graph, output_options, user_errors

_ALL = click.option("--all", "include_all", is_flag=True,
                    help="Count every standing (suspended, observer, candidate...), not only full members.")


@cli.command()
@click.argument("state_a", metavar="STATE")
@click.argument("state_b", metavar="STATE")
@as_of_option
@_ALL
@output_options
@click.pass_context
@user_errors
def shared(ctx: click.Context, state_a: str, state_b: str, as_of: str | None, include_all: bool, fmt: str) -> None:
    """The organisations two states both belong to on a date.

    \b
    Example:
        alliance-graph shared Russia Kazakhstan --as-of 2024-03-01
    """
    with open_graph(ctx) as graph:
        result = answers.shared(graph, state_a, state_b, as_of=as_of, include_all=include_all)
    emit([o.to_json() for o in result.organizations], fmt,
         columns=["organization", "id", "status_a", "status_b", "since_a", "since_b"])


@cli.command("path")
@click.argument("state_a", metavar="STATE")
@click.argument("state_b", metavar="STATE")
@as_of_option
@_ALL
@output_options
@click.pass_context
@user_errors
def path_command(ctx: click.Context, state_a: str, state_b: str, as_of: str | None, include_all: bool,
                 fmt: str) -> None:
    """How two states are connected through common organisations on a date.

    Prints the shortest chain state, organisation, state, ...; each step's status is the
    membership linking it to the step before.

    \b
    Example:
        alliance-graph path Armenia Finland --as-of 2024-03-01
    """
    with open_graph(ctx) as graph:
        result = answers.path(graph, state_a, state_b, as_of=as_of, include_all=include_all)
    emit([{"step": i, **s.to_json()} for i, s in enumerate(result.steps)], fmt,
         columns=["step", "kind", "name", "id", "status", "since"])


@cli.command()
@click.argument("org_a", metavar="ORG")
@click.argument("org_b", metavar="ORG")
@as_of_option
@_ALL
@output_options
@click.pass_context
@user_errors
def overlap(ctx: click.Context, org_a: str, org_b: str, as_of: str | None, include_all: bool, fmt: str) -> None:
    """The members two organisations have in common on a date, and those only in one.

    \b
    Example:
        alliance-graph overlap NATO EU --as-of 2024-03-01 --format csv
    """
    with open_graph(ctx) as graph:
        result = answers.overlap(graph, org_a, org_b, as_of=as_of, include_all=include_all)
    where = {"both": "both", "a": f"only {result.a}", "b": f"only {result.b}"}
    emit([{"in": where[m.where], **m.to_json()} for m in result.both + result.only_a + result.only_b], fmt,
         columns=["in", "name", "id", "status_a", "status_b"])


@cli.command()
@click.argument("name", required=False)
@output_options
@click.pass_context
@user_errors
def conflicts(ctx: click.Context, name: str | None, fmt: str) -> None:
    """Facts on which sources disagree: claimed in one place and denied in another, or one
    event given different dates; one row per claim, with who said it and where.

    \b
    Example:
        alliance-graph conflicts CSTO
    """
    with open_graph(ctx) as graph:
        found = answers.conflicts(graph, name)
    rows = [{"kind": c.kind, "subject": c.subject, "relation": c.relation, "organization": c.organization,
             "status": k.status, "date": k.date, "attributed_to": k.attributed_to, "doc": k.doc,
             "evidence": k.evidence} for c in found for k in c.claims]
    if fmt == "table":
        for row in rows:
            text = " ".join(row["evidence"].split())
            row["evidence"] = text if len(text) <= 80 else text[:79] + "\u2026"
    emit(rows, fmt, json_rows=[c.to_json() for c in found],
         columns=["kind", "subject", "relation", "organization", "status", "date", "attributed_to",
                  "doc", "evidence"])
