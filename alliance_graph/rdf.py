"""RDF terms and quads: records → quads (pyoxigraph terms), and result terms → records.

The builders (:func:`document_quads`, :func:`pending_quads`, :func:`membership_quads`) turn
documents, events and derived membership states into the quads :class:`~alliance_graph.store.Store`
writes; the converters move terms between pyoxigraph and rdflib (``_from_ox``, ``_to_ox``,
``_term_to_ox``, ``_plain``), print them as SPARQL/Turtle (``_n3``, ``_graphs_text``) and read
result rows back as :class:`~alliance_graph.model.Event` records (``_events_of``).

Quads are built as pyoxigraph terms: Oxigraph takes them as they are (no conversion per
quad), and the constant terms are made once. Remote stores and rdflib readers get rdflib
terms through ``_from_ox``.

Example:
    >>> from alliance_graph.model import MembershipState
    >>> quads = membership_quads([MembershipState("Finland", "FIN", "NATO", "NATO", "member", "2023-04-04", None)])
    >>> len(quads), quads[0].graph_name.value
    (26, 'https://w3id.org/alliance-graph/id/graph/derived')
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from types import SimpleNamespace
from typing import Any
from urllib.parse import unquote

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SKOS, TIME, XSD

from alliance_graph import vocab
from alliance_graph.errors import InputError, QueryError
from alliance_graph.model import Document, Event, Evidence, MembershipState
from alliance_graph.vocab import AG

_VAR_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_RELATION_OF = {vocab.relation_concept(r): r for r in vocab.RELATION_TERMS}

# Quads are built as pyoxigraph terms: Oxigraph takes them as they are (no conversion per
# quad), and the constant terms are made once. Remote stores and rdflib readers get rdflib
# terms through _from_ox.
_XSD = {name: str(getattr(XSD, name)) for name in
        ("string", "integer", "decimal", "dateTime", "anyURI", "date", "gYearMonth", "gYear")}
_DATE_TYPES = {4: _XSD["gYear"], 7: _XSD["gYearMonth"], 10: _XSD["date"]}


@functools.lru_cache(maxsize=16384)
def _n(iri: str) -> ox.NamedNode:
    """The pyoxigraph IRI of ``iri`` (cached: entity, concept and vocabulary IRIs recur)."""
    return ox.NamedNode(iri)


@functools.cache
def _t() -> SimpleNamespace:
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
    out = {name: _n(str(iri)) for name, iri in terms.items()}
    out.update({f"xsd_{k}": _n(v) for k, v in _XSD.items()})
    out["time_prop"] = {4: _n(str(TIME.inXSDgYear)), 7: _n(str(TIME.inXSDgYearMonth)),
                        10: _n(str(TIME.inXSDDate))}
    out["alliance_graph"] = ox.Literal("alliance-graph")
    return SimpleNamespace(**out)


def _date(value: str) -> ox.Literal:
    """A partial date as xsd:date, xsd:gYearMonth or xsd:gYear (see vocab.date_literal)."""
    datatype = _DATE_TYPES.get(len(value))
    if datatype is None:
        raise InputError(f"Malformed date {value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD.")
    return ox.Literal(value, datatype=_n(datatype))


def _decimal(value: float) -> ox.Literal:
    text = format(Decimal(repr(float(value))), "f")
    return ox.Literal(text if "." in text else text + ".0", datatype=_t().xsd_decimal)


def _canonical(term: Any) -> Any:
    """One form per literal: ``"x"`` for ``"x"^^xsd:string`` (the same in RDF 1.1, not to rdflib),
    and ``"1.0"`` for Oxigraph's canonical decimal ``"1"`` (as Turtle writers print it)."""
    if isinstance(term, Literal) and term.datatype == XSD.decimal and "." not in str(term):
        return Literal(str(term) + ".0", datatype=XSD.decimal)
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


def _entity_quads(iri: ox.NamedNode, name: str, entity_id: str, is_state: bool, g: ox.NamedNode) -> list[ox.Quad]:
    t = _t()
    kinds = (t.state,) if is_state else (t.io, t.formal)
    out = [ox.Quad(iri, t.type, k, g) for k in kinds]
    label = ox.Literal(name)
    out += [ox.Quad(iri, t.label, label, g), ox.Quad(iri, t.pref, label, g),
            ox.Quad(iri, t.ident, ox.Literal(entity_id), g)]
    return out


def _concept_quads(concept: URIRef, scheme: ox.NamedNode, g: ox.NamedNode) -> list[ox.Quad]:
    t = _t()
    node = _n(str(concept))
    return [ox.Quad(node, t.type, t.concept, g), ox.Quad(node, t.in_scheme, scheme, g),
            ox.Quad(node, t.notation, ox.Literal(vocab.concept_value(concept)), g)]


def document_quads(document: Document, events: Sequence[Event], *, extractor_version: str,
                   extracted_at: str, is_state: Callable[[str], bool] = vocab.looks_like_state_id
                   ) -> list[ox.Quad]:
    """All quads of a document and its events, in the document's named graph (pyoxigraph terms).

    Raises InputError for a field that cannot become RDF (bad id, offsets, date).
    """
    t = _t()
    sha = document.sha256
    g = doc = _n(str(vocab.document_iri(sha)))
    activity = _n(str(vocab.activity_iri(sha)))
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
        subj = _n(str(vocab.entity_iri(event.subject_id, subject_is_state)))
        org = _n(str(vocab.org_iri(event.organization_id)))
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
            Q(node, t.type, _n(str(event_class)), g), Q(node, t.type, t.event, g),
            Q(node, t.type, t.entity, g),
            Q(node, t.subject, subj, g), Q(node, t.organization, org, g),
            Q(node, t.subject_name, ox.Literal(event.subject), g),
            Q(node, t.organization_name, ox.Literal(event.organization), g),
            Q(node, t.relation, _n(str(relation)), g),
            Q(node, t.claim, _n(str(status)), g),
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
            quads.append(Q(subj, _n(str(shortcut)), org, g))
        quads += _entity_quads(subj, event.subject, event.subject_id, subject_is_state, g)
        quads += _entity_quads(org, event.organization, event.organization_id, False, g)
    return quads


def pending_quads(events: Iterable[Event], *,
                  is_state: Callable[[str], bool] = vocab.looks_like_state_id) -> list[ox.Quad]:
    """Marks, in :data:`vocab.PENDING_GRAPH`, of the (member, organisation) pairs of ``events``
    whose derived memberships must be updated."""
    t = _t()
    pairs = {(e.subject_id, e.organization_id) for e in events}
    return [ox.Quad(_n(str(vocab.entity_iri(sid, is_state(sid)))), t.pending, _n(str(vocab.org_iri(oid))),
                    t.pending_graph) for sid, oid in sorted(pairs)]


def membership_quads(states: Sequence[MembershipState], *,
                     is_state: Callable[[str], bool] = vocab.looks_like_state_id) -> list[ox.Quad]:
    """Quads of derived membership states in :data:`vocab.DERIVED_GRAPH` (pyoxigraph terms).

    Each membership is an ``ag:Membership`` / ``org:Membership`` with an OWL-Time interval,
    plus shortcuts a query reaches in one step: ``ag:statusNotation``, ``ag:since``,
    ``ag:until`` (the interval's dates at their precision), ``ag:memberLabel`` and
    ``ag:organizationLabel`` (the names the entity labels come from).
    """
    t = _t()
    g = t.derived_graph
    Q = ox.Quad
    quads: list[ox.Quad] = []
    for state in states:
        iri = vocab.membership_iri(state)
        node = ox.NamedNode(iri)
        member_is_state = is_state(state.subject_id)
        member = _n(str(vocab.entity_iri(state.subject_id, member_is_state)))
        org = _n(str(vocab.org_iri(state.organization_id)))
        interval = ox.NamedNode(vocab.interval_iri(iri))
        concept = vocab.membership_status_concept(state.status)
        quads += [
            Q(node, t.type, t.membership, g), Q(node, t.type, t.org_membership, g),
            Q(node, t.member, member, g), Q(node, t.org, org, g),
            Q(node, t.member_status, _n(str(concept)), g),
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
def _plain(term: Any) -> Any:
    """An Oxigraph result term as the rdflib-free value the readers expect (IRIs as URIRef)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    return term.value


def _from_ox(term: Any) -> Any:
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


def _to_ox(quad: Any) -> ox.Quad:
    """A quad as pyoxigraph builds it (rdflib-term tuples are converted)."""
    if isinstance(quad, ox.Quad):
        return quad
    return ox.Quad(*(_term_to_ox(t) for t in quad))


def _term_to_ox(term: Any) -> Any:
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
        term = _from_ox(term)
    return term.n3()


def _graphs_text(quads: Iterable[Any]) -> str:
    """``GRAPH <g> { s p o . ... } ...`` for an INSERT DATA / DELETE DATA request."""
    graphs: dict[str, list[str]] = {}
    for s, p, o, g in quads:
        graphs.setdefault(_n3(g), []).append(f"{_n3(s)} {_n3(p)} {_n3(o)} .")
    return " ".join(f"GRAPH {g} {{ {' '.join(lines)} }}" for g, lines in graphs.items())


def _triples_text(quads: Iterable[Any]) -> str:
    return " ".join(f"{_n3(s)} {_n3(p)} {_n3(o)} ." for s, p, o, _ in quads)


def _entity_id(iri: str) -> str:
    """The id of a state or organisation IRI (inverse of vocab.entity_iri)."""
    return unquote(str(iri).rsplit("/", 1)[-1])


def _events_of(rows: Iterable[tuple[Any, ...]]) -> list[Event]:
    """model.Events from rows of :data:`_EVENTS_QUERY`."""
    return [
        Event(doc=str(docid), subject=str(sname), subject_id=str(sid), relation=_RELATION_OF[rel],
              organization=str(oname), organization_id=str(oid),
              date=None if date is None else str(date), status=vocab.concept_value(status),
              attributed_to=None if attr is None else str(attr), confidence=0.0 if conf is None else float(str(conf)),
              evidence=Evidence(str(text), int(str(start)), int(str(end))),
              published=None if published is None else str(published), doc_sha256=str(sha))
        for (docid, sha, published, sname, sid, rel, oname, oid, date, status, attr, conf,
             text, start, end, *_) in rows
    ]


def _init_bindings(bindings: Mapping[str, Any] | None, iri_bindings: Mapping[str, str] | None
                   ) -> dict[str, Any]:
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


# ---------------------------------------------------------------------- reading the shape back
def _member_events_ox(store: ox.Store, member: ox.NamedNode, sid: str, oids: set[str]) -> list[Event]:
    """``Store.pair_events`` of one member (IRI ``member``, id ``sid``) and some organisations
    on Oxigraph, from the indexes: Oxigraph plans the bound query poorly (~0.2 s at 1M quads)."""
    t = _t()
    orgs = {str(vocab.org_iri(oid)): oid for oid in oids}
    found = []
    for link in store.quads_for_pattern(None, t.subject, member, None):
        e, g = link.subject, link.graph_name
        org = next(store.quads_for_pattern(e, t.organization, None, g), None)
        if org is None or org.object.value not in orgs:
            continue
        props: dict[Any, list[Any]] = {}
        for q in store.quads_for_pattern(e, None, None, g):
            props.setdefault(q.predicate, []).append(q.object)
        if t.event not in props.get(t.type, ()):
            continue
        doc, ev = props[t.derived_from][0], props[t.evidence][0]
        evidence = {q.predicate: q.object.value for q in store.quads_for_pattern(ev, None, None, g)}
        document = {q.predicate: q.object.value for q in store.quads_for_pattern(doc, None, None, g)}
        if t.sha not in document:
            continue
        one = {p: values[0].value for p, values in props.items()}
        # an event node holding two claims (same IRI, two dates: vocab.event_iri leaves the
        # date out) is every combination of its values, as the SPARQL reader returns it
        variants = itertools.product(*([v.value for v in props.get(p, ())] or [None] for p in (
            t.date, t.attributed, t.subject_name, t.organization_name, t.confidence)))
        for date, attributed, sname, oname, confidence in variants:
            event = Event(
                doc=document[t.ident], subject=sname, subject_id=sid,
                relation=_RELATION_OF[URIRef(one[t.relation])], organization=oname,
                organization_id=orgs[org.object.value], date=date, status=vocab.concept_value(one[t.claim]),
                attributed_to=attributed, confidence=float(confidence),
                evidence=Evidence(evidence[t.text], int(evidence[t.start]), int(evidence[t.end])),
                published=document.get(t.issued), doc_sha256=document[t.sha])
            found.append(((event.organization_id, event.doc, event.evidence.start, e.value), event))
    return [event for _, event in sorted(found, key=lambda item: item[0])]


# ?s and ?o are projected so that pair_events can bind them (Oxigraph substitutes projected variables only).
_EVENTS_QUERY = """
SELECT ?docid ?sha ?published ?sname ?sid ?rel ?oname ?oid ?date ?status ?attr ?conf ?text ?start ?end ?s ?o
WHERE { GRAPH ?g {
  ?e a ag:MembershipEvent ; ag:subject ?s ; ag:organization ?o ; ag:relation ?rel ;
     ag:claimStatus ?status ; ag:confidence ?conf ; ag:subjectName ?sname ;
     ag:organizationName ?oname ; ag:evidence ?ev ; prov:wasDerivedFrom ?doc .
  ?ev ag:text ?text ; ag:startOffset ?start ; ag:endOffset ?end .
  ?s dcterms:identifier ?sid . ?o dcterms:identifier ?oid .
  ?doc a ag:Document ; ag:sha256 ?sha ; dcterms:identifier ?docid .
  OPTIONAL { ?doc dcterms:issued ?published }
  OPTIONAL { ?e ag:date ?date }
  OPTIONAL { ?e ag:attributedTo ?attr }
} } ORDER BY ?docid ?start ?e
"""

_DOCUMENTS_QUERY = """
SELECT ?id ?sha ?title ?published ?url (COUNT(DISTINCT ?e) AS ?n)
WHERE { GRAPH ?g {
  ?d a ag:Document ; ag:sha256 ?sha ; dcterms:identifier ?id .
  OPTIONAL { ?d dcterms:title ?title }
  OPTIONAL { ?d dcterms:issued ?published }
  OPTIONAL { ?d dcterms:source ?url }
  OPTIONAL { ?e a ag:MembershipEvent ; prov:wasDerivedFrom ?d }
} } GROUP BY ?id ?sha ?title ?published ?url ORDER BY ?id ?sha
"""

_STATS_QUERY = """
SELECT
  (COUNT(DISTINCT ?d) AS ?documents) (COUNT(DISTINCT ?e) AS ?events)
  (COUNT(DISTINCT ?st) AS ?states) (COUNT(DISTINCT ?org) AS ?orgs) (COUNT(?one) AS ?triples)
WHERE {
  { GRAPH ?g { ?x ?p ?y } BIND(1 AS ?one) }
  UNION { GRAPH ?g { ?d a ag:Document } }
  UNION { GRAPH ?g { ?e a ag:MembershipEvent } }
  UNION { GRAPH ?g { ?st a ag:State } }
  UNION { GRAPH ?g { ?org a ag:InternationalOrganization } }
}
"""

# Marks every stored (member, organisation) pair pending (a fixed text: nothing bound).
_MARK_ALL_UPDATE = f"""PREFIX ag: <{vocab.ONTOLOGY_NS}>
INSERT {{ GRAPH <{vocab.PENDING_GRAPH}> {{ ?s ag:derivationPending ?o }} }}
WHERE {{ GRAPH ?g {{ ?e a ag:MembershipEvent ; ag:subject ?s ; ag:organization ?o }} }}
"""

# The derived memberships of one organisation (?org bound) or one member (?member bound) that
# hold on ?day (YYYY-MM-DD), each with the stored events it rests on (prov:wasDerivedFrom), in
# one query. Dates compare as in members-on-date.rq (a partial since/until counts from its
# first day). Both sides start from the bound entity. Oxigraph's planner is fragile here: one
# more required pattern on the event side, and it reads every event of the store before the
# join (~1 s at 1M quads instead of ~40 ms), hence the fields a row does not need as OPTIONALs.
def _memberships_on_text(bound: str, other: str, member_link: str) -> str:
    return f"""
SELECT ?{bound} ?day ?{other} ?m ?name ?oname ?mstatus ?since ?until ?e
       ?docid ?sha ?published ?sname ?rel ?ename ?date ?status ?attr ?conf ?text ?start ?end
WHERE {{
  GRAPH <{vocab.DERIVED_GRAPH}> {{
    ?m {"org:organization" if bound == "org" else "org:member"} ?{bound} ;
       {"org:member" if bound == "org" else "org:organization"} ?{other} ; ag:statusNotation ?mstatus ;
       ag:memberLabel ?name ; ag:organizationLabel ?oname ; prov:wasDerivedFrom ?e .
    OPTIONAL {{ ?m ag:since ?since }}
    OPTIONAL {{ ?m ag:until ?until }}
  }}
  FILTER (!BOUND(?since) || STR(?since) <= ?day)
  FILTER (!BOUND(?until) || STR(?until) > ?day)
  GRAPH ?g {{
    ?e {member_link} ?{bound} ; ag:relation ?rel ; ag:claimStatus ?status ; ag:evidence ?ev ;
       prov:wasDerivedFrom ?doc .
    ?ev ag:text ?text ; ag:startOffset ?start ; ag:endOffset ?end .
    ?doc dcterms:identifier ?docid .
    OPTIONAL {{ ?doc dcterms:issued ?published }}
    OPTIONAL {{ ?e ag:date ?date }}
    OPTIONAL {{ ?e ag:attributedTo ?attr }}
    OPTIONAL {{ ?e ag:confidence ?conf }}
    OPTIONAL {{ ?e ag:subjectName ?sname }}
    OPTIONAL {{ ?e ag:organizationName ?ename }}
    OPTIONAL {{ ?doc ag:sha256 ?sha }}
  }}
}}"""


_MEMBERSHIPS_ON_QUERY = {"org": _memberships_on_text("org", "member", "ag:organization"),
                         "member": _memberships_on_text("member", "org", "ag:subject")}


def _states_of(rows: Iterable[tuple[Any, ...]], bound: str) -> list[MembershipState] | None:
    """MembershipStates from rows of ``_MEMBERSHIPS_ON_QUERY[bound]`` (plain values), each with
    its events in :meth:`Store.events` order (document id, evidence start, event IRI).

    None when an event node holds claims of different dates (one IRI, two ``ag:date``): the membership links the node, not the claim, so which one a membership
    rests on is not in the derived graph.
    """
    heads: dict[str, tuple[Any, ...]] = {}
    days: dict[str, set[str | None]] = {}
    found: dict[str, dict[tuple[Any, ...], Event]] = {}
    for first, _, second, m, name, oname, status, since, until, e, *event in rows:
        org, member = (first, second) if bound == "org" else (second, first)
        heads.setdefault(str(m), (str(name), _entity_id(member), str(oname), _entity_id(org),
                                  str(status), _str_or_none(since), _str_or_none(until)))
        docid, sha, published, sname, rel, ename, date, claim, attr, conf, text, start, end = event
        ev = Event(doc=str(docid), subject=str(sname), subject_id=_entity_id(member),
                   relation=_RELATION_OF[rel], organization=str(ename), organization_id=_entity_id(org),
                   date=_str_or_none(date), status=vocab.concept_value(claim),
                   attributed_to=_str_or_none(attr), confidence=float(str(conf)),
                   evidence=Evidence(str(text), int(str(start)), int(str(end))),
                   published=_str_or_none(published), doc_sha256=_str_or_none(sha))
        found.setdefault(str(m), {}).setdefault((str(docid), ev.evidence.start, str(e), ev), ev)
        days.setdefault(str(e), set()).add(ev.date)
    if any(len(d) > 1 for d in days.values()):
        return None
    return [MembershipState(*heads[m], events=tuple(evs[k] for k in sorted(evs, key=lambda k: k[:3])))
            for m, evs in found.items()]


def _str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)
