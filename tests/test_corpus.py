"""Large corpora: HTML pages, streaming, --jobs, progress, resuming, and the extract -> ingest
--events round trip."""

from __future__ import annotations

import io
import json
import os
import sys
import types

import pytest
from click.testing import CliRunner
from conftest import DOC_CSTO, DOC_NATO, FakeExtractor, seeds_dir

from alliance_graph import AllianceGraph
from alliance_graph.cli import cli
from alliance_graph.corpus import (
    LoadedDocument,
    ProgressLine,
    event_record,
    iter_event_groups,
    parse_html_document,
)
from alliance_graph.documents import read_documents
from alliance_graph.errors import InputError

PAGE = """<html><head><title>Finland joins NATO</title>
<meta property="article:published_time" content="2023-04-05T08:00:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Finland joins NATO</h1>
<p>Finland joins NATO on 2023-04-04.</p>
<p>Officials in Helsinki described the accession ceremony at length, noting that the
alliance had grown to thirty-one members after months of negotiation with Ankara.</p>
<p>Sweden applies NATO on 2022-05.</p>
</article><footer>Copyright 2023 Example News</footer></body></html>"""

PAGE_UNDATED = """<html><head><title>No date</title></head><body><article>
<p>Armenia suspends CSTO on 2024-02-22.</p>
<p>The article mentions 1999-01-01 in its text, which is not its publication date at all.</p>
</article></body></html>"""


def contract(events):
    """Events as a set of their contract fields (what the round trip must keep)."""
    keys = ("doc", "subject", "subject_id", "relation", "organization", "organization_id", "date",
            "status", "attributed_to", "confidence")
    out = set()
    for e in events:
        data = e.to_json() if hasattr(e, "to_json") else e
        ev = data["evidence"]
        out.add(tuple(data[k] for k in keys) + (ev["text"], ev["start"], ev["end"], data.get("published")))
    return out


def invoke(extractor, *args, input=None):
    return CliRunner().invoke(cli, list(args), obj={"extractor": extractor}, input=input,
                              catch_exceptions=False)


# ---------------------------------------------------------------------- HTML
def test_html_page_text_title_and_metadata_date():
    doc = parse_html_document("p.html", PAGE.encode("utf-8"))
    assert doc.published == "2023-04-05" and doc.title == "Finland joins NATO"
    assert "Finland joins NATO on 2023-04-04." in doc.text.split("\n\n")
    assert "Home" not in doc.text and "Copyright" not in doc.text


def test_html_date_is_never_guessed_from_the_text():
    assert parse_html_document("u.html", PAGE_UNDATED).published is None
    assert parse_html_document("u.html", PAGE_UNDATED, published="2024-02-23").published == "2024-02-23"


def test_html_in_directory_is_ingested_and_textless_page_skipped(tmp_path):
    corpus = tmp_path / "pages"
    corpus.mkdir()
    (corpus / "a.html").write_text(PAGE, encoding="utf-8")
    (corpus / "b.htm").write_text("<html><body><script>var x = 1;</script></body></html>", encoding="utf-8")
    store = str(tmp_path / "s.db")
    result = invoke(FakeExtractor(), "--store", store, "ingest", str(corpus))
    assert result.exit_code == 0
    assert result.stdout.strip() == "1 document: 1 new, 0 unchanged; 2 events; 1 skipped"
    assert f"skipped {corpus / 'b.htm'}: " in result.stderr and "no article text" in result.stderr
    with AllianceGraph.open(store) as graph:
        [doc] = graph.store.documents()
        assert (doc["published"], doc["title"], doc["n_events"]) == ("2023-04-05", "Finland joins NATO", 2)


def test_html_without_trafilatura_is_skipped_with_a_reason(tmp_path, monkeypatch):
    page = tmp_path / "a.html"
    page.write_text(PAGE, encoding="utf-8")
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import fails
    problems: list[str] = []
    assert list(read_documents([str(page)], on_error=problems.append)) == []
    assert len(problems) == 1 and problems[0].startswith(f"{page}: cannot read HTML: trafilatura cannot be imported (")
    with pytest.raises(InputError, match="trafilatura cannot be imported"):
        list(read_documents([str(page)]))


def test_html_parser_failure_is_a_skip(tmp_path, monkeypatch):
    page = tmp_path / "a.html"
    page.write_text(PAGE, encoding="utf-8")

    def broken(*args, **kwargs):
        raise RecursionError("deep markup")

    monkeypatch.setitem(sys.modules, "trafilatura", types.SimpleNamespace(bare_extraction=broken))
    problems: list[str] = []
    assert list(read_documents([str(page)], on_error=problems.append)) == []
    assert problems == [f"{page}: trafilatura failed on the page (RecursionError)."]


# ---------------------------------------------------------------------- streaming, jobs, progress
def test_documents_are_read_lazily_after_the_paths_are_checked(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"n{i}", "text": f"Text {i}."}) + "\n" for i in range(5)))
    docs = read_documents([str(corpus)])
    assert next(docs).id == "n0"
    corpus.write_text("")  # the rest is read as it is needed, not up front
    with pytest.raises(InputError, match="no such file"):
        read_documents([str(corpus), str(tmp_path / "missing.txt")])  # checked at the call


def test_explicit_bad_file_after_a_good_one_writes_nothing(tmp_path):
    good, bad = tmp_path / "a.txt", tmp_path / "b.txt"
    good.write_text(DOC_NATO, encoding="utf-8")
    bad.write_bytes(b"caf\xe9")
    store = str(tmp_path / "s.db")
    result = CliRunner().invoke(cli, ["--store", store, "ingest", str(good), str(bad)],
                                obj={"extractor": FakeExtractor()})
    assert result.exit_code == 1 and "is not UTF-8" in result.stderr
    with AllianceGraph.open(store) as graph:
        assert graph.stats()["documents"] == 0


class RecordingExtractor(FakeExtractor):
    def __init__(self):
        super().__init__()
        self.options: list[dict] = []

    def extract_many(self, documents, *, n_process=1, batch_size=16):
        self.options.append({"n_process": n_process, "batch_size": batch_size})
        yield from super().extract_many(documents)


def test_jobs_and_batch_size_reach_the_extractor(docs_dir):
    ex = RecordingExtractor()
    result = invoke(ex, "--store", "memory", "ingest", docs_dir, "--jobs", "3", "--batch-size", "8")
    assert result.exit_code == 0 and ex.options == [{"n_process": 3, "batch_size": 8}]
    out = invoke(ex, "extract", docs_dir, "-j", "2")
    assert out.exit_code == 0 and ex.options[-1]["n_process"] == 2
    bad = CliRunner().invoke(cli, ["--store", "memory", "ingest", docs_dir, "--jobs", "0"])
    assert bad.exit_code == 2


def test_unchanged_documents_do_not_build_the_extractor(tmp_path, docs_dir):
    store = str(tmp_path / "s.db")
    assert invoke(FakeExtractor(), "--store", store, "ingest", docs_dir).exit_code == 0

    class Unbuildable:
        @property
        def version(self):
            raise AssertionError("the extractor was used")

        def extract_many(self, documents, **kwargs):
            raise AssertionError("the extractor was used")

    again = invoke(Unbuildable(), "--store", store, "ingest", docs_dir)
    assert again.stdout.strip() == "2 documents: 0 new, 2 unchanged; 0 events"


def test_progress_line_counts_and_rate():
    out = io.StringIO()
    line = ProgressLine(out, interval=3600)
    counts = types.SimpleNamespace(new=1, unchanged=0)
    line.update(counts)  # first update always shows
    counts.unchanged = 1
    line.update(counts)  # throttled
    line.update(counts, force=True)
    line.close()
    text = out.getvalue()
    assert text.count("\r") == 2 and text.endswith("\n")
    assert "\r1 documents (1 new, 0 unchanged)" in text and "\r2 documents (1 new, 1 unchanged)" in text
    assert "documents/s" in text


def test_no_progress_line_when_stderr_is_not_a_terminal(docs_dir):
    result = invoke(FakeExtractor(), "--store", "memory", "ingest", docs_dir)
    assert "\r" not in result.stderr and "documents/s" not in result.stderr


def test_progress_callback_sees_every_document(memory_graph, docs_dir):
    # one call per document, after its batch is committed (documents counts what was read)
    seen = []
    memory_graph.ingest([docs_dir], on_progress=lambda s: seen.append((s.documents, s.new, s.unchanged)))
    assert [(new, unchanged) for _, new, unchanged in seen] == [(1, 0), (2, 0)] and seen[-1][0] == 2
    seen.clear()
    memory_graph.ingest([docs_dir], on_progress=lambda s: seen.append((s.documents, s.new, s.unchanged)))
    assert [(new, unchanged) for _, new, unchanged in seen] == [(0, 1), (0, 2)] and seen[-1][0] == 2


# ---------------------------------------------------------------------- interrupted and resumed
class FailingAfter(FakeExtractor):
    """Extracts ``n`` documents, then fails as an interrupted run would."""

    def __init__(self, n):
        super().__init__()
        self.n = n

    def extract_many(self, documents, **kwargs):
        for i, pair in enumerate(super().extract_many(documents)):
            if i == self.n:
                raise KeyboardInterrupt
            yield pair


def _corpus(tmp_path, n=6):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(n):
        text = DOC_CSTO if i % 2 else DOC_NATO
        (corpus / f"d{i:02d}.txt").write_text(text + f"\nFiller {i}.\n", encoding="utf-8")
    return str(corpus)


def test_interrupted_ingest_resumes_without_duplicates(tmp_path):
    corpus = _corpus(tmp_path)
    resumed, clean = str(tmp_path / "resumed.db"), str(tmp_path / "clean.db")
    result = CliRunner().invoke(cli, ["--store", resumed, "ingest", corpus], obj={"extractor": FailingAfter(3)})
    assert result.exit_code == 130 and "run the same command again to continue" in result.stderr
    with AllianceGraph.open(resumed) as graph:
        assert graph.stats()["documents"] == 3
    again = invoke(FakeExtractor(), "--store", resumed, "ingest", corpus)
    assert again.stdout.strip() == "6 documents: 3 new, 3 unchanged; 12 events"
    assert invoke(FakeExtractor(), "--store", clean, "ingest", corpus).exit_code == 0
    with AllianceGraph.open(resumed) as a, AllianceGraph.open(clean) as b:
        assert a.stats() == b.stats()
        assert contract(a.store.events()) == contract(b.store.events())
        assert [(r.name, r.status) for r in a.members("CSTO", as_of="2024-03", include_all=True)] == \
            [(r.name, r.status) for r in b.members("CSTO", as_of="2024-03", include_all=True)]


# ---------------------------------------------------------------------- extract -> ingest --events
def test_extract_jsonl_carries_sha256_and_published(docs_dir):
    out = invoke(FakeExtractor(), "extract", os.path.join(docs_dir, "nato.txt"))
    records = [json.loads(line) for line in out.stdout.splitlines()]
    [doc] = read_documents([os.path.join(docs_dir, "nato.txt")])
    assert {(r["doc_sha256"], r["published"]) for r in records} == {(doc.sha256, "2023-04-05")}


def test_events_round_trip_equals_direct_ingest(tmp_path, docs_dir):
    ex = FakeExtractor()
    events_file = tmp_path / "events.jsonl"
    out = invoke(ex, "extract", docs_dir)
    events_file.write_text(out.stdout, encoding="utf-8")
    loaded, direct = str(tmp_path / "loaded.db"), str(tmp_path / "direct.db")
    result = invoke(ex, "--store", loaded, "ingest", "--events", str(events_file))
    assert result.stdout.strip() == "2 documents: 2 new, 0 unchanged; 7 events"
    assert invoke(ex, "--store", direct, "ingest", docs_dir).exit_code == 0
    with AllianceGraph.open(loaded) as a, AllianceGraph.open(direct) as b:
        assert contract(a.store.events()) == contract(b.store.events())
        assert {d["sha256"] for d in a.store.documents()} == {d["sha256"] for d in b.store.documents()}
        assert a.members("CSTO", as_of="2024-03-01") == b.members("CSTO", as_of="2024-03-01")
        assert contract(a.store.events()) == contract(json.loads(x) for x in out.stdout.splitlines())
    # idempotent: again through either path
    again = invoke(ex, "--store", loaded, "ingest", "--events", str(events_file))
    assert again.stdout.strip() == "2 documents: 0 new, 2 unchanged; 0 events"
    calls = ex.calls
    direct_again = invoke(ex, "--store", loaded, "ingest", docs_dir)
    assert direct_again.stdout.strip() == "2 documents: 0 new, 2 unchanged; 0 events" and ex.calls == calls


def test_events_from_shards_concatenated(tmp_path, docs_dir):
    ex = FakeExtractor()
    shards = []
    for name in ("csto.txt", "nato.txt"):
        shard = tmp_path / f"events-{name}.jsonl"
        shard.write_text(invoke(ex, "extract", os.path.join(docs_dir, name)).stdout, encoding="utf-8")
        shards.append(str(shard))
    result = invoke(ex, "--store", "memory", "ingest", "--events", *shards)
    assert result.stdout.strip() == "2 documents: 2 new, 0 unchanged; 7 events"


def _event_line(**changes):
    base = {"doc": "a.txt", "subject": "Finland", "subject_id": "FIN", "relation": "joins",
            "organization": "NATO", "organization_id": "NATO", "date": "2023-04-04",
            "status": "asserted", "attributed_to": None, "confidence": 0.9,
            "evidence": {"text": "Finland joined NATO.", "start": 0, "end": 20},
            "published": "2023-04-05", "doc_sha256": "ab" * 32}
    base.update(changes)
    return json.dumps(base)


@pytest.mark.parametrize("line, reason", [
    ("{oops", "malformed JSON"),
    ("[1]", "expected a JSON object"),
    (_event_line(doc_sha256=None), 'no "doc_sha256"'),
    (_event_line(doc_sha256="xyz"), "Invalid document hash"),
    (_event_line(relation="likes"), "Unknown relation 'likes'"),
    (_event_line(date="last May"), "Malformed date"),
    (_event_line(confidence="high"), "not an event"),
    (_event_line(subject_id="A\nB"), "Invalid organisation id"),
    (_event_line(evidence={"text": "x", "start": 9, "end": 2}), "not a span"),
    (_event_line(subject=None, subject_id=None, organization=None), "not an event"),
])
def test_malformed_event_lines_are_skipped_and_reported(tmp_path, line, reason):
    path = tmp_path / "events.jsonl"
    path.write_text(_event_line() + "\n" + line + "\n", encoding="utf-8")
    problems: list[str] = []
    groups = list(iter_event_groups([str(path)], on_error=problems.append))
    assert [(d.id, len(e)) for d, e in groups] == [("a.txt", 1)]
    assert len(problems) == 1 and problems[0].startswith(f"{path}, line 2: ") and reason in problems[0]
    with pytest.raises(InputError, match="line 2"):
        list(iter_event_groups([str(path)]))


def test_events_of_a_document_split_apart_are_reported(tmp_path):
    path = tmp_path / "events.jsonl"
    other = _event_line(doc="b.txt", doc_sha256="cd" * 32)
    path.write_text("\n".join([_event_line(), other, _event_line(status="reported")]) + "\n")
    problems: list[str] = []
    groups = list(iter_event_groups([str(path)], on_error=problems.append))
    assert [d.id for d, _ in groups] == ["a.txt", "b.txt"]
    assert "appear again after other documents" in problems[0]


def test_ingest_events_cli_reports_skips_and_missing_files(tmp_path):
    path = tmp_path / "events.jsonl"
    path.write_text(_event_line() + "\nnot json\n", encoding="utf-8")
    result = invoke(FakeExtractor(), "--store", "memory", "ingest", "--events", str(path))
    assert result.exit_code == 0 and result.stdout.strip().endswith("; 1 skipped")
    assert f"skipped {path}: {path}, line 2: malformed JSON" in result.stderr
    missing = CliRunner().invoke(cli, ["--store", "memory", "ingest", "--events", str(tmp_path / "no.jsonl")])
    assert missing.exit_code == 1 and "no such file" in missing.stderr
    mixed = CliRunner().invoke(cli, ["--store", "memory", "ingest", "--events", str(path), "--published", "2024"])
    assert mixed.exit_code == 2


def test_loaded_document_keeps_the_given_hash():
    doc = LoadedDocument(id="a.txt", text="", published="2024", content_sha256="f" * 64)
    assert doc.sha256 == "f" * 64 and doc.published == "2024"


def test_event_record_adds_the_hash(memory_graph, docs_dir):
    [event, *_] = memory_graph.extract([os.path.join(docs_dir, "nato.txt")])
    record = event_record(event)
    assert list(record)[:11] == list(event.to_json())[:11] and len(record["doc_sha256"]) == 64


@pytest.mark.model
def test_real_model_round_trip_and_jobs(tmp_path, real_extractor):
    seeds = [os.path.join(seeds_dir(), name) for name in ("csto_armenia_freeze.txt", "nato_finland_sweden.txt")]
    one = invoke(real_extractor, "extract", *seeds)
    two = invoke(real_extractor, "extract", *seeds, "--jobs", "2")
    assert one.exit_code == two.exit_code == 0
    assert contract(json.loads(x) for x in one.stdout.splitlines()) == \
        contract(json.loads(x) for x in two.stdout.splitlines())
    events_file = tmp_path / "events.jsonl"
    events_file.write_text(one.stdout, encoding="utf-8")
    loaded = invoke(real_extractor, "--store", str(tmp_path / "a.db"), "ingest", "--events", str(events_file))
    direct = invoke(real_extractor, "--store", str(tmp_path / "b.db"), "ingest", *seeds)
    assert loaded.exit_code == direct.exit_code == 0
    with AllianceGraph.open(str(tmp_path / "a.db")) as a, AllianceGraph.open(str(tmp_path / "b.db")) as b:
        assert contract(a.store.events()) == contract(b.store.events()) != set()


def test_event_record_with_null_names_is_refused():
    """A null subject or organisation is a malformed line, never the string 'None'."""
    from alliance_graph.errors import InputError
    from alliance_graph.model import Event

    record = {"doc": "a.txt", "subject": None, "subject_id": "ARM", "relation": "joins",
              "organization": "CSTO", "organization_id": "CSTO", "status": "asserted",
              "evidence": {"text": "x", "start": 0, "end": 1}}
    with pytest.raises(InputError, match="subject"):
        Event.from_json(record)
