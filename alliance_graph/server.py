"""Serving the store as a read-only SPARQL 1.1 Protocol endpoint.

An on-disk store is served by Oxigraph's own server (``oxigraph serve-read-only``, from the
``oxigraph`` pip package) when its binary is installed: it is the same engine as the
embedded store, speaks the full protocol and needs no Python in the request path. Memory
and remote stores (or machines without the binary) get a small stdlib endpoint over
:meth:`Store.query`, which refuses updates the same way the CLI does.
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


def serve_oxigraph(location: str, *, host: str = "127.0.0.1", port: int = 7878) -> int:
    """Serve an on-disk store with ``oxigraph serve-read-only`` (union default graph).

    On POSIX the current process is replaced by the server (``os.execv``); elsewhere this
    blocks until the server stops and returns its exit status. Raises StoreError when the
    directory is not a store or no ``oxigraph`` binary is installed. Do not ingest into the
    store while it is served (Oxigraph's read-only mode does not expect a concurrent writer).
    """
    import subprocess

    binary = oxigraph_binary()
    if binary is None:
        raise StoreError("No oxigraph binary found (pip install oxigraph).")
    if not (Path(location) / "CURRENT").exists():
        raise StoreError(f"No store at {location}: ingest some documents first.")
    command = [binary, "serve-read-only", "--location", location, "--bind", f"{host}:{port}",
               "--union-default-graph"]
    if os.name == "posix":  # become the server, so that signals (Ctrl-C, SIGTERM) reach it
        os.execv(binary, command)
    try:
        return subprocess.call(command)
    except KeyboardInterrupt:
        return 0


def sparql_server(store: Store, *, host: str = "127.0.0.1", port: int = 7878) -> "ThreadingHTTPServer":
    """A read-only SPARQL 1.1 Protocol server over ``store`` (stdlib ``http.server``), not started.

    ``GET /query?query=...`` or ``POST /query`` (form-encoded ``query=`` or
    ``application/sparql-query``). Answers in SPARQL JSON (SELECT/ASK) or N-Triples
    (CONSTRUCT/DESCRIBE); updates and malformed queries get 400. Port 0 picks a free port.
    """
    import json
    from http.server import BaseHTTPRequestHandler
    from urllib.parse import parse_qs, urlparse

    from alliance_graph.errors import AllianceGraphError

    class Handler(BaseHTTPRequestHandler):
        def _answer(self, query: str | None) -> None:
            if not query:
                self._send(400, "text/plain", b"Missing query parameter.\n")
                return
            try:
                result = store.query(query)
            except AllianceGraphError as exc:
                self._send(400, "text/plain", (str(exc) + "\n").encode("utf-8"))
                return
            if result.form in ("CONSTRUCT", "DESCRIBE"):
                lines = [f"<{r['s']}> <{r['p']}> {json.dumps(str(r['o']))} ." for r in result.rows]
                self._send(200, "application/n-triples", ("\n".join(lines) + "\n").encode("utf-8"))
            else:
                body = json.dumps(result.to_sparql_json(), ensure_ascii=False).encode("utf-8")
                self._send(200, "application/sparql-results+json", body)

        def _send(self, code: int, ctype: str, body: bytes) -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 (http.server naming)
            self._answer(parse_qs(urlparse(self.path).query).get("query", [None])[0])

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8", "replace")
            if self.headers.get("Content-Type", "").startswith("application/sparql-query"):
                self._answer(body)
            elif self.headers.get("Content-Type", "").startswith("application/sparql-update"):
                self._send(403, "text/plain", b"Refused: this endpoint is read-only.\n")
            else:
                self._answer(parse_qs(body).get("query", [None])[0])

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

    from http.server import ThreadingHTTPServer

    return ThreadingHTTPServer((host, port), Handler)


def serve_store(store: Store, *, host: str = "127.0.0.1", port: int = 7878,
                ready: Callable[[str], None] | None = None) -> None:
    """Serve :func:`sparql_server` until interrupted; ``ready`` gets the endpoint URL."""
    server = sparql_server(store, host=host, port=port)
    try:
        if ready is not None:
            ready(f"http://{host}:{server.server_address[1]}/query")
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
