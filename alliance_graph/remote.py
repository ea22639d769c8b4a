"""A remote SPARQL 1.1 server as an alliance-graph store: the HTTP side of :mod:`store`.

Only the SPARQL 1.1 Protocol is used (stdlib ``urllib``, no rdflib ``SPARQLStore``), so that
nothing depends on how a server treats its default graph:

* writes are single ``update=`` requests (one ``INSERT DATA { GRAPH <doc> { ... } }`` per
  document, ``DROP SILENT GRAPH <g> ; INSERT DATA {...}`` for the derived graph), with every
  term serialised by rdflib's ``.n3()``; each request is one transaction on the server;
* alliance-graph's own reads name their graphs (``GRAPH ?g { ... }``);
* a user query runs over an explicit protocol dataset: ``default-graph-uri`` and
  ``named-graph-uri`` list alliance-graph's graphs (every document graph and the derived
  graph), so it sees the union of them like on the embedded store, unless the query has its
  own ``FROM`` / ``FROM NAMED``;
* bound values are rdflib terms written into a ``VALUES`` block at the top of the query's
  WHERE group (so FILTERs of that group see them), never user text spliced into the query.

Credentials go in the URL (``http://user:password@host/sparql-auth``); they are answered to
Basic or Digest challenges of both endpoints and never appear in messages.

Example:
    >>> inject_values("SELECT ?s WHERE { ?s ?p ?o }", {"o": Literal("x")})
    'SELECT ?s WHERE { VALUES (?o) { ("x") }  ?s ?p ?o }'
    >>> redact("http://me:secret@localhost:8890/sparql-auth")
    'http://localhost:8890/sparql-auth'
"""

from __future__ import annotations

import json
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef

from alliance_graph import vocab
from alliance_graph.errors import QueryError, StoreError
from alliance_graph.sparql import QueryResult

_JSON = "application/sparql-results+json"
_RDF_FORMATS = {"application/n-triples": "nt", "text/plain": "nt", "text/turtle": "turtle",
                "application/rdf+xml": "xml", "application/ld+json": "json-ld",
                "application/n-quads": "nquads", "application/trig": "trig"}
_TOKEN = re.compile(r"""
    (?P<comment>\#[^\n]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
               |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$]\w+)
  | (?P<pname>(?:[A-Za-z][\w.-]*)?:[^\s{}()<>"',;]*)
  | (?P<word>[A-Za-z_]\w*)
  | (?P<punct>[{}()])
  | (?P<other>.)
""", re.X | re.S)
_PREFIX_DECL = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?:", re.I)


def redact(url: str) -> str:
    """``url`` without the ``user:password@`` part."""
    parts = urllib.parse.urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = host + (f":{parts.port}" if parts.port else "")
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


def with_prefixes(text: str) -> str:
    """``text`` with :data:`vocab.PREFIXES` declared, except the prefixes it declares itself."""
    declared = {m.group(1) or "" for m in _PREFIX_DECL.finditer(text)}
    lines = [f"PREFIX {p}: <{ns}>" for p, ns in vocab.PREFIXES.items() if p not in declared]
    return "\n".join(lines + [text])


def _where_brace(text: str) -> tuple[int | None, bool]:
    """Offset of the ``{`` opening the WHERE group, and whether a FROM clause comes before it."""
    form = None
    template_done = False
    depth = parens = 0
    has_from = False
    for m in _TOKEN.finditer(text):
        kind, value = m.lastgroup, m.group()
        if kind == "word" and depth == 0 and parens == 0:
            word = value.upper()
            if form is None and word in ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE"):
                form = word
            elif word == "FROM":
                has_from = True
            elif word == "WHERE" and form == "CONSTRUCT":
                template_done = True
        elif kind == "punct":
            if value == "(":
                parens += 1
            elif value == ")":
                parens -= 1
            elif value == "{":
                if depth == 0 and parens == 0 and form is not None:
                    if form != "CONSTRUCT" or template_done:
                        return m.start(), has_from
                depth += 1
            elif value == "}":
                depth -= 1
                if depth == 0 and form == "CONSTRUCT":
                    template_done = True
    return None, has_from


def inject_values(text: str, bindings: Mapping[str, Any]) -> str:
    """``text`` with a ``VALUES`` block of ``bindings`` (variable → rdflib term) opening its WHERE group.

    Raises QueryError when the query has no WHERE group to bind in (``DESCRIBE <x>``).
    """
    if not bindings:
        return text
    brace, _ = _where_brace(text)
    if brace is None:
        raise QueryError("Cannot bind variables in a query without a WHERE clause.")
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(term.n3() for term in bindings.values())
    return f"{text[:brace + 1]} VALUES ({names}) {{ ({values}) }} {text[brace + 1:]}"


def has_dataset_clause(text: str) -> bool:
    """True when the query names its own dataset (``FROM`` / ``FROM NAMED``)."""
    return _where_brace(text)[1]


def json_term(binding: Mapping[str, str]) -> Any:
    """An rdflib term for one SPARQL JSON results binding."""
    kind, value = binding.get("type"), binding.get("value", "")
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if kind in ("literal", "typed-literal"):
        lang = binding.get("xml:lang")
        datatype = None if lang else binding.get("datatype")
        return Literal(value, lang=lang, datatype=URIRef(datatype) if datatype else None)
    raise StoreError(f"Unsupported term in the server's answer: {kind!r}.")


class RemoteEndpoint:
    """A SPARQL 1.1 query endpoint and its update endpoint (the same URL unless given).

    ``timeout`` (seconds) bounds every request. Nothing is sent before the first call.
    """

    def __init__(self, query_url: str, *, update_url: str | None = None, timeout: float = 60.0) -> None:
        self.query_url = redact(query_url)
        self.update_url = redact(update_url or query_url)
        self.timeout = timeout
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        credentials = [(u.username, u.password) for u in map(urllib.parse.urlsplit, (query_url, update_url or ""))
                       if u.username]
        for user, password in credentials[:1]:
            for url in {self.query_url, self.update_url}:
                passwords.add_password(None, url, urllib.parse.unquote(user),
                                       urllib.parse.unquote(password or ""))
        self._opener = urllib.request.build_opener(urllib.request.HTTPBasicAuthHandler(passwords),
                                                   urllib.request.HTTPDigestAuthHandler(passwords))

    def close(self) -> None:
        """Nothing to release (each request has its own connection); kept for symmetry."""

    # ------------------------------------------------------------------ HTTP
    def _post(self, url: str, fields: list[tuple[str, str]], accept: str, *,
              query: bool) -> tuple[str, bytes]:
        body = urllib.parse.urlencode(fields).encode("utf-8")
        request = urllib.request.Request(url, data=body, method="POST", headers={
            "Content-Type": "application/x-www-form-urlencoded; charset=utf-8", "Accept": accept})
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                return response.headers.get("Content-Type", ""), response.read()
        except urllib.error.HTTPError as exc:
            detail = " ".join(exc.read().decode("utf-8", "replace").split())[:300]
            if query and exc.code == 400:
                raise QueryError(f"The server refused the query: {detail or exc.reason}") from None
            action = "query" if query else "write to"
            raise StoreError(f"Cannot {action} {url}: HTTP {exc.code} {exc.reason}. {detail}".strip()) from None
        except (urllib.error.URLError, socket.timeout, ConnectionError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(f"Cannot reach {url}: {reason}") from None

    def _results(self, text: str, dataset: list[URIRef] | None = None) -> dict[str, Any]:
        fields = [("query", with_prefixes(text))]
        for graph in dataset or []:
            fields += [("default-graph-uri", str(graph)), ("named-graph-uri", str(graph))]
        _, body = self._post(self.query_url, fields, _JSON, query=True)
        try:
            return json.loads(body.decode("utf-8"))
        except ValueError:
            raise StoreError(f"{self.query_url} did not answer in SPARQL JSON.") from None

    def select(self, text: str, bindings: Mapping[str, Any] | None = None, *,
               dataset: list[URIRef] | None = None) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Variables and rows (rdflib terms, None for unbound) of a SELECT query."""
        data = self._results(inject_values(text, bindings or {}), dataset)
        names = list(data.get("head", {}).get("vars", []))
        rows = [tuple(json_term(b[n]) if n in b else None for n in names)
                for b in data.get("results", {}).get("bindings", [])]
        return names, rows

    def ask(self, text: str, bindings: Mapping[str, Any] | None = None, *,
            dataset: list[URIRef] | None = None) -> bool:
        """The answer of an ASK query."""
        return bool(self._results(inject_values(text, bindings or {}), dataset).get("boolean"))

    def construct(self, text: str, bindings: Mapping[str, Any] | None = None, *,
                  dataset: list[URIRef] | None = None) -> list[tuple[Any, Any, Any]]:
        """The triples of a CONSTRUCT or DESCRIBE query."""
        fields = [("query", with_prefixes(inject_values(text, bindings or {})))]
        for graph in dataset or []:
            fields += [("default-graph-uri", str(graph)), ("named-graph-uri", str(graph))]
        accept = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5"
        ctype, body = self._post(self.query_url, fields, accept, query=True)
        fmt = _RDF_FORMATS.get(ctype.split(";")[0].strip().lower(), "nt")
        graph = Graph()
        try:
            graph.parse(data=body.decode("utf-8"), format=fmt)
        except Exception as exc:  # rdflib parsers raise many kinds; all mean "bad answer"
            raise StoreError(f"Cannot read the answer of {self.query_url}: {exc}") from None
        return list(graph)

    def update(self, text: str) -> None:
        """Send one SPARQL update request (one transaction on the server)."""
        self._post(self.update_url, [("update", with_prefixes(text))], "*/*", query=False)

    # ------------------------------------------------------------------ user queries
    def graphs(self) -> list[URIRef]:
        """alliance-graph's graphs on the server: every document graph and the derived graph."""
        _, rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a ag:Document } }")
        return sorted({row[0] for row in rows} | {vocab.DERIVED_GRAPH})

    def query(self, text: str, *, form: str, bindings: Mapping[str, Any]) -> QueryResult:
        """A user query over the union of alliance-graph's graphs (see the module docstring)."""
        dataset = None if has_dataset_clause(text) else self.graphs()
        if form == "ASK":
            return QueryResult(form=form, boolean=self.ask(text, bindings, dataset=dataset))
        if form in ("CONSTRUCT", "DESCRIBE"):
            return QueryResult.from_terms(form, ["s", "p", "o"], self.construct(text, bindings, dataset=dataset))
        names, rows = self.select(text, bindings, dataset=dataset)
        return QueryResult.from_terms(form, names, rows)


__all__ = ["RemoteEndpoint", "has_dataset_clause", "inject_values", "json_term", "redact", "with_prefixes"]
