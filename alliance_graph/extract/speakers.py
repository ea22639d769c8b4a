"""Who says what: the speaker of each quotation (from its reporting clause) and the date a
named speaker's statement was made ("Pashinyan said ... on Friday"), which a claim of theirs
without a date of its own takes."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from alliance_graph.extract import claims, dating, lexicon
from alliance_graph.extract.dates import resolve_date
from alliance_graph.extract.mentions import MentionIndex

_QUOTE_OPEN = {'"', "“", "«", "„"}
_QUOTE_CLOSE = {'"', "”", "»", "“"}


def find_quotes(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of quotations (straight or curly double quotes)."""
    spans: list[tuple[int, int]] = []
    text = doc.text
    start: int | None = None
    for i, ch in enumerate(text):
        if start is None and ch in _QUOTE_OPEN:
            start = i
        elif start is not None and ch in _QUOTE_CLOSE and i > start:
            if len(text[start + 1:i].split()) >= 6:  # a quotation, not scare quotes ("foreign agents")
                spans.append((start, i + 1))
            start = None
    return spans


def quote_speakers(doc: "Doc", index: MentionIndex) -> dict[int, claims.Speaker]:
    """Sentence start → speaker, for sentences inside a quotation with a reporting clause."""
    result: dict[int, claims.Speaker] = {}
    sents = list(doc.sents)
    for q_start, q_end in find_quotes(doc):
        inside = [s for s in sents if s.start_char < q_end and s.end_char > q_start]
        if not inside:
            continue
        speaker = None
        for sent in (inside[-1], inside[0]):
            speaker = speaker_outside(sent, q_start, q_end, index)
            if speaker is not None:
                break
        if speaker is None:
            continue
        for sent in inside:
            result.setdefault(sent.start, speaker)
    return result


def speaker_outside(sent: "Span", q_start: int, q_end: int, index: MentionIndex) -> claims.Speaker | None:
    for token in sent:
        if q_start <= token.idx < q_end:
            continue
        if token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in lexicon.REPORTING_VERBS:
            speaker = claims.reporting_speaker(token, index)
            if speaker is None and token.dep_ == "acl" and not q_start <= token.head.idx < q_end:
                # '"..., " the Telegram channel Multipolar News posted': the parse hangs the verb on its speaker
                speaker = claims.speaker_from(token.head, index, hedged=token.lemma_.lower() in lexicon.HEDGED_REPORTING)
                if speaker is not None:
                    return speaker
            if speaker is not None:
                subject_char = next((c.idx for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), q_end)
                if not q_start <= subject_char < q_end:
                    return speaker
    return None


def speaker_dates(doc: "Doc", index: MentionIndex, published: str | None) -> dict[str, str]:
    """A named speaker's dated statement ("Pashinyan said ... on Friday") → that date."""
    dates: dict[str, str] = {}
    for token in doc:
        if token.pos_ == "VERB" and token.lemma_.lower() in lexicon.REPORTING_VERBS | {"interview"}:
            speaker = claims.reporting_speaker(token, index)
            if speaker is None or speaker.name in dates:
                continue
            own = [ent for ent in token.sent.ents if ent.label_ == "DATE" and hangs_on(ent, token)]
            for ent in own:
                value = resolve_date(dating.with_preposition(ent), anchor=published)
                if value:
                    dates[speaker.name] = value
                    break
    return dates


def hangs_on(ent: "Span", verb) -> bool:
    """The date modifies the reporting act itself, not the clause reported."""
    token = ent.root
    while token.i != verb.i:
        if token.head.i == token.i or token.dep_ in {"ccomp", "xcomp", "relcl", "advcl", "conj", "parataxis"}:
            return False
        token = token.head
    return True
