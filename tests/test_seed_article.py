"""Acceptance test: the Newsweek article the project started from (published 2024-02-24).

Armenia froze its CSTO participation (Pashinyan, "on Friday" = 2024-02-23) and said it would
leave; the article lists the five remaining members and mentions NATO, Kyrgyzstan's cancelled
drills and Kazakhstan's stance on sanctions, none of which is a membership event.
"""

from __future__ import annotations

from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_1fd79b23296f8899.txt"
PUBLISHED = "2024-02-24"
REMAINING = {"RUS", "BLR", "KAZ", "KGZ", "TJK"}

pytestmark = [
    pytest.mark.model,
    pytest.mark.shared,
    pytest.mark.skipif(not SEED.exists(), reason=f"needs the seed article {SEED} (the project's ../shared folder)"),
]


@pytest.fixture(scope="module")
def document():
    from alliance_graph.documents import parse_text_document

    return parse_text_document(SEED.name, SEED.read_text(encoding="utf-8"), published=PUBLISHED)


@pytest.fixture(scope="module")
def events(document, real_extractor):
    return real_extractor.extract(document)


def _find(events, subject_id, relation, organization_id, *, status=None):
    return [e for e in events
            if e.key == (subject_id, relation, organization_id) and (status is None or e.status == status)]


def test_document_is_read_with_its_date(document):
    assert document.published == PUBLISHED
    assert document.text.startswith("Putin Caught Off Guard")


def test_armenia_suspends_csto(events):
    found = _find(events, "ARM", "suspends", "CSTO", status="asserted")
    assert len(found) == 1, found
    event = found[0]
    assert event.date == "2024-02-23"
    assert event.attributed_to == "Nikol Pashinyan"
    assert (event.subject, event.organization) == ("Armenia", "CSTO")


def test_armenia_leaving_is_announced(events):
    found = _find(events, "ARM", "leaves", "CSTO", status="announced")
    assert len(found) == 1, found
    assert found[0].attributed_to == "Nikol Pashinyan"
    assert not _find(events, "ARM", "leaves", "CSTO", status="asserted")


def test_announced_leave_is_dated_by_its_announcement(events):
    """No effective date is stated, so the date is the one the text gives the statement
    (Friday, the day before publication), never a guess at when Armenia will be out."""
    (event,) = _find(events, "ARM", "leaves", "CSTO", status="announced")
    assert event.date == "2024-02-23"


def test_members_are_exactly_the_five_others(events):
    members = {e.subject_id for e in events
               if e.organization_id == "CSTO" and e.relation == "member" and e.status != "denied"}
    assert members == REMAINING


def test_no_nato_event(events):
    assert [e for e in events if e.organization_id == "NATO" and e.status != "denied"] == []


def test_kyrgyzstan_and_kazakhstan_do_not_leave(events):
    bad = [e for e in events if e.subject_id in {"KGZ", "KAZ"} and e.relation in {"leaves", "suspends", "suspended_by", "expelled"}]
    assert bad == []


def test_only_csto_events(events):
    assert {e.organization_id for e in events} == {"CSTO"}


def test_evidence_is_the_body_slice(events, document):
    assert events
    for e in events:
        assert document.text[e.evidence.start:e.evidence.end] == e.evidence.text
        assert e.doc == SEED.name
        assert e.published == PUBLISHED


def test_members_of_csto_on_2024_03_01(events):
    from alliance_graph.membership import derive_memberships, state_on
    from alliance_graph.network import build_graph, members

    states = derive_memberships(events)
    on_day = {(s.subject_id, s.status) for s in state_on(states, "2024-03-01") if s.organization_id == "CSTO"}
    assert {sid for sid, status in on_day if status == "member"} == REMAINING

    G = build_graph(events)
    assert {row.id for row in members(G, "CSTO", as_of="2024-03-01")} == REMAINING


def test_armenia_suspended_since_2024_02_23(events):
    from alliance_graph.membership import derive_memberships, state_on
    from alliance_graph.network import build_graph, members

    states = [s for s in derive_memberships(events) if (s.subject_id, s.organization_id) == ("ARM", "CSTO")]
    (current,) = state_on(states, "2024-03-01")
    assert (current.status, current.since, current.until) == ("suspended", "2024-02-23", None)

    rows = {row.id: row for row in members(build_graph(events), "CSTO", as_of="2024-03-01", include_all=True)}
    assert (rows["ARM"].status, rows["ARM"].since) == ("suspended", "2024-02-23")
    assert "ARM" not in {row.id for row in members(build_graph(events), "CSTO", as_of="2024-03-01")}
