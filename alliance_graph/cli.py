"""The ``alliance-graph`` command line: a thin click layer over :class:`AllianceGraph`.

Each command opens the graph, calls one library method and formats the answer. Only
:class:`~alliance_graph.errors.AllianceGraphError` becomes a one-line message and exit status
1; anything else is a bug and keeps its traceback. The extractor (and so spaCy) is imported only
by ``ingest``, ``extract`` and ``evaluate``. Tables, CSV and JSON are formatted by
:mod:`alliance_graph.cli_output`.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import click

from alliance_graph.cli_output import (
    EVENT_COLUMNS, emit, event_row, evidence_docs, format_csv, format_table, member_json, shorten,
)
from alliance_graph.errors import AllianceGraphError, InputError, QueryError
from alliance_graph.graph import EXPORT_FORMATS, AllianceGraph


# ---------------------------------------------------------------------- plumbing
def user_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn AllianceGraphError into click's one-line error (exit 1); nothing else."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except AllianceGraphError as exc:
            raise click.ClickException(" ".join(str(exc).split())) from exc

    return wrapper


def output_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The shared ``--format table|json|csv`` option of every query command."""
    return click.option(
        "--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
        show_default=True, help="Output format: aligned table, JSON array of objects, or CSV.",
    )(func)


#: The ``--as-of DATE`` option of the questions about a date.
as_of_option = click.option("--as-of", default=None, metavar="DATE",
                            help="YYYY, YYYY-MM or YYYY-MM-DD (default today).")


@contextmanager
def open_graph(ctx: click.Context, *, writing: bool = False) -> Iterator[AllianceGraph]:
    """Open the graph named by the global options (questions never create a store)."""
    obj = ctx.find_root().obj
    graph = AllianceGraph.open(obj["store"], update_url=obj["update_url"], create=writing,
                               extractor=obj.get("extractor"))
    try:
        yield graph
    finally:
        graph.close()


def extractor_only(ctx: click.Context) -> AllianceGraph:
    """A graph without a store, for extraction and evaluation."""
    return AllianceGraph(None, extractor=ctx.find_root().obj.get("extractor"))


def _read_query(text: str) -> str:
    if text.startswith("@"):
        path = text[1:]
        try:
            with open(path, encoding="utf-8") as fh:
                return fh.read()
        except FileNotFoundError:
            raise InputError(f"{path}: no such file.") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: cannot be read ({exc}).") from None
    return text


def _pairs(values: Sequence[str], option: str) -> dict[str, str]:
    out = {}
    for value in values:
        name, sep, val = value.partition("=")
        if not sep or not name:
            raise QueryError(f"{option} expects NAME=VALUE, got {value!r}.")
        out[name] = val
    return out


# ---------------------------------------------------------------------- the group
@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="alliance-graph")
@click.option("--store", default="./alliance-graph.db", show_default=True, envvar="ALLIANCE_GRAPH_STORE",
              help="A store directory, 'memory', or an http(s):// SPARQL endpoint.")
@click.option("--update-url", default=None, help="SPARQL update endpoint of a remote store (if not --store).")
@click.pass_context
def cli(ctx: click.Context, store: str, update_url: str | None) -> None:
    """A temporal, evidence-backed knowledge graph of who belongs to which international
    organisation, built from news articles.

    \b
    Example:
        alliance-graph ingest seeds/
        alliance-graph members CSTO --as-of 2024-03-01
    """
    ctx.ensure_object(dict)
    ctx.obj["store"] = store
    ctx.obj["update_url"] = update_url


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", default=None, metavar="DATE", help="Publication date for documents that give none.")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(min=1),
              help="Processes that parse documents in parallel.")
@click.option("--batch-size", default=32, show_default=True, type=click.IntRange(min=1),
              help="Documents handed to the parser at a time.")
@click.option("--events", "events", is_flag=True,
              help="PATHS are events files written by `extract --format jsonl` (e.g. by shards).")
@click.pass_context
@user_errors
def ingest(ctx: click.Context, paths: tuple[str, ...], published: str | None, jobs: int, batch_size: int,
           events: bool) -> None:
    """Extract events from documents (.txt, .jsonl, .html files, directories, - for stdin) and
    store them.

    Idempotent: a document whose content is already stored is left unchanged, so an
    interrupted ingest is resumed by running it again. Skipped files and lines are listed on
    stderr; on a terminal a progress line shows documents per second.

    \b
    Example:
        alliance-graph ingest seeds/ --published 2024-02-23
        alliance-graph ingest corpus.jsonl pages/ --jobs 4
        alliance-graph extract shard-1.jsonl > events-1.jsonl   # anywhere, in parallel
        alliance-graph ingest --events events-*.jsonl
    """
    import sys

    from alliance_graph.corpus import ProgressLine

    if events and published is not None:
        raise click.UsageError("--published does not apply to --events (the events carry their dates).")
    progress = ProgressLine(sys.stderr) if sys.stderr.isatty() else None
    running: list[Any] = []

    def skipped(path: str, reason: str) -> None:
        if progress is not None:
            progress.close()
        click.echo(f"skipped {path}: {reason}", err=True)

    def advanced(summary: Any) -> None:
        running[:] = [summary]
        if progress is not None:
            progress.update(summary)

    try:
        with open_graph(ctx, writing=True) as graph:
            if events:
                summary = graph.ingest_events(list(paths), on_skip=skipped, on_progress=advanced)
            else:
                summary = graph.ingest(list(paths), published=published, on_skip=skipped, jobs=jobs,
                                       batch_size=batch_size, on_progress=advanced)
    except KeyboardInterrupt:
        if progress is not None:
            progress.close()
        done = f" after {running[0]}" if running else ""
        click.echo(f"Interrupted{done}: run the same command again to continue.", err=True)
        ctx.exit(130)
    if progress is not None:
        progress.close()
    click.echo(str(summary))


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", default=None, metavar="DATE", help="Publication date for documents that give none.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(min=1),
              help="Processes that parse documents in parallel.")
@click.pass_context
@user_errors
def extract(ctx: click.Context, paths: tuple[str, ...], published: str | None, fmt: str, jobs: int) -> None:
    """Extract events and print them without storing anything.

    JSON Lines output carries each document's `published` date and `doc_sha256` content hash,
    so that `ingest --events` can load it into a store later. Skipped files and lines are
    listed on stderr.

    \b
    Example:
        alliance-graph extract seeds/csto_armenia_freeze.txt --format table
        alliance-graph extract corpus.jsonl --jobs 4 > events.jsonl
    """
    from alliance_graph.corpus import event_record

    def skipped(path: str, reason: str) -> None:
        click.echo(f"skipped {path}: {reason}", err=True)

    events = extractor_only(ctx).extract(list(paths), published=published, on_skip=skipped, jobs=jobs)
    if fmt == "jsonl":
        for event in events:
            click.echo(json.dumps(event_record(event), ensure_ascii=False))
    else:
        click.echo(format_table([event_row(e) for e in events]))


@cli.command()
@click.argument("org")
@as_of_option
@click.option("--all", "include_all", is_flag=True, help="Also suspended, withdrawn, observers, partners...")
@output_options
@click.pass_context
@user_errors
def members(ctx: click.Context, org: str, as_of: str | None, include_all: bool, fmt: str) -> None:
    """The members of an organisation on a date.

    \b
    Example:
        alliance-graph members CSTO --as-of 2024-03-01 --all --format json
    """
    with open_graph(ctx) as graph:
        rows = graph.members(org, as_of=as_of, include_all=include_all)
    emit([{"name": r.name, "id": r.id, "status": r.status, "since": r.since, "until": r.until,
           "docs": evidence_docs(r.evidence)} for r in rows], fmt, json_rows=[member_json(r) for r in rows],
         columns=["name", "id", "status", "since", "until", "docs"])


@cli.command()
@click.argument("state")
@as_of_option
@output_options
@click.pass_context
@user_errors
def memberships(ctx: click.Context, state: str, as_of: str | None, fmt: str) -> None:
    """The organisations a state belongs to on a date, with status.

    \b
    Example:
        alliance-graph memberships Armenia --as-of 2024-06
    """
    with open_graph(ctx) as graph:
        rows = graph.memberships(state, as_of=as_of)
    emit([{"organization": r.organization, "id": r.id, "status": r.status, "since": r.since,
           "until": r.until, "docs": evidence_docs(r.evidence)} for r in rows], fmt,
         json_rows=[r.to_json() for r in rows],
         columns=["organization", "id", "status", "since", "until", "docs"])


@cli.command()
@click.argument("name")
@output_options
@click.pass_context
@user_errors
def timeline(ctx: click.Context, name: str, fmt: str) -> None:
    """The dated events of an organisation or a state, in order (undated ones last).

    \b
    Example:
        alliance-graph timeline "Collective Security Treaty Organization"
    """
    with open_graph(ctx) as graph:
        events = graph.timeline(name)
    emit([event_row(e) for e in events], fmt, json_rows=[e.to_json() for e in events],
         columns=list(EVENT_COLUMNS))


@cli.command()
@click.argument("state")
@click.argument("org")
@output_options
@click.pass_context
@user_errors
def explain(ctx: click.Context, state: str, org: str, fmt: str) -> None:
    """The membership history of a pair, with the evidence sentences behind each step.

    \b
    Example:
        alliance-graph explain Armenia CSTO
    """
    with open_graph(ctx) as graph:
        x = graph.explain(state, org)
    if fmt == "json":
        click.echo(json.dumps([x.to_json()], indent=2, ensure_ascii=False))
        return
    if fmt == "csv":
        click.echo(format_csv([event_row(e) for e in x.history], EVENT_COLUMNS))
        return
    lines = [f"{x.subject} ({x.subject_id}) in {x.organization} ({x.organization_id})", ""]
    if not x.states and not x.history:
        lines.append("No events about this pair.")
    for s in x.states:
        lines.append(f"{s.status}  since {s.since or '?'}  until {s.until or '-'}")
        for e in s.events:
            lines.append(f"    {e.doc}: \"{' '.join(e.evidence.text.split())}\"")
    if x.history:
        lines += ["", "History (all claims, including announced and denied):",
                  format_table([{**event_row(e), "evidence": shorten(e.evidence.text)} for e in x.history],
                               ["effective", "relation", "status", "attributed_to", "doc", "evidence"])]
    click.echo("\n".join(lines))


@cli.command()
@click.argument("query", required=False)
@click.option("--bind", "binds", multiple=True, metavar="NAME=VALUE", help="Bind a variable to a plain literal.")
@click.option("--bind-iri", "iri_binds", multiple=True, metavar="NAME=IRI", help="Bind a variable to an IRI.")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries.")
@click.option("--name", "query_name", default=None, help="Run a named query (see --list).")
@output_options
@click.pass_context
@user_errors
def sparql(ctx: click.Context, query: str | None, binds: tuple[str, ...], iri_binds: tuple[str, ...],
           list_queries: bool, query_name: str | None, fmt: str) -> None:
    """Run a read-only SPARQL query (text, or @file.rq); updates are refused.

    The ag:, org:, prov:, dcterms:, skos: and time: prefixes are predeclared.

    \b
    Example:
        alliance-graph sparql 'SELECT ?s WHERE { ?s ag:memberOf ?o }' \\
            --bind-iri o=https://w3id.org/alliance-graph/id/org/CSTO
        alliance-graph sparql --name members-on-date --bind-iri org=... --bind date=2024-03-01
    """
    from alliance_graph.sparql import named_queries

    if list_queries:
        emit([{"name": q.name, "description": q.description} for q in named_queries().values()], fmt)
        return
    if query_name is not None:
        found = named_queries().get(query_name)
        if found is None:
            raise QueryError(f"No named query {query_name!r}: see --list.")
        text = found.text
    elif query is not None:
        text = _read_query(query)
    else:
        raise click.UsageError("Give a QUERY, --name NAME or --list.")
    with open_graph(ctx) as graph:
        result = graph.sparql(text, bindings=_pairs(binds, "--bind"),
                              iri_bindings=_pairs(iri_binds, "--bind-iri"))
    if result.form == "ASK":
        emit([{"boolean": bool(result.boolean)}], fmt)
    elif fmt == "csv":
        click.echo(result.to_csv().replace("\r\n", "\n").rstrip("\n"))
    else:
        emit(result.rows, fmt, columns=result.vars)


@cli.command()
@click.argument("out")
@click.option("--format", "fmt", type=click.Choice(list(EXPORT_FORMATS)), default=None,
              help="Output format (default: from the extension of OUT).")
@click.option("--org", "orgs", multiple=True, metavar="ORG", help="Only this organisation (repeatable).")
@click.option("--state", "states", multiple=True, metavar="STATE", help="Only this state (repeatable).")
@click.option("--as-of", default=None, metavar="DATE",
              help="Only events known by DATE and memberships that hold on it.")
@click.option("--memberships", is_flag=True, help="CSV of membership intervals instead of events.")
@click.pass_context
@user_errors
def export(ctx: click.Context, out: str, fmt: str | None, orgs: tuple[str, ...], states: tuple[str, ...],
           as_of: str | None, memberships: bool) -> None:
    """Write the graph as GraphML, Turtle, N-Triples, JSON-LD or CSV (events), whole or only
    the part about some organisations and states (their events, evidence, documents and
    memberships; in GraphML, them and their neighbours).

    \b
    Example:
        alliance-graph export alliances.graphml
        alliance-graph export dump.ttl
        alliance-graph export csto.graphml --org CSTO --as-of 2024-03-01
        alliance-graph export armenia.csv --state Armenia --memberships
    """
    with open_graph(ctx) as graph:
        used = graph.export(out, fmt=fmt, orgs=orgs, states=states, as_of=as_of, memberships=memberships)
    click.echo(f"Wrote {out} ({used}).", err=True)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=7878, show_default=True, type=int)
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds a query may run before the endpoint answers 503.")
@click.pass_context
@user_errors
def serve(ctx: click.Context, host: str, port: int, timeout: float) -> None:
    """Serve the store as a read-only SPARQL 1.1 Protocol endpoint.

    An on-disk store is served by `oxigraph serve-read-only` when the binary is installed;
    otherwise a small built-in server answers GET/POST query= at /query. Do not ingest while
    serving.

    \b
    Example:
        alliance-graph serve --port 7878
        curl 'http://127.0.0.1:7878/query' --data-urlencode 'query=ASK { ?s ?p ?o }'
    """
    from alliance_graph.server import oxigraph_binary, serve_oxigraph, serve_store
    from alliance_graph.store import is_directory_spec

    spec = ctx.find_root().obj["store"]
    if is_directory_spec(spec) and oxigraph_binary():
        click.echo(f"Serving {spec} at http://{host}:{port}/query (oxigraph; Ctrl-C stops)", err=True)
        ctx.exit(serve_oxigraph(spec, host=host, port=port, timeout=timeout))
    with open_graph(ctx) as graph:
        serve_store(graph.store, host=host, port=port, timeout=timeout,
                    ready=lambda url: click.echo(f"Serving {spec} at {url} (Ctrl-C stops)", err=True))


@cli.command()
@output_options
@click.pass_context
@user_errors
def stats(ctx: click.Context, fmt: str) -> None:
    """Counts of documents, events, states, organisations and triples.

    \b
    Example:
        alliance-graph --store memory stats --format json
    """
    with open_graph(ctx) as graph:
        counts = graph.stats()
    emit([{"what": k, "count": v} for k, v in counts.items()], fmt)


@cli.command()
@click.argument("gold", type=click.Path(dir_okay=False))
@click.argument("docs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--errors", "show_errors", is_flag=True, help="List every missed and spurious event.")
@click.pass_context
@user_errors
def evaluate(ctx: click.Context, gold: str, docs: tuple[str, ...], fmt: str, show_errors: bool) -> None:
    """Extract DOCS and score the events against a gold JSON Lines file.

    Documents named in distractors*.txt files next to GOLD count as distractors.

    \b
    Example:
        alliance-graph evaluate tests/data/seeds_gold.jsonl seeds/ --errors
    """
    from alliance_graph.evaluate import format_report

    if not os.path.isfile(gold):
        raise InputError(f"{gold}: no such file.")
    report = extractor_only(ctx).evaluate(gold, list(docs))
    if fmt == "json":
        data = report.to_json()
        if not show_errors:
            data.pop("errors", None)
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        click.echo(format_report(report, max_errors=None if show_errors else 0))


def main() -> None:
    """Console-script entry point."""
    cli(obj={})


# Command groups that live in their own modules register themselves on ``cli`` when
# imported; each import is one line here.


__all__ = ["as_of_option", "cli", "emit", "format_csv", "format_table", "main", "output_options", "user_errors"]
from alliance_graph import cli_answers  # noqa: E402,F401
from alliance_graph import cli_plot  # noqa: E402,F401
