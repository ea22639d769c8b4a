"""Ingest plumbing for :class:`~alliance_graph.graph.AllianceGraph`: the running summary,
skipped inputs, write batches and the provenance events carry.

An ingest reads documents as a stream; :func:`batches` groups the extracted ones into write
transactions, :func:`store_batch` writes one and counts it in an :class:`IngestSummary`, and
:func:`skipper` lists what the readers skipped.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from alliance_graph.errors import InputError
from alliance_graph.model import Document, Event
from alliance_graph.store import Store

#: An ingest writes documents in batches of at most this many documents (one transaction each),
WRITE_BATCH_DOCUMENTS = 256
#: or this many events,
WRITE_BATCH_EVENTS = 4096
#: or what the extractor gave in this many seconds.
WRITE_BATCH_SECONDS = 2.0


@dataclass
class IngestSummary:
    """What one :meth:`AllianceGraph.ingest` did.

    ``documents`` read, of which ``new`` were stored and ``unchanged`` were already there (same
    content hash); ``events`` extracted from the new ones; ``skipped`` lists ``(path, reason)``
    for unreadable files below a directory and bad JSON Lines lines.
    """

    documents: int = 0
    new: int = 0
    unchanged: int = 0
    events: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)

    def __str__(self) -> str:
        noun = "document" if self.documents == 1 else "documents"
        events = "event" if self.events == 1 else "events"
        text = f"{self.documents} {noun}: {self.new} new, {self.unchanged} unchanged; {self.events} {events}"
        if self.skipped:
            text += f"; {len(self.skipped)} skipped"
        return text

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {"documents": self.documents, "new": self.new, "unchanged": self.unchanged,
                "events": self.events, "skipped": [{"path": p, "reason": r} for p, r in self.skipped]}


def skipper(summary: IngestSummary, on_skip: Callable[[str, str], None] | None) -> Callable[[str], None]:
    """An ``on_error`` for documents.py that lists the skipped item in the summary and tells on_skip."""
    def skip(message: str) -> None:
        item = (_skip_path(message), message)
        summary.skipped.append(item)
        if on_skip is not None:
            on_skip(*item)

    return skip


def _skip_path(message: str) -> str:
    """The path a documents.py error message starts with ("path: reason" / "path, line n: ...")."""
    head = message.split(": ", 1)[0]
    return head.split(", line ", 1)[0]


def check_jobs(jobs: int) -> None:
    """InputError unless ``jobs`` (``--jobs``) is at least 1."""
    if jobs < 1:
        raise InputError(f"--jobs must be at least 1, got {jobs}.")


def chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Lists of ``size`` consecutive items (the last one shorter)."""
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def batches(pairs: Iterable[tuple[Document, list[Event]]]) -> Iterator[list[tuple[Document, list[Event]]]]:
    """Write batches: up to :data:`WRITE_BATCH_DOCUMENTS` documents or
    :data:`WRITE_BATCH_EVENTS` events, or what came in :data:`WRITE_BATCH_SECONDS` (a slow
    extractor still commits often, so an interrupted ingest loses little work)."""
    batch: list[tuple[Document, list[Event]]] = []
    events = 0
    began = time.monotonic()
    try:
        for doc, evs in pairs:
            if not batch:
                began = time.monotonic()
            batch.append((doc, evs))
            events += len(evs)
            if (len(batch) >= WRITE_BATCH_DOCUMENTS or events >= WRITE_BATCH_EVENTS
                    or time.monotonic() - began >= WRITE_BATCH_SECONDS):
                yield batch
                batch, events = [], 0
    except BaseException:
        # interrupted (Ctrl-C, a failing extractor): what was extracted is still written, so a
        # resumed ingest starts after it
        if batch:
            yield batch
        raise
    if batch:
        yield batch


def store_batch(store: Store, batch: list[tuple[Document, list[Event]]], version: str, summary: IngestSummary,
                on_progress: Callable[[IngestSummary], None] | None) -> None:
    """Write a batch of documents (one transaction) and count each as new or unchanged.

    When a document of the batch cannot become RDF, the batch is written one document at a
    time instead, so the documents before it are stored and counted and the error is raised
    at that document, as without batching.
    """
    try:
        flags = store.add_documents(batch, extractor_version=version)
    except InputError:
        flags = None
    for i, (doc, events) in enumerate(batch):
        written = flags[i] if flags is not None else store.add_document(doc, events, extractor_version=version)
        if written:
            summary.new += 1
            summary.events += len(events)
        else:
            summary.unchanged += 1
        if on_progress is not None:
            on_progress(summary)


def with_provenance(doc: Document, events: Iterable[Event]) -> list[Event]:
    """Events with their document's publication date and content hash filled in."""
    out = []
    for e in events:
        changes: dict[str, Any] = {}
        if e.published is None and doc.published is not None:
            changes["published"] = doc.published
        if e.doc_sha256 is None:
            changes["doc_sha256"] = doc.sha256
        out.append(e.with_changes(**changes) if changes else e)
    return out
