"""RDF terms and quads: records → quads (pyoxigraph terms), and terms between libraries.

The builders (:func:`document_quads`, :func:`pending_quads`, :func:`membership_quads`) turn
documents, events and derived membership states into the quads :class:`~alliance_graph.store.Store`
writes; the converters move terms between pyoxigraph and rdflib (:func:`from_ox`, :func:`to_ox`,
:func:`term_to_ox`, :func:`plain`, :func:`canonical`), print them as SPARQL/Turtle
(:func:`graphs_text`, :func:`triples_text`) and bind query values (:func:`init_bindings`).
Result rows are read back as records in :mod:`alliance_graph.store_queries`.

Quads are built as pyoxigraph terms: Oxigraph takes them as they are (no conversion per
quad), and the constant terms are made once. Remote stores and rdflib readers get rdflib
terms through :func:`from_ox`.

Example:
    >>> from alliance_graph.model import MembershipState
    >>> quads = membership_quads([MembershipState("Finland", "FIN", "NATO", "NATO", "member", "2023-04-04", None)])
    >>> len(quads), quads[0].graph_name.value
    (26, 'https://w3id.org/alliance-graph/id/graph/derived')
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SKOS, TIME, XSD

from alliance_graph import vocab
from alliance_graph.errors import InputError, QueryError
from alliance_graph.model import Document, Event, MembershipState
from alliance_graph.vocab import AG

_VAR_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

# Quads are built as pyoxigraph terms: Oxigraph takes them as they are (no conversion per
# quad), and the constant terms are made once. Remote stores and rdflib readers get rdflib
# terms through from_ox.
_XSD = {name: str(getattr(XSD, name)) for name in
        ("string", "integer", "decimal", "dateTime", "anyURI", "date", "gYearMonth", "gYear")}
_DATE_TYPES = {4: _XSD["gYear"], 7: _XSD["gYearMonth"], 10: _XSD["date"]}


@functools.lru_cache(maxsize=16384)
def iri_node(iri: str) -> ox.NamedNode:
    """The pyoxigraph IRI of ``iri`` (cached: entity, concept and vocabulary IRIs recur)."""
    return ox.NamedNode(iri)


@functools.cache
def ox_terms() -> SimpleNamespace:
    """pyoxigraph forms of the vocabulary terms the builders use, made on first use."""
    terms = {
        "type": RDF.type, "label": RDFS.label, "pref": SKOS.prefLabel, "ident": DCTERMS.identifier,
        "concept": SKOS.Concept, "in_scheme": SKOS.inScheme, "notation": SKOS.notation,
        "state": AG.State, "io": AG.InternationalOrganization, "formal": ORG.FormalOrganization,
        "document": AG.Document, "entity": PROV.Entity, "sha": AG.sha256, "title": DCTERMS.title,
        "issued": DCTERMS.issued, "source": DCTERMS.source, "publisher": DCTERMS.publisher,
        "activity_cls": AG.ExtractionActivity, "activity": PROV.Activity, "used": PROV.used,
        "associated": PROV.wasAssociatedWith, "ended": PROV.endedAtTime, "agent": vocab.SOFTWARE_AGENT,
        "software": PROV.SoftwareAgent, "event": AG.MembershipEvent, "subject": AG.subject,
        "organization": AG.organization, "subject_name": AG.subjectName,
        "organization_name": AG.organizationName, "relation": AG.relation, "claim": AG.claimStatus,
        "confidence": AG.confidence, "evidence": AG.evidence, "derived_from": PROV.wasDerivedFrom,
        "generated_by": PROV.wasGeneratedBy, "generated_at": PROV.generatedAtTime,
        "version": AG.extractorVersion, "evidence_cls": AG.Evidence, "text": AG.text,
        "start": AG.startOffset, "end": AG.endOffset, "date": AG.date, "attributed": AG.attributedTo,
        "relation_scheme": AG.RelationScheme, "status_scheme": AG.ClaimStatusScheme,
        "membership_scheme": AG.MembershipStatusScheme, "membership": AG.Membership,
        "org_membership": ORG.Membership, "member": ORG.member, "org": ORG.organization,
        "member_status": AG.membershipStatus, "during": ORG.memberDuring, "interval": TIME.Interval,
        "instant": TIME.Instant, "begin": TIME.hasBeginning, "end_": TIME.hasEnd,
        "status_notation": AG.statusNotation, "since": AG.since, "until": AG.until,
        "member_label": AG.memberLabel, "org_label": AG.organizationLabel,
        "pending": AG.derivationPending, "pending_graph": vocab.PENDING_GRAPH,
        "derived_graph": vocab.DERIVED_GRAPH,
    }
    out = {name: iri_node(str(iri)) for name, iri in terms.items()}
    out.update({f"xsd_{k}": iri_node(v) for k, v in _XSD.items()})
    out["time_prop"] = {4: iri_node(str(TIME.inXSDgYear)), 7: iri_node(str(TIME.inXSDgYearMonth)),
                        10: iri_node(str(TIME.inXSDDate))}
    out["alliance_graph"] = ox.Literal("alliance-graph")
    return SimpleNamespace(**out)


def _date(value: str) -> ox.Literal:
    """A partial date as xsd:date, xsd:gYearMonth or xsd:gYear (see vocab.date_literal)."""
    datatype = _DATE_TYPES.get(len(value))
    if datatype is None:
        raise InputError(f"Malformed date {value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD.")
    return ox.Literal(value, datatype=iri_node(datatype))


def _decimal(value: float) -> ox.Literal:
    text = format(Decimal(repr(float(value))), "f")
    return ox.Literal(text if "." in text else text + ".0", datatype=ox_terms().xsd_decimal)


def canonical(term: Any) -> Any:
    """One form per literal: ``"x"`` for ``"x"^^xsd:string`` (the same in RDF 1.1, not to rdflib),
    and ``"1.0"`` for Oxigraph's canonical decimal ``"1"`` (as Turtle writers print it)."""
    if isinstance(term, Literal) and term.datatype == XSD.decimal and "." not in str(term):
        return Literal(str(term) + ".0", datatype=XSD.decimal)
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


def _entity_quads(iri: ox.NamedNode, name: str, entity_id: str, is_state: bool, g: ox.NamedNode) -> list[ox.Quad]:
    t = ox_terms()
    kinds = (t.state,) if is_state else (t.io, t.formal)
    out = [ox.Quad(iri, t.type, k, g) for k in kinds]
    label = ox.Literal(name)
    out += [ox.Quad(iri, t.label, label, g), ox.Quad(iri, t.pref, label, g),
            ox.Quad(iri, t.ident, ox.Literal(entity_id), g)]
    return out


def _concept_quads(concept: URIRef, scheme: ox.NamedNode, g: ox.NamedNode) -> list[ox.Quad]:
    t = ox_terms()
    node = iri_node(str(concept))
    return [ox.Quad(node, t.type, t.concept, g), ox.Quad(node, t.in_scheme, scheme, g),
            ox.Quad(node, t.notation, ox.Literal(vocab.concept_value(concept)), g)]


def document_quads(document: Document, events: Sequence[Event], *, extractor_version: str,
                   extracted_at: str, is_state: Callable[[str], bool] = vocab.looks_like_state_id
                   ) -> list[ox.Quad]:
    """All quads of a document and its events, in the document's named graph (pyoxigraph terms).

    Raises InputError for a field that cannot become RDF (bad id, offsets, date).
    """
    t = ox_terms()
    sha = document.sha256
    g = doc = iri_node(str(vocab.document_iri(sha)))
    activity = iri_node(str(vocab.activity_iri(sha)))
    generated = ox.Literal(extracted_at, datatype=t.xsd_dateTime)
    Q = ox.Quad
    quads: list[ox.Quad] = [
        Q(doc, t.type, t.document, g), Q(doc, t.type, t.entity, g),
        Q(doc, t.sha, ox.Literal(sha), g), Q(doc, t.ident, ox.Literal(document.id), g),
        Q(activity, t.type, t.activity_cls, g), Q(activity, t.type, t.activity, g),
        Q(activity, t.used, doc, g), Q(activity, t.associated, t.agent, g),
        Q(activity, t.ended, generated, g),
        Q(t.agent, t.type, t.software, g), Q(t.agent, t.label, t.alliance_graph, g),
    ]
    if document.title:
        quads.append(Q(doc, t.title, ox.Literal(document.title), g))
    if document.published:
        quads.append(Q(doc, t.issued, _date(document.published), g))
    if document.url:
        quads.append(Q(doc, t.source, ox.Literal(document.url, datatype=t.xsd_anyURI), g))
    if document.source:
        quads.append(Q(doc, t.publisher, ox.Literal(document.source), g))
    version = ox.Literal(extractor_version)
    for event in events:
        subject_is_state = is_state(event.subject_id)
        subj = iri_node(str(vocab.entity_iri(event.subject_id, subject_is_state)))
        org = iri_node(str(vocab.org_iri(event.organization_id)))
        event_iri = vocab.event_iri(event, sha)
        node = ox.NamedNode(event_iri)
        ev = ox.NamedNode(vocab.evidence_iri(event_iri))
        try:
            start, end = int(event.evidence.start), int(event.evidence.end)
        except (TypeError, ValueError):
            raise InputError(f"Evidence offsets of {event.key} are not integers.") from None
        event_class, shortcut = vocab.RELATION_TERMS[event.relation]
        relation = vocab.relation_concept(event.relation)
        status = vocab.status_concept(event.status)
        quads += [
            Q(node, t.type, iri_node(str(event_class)), g), Q(node, t.type, t.event, g),
            Q(node, t.type, t.entity, g),
            Q(node, t.subject, subj, g), Q(node, t.organization, org, g),
            Q(node, t.subject_name, ox.Literal(event.subject), g),
            Q(node, t.organization_name, ox.Literal(event.organization), g),
            Q(node, t.relation, iri_node(str(relation)), g),
            Q(node, t.claim, iri_node(str(status)), g),
            Q(node, t.confidence, _decimal(event.confidence), g),
            Q(node, t.evidence, ev, g), Q(node, t.derived_from, doc, g),
            Q(node, t.generated_by, activity, g), Q(node, t.generated_at, generated, g),
            Q(node, t.version, version, g),
            Q(ev, t.type, t.evidence_cls, g), Q(ev, t.text, ox.Literal(event.evidence.text), g),
            Q(ev, t.start, ox.Literal(str(start), datatype=t.xsd_integer), g),
            Q(ev, t.end, ox.Literal(str(end), datatype=t.xsd_integer), g),
            Q(ev, t.derived_from, doc, g),
        ]
        quads += _concept_quads(relation, t.relation_scheme, g)
        quads += _concept_quads(status, t.status_scheme, g)
        if event.date:
            quads.append(Q(node, t.date, _date(event.date), g))
        if event.attributed_to:
            quads.append(Q(node, t.attributed, ox.Literal(event.attributed_to), g))
        if event.status != "denied":
            quads.append(Q(subj, iri_node(str(shortcut)), org, g))
        quads += _entity_quads(subj, event.subject, event.subject_id, subject_is_state, g)
        quads += _entity_quads(org, event.organization, event.organization_id, False, g)
    return quads


def pending_quads(events: Iterable[Event], *,
                  is_state: Callable[[str], bool] = vocab.looks_like_state_id) -> list[ox.Quad]:
    """Marks, in :data:`vocab.PENDING_GRAPH`, of the (member, organisation) pairs of ``events``
    whose derived memberships must be updated."""
    t = ox_terms()
    pairs = {(e.subject_id, e.organization_id) for e in events}
    return [ox.Quad(iri_node(str(vocab.entity_iri(sid, is_state(sid)))), t.pending, iri_node(str(vocab.org_iri(oid))),
                    t.pending_graph) for sid, oid in sorted(pairs)]


def membership_quads(states: Sequence[MembershipState], *,
                     is_state: Callable[[str], bool] = vocab.looks_like_state_id) -> list[ox.Quad]:
    """Quads of derived membership states in :data:`vocab.DERIVED_GRAPH` (pyoxigraph terms).

    Each membership is an ``ag:Membership`` / ``org:Membership`` with an OWL-Time interval,
    plus shortcuts a query reaches in one step: ``ag:statusNotation``, ``ag:since``,
    ``ag:until`` (the interval's dates at their precision), ``ag:memberLabel`` and
    ``ag:organizationLabel`` (the names the entity labels come from).
    """
    t = ox_terms()
    g = t.derived_graph
    Q = ox.Quad
    quads: list[ox.Quad] = []
    for state in states:
        iri = vocab.membership_iri(state)
        node = ox.NamedNode(iri)
        member_is_state = is_state(state.subject_id)
        member = iri_node(str(vocab.entity_iri(state.subject_id, member_is_state)))
        org = iri_node(str(vocab.org_iri(state.organization_id)))
        interval = ox.NamedNode(vocab.interval_iri(iri))
        concept = vocab.membership_status_concept(state.status)
        quads += [
            Q(node, t.type, t.membership, g), Q(node, t.type, t.org_membership, g),
            Q(node, t.member, member, g), Q(node, t.org, org, g),
            Q(node, t.member_status, iri_node(str(concept)), g),
            Q(node, t.status_notation, ox.Literal(state.status), g),
            Q(node, t.member_label, ox.Literal(state.subject), g),
            Q(node, t.org_label, ox.Literal(state.organization), g),
            Q(node, t.during, interval, g), Q(interval, t.type, t.interval, g),
        ]
        quads += _concept_quads(concept, t.membership_scheme, g)
        for prop, shortcut, value, suffix in ((t.begin, t.since, state.since, "begin"),
                                              (t.end_, t.until, state.until, "end")):
            if value:
                instant = ox.NamedNode(f"{interval.value}/{suffix}")
                day = _date(value)
                quads += [Q(interval, prop, instant, g), Q(instant, t.type, t.instant, g),
                          Q(instant, t.time_prop[len(value)], day, g), Q(node, shortcut, day, g)]
        for event in state.events:
            if event.doc_sha256:
                quads.append(Q(node, t.derived_from, ox.NamedNode(vocab.event_iri(event)), g))
        quads += _entity_quads(member, state.subject, state.subject_id, member_is_state, g)
        quads += _entity_quads(org, state.organization, state.organization_id, False, g)
    return quads


# ---------------------------------------------------------------------- converting terms
def plain(term: Any) -> Any:
    """An Oxigraph result term as the rdflib-free value the readers expect (IRIs as URIRef)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    return term.value


def from_ox(term: Any) -> Any:
    """An Oxigraph term as the rdflib term it stands for."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def to_ox(quad: Any) -> ox.Quad:
    """A quad as pyoxigraph builds it (rdflib-term tuples are converted)."""
    if isinstance(quad, ox.Quad):
        return quad
    return ox.Quad(*(term_to_ox(t) for t in quad))


def term_to_ox(term: Any) -> Any:
    """An rdflib (or pyoxigraph) term as a pyoxigraph term; InputError for anything else."""
    if isinstance(term, (ox.NamedNode, ox.BlankNode, ox.Literal)):
        return term
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise InputError(f"Cannot store {term!r} as RDF.")


def _n3(term: Any) -> str:
    """A term in SPARQL / Turtle syntax (rdflib's ``n3``, for rdflib and pyoxigraph terms)."""
    if isinstance(term, (ox.NamedNode, ox.BlankNode, ox.Literal)):
        term = from_ox(term)
    return term.n3()


def graphs_text(quads: Iterable[Any]) -> str:
    """``GRAPH <g> { s p o . ... } ...`` for an INSERT DATA / DELETE DATA request."""
    graphs: dict[str, list[str]] = {}
    for s, p, o, g in quads:
        graphs.setdefault(_n3(g), []).append(f"{_n3(s)} {_n3(p)} {_n3(o)} .")
    return " ".join(f"GRAPH {g} {{ {' '.join(lines)} }}" for g, lines in graphs.items())


def triples_text(quads: Iterable[Any]) -> str:
    """``s p o . ...`` (graphs left out) for an INSERT DATA request into one named graph."""
    return " ".join(f"{_n3(s)} {_n3(p)} {_n3(o)} ." for s, p, o, _ in quads)


def init_bindings(bindings: Mapping[str, Any] | None, iri_bindings: Mapping[str, str] | None
                  ) -> dict[str, Any]:
    """rdflib ``initBindings`` for :meth:`Store.query`: values as plain literals, IRIs checked;
    None leaves a variable unbound. Raises QueryError for a bad variable name or IRI."""
    init: dict[str, Any] = {}
    for name, value in (bindings or {}).items():
        if value is not None:
            init[_var(name)] = Literal(value)
    for name, value in (iri_bindings or {}).items():
        if value is not None:
            try:
                init[_var(name)] = vocab.check_iri(value)
            except InputError as exc:
                raise QueryError(str(exc)) from None
    return init


def _var(name: str) -> str:
    name = name.lstrip("?$")
    if not _VAR_RE.match(name):
        raise QueryError(f"Invalid variable name {name!r}.")
    return name
