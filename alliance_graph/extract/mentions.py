"""Who and what a Doc talks about: entity mentions and the organisation in focus.

:func:`alliance_graph.extract.indexing.index_mentions` builds a :class:`MentionIndex`: the
gazetteer marks names, aliases, demonyms and metonyms with the canonical entity id, and
:mod:`alliance_graph.extract.references` adds what a gazetteer cannot see:

* definite descriptions that point back to the organisation in focus ("the bloc",
  "the alliance", "this agreement"), checked against the organisation's known head nouns;
* references to the state in focus ("the country", "it");
* groups of people that stand for a state ("Armenian officials", "Mali's junta");
* people's affiliations ("Armenian Prime Minister Nikol Pashinyan"), so that a quote
  saying "we" and a person acting for a country resolve to that country.
"""

from __future__ import annotations

import functools
import re
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
    #: sentence start -> the states a factbox line's label names ("ROMANIA: EU member since 2007")
    labels: dict[int, list[Mention]] = field(default_factory=dict)

    def at(self, token: Token) -> Mention | None:
        """The mention covering ``token``, if any."""
        return self.by_token.get(token.i)

    def label_of(self, token: Token) -> list[Mention]:
        """The states a factbox label puts before ``token``'s sentence (see indexing)."""
        return [m for m in self.labels.get(token.sent.start, []) if m.start < token.i]

    def focus(self, before: int, *, kind: str, head: str | None = None, exclude: str | None = None,
              hints: frozenset[str] = frozenset(), skip: frozenset[int] = frozenset()) -> Mention | None:
        """The most recent explicit mention of ``kind`` before token ``before``.

        With ``head`` (a generic noun such as "alliance"), organisations whose registry
        heads include it are preferred; any organisation is accepted for the most generic
        heads. ``hints`` are the reference's own words ("free", "trade" of "the free-trade
        club"): organisations whose names, descriptions or type contain one are preferred.
        ``skip``: tokens whose organisations are not candidates (a reason given later in the
        sentence: "walked out in protest at Malaysia taking a seat on the Security Council").
        """
        candidates = [m for m in self.ordered if m.start < before and m.kind == kind and m.entity_id != exclude]
        if kind == "organization" and self.doc is not None:
            sent = self.doc[before].sent
            in_sentence = [m for m in self.ordered if sent.start <= m.start < sent.end and m.kind == kind
                           and m.start >= before and m.entity_id != exclude and m.start not in skip]
            if not any(_previous_sentence_start(sent) <= m.start for m in candidates) and in_sentence:
                # named later in the sentence ("Finland joined on Tuesday, becoming NATO's 31st member"),
                # unless the sentence before named one ("La Paz is not leaving the Andean Community.
                # The four-nation group comprises A, B, C and D, and ... with those of Mercosur")
                candidates = candidates + in_sentence[:1]
        if kind == "state" and head:
            # "the kingdom" is a state whose formal name says so (Saudi Arabia, not Indonesia)
            titled = [m for m in candidates if head in (self.registry.get(m.entity_id).official_name or "").lower()
                      or head in self.registry.get(m.entity_id).name.lower()]
            candidates = titled  # and not Russia for "the kingdom" when no kingdom was named
        if kind == "state":
            named = [m for m in candidates if m.via != "demonym"]
            subjects = [m for m in named if self.doc is not None and self.doc[m.start: m.end].root.dep_ in {"nsubj", "nsubjpass"}]
            candidates = subjects[-1:] if subjects and (not named or named[-1].start - subjects[-1].start < 60) else named
        if not candidates:
            return None
        if head and kind == "organization":
            # registry heads, or the words the article used ("the council" after "the AU's Peace and
            # Security Council")
            fitting = [m for m in candidates if head in self.registry.get(m.entity_id).heads
                       or m.via == "name" and self.doc is not None and self.doc[m.end - 1].lemma_.lower() == head]
            if fitting:
                candidates = fitting
            elif head not in {"bloc", "alliance", "organisation", "organization", "group", "body", "grouping", "club"}:
                return None
            # "the free-trade club" is EFTA, though the EU was named last
            candidates = [m for m in candidates if hints & _words_of(self.registry.get(m.entity_id))] or candidates
        if kind == "organization" and self.doc is not None:
            return self._salient(candidates, before)
        return candidates[-1]

    def state_in_focus(self, before: int) -> Mention | None:
        """The state "the country" means at token ``before``: the last state that was a subject
        in this paragraph (or the previous sentence), else the only state named there, else the
        state the story has named most often so far (ties go to the most recent): in a timeline
        about Timor-Leste, "in September the country is admitted" is Timor-Leste, not the
        Cambodia of the line before."""
        named = [m for m in self.ordered if m.start < before and m.kind == "state" and m.via in {"name", "metonym"}]
        if not named or self.doc is None:
            return self.focus(before, kind="state")
        sent = self.doc[before].sent
        window_start = min(_previous_sentence_start(sent), self._paragraph_start(sent.start))
        recent = [m for m in named if m.start >= window_start]
        subjects = [m for m in recent if self.doc[m.start: m.end].root.dep_ in {"nsubj", "nsubjpass"}]
        own = [m for m in recent if m.start >= sent.start]
        if own and len({m.entity_id for m in own}) == 1 and not (subjects and subjects[-1].start >= sent.start):
            return own[-1]  # "The OAS suspended Honduras in 2009, and the country regained its seat in 2011"
        if subjects:
            return subjects[-1]
        if recent and len({m.entity_id for m in recent}) == 1:
            return recent[-1]
        return _most_named(named)

    def _salient(self, candidates: list[Mention], before: int) -> Mention:
        """The organisation in focus: named in this or the previous sentence, else the one
        the article has named most often so far (ties go to the most recent)."""
        sent = self.doc[before].sent
        # "- SADC: | A was admitted. | B was suspended from the bloc": the line's start counts too
        window_start = min(_previous_sentence_start(sent), self.line_start(sent.start))
        # "the first EU member to do so", "Turkey, a NATO member" describe a state: EU and
        # NATO are not the topic, unless nothing else was ever named
        topical = [m for m in candidates if not describes_member(self.doc[m.start: m.end].root)] or candidates
        recent = [m for m in topical if m.start >= window_start]
        token = self.doc[before]
        itself = any(c.lower_ == "itself" for c in token.children) or (
            before + 1 < len(self.doc) and self.doc[before + 1].lower_ == "itself")
        if itself:
            recent = []  # "the union itself": back to what the article is about, not the last aside
        if recent:
            # a subject outranks a later mention inside an object or apposition: in "BRICS
            # agreed to offer partner status to Turkey, a NATO member", "the bloc" is BRICS
            subjects = [m for m in recent if _in_subject(self.doc[m.start: m.end].root)]
            return (subjects or recent)[-1]
        paragraph = [] if itself else [m for m in topical if m.start >= self._paragraph_start(sent.start)]
        if paragraph:  # "The Union of South American Nations was created in 2008. ... Colombia quit in August 2018."
            subjects = [m for m in paragraph if _in_subject(self.doc[m.start: m.end].root)]
            return (subjects or paragraph)[-1]
        heading = next((m for m in reversed(topical) if not itself and self._is_heading(m)), None)
        if heading is not None:  # a section under the heading line "OPEC": "- Qatar quit in January 2019."
            return heading
        return _most_named(topical)

    def _is_heading(self, mention: Mention) -> bool:
        """The mention is a line of its own: a section heading ("OPEC", "The Gulf Cooperation Council")."""
        if mention.start < 0:
            return False
        doc = self.doc
        start = self.line_start(mention.start)
        end = mention.end
        while end < len(doc) and "\n" not in doc[end - 1].whitespace_ and not doc[end - 1].is_space:
            end += 1
        return all(mention.start <= t.i < mention.end or t.lower_ == "the" or t.is_space or t.is_punct
                   for t in doc[start: end])

    def line_start(self, token: int) -> int:
        """The first token of the line holding token ``token``."""
        return self._start_after("\n", token)

    def _paragraph_start(self, token: int) -> int:
        """The first token of the paragraph (the text after a blank line) holding token ``token``."""
        return self._start_after("\n\n", token)

    def _start_after(self, separator: str, token: int) -> int:
        """The first token after the last ``separator`` in the text before token ``token``."""
        doc = self.doc
        cut = doc.text.rfind(separator, 0, doc[token].idx)
        i = token
        while i > 0 and doc[i - 1].idx >= cut + len(separator):
            i -= 1
        return i

    def affiliation(self, name: str) -> Mention | None:
        """The entity a named person speaks for, by full name or surname."""
        return self.affiliations.get(name) or self.affiliations.get(name.split()[-1] if name.split() else name)

    def full_name(self, name: str) -> str:
        """The fullest form of a person's name seen in the document."""
        return self.full_names.get(name, name)


@functools.lru_cache(maxsize=4096)
def _words_of(entity: Entity) -> frozenset[str]:
    """The lower-case words of an organisation's names, descriptions and type."""
    texts = (entity.name, *entity.full_names, *entity.aliases, *entity.descriptions, entity.type or "")
    return frozenset(w for text in texts for w in re.split(r"[\s\-]+", text.lower()) if len(w) > 2)


def _previous_sentence_start(sent: Span) -> int:
    """The first token of the sentence before ``sent`` (``sent``'s own at the document's start)."""
    return sent.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start


def _most_named(mentions: list[Mention]) -> Mention:
    """The last mention of the entity named most often among ``mentions`` (in text order; ties
    go to the entity named most recently)."""
    counts: dict[str, int] = {}
    last: dict[str, Mention] = {}
    for mention in mentions:
        counts[mention.entity_id] = counts.get(mention.entity_id, 0) + 1
        last[mention.entity_id] = mention
    return last[max(counts, key=lambda k: (counts[k], last[k].start))]


def describes_member(token: Token) -> bool:
    """The organisation only qualifies a member noun in an aside: "Hungary, the first EU
    member to do so", "NATO ally Turkey"."""
    head = token.head
    if token.dep_ == "poss" and head.tag_ == "NNS" and head.lemma_.lower() == "member":
        return False  # "The oil cartel's 12 members are ...": the organisation's own list
    return token.dep_ in {"compound", "poss", "nmod", "amod"} and head.lemma_.lower() in {
        "member", "ally", "country", "state", "nation", "economy"}  # "the first EU country to ..."


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
            named = closing_name(token, index)
            if named is not None:
                return named
    if mention is not None:
        return mention
    if token.lower_ in {"which", "who", "that"} and token.head.dep_ in {"relcl", "acl"}:
        return resolve_agent(token.head.head, index)
    if token.lower_ in {"we", "our", "us"}:
        return None  # resolved from the quote's speaker by the caller
    if token.tag_ == "NNS" and token.lemma_.lower() in lexicon.STATE_ANAPHORS:
        return None  # "eight former Soviet republics", "the Baltic states": several states, not one's government
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
        leader = next((c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN" and index.at(c) is None), None)
        if leader is not None and token.lemma_.lower() in {"administration", "government", "regime"} and any(
                c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            # "the Reagan administration withdrew" (the parser may tag "Trump administration" an
            # ORG): the leader's country, else the country in focus, kept for the rest of the
            # document (the second "Trump administration" is the first one's country)
            found = index.affiliation(leader.text) or index.focus(token.i, kind="state")
            if found is not None:
                index.affiliations.setdefault(leader.text, found)
            return found
    return None


def closing_name(token: Token, index: MentionIndex) -> Mention | None:
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


def last_distinct(mentions: list[Mention], n: int) -> list[Mention]:
    """The last ``n`` distinct entities of ``mentions`` (in text order), or none when there
    are fewer: "quit the Council of Europe and the ECHR ... rejoined both"."""
    distinct = list({m.entity_id: m for m in reversed(mentions)}.values())[:n]
    return list(reversed(distinct)) if len(distinct) == n else []


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
            if child.dep_ in {"conj", "appos"} and any(t.text == ";" for t in current.doc[min(current.i, child.i): max(current.i, child.i)]):
                continue  # "... by Argentina, Brazil, Paraguay and Uruguay, which ...; Venezuela, admitted in 2012, ...": another clause
            if child.dep_ == "conj" or (child.dep_ == "appos" and (child.pos_ == "PROPN" or child.ent_type_ in {"GPE", "ORG", "NORP"})):
                stack.append(child)  # not "Venezuela, whose ... Paraguay's senate": a common-noun aside
            elif child.dep_ == "prep" and child.lower_ in {"as", "including", "like", "with", "among"} and (
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
