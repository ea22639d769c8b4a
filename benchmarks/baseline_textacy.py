"""A peer baseline: textacy's subject-verb-object triples, mapped to our relations, scored like ours.

The question this answers: how much of our extractor's score would a generic, off-the-shelf
SVO extractor get on the same articles? Both sides read ``tests/devset/articles/*.txt`` with
:func:`alliance_graph.documents.read_documents`, each article is parsed once with
:func:`alliance_graph.nlp.load_pipeline` (so the baseline gets our gazetteer's names and ids
for free), and both event lists go through the same :func:`alliance_graph.evaluate.evaluate`.

The baseline is ``textacy.extract.subject_verb_object_triples`` with a mapping that is as
generous as we could make it:

* subject and object → states and organisations: the gazetteer entities (or a
  ``registry.find`` of other GPE/ORG/NORP entities) that overlap the span, else a
  ``registry.find`` of the span's text, else the possessor ("Armenia's government"); on the
  object side the whole subtree of each object token also counts, so "froze its membership in
  the CSTO" finds the CSTO although textacy's object is just "membership"; a relative pronoun
  stands for the noun its clause hangs on ("BRICS, which comprises ..."); and, as a naive
  coreference, a side still unresolved takes the last state or organisation mentioned before
  it (``--strict`` does this only for pronouns and generic heads: "it", "the bloc");
* verb lemma → relation by :data:`LEXICON` (a verb outside it may be rescued by a lexicon verb
  inside an xcomp object: "voted to leave the bloc"); "be"/"become" + "member" → member/joins;
  "grant" + observer/candidate/partner → those; org-acts-on-state verbs (suspend, expel,
  readmit, admit, include, grant, invite) take the member from the other side, and passives
  swap the sides;
* status from textacy's verb group alone: a negation → ``denied``, "will"/"shall" or "invite" →
  ``announced``, else ``asserted``; date: the first DATE entity of the sentence resolved with
  :func:`alliance_graph.extract.dates.resolve_date` against the publication date;
  evidence: the sentence.

textacy is not a dependency of alliance-graph; install it only to run this benchmark::

    /work/venv-dev/bin/pip install textacy   # 0.13.0 runs on spaCy 3.8, downloads no model

Run from the repository root::

    PYTHONPATH=. python benchmarks/baseline_textacy.py [--devset tests/devset] [--strict] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from alliance_graph.documents import read_documents
from alliance_graph.evaluate import Report, doc_key, evaluate, load_gold
from alliance_graph.extract import extract_from_doc
from alliance_graph.extract.dates import resolve_date
from alliance_graph.model import Document, Event, Evidence
from alliance_graph.registry import Entity, Registry

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

DEVSET = Path(__file__).resolve().parent.parent / "tests" / "devset"

#: Verb lemma (with its particle, if any) → the relation it signals. Values starting with "@"
#: are resolved by :func:`_relation` from the direction or the object's words.
LEXICON: dict[str, str] = {
    **dict.fromkeys(("join", "accede", "enter", "admit", "accept", "invite"), "joins"),
    **dict.fromkeys(("leave", "quit", "exit", "withdraw", "abandon", "pull out", "walk out"), "leaves"),
    **dict.fromkeys(("suspend", "freeze"), "@suspend"),
    **dict.fromkeys(("expel", "kick out", "throw out"), "expelled"),
    **dict.fromkeys(("rejoin", "readmit", "reinstate", "restore"), "readmitted"),
    **dict.fromkeys(("apply", "seek", "request"), "applies"),
    **dict.fromkeys(("found", "establish", "create", "form", "set up", "launch"), "founds"),
    **dict.fromkeys(("include", "comprise", "count"), "member"),
    **dict.fromkeys(("be", "become"), "@member"),
    "grant": "@grant",
}

#: Verbs whose agent is the organisation and whose patient is the member.
ORG_ACTS = frozenset({"admit", "accept", "invite", "suspend", "freeze", "expel", "kick out", "throw out",
                      "readmit", "reinstate", "restore", "include", "comprise", "count", "grant"})

#: Generic nouns that stand for a state ("the country"); organisations' are the registry's heads.
_STATE_HEADS = frozenset({"country", "nation", "state", "government", "republic"})

_GRANTED = {"observer": "observer", "candidate": "candidate", "candidacy": "candidate",
            "partner": "partner", "partnership": "partner", "membership": "joins", "member": "joins"}


@dataclass(frozen=True)
class Row:
    """One line of the comparison table."""

    measure: str
    ours: float
    baseline: float


def _verb_lemma(verb: Token) -> str:
    particle = next((c.text.lower() for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.lemma_.lower()} {particle}" if particle else verb.lemma_.lower()


def _entity_of(ent: Span, registry: Registry) -> Entity | None:
    if ent.ent_id_:
        try:
            return registry.get(ent.ent_id_)
        except LookupError:
            return None
    if ent.label_ == "NORP":
        return registry.find_demonym(ent.text)
    if ent.label_ in {"GPE", "ORG"}:
        return registry.find(ent.text)
    return None


@dataclass(frozen=True)
class Mentions:
    """A document's entities resolved to the registry, in order (for lookups and the last-mention fallback)."""

    registry: Registry
    by_token: dict[int, Entity]
    starts: tuple[tuple[int, Entity], ...]

    @classmethod
    def of(cls, doc: Doc, registry: Registry) -> Mentions:
        by_token: dict[int, Entity] = {}
        starts = []
        for ent in doc.ents:
            entity = _entity_of(ent, registry)
            if entity is not None:
                starts.append((ent.start, entity))
                by_token.update(dict.fromkeys(range(ent.start, ent.end), entity))
        return cls(registry, by_token, tuple(starts))

    def overlapping(self, tokens: Iterable[Token]) -> list[Entity]:
        """Entities overlapping ``tokens``, first seen first, each once."""
        found: dict[str, Entity] = {}
        for tok in sorted(set(tokens), key=lambda t: t.i):
            entity = self.by_token.get(tok.i)
            if entity is not None:
                found.setdefault(entity.id, entity)
        return list(found.values())

    def last_before(self, i: int, *, state: bool) -> Entity | None:
        """The nearest entity of the kind that starts before token ``i``."""
        return next((e for start, e in reversed(self.starts) if start < i and e.is_state == state), None)


def _noun_group(tok: Token) -> list[Token]:
    """A noun with its conjuncts and compounds (textacy's own expansion)."""
    group = [tok, *tok.conjuncts]
    return group + [c for t in group for c in t.children if c.dep_ == "compound"]


def side_entities(tokens: Sequence[Token], mentions: Mentions, *, subtree: bool, prefer_state: bool,
                  fallback: bool) -> list[Entity]:
    """The states/organisations one side of a triple names, as generously as we can.

    In order: a relative pronoun stands for the noun its clause hangs on; entities overlapping
    the tokens (with ``subtree``, anywhere in their subtrees); a registry name for the text; the
    possessor ("Armenia's government"); then, for a pronoun or a generic head ("the bloc",
    "the country") or, with ``fallback``, anything else, the last entity of the preferred kind
    mentioned before.
    """
    tokens = list(tokens)
    for tok in list(tokens):
        if tok.tag_ in {"WDT", "WP"} and tok.head.dep_ == "relcl":
            tokens.remove(tok)
            tokens += _noun_group(tok.head.head)
    if not tokens:
        return []
    region = [w for t in tokens for w in t.subtree] if subtree else tokens
    found = mentions.overlapping(region)
    if found:
        return found
    doc = tokens[0].doc
    first, last = min(t.i for t in tokens), max(t.i for t in tokens)
    whole = mentions.registry.find(doc[first:last + 1].text)
    if whole is not None:
        return [whole]
    found = mentions.overlapping(w for t in tokens for c in t.children if c.dep_ == "poss" for w in c.subtree)
    if found:
        return found
    root = max(tokens, key=lambda t: (t.head not in tokens, -t.i))
    lemma = root.lemma_.lower()
    if lemma in _STATE_HEADS:
        prefer_state = True
    elif mentions.registry.by_head(lemma):
        prefer_state = False
    elif root.pos_ != "PRON" and not fallback:
        return []
    entity = mentions.last_before(first, state=prefer_state)
    return [entity] if entity is not None else []


def _relation(key: str, verb: Token, obj: Sequence[Token], actor_is_state: bool) -> str | None:
    words = {w.lemma_.lower() for t in obj for w in t.subtree}
    if key == "@suspend":
        return "suspends" if actor_is_state else "suspended_by"
    if key == "@member":
        if "member" not in words and "membership" not in words:
            return None
        return "joins" if verb.lemma_.lower() == "become" else "member"
    if key == "@grant":
        return next((rel for word, rel in _GRANTED.items() if word in words), None)
    return key


def _lexicon_key(verb: Token, obj: Sequence[Token]) -> tuple[str, str] | None:
    """(lemma, lexicon value) of the verb, or of a lexicon verb in an xcomp object."""
    lemma = _verb_lemma(verb)
    if lemma in LEXICON:
        return lemma, LEXICON[lemma]
    for tok in sorted(obj, key=lambda t: t.i):
        if tok.pos_ == "VERB" and _verb_lemma(tok) in LEXICON and _verb_lemma(tok) not in {"be", "become"}:
            return _verb_lemma(tok), LEXICON[_verb_lemma(tok)]
    return None


def _status(verb_tokens: Sequence[Token], lemma: str) -> str:
    """From textacy's verb group alone: a negation → denied; "will"/"shall" or an invitation → announced."""
    if any(t.dep_ == "neg" for t in verb_tokens):
        return "denied"
    if lemma == "invite" or any(t.lower_ in {"will", "shall", "'ll"} for t in verb_tokens):
        return "announced"
    return "asserted"


def _date(sent: Span, published: str | None) -> str | None:
    for ent in sent.ents:
        if ent.label_ == "DATE":
            return resolve_date(ent.text, anchor=published)
    return None


def _evidence(sent: Span, body: str) -> Evidence:
    start, end = sent.start_char, sent.end_char
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return Evidence(body[start:end], start, end)


def baseline_events(doc: Doc, document: Document, registry: Registry, *, fallback: bool = True) -> list[Event]:
    """Events from textacy's SVO triples of a parsed document (one per distinct triple).

    ``fallback`` lets an unresolved side of a triple take the last entity of the kind it needs
    (see :func:`side_entities`).
    """
    from textacy.extract import subject_verb_object_triples

    mentions = Mentions.of(doc, registry)
    events: dict[tuple[str, ...], Event] = {}
    for subj, verb_tokens, obj in subject_verb_object_triples(doc):
        verb = next(t for t in verb_tokens if t.dep_ not in {"aux", "auxpass", "neg"})
        found = _lexicon_key(verb, obj)
        if found is None:
            continue
        lemma, key = found
        # passive: "Niger was suspended by ECOWAS", "the CSTO, set up by Russia, ..."
        passive = any(t.dep_ in {"auxpass", "nsubjpass"} for t in [*verb_tokens, *subj]) or any(
            t.head.dep_ == "agent" for t in obj)
        org_acts = lemma in ORG_ACTS
        actor_wants_state = not org_acts or lemma in {"suspend", "freeze"}
        actor, patient = (obj, subj) if passive else (subj, obj)
        actors = side_entities(actor, mentions, subtree=passive, prefer_state=actor_wants_state, fallback=fallback)
        patient_tokens = list(patient) + ([c for c in verb.children if c.dep_ == "dative"] if key == "@grant" else [])
        patients = side_entities(patient_tokens, mentions, subtree=not passive, prefer_state=org_acts,
                                 fallback=fallback)
        pairs: list[tuple[Entity, Entity, str | None]] = []
        for a in actors:
            if org_acts and not a.is_state:
                # the organisation acts on the member: "ECOWAS suspended Niger"
                rel = _relation(key, verb, obj, actor_is_state=False)
                pairs += [(p, a, rel) for p in patients if p.id != a.id]
            else:
                # the member acts on the organisation: "Finland joined NATO"
                rel = _relation(key, verb, obj, actor_is_state=True)
                pairs += [(a, p, rel) for p in patients if not p.is_state and p.id != a.id]
        sent = verb.sent
        for member, org, rel in pairs:
            if rel is None:
                continue
            event = Event(doc=document.id, subject=member.name, subject_id=member.id, relation=rel,
                          organization=org.name, organization_id=org.id, date=_date(sent, document.published),
                          status=_status(verb_tokens, lemma), attributed_to=None, confidence=0.5,
                          evidence=_evidence(sent, document.text), published=document.published)
            events.setdefault((*event.key, event.status), event)
    return list(events.values())


def run(devset: Path = DEVSET, *, fallback: bool = True) -> tuple[dict[str, Report], dict[str, Report]]:
    """Parse the devset once, extract with both, and score each on the whole set and the held-out third.

    Returns ``(ours, baseline)``, each ``{"all": Report, "held-out": Report}``; ``fallback`` is
    passed to :func:`baseline_events`.
    """
    from alliance_graph.nlp import load_pipeline
    from alliance_graph.registry import default_registry

    registry = default_registry()
    nlp = load_pipeline(registry=registry)
    paths = sorted(str(p) for p in (devset / "articles").glob("*.txt"))
    ours: list[Event] = []
    theirs: list[Event] = []
    documents = list(read_documents(paths))
    for spacy_doc, document in nlp.pipe(((d.text, d) for d in documents), as_tuples=True):
        ours += extract_from_doc(spacy_doc, document, registry)
        theirs += baseline_events(spacy_doc, document, registry, fallback=fallback)
    gold = load_gold(str(devset / "gold.jsonl"))
    distractors = set((devset / "distractors.txt").read_text().split())
    heldout = set((devset / "heldout.txt").read_text().split())
    scopes = {"all": {doc_key(p) for p in paths}, "held-out": heldout}

    def score(events: list[Event], names: set[str]) -> Report:
        return evaluate([g for g in gold if doc_key(g.doc) in names], [e for e in events if doc_key(e.doc) in names],
                        documents=sorted(names), distractors=distractors & names)

    return ({s: score(ours, n) for s, n in scopes.items()}, {s: score(theirs, n) for s, n in scopes.items()})


def rows(ours: Report, baseline: Report) -> list[Row]:
    """The compared measures of two reports."""
    def pick(r: Report) -> list[tuple[str, float]]:
        return [("triple precision", r.triples.precision), ("triple recall", r.triples.recall),
                ("triple F1", r.triples.f1), ("status F1", r.statuses.f1), ("date accuracy", r.dates.accuracy),
                ("member-list F1", r.member_list.f1), ("distractor events", r.distractor_events),
                ("predicted events", r.predicted_events)]
    return [Row(m, a, b) for (m, a), (_, b) in zip(pick(ours), pick(baseline))]


def format_table(ours: dict[str, Report], baseline: dict[str, Report]) -> str:
    """A Markdown table: each measure for ours and textacy, on the whole set and the held-out third."""
    scopes = list(ours)
    head = "| measure | " + " | ".join(f"ours ({s}) | textacy ({s}) | Δ ({s})" for s in scopes) + " |"
    lines = [head, "|---|" + "---:|" * 3 * len(scopes)]
    tables = [rows(ours[s], baseline[s]) for s in scopes]
    for i, row in enumerate(tables[0]):
        cells = []
        for table in tables:
            r = table[i]
            count = isinstance(r.ours, int)
            fmt, diff = ("{:.0f}", "{:+.0f}") if count else ("{:.3f}", "{:+.3f}")
            cells += [fmt.format(r.ours), fmt.format(r.baseline), diff.format(r.ours - r.baseline)]
        lines.append(f"| {row.measure} | " + " | ".join(cells) + " |")
    docs = ", ".join(f"{s}: {ours[s].documents} articles, {ours[s].gold_events} gold events" for s in scopes)
    return "\n".join(lines) + f"\n\n({docs})"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, default=DEVSET, help="directory with articles/, gold.jsonl, ...")
    parser.add_argument("--strict", action="store_true",
                        help="no last-mention fallback except for pronouns and generic heads")
    parser.add_argument("--json", action="store_true", help="print both reports as JSON instead of a table")
    args = parser.parse_args(argv)
    try:
        import textacy  # noqa: F401
    except ImportError:
        print("textacy is not installed: pip install textacy (see this script's docstring).", file=sys.stderr)
        return 1
    ours, baseline = run(args.devset, fallback=not args.strict)
    if args.json:
        print(json.dumps({"ours": {s: r.to_json() for s, r in ours.items()},
                          "textacy": {s: r.to_json() for s, r in baseline.items()}}, indent=2))
    else:
        print(format_table(ours, baseline))
    return 0


if __name__ == "__main__":
    sys.exit(main())
