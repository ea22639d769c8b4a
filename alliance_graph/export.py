"""Writing the graph out: RDF (Turtle, N-Triples, JSON-LD, TriG, N-Quads) and CSV.

GraphML is written from the networkx projection by ``network``/``graph``; this module only
names the format (:func:`format_from_extension`).

Example:
    >>> format_from_extension("out/graph.ttl")
    'turtle'
    >>> format_from_extension("graph.jsonld")
    'jsonld'
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from alliance_graph.errors import InputError
from alliance_graph.model import Event, MembershipState
from alliance_graph.store import Store

_EXTENSIONS = {".graphml": "graphml", ".ttl": "turtle", ".turtle": "turtle", ".nt": "nt",
               ".jsonld": "jsonld", ".json": "jsonld", ".csv": "csv", ".trig": "trig",
               ".nq": "nquads"}
RDF_FORMATS = ("turtle", "nt", "jsonld", "trig", "nquads")

EVENT_COLUMNS = ("doc", "doc_sha256", "published", "subject", "subject_id", "relation",
                 "organization", "organization_id", "date", "status", "attributed_to",
                 "confidence", "evidence_text", "evidence_start", "evidence_end")
MEMBERSHIP_COLUMNS = ("subject", "subject_id", "organization", "organization_id", "status",
                      "since", "until", "n_events", "docs")


def format_from_extension(path: str | Path) -> str:
    """The export format named by a file extension; InputError when unknown."""
    suffix = Path(path).suffix.lower()
    try:
        return _EXTENSIONS[suffix]
    except KeyError:
        known = ", ".join(sorted(_EXTENSIONS))
        raise InputError(f"Cannot tell the format of {str(path)!r}: use one of {known} or --format.") from None


def export_rdf(store: Store, path_or_stream: str | Path | IO[bytes], fmt: str) -> None:
    """Write everything in ``store`` as ``fmt`` (turtle, nt, jsonld, trig, nquads).

    turtle/nt/jsonld hold the union of all graphs; trig/nquads keep the named graphs.
    """
    if fmt not in RDF_FORMATS:
        raise InputError(f"Unknown RDF format {fmt!r}: expected one of {', '.join(RDF_FORMATS)}.")
    data = store.serialize(fmt)
    if isinstance(path_or_stream, (str, Path)):
        try:
            Path(path_or_stream).write_bytes(data)
        except OSError as exc:
            raise InputError(f"Cannot write {path_or_stream}: {exc.strerror}.") from None
    else:
        path_or_stream.write(data)


def _open_csv(path: str | Path | IO[str]):
    if isinstance(path, (str, Path)):
        try:
            return open(path, "w", newline="", encoding="utf-8"), True
        except OSError as exc:
            raise InputError(f"Cannot write {path}: {exc.strerror}.") from None
    return path, False


def export_csv(events: Sequence[Event], path: str | Path | IO[str]) -> None:
    """One row per event: the contract fields, evidence flattened to text/start/end."""
    handle, owned = _open_csv(path)
    try:
        writer = csv.writer(handle)
        writer.writerow(EVENT_COLUMNS)
        for e in events:
            writer.writerow([e.doc, e.doc_sha256 or "", e.published or "", e.subject, e.subject_id,
                             e.relation, e.organization, e.organization_id, e.date or "", e.status,
                             e.attributed_to or "", e.confidence, e.evidence.text,
                             e.evidence.start, e.evidence.end])
    finally:
        if owned:
            handle.close()


def export_memberships_csv(states: Sequence[MembershipState], path: str | Path | IO[str]) -> None:
    """One row per membership state; ``docs`` lists the source documents, ``;``-separated."""
    handle, owned = _open_csv(path)
    try:
        writer = csv.writer(handle)
        writer.writerow(MEMBERSHIP_COLUMNS)
        for s in states:
            docs = ";".join(dict.fromkeys(e.doc for e in s.events))
            writer.writerow([s.subject, s.subject_id, s.organization, s.organization_id, s.status,
                             s.since or "", s.until or "", len(s.events), docs])
    finally:
        if owned:
            handle.close()
