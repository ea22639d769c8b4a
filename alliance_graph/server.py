"""Serving the store as a read-only SPARQL 1.1 Protocol endpoint.

An on-disk store is served by Oxigraph's own server (``oxigraph serve-read-only``, from the
``oxigraph`` pip package) when its binary is installed: it is the same engine as the
embedded store, speaks the full protocol and needs no Python in the request path. Memory
and remote stores (or machines without the binary) get a small stdlib endpoint over
:meth:`Store.query`, which refuses updates the same way the CLI does. Both bind to loopback
unless told otherwise and both stop answering a query after a timeout.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from alliance_graph.errors import StoreError
from alliance_graph.store import Store

if TYPE_CHECKING:
    from http.server import ThreadingHTTPServer


def oxigraph_binary() -> str | None:
    """The ``oxigraph`` server binary (on PATH or next to this Python), or None."""
    import shutil
    import sys

    found = shutil.which("oxigraph")
    if found:
        return found
    sibling = Path(sys.executable).parent / "oxigraph"
    return str(sibling) if sibling.is_file() and os.access(sibling, os.X_OK) else None


#: Seconds a query may run before the endpoint gives up on it.
DEFAULT_TIMEOUT = 30.0


def oxigraph_command(location: str, *, host: str = "127.0.0.1", port: int = 7878,
                     timeout: float = DEFAULT_TIMEOUT) -> list[str]:
    """The ``oxigraph serve-read-only`` command line for a store directory.

    Raises StoreError when no binary is installed or ``location`` is not a store.
    """
    binary = oxigraph_binary()
    if binary is None:
        raise StoreError("No oxigraph binary found (pip install oxigraph).")
    if not (Path(location) / "CURRENT").exists():
        raise StoreError(f"No store at {location}: ingest some documents first.")
    return [binary, "serve-read-only", "--location", location, "--bind", f"{host}:{port}",
            "--union-default-graph", "--timeout-s", str(max(1, round(timeout)))]


def serve_oxigraph(location: str, *, host: str = "127.0.0.1", port: int = 7878,
                   timeout: float = DEFAULT_TIMEOUT) -> int:
    """Serve an on-disk store with ``oxigraph serve-read-only`` (union default graph).

    On POSIX the current process is replaced by the server (``os.execv``); elsewhere this
    blocks until the server stops and returns its exit status. Raises StoreError when the
    directory is not a store or no ``oxigraph`` binary is installed. Do not ingest into the
    store while it is served (Oxigraph's read-only mode does not expect a concurrent writer).
    """
    import subprocess

    command = oxigraph_command(location, host=host, port=port, timeout=timeout)
    if os.name == "posix":  # become the server, so that signals (Ctrl-C, SIGTERM) reach it
        os.execv(command[0], command)
    try:
        return subprocess.call(command)
    except KeyboardInterrupt:
        return 0


def sparql_server(store: Store, *, host: str = "127.0.0.1", port: int = 7878,
                  timeout: float = DEFAULT_TIMEOUT, workers: int = 4) -> "ThreadingHTTPServer":
    """A read-only SPARQL 1.1 Protocol server over ``store`` (stdlib ``http.server``), not started.

    ``GET /query?query=...`` or ``POST /query`` (form-encoded ``query=`` or
    ``application/sparql-query``). SELECT and ASK answer in SPARQL JSON, or XML or CSV when the
    ``Accept`` header prefers them; CONSTRUCT and DESCRIBE in N-Triples, or Turtle. Malformed
    queries and update text sent as a query get 400, update requests 403. At most ``workers``
    queries run at once; one not answered within ``timeout`` seconds gets 503 (the store cannot
    interrupt it: it finishes in the background and its answer is dropped). Port 0 picks a free
    port; ``host`` is loopback unless given. ``server_close()`` also stops the workers.
    """
    from concurrent.futures import ThreadPoolExecutor
    from concurrent.futures import TimeoutError as QueryTimeout
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    from urllib.parse import parse_qs, urlparse

    from alliance_graph.errors import AllianceGraphError

    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="sparql")

    class Handler(BaseHTTPRequestHandler):
        def _answer(self, query: str | None) -> None:
            if not query:
                self._send(400, "text/plain", b"Missing query parameter.\n")
                return
            future = pool.submit(store.query, query)
            try:
                result = future.result(timeout=timeout)
            except QueryTimeout:
                future.cancel()
                self._send(503, "text/plain", f"Query timed out after {timeout:g} s.\n".encode())
                return
            except AllianceGraphError as exc:
                self._send(400, "text/plain", (str(exc) + "\n").encode("utf-8"))
                return
            self._send(200, *render(result, self.headers.get("Accept", "")))

        def _refuse_update(self) -> None:
            self._send(403, "text/plain", b"Refused: this endpoint is read-only.\n")

        def _send(self, code: int, ctype: str, body: bytes) -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 (http.server naming)
            params = parse_qs(urlparse(self.path).query)
            if "update" in params:
                self._refuse_update()
            else:
                self._answer(params.get("query", [None])[0])

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length") or 0)
            if length > _MAX_BODY:
                self._send(413, "text/plain", b"Request too large.\n")
                return
            body = self.rfile.read(length).decode("utf-8", "replace")
            ctype = self.headers.get("Content-Type", "")
            if ctype.startswith("application/sparql-query"):
                self._answer(body)
            elif ctype.startswith("application/sparql-update"):
                self._refuse_update()
            else:
                params = parse_qs(body)
                if "update" in params:
                    self._refuse_update()
                else:
                    self._answer(params.get("query", [None])[0])

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

    class Server(ThreadingHTTPServer):
        daemon_threads = True

        def server_close(self) -> None:
            super().server_close()
            pool.shutdown(wait=False, cancel_futures=True)

    return Server((host, port), Handler)


_MAX_BODY = 10 * 1024 * 1024
_RESULT_TYPES = {"application/sparql-results+json": "json", "application/json": "json",
                 "application/sparql-results+xml": "xml", "application/xml": "xml", "text/csv": "csv"}
_GRAPH_TYPES = {"application/n-triples": "nt", "text/plain": "nt", "text/turtle": "turtle",
                "application/x-turtle": "turtle"}


def _preferred(accept: str, known: dict[str, str], default: str) -> str:
    """The first of ``known`` that ``accept`` prefers (highest q, then order), else ``default``."""
    choices = []
    for position, part in enumerate(accept.split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        if media.lower() in known and q > 0:
            choices.append((-q, position, known[media.lower()]))
    return min(choices)[2] if choices else default


def render(result: Any, accept: str = "") -> tuple[str, bytes]:
    r"""Content type and body of a :class:`~alliance_graph.sparql.QueryResult` for an ``Accept`` header.

    CONSTRUCT/DESCRIBE triples are rebuilt as rdflib terms and serialised by rdflib, so IRIs,
    blank nodes and typed or tagged literals come out as valid N-Triples (or Turtle).

    Example:
        >>> from alliance_graph.sparql import QueryResult
        >>> from rdflib import Literal, URIRef
        >>> r = QueryResult.from_terms("CONSTRUCT", ["s", "p", "o"],
        ...                            [(URIRef("urn:a"), URIRef("urn:p"), Literal('say "hi"\n', lang="en"))])
        >>> render(r)
        ('application/n-triples', b'<urn:a> <urn:p> "say \\"hi\\"\\n"@en .\n')
    """
    import json

    from alliance_graph.remote import json_term

    if result.form in ("CONSTRUCT", "DESCRIBE"):
        from rdflib import Graph

        graph = Graph()
        for row in result.to_sparql_json()["results"]["bindings"]:
            graph.add((json_term(row["s"]), json_term(row["p"]), json_term(row["o"])))
        fmt = _preferred(accept, _GRAPH_TYPES, "nt")
        body = graph.serialize(format=fmt, encoding="utf-8")
        return ("application/n-triples" if fmt == "nt" else "text/turtle"), body.strip() + b"\n"
    fmt = _preferred(accept, _RESULT_TYPES, "json")
    if fmt == "csv":
        return "text/csv; charset=utf-8", result.to_csv().encode("utf-8")
    data = result.to_sparql_json()
    if fmt == "xml":
        return "application/sparql-results+xml", _results_xml(data)
    return "application/sparql-results+json", json.dumps(data, ensure_ascii=False).encode("utf-8")


def _results_xml(data: dict[str, Any]) -> bytes:
    """SPARQL Query Results XML for a SPARQL JSON results document."""
    from xml.etree import ElementTree as ET

    ns = "http://www.w3.org/2005/sparql-results#"
    root = ET.Element("sparql", xmlns=ns)
    head = ET.SubElement(root, "head")
    for var in data["head"].get("vars", []):
        ET.SubElement(head, "variable", name=var)
    if "boolean" in data:
        ET.SubElement(root, "boolean").text = "true" if data["boolean"] else "false"
    else:
        results = ET.SubElement(root, "results")
        for row in data["results"]["bindings"]:
            result = ET.SubElement(results, "result")
            for name, term in row.items():
                binding = ET.SubElement(result, "binding", name=name)
                tag = {"uri": "uri", "bnode": "bnode"}.get(term["type"], "literal")
                attrs = {}
                if "xml:lang" in term:
                    attrs["{http://www.w3.org/XML/1998/namespace}lang"] = term["xml:lang"]
                elif "datatype" in term:
                    attrs["datatype"] = term["datatype"]
                ET.SubElement(binding, tag, attrs).text = term["value"]
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def serve_store(store: Store, *, host: str = "127.0.0.1", port: int = 7878, timeout: float = DEFAULT_TIMEOUT,
                ready: Callable[[str], None] | None = None) -> None:
    """Serve :func:`sparql_server` until interrupted; ``ready`` gets the endpoint URL."""
    server = sparql_server(store, host=host, port=port, timeout=timeout)
    try:
        if ready is not None:
            ready(f"http://{host}:{server.server_address[1]}/query")
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
