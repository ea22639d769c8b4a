"""Exports parse back and match the store."""

from __future__ import annotations

import csv
import io

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from alliance_graph.errors import InputError
from alliance_graph.export import (
    EVENT_COLUMNS, export_csv, export_memberships_csv, export_rdf, format_from_extension,
)
from alliance_graph.model import MembershipState
from alliance_graph.store import Store
try:
    from tests.test_store import DOC_A, DOC_B, EVENTS_A, EVENTS_B
except ImportError:  # tests/ is not a package: pytest puts it on sys.path
    from test_store import DOC_A, DOC_B, EVENTS_A, EVENTS_B


@pytest.fixture
def store():
    with Store.open("memory") as s:
        s.add_document(DOC_A, EVENTS_A, extractor_version="0.1.0")
        s.add_document(DOC_B, EVENTS_B, extractor_version="0.1.0")
        yield s


@pytest.mark.parametrize("fmt, parse_as, ext", [("turtle", "turtle", "ttl"), ("nt", "nt", "nt"),
                                                ("jsonld", "json-ld", "jsonld")])
def test_rdf_round_trip(store, tmp_path, fmt, parse_as, ext):
    path = tmp_path / f"out.{ext}"
    export_rdf(store, path, format_from_extension(path))
    back = Graph().parse(path, format=parse_as)
    assert len(back) > 50
    assert isomorphic(back, store.to_graph())


def test_rdf_to_stream_keeps_graphs(store):
    buf = io.BytesIO()
    export_rdf(store, buf, "trig")
    back = Dataset().parse(data=buf.getvalue(), format="trig")
    assert {str(g.identifier) for g in back.graphs() if len(g)} >= {
        "https://w3id.org/alliance-graph/id/doc/" + DOC_A.sha256,
        "https://w3id.org/alliance-graph/id/doc/" + DOC_B.sha256}


def test_events_csv(store, tmp_path):
    path = tmp_path / "events.csv"
    events = store.events()
    export_csv(events, path)
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert tuple(rows[0]) == EVENT_COLUMNS and len(rows) == len(EVENTS_A + EVENTS_B)
    by_text = {r["evidence_text"]: r for r in rows}
    first = by_text[EVENTS_A[0].evidence.text]
    assert (first["subject_id"], first["relation"], first["date"], first["evidence_start"]) == (
        "ARM", "suspends", "2024-02", "0")


def test_memberships_csv(tmp_path):
    path = tmp_path / "m.csv"
    export_memberships_csv([MembershipState("Armenia", "ARM", "CSTO", "CSTO", "suspended", "2024-02",
                                            None, events=(EVENTS_A[0],))], path)
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert rows == [{"subject": "Armenia", "subject_id": "ARM", "organization": "CSTO",
                     "organization_id": "CSTO", "status": "suspended", "since": "2024-02",
                     "until": "", "n_events": "1", "docs": DOC_A.id}]


@pytest.mark.parametrize("name, fmt", [("a.graphml", "graphml"), ("a.TTL", "turtle"), ("a.nt", "nt"),
                                       ("a.json", "jsonld"), ("a.jsonld", "jsonld"), ("x/a.csv", "csv")])
def test_format_from_extension(name, fmt):
    assert format_from_extension(name) == fmt


def test_unknown_extension():
    with pytest.raises(InputError, match="a.xyz"):
        format_from_extension("a.xyz")
