"""The read-only SPARQL endpoint: the built-in server and ``oxigraph serve-read-only``, on loopback.

Every server here binds 127.0.0.1 and is stopped by its fixture; the load test is bounded in
count (200 queries) and time.
"""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from rdflib import Literal, URIRef
from rdflib import namespace as ns

from alliance_graph import vocab
from alliance_graph.graph import AllianceGraph
from alliance_graph.server import oxigraph_binary, oxigraph_command, sparql_server
from conftest import stop_process

PREFIXES = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in vocab.PREFIXES.items())
SUSPENDS = PREFIXES + "SELECT ?s ?o WHERE { ?s ag:suspends ?o }"
ARM, CSTO = str(vocab.entity_iri("ARM", True)), str(vocab.org_iri("CSTO"))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait(url: str, process: subprocess.Popen | None = None, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=2):
                return
        except OSError:
            if (process is not None and process.poll() is not None) or time.monotonic() > deadline:
                raise RuntimeError(f"the server at {url} did not start")
            time.sleep(0.1)


@pytest.fixture(params=["builtin", "oxigraph"])
def endpoint(request, ingested):
    """The query URL of a read-only endpoint over a store holding the two test documents."""
    if request.param == "builtin":
        with AllianceGraph.open(ingested, read_only=True) as graph:
            server = sparql_server(graph.store, port=0)
            thread = threading.Thread(target=server.serve_forever, daemon=True)
            thread.start()
            try:
                yield f"http://127.0.0.1:{server.server_address[1]}/query"
            finally:
                server.shutdown()
                server.server_close()
        return
    if oxigraph_binary() is None:
        pytest.skip("no oxigraph server binary next to this Python or on PATH (pip install oxigraph)")
    port = _free_port()
    process = subprocess.Popen(oxigraph_command(ingested, port=port), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    try:
        _wait(url, process)
        yield url
    finally:
        stop_process(process)


def _post(url: str, data: bytes, ctype: str, accept: str = "*/*") -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=data, headers={"Content-Type": ctype, "Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def _wrapper(url: str, query: str, fmt: str):
    from SPARQLWrapper import SPARQLWrapper

    client = SPARQLWrapper(url)
    client.setQuery(query)
    client.setReturnFormat(fmt)
    client.setMethod("POST")
    return client.query().convert()


# ---------------------------------------------------------------------- clients get the right answers
def test_sparqlwrapper_select_ask_construct(endpoint):
    from SPARQLWrapper import JSON, TURTLE, XML

    data = _wrapper(endpoint, SUSPENDS, JSON)
    assert [(b["s"]["value"], b["o"]["value"]) for b in data["results"]["bindings"]] == [(ARM, CSTO)]
    assert _wrapper(endpoint, PREFIXES + "ASK { ?s ag:joins ?o }", JSON)["boolean"] is True
    xml = _wrapper(endpoint, SUSPENDS, XML)  # a DOM document
    assert [n.firstChild.data for n in xml.getElementsByTagName("uri")] == [ARM, CSTO]
    construct = PREFIXES + """CONSTRUCT { ?ev ag:text ?t ; ag:startOffset ?n ; ag:organization ?o }
        WHERE { ?e ag:evidence ?ev ; ag:organization ?o . ?ev ag:text ?t ; ag:startOffset ?n .
                ?e ag:subject <%s> ; ag:relation ?r . FILTER(CONTAINS(?t, "suspends")) }""" % ARM
    from rdflib import Graph

    graph = Graph().parse(data=_wrapper(endpoint, construct, TURTLE), format="turtle")  # bytes
    texts = list(graph.objects(None, vocab.AG.text))
    assert texts == [Literal("Armenia suspends CSTO on 2024-02-22.")]
    (offset,) = graph.objects(None, vocab.AG.startOffset)
    assert offset.datatype == ns.XSD.integer and int(offset) > 0
    assert list(graph.objects(None, vocab.AG.organization)) == [URIRef(CSTO)]


def test_construct_is_valid_ntriples(endpoint):
    from rdflib import Graph

    query = PREFIXES + "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    status, body = _post(endpoint, urllib.parse.urlencode({"query": query}).encode(),
                         "application/x-www-form-urlencoded", "application/n-triples")
    assert status == 200
    graph = Graph().parse(data=body.decode("utf-8"), format="nt")
    assert len(graph) > 100
    assert (URIRef(ARM), vocab.AG.suspends, URIRef(CSTO)) in graph
    assert any(o.datatype == ns.XSD.integer for o in graph.objects(None, vocab.AG.startOffset))


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
def test_curl(endpoint):
    out = subprocess.run(["curl", "-sf", "--max-time", "30", endpoint, "-H", "Accept: application/sparql-results+json",
                          "--data-urlencode", f"query={SUSPENDS}"], capture_output=True, check=True, timeout=60)
    bindings = json.loads(out.stdout)["results"]["bindings"]
    assert [(b["s"]["value"], b["o"]["value"]) for b in bindings] == [(ARM, CSTO)]
    csv = subprocess.run(["curl", "-sf", "--max-time", "30", "-G", endpoint, "-H", "Accept: text/csv",
                          "--data-urlencode", f"query={SUSPENDS}"], capture_output=True, check=True, timeout=60)
    assert csv.stdout.decode().split() == ["s,o", f"{ARM},{CSTO}"]
    code = subprocess.run(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "--max-time", "30", endpoint,
                           "--data-urlencode", "update=DROP ALL"], capture_output=True, timeout=60)
    assert code.stdout.decode().startswith("4")


# ---------------------------------------------------------------------- read-only
def test_updates_are_refused(endpoint):
    base = endpoint.rsplit("/", 1)[0]
    attempts = [
        (endpoint, urllib.parse.urlencode({"update": "DROP ALL"}).encode(), "application/x-www-form-urlencoded"),
        (endpoint, b"DROP ALL", "application/sparql-update"),
        (base + "/update", urllib.parse.urlencode({"update": "DROP ALL"}).encode(), "application/x-www-form-urlencoded"),
        (base + "/update", b"CLEAR ALL", "application/sparql-update"),
    ]
    for url, data, ctype in attempts:
        status, _ = _post(url, data, ctype)
        assert 400 <= status < 500, (url, ctype, status)
    status, body = _post(endpoint, urllib.parse.urlencode({"query": SUSPENDS}).encode(),
                         "application/x-www-form-urlencoded", "application/sparql-results+json")
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 1


def test_malformed_query_is_400(endpoint):
    status, _ = _post(endpoint, b"SELECT ?s WHERE {", "application/sparql-query")
    assert status == 400


# ---------------------------------------------------------------------- loopback, timeout, load
def test_loopback_by_default(ingested, run):
    with AllianceGraph.open(ingested, read_only=True) as graph:
        server = sparql_server(graph.store, port=0)
        try:
            assert server.server_address[0] == "127.0.0.1"
        finally:
            server.server_close()
    if oxigraph_binary() is not None:
        command = oxigraph_command(ingested)
        assert command[command.index("--bind") + 1] == "127.0.0.1:7878"
        assert "--timeout-s" in command and "--union-default-graph" in command
    help_text = run("serve", "--help").stdout
    assert "127.0.0.1" in help_text


def test_builtin_timeout_answers_503():
    from alliance_graph.sparql import QueryResult

    release = threading.Event()

    class SlowStore:
        def query(self, text):
            release.wait(10)
            return QueryResult(form="ASK", boolean=True)

    server = sparql_server(SlowStore(), port=0, timeout=0.3)  # type: ignore[arg-type]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/query"
        start = time.monotonic()
        status, body = _post(url, b"ASK {}", "application/sparql-query")
        assert status == 503 and b"timed out" in body
        assert time.monotonic() - start < 5
    finally:
        release.set()
        server.shutdown()
        server.server_close()


def test_bounded_load(endpoint):
    """200 queries from 8 threads, loopback only: all answered right, in bounded time."""
    queries = [SUSPENDS, PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
               PREFIXES + "ASK { ?s ag:joins ?o }"]

    def one(i: int) -> bool:
        query = queries[i % len(queries)]
        status, body = _post(endpoint, urllib.parse.urlencode({"query": query}).encode(),
                             "application/x-www-form-urlencoded", "application/sparql-results+json")
        data = json.loads(body)
        if i % 3 == 0:
            return status == 200 and data["results"]["bindings"][0]["s"]["value"] == ARM
        if i % 3 == 1:
            return status == 200 and int(data["results"]["bindings"][0]["n"]["value"]) > 100
        return status == 200 and data["boolean"] is True

    start = time.monotonic()
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(one, range(200), timeout=120))
    assert answers == [True] * 200
    assert time.monotonic() - start < 120


@pytest.mark.parametrize("store_spec", ["memory", "disk"])
def test_serve_timeout_option_reaches_the_server(tmp_path, monkeypatch, store_spec):
    """`serve --timeout` is handed to whichever server runs (oxigraph's binary or the built-in one)."""
    from click.testing import CliRunner

    import alliance_graph.server as server_module
    from alliance_graph.cli import cli

    seen = {}
    monkeypatch.setattr(server_module, "serve_oxigraph", lambda spec, **kw: seen.update(kw) or 0)
    monkeypatch.setattr(server_module, "serve_store", lambda store, **kw: seen.update(kw))
    monkeypatch.setattr(server_module, "oxigraph_binary", lambda: "/usr/bin/oxigraph")
    spec = "memory" if store_spec == "memory" else str(tmp_path / "db")
    result = CliRunner().invoke(cli, ["--store", spec, "serve", "--timeout", "2.5"])
    assert result.exit_code == 0, result.output
    assert seen["timeout"] == 2.5
    bad = CliRunner().invoke(cli, ["--store", spec, "serve", "--timeout", "0"])
    assert bad.exit_code == 2
