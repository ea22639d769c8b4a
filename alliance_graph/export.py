"""Writing the graph out: RDF (Turtle, N-Triples, JSON-LD, TriG, N-Quads) and CSV, whole or
restricted to some organisations and states (:func:`export_selection`).

The whole graph's GraphML is written from the networkx projection by ``network``/``graph``;
this module names the format (:func:`format_from_extension`) and writes the GraphML of a
selection (:func:`write_graphml_selection`).

Example:
    >>> format_from_extension("out/graph.ttl")
    'turtle'
    >>> format_from_extension("graph.jsonld")
    'jsonld'
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from rdflib import Dataset, Graph
from rdflib.namespace import DCTERMS, ORG, RDF, RDFS, SKOS, TIME

from alliance_graph import network, vocab
from alliance_graph.errors import InputError
from alliance_graph.membership import as_of_day, day_key, effective_date, holds_on
from alliance_graph.model import Event, MembershipState
from alliance_graph.store import Store
from alliance_graph.vocab import AG

if TYPE_CHECKING:
    from alliance_graph.graph import AllianceGraph

_EXTENSIONS = {".graphml": "graphml", ".ttl": "turtle", ".turtle": "turtle", ".nt": "nt",
               ".jsonld": "jsonld", ".json": "jsonld", ".csv": "csv", ".trig": "trig",
               ".nq": "nquads"}
RDF_FORMATS = ("turtle", "nt", "jsonld", "trig", "nquads")
_RDFLIB_NAMES = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "trig": "trig", "nquads": "nquads"}

EVENT_COLUMNS = ("doc", "doc_sha256", "published", "subject", "subject_id", "relation",
                 "organization", "organization_id", "date", "status", "attributed_to",
                 "confidence", "evidence_text", "evidence_start", "evidence_end")
MEMBERSHIP_COLUMNS = ("subject", "subject_id", "organization", "organization_id", "status",
                      "since", "until", "n_events", "docs")


def format_from_extension(path: str | Path) -> str:
    """The export format named by a file extension; InputError when unknown."""
    suffix = Path(path).suffix.lower()
    try:
        return _EXTENSIONS[suffix]
    except KeyError:
        known = ", ".join(sorted(_EXTENSIONS))
        raise InputError(f"Cannot tell the format of {str(path)!r}: use one of {known} or --format.") from None


def export_rdf(store: Store, path_or_stream: str | Path | IO[bytes], fmt: str) -> None:
    """Write everything in ``store`` as ``fmt`` (turtle, nt, jsonld, trig, nquads).

    turtle/nt/jsonld hold the union of all graphs; trig/nquads keep the named graphs.
    """
    if fmt not in RDF_FORMATS:
        raise InputError(f"Unknown RDF format {fmt!r}: expected one of {', '.join(RDF_FORMATS)}.")
    _write_bytes(store.serialize(fmt), path_or_stream)


def _write_bytes(data: bytes, path_or_stream: str | Path | IO[bytes]) -> None:
    """Write ``data`` to a path (InputError naming it on failure) or to an open binary stream."""
    if isinstance(path_or_stream, (str, Path)):
        try:
            Path(path_or_stream).write_bytes(data)
        except OSError as exc:
            raise InputError(f"Cannot write {path_or_stream}: {exc.strerror}.") from None
    else:
        path_or_stream.write(data)


def _open_csv(path: str | Path | IO[str]):
    if isinstance(path, (str, Path)):
        try:
            return open(path, "w", newline="", encoding="utf-8"), True
        except OSError as exc:
            raise InputError(f"Cannot write {path}: {exc.strerror}.") from None
    return path, False


def export_csv(events: Sequence[Event], path: str | Path | IO[str]) -> None:
    """One row per event: the contract fields, evidence flattened to text/start/end."""
    handle, owned = _open_csv(path)
    try:
        writer = csv.writer(handle)
        writer.writerow(EVENT_COLUMNS)
        for e in events:
            writer.writerow([e.doc, e.doc_sha256 or "", e.published or "", e.subject, e.subject_id,
                             e.relation, e.organization, e.organization_id, e.date or "", e.status,
                             e.attributed_to or "", e.confidence, e.evidence.text,
                             e.evidence.start, e.evidence.end])
    finally:
        if owned:
            handle.close()


def export_memberships_csv(states: Sequence[MembershipState], path: str | Path | IO[str]) -> None:
    """One row per membership state; ``docs`` lists the source documents, ``;``-separated."""
    handle, owned = _open_csv(path)
    try:
        writer = csv.writer(handle)
        writer.writerow(MEMBERSHIP_COLUMNS)
        for s in states:
            docs = ";".join(dict.fromkeys(e.doc for e in s.events))
            writer.writerow([s.subject, s.subject_id, s.organization, s.organization_id, s.status,
                             s.since or "", s.until or "", len(s.events), docs])
    finally:
        if owned:
            handle.close()


# ---------------------------------------------------------------------- selections
@dataclass(frozen=True)
class Selection:
    """The part of the graph an export keeps.

    ``ids``: entity ids (states and organisations); empty means every entity. ``as_of``: a
    day (``YYYY-MM-DD``) or None. An event is kept when it involves one of ``ids`` and is
    known by ``as_of`` (its effective date, else its publication date, is on or before it;
    an event with neither is kept). A membership interval is kept when its pair involves one
    of ``ids`` and, with ``as_of``, it holds on that day.

    Examples:
        >>> from alliance_graph.model import Evidence
        >>> e = Event("a.txt", "Finland", "FIN", "joins", "NATO", "NATO", "2023-04-04",
        ...           "asserted", None, 0.9, Evidence("...", 0, 3))
        >>> Selection(frozenset({"NATO"}), "2024-01-01").keeps_event(e)
        True
        >>> Selection(frozenset({"NATO"}), "2023-01-01").keeps_event(e), Selection(frozenset({"CSTO"})).keeps_event(e)
        (False, False)
    """

    ids: frozenset[str] = frozenset()
    as_of: str | None = None

    def keeps_pair(self, subject_id: str, organization_id: str) -> bool:
        """Whether a (member, organisation) pair involves a selected entity."""
        return not self.ids or subject_id in self.ids or organization_id in self.ids

    def keeps_event(self, event: Event) -> bool:
        """Whether ``event`` is part of the selection."""
        if not self.keeps_pair(event.subject_id, event.organization_id):
            return False
        known = effective_date(event) or event.published
        return self.as_of is None or known is None or day_key(known) <= self.as_of

    def keeps_state(self, state: MembershipState) -> bool:
        """Whether a derived membership interval is part of the selection."""
        if not self.keeps_pair(state.subject_id, state.organization_id):
            return False
        return self.as_of is None or holds_on(state, self.as_of)


def select(graph: "AllianceGraph", *, orgs: Iterable[str] = (), states: Iterable[str] = (),
           as_of: str | None = None) -> Selection:
    """Resolve organisation and state names (through the registry's aliases) to a
    :class:`Selection`; UnknownNameError for a name it does not know, InputError for a
    malformed date. A ``states`` name may also be an organisation that is a member (e.g. the
    African Union in the G20)."""
    ids = {graph.resolve(name, kind="organisation").id for name in orgs}
    ids.update(graph.registry.resolve_member(name).id for name in states)
    day = None if as_of is None else as_of_day(as_of)
    return Selection(frozenset(ids), day)


def export_selection(graph: "AllianceGraph", path: str | Path, fmt: str, *, orgs: Iterable[str] = (),
                     states: Iterable[str] = (), as_of: str | None = None,
                     memberships: bool = False) -> None:
    """Write the part of ``graph`` about some organisations and states to ``path``.

    * ``graphml``: the projection restricted to the selected entities and their neighbours:
      event edges that touch them (known by ``as_of``) and membership edges (holding on
      ``as_of`` when given).
    * RDF formats: the selected events with their evidence, documents and extraction
      activities, the entities' names and types, the plain shortcut triples of those events,
      and the derived memberships of their pairs (holding on ``as_of`` when given).
    * ``csv``: one row per selected event, or with ``memberships`` one row per selected
      membership interval.

    With no ``orgs`` and ``states`` every entity is selected. Raises InputError for
    ``memberships`` with a format other than csv, UnknownNameError for an unknown name.
    """
    selection = select(graph, orgs=orgs, states=states, as_of=as_of)
    if memberships and fmt != "csv":
        raise InputError(f"--memberships writes CSV, not {fmt}: name the file .csv or use --format csv.")
    if fmt == "csv":
        if memberships:
            pairs = graph.projection().graph.get("memberships", {})
            chosen = [s for states_ in pairs.values() for s in states_ if selection.keeps_state(s)]
            chosen.sort(key=lambda s: (s.organization_id, s.subject_id, day_key(s.since or "0001")))
            export_memberships_csv(chosen, path)
        else:
            export_csv([e for e in graph.store.events() if selection.keeps_event(e)], path)
    elif fmt == "graphml":
        write_graphml_selection(graph.store.events(), selection, path)
    else:
        export_rdf_selection(graph.store, selection, path, fmt)


def write_graphml_selection(events: Sequence[Event], selection: Selection, path: str | Path) -> None:
    """GraphML of the projection restricted to ``selection`` (see :func:`export_selection`).

    Memberships are derived from every event of the selected pairs (so an interval keeps its
    real end even when ``as_of`` drops the later events); nodes left without edges are
    dropped unless they are selected entities.
    """
    import networkx as nx

    G = network.build_graph(e for e in events if selection.keeps_pair(e.subject_id, e.organization_id))
    H = network.to_graphml_graph(G)
    stored: dict[str, Event] = G.graph.get("events", {})
    drop = [key for key, e in stored.items() if not selection.keeps_event(e)]
    for (subject_id, org_id), states in G.graph.get("memberships", {}).items():
        drop += [f"ms-{subject_id}-{org_id}-{i}" for i, s in enumerate(states) if not selection.keeps_state(s)]
    H.remove_edges_from([(u, v, k) for u, v, k in H.edges(keys=True) if k in set(drop)])
    H.remove_nodes_from([n for n in list(H) if H.degree(n) == 0 and n not in selection.ids])
    try:
        nx.write_graphml(H, str(path) if isinstance(path, Path) else path)
    except OSError as exc:
        raise InputError(f"Cannot write {path}: {exc.strerror}.") from None


# Properties of an entity that belong to it wherever it appears (not its shortcut triples).
_ENTITY_PROPERTIES = frozenset({RDF.type, RDFS.label, SKOS.prefLabel, DCTERMS.identifier})


def _selected_nodes(full: Graph, store_events: Sequence[Event], selection: Selection,
                    pairs: dict[tuple[str, str], tuple[MembershipState, ...]]
                    ) -> tuple[set[Any], set[Any], set[tuple[Any, Any, Any]]]:
    """(nodes whose every triple is kept, entities whose own properties are kept, extra triples)."""
    whole: set[Any] = set()
    entities: set[Any] = set()
    extra: set[tuple[Any, Any, Any]] = set()
    pair_iris: set[tuple[Any, Any]] = set()
    for e in store_events:
        if not selection.keeps_event(e) or not e.doc_sha256:
            continue
        node = vocab.event_iri(e)
        subject, org = full.value(node, AG.subject), full.value(node, AG.organization)
        whole.update({node, vocab.evidence_iri(node), vocab.document_iri(e.doc_sha256),
                      vocab.activity_iri(e.doc_sha256), vocab.SOFTWARE_AGENT,
                      vocab.relation_concept(e.relation), vocab.status_concept(e.status)})
        entities.update({subject, org})
        pair_iris.add((subject, org))
        if e.status != "denied":
            extra.add((subject, vocab.RELATION_TERMS[e.relation][1], org))
    valid = {vocab.membership_iri(s) for states in pairs.values() for s in states if selection.keeps_state(s)}
    for membership in full.subjects(RDF.type, AG.Membership):
        pair = (full.value(membership, ORG.member), full.value(membership, ORG.organization))
        if pair in pair_iris and membership in valid:
            interval = full.value(membership, ORG.memberDuring)
            whole.update({membership, interval, full.value(membership, AG.membershipStatus)})
            whole.update(full.objects(interval, TIME.hasBeginning))
            whole.update(full.objects(interval, TIME.hasEnd))
    whole.discard(None)
    return whole, entities, extra


def _keeper(whole: set[Any], entities: set[Any], extra: set[tuple[Any, Any, Any]]):
    def keep(s: Any, p: Any, o: Any) -> bool:
        return s in whole or (s in entities and p in _ENTITY_PROPERTIES) or (s, p, o) in extra
    return keep


def export_rdf_selection(store: Store, selection: Selection, path: str | Path | IO[bytes], fmt: str) -> None:
    """Write the RDF of a selection (see :func:`export_selection`) as ``fmt``.

    Selecting every organisation gives the same graph as :func:`export_rdf` (for a store
    whose documents all have events). trig/nquads keep the named graphs.
    """
    if fmt not in RDF_FORMATS:
        raise InputError(f"Unknown RDF format {fmt!r}: expected one of {', '.join(RDF_FORMATS)}.")
    full = store.to_graph()
    events = store.events()
    pairs = network.build_graph([e for e in events if selection.keeps_pair(e.subject_id, e.organization_id)]
                                ).graph.get("memberships", {})
    keep = _keeper(*_selected_nodes(full, events, selection, pairs))
    out: Graph | Dataset
    if fmt in ("trig", "nquads"):
        out = Dataset()
        for s, p, o, g in store.quads():
            if keep(s, p, o):
                out.add((s, p, o, g))
    else:
        out = Graph()
        for triple in full:
            if keep(*triple):
                out.add(triple)
    for prefix, ns in vocab.PREFIXES.items():
        out.bind(prefix, ns)
    _write_bytes(out.serialize(format=_RDFLIB_NAMES[fmt], encoding="utf-8"), path)
