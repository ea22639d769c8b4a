"""Events → membership states over time: the temporal logic.

The extractor emits *claims* (:class:`~alliance_graph.model.Event`); this module folds the
claims about one (member, organisation) pair into an ordered list of non-overlapping
intervals, each with one status from :data:`~alliance_graph.model.MEMBERSHIP_STATUSES`.

Rules
-----
1. **Denied events are ignored** by the fold (they stay in :func:`pair_history`).
2. **Announced events** change state only when they carry a ``date`` (their stated effective
   date) and then apply from that date. An undated announcement is an intention: it changes
   nothing, but is kept in the pair's history.
3. **Effective date** (:func:`effective_date`): the event's ``date``; for an ``asserted`` or
   ``reported`` event without one, the publication date of its document (``event.published``)
   is used as a "no later than" date. Announced and denied events have no fallback.
4. **Undated facts**: an asserted/reported event with neither a date nor a publication date is
   a known fact with an unknown date. With ``include_undated=True`` (the default) it applies at
   the *start of time* (before every dated event) and the interval it opens has ``since=None``;
   with ``include_undated=False`` it changes nothing (it is still in the history).
5. **Partial dates** compare by their first day: ``"2023"`` is 2023-01-01, ``"2024-02"`` is
   2024-02-01. Intervals are half-open: ``since <= day < until``.
6. **Order of the fold**: by effective date; at the same date, statements (``member``,
   ``candidate``, ``observer``, ``partner``) come before changes (every other relation), so
   the change wins (a ``member`` statement on the day of a ``suspends`` does not undo it);
   otherwise input order.
7. **Transitions** (``current`` is the status before the event, ``None`` for no standing):

   ======================= ===================================================================
   relation                effect
   ======================= ===================================================================
   joins, readmitted,      → member
   founds
   member (statement)      → member, except: a suspended member stays suspended (only joins /
                           readmitted lift a suspension); after withdrawn/expelled it becomes
                           member only if the statement's date is strictly later than the exit
   leaves                  → withdrawn
   suspends, suspended_by  → suspended
   expelled                → expelled
   applies                 → applicant, unless member or suspended
   candidate               → candidate, unless member (or suspended)
   observer                → observer, unless member (or suspended)
   partner                 → partner, unless member (or suspended)
   ======================= ===================================================================

   A suspended member is still a member, so "unless member" also means "unless suspended".
8. **Intervals**: an event that changes the status closes the current interval (``until`` =
   the event's effective date) and opens a new one (``since`` = that date). An event whose
   outcome equals the current status supports the current interval (it is added to its
   ``events``) without moving ``since``. So a ``member`` statement known only at day *d* means
   member from *d* on; nothing is claimed before the earliest evidence unless a
   joins/founds event gives the start. Events that change nothing and support nothing are not
   attached to any interval; they are reachable through :func:`pair_history`.
   An interval may be empty (``since == until``) when two changes share a date; it is kept
   for explanation but never holds on any day.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from alliance_graph.model import Event, MembershipState, check_date

#: Relations that state a standing rather than a change.
STATIVE_RELATIONS: frozenset[str] = frozenset({"member", "candidate", "observer", "partner"})

_EXITS = frozenset({"withdrawn", "expelled"})
_MEMBERISH = frozenset({"member", "suspended"})
_TARGET: Mapping[str, str] = MappingProxyType({
    "joins": "member",
    "readmitted": "member",
    "founds": "member",
    "member": "member",
    "leaves": "withdrawn",
    "suspends": "suspended",
    "suspended_by": "suspended",
    "expelled": "expelled",
    "applies": "applicant",
    "candidate": "candidate",
    "observer": "observer",
    "partner": "partner",
})


def day_key(value: str) -> str:
    """Expand a partial ISO date to its first day, for comparison.

    Examples:
        >>> day_key("2023"), day_key("2024-02"), day_key("2024-02-23")
        ('2023-01-01', '2024-02-01', '2024-02-23')
    """
    if len(value) == 4:
        return value + "-01-01"
    if len(value) == 7:
        return value + "-01"
    return value


def as_of_day(value: str | None) -> str:
    """A question's date: validated (InputError when malformed) and expanded to its first day;
    today when None.

    Examples:
        >>> as_of_day("2024-02")
        '2024-02-01'
    """
    if value is None:
        return datetime.date.today().isoformat()
    return day_key(check_date(value) or "")


def effective_date(event: Event) -> str | None:
    """The date from which an event applies, or None when it has none.

    The event's ``date``; else, for asserted/reported events, its document's publication date
    (a "no later than" date). Announced and denied events without a date have none.

    Examples:
        >>> from alliance_graph.model import Evidence
        >>> e = Event("a.txt", "Armenia", "ARM", "member", "CSTO", "CSTO", None, "asserted",
        ...           None, 0.9, Evidence("...", 0, 3), published="2024-03-01")
        >>> effective_date(e)
        '2024-03-01'
        >>> effective_date(e.with_changes(status="announced")) is None
        True
    """
    if event.date:
        return event.date
    if event.status in ("asserted", "reported") and event.published:
        return event.published
    return None


def _applies(event: Event, *, include_undated: bool) -> bool:
    if event.status == "denied":
        return False
    if event.status == "announced":
        # a scheduled effect applies from its date; an announcement dated no later than the
        # article that reports it is dated by the day it was made, and changes nothing yet
        return bool(event.date) and not (event.published and event.date <= event.published[:len(event.date)])
    if effective_date(event) is None:
        return include_undated
    return True


def _next_status(current: str | None, exit_key: str | None, event: Event, day: str | None) -> str | None:
    """The status after ``event``, or ``current`` when it changes nothing."""
    rel = event.relation
    target = _TARGET[rel]
    if rel == "member":
        if current == "suspended":
            return current
        if current in _EXITS:
            if day is not None and day_key(day) > (exit_key or ""):
                return "member"
            return current
        return "member"
    if rel == "applies" and current in _MEMBERISH:
        return current
    if rel in ("candidate", "observer", "partner") and current in _MEMBERISH:
        return current
    return target


@dataclass
class _Open:
    """An interval being built by the fold (private, never escapes the module)."""

    status: str
    since: str | None
    events: list[Event]


def fold_key(event: Event) -> tuple[str, int]:
    """The order in which the fold meets a pair's events (rule 6): by effective date (first
    day; undated first), statements before changes; a stable sort keeps stored order for ties."""
    day = effective_date(event)
    return ("" if day is None else day_key(day), 0 if event.relation in STATIVE_RELATIONS else 1)


def _fold_pair(events: Sequence[Event], *, include_undated: bool) -> list[MembershipState]:
    applicable = sorted((e for e in events if _applies(e, include_undated=include_undated)), key=fold_key)
    first = events[0]
    intervals: list[tuple[str, str | None, str | None, list[Event]]] = []
    current: _Open | None = None
    exit_key: str | None = None
    for event in applicable:
        day = effective_date(event)
        status = _next_status(current.status if current else None, exit_key, event, day)
        if current is not None and status == current.status:
            if _TARGET[event.relation] == status:
                current.events.append(event)
            continue
        if status is None:  # pragma: no cover - every relation has a target
            continue
        if current is not None:
            intervals.append((current.status, current.since, day, current.events))
        current = _Open(status, day, [event])
        if status in _EXITS:
            exit_key = "" if day is None else day_key(day)
    if current is not None:
        intervals.append((current.status, current.since, None, current.events))
    return [
        MembershipState(
            subject=first.subject,
            subject_id=first.subject_id,
            organization=first.organization,
            organization_id=first.organization_id,
            status=status,
            since=since,
            until=until,
            events=tuple(evs),
        )
        for status, since, until, evs in intervals
    ]


def derive_memberships(events: Iterable[Event], *, include_undated: bool = True) -> list[MembershipState]:
    """Fold events into membership intervals, per (subject, organisation) pair.

    Applies the rules in this module's docstring. Pairs are returned sorted by
    (organisation id, subject id), each pair's intervals in time order.

    Args:
        events: the claims, in any order (input order breaks ties).
        include_undated: let asserted/reported events with no date and no publication date
            apply at the start of time.

    Returns:
        The intervals of every pair that has at least one applicable event.

    Examples:
        >>> from alliance_graph.model import Evidence
        >>> def ev(rel, date, status="asserted"):
        ...     return Event("a.txt", "Armenia", "ARM", rel, "CSTO", "CSTO", date, status,
        ...                  None, 0.9, Evidence("...", 0, 3))
        >>> states = derive_memberships([ev("founds", "1992-05-15"), ev("suspends", "2024-02-23"),
        ...                              ev("member", "2024-06")])
        >>> [(s.status, s.since, s.until) for s in states]
        [('member', '1992-05-15', '2024-02-23'), ('suspended', '2024-02-23', None)]
    """
    by_pair: dict[tuple[str, str], list[Event]] = {}
    for event in events:
        by_pair.setdefault((event.organization_id, event.subject_id), []).append(event)
    result: list[MembershipState] = []
    for pair in sorted(by_pair):
        result.extend(_fold_pair(by_pair[pair], include_undated=include_undated))
    return result


def holds_on(state: MembershipState, date: str) -> bool:
    """Whether ``state``'s interval contains the (first day of the) given date.

    Examples:
        >>> s = MembershipState("Armenia", "ARM", "CSTO", "CSTO", "suspended", "2024-02-23", None)
        >>> holds_on(s, "2024-03-01"), holds_on(s, "2024-02-22"), holds_on(s, "2024-02")
        (True, False, False)
    """
    day = day_key(check_date(date) or "")
    if state.since is not None and day_key(state.since) > day:
        return False
    if state.until is not None and day_key(state.until) <= day:
        return False
    return True


def state_on(states: Sequence[MembershipState], date: str) -> list[MembershipState]:
    """The interval of each pair that holds on ``date`` (pairs with none are left out).

    Raises:
        InputError: ``date`` is not ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

    Examples:
        >>> s = [MembershipState("Armenia", "ARM", "CSTO", "CSTO", "member", "1992-05-15", "2024-02-23"),
        ...      MembershipState("Armenia", "ARM", "CSTO", "CSTO", "suspended", "2024-02-23", None)]
        >>> [x.status for x in state_on(s, "2020-01-01")], [x.status for x in state_on(s, "1990")]
        (['member'], [])
    """
    check_date(date)
    return [s for s in states if holds_on(s, date)]


def pair_history(events: Iterable[Event], subject_id: str, organization_id: str) -> list[Event]:
    """Every event of one pair (denied and undated announcements included), by effective date.

    Events without an effective date come last, in input order.

    Examples:
        >>> from alliance_graph.model import Evidence
        >>> def ev(rel, date, status="asserted"):
        ...     return Event("a.txt", "Armenia", "ARM", rel, "CSTO", "CSTO", date, status,
        ...                  None, 0.9, Evidence("...", 0, 3))
        >>> hist = pair_history([ev("leaves", None, "announced"), ev("suspends", "2024-02-23"),
        ...                      ev("founds", "1992")], "ARM", "CSTO")
        >>> [e.relation for e in hist]
        ['founds', 'suspends', 'leaves']
    """
    chosen = [e for e in events if e.subject_id == subject_id and e.organization_id == organization_id]
    return sorted(chosen, key=event_sort_key)


def event_sort_key(event: Event) -> tuple[int, str]:
    """Sort key: dated events by effective date (first day of partial dates), undated last.

    Examples:
        >>> from alliance_graph.model import Evidence
        >>> e = Event("a.txt", "Armenia", "ARM", "member", "CSTO", "CSTO", "2024", "asserted",
        ...           None, 0.9, Evidence("...", 0, 3))
        >>> event_sort_key(e)
        (0, '2024-01-01')
    """
    day = effective_date(event)
    return (1, "") if day is None else (0, day_key(day))
