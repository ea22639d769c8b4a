"""The networkx projection and the answers, on a small hand-built CSTO event list."""

from __future__ import annotations

import networkx as nx
import pytest

from alliance_graph.model import Event, Evidence
from alliance_graph.network import (
    EvidenceRef, build_graph, explain, members, memberships, timeline, to_graphml_graph, write_graphml,
)

FOUNDERS = [("Russia", "RUS"), ("Belarus", "BLR"), ("Kazakhstan", "KAZ"), ("Kyrgyzstan", "KGZ"),
            ("Tajikistan", "TJK"), ("Armenia", "ARM")]


def ev(subject, relation, org, date=None, status="asserted", doc="csto.txt", text=None, published=None):
    name, sid = subject
    text = text or f"{name} {relation} {org}."
    return Event(doc, name, sid, relation, org, org, date, status, None, 0.9, Evidence(text, 5, 5 + len(text)),
                 published=published)


@pytest.fixture
def graph():
    events = [ev(s, "founds", "CSTO", "1992-05-15") for s in FOUNDERS]
    events += [
        ev(("Armenia", "ARM"), "suspends", "CSTO", "2024-02-23", doc="arm.txt",
           text="We suspended our participation in this agreement."),
        ev(("Armenia", "ARM"), "member", "CSTO", "2024-03", doc="late.txt"),
        ev(("Armenia", "ARM"), "leaves", "CSTO", None, "announced", doc="arm.txt"),
        ev(("Armenia", "ARM"), "leaves", "CSTO", "2023-11", "denied", doc="old.txt"),
        ev(("Armenia", "ARM"), "member", "EAEU", None, published="2024-01-10", doc="eaeu.txt"),
        ev(("Armenia", "ARM"), "partner", "SCO", "2016"),
        ev(("Belarus", "BLR"), "joins", "SCO", "2024-07-04"),
    ]
    return build_graph(events)


def test_nodes_and_edges(graph):
    assert graph.nodes["CSTO"] == {"label": "CSTO", "kind": "organization"}
    assert graph.nodes["ARM"]["kind"] == "state"
    assert graph.number_of_edges() == 13
    for _, _, data in graph.edges(data=True):
        assert all(isinstance(v, (str, int, float, bool)) for v in data.values())
    assert set(graph.graph["events"]) == {k for _, _, k in graph.edges(keys=True)}


def test_duplicate_events_collapse():
    e = ev(("Armenia", "ARM"), "member", "CSTO", "2020")
    assert build_graph([e, e]).number_of_edges() == 1


def test_members_on_a_date(graph):
    rows = members(graph, "CSTO", as_of="2024-03-01")
    assert [r.name for r in rows] == ["Belarus", "Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan"]
    assert {r.status for r in rows} == {"member"}
    assert rows[0].since == "1992-05-15" and rows[0].until is None


def test_members_include_all(graph):
    rows = members(graph, "CSTO", as_of="2024-03-01", include_all=True)
    armenia = [r for r in rows if r.id == "ARM"]
    assert len(rows) == 6
    assert [(r.status, r.since) for r in armenia] == [("suspended", "2024-02-23")]
    assert EvidenceRef("arm.txt", "We suspended our participation in this agreement.", 5, 54) in armenia[0].evidence
    assert rows[-1].id == "ARM"  # members first, then other standings
    assert members(graph, "CSTO", as_of="2024-01-01")[0].to_json()["since"] == "1992-05-15"
    assert "ARM" in [r.id for r in members(graph, "CSTO", as_of="2024-01-01")]


def test_members_before_founding_and_unknown_org(graph):
    assert members(graph, "CSTO", as_of="1990") == []
    assert members(graph, "NATO", as_of="2024-01-01") == []


def test_memberships_of_armenia(graph):
    rows = memberships(graph, "ARM", as_of="2024-06-01")
    assert [(r.organization, r.status) for r in rows] == [("CSTO", "suspended"), ("EAEU", "member"), ("SCO", "partner")]
    assert [r.organization for r in memberships(graph, "ARM", as_of="2024-06-01", include_all=False)] == ["EAEU"]
    assert [r.id for r in memberships(graph, "ARM", as_of="2024-01-09", include_all=False)] == ["CSTO"]


def test_timeline_order(graph):
    events = timeline(graph, "ARM")
    assert [(e.relation, e.organization_id, e.date or e.published) for e in events] == [
        ("founds", "CSTO", "1992-05-15"),
        ("partner", "SCO", "2016"),
        ("leaves", "CSTO", "2023-11"),
        ("member", "EAEU", "2024-01-10"),
        ("suspends", "CSTO", "2024-02-23"),
        ("member", "CSTO", "2024-03"),
        ("leaves", "CSTO", None),
    ]
    assert events[2].status == "denied"
    assert [e.subject_id for e in timeline(graph, "SCO")] == ["ARM", "BLR"]


def test_explain_has_evidence(graph):
    x = explain(graph, "ARM", "CSTO")
    assert (x.subject, x.organization) == ("Armenia", "CSTO")
    assert [(s.status, s.since, s.until) for s in x.states] == [
        ("member", "1992-05-15", "2024-02-23"), ("suspended", "2024-02-23", None)]
    assert x.states[1].events[0].evidence.text == "We suspended our participation in this agreement."
    assert len(x.history) == 5 and {e.status for e in x.history} >= {"denied", "announced"}
    data = x.to_json()
    assert data["states"][1]["events"][0]["doc"] == "arm.txt"


def test_graphml_round_trip(graph, tmp_path):
    path = tmp_path / "g.graphml"
    write_graphml(graph, str(path))
    back = nx.read_graphml(path)
    assert set(back.nodes) == set(graph.nodes)
    assert back.nodes["ARM"] == {"type": "state", "label": "Armenia"}  # the id is the node's own
    kinds = [d["type"] for _, _, d in back.edges(data=True)]
    assert kinds.count("event") == 13
    assert kinds.count("membership") == len([s for ss in graph.graph["memberships"].values() for s in ss])
    suspended = [d for u, v, d in back.edges(data=True) if d["type"] == "membership" and d["status"] == "suspended"]
    assert suspended == [{"type": "membership", "relation": "membership", "status": "suspended",
                          "since": "2024-02-23", "until": "", "evidence_count": 1}]
    event = next(d for _, _, d in back.edges(data=True) if d["type"] == "event" and d["relation"] == "suspends")
    assert (event["start"], event["end"], event["doc"]) == (5, 54, "arm.txt")


def test_graphml_copy_has_no_none_or_objects(graph):
    H = to_graphml_graph(graph)
    assert H.graph == {}
    for _, data in H.nodes(data=True):
        assert all(isinstance(v, (str, int, float, bool)) for v in data.values())
    for _, _, data in H.edges(data=True):
        assert all(isinstance(v, (str, int, float, bool)) for v in data.values())
