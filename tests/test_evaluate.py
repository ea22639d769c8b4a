"""Evaluator arithmetic on small hand-made gold/predicted lists."""

from __future__ import annotations

import json

import pytest

from alliance_graph.errors import InputError
from alliance_graph.evaluate import Score, date_matches, doc_key, evaluate, format_report, load_gold
from alliance_graph.model import Event, Evidence


def ev(doc, sid, relation, org="CSTO", date=None, status="asserted"):
    return Event(doc, sid.title(), sid, relation, org, org, date, status, None, 0.9, Evidence(f"{sid} {relation}", 0, 8))


GOLD = [
    ev("seeds/a.txt", "ARM", "suspends", date="2024-02"),
    ev("seeds/a.txt", "RUS", "member"),
    ev("seeds/a.txt", "BLR", "member", date="2024"),
    ev("seeds/a.txt", "ARM", "leaves", status="denied"),
    ev("seeds/b.txt", "FIN", "joins", "NATO", "2023-04-04"),
]


def test_doc_key():
    assert doc_key("/tmp/run/seeds/a.txt") == doc_key("seeds/a.txt") == "a.txt"
    assert doc_key("reuters-123") == "reuters-123"


def test_date_precision_rule():
    assert date_matches("2024-02", "2024-02-23")
    assert date_matches("2024-02-23", "2024-02-23")
    assert not date_matches("2024-02", "2024")
    assert not date_matches("2024-02", None)
    assert not date_matches("2024-02-23", "2024-02-22")


def test_scores():
    pred = [
        ev("/x/a.txt", "ARM", "suspends", date="2024-03-01"),          # triple ok, date wrong
        ev("/x/a.txt", "RUS", "member", date="2023"),                  # ok (gold has no date)
        ev("/x/a.txt", "BLR", "member", date="2024-05", status="reported"),  # triple ok, status wrong, date ok
        ev("/x/a.txt", "KAZ", "member"),                               # spurious
        ev("/x/a.txt", "ARM", "leaves", status="denied"),              # denied: excluded from triples
        ev("/x/b.txt", "FIN", "joins", "NATO", "2023"),                # triple ok, date too coarse
    ]
    r = evaluate(GOLD, pred)
    assert (r.triples.tp, r.triples.fp, r.triples.fn) == (4, 1, 0)
    assert r.triples.precision == 0.8 and r.triples.recall == 1.0 and r.triples.f1 == 0.8889
    # statuses over every event: matched ARM suspends, RUS member, ARM leaves denied, FIN joins
    assert (r.statuses.tp, r.statuses.fp, r.statuses.fn) == (4, 2, 1)
    assert (r.dates.correct, r.dates.total) == (1, 3)  # BLR 2024-05 matches gold 2024; FIN 2023 too coarse
    assert evaluate(GOLD[:1], [ev("a.txt", "ARM", "suspends", date="2024-02-22")]).dates.accuracy == 1.0
    assert (r.member_list.tp, r.member_list.fp, r.member_list.fn) == (2, 1, 0)
    rel = dict(r.per_relation)
    assert rel["member"] == r.member_list and rel["joins"].f1 == 1.0 and "leaves" not in rel
    assert r.distractor_events == 0
    kinds = sorted((e.kind, e.subject_id, e.status) for e in r.errors)
    assert kinds == [("missed", "BLR", "asserted"), ("spurious", "BLR", "reported"), ("spurious", "KAZ", "asserted")]


def test_denied_only_prediction_is_not_a_triple():
    r = evaluate([ev("a.txt", "ARM", "leaves", status="denied")], [ev("a.txt", "ARM", "leaves")])
    assert (r.triples.tp, r.triples.fp, r.triples.fn) == (0, 1, 0)
    assert (r.statuses.tp, r.statuses.fp, r.statuses.fn) == (0, 1, 1)


def test_distractors_and_document_scope():
    pred = [ev("a.txt", "RUS", "member"), ev("plover.txt", "NOR", "member", "NATO"),
            ev("plover.txt", "NOR", "leaves", "NATO", status="denied"), ev("other.txt", "X", "member")]
    r = evaluate(GOLD, pred, documents=["seeds/a.txt", "in/plover.txt"])
    assert r.documents == 2
    assert (r.triples.tp, r.triples.fp, r.triples.fn) == (1, 1, 2)  # b.txt and other.txt are out of scope
    assert (r.distractor_documents, r.distractor_events) == (1, 1)
    r = evaluate(GOLD, pred, distractors={"a.txt"})
    assert r.distractor_events == 3  # a.txt (listed), plover.txt and other.txt (no gold)


def test_empty_sides():
    assert Score.of(set(), set()).f1 == 1.0
    assert Score.of({1}, set()) == Score(0, 0, 1, 0.0, 0.0, 0.0)
    assert evaluate([], []).dates.accuracy == 1.0


def test_report_json_and_text():
    r = evaluate(GOLD, GOLD[:2])
    data = r.to_json()
    json.dumps(data)
    assert data["triples"]["recall"] == 0.5 and "member" in data["per_relation"]
    text = format_report(r)
    assert "triples" in text and "missed" in text and "BLR member CSTO" in text


def test_load_gold(tmp_path):
    p = tmp_path / "gold.jsonl"
    p.write_text("# comment\n\n" + "\n".join(json.dumps(e.to_json()) for e in GOLD) + "\n", encoding="utf-8")
    assert load_gold(str(p)) == GOLD
    p.write_text(json.dumps(GOLD[0].to_json()) + '\n{"doc": "a.txt"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="gold.jsonl, line 2"):
        load_gold(str(p))
    with pytest.raises(InputError, match="no such file"):
        load_gold(str(tmp_path / "missing.jsonl"))
