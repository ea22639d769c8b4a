"""Membership relations from a dependency parse: trigger words and their arguments.

Each trigger (a verb such as "join", a nominalisation such as "accession", the noun
"member", a status noun such as "observer") is looked up in :mod:`lexicon`, then its
member and organisation are found along dependency paths:

* verbs: subject / passive subject, object, prepositional objects, with subjects inherited
  through control ("decided to leave"), coordination and relative clauses;
* nouns: possessor ("Finland's accession"), "of"-objects ("the exit of Mali ... from
  ECOWAS"), compounds ("NATO membership") and the subject of the verb that governs them
  ("Mali announced its withdrawal");
* "member": copulas ("is a member of"), "become" ("became the 31st member"), appositions
  ("A and B, both members of X"), compounds ("NATO-member Norway") and lists
  ("five member states — A, B, C").

The output is a list of :class:`Candidate` records; what the article says *about* each
candidate (status, date, attribution) is decided in :mod:`alliance_graph.extract.claims`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from alliance_graph.extract import lexicon
from alliance_graph.extract.mentions import Mention, MentionIndex, expand_group, mentions_of, resolve_agent

_ARG_PREPS = {"to", "from", "of", "in", "into", "with", "at", "within", "out", "for", "on", "inside"}
_OBJECT_CONTROL = {"invite", "ask", "allow", "urge", "permit", "encourage", "persuade", "force", "push", "press", "want", "admit", "welcome"}
_APPLY_NOUNS = {"bid", "application", "effort", "attempt", "request", "push", "drive", "quest", "ambition", "aspiration", "hope", "desire", "campaign", "path", "candidacy", "process", "plan"}
_TOPIC_NOUNS = {
    "talk", "negotiation", "debate", "discussion", "referendum", "vote", "question", "issue", "prospect",
    "road", "roadmap", "timeline", "condition", "criterion", "protocol", "summit", "meeting",
    "speculation", "rumour", "rumor", "possibility", "idea", "chance", "risk", "fear", "threat", "study",
}
_MEMBER_LEMMAS = {"member", "ally", "founder", "co-founder", "cofounder"}
_LIST_FILLERS = {",", "and", "or", "as", "well", "the", "such", "including", "now", "also", "plus", "both",
                 "—", "–", "-", ":", "(", ")", "other", "island", "states", "countries", "nations", "members", "like"}


def lemma(token: Token) -> str:
    """The lexicon key of ``token`` (lemma repaired, "re-"/"co-" prefixes kept)."""
    doc = token.doc
    previous = tuple(t.lower_ for t in doc[max(0, token.i - 2): token.i])
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
        if token.pos_ in {"VERB", "AUX"} or token.text in {".", ";", "?", "!"} or token.lower_ not in _LIST_FILLERS:
            break
        fillers += 1
        if fillers > 4:
            break
        i += 1
    return list(found.values())


def _date_like(token: Token) -> bool:
    return token.ent_type_ in {"DATE", "TIME", "CARDINAL", "ORDINAL"} or token.like_num


_OBJECT_PREPS = {"to", "from", "of", "into", "with", "out", "by", "for", "on", "within", "in"}


def _intransitive(verb: Token) -> bool:
    """No object other than dates and adjuncts: "Kyrgyzstan joined in August 2015",
    "was suspended in 2002 over a disputed election". A membership noun with no
    organisation of its own ("suspended from its rights") counts as no object."""
    for child in verb.children:
        if child.dep_ in {"dobj", "attr", "oprd", "xcomp", "ccomp", "dative"}:
            if child.lemma_.lower() not in lexicon.MEMBERSHIP_NOUNS:
                return False
        if child.dep_ in {"prep", "prt", "agent"} and child.lower_ in _OBJECT_PREPS:
            for grand in child.children:
                if grand.dep_ == "pcomp":
                    return False
                if grand.dep_ == "pobj" and not _date_like(grand) and grand.lemma_.lower() not in lexicon.MEMBERSHIP_NOUNS:
                    return False
    return True


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


def candidates_in(sent: Span, index: MentionIndex, speaker_agent: Mention | None = None) -> list[Candidate]:
    """Every candidate triple in one sentence.

    ``speaker_agent`` is what "we"/"our" stand for (the affiliation of the quote's speaker).
    """
    found: list[Candidate] = []
    for token in sent:
        key = lemma(token)
        if token.pos_ in {"VERB", "AUX"} and key in lexicon.VERB_FRAMES and token.dep_ not in {"amod", "compound"}:
            found.extend(_verbal(token, index, speaker_agent))
        elif token.pos_ in {"VERB"} and key in {"sign", "ink", "adopt"}:
            found.extend(_founding_document(token, index, speaker_agent))
        elif token.pos_ in {"NOUN", "PROPN"} and key in lexicon.NOUN_RELATIONS:
            found.extend(_nominal(token, index, speaker_agent))
        elif token.pos_ in {"NOUN", "PROPN"} and key in _MEMBER_LEMMAS:
            found.extend(_member_noun(token, index, speaker_agent))
        elif token.pos_ in {"NOUN", "PROPN", "ADJ"} and key in lexicon.STATUS_NOUNS:
            found.extend(_status_noun(token, index, speaker_agent))
        elif token.pos_ == "NOUN" and key == "membership":
            found.extend(_membership_noun(token, index, speaker_agent))
    found.extend(_dash_lists(sent, index))
    found = _with_gapped(found, index)
    return [c for c in found if c.member.entity_id != c.org.entity_id and not c.org.is_state]


# --- argument helpers -------------------------------------------------------------------


def _agents(tokens: list[Token], index: MentionIndex, speaker_agent: Mention | None) -> list[Mention]:
    expanded: list[Token] = []
    for token in tokens:
        expanded.extend(expand_group(token))
    found = mentions_of(expanded, index)
    if speaker_agent is not None and any(t.lower_ in {"we", "our", "us"} for t in expanded):
        found.append(speaker_agent)
    return found


def _subjects(verb: Token) -> list[Token]:
    """The subject tokens of ``verb``, inherited through control, coordination and relatives."""
    direct = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}]
    if direct:
        return direct
    if verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].lower_ in {"'s", "’s"}:
        return [verb.doc[verb.i - 1].head]  # "Armenia's suspending its membership"
    poss = [c for c in verb.children if c.dep_ == "poss"]  # "Armenia's suspending its membership"
    if poss:
        return poss
    head = verb.head
    if head.i == verb.i:
        return []
    if verb.dep_ == "xcomp":
        objects = [c for c in head.children if c.dep_ == "dobj"]
        if head.lemma_.lower() in _OBJECT_CONTROL and objects:
            return objects
        return _subjects(head)
    if verb.dep_ == "conj":
        return _subjects(head)
    if verb.dep_ in {"relcl", "acl"}:
        if verb.dep_ == "acl" and head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "a decision by Yerevan to quit", "its plan to leave", "the bid to join"
            owners = [c for c in head.children if c.dep_ == "poss"]
            owners += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
            return owners or _governing_subjects(head)
        if head.pos_ in {"NOUN", "PROPN"} and head.lemma_.lower() in _APPLY_NOUNS | set(lexicon.NOUN_RELATIONS):
            return [c for c in head.children if c.dep_ == "poss"] or _governing_subjects(head)
        return [head]
    if verb.dep_ in {"pcomp", "advcl"}:
        anchor = head.head if head.dep_ == "prep" or verb.dep_ == "pcomp" else head
        if anchor.pos_ in {"VERB", "AUX"}:
            return _subjects(anchor)
    return []


def _governing_subjects(noun: Token) -> list[Token]:
    """Subject of the verb that governs a noun ("Mali announced its withdrawal")."""
    head = noun.head
    steps = 0
    while head.i != noun.i and steps < 4:
        if head.pos_ in {"VERB", "AUX"}:
            return _subjects(head)
        if head.dep_ == "ROOT":
            break
        noun, head = head, head.head
        steps += 1
    return []


def _objects(verb: Token) -> list[Token]:
    """Direct objects and prepositional objects of ``verb`` (through particles and chains)."""
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ in {"dobj", "attr", "oprd"}:
            found.append(child)
        elif child.dep_ == "ccomp" and any(g.lower_ == "what" and g.dep_ == "nsubj" for g in child.children):
            found.extend(g for g in child.children if g.dep_ == "attr")  # "joined what is now the EU"
        elif child.dep_ in {"prep", "prt", "agent", "advmod"} and child.lower_ in _ARG_PREPS | {"by", "away", "off"}:
            for grand in child.children:
                if grand.dep_ in {"pobj", "dobj"}:
                    found.append(grand)
                elif grand.dep_ == "prep":
                    found.extend(g for g in grand.children if g.dep_ == "pobj")
    return found


def _org_in(tokens: list[Token], index: MentionIndex, depth: int = 0) -> Mention | None:
    """The organisation named by, or inside, an argument ("its participation in the CSTO")."""
    for token in tokens:
        mention = index.at(token)
        if mention is not None and not mention.is_state:
            return mention
    if depth > 2:
        return None
    for token in tokens:
        if token.lemma_.lower() in lexicon.MEMBERSHIP_NOUNS | _MEMBER_LEMMAS | {"membership", "status"} | set(lexicon.STATUS_NOUNS) or token.lemma_.lower() in lexicon.NOUN_RELATIONS:
            inner = [c for c in token.children if c.dep_ in {"compound", "poss", "amod", "nmod"}]
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in _ARG_PREPS):
                inner.extend(g for g in prep.children if g.dep_ == "pobj")
            found = _org_in(inner, index, depth + 1)
            if found is not None:
                return found
    return None


def _has_particle(verb: Token, particles: tuple[str, ...]) -> bool:
    return any(c.lower_ in particles and c.dep_ in {"prt", "prep", "advmod"} for c in verb.children)


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in {"acl", "amod"}
    )


def _is_membership_object(tokens: list[Token]) -> bool:
    return any(t.lemma_.lower() in lexicon.MEMBERSHIP_NOUNS | {"membership"} for t in tokens)


def _make(members: list[Mention], relation: str | None, org: Mention | None, trigger: Token, kind: str,
          forced_status: str | None = None) -> Iterator[Candidate]:
    if relation is None or org is None:
        return
    for member in members:
        if member.is_state or relation in {"joins", "member", "observer", "partner", "founds", "leaves", "applies"}:
            yield Candidate(member, relation, org, trigger, kind, forced_status)


def _with_gapped(found: list[Candidate], index: MentionIndex) -> list[Candidate]:
    """Add the gapped members of each verbal candidate (see :func:`_gapped`)."""
    extra: list[Candidate] = []
    done: set[int] = set()
    for candidate in found:
        if candidate.kind != "verb" or candidate.trigger.i in done:
            continue
        done.add(candidate.trigger.i)
        already = {c.member.entity_id for c in found if c.trigger.i == candidate.trigger.i}
        for member, date in _gapped(candidate.trigger, already, index):
            extra.append(Candidate(member, candidate.relation, candidate.org, candidate.trigger, "verb",
                                   candidate.forced_status, date))
    return found + extra


def _gapped(verb: Token, already: set[str], index: MentionIndex) -> Iterator[tuple[Mention, Span]]:
    """Gapping: "Mali was suspended in June 2021, Guinea in September 2021 and Sudan in
    October 2021" — each later state with its own date and no verb of its own."""
    doc = verb.doc
    sent = verb.sent
    dates = [e for e in sent.ents if e.label_ == "DATE" and e.start > verb.i]
    for ent in dates:
        prep = doc[ent.start - 1] if ent.start - 1 > verb.i else None
        if prep is None or prep.lower_ not in {"in", "on"}:
            continue
        candidate = doc[prep.i - 1]
        mention = index.at(candidate)
        if mention is None or not mention.is_state or mention.entity_id in already:
            continue
        before = doc[mention.start - 1] if mention.start > 0 else None
        if before is None or before.text not in {",", "and"}:
            continue
        if any(t.pos_ in {"VERB", "AUX"} for t in doc[verb.i + 1: mention.start] if t.dep_ not in {"amod"}):
            continue
        already.add(mention.entity_id)
        yield mention, ent


# --- triggers ---------------------------------------------------------------------------


def _verbal(verb: Token, index: MentionIndex, speaker_agent: Mention | None) -> Iterator[Candidate]:
    key = lemma(verb)
    frame = lexicon.VERB_FRAMES[key]
    if frame.needs_particle and not _has_particle(verb, frame.needs_particle):
        return
    objects = _objects(verb)
    subjects = _subjects(verb)
    direct_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    if key == "leave" and verb.tag_ == "VBG" and not direct_subject and verb.dep_ in {"advcl", "xcomp", "conj"}:
        return  # "..., leaving the bloc with five members"
    subject_agents = _agents(subjects, index, speaker_agent)
    passive = _is_passive(verb)
    if passive:
        yield from _passive(verb, frame, subjects, subject_agents, objects, index, speaker_agent)
        return
    subject_org = next((m for m in subject_agents if not m.is_state), None)
    subject_states = [m for m in subject_agents if m.is_state]
    object_agents = _agents([o for o in objects if o.dep_ in {"dobj", "pobj"}], index, speaker_agent)
    object_states = [m for m in object_agents if m.is_state]
    # The organisation acts on members: "ECOWAS suspended Niger", "NATO admitted Finland",
    # "the bloc, which comprises A, B and C".
    if frame.by_org and subject_org is not None and not subject_states:
        members = object_states or _possessors_of_membership(objects, index, speaker_agent)
        members = [m for m in members if m.entity_id != subject_org.entity_id]
        if frame.by_org == "member":
            members = _merge(members, [m for m in surface_list(objects[0].i - 1 if objects else verb.i, verb.sent, index)
                                       if m.entity_id != subject_org.entity_id])
        if members:
            yield from _make(members, frame.by_org, subject_org, verb, "verb",
                             "announced" if key == "invite" else None)
            return
    if not frame.by_member:
        return
    if frame.needs_membership_object and not _is_membership_object(objects):
        return
    forced = None
    if key in {"form", "make"} and verb.tag_ in {"VBP", "VBZ"}:
        relation = "member"  # "A, B and C form the bloc" states membership
    else:
        relation = frame.by_member
    if relation == "joins" and any(c.dep_ == "prep" and c.lower_ == "as" and any(
            lemma(g) in lexicon.STATUS_NOUNS for g in c.subtree) for c in verb.children):
        return  # "joined the SCO as a dialogue partner": the status noun decides
    if relation in {"joins", "readmitted"} and verb.dep_ == "acl" and lemma(verb.head) in _APPLY_NOUNS:
        return  # "its bid to join the OECD": the noun is the trigger
    if relation in {"joins", "readmitted"} and verb.dep_ == "xcomp" and lemma(verb.head) in lexicon.APPLY_VERBS:
        relation = "applies"  # "applied to join", "seeks to join"
        forced = "asserted" if lemma(verb.head) in {"apply", "seek", "bid", "request", "petition", "ask"} else None
    if key == "return" and not any(o.head.lower_ in {"to", "into"} for o in objects):
        return
    if frame.needs_membership_object and not any(m.is_state for m in subject_agents):
        subject_agents = _possessors_of_membership(objects, index, speaker_agent)  # "Bolsonaro froze Brazil's participation"
    org = _org_in(objects, index)
    if org is None and (frame.needs_membership_object or (_intransitive(verb) and key not in {"return", "form", "make", "found", "establish", "create", "launch", "set", "belong"})):
        # "froze their membership", "Kyrgyzstan joined in 2015": the organisation in focus
        org = index.focus(verb.i, kind="organization")
    members = subject_agents
    if org is not None:
        members = [m for m in members if m.entity_id != org.entity_id]
    yield from _make(members, relation, org, verb, "verb", forced)


def _merge(first: list[Mention], second: list[Mention]) -> list[Mention]:
    seen = {m.entity_id for m in first}
    return first + [m for m in second if m.entity_id not in seen and not seen.add(m.entity_id)]


def _applied_for(verb: Token) -> bool:
    """'applied to join', 'efforts to become a member', 'its bid to join'."""
    return verb.dep_ in {"xcomp", "acl"} and (lemma(verb.head) in lexicon.APPLY_VERBS or lemma(verb.head) in _APPLY_NOUNS)


def _founding_document(verb: Token, index: MentionIndex, speaker_agent: Mention | None) -> Iterator[Candidate]:
    """'A, B and C signed the founding treaty of Mercosur' → founds."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() not in lexicon.FOUNDING_DOCUMENTS:
            continue
        if not any(c.lower_ in {"founding", "constitutive", "establishing", "founder"} for c in obj.children if c.dep_ in {"amod", "compound"}):
            continue
        org = _org_in([g for c in obj.children if c.dep_ == "prep" and c.lower_ in {"of", "establishing", "creating"} for g in c.children if g.dep_ == "pobj"]
                      + [c for c in obj.children if c.dep_ in {"poss", "compound", "nmod"}], index)
        if org is None:
            org = index.focus(verb.i, kind="organization")
        members = [m for m in _agents(_subjects(verb), index, speaker_agent) if m.is_state]
        yield from _make(members, "founds", org, verb, "verb")


def _dash_lists(sent: Span, index: MentionIndex) -> Iterator[Candidate]:
    """'The G7 - the United States, Japan, ... and Canada -': an organisation, a dash, its members."""
    doc = sent.doc
    seen: set[int] = set()
    for token in sent:
        mention = index.at(token)
        if mention is None or mention.is_state or mention.end in seen or mention.via not in {"name", "anaphor"}:
            continue
        seen.add(mention.end)
        nxt = mention.end
        if nxt < sent.end and doc[nxt].text in {"—", "–", "-", "("} and (nxt + 1 >= sent.end or doc[nxt + 1].text not in {"led", "based", "backed", "member"}):
            members = surface_list(nxt, sent, index)
            if len(members) >= 2:
                yield from _make(members, "member", mention, doc[nxt], "list")


def _possessors_of_membership(objects: list[Token], index: MentionIndex, speaker_agent: Mention | None) -> list[Mention]:
    """'froze Mali's membership' → Mali."""
    owners: list[Token] = []
    for obj in objects:
        if obj.lemma_.lower() in lexicon.MEMBERSHIP_NOUNS | {"membership"}:
            owners.extend(c for c in obj.children if c.dep_ == "poss")
    return [m for m in _agents(owners, index, speaker_agent) if m.is_state]


def _passive(verb: Token, frame: lexicon.Frame, subjects: list[Token], subject_agents: list[Mention],
             objects: list[Token], index: MentionIndex, speaker_agent: Mention | None) -> Iterator[Candidate]:
    agent_tokens = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    agent_mentions = _agents(agent_tokens, index, speaker_agent)
    # "The AES was set up by Mali, Burkina Faso and Niger"; "the bloc is made up of A and B"
    subject_org = next((m for m in subject_agents if not m.is_state), None)
    if frame.passive_member in {"founds", "member"} and subject_org is not None:
        members = [m for m in agent_mentions if m.is_state]
        if not members:
            members = [m for m in _agents([o for o in objects if o.head.lower_ == "of"], index, speaker_agent) if m.is_state]
        yield from _make(members, frame.passive_member, subject_org, verb, "verb")
        return
    relation = frame.passive_member
    if relation is None:
        return
    members = [m for m in subject_agents if m.is_state]
    if not members:
        # "Russia's membership was suspended"
        members = _possessors_of_membership(subjects, index, speaker_agent)
    org = _org_in([o for o in objects if o.dep_ != "dobj"], index) or _org_in(subjects, index)
    if org is None:
        org = next((m for m in agent_mentions if not m.is_state), None)
    if org is None and _intransitive(verb):
        org = index.focus(verb.i, kind="organization")  # "Mali was suspended in June 2021"
    forced = "announced" if lemma(verb) == "invite" else None
    yield from _make(members, relation, org, verb, "verb", forced)


def _nominal(noun: Token, index: MentionIndex, speaker_agent: Mention | None) -> Iterator[Candidate]:
    relation = lexicon.NOUN_RELATIONS[lemma(noun)]
    if _under_topic_noun(noun):
        return
    children = list(noun.children)
    poss = [c for c in children if c.dep_ == "poss"]
    of_objects = [g for c in children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    prep_objects = [g for c in children if c.dep_ == "prep" and c.lower_ in _ARG_PREPS - {"of"} for g in c.children if g.dep_ == "pobj"]
    by_objects = [g for c in children if c.dep_ in {"prep", "agent"} and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
    compounds = [c for c in children if c.dep_ in {"compound", "amod", "nmod"}]
    # founding/creation "of ORG by A and B"
    if relation == "founds":
        org = _org_in(of_objects + compounds + poss, index)
        members = [m for m in _agents(by_objects, index, speaker_agent) if m.is_state]
        yield from _make(members, relation, org, noun, "noun")
        return
    members = [m for m in _agents(poss + of_objects + compounds, index, speaker_agent) if m.is_state or m.via == "name"]
    org = _org_in(prep_objects + compounds + of_objects, index)
    # the possessor may be the organisation ("NATO's enlargement") — then it is not a member
    if org is None:
        org = next((m for m in members if not m.is_state), None)
    members = [m for m in members if org is None or m.entity_id != org.entity_id]
    if not members and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        owner = noun.head.head  # "Sweden's instrument of accession"
        members = [m for m in _agents([c for c in owner.children if c.dep_ == "poss"], index, speaker_agent) if m.is_state]
    if not members and not of_objects:
        # "Mali announced its withdrawal"; but not "allow the return of UN inspectors"
        members = [m for m in _agents(_governing_subjects(noun), index, speaker_agent) if m.is_state]
    if org is None and members and all(o.lemma_.lower() in lexicon.MEMBERSHIP_NOUNS | {"membership"} or _date_like(o) for o in prep_objects):
        org = index.focus(noun.i, kind="organization")  # "submitted its application in 2011"
    if relation == "suspended_by" and _suspends_own_participation(noun):
        relation = "suspends"
    if relation in {"suspended_by", "suspends"} and noun.dep_ in {"dobj", "nsubjpass"} and lemma(noun.head) in {
            "lift", "end", "revoke", "rescind", "reverse", "overturn", "scrap", "drop"}:
        relation = "readmitted"  # "ECOWAS lifted the suspension of Guinea"
    if relation == "joins" and noun.head.lemma_.lower() in _APPLY_NOUNS:
        relation = "applies"
    yield from _make(members, relation, org, noun, "noun")


def _suspends_own_participation(noun: Token) -> bool:
    return any(
        g.lemma_.lower() in lexicon.MEMBERSHIP_NOUNS
        for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children if g.dep_ == "pobj"
    )


def _under_topic_noun(noun: Token) -> bool:
    """'talks on Ukraine's accession': a topic, not a claim."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        owner = head.head
        return owner.pos_ == "NOUN" and owner.lemma_.lower() in _TOPIC_NOUNS
    return noun.dep_ == "compound" and head.lemma_.lower() in _TOPIC_NOUNS


def _membership_noun(noun: Token, index: MentionIndex, speaker_agent: Mention | None) -> Iterator[Candidate]:
    """'was granted membership', 'Finland's membership of NATO', 'NATO membership bid'."""
    if _under_topic_noun(noun):
        return
    head = noun.head
    head_lemma = head.lemma_.lower()
    org = _org_in([noun], index)
    if org is None:
        return
    # "Ukraine's NATO membership bid", "application for EU membership": handled by the bid noun.
    if noun.dep_ == "compound" and head_lemma in set(lexicon.NOUN_RELATIONS) | _APPLY_NOUNS:
        if head_lemma in lexicon.NOUN_RELATIONS:
            return
        members = [m for m in _agents([c for c in head.children if c.dep_ == "poss"] or _governing_subjects(head), index, speaker_agent) if m.is_state]
        yield from _make(members, "applies", org, noun, "noun")
        return
    if noun.dep_ == "pobj" and head.head.lemma_.lower() in set(lexicon.NOUN_RELATIONS) | _APPLY_NOUNS | {"apply", "bid", "seek", "push", "campaign"}:
        owner = head.head
        if owner.lemma_.lower() in lexicon.NOUN_RELATIONS:
            return
        members = [m for m in _agents([c for c in owner.children if c.dep_ in {"poss", "nsubj"}] or _subjects(owner) or _governing_subjects(owner), index, speaker_agent) if m.is_state]
        yield from _make(members, "applies", org, noun, "noun")
        return
    poss = [c for c in noun.children if c.dep_ == "poss"]
    if noun.dep_ in {"dobj", "nsubjpass"} and head.pos_ in {"VERB", "AUX"}:
        verb_lemma = head_lemma
        if verb_lemma in lexicon.VERB_FRAMES:
            return  # "suspended its membership": the verb is the trigger
        subjects = _subjects(head)
        if verb_lemma in lexicon.GAIN_VERBS:
            owners = [c for c in noun.children if c.dep_ == "poss"] or subjects
            if _is_passive(head):
                owners = subjects
            elif any(c.dep_ == "dative" for c in head.children):
                owners = [c for c in head.children if c.dep_ == "dative"]
            members = [m for m in _agents(owners, index, speaker_agent) if m.is_state]
            yield from _make(members, "joins", org, noun, "noun")
            return
        if verb_lemma in {"lose", "give", "surrender", "forfeit", "relinquish", "revoke", "strip", "cancel", "terminate", "end"}:
            owners = poss or subjects
            relation = "expelled" if verb_lemma in {"revoke", "strip", "cancel", "terminate"} else "leaves"
            members = [m for m in _agents(owners, index, speaker_agent) if m.is_state]
            yield from _make(members, relation, org, noun, "noun")
            return
        if verb_lemma in lexicon.HOLD_VERBS:
            members = [m for m in _agents(poss or subjects, index, speaker_agent) if m.is_state]
            yield from _make(members, "member", org, noun, "noun")
        return
    if poss and org is not None:
        members = [m for m in _agents(poss, index, speaker_agent) if m.is_state]
        yield from _make(members, "member", org, noun, "noun")


def _member_noun(noun: Token, index: MentionIndex, speaker_agent: Mention | None) -> Iterator[Candidate]:
    """The noun "member"/"ally" and the states it is said of."""
    if noun.lower_ in {"ally", "allies"} and not any(index.at(c) for c in noun.children if c.dep_ in {"compound", "poss"}):
        return  # "a key U.S. ally" is bilateral; "NATO ally Turkey" names the alliance
    modifiers = {c.lower_ for c in noun.children if c.dep_ in {"amod", "compound", "nmod"}}
    relation = "founds" if lemma(noun) in {"founder", "co-founder", "cofounder"} else "member"
    for word, mapped in lexicon.MEMBER_MODIFIERS.items():
        if word in modifiers and mapped in {"founds", "partner", "observer", "candidate"}:
            relation = mapped
    if modifiers & {"non", "former", "ex", "ex-"}:
        return
    head = noun.head
    # "member states", "member countries": the head noun carries the arguments
    carrier = noun
    if noun.dep_ == "compound" and head.lemma_.lower() in {"state", "country", "nation", "government", "economy"}:
        carrier = head
        modifiers |= {c.lower_ for c in head.children if c.dep_ in {"amod", "compound"}}
    org = _member_org(carrier, index)
    if noun.lower_ in {"ally", "allies"} and org is None:
        return
    members_tokens: list[Token] = []
    verb = carrier.head
    if carrier.dep_ in {"attr", "oprd"} and verb.pos_ in {"VERB", "AUX"}:
        # "X is a member of Y" / "X became the 31st member of NATO"
        members_tokens = _subjects(verb)
        if verb.lemma_.lower() in lexicon.BECOME_VERBS and relation == "member":
            relation = "applies" if _applied_for(verb) else "joins"
    elif carrier.dep_ == "appos":
        members_tokens = [carrier.head]  # "A and B, both members of X"
    elif carrier.dep_ in {"nsubj", "nsubjpass"} and any(c.dep_ == "det" and c.lower_ in {"both", "all"} for c in carrier.children):
        # parsed as two subjects: "Algeria and South Africa, both members of the AU, argued"
        members_tokens = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < carrier.i]
    elif carrier.dep_ == "compound" and index.at(carrier.head) is not None:
        members_tokens = [carrier.head]  # "NATO member Turkey", "NATO-member Norway"
    elif carrier.dep_ == "pobj" and carrier.head.lower_ == "as" and verb.head.pos_ in {"VERB", "AUX"}:
        return  # "joined as a member": the verb is the trigger
    listed = [c for c in carrier.children if c.dep_ in {"appos"}]
    if not listed and carrier.dep_ in {"nsubj", "nsubjpass"} and verb.lemma_.lower() in {"be", "include", "comprise", "number"}:
        listed = [c for c in verb.children if c.dep_ in {"attr", "dobj"}]
    members_tokens.extend(listed)
    has_of = any(c.dep_ == "prep" and c.lower_ in {"of", "in"} for c in carrier.children)
    if org is None and members_tokens and not has_of:
        org = _nearest_org(noun, index) or index.focus(noun.i, kind="organization")
    if org is None:
        return
    members = [m for m in _agents(members_tokens, index, speaker_agent) if m.entity_id != org.entity_id]
    if listed or (carrier.i + 1 < noun.sent.end and noun.doc[carrier.i + 1].text in {"—", "–", ":", "-"}):
        members = _merge(members, [m for m in surface_list(carrier.i, noun.sent, index) if m.entity_id != org.entity_id])
    yield from _make(members, relation, org, noun, "member" if not listed else "list")


def _member_org(noun: Token, index: MentionIndex) -> Mention | None:
    """The organisation of a member noun: "of X", "X's members", "a NATO member", "its members"."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in {"of", "in"}:
            for grand in child.children:
                if grand.dep_ == "pobj":
                    mention = index.at(grand)
                    if mention is not None and not mention.is_state:
                        return mention
        if child.dep_ in {"poss", "compound", "nmod", "amod"}:
            mention = index.at(child)
            if mention is not None and not mention.is_state:
                return mention
    # "NATO-member Norway": "NATO" and "-" are compounds of "member"'s head in some parses
    for token in noun.doc[max(noun.sent.start, noun.i - 3): noun.i]:
        mention = index.at(token)
        if mention is not None and not mention.is_state and all(t.text in {"-", "–"} or t.pos_ in {"ADJ", "DET", "NUM", "PROPN"} or index.at(t) for t in noun.doc[token.i + 1: noun.i]):
            return mention
    return None


def _nearest_org(noun: Token, index: MentionIndex) -> Mention | None:
    """The organisation a clause is about: an object of the same verb, else the nearest before."""
    sent = noun.sent
    before = [index.at(t) for t in noun.doc[sent.start: noun.i]]
    orgs = [m for m in before if m is not None and not m.is_state]
    if orgs:
        return orgs[-1]
    return None


def _status_noun(noun: Token, index: MentionIndex, speaker_agent: Mention | None) -> Iterator[Candidate]:
    """'observer status', 'dialogue partner', 'EU candidate Moldova', 'partner country'."""
    key = lemma(noun)
    relation = lexicon.STATUS_NOUNS[key]
    head = noun.head
    carrier = noun
    if noun.dep_ in {"compound", "amod"} and head.lemma_.lower() in {"status", "country", "state", "nation", "member", "membership"}:
        if head.lemma_.lower() in {"member", "membership"}:
            return  # "observer member", "associate membership": the member noun decides
        carrier = head
    if relation == "partner" and key == "partner":
        qualifiers = {c.lower_ for c in carrier.children} | {c.lower_ for c in noun.children}
        if carrier is noun and not qualifiers & {"dialogue", "partner", "associate"} and noun.dep_ not in {"attr", "appos", "compound"}:
            return
    if relation == "candidate" and carrier is noun and noun.dep_ not in {"attr", "appos", "compound", "oprd"}:
        return
    org = _org_in([carrier], index) or _member_org(carrier, index)
    if org is None and carrier.dep_ in {"dobj", "attr", "nsubjpass"} and carrier.head.pos_ in {"VERB", "AUX"}:
        # "took observer status in the Eurasian Economic Union"
        org = _org_in([g for c in carrier.head.children if c.dep_ == "prep" and c.lower_ in {"in", "at", "of", "within", "to", "with"}
                       for g in c.children if g.dep_ == "pobj"], index)
    if org is None and not any(c.dep_ == "prep" and c.lower_ in {"of", "in", "at", "to", "with"} and any(
            g.dep_ == "pobj" and index.at(g) is None for g in c.children) for c in carrier.children):
        # "Uzbekistan and Cuba hold observer status": the organisation of the sentence, else in focus
        org = _nearest_org(noun, index) or index.focus(noun.i, kind="organization")
    if org is None:
        return
    verb = carrier.head
    owners: list[Token] = []
    if carrier.dep_ in {"nsubj"} and verb.lemma_.lower() in {"be", "include", "comprise", "number"}:
        owners = [c for c in verb.children if c.dep_ in {"attr", "dobj"}]  # "its dialogue partners include A, B"
    elif carrier.dep_ in {"attr", "oprd", "dobj", "nsubjpass"} and verb.pos_ in {"VERB", "AUX"}:
        recipients = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        if any(c.dep_ == "dative" for c in verb.children):
            owners = [c for c in verb.children if c.dep_ == "dative"]
        elif recipients and verb.lemma_.lower() in lexicon.GAIN_VERBS:
            owners = recipients  # "granted candidate status to Ukraine and Moldova"
        else:
            owners = _subjects(verb)
        if verb.lemma_.lower() in {"seek", "apply", "request", "want"}:
            relation = "applies" if relation == "candidate" else relation
    elif carrier.dep_ == "appos":
        owners = [carrier.head]
    elif carrier.dep_ == "compound" and index.at(carrier.head) is not None:
        owners = [carrier.head]
    elif carrier.dep_ == "pobj" and carrier.head.lower_ == "as":
        owners = _subjects(carrier.head.head) if carrier.head.head.pos_ in {"VERB", "AUX"} else []
    owners.extend(c for c in carrier.children if c.dep_ == "appos")
    members = [m for m in _agents(owners, index, speaker_agent) if m.entity_id != org.entity_id and m.is_state]
    if not members:
        members = _status_owners_by_surface(carrier, index, org)
    yield from _make(members, relation, org, noun, "status")


def _status_owners_by_surface(carrier: Token, index: MentionIndex, org: Mention) -> list[Mention]:
    """When the parse fails: "Georgia candidate status", "candidate status to Ukraine and
    Moldova", "candidate countries Albania, Montenegro and Serbia"."""
    sent = carrier.sent
    doc = carrier.doc
    found = [index.at(c) for c in carrier.children if c.dep_ == "compound" and index.at(c) is not None]
    found = [m for m in found if m.is_state]
    nxt = carrier.i + 1
    if nxt < sent.end and doc[nxt].lower_ in {"to", "for"}:
        found += surface_list(nxt, sent, index)
    elif carrier.tag_ == "NNS" and nxt < sent.end and index.at(doc[nxt]) is not None:
        found += surface_list(carrier.i, sent, index)
    return [m for m in {m.entity_id: m for m in found}.values() if m.entity_id != org.entity_id]


def agent_of(token: Token, index: MentionIndex) -> Mention | None:
    """Re-exported for the claims layer."""
    return resolve_agent(token, index)
