"""A pipeline component that starts a new sentence at every paragraph break.

News text puts headlines, captions and datelines on lines of their own; the parser
would otherwise glue a headline onto the first sentence. Registration is separate from
the logic (see :func:`register`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class ParagraphBreaks:
    """Mark the token after a blank line (or a line break after a headline) as a sentence start."""

    def __call__(self, doc: Doc) -> Doc:
        for token in doc[:-1]:
            if token.is_space and "\n" in token.text:
                doc[token.i + 1].is_sent_start = True
            elif "\n" in token.whitespace_ and token.i + 1 < len(doc):
                doc[token.i + 1].is_sent_start = True
        return doc


@Language.factory("paragraph_breaks")
def make_paragraph_breaks(nlp: Language, name: str) -> ParagraphBreaks:
    """spaCy factory for :class:`ParagraphBreaks`."""
    return ParagraphBreaks()
