"""Membership changes told by a noun: "Finland's accession to NATO", "the exit of Mali,
Burkina Faso and Niger from ECOWAS", "Mali announced its withdrawal", "lifted the suspension
of Guinea", "its bid to join the OECD".

The member is the noun's possessor, its "of"-object or compound, else the subject of the verb
that governs it; the organisation its prepositional object or compound, else the one in focus.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from alliance_graph.extract import lexicon
from alliance_graph.extract.mentions import Mention, MentionIndex
from alliance_graph.extract.syntax import (
    APPLY_NOUNS,
    ARG_PREPS,
    Candidate,
    agents,
    date_like,
    governing_subjects,
    later_clauses,
    lemma,
    make_candidates,
    objects_of,
    org_in,
    under_topic_noun,
)

#: What a bid, an application or a candidacy may be *to* do and still be one for membership.
_JOINING_AIMS = {"join", "rejoin", "enter", "accede", "become", "be", "gain", "win", "obtain", "secure", "return"}


def nominal(noun: Token, index: MentionIndex, speaker_agent: Mention | None) -> Iterator[Candidate]:
    relation = lexicon.NOUN_RELATIONS[lemma(noun)]
    if under_topic_noun(noun):
        return
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and not any(c.dep_ in {"det", "poss", "amod"} for c in noun.children):
        return  # "said in return that it would ease sanctions", "in exchange": an idiom, not a comeback
    if relation == "applies" and any(c.dep_ in {"acl", "relcl"} and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                                     and lemma(c) not in _JOINING_AIMS for c in noun.children):
        return  # "Estonia's bid to chair the organisation", "a bid to host the summit": not for membership
    if lemma(noun) == "invitation" and any(c.dep_ in {"acl", "relcl", "advcl"} and c.pos_ in {"VERB", "AUX"} for c in noun.children):
        return  # "an invitation to join / to become a partner": the inner verb decides
    children = list(noun.children)
    poss = [c for c in children if c.dep_ == "poss"]
    of_objects = [g for c in children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    prep_objects = [g for c in children if c.dep_ == "prep" and c.lower_ in ARG_PREPS - {"of"} for g in c.children if g.dep_ == "pobj"]
    by_objects = [g for c in children if c.dep_ in {"prep", "agent"} and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
    compounds = [c for c in children if c.dep_ in {"compound", "amod", "nmod"}]
    # founding/creation "of ORG by A and B"
    if relation == "founds":
        org = org_in(of_objects + compounds + poss, index)
        members = [m for m in agents(by_objects, index, speaker_agent) if m.is_state]
        yield from make_candidates(members, relation, org, noun, "noun")
        return
    members = [m for m in agents(poss + of_objects + compounds, index, speaker_agent) if m.is_state or m.via == "name"]
    org = org_in(prep_objects + compounds + of_objects, index)
    if org is None:
        # "its application to join RCEP": the aim's object; "completed their exit from ECOWAS":
        # the parse hangs the noun's "from" on the verb
        aims = [c for c in children if c.dep_ in {"acl", "relcl"} and lemma(c) in _JOINING_AIMS]
        governed = [g for c in noun.head.children if noun.dep_ == "dobj" and c.dep_ == "prep" and c.lower_ in {"from", "to", "into"}
                    and relation in {"leaves", "joins", "applies", "readmitted"} for g in c.children if g.dep_ == "pobj"]
        org = org_in([o for a in aims for o in objects_of(a)] + governed, index)
    # the possessor may be the organisation ("NATO's enlargement", "the alliance's first
    # enlargement") — then it is not a member
    if org is None:
        org = next((m for m in members if not m.is_state), None) or next(
            (m for m in (index.at(p) for p in poss) if m is not None and not m.is_state), None)
    members = [m for m in members if org is None or m.entity_id != org.entity_id]
    if not members and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        owner = noun.head.head  # "Sweden's instrument of accession"
        members = [m for m in agents([c for c in owner.children if c.dep_ == "poss"], index, speaker_agent) if m.is_state]
    if not members and relation in {"suspended_by", "expelled"}:
        # "lifted the suspension they had imposed on Madagascar in 2009"
        members = [m for m in agents([g for c in children if c.dep_ in {"relcl", "acl"} for p in c.children
                                      if p.dep_ == "prep" and p.lower_ in {"on", "against"} for g in p.children
                                      if g.dep_ == "pobj"], index, speaker_agent) if m.is_state]
    personal = any(c.lower_ in {"his", "her"} or c.ent_type_ == "PERSON" for c in poss)
    if not members and not of_objects and not personal and not _acts_on_anothers(noun):
        # "Mali announced its withdrawal"; but not "allow the return of UN inspectors", nor
        # "Hungary and Turkey, which had held up both bids" (the bids are other states')
        members = [m for m in agents(governing_subjects(noun), index, speaker_agent) if m.is_state]
    places = [o for o in prep_objects if o.head.lower_ in {"in", "at"} and index.at(o) is not None and index.at(o).is_state]
    if org is None and members and all(o.lemma_.lower() in lexicon.MEMBERSHIP_NOUNS | {"membership"} or date_like(o) or o in places
                                       for o in prep_objects):  # (places: "its instrument of accession in Washington")
        # "submitted its application in 2011" (an organisation of a later clause only when no other is in focus)
        org = index.focus(noun.i, kind="organization", skip=later_clauses(noun)) or index.focus(noun.i, kind="organization")
    if relation == "suspended_by" and _suspends_own_participation(noun):
        relation = "suspends"
    if relation in {"suspended_by", "suspends", "expelled"} and noun.dep_ in {"dobj", "nsubjpass"} and (
            lemma(noun.head) in lexicon.LIFTING_VERBS):
        relation = "readmitted"  # "ECOWAS lifted the suspension of Guinea", "the OAS revoked Cuba's exclusion"
    if relation == "joins" and noun.head.lemma_.lower() in APPLY_NOUNS:
        relation = "applies"
    forced = None
    if relation == "joins" and noun.dep_ == "dobj" and lemma(noun.head) in {"seek", "request", "ask", "want", "pursue"}:
        relation, forced = "applies", "asserted"  # "has been seeking admission to APEC"
    yield from make_candidates(members, relation, org, noun, "noun", forced)


#: Verbs of arguing for or against another's change ("Brazil had championed the invitation").
_ADVOCACY_VERBS = {"champion", "promote", "broker", "engineer", "lobby", "favour", "favor", "criticise", "criticize",
                   "condemn", "question", "mediate", "describe", "denounce", "brand", "slam", "decry"}

#: Nouns of reacting to something ("countermeasures in response to the enlargement").
_REACTIONS = {"response", "reaction", "retaliation", "answer", "protest", "opposition", "objection"}


def _acts_on_anothers(noun: Token) -> bool:
    """The verb over the noun is one a state does to another's change: blocking, ratifying,
    backing or reviewing a bid or an accession."""
    verb = noun.head
    if noun.dep_ == "pobj" and (verb.lower_ in {"against", "over", "despite"} or lemma(verb.head) in _REACTIONS):
        return True  # "countermeasures in response to the enlargement", "protests against the accession"
    return noun.dep_ in {"dobj", "nsubjpass"} and (
        lemma(verb) in lexicon.BLOCK_VERBS | lexicon.APPROVAL_VERBS | _ADVOCACY_VERBS | {"review", "consider", "discuss", "examine", "hold"}
        and not (lemma(verb) in {"sign", "agree", "open"}))


def _suspends_own_participation(noun: Token) -> bool:
    return any(
        g.lemma_.lower() in lexicon.MEMBERSHIP_NOUNS
        for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children if g.dep_ == "pobj"
    )
