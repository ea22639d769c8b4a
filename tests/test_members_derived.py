"""``members`` and ``memberships`` answered from the derived graph equal the networkx answers.

``AllianceGraph.members`` / ``memberships`` read the derived membership graph (one bound query)
when it is up to date, and otherwise build a networkx projection of the organisation's (the
member's) events. Here both answer the same questions, and every row must be identical:
fields, order, evidence and its order, ``--all`` standings, partial dates, today by default.
The stores are built from hand-made claims with partial dates on interval boundaries (embedded,
memory and remote), the seeds' gold events, the devset gold events, a synthetic corpus, and the
seed articles through the real model.
"""

from __future__ import annotations

import datetime
import functools
import json
import random
from collections.abc import Iterable
from pathlib import Path

import pytest
import pyoxigraph as ox

from alliance_graph import network, vocab
from alliance_graph import store as store_module
from alliance_graph.corpus import event_record
from alliance_graph.errors import InputError
from alliance_graph.graph import AllianceGraph
from alliance_graph.membership import day_key
from alliance_graph.sparql import check_query
from alliance_graph.store import Store
from benchmarks._common import synthetic_corpus
from test_sparql_agreement import DOCS as AGREEMENT_DOCS

ROOT = Path(__file__).resolve().parents[1]

#: Claims for the fake extractor (conftest.py), made up for their dates: full and partial
#: dates on boundaries, undated statements, published-date fallbacks, announcements (past and
#: future), denials, exits and returns, statuses of every kind, names given in several forms:
#: the claims of test_sparql_agreement.py plus, per document, lines that add statements,
#: returns and partial dates, and one later document of bare membership statements.
EXTRA_CLAIMS = {
    "csto.txt": ["Uzbekistan member CSTO on 2012-01-01.", "Belarus member CSTO on 1994 (reported)."],
    "eaeu.txt": ["Armenia leaves EAEU on 2015-02 (announced).", "Kyrgyzstan applies EAEU.", "Kyrgyzstan joins EAEU on 2015-08."],
    "europe.txt": ["Turkey member North Atlantic Treaty Organization on 1952.", "Ukraine candidate EU on 2022-06.",
                   "Georgia candidate EU on 2023-12.", "Ukraine partner NATO."],
    "brics.txt": ["Syria suspended_by Arab League on 2011-11.", "Syria readmitted Arab League on 2023-05-07."],
    "undated.txt": ["Armenia member CSTO."],
}
DOCS = {name: text + "".join(line + "\n" for line in EXTRA_CLAIMS.get(name, [])) for name, text in AGREEMENT_DOCS.items()}
DOCS["later.txt"] = """Published: 2024-06-01

Armenia member CSTO.
Egypt member BRICS.
Sweden member NATO.
Uzbekistan member CSTO.
Russia member Council of Europe on 2023.
"""


@pytest.fixture(autouse=True)
def cached_gate(monkeypatch):
    """Parse each query text once (rdflib's parser takes ~0.15 s a query)."""
    monkeypatch.setattr(store_module, "check_query", functools.lru_cache(maxsize=None)(check_query))


@pytest.fixture
def answered(monkeypatch) -> dict[str, int]:
    """Counts of Store.memberships_on calls that answered (``derived``) or declined (``fallback``)."""
    counts = {"derived": 0, "fallback": 0}
    real = Store.memberships_on

    def spy(self, *args, **kwargs):
        states = real(self, *args, **kwargs)
        counts["fallback" if states is None else "derived"] += 1
        return states

    monkeypatch.setattr(Store, "memberships_on", spy)
    return counts


# ---------------------------------------------------------------------- the comparison
def _dates(states: Iterable, rng: random.Random, limit: int) -> list[str | None]:
    """Dates to ask on: every boundary of ``states``, the day before, its year and month,
    dates far away, and None (today); at most ``limit`` of them plus the fixed ones."""
    found: set[str] = set()
    for s in states:
        for value in (s.since, s.until):
            if value:
                day = datetime.date.fromisoformat(day_key(value))
                found |= {value, value[:4], value[:7], day.isoformat(),
                          (day - datetime.timedelta(days=1)).isoformat()}
    chosen = sorted(found)
    if len(chosen) > limit:
        chosen = sorted(rng.sample(chosen, limit))
    return [None, "1900", "2100-12-31", *chosen]


def _ask_day(as_of: str | None) -> str:
    return datetime.date.today().isoformat() if as_of is None else day_key(as_of)


def compare(graph: AllianceGraph, *, limit: int = 40, entities: int | None = None, seed: int = 5) -> int:
    """Ask ``members`` of every organisation and ``memberships`` of every member on many dates,
    through the graph (derived) and through the projection of the entity's events (networkx),
    and assert equal rows. Returns the number of non-empty answers compared."""
    rng = random.Random(seed)
    events = graph.store.events()
    orgs = sorted({e.organization_id for e in events} | {"OSCE"})
    members = sorted({e.subject_id for e in events})
    if entities is not None:
        orgs, members = sorted(rng.sample(orgs, min(entities, len(orgs)))), sorted(rng.sample(members, min(entities, len(members))))
    questions = [(org, "organization_id", 1, graph.members, network.members) for org in orgs]
    questions += [(member, "subject_id", 0, graph.memberships, network.memberships) for member in members]
    nonempty = 0
    for entity, bound, side, derived, projected in questions:
        G = network.build_graph(graph.store.events(**{bound: entity}))
        states = [s for pair, ss in G.graph["memberships"].items() if pair[side] == entity for s in ss]
        for as_of in _dates(states, rng, limit):
            for include_all in (False, True):
                got = derived(entity, as_of=as_of, include_all=include_all)
                want = projected(G, entity, as_of=_ask_day(as_of), include_all=include_all)
                assert got == want, (entity, as_of, include_all)
                nonempty += bool(got)
    return nonempty


def _gold_events(gold: Path, articles: Path, out: Path) -> str:
    """A gold file as ``extract --format jsonl`` prints it: each event with its article's
    content hash and publication date, grouped by document (what ``ingest --events`` reads)."""
    from alliance_graph.documents import read_documents
    from alliance_graph.model import Event

    docs = {Path(d.id).name: d for d in read_documents([str(p) for p in sorted(articles.glob("*.txt"))])}
    events = [Event.from_json(json.loads(line)) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    events = [e.with_changes(doc_sha256=docs[e.doc].sha256, published=docs[e.doc].published) for e in events]
    return _write_events(out, sorted(events, key=lambda e: e.doc))


def _write_events(path: Path, events: Iterable) -> str:
    with path.open("w", encoding="utf-8") as out:
        for e in events:
            out.write(json.dumps(event_record(e), ensure_ascii=False) + "\n")
    return str(path)


# ---------------------------------------------------------------------- corpora
@pytest.mark.parametrize("kind", ["memory", "disk", "remote"])
def test_hand_made_claims(kind, request, tmp_path, fake_extractor, answered):
    if kind == "remote":
        query_url, update_url = request.getfixturevalue("remote_store")
        graph = AllianceGraph.open(query_url, update_url=update_url, extractor=fake_extractor)
    else:
        spec = "memory" if kind == "memory" else str(tmp_path / "claims.db")
        graph = AllianceGraph.open(spec, extractor=fake_extractor)
    with graph:
        for doc_id, text in DOCS.items():
            assert graph.ingest_text(text, doc_id=doc_id).new == 1
        nonempty = compare(graph, limit=10 if kind == "remote" else 60)
    assert nonempty > 100
    assert answered["derived"] > 100 and answered["fallback"] == 0


def test_spot_checks(fake_extractor):
    """Agreement is not agreement on nothing: partial dates, evidence order, --all."""
    with AllianceGraph.open("memory", extractor=fake_extractor) as graph:
        for doc_id, text in DOCS.items():
            graph.ingest_text(text, doc_id=doc_id)
        rows = graph.members("CSTO", as_of="2024-02", include_all=True)
        assert [(r.id, r.status, r.since, r.until) for r in rows] == [
            ("BLR", "member", None, None), ("KAZ", "member", None, None),
            ("RUS", "member", "1992-05-15", None), ("ARM", "suspended", "2024-02", None),
            ("UZB", "withdrawn", "2012-01-01", "2024-06-01")]  # a statement the same day does not undo it
        belarus = rows[0]
        assert [e.doc for e in belarus.evidence] == ["undated.txt", "csto.txt"]  # undated first
        assert [r.id for r in graph.members("CSTO", as_of="2024-02")] == ["BLR", "KAZ", "RUS"]
        (turkey,) = graph.members("NATO", as_of="1952")
        assert turkey.since is None and len(turkey.evidence) == 2  # two names, two sentences
        assert [(r.id, r.status) for r in graph.memberships("Syria", as_of="2012")] == [("LAS", "suspended")]


def test_seed_gold_events(tmp_path, answered):
    with AllianceGraph.open("memory") as graph:
        events = _gold_events(ROOT / "tests" / "data" / "seeds_gold.jsonl", ROOT / "seeds", tmp_path / "seeds.jsonl")
        assert graph.ingest_events([events]).events == 45
        assert compare(graph) > 10
    assert answered["fallback"] == 0


def test_devset_gold_events(tmp_path, answered):
    with AllianceGraph.open(str(tmp_path / "devset.db")) as graph:
        events = _gold_events(ROOT / "tests" / "devset" / "gold.jsonl", ROOT / "tests" / "devset" / "articles",
                              tmp_path / "devset.jsonl")
        summary = graph.ingest_events([events])
        assert summary.events > 1000
        assert compare(graph, limit=6, entities=70) > 200
        # one sentence, two claims: "Ecuador walked out in 1992 ... quit again in January 2020"
        # are two event nodes (the date is part of the event IRI), so the derived graph answers
        assert graph.store.memberships_on("2021-01-01", organization_id="OPEC") is not None
        assert graph.store.memberships_on("2021-01-01", member_id="ECU") is not None
    assert answered["derived"] > 20 * answered["fallback"]


def test_synthetic_corpus(tmp_path, answered):
    """Random relations, statuses and dates (published-date fallbacks, announcements)."""
    events = [e for _, evs in synthetic_corpus(300, 5, seed=11) for e in evs]
    path = _write_events(tmp_path / "events.jsonl", events)
    with AllianceGraph.open(str(tmp_path / "synthetic.db")) as graph:
        graph.ingest_events([path])
        assert compare(graph, limit=5, entities=30) > 100
    assert answered["fallback"] == 0


@pytest.mark.model
def test_seed_articles_through_the_model(tmp_path, answered):
    pytest.importorskip("spacy")
    with AllianceGraph.open(str(tmp_path / "seeds.db")) as graph:
        graph.ingest([str(ROOT / "seeds")])
        assert compare(graph) > 5
    assert answered["fallback"] == 0


# ---------------------------------------------------------------------- when networkx answers
def test_falls_back_when_the_derived_graph_cannot_answer(tmp_path, fake_extractor, answered):
    with AllianceGraph.open(str(tmp_path / "fallback.db"), extractor=fake_extractor) as graph:
        for doc_id, text in DOCS.items():
            graph.ingest_text(text, doc_id=doc_id)
        expected = graph.members("CSTO", as_of="2024-03", include_all=True)
        expected_m = graph.memberships("Armenia", as_of="2024-03")
        store = graph.store
        t = store_module.ox_terms()
        pending = ox.Quad(ox.NamedNode(str(vocab.entity_iri("ARM", True))), t.pending,
                          ox.NamedNode(str(vocab.org_iri("CSTO"))), t.pending_graph)
        store._ox.add(pending)  # an ingest interrupted before re-deriving ARM/CSTO
        assert store.memberships_on("2024-03-01", organization_id="CSTO") is None
        assert store.memberships_on("2024-03-01", member_id="ARM") is None
        assert store.memberships_on("2024-03-01", organization_id="NATO") is not None
        assert graph.members("CSTO", as_of="2024-03", include_all=True) == expected
        store._ox.remove(pending)
        store._ox.remove_graph(ox.NamedNode(str(vocab.DERIVED_GRAPH)))  # lost, or never written
        assert store.memberships_on("2024-03-01", organization_id="NATO") is None
        assert graph.members("CSTO", as_of="2024-03", include_all=True) == expected
        assert graph.memberships("Armenia", as_of="2024-03") == expected_m
        graph.rebuild_memberships()
        calls = dict(answered)
        assert graph.members("CSTO", as_of="2024-03", include_all=True) == expected
        assert answered["derived"] == calls["derived"] + 1


def test_cached_projection_and_self_membership(fake_extractor, answered):
    """A cached projection answers itself; an organisation said to be its own member is left
    to networkx (its name comes from the organisation's other events)."""
    with AllianceGraph.open("memory", extractor=fake_extractor) as graph:
        graph.ingest_text("Published: 2020-01-01\n\nFinland joins NATO on 2023-04-04.\nNATO member NATO.\n",
                          doc_id="odd.txt")
        G = network.build_graph(graph.store.events(organization_id="NATO"))
        assert graph.members("NATO", as_of="2024") == network.members(G, "NATO", as_of="2024-01-01")
        assert answered["derived"] == 1  # asked, declined by the graph for the self-membership
        graph.projection()
        before = dict(answered)
        assert graph.members("NATO", as_of="2024")
        assert answered == before  # the projection answered, the store was not asked


def test_memberships_on_takes_one_entity():
    with Store.open("memory") as store:
        with pytest.raises(InputError, match="not both"):
            store.memberships_on("2024-01-01", organization_id="NATO", member_id="FIN")
