"""RDF namespaces of alliance-graph and the one place IRIs are minted.

Every IRI the project writes comes from a function here, so that ids taken from text can
never produce an invalid IRI: ids are validated and percent-encoded before they become part
of a path, and hashes are hex.

Example:
    >>> str(state_iri("ARM"))
    'https://w3id.org/alliance-graph/id/state/ARM'
    >>> str(org_iri("Alliance of Sahel States"))
    'https://w3id.org/alliance-graph/id/org/Alliance%20of%20Sahel%20States'
    >>> str(relation_concept("suspended_by"))
    'https://w3id.org/alliance-graph/ontology#relation-suspended_by'
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote

from rdflib import Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD, DefinedNamespace

from alliance_graph.errors import InputError
from alliance_graph.model import MEMBERSHIP_STATUSES, RELATIONS, STATUSES, Event, MembershipState

ONTOLOGY_NS = "https://w3id.org/alliance-graph/ontology#"
DATA_NS = "https://w3id.org/alliance-graph/id/"


class AG(DefinedNamespace):
    """The alliance-graph ontology (``ontologies/alliance.ttl``); a test keeps both in step."""

    _NS = Namespace(ONTOLOGY_NS)
    _fail = True

    # classes
    State: URIRef
    InternationalOrganization: URIRef
    Document: URIRef
    Evidence: URIRef
    Membership: URIRef
    MembershipEvent: URIRef
    JoinEvent: URIRef
    LeaveEvent: URIRef
    SuspendEvent: URIRef
    SuspendedByEvent: URIRef
    ExpelEvent: URIRef
    ReadmitEvent: URIRef
    ApplyEvent: URIRef
    CandidateEvent: URIRef
    ObserverEvent: URIRef
    PartnerEvent: URIRef
    FoundEvent: URIRef
    MemberStatement: URIRef
    ExtractionActivity: URIRef
    # event properties
    subject: URIRef
    organization: URIRef
    relation: URIRef
    claimStatus: URIRef
    date: URIRef
    attributedTo: URIRef
    confidence: URIRef
    evidence: URIRef
    extractorVersion: URIRef
    subjectName: URIRef
    organizationName: URIRef
    # evidence and document properties
    text: URIRef
    startOffset: URIRef
    endOffset: URIRef
    sha256: URIRef
    # membership properties
    membershipStatus: URIRef
    statusNotation: URIRef
    since: URIRef
    until: URIRef
    memberLabel: URIRef
    organizationLabel: URIRef
    derivationPending: URIRef
    # shortcut properties
    memberOf: URIRef
    joins: URIRef
    leaves: URIRef
    suspends: URIRef
    suspendedBy: URIRef
    expelledFrom: URIRef
    readmittedTo: URIRef
    appliesTo: URIRef
    candidateOf: URIRef
    observerOf: URIRef
    partnerOf: URIRef
    founds: URIRef
    # concept schemes and their concepts
    RelationScheme: URIRef
    ClaimStatusScheme: URIRef
    MembershipStatusScheme: URIRef


AGD = Namespace(DATA_NS)

#: Named graph of derived membership states.
DERIVED_GRAPH = URIRef(DATA_NS + "graph/derived")
#: Named graph of bookkeeping: (member, ag:derivationPending, organisation) pairs awaiting derivation.
PENDING_GRAPH = URIRef(DATA_NS + "graph/pending")
#: The software agent that writes every event.
SOFTWARE_AGENT = URIRef(DATA_NS + "agent/alliance-graph")

#: Prefixes the ``sparql`` command predeclares.
PREFIXES: dict[str, str] = {
    "ag": ONTOLOGY_NS,
    "agd": DATA_NS,
    "org": str(ORG),
    "time": str(TIME),
    "prov": str(PROV),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
}

#: relation -> (event class, shortcut property)
RELATION_TERMS: dict[str, tuple[URIRef, URIRef]] = {
    "member": (AG.MemberStatement, AG.memberOf),
    "joins": (AG.JoinEvent, AG.joins),
    "leaves": (AG.LeaveEvent, AG.leaves),
    "suspends": (AG.SuspendEvent, AG.suspends),
    "suspended_by": (AG.SuspendedByEvent, AG.suspendedBy),
    "expelled": (AG.ExpelEvent, AG.expelledFrom),
    "readmitted": (AG.ReadmitEvent, AG.readmittedTo),
    "applies": (AG.ApplyEvent, AG.appliesTo),
    "candidate": (AG.CandidateEvent, AG.candidateOf),
    "observer": (AG.ObserverEvent, AG.observerOf),
    "partner": (AG.PartnerEvent, AG.partnerOf),
    "founds": (AG.FoundEvent, AG.founds),
}

_ID_RE = re.compile(r"^[^\x00-\x1f\x7f]{1,200}$")
_SHA_RE = re.compile(r"^[0-9a-f]{64}$")
_STATE_ID_RE = re.compile(r"^[A-Z]{3}$")
_BAD_IRI_CHARS = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def _segment(value: str, what: str) -> str:
    if not isinstance(value, str) or not _ID_RE.match(value) or not value.strip():
        raise InputError(f"Invalid {what} id {value!r}: expected 1-200 printable characters.")
    return quote(value, safe="-._~")


def looks_like_state_id(entity_id: str) -> bool:
    """True for ISO 3166-1 alpha-3 shaped ids (the default guess when no registry is given).

    >>> looks_like_state_id("ARM"), looks_like_state_id("AU")
    (True, False)
    """
    return bool(_STATE_ID_RE.match(entity_id))


def state_iri(state_id: str) -> URIRef:
    """IRI of a state, from its ISO 3166-1 alpha-3 id."""
    return URIRef(DATA_NS + "state/" + _segment(state_id, "state"))


def org_iri(org_id: str) -> URIRef:
    """IRI of an international organisation, from its id."""
    return URIRef(DATA_NS + "org/" + _segment(org_id, "organisation"))


def entity_iri(entity_id: str, is_state: bool) -> URIRef:
    """IRI of a member: a state or an organisation."""
    return state_iri(entity_id) if is_state else org_iri(entity_id)


def check_sha256(sha256: str) -> str:
    """Return ``sha256`` when it is 64 lowercase hex digits, else raise InputError."""
    if not isinstance(sha256, str) or not _SHA_RE.match(sha256):
        raise InputError(f"Invalid document hash {sha256!r}: expected 64 lowercase hex digits.")
    return sha256


def document_iri(sha256: str) -> URIRef:
    """IRI of a document (also the IRI of its named graph)."""
    return URIRef(DATA_NS + "doc/" + check_sha256(sha256))


def activity_iri(sha256: str) -> URIRef:
    """IRI of the extraction activity that produced a document's events."""
    return URIRef(DATA_NS + "activity/" + check_sha256(sha256))


def _digest(*parts: object) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(("" if part is None else str(part)).encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:32]


def event_iri(event: Event, doc_sha256: str | None = None) -> URIRef:
    """Deterministic IRI of an event: hash of document, key, status, date and evidence offsets
    (one sentence may tell the same change twice: "walked out in 1992 and again in 2020")."""
    sha = check_sha256(doc_sha256 or event.doc_sha256 or "")
    return URIRef(DATA_NS + "event/" + _digest(
        sha, *event.key, event.status, event.date or "", event.evidence.start, event.evidence.end))


def evidence_iri(event_node: URIRef) -> URIRef:
    """IRI of the evidence node of an event."""
    return URIRef(str(event_node).replace("/event/", "/evidence/", 1))


def membership_iri(state: MembershipState) -> URIRef:
    """Deterministic IRI of a derived membership state."""
    return URIRef(DATA_NS + "membership/" + _digest(
        state.subject_id, state.organization_id, state.status, state.since, state.until))


def interval_iri(membership: URIRef) -> URIRef:
    """IRI of the time:Interval of a membership."""
    return URIRef(str(membership) + "/interval")


def _concept(prefix: str, value: str, allowed: tuple[str, ...]) -> URIRef:
    if value not in allowed:
        raise InputError(f"Unknown {prefix} {value!r}: expected one of {', '.join(allowed)}.")
    return URIRef(ONTOLOGY_NS + prefix + "-" + value)


def relation_concept(relation: str) -> URIRef:
    """SKOS concept of a relation (``ag:relation-joins``)."""
    return _concept("relation", relation, RELATIONS)


def status_concept(status: str) -> URIRef:
    """SKOS concept of a claim status (``ag:status-asserted``)."""
    return _concept("status", status, STATUSES)


def membership_status_concept(status: str) -> URIRef:
    """SKOS concept of a membership status (``ag:membership-member``)."""
    return _concept("membership", status, MEMBERSHIP_STATUSES)


def concept_value(concept: str) -> str:
    """The contract word of a concept IRI (inverse of the three functions above).

    >>> concept_value(str(relation_concept("suspended_by")))
    'suspended_by'
    """
    return str(concept).rsplit("#", 1)[-1].split("-", 1)[1]


def date_literal(value: str) -> Literal:
    """A partial date as xsd:date, xsd:gYearMonth or xsd:gYear, at its precision.

    >>> date_literal("2024-02").datatype == XSD.gYearMonth
    True
    """
    datatype = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}.get(len(value))
    if datatype is None:
        raise InputError(f"Malformed date {value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD.")
    return Literal(value, datatype=datatype)


def check_iri(value: str) -> URIRef:
    """An absolute IRI given by a caller (e.g. a query binding), validated."""
    if not isinstance(value, str) or _BAD_IRI_CHARS.search(value) or ":" not in value:
        raise InputError(f"Invalid IRI {value!r}.")
    return URIRef(value)
