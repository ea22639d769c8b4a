"""AllianceGraph: ingest (idempotence, atomicity), questions, export, extraction only."""

from __future__ import annotations

import io
import json
import os

import networkx as nx
import pytest

from alliance_graph import AllianceGraph, IngestSummary
from alliance_graph.errors import InputError, QueryError, StoreError, UnknownNameError
from conftest import DOC_CSTO, DOC_NATO


def test_ingest_summary_and_idempotence(memory_graph, docs_dir, fake_extractor):
    first = memory_graph.ingest([docs_dir])
    assert (first.documents, first.new, first.unchanged, first.events) == (2, 2, 0, 7)
    assert str(first) == "2 documents: 2 new, 0 unchanged; 7 events"
    triples = memory_graph.stats()["triples"]
    again = memory_graph.ingest([docs_dir])
    assert (again.new, again.unchanged, again.events) == (0, 2, 0)
    assert memory_graph.stats()["triples"] == triples
    assert fake_extractor.calls == 2  # unchanged documents are not extracted again


def test_second_document_adds(memory_graph, docs_dir):
    memory_graph.ingest([os.path.join(docs_dir, "csto.txt")])
    before = memory_graph.stats()
    summary = memory_graph.ingest([os.path.join(docs_dir, "nato.txt"), os.path.join(docs_dir, "csto.txt")])
    assert (summary.new, summary.unchanged) == (1, 1)
    after = memory_graph.stats()
    assert after["documents"] == before["documents"] + 1
    assert after["events"] == before["events"] + 2
    assert [r.name for r in memory_graph.members("NATO", as_of="2024")] == ["Finland"]


def test_bad_path_writes_nothing(memory_graph, docs_dir):
    with pytest.raises(InputError, match="no such file"):
        memory_graph.ingest([docs_dir, "no/such/file.txt"])
    assert memory_graph.stats()["documents"] == 0


def test_skipped_jsonl_lines_are_reported(memory_graph, tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "x.jsonl").write_text('{"id": "n1", "text": "Finland joins NATO on 2023-04-04."}\nnot json\n')
    seen = []
    summary = memory_graph.ingest([str(corpus)], on_skip=lambda p, r: seen.append(p))
    assert summary.new == 1 and len(summary.skipped) == 1 and seen == [str(corpus / "x.jsonl")]


def test_members_on_dates_and_names(memory_graph, docs_dir):
    memory_graph.ingest([docs_dir])
    rows = memory_graph.members("Collective Security Treaty Organization", as_of="2024-03-01")
    assert [(r.name, r.id, r.status) for r in rows] == [("Kazakhstan", "KAZ", "member"), ("Russia", "RUS", "member")]
    everyone = memory_graph.members("csto", as_of="2024-03", include_all=True)
    assert ("Armenia", "suspended") in [(r.name, r.status) for r in everyone]
    assert [r.name for r in memory_graph.members("CSTO", as_of="2000")] == ["Armenia", "Russia"]
    assert memory_graph.members("CSTO", as_of="1990") == []


def test_members_default_is_today(memory_graph, docs_dir):
    memory_graph.ingest([docs_dir])
    assert "Finland" in [r.name for r in memory_graph.members("NATO")]


def test_unknown_name_and_bad_date(memory_graph):
    with pytest.raises(UnknownNameError, match="Did you mean CSTO"):
        memory_graph.members("CTSO")
    with pytest.raises(InputError, match="Malformed date"):
        memory_graph.members("CSTO", as_of="23/02/2024")
    with pytest.raises(InputError):
        memory_graph.memberships("Armenia", as_of="2024-02-30")


def test_memberships_timeline_explain(memory_graph, docs_dir):
    memory_graph.ingest([docs_dir])
    rows = memory_graph.memberships("Armenia", as_of="2024-06-01")
    assert [(r.organization, r.status, r.since) for r in rows] == [("CSTO", "suspended", "2024-02-22")]
    events = memory_graph.timeline("CSTO")
    assert events[0].relation == "founds" and events[-1].status == "denied"
    x = memory_graph.explain("armenia", "CSTO")
    assert [s.status for s in x.states] == ["member", "suspended"]
    assert x.states[1].events[0].evidence.text == "Armenia suspends CSTO on 2024-02-22."
    assert "denied" in [e.status for e in x.history]
    nothing = memory_graph.explain("Finland", "CSTO")
    assert (nothing.subject, nothing.organization, nothing.states) == ("Finland", "CSTO", ())


def test_projection_cache_refreshes_after_ingest(memory_graph, docs_dir):
    assert memory_graph.projection().number_of_edges() == 0
    memory_graph.ingest([docs_dir])
    assert memory_graph.projection().number_of_edges() == 7


def test_sparql_read_only(memory_graph, docs_dir):
    memory_graph.ingest([docs_dir])
    result = memory_graph.sparql("SELECT ?s ?o WHERE { ?s ag:suspends ?o }",
                                 iri_bindings={"o": "https://w3id.org/alliance-graph/id/org/CSTO"})
    assert [r["s"] for r in result.rows] == ["https://w3id.org/alliance-graph/id/state/ARM"]
    with pytest.raises(QueryError, match="read-only"):
        memory_graph.sparql("CLEAR ALL")


def test_export_formats(memory_graph, docs_dir, tmp_path):
    memory_graph.ingest([docs_dir])
    assert memory_graph.export(str(tmp_path / "g.graphml")) == "graphml"
    G = nx.read_graphml(tmp_path / "g.graphml")
    assert G.nodes["ARM"]["label"] == "Armenia"
    for name in ("g.ttl", "g.nt", "g.jsonld", "g.csv"):
        memory_graph.export(str(tmp_path / name))
        assert (tmp_path / name).stat().st_size > 0
    json.loads((tmp_path / "g.jsonld").read_text())
    assert (tmp_path / "g.csv").read_text().count("\n") == 8  # header + 7 events
    with pytest.raises(InputError):
        memory_graph.export(str(tmp_path / "g.unknown"))
    with pytest.raises(InputError, match="no such directory"):
        memory_graph.export(str(tmp_path / "missing" / "g.ttl"))
    assert not [p for p in os.listdir(tmp_path) if p.startswith(".export-")]


def test_extract_does_not_store(fake_extractor):
    graph = AllianceGraph(None, extractor=fake_extractor)
    events = list(graph.extract(["-"], stdin=io.StringIO(DOC_NATO)))
    assert [e.key for e in events] == [("FIN", "joins", "NATO"), ("SWE", "applies", "NATO")]
    assert events[0].published == "2023-04-05" and events[0].doc_sha256
    with pytest.raises(StoreError):
        graph.stats()


def test_ingest_text(memory_graph):
    summary = memory_graph.ingest_text(DOC_CSTO, doc_id="csto.txt")
    assert isinstance(summary, IngestSummary) and summary.events == 5


def test_reopen_on_disk(store_dir, docs_dir, fake_extractor):
    with AllianceGraph.open(store_dir, extractor=fake_extractor) as graph:
        graph.ingest([docs_dir])
    with AllianceGraph.open(store_dir, create=False) as graph:
        assert graph.stats()["documents"] == 2
        assert [r.name for r in graph.members("NATO", as_of="2024")] == ["Finland"]


def test_questions_do_not_create_a_store(tmp_path):
    with pytest.raises(StoreError, match="No store"):
        AllianceGraph.open(str(tmp_path / "nothing"), create=False)
    assert not (tmp_path / "nothing").exists()


def test_evaluate_with_fake_extractor(fake_extractor, tmp_path, docs_dir):
    graph = AllianceGraph(None, extractor=fake_extractor)
    gold_events = [e.to_json() for e in graph.extract([os.path.join(docs_dir, "nato.txt")])]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(e) for e in gold_events) + "\n")
    (tmp_path / "distractors.txt").write_text("# none relevant\ncsto.txt\n")
    report = graph.evaluate(str(gold), [docs_dir])
    assert report.triples.recall == 1.0
    assert report.distractor_documents == 1 and report.distractor_events == 4


@pytest.mark.model
def test_real_extractor_end_to_end(real_extractor):
    with AllianceGraph.open("memory", extractor=real_extractor) as graph:
        summary = graph.ingest_text("Published: 2023-04-05\n\nFinland joined NATO on 4 April 2023.",
                                    doc_id="fin.txt")
        assert summary.events >= 1
        assert "Finland" in [r.name for r in graph.members("NATO", as_of="2024")]


def test_sparql_server_read_only(memory_graph, docs_dir):
    import threading
    import urllib.error
    import urllib.parse
    import urllib.request

    from alliance_graph.server import sparql_server

    memory_graph.ingest([docs_dir])
    server = sparql_server(memory_graph.store, port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/query"
        query = urllib.parse.urlencode({"query": "SELECT ?s ?o WHERE { ?s ag:suspends ?o }"})
        with urllib.request.urlopen(f"{url}?{query}") as response:
            data = json.load(response)
        assert data["results"]["bindings"][0]["s"]["value"].endswith("/state/ARM")
        body = urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"}).encode()
        with urllib.request.urlopen(url, data=body) as response:
            assert json.load(response) == {"head": {}, "boolean": True}
        update = urllib.parse.urlencode({"query": "CLEAR ALL"}).encode()
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(url, data=update)
        assert err.value.code == 400
    finally:
        server.shutdown()
        server.server_close()
    assert memory_graph.stats()["documents"] == 2


def test_questions_on_part_of_the_store_match_the_whole_projection(tmp_path, docs_dir, fake_extractor):
    """members/memberships/timeline/explain read only their entity's events; the answers
    must be those of the full projection."""
    from alliance_graph import network

    with AllianceGraph.open(str(tmp_path / "s.db"), extractor=fake_extractor) as graph:
        graph.ingest([docs_dir])
        events = graph.store.events()
        full = network.build_graph(events)
        orgs = sorted({e.organization_id for e in events})
        members = sorted({e.subject_id for e in events})
        assert orgs and members
        for org in orgs:
            for day in ("2000-01-01", "2024-03-01", "2030-01-01"):
                assert graph.members(org, as_of=day, include_all=True) == network.members(
                    full, org, as_of=day, include_all=True)
            assert graph.timeline(org) == network.timeline(full, org)
        for member in members:
            assert graph.memberships(member, as_of="2024-03-01") == network.memberships(full, member, as_of="2024-03-01")
            for org in orgs:
                assert graph.explain(member, org).history == network.explain(full, member, org).history
