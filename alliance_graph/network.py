"""Events → a networkx projection, and the answers the CLI prints.

:func:`build_graph` turns events into a :class:`networkx.MultiDiGraph`: one node per entity
(state or organisation), one edge per event from the member to the organisation. Nodes and
edges carry only plain ``str``/``int``/``float``/``bool`` attributes (an unknown value is left
out, never ``None``), so the graph can be written as GraphML. The :class:`Event` objects and the
derived :class:`MembershipState` intervals live in graph attributes:

* ``G.graph["events"]``: ``{edge key: Event}``
* ``G.graph["memberships"]``: ``{(subject_id, organization_id): tuple[MembershipState, ...]}``

The answer functions (:func:`members`, :func:`memberships`, :func:`timeline`, :func:`explain`)
take such a graph first and return frozen dataclasses.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from alliance_graph.membership import derive_memberships, effective_date, event_sort_key, pair_history, state_on
from alliance_graph.model import MEMBERSHIP_STATUSES, Event, MembershipState, check_date


@dataclass(frozen=True)
class EvidenceRef:
    """A sentence behind an answer: document, text and character offsets in the body."""

    doc: str
    text: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        """A JSON object ``{"doc", "text", "start", "end"}``."""
        return {"doc": self.doc, "text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class MemberRow:
    """One member of an organisation on a date."""

    name: str
    id: str
    status: str
    since: str | None
    until: str | None
    evidence: tuple[EvidenceRef, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The CLI's JSON object (cli.md): name, id, status, since, until, evidence."""
        return {"name": self.name, "id": self.id, "status": self.status, "since": self.since,
                "until": self.until, "evidence": [e.to_json() for e in self.evidence]}


@dataclass(frozen=True)
class MembershipRow:
    """One organisation a state (or organisation) belongs to on a date."""

    organization: str
    id: str
    status: str
    since: str | None
    until: str | None
    evidence: tuple[EvidenceRef, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """A JSON object: organization, id, status, since, until, evidence."""
        return {"organization": self.organization, "id": self.id, "status": self.status,
                "since": self.since, "until": self.until,
                "evidence": [e.to_json() for e in self.evidence]}


@dataclass(frozen=True)
class Explanation:
    """The membership history of one pair: derived intervals and every event behind them."""

    subject: str
    subject_id: str
    organization: str
    organization_id: str
    states: tuple[MembershipState, ...]
    history: tuple[Event, ...]

    def to_json(self) -> dict[str, Any]:
        """A JSON object with ``states`` (each with its events) and ``history``."""
        return {
            "subject": self.subject, "subject_id": self.subject_id,
            "organization": self.organization, "organization_id": self.organization_id,
            "states": [{"status": s.status, "since": s.since, "until": s.until,
                        "events": [e.to_json() for e in s.events]} for s in self.states],
            "history": [e.to_json() for e in self.history],
        }


def event_key(event: Event) -> str:
    """A stable key for an event: a hash of its contract fields (same event, same key).

    Examples:
        >>> from alliance_graph.model import Evidence
        >>> e = Event("a.txt", "Armenia", "ARM", "suspends", "CSTO", "CSTO", "2024-02-23",
        ...           "asserted", None, 0.9, Evidence("...", 0, 3))
        >>> k = event_key(e); k.startswith("ev-"), len(k), k == event_key(e.with_changes())
        (True, 19, True)
    """
    data = event.to_json()
    data.pop("confidence", None)
    blob = json.dumps(data, sort_keys=True, ensure_ascii=False)
    return "ev-" + hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def _plain(attrs: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in attrs.items() if v is not None}


def build_graph(events: Iterable[Event]) -> nx.MultiDiGraph:
    """Project events onto a multigraph: entities as nodes, one edge per event.

    A node's ``kind`` is ``"organization"`` when the id appears as ``organization_id`` of any
    event, else ``"state"``; its ``label`` is the canonical name. Edge attributes: relation,
    status, date, effective_date, attributed_to, confidence, doc, evidence, start, end,
    published (unknown values are left out). Identical events collapse onto one edge.

    Examples:
        >>> from alliance_graph.model import Evidence
        >>> e = Event("a.txt", "Armenia", "ARM", "suspends", "CSTO", "CSTO", "2024-02-23",
        ...           "asserted", None, 0.9, Evidence("Armenia froze...", 0, 16))
        >>> G = build_graph([e, e])
        >>> G.nodes["CSTO"]["kind"], G.nodes["ARM"]["kind"], G.number_of_edges()
        ('organization', 'state', 1)
        >>> [s.status for s in G.graph["memberships"][("ARM", "CSTO")]]
        ['suspended']
    """
    events = list(events)
    G = nx.MultiDiGraph()
    orgs = {e.organization_id for e in events}
    stored: dict[str, Event] = {}
    for e in events:
        for node, label in ((e.subject_id, e.subject), (e.organization_id, e.organization)):
            if node not in G:
                G.add_node(node, label=label, kind="organization" if node in orgs else "state")
        key = event_key(e)
        if key not in stored or e.confidence > stored[key].confidence:
            stored[key] = e
    for key, e in stored.items():
        G.add_edge(e.subject_id, e.organization_id, key=key, **_plain({
            "relation": e.relation, "status": e.status, "date": e.date,
            "effective_date": effective_date(e), "attributed_to": e.attributed_to,
            "confidence": float(e.confidence), "doc": e.doc, "evidence": e.evidence.text,
            "start": e.evidence.start, "end": e.evidence.end, "published": e.published,
        }))
    unique = list(stored.values())
    pairs: dict[tuple[str, str], list[MembershipState]] = {}
    for state in derive_memberships(unique):
        pairs.setdefault((state.subject_id, state.organization_id), []).append(state)
    G.graph["events"] = stored
    G.graph["memberships"] = {pair: tuple(states) for pair, states in pairs.items()}
    return G


def _events(G: nx.MultiDiGraph) -> list[Event]:
    return list(G.graph.get("events", {}).values())


def _evidence(state: MembershipState) -> tuple[EvidenceRef, ...]:
    refs: list[EvidenceRef] = []
    for e in state.events:
        ref = EvidenceRef(e.doc, e.evidence.text, e.evidence.start, e.evidence.end)
        if ref not in refs:
            refs.append(ref)
    return tuple(refs)


def _rank(status: str) -> int:
    return MEMBERSHIP_STATUSES.index(status) if status in MEMBERSHIP_STATUSES else len(MEMBERSHIP_STATUSES)


def start_date(state: MembershipState) -> str | None:
    """When the status began, as far as the evidence says: the date of the event that
    opened the interval (a join, a suspension, a grant of status), or None when the interval
    rests only on a statement of membership ("Russia is a member"), which says nothing about
    since when.

    Examples:
        >>> from alliance_graph.model import Event, Evidence
        >>> e = Event("a", "Russia", "RUS", "member", "CSTO", "CSTO", None, "asserted", None, 0.9,
        ...           Evidence("x", 0, 1), published="2024-02-24")
        >>> start_date(MembershipState("Russia", "RUS", "CSTO", "CSTO", "member", "2024-02-24", None, (e,)))
    """
    if state.events and state.events[0].relation == "member":
        return None
    return state.since


def members(G: nx.MultiDiGraph, org_id: str, *, as_of: str, include_all: bool = False) -> list[MemberRow]:
    """The members of an organisation on a date.

    Args:
        G: a graph from :func:`build_graph`.
        org_id: the organisation's id (resolve names through the registry first); an id with
            no events gives an empty list.
        as_of: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (partial dates mean their first day).
        include_all: also list suspended, withdrawn, expelled, applicant, candidate, observer
            and partner standings.

    Returns:
        Rows with status ``member`` sorted by name; with ``include_all``, sorted by status
        (member first, in ``MEMBERSHIP_STATUSES`` order) then name.

    Raises:
        InputError: ``as_of`` is malformed.

    Examples:
        >>> from alliance_graph.model import Evidence
        >>> def ev(name, sid, rel, date):
        ...     return Event("a.txt", name, sid, rel, "CSTO", "CSTO", date, "asserted", None,
        ...                  0.9, Evidence(f"{name} {rel}", 0, 9))
        >>> G = build_graph([ev("Russia", "RUS", "founds", "1992-05-15"),
        ...                  ev("Armenia", "ARM", "founds", "1992-05-15"),
        ...                  ev("Armenia", "ARM", "suspends", "2024-02-23")])
        >>> [(r.name, r.status) for r in members(G, "CSTO", as_of="2024-03-01")]
        [('Russia', 'member')]
        >>> [(r.name, r.status, r.since) for r in members(G, "CSTO", as_of="2024-03-01", include_all=True)]
        [('Russia', 'member', '1992-05-15'), ('Armenia', 'suspended', '2024-02-23')]
    """
    check_date(as_of)
    named = []
    pairs = G.graph.get("memberships", {})
    neighbours = sorted(G.predecessors(org_id)) if org_id in G else []  # the graph's edges index the pairs
    for subject_id in neighbours:
        for s in state_on(pairs.get((subject_id, org_id), ()), as_of):
            named.append((G.nodes[subject_id].get("label", s.subject) if subject_id in G else s.subject, s))
    return member_rows(named, include_all=include_all)


def member_rows(named: Iterable[tuple[str, MembershipState]], *, include_all: bool = False) -> list[MemberRow]:
    """The rows of :func:`members` for ``(member name, state)`` pairs, the states holding on
    the date asked, their events in the order the fold met them (:func:`start_date` and the
    evidence follow it). Sorted and filtered as :func:`members` says."""
    rows = [MemberRow(name, s.subject_id, s.status, start_date(s), s.until, _evidence(s))
            for name, s in named if include_all or s.status == "member"]
    # two standings of one pair (one from undated text) keep one order whichever way they were found
    if include_all:
        rows.sort(key=lambda r: (_rank(r.status), r.name, r.id, r.since or "", r.until or ""))
    else:
        rows.sort(key=lambda r: (r.name, r.id, r.since or "", r.until or ""))
    return rows


def memberships(G: nx.MultiDiGraph, state_id: str, *, as_of: str, include_all: bool = True) -> list[MembershipRow]:
    """The organisations a state (or an organisation) belongs to on a date, with status.

    Args:
        G: a graph from :func:`build_graph`.
        state_id: the member's id (ISO alpha-3 for a state).
        as_of: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.
        include_all: keep every standing (suspended, observer, ...); False keeps ``member`` only.

    Returns:
        Rows sorted by organisation name.

    Examples:
        >>> from alliance_graph.model import Evidence
        >>> def ev(org, rel, date):
        ...     return Event("a.txt", "Armenia", "ARM", rel, org, org, date, "asserted", None,
        ...                  0.9, Evidence("...", 0, 3))
        >>> G = build_graph([ev("CSTO", "suspends", "2024-02-23"), ev("EAEU", "member", "2024")])
        >>> [(r.organization, r.status) for r in memberships(G, "ARM", as_of="2024-06-01")]
        [('CSTO', 'suspended'), ('EAEU', 'member')]
    """
    check_date(as_of)
    named = []
    pairs = G.graph.get("memberships", {})
    for org_id in sorted(G.successors(state_id)) if state_id in G else []:
        for s in state_on(pairs.get((state_id, org_id), ()), as_of):
            named.append((G.nodes[org_id].get("label", s.organization) if org_id in G else s.organization, s))
    return membership_rows(named, include_all=include_all)


def membership_rows(named: Iterable[tuple[str, MembershipState]], *, include_all: bool = True) -> list[MembershipRow]:
    """The rows of :func:`memberships` for ``(organisation name, state)`` pairs, as
    :func:`member_rows` for :func:`members`."""
    rows = [MembershipRow(name, s.organization_id, s.status, start_date(s), s.until, _evidence(s))
            for name, s in named if include_all or s.status == "member"]
    rows.sort(key=lambda r: (r.organization, r.id, r.since or "", r.until or ""))
    return rows


def timeline(G: nx.MultiDiGraph, entity_id: str) -> list[Event]:
    """Every event of an organisation or a state: dated ones in date order, then undated ones.

    Dates are effective dates (the publication date stands in for an undated asserted or
    reported event). Denied events are included and keep their ``status="denied"``.

    Examples:
        >>> from alliance_graph.model import Evidence
        >>> def ev(rel, date, status="asserted"):
        ...     return Event("a.txt", "Armenia", "ARM", rel, "CSTO", "CSTO", date, status, None,
        ...                  0.9, Evidence("...", 0, 3))
        >>> G = build_graph([ev("leaves", None, "announced"), ev("suspends", "2024-02-23"),
        ...                  ev("leaves", "2023", "denied")])
        >>> [(e.relation, e.status) for e in timeline(G, "CSTO")]
        [('leaves', 'denied'), ('suspends', 'asserted'), ('leaves', 'announced')]
    """
    chosen = [e for e in _events(G) if entity_id in (e.subject_id, e.organization_id)]
    return sorted(chosen, key=event_sort_key)


def explain(G: nx.MultiDiGraph, subject_id: str, org_id: str) -> Explanation:
    """The membership history of a pair, with the evidence behind each step.

    ``states`` are the derived intervals (each with the events it came from); ``history`` is
    every event of the pair, including denied events and undated announcements, by date.

    Examples:
        >>> from alliance_graph.model import Evidence
        >>> e = Event("a.txt", "Armenia", "ARM", "suspends", "CSTO", "CSTO", "2024-02-23",
        ...           "asserted", "Nikol Pashinyan", 0.9, Evidence("We froze it.", 10, 22))
        >>> x = explain(build_graph([e]), "ARM", "CSTO")
        >>> [(s.status, s.since) for s in x.states], x.history[0].evidence.text
        ([('suspended', '2024-02-23')], 'We froze it.')
    """
    history = pair_history(_events(G), subject_id, org_id)
    states = G.graph.get("memberships", {}).get((subject_id, org_id), ())
    subject = G.nodes[subject_id].get("label", subject_id) if subject_id in G else subject_id
    organization = G.nodes[org_id].get("label", org_id) if org_id in G else org_id
    return Explanation(subject, subject_id, organization, org_id, tuple(states), tuple(history))


def to_graphml_graph(G: nx.MultiDiGraph, *, memberships: bool = True) -> nx.MultiDiGraph:
    """A GraphML-ready copy of ``G``: plain attribute types only, no ``None``, no graph objects.

    Nodes get ``type`` (state/organization), ``label`` and ``id``. Event edges get
    ``type="event"``, relation, status, date, doc, evidence, start, end (the evidence offsets),
    confidence and ``evidence_count=1``. With ``memberships``, one more edge per derived
    interval: ``type="membership"``, ``relation="membership"``, status (member, suspended, ...),
    since, until and ``evidence_count`` (empty strings for unknown dates).

    Examples:
        >>> from alliance_graph.model import Evidence
        >>> e = Event("a.txt", "Armenia", "ARM", "suspends", "CSTO", "CSTO", "2024-02-23",
        ...           "asserted", None, 0.9, Evidence("...", 0, 3))
        >>> H = to_graphml_graph(build_graph([e]))
        >>> sorted(d["type"] for _, _, d in H.edges(data=True)), H.graph
        (['event', 'membership'], {})
    """
    H = nx.MultiDiGraph()
    for node, data in G.nodes(data=True):
        H.add_node(str(node), type=str(data.get("kind", "state")), label=str(data.get("label", node)))
    for u, v, key, data in G.edges(keys=True, data=True):
        attrs = {"type": "event", "evidence_count": 1}
        for name in ("relation", "status", "date", "effective_date", "attributed_to", "doc",
                     "evidence", "published"):
            attrs[name] = str(data.get(name, ""))
        for name in ("start", "end"):
            attrs[name] = int(data.get(name, 0))
        attrs["confidence"] = float(data.get("confidence", 0.0))
        H.add_edge(str(u), str(v), key=str(key), **attrs)
    if memberships:
        for (subject_id, org_id), states in G.graph.get("memberships", {}).items():
            for i, s in enumerate(states):
                H.add_edge(str(subject_id), str(org_id), key=f"ms-{subject_id}-{org_id}-{i}",
                           type="membership", relation="membership", status=s.status,
                           since=s.since or "", until=s.until or "", evidence_count=len(s.events))
    return H


def write_graphml(G: nx.MultiDiGraph, path: str, *, memberships: bool = True) -> None:
    """Write :func:`to_graphml_graph` of ``G`` to ``path`` (readable by ``nx.read_graphml``).

    Examples:
        >>> import os, tempfile
        >>> from alliance_graph.model import Evidence
        >>> e = Event("a.txt", "Armenia", "ARM", "member", "CSTO", "CSTO", None, "asserted",
        ...           None, 0.9, Evidence("...", 0, 3))
        >>> with tempfile.TemporaryDirectory() as d:
        ...     write_graphml(build_graph([e]), os.path.join(d, "g.graphml"))
        ...     nx.read_graphml(os.path.join(d, "g.graphml")).number_of_nodes()
        2
    """
    nx.write_graphml(to_graphml_graph(G, memberships=memberships), path)
