"""Reading .txt (with header), .jsonl, directories and stdin."""

from __future__ import annotations

import io
import json

import pytest

from alliance_graph.documents import iter_jsonl_documents, parse_text_document, read_documents
from alliance_graph.errors import InputError

ARTICLE = ("Title: Armenia freezes CSTO\nPublished: 2024-02-23\nSource: France 24\nURL: https://x.test/a\n"
           "Author: Jane Doe\n\nArmenia suspended its participation in the CSTO.\n")


def test_header_is_metadata_and_offsets_count_from_body():
    doc = parse_text_document("a.txt", ARTICLE)
    assert (doc.title, doc.published, doc.source, doc.url) == (
        "Armenia freezes CSTO", "2024-02-23", "France 24", "https://x.test/a")
    assert doc.metadata == (("author", "Jane Doe"),)
    assert doc.text.startswith("Armenia suspended")
    assert doc.text[doc.text.index("CSTO"):][:4] == "CSTO"
    assert doc.text.index("Armenia") == 0


def test_header_keys_are_case_insensitive_and_datetime_published():
    doc = parse_text_document("a.txt", "TITLE: T\npublished: 2024-02-23T08:15:00+01:00\n\nBody.")
    assert (doc.title, doc.published, doc.text) == ("T", "2024-02-23", "Body.")


def test_title_line_then_blank_is_body():
    raw = "Putin Caught Off Guard as His 'Mini-NATO' Falls Apart\n\nRussian President..."
    assert parse_text_document("a.txt", raw).text == raw
    raw = "Breaking: Armenia leaves\n\nText"
    assert parse_text_document("a.txt", raw).text == raw


def test_published_argument_applies_only_when_absent():
    assert parse_text_document("a.txt", "Body", published="2024-01-01").published == "2024-01-01"
    assert parse_text_document("a.txt", ARTICLE, published="2020-01-01").published == "2024-02-23"


def test_bad_published_names_file_and_value():
    with pytest.raises(InputError, match=r"a\.txt.*'last Friday'"):
        parse_text_document("a.txt", "Published: last Friday\n\nBody")


def test_crlf_and_bom(tmp_path):
    p = tmp_path / "w.txt"
    p.write_bytes(b"\xef\xbb\xbfTitle: W\r\n\r\nLine one.\r\nLine two.")
    [doc] = read_documents([str(p)])
    assert doc.text == "Line one.\nLine two." and doc.title == "W"


def test_text_file_doc_id_is_path_as_given(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("Body", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert [d.id for d in read_documents(["a.txt", "./a.txt"])] == ["a.txt", "./a.txt"]


def test_jsonl(tmp_path):
    p = tmp_path / "c.jsonl"
    lines = [{"id": "n1", "text": "Finland joined NATO.", "published": "2023-04-04", "title": "T", "lang": "en"},
             {"id": 7, "text": "Sweden joined NATO."}]
    p.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")
    docs = list(read_documents([str(p)], published="2024-03-07"))
    assert [(d.id, d.published, d.title) for d in docs] == [("n1", "2023-04-04", "T"), ("7", "2024-03-07", None)]
    assert docs[0].metadata == (("lang", "en"),)


@pytest.mark.parametrize("line, reason", [
    ("{oops", "malformed JSON"),
    ('{"text": "x"}', 'missing "id"'),
    ('{"id": "a"}', 'missing "text"'),
    ('[1, 2]', "expected a JSON object"),
    ('{"id": "a", "text": "x", "published": "soon"}', "unreadable Published date 'soon'"),
])
def test_jsonl_malformed_line_names_file_and_line(tmp_path, line, reason):
    p = tmp_path / "c.jsonl"
    p.write_text('{"id": "ok", "text": "fine"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="c.jsonl, line 2: " + reason.replace("(", r"\(")):
        list(read_documents([str(p)]))


def test_jsonl_on_error_skips_and_reports(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_bytes(b'{"id": "a", "text": "x"}\n\xff\xfe\n{"id": "a", "text": "y"}\n{"id": "b", "text": "z"}\n')
    problems: list[str] = []
    assert [d.id for d in iter_jsonl_documents(str(p), on_error=problems.append)] == ["a", "b"]
    assert [m.split(": ", 1)[1] for m in problems] == ["is not UTF-8 text.", "duplicate id 'a'."]
    assert "line 2" in problems[0] and "line 3" in problems[1]


def test_directory_recursive_sorted(tmp_path):
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "b.txt").write_text("B", encoding="utf-8")
    (root / "a.txt").write_text("A", encoding="utf-8")
    (root / "sub" / "c.txt").write_text("C", encoding="utf-8")
    (root / "sub" / "d.jsonl").write_text('{"id": "d1", "text": "D"}\n', encoding="utf-8")
    (root / "notes.md").write_text("ignored", encoding="utf-8")
    (root / ".hidden" / "e.txt").write_text("ignored", encoding="utf-8")
    given = str(root)
    ids = [d.id for d in read_documents([given])]
    assert ids == [f"{given}/a.txt", f"{given}/b.txt", f"{given}/sub/c.txt", "d1"]


def test_stdin():
    [doc] = read_documents(["-"], stdin=io.StringIO("Published: 2024-02-23\n\nArmenia."))
    assert (doc.id, doc.text, doc.published) == ("-", "Armenia.", "2024-02-23")


@pytest.mark.parametrize("name, content, message", [
    ("bad.txt", b"caf\xe9 au lait", "is not UTF-8 text"),
    ("bin.txt", b"PK\x03\x04\x00\x00", "binary"),
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"\n  \n", "empty"),
    ("header_only.txt", b"Title: x\nPublished: 2024-01-01\n", "empty"),
    ("doc.pdf", b"%PDF", "unsupported file type '.pdf'"),
    ("empty.jsonl", b"\n", "contains no documents"),
])
def test_file_errors_name_the_path(tmp_path, name, content, message):
    p = tmp_path / name
    p.write_bytes(content)
    with pytest.raises(InputError, match=message) as info:
        list(read_documents([str(p)]))
    assert str(p) in str(info.value) and "\n" not in str(info.value)


def test_missing_path_and_empty_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        list(read_documents([str(tmp_path / "nope.txt")]))
    (tmp_path / "d").mkdir()
    with pytest.raises(InputError, match="contains no"):
        list(read_documents([str(tmp_path / "d")]))


def test_directory_on_error_skips_bad_files(tmp_path):
    (tmp_path / "a.txt").write_text("A", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    problems: list[str] = []
    assert [d.text for d in read_documents([str(tmp_path)], on_error=problems.append)] == ["A"]
    assert len(problems) == 1 and "b.txt" in problems[0]
