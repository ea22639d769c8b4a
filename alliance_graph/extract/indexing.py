"""Building the :class:`~alliance_graph.extract.mentions.MentionIndex` of a Doc: the
gazetteer's entities, people's affiliations, then references (see :mod:`references`)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from alliance_graph.extract.mentions import Mention, MentionIndex
from alliance_graph.extract.references import resolve_references
from alliance_graph.extract.syntax import starts_line
from alliance_graph.registry import Entity, Registry


def _entity_mention(ent: Span, entity: Entity, via: str) -> Mention:
    return Mention(entity.id, entity.name, entity.kind, ent.start, ent.end, via)


def _ent_via(ent: Span) -> str:
    return "demonym" if ent.label_ == "NORP" else "name"


def index_mentions(doc: Doc, registry: Registry, *, title_orgs: Iterable[str] = ()) -> MentionIndex:
    """Find every state/organisation mention in ``doc`` and resolve references.

    ``title_orgs`` are the ids of organisations the headline names: they count towards the
    organisation in focus as if named before the first sentence ("Council of Europe expels
    Russia" over a body that opens with "Europe's leading human rights body expelled ...").
    """
    index = MentionIndex(registry, doc)
    for entity_id in dict.fromkeys(title_orgs):
        entity = registry.get(entity_id)
        index.ordered.append(Mention(entity.id, entity.name, entity.kind, -1, -1, "title"))
    for ent in doc.ents:
        entity = _lookup(ent, registry)
        if entity is None or (entity.kind == "state" and _is_dateline(ent)) or _continental(ent) or _seat_as_place(ent, entity):
            continue
        mention = _entity_mention(ent, entity, _ent_via(ent))
        for i in range(ent.start, ent.end):
            index.by_token[i] = mention
        index.ordered.append(mention)
    _prefer_long_forms(doc, index)
    _index_people(doc, index)
    _index_labels(doc, index)
    resolve_references(doc, index)
    return index


#: Words that make a demonym a continent's or a region's: "Latin American", "North African".
_REGION_WORDS = {"latin", "south", "north", "central", "east", "west", "pan", "sub-saharan", "southern", "northern"}


def _continental(ent: Span) -> bool:
    """'the first Latin American country', 'South American nations': a region, not the state
    the bare demonym names ("American" is the United States)."""
    if ent.label_ != "NORP" or ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return before.lower_ in _REGION_WORDS and before.text[:1].isupper() and ent.text.lower().startswith("america")


def _index_labels(doc: Doc, index: MentionIndex) -> None:
    """Factbox lines that open with the states they are about: "ROMANIA: EU member since
    2007.", "POLAND, HUNGARY: Joined the EU in 2004." The label is the subject of the
    subjectless sentences after it, up to the end of its line."""
    label: list[Mention] = []
    for sent in doc.sents:
        if starts_line(doc, sent.start):
            label = []
        colon = next((t.i for t in doc[sent.start: min(sent.end, sent.start + 12)] if t.text == ":"), None)
        if colon is not None:
            head = doc[sent.start: colon]
            named = [index.at(t) for t in head if index.at(t) is not None]
            if named and all(m.is_state for m in named) and all(
                    index.at(t) is not None or t.is_punct or t.lower_ in {"and", "&"} for t in head):
                label = list({m.entity_id: m for m in named}.values())
        if label:
            index.labels[sent.start] = label


def _surface(doc: Doc, mention: Mention) -> str:
    text = doc[mention.start: mention.end].text.lower()
    return text[4:] if text.startswith("the ") else text


def _prefer_long_forms(doc: Doc, index: MentionIndex) -> None:
    """A short form that begins another named organisation's name stands for that one: in
    an article that names the Commonwealth of Independent States, "the Commonwealth" is the
    CIS, unless the Commonwealth of Nations is named some other way too."""
    surfaces: dict[str, set[str]] = {}
    for mention in index.ordered:
        if mention.start >= 0 and not mention.is_state:
            surfaces.setdefault(mention.entity_id, set()).add(_surface(doc, mention))
    for n, mention in enumerate(index.ordered):
        if mention.start < 0 or mention.is_state:
            continue
        short = _surface(doc, mention)
        if surfaces.get(mention.entity_id, set()) - {short}:
            continue  # its own organisation is named in full too
        longer = [other for other, forms in surfaces.items()
                  if other != mention.entity_id and any(form.startswith(short + " ") for form in forms)]
        if len(longer) != 1:
            continue
        entity = index.registry.get(longer[0])
        replaced = Mention(entity.id, entity.name, entity.kind, mention.start, mention.end, mention.via)
        index.ordered[n] = replaced
        for i in range(mention.start, mention.end):
            index.by_token[i] = replaced


def _seat_as_place(ent: Span, entity: Entity) -> bool:
    """'the alliance's headquarters in Brussels', 'foreign ministers meeting in Brussels': the
    city, not the organisation it is a metonym for ("sent an application to Brussels")."""
    return (entity.kind != "state" and ent.text in entity.metonyms and ent.root.dep_ == "pobj"
            and ent.root.head.lower_ in {"in", "at", "near", "outside"})


def _is_dateline(ent: Span) -> bool:
    """'KUALA LUMPUR —', 'YEREVAN,': a place line that opens a news story, not an actor."""
    doc = ent.doc
    at_start = ent.start == ent.sent.start or "\n" in doc[ent.start - 1].text_with_ws
    following = doc[ent.end].text if ent.end < len(doc) else ""
    if following == ",":  # "POLAND, CZECH REPUBLIC, HUNGARY: Joined ..." is a factbox label, not a dateline
        line = doc[ent.end: min(len(doc), ent.end + 12)]
        colon = next((t.i for t in line if t.text == ":" or "\n" in t.text), None)
        if colon is not None and doc[colon].text == ":" and not any(t.like_num for t in doc[ent.end: colon]):
            return False
    return at_start and ent.text.isupper() and len(ent.text) > 3 and following in {"—", "–", "-", ",", "(", "--"}


def _lookup(ent: Span, registry: Registry) -> Entity | None:
    if ent.ent_id_:
        try:
            return registry.get(ent.ent_id_)
        except Exception:  # an id the registry no longer has: treat as unknown
            return None
    if ent.label_ in {"GPE", "ORG", "NORP"}:
        return registry.find(ent.text)
    return None


def _index_people(doc: Doc, index: MentionIndex) -> None:
    """Record people's full names and the state or organisation they speak for."""
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        name = ent.text.strip()
        parts = name.split()
        if len(parts) > 1:
            index.full_names.setdefault(parts[-1], name)
            index.full_names.setdefault(name, name)
        affiliation = _person_affiliation(doc, ent, index)
        if affiliation is not None:
            index.affiliations.setdefault(name, affiliation)
            if parts:
                index.affiliations.setdefault(parts[-1], affiliation)


def _person_affiliation(doc: Doc, ent: Span, index: MentionIndex) -> Mention | None:
    """A demonym/state/organisation in the title before a name, or in an apposition after it."""
    sent = ent.sent
    i = ent.start - 1
    steps = 0
    while i >= sent.start and steps < 6:
        token = doc[i]
        mention = index.at(token)
        if mention is not None:
            return mention
        if token.is_punct and token.text not in {"-", "'s", "’s"} or token.pos_ in {"VERB", "AUX", "ADP"}:
            break
        i -= 1
        steps += 1
    # apposition: "Dmitry Peskov, the Kremlin's spokesman,"
    j = ent.end
    if j < sent.end and doc[j].text == ",":
        for token in doc[j + 1: min(sent.end, j + 7)]:
            if token.text == "," or token.pos_ in {"VERB", "AUX"}:
                break
            mention = index.at(token)
            if mention is not None:
                return mention
    return None
