"""References back to states and organisations already named: "the bloc", "the country",
"it", "they", "the three", "both of which".

Resolved once per Doc into the :class:`~alliance_graph.extract.mentions.MentionIndex`.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span, Token

from alliance_graph.extract import lexicon
from alliance_graph.extract.dates import COUNT_WORDS
from alliance_graph.extract.lists import counted_list
from alliance_graph.extract.mentions import Mention, MentionIndex, closing_name, expand_group, last_distinct, resolve_agent


def resolve_references(doc: Doc, index: MentionIndex) -> None:
    """Attach mentions to tokens that refer back to a state or organisation."""
    parsed = doc.has_annotation("DEP")
    for token in doc:
        if token.i in index.by_token:
            continue
        lower = token.lower_
        lemma = token.lemma_.lower()
        anaphor = token.pos_ in {"NOUN", "PROPN"} and lemma in lexicon.ORG_ANAPHORS
        named = index.at(token.head) if anaphor and token.dep_ == "appos" else None
        if anaphor and named is None and parsed:  # "the BRICS group of emerging economies", "the Mercosur trade bloc"
            named = next((m for m in (index.at(c) for c in token.children if c.dep_ == "compound")
                          if m is not None and not m.is_state and m.via == "name"), None)
        if anaphor and named is not None and not named.is_state:
            # "GUAM, the grouping set up in 1997 by ...": the description is of the name beside it (or before it)
            resolved = Mention(named.entity_id, named.name, named.kind, token.i, token.i + 1, "anaphor")
            index.by_token[token.i] = resolved
            bisect.insort(index.ordered, resolved, key=lambda m: m.start)
            continue
        if token.pos_ in {"NOUN", "PROPN"} and lemma in lexicon.ORG_ANAPHORS and _is_definite(token):
            same = any(c.lower_ == "same" for c in token.children)  # "the same organisation": the one just named
            mention = index.focus(token.i, kind="organization", head=None if same else lemma, hints=_hints(token))
            if mention is not None and not _names_other_thing(token, index):
                resolved = Mention(mention.entity_id, mention.name, mention.kind, token.i, token.i + 1, "anaphor")
                index.by_token[token.i] = resolved
                bisect.insort(index.ordered, resolved, key=lambda m: m.start)  # it keeps the focus too
                continue
        if token.tag_ == "NNS" and lemma in lexicon.STATE_ANAPHORS | {"junta", "government"} and any(
                c.dep_ in {"det", "nummod"} and c.lower_ in {"the", "these", "those"} | set(_NUMBERS)
                for c in token.children) and not any(
                c.dep_ in {"compound", "amod"} and index.at(c) is not None and not index.at(c).is_state for c in token.children):
            # (not "the BRICS nations": an organisation's members, whom the text does not name)
            size = next((_NUMBERS[c.lower_] for c in token.children if c.lower_ in _NUMBERS), None)
            named = _named_group(token, index, size)
            if named:  # "the three Baltic states": a group the registry knows by name
                index.groups[token.i] = named
                continue
            if any(c.dep_ in {"amod", "compound"} and c.text[:1].isupper() for c in token.children):
                size = None  # "the three Baltic states" names its own states: only a group just before
            # "Only two countries have pulled out: Burundi in 2017 and the Philippines in 2019"
            listed = _listed_group(token, index)
            group = (size and (listed or _group_of_size(doc, token, index, size))) or (
                _last_group(doc, token, index) if not size or size <= 6 else [])  # not "eleven former republics"
            if group:  # "the three countries", "these states"
                index.groups[token.i] = group
                continue
        if lower in _NUMBERS and token.dep_ in {"nsubj", "nsubjpass"} and token.pos_ == "NUM":
            if any(c.dep_ == "det" and c.lower_ in {"the", "all", "these"} for c in token.children):
                group = _group_of_size(doc, token, index, _NUMBERS[lower])  # "The three formed the alliance"
            else:  # "Seven of Sunday's signatories, A, B, ..., also signed that pact"
                group = _listed_group(token, index)
            if group:
                index.groups[token.i] = group
                continue
        if token.pos_ == "NOUN" and lemma in lexicon.STATE_ANAPHORS and _is_definite(token, personal=True) and token.tag_ in {"NN", "NNP"}:
            mention = closing_name(token, index) or _speakers_country(doc, token, index) or (
                index.focus(token.i, kind="state", head=lemma) if lemma in _TITLED_ANAPHORS else index.state_in_focus(token.i))
            if mention is not None and not _names_other_thing(token, index):
                index.by_token[token.i] = Mention(mention.entity_id, mention.name, mention.kind, token.i, token.i + 1, "anaphor")
                continue
        if lower in {"both", "all", "each"} and token.head.dep_ == "relcl" and any(
                g.lower_ in {"which", "whom"} for c in token.children if c.lower_ == "of" for g in c.children):
            # "Thailand and Malaysia, both of which lodged applications": the relative's antecedent
            antecedent = token.head.head
            group = _states_in_group(antecedent, index)
            if group:
                index.groups[token.i] = group
                continue
        if lemma in {"member", "ally"} and token.tag_ == "NNS" and (token.dep_ in {"nsubj", "nsubjpass"} or (
                token.dep_ == "appos" and index.at(token.head) is None)) and any(
                c.dep_ == "det" and c.lower_ in {"both", "all"} for c in token.children):
            # "Finland and Sweden, both members of the EU, applied to join NATO"; "held up first by
            # Turkey and then by Hungary, both members of the alliance" (parsed as an aside to "bid")
            group = _last_group(doc, token, index)
            if token.dep_ == "appos" and any(c.lower_ == "both" for c in token.children):
                named = [m for m in (index.at(t) for t in doc[token.sent.start: token.i]) if m is not None and m.is_state]
                group = last_distinct(named, 2) or group
            if group:
                index.groups[token.i] = group
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


#: Modifier words too common to tell organisations apart ("the new bloc", "the regional body").
_PLAIN_MODIFIERS = {"new", "old", "whole", "entire", "same", "other", "former", "regional", "international", "global",
                    "continental", "member", "world", "based", "led", "backed", "dominated"}  # (the "-based" of "the Shanghai-based bank")


def _hints(token: Token) -> frozenset[str]:
    """The words a description adds to its head: "free", "trade" of "the free-trade club"."""
    words = [t for c in token.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < token.i for t in c.subtree]
    return frozenset(part for t in words if t.pos_ in {"ADJ", "NOUN", "PROPN", "VERB"}
                     for part in re.split(r"-", t.lower_) if len(part) > 2 and part not in _PLAIN_MODIFIERS)


def _named_group(token: Token, index: MentionIndex, size: int | None) -> list[Mention]:
    """The states of "the Baltic states", "the five Central Asian republics" (registry
    groups), unless a number says the text means only some of them ("the two Baltic states")."""
    words = [c for c in token.children if c.dep_ in {"amod", "compound"} and c.i < token.i and c.text[:1].isupper()]
    if not words:
        return []
    start = min(t.i for w in words for t in w.subtree)
    name = " ".join(t.text for t in token.doc[start: token.i] if t.text[:1].isupper())
    members = index.registry.state_group(name)
    if not members or (size is not None and size != len(members)):
        return []
    return [Mention(e.id, e.name, "state", token.i, token.i + 1, "group") for e in members]


def _speakers_country(doc: Doc, token: Token, index: MentionIndex) -> Mention | None:
    """'his country' after "Togo's foreign minister said": the country of the subject before it."""
    if not any(c.dep_ == "poss" and c.lower_ in {"his", "her", "their"} for c in token.children):
        # "Rwanda's foreign ministry said that the country would leave ECCAS": the speaker's
        # (not "the kingdom", which names a state of its own kind)
        if token.lemma_.lower() not in {"country", "nation", "state"}:
            return None
        reporter = next((v for v in token.ancestors if v.pos_ in {"VERB", "AUX"} and lexicon.lemma_of(v.lemma_, v.lower_) in lexicon.REPORTING_VERBS
                         and any(c.dep_ == "ccomp" and token in c.subtree for c in v.children)), None)
        if reporter is None:
            return None
        for subject in (c for c in reporter.children if c.dep_ in {"nsubj", "nsubjpass"} and index.at(c) is None):
            mention = resolve_agent(subject, index)
            if mention is not None and mention.is_state:
                return mention
        return None
    for candidate in reversed(list(doc[token.sent.start: token.i])):
        if candidate.dep_ in {"nsubj", "nsubjpass"} and index.at(candidate) is None:
            mention = resolve_agent(candidate, index)
            if mention is not None and mention.is_state:
                return mention
    return None


_TITLED_ANAPHORS = {"kingdom", "emirate", "sultanate", "principality", "grand duchy"}


_NUMBERS = {"both": 2, **COUNT_WORDS}


def _listed_group(token: Token, index: MentionIndex) -> list[Mention]:
    """The states a counted noun's list names (:func:`counted_list`), as a group standing at ``token``."""
    return [Mention(m.entity_id, m.name, m.kind, token.i, token.i + 1, "group") for m in counted_list(token, index)]


def _states_in_group(token: Token, index: MentionIndex) -> list[Mention]:
    """The distinct states of ``token`` and the tokens coordinated with it."""
    group = [index.at(t) for t in expand_group(token) if index.at(t) is not None and index.at(t).is_state]
    return list({m.entity_id: m for m in group}.values())


def _coordination_at(candidate: Token, index: MentionIndex) -> list[Mention]:
    """The states of the coordination ``candidate`` heads, or none when it is inside one: a
    conjunct, a compound, or an apposition to a name (part of that name's group; "Worth
    remembering: Finland and Sweden" heads its own)."""
    if candidate.dep_ in {"conj", "compound"} or index.at(candidate) is None or (
            candidate.dep_ == "appos" and index.at(candidate.head) is not None):
        return []
    return _states_in_group(candidate, index)


def _group_of_size(doc: Doc, token: Token, index: MentionIndex, size: int) -> list[Mention]:
    """The latest coordination of exactly ``size`` states anywhere before ``token`` ("the three")."""
    best: list[Mention] = []
    for candidate in doc[:token.i]:
        unique = _coordination_at(candidate, index)
        if len(unique) == size:
            best = unique
    return best


def _last_group(doc: Doc, token: Token, index: MentionIndex) -> list[Mention]:
    """The most recent coordination of two or more states ("Ukraine and Moldova"), else the
    states that were the subjects of this and the previous sentence's clauses."""
    sent = token.sent
    if token.lower_ in {"their", "them"}:  # "Bulgaria and Romania completed their accession": the clause's own subjects
        verb = token.head.head if token.dep_ == "poss" else token.head
        for subject in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < token.i):
            own = _states_in_group(subject, index)
            if len(own) >= 2:
                return own
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    best: list[Mention] = []
    for candidate in doc[start: token.i]:
        if candidate.i in index.groups and len(index.groups[candidate.i]) >= len(best):
            best = index.groups[candidate.i]  # "The three countries ... They"
            continue
        unique = _coordination_at(candidate, index)
        if len(unique) >= 2 and len(unique) >= len(best):
            best = unique
    if not best:  # "Ukraine applied in February and Moldova in March. Both were ...": the clauses' subjects
        subjects = [index.at(t) for t in doc[start: token.i] if t.dep_ in {"nsubj", "nsubjpass"}
                    and index.at(t) is not None and index.at(t).is_state and index.at(t).via != "demonym"]
        unique = list({m.entity_id: m for m in subjects}.values())
        if len(unique) == 2 or (len(unique) > 2 and token.lower_ != "both"):
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
    if token.pos_ == "PROPN" and token.ent_type_ == "ORG" and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and index.at(c) is None for c in token.children):
        return True  # "the original Trans-Pacific Partnership": a name the registry does not know
    return False


def _pronoun_antecedent(doc: Doc, token: Token, index: MentionIndex) -> Mention | None:
    """'it'/'its': the subject of the previous clause when it is a state or organisation (a
    state when "it" is what an organisation admits, suspends or expels)."""
    acted_on = lexicon.lemma_of(token.head.lemma_, token.head.lower_) in lexicon.ORG_ACTS_ON_MEMBER | {"suspend", "freeze"}
    if token.dep_ == "nsubjpass" and acted_on:
        # "The AU has gained weight since it was admitted as a permanent member of the G20": an
        # organisation named as this sentence's subject can be what another one admits
        named = {m.entity_id for m in (index.at(t) for t in token.head.subtree) if m is not None and not m.is_state and m.via == "name"}
        subject = next((index.at(c) for c in token.sent if c.i < token.i and c.dep_ == "nsubj" and index.at(c) is not None), None)
        states_before = any(m is not None and m.is_state for m in (index.at(t) for t in token.doc[token.sent.start: token.i]))
        if named and subject is not None and not subject.is_state and subject.via == "name" and subject.entity_id not in named and (
                not states_before):
            return subject
    if (token.dep_ == "dobj" or (token.dep_ == "nsubjpass" and token.head.pos_ == "VERB")) and acted_on:
        # "the EAC admitted it in 2016", "It was suspended from Mercosur in 2016": a state;
        # "expelled Russia on 16 March, having first suspended it": the state just named
        named = [m for m in (index.at(t) for t in doc[token.sent.start: token.i]) if m is not None and m.is_state and m.via == "name"]
        if token.dep_ == "dobj" and named and index.at(doc[named[-1].start]).start == named[-1].start and doc[named[-1].start].dep_ in {"dobj", "pobj"}:
            return named[-1]
        found = _pronoun_antecedent_of_kind(doc, token, index, state=True)
        return found or index.focus(token.i, kind="state")  # "the East African Community admitted it in 2016"
    found = _pronoun_antecedent_of_kind(doc, token, index, state=False)
    if found is None and token.dep_ == "nsubj" and _enters_or_leaves_named_org(token.head, index):
        # "This is a country that knows how to leave a club. It quit the CIS in 2009": the state
        # the story is about (an organisation it names is not what "it" is)
        return index.state_in_focus(token.i)
    return found


def _enters_or_leaves_named_org(verb: Token, index: MentionIndex) -> bool:
    """``verb`` is a member's entry or exit with an organisation named as its object ("joined
    GUAM", "quit the Commonwealth of Independent States", "withdrew from the ICC"), or its own
    membership ("suspended its membership")."""
    frame = lexicon.VERB_FRAMES.get(lexicon.lemma_of(verb.lemma_, verb.lower_))
    if frame is None or frame.by_member not in {"joins", "leaves", "readmitted", "suspends"}:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"from", "of", "out"} for g in c.subtree if g.dep_ == "pobj"]
    return any(index.at(o) is not None and not index.at(o).is_state and index.at(o).via == "name"
               or (o.dep_ == "dobj" and o.lemma_.lower() in {"membership", "participation"}) for o in objects)


def _pronoun_antecedent_of_kind(doc: Doc, token: Token, index: MentionIndex, *, state: bool) -> Mention | None:
    sent = token.sent
    # an earlier subject in the same sentence, a main clause's before a relative clause's
    # ("Kosovo, whose independence Serbia does not recognise, withdrew its application")
    # not the subject of the verb "it" depends on: "the EU made it a candidate" (that is "itself")
    earlier = [c for c in reversed(list(doc[sent.start: token.i])) if c.dep_ in {"nsubj", "nsubjpass"}
               and not (token.lower_ == "it" and token.dep_ in {"dobj", "dative"} and c.head.i == token.head.i)
               and not (token.dep_ == "pobj" and c.head.i == token.head.head.i)  # "Greece withdrew from it": not Greece
               and not (c.head.i == token.head.head.i and token.dep_ == "nsubj" and token.head.dep_ in {"ccomp", "xcomp", "oprd"}
                        and token.head.pos_ in {"NOUN", "PROPN"})]
    for candidate in sorted(earlier, key=lambda c: c.head.dep_ in {"relcl", "acl"}):
        mention = resolve_agent(candidate, index)
        if mention is None and state:  # "Gabon's record has been rocky: the group suspended it"
            mention = _state_possessor(candidate, index)
        if mention is not None and (mention.is_state or not state):
            return mention
    # else the subject of the previous sentence, passing over ones without a subject
    # ("Q: Belarus is hardly short of memberships. A: No. It is in the CSTO")
    previous = _previous_sentence(doc, sent)
    for _ in range(3):
        if previous is None:
            break
        subjects = [c for c in previous if c.dep_ in {"nsubj", "nsubjpass"}]
        for candidate in subjects:
            mention = index.at(candidate)
            if mention is None and candidate.lower_ in {"which", "who"} and candidate.head.dep_ == "relcl":
                mention = index.at(candidate.head.head)  # "a sharp turn for Tashkent, which kept ... . It joined GUAM"
            if mention is None and state:  # "Venezuela's own place did not last long. It was suspended ..."
                mention = _state_possessor(candidate, index)
            if mention is not None and (mention.is_state or not state):
                return mention
        if subjects:
            break
        previous = _previous_sentence(doc, previous)
    return None


def _state_possessor(subject: Token, index: MentionIndex) -> Mention | None:
    """The state whose thing a subject is: Gabon in "Gabon's record"."""
    return next((m for m in (index.at(c) for c in subject.children if c.dep_ == "poss") if m is not None and m.is_state), None)


def _previous_sentence(doc: Doc, sent: Span) -> Span | None:
    if sent.start == 0:
        return None
    return doc[sent.start - 1].sent
