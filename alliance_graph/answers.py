"""More questions: what two states share, how they connect, how two organisations overlap,
and where sources disagree.

Each function takes an :class:`~alliance_graph.graph.AllianceGraph` (or its networkx projection
from :func:`alliance_graph.network.build_graph`) first and keyword-only options after, resolves
names through the registry the way :meth:`AllianceGraph.members` does, and returns frozen
dataclasses with ``to_json()``. Dates are ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (a partial
date means its first day) and default to today.

Example:
    >>> from alliance_graph.model import Event, Evidence
    >>> from alliance_graph.network import build_graph
    >>> def ev(name, sid, rel, org, date):
    ...     return Event("a.txt", name, sid, rel, org, org, date, "asserted", None, 0.9,
    ...                  Evidence(f"{name} {rel} {org}", 0, 9))
    >>> G = build_graph([ev("Armenia", "ARM", "founds", "CSTO", "1992-05-15"),
    ...                  ev("Russia", "RUS", "founds", "CSTO", "1992-05-15"),
    ...                  ev("Russia", "RUS", "joins", "EAEU", "2015"),
    ...                  ev("Belarus", "BLR", "joins", "EAEU", "2015")])
    >>> [r.id for r in shared(G, "Armenia", "Russia", as_of="2020").organizations]
    ['CSTO']
    >>> [s.id for s in path(G, "Armenia", "Belarus", as_of="2020").steps]
    ['ARM', 'CSTO', 'RUS', 'EAEU', 'BLR']
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Union

import networkx as nx

from alliance_graph.errors import AllianceGraphError
from alliance_graph.membership import (
    STATIVE_RELATIONS,
    as_of_day,
    event_sort_key,
    state_on,
)
from alliance_graph.model import Event
from alliance_graph.network import members as _members
from alliance_graph.network import memberships as _memberships
from alliance_graph.network import start_date
from alliance_graph.registry import Registry, default_registry

if TYPE_CHECKING:
    from alliance_graph.graph import AllianceGraph

GraphLike = Union["AllianceGraph", nx.MultiDiGraph]

#: Claim statuses that affirm a fact (as opposed to ``denied``).
AFFIRMING: tuple[str, ...] = ("asserted", "reported", "announced")


class NotConnectedError(AllianceGraphError, LookupError):
    """Two members that no chain of memberships links on the date asked about."""


# ---------------------------------------------------------------------- results
@dataclass(frozen=True)
class SharedOrganization:
    """An organisation both members belong to, with each one's standing and its start."""

    organization: str
    id: str
    status_a: str
    status_b: str
    since_a: str | None
    since_b: str | None

    def to_json(self) -> dict[str, Any]:
        """A JSON object: organization, id, status_a, status_b, since_a, since_b."""
        return {"organization": self.organization, "id": self.id, "status_a": self.status_a,
                "status_b": self.status_b, "since_a": self.since_a, "since_b": self.since_b}


@dataclass(frozen=True)
class Shared:
    """The organisations two members (``a``, ``b``) both belong to on ``as_of``."""

    a: str
    a_id: str
    b: str
    b_id: str
    as_of: str
    organizations: tuple[SharedOrganization, ...]

    def to_json(self) -> dict[str, Any]:
        """A JSON object with both members, the date and the organisations."""
        return {"a": {"name": self.a, "id": self.a_id}, "b": {"name": self.b, "id": self.b_id},
                "as_of": self.as_of, "organizations": [o.to_json() for o in self.organizations]}


@dataclass(frozen=True)
class PathStep:
    """One node of a path: a member or an organisation.

    ``status``/``since`` describe the membership that links this node to the previous one
    (None for the first node).
    """

    name: str
    id: str
    kind: str
    status: str | None = None
    since: str | None = None

    def to_json(self) -> dict[str, Any]:
        """A JSON object: name, id, kind, status, since."""
        return {"name": self.name, "id": self.id, "kind": self.kind, "status": self.status,
                "since": self.since}


@dataclass(frozen=True)
class Connection:
    """A shortest chain member–organisation–member–… from ``steps[0]`` to ``steps[-1]``."""

    as_of: str
    steps: tuple[PathStep, ...]

    @property
    def hops(self) -> int:
        """How many organisations the path goes through."""
        return sum(1 for s in self.steps[1:-1] if s.kind == "organization")

    def to_json(self) -> dict[str, Any]:
        """A JSON object: as_of, hops and the steps in order."""
        return {"as_of": self.as_of, "hops": self.hops, "steps": [s.to_json() for s in self.steps]}


@dataclass(frozen=True)
class OverlapMember:
    """A member of either organisation, with its standing in each (None: not in it)."""

    name: str
    id: str
    status_a: str | None
    status_b: str | None

    @property
    def where(self) -> str:
        """``"both"``, ``"a"`` or ``"b"``."""
        if self.status_a and self.status_b:
            return "both"
        return "a" if self.status_a else "b"

    def to_json(self) -> dict[str, Any]:
        """A JSON object: name, id, status_a, status_b."""
        return {"name": self.name, "id": self.id, "status_a": self.status_a, "status_b": self.status_b}


@dataclass(frozen=True)
class Overlap:
    """Members of two organisations on ``as_of``: in both, only in ``a``, only in ``b``."""

    a: str
    a_id: str
    b: str
    b_id: str
    as_of: str
    both: tuple[OverlapMember, ...]
    only_a: tuple[OverlapMember, ...]
    only_b: tuple[OverlapMember, ...]

    def to_json(self) -> dict[str, Any]:
        """A JSON object with both organisations, the date and the three member lists."""
        return {"a": {"name": self.a, "id": self.a_id}, "b": {"name": self.b, "id": self.b_id},
                "as_of": self.as_of, "both": [m.to_json() for m in self.both],
                "only_a": [m.to_json() for m in self.only_a],
                "only_b": [m.to_json() for m in self.only_b]}


@dataclass(frozen=True)
class Claim:
    """Who said what: one event behind a conflict."""

    status: str
    date: str | None
    attributed_to: str | None
    doc: str
    evidence: str
    start: int
    end: int
    published: str | None = None

    def to_json(self) -> dict[str, Any]:
        """A JSON object: status, date, attributed_to, doc, evidence, start, end, published."""
        return {"status": self.status, "date": self.date, "attributed_to": self.attributed_to,
                "doc": self.doc, "evidence": self.evidence, "start": self.start, "end": self.end,
                "published": self.published}


@dataclass(frozen=True)
class Conflict:
    """A fact on which sources disagree.

    ``kind`` is ``"denied"`` (claimed in one place, denied in another) or ``"date"`` (the same
    event given incompatible dates by different documents or speakers).
    """

    kind: str
    subject: str
    subject_id: str
    relation: str
    organization: str
    organization_id: str
    claims: tuple[Claim, ...]

    def to_json(self) -> dict[str, Any]:
        """A JSON object: kind, the fact's fields and its claims."""
        return {"kind": self.kind, "subject": self.subject, "subject_id": self.subject_id,
                "relation": self.relation, "organization": self.organization,
                "organization_id": self.organization_id, "claims": [c.to_json() for c in self.claims]}


# ---------------------------------------------------------------------- plumbing
def _projection(graph: GraphLike) -> nx.MultiDiGraph:
    return graph if isinstance(graph, nx.Graph) else graph.projection()


def _unpack(graph: GraphLike, registry: Registry | None) -> tuple[nx.MultiDiGraph, Registry]:
    if isinstance(graph, nx.Graph):
        return graph, registry or default_registry()
    return graph.projection(), registry or graph.registry


def _label(G: nx.MultiDiGraph, node: str, default: str) -> str:
    return G.nodes[node].get("label", default) if node in G else default


# ---------------------------------------------------------------------- questions
def shared(graph: GraphLike, state_a: str, state_b: str, *, as_of: str | None = None,
           include_all: bool = False, registry: Registry | None = None) -> Shared:
    """The organisations two states (or member organisations) both belong to on a date.

    Args:
        graph: an AllianceGraph or a projection from ``network.build_graph``.
        state_a, state_b: names, aliases or ids.
        as_of: the date (default today).
        include_all: count any standing (suspended, observer, candidate, ...) on both sides;
            by default both must be full members.
        registry: for a bare projection, the registry to resolve names (default: packaged).

    Raises:
        UnknownNameError: a name the registry does not know (with close names).
        InputError: a malformed date.

    Examples:
        >>> from alliance_graph.model import Event, Evidence
        >>> from alliance_graph.network import build_graph
        >>> def ev(sid, rel, date):
        ...     return Event("a", sid, sid, rel, "CSTO", "CSTO", date, "asserted", None, 0.9,
        ...                  Evidence("...", 0, 3))
        >>> G = build_graph([ev("RUS", "founds", "1992"), ev("ARM", "founds", "1992"),
        ...                  ev("ARM", "suspends", "2024-02-23")])
        >>> shared(G, "Russia", "Armenia", as_of="2024-03").organizations
        ()
        >>> [(o.id, o.status_b) for o in shared(G, "RUS", "ARM", as_of="2024-03", include_all=True).organizations]
        [('CSTO', 'suspended')]
    """
    G, reg = _unpack(graph, registry)
    day = as_of_day(as_of)
    a, b = reg.resolve_member(state_a), reg.resolve_member(state_b)
    rows_b = {r.id: r for r in _memberships(G, b.id, as_of=day, include_all=include_all)}
    found = [SharedOrganization(r.organization, r.id, r.status, rows_b[r.id].status, r.since, rows_b[r.id].since)
             for r in _memberships(G, a.id, as_of=day, include_all=include_all) if r.id in rows_b]
    return Shared(a.name, a.id, b.name, b.id, day, tuple(found))


def membership_network(graph: GraphLike, *, as_of: str | None = None, include_all: bool = False) -> nx.Graph:
    """The member–organisation graph of the memberships that hold on a date.

    One node per member or organisation (``label``, ``kind``), one edge per membership
    (``status``, ``since``). Only full memberships unless ``include_all``. Nodes and edges
    are added in sorted order, so shortest paths are reproducible.
    """
    G = _projection(graph)
    day = as_of_day(as_of)
    B = nx.Graph()
    for (member_id, org_id), states in sorted(G.graph.get("memberships", {}).items()):
        for s in state_on(states, day):
            if not include_all and s.status != "member":
                continue
            for node, default in ((member_id, s.subject), (org_id, s.organization)):
                if node not in B:
                    kind = G.nodes[node].get("kind", "state") if node in G else "state"
                    B.add_node(node, label=_label(G, node, default), kind=kind)
            B.nodes[org_id]["kind"] = "organization"
            B.add_edge(member_id, org_id, status=s.status, since=start_date(s))
    return B


def path(graph: GraphLike, state_a: str, state_b: str, *, as_of: str | None = None,
         include_all: bool = False, registry: Registry | None = None) -> Connection:
    """How two members are connected through common organisations on a date.

    The shortest path in :func:`membership_network`: member, organisation, member, ...,
    member. Among paths of equal length the first in sorted order of ids is taken.

    Raises:
        NotConnectedError: no chain of memberships links them on that date.
        UnknownNameError, InputError: as :func:`shared`.

    Examples:
        >>> from alliance_graph.model import Event, Evidence
        >>> from alliance_graph.network import build_graph
        >>> def ev(sid, org, date):
        ...     return Event("a", sid, sid, "joins", org, org, date, "asserted", None, 0.9,
        ...                  Evidence("...", 0, 3))
        >>> G = build_graph([ev("FIN", "NATO", "2023-04-04"), ev("FIN", "EU", "1995"),
        ...                  ev("AUT", "EU", "1995")])
        >>> [s.id for s in path(G, "Austria", "Finland", as_of="2024").steps]
        ['AUT', 'EU', 'FIN']
        >>> path(G, "Austria", "Armenia", as_of="2024")
        Traceback (most recent call last):
        ...
        alliance_graph.answers.NotConnectedError: Austria and Armenia are not connected through common organisations on 2024-01-01.
    """
    G, reg = _unpack(graph, registry)
    day = as_of_day(as_of)
    a, b = reg.resolve_member(state_a), reg.resolve_member(state_b)
    B = membership_network(G, as_of=day, include_all=include_all)
    try:
        nodes = nx.shortest_path(B, a.id, b.id)
    except (nx.NodeNotFound, nx.NetworkXNoPath):
        raise NotConnectedError(
            f"{a.name} and {b.name} are not connected through common organisations on {day}.") from None
    steps = [PathStep(a.name, a.id, B.nodes[a.id]["kind"])]
    for prev, node in itertools.pairwise(nodes):
        link = B.edges[prev, node]
        steps.append(PathStep(B.nodes[node]["label"], node, B.nodes[node]["kind"], link["status"], link["since"]))
    return Connection(day, tuple(steps))


def overlap(graph: GraphLike, org_a: str, org_b: str, *, as_of: str | None = None,
            include_all: bool = False, registry: Registry | None = None) -> Overlap:
    """The members two organisations have in common on a date, and those only in one.

    Members are full members unless ``include_all`` (then any standing counts). Each list is
    sorted by name.

    Raises:
        UnknownNameError, InputError: as :func:`shared`.

    Examples:
        >>> from alliance_graph.model import Event, Evidence
        >>> from alliance_graph.network import build_graph
        >>> def ev(sid, org):
        ...     return Event("a", sid, sid, "joins", org, org, "1995", "asserted", None, 0.9,
        ...                  Evidence("...", 0, 3))
        >>> G = build_graph([ev("FIN", "NATO"), ev("FIN", "EU"), ev("AUT", "EU"), ev("NOR", "NATO")])
        >>> o = overlap(G, "EU", "NATO", as_of="2024")
        >>> [m.id for m in o.both], [m.id for m in o.only_a], [m.id for m in o.only_b]
        (['FIN'], ['AUT'], ['NOR'])
    """
    G, reg = _unpack(graph, registry)
    day = as_of_day(as_of)
    a = reg.resolve(org_a, kind="organisation")
    b = reg.resolve(org_b, kind="organisation")
    in_a = {r.id: r for r in _members(G, a.id, as_of=day, include_all=include_all)}
    in_b = {r.id: r for r in _members(G, b.id, as_of=day, include_all=include_all)}
    rows = []
    for member_id in set(in_a) | set(in_b):
        row = in_a.get(member_id) or in_b[member_id]
        rows.append(OverlapMember(row.name, member_id, getattr(in_a.get(member_id), "status", None),
                                  getattr(in_b.get(member_id), "status", None)))
    rows.sort(key=lambda m: (m.name, m.id))
    return Overlap(a.name, a.id, b.name, b.id, day,
                   tuple(m for m in rows if m.where == "both"),
                   tuple(m for m in rows if m.where == "a"),
                   tuple(m for m in rows if m.where == "b"))


def _claim(e: Event) -> Claim:
    return Claim(e.status, e.date, e.attributed_to, e.doc, e.evidence.text, e.evidence.start,
                 e.evidence.end, e.published)


def _compatible(d1: str, d2: str) -> bool:
    """Dates that can name the same day: equal, or one a coarser form of the other."""
    return d1.startswith(d2) or d2.startswith(d1)


def _dates_disagree(events: list[Event]) -> bool:
    """Two dated claims from different sources (document, speaker) with incompatible dates."""
    dated = [e for e in events if e.date]
    return any(not _compatible(x.date or "", y.date or "") and (x.doc, x.attributed_to) != (y.doc, y.attributed_to)
               for i, x in enumerate(dated) for y in dated[i + 1:])


def find_conflicts(events: Iterable[Event], *, entity_id: str | None = None) -> list[Conflict]:
    """Facts on which the given events disagree (see :func:`conflicts`)."""
    by_fact: dict[tuple[str, str, str], list[Event]] = {}
    for e in events:
        if entity_id is None or entity_id in (e.subject_id, e.organization_id):
            by_fact.setdefault(e.key, []).append(e)
    found: list[Conflict] = []
    for (subject_id, relation, org_id), group in by_fact.items():
        group.sort(key=lambda e: (event_sort_key(e), e.doc, e.evidence.start))
        first = group[0]
        affirmed = [e for e in group if e.status in AFFIRMING]
        if affirmed and any(e.status == "denied" for e in group):
            found.append(Conflict("denied", first.subject, subject_id, relation, first.organization, org_id,
                                  tuple(_claim(e) for e in group)))
        if relation not in STATIVE_RELATIONS and _dates_disagree(affirmed):
            found.append(Conflict("date", first.subject, subject_id, relation, first.organization, org_id,
                                  tuple(_claim(e) for e in affirmed if e.date)))
    found.sort(key=lambda c: (c.organization, c.subject, c.relation, c.kind))
    return found


def conflicts(graph: GraphLike, name: str | None = None, *, registry: Registry | None = None) -> list[Conflict]:
    """Facts on which sources disagree, with who said what.

    Two kinds, per fact (subject, relation, organisation):

    * ``denied``: claimed (asserted, reported or announced) somewhere and denied elsewhere;
      every claim of the fact is listed.
    * ``date``: a change (joins, leaves, suspends, ...; not a standing such as ``member``,
      which holds on many dates) given incompatible dates by different documents or speakers.
      ``2023`` and ``2023-04-04`` are compatible; ``2023-04`` and ``2023-05`` are not. The
      dated affirming claims are listed.

    Args:
        graph: an AllianceGraph or a projection.
        name: only facts about this state or organisation.

    Raises:
        UnknownNameError: ``name`` is not known.

    Examples:
        >>> from alliance_graph.model import Event, Evidence
        >>> from alliance_graph.network import build_graph
        >>> def ev(doc, date, status="asserted"):
        ...     return Event(doc, "Armenia", "ARM", "leaves", "CSTO", "CSTO", date, status, None,
        ...                  0.9, Evidence("...", 0, 3))
        >>> found = conflicts(build_graph([ev("a", "2024-06"), ev("b", "2025-01"), ev("c", None, "denied")]))
        >>> [(c.kind, [x.doc for x in c.claims]) for c in found]
        [('date', ['a', 'b']), ('denied', ['a', 'b', 'c'])]
    """
    G, reg = _unpack(graph, registry)
    entity_id = None if name is None else reg.resolve(name).id
    return find_conflicts(G.graph.get("events", {}).values(), entity_id=entity_id)


__all__ = ["AFFIRMING", "Claim", "Conflict", "Connection", "NotConnectedError", "Overlap", "OverlapMember",
           "PathStep", "Shared", "SharedOrganization", "conflicts", "find_conflicts", "membership_network",
           "overlap", "path", "shared"]
