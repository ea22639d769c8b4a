"""Sentence-level skipping: parse only the sentences that can hold a membership event.

The trained pipeline costs ~100x the tokenizer and the gazetteer, and most sentences of a
news article (and nearly all of general news) state no membership. A cheap pass (the
tokenizer and the gazetteer only, already run to find the organisations a document names)
splits the body into rough sentences by rule and keeps:

* every sentence with a trigger word: a surface form of a verb or noun of the lexicon
  (:mod:`lexicon`), "member", "ally", a status noun, "follow", or a generic head ("the bloc")
  before a dash (a dash list);
* every sentence that names an organisation (what "the bloc" and "it" resolve to, and
  which organisation is in focus, are counted from those);
* the sentences before a trigger (``before`` of them: the organisation in focus is the one
  named in this or the previous sentence, "it" is the previous subject), the latest one
  naming enough states for "the three" or "they", and a header line ending with a colon
  with the sentence before it and its list items (a quotation counts as one sentence), and
  a sentence after a trigger that names "the others";
* the first sentences (headline and dateline, the story's anchor date).

The kept sentences are copied in order, runs of adjacent ones as one stretch of the original
text, stretches separated by a blank line (:class:`Reduced`); the extractor parses that text
and maps every evidence offset back to the body (:meth:`Reduced.restore`).

Example:
    >>> from alliance_graph.nlp import blank_pipeline
    >>> nlp = blank_pipeline()
    >>> body = "Rain fell in Paris. Markets were calm.\\n\\nFinland joined NATO in 2023."
    >>> reduced = reduce_text(nlp(body), before=0, lead=0)
    >>> reduced.text
    'Finland joined NATO in 2023.'
    >>> reduced.to_body(0), body[reduced.to_body(0):reduced.to_body(28)]
    (40, 'Finland joined NATO in 2023.')
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc

from alliance_graph.extract import lexicon
from alliance_graph.extract.syntax import MEMBER_LEMMAS
from alliance_graph.model import Document, Event, Evidence

SEPARATOR = "\n\n"

#: Words that can carry an event or a list header besides the lexicon's tables.
_EXTRA = {"signatory", "newcomer", "invitee", "founder", "cofounder", "membership", "participate", "participation",
          "involvement", "attend", "outside", "status", "seat"}  # ("holds that status", "keeps its seats in the G7")
#: Lexicon words that never carry an event alone: member nouns that count only beside a named
#: organisation (such a sentence is kept anyway), a noun read as a verb ("group"), particles.
_NOT_ALONE = {"ally", "part", "party", "group", "out", "up", "re", "co"}
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*\u2022\u2013\u2014])\s+")
_DASHES = {"-", "--", "\u2014", "\u2013"}
_ENDS = {".", "!", "?"}
_CLOSERS = {'"', "\u201d", "\u2019", "'", ")", "]"}


def _forms(word: str) -> set[str]:
    """Surface forms of a lexicon word: itself, -s/-es/-ies, -ed/-d/-ied, -ing, doubled consonants."""
    forms = {word, word + "s", word + "es", word + "ed", word + "d", word + "ing"}
    if word.endswith("e"):
        forms.add(word[:-1] + "ing")
    if word.endswith("y"):
        forms |= {word[:-1] + "ies", word[:-1] + "ied"}
    if len(word) >= 3 and word[-1] not in "aeiouwxy" and word[-2] in "aeiou":
        forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    forms.update(lexicon.IRREGULAR_FORMS.get(word, ()))
    return forms


@functools.lru_cache(maxsize=1)
def trigger_words() -> frozenset[str]:
    """Lower-case surface forms whose presence makes a sentence worth parsing."""
    words: set[str] = {"follow", "follows", "followed"}  # "Sweden followed" (not "following")
    for word in (set(lexicon.VERB_FRAMES) | set(lexicon.NOUN_RELATIONS) | set(lexicon.STATUS_NOUNS)
                 | MEMBER_LEMMAS | lexicon.GROWING_VERBS | _EXTRA):
        for part in word.split("-"):  # the tokenizer splits "re-join", "pull-out" at the hyphen
            if part not in _NOT_ALONE:
                words |= _forms(part)
    return frozenset(words - _NOT_ALONE)


@dataclass(frozen=True)
class Reduced:
    """The kept stretches of a body, joined by blank lines.

    ``segments`` are ``(reduced_start, body_start, length)``: ``text[r:r+n] == body[b:b+n]``.
    """

    text: str
    segments: tuple[tuple[int, int, int], ...]

    def to_body(self, offset: int) -> int:
        """The body offset of ``offset`` in :attr:`text` (an end offset maps to its stretch's end)."""
        starts = [r for r, _, _ in self.segments]
        n = max(0, bisect.bisect_right(starts, offset) - 1)
        r, b, length = self.segments[n]
        if offset - r > length and n + 1 < len(self.segments):
            r, b, length = self.segments[n + 1]  # inside a separator: the next stretch's start
            return b
        return b + min(offset - r, length)

    def document(self, document: Document) -> Document:
        """``document`` with its body replaced by the reduced text."""
        return dataclasses.replace(document, text=self.text)

    def restore(self, events: Iterable[Event], document: Document) -> list[Event]:
        """Events with evidence offsets into ``document``'s own body (and its content hash)."""
        body = document.text
        restored = []
        for event in events:
            start = self.to_body(event.evidence.start)
            end = max(start, self.to_body(event.evidence.end) if event.evidence.end > event.evidence.start else start)
            restored.append(dataclasses.replace(event, evidence=Evidence(body[start:end], start, end),
                                                doc_sha256=document.sha256))
        return restored


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Rough sentences of a tokenised Doc as ``(start, end)`` token ranges: a new one after a
    line break, and after a stand-alone . ! ? (with closing quotes) before a capital, digit or
    quote, outside quotation marks (a quotation stays whole with its reporting clause, so a
    stretch never opens or closes inside one). Abbreviations keep their dot in one token
    ("U.S.", "Jan."), so they split nothing."""
    bounds: list[tuple[int, int]] = []
    start = 0
    n = len(doc)
    i = 0
    quoted = False
    while i < n:
        token = doc[i]
        cut = None
        if token.text == '"':
            quoted = not quoted
        elif token.text in {"\u201c", "\u201d"}:
            quoted = token.text == "\u201c"
        closed = token.text in {'"', "\u201d"} and not quoted and i > 0 and doc[i - 1].text in _ENDS
        if "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
            cut = i + 1
            quoted = False
        elif (token.text in _ENDS and not quoted) or closed:  # 'ready.' or 'ready."'
            j = i + 1
            while j < n and doc[j].text in _CLOSERS and not doc[j - 1].whitespace_:
                j += 1
            nxt = j
            while nxt < n and doc[nxt].is_space:
                nxt += 1
            if nxt < n and (doc[nxt].text[:1].isupper() or doc[nxt].text[:1].isdigit()
                            or doc[nxt].text[:1] in {'"', "\u201c", "'", "\u2018", "("}):
                cut = j
        if cut is not None and cut > start:
            bounds.append((start, cut))
            start = cut
            i = cut
            continue
        i += 1
    if start < n:
        bounds.append((start, n))
    return [(s, e) for s, e in bounds if any(not t.is_space for t in doc[s:e])]


def reduce_text(doc: Doc, *, before: int = 2, after: int = 0, lead: int = 2) -> Reduced | None:
    """The sentences of ``doc`` (tokenizer + gazetteer) worth parsing, or None when all are.

    ``before``/``after``: sentences kept before/after a sentence with a trigger word (the
    organisation in focus is the one named in this or the previous sentence; antecedents of
    "it" and "the three"); a header line right after one is kept with its list;
    ``lead``: how many opening sentences are kept when they hold a dateline. An empty
    :class:`Reduced` means nothing qualifies.
    """
    bounds = sentence_bounds(doc)
    triggers = trigger_words()
    org_tokens = {i for ent in doc.ents if ent.label_ == "ORG" for i in range(ent.start, ent.end)}
    named = {i for ent in doc.ents for i in range(ent.start, ent.end)}  # "United Nations" has no trigger
    states = [len({ent.ent_id_ for ent in doc[s:e].ents if ent.label_ != "ORG"}) for s, e in bounds]
    keep = [False] * len(bounds)
    for k in range(min(lead, len(bounds))):
        keep[k] = _has_dateline(doc, *bounds[k])
    for k, (s, e) in enumerate(bounds):
        if any(i in org_tokens for i in range(s, e)):
            keep[k] = True
            if k + 1 < len(bounds) and doc[e - 1].text == "?":
                keep[k + 1] = True  # "Who is in the EU?" and the list line under it
        span = doc[s:e]
        if not any((t.lower_ in triggers and t.i not in named) or _dash_list_head(t) or _state_party(t) for t in span):
            continue
        for m in range(max(0, k - before), min(len(bounds), k + after + 1)):
            keep[m] = True
        group = _group_size(span)
        if group:  # "The three formed ...": the latest earlier sentence naming that many states
            m = next((m for m in range(k - 1, -1, -1) if states[m] >= group), None)
            if m is not None:
                keep[m] = True
        if k + 1 < len(bounds) and _ends_with_colon(doc[bounds[k + 1][0]: bounds[k + 1][1]]):
            keep[k + 1] = True  # "... founded the League in 1945. The other six were:" and the list
        if k + 1 < len(bounds) and _names_the_others(doc[bounds[k + 1][0]: bounds[k + 1][1]]):
            keep[k + 1] = True  # "... stopped taking part in April. The others were A, B and C."
        if k + 1 < len(bounds) and doc[bounds[k + 1][0]].lower_ in {"nor", "neither", "so"}:
            keep[k + 1] = True  # "... has never ratified the statute. Nor has Israel."
    for k, (s, e) in enumerate(bounds):
        if keep[k] and _ends_with_colon(doc[s:e]):  # a header line: the sentence before and its items
            keep[max(0, k - 1)] = True
            m = k + 1
            while m < len(bounds) and _list_item(doc, *bounds[m]):
                keep[m] = True
                m += 1
    if all(keep):
        return None
    return _stretches(doc, [b for b, kept in zip(bounds, keep) if kept])


_GROUP_WORDS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "they": 2, "their": 2, "them": 2,
                "these": 2, "those": 2}


def _state_party(token) -> bool:
    """'a state party', 'states parties' (the word "party" alone is no trigger)."""
    return token.lower_ in {"party", "parties"} and token.i > 0 and token.doc[token.i - 1].lower_ in {"state", "states"}


def _group_size(span) -> int:
    """How many states a reference to a group in ``span`` needs ("the three": 3, "they": 2), or 0."""
    return max((_GROUP_WORDS.get(t.lower_, 0) for t in span), default=0)


def _has_dateline(doc: Doc, start: int, end: int) -> bool:
    """A dash among a sentence's first tokens: perhaps a dateline, the story's anchor date."""
    return any(t.text in _DASHES for t in doc[start: min(end, start + 16)])


def _dash_list_head(token) -> bool:
    """'the bloc — Russia, Belarus and ...': a generic head before a dash (see members.dash_lists)."""
    doc = token.doc
    return token.lower_ in lexicon.ORG_ANAPHORS and token.i + 1 < len(doc) and doc[token.i + 1].text in _DASHES


def _names_the_others(span) -> bool:
    """A sentence opening with "The others" / "The other six" (see lists.others_named)."""
    words = [t.lower_ for t in span if not t.is_space][:2]
    return len(words) == 2 and words[0] == "the" and words[1] in {"other", "others"}


def _ends_with_colon(span) -> bool:
    words = [t for t in span if not t.is_space]
    return bool(words) and words[-1].text == ":"


def _list_item(doc: Doc, start: int, end: int) -> bool:
    """A list line: a marker ("1.", "-", "•") or a short line (a bare name)."""
    span = doc[start:end]
    return bool(_LIST_ITEM.match(span.text)) or sum(not t.is_space for t in span) <= 8


def _stretches(doc: Doc, kept: list[tuple[int, int]]) -> Reduced:
    """Adjacent kept sentences merged into stretches of the body, joined by SEPARATOR."""
    spans: list[tuple[int, int]] = []
    previous_end = -1
    for s, e in kept:
        last = doc[e - 1]
        end = last.idx + len(last.text)
        if s == previous_end:
            spans[-1] = (spans[-1][0], end)  # adjacent sentences stay one stretch
        else:
            spans.append((doc[s].idx, end))
        previous_end = e
    text = doc.text
    pieces: list[str] = []
    segments: list[tuple[int, int, int]] = []
    at = 0
    for start, end in spans:
        piece = text[start:end].rstrip()
        if not piece:
            continue
        if pieces:
            pieces.append(SEPARATOR)
            at += len(SEPARATOR)
        segments.append((at, start, len(piece)))
        pieces.append(piece)
        at += len(piece)
    return Reduced("".join(pieces), tuple(segments))
