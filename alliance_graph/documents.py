"""Reading input documents: ``.txt`` files with a header block, ``.jsonl`` corpora, HTML pages,
directories and stdin (extraction.md, "Input documents").

Text files
    UTF-8 (a byte-order mark is dropped; newlines are normalised to ``\\n``). A file may begin
    with a header block of ``Key: value`` lines ended by a blank line. Known keys (any case):
    ``Title``, ``Published``, ``Source``, ``URL``; other keys are kept, lower-cased, in
    ``Document.metadata``. The first paragraph is a header only when *every* line of it is a
    ``Key: value`` line and at least one key is a known one, so a title line followed by a blank
    line stays body text. The body starts at the first non-blank line after the header, and
    evidence offsets count from there. Without a header the body is the whole text.
``Published``
    ``YYYY-MM-DD`` (also ``YYYY-MM``/``YYYY``) or a full ISO datetime, of which the date part
    is kept. The ``published=`` argument applies only where the document gives none.
JSON Lines
    One article a line: ``id`` and ``text`` required; ``published``, ``title``, ``url``,
    ``source`` optional; other scalar fields go to ``metadata``. Blank lines are skipped; an id
    seen twice in one file is an error. Read line by line, so a corpus of any size is read in
    bounded memory.
HTML pages (``.html``, ``.htm``)
    Read by :func:`alliance_graph.corpus.parse_html_document` (trafilatura). A page without
    article text, or trafilatura missing, is *skipped* with a reason when the caller collects
    problems (``on_error``), even when named explicitly.
Directories
    Every ``.txt``, ``.jsonl``, ``.html`` and ``.htm`` file below, recursively, sorted by path;
    hidden files and directories (names starting with ``.``) are skipped. ``doc.id`` is
    ``os.path.join(given_dir, relative_path)``.
``-``
    Standard input, read as a text document whose id is ``-``.
Size limits
    A document's text may have at most :data:`MAX_DOCUMENT_CHARS` characters (spaCy's own
    limit), and a ``.txt``/``.html`` file or a JSONL line at most :data:`MAX_FILE_BYTES` bytes;
    larger ones are refused before they are read whole, with a message saying to split them.

Every problem is an :class:`~alliance_graph.errors.InputError` with a one-line message naming
the path (and line number for JSONL).
"""

from __future__ import annotations

import datetime
import json
import os
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO, TextIO

from alliance_graph.errors import InputError
from alliance_graph.model import Document, check_date

#: File extensions read as documents (lower case).
DOCUMENT_EXTENSIONS: tuple[str, ...] = (".txt", ".jsonl", ".html", ".htm")
HTML_EXTENSIONS: tuple[str, ...] = (".html", ".htm")
#: Longest document text accepted, in characters (spaCy's default ``nlp.max_length``).
MAX_DOCUMENT_CHARS = 1_000_000
#: Largest ``.txt``/``.html`` file, stdin text or JSONL line accepted, in bytes.
MAX_FILE_BYTES = 8_000_000

_KNOWN_KEYS = ("title", "published", "source", "url")
_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9_-]*(?: [A-Za-z0-9_-]+){0,2})[ \t]*:[ \t]*(.*?)\s*$")

OnError = Callable[[str], None]


class PageSkipped(InputError):
    """An HTML page with no article text (or no HTML reader installed): skipped, not fatal."""


def parse_published(value: str, *, where: str) -> str:
    """Read a publication date: a partial ISO date or a full ISO datetime (date part kept).

    Args:
        value: the text of the ``Published`` header or JSONL field.
        where: names the file (and line) in the error message.

    Raises:
        InputError: the value is not a date.

    Examples:
        >>> parse_published("2024-02-23T09:30:00Z", where="a.txt")
        '2024-02-23'
        >>> parse_published("23 Feb 2024", where="a.txt")
        Traceback (most recent call last):
        ...
        alliance_graph.errors.InputError: a.txt: unreadable Published date '23 Feb 2024' (expected YYYY-MM-DD).
    """
    text = value.strip() if isinstance(value, str) else ""
    try:
        return check_date(text) or ""
    except InputError:
        pass
    try:
        return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        raise InputError(f"{where}: unreadable Published date {value!r} (expected YYYY-MM-DD).") from None


def _split_header(raw: str) -> tuple[list[tuple[str, str]], str]:
    """(header pairs, body); no header gives ([], raw)."""
    end = raw.find("\n\n")
    if end < 0:
        end = len(raw.rstrip("\n"))  # a file of header lines only has an empty body
    block = raw[:end].split("\n")
    pairs = []
    for line in block:
        m = _HEADER_LINE.match(line)
        if not m:
            return [], raw
        pairs.append((m.group(1), m.group(2)))
    if not any(k.lower() in _KNOWN_KEYS for k, _ in pairs):
        return [], raw
    body = raw[end + 2:] if end + 2 <= len(raw) else ""
    stripped = body.lstrip("\n")
    # drop whitespace-only lines between the header and the body
    while True:
        nl = stripped.find("\n")
        if nl >= 0 and not stripped[:nl].strip():
            stripped = stripped[nl + 1:]
        else:
            break
    return pairs, stripped


def check_length(text: str, where: str) -> None:
    """Raise InputError when a document text is over :data:`MAX_DOCUMENT_CHARS`."""
    if len(text) > MAX_DOCUMENT_CHARS:
        raise InputError(f"{where}: too long ({len(text):,} characters; the limit is "
                         f"{MAX_DOCUMENT_CHARS:,} a document): split it into articles.")


def parse_text_document(doc_id: str, raw: str, *, published: str | None = None) -> Document:
    """Build a :class:`Document` from the text of a ``.txt`` file.

    Args:
        doc_id: the document id (the path as given).
        raw: the decoded file content.
        published: publication date used when the header gives none.

    Raises:
        InputError: unreadable ``Published`` value, an empty body, or a body over
            :data:`MAX_DOCUMENT_CHARS`.

    Examples:
        >>> d = parse_text_document("a.txt", "Title: CSTO\\nPublished: 2024-02-23\\n\\nArmenia froze it.")
        >>> d.title, d.published, d.text
        ('CSTO', '2024-02-23', 'Armenia froze it.')
        >>> parse_text_document("b.txt", "A headline\\n\\nBody.").text
        'A headline\\n\\nBody.'
    """
    text = raw.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    pairs, body = _split_header(text)
    fields: dict[str, str] = {}
    metadata: list[tuple[str, str]] = []
    for key, value in pairs:
        low = key.lower()
        if low in _KNOWN_KEYS and low not in fields:
            fields[low] = value
        else:
            metadata.append((low, value))
    date = parse_published(fields["published"], where=doc_id) if fields.get("published") else None
    if date is None and published is not None:
        date = check_date(published)
    if not body.strip():
        raise InputError(f"{doc_id}: the document is empty.")
    check_length(body, doc_id)
    return Document(
        id=doc_id,
        text=body,
        published=date,
        title=fields.get("title") or None,
        url=fields.get("url") or None,
        source=fields.get("source") or None,
        metadata=tuple(metadata),
    )


def _decode(data: bytes, where: str) -> str:
    if b"\x00" in data:
        raise InputError(f"{where}: is a binary file, not text.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{where}: is not UTF-8 text (bad byte at offset {exc.start}).") from None


def _open_error(path: str, exc: OSError) -> InputError:
    if isinstance(exc, FileNotFoundError):
        return InputError(f"{path}: no such file or directory.")
    return InputError(f"{path}: cannot be read ({exc.strerror or exc}).")


def open_binary(path: str) -> BinaryIO:
    """Open a file for reading; errors become InputError naming the path."""
    try:
        return open(path, "rb")
    except OSError as exc:
        raise _open_error(path, exc) from None


def _too_large(where: str, size: int) -> InputError:
    return InputError(f"{where}: too large ({size:,} bytes; the limit is {MAX_FILE_BYTES:,} a "
                      "document): split it, or make it a .jsonl corpus of one article a line.")


def _read_bytes(path: str) -> bytes:
    """A whole document file, refused unread when it is over :data:`MAX_FILE_BYTES`."""
    try:
        size = os.path.getsize(path)
        if size > MAX_FILE_BYTES:
            raise _too_large(path, size)
        with open(path, "rb") as fh:
            return fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise _open_error(path, exc) from None


def _jsonl_document(path: str, number: int, line: str, published: str | None) -> Document:
    where = f"{path}, line {number}"
    try:
        data: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: malformed JSON ({exc.msg}).") from None
    if not isinstance(data, dict):
        raise InputError(f"{where}: expected a JSON object with \"id\" and \"text\".")
    doc_id, text = data.get("id"), data.get("text")
    if doc_id is None or isinstance(doc_id, (bool, dict, list)) or str(doc_id) == "":
        raise InputError(f"{where}: missing \"id\".")
    if not isinstance(text, str):
        raise InputError(f"{where}: missing \"text\" (a string).")
    if not text.strip():
        raise InputError(f"{where}: the document text is empty.")
    check_length(text, where)
    date = None
    if data.get("published"):
        date = parse_published(str(data["published"]), where=where)
    elif published is not None:
        date = check_date(published)
    optional = {}
    for key in ("title", "url", "source"):
        value = data.get(key)
        optional[key] = str(value) if value not in (None, "") else None
    metadata = tuple(
        (str(k), str(v)) for k, v in data.items()
        if k not in ("id", "text", "published", "title", "url", "source")
        and isinstance(v, (str, int, float, bool))
    )
    return Document(id=str(doc_id), text=text, published=date, metadata=metadata, **optional)


def iter_lines(fh: BinaryIO, *, limit: int = MAX_FILE_BYTES) -> Iterator[bytes | None]:
    """The lines of a binary stream without their ``\\n``, each read in bounded memory.

    A line longer than ``limit`` bytes is consumed without being kept and yields None.

    Examples:
        >>> import io
        >>> list(iter_lines(io.BytesIO(b"ab\\n" + b"x" * 10 + b"\\ncd"), limit=5))
        [b'ab', None, b'cd']
    """
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            del line
            rest = fh.readline(1 << 16)
            while rest and not rest.endswith(b"\n"):
                rest = fh.readline(1 << 16)
            yield None
            continue
        yield line.removesuffix(b"\n").removesuffix(b"\r")


def iter_jsonl_documents(path: str, *, on_error: OnError | None = None,
                         published: str | None = None) -> Iterator[Document]:
    """Read a JSON Lines corpus, one article a line, line by line.

    Args:
        path: the ``.jsonl`` file.
        on_error: when given, a malformed line is reported as ``on_error(message)`` and
            skipped; otherwise it raises.
        published: publication date for lines that give none.

    Raises:
        InputError: missing, binary or empty file; a malformed line (without ``on_error``).

    Examples:
        >>> import os, tempfile
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "c.jsonl")
        ...     _ = open(p, "w").write('{"id": "n1", "text": "Finland joined NATO."}\\nnot json\\n')
        ...     problems = []
        ...     docs = list(iter_jsonl_documents(p, on_error=problems.append))
        >>> [x.id for x in docs], problems[0].endswith("line 2: malformed JSON (Expecting value).")
        (['n1'], True)
    """
    fh = open_binary(path)
    seen: set[str] = set()
    count = 0
    with fh:
        for number, raw_line in enumerate(iter_lines(fh), start=1):
            try:
                doc = _jsonl_line(path, number, raw_line, published)
                if doc is None:
                    continue
                if doc.id in seen:
                    raise InputError(f"{path}, line {number}: duplicate id {doc.id!r}.")
            except InputError as exc:
                if on_error is None:
                    raise
                on_error(str(exc))
                continue
            seen.add(doc.id)
            count += 1
            yield doc
    if count == 0 and on_error is None:
        raise InputError(f"{path}: contains no documents.")


def _jsonl_line(path: str, number: int, raw_line: bytes | None, published: str | None) -> Document | None:
    where = f"{path}, line {number}"
    if raw_line is None:
        raise InputError(f"{where}: too long (over {MAX_FILE_BYTES:,} bytes): split the article.")
    if number == 1:
        raw_line = raw_line.removeprefix(b"\xef\xbb\xbf")
    if not raw_line.strip():
        return None
    if b"\x00" in raw_line:
        raise InputError(f"{where}: binary data, not text.")
    try:
        line = raw_line.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(f"{where}: is not UTF-8 text.") from None
    return _jsonl_document(path, number, line, published)


def _files_below(directory: str) -> list[str]:
    found: list[tuple[tuple[str, ...], str]] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.startswith(".") or os.path.splitext(name)[1].lower() not in DOCUMENT_EXTENSIONS:
                continue
            relative = os.path.relpath(os.path.join(root, name), directory)
            found.append((tuple(relative.split(os.sep)), os.path.join(directory, relative)))
    return [path for _, path in sorted(found)]


def _read_file(path: str, *, published: str | None, on_error: OnError | None) -> Iterator[Document]:
    ext = os.path.splitext(path)[1].lower()
    if ext == ".jsonl":
        yield from iter_jsonl_documents(path, on_error=on_error, published=published)
    elif ext == ".txt":
        yield parse_text_document(path, _decode(_read_bytes(path), path), published=published)
    elif ext in HTML_EXTENSIONS:
        data = _read_bytes(path)
        if b"\x00" in data:
            raise InputError(f"{path}: is a binary file, not text.")
        from alliance_graph.corpus import parse_html_document

        yield parse_html_document(path, data, published=published)
    else:
        raise InputError(f"{path}: unsupported file type {ext or '(none)'!r} "
                         f"(expected {', '.join(DOCUMENT_EXTENSIONS)}).")


@dataclass(frozen=True)
class _Source:
    """One thing to read: a file (``explicit`` when named on the command line) or a parsed document."""

    path: str
    explicit: bool
    document: Document | None = None


def _check_explicit(path: str, published: str | None) -> None:
    """Fail now, before anything is written, for a named file that cannot be read."""
    ext = os.path.splitext(path)[1].lower()
    if ext not in DOCUMENT_EXTENSIONS:
        raise InputError(f"{path}: unsupported file type {ext or '(none)'!r} "
                         f"(expected {', '.join(DOCUMENT_EXTENSIONS)}).")
    if ext == ".txt":
        parse_text_document(path, _decode(_read_bytes(path), path), published=published)
    elif ext in HTML_EXTENSIONS:
        if b"\x00" in _read_bytes(path):
            raise InputError(f"{path}: is a binary file, not text.")
    else:
        try:
            with open(path, "rb") as fh:
                head = fh.read(4096)
        except OSError as exc:
            raise _open_error(path, exc) from None
        if b"\x00" in head:
            raise InputError(f"{path}: is a binary file, not text.")


def _read_stdin(stream: TextIO | None, published: str | None) -> Document:
    stream = stream if stream is not None else sys.stdin
    try:
        content = stream.read(MAX_FILE_BYTES + 1)
    except UnicodeDecodeError:
        raise InputError("-: standard input is not UTF-8 text.") from None
    if len(content) > MAX_FILE_BYTES:
        raise InputError(f"-: standard input is too large (over {MAX_FILE_BYTES:,}); "
                         "split it, or give a .jsonl corpus file.")
    if isinstance(content, bytes):
        content = _decode(content, "-")
    elif "\x00" in content:
        raise InputError("-: standard input is binary, not text.")
    return parse_text_document("-", content, published=published)


def _plan(paths: Sequence[str], published: str | None, stdin: TextIO | None) -> list[_Source]:
    sources: list[_Source] = []
    for path in paths:
        if path == "-":
            sources.append(_Source("-", True, _read_stdin(stdin, published)))
        elif os.path.isdir(path):
            files = _files_below(path)
            if not files:
                raise InputError(f"{path}: directory contains no {', '.join(DOCUMENT_EXTENSIONS)} documents.")
            sources += [_Source(f, False) for f in files]
        elif not os.path.exists(path):
            raise InputError(f"{path}: no such file or directory.")
        else:
            _check_explicit(path, published)
            sources.append(_Source(path, True))
    return sources


def _iterate(sources: list[_Source], published: str | None, on_error: OnError | None) -> Iterator[Document]:
    for source in sources:
        if source.document is not None:
            yield source.document
            continue
        try:
            yield from _read_file(source.path, published=published, on_error=on_error)
        except InputError as exc:
            if on_error is None or (source.explicit and not isinstance(exc, PageSkipped)):
                raise
            on_error(str(exc))


def read_documents(paths: Sequence[str], *, published: str | None = None, stdin: TextIO | None = None,
                   on_error: OnError | None = None) -> Iterator[Document]:
    """Read the documents named on a command line, lazily, in order.

    Every path is checked when this is called: a missing path, an empty directory, or a named
    ``.txt`` file that cannot be read raises at once, so a caller that writes as it reads
    writes nothing for a bad command line. Standard input is read at once. The files below
    directories and the lines of JSON Lines corpora are then read one by one.

    Args:
        paths: files (``.txt``, ``.jsonl``, ``.html``), directories, or ``-`` for standard input.
        published: ``YYYY-MM-DD`` publication date for documents that give none.
        stdin: the stream ``-`` reads (default ``sys.stdin``).
        on_error: when given, an unreadable file below a directory, a bad JSONL line, or an
            HTML page without article text is reported as ``on_error(message)`` and skipped
            instead of raising. Other problems with paths given explicitly always raise.

    Raises:
        InputError: a missing path, a directory with no documents, a file that is not UTF-8,
            binary, empty, too large or of an unsupported type; a malformed JSONL line; a bad
            ``published``.

    Examples:
        >>> import io
        >>> [d.text for d in read_documents(["-"], stdin=io.StringIO("Published: 2024-02-23\\n\\nHi."))]
        ['Hi.']
        >>> list(read_documents(["no/such.txt"]))
        Traceback (most recent call last):
        ...
        alliance_graph.errors.InputError: no/such.txt: no such file or directory.
    """
    if published is not None:
        check_date(published)
    return _iterate(_plan(paths, published, stdin), published, on_error)


__all__ = ["DOCUMENT_EXTENSIONS", "MAX_DOCUMENT_CHARS", "MAX_FILE_BYTES", "PageSkipped",
           "check_length", "iter_jsonl_documents", "iter_lines", "open_binary", "parse_published",
           "parse_text_document", "read_documents"]
