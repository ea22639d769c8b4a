"""Shared syntax helpers for the relation patterns: arguments along dependency paths.

Used by :mod:`relations` (verbs and nominalisations) and :mod:`members` (the noun
"member", status nouns and lists). Everything here reads a parsed spaCy Doc and the
:class:`MentionIndex`; nothing here decides a relation.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from alliance_graph.extract import lexicon
from alliance_graph.extract.mentions import (
    Mention,
    MentionIndex,
    expand_group,
    mentions_of,
)

ARG_PREPS = {"to", "from", "of", "in", "into", "with", "at", "within", "out", "for", "on", "inside"}


OBJECT_CONTROL = {"invite", "ask", "allow", "urge", "permit", "encourage", "persuade", "force", "push", "press", "want",
                  "admit", "welcome", "order", "instruct", "direct", "tell", "require", "compel", "authorise", "authorize"}


APPLY_NOUNS = {"bid", "application", "effort", "attempt", "request", "push", "drive", "quest", "ambition", "aspiration", "hope", "desire", "campaign", "path", "candidacy", "process", "plan"}


TOPIC_NOUNS = {
    "talk", "negotiation", "debate", "discussion", "referendum", "vote", "question", "issue", "prospect",
    "road", "roadmap", "timeline", "condition", "criterion", "protocol", "summit", "meeting",
    "speculation", "rumour", "rumor", "possibility", "idea", "chance", "risk", "fear", "threat", "study",
}


MEMBER_LEMMAS = {"member", "ally", "founder", "co-founder", "cofounder", "part", "party"}
#: member-like nouns that count only with an explicitly named organisation ("part of NATO",
#: "a state party to the ICC", "a NATO ally"): alone they mean something else.
EXPLICIT_ORG_LEMMAS = {"ally", "part", "party"}


LIST_FILLERS = {",", "and", "or", "as", "well", "the", "such", "including", "now", "also", "plus", "both",
                 "—", "–", "-", ":", "(", ")", "other", "island", "states", "countries", "nations", "members", "like",
                 "alongside", "among", "them", "namely"}


def lemma(token: Token) -> str:
    """The lexicon key of ``token`` (lemma repaired, "re-"/"co-" prefixes kept)."""
    i = token.i
    doc = token.doc
    # only a hyphenated prefix can change the key ("re-join"): skip building it otherwise
    previous = (doc[i - 2].lower_, "-") if i >= 2 and doc[i - 1].text == "-" else ()
    return lexicon.lemma_of(token.lemma_, token.lower_, previous)


def surface_list(anchor: int, sent: Span, index: MentionIndex) -> list[Mention]:
    """States listed right after token ``anchor`` ("— Russia, Belarus and Kazakhstan")."""
    found: dict[str, Mention] = {}
    fillers = 0
    i = anchor + 1
    doc = sent.doc
    while i < sent.end:
        token = doc[i]
        mention = index.at(token)
        if mention is not None and mention.via in {"name", "demonym"}:
            if not mention.is_state:
                break
            found.setdefault(mention.entity_id, mention)
            fillers = 0
            i = max(i + 1, mention.end)
            continue
        if token.ent_type_ == "DATE" and token.pos_ != "VERB" or token.lower_ in {"in", "on", "since"} and (
                i + 1 < sent.end and doc[i + 1].ent_type_ == "DATE"):
            i += 1  # "Burundi in 2017 and the Philippines in 2019": each item's date
            continue
        if (token.pos_ in {"VERB", "AUX"} and token.lower_ != "including") or token.text in {".", ";", "?", "!"} or (
                token.lower_ not in LIST_FILLERS):
            break
        fillers += 1
        if fillers > 4:
            break
        i += 1
    return list(found.values())


def is_spaced_hyphen(token: Token) -> bool:
    """A hyphen written as a dash, with a space on each side: "four countries - A, B and C"."""
    return token.text == "-" and token.i > 0 and bool(token.doc[token.i - 1].whitespace_) and bool(token.whitespace_)


def outside_brackets(tokens: Iterable[Token]) -> Iterator[Token]:
    """The tokens not inside a bracketed aside ("Mali (since June 2021), Guinea ...")."""
    depth = 0
    for token in tokens:
        depth += (token.text == "(") - (token.text == ")")
        if depth == 0:
            yield token


def starts_line(doc, i: int) -> bool:
    """Token ``i`` opens a line of the text (a fact box's label or key)."""
    if i == 0:
        return True
    before = doc[i - 1]
    return "\n" in before.whitespace_ or (before.is_space and "\n" in before.text)


def date_like(token: Token) -> bool:
    """A date, a number, or a date told by reference ("on that date", "the same day")."""
    return token.ent_type_ in {"DATE", "TIME", "CARDINAL", "ORDINAL"} or token.like_num or (
        token.lower_ in {"date", "day"} and any(c.lower_ in {"that", "same", "this"} for c in token.children))


OBJECT_PREPS = {"to", "from", "of", "into", "with", "out", "by", "for", "on", "within", "in"}


def intransitive(verb: Token) -> bool:
    """No object other than dates and adjuncts: "Kyrgyzstan joined in August 2015",
    "was suspended in 2002 over a disputed election". A membership noun with no
    organisation of its own ("suspended from its rights") counts as no object."""
    reasons = reason_phrases(verb)
    if any(any(c.dep_ == "det" and c.lower_ in {"a", "an", "another"} for c in o.children)
           and o.lemma_.lower() in lexicon.MEMBERSHIP_NOUNS for o in objects_of(verb)):
        return False  # "walk away from a regional body": some body, not the one in focus
    for child in verb.children:
        if child.i in reasons:
            continue  # "walked out in protest at Malaysia taking a seat"
        if child.dep_ == "ccomp" and child.i < verb.i:
            continue  # "A and B became members in 2017, Iran was admitted in 2023": a clause before, not an object
        if child.dep_ == "prep" and child.lower_ == "as" and any(
                g.lemma_.lower() in MEMBER_LEMMAS for g in child.children if g.dep_ == "pobj"):
            continue  # "was admitted as a full member in July 2012": the role, not the organisation
        if child.dep_ == "dobj" and child.lemma_.lower() in {"year", "month", "week", "day"} and any(
                c.lower_ in {"following", "next", "same", "previous", "that"} for c in child.children):
            continue  # "quit the following year": a date parsed as an object
        if child.dep_ in {"dobj", "attr", "oprd", "xcomp", "ccomp", "dative"}:
            if child.lemma_.lower() not in lexicon.MEMBERSHIP_NOUNS:
                return False
        if child.dep_ == "prep" and (child.lower_ == "alongside" or child.lower_ == "with" and any(
                c.lower_ in {"together", "along", "jointly"} for c in child.children)):
            continue  # "joined together with Finland": a co-member, not the organisation
        if child.dep_ == "prep" and child.lower_ in {"in", "at", "on", "during"} and any(
                g.dep_ == "pobj" for g in child.children) and all(
                g.dep_ != "pobj" or (any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in g.children)
                                     and g.lemma_.lower() not in lexicon.ORG_ANAPHORS) for g in child.children):
            continue  # "admitted ..., in a process pushed through while ...": an adjunct, not the organisation
        if child.dep_ == "prep" and child.lower_ == "with" and any(
                (g.dep_ == "pobj" and any(c.dep_ == "acl" and c.tag_ in {"VBG", "VBN"} for c in g.children))
                or (g.dep_ == "pcomp" and any(c.dep_ == "nsubj" for c in g.children)) for g in child.children):
            continue  # "quit in 2013, with its president dismissing the organisation": an aside, not an object
        if child.dep_ in {"prep", "prt", "agent"} and child.lower_ in OBJECT_PREPS:
            for grand in child.children:
                if grand.dep_ == "pcomp" and child.lower_ != "for":
                    return False  # "suspended for failing to ...": a reason, not an object
                if grand.dep_ == "pobj" and not date_like(grand) and grand.lemma_.lower() not in lexicon.MEMBERSHIP_NOUNS | _REASONS:
                    return False
    return True


def reason_phrases(verb: Token) -> frozenset[int]:
    """Tokens of the verb's adjuncts of reason or occasion ("in protest at Malaysia taking a
    seat on the Security Council"): what they name is not what the verb is about."""
    return frozenset(t.i for c in verb.children if c.dep_ == "prep" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in _REASONS for g in c.children) for t in c.subtree)


def later_clauses(token: Token) -> frozenset[int]:
    """Tokens of the clauses that follow ``token`` without containing it ("withdrew in 2007 to
    concentrate on the EAC, which it joined that year", "... since it left the EU"): an
    organisation named there is not the one a bare verb or noun means."""
    own = set(token.subtree) if token.pos_ in {"NOUN", "PROPN"} else set()  # ("its application to join the EU": its own)
    clauses = [t for t in token.sent if t.i > token.i and t.dep_ in {"relcl", "advcl", "ccomp", "pcomp", "acl", "xcomp"}
               and token not in t.subtree and t not in own]
    return frozenset(t.i for c in clauses for t in c.subtree)


#: Nouns of adjuncts that give a reason or an occasion, not an object: "suspended on the
#: grounds that ...", "walked out in protest", "entered in a single session".
_REASONS = {"ground", "grounds", "basis", "pretext", "charge", "charges", "protest", "session", "ceremony",
            "referendum", "vote", "decision", "consensus", "resolution", "majority", "acclamation", "decree"}


@dataclass(frozen=True)
class Candidate:
    """A (member, relation, organisation) triple found at a trigger, before status and date."""

    member: Mention
    relation: str
    org: Mention
    trigger: Token
    kind: str  # "verb", "noun", "member", "status", "list"
    forced_status: str | None = None
    #: the date expression that belongs to this member alone (gapped coordination)
    date_hint: Span | None = None


def agents(tokens: list[Token], index: MentionIndex, speaker_agent: Mention | None) -> list[Mention]:
    expanded: list[Token] = []
    for token in tokens:
        if token.lower_ in {"which", "who", "that"} and token.head.dep_ == "relcl" and token.head.head.i != token.i:
            listing = lemma(token.head) in _LISTING_LEMMAS | lexicon.ORG_ACTS_ON_MEMBER | {"suspend"}
            token = antecedent(token.head.head)  # "Romania and Bulgaria, which joined in 2007": the whole antecedent
            if listing and token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
                token = token.head.head  # "a club of emerging economies that includes A, B and C": the club
                # ("the grouping of French-speaking nations, which had suspended A and B": the grouping)
        expanded.extend(expand_group(token))
        if token.dep_ in {"nsubj", "nsubjpass"}:
            # "Sweden applied to join together with Finland": a partner on the verb
            verbs = [token.head, *(c for c in token.head.children if c.dep_ == "xcomp" or c.dep_ == "conj" and c.pos_ in {
                "VERB", "AUX"} and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children))]  # "... and remains in it together with"
            preps = [c for verb in verbs for c in verb.children if c.dep_ == "prep"]
            preps += [w for c in preps if c.lower_ == "along" for w in c.children if w.lower_ == "with"]
            for prep in (c for c in preps if c.lower_ in {"alongside", "among", "like"} or (
                    c.lower_ == "with" and token.doc[c.i - 1].lower_ in {"together", "along", "jointly"})):
                # "Eight former Soviet republics, among them Kazakhstan and Armenia, enter"; "Armenia,
                # like its neighbour Azerbaijan, is a dialogue partner"
                for g in prep.children:
                    if g.dep_ == "pobj" and g.lower_ not in {"them", "whom"}:
                        expanded.extend(expand_group(g))
        if token.lemma_.lower() in lexicon.GOVERNMENT_NOUNS and index.at(token) is None:
            # "the juntas in Mali, Burkina Faso and Niger"
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in {"of", "in"}):
                for obj in (g for g in prep.children if g.dep_ == "pobj"):
                    expanded.extend(expand_group(obj))
            if token.lemma_.lower() == "delegation":  # "Azerbaijan's delegation", "the Russian delegation"
                expanded.extend(c for c in token.children if c.dep_ in {"poss", "amod", "compound"} and index.at(c) is not None)
    found = mentions_of(expanded, index)
    if speaker_agent is not None and any(t.lower_ in {"we", "our", "us"} for t in expanded):
        found.append(speaker_agent)
    return found


#: Verbs by which a group names its members ("a club that includes A and B"); with those by
#: which it acts on them, they make "a club of economies that ..." the club's clause.
_LISTING_LEMMAS = {"include", "comprise", "encompass", "group", "unite", "number", "count"}

_RANKS = {"one", "two", "three", "four", "five", "six", "seven", "some", "several"}


def antecedent(noun: Token) -> Token:
    """What a relative clause's noun stands for: itself, or the subject it ranks among ("Egypt
    was among the seven states that founded the League", "Kenya is one of the six that ...")."""
    if noun.dep_ == "appos" and noun.head.i != noun.i and (
            noun.lemma_.lower() in MEMBER_LEMMAS or noun.lemma_.lower() in {"state", "country", "nation"}):
        return noun.head  # "Austria and Ireland, both EU members that have never joined NATO"
    prep = noun.head
    anchor = None
    if noun.dep_ == "pobj" and (prep.lower_ == "among" or prep.lower_ == "of" and prep.head.lower_ in _RANKS):
        anchor = prep.head if prep.lower_ == "among" else prep.head.head
    elif noun.dep_ == "attr" and noun.lower_ in _RANKS and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        anchor = noun.head  # the parser hangs the relative on "one": "is one of six governments that stopped"
    elif noun.lower_ in {"those", "that"}:  # "those of China, which joined in 2001": China
        owner = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
        if owner is not None:
            return owner
    if anchor is not None:
        if anchor.pos_ in {"VERB", "AUX"} and lemma(anchor) == "be":
            subjects = [c for c in anchor.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if subjects:
                return subjects[0]
    return noun


def subjects_of(verb: Token) -> list[Token]:
    """The subject tokens of ``verb``, inherited through control, coordination and relatives."""
    direct = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}]
    if direct:
        return direct
    on_aux = [g for c in verb.children if c.dep_ in {"aux", "auxpass"} for g in c.children if g.dep_ in {"nsubj", "nsubjpass"}]
    if on_aux:
        return on_aux  # "Mali, Burkina Faso and Niger remain suspended": the parse hangs the subject on "remain"
    inverted = [g for c in verb.children if c.dep_ == "auxpass" for g in c.children if g.dep_ == "attr"]
    if inverted:
        return inverted  # "Also elected were Argentina, Benin and Cameroon"
    if verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].lower_ in {"'s", "’s"}:
        return [verb.doc[verb.i - 1].head]  # "Armenia's suspending its membership"
    poss = [c for c in verb.children if c.dep_ == "poss"]  # "Armenia's suspending its membership"
    if poss:
        return poss
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if (verb.tag_ == "VBG" and before is not None and before.pos_ in {"NOUN", "PROPN"}
            and before.dep_ in {"pobj", "dobj"} and verb.dep_ in {"advcl", "acl", "pcomp"}
            and not (lemma(verb) in lexicon.APPLY_VERBS and before.dep_ == "pobj" and verb.head.i == before.head.head.i)):
        # (not "wrote to the secretariat asking to join": the writer asks)
        return [before]  # "the last obstacle to the Nordic country becoming a member": the noun is the subject
    if (verb.tag_ in {"VBD", "VBZ", "VBP"} and before is not None and before.dep_ == "appos" and before.head.dep_ == "pobj"
            and before.head.i < before.i < verb.i):
        return [before]  # "at a summit in Kuala Lumpur, Timor-Leste became ...": the subject taken for an apposition
    head = verb.head
    if head.i == verb.i:
        return []
    if verb.dep_ == "xcomp":
        objects = [c for c in head.children if c.dep_ == "dobj"]
        if head.lemma_.lower() in OBJECT_CONTROL and objects:
            return objects
        return subjects_of(head)
    if verb.dep_ == "conj":
        if head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"as", "while", "when", "after", "before"}
                                        for c in head.children) and head.head.pos_ in {"VERB", "AUX"} and any(
                c.dep_ == "punct" and c.text == "," and c.i < verb.i for c in head.children):
            # "Greece quit the Council in 1969, as ministers prepared to vote on its suspension,
            # and was readmitted in 1974": the parse hangs the second predicate on the aside
            return subjects_of(head.head)
        return subjects_of(head)
    if verb.dep_ in {"relcl", "acl"}:
        if head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "a decision by Yerevan to quit", "its plan to leave", "the bid to join", "has
            # launched the procedure to leave" (an infinitive, whether parsed acl or relcl)
            owners = [c for c in head.children if c.dep_ == "poss"]
            owners += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
            return owners or governing_subjects(head)
        if head.pos_ in {"NOUN", "PROPN"} and head.lemma_.lower() in APPLY_NOUNS | set(lexicon.NOUN_RELATIONS):
            return [c for c in head.children if c.dep_ == "poss"] or governing_subjects(head)
        return [antecedent(head)]
    if verb.dep_ in {"pcomp", "advcl"}:
        anchor = head.head if head.dep_ == "prep" or verb.dep_ == "pcomp" else head
        if anchor.pos_ in {"VERB", "AUX"}:
            return subjects_of(anchor)
        if anchor.pos_ == "NOUN" and verb.dep_ == "pcomp":
            # "had no intention of leaving", "its plan of joining": the noun's owner or subject
            return [c for c in anchor.children if c.dep_ == "poss"] or governing_subjects(anchor)
    return []


def governing_subjects(noun: Token) -> list[Token]:
    """Subject of the verb that governs a noun ("Mali announced its withdrawal")."""
    head = noun.head
    steps = 0
    while head.i != noun.i and steps < 4:
        if head.pos_ in {"VERB", "AUX"}:
            return subjects_of(head)
        if head.dep_ == "ROOT":
            break
        noun, head = head, head.head
        steps += 1
    return []


def objects_of(verb: Token) -> list[Token]:
    """Direct objects and prepositional objects of ``verb`` (through particles and chains)."""
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ in {"dobj", "attr", "oprd"}:
            found.append(child)
        elif child.dep_ == "ccomp" and any(g.lower_ == "what" and g.dep_ == "nsubj" for g in child.children):
            found.extend(g for g in child.children if g.dep_ == "attr")  # "joined what is now the EU"
        elif child.dep_ == "prep" and any(g.dep_ == "pcomp" and any(w.lower_ == "what" and w.dep_ == "nsubj" for w in g.children)
                                          for g in child.children):
            # "was suspended from what was then the G8"
            found.extend(a for g in child.children if g.dep_ == "pcomp" for a in g.children if a.dep_ == "attr")
            continue
        elif child.dep_ in {"prep", "prt", "agent", "advmod"} and child.lower_ in ARG_PREPS | {"by", "away", "off", "as", "back"}:
            for grand in child.children:
                if grand.dep_ in {"pobj", "dobj"}:
                    found.append(grand)
                elif grand.dep_ == "prep":
                    found.extend(g for g in grand.children if g.dep_ == "pobj")
    return found


def org_in(tokens: list[Token], index: MentionIndex, depth: int = 0) -> Mention | None:
    """The organisation named by, or inside, an argument ("its participation in the CSTO")."""
    for token in tokens:
        clause = token.head.head if token.head.dep_ == "xcomp" and token.head.head.dep_ == "relcl" else token.head
        if token.lower_ in {"which", "that"} and clause.dep_ == "relcl":
            token = clause.head  # "the Alliance of Sahel States, which they set up" ("which they agreed to create")
        elif token.lower_ == "whose":  # "the G7, whose members include A and B"
            token = next((a.head for a in token.ancestors if a.dep_ == "relcl"), token)
        mention = index.at(token)
        if mention is not None and not mention.is_state:
            return mention
    for token in tokens:  # "formed their own confederation, the Alliance of Sahel States"
        for child in token.children:
            mention = index.at(child) if child.dep_ == "appos" else None
            if mention is not None and not mention.is_state:
                return mention
        mention = index.at(token.head) if token.dep_ == "appos" else None
        if mention is not None and not mention.is_state:
            return mention  # "GUAM, a grouping that it set up in 1997": the description stands for the name
    if depth > 2:
        return None
    for token in tokens:
        if token.lemma_.lower() in lexicon.MEMBERSHIP_NOUNS | MEMBER_LEMMAS | {"membership", "status"} | set(lexicon.STATUS_NOUNS) or token.lemma_.lower() in lexicon.NOUN_RELATIONS:
            inner = [c for c in token.children if c.dep_ in {"compound", "poss", "amod", "nmod"}]
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ARG_PREPS):
                inner.extend(g for g in prep.children if g.dep_ == "pobj")
            found = org_in(inner, index, depth + 1)
            if found is not None:
                return found
    return None


def has_particle(verb: Token, particles: tuple[str, ...]) -> bool:
    """The phrasal verb's particle ("pulled out", "signed up"), not a preposition with a date
    or time of its own ("signed a deal on Wednesday")."""
    return any(c.lower_ in particles and c.dep_ in {"prt", "prep", "advmod"}
               and not any(date_like(g) for g in c.children if g.dep_ == "pobj") for c in verb.children)


def is_passive(verb: Token) -> bool:
    """Passive voice, including bare participles: "Mali, suspended in 2021, ...",
    "Created in 2001 by China and Russia, the SCO ..."."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return True
    frame = lexicon.VERB_FRAMES.get(lemma(verb))
    active_only = frame is not None and frame.by_member is not None and frame.passive_member is None
    if verb.tag_ in {"VBN", "VBD"} and verb.dep_ == "conj" and verb.head.i != verb.i and not active_only and not any(
            c.dep_ in {"nsubj", "aux"} for c in verb.children):
        return is_passive(verb.head)  # "was suspended in 2009 and reinstated in 2014" (but "... and quit")
    if verb.tag_ == "VBN" and verb.dep_ == "ROOT" and verb.i == verb.sent.start and not active_only and not any(
            c.dep_ in {"aux", "nsubj", "dobj"} for c in verb.children):
        return True  # a fact line's "Readmitted in January 2017.", "Suspended in 2021."
    if verb.tag_ in {"VBN", "VBD"} and verb.i > 1 and verb.doc[verb.i - 1].text == "," and not any(
            c.dep_ in {"aux", "auxpass"} for c in verb.children) and any(
            c.dep_ == "nsubj" and c.i < verb.i for c in verb.children) and any(
            c.dep_ == "conj" and any(g.dep_ in {"aux", "auxpass"} for g in c.children) for c in verb.children):
        return True  # "Venezuela, admitted in 2012, was suspended ...": the parse made the aside the main verb
    if verb.dep_ == "acl" and any(c.dep_ == "agent" for c in verb.children):
        return True  # "the grouping set up in 1997 by Georgia, ...": "set" may be tagged as a past tense
    if verb.lower_ == "made" and has_particle(verb, ("up",)) and any(c.dep_ == "prep" and c.lower_ == "of" for c in verb.children) and not any(
            c.dep_ in {"dobj", "aux"} for c in verb.children):
        return True  # "a Group of Seven made up of A, B and C" (tagged as a past tense)
    return verb.tag_ == "VBN" and verb.dep_ in {"acl", "amod", "advcl"} and not any(c.dep_ == "aux" for c in verb.children)


def is_membership_object(tokens: list[Token]) -> bool:
    return any(t.lemma_.lower() in lexicon.MEMBERSHIP_NOUNS | {"membership"} for t in tokens)


def make_candidates(members: list[Mention], relation: str | None, org: Mention | None, trigger: Token, kind: str,
          forced_status: str | None = None) -> Iterator[Candidate]:
    if relation is None or org is None:
        return
    for member in members:
        if member.is_state or relation in {"joins", "member", "observer", "partner", "founds", "leaves", "applies"}:
            yield Candidate(member, relation, org, trigger, kind, forced_status)


def merge(first: list[Mention], second: list[Mention]) -> list[Mention]:
    seen = {m.entity_id for m in first}
    return first + [m for m in second if m.entity_id not in seen and not seen.add(m.entity_id)]


def applied_for(verb: Token) -> bool:
    """'applied to join', 'efforts to become a member', 'its bid to join', 'interest in joining'."""
    if verb.dep_ in {"xcomp", "acl"}:
        return lemma(verb.head) in lexicon.APPLY_VERBS or lemma(verb.head) in APPLY_NOUNS
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        return lemma(verb.head.head) in APPLY_NOUNS | {"interest"}
    return False


def under_topic_noun(noun: Token) -> bool:
    """'talks on Ukraine's accession': a topic, not a claim."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        owner = head.head
        return owner.pos_ == "NOUN" and owner.lemma_.lower() in TOPIC_NOUNS
    return noun.dep_ == "compound" and head.lemma_.lower() in TOPIC_NOUNS


def possessors_of_membership(objects: list[Token], index: MentionIndex, speaker_agent: Mention | None) -> list[Mention]:
    """'froze Mali's membership' → Mali."""
    owners: list[Token] = []
    for obj in objects:
        if obj.lemma_.lower() in lexicon.MEMBERSHIP_NOUNS | {"membership"}:
            owners.extend(c for c in obj.children if c.dep_ == "poss")
            # "the voting rights of Russia", "... of the Russian delegation"
            owners.extend(g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")
    return [m for m in agents(owners, index, speaker_agent) if m.is_state]
