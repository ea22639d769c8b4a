"""Large corpora: HTML pages, a progress line, and loading extracted events back, so that
extraction can run as shards.

HTML pages (``.html``, ``.htm``) are read by :func:`parse_html_document`: the main text and
title are extracted with trafilatura (offline; paragraphs become blank-line separated), and
the publication date comes only from the page's metadata (``<meta>`` tags, JSON-LD, ``<time>``
elements), never from dates in the article text.

``alliance-graph extract --format jsonl`` prints one event a line (extraction.md) with two
added fields, ``published`` (the document's publication date) and ``doc_sha256`` (its
content hash). Shards of a corpus can be extracted anywhere (GNU parallel, Dask, Spark) and
their outputs loaded by one process with ``alliance-graph ingest --events FILE.jsonl``:
:func:`iter_event_groups` groups the lines by ``doc`` + ``doc_sha256`` and yields each group
as one document (id, hash, publication date; the body text is not in the events, so it is not
stored) with its events.

A document with no events prints no line, so it cannot be loaded this way: the store then
counts only the documents that had events.

Example:
    >>> import json, os, tempfile
    >>> line = {"doc": "a.txt", "subject": "Finland", "subject_id": "FIN", "relation": "joins",
    ...         "organization": "NATO", "organization_id": "NATO", "date": "2023-04-04",
    ...         "status": "asserted", "attributed_to": None, "confidence": 0.9,
    ...         "evidence": {"text": "Finland joined NATO.", "start": 0, "end": 20},
    ...         "published": "2023-04-05", "doc_sha256": "ab" * 32}
    >>> with tempfile.TemporaryDirectory() as d:
    ...     path = os.path.join(d, "events.jsonl")
    ...     _ = open(path, "w").write(json.dumps(line) + "\\n" + json.dumps(line) + "\\n")
    ...     [(doc.id, doc.sha256 == "ab" * 32, len(events)) for doc, events in iter_event_groups([path])]
    [('a.txt', True, 2)]
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TextIO

from alliance_graph import vocab
from alliance_graph.documents import PageSkipped, check_length, iter_lines, open_binary
from alliance_graph.errors import InputError
from alliance_graph.model import Document, Event, check_date

OnError = Callable[[str], None]
_TEXT_FIELDS = ("doc", "subject", "subject_id", "relation", "organization", "organization_id", "status")


@dataclass(frozen=True)
class LoadedDocument(Document):
    """A document known only from its events: its content hash is given, not computed.

    Example:
        >>> LoadedDocument(id="a.txt", text="", content_sha256="0" * 64).sha256 == "0" * 64
        True
    """

    content_sha256: str = ""

    @property
    def sha256(self) -> str:  # type: ignore[override]
        """The hash the events carry (that of the original document)."""
        return self.content_sha256


def parse_html_document(doc_id: str, page: bytes | str, *, published: str | None = None) -> Document:
    """Build a :class:`Document` from an HTML page: its main text, title and publication date.

    Args:
        doc_id: the document id (the path as given).
        page: the page, as bytes (the encoding is detected) or text.
        published: publication date used when the page's metadata gives none.

    Raises:
        PageSkipped: trafilatura is not installed, or finds no article text on the page.
        InputError: the text is over :data:`MAX_DOCUMENT_CHARS`.

    Examples:
        >>> html = ('<html><head><meta property="article:published_time" content="2024-02-23">'
        ...         '<title>CSTO</title></head><body><article>'
        ...         '<p>Armenia froze its participation in the CSTO on Thursday.</p></article></body></html>')
        >>> d = parse_html_document("a.html", html)
        >>> d.text, d.published
        ('Armenia froze its participation in the CSTO on Thursday.', '2024-02-23')
    """
    try:
        import trafilatura
    except ImportError as exc:
        raise PageSkipped(f"{doc_id}: cannot read HTML: trafilatura cannot be imported ({exc}).") from None
    try:
        result = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False,
                                             include_tables=False)
    except Exception as exc:  # noqa: BLE001 (a third-party parser on any page: a failure skips the page)
        raise PageSkipped(f"{doc_id}: trafilatura failed on the page ({type(exc).__name__}).") from None
    text = getattr(result, "text", None) or ""
    paragraphs = [" ".join(p.split()) for p in text.split("\n")]
    body = "\n\n".join(p for p in paragraphs if p)
    if not body:
        raise PageSkipped(f"{doc_id}: no article text found in the HTML page.")
    check_length(body, doc_id)
    date = _html_published(page)
    if date is None and published is not None:
        date = check_date(published)
    title = getattr(result, "title", None)
    url = getattr(result, "url", None)
    return Document(id=doc_id, text=body, published=date, title=" ".join(title.split()) if title else None,
                    url=url or None, source=getattr(result, "sitename", None) or None)


def _html_published(page: bytes | str) -> str | None:
    """The publication date in a page's metadata; dates in the article text are ignored."""
    import lxml.html
    from htmldate import find_date

    try:
        tree = lxml.html.fromstring(page)
    except (ValueError, lxml.etree.ParserError):
        return None
    for element in tree.iter():
        element.tail = None
        if isinstance(element.tag, str) and element.tag not in ("script", "time", "title"):
            element.text = None  # drop visible text: htmldate must not read dates from it
    try:
        found = find_date(tree, extensive_search=False, original_date=True)
    except (ValueError, TypeError):
        return None
    try:
        return check_date(found) if found else None
    except InputError:
        return None


def event_record(event: Event) -> dict[str, Any]:
    """The ``extract --format jsonl`` object of an event: the contract's fields, then
    ``published`` and ``doc_sha256`` (what :func:`iter_event_groups` needs)."""
    return {**event.to_json(), "doc_sha256": event.doc_sha256}


def _event(where: str, line: bytes | None) -> Event | None:
    if line is None:
        raise InputError(f"{where}: too long to be an event.")
    if not line.strip():
        return None
    try:
        data = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError:
        raise InputError(f"{where}: is not UTF-8 text.") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: malformed JSON ({exc.msg}).") from None
    if not isinstance(data, dict):
        raise InputError(f"{where}: expected a JSON object (an event).")
    missing = [k for k in _TEXT_FIELDS if not isinstance(data.get(k), str) or not data[k].strip()]
    if missing:
        raise InputError(f"{where}: not an event (no {', '.join(missing)}).")
    if not data.get("doc_sha256"):
        raise InputError(f"{where}: no \"doc_sha256\" (write events with `alliance-graph extract "
                         "--format jsonl`).")
    try:
        event = Event.from_json(data)
        vocab.check_sha256(event.doc_sha256 or "")
        vocab.entity_iri(event.subject_id, False)
        vocab.org_iri(event.organization_id)
        if not 0 <= event.evidence.start <= event.evidence.end:
            raise InputError(f"evidence offsets {event.evidence.start}-{event.evidence.end} are not a span.")
    except (InputError, ValueError, TypeError) as exc:
        raise InputError(f"{where}: not an event ({' '.join(str(exc).split())})") from None
    return event


def _iter_events(path: str, on_error: OnError | None) -> Iterator[Event]:
    if os.path.isdir(path):
        raise InputError(f"{path}: is a directory (give the events .jsonl files).")
    with open_binary(path) as fh:
        for number, line in enumerate(iter_lines(fh), start=1):
            try:
                event = _event(f"{path}, line {number}", line)
            except InputError as exc:
                if on_error is None:
                    raise
                on_error(str(exc))
                continue
            if event is not None:
                yield event


def iter_event_groups(paths: Sequence[str], *, on_error: OnError | None = None
                      ) -> Iterator[tuple[Document, list[Event]]]:
    """Read events files and yield one (document, events) pair per document.

    Lines are grouped by ``doc`` + ``doc_sha256`` as they come, in bounded memory: the events
    of one document must be on consecutive lines, as ``extract`` prints them (concatenating
    shard outputs keeps that). A document whose events reappear after another document's is
    reported (and those lines skipped): sort such a file by document first.

    Args:
        paths: events files (JSON Lines); every one must exist.
        on_error: when given, a malformed line is reported as ``on_error(message)`` and
            skipped; otherwise it raises.

    Raises:
        InputError: a missing file; a malformed line (without ``on_error``).
    """
    for path in paths:
        if not os.path.isfile(path):
            raise InputError(f"{path}: no such file." if not os.path.exists(path)
                             else f"{path}: is not a file (give the events .jsonl files).")
    done: set[tuple[str, str]] = set()
    key: tuple[str, str] | None = None
    group: list[Event] = []
    for path in paths:
        for event in _iter_events(path, on_error):
            this = (event.doc, event.doc_sha256 or "")
            if this != key:
                if key is not None:
                    done.add(key)
                    yield _document(key, group), group
                key, group = this, []
                if this in done:
                    message = (f"{path}: events of {event.doc!r} appear again after other documents "
                               "(sort the file by document).")
                    if on_error is None:
                        raise InputError(message)
                    on_error(message)
                    key = None
                    continue
            if key is not None:
                group.append(event)
    if key is not None and group:
        yield _document(key, group), group


def _document(key: tuple[str, str], events: list[Event]) -> Document:
    doc_id, sha = key
    published = next((e.published for e in events if e.published), None)
    return LoadedDocument(id=doc_id, text="", published=published, content_sha256=sha)


class _Counts(Protocol):
    new: int
    unchanged: int


class ProgressLine:
    """A one-line progress display (documents done, documents per second) for a terminal.

    ``update`` redraws the line at most every ``interval`` seconds; ``close`` ends it. Use it
    only when the stream is a terminal.

    Example:
        >>> import io, types
        >>> out = io.StringIO()
        >>> line = ProgressLine(out, interval=0)
        >>> line.update(types.SimpleNamespace(new=2, unchanged=1))
        >>> line.close()
        >>> out.getvalue().startswith("\\r3 documents (2 new, 1 unchanged)")
        True
    """

    def __init__(self, stream: TextIO, *, interval: float = 0.25) -> None:
        self._stream = stream
        self._interval = interval
        self._started = time.monotonic()
        self._shown: float | None = None
        self._width = 0

    def update(self, counts: _Counts, *, force: bool = False) -> None:
        """Redraw the line for the running counts."""
        now = time.monotonic()
        if not force and self._shown is not None and now - self._shown < self._interval:
            return
        self._shown = now
        done = counts.new + counts.unchanged  # ``documents`` also counts those read ahead
        rate = done / max(now - self._started, 1e-6)
        text = f"{done} documents ({counts.new} new, {counts.unchanged} unchanged), {rate:.1f} documents/s"
        self._stream.write("\r" + text.ljust(self._width))
        self._stream.flush()
        self._width = len(text)

    def close(self) -> None:
        """End the line (the next output starts on a fresh line)."""
        if self._width:
            self._stream.write("\n")
            self._stream.flush()
            self._width = 0


__all__ = ["LoadedDocument", "ProgressLine", "event_record", "iter_event_groups", "parse_html_document"]
