"""Store: round trip, idempotence, atomicity, reopening, locking, queries."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from alliance_graph import vocab
from alliance_graph.errors import QueryError, StoreError
from alliance_graph.model import Document, Event, Evidence, MembershipState
from alliance_graph.store import Store

DOC_A = Document(id="seeds/csto_armenia.txt", title="Armenia freezes CSTO", url="https://example.org/a?x=1&y=\"2\"",
                 source="Example News", published="2024-02-23",
                 text="Armenia has frozen its participation in the CSTO. Russia is a member of the CSTO.")
DOC_B = Document(id="b.jsonl#3", text="Finland joined NATO in April 2023. Sweden is not leaving NATO.")


def ev(doc: Document, subject: str, sid: str, relation: str, org: str, oid: str, *, date=None,
       status="asserted", attributed_to=None, confidence=0.8, span=(0, 10)) -> Event:
    text = doc.text[span[0]:span[1]]
    return Event(doc=doc.id, subject=subject, subject_id=sid, relation=relation, organization=org,
                 organization_id=oid, date=date, status=status, attributed_to=attributed_to,
                 confidence=confidence, evidence=Evidence(text, span[0], span[1]),
                 published=doc.published, doc_sha256=doc.sha256)


EVENTS_A = [
    ev(DOC_A, "Armenia", "ARM", "suspends", "CSTO", "CSTO", date="2024-02", attributed_to="Nikol \"N\" Pashinyan",
       confidence=0.86, span=(0, 50)),
    ev(DOC_A, "Russia", "RUS", "member", "CSTO", "CSTO", span=(51, 82), confidence=1.0),
]
EVENTS_B = [
    ev(DOC_B, "Finland", "FIN", "joins", "NATO", "NATO", date="2023-04", span=(0, 34), confidence=0.00001),
    ev(DOC_B, "Sweden", "SWE", "leaves", "NATO", "NATO", date="2023", status="denied", span=(35, 62)),
]


@pytest.fixture
def store():
    with Store.open("memory") as s:
        yield s


@pytest.fixture
def filled(store):
    assert store.add_document(DOC_A, EVENTS_A, extractor_version="0.1.0", extracted_at="2024-03-01T10:00:00+00:00")
    assert store.add_document(DOC_B, EVENTS_B, extractor_version="0.1.0")
    return store


def test_round_trip(filled):
    assert set(filled.events()) == set(EVENTS_A + EVENTS_B)


def test_readding_is_a_no_op(filled):
    before = filled.stats()
    assert not filled.add_document(DOC_A, EVENTS_A, extractor_version="0.2.0")
    assert filled.stats() == before
    assert before["documents"] == 2 and before["events"] == 4
    assert before["states"] == 4 and before["organisations"] == 2


def test_second_document_adds(store):
    store.add_document(DOC_A, EVENTS_A, extractor_version="0.1.0")
    n = store.stats()["triples"]
    assert store.has_document(DOC_A.sha256) and not store.has_document(DOC_B.sha256)
    assert store.add_document(DOC_B, EVENTS_B, extractor_version="0.1.0")
    assert store.stats()["triples"] > n
    docs = store.documents()
    assert [(d["id"], d["n_events"]) for d in docs] == [("b.jsonl#3", 2), ("seeds/csto_armenia.txt", 2)]
    assert docs[1]["title"] == DOC_A.title and docs[1]["published"] == "2024-02-23"
    assert docs[1]["url"] == DOC_A.url and docs[1]["sha256"] == DOC_A.sha256


def test_shortcuts_skip_denied(filled):
    rows = filled.query("SELECT ?s ?o WHERE { ?s ag:leaves ?o }").rows
    assert rows == []
    rows = filled.query("SELECT ?s WHERE { ?s ag:suspends ?o }").rows
    assert rows == [{"s": str(vocab.state_iri("ARM"))}]


def test_failed_build_writes_nothing(store):
    bad = EVENTS_A[1].with_changes(evidence=Evidence("x", "not-an-int", 3))
    with pytest.raises(Exception):
        store.add_document(DOC_A, [EVENTS_A[0], bad], extractor_version="0.1.0")
    assert store.stats()["triples"] == 0 and not store.has_document(DOC_A.sha256)


def test_failed_bulk_write_writes_nothing(store, monkeypatch):
    """The bulk call is atomic: a failure in the middle of the quads leaves nothing."""
    import alliance_graph.store as store_mod

    real = store_mod.to_ox
    calls = {"n": 0}

    def flaky(quad):
        calls["n"] += 1
        if calls["n"] == 20:
            raise OSError("disk full")
        return real(quad)

    monkeypatch.setattr(store_mod, "to_ox", flaky)
    original_extend = store._ox.extend
    monkeypatch.setattr(store, "_ox", _ExtendViaGenerator(store._ox))
    with pytest.raises(StoreError):
        store.add_document(DOC_A, EVENTS_A, extractor_version="0.1.0")
    assert calls["n"] >= 20
    assert original_extend is not None
    assert store.stats()["triples"] == 0


class _ExtendViaGenerator:
    """Wraps a pyoxigraph store so extend() consumes a lazy generator (raising midway)."""

    def __init__(self, inner):
        self._inner = inner

    def extend(self, quads):
        return self._inner.extend(q for q in quads)

    def __getattr__(self, name):
        return getattr(self._inner, name)


def test_bad_ids_cannot_make_bad_iris(store):
    odd = ev(DOC_A, "Weird <State>", "A B>C", "member", "Org {x}", "O\"rg", span=(0, 5))
    store.add_document(DOC_A, [odd], extractor_version="0")
    (back,) = store.events()
    assert back == odd
    with pytest.raises(Exception):
        vocab.org_iri("bad\nid")


def test_embedded_reopens(tmp_path):
    path = tmp_path / "db"
    with Store.open(str(path)) as s:
        s.add_document(DOC_A, EVENTS_A, extractor_version="0.1.0")
        before = s.serialize("nquads")
    with Store.open(str(path)) as s:
        assert set(s.events()) == set(EVENTS_A)
        assert s.serialize("nquads") == before
    with Store.open(str(path), read_only=True) as s:
        assert s.stats()["documents"] == 1
        with pytest.raises(StoreError):
            s.add_document(DOC_B, EVENTS_B, extractor_version="0")


def test_not_a_store(tmp_path):
    f = tmp_path / "file.txt"
    f.write_text("hello")
    with pytest.raises(StoreError, match="not a store"):
        Store.open(str(f))
    (tmp_path / "dir").mkdir()
    (tmp_path / "dir" / "x.txt").write_text("x")
    with pytest.raises(StoreError, match="not an alliance-graph store"):
        Store.open(str(tmp_path / "dir"))


def test_locked_store(tmp_path):
    path = tmp_path / "db"
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, pyoxigraph
            s = pyoxigraph.Store({str(path)!r})
            print("ready", flush=True)
            sys.stdin.read()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="store is locked"):
            Store.open(str(path))
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    with Store.open(str(path)) as s:  # released with the process
        assert s.stats()["triples"] == 0


def test_memberships(filled):
    state = MembershipState("Armenia", "ARM", "CSTO", "CSTO", "suspended", "2024-02", None,
                            events=(EVENTS_A[0],))
    member = MembershipState("Russia", "RUS", "CSTO", "CSTO", "member", "1992", None, events=(EVENTS_A[1],))
    filled.replace_memberships([state, member])
    filled.replace_memberships([state, member])  # replacing is idempotent
    q = vocab_query = """SELECT ?s ?m ?e ?since WHERE { ?m a ag:Membership ; org:member ?s ;
        prov:wasDerivedFrom ?e ; org:memberDuring/time:hasBeginning/time:inXSDgYearMonth ?since }"""
    rows = filled.query(q, iri_bindings={"s": str(vocab.state_iri("ARM"))}).rows
    assert vocab_query and rows == [{"s": str(vocab.state_iri("ARM")), "m": str(vocab.membership_iri(state)),
                                     "e": str(vocab.event_iri(EVENTS_A[0])), "since": "2024-02"}]
    filled.replace_memberships([member])
    assert filled.query("SELECT ?m WHERE { ?m a ag:Membership }").rows == [
        {"m": str(vocab.membership_iri(member))}]
    assert set(filled.events()) == set(EVENTS_A + EVENTS_B)


# --------------------------------------------------------------------------- queries
def test_prefixes_predeclared(filled):
    result = filled.query("SELECT ?s WHERE { ?s ag:memberOf ?o }")
    assert result.vars == ["s"] and result.rows == [{"s": str(vocab.state_iri("RUS"))}]
    js = result.to_sparql_json()
    assert js["results"]["bindings"] == [{"s": {"type": "uri", "value": str(vocab.state_iri("RUS"))}}]
    assert result.to_csv().splitlines() == ["s", str(vocab.state_iri("RUS"))]


def test_plain_values(filled):
    rows = filled.query("SELECT ?c ?start WHERE { ?e ag:confidence ?c ; ag:evidence/ag:startOffset ?start ;"
                        " ag:subject/dcterms:identifier 'ARM' }").rows
    assert rows == [{"c": 0.86, "start": 0}]
    assert filled.query("ASK { ?s ag:joins ?o }").boolean is True
    result = filled.query("CONSTRUCT { ?s ag:joins ?o } WHERE { ?s ag:joins ?o }")
    assert result.rows == [{"s": str(vocab.state_iri("FIN")), "p": str(vocab.AG.joins),
                            "o": str(vocab.org_iri("NATO"))}]


@pytest.mark.parametrize("update", [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "DELETE DATA { <urn:a> <urn:b> <urn:c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "INSERT { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "LOAD <http://example.org/x.ttl>",
    "CLEAR ALL", "DROP ALL", "CREATE GRAPH <urn:g>",
    "ADD DEFAULT TO <urn:g>", "MOVE DEFAULT TO <urn:g>", "COPY DEFAULT TO <urn:g>",
])
def test_updates_refused(filled, update):
    before = filled.stats()
    with pytest.raises(QueryError, match="read-only"):
        filled.query(update)
    assert filled.stats() == before


def test_service_refused(filled):
    q = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
    with pytest.raises(QueryError, match="SERVICE"):
        filled.query(q)


def test_malformed(filled):
    with pytest.raises(QueryError, match="Malformed") as info:
        filled.query("SELECT ?s WHERE { ?s ?p ")
    assert "\n" not in str(info.value)


def test_bindings_are_inert(filled):
    evil = "} INSERT DATA { <a> <b> <c> }"
    before = filled.stats()
    result = filled.query("SELECT ?id ?s WHERE { ?s dcterms:identifier ?id }", bindings={"id": evil})
    assert result.rows == []
    assert filled.stats() == before
    result = filled.query("SELECT ?id ?s WHERE { ?s dcterms:identifier ?id }", bindings={"id": "FIN"})
    assert {r["s"] for r in result.rows} == {str(vocab.state_iri("FIN"))}
    with pytest.raises(QueryError):
        filled.query("SELECT ?o WHERE { ?s ag:joins ?o }", iri_bindings={"s": "urn:x> } <y"})


def test_named_queries(filled):
    from alliance_graph.sparql import named_queries

    queries = named_queries()
    assert {"members-on-date", "memberships-of-state", "events-of-pair", "documents",
            "all-shortcuts"} <= set(queries)
    assert all(q.description for q in queries.values())
    filled.replace_memberships([MembershipState("Russia", "RUS", "CSTO", "CSTO", "member", "1992", None,
                                                events=(EVENTS_A[1],))])
    csto = str(vocab.org_iri("CSTO"))
    rows = filled.query(queries["members-on-date"].text, iri_bindings={"org": csto},
                        bindings={"date": "2024-01-01"}).rows
    assert [(r["name"], r["status"], r["since"]) for r in rows] == [("Russia", "member", "1992")]
    assert filled.query(queries["members-on-date"].text, iri_bindings={"org": csto},
                        bindings={"date": "1990-01-01"}).rows == []
    rows = filled.query(queries["events-of-pair"].text, iri_bindings={
        "subject": str(vocab.state_iri("ARM")), "org": csto}).rows
    assert [(r["relation"], r["status"], r["date"]) for r in rows] == [("suspends", "asserted", "2024-02")]
    assert len(filled.query(queries["documents"].text).rows) == 2
    assert len(filled.query(queries["all-shortcuts"].text).rows) == 3
    rows = filled.query(queries["memberships-of-state"].text,
                        iri_bindings={"member": str(vocab.state_iri("RUS"))}).rows
    assert [(r["orgName"], r["status"]) for r in rows] == [("CSTO", "member")]
