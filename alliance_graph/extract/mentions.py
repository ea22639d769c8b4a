"""Who and what a Doc talks about: entity mentions, with references resolved.

The gazetteer marks names, aliases, demonyms and metonyms with the canonical entity id.
This module adds what a gazetteer cannot see:

* definite descriptions that point back to the organisation in focus ("the bloc",
  "the alliance", "this agreement"), checked against the organisation's known head nouns;
* references to the state in focus ("the country", "it");
* groups of people that stand for a state ("Armenian officials", "Mali's junta");
* people's affiliations ("Armenian Prime Minister Nikol Pashinyan"), so that a quote
  saying "we" and a person acting for a country resolve to that country.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from alliance_graph.extract import lexicon
from alliance_graph.registry import Entity, Registry


@dataclass(frozen=True)
class Mention:
    """A reference to a state or organisation in a Doc (token offsets, end exclusive)."""

    entity_id: str
    name: str
    kind: str
    start: int
    end: int
    via: str = "name"

    @property
    def is_state(self) -> bool:
        return self.kind == "state"


@dataclass
class MentionIndex:
    """Mentions of one Doc, looked up by token; built once by :func:`index_mentions`."""

    registry: Registry
    doc: Doc | None = None
    by_token: dict[int, Mention] = field(default_factory=dict)
    #: person name (full or surname) -> the entity the person speaks for
    affiliations: dict[str, Mention] = field(default_factory=dict)
    #: surname -> full name, for attribution ("Pashinyan" -> "Nikol Pashinyan")
    full_names: dict[str, str] = field(default_factory=dict)
    #: explicit mentions in document order
    ordered: list[Mention] = field(default_factory=list)
    #: plural references ("both", "they") -> the states of the last coordinated group
    groups: dict[int, list[Mention]] = field(default_factory=dict)

    def at(self, token: Token) -> Mention | None:
        """The mention covering ``token``, if any."""
        return self.by_token.get(token.i)

    def focus(self, before: int, *, kind: str, head: str | None = None, exclude: str | None = None) -> Mention | None:
        """The most recent explicit mention of ``kind`` before token ``before``.

        With ``head`` (a generic noun such as "alliance"), organisations whose registry
        heads include it are preferred; any organisation is accepted for the most generic
        heads.
        """
        candidates = [m for m in self.ordered if m.start < before and m.kind == kind and m.entity_id != exclude]
        if kind == "organization" and self.doc is not None:
            sent = self.doc[before].sent
            in_sentence = [m for m in self.ordered if sent.start <= m.start < sent.end and m.kind == kind
                           and m.start >= before and m.entity_id != exclude]
            if not any(sent.start <= m.start for m in candidates) and in_sentence:
                candidates = candidates + in_sentence[:1]
        if kind == "state" and head:
            # "the kingdom" is a state whose formal name says so (Saudi Arabia, not Indonesia)
            titled = [m for m in candidates if head in (self.registry.get(m.entity_id).official_name or "").lower()
                      or head in self.registry.get(m.entity_id).name.lower()]
            candidates = titled or candidates
        if kind == "state":
            named = [m for m in candidates if m.via != "demonym"]
            subjects = [m for m in named if self.doc is not None and self.doc[m.start: m.end].root.dep_ in {"nsubj", "nsubjpass"}]
            candidates = subjects[-1:] if subjects and (not named or named[-1].start - subjects[-1].start < 60) else named
        if not candidates:
            return None
        if head and kind == "organization":
            fitting = [m for m in candidates if head in self.registry.get(m.entity_id).heads]
            if fitting:
                candidates = fitting
            elif head not in {"bloc", "alliance", "organisation", "organization", "group", "body", "grouping", "club"}:
                return None
        if kind == "organization" and self.doc is not None:
            return self._salient(candidates, before)
        return candidates[-1]

    def _salient(self, candidates: list[Mention], before: int) -> Mention:
        """The organisation in focus: named in this or the previous sentence, else the one
        the article has named most often so far (ties go to the most recent)."""
        sent = self.doc[before].sent
        window_start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        # "the first EU member to do so", "Turkey, a NATO member" describe a state: EU and
        # NATO are not the topic, unless nothing else was ever named
        topical = [m for m in candidates if not _describes_member(self.doc[m.start: m.end].root)] or candidates
        recent = [m for m in topical if m.start >= window_start]
        if recent:
            # a subject outranks a later mention inside an object or apposition: in "BRICS
            # agreed to offer partner status to Turkey, a NATO member", "the bloc" is BRICS
            subjects = [m for m in recent if _in_subject(self.doc[m.start: m.end].root)]
            return (subjects or recent)[-1]
        candidates = topical
        counts: dict[str, int] = {}
        last: dict[str, Mention] = {}
        for m in candidates:
            counts[m.entity_id] = counts.get(m.entity_id, 0) + 1
            last[m.entity_id] = m
        best = max(counts, key=lambda k: (counts[k], last[k].start))
        return last[best]

    def affiliation(self, name: str) -> Mention | None:
        """The entity a named person speaks for, by full name or surname."""
        return self.affiliations.get(name) or self.affiliations.get(name.split()[-1] if name.split() else name)

    def full_name(self, name: str) -> str:
        """The fullest form of a person's name seen in the document."""
        return self.full_names.get(name, name)


def _describes_member(token: Token) -> bool:
    """The organisation only qualifies a member noun in an aside: "Hungary, the first EU
    member to do so", "NATO ally Turkey"."""
    head = token.head
    return token.dep_ in {"compound", "poss", "nmod", "amod"} and head.lemma_.lower() in {"member", "ally"}


def _in_subject(token: Token) -> bool:
    """The token is a subject, or a modifier of one ("The BRICS group ... agreed")."""
    steps = 0
    while steps < 3:
        if token.dep_ in {"nsubj", "nsubjpass"}:
            return True
        if token.dep_ not in {"compound", "poss", "amod", "nmod"} or token.head.i == token.i:
            return False
        token = token.head
        steps += 1
    return False


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
        if entity is None or (entity.kind == "state" and _is_dateline(ent)):
            continue
        mention = _entity_mention(ent, entity, _ent_via(ent))
        for i in range(ent.start, ent.end):
            index.by_token[i] = mention
        index.ordered.append(mention)
    _prefer_long_forms(doc, index)
    _index_people(doc, index)
    _resolve_references(doc, index)
    return index


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


def _is_dateline(ent: Span) -> bool:
    """'KUALA LUMPUR —', 'YEREVAN,': a place line that opens a news story, not an actor."""
    doc = ent.doc
    at_start = ent.start == ent.sent.start or "\n" in doc[ent.start - 1].text_with_ws
    following = doc[ent.end].text if ent.end < len(doc) else ""
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


def _resolve_references(doc: Doc, index: MentionIndex) -> None:
    """Attach mentions to tokens that refer back to a state or organisation."""
    for token in doc:
        if token.i in index.by_token:
            continue
        lower = token.lower_
        lemma = token.lemma_.lower()
        if token.pos_ in {"NOUN", "PROPN"} and lemma in lexicon.ORG_ANAPHORS and _is_definite(token):
            mention = index.focus(token.i, kind="organization", head=lemma)
            if mention is not None and not _names_other_thing(token, index):
                resolved = Mention(mention.entity_id, mention.name, mention.kind, token.i, token.i + 1, "anaphor")
                index.by_token[token.i] = resolved
                bisect.insort(index.ordered, resolved, key=lambda m: m.start)  # it keeps the focus too
                continue
        if token.tag_ == "NNS" and lemma in lexicon.STATE_ANAPHORS | {"junta", "government"} and any(
                c.dep_ in {"det", "nummod"} and c.lower_ in {"the", "these", "those", "both", "two", "three", "four", "five", "six"}
                for c in token.children):
            size = next((_NUMBERS[c.lower_] for c in token.children if c.lower_ in _NUMBERS), None)
            if any(c.dep_ in {"amod", "compound"} and c.text[:1].isupper() for c in token.children):
                size = None  # "the three Baltic states" names its own states: only a group just before
            group = (size and _group_of_size(doc, token, index, size)) or _last_group(doc, token, index)
            if group:  # "the three countries", "these states"
                index.groups[token.i] = group
                continue
        if lower in _NUMBERS and token.dep_ in {"nsubj", "nsubjpass"} and token.pos_ == "NUM" and any(
                c.dep_ == "det" and c.lower_ in {"the", "all", "these"} for c in token.children):
            group = _group_of_size(doc, token, index, _NUMBERS[lower])  # "The three formed the alliance"
            if group:
                index.groups[token.i] = group
                continue
        if token.pos_ == "NOUN" and lemma in lexicon.STATE_ANAPHORS and _is_definite(token, personal=True) and token.tag_ in {"NN", "NNP"}:
            mention = _closing_name(token, index) or _speakers_country(doc, token, index) or index.focus(
                token.i, kind="state", head=lemma if lemma in _TITLED_ANAPHORS else None)
            if mention is not None and not _names_other_thing(token, index):
                index.by_token[token.i] = Mention(mention.entity_id, mention.name, mention.kind, token.i, token.i + 1, "anaphor")
                continue
        if lower in {"both", "all", "each"} and token.head.dep_ == "relcl" and any(
                g.lower_ in {"which", "whom"} for c in token.children if c.lower_ == "of" for g in c.children):
            # "Thailand and Malaysia, both of which lodged applications": the relative's antecedent
            antecedent = token.head.head
            group = [index.at(t) for t in expand_group(antecedent) if index.at(t) is not None and index.at(t).is_state]
            if group:
                index.groups[token.i] = list({m.entity_id: m for m in group}.values())
                continue
        if lower in {"both", "they", "their", "them"} and token.dep_ in {"nsubj", "nsubjpass", "poss"}:
            group = _last_group(doc, token, index)
            if group:
                index.groups[token.i] = group
                continue
        if lower in {"it", "its"} and token.pos_ == "PRON":
            mention = _pronoun_antecedent(doc, token, index)
            if mention is not None:
                index.by_token[token.i] = Mention(mention.entity_id, mention.name, mention.kind, token.i, token.i + 1, "pronoun")


def _speakers_country(doc: Doc, token: Token, index: MentionIndex) -> Mention | None:
    """'his country' after "Togo's foreign minister said": the country of the subject before it."""
    if not any(c.dep_ == "poss" and c.lower_ in {"his", "her", "their"} for c in token.children):
        return None
    for candidate in reversed(list(doc[token.sent.start: token.i])):
        if candidate.dep_ in {"nsubj", "nsubjpass"} and index.at(candidate) is None:
            mention = resolve_agent(candidate, index)
            if mention is not None and mention.is_state:
                return mention
    return None


_TITLED_ANAPHORS = {"kingdom", "emirate", "sultanate", "principality", "grand duchy"}
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _group_of_size(doc: Doc, token: Token, index: MentionIndex, size: int) -> list[Mention]:
    """The latest coordination of exactly ``size`` states anywhere before ``token`` ("the three")."""
    best: list[Mention] = []
    for candidate in doc[:token.i]:
        if candidate.dep_ in {"conj", "appos", "compound"} or index.at(candidate) is None:
            continue
        group = [index.at(t) for t in expand_group(candidate) if index.at(t) is not None and index.at(t).is_state]
        unique = list({m.entity_id: m for m in group}.values())
        if len(unique) == size:
            best = unique
    return best


def _last_group(doc: Doc, token: Token, index: MentionIndex) -> list[Mention]:
    """The most recent coordination of two or more states ("Ukraine and Moldova")."""
    sent = token.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    best: list[Mention] = []
    for candidate in doc[start: token.i]:
        if candidate.i in index.groups and len(index.groups[candidate.i]) >= len(best):
            best = index.groups[candidate.i]  # "The three countries ... They"
            continue
        if candidate.dep_ in {"conj", "appos", "compound"} or index.at(candidate) is None:
            continue
        group = [index.at(t) for t in expand_group(candidate) if index.at(t) is not None and index.at(t).is_state]
        unique = list({m.entity_id: m for m in group}.values())
        if len(unique) >= 2 and len(unique) >= len(best):
            best = unique
    return best


def _is_definite(token: Token, *, personal: bool = False) -> bool:
    """'the bloc', 'this agreement', 'its members'; with ``personal`` also 'his country'."""
    words = {"the", "this", "that", "its"} | ({"his", "her", "their", "our"} if personal else set())
    return any(c.dep_ in {"det", "poss"} and c.lower_ in words for c in token.children)


def _names_other_thing(token: Token, index: MentionIndex) -> bool:
    """'the Council of Europe' is a name, 'the bloc's summit' is fine; 'the union of X' is not ours."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return True
        if child.dep_ in {"compound", "amod"} and index.at(child) is not None and index.at(child).kind == "state":
            following = token.doc[index.at(child).end] if index.at(child).end < len(token.doc) else None
            if following is not None and following.text in {"-", "–"}:
                continue  # "the Moscow-led bloc" describes the bloc, it does not name another
            return True
    return False


def _pronoun_antecedent(doc: Doc, token: Token, index: MentionIndex) -> Mention | None:
    """'it'/'its': the subject of the previous clause when it is a state or organisation."""
    sent = token.sent
    # an earlier subject in the same sentence
    for candidate in reversed(list(doc[sent.start: token.i])):
        if candidate.dep_ in {"nsubj", "nsubjpass"}:
            mention = resolve_agent(candidate, index)
            if mention is not None:
                return mention
    # else the subject of the previous sentence
    previous = _previous_sentence(doc, sent)
    if previous is not None:
        for candidate in previous:
            if candidate.dep_ in {"nsubj", "nsubjpass"}:
                mention = index.at(candidate)
                if mention is not None:
                    return mention
    return None


def _previous_sentence(doc: Doc, sent: Span) -> Span | None:
    if sent.start == 0:
        return None
    return doc[sent.start - 1].sent


def resolve_agent(token: Token, index: MentionIndex) -> Mention | None:
    """The state or organisation a noun phrase stands for.

    A mention itself; "Armenian officials" / "Mali's junta" (a government noun with a
    demonym or state modifier); a person with a known affiliation; a relative pronoun
    ("which") through the noun it modifies. A name in apposition beats a reference
    ("the only country to leave, the United Kingdom").
    """
    mention = index.at(token)
    if mention is not None and mention.via in {"anaphor", "pronoun"}:
        for child in token.children:
            if child.dep_ == "appos" and index.at(child) is not None and index.at(child).via == "name":
                return index.at(child)
        if mention.is_state:
            named = _closing_name(token, index)
            if named is not None:
                return named
    if mention is not None:
        return mention
    if token.lower_ in {"which", "who", "that"} and token.head.dep_ in {"relcl", "acl"}:
        return resolve_agent(token.head.head, index)
    if token.lower_ in {"we", "our", "us"}:
        return None  # resolved from the quote's speaker by the caller
    if token.lemma_.lower() in lexicon.GOVERNMENT_NOUNS or token.ent_type_ == "PERSON":
        for child in token.children:
            if child.dep_ in {"amod", "compound", "poss", "nmod"}:
                found = index.at(child)
                if found is not None:
                    return found
            if child.dep_ == "prep" and child.lower_ in {"of", "in"} and token.ent_type_ != "PERSON":
                # "leaders of the Group of Seven", "the government of Mali", "the juntas in Mali"
                for grand in child.children:
                    if grand.dep_ == "pobj" and index.at(grand) is not None:
                        return index.at(grand)
        if token.ent_type_ == "PERSON":
            span = _ent_span(token)
            if span is not None:
                return index.affiliation(span.text)
    return None


def _closing_name(token: Token, index: MentionIndex) -> Mention | None:
    """The state named in apposition at the end of a reference: "The last country to join
    the bloc, Croatia, did so" (even when the parser hangs "Croatia" on "bloc")."""
    closing = token.right_edge
    named = index.at(closing)
    if closing.i != token.i and closing.dep_ == "appos" and named is not None and named.is_state and named.via == "name":
        head = index.at(closing.head)
        if head is None or not head.is_state or closing.head.i == token.i:
            return named
    return None


def _ent_span(token: Token) -> Span | None:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return None


def expand_group(token: Token) -> list[Token]:
    """The token and the tokens coordinated or in apposition with it ("Mali, Burkina Faso and Niger")."""
    seen: dict[int, Token] = {}
    stack = [token]
    while stack:
        current = stack.pop()
        if current.i in seen:
            continue
        seen[current.i] = current
        for child in current.children:
            if child.dep_ == "conj" or (child.dep_ == "appos" and (child.pos_ == "PROPN" or child.ent_type_ in {"GPE", "ORG", "NORP"})):
                stack.append(child)  # not "Venezuela, whose ... Paraguay's senate": a common-noun aside
            elif child.dep_ == "prep" and child.lower_ in {"as", "including", "like", "with"} and (
                child.lower_ != "with" or current.doc[child.i - 1].lower_ in {"along", "together"}
                or any(c.lower_ in {"along", "together"} for c in child.children)
            ):
                # "island states such as Fiji, Samoa and Tonga"
                stack.extend(g for g in child.children if g.dep_ == "pobj")
    return [seen[i] for i in sorted(seen)]


def mentions_of(tokens: Iterable[Token], index: MentionIndex) -> list[Mention]:
    """Distinct agents of ``tokens`` in order."""
    found: dict[str, Mention] = {}
    for token in tokens:
        for member in index.groups.get(token.i, ()):
            found.setdefault(member.entity_id, member)
        mention = resolve_agent(token, index)
        if mention is not None:
            found.setdefault(mention.entity_id, mention)
    return list(found.values())
