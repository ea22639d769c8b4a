"""The derived membership graph of a :class:`~alliance_graph.store.Store`.

Derived membership states live in the named graph ``vocab.DERIVED_GRAPH``; the (member,
organisation) pairs whose stored events they do not reflect yet are marked in
``vocab.PENDING_GRAPH``. :class:`DerivedMemberships` holds the store methods that mark,
re-derive, settle and read that graph, on Oxigraph (index lookups) and on a remote store (bound
queries and update requests); :class:`~alliance_graph.store.Store` inherits them.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox
from rdflib import Literal, URIRef

from alliance_graph import vocab
from alliance_graph.errors import InputError, StoreError
from alliance_graph.model import Event, MembershipState
from alliance_graph.rdf import from_ox, graphs_text, iri_node, membership_quads, ox_terms, term_to_ox, triples_text
from alliance_graph.store_queries import (
    EVENTS_QUERY, MARK_ALL_UPDATE, MEMBERSHIPS_ON_QUERY, entity_id, events_of, member_events_ox, states_of,
)

#: Largest transaction replace_memberships writes at once, in quads.
WRITE_CHUNK = 50_000


class DerivedMemberships:
    """The derived-membership methods of :class:`~alliance_graph.store.Store` (a mixin: it
    writes and reads through the store's ``_insert``, ``_update`` and ``_select``)."""

    _ox: ox.Store | None
    _is_state: Callable[[str], bool]
    spec: str

    if TYPE_CHECKING:
        def _check_writable(self) -> None: ...

        def _insert(self, quads: Sequence[Any]) -> None: ...

        def _update(self, text: str) -> None: ...

        def _select(self, text: str, *, rdf_terms: bool = False, **bindings: Any) -> list[tuple[Any, ...]]: ...

    def replace_memberships(self, states: Sequence[MembershipState]) -> None:
        """Replace the whole derived membership graph with ``states`` and clear pending marks.

        On Oxigraph the old graph is removed and the new one loaded in transactions of at most
        :data:`WRITE_CHUNK` quads (one transaction of a million quads holds them all in memory);
        the graph is derived data that :meth:`mark_all_pending` rebuilds, so a crash in
        between loses nothing. Elsewhere it is one update request.
        """
        self._check_writable()
        quads = membership_quads(states, is_state=self._is_state)
        graph, pending = vocab.DERIVED_GRAPH, vocab.PENDING_GRAPH
        if self._ox is not None:
            for name in (graph, pending):
                if self._ox.contains_named_graph(iri_node(str(name))):
                    self._ox.remove_graph(iri_node(str(name)))
            unique = list(dict.fromkeys(quads))
            for start in range(0, len(unique), WRITE_CHUNK):
                self._insert(unique[start:start + WRITE_CHUNK])
            return
        self._update(f"DROP SILENT GRAPH {graph.n3()} ; DROP SILENT GRAPH {pending.n3()} ; "
                     f"INSERT DATA {{ GRAPH {graph.n3()} {{ {triples_text(quads)} }} }}")

    def pending_pairs(self) -> list[tuple[str, str]]:
        """(member id, organisation id) pairs with stored events their derived memberships do
        not reflect yet: marked by :meth:`add_documents`, cleared by :meth:`settle_memberships`."""
        t = ox_terms()
        return sorted({(entity_id(q.subject.value), entity_id(q.object.value))
                       for q in self._match(None, t.pending, None, t.pending_graph)})

    def reset_memberships(self) -> None:
        """Drop the derived graph and mark every stored pair pending: deriving the pending pairs
        then rebuilds every membership."""
        self._check_writable()
        graph = vocab.DERIVED_GRAPH
        if self._ox is not None:
            if self._ox.contains_named_graph(iri_node(str(graph))):
                self._ox.remove_graph(iri_node(str(graph)))
            self._update(MARK_ALL_UPDATE)
        else:
            self._update(f"DROP SILENT GRAPH {graph.n3()} ; {MARK_ALL_UPDATE}")

    def derived_outdated(self) -> bool:
        """True when events are stored but no membership is derived and none is pending (e.g.
        after a crash of an older version), or the derived graph lacks this version's shortcuts."""
        t = ox_terms()
        sample = self._match(None, t.type, t.membership, t.derived_graph, limit=1)
        if sample:
            return not self._match(sample[0].subject, t.status_notation, None, t.derived_graph, limit=1)
        if self._match(None, t.pending, None, t.pending_graph, limit=1):
            return False
        return bool(self._select("SELECT ?e WHERE { GRAPH ?g { ?e a ag:MembershipEvent } } LIMIT 1"))

    def pair_events(self, pairs: Iterable[tuple[str, str]]) -> list[Event]:
        """The stored events of these (member id, organisation id) pairs, each pair's in the
        order of :meth:`events` (one query a pair, starting from the bound member and organisation)."""
        out: list[Event] = []
        if self._ox is not None:  # index lookups: Oxigraph plans the bound query poorly (~0.2 s at 1M quads)
            by_member: dict[str, set[str]] = {}
            for sid, oid in pairs:
                by_member.setdefault(sid, set()).add(oid)
            for sid, oids in by_member.items():
                out += member_events_ox(self._ox, iri_node(str(self._member_iri(sid))), sid, oids)
            return out
        for sid, oid in pairs:
            out += events_of(self._select(EVENTS_QUERY, s=self._member_iri(sid), o=vocab.org_iri(oid)))
        return out

    def update_memberships(self, pairs: Iterable[tuple[str, str]], states: Sequence[MembershipState]) -> None:
        """Replace the derived memberships of ``pairs`` (member id, organisation id) with
        ``states`` (every state of those pairs, and only of those).

        A membership that stays the same is left in place (membership IRIs are deterministic).
        Removals go leaves first (instants, interval, then the node's links), so that after a
        crash the old nodes are still reachable; the pairs stay pending until
        :meth:`settle_memberships`, which also drops labels and concepts no longer used.
        """
        self._check_writable()
        t = ox_terms()
        g = t.derived_graph
        wanted = {(str(self._member_iri(sid)), str(vocab.org_iri(oid))) for sid, oid in pairs}
        old: list[tuple[int, ox.Quad]] = []
        for member in sorted({m for m, _ in wanted}):
            for link in self._match(None, t.member, iri_node(member), g):
                node_quads = self._match(link.subject, None, None, g)
                if not any(q.predicate == t.org and (member, q.object.value) in wanted for q in node_quads):
                    continue
                old += [(3 if q.predicate in (t.member, t.org, t.during) else 2, q) for q in node_quads]
                for interval in [q.object for q in node_quads if q.predicate == t.during]:
                    interval_quads = self._match(interval, None, None, g)
                    old += [(1, q) for q in interval_quads]
                    for instant in [q.object for q in interval_quads if q.predicate in (t.begin, t.end_)]:
                        old += [(0, q) for q in self._match(instant, None, None, g)]
        new = dict.fromkeys(membership_quads(states, is_state=self._is_state))
        old_set = {q for _, q in old}
        remove = [q for _, q in sorted(old, key=lambda item: item[0]) if q not in new]
        self._apply(list(dict.fromkeys(remove)), [q for q in new if q not in old_set])

    def settle_memberships(self, pairs: Iterable[tuple[str, str]]) -> None:
        """After :meth:`update_memberships` of ``pairs``: drop the derived labels of their
        entities that no membership gives any more (all entity quads of an entity left without
        memberships) and status concepts no membership uses, then clear the pairs' pending
        marks. The derived graph then equals what :meth:`replace_memberships` of every pair's
        states writes."""
        self._check_writable()
        t = ox_terms()
        g = t.derived_graph
        wanted = sorted({(str(self._member_iri(sid)), str(vocab.org_iri(oid))) for sid, oid in pairs})
        drop: list[ox.Quad] = []
        for entity in sorted({iri_node(m) for m, _ in wanted} | {iri_node(o) for _, o in wanted}, key=lambda e: e.value):
            drop += self._stale_entity_quads(entity)
        for concept in {q.subject for q in self._match(None, t.in_scheme, t.membership_scheme, g)}:
            if not self._match(None, t.member_status, concept, g, limit=1):
                drop += self._match(concept, None, None, g)
        marks = [ox.Quad(iri_node(m), t.pending, iri_node(o), t.pending_graph) for m, o in wanted]
        self._apply(drop + marks, [])

    def memberships_on(self, day: str, *, organization_id: str | None = None,
                       member_id: str | None = None) -> list[MembershipState] | None:
        """The derived membership states of one organisation, or of one member, that hold on
        ``day`` (``YYYY-MM-DD``), each with the stored events behind it (in :meth:`events`
        order), read from the derived graph in one bound query.

        None when the derived graph cannot answer: missing, written by an older version, with
        a pair of this organisation (member) pending (an interrupted ingest), or resting on an
        event node that holds two claims of different dates (see :func:`~alliance_graph.store_queries.states_of`).
        """
        if (organization_id is None) == (member_id is None):
            raise InputError("memberships_on takes an organisation or a member, not both.")
        t = ox_terms()
        org = None if organization_id is None else vocab.org_iri(organization_id)
        member = None if member_id is None else self._member_iri(member_id)
        pending = self._match(None if member is None else iri_node(str(member)), t.pending,
                              None if org is None else iri_node(str(org)), t.pending_graph, limit=1)
        if pending or self.derived_outdated():
            return None
        bound = {"org": org} if org is not None else {"member": member}
        (name,) = bound
        return states_of(self._select(MEMBERSHIPS_ON_QUERY[name], day=Literal(day), **bound), name)

    def _stale_entity_quads(self, entity: ox.NamedNode) -> list[ox.Quad]:
        """Derived quads of ``entity`` that its memberships no longer give: labels from names
        no membership carries, or every quad when it has no membership left."""
        t = ox_terms()
        g = t.derived_graph
        quads = self._match(entity, None, None, g)
        labels = {q.object for q in quads if q.predicate == t.pref}
        if len(labels) <= 1:  # every membership's names were added as labels: none is stale
            used = self._match(None, t.member, entity, g, limit=1) or self._match(None, t.org, entity, g, limit=1)
            return [] if used else quads
        as_member = self._match(None, t.member, entity, g)
        as_org = self._match(None, t.org, entity, g)
        if not as_member and not as_org:
            return quads
        names = {q.object for link in as_member for q in self._match(link.subject, t.member_label, None, g)}
        names |= {q.object for link in as_org for q in self._match(link.subject, t.org_label, None, g)}
        return [q for q in quads if q.predicate in (t.label, t.pref) and q.object not in names]

    def _match(self, s: Any, p: Any, o: Any, g: ox.NamedNode, *, limit: int | None = None) -> list[ox.Quad]:
        """Quads of graph ``g`` matching a pattern (None: any term), as pyoxigraph quads."""
        if self._ox is not None:
            found = self._ox.quads_for_pattern(s, p, o, g)
            return list(found if limit is None else itertools.islice(found, limit))
        bindings = {name: from_ox(term) for name, term in (("s", s), ("p", p), ("o", o)) if term is not None}
        text = f"SELECT ?s ?p ?o WHERE {{ GRAPH <{g.value}> {{ ?s ?p ?o }} }}" + (f" LIMIT {int(limit)}" if limit else "")
        rows = self._select(text, rdf_terms=True, **bindings)
        return [ox.Quad(*(term_to_ox(bindings.get(n, v)) for n, v in zip("spo", row)), g) for row in rows]

    def _apply(self, remove: Sequence[ox.Quad], add: Sequence[ox.Quad]) -> None:
        """Remove quads one by one in the order given, then add quads in one transaction
        (remote: one update request)."""
        if self._ox is not None:
            try:
                for quad in remove:
                    self._ox.remove(quad)
            except OSError as exc:
                raise StoreError(f"Cannot write to store {self.spec}: {' '.join(str(exc).split())}") from None
            if add:
                self._insert(add)
            return
        parts = [f"DELETE DATA {{ {graphs_text(remove)} }}"] if remove else []
        parts += [f"INSERT DATA {{ {graphs_text(add)} }}"] if add else []
        if parts:
            self._update(" ; ".join(parts))

    def _member_iri(self, member_id: str) -> URIRef:
        return vocab.entity_iri(member_id, self._is_state(member_id))
