"""The RDF store: embedded Oxigraph on disk, in memory, or a remote SPARQL 1.1 server.

Each document lives in its own named graph (IRI = ``vocab.document_iri(sha256)``) together
with its events, their evidence and provenance; derived membership states live in the
named graph ``vocab.DERIVED_GRAPH``. Nothing is written to the default graph, and user
queries see the union of all graphs.

Writes are one transaction each: a document and all its events are built as a list of quads
first, then written with one atomic ``pyoxigraph.Store.extend`` (embedded) or one SPARQL
``INSERT DATA`` request (remote), so a failure leaves nothing of that document behind. The
remote side (HTTP, explicit graphs, bindings) lives in :mod:`alliance_graph.remote`.

Example:
    >>> from alliance_graph.model import Document, Event, Evidence
    >>> doc = Document(id="a.txt", text="Finland joined NATO in 2023.", published="2023-05-01")
    >>> ev = Event(doc="a.txt", subject="Finland", subject_id="FIN", relation="joins",
    ...            organization="NATO", organization_id="NATO", date="2023", status="asserted",
    ...            attributed_to=None, confidence=0.9, evidence=Evidence(doc.text, 0, 28))
    >>> with Store.open("memory") as store:
    ...     store.add_document(doc, [ev], extractor_version="0.1.0")
    ...     store.query("SELECT ?s ?o WHERE { ?s ag:joins ?o }").rows
    True
    [{'s': 'https://w3id.org/alliance-graph/id/state/FIN', 'o': 'https://w3id.org/alliance-graph/id/org/NATO'}]
"""

from __future__ import annotations

import datetime
import re
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, RDFS, SKOS, TIME, XSD

from alliance_graph import vocab
from alliance_graph.errors import InputError, QueryError, StoreError
from alliance_graph.model import Document, Event, Evidence, MembershipState
from alliance_graph.remote import RemoteEndpoint, redact
from alliance_graph.sparql import QueryResult, check_query
from alliance_graph.vocab import AG

Quad = tuple[Any, Any, Any, URIRef]
_VAR_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_RELATION_OF = {vocab.relation_concept(r): r for r in vocab.RELATION_TERMS}
_SERIAL_FORMATS = {"turtle": "turtle", "ttl": "turtle", "nt": "nt", "ntriples": "nt",
                   "jsonld": "json-ld", "json-ld": "json-ld", "trig": "trig", "nquads": "nquads"}


class Store:
    """An alliance-graph RDF store. Open it with :meth:`Store.open`; use it as a context manager."""

    def __init__(self, dataset: Dataset | None, *, ox_store: ox.Store | None = None,
                 remote: RemoteEndpoint | None = None, read_only: bool = False,
                 is_state: Callable[[str], bool] | None = None, spec: str = "memory") -> None:
        self._dataset: Dataset | None = dataset
        self._ox = ox_store
        self._remote = remote
        self.read_only = read_only
        self.spec = spec
        self._is_state = is_state or vocab.looks_like_state_id
        self._parse_lock = threading.Lock()  # rdflib's SPARQL parser (pyparsing) is not thread-safe
        for prefix, ns in vocab.PREFIXES.items() if dataset is not None else ():
            dataset.bind(prefix, ns)

    # ------------------------------------------------------------------ opening and closing
    @classmethod
    def open(cls, spec: str = "./alliance-graph.db", *, update_url: str | None = None,
             read_only: bool = False, is_state: Callable[[str], bool] | None = None) -> "Store":
        """Open a store.

        ``spec`` is a directory (embedded Oxigraph, created when missing), ``"memory"``, or an
        ``http(s)://`` SPARQL 1.1 query endpoint (updates go to ``update_url`` or ``spec``;
        credentials may be given as ``http://user:password@host/...``; nothing is sent before
        the first read or write). ``is_state`` says whether a member id is a state (default:
        three capital letters); pass the registry's answer.

        Raises StoreError when the path is not a store or another process holds its lock.
        """
        if spec == "memory":
            return cls._from_ox(ox.Store(), read_only=read_only, is_state=is_state, spec=spec)
        if spec.startswith(("http://", "https://")):
            remote = RemoteEndpoint(spec, update_url=update_url)
            return cls(None, remote=remote, read_only=read_only, is_state=is_state, spec=redact(spec))
        path = Path(spec)
        if path.exists() and not path.is_dir():
            raise StoreError(f"{spec} exists and is not a store directory.")
        if path.is_dir() and any(path.iterdir()) and not (path / "CURRENT").exists():
            raise StoreError(f"{spec} exists and is not an alliance-graph store (not empty, no database).")
        if read_only and not path.exists():
            raise StoreError(f"No store at {spec}.")
        try:
            store = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
        except OSError as exc:
            message = " ".join(str(exc).split())
            if "lock" in message.lower():
                raise StoreError(f"store is locked by another process: {spec} ({message})") from None
            raise StoreError(f"Cannot open store {spec}: {message}") from None
        return cls._from_ox(store, read_only=read_only, is_state=is_state, spec=spec)

    @classmethod
    def _from_ox(cls, store: ox.Store, **kwargs: Any) -> "Store":
        dataset = Dataset(store=OxigraphStore(store=store), default_union=True)
        return cls(dataset, ox_store=store, **kwargs)

    def close(self) -> None:
        """Flush and release the store (and its lock). Closing twice is harmless."""
        if self._ox is not None:
            if not self.read_only:
                self._ox.flush()
            self.dataset.store.close()  # oxrdflib drops its reference: the lock goes with it
        self._ox = self._remote = self._dataset = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def dataset(self) -> Dataset:
        """The rdflib view of an embedded or memory store (StoreError for a remote one)."""
        if self._remote is not None:
            raise StoreError(f"{self.spec} is a remote store: it has no local rdflib dataset.")
        if self._dataset is None:
            raise StoreError("The store is closed.")
        return self._dataset

    # ------------------------------------------------------------------ writing
    def has_document(self, sha256: str) -> bool:
        """True when a document with this content hash is stored."""
        doc = vocab.document_iri(sha256)
        return bool(self._select("SELECT ?d WHERE { GRAPH ?g { ?d a ag:Document } } LIMIT 1", d=doc))

    def add_document(self, document: Document, events: Sequence[Event], *, extractor_version: str,
                     extracted_at: str | None = None) -> bool:
        """Write a document and its events in one transaction into the document's named graph.

        Returns False (writing nothing) when a document with the same sha256 is already stored.
        """
        self._check_writable()
        sha = document.sha256
        if self.has_document(sha):
            return False
        when = extracted_at or datetime.datetime.now(datetime.timezone.utc).replace(
            microsecond=0).isoformat()
        quads = document_quads(document, events, extractor_version=extractor_version,
                               extracted_at=when, is_state=self._is_state)
        self._insert(quads)
        return True

    def replace_memberships(self, states: Sequence[MembershipState]) -> None:
        """Replace the derived membership graph with ``states``.

        On Oxigraph the old graph is removed and the new one bulk-loaded (a SPARQL
        ``INSERT DATA`` text of a million triples took minutes to parse); the graph is derived
        data, recomputed by every ingest, so a crash between the two steps loses nothing.
        Elsewhere it is one update request.
        """
        self._check_writable()
        quads = membership_quads(states, is_state=self._is_state)
        graph = vocab.DERIVED_GRAPH
        if self._ox is not None:
            try:
                self._ox.remove_graph(ox.NamedNode(str(graph)))
            except (OSError, RuntimeError):  # the graph does not exist yet
                pass
            self._insert(quads)
            return
        body = " ".join(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o, _ in quads)
        self._update(f"DROP SILENT GRAPH {graph.n3()} ; INSERT DATA {{ GRAPH {graph.n3()} {{ {body} }} }}")

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"The store {self.spec} is open read-only.")

    def _insert(self, quads: list[Quad]) -> None:
        if self._ox is not None:
            try:
                self._ox.extend([_to_ox(q) for q in quads])
            except (OSError, TypeError, ValueError) as exc:  # a term Oxigraph rejects
                raise StoreError(f"Cannot write to store {self.spec}: {' '.join(str(exc).split())}") from None
            return
        graphs: dict[URIRef, list[str]] = {}
        for s, p, o, g in quads:
            graphs.setdefault(g, []).append(f"{s.n3()} {p.n3()} {o.n3()} .")
        body = " ".join(f"GRAPH {g.n3()} {{ {' '.join(lines)} }}" for g, lines in graphs.items())
        self._update(f"INSERT DATA {{ {body} }}")

    def _update(self, text: str) -> None:
        if self._ox is not None:
            try:
                self._ox.update(text)
            except OSError as exc:
                raise StoreError(f"Cannot write to store {self.spec}: {' '.join(str(exc).split())}") from None
        elif self._remote is not None:
            self._remote.update(text)  # raises StoreError itself
        else:
            raise StoreError("The store is closed.")

    # ------------------------------------------------------------------ reading
    def _select(self, text: str, *, rdf_terms: bool = False, **bindings: Any) -> list[tuple[Any, ...]]:
        if self._remote is not None:
            return self._remote.select(text, bindings)[1]
        if self._ox is not None:  # straight to Oxigraph: no rdflib term conversion per cell
            solutions = self._ox.query(text, prefixes=dict(vocab.PREFIXES),
                                       substitutions={ox.Variable(k): _term_to_ox(v) for k, v in bindings.items()})
            names = [v.value for v in solutions.variables]
            convert = _from_ox if rdf_terms else _plain
            return [tuple(convert(solution[name]) for name in names) for solution in solutions]
        result = self.dataset.query(text, initNs=vocab.PREFIXES, initBindings=bindings)
        return [tuple(row) for row in result]

    def events(self, *, subject_id: str | None = None, organization_id: str | None = None) -> list[Event]:
        """Stored events as model.Events (with ``published`` and ``doc_sha256``): all of them,
        or only those of one member and/or one organisation (bound, so the store's indexes
        answer instead of a scan in Python)."""
        bindings = {}
        if subject_id is not None:
            bindings["sid"] = Literal(subject_id)
        if organization_id is not None:
            bindings["oid"] = Literal(organization_id)
        rows = self._select(_EVENTS_QUERY, **bindings)
        return [
            Event(doc=str(docid), subject=str(sname), subject_id=str(sid), relation=_RELATION_OF[rel],
                  organization=str(oname), organization_id=str(oid),
                  date=None if date is None else str(date), status=vocab.concept_value(status),
                  attributed_to=None if attr is None else str(attr), confidence=float(str(conf)),
                  evidence=Evidence(str(text), int(str(start)), int(str(end))),
                  published=None if published is None else str(published), doc_sha256=str(sha))
            for (docid, sha, published, sname, sid, rel, oname, oid, date, status, attr, conf,
                 text, start, end) in rows
        ]

    def documents(self) -> list[dict[str, Any]]:
        """Stored documents: id, sha256, title, published, url, n_events (sorted by id)."""
        rows = self._select(_DOCUMENTS_QUERY)
        keys = ("id", "sha256", "title", "published", "url", "n_events")
        out = [{k: (None if v is None else str(v)) for k, v in zip(keys, row)} for row in rows]
        for doc in out:
            doc["n_events"] = int(doc["n_events"] or 0)
        return out

    def stats(self) -> dict[str, int]:
        """Counts of documents, events, states, organisations and triples (quads)."""
        (row,) = self._select(_STATS_QUERY)
        keys = ("documents", "events", "states", "organisations", "triples")
        return {k: int(str(v)) for k, v in zip(keys, row)}

    def query(self, sparql: str, *, bindings: Mapping[str, str | int | float | bool | None] | None = None,
              iri_bindings: Mapping[str, str] | None = None, allow_service: bool = False) -> QueryResult:
        """Run a read-only SPARQL query over the union of all graphs.

        :data:`vocab.PREFIXES` are predeclared. ``bindings`` bind variables to literals (str →
        plain string literal, int → xsd:integer, float → xsd:double, bool → xsd:boolean; None
        leaves the variable unbound); ``iri_bindings`` bind variables to IRIs (e.g.
        ``{"org": str(vocab.org_iri("CSTO"))}``). Values go through rdflib ``initBindings``, never
        into the query text (remote: a ``VALUES`` block opening the WHERE group). On the
        embedded store a bound variable of a SELECT must appear in its projection.

        Raises QueryError for updates, SERVICE (unless ``allow_service``), malformed queries and
        bad bindings. Safe to call from several threads.
        """
        with self._parse_lock:
            form = check_query(sparql, allow_service=allow_service)
        init = _init_bindings(bindings, iri_bindings)
        if self._remote is not None:
            return self._remote.query(sparql, form=form, bindings=init)
        try:
            result = self.dataset.query(sparql, initNs=vocab.PREFIXES, initBindings=init)
            if form == "ASK":
                return QueryResult(form=form, boolean=bool(result.askAnswer))
            if form in ("CONSTRUCT", "DESCRIBE"):
                return QueryResult.from_terms(form, ["s", "p", "o"], list(result.graph))
            names = [str(v) for v in result.vars or []]
            return QueryResult.from_terms(form, names, [tuple(r) for r in result])
        except (SyntaxError, RuntimeError, ValueError) as exc:
            if isinstance(exc, InputError):
                raise
            raise QueryError(f"Query failed: {' '.join(str(exc).split())}") from None

    # ------------------------------------------------------------------ serialisation
    def quads(self) -> Iterable[Quad]:
        """Every quad of every named graph, as rdflib terms (literals in one form on every store)."""
        for s, p, o, g in self._select("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }", rdf_terms=True):
            yield (s, p, _canonical(o), g)

    def to_graph(self) -> Graph:
        """The union of all graphs as one in-memory rdflib Graph, with our prefixes bound."""
        graph = Graph()
        for prefix, ns in vocab.PREFIXES.items():
            graph.bind(prefix, ns)
        graph += ((s, p, o) for s, p, o, _ in self.quads())
        return graph

    def serialize(self, fmt: str) -> bytes:
        """Everything as ``turtle``, ``nt``, ``jsonld`` (union of graphs), ``trig`` or ``nquads``."""
        name = _SERIAL_FORMATS.get(fmt.lower())
        if name is None:
            raise InputError(f"Unknown RDF format {fmt!r}: expected turtle, nt, jsonld, trig or nquads.")
        if name in ("trig", "nquads"):
            data = Dataset()
            for prefix, ns in vocab.PREFIXES.items():
                data.bind(prefix, ns)
            for s, p, o, g in self.quads():
                data.add((s, p, o, g))
            return data.serialize(format=name, encoding="utf-8")
        return self.to_graph().serialize(format=name, encoding="utf-8")


# ---------------------------------------------------------------------- building triples
def _decimal(value: float) -> Literal:
    text = format(Decimal(repr(float(value))), "f")
    return Literal(text if "." in text else text + ".0", datatype=XSD.decimal)


def _canonical(term: Any) -> Any:
    """One form per literal: ``"x"`` for ``"x"^^xsd:string`` (the same in RDF 1.1, not to rdflib),
    and ``"1.0"`` for Oxigraph's canonical decimal ``"1"`` (as Turtle writers print it)."""
    if isinstance(term, Literal) and term.datatype == XSD.decimal and "." not in str(term):
        return Literal(str(term) + ".0", datatype=XSD.decimal)
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


def _entity_quads(iri: URIRef, name: str, entity_id: str, is_state: bool, g: URIRef) -> list[Quad]:
    kinds = [AG.State] if is_state else [AG.InternationalOrganization, ORG.FormalOrganization]
    out: list[Quad] = [(iri, RDF.type, k, g) for k in kinds]
    out += [(iri, RDFS.label, Literal(name), g), (iri, SKOS.prefLabel, Literal(name), g),
            (iri, DCTERMS.identifier, Literal(entity_id), g)]
    return out


def _concept_quads(concept: URIRef, scheme: URIRef, g: URIRef) -> list[Quad]:
    word = vocab.concept_value(concept)
    return [(concept, RDF.type, SKOS.Concept, g), (concept, SKOS.inScheme, scheme, g),
            (concept, SKOS.notation, Literal(word), g)]


def document_quads(document: Document, events: Sequence[Event], *, extractor_version: str,
                   extracted_at: str, is_state: Callable[[str], bool] = vocab.looks_like_state_id
                   ) -> list[Quad]:
    """All quads of a document and its events, in the document's named graph.

    Raises InputError for a field that cannot become RDF (bad id, offsets, date).
    """
    sha = document.sha256
    g = doc = vocab.document_iri(sha)
    activity = vocab.activity_iri(sha)
    generated = Literal(extracted_at, datatype=XSD.dateTime)
    quads: list[Quad] = [
        (doc, RDF.type, AG.Document, g), (doc, RDF.type, PROV.Entity, g),
        (doc, AG.sha256, Literal(sha), g), (doc, DCTERMS.identifier, Literal(document.id), g),
        (activity, RDF.type, AG.ExtractionActivity, g), (activity, RDF.type, PROV.Activity, g),
        (activity, PROV.used, doc, g), (activity, PROV.wasAssociatedWith, vocab.SOFTWARE_AGENT, g),
        (activity, PROV.endedAtTime, generated, g),
        (vocab.SOFTWARE_AGENT, RDF.type, PROV.SoftwareAgent, g),
        (vocab.SOFTWARE_AGENT, RDFS.label, Literal("alliance-graph"), g),
    ]
    if document.title:
        quads.append((doc, DCTERMS.title, Literal(document.title), g))
    if document.published:
        quads.append((doc, DCTERMS.issued, vocab.date_literal(document.published), g))
    if document.url:
        quads.append((doc, DCTERMS.source, Literal(document.url, datatype=XSD.anyURI), g))
    if document.source:
        quads.append((doc, DCTERMS.publisher, Literal(document.source), g))
    version = Literal(extractor_version)
    for event in events:
        subject_is_state = is_state(event.subject_id)
        subj = vocab.entity_iri(event.subject_id, subject_is_state)
        org = vocab.org_iri(event.organization_id)
        node = vocab.event_iri(event, sha)
        ev = vocab.evidence_iri(node)
        try:
            start, end = int(event.evidence.start), int(event.evidence.end)
        except (TypeError, ValueError):
            raise InputError(f"Evidence offsets of {event.key} are not integers.") from None
        event_class, shortcut = vocab.RELATION_TERMS[event.relation]
        quads += [
            (node, RDF.type, event_class, g), (node, RDF.type, AG.MembershipEvent, g),
            (node, RDF.type, PROV.Entity, g),
            (node, AG.subject, subj, g), (node, AG.organization, org, g),
            (node, AG.subjectName, Literal(event.subject), g),
            (node, AG.organizationName, Literal(event.organization), g),
            (node, AG.relation, vocab.relation_concept(event.relation), g),
            (node, AG.claimStatus, vocab.status_concept(event.status), g),
            (node, AG.confidence, _decimal(event.confidence), g),
            (node, AG.evidence, ev, g), (node, PROV.wasDerivedFrom, doc, g),
            (node, PROV.wasGeneratedBy, activity, g), (node, PROV.generatedAtTime, generated, g),
            (node, AG.extractorVersion, version, g),
            (ev, RDF.type, AG.Evidence, g), (ev, AG.text, Literal(event.evidence.text), g),
            (ev, AG.startOffset, Literal(start), g), (ev, AG.endOffset, Literal(end), g),
            (ev, PROV.wasDerivedFrom, doc, g),
        ]
        quads += _concept_quads(vocab.relation_concept(event.relation), AG.RelationScheme, g)
        quads += _concept_quads(vocab.status_concept(event.status), AG.ClaimStatusScheme, g)
        if event.date:
            quads.append((node, AG.date, vocab.date_literal(event.date), g))
        if event.attributed_to:
            quads.append((node, AG.attributedTo, Literal(event.attributed_to), g))
        if event.status != "denied":
            quads.append((subj, shortcut, org, g))
        quads += _entity_quads(subj, event.subject, event.subject_id, subject_is_state, g)
        quads += _entity_quads(org, event.organization, event.organization_id, False, g)
    return quads


def membership_quads(states: Sequence[MembershipState], *,
                     is_state: Callable[[str], bool] = vocab.looks_like_state_id) -> list[Quad]:
    """Quads of derived membership states in :data:`vocab.DERIVED_GRAPH`."""
    g = vocab.DERIVED_GRAPH
    quads: list[Quad] = []
    for state in states:
        node = vocab.membership_iri(state)
        member = vocab.entity_iri(state.subject_id, is_state(state.subject_id))
        org = vocab.org_iri(state.organization_id)
        interval = vocab.interval_iri(node)
        quads += [
            (node, RDF.type, AG.Membership, g), (node, RDF.type, ORG.Membership, g),
            (node, ORG.member, member, g), (node, ORG.organization, org, g),
            (node, AG.membershipStatus, vocab.membership_status_concept(state.status), g),
            (node, ORG.memberDuring, interval, g), (interval, RDF.type, TIME.Interval, g),
        ]
        quads += _concept_quads(vocab.membership_status_concept(state.status),
                                AG.MembershipStatusScheme, g)
        for prop, value, suffix in ((TIME.hasBeginning, state.since, "begin"),
                                    (TIME.hasEnd, state.until, "end")):
            if value:
                instant = URIRef(f"{interval}/{suffix}")
                quads += [(interval, prop, instant, g), (instant, RDF.type, TIME.Instant, g),
                          (instant, _TIME_PROP[len(value)], vocab.date_literal(value), g)]
        for event in state.events:
            if event.doc_sha256:
                quads.append((node, PROV.wasDerivedFrom, vocab.event_iri(event), g))
        quads += _entity_quads(member, state.subject, state.subject_id, is_state(state.subject_id), g)
        quads += _entity_quads(org, state.organization, state.organization_id, False, g)
    return quads


_TIME_PROP = {4: TIME.inXSDgYear, 7: TIME.inXSDgYearMonth, 10: TIME.inXSDDate}


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


def _to_ox(quad: Quad) -> ox.Quad:
    return ox.Quad(*(_term_to_ox(t) for t in quad))


def _term_to_ox(term: Any) -> Any:
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


_EVENTS_QUERY = """
SELECT ?docid ?sha ?published ?sname ?sid ?rel ?oname ?oid ?date ?status ?attr ?conf ?text ?start ?end
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
