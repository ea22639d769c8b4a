"""Store at scale: batched writes, incremental derivation of memberships, crash repair.

The derived graph after ingests in several chunks must equal one full derivation of every
stored event (``AllianceGraph.rebuild_memberships`` and ``Store.replace_memberships``).
"""

from __future__ import annotations

import json
import random

import pyoxigraph as ox
import pytest

from alliance_graph import vocab
from alliance_graph.errors import InputError
from alliance_graph.graph import AllianceGraph
from alliance_graph.membership import derive_memberships
from alliance_graph.model import Document, Event, Evidence
from alliance_graph.store import Store

STATES = [("ARM", "Armenia"), ("FIN", "Finland"), ("SWE", "Sweden"), ("TUR", "Turkey"), ("RUS", "Russia")]
ORGS = [("NATO", "NATO"), ("CSTO", "CSTO"), ("EU", "European Union"), ("AU", "African Union")]
RELATIONS = ["member", "joins", "leaves", "suspends", "readmitted", "applies", "observer", "candidate",
             "founds", "expelled"]


def corpus(n: int, seed: int = 3) -> list[tuple[Document, list[Event]]]:
    """``n`` documents of 1-4 random events; a few events name the member differently, and
    some members are organisations (the EU in the AU), to exercise labels and entity kinds."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        year = rng.randint(1990, 2024)
        doc = Document(id=f"d{i:03d}.txt", text=f"Report {i} of {year}.", published=f"{year}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}")
        events = []
        for k in range(rng.randint(1, 4)):
            sid, sname = rng.choice(STATES + [("EU", "European Union")])
            oid, oname = rng.choice(ORGS)
            if rng.random() < 0.1:
                sname = f"Republic of {sname}"
            events.append(Event(doc.id, sname, sid, rng.choice(RELATIONS), oname, oid,
                                rng.choice([None, str(year), f"{year}-0{rng.randint(1, 9)}"]),
                                rng.choice(["asserted", "asserted", "reported", "announced", "denied"]),
                                None, 0.7, Evidence(doc.text, k, k + 3), published=doc.published,
                                doc_sha256=doc.sha256))
        out.append((doc, events))
    return out


class TableExtractor:
    """Gives each document the events the corpus lists for its id."""

    version = "table 1"

    def __init__(self, table: dict[str, list[Event]]) -> None:
        self.table = table

    def extract(self, doc: Document) -> list[Event]:
        return self.table[doc.id]

    def extract_many(self, documents, **_):
        for doc in documents:
            yield doc, self.extract(doc)


def write_jsonl(path, docs) -> str:
    path.write_text("".join(json.dumps({"id": d.id, "text": d.text, "published": d.published}) + "\n"
                            for d in docs), encoding="utf-8")
    return str(path)


def graph_quads(store: Store, graph) -> set:
    return {q for q in store._ox.quads_for_pattern(None, None, None, ox.NamedNode(str(graph)))}


def full_derivation(store: Store) -> set:
    """The derived graph one replace_memberships of every stored event writes, on a copy."""
    with Store.open("memory") as other:
        other.replace_memberships(derive_memberships(store.events()))
        return graph_quads(other, vocab.DERIVED_GRAPH)


@pytest.fixture
def items():
    return corpus(120)


def test_chunked_ingest_equals_full_derivation(tmp_path, items):
    table = {d.id: evs for d, evs in items}
    with AllianceGraph.open("memory", extractor=TableExtractor(table)) as graph:
        for i, start in enumerate(range(0, len(items), 30)):
            path = write_jsonl(tmp_path / f"chunk{i}.jsonl", [d for d, _ in items[start:start + 30]])
            summary = graph.ingest([path])
            assert (summary.new, summary.unchanged) == (30, 0)
            derived = graph_quads(graph.store, vocab.DERIVED_GRAPH)
            assert derived == full_derivation(graph.store), f"after chunk {i}"
            assert graph.store.pending_pairs() == []
        labels = {q.object.value for q in derived if q.predicate.value == str(vocab.SKOS.prefLabel)}
        assert "Republic of Armenia" in labels or "Republic of Finland" in labels  # names vary
        graph.rebuild_memberships()
        assert graph_quads(graph.store, vocab.DERIVED_GRAPH) == derived
        assert graph_quads(graph.store, vocab.PENDING_GRAPH) == set()


def test_ingest_events_path_derives_incrementally(tmp_path, items):
    from alliance_graph.corpus import event_record

    with AllianceGraph.open("memory", extractor=TableExtractor({})) as graph:
        for i, start in enumerate(range(0, len(items), 40)):
            path = tmp_path / f"events{i}.jsonl"
            path.write_text("".join(json.dumps(event_record(e)) + "\n"
                                    for _, evs in items[start:start + 40] for e in evs), encoding="utf-8")
            graph.ingest_events([str(path)])
            assert graph_quads(graph.store, vocab.DERIVED_GRAPH) == full_derivation(graph.store)


def test_add_documents_batch(items):
    with Store.open("memory") as store:
        (a, ea), (b, eb), (c, ec) = items[:3]
        assert store.add_documents([(a, ea)], extractor_version="x") == [True]
        assert store.add_documents([(a, ea), (b, eb), (b, eb), (c, ec)], extractor_version="x") == [
            False, True, False, True]
        assert store.stats()["documents"] == 3
        pending = set(store.pending_pairs())
        assert pending == {(e.subject_id, e.organization_id) for e in ea + eb + ec}
        bad = ec[0].with_changes(evidence=Evidence("x", "nope", 3))
        before = store.stats()
        with pytest.raises(InputError):
            store.add_documents([items[3], (items[4][0], [bad])], extractor_version="x")
        assert store.stats() == before  # the batch is one transaction: nothing of it is written


def test_bad_document_in_a_batch_keeps_the_ones_before(tmp_path, items):
    table = {d.id: evs for d, evs in items[:10]}
    bad_id = items[5][0].id
    table[bad_id] = [table[bad_id][0].with_changes(evidence=Evidence("x", "nope", 3))]
    with AllianceGraph.open("memory", extractor=TableExtractor(table)) as graph:
        path = write_jsonl(tmp_path / "docs.jsonl", [d for d, _ in items[:10]])
        with pytest.raises(InputError):
            graph.ingest([path])
        assert graph.stats()["documents"] == 5
        assert graph_quads(graph.store, vocab.DERIVED_GRAPH) == full_derivation(graph.store)


def test_interrupted_derivation_is_repaired(tmp_path, items, monkeypatch):
    table = {d.id: evs for d, evs in items}
    with AllianceGraph.open("memory", extractor=TableExtractor(table)) as graph:
        graph.ingest([write_jsonl(tmp_path / "a.jsonl", [d for d, _ in items[:60]])])
        real = Store._apply
        calls = {"n": 0}

        def crash(self, remove, add):
            calls["n"] += 1
            if calls["n"] == 2:
                real(self, remove[: len(remove) // 2], [])
                raise OSError("killed")
            return real(self, remove, add)

        monkeypatch.setattr(Store, "_apply", crash)
        with pytest.raises(OSError):
            graph.ingest([write_jsonl(tmp_path / "b.jsonl", [d for d, _ in items[60:]])])
        monkeypatch.setattr(Store, "_apply", real)
        assert graph.store.pending_pairs()
        summary = graph.ingest([write_jsonl(tmp_path / "c.jsonl", [d for d, _ in items[60:]])])
        assert summary.new == 0  # nothing new, but the pending pairs are derived
        assert graph.store.pending_pairs() == []
        assert graph_quads(graph.store, vocab.DERIVED_GRAPH) == full_derivation(graph.store)


def test_outdated_derived_graph_is_rebuilt(tmp_path, items):
    table = {d.id: evs for d, evs in items}
    with AllianceGraph.open("memory", extractor=TableExtractor(table)) as graph:
        graph.ingest([write_jsonl(tmp_path / "a.jsonl", [d for d, _ in items[:50]])])
        store = graph.store
        expected = graph_quads(store, vocab.DERIVED_GRAPH)
        for q in [q for q in expected if q.predicate.value == str(vocab.AG.statusNotation)]:
            store._ox.remove(q)  # as an older version wrote it
        assert store.derived_outdated()
        graph.ingest([write_jsonl(tmp_path / "a.jsonl", [d for d, _ in items[:50]])])
        assert graph_quads(store, vocab.DERIVED_GRAPH) == expected
        store._ox.remove_graph(ox.NamedNode(str(vocab.DERIVED_GRAPH)))  # lost in a crash
        assert store.derived_outdated()
        graph.ingest([write_jsonl(tmp_path / "a.jsonl", [d for d, _ in items[:50]])])
        assert graph_quads(store, vocab.DERIVED_GRAPH) == expected
        assert not store.derived_outdated()


def test_members_on_date_reads_the_shortcuts(tmp_path, items):
    """The named query answers as the networkx projection does on every organisation."""
    from alliance_graph.sparql import named_queries

    table = {d.id: evs for d, evs in items}
    query = named_queries()["members-on-date"].text
    with AllianceGraph.open("memory", extractor=TableExtractor(table)) as graph:
        graph.ingest([write_jsonl(tmp_path / "a.jsonl", [d for d, _ in items])])
        for oid, _ in ORGS:
            for day in ("1995", "2005-06", "2020-01-01", "2024-12-31"):
                rows = graph.sparql(query, iri_bindings={"org": str(vocab.org_iri(oid))}, bindings={"date": day}).rows
                by_sparql = {(r["member"].rsplit("/", 1)[-1], r["since"], r["until"]) for r in rows}
                by_python = {(s.subject_id, s.since, s.until) for s in derive_memberships(graph.store.events())
                             if s.organization_id == oid and s.status == "member" and _holds(s, day)}
                assert by_sparql == by_python, (oid, day)


def _holds(state, day: str) -> bool:
    from alliance_graph.membership import holds_on

    return holds_on(state, day)
