"""The development set: 485 hand-written articles with gold events (tests/devset/).

A third of the articles (tests/devset/heldout.txt, drawn at random from each batch as it
was added) were kept out of tuning. The floors below are the figures measured when they were
set, minus a small margin; on the whole set, triple F1 is held at the target of 0.90 itself
(measured 0.902), with status F1 and date accuracy above their targets (0.80, 0.90).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from alliance_graph.documents import read_documents
from alliance_graph.evaluate import doc_key, evaluate, load_gold

DEVSET = Path(__file__).parent / "devset"
ARTICLES = sorted((DEVSET / "articles").glob("*.txt"))
HELDOUT = set((DEVSET / "heldout.txt").read_text().split())
DISTRACTORS = set((DEVSET / "distractors.txt").read_text().split())


def test_gold_file_is_consistent():
    """Every gold line names an article, and its evidence sits at its offsets in the body."""
    bodies = {Path(d.id).name: d.text for d in read_documents([str(p) for p in ARTICLES])}
    gold = load_gold(DEVSET / "gold.jsonl")
    assert len(ARTICLES) >= 60 and len(gold) >= 400
    for event in gold:
        body = bodies[doc_key(event.doc)]
        assert body[event.evidence.start:event.evidence.end] == event.evidence.text, event
    assert DISTRACTORS <= set(bodies) and len(DISTRACTORS) >= 8
    assert not {doc_key(e.doc) for e in gold} & DISTRACTORS
    # a third of each batch, rounded up per batch (3 of 8): at least a third of the whole, not much more
    assert HELDOUT <= set(bodies) and len(ARTICLES) // 3 <= len(HELDOUT) <= 0.36 * len(ARTICLES)


@pytest.fixture(scope="module")
def predicted(real_extractor):
    events = []
    for _, found in real_extractor.extract_many(read_documents([str(p) for p in ARTICLES])):
        events.extend(found)
    return events


def _report(predicted, names):
    gold = [g for g in load_gold(DEVSET / "gold.jsonl") if doc_key(g.doc) in names]
    return evaluate(gold, [e for e in predicted if doc_key(e.doc) in names], documents=sorted(names),
                    distractors=DISTRACTORS & names)


@pytest.mark.model
def test_whole_set_holds_the_line(predicted):
    report = _report(predicted, {p.name for p in ARTICLES})
    assert report.distractor_events == 0
    assert report.triples.precision >= 0.935
    assert report.triples.f1 >= 0.90
    assert report.statuses.f1 >= 0.87
    assert report.dates.accuracy >= 0.915
    assert report.member_list.f1 >= 0.875


@pytest.mark.model
def test_heldout_third_holds_the_line(predicted):
    report = _report(predicted, HELDOUT)
    assert report.triples.precision >= 0.91
    assert report.triples.f1 >= 0.85
    assert report.statuses.f1 >= 0.82


@pytest.mark.model
def test_no_event_on_distractors(predicted):
    spurious = [e for e in predicted if doc_key(e.doc) in DISTRACTORS and e.status != "denied"]
    assert spurious == []
