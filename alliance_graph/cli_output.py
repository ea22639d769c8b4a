"""How the command line prints answers: rows as an aligned table, CSV or JSON, and the row
shapes of events and members the commands share.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

import click

from alliance_graph.membership import effective_date
from alliance_graph.model import Event

Row = dict[str, Any]

#: The columns of an event row (:func:`event_row`), in order.
EVENT_COLUMNS = ("date", "effective", "subject", "relation", "organization", "status",
                 "attributed_to", "doc", "evidence")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:g}"
    return " ".join(str(value).split())


def format_table(rows: Sequence[Row], columns: Sequence[str] | None = None) -> str:
    """Rows as aligned plain-text columns with a header line.

    Examples:
        >>> print(format_table([{"name": "Russia", "id": "RUS"}, {"name": "Armenia", "id": "ARM"}]))
        name     id
        -------  ---
        Russia   RUS
        Armenia  ARM
    """
    if not rows and not columns:
        return "(no rows)"
    columns = list(columns or rows[0].keys())
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
    if not rows:
        lines.append("(no rows)")
    return "\n".join(lines)


def format_csv(rows: Sequence[Row], columns: Sequence[str] | None = None) -> str:
    """Rows as CSV with a header line (lists joined with ``; ``)."""
    columns = list(columns or (rows[0].keys() if rows else []))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    return out.getvalue().rstrip("\n")


def emit(rows: Sequence[Row], fmt: str, *, json_rows: Sequence[Row] | None = None,
         columns: Sequence[str] | None = None) -> None:
    """Print rows in the chosen format; ``json_rows`` (richer objects) replace rows for JSON."""
    if fmt == "json":
        click.echo(json.dumps(list(json_rows if json_rows is not None else rows), indent=2, ensure_ascii=False))
    elif fmt == "csv":
        click.echo(format_csv(rows, columns))
    else:
        click.echo(format_table(rows, columns))


def evidence_docs(evidence: Sequence[Any]) -> str:
    """The documents of some evidence, each once, joined with ``; ``."""
    return "; ".join(dict.fromkeys(e.doc for e in evidence))


def event_row(e: Event) -> Row:
    """An event as a row of :data:`EVENT_COLUMNS`."""
    return {"date": e.date or "", "effective": effective_date(e) or "", "subject": e.subject,
            "relation": e.relation, "organization": e.organization, "status": e.status,
            "attributed_to": e.attributed_to, "doc": e.doc, "evidence": e.evidence.text}


def shorten(text: str, width: int = 90) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def member_json(row: Any) -> Row:
    """cli.md's object: name, id, status, since, evidence, then the extra keys."""
    data = row.to_json()
    first = {k: data.pop(k) for k in ("name", "id", "status", "since", "evidence")}
    return {**first, **data}
