"""The networkx answers and the named SPARQL queries over the derived membership graph agree.

One store is built from a set of hand-made claims (one a line, read by the fake extractor of
conftest.py) with full and partial dates placed on interval boundaries; the same questions
(members on many dates, a state's memberships, shared organisations, overlap of two
organisations) are answered by networkx and by SPARQL, on an on-disk and an in-memory store.
The claims are made up for their dates, not for history.
"""

from __future__ import annotations

import functools
import itertools
from urllib.parse import unquote

import pytest

from alliance_graph import answers, network, vocab
from alliance_graph import store as store_module
from alliance_graph.graph import AllianceGraph
from alliance_graph.registry import default_registry
from alliance_graph.sparql import check_query, named_queries

DOCS = {
    "csto.txt": """Published: 2020-06-01

Russia founds Collective Security Treaty Organization on 1992-05-15.
Armenia founds CSTO on 1992-05-15.
Kazakhstan member CSTO.
Armenia suspends CSTO on 2024-02.
Armenia leaves CSTO (denied).
Uzbekistan joins CSTO on 1994.
Uzbekistan leaves CSTO on 1999-04.
Uzbekistan joins CSTO on 2006.
Uzbekistan leaves CSTO on 2012-01-01.
""",
    "eaeu.txt": """Published: 2015-03-01

Russia joins EAEU on 2015.
Kazakhstan joins EAEU on 2015.
Belarus joins EAEU on 2015.
Armenia joins EAEU on 2015-01-02.
Uzbekistan observer EAEU on 2020-12.
Armenia leaves EAEU on 2026 (announced).
""",
    "europe.txt": """Published: 2023-04-05

Finland joins NATO on 2023-04-04.
Sweden applies NATO on 2022-05.
Sweden joins NATO on 2024-03-07.
Turkey member NATO on 1952.
Finland joins European Union on 1995.
Sweden joins EU on 1995.
Austria joins EU on 1995-01-01.
Russia joins Council of Europe on 1996-02-28.
Russia expelled Council of Europe on 2022-03-16.
Armenia partner NATO on 1994.
""",
    "brics.txt": """Published: 2024-01-02

Russia member BRICS on 2009.
Egypt joins BRICS on 2024-01-01.
Egypt member Arab League.
Saudi Arabia applies BRICS (reported).
African Union joins Group of Twenty on 2023-09-09.
""",
    "undated.txt": """Belarus member CSTO.
Turkey member Council of Europe.
""",
}

DATES = ["1990", "1992", "1992-05-14", "1992-05-15", "1994", "1995", "1999-03-31", "1999-04",
         "1999-04-01", "2006", "2011-12-31", "2012", "2012-01-01", "2015", "2015-01-01",
         "2015-01-02", "2020-06", "2020-06-01", "2020-12", "2022-03-15", "2022-03-16", "2023",
         "2023-04-04", "2023-09", "2024", "2024-01", "2024-01-31", "2024-02", "2024-03-07",
         "2025", "2026", "2026-01-01"]
#: The dates where something changes, for the pairwise questions (each is one query a pair).
KEY_DATES = ["1992", "1992-05-15", "1995", "1999-04", "2006", "2012", "2015-01-02", "2020-06",
             "2022-03-16", "2023-09", "2024", "2024-02", "2026"]
ORGS = ["CSTO", "EAEU", "NATO", "EU", "COE", "BRICS", "LAS", "G20"]
MEMBERS = ["RUS", "ARM", "KAZ", "UZB", "BLR", "FIN", "SWE", "TUR", "AUT", "EGY", "SAU", "AU"]


@pytest.fixture(params=["disk", "memory"])
def graph(request, tmp_path, fake_extractor):
    spec = str(tmp_path / "agree.db") if request.param == "disk" else "memory"
    with AllianceGraph.open(spec, extractor=fake_extractor) as g:
        for doc_id, text in DOCS.items():
            assert g.ingest_text(text, doc_id=doc_id).new == 1
        yield g


@pytest.fixture(autouse=True)
def cached_gate(monkeypatch):
    """Parse each query text once: rdflib's parser takes ~0.15 s a query, the query itself <1 ms."""
    monkeypatch.setattr(store_module, "check_query", functools.lru_cache(maxsize=None)(check_query))


def iri(entity_id: str) -> str:
    """The IRI the store mints (COE has three capitals but is an organisation: ask the registry)."""
    return str(vocab.entity_iri(entity_id, default_registry().get(entity_id).is_state))


def ident(value: str) -> str:
    return unquote(value.rsplit("/", 1)[1])


def run(graph: AllianceGraph, name: str, *, dates: dict[str, str] | None = None, **iris: str) -> list[dict]:
    query = named_queries()[name].text
    return graph.sparql(query, bindings=dates or {}, iri_bindings={k: iri(v) for k, v in iris.items()}).rows


def test_fixture_has_the_intended_shape(graph):
    stats = graph.stats()
    assert stats["documents"] == len(DOCS) and stats["events"] == 32  # every claim line was read
    assert {("AU", "G20")} <= set(graph.projection().graph["memberships"])


def test_members_on_every_date(graph):
    nonempty = 0
    for org, date in itertools.product(ORGS, DATES):
        by_networkx = {(r.id, r.status) for r in graph.members(org, as_of=date)}
        by_sparql = {(ident(r["member"]), r["status"]) for r in run(graph, "members-on-date", org=org,
                                                                       dates={"date": date})}
        assert by_sparql == by_networkx, (org, date)
        nonempty += bool(by_networkx)
    assert nonempty > len(ORGS) * len(DATES) // 2


def test_members_on_boundaries(graph):
    """Spot checks, so that agreement is not agreement on nothing."""
    def ids(org: str, date: str) -> set[str]:
        return {ident(r["member"]) for r in run(graph, "members-on-date", org=org, dates={"date": date})}

    assert ids("CSTO", "1992-05-14") == ids("CSTO", "1992") == {"BLR"}  # undated: always
    assert ids("CSTO", "1992-05-15") == {"RUS", "ARM", "BLR"}
    assert "UZB" in ids("CSTO", "1999-03-31") and "UZB" not in ids("CSTO", "1999-04")
    assert "UZB" in ids("CSTO", "2011-12-31") and "UZB" not in ids("CSTO", "2012")
    assert "ARM" in ids("CSTO", "2024-01-31") and "ARM" not in ids("CSTO", "2024-02")
    assert "KAZ" not in ids("CSTO", "2020-05") and "KAZ" in ids("CSTO", "2020-06")
    # A full-day since on the first day of a partial ?date: the query compares first days.
    assert ids("BRICS", "2024") == {"RUS", "EGY"} and ids("EU", "1995") == {"FIN", "SWE", "AUT"}
    assert ids("G20", "2023-09-09") == {"AU"}


def test_memberships_of_each_state(graph):
    G = graph.projection()
    for member in MEMBERS:
        intervals = {(org, s.status, s.since, s.until)
                     for (sid, org), states in G.graph["memberships"].items() if sid == member for s in states}
        rows = run(graph, "memberships-of-state", member=member)
        assert {(ident(r["org"]), r["status"], r["since"], r["until"]) for r in rows} == intervals, member
        assert intervals


def test_memberships_on_every_date(graph):
    for member, date in itertools.product(MEMBERS, DATES):
        by_networkx = {(r.id, r.status) for r in graph.memberships(member, as_of=date)}
        rows = run(graph, "memberships-on-date", member=member, dates={"date": date})
        assert {(ident(r["org"]), r["status"]) for r in rows} == by_networkx, (member, date)
    statuses = {r.status for m, d in itertools.product(MEMBERS, DATES) for r in graph.memberships(m, as_of=d)}
    assert statuses == {"member", "suspended", "withdrawn", "expelled", "applicant", "observer", "partner"}


def test_shared_organisations(graph):
    found = 0
    for (a, b), date in itertools.product(itertools.combinations(MEMBERS[:9], 2), KEY_DATES):
        by_networkx = {o.id for o in answers.shared(graph, a, b, as_of=date).organizations}
        rows = run(graph, "shared-organisations", a=a, b=b, dates={"date": date})
        assert {ident(r["org"]) for r in rows} == by_networkx, (a, b, date)
        found += len(by_networkx)
    assert found > 30
    assert {o.id for o in answers.shared(graph, "Russia", "Kazakhstan", as_of="2020-06").organizations} == \
        {"CSTO", "EAEU"}


def test_overlap(graph):
    for (a, b), date in itertools.product(itertools.combinations(ORGS, 2), KEY_DATES):
        o = answers.overlap(graph, a, b, as_of=date)
        rows = run(graph, "overlap", orgA=a, orgB=b, dates={"date": date})
        sparql = {(ident(r["member"]), r["inA"], r["inB"]) for r in rows}
        expected = ({(m.id, 1, 1) for m in o.both} | {(m.id, 1, 0) for m in o.only_a}
                    | {(m.id, 0, 1) for m in o.only_b})
        assert sparql == expected, (a, b, date)
    o = answers.overlap(graph, "CSTO", "EAEU", as_of="2020-06")
    assert ([m.id for m in o.both], [m.id for m in o.only_a], [m.id for m in o.only_b]) == \
        (["ARM", "BLR", "KAZ", "RUS"], [], [])


def test_projection_and_store_derive_the_same_intervals(graph):
    """The networkx projection folds the store's events the same way replace_memberships did."""
    G = network.build_graph(graph.store.events())
    rows = graph.sparql("SELECT DISTINCT ?m WHERE { ?m a ag:Membership }").rows
    assert len(rows) == sum(len(v) for v in G.graph["memberships"].values())
