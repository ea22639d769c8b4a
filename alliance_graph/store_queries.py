"""The store's fixed SPARQL texts and the readers that turn stored RDF back into records.

:data:`EVENTS_QUERY`, :data:`DOCUMENTS_QUERY`, :data:`STATS_QUERY` and
:data:`MEMBERSHIPS_ON_QUERY` are what :class:`~alliance_graph.store.Store` asks; :func:`events_of`
and :func:`states_of` read their rows as :class:`~alliance_graph.model.Event` and
:class:`~alliance_graph.model.MembershipState` records, and :func:`member_events_ox` reads a
member's events from Oxigraph's indexes instead. :data:`MARK_ALL_UPDATE` marks every stored
pair pending.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import Any
from urllib.parse import unquote

import pyoxigraph as ox
from rdflib import URIRef

from alliance_graph import vocab
from alliance_graph.model import Event, Evidence, MembershipState
from alliance_graph.rdf import ox_terms

_RELATION_OF = {vocab.relation_concept(r): r for r in vocab.RELATION_TERMS}


def entity_id(iri: str) -> str:
    """The id of a state or organisation IRI (inverse of vocab.entity_iri)."""
    return unquote(str(iri).rsplit("/", 1)[-1])


def events_of(rows: Iterable[tuple[Any, ...]]) -> list[Event]:
    """model.Events from rows of :data:`EVENTS_QUERY`."""
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


def member_events_ox(store: ox.Store, member: ox.NamedNode, sid: str, oids: set[str]) -> list[Event]:
    """``Store.pair_events`` of one member (IRI ``member``, id ``sid``) and some organisations
    on Oxigraph, from the indexes: Oxigraph plans the bound query poorly (~0.2 s at 1M quads)."""
    t = ox_terms()
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
EVENTS_QUERY = """
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

DOCUMENTS_QUERY = """
SELECT ?id ?sha ?title ?published ?url (COUNT(DISTINCT ?e) AS ?n)
WHERE { GRAPH ?g {
  ?d a ag:Document ; ag:sha256 ?sha ; dcterms:identifier ?id .
  OPTIONAL { ?d dcterms:title ?title }
  OPTIONAL { ?d dcterms:issued ?published }
  OPTIONAL { ?d dcterms:source ?url }
  OPTIONAL { ?e a ag:MembershipEvent ; prov:wasDerivedFrom ?d }
} } GROUP BY ?id ?sha ?title ?published ?url ORDER BY ?id ?sha
"""

STATS_QUERY = """
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
MARK_ALL_UPDATE = f"""PREFIX ag: <{vocab.ONTOLOGY_NS}>
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


MEMBERSHIPS_ON_QUERY = {"org": _memberships_on_text("org", "member", "ag:organization"),
                        "member": _memberships_on_text("member", "org", "ag:subject")}


def states_of(rows: Iterable[tuple[Any, ...]], bound: str) -> list[MembershipState] | None:
    """MembershipStates from rows of ``MEMBERSHIPS_ON_QUERY[bound]`` (plain values), each with
    its events in :meth:`Store.events` order (document id, evidence start, event IRI).

    None when an event node holds claims of different dates (one IRI, two ``ag:date``): the membership links the node, not the claim, so which one a membership
    rests on is not in the derived graph.
    """
    heads: dict[str, tuple[Any, ...]] = {}
    days: dict[str, set[str | None]] = {}
    found: dict[str, dict[tuple[Any, ...], Event]] = {}
    for first, _, second, m, name, oname, status, since, until, e, *event in rows:
        org, member = (first, second) if bound == "org" else (second, first)
        heads.setdefault(str(m), (str(name), entity_id(member), str(oname), entity_id(org),
                                  str(status), _str_or_none(since), _str_or_none(until)))
        docid, sha, published, sname, rel, ename, date, claim, attr, conf, text, start, end = event
        ev = Event(doc=str(docid), subject=str(sname), subject_id=entity_id(member),
                   relation=_RELATION_OF[rel], organization=str(ename), organization_id=entity_id(org),
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
