"""Model-free extractor tests: the gazetteer on a blank pipeline, mentions, quotes, paragraph
breaks, lemma repair, and relation patterns on Docs built by hand (words, heads, deps)."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from alliance_graph.extract import lexicon, sequels, speakers
from alliance_graph.extract.indexing import index_mentions
from alliance_graph.extract.paragraphs import ParagraphBreaks
from alliance_graph.extract.relations import candidates_in
from alliance_graph.nlp import add_paragraph_breaks, blank_pipeline
from alliance_graph.registry import default_registry


@pytest.fixture(scope="module")
def registry():
    return default_registry()


@pytest.fixture(scope="module")
def nlp(registry):
    return blank_pipeline(registry=registry)


def ents(doc):
    return [(e.text, e.label_, e.ent_id_) for e in doc.ents]


# --- gazetteer ---------------------------------------------------------------------------


@pytest.mark.parametrize("text, surface, label, entity_id", [
    ("Armenia froze its CSTO membership.", "Armenia", "GPE", "ARM"),
    ("Armenia froze its CSTO membership.", "CSTO", "ORG", "CSTO"),
    ("The Collective Security Treaty Organization met in Minsk.", "Collective Security Treaty Organization", "ORG", "CSTO"),
    ("the collective security treaty organization met.", "collective security treaty organization", "ORG", "CSTO"),
    ("The Kremlin said nothing.", "Kremlin", "GPE", "RUS"),
    ("Kyiv has applied to join.", "Kyiv", "GPE", "UKR"),
    ("Brussels opened accession talks.", "Brussels", "ORG", "EU"),
    ("Putin's Mini-NATO falls apart.", "Mini-NATO", "ORG", "CSTO"),
    ("Putin's mini NATO falls apart.", "mini NATO", "ORG", "CSTO"),
    ("The OTAN summit was held in French.", "OTAN", "ORG", "NATO"),
    ("U.S. aid to Ukraine threatens to dry up.", "U.S.", "GPE", "USA"),
    ("The United States objected.", "United States", "GPE", "USA"),
    ("Armenian officials objected.", "Armenian", "NORP", "ARM"),
    ("The North Atlantic Treaty Organization expanded.", "North Atlantic Treaty Organization", "ORG", "NATO"),
    ("Russia was expelled from the Council of Europe.", "Council of Europe", "ORG", "COE"),
])
def test_gazetteer_marks_canonical_ids(nlp, text, surface, label, entity_id):
    assert (surface, label, entity_id) in ents(nlp(text))


@pytest.mark.parametrize("text, surface", [
    ("Putin's Mini-NATO falls apart.", "NATO"),
    ("Putin's mini NATO falls apart.", "NATO"),
])
def test_mini_nato_is_not_nato(nlp, text, surface):
    doc = nlp(text)
    assert "NATO" not in {e.ent_id_ for e in doc.ents}
    assert all(e.text != surface for e in doc.ents)


def test_kyiv_is_a_state_never_a_person(nlp):
    doc = nlp("Kyiv Mayor Vitali Klitschko said Kyiv would not give up.")
    kyiv = [e for e in doc.ents if e.text == "Kyiv"]
    assert len(kyiv) == 2
    assert all(e.label_ == "GPE" and e.ent_id_ == "UKR" for e in kyiv)


def test_lowercase_common_word_is_not_a_state(nlp):
    """Single words match as written: 'turkey' (the bird) is no state."""
    doc = nlp("They ate turkey while Turkey hosted the talks.")
    assert [(e.text, e.ent_id_) for e in doc.ents] == [("Turkey", "TUR")]


def test_acronym_with_full_name_gives_two_mentions_of_one_entity(nlp, registry):
    doc = nlp("The Collective Security Treaty Organization (CSTO) met.")
    index = index_mentions(doc, registry)
    assert [m.entity_id for m in index.ordered] == ["CSTO", "CSTO"]
    assert all(m.kind == "organization" and m.via == "name" for m in index.ordered)


# --- mentions ------------------------------------------------------------------------------


def test_index_mentions_explicit(nlp, registry):
    doc = nlp("The Kremlin said Armenian officials would meet the EU in Brussels.")
    index = index_mentions(doc, registry)
    found = [(m.entity_id, m.kind, m.via, doc[m.start:m.end].text) for m in index.ordered]
    assert found == [
        ("RUS", "state", "name", "Kremlin"),
        ("ARM", "state", "demonym", "Armenian"),
        ("EU", "organization", "name", "EU"),
        ("EU", "organization", "name", "Brussels"),
    ]
    armenian = next(t for t in doc if t.text == "Armenian")
    assert index.at(armenian).entity_id == "ARM"
    assert index.at(doc[0]) is None  # "The"


def test_demonym_mention_is_a_state(nlp, registry):
    doc = nlp("Armenians voted.")
    (mention,) = index_mentions(doc, registry).ordered
    assert (mention.entity_id, mention.is_state, mention.via) == ("ARM", True, "demonym")


def _with_dateline_ent(nlp, text, word, entity_id):
    doc = nlp(text)
    i = next(t.i for t in doc if t.text == word)
    doc.ents = [e for e in doc.ents if not (e.start <= i < e.end)] + [Span(doc, i, i + 1, label="GPE", span_id=entity_id)]
    return doc


def test_dateline_is_not_a_mention(nlp, registry):
    doc = _with_dateline_ent(nlp, "YEREVAN — Armenia froze its membership of the CSTO.", "YEREVAN", "ARM")
    assert ("YEREVAN", "GPE", "ARM") in ents(doc)
    index = index_mentions(doc, registry)
    assert [(m.entity_id, doc[m.start:m.end].text) for m in index.ordered] == [("ARM", "Armenia"), ("CSTO", "CSTO")]
    assert index.at(doc[0]) is None


def test_dateline_comma_after_paragraph_break_is_not_a_mention(nlp, registry):
    doc = _with_dateline_ent(nlp, "Intro line.\nMOSCOW, Feb 2 - Russia said so.", "MOSCOW", "RUS")
    index = index_mentions(doc, registry)
    assert [doc[m.start:m.end].text for m in index.ordered] == ["Russia"]


def test_capital_inside_a_sentence_is_a_mention(nlp, registry):
    """Only an upper-case place line opening the story is a dateline."""
    doc = nlp("Officials in Yerevan said the talks failed.")
    index = index_mentions(doc, registry)
    assert [(m.entity_id, doc[m.start:m.end].text) for m in index.ordered] == [("ARM", "Yerevan")]


# --- quotes --------------------------------------------------------------------------------


def test_find_quotes_straight_and_curly(nlp):
    text = 'He said "We suspended our participation in this agreement." Then “a much longer curly quote here”.'
    doc = nlp(text)
    spans = speakers.find_quotes(doc)
    assert [text[a:b] for a, b in spans] == [
        '"We suspended our participation in this agreement."',
        "“a much longer curly quote here”",
    ]


def test_find_quotes_skips_short_scare_quotes(nlp):
    doc = nlp("Putin's “mini NATO” is an alliance, he said.")
    assert speakers.find_quotes(doc) == []


def test_find_quotes_unclosed_quote_is_no_span(nlp):
    doc = nlp('He said "we will leave the alliance and never come back')
    assert speakers.find_quotes(doc) == []


# --- paragraph breaks ----------------------------------------------------------------------


def test_headline_line_starts_a_new_sentence():
    nlp = English()
    add_paragraph_breaks(nlp)
    nlp.add_pipe("sentencizer")
    doc = nlp("Putin Caught Off Guard as His Mini-NATO Falls Apart\n"
              "Russian President Vladimir Putin was caught off guard. He said so.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Putin Caught Off Guard as His Mini-NATO Falls Apart"
    assert sents[1] == "Russian President Vladimir Putin was caught off guard."


def test_blank_line_starts_a_new_sentence():
    nlp = English()
    nlp.add_pipe("paragraph_breaks")
    doc = nlp("A caption without a full stop\n\nNext paragraph begins")
    assert [(t.text, bool(t.is_sent_start)) for t in doc if t.is_sent_start] == [
        ("A", True), ("Next", True),
    ]


def test_paragraph_breaks_component_alone():
    doc = English().make_doc("Headline here\nBody text starts. More text.")
    ParagraphBreaks()(doc)
    assert doc[0].is_sent_start
    body = next(t for t in doc if t.text == "Body")
    assert body.is_sent_start
    more = next(t for t in doc if t.text == "More")
    assert not more.is_sent_start  # the component only marks line breaks


@pytest.mark.parametrize("text, first_body_word", [
    ("BAMAKO, Sept 22 (Reuters) - Mali said it would leave.", "Mali"),
    ("HELSINKI/BRUSSELS \u2014 Finland became a member.", "Finland"),
    ("NEW YORK (AP) \u2014 The United States left UNESCO.", "The"),
    ("Paris (AFP) - France said so.", "France"),
    ("Intro line.\nABUJA, Jan 28 -- Nigeria said so.", "Nigeria"),
])
def test_dateline_ends_a_sentence(text, first_body_word):
    doc = English().make_doc(text)
    ParagraphBreaks()(doc)
    assert next(t for t in doc if t.text == first_body_word).is_sent_start


@pytest.mark.parametrize("text", [
    "NATO - the alliance - said Sweden joined.",      # an aside: lower case after the dash
    "Paris said NATO - and the EU - would help.",     # no capitals, no agency: a sentence
    "Mali, Burkina Faso and Niger - the juntas - left.",
])
def test_no_dateline(text):
    doc = English().make_doc(text)
    ParagraphBreaks()(doc)
    assert [t.text for t in doc if t.is_sent_start] == [doc[0].text]


# --- lemma repair --------------------------------------------------------------------------


@pytest.mark.parametrize("token_lemma, token_lower, previous, expected", [
    ("join", "joined", (), "join"),
    ("readmitte", "readmitted", (), "readmit"),
    ("join", "joined", ("re", "-"), "rejoin"),
    ("admit", "readmitted", ("re", "-"), "readmit"),
    ("found", "founded", ("co", "-"), "cofound"),
    ("admitted", "admitted", (), "admit"),
    ("froze", "froze", (), "freeze"),  # an irregular form the tagger leaves as its own lemma
    ("withdrew", "withdrew", (), "withdraw"),
    ("kicked", "kicked", (), "kick"),
    ("suspending", "suspending", (), "suspend"),
    ("Join", "Join", (), "join"),
    ("accession", "accession", (), "accession"),
    ("summit", "summit", (), "summit"),
    ("sanction", "sanctions", (), "sanction"),
])
def test_lemma_of(token_lemma, token_lower, previous, expected):
    assert lexicon.lemma_of(token_lemma, token_lower, previous) == expected


# --- relation patterns on hand-built Docs ------------------------------------------------


def _doc(rows, entities):
    """rows: (word, head index, dep, pos, tag, lemma); entities: (start, end, label, id)."""
    words, heads, deps, pos, tags, lemmas = (list(col) for col in zip(*rows))
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas,
              sent_starts=[True] + [False] * (len(words) - 1))
    doc.ents = [Span(doc, s, e, label=label, span_id=eid) for s, e, label, eid in entities]
    return doc


def _candidates(doc, registry):
    index = index_mentions(doc, registry)
    return {(c.member.entity_id, c.relation, c.org.entity_id, c.kind)
            for sent in doc.sents for c in candidates_in(sent, index)}


def test_span_id_sets_ent_id():
    doc = _doc([("Finland", 0, "ROOT", "PROPN", "NNP", "Finland")], [(0, 1, "GPE", "FIN")])
    assert doc.ents[0].ent_id_ == "FIN"


def test_active_join(registry):
    doc = _doc([
        ("Finland", 1, "nsubj", "PROPN", "NNP", "Finland"),
        ("joined", 1, "ROOT", "VERB", "VBD", "join"),
        ("NATO", 1, "dobj", "PROPN", "NNP", "NATO"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], [(0, 1, "GPE", "FIN"), (2, 3, "ORG", "NATO")])
    assert _candidates(doc, registry) == {("FIN", "joins", "NATO", "verb")}


def test_passive_expulsion(registry):
    doc = _doc([
        ("Russia", 2, "nsubjpass", "PROPN", "NNP", "Russia"),
        ("was", 2, "auxpass", "AUX", "VBD", "be"),
        ("expelled", 2, "ROOT", "VERB", "VBN", "expel"),
        ("from", 2, "prep", "ADP", "IN", "from"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("Council", 3, "pobj", "PROPN", "NNP", "Council"),
        ("of", 5, "prep", "ADP", "IN", "of"),
        ("Europe", 6, "pobj", "PROPN", "NNP", "Europe"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ], [(0, 1, "GPE", "RUS"), (5, 8, "ORG", "COE")])
    assert _candidates(doc, registry) == {("RUS", "expelled", "COE", "verb")}


def test_organisation_suspends_member(registry):
    doc = _doc([
        ("ECOWAS", 1, "nsubj", "PROPN", "NNP", "ECOWAS"),
        ("suspended", 1, "ROOT", "VERB", "VBD", "suspend"),
        ("Niger", 1, "dobj", "PROPN", "NNP", "Niger"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], [(0, 1, "ORG", "ECOWAS"), (2, 3, "GPE", "NER")])
    assert _candidates(doc, registry) == {("NER", "suspended_by", "ECOWAS", "verb")}


def _froze(obj_word, obj_lemma):
    return [
        ("Armenia", 1, "nsubj", "PROPN", "NNP", "Armenia"),
        ("froze", 1, "ROOT", "VERB", "VBD", "freeze"),
        ("its", 3, "poss", "PRON", "PRP$", "its"),
        (obj_word, 1, "dobj", "NOUN", "NN", obj_lemma),
        ("in", 3, "prep", "ADP", "IN", "in"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("CSTO", 4, "pobj", "PROPN", "NNP", "CSTO"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]


def test_member_freezes_its_membership(registry):
    doc = _doc(_froze("membership", "membership"), [(0, 1, "GPE", "ARM"), (6, 7, "ORG", "CSTO")])
    assert _candidates(doc, registry) == {("ARM", "suspends", "CSTO", "verb")}


def test_freezing_something_else_is_no_suspension(registry):
    doc = _doc(_froze("assets", "asset"), [(0, 1, "GPE", "ARM"), (6, 7, "ORG", "CSTO")])
    assert _candidates(doc, registry) == set()


def test_possessive_accession(registry):
    doc = _doc([
        ("Finland", 2, "poss", "PROPN", "NNP", "Finland"),
        ("'s", 0, "case", "PART", "POS", "'s"),
        ("accession", 2, "ROOT", "NOUN", "NN", "accession"),
        ("to", 2, "prep", "ADP", "IN", "to"),
        ("NATO", 3, "pobj", "PROPN", "NNP", "NATO"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ], [(0, 1, "GPE", "FIN"), (4, 5, "ORG", "NATO")])
    assert _candidates(doc, registry) == {("FIN", "joins", "NATO", "noun")}


def test_copula_member(registry):
    doc = _doc([
        ("Finland", 1, "nsubj", "PROPN", "NNP", "Finland"),
        ("is", 1, "ROOT", "AUX", "VBZ", "be"),
        ("a", 3, "det", "DET", "DT", "a"),
        ("member", 1, "attr", "NOUN", "NN", "member"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("NATO", 4, "pobj", "PROPN", "NNP", "NATO"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], [(0, 1, "GPE", "FIN"), (5, 6, "ORG", "NATO")])
    assert _candidates(doc, registry) == {("FIN", "member", "NATO", "member")}


def test_member_of_parliament_is_nothing(registry):
    doc = _doc([
        ("Smith", 1, "nsubj", "PROPN", "NNP", "Smith"),
        ("is", 1, "ROOT", "AUX", "VBZ", "be"),
        ("a", 3, "det", "DET", "DT", "a"),
        ("member", 1, "attr", "NOUN", "NN", "member"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("parliament", 4, "pobj", "NOUN", "NN", "parliament"),
        ("in", 3, "prep", "ADP", "IN", "in"),
        ("Finland", 6, "pobj", "PROPN", "NNP", "Finland"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], [(7, 8, "GPE", "FIN")])
    assert _candidates(doc, registry) == set()


def test_unrelated_verb_is_nothing(registry):
    doc = _doc([
        ("Finland", 1, "nsubj", "PROPN", "NNP", "Finland"),
        ("hosted", 1, "ROOT", "VERB", "VBD", "host"),
        ("NATO", 1, "dobj", "PROPN", "NNP", "NATO"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], [(0, 1, "GPE", "FIN"), (2, 3, "ORG", "NATO")])
    assert _candidates(doc, registry) == set()


def test_find_quotes_skips_two_word_scare_quotes(nlp):
    """Scare quotes are not a quotation with a speaker, however many letters they hold."""
    doc = nlp('EU officials froze the process over a controversial "foreign agents" law.')
    assert speakers.find_quotes(doc) == []


@pytest.mark.parametrize("text, word", [
    ("Ukraine co-founded GUAM in 1997.", "co-founded"),
    ("Kenya, a Co-founder of the EAC, spoke.", "Co-founder"),
    ("The Philippines re-joined the court.", "re-joined"),
])
def test_prefixed_words_stay_one_token(nlp, text, word):
    """The parser loses a verb split at its hyphen ("co", "-", "founded")."""
    assert word in [t.text for t in nlp(text)]


def test_paragraph_breaks_accept_an_empty_text():
    nlp = add_paragraph_breaks(English())
    assert len(nlp("")) == 0


def test_timeline_label_after_a_colon_keeps_its_entry():
    nlp = add_paragraph_breaks(English())
    doc = nlp("How we got here:\n\n2011: Member states vote to admit Palestine.")
    assert [t.is_sent_start for t in doc if t.text == "Member"] == [False]


def test_that_status_is_held_gained_or_upgraded_to_but_not_merely_is():
    # "Mongolia has held that status", "was upgraded to that status"; "that status is prized" names no holder
    assert {"hold", "gain", "grant", "upgrade"} <= sequels._STATUS_VERBS
    assert "be" not in sequels._STATUS_VERBS
