"""Sentence-level skipping (alliance_graph.extract.prefilter): which sentences are kept, and
evidence offsets mapped back to the body. Model-free except the last test."""

from __future__ import annotations

import pytest

from alliance_graph.extract import Extractor, prefilter
from alliance_graph.model import Document, Event, Evidence
from alliance_graph.nlp import blank_pipeline

FILLER = "Rain fell over the harbour for most of the week. Traders said markets were calm."


@pytest.fixture(scope="module")
def nlp():
    return blank_pipeline()


def long_body() -> str:
    """Ten filler paragraphs, then the event in a late paragraph, then more filler."""
    return "\n\n".join([FILLER] * 10 + ["Officials met on Monday. Finland joined NATO on 4 April 2023."] + [FILLER] * 3)


def test_trigger_words_cover_inflections():
    words = prefilter.trigger_words()
    assert {"joined", "joins", "left", "withdrew", "froze", "suspended", "admitted", "member", "membership",
            "accession", "followed"} <= words
    assert not {"out", "part", "following", "news"} & words


def test_sentences_split_outside_quotations(nlp):
    doc = nlp('He said: "We keep everything ready. Nothing happens." Then he left.\nNext line')
    texts = [doc[s:e].text.strip() for s, e in prefilter.sentence_bounds(doc)]
    assert texts == ['He said: "We keep everything ready. Nothing happens."', "Then he left.", "Next line"]


def test_reduce_keeps_trigger_sentence_and_context(nlp):
    body = long_body()
    reduced = prefilter.reduce_text(nlp(body))
    assert reduced is not None
    assert "Finland joined NATO on 4 April 2023." in reduced.text
    assert "Officials met on Monday." in reduced.text  # the sentence before it
    assert len(reduced.text) < len(body) / 3
    for r, b, n in reduced.segments:
        assert reduced.text[r:r + n] == body[b:b + n]


def test_nothing_to_skip_gives_none(nlp):
    assert prefilter.reduce_text(nlp("Finland joined NATO. Sweden joined NATO.")) is None


def test_header_keeps_its_list(nlp):
    body = FILLER + "\n\nThe bloc was founded in 1945. The other six were:\n\n1. Iraq\n2. Jordan\n\n" + FILLER
    reduced = prefilter.reduce_text(nlp(body))
    assert reduced is not None and "1. Iraq" in reduced.text and "2. Jordan" in reduced.text


def test_restore_maps_evidence_to_body(nlp):
    body = long_body()
    document = Document("a.txt", body, published="2023-04-05")
    reduced = prefilter.reduce_text(nlp(body))
    sentence = "Finland joined NATO on 4 April 2023."
    start = reduced.text.index(sentence)
    event = Event(doc="a.txt", subject="Finland", subject_id="FIN", relation="joins", organization="NATO",
                  organization_id="NATO", date="2023-04-04", status="asserted", attributed_to=None,
                  confidence=0.9, evidence=Evidence(sentence, start, start + len(sentence)),
                  published="2023-04-05", doc_sha256=reduced.document(document).sha256)
    [restored] = reduced.restore([event], document)
    ev = restored.evidence
    assert body[ev.start:ev.end] == ev.text == sentence
    assert ev.start == body.index(sentence)
    assert restored.doc_sha256 == document.sha256


@pytest.mark.model
def test_extractor_offsets_with_and_without_skipping(real_extractor):
    nlp = real_extractor.nlp
    document = Document("a.txt", long_body(), published="2023-04-05")
    skipping = Extractor(nlp=nlp).extract(document)
    whole = Extractor(nlp=nlp, skip_sentences=False).extract(document)
    assert skipping == whole
    assert [(e.subject_id, e.relation, e.organization_id) for e in skipping] == [("FIN", "joins", "NATO")]
    ev = skipping[0].evidence
    assert document.text[ev.start:ev.end] == ev.text == "Finland joined NATO on 4 April 2023."
    [(_, many)] = list(Extractor(nlp=nlp).extract_many([document]))
    assert many == skipping
