"""The temporal rules of alliance_graph.membership, one case each."""

from __future__ import annotations

import pytest

from alliance_graph.errors import InputError
from alliance_graph.membership import derive_memberships, effective_date, pair_history, state_on
from alliance_graph.model import Event, Evidence


def ev(relation, date=None, status="asserted", *, subject=("Armenia", "ARM"), org="CSTO", published=None, doc="a.txt"):
    return Event(doc, subject[0], subject[1], relation, org, org, date, status, None, 0.9,
                 Evidence(f"{subject[0]} {relation} {org}", 0, 10), published=published)


def intervals(events, **kw):
    return [(s.status, s.since, s.until) for s in derive_memberships(events, **kw)]


def status_on(events, date):
    return [s.status for s in state_on(derive_memberships(events), date)]


def test_join_then_leave():
    events = [ev("leaves", "2020-01-31", subject=("United Kingdom", "GBR"), org="EU"),
              ev("joins", "1973-01-01", subject=("United Kingdom", "GBR"), org="EU")]
    assert intervals(events) == [("member", "1973-01-01", "2020-01-31"), ("withdrawn", "2020-01-31", None)]
    assert status_on(events, "1972-12-31") == []
    assert status_on(events, "2019-06-01") == ["member"]
    assert status_on(events, "2020-01-31") == ["withdrawn"]


def test_suspension_not_undone_by_later_member_statement():
    events = [ev("member", "2020"), ev("suspends", "2024-02-23"), ev("member", "2024-05-01")]
    assert intervals(events) == [("member", "2020", "2024-02-23"), ("suspended", "2024-02-23", None)]


def test_member_statement_same_day_as_suspension_does_not_undo_it():
    events = [ev("suspends", "2024-02-23"), ev("member", "2024-02-23")]
    assert status_on(events, "2024-02-23") == ["suspended"]


def test_readmitted_lifts_suspension():
    events = [ev("suspends", "2024-02-23"), ev("readmitted", "2025-01-01")]
    assert status_on(events, "2025-06-01") == ["member"]


def test_undated_announcement_changes_nothing_but_stays_in_history():
    events = [ev("member", "2023"), ev("leaves", None, "announced", published="2024-02-24")]
    assert intervals(events) == [("member", "2023", None)]
    assert [e.relation for e in pair_history(events, "ARM", "CSTO")] == ["member", "leaves"]


def test_announcement_dated_by_the_day_it_was_made_changes_nothing():
    # "Armenia will leave the CSTO, Pashinyan said on Friday": dated Friday, not an effect
    events = [ev("member", "2023"), ev("leaves", "2024-02-23", "announced", published="2024-02-24"),
              ev("leaves", "2024-02", "announced", published="2024-02-24")]
    assert intervals(events) == [("member", "2023", None)]
    # a stated effective date after publication applies from that date
    later = [ev("member", "2023"), ev("leaves", "2025-01", "announced", published="2024-02-24")]
    assert status_on(later, "2025-01-15") == ["withdrawn"]


def test_dated_announcement_applies_from_its_date():
    events = [ev("member", "2023"), ev("leaves", "2025-01-01", "announced")]
    assert status_on(events, "2024-12-31") == ["member"]
    assert status_on(events, "2025-01-01") == ["withdrawn"]


def test_member_statement_known_at_d_is_member_from_d_on():
    events = [ev("member", None, published="2024-03-01")]
    assert status_on(events, "2024-02-29") == []
    assert status_on(events, "2024-03-01") == ["member"]
    assert status_on(events, "2030-01-01") == ["member"]
    assert derive_memberships(events)[0].since == "2024-03-01"


def test_later_statements_support_without_moving_since():
    events = [ev("joins", "2023-04-04"), ev("member", None, published="2024-01-01")]
    [state] = derive_memberships(events)
    assert (state.since, len(state.events)) == ("2023-04-04", 2)


def test_denied_events_are_ignored():
    events = [ev("member", "2020"), ev("leaves", "2024-02-23", "denied")]
    assert intervals(events) == [("member", "2020", None)]
    assert len(pair_history(events, "ARM", "CSTO")) == 2


def test_partial_dates_compare_by_first_day():
    events = [ev("joins", "2024"), ev("leaves", "2024-02")]
    assert intervals(events) == [("member", "2024", "2024-02"), ("withdrawn", "2024-02", None)]
    assert status_on(events, "2024-01-31") == ["member"]
    assert status_on(events, "2024-02-01") == ["withdrawn"]
    assert status_on(events, "2024") == ["member"]


def test_member_after_exit_only_when_strictly_later():
    assert status_on([ev("leaves", "2020-01-31"), ev("member", "2020-01-31")], "2021") == ["withdrawn"]
    assert status_on([ev("expelled", "2020-01-31"), ev("member", "2021-05")], "2022") == ["member"]


def test_undated_facts_apply_at_start_of_time_unless_excluded():
    events = [ev("member"), ev("suspends", "2024-02-23")]
    assert intervals(events) == [("member", None, "2024-02-23"), ("suspended", "2024-02-23", None)]
    assert intervals(events, include_undated=False) == [("suspended", "2024-02-23", None)]


def test_statuses_that_need_non_membership():
    assert status_on([ev("joins", "2000"), ev("applies", "2001")], "2002") == ["member"]
    assert status_on([ev("suspends", "2000"), ev("observer", "2001")], "2002") == ["suspended"]
    assert status_on([ev("applies", "2000"), ev("candidate", "2001")], "2002") == ["candidate"]
    assert status_on([ev("partner", "2000")], "2002") == ["partner"]
    assert status_on([ev("candidate", "2000"), ev("joins", "2004-05-01")], "2005") == ["member"]


def test_effective_date_fallbacks():
    assert effective_date(ev("member", "2023")) == "2023"
    assert effective_date(ev("member", published="2024-01-02", status="reported")) == "2024-01-02"
    assert effective_date(ev("leaves", published="2024-01-02", status="announced")) is None
    assert effective_date(ev("leaves", published="2024-01-02", status="denied")) is None


def test_pairs_are_separate_and_history_undated_last():
    events = [ev("member", "2020"), ev("member", "2021", subject=("Russia", "RUS")), ev("leaves", None, "announced"),
              ev("founds", "1992")]
    states = derive_memberships(events)
    assert [(s.subject_id, s.status, s.since) for s in states] == [("ARM", "member", "1992"), ("RUS", "member", "2021")]
    assert [e.relation for e in pair_history(events, "ARM", "CSTO")] == ["founds", "member", "leaves"]


def test_state_on_rejects_bad_dates():
    with pytest.raises(InputError):
        state_on([], "01/02/2024")
