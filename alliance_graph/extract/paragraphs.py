"""A pipeline component that starts a new sentence at every paragraph break, after a dateline
or a live blog's time stamp, and at a semicolon before a long capitalised clause.

News text puts headlines, captions and datelines on lines of their own; the parser
would otherwise glue a headline onto the first sentence. Wire copy opens with a dateline
("BAMAKO, Sept 22 (Reuters) - Mali said ..."), which the parser would otherwise take for
the subject. Registration is separate from the logic (see :func:`register`).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc


_LIST_MARKER = re.compile(r"^(?:\d{1,2}[.)]|[-*\u2022\u2013\u2014])$")
_DASHES = {"-", "--", "\u2014", "\u2013", "\u2015"}
_DATELINE_LENGTH = 16  # tokens: "WASHINGTON/BRUSSELS, March 7 (Reuters) -" is 10


class ParagraphBreaks:
    """Mark the token after a blank line (or a line break after a headline), and the token
    after a paragraph's opening dateline, as sentence starts."""

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        starts = [0]
        for token in doc[:-1]:
            if (token.is_space and "\n" in token.text) or "\n" in token.whitespace_:
                doc[token.i + 1].is_sent_start = True
                starts.append(token.i + 1)
        for start in starts:
            end = dateline_end(doc, start) or _timestamp_end(doc, start)
            if end is not None:
                doc[end].is_sent_start = True
            else:
                _keep_list_item_whole(doc, start)
                _keep_timeline_entry_whole(doc, start)
        _split_at_semicolons(doc)
        return doc


def _split_at_semicolons(doc: Doc) -> None:
    """'... signed the founding treaty in March 1991; Venezuela, admitted in 2012, was
    suspended ...': a semicolon before a capitalised clause of some length starts a sentence
    (the parser would otherwise make the second clause's subject an apposition of the first's
    object). Short items ("Members: Chile; Peru; Colombia") stay together."""
    listing = False  # after a colon on the line: "still suspended: Mali, suspended in 2021; Guinea, ..."
    for token in doc[:-1]:
        if token.text == ":":
            listing = True
        if "\n" in token.whitespace_ or token.is_space or token.text in {".", "!", "?"}:
            listing = False
        if token.text != ";" or listing:
            continue
        after = doc[token.i + 1]
        if not after.text[:1].isupper() or after.is_space:
            continue
        end = next((t.i for t in doc[token.i + 1:] if t.text in {";", ".", "!", "?"} or "\n" in t.whitespace_), len(doc))
        if end - token.i > 8:
            after.is_sent_start = True


_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


def _keep_timeline_entry_whole(doc: Doc, start: int) -> None:
    """'- September 17, 1991 — North and South Korea are admitted', '1984: Washington pulls
    out': the date and its entry are one sentence (the date is when the entry happened)."""
    first = start + 1 if start + 1 < len(doc) and _LIST_MARKER.match(doc[start].text) else start
    window = doc[first: min(len(doc), first + 7)]
    if not window or not (window[0].lower_ in _MONTHS or (window[0].like_num and len(window[0].text) == 4)):
        return
    for token in window[1:]:
        if (token.text in _DASHES or token.text == ":") and token.i + 1 < len(doc) and not doc[token.i + 1].is_space:
            doc[token.i + 1].is_sent_start = False
            return
        if "\n" in token.whitespace_ or token.is_space:
            return


def _keep_list_item_whole(doc: Doc, start: int) -> None:
    """'1. Bahrain', '- Bulgaria': no sentence starts after the item's marker."""
    marker_end = start + 1
    if marker_end < len(doc) and doc[start].like_num and doc[marker_end].text in {".", ")"}:
        doc[marker_end].is_sent_start = False
        marker_end += 1  # the tokenizer splits "1." into "1" and "."
    elif not _LIST_MARKER.match(doc[start].text):
        return
    if marker_end < len(doc) and not doc[marker_end].is_space:
        doc[marker_end].is_sent_start = False


_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}$")


def _timestamp_end(doc: Doc, start: int) -> int | None:
    """'09:40 CET — ...', '10.42 GMT - ...', '14:05 — ...': a live blog's time stamp and its dash."""
    if start >= len(doc) or not _CLOCK.match(doc[start].text):
        return None
    i = start + 1
    if i < len(doc) and doc[i].text.isupper() and doc[i].is_alpha and len(doc[i].text) <= 5:
        i += 1  # the time zone
    if i + 1 < len(doc) and doc[i].text in _DASHES and not doc[i + 1].is_space:
        return i + 1
    return None


def dateline_end(doc: Doc, start: int) -> int | None:
    """Index of the first token after a dateline opening at ``start``, or None.

    A dateline is a place in capitals ("BAMAKO", "HELSINKI/BRUSSELS", "NEW YORK"), or any
    place followed by an agency in brackets ("Paris (AFP)"), then optionally a date and an
    agency, then a spaced dash.
    """
    first = doc[start] if start < len(doc) else None
    if first is None or not first.is_alpha or not first.text[:1].isupper():
        return None
    bracketed = False
    for token in doc[start: min(len(doc) - 1, start + _DATELINE_LENGTH)]:
        if token.text in _DASHES and token.i > start and (doc[token.i - 1].whitespace_ or token.text != "-"):
            after = doc[token.i + 1]
            if not (first.is_upper and len(first.text) > 1) and not bracketed:
                return None
            if after.is_space or not after.text[:1].isupper() and not after.text[:1] in {'"', "\u201c"}:
                return None  # "NATO - the alliance - said": an aside, not a dateline
            return after.i
        if token.text == ")":
            bracketed = True
        if "\n" in token.whitespace_ or token.is_space or token.text in {".", "!", "?", '"', "\u201c"}:
            return None
        if token.is_alpha and token.text[:1].islower() and not bracketed_at(doc, token.i, start):
            return None  # a lower-case word outside brackets: a sentence, not a dateline
    return None


def bracketed_at(doc: Doc, index: int, start: int) -> bool:
    """True when the token at ``index`` is inside round brackets opened after ``start``."""
    depth = 0
    for token in doc[start:index]:
        depth += token.text == "("
        depth -= token.text == ")"
    return depth > 0


@Language.factory("paragraph_breaks")
def make_paragraph_breaks(nlp: Language, name: str) -> ParagraphBreaks:
    """spaCy factory for :class:`ParagraphBreaks`."""
    return ParagraphBreaks()
