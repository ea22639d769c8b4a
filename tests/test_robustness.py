"""Robustness: arbitrary text never crashes the extractor or writes invalid RDF; bad inputs give
one clear line and leave the store alone; ingest survives SIGKILL; a locked store is reported;
names and bindings cannot inject SPARQL."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
import tracemalloc

import pytest
from click.testing import CliRunner
from conftest import FakeExtractor
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alliance_graph.cli import cli
from alliance_graph.documents import MAX_FILE_BYTES, read_documents
from alliance_graph.model import Document
from alliance_graph.store import Store

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


# ---------------------------------------------------------------------- property tests (real model)
@pytest.fixture(scope="module")
def extractor(real_extractor):
    """The session's real extractor (tests/conftest.py) for the property tests."""
    return real_extractor


def check_extract_and_rdf(extractor, text: str, doc_id: str = "doc.txt", published: str | None = "2024-02-23") -> None:
    """Extraction does not crash, evidence points into the text, and the RDF written for the
    events serialises to N-Triples that parses back to the same graph (rdflib and Oxigraph)."""
    import pyoxigraph as ox
    from rdflib import Graph
    from rdflib.compare import isomorphic

    doc = Document(id=doc_id, text=text, published=published)
    events = [e.with_changes(doc_sha256=doc.sha256, published=published) for e in extractor.extract(doc)]
    for e in events:
        assert 0 <= e.evidence.start <= e.evidence.end <= len(text)
        assert text[e.evidence.start:e.evidence.end] == e.evidence.text
    with Store.open("memory") as store:
        store.add_document(doc, events, extractor_version=extractor.version)
        graph = store.to_graph()
        data = store.serialize("nt")
    assert len(graph) > 0
    again = Graph().parse(data=data, format="nt")
    assert isomorphic(graph, again)
    assert len(list(ox.parse(data, "application/n-triples"))) == len(graph)  # a strict parser agrees


NASTY = '"\'<>{}\\\n\r\t`|^&;#%$' + "\u0000\u2028\u202e\ufeff"
names = st.text(alphabet=st.sampled_from(NASTY + "abcXYZ -"), min_size=1, max_size=20)
words = st.sampled_from(["Armenia", "joined", "left", "the", "CSTO", "NATO", "and", "in", "2023", "said",
                         "not", "\"", "<b>", "</b>", "\n", "suspended", "Russia", "on", "Thursday", ","])
PROPERTY = settings(max_examples=30, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.model
@PROPERTY
@given(text=st.text(max_size=400))
def test_arbitrary_text(extractor, text):
    check_extract_and_rdf(extractor, text)


@pytest.mark.model
@PROPERTY
@given(text=st.text(alphabet=st.characters(min_codepoint=0x80, exclude_categories=("Cs",)), max_size=200),
       tail=st.sampled_from(["Armenia left the CSTO on 22 February 2024.", "Finland joined NATO in 2023.", ""]))
def test_unicode_around_claims(extractor, text, tail):
    check_extract_and_rdf(extractor, text + " " + tail)


@pytest.mark.model
@settings(max_examples=8, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=st.lists(words, min_size=50, max_size=250))
def test_very_long_sentences(extractor, body):
    check_extract_and_rdf(extractor, " ".join(body) + " Russia joined the CSTO in 1992.")


@pytest.mark.model
@PROPERTY
@given(tags=st.lists(st.sampled_from(["<p>", "</p>", "<br/>", "<a href=\"x?a=1&b=2\">", "</a>", "<!-- c -->",
                                      "<script>if (a < b) {}</script>", "&amp;", "&#x3c;", "]]>", "{{x}}"]),
                     max_size=8),
       claim=st.sampled_from(["Finland joined NATO on 4 April 2023.", "Armenia suspended its CSTO membership."]))
def test_markup(extractor, tags, claim):
    check_extract_and_rdf(extractor, "".join(tags[:4]) + claim + "".join(tags[4:]))


@pytest.mark.model
@PROPERTY
@given(name=names, doc_id=names,
       template=st.sampled_from(['"{n}" joined NATO in 2023.', "President {n} said Armenia left the CSTO.",
                                 "{n} and Finland joined NATO.", "The <{n}> bloc admitted Sweden in 2024."]))
def test_names_with_quotes_brackets_and_newlines(extractor, name, doc_id, template):
    check_extract_and_rdf(extractor, template.format(n=name), doc_id=doc_id)


# ---------------------------------------------------------------------- bad inputs through the CLI
def invoke(*args, input=None):
    return CliRunner().invoke(cli, list(args), obj={"extractor": FakeExtractor()}, input=input,
                              catch_exceptions=False)


def snapshot(store: str):
    """What must not change: the counts and every triple."""
    with Store.open(store, read_only=True) as s:
        return s.stats(), sorted(s.serialize("nt").decode("utf-8").splitlines())


def assert_one_line_error(result, *fragments):
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


@pytest.fixture
def filled(tmp_path, docs_dir):
    store = str(tmp_path / "filled.db")
    assert invoke("--store", store, "ingest", docs_dir).exit_code == 0
    return store


@pytest.mark.parametrize("name, content, message", [
    ("binary.txt", bytes(range(256)) * 4, "is a binary file"),
    ("latin1.txt", "Armenia a quitt\u00e9 l'OTSC.".encode("latin-1"), "is not UTF-8 text"),
    ("empty.txt", b"", "the document is empty"),
    ("spaces.txt", b" \n\t\n", "the document is empty"),
    ("date.txt", b"Published: 23/02/2024\n\nArmenia suspends CSTO.\n", "unreadable Published date '23/02/2024'"),
    ("other.pdf", b"%PDF-1.7", "unsupported file type '.pdf'"),
    ("binary.jsonl", b'{"id": "a", "text": "x"}\n\x00\x01\x02', "is a binary file"),
    ("binary.html", b"<html>\x00\x00</html>", "is a binary file"),
])
def test_bad_files_one_line_and_store_unchanged(tmp_path, filled, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    before = snapshot(filled)
    result = invoke("--store", filled, "ingest", str(path))
    assert_one_line_error(result, str(path), message)
    assert snapshot(filled) == before


def test_unknown_published_option_format(filled, docs_dir):
    before = snapshot(filled)
    assert_one_line_error(invoke("--store", filled, "ingest", docs_dir, "--published", "Feb 23rd"),
                          "Malformed date 'Feb 23rd'")
    assert_one_line_error(invoke("--store", filled, "members", "CSTO", "--as-of", "yesterday"), "Malformed date")
    assert snapshot(filled) == before


def test_malformed_jsonl_lines_are_skipped_and_reported(tmp_path, filled):
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(b'{oops\n[1]\n{"id": "a"}\n{"id": "b", "text": "x", "published": "soon"}\n\xff\n')
    before = snapshot(filled)
    result = invoke("--store", filled, "ingest", str(corpus))
    assert result.exit_code == 0 and result.stdout.strip() == "0 documents: 0 new, 0 unchanged; 0 events; 5 skipped"
    reasons = result.stderr.strip().splitlines()
    assert [r.split(": ", 2)[1] for r in reasons] == [f"{corpus}, line {n}" for n in range(1, 6)]
    assert snapshot(filled) == before


def _big_file(path, size: int, line: bytes) -> None:
    with open(path, "wb") as fh:
        chunk = line * (1 << 20 // len(line) + 1)
        written = 0
        while written < size:
            fh.write(chunk)
            written += len(chunk)


def test_50_mb_text_file_is_refused_unread(tmp_path, filled):
    """Decision: a single document over MAX_FILE_BYTES (8 MB) is refused with a size message
    before it is read; a JSON Lines corpus of any size is read line by line instead."""
    big = tmp_path / "big.txt"
    _big_file(big, 50 * 2**20, b"Armenia suspends CSTO on 2024-02-22.\n")
    before = snapshot(filled)
    tracemalloc.start()
    try:
        result = invoke("--store", filled, "ingest", str(big))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert_one_line_error(result, str(big), "too large", f"{MAX_FILE_BYTES:,}")
    assert peak < 5 * 2**20
    assert snapshot(filled) == before


def test_50_mb_jsonl_line_is_skipped_in_bounded_memory(tmp_path):
    corpus = tmp_path / "big.jsonl"
    with open(corpus, "wb") as fh:
        fh.write(b'{"id": "huge", "text": "')
        fh.write(b"Finland joins NATO. " * (50 * 2**20 // 20))
        fh.write(b'"}\n{"id": "small", "text": "Finland joins NATO on 2023-04-04."}\n')
    problems: list[str] = []
    tracemalloc.start()
    try:
        docs = [d.id for d in read_documents([str(corpus)], on_error=problems.append)]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert docs == ["small"] and problems == [f"{corpus}, line 1: too long (over {MAX_FILE_BYTES:,} bytes): split the article."]
    assert peak < 3 * MAX_FILE_BYTES


def test_unknown_names_and_malformed_sparql(filled):
    before = snapshot(filled)
    assert_one_line_error(invoke("--store", filled, "members", "CTSO"), "No organisation named 'CTSO'", "CSTO")
    assert_one_line_error(invoke("--store", filled, "explain", "Atlantis", "CSTO"), "Atlantis")
    assert_one_line_error(invoke("--store", filled, "sparql", "SELECT ?s WHERE { ?s"), "Query")
    assert_one_line_error(invoke("--store", filled, "sparql", "@" + os.path.join(filled, "nope.rq")), "no such file")
    assert snapshot(filled) == before


# ---------------------------------------------------------------------- SPARQL injection
INJECTIONS = [
    'CSTO" } ; INSERT DATA { <urn:a> <urn:b> <urn:c> } #',
    "CSTO' } INSERT { ?s ?p ?o } WHERE { ?s ?p ?o } #",
    "}} DROP ALL ; SELECT * {",
    "SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o }",
    "<https://w3id.org/alliance-graph/id/org/CSTO>",
    "agd:org/CSTO> . ?x ?y ?z",
    "CSTO\n} CLEAR DEFAULT",
    "C S T O with spaces",
]


@pytest.mark.parametrize("value", INJECTIONS)
def test_names_are_inert(filled, value):
    before = snapshot(filled)
    for args in (["members", value], ["memberships", value], ["timeline", value],
                 ["explain", value, "CSTO"], ["explain", "Armenia", value], ["members", "CSTO", "--as-of", value]):
        result = invoke("--store", filled, *args)
        assert_one_line_error(result)
    assert snapshot(filled) == before


@pytest.mark.parametrize("value", INJECTIONS)
def test_bindings_are_inert(filled, value):
    before = snapshot(filled)
    query = "SELECT ?name ?s WHERE { ?s rdfs:label ?name }"
    literal = invoke("--store", filled, "sparql", query, "--bind", f"name={value}", "--format", "json")
    assert literal.exit_code == 0 and json.loads(literal.stdout) == []
    as_iri = invoke("--store", filled, "sparql", query, "--bind-iri", f"s={value}", "--format", "json")
    if as_iri.exit_code == 0:  # a well-formed IRI is only ever a value
        assert json.loads(as_iri.stdout) in ([], [{"name": "CSTO", "s": value.strip("<>")}])
    else:
        assert_one_line_error(as_iri, "Invalid IRI")
    assert snapshot(filled) == before


@pytest.mark.parametrize("query, message", [
    ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "update"),
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("SELECT * WHERE { ?s ?p ?o } ; DROP ALL", ""),
    ("DROP ALL", ""),
])
def test_updates_and_service_refused(filled, query, message):
    before = snapshot(filled)
    assert_one_line_error(invoke("--store", filled, "sparql", query), message)
    assert snapshot(filled) == before


def test_bad_variable_names_and_iri_with_spaces(filled):
    before = snapshot(filled)
    assert_one_line_error(invoke("--store", filled, "sparql", "SELECT ?s WHERE { ?s ?p ?o }",
                                 "--bind", "s } INSERT {=x"), "Invalid variable name")
    assert_one_line_error(invoke("--store", filled, "sparql", "SELECT ?s WHERE { ?s ?p ?o }",
                                 "--bind-iri", "s=http://example.org/a b"), "Invalid IRI")
    assert snapshot(filled) == before


# ---------------------------------------------------------------------- crash safety (subprocesses)
INGEST_SCRIPT = textwrap.dedent('''
    """Ingest a directory with a cheap extractor (one event a line) that takes its time."""
    import sys, time
    from alliance_graph.graph import AllianceGraph
    from alliance_graph.model import Event, Evidence

    class SlowExtractor:
        version = "slow-fake 0"

        def extract_many(self, documents, **kwargs):
            for doc in documents:
                time.sleep(float(sys.argv[3]))
                events, offset = [], 0
                for line in doc.text.split("\\n"):
                    if line.startswith("member "):
                        org = line.split()[1]
                        events.append(Event(doc.id, "Armenia", "ARM", "member", org, org, None,
                                            "asserted", None, 0.5, Evidence(line, offset, offset + len(line))))
                    offset += len(line) + 1
                yield doc, events

    with AllianceGraph.open(sys.argv[1], extractor=SlowExtractor()) as graph:
        print("ready", flush=True)
        print(graph.ingest([sys.argv[2]]), flush=True)
''')

ORGS = ["NATO", "CSTO", "EU", "BRICS", "SCO", "OPEC", "ASEAN", "G20"]


def _small_corpus(folder, n=30) -> dict[str, int]:
    """n documents with 1 to 8 events each; returns doc id -> expected number of events."""
    folder.mkdir()
    expected = {}
    for i in range(n):
        k = 1 + i % len(ORGS)
        lines = [f"member {org}" for org in ORGS[:k]] + [f"Document {i}."]
        path = folder / f"d{i:02d}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        expected[str(path)] = k
    return expected


def _run_script(script, store, corpus, delay):
    env = {**os.environ, "PYTHONPATH": ROOT + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.Popen([sys.executable, str(script), store, str(corpus), str(delay)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _check_whole_documents(store, expected) -> set[str]:
    with Store.open(store) as s:  # opens (not corrupt) and takes the lock (the killed process is gone)
        docs = s.documents()
        assert s.stats()["events"] == sum(d["n_events"] for d in docs)
    present = {d["id"]: d["n_events"] for d in docs}
    assert len(present) == len(docs)  # no document twice
    for doc_id, n in present.items():
        assert n == expected[doc_id], f"{doc_id} is partly stored ({n} of {expected[doc_id]} events)"
    return set(present)


def test_sigkill_during_ingest_leaves_whole_documents(tmp_path):
    expected = _small_corpus(tmp_path / "corpus")
    script = tmp_path / "ingest_slowly.py"
    script.write_text(INGEST_SCRIPT, encoding="utf-8")
    store = str(tmp_path / "store.db")
    rng = random.Random(5)
    counts = []
    for _ in range(8):
        proc = _run_script(script, store, tmp_path / "corpus", 0.02)
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        time.sleep(rng.uniform(0.0, 0.15))
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=30)
        counts.append(len(_check_whole_documents(store, expected)))
    assert counts == sorted(counts)  # nothing stored is ever lost
    final = _run_script(script, store, tmp_path / "corpus", 0)
    out, err = final.communicate(timeout=120)
    assert final.returncode == 0, err
    assert out.splitlines()[-1].startswith("30 documents:")
    assert _check_whole_documents(store, expected) == set(expected)
    with Store.open(store) as s:
        assert s.stats()["events"] == sum(expected.values())
        derived = s.query("SELECT (COUNT(?m) AS ?n) WHERE { ?m a ag:Membership }").rows
        assert int(derived[0]["n"]) == len(ORGS)  # memberships re-derived after the last run


def test_second_ingest_on_a_locked_store_is_refused(tmp_path):
    _small_corpus(tmp_path / "corpus", n=20)
    script = tmp_path / "ingest_slowly.py"
    script.write_text(INGEST_SCRIPT, encoding="utf-8")
    store = str(tmp_path / "store.db")
    first = _run_script(script, store, tmp_path / "corpus", 0.2)
    try:
        assert first.stdout.readline().strip() == "ready"
        env = {**os.environ, "PYTHONPATH": ROOT}
        second = subprocess.run([sys.executable, "-m", "alliance_graph", "--store", store, "ingest",  # noqa: PLW1510
                                 str(tmp_path / "corpus")], env=env, capture_output=True, text=True, timeout=120)
        assert second.returncode == 1 and second.stdout == ""
        lines = second.stderr.strip().splitlines()
        assert len(lines) == 1 and "store is locked" in lines[0], second.stderr
        out, err = first.communicate(timeout=120)
        assert first.returncode == 0, err
    finally:
        if first.poll() is None:
            first.kill()
            first.communicate()
    assert out.splitlines()[-1].startswith("20 documents: 20 new")
    with Store.open(store) as s:
        assert s.stats()["documents"] == 20
