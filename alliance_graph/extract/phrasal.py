"""Membership changes told by a phrase rather than by one trigger word.

* "Colombia stopped taking part in UNASUR's work", "ceased to participate in the pact's
  activities" → suspends (the member steps back; it has not left);
* "Jammeh took The Gambia out of the Commonwealth", "pulled the country out of the ICC"
  → leaves, for the state in the object (the subject is a leader, not the member);
* "Ukraine ended its involvement in 2018", "terminated its membership" → leaves;
* "the parliament voted to let Sweden into NATO", "the bloc took in Croatia", "leaders
  welcomed Finland into the alliance" → joins ("welcomed ... back into": readmitted);
* "Russia remains outside the WTO", "the other EEA countries outside the EU", "stayed out
  of the EEA" → member, denied; "Turkey is in NATO" → member;
* "the euro area began in 1999 with 11 countries: A, B, ...", "the bloc was launched with
  five members (A, B, ...)" → founds;
* "A, B and C signed the founding treaty of Mercosur", "the treaty was signed in 2008 by A
  and B" (in the organisation's founding year) → founds.

Each reads the dependency parse around a verb; the organisation must be named (or stand
for the membership: "its participation"), never taken from mere topic words such as
"exercises" or "talks".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from alliance_graph.extract import lexicon
from alliance_graph.extract.coordination import companions_of
from alliance_graph.extract.lists import past_the_cut
from alliance_graph.extract.mentions import Mention, MentionIndex
from alliance_graph.extract.syntax import (
    Candidate,
    agents,
    has_particle,
    is_passive,
    lemma,
    make_candidates,
    merge,
    org_in,
    outside_brackets,
    subjects_of,
    surface_list,
)

#: Verbs that stop a participation given as their complement ("stopped taking part in").
_STOPPING_VERBS = {"stop", "cease", "halt", "quit", "suspend", "discontinue"}
#: Verbs that move a state out of an organisation when the state is their object.
_REMOVING_VERBS = {"take", "pull", "lead", "steer"}
#: Verbs that end a membership given as their object.
_ENDING_VERBS = {"end", "terminate"}
#: What a member stops taking part in, besides the organisation itself.
_PARTICIPATION_OBJECTS = lexicon.MEMBERSHIP_NOUNS | {"meeting", "session"}
#: Verbs of an organisation's start, told with its first members ("began with 11 countries").
_STARTING_VERBS = lexicon.STARTING_VERBS | {"bear"}  # "was born with ..."
#: Verbs of an organisation's founding, told with the signing that made it ("created in 1991, when ...").
_FOUNDING_VERBS = lexicon.FOUNDING_VERBS | {"bear"}
#: Nouns that count the first members ("with 11 countries: ...").
_FIRST_MEMBER_NOUNS = {"country", "state", "member", "nation", "founder", "signatory", "government", "economy"}
#: Verbs that bring a state into an organisation: "let Sweden into NATO", "took in Croatia".
_ADMITTING_VERBS = {"let", "take", "bring", "welcome", "usher", "vote"}
#: Objects of an ending verb that are the membership itself ("ended its involvement").
_MEMBERSHIP_ITSELF = {"membership", "participation", "involvement"}


def phrasal_candidates(verb: Token, index: MentionIndex, speaker_agent: Mention | None) -> Iterator[Candidate]:
    """Candidates of the phrases above at ``verb`` (any verb of the sentence; "outside" and
    "in" are read at their preposition: see :func:`place_candidates`)."""
    key = lemma(verb)
    if _is_participating(verb) and verb.dep_ == "xcomp" and lemma(verb.head) in _STOPPING_VERBS:
        org = _participated_in(verb, index)
        members = [m for m in agents(subjects_of(verb.head), index, speaker_agent) if m.is_state]
        yield from make_candidates(members, "suspends", org, verb, "verb")
    elif key in _REMOVING_VERBS and has_particle(verb, ("out",)):
        out_of = [g for c in verb.children if c.lower_ == "out" for p in c.children if p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"]
        org = org_in(out_of, index)
        members = [m for m in agents([c for c in verb.children if c.dep_ == "dobj"], index, speaker_agent) if m.is_state]
        if org is None and not out_of and members:  # "five years after Jammeh pulled it out": the organisation in focus
            org = index.focus(verb.i, kind="organization")
        yield from make_candidates(members, "leaves", org, verb, "verb")
    elif key == "sit" and not any(c.dep_ == "prt" for c in verb.children):
        # "a council on which China, Cuba and Russia already sit", "has sat in the APEC forum since 1991"
        places = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "in"} for g in c.children if g.dep_ == "pobj"]
        if verb.dep_ == "relcl" and any(c.dep_ == "prep" and any(g.lower_ == "which" for g in c.children) for c in verb.children):
            places.append(verb.head)
        org = next((m for m in (index.at(p) for p in places) if m is not None and not m.is_state), None)
        if org is None and verb.dep_ == "relcl" and verb.head in places and verb.head.lemma_.lower() in lexicon.ORG_ANAPHORS:
            org = index.focus(verb.i, kind="organization", head=verb.head.lemma_.lower())  # "a council on which ..."
        members = [m for m in agents(subjects_of(verb), index, speaker_agent) if m.is_state]
        yield from make_candidates(members, "member", org, verb, "member")
    elif key in _STARTING_VERBS and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        yield from _started_with(verb, index, speaker_agent)
    elif key in _ADMITTING_VERBS:
        yield from _admitting(verb, index, speaker_agent)
    elif key in lexicon.GROWING_VERBS:
        yield from _grew_to(verb, index, speaker_agent)
    elif key in _ENDING_VERBS:
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _MEMBERSHIP_ITSELF]
        if not objects or (verb.dep_ == "advcl" and lemma(verb.head) in lexicon.ORG_ACTS_ON_MEMBER):
            return  # ("expelled Russia, ending the country's membership": the expulsion is the event)
        owners = [c for o in objects for c in o.children if c.dep_ == "poss"]
        members = [m for m in agents(owners, index, speaker_agent) if m.is_state]
        members = members or [m for m in agents(subjects_of(verb), index, speaker_agent) if m.is_state]
        org = org_in(objects, index) or index.focus(verb.i, kind="organization")
        yield from make_candidates(members, "leaves", org, verb, "verb")


def _grew_to(verb: Token, index: MentionIndex, speaker_agent: Mention | None) -> Iterator[Candidate]:
    """An organisation that grew by the states listed: "The group grows to ten: Brunei (1984),
    Vietnam (1995), ...", "BRICS expanded to include Egypt and Ethiopia" (each joins)."""
    subject_orgs = [m for m in agents(subjects_of(verb), index, speaker_agent) if not m.is_state]
    org = subject_orgs[0] if subject_orgs else None
    if org is None and any(lemma(t) in lexicon.ORG_ANAPHORS for t in subjects_of(verb)):
        org = index.focus(verb.i, kind="organization")
    if org is None:
        return
    members: list[Mention] = []
    include = [c for c in verb.children if c.dep_ in {"xcomp", "advcl"} and lemma(c) == "include"]
    for clause in include:  # "expanded to include A and B"
        members += [m for m in agents([c for c in clause.children if c.dep_ == "dobj"], index, speaker_agent) if m.is_state]
    counted = any(c.dep_ == "prep" and c.lower_ == "to" and any(g.like_num for g in c.children) for c in verb.children)
    mark = next((t for t in verb.doc[verb.i + 1: verb.sent.end] if t.text in {":", "—", "–"}), None)
    if counted and mark is not None:  # "grows to ten: A (1984), B (1995)"
        members += surface_list(mark.i, past_the_cut(mark), index)
    yield from make_candidates([m for m in members if m.entity_id != org.entity_id], "joins", org, verb, "verb")


def _started_with(verb: Token, index: MentionIndex, speaker_agent: Mention | None) -> Iterator[Candidate]:
    """An organisation that began with its first members: the "with" object names them, or
    counts them and lists them after a colon, dash or bracket."""
    if verb.lower_ in {"starting", "beginning"} and verb.dep_ in {"prep", "advcl"}:
        return  # "starting with Ukraine": an order, not a founding
    if any(c.dep_ == "dobj" for c in verb.children):
        return  # "opened accession talks with Ukraine", "launched a partnership with Japan"
    subjects = subjects_of(verb)
    orgs = [m for m in agents(subjects, index, speaker_agent) if not m.is_state]
    if not orgs:
        return
    members: list[Mention] = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            named = [m for m in agents([obj], index, speaker_agent) if m.is_state]
            if named:
                members = merge(members, named)
            elif obj.lemma_.lower() in _FIRST_MEMBER_NOUNS:
                after = obj.i
                while after + 1 < verb.sent.end and verb.doc[after + 1].text in {":", "(", "-", "\u2014", "\u2013", ","}:
                    after += 1
                if after > obj.i:
                    members = merge(members, surface_list(after, verb.sent, index))
    yield from make_candidates([m for m in members if m.entity_id != orgs[0].entity_id], "founds", orgs[0], verb, "verb")


def _admitting(verb: Token, index: MentionIndex, speaker_agent: Mention | None) -> Iterator[Candidate]:
    """A state brought into an organisation: its object, with the organisation as the "into"
    object ("let Sweden into NATO") or, after the particle "in", as the subject ("NATO took in
    Montenegro", "the bloc let in ten countries") or the organisation in focus."""
    into = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "into" for g in c.children if g.dep_ == "pobj"]
    particle_in = has_particle(verb, ("in",))
    if not into and not particle_in:
        return
    org = org_in(into, index)
    if org is None and particle_in:
        subject_orgs = [m for m in agents(subjects_of(verb), index, speaker_agent) if not m.is_state]
        org = subject_orgs[0] if subject_orgs else None
    if org is None or org.is_state:
        return
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if is_passive(verb):  # "Croatia was let into the zone", "Finland was welcomed into the alliance"
        objects = subjects_of(verb)
    members = [m for m in agents(objects, index, speaker_agent) if m.is_state and m.entity_id != org.entity_id]
    relation = "readmitted" if any(c.lower_ == "back" for c in verb.children) else "joins"  # particle or adverb
    yield from make_candidates(members, relation, org, verb, "verb")


def _is_participating(verb: Token) -> bool:
    """'participate', 'take part', 'attend'."""
    key = lemma(verb)
    return key in {"participate", "attend"} or (key == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children))


def _participated_in(verb: Token, index: MentionIndex) -> Mention | None:
    """The organisation a member takes part in: named itself, or as the owner of its work,
    activities or meetings ("in UNASUR's work", "in the meetings of the alliance")."""
    places = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]
    if lemma(verb) == "attend":
        places = [c for c in verb.children if c.dep_ == "dobj"]
    for place in places:
        mention = index.at(place)
        if mention is not None and not mention.is_state:
            return mention
        if place.lemma_.lower() in _PARTICIPATION_OBJECTS:
            owners = [c for c in place.children if c.dep_ in {"poss", "compound"}]
            owners += [g for c in place.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            found = org_in(owners, index)
            if found is not None:
                return found
    return None


#: Verbs that keep a state where it is: "remains outside", "stayed out of", "is in".
_STAYING_VERBS = {"be", "remain", "stay", "stand", "sit", "keep"}


def place_candidates(prep: Token, index: MentionIndex, speaker_agent: Mention | None) -> Iterator[Candidate]:
    """Membership told as a place: "outside the bloc" / "out of the EEA" (not a member: the
    candidate is forced ``denied``), "is in NATO" (a member). The organisation must be the
    preposition's own object ("outside the EU", not "outside the EU's headquarters"), or,
    for a bare "remains outside", the organisation in focus."""
    word = prep.lower_
    if word == "out":
        objects = [g for c in prep.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    elif word in {"outside", "in"}:
        objects = [c for c in prep.children if c.dep_ == "pobj"]
    else:
        return
    holder = prep.head
    if word == "in" and holder.lower_ == "back" and holder.head.pos_ in {"VERB", "AUX"} and lemma(holder.head) in {"be", "come"}:
        # "Syria is back in the Arab League": a return
        org = next((m for m in (index.at(o) for o in objects) if m is not None and not m.is_state), None)
        members = [m for m in agents(subjects_of(holder.head), index, speaker_agent) if m.is_state]
        yield from make_candidates([m for m in members if org is not None and m.entity_id != org.entity_id],
                                   "readmitted", org, prep, "verb")
        return
    labelled = index.label_of(prep) if holder.i == prep.i or index.at(holder) in index.label_of(prep) else []
    if labelled:  # a factbox line: "DENMARK: In Schengen since 2001.", "SWITZERLAND: Not in the EU."
        org = next((m for m in (index.at(o) for o in objects) if m is not None and not m.is_state), None)
        yield from make_candidates([m for m in labelled if org is not None and m.entity_id != org.entity_id],
                                   "member", org, prep, "member", "denied" if word != "in" else None)
        return
    if word in {"out", "in"} and not (holder.pos_ in {"VERB", "AUX"} and lemma(holder) in _STAYING_VERBS):
        return  # "in" only after "is" ("Turkey is in NATO"), "out of" only after "stayed"
    if word == "in" and lemma(holder) not in {"be", "remain", "stay"}:
        return  # "is in NATO", "remains in the association"
    orgs = [m for m in (index.at(o) for o in objects) if m is not None and not m.is_state and m.via != "demonym"]
    if objects and objects[0].lower_ == "what":  # "What Britain is still in: NATO, the Council of Europe, the G7"
        colon = next((t.i for t in prep.doc[prep.i: prep.sent.end] if t.text == ":"), None)
        listed = outside_brackets(prep.doc[colon + 1: prep.sent.end]) if colon is not None else []
        found = [index.at(t) for t in listed  # not "(home of the court, which is not an EU body)"
                 if t.dep_ not in {"compound", "amod", "poss", "nmod"}]
        orgs = list({m.entity_id: m for m in found if m is not None and not m.is_state and m.via == "name"}.values())
    org = orgs[0] if orgs else None
    if org is None and not objects and word == "outside" and lemma(holder) in {"remain", "stay"}:
        org = index.focus(prep.i, kind="organization")  # "Russia, which applied in 1993, remains outside."
    if org is None:
        return
    members: list[Mention] = []
    if holder.pos_ in {"VERB", "AUX"} and (lemma(holder) in _STAYING_VERBS or (lemma(holder) == "leave" and any(
            c.dep_ == "auxpass" for c in holder.children))):  # "were left outside the Schengen area"
        subjects = subjects_of(holder)
        if word == "in":  # "Turkey is in NATO", not "Ukraine's foreign minister was in Brussels"
            subjects = [t for t in subjects if index.at(t) is not None or t.i in index.groups
                        or t.lower_ in {"which", "who", "that", "it", "they"}]
        members = agents(subjects, index, speaker_agent)
        if word == "in":  # "remains in the association together with Iceland, Liechtenstein and Norway"
            members = members + agents(companions_of(holder), index, speaker_agent)
    elif holder.pos_ in {"NOUN", "PROPN"}:
        own = index.at(holder)
        if own is not None:
            members = [own]  # "Switzerland, outside the EU, ..."
        else:  # "four states outside the bloc, Iceland, ...", "... are the other countries outside the EU"
            named = [c for c in holder.children if c.dep_ == "appos"]
            if holder.dep_ == "attr" and lemma(holder.head) == "be":
                named += subjects_of(holder.head)
            elif holder.dep_ == "nsubj" and lemma(holder.head) == "be":
                named += [c for c in holder.head.children if c.dep_ == "attr"]
            members = agents(named, index, speaker_agent)
    for each in orgs or [org]:
        yield from make_candidates([m for m in members if m.is_state and m.entity_id != each.entity_id], "member", each,
                                   prep, "member", "denied" if word != "in" else None)


def founding_document(verb: Token, index: MentionIndex, speaker_agent: Mention | None) -> Iterator[Candidate]:
    """'A, B and C signed the founding treaty of Mercosur', 'The treaty was signed in 2008 by
    A, B and C' (the year the organisation was founded) → founds."""
    passive = is_passive(verb)
    documents = [c for c in verb.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
    for obj in documents:
        if obj.lemma_.lower() not in lexicon.FOUNDING_DOCUMENTS:
            continue
        founding = any(c.lower_ in {"founding", "constitutive", "establishing", "founder"}
                       for c in obj.children if c.dep_ in {"amod", "compound"})
        creating = [g for c in obj.children if c.dep_ == "acl" and lemma(c) in {"create", "establish", "found", "set"}
                    for g in c.children if g.dep_ == "dobj"]  # "signed the treaty creating the Arab Maghreb Union"
        founding = founding or org_in(creating, index) is not None
        org = org_in(creating + [g for c in obj.children if c.dep_ == "prep" and c.lower_ in {"of", "establishing", "creating"} for g in c.children if g.dep_ == "pobj"]
                      + [c for c in obj.children if c.dep_ in {"poss", "compound", "nmod"}], index)
        founded = _founded_when(verb, index)  # "Mercosur was created in 1991, when A, B, C and D signed the Treaty of Asuncion"
        if org is None and founded is not None and not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in obj.children):
            org, founding = founded, True  # (its founding treaty, not "a trade agreement" signed that year)
        if org is None:
            org = index.focus(verb.i, kind="organization")
        if org is None or not (founding or _in_founding_year(verb, index.registry.get(org.entity_id).founded)):
            continue
        signers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"] if passive else subjects_of(verb)
        signers += [g for c in [*verb.children, *obj.children] if c.dep_ == "prep" and c.lower_ == "with"
                    for g in c.children if g.dep_ == "pobj"]  # "signed the ANZUS treaty with Australia and the US"
        members = [m for m in agents(signers, index, speaker_agent) if m.is_state]
        yield from make_candidates(members, "founds", org, verb, "verb")


def _founded_when(verb: Token, index: MentionIndex) -> Mention | None:
    """The organisation whose founding a signing clause tells the time of ("X was created in
    1991, when A and B signed ..."): the subject of the founding verb the clause hangs from."""
    head = verb.head
    while head.dep_ in {"pobj", "prep"} and head.head.i != head.i:  # "created in 1991, when ...": hung on the year
        head = head.head
    if verb.dep_ not in {"advcl", "relcl"} or head.i == verb.i or lemma(head) not in _FOUNDING_VERBS:
        return None
    if not any(c.dep_ == "advmod" and c.lower_ in {"when", "as"} for c in verb.children) and verb.dep_ != "relcl":
        return None
    return next((m for m in agents(subjects_of(head), index, None) if not m.is_state), None)


def _in_founding_year(verb: Token, founded: str | None) -> bool:
    """A date on the signing that names the organisation's founding year."""
    if not founded:
        return False
    return any(ent.label_ == "DATE" and founded in ent.text and ent.root.head.i in {verb.i, *(c.i for c in verb.children)}
               for ent in verb.sent.ents)
