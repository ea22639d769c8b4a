"""The RDF store: embedded Oxigraph on disk, in memory, or a remote SPARQL 1.1 server.

Each document lives in its own named graph (IRI = ``vocab.document_iri(sha256)``) together
with its events, their evidence and provenance; derived membership states live in the
named graph ``vocab.DERIVED_GRAPH``. Nothing is written to the default graph, and user
queries see the union of all graphs.

Writes are one transaction each: a document and all its events are built as a list of quads
first, then written with one atomic ``pyoxigraph.Store.extend`` (embedded) or one SPARQL
``INSERT DATA`` request (remote), so a failure leaves nothing of that document behind. The
remote side (HTTP, explicit graphs, bindings) lives in :mod:`alliance_graph.remote`, the
derived membership graph in :mod:`alliance_graph.store_derived`, and the fixed queries and
their row readers in :mod:`alliance_graph.store_queries`.

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
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Dataset, Graph, Literal, URIRef

from alliance_graph import vocab
from alliance_graph.errors import InputError, QueryError, StoreError
from alliance_graph.model import Document, Event
from alliance_graph.rdf import (  # the builders stay importable from here, as before the split
    canonical, document_quads, from_ox, graphs_text, init_bindings, iri_node, membership_quads, ox_terms,
    pending_quads, plain, term_to_ox, to_ox,
)
from alliance_graph.remote import RemoteEndpoint, redact
from alliance_graph.sparql import QueryResult, check_query
from alliance_graph.store_derived import WRITE_CHUNK, DerivedMemberships
from alliance_graph.store_queries import DOCUMENTS_QUERY, EVENTS_QUERY, STATS_QUERY, events_of

#: The ``spec`` of an in-memory store; ``http(s)://`` specs are SPARQL endpoints.
MEMORY_SPEC = "memory"
_ENDPOINT_SCHEMES = ("http://", "https://")


def is_directory_spec(spec: str) -> bool:
    """Whether a store ``spec`` names a directory (not ``"memory"``, not an endpoint)."""
    return spec != MEMORY_SPEC and not spec.startswith(_ENDPOINT_SCHEMES)


Quad = tuple[Any, Any, Any, URIRef]
#: Quads written between two flushes of Oxigraph's buffers (RocksDB memtables): without them,
#: memory grows ~60-90 MiB per 1,000 small documents until RocksDB flushes by itself.
FLUSH_EVERY = 200_000
_SERIAL_FORMATS = {"turtle": "turtle", "ttl": "turtle", "nt": "nt", "ntriples": "nt",
                   "jsonld": "json-ld", "json-ld": "json-ld", "trig": "trig", "nquads": "nquads"}


class Store(DerivedMemberships):
    """An alliance-graph RDF store. Open it with :meth:`Store.open`; use it as a context manager.

    The methods of the derived membership graph come from
    :class:`~alliance_graph.store_derived.DerivedMemberships`.
    """

    def __init__(self, dataset: Dataset | None, *, ox_store: ox.Store | None = None,
                 remote: RemoteEndpoint | None = None, read_only: bool = False,
                 is_state: Callable[[str], bool] | None = None, spec: str = "memory") -> None:
        self._dataset: Dataset | None = dataset
        self._ox = ox_store
        self._remote = remote
        self.read_only = read_only
        self.spec = spec
        self._is_state = is_state or vocab.looks_like_state_id
        self._unflushed = 0  # quads written since the last flush
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
        if spec == MEMORY_SPEC:
            return cls._from_ox(ox.Store(), read_only=read_only, is_state=is_state, spec=spec)
        if spec.startswith(_ENDPOINT_SCHEMES):
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
        return sha256 in self.stored_documents([sha256])

    def stored_documents(self, hashes: Iterable[str]) -> set[str]:
        """The content hashes among ``hashes`` whose documents are stored (embedded: an index
        lookup each, no SPARQL; remote: one bound query each)."""
        found: set[str] = set()
        t = ox_terms()
        for sha in dict.fromkeys(hashes):
            doc = vocab.document_iri(sha)
            if self._ox is not None:
                node = iri_node(str(doc))
                if next(self._ox.quads_for_pattern(node, t.type, t.document, node), None) is not None:
                    found.add(sha)
            elif self._select("SELECT ?d WHERE { GRAPH ?g { ?d a ag:Document } } LIMIT 1", d=doc):
                found.add(sha)
        return found

    def add_document(self, document: Document, events: Sequence[Event], *, extractor_version: str,
                     extracted_at: str | None = None) -> bool:
        """Write a document and its events in one transaction into the document's named graph.

        Returns False (writing nothing) when a document with the same sha256 is already stored.
        """
        return self.add_documents([(document, events)], extractor_version=extractor_version,
                                  extracted_at=extracted_at)[0]

    def add_documents(self, items: Iterable[tuple[Document, Sequence[Event]]], *, extractor_version: str,
                      extracted_at: str | None = None) -> list[bool]:
        """Write documents and their events, each into its named graph, in one transaction.

        Returns, per item, whether it was written: False for a content hash already stored or
        met earlier in ``items``. The (member, organisation) pairs of the new events are marked
        pending in the same transaction (see :meth:`pending_pairs`). All or nothing: a document
        that cannot become RDF raises InputError and nothing of the batch is written.
        """
        self._check_writable()
        items = list(items)
        when = extracted_at or datetime.datetime.now(datetime.timezone.utc).replace(
            microsecond=0).isoformat()
        seen = self.stored_documents(doc.sha256 for doc, _ in items)
        flags: list[bool] = []
        quads: list[ox.Quad] = []
        written: list[Event] = []
        for doc, events in items:
            if doc.sha256 in seen:
                flags.append(False)
                continue
            quads += document_quads(doc, events, extractor_version=extractor_version,
                                    extracted_at=when, is_state=self._is_state)
            seen.add(doc.sha256)
            written += events
            flags.append(True)
        if quads:
            quads += pending_quads(written, is_state=self._is_state)
            self._insert(list(dict.fromkeys(quads)))
        return flags

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"The store {self.spec} is open read-only.")

    def _insert(self, quads: Sequence[Any]) -> None:
        if self._ox is not None:
            try:
                self._ox.extend(to_ox(q) for q in quads)
                self._unflushed += len(quads)
                if self._unflushed >= FLUSH_EVERY:  # RocksDB's write buffers grow until flushed
                    self._unflushed = 0
                    self._ox.flush()
            except (OSError, TypeError, ValueError) as exc:  # a term Oxigraph rejects
                raise StoreError(f"Cannot write to store {self.spec}: {' '.join(str(exc).split())}") from None
            return
        self._update(f"INSERT DATA {{ {graphs_text(quads)} }}")

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
                                       substitutions={ox.Variable(k): term_to_ox(v) for k, v in bindings.items()})
            names = [v.value for v in solutions.variables]
            convert = from_ox if rdf_terms else plain
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
        return events_of(self._select(EVENTS_QUERY, **bindings))

    def documents(self) -> list[dict[str, Any]]:
        """Stored documents: id, sha256, title, published, url, n_events (sorted by id)."""
        rows = self._select(DOCUMENTS_QUERY)
        keys = ("id", "sha256", "title", "published", "url", "n_events")
        out = [{k: (None if v is None else str(v)) for k, v in zip(keys, row)} for row in rows]
        for doc in out:
            doc["n_events"] = int(doc["n_events"] or 0)
        return out

    def stats(self) -> dict[str, int]:
        """Counts of documents, events, states, organisations and triples (quads)."""
        (row,) = self._select(STATS_QUERY)
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
        init = init_bindings(bindings, iri_bindings)
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
            yield (s, p, canonical(o), g)

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


__all__ = ["FLUSH_EVERY", "MEMORY_SPEC", "Quad", "Store", "WRITE_CHUNK", "document_quads", "is_directory_spec",
           "membership_quads", "pending_quads"]
