"""The same scenarios on the embedded store and on a remote Oxigraph server (SPARQL 1.1 Protocol).

The server is started on loopback by the ``oxigraph_server`` fixture (tests/conftest.py); the
remote cases skip only when no ``oxigraph`` binary is installed.
"""

from __future__ import annotations

import base64
import json
import os
import threading
import urllib.parse
import urllib.request
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib import namespace

from alliance_graph import store as store_module
from alliance_graph import vocab
from alliance_graph.errors import QueryError, StoreError
from alliance_graph.graph import AllianceGraph
from alliance_graph.remote import RemoteEndpoint, has_dataset_clause, inject_values, redact, with_prefixes

CSTO = str(vocab.org_iri("CSTO"))


@dataclass
class Target:
    """Where a scenario runs: CLI global options and the matching library call."""

    kind: str
    args: list[str]
    spec: str
    update_url: str | None = None

    def open(self, extractor=None) -> AllianceGraph:
        return AllianceGraph.open(self.spec, update_url=self.update_url, extractor=extractor)


def _target(kind: str, request, tmp_path) -> Target:
    if kind == "embedded":
        path = str(tmp_path / f"{kind}.db")
        return Target(kind, ["--store", path], path)
    query_url, update_url = request.getfixturevalue("remote_store")
    return Target(kind, ["--store", query_url, "--update-url", update_url], query_url, update_url)


@pytest.fixture(params=["embedded", "remote"])
def target(request, tmp_path) -> Target:
    return _target(request.param, request, tmp_path)


def _json(run, target: Target, *args: str):
    result = run(*target.args, *args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# ---------------------------------------------------------------------- scenarios on both stores
def test_ingest_twice_is_idempotent(run, target, docs_dir, fake_extractor):
    first = run(*target.args, "ingest", docs_dir)
    assert first.exit_code == 0, first.output
    assert first.stdout.strip() == "2 documents: 2 new, 0 unchanged; 7 events"
    stats = _json(run, target, "stats")
    calls = fake_extractor.calls
    again = run(*target.args, "ingest", docs_dir)
    assert again.stdout.strip() == "2 documents: 0 new, 2 unchanged; 0 events"
    assert fake_extractor.calls == calls
    assert _json(run, target, "stats") == stats
    counts = {row["what"]: row["count"] for row in stats}
    assert counts["documents"] == 2 and counts["events"] == 7 and counts["triples"] > 100


def test_second_document_adds(run, target, docs_dir):
    assert run(*target.args, "ingest", os.path.join(docs_dir, "csto.txt")).exit_code == 0
    one = {r["what"]: r["count"] for r in _json(run, target, "stats")}
    result = run(*target.args, "ingest", docs_dir)
    assert result.stdout.strip() == "2 documents: 1 new, 1 unchanged; 2 events"
    two = {r["what"]: r["count"] for r in _json(run, target, "stats")}
    assert (one["documents"], two["documents"]) == (1, 2)
    assert two["triples"] > one["triples"] and two["events"] == one["events"] + 2
    assert [r["name"] for r in _json(run, target, "members", "NATO", "--as-of", "2024")] == ["Finland"]


def test_questions(run, target, docs_dir):
    run(*target.args, "ingest", docs_dir)
    members = _json(run, target, "members", "CSTO", "--as-of", "2024-03-01", "--all")
    assert {(m["name"], m["status"]) for m in members} == {
        ("Russia", "member"), ("Kazakhstan", "member"), ("Armenia", "suspended")}
    assert [(m["organization"], m["status"]) for m in _json(run, target, "memberships", "Armenia",
                                                             "--as-of", "2024-03-01")] == [("CSTO", "suspended")]
    dates = [e["date"] for e in _json(run, target, "timeline", "csto")]
    assert dates[:3] == ["1992-05-15", "1992-05-15", "2024-02-22"]
    (explained,) = _json(run, target, "explain", "Armenia", "CSTO")
    assert [e["relation"] for e in explained["history"]] == ["founds", "suspends", "leaves"]


def test_sparql_with_bindings(run, target, docs_dir):
    run(*target.args, "ingest", docs_dir)
    rows = _json(run, target, "sparql", "--name", "members-on-date", "--bind-iri", f"org={CSTO}",
                 "--bind", "date=2024-03-01")
    assert sorted(r["name"] for r in rows) == ["Kazakhstan", "Russia"]  # ?date is used in a FILTER
    before = _json(run, target, "sparql", "--name", "members-on-date", "--bind-iri", f"org={CSTO}",
                   "--bind", "date=1990-01-01")
    assert "Russia" not in {r["name"] for r in before}  # a member since 1992-05-15
    hostile = 'x" } } ; DROP ALL ; #'
    rows = _json(run, target, "sparql", "SELECT ?name ?s WHERE { ?s skos:prefLabel ?name }",
                 "--bind", f"name={hostile}")
    assert rows == []
    rows = _json(run, target, "sparql", "SELECT ?name ?s WHERE { ?s skos:prefLabel ?name }",
                 "--bind", "name=Armenia")
    assert {r["s"] for r in rows} == {str(vocab.entity_iri("ARM", True))}
    ask = _json(run, target, "sparql", "ASK { ?s ag:suspends ?o }", "--bind-iri", f"o={CSTO}")
    assert ask == [{"boolean": True}]
    assert {r["what"]: r["count"] for r in _json(run, target, "stats")}["documents"] == 2


def test_sparql_sees_the_union_and_named_graphs(run, target, docs_dir):
    run(*target.args, "ingest", docs_dir)
    rows = _json(run, target, "sparql", "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert rows == [{"n": 3}]  # two documents and the derived graph
    rows = _json(run, target, "sparql", "SELECT ?s WHERE { ?s ag:joins ?o }")
    assert rows == [{"s": str(vocab.entity_iri("FIN", True))}]
    result = run(*target.args, "sparql", "CONSTRUCT { ?s ag:suspends ?o } WHERE { ?s ag:suspends ?o }",
                 "--format", "csv")
    assert result.stdout.splitlines()[1:] == [f"{vocab.entity_iri('ARM', True)},{vocab.AG.suspends},{CSTO}"]


def test_updates_are_refused(run, target, docs_dir):
    run(*target.args, "ingest", docs_dir)
    for update in ("CLEAR ALL", "DROP ALL", "INSERT DATA { <urn:a> <urn:b> <urn:c> }"):
        result = run(*target.args, "sparql", update)
        assert result.exit_code == 1 and "read-only" in result.stderr
    assert {r["what"]: r["count"] for r in _json(run, target, "stats")}["documents"] == 2


def test_failing_write_leaves_nothing(target, fake_extractor, monkeypatch):
    real = store_module.document_quads

    def broken(*args, **kwargs):
        quads = real(*args, **kwargs)
        return quads + [(URIRef("urn:s"), Literal("not a predicate"), Literal("x"), quads[0][3])]

    monkeypatch.setattr(store_module, "document_quads", broken)
    with target.open(fake_extractor) as graph:
        with pytest.raises(StoreError):
            graph.ingest_text("Finland joins NATO on 2023-04-04.", doc_id="a.txt")
        assert graph.stats()["triples"] == 0
        monkeypatch.setattr(store_module, "document_quads", real)
        assert graph.ingest_text("Finland joins NATO on 2023-04-04.", doc_id="a.txt").new == 1
        assert graph.stats()["documents"] == 1


def test_export_turtle(run, target, docs_dir, tmp_path):
    run(*target.args, "ingest", docs_dir)
    out = tmp_path / "dump.ttl"
    assert run(*target.args, "export", str(out)).exit_code == 0
    graph = Graph().parse(out, format="turtle")
    assert (vocab.entity_iri("ARM", True), vocab.AG.suspends, URIRef(CSTO)) in graph
    assert len(graph) > 100


# ---------------------------------------------------------------------- both stores agree
def _without_timestamps(path) -> Graph:
    graph = Graph().parse(path, format="turtle")
    for triple in [t for t in graph if isinstance(t[2], Literal) and t[2].datatype == namespace.XSD.dateTime]:
        graph.remove(triple)
    return graph


def test_embedded_and_remote_agree(run, request, tmp_path, docs_dir):
    embedded, remote = (_target(k, request, tmp_path) for k in ("embedded", "remote"))
    questions = [("stats",), ("members", "CSTO", "--as-of", "2024-03-01", "--all"),
                 ("members", "NATO", "--all"), ("memberships", "Armenia", "--as-of", "2024-06"),
                 ("timeline", "CSTO"), ("timeline", "Armenia"), ("explain", "Armenia", "CSTO"),
                 ("sparql", "--name", "documents"), ("sparql", "--name", "all-shortcuts")]
    answers = {}
    for target in (embedded, remote):
        assert run(*target.args, "ingest", docs_dir).exit_code == 0
        answers[target.kind] = [_json(run, target, *q) for q in questions]
        assert run(*target.args, "export", str(tmp_path / f"{target.kind}.ttl")).exit_code == 0
    for question, a, b in zip(questions, answers["embedded"], answers["remote"]):
        assert a == b, question
    assert isomorphic(_without_timestamps(tmp_path / "embedded.ttl"), _without_timestamps(tmp_path / "remote.ttl"))


# ---------------------------------------------------------------------- remote specifics
def test_user_queries_see_only_alliance_graph_graphs(run, remote_store, docs_dir):
    query_url, update_url = remote_store
    args = ["--store", query_url, "--update-url", update_url]
    RemoteEndpoint(query_url, update_url=update_url).update(
        "INSERT DATA { GRAPH <urn:other> { <urn:x> ag:memberOf <urn:y> } <urn:z> ag:memberOf <urn:y> }")
    run(*args, "ingest", docs_dir)
    rows = json.loads(run(*args, "sparql", "SELECT ?s WHERE { ?s ag:memberOf ?o }", "--format", "json").stdout)
    assert "urn:x" not in {r["s"] for r in rows} and "urn:z" not in {r["s"] for r in rows} and rows
    own = json.loads(run(*args, "sparql", "SELECT ?s FROM <urn:other> WHERE { ?s ?p ?o }", "--format", "json").stdout)
    assert own == [{"s": "urn:x"}]  # a query's own FROM wins


def test_wrong_endpoints_are_store_errors(run, remote_store, oxigraph_server):
    query_url, update_url = remote_store
    with AllianceGraph.open(query_url, update_url=query_url) as graph:  # /query refuses updates
        with pytest.raises(StoreError, match="Cannot write"):
            graph.store.replace_memberships([])
    result = run("--store", f"{oxigraph_server}/nothing-here", "stats")
    assert result.exit_code == 1 and "HTTP 404" in result.stderr
    with AllianceGraph.open(query_url, update_url=update_url) as graph:
        with pytest.raises(QueryError, match="refused"):
            graph.store._remote.select("SELECT ?s WHERE { ?s ?p }")


def test_unreachable_server_is_a_store_error(run):
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = run("--store", f"http://127.0.0.1:{port}/query", "stats")
    assert result.exit_code == 1 and "Cannot reach" in result.stderr


def test_remote_store_has_no_rdflib_dataset(remote_store):
    with AllianceGraph.open(remote_store[0], update_url=remote_store[1]) as graph:
        with pytest.raises(StoreError, match="remote"):
            graph.store.dataset  # noqa: B018


def test_credentials_answer_basic_challenges_and_stay_secret():
    seen: list[str | None] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            self.rfile.read(int(self.headers["Content-Length"]))
            seen.append(self.headers.get("Authorization"))
            if self.headers.get("Authorization") != "Basic " + base64.b64encode(b"me:s3cret").decode():
                self.send_response(401)
                self.send_header("WWW-Authenticate", 'Basic realm="sparql"')
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body = b'{"head": {}, "boolean": true}'
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://me:s3cret@127.0.0.1:{server.server_address[1]}/sparql-auth"
        endpoint = RemoteEndpoint(url)
        assert endpoint.ask("ASK {}") is True
        assert seen[0] is None and seen[-1].startswith("Basic ")
        assert "s3cret" not in endpoint.query_url + endpoint.update_url
        wrong = RemoteEndpoint(url.replace("s3cret", "nope"))
        with pytest.raises(StoreError) as err:
            wrong.ask("ASK {}")
        assert "nope" not in str(err.value) and "401" in str(err.value)
    finally:
        server.shutdown()
        server.server_close()


# ---------------------------------------------------------------------- query text helpers
@pytest.mark.parametrize("query, expected", [
    ("SELECT ?s WHERE { ?s ?p ?o }", "SELECT ?s WHERE { VALUES (?o) { (<urn:v>) } ?s ?p ?o }"),
    ("SELECT * { ?s ?p ?o }", "SELECT * { VALUES (?o) { (<urn:v>) } ?s ?p ?o }"),
    ("SELECT (EXISTS { ?a ?b ?c } AS ?x) WHERE {}", "SELECT (EXISTS { ?a ?b ?c } AS ?x) WHERE { VALUES (?o) { (<urn:v>) } }"),
    ("# a { comment\nPREFIX e: <urn:{x}> SELECT ?s WHERE {}", "# a { comment\nPREFIX e: <urn:{x}> SELECT ?s WHERE { VALUES (?o) { (<urn:v>) } }"),
    ("CONSTRUCT { ?s e:p \"{\" } WHERE {}", "CONSTRUCT { ?s e:p \"{\" } WHERE { VALUES (?o) { (<urn:v>) } }"),
    ("CONSTRUCT {?s e:p ?o}{?s ?p ?o}", "CONSTRUCT {?s e:p ?o}{ VALUES (?o) { (<urn:v>) } ?s ?p ?o}"),
    ("CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT WHERE { VALUES (?o) { (<urn:v>) } ?s ?p ?o }"),
    ("ask{?s ?p ?o}", "ask{ VALUES (?o) { (<urn:v>) } ?s ?p ?o}"),
])
def test_values_open_the_where_group(query, expected):
    assert " ".join(inject_values(query, {"o": URIRef("urn:v")}).split()) == " ".join(expected.split())


def test_values_are_escaped_terms():
    hostile = Literal('a"} ;\n\'\'\' """ DROP ALL \\')
    graph = Graph()
    graph.add((URIRef("urn:s"), URIRef("urn:p"), hostile))
    graph.add((URIRef("urn:s"), URIRef("urn:q"), Literal(3)))
    text = inject_values("SELECT ?s WHERE { ?s <urn:p> ?n ; <urn:q> ?k }", {"n": hostile, "k": Literal(3)})
    assert [tuple(row) for row in graph.query(text)] == [(URIRef("urn:s"),)]
    with pytest.raises(QueryError, match="WHERE"):
        inject_values("DESCRIBE <urn:x>", {"x": URIRef("urn:y")})


def test_dataset_clause_and_prefixes():
    assert has_dataset_clause("SELECT * FROM <urn:g> WHERE { ?s ?p ?o }")
    assert not has_dataset_clause("SELECT * WHERE { ?s <urn:FROM> ?o . FILTER(?o != 'FROM') }")
    text = with_prefixes("PREFIX ag: <urn:mine#> SELECT * WHERE {}")
    assert "PREFIX ag: <urn:mine#>" in text and f"<{vocab.PREFIXES['ag']}>" not in text
    assert f"PREFIX prov: <{vocab.PREFIXES['prov']}>" in text
    assert redact("https://u:p@[::1]:8443/x?y=1") == "https://[::1]:8443/x?y=1"


def test_remote_open_sends_nothing():
    with AllianceGraph.open("http://127.0.0.1:9/query") as graph:  # port 9: nothing listens
        assert graph.store.spec == "http://127.0.0.1:9/query"


def test_update_encoding_round_trips(remote_store):
    endpoint = RemoteEndpoint(remote_store[0], update_url=remote_store[1])
    tricky = 'quote " backslash \\ newline \n tab \t unicode \u00e9\U0001f600 braces {}'
    endpoint.update(f"INSERT DATA {{ GRAPH <urn:g> {{ <urn:s> <urn:p> {Literal(tricky).n3()} }} }}")
    _, rows = endpoint.select("SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert rows == [(Literal(tricky),)]
    data = urllib.parse.urlencode({"query": "ASK { GRAPH <urn:g> { ?s ?p ?o } }"}).encode()
    request = urllib.request.Request(remote_store[0], data=data, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        assert json.load(response)["boolean"] is True
