"""``AllianceGraph``: the Python API that the CLI is a thin layer over.

An :class:`AllianceGraph` pairs a :class:`~alliance_graph.store.Store` with an extractor and the
registry. It ingests documents (extract, store, re-derive memberships) and answers questions
(members, memberships, timeline, explain, SPARQL, export, stats) from the stored events.

The extractor is built on first use, so opening a graph to ask a question never imports spaCy.

Example:
    >>> from alliance_graph.model import Evidence
    >>> class Fake:
    ...     version = "fake"
    ...     def extract(self, doc):
    ...         return [Event(doc.id, "Finland", "FIN", "joins", "NATO", "NATO", "2023-04-04",
    ...                       "asserted", None, 0.9, Evidence(doc.text, 0, len(doc.text)))]
    ...     def extract_many(self, docs, **kw):
    ...         return ((d, self.extract(d)) for d in docs)
    >>> with AllianceGraph.open("memory", extractor=Fake()) as g:
    ...     s = g.ingest_text("Finland joined NATO on 4 April 2023.", doc_id="a.txt")
    ...     (s.new, s.events), [(r.name, r.since) for r in g.members("nato", as_of="2024")]
    ((1, 1), [('Finland', '2023-04-04')])
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TextIO

from alliance_graph import export as _export
from alliance_graph import network
from alliance_graph.documents import parse_text_document, read_documents
from alliance_graph.errors import InputError, StoreError, UnknownNameError
from alliance_graph.files import replacing
from alliance_graph.ingesting import IngestSummary, batches, check_jobs, chunks, skipper, store_batch, with_provenance
from alliance_graph.membership import as_of_day, derive_memberships, fold_key
from alliance_graph.model import Document, Event, MembershipState
from alliance_graph.network import Explanation, MemberRow, MembershipRow
from alliance_graph.registry import Entity, Registry, default_registry
from alliance_graph.sparql import QueryResult
from alliance_graph.store import Store, is_directory_spec
from alliance_graph.vocab import looks_like_state_id

if TYPE_CHECKING:

    import networkx as nx

    from alliance_graph.evaluate import Report

#: The extractor version recorded for events loaded with :meth:`AllianceGraph.ingest_events`.
LOADED_EVENTS_VERSION = "events loaded from extract --format jsonl"
#: Pending (member, organisation) pairs re-derived at a time after an ingest.
DERIVE_CHUNK = 256
#: Formats :meth:`AllianceGraph.export` writes.
EXPORT_FORMATS: tuple[str, ...] = ("graphml", "turtle", "nt", "jsonld", "csv", "trig", "nquads")


class ExtractorLike(Protocol):
    """What :class:`AllianceGraph` needs from an extractor (``alliance_graph.extract.Extractor``)."""

    version: str

    def extract(self, document: Document) -> list[Event]: ...

    def extract_many(self, documents: Iterable[Document], *, n_process: int = 1,
                     batch_size: int = 16) -> Iterator[tuple[Document, list[Event]]]: ...


def default_extractor() -> ExtractorLike:
    """Build the real spaCy extractor (imports spaCy; the model loads on first use)."""
    from alliance_graph.extract import Extractor

    return Extractor()


class AllianceGraph:
    """A knowledge graph of international organisations and their members.

    Args:
        store: an open :class:`Store`, or None for a graph that only extracts (``extract``,
            ``evaluate``); the other methods then raise :class:`StoreError`.
        extractor: an object with ``version``, ``extract`` and ``extract_many`` (default: the
            spaCy :class:`~alliance_graph.extract.Extractor`, built on first use).
        registry: the name registry (default: the packaged one).

    Use :meth:`open` to open a store by name; close the graph (or use it as a context manager)
    to release the store.
    """

    def __init__(self, store: Store | None, *, extractor: ExtractorLike | None = None,
                 registry: Registry | None = None) -> None:
        self._store = store
        self._extractor = extractor
        self.registry = registry or default_registry()
        self._projection: nx.MultiDiGraph | None = None

    @classmethod
    def open(cls, store: str = "./alliance-graph.db", *, update_url: str | None = None,
             read_only: bool = False, create: bool = True, extractor: ExtractorLike | None = None,
             registry: Registry | None = None) -> "AllianceGraph":
        """Open a store (a directory, ``"memory"`` or an ``http(s)://`` endpoint) as a graph.

        With ``create=False`` a store directory that does not exist yet is an error instead of
        being created (for questions, which should not leave an empty store behind).

        Raises StoreError when the store cannot be opened (locked, not a store, missing when
        ``read_only`` or not ``create``).
        """
        registry = registry or default_registry()
        if not create and is_directory_spec(store) and not Path(store).exists():
            raise StoreError(f"No store at {store}: ingest some documents first.")
        opened = Store.open(store, update_url=update_url, read_only=read_only,
                            is_state=_is_state_function(registry))
        return cls(opened, extractor=extractor, registry=registry)

    def close(self) -> None:
        """Release the store. Closing twice is harmless."""
        if self._store is not None:
            self._store.close()
            self._store = None
        self._projection = None

    def __enter__(self) -> "AllianceGraph":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def store(self) -> Store:
        """The underlying store; StoreError when the graph has none (or is closed)."""
        if self._store is None:
            raise StoreError("This graph has no open store.")
        return self._store

    @property
    def extractor(self) -> ExtractorLike:
        """The extractor, built on first use."""
        if self._extractor is None:
            self._extractor = default_extractor()
        return self._extractor

    # ------------------------------------------------------------------ writing
    def ingest(self, paths: Sequence[str], *, published: str | None = None, stdin: TextIO | None = None,
               on_skip: Callable[[str, str], None] | None = None, jobs: int = 1, batch_size: int = 32,
               on_progress: Callable[[IngestSummary], None] | None = None) -> IngestSummary:
        """Extract events from documents and store them; idempotent per document content.

        Every path is checked before anything is written (a bad command line writes nothing);
        documents are then read, extracted and written as a stream, in bounded memory, each
        with all its events in one transaction: an interrupted ingest leaves every document
        complete or absent, and a rerun stores the rest (a stored content hash is
        ``unchanged``, not extracted again). Derived memberships are recomputed at the end of
        every ingest that read a document, also after a failure and on a rerun.

        Args:
            paths: files, directories or ``-`` (standard input), as for
                :func:`~alliance_graph.documents.read_documents`.
            published: publication date for documents that give none.
            stdin: the stream ``-`` reads.
            on_skip: called with ``(path, reason)`` for each unreadable file below a directory,
                bad JSONL line or HTML page without text (they are also listed in the summary).
            jobs: processes that parse in parallel (spaCy ``n_process``).
            batch_size: documents handed to the parser at a time.
            on_progress: called with the running summary after each document.

        Raises:
            InputError: a missing path, unreadable file or malformed date.
            StoreError: the store is read-only or cannot be written.
        """
        summary = IngestSummary()
        documents = read_documents(paths, published=published, stdin=stdin,
                                   on_error=skipper(summary, on_skip))
        return self._ingest_documents(documents, summary, jobs=jobs, batch_size=batch_size,
                                      on_progress=on_progress)

    def ingest_text(self, text: str, *, doc_id: str = "-", published: str | None = None) -> IngestSummary:
        """Ingest one text (with an optional header block) as a document named ``doc_id``."""
        document = parse_text_document(doc_id, text, published=published)
        return self._ingest_documents([document], IngestSummary())

    def ingest_events(self, paths: Sequence[str], *, on_skip: Callable[[str, str], None] | None = None,
                      on_progress: Callable[[IngestSummary], None] | None = None) -> IngestSummary:
        """Store events printed by ``extract --format jsonl`` (e.g. by extraction shards).

        The lines are grouped by ``doc`` + ``doc_sha256`` (see
        :func:`~alliance_graph.corpus.iter_event_groups`) and each group is stored as one
        document with that id, hash and publication date, exactly as :meth:`ingest` would have
        stored it minus the title and URL; a hash already stored (by either path) is
        ``unchanged``. Malformed lines are skipped and reported through ``on_skip``.

        Raises InputError for a missing file, StoreError for a store that cannot be written.
        """
        from alliance_graph.corpus import iter_event_groups

        store = self._writable_store()
        summary = IngestSummary()
        groups = iter_event_groups(paths, on_error=skipper(summary, on_skip))
        def counted() -> Iterator[tuple[Document, list[Event]]]:
            for group in groups:
                summary.documents += 1
                yield group

        self._prepare_derivation()
        try:
            for batch in batches(counted()):
                store_batch(store, batch, LOADED_EVENTS_VERSION, summary, on_progress)
        finally:
            self._rederive(summary)
        return summary

    def _writable_store(self) -> Store:
        store = self.store
        if store.read_only:
            raise StoreError(f"The store {store.spec} is open read-only.")
        return store

    def rebuild_memberships(self) -> None:
        """Derive every membership again from all stored events (the derived graph is dropped
        first). Ingest calls it by itself when the derived graph is missing or was written by
        an older version; otherwise an ingest re-derives only the pairs its events touch."""
        self._writable_store().reset_memberships()
        self._derive_pending()

    def _prepare_derivation(self) -> None:
        """Before an ingest: mark every pair pending when the derived graph needs a rebuild."""
        store = self._writable_store()
        if store.derived_outdated():
            store.reset_memberships()

    def _rederive(self, summary: IngestSummary) -> None:
        """After an ingest that read anything: re-derive the pending pairs (those of the events
        just stored, and of an earlier ingest that was interrupted)."""
        if summary.documents:
            self._derive_pending()

    def _derive_pending(self) -> None:
        """Re-derive the memberships of every pending (member, organisation) pair, reading and
        writing :data:`DERIVE_CHUNK` pairs at a time (memory stays bounded), then clear the marks."""
        store = self.store
        self._projection = None
        pairs = store.pending_pairs()
        for chunk in chunks(pairs, DERIVE_CHUNK):
            store.update_memberships(chunk, derive_memberships(store.pair_events(chunk)))
        if pairs:
            store.settle_memberships(pairs)

    def _ingest_documents(self, documents: Iterable[Document], summary: IngestSummary, *, jobs: int = 1,
                          batch_size: int = 32, on_progress: Callable[[IngestSummary], None] | None = None
                          ) -> IngestSummary:
        store = self._writable_store()
        check_jobs(jobs)
        seen: set[str] = set()

        def fresh() -> Iterator[Document]:
            for chunk in chunks(documents, 64):
                stored = store.stored_documents(doc.sha256 for doc in chunk)
                for doc in chunk:
                    summary.documents += 1
                    if doc.sha256 in seen or doc.sha256 in stored:
                        summary.unchanged += 1
                        if on_progress is not None:
                            on_progress(summary)
                        continue
                    seen.add(doc.sha256)
                    yield doc

        self._prepare_derivation()
        try:
            stream = fresh()
            first = next(stream, None)
            if first is None:  # nothing new: do not build the extractor
                return summary
            extractor = self.extractor
            pairs = extractor.extract_many(itertools.chain([first], stream), n_process=jobs, batch_size=batch_size)
            for batch in batches((doc, with_provenance(doc, events)) for doc, events in pairs):
                store_batch(store, batch, extractor.version, summary, on_progress)
        finally:
            self._rederive(summary)
        return summary

    # ------------------------------------------------------------------ extraction only
    def extract(self, paths: Sequence[str], *, published: str | None = None, stdin: TextIO | None = None,
                on_skip: Callable[[str, str], None] | None = None, jobs: int = 1,
                batch_size: int = 32) -> Iterator[Event]:
        """Extract events from documents without storing them, lazily, document by document.

        Events carry ``published`` and ``doc_sha256`` (:func:`~alliance_graph.corpus.event_record`
        prints them for :meth:`ingest_events`). Raises InputError as :meth:`ingest`; with
        ``on_skip``, what :meth:`ingest` would skip is reported and skipped.
        """
        summary = IngestSummary()
        documents = read_documents(paths, published=published, stdin=stdin,
                                   on_error=None if on_skip is None else skipper(summary, on_skip))
        check_jobs(jobs)
        return self._extract_stream(documents, jobs=jobs, batch_size=batch_size)

    def _extract_stream(self, documents: Iterable[Document], *, jobs: int, batch_size: int) -> Iterator[Event]:
        for doc, events in self.extractor.extract_many(documents, n_process=jobs, batch_size=batch_size):
            yield from with_provenance(doc, events)

    def evaluate(self, gold: str, paths: Sequence[str], *, distractors: Iterable[str] | None = None,
                 published: str | None = None) -> "Report":
        """Extract ``paths`` and score the events against the gold file ``gold``.

        Documents listed in ``distractors`` (plus those named in ``distractors*.txt`` files next
        to the gold file: one document a line, ``#`` comments) count as distractors.
        """
        from alliance_graph.evaluate import evaluate, load_gold

        gold_events = load_gold(gold)
        documents = list(read_documents(paths, published=published))
        predicted = list(self._extract_stream(documents, jobs=1, batch_size=16))
        named = set(distractors or ()) | distractors_next_to(gold)
        return evaluate(gold_events, predicted, documents=[d.id for d in documents], distractors=named)

    # ------------------------------------------------------------------ questions
    def projection(self) -> "nx.MultiDiGraph":
        """The networkx projection of the stored events (cached until the next ingest)."""
        if self._projection is None:
            self._projection = network.build_graph(self.store.events())
        return self._projection

    def _projection_of(self, *, subject_id: str | None = None, organization_id: str | None = None) -> "nx.MultiDiGraph":
        """The projection of only the events one question needs (the whole one when cached):
        a member's or an organisation's events are a small part of a large store."""
        if self._projection is not None:
            return self._projection
        return network.build_graph(self.store.events(subject_id=subject_id, organization_id=organization_id))

    def resolve(self, name: str, kind: str | None = None) -> Entity:
        """The registry entity a name means; UnknownNameError (with close names) when none."""
        return self.registry.resolve(name, kind=kind)

    def members(self, org: str, *, as_of: str | None = None, include_all: bool = False) -> list[MemberRow]:
        """The members of an organisation on a date (default today).

        ``include_all`` adds suspended, withdrawn, expelled, applicant, candidate, observer
        and partner standings. Raises UnknownNameError or InputError (malformed date).
        """
        day = as_of_day(as_of)
        entity = self.resolve(org, kind="organisation")
        states = self._derived_states(day, organization_id=entity.id)
        if states is not None:
            return network.member_rows(((s.subject, s) for s in states), include_all=include_all)
        return network.members(self._projection_of(organization_id=entity.id), entity.id, as_of=day,
                               include_all=include_all)

    def memberships(self, state: str, *, as_of: str | None = None, include_all: bool = True) -> list[MembershipRow]:
        """The organisations a state (or an organisation, e.g. the African Union) belongs to."""
        day = as_of_day(as_of)
        entity = self.registry.resolve_member(state)
        states = self._derived_states(day, member_id=entity.id)
        if states is not None:
            return network.membership_rows(((s.organization, s) for s in states), include_all=include_all)
        return network.memberships(self._projection_of(subject_id=entity.id), entity.id, as_of=day,
                                   include_all=include_all)

    def _derived_states(self, day: str, *, organization_id: str | None = None,
                        member_id: str | None = None) -> list[MembershipState] | None:
        """The membership states of an organisation (a member) holding on ``day``, from the
        store's derived graph (one bound query, ~30-60 ms at 1.2M quads, instead of reading every
        event of the organisation into a projection), their events in the order the fold met
        them; None when the projection answers instead: it is cached, the derived graph is
        not up to date, or an entity is its own member (its name would come from other events)."""
        if self._projection is not None:
            return None
        states = self.store.memberships_on(day, organization_id=organization_id, member_id=member_id)
        if states is None or any(s.subject_id == s.organization_id for s in states):
            return None
        return [replace(s, events=tuple(sorted(s.events, key=fold_key))) for s in states]

    def timeline(self, name: str) -> list[Event]:
        """Every stored event of a state or an organisation, dated ones in date order."""
        entity = self.resolve(name)
        if self._projection is not None:
            return network.timeline(self._projection, entity.id)
        events = self.store.events(subject_id=entity.id) + self.store.events(organization_id=entity.id)
        return network.timeline(network.build_graph(events), entity.id)

    def explain(self, state: str, org: str) -> Explanation:
        """The membership history of a pair with the evidence behind each step."""
        member = self.registry.resolve_member(state)
        organisation = self.resolve(org, kind="organisation")
        x = network.explain(self._projection_of(subject_id=member.id, organization_id=organisation.id),
                            member.id, organisation.id)
        if x.subject == x.subject_id or x.organization == x.organization_id:  # no events: use names
            x = Explanation(member.name, member.id, organisation.name, organisation.id, x.states, x.history)
        return x

    def sparql(self, query: str, *, bindings: Mapping[str, Any] | None = None,
               iri_bindings: Mapping[str, str] | None = None) -> QueryResult:
        """Run a read-only SPARQL query over all graphs; QueryError for updates or bad syntax."""
        return self.store.query(query, bindings=bindings, iri_bindings=iri_bindings)

    def stats(self) -> dict[str, int]:
        """Counts of documents, events, states, organisations and triples."""
        return self.store.stats()

    def export(self, out: str, *, fmt: str | None = None, orgs: Sequence[str] = (),
               states: Sequence[str] = (), as_of: str | None = None, memberships: bool = False) -> str:
        """Write the graph to ``out`` and return the format used.

        ``fmt`` is one of :data:`EXPORT_FORMATS` (default: from the extension). ``graphml``
        writes the networkx projection (events and membership intervals as edges), ``csv`` one
        row per event, the others the RDF. The file is written whole or not at all.
        ``orgs``, ``states`` and ``as_of`` restrict it to those entities and that date, and
        ``memberships`` writes one CSV row per membership interval
        (:func:`alliance_graph.export.export_selection`).
        """
        fmt = (fmt or _export.format_from_extension(out)).lower()
        if fmt not in EXPORT_FORMATS:
            raise InputError(f"Unknown export format {fmt!r}: expected one of {', '.join(EXPORT_FORMATS)}.")
        with replacing(out, prefix=".export-") as tmp:
            if orgs or states or as_of is not None or memberships:
                _export.export_selection(self, tmp, fmt, orgs=orgs, states=states, as_of=as_of,
                                         memberships=memberships)
            elif fmt == "graphml":
                network.write_graphml(self.projection(), tmp)
            elif fmt == "csv":
                _export.export_csv(self.store.events(), tmp)
            else:
                _export.export_rdf(self.store, tmp, fmt)
        return fmt


def _is_state_function(registry: Registry) -> Callable[[str], bool]:
    def is_state(entity_id: str) -> bool:
        try:
            return registry.get(entity_id).is_state
        except UnknownNameError:
            return looks_like_state_id(entity_id)

    return is_state


def distractors_next_to(gold: str) -> set[str]:
    """Document names listed in ``distractors*.txt`` files in the gold file's directory."""
    names: set[str] = set()
    folder = Path(gold).parent
    for path in sorted(folder.glob("distractors*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                names.add(line)
    return names


__all__ = ["AllianceGraph", "EXPORT_FORMATS", "ExtractorLike", "IngestSummary", "distractors_next_to"]
