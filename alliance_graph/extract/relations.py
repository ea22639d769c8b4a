"""Membership relations from a dependency parse: trigger words and their arguments.

Each trigger (a verb such as "join", a nominalisation such as "accession", the noun
"member", a status noun such as "observer") is looked up in :mod:`lexicon`, then its
member and organisation are found along dependency paths:

* verbs: subject / passive subject, object, prepositional objects, with subjects inherited
  through control ("decided to leave"), coordination and relative clauses;
* nouns: possessor ("Finland's accession"), "of"-objects ("the exit of Mali ... from
  ECOWAS"), compounds ("NATO membership") and the subject of the verb that governs them
  ("Mali announced its withdrawal");
* nouns that state membership ("member", "observer status", lists): see :mod:`members`.

The output is a list of :class:`Candidate` records; what the article says *about* each
candidate (status, date, attribution) is decided in :mod:`alliance_graph.extract.claims`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from alliance_graph.extract import lexicon
from alliance_graph.extract.coordination import (
    companions_of,
    coordinated_orgs,
    gapped_date,
    partner_states,
    with_companions,
    with_gapped,
)
from alliance_graph.extract.lists import counted_list, dash_lists
from alliance_graph.extract.members import member_noun, membership_noun
from alliance_graph.extract.mentions import Mention, MentionIndex, expand_group, last_distinct, mentions_of
from alliance_graph.extract.nominals import nominal
from alliance_graph.extract.phrasal import founding_document, phrasal_candidates, place_candidates
from alliance_graph.extract.statuses import status_noun
from alliance_graph.extract.syntax import (
    APPLY_NOUNS,
    MEMBER_LEMMAS,
    TOPIC_NOUNS,
    Candidate,
    agents,
    applied_for,
    date_like,
    has_particle,
    intransitive,
    is_membership_object,
    is_passive,
    later_clauses,
    lemma,
    make_candidates,
    merge,
    objects_of,
    org_in,
    possessors_of_membership,
    reason_phrases,
    subjects_of,
    surface_list,
)

__all__ = ["Candidate", "candidates_in"]


def candidates_in(sent: Span, index: MentionIndex, speaker_agent: Mention | None = None) -> list[Candidate]:
    """Every candidate triple in one sentence.

    ``speaker_agent`` is what "we"/"our" stand for (the affiliation of the quote's speaker).
    """
    found: list[Candidate] = []
    for token in sent:
        key = lemma(token)
        if token.pos_ == "VERB" and key in {"sign", "ink", "adopt"}:
            found.extend(founding_document(token, index, speaker_agent))
        if token.pos_ == "VERB":
            found.extend(phrasal_candidates(token, index, speaker_agent))
        elif token.lower_ in {"outside", "out", "in"} and token.dep_ in {"prep", "advmod", "prt", "ROOT"}:
            found.extend(place_candidates(token, index, speaker_agent))
        if token.pos_ in {"VERB", "AUX"} and key in lexicon.VERB_FRAMES and token.dep_ not in {"amod", "compound"}:
            found.extend(_verbal(token, index, speaker_agent))
        elif token.pos_ in {"NOUN", "PROPN"} and key in lexicon.NOUN_RELATIONS:
            found.extend(nominal(token, index, speaker_agent))
        elif token.pos_ in {"NOUN", "PROPN"} and key in MEMBER_LEMMAS:
            found.extend(member_noun(token, index, speaker_agent))
        elif token.pos_ == "NOUN" and key in {"state", "country", "nation"} and any(
                c.dep_ == "amod" and c.lower_ in {"founding", "founder"} for c in token.children):
            found.extend(member_noun(token, index, speaker_agent))  # "the founding states of BRICS"
        elif token.pos_ == "NOUN" and key in {"state", "country", "nation"} and token.dep_ in {"attr", "appos"} and any(
                c.dep_ == "compound" and index.at(c) is not None and not index.at(c).is_state for c in token.children
        ) and not any(lemma(c) in lexicon.STATUS_NOUNS or lemma(c) in MEMBER_LEMMAS for c in token.children):
            found.extend(member_noun(token, index, speaker_agent))  # "Norway and Iceland are EEA countries"
        elif token.pos_ == "NOUN" and key in {"state", "country", "nation"} and any(
                c.dep_ == "compound" and index.at(c) is not None and not index.at(c).is_state for c in token.children
        ) and counted_list(token, index):
            found.extend(member_noun(token, index, speaker_agent))  # "five EU states, Cyprus, Greece, ..., do not recognise it"
        elif (token.pos_ in {"NOUN", "PROPN", "ADJ"} or token.dep_ == "amod") and key in lexicon.STATUS_NOUNS:
            found.extend(status_noun(token, index, speaker_agent))
        elif token.pos_ == "NOUN" and key == "membership" or (
                key == "seat" and token.dep_ == "dobj" and lemma(token.head) in lexicon.HOLD_VERBS - {"be"}):
            found.extend(membership_noun(token, index, speaker_agent))  # (and "keeps its seats in the G7 and G20")
    found.extend(dash_lists(sent, index))
    found = with_gapped(found, index)
    found = with_companions(found, index)
    return [c for c in found if c.member.entity_id != c.org.entity_id and not c.org.is_state]


# --- triggers ---------------------------------------------------------------------------


def _up_to_copula(verb: Token) -> list[Token]:
    """The words from a relative clause's antecedent up to the copula it restricts ("countries",
    "of", "one", "was" in "It was one of the five countries that set up ASEAN"), else none."""
    if verb.dep_ != "relcl":
        return []
    path, token = [], verb.head
    for _ in range(5):
        path.append(token)
        if lemma(token) == "be" and token.pos_ in {"AUX", "VERB"}:
            return path
        if token.head.i == token.i:
            break
        token = token.head
    return []


def _both_named_before(verb: Token, objects: list[Token], index: MentionIndex) -> list[Mention]:
    """For an object "both" ("rejoined both", "was readmitted to both"): the last two
    organisations named in ``verb``'s sentence before it, else none."""
    if not any(o.lower_ == "both" and o.dep_ in {"dobj", "pobj"} for o in objects):
        return []
    named = [m for m in (index.at(t) for t in verb.doc[verb.sent.start: verb.i]) if m is not None and not m.is_state
             and m.via == "name"]
    return last_distinct(named, 2)


def _grouping_noun(token: Token, index: MentionIndex) -> bool:
    """'the GUAM grouping', parsed as the verb "grouping" after an organisation's name."""
    before = index.at(token.doc[token.i - 1]) if token.i > 0 else None
    return token.lower_ == "grouping" and token.tag_ == "VBG" and before is not None and not before.is_state


def _verbal(verb: Token, index: MentionIndex, speaker_agent: Mention | None) -> Iterator[Candidate]:
    key = lemma(verb)
    frame = lexicon.VERB_FRAMES[key]
    if frame.needs_particle and not has_particle(verb, frame.needs_particle):
        return
    objects = objects_of(verb)
    if frame.by_member == "leaves" and any(o.dep_ == "dobj" and lemma(o) in {"bid", "application", "candidacy", "candidature",
                                                                           "request", "petition", "objection", "veto"} for o in objects):
        return  # "withdrew its candidacy": the bid is taken back (the noun decides), nobody leaves
    if key == "take" and not any(o.dep_ == "dobj" and lemma(o) == "seat" and not any(
            c.lower_ in {"his", "her"} for c in o.children) for o in objects):
        return  # "took its seat" joins; "took a leading role", "to take his seat among the leaders" do not
    if frame.by_member in {"leaves", "suspends"} and any(
            o.dep_ == "pobj" and o.head.lower_ in {"from", "away", "off"} and index.at(o) is not None and index.at(o).is_state
            for o in objects):
        return  # "broke away from Sudan": seceding from a state is no membership change
    if key == "ratify" and not any(o.dep_ == "dobj" and index.at(o) is not None and not index.at(o).is_state for o in objects):
        return  # "ratified Sweden's accession" is an approval (the noun decides); "ratified the Rome Statute" joins
    if _grouping_noun(verb, index):
        return  # "the GUAM grouping with Georgia": the noun "grouping" taken for a verb
    if any(lemma(o) in {"predecessor", "forerunner", "successor", "rival"} for o in objects):
        return  # "pulled out of its predecessor, the TPP": another body than the one "its" names
    if key == "include" and verb.dep_ in {"xcomp", "advcl"} and lemma(verb.head) in lexicon.GROWING_VERBS:
        return  # "expanded to include Egypt": an entry (see phrasal), not a statement of membership
    label = index.label_of(verb)
    subjects = subjects_of(verb) or ([] if label else _line_subject(verb, index))
    if key == "make" and verb.dep_ in {"xcomp", "oprd"} and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        # "leaving a Group of Seven made up of A, B and C": the object before it is what is made up
        subjects = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i] or subjects
    direct_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    if key == "leave" and verb.tag_ == "VBG" and not direct_subject and verb.dep_ in {"advcl", "xcomp", "conj"}:
        return  # "..., leaving the bloc with five members"
    subject_agents = agents(subjects, index, speaker_agent)
    if label and all(t.i < verb.i and any(m.start <= t.i < m.end for m in label) for t in subjects):
        subject_agents = label  # "POLAND, CZECH REPUBLIC, HUNGARY: Joined the EU in 2004." (with or without a parsed subject)
    if not any(m.is_state for m in subject_agents):
        subject_agents = subject_agents + _list_before(verb, index)
    passive = is_passive(verb)
    if passive:
        yield from _passive(verb, frame, subjects, subject_agents, objects, index, speaker_agent)
        return
    subject_org = next((m for m in subject_agents if not m.is_state), None)
    subject_states = [m for m in subject_agents if m.is_state]
    if (key in lexicon.ORG_ACTS_ON_MEMBER or key in {"suspend", "freeze"}) and frame.by_org and subject_states and all(
            m.via == "pronoun" for m in subject_states) and any(
            (index.at(o) is not None and index.at(o).is_state) for o in objects if o.dep_ == "dobj"):
        # "It suspended Libya in 2011": a state does not suspend a state; "it" is the organisation
        subject_org = index.focus(verb.i, kind="organization")
        subject_states = []
    # the organisation acts on a state named as such: "expelled Russia", not "expelled eight
    # Russian diplomats" (people are not members)
    object_agents = agents([o for o in objects if o.dep_ in {"dobj", "pobj"} and _names_an_agent(o, index) and not (
        o.dep_ == "pobj" and o.head.lower_ in {"in", "at", "near"})], index, speaker_agent)  # ("restore Bazoum in Niamey": a place)
    object_states = [m for m in object_agents if m.is_state]
    if frame.by_org == "joins" and verb.dep_ in {"xcomp", "ccomp"} and lemma(verb.head) in {"ask", "request", "petition"} and object_states:
        # "they will ask the United Nations to admit Palestine": a bid for entry
        org = next((m for m in agents([c for c in verb.head.children if c.dep_ in {"dobj", "dative"}], index, speaker_agent)
                    if not m.is_state), None) or subject_org or index.focus(verb.i, kind="organization")
        yield from make_candidates(object_states, "applies", org, verb, "verb")
        return
    if subject_org is None and not subject_states and frame.by_org and object_states and (
            _collective(subjects) or any(lemma(t) in {"member", "founder"} and t.tag_ == "NNS" for t in subjects)):
        # "foreign ministers voted to readmit Damascus", "Mercosur's founding members suspended Venezuela"
        subject_org = org_in([c for t in subjects for c in t.children if c.dep_ in {"poss", "compound"}]
                             + [g for t in subjects for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                                for g in c.children], index) or index.focus(verb.i, kind="organization")
    acting_members = {m.entity_id for m in subject_states}
    acted_on = [m for m in object_states if m.via == "name" and m.entity_id not in acting_members and any(
        o.dep_ == "dobj" and index.at(o) is m for o in objects)]
    if (key in lexicon.ORG_ACTS_ON_MEMBER or key in {"suspend", "freeze"}) and frame.by_org and acted_on and (
            subject_states and subject_org is None and not any(m.via == "pronoun" for m in subject_states)):
        # "the presidents of Argentina, Brazil and Uruguay suspended Paraguay from the bloc's
        # bodies": members acting together are the organisation acting on another member
        org = org_in([o for o in objects if o.dep_ == "pobj" and o.head.lower_ in {"from", "of", "to", "into"}], index)
        yield from make_candidates(acted_on, frame.by_org, org or index.focus(verb.i, kind="organization"), verb, "verb")
        return
    # The organisation acts on members: "ECOWAS suspended Niger", "NATO admitted Finland",
    # "the bloc, which comprises A, B and C".
    if frame.by_org and subject_org is not None and not subject_states:
        members = object_states or possessors_of_membership(objects, index, speaker_agent)
        members = [m for m in members if m.entity_id != subject_org.entity_id]
        named = org_in([o for o in objects if o.dep_ == "pobj" and o.head.lower_ in {"from", "of", "to", "into"}]
                       + [o for o in objects if o.dep_ == "dobj" and is_membership_object([o])], index)
        if named is not None and named.entity_id != subject_org.entity_id:
            subject_org = named  # "the General Assembly suspended Russia from the Human Rights Council"
        if frame.by_org == "member":
            members = merge(members, [m for m in surface_list(objects[0].i - 1 if objects else verb.i, verb.sent, index)
                                       if m.entity_id != subject_org.entity_id])
            if key in {"group", "unite", "bring"}:  # "groups the ten ASEAN states with China, Japan, ..."
                with_objects = [g for o in [verb, *objects] for c in o.children if c.dep_ == "prep" and c.lower_ == "with"
                                for g in c.children if g.dep_ == "pobj"]
                members = merge(members, [m for m in agents(with_objects, index, speaker_agent)
                                          if m.is_state and m.entity_id != subject_org.entity_id])
        decided = _decision(verb)
        if members:  # "invited A and B" is a coming entry; "voted to readmit Damascus" is the readmission
            yield from make_candidates(members, frame.by_org, subject_org, verb, "verb",
                                       "announced" if key == "invite" else decided)
            return
    if frame.by_org and frame.needs_membership_object and not subject_states and _collective(subjects):
        # "Arab foreign ministers agreed to restore Syria's membership of the Arab League": a
        # body acting on a member's seat, with the organisation named with the seat
        members = possessors_of_membership(objects, index, speaker_agent)
        org = org_in([g for o in objects if is_membership_object([o]) for c in o.children
                      if c.dep_ == "prep" and c.lower_ in {"of", "in", "at"} for g in c.children if g.dep_ == "pobj"]
                     + [c for o in objects if is_membership_object([o]) for c in o.children if c.dep_ == "compound"], index)
        org = org or index.focus(verb.i, kind="organization")
        decided = _decision(verb)
        if members and org is not None:  # a body's vote to suspend is the suspension
            yield from make_candidates(members, frame.by_org, org, verb, "verb", decided)
            return
    if not frame.by_member:
        return
    if frame.needs_membership_object and not is_membership_object(objects) and not (
            key == "denounce" and _is_treaty(org_in([o for o in objects if o.dep_ == "dobj"], index), index)):
        return  # "denounced its membership"; "denounced the convention" (a treaty) too, not "denounced NATO"
    forced = None
    if key in {"form", "make"} and verb.tag_ in {"VBP", "VBZ"}:
        relation = "member"  # "A, B and C form the bloc" states membership
    elif key == "come" and has_particle(verb, ("back",)):
        relation = "readmitted"  # "left in 2013 and came back in 2018"
    else:
        relation = frame.by_member
    if relation == "joins" and any(c.dep_ == "prep" and c.lower_ == "as" and any(
            lemma(g) in lexicon.STATUS_NOUNS for g in c.subtree) for c in verb.children):
        return  # "joined the SCO as a dialogue partner": the status noun decides
    if relation in {"joins", "readmitted"} and verb.dep_ in {"acl", "relcl"} and (
            lemma(verb.head) in lexicon.NOUN_RELATIONS or lemma(verb.head) in lexicon.STATUS_NOUNS):
        return  # "its bid to join the OECD", "official candidates to join the bloc": the noun is the trigger
    if relation in {"joins", "readmitted"} and verb.dep_ in {"acl", "relcl"} and lemma(verb.head) in APPLY_NOUNS - {"plan"}:
        relation, forced = "applies", "asserted"  # "submitted its own request to enter the pact"
    purpose = verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if relation in {"joins", "readmitted"} and (verb.dep_ == "xcomp" or purpose) and lemma(verb.head) in lexicon.APPLY_VERBS:
        relation = "applies"  # "applied to join", "seeks to join"
        forced = "asserted" if lemma(verb.head) in {"apply", "seek", "bid", "request", "petition", "ask"} else None
    elif relation in {"joins", "readmitted"} and verb.dep_ == "pcomp" and applied_for(verb):
        relation, forced = "applies", "announced"  # "expressed interest in joining": an aim, no bid yet
    dated = any(c.dep_ in {"npadvmod", "advmod"} and c.ent_type_ == "DATE" for c in verb.children)  # "returned this year"
    head_frame = lexicon.VERB_FRAMES.get(lemma(verb.head)) if verb.dep_ == "conj" else None
    after_leaving = head_frame is not None and (head_frame.by_member in {"leaves", "suspends"} or head_frame.by_org in {
        "suspended_by", "expelled"})  # "withdrew from ALBA in 2019 and returned in 2020"
    bare_return = key == "return" and (direct_subject or after_leaving) and (bool(objects) or dated) and all(
        date_like(o) or o.ent_type_ == "DATE" for o in objects) and not any(
        c.dep_ in {"advmod", "npadvmod"} and c.lower_ in {"home", "there", "here"} for c in verb.children)
    if key == "return" and not bare_return and not applied_for(verb) and (not any(o.head.lower_ in {"to", "into"} for o in objects)
                                                                          or any(o.dep_ == "dobj" for o in objects)):
        # ("has applied to return" is a bid, whatever follows)
        return  # "returned to the AU" and "Britain returned in 1997" are returns; "returned the ambassador to the OAS" is not
    if frame.needs_membership_object and not any(m.is_state for m in subject_agents):
        subject_agents = possessors_of_membership(objects, index, speaker_agent)  # "Bolsonaro froze Brazil's participation"
    if not subject_agents and any(t.lemma_.lower() in {"country", "state", "nation", "member", "newcomer", "government"} for t in subjects):
        # "ten countries joined the EU: Cyprus, Malta, ..."
        colon = next((t for t in verb.doc[verb.i: verb.sent.end] if t.text in {":", "—", "–"}), None)
        if colon is not None:  # the parser may start a new sentence after the colon
            rest = verb.doc[verb.sent.start: verb.doc[colon.i + 1].sent.end] if colon.i + 1 < len(verb.doc) else verb.sent
            subject_agents = surface_list(colon.i, rest, index)
    org = org_in([o for o in objects if o.lower_ not in {"which", "that"}], index)
    both_orgs = _both_named_before(verb, objects, index) if org is None else []
    org = org or (both_orgs[0] if both_orgs else None)
    if org is None and any(o.dep_ in {"pobj", "dobj"} and o.pos_ == "PROPN" and o.ent_type_ == "ORG" and index.at(o) is None
                           for o in objects):
        return  # "pulled out of the Trans-Pacific Partnership": a body the registry does not know, not the one in focus
    if any(o.lemma_.lower() in TOPIC_NOUNS and any(c.dep_ in {"compound", "poss"} and index.at(c) is not None
                                                     and not index.at(c).is_state for c in o.children)
           for o in objects if o.dep_ in {"pobj", "dobj"}) and not any(index.at(o) is not None for o in objects if o.dep_ in {"pobj", "dobj"}):
        return  # "pulled out of the RCEP negotiations", "walked out of the SCO summit": talks, not the body
    if org is None and verb.dep_ == "relcl" and not any(c.dep_ == "dobj" and c.lower_ not in {"which", "that"} for c in verb.children) and any(
            c.dep_ == "nsubj" and c.lower_ not in {"which", "that", "who"} for c in verb.children):
        org = org_in([verb.head], index)  # "the bloc it founded", "the bank, which A and B set up in 2014"
    if org is None and verb.dep_ == "xcomp" and verb.head.dep_ == "relcl":
        org = org_in([o for o in objects if o.dep_ == "dobj" and o.lower_ in {"which", "that"}], index)  # "which A and B agreed to create"
    if org is None and any(o.dep_ == "dobj" and o.lower_ == "it" and index.at(o) is None for o in objects):
        org = index.focus(verb.i, kind="organization")  # "A, B and C founded it in 2001"
    if org is None and (frame.needs_membership_object or bare_return or (intransitive(verb) and (
            key not in {"return", "form", "make", "found", "establish", "create", "launch", "set", "belong", "go"}
            or (key == "return" and relation == "applies")))):  # ("has applied to return")
        # "froze their membership", "Kyrgyzstan joined in 2015": the organisation in focus
        org = (index.focus(verb.i, kind="organization", skip=reason_phrases(verb) | later_clauses(verb))
               or index.focus(verb.i, kind="organization", skip=reason_phrases(verb)))  # ("two years after APEC was formed")
    members = subject_agents
    moved = [m for m in object_states if any(o.dep_ == "dobj" and index.at(o) is m for o in objects)]
    if relation == "leaves" and moved and key in {"withdraw", "pull", "remove"} and org is not None:
        members = moved  # "Bolsonaro withdrew Brazil from UNASUR": the state withdrawn, not its leader
    if relation == "founds" or (key == "form" and relation == "member"):
        # "the bloc it founded with Argentina, Brazil and Uruguay": co-founders; "the grouping
        # it forms with the United States, Japan and Australia": co-members
        hosts = [verb, *(c for c in verb.children if _grouping_noun(c, index))]  # "set up the GUAM grouping with A and B"
        members = merge(members, [m for m in agents([g for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                                                       for g in c.children if g.dep_ == "pobj"], index, speaker_agent)
                                  if m.is_state])
        # "It was one of the five countries that set up ASEAN in 1967, together with A, B, C and D"
        members = merge(members, partner_states([c for h in _up_to_copula(verb) for c in companions_of(h)], index, speaker_agent))
    if org is not None:
        members = [m for m in members if m.entity_id != org.entity_id]
    others = coordinated_orgs(org, verb, index)
    if both_orgs:  # "quit the Council of Europe and the ECHR in 1969, and rejoined both in 1974"
        others = others + [(other, None) for other in both_orgs[1:]]
    own_date = gapped_date(org.end, verb.sent) if org is not None and any(date is not None for _, date in others) else None
    for candidate in make_candidates(members, relation, org, verb, "verb", forced):
        yield replace(candidate, date_hint=own_date) if own_date is not None else candidate
    for other, date in others:  # "joined the EU and NATO in 2004"
        for candidate in make_candidates([m for m in members if m.entity_id != other.entity_id], relation, other, verb,
                                         "verb", forced):
            yield replace(candidate, date_hint=date)


_BODIES = {"minister", "leader", "member", "state", "country", "government", "assembly", "council", "summit",
           "bloc", "body", "league", "union", "organisation", "organization", "delegate", "envoy", "head",
           "committee", "commission", "conference", "secretariat", "board"}


def _is_treaty(org: Mention | None, index: MentionIndex) -> bool:
    """An organisation that is a treaty its parties denounce ("the convention", "the Rome Statute")."""
    return org is not None and bool({"convention", "treaty", "statute"} & set(index.registry.get(org.entity_id).heads))


def _line_subject(verb: Token, index: MentionIndex) -> list[Token]:
    """A fact line's subjectless sentence continues the one before it on the same line:
    "- IGAD: Eritrea suspended its membership in 2007. Rejoined in June 2023.", "- Morocco:
    pulled out in 1984. Readmitted in January 2017." (the line's label)."""
    doc = verb.doc
    sent = verb.sent
    if verb.dep_ != "ROOT" or verb.i != sent.start or not verb.text[:1].isupper() or sent.start == 0:
        return []
    before = doc[sent.start - 1]
    if "\n" in before.text_with_ws or before.is_space:
        return []  # a new line: no sentence to continue
    subjects = [c for c in before.sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return subjects or [verb.doc[m.start] for m in index.label_of(before.sent.root)]


def _decision(verb: Token) -> str | None:
    """What a body's vote or agreement to act makes of the act: "voted to readmit Damascus" is
    the readmission (asserted); "agreed in principle to admit" is a promise (announced)."""
    if verb.dep_ not in {"xcomp", "advcl"} or lemma(verb.head) not in {"agree", "vote", "decide", "resolve"} or (
            verb.dep_ == "advcl" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "principle" for g in c.children)
           for c in verb.head.children):
        return "announced"
    return "asserted" if verb.head.tag_ == "VBD" else None


def _collective(subjects: list[Token]) -> bool:
    """A body or a plural of officials ("foreign ministers", "the assembly"), not one person."""
    return bool(subjects) and all(t.pos_ in {"NOUN", "PROPN"} and lemma(t) in _BODIES
                                  and (t.tag_ == "NNS" or lemma(t) not in {"minister", "leader", "member", "state", "country",
                                                                          "government", "delegate", "envoy", "head"})
                                  for t in subjects)


def _list_before(verb: Token, index: MentionIndex) -> list[Mention]:
    """States listed right before the verb that the parser hung on a date ("on March 12, 1999,
    Poland, Hungary and the Czech Republic were admitted")."""
    doc = verb.doc
    position = verb.i - 1
    while position >= verb.sent.start and doc[position].dep_ in {"aux", "auxpass", "advmod", "neg", "punct"}:
        position -= 1
    if position < verb.sent.start:
        return []
    last = doc[position]
    mention = index.at(last)
    if mention is None or not mention.is_state or last.dep_ != "conj":
        return []
    head = last
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ == "appos" and head.head.dep_ == "pobj" and lemma(head.head) in {"government", "country", "state", "nation", "member"}:
        head = head.head  # "In April 2018 six governments — Argentina, Brazil and Chile — suspended"
    dated_prep = head.dep_ == "pobj" and any(date_like(t) or t.ent_type_ == "DATE" for t in head.head.subtree if t.i < head.i)
    if not (date_like(head) or head.ent_type_ == "DATE" or dated_prep):
        return []  # "In April 2018 Argentina, Brazil and Chile suspended ...": parsed as the date's object
    group = expand_group(head) + [t for c in head.children if c.dep_ == "appos" for t in expand_group(c)]
    return [m for m in mentions_of(group, index) if m.is_state]


def _names_an_agent(token: Token, index: MentionIndex) -> bool:
    """The token is a state or organisation (or a group of them), not people of one."""
    mention = index.at(token)
    return (mention is not None and mention.via != "demonym") or token.i in index.groups or token.lower_ in {
        "which", "that", "who"}


def _passive(verb: Token, frame: lexicon.Frame, subjects: list[Token], subject_agents: list[Mention],
             objects: list[Token], index: MentionIndex, speaker_agent: Mention | None) -> Iterator[Candidate]:
    agent_tokens = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"] or [
        # "founded in 1971, as the South Pacific Forum, by A, B and C": the parse hangs "by" on the aside
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"as", "in", "at"}
        for by in c.subtree if by.lower_ == "by" and by.dep_ in {"prep", "agent"} for g in by.children if g.dep_ == "pobj"]
    agent_mentions = agents(agent_tokens, index, speaker_agent)
    # "The AES was set up by Mali, Burkina Faso and Niger"; "the bloc is made up of A and B"
    subject_org = next((m for m in subject_agents if not m.is_state), None)
    if subject_org is None:  # "Its membership is made up of A, B and C"
        subject_org = org_in([c for t in subjects if lemma(t) == "membership" for c in t.children if c.dep_ == "poss"], index)
    if frame.passive_member in {"founds", "member"} and subject_org is not None:
        members = [m for m in agent_mentions if m.is_state]
        if agent_tokens:  # the whole list after "by", where the parse broke it ("..., the Cook Islands, Nauru and Fiji")
            members = merge(members, [m for m in surface_list(agent_tokens[0].head.i, verb.sent, index)
                                      if m.entity_id != subject_org.entity_id
                                      and verb.doc[m.start: m.end].root.dep_ not in {"nsubj", "nsubjpass"}])
            # (not "..., and South Africa joined in 2010": the subject of the next clause)
        if not members:
            members = [m for m in agents([o for o in objects if o.head.lower_ == "of"], index, speaker_agent) if m.is_state]
        yield from make_candidates(members, frame.passive_member, subject_org, verb, "verb")
        return
    relation = frame.passive_member
    if relation is None:
        return
    if relation in {"joins", "readmitted"} and any(c.dep_ == "prep" and c.lower_ == "as" and any(
            lemma(g) in lexicon.STATUS_NOUNS for g in c.subtree) for c in verb.children):
        return  # "was admitted as an associate member": the status noun decides
    members = [m for m in subject_agents if m.is_state or relation == "joins"]
    if not members:
        # "Russia's membership was suspended"
        members = possessors_of_membership(subjects, index, speaker_agent)
    org = org_in([o for o in objects if o.dep_ != "dobj"], index) or org_in(subjects, index)
    if org is None:
        org = next((m for m in agent_mentions if not m.is_state), None)
    both_orgs = _both_named_before(verb, objects, index) if org is None else []  # "was readmitted to both in 1967"
    if both_orgs:
        for other in both_orgs:
            yield from make_candidates(members, relation, other, verb, "verb")
        return
    if org is None and intransitive(verb):
        # "Mali was suspended in June 2021"; not an organisation inside a later relative clause
        # ("West Germany was admitted, a decision that prompted Moscow to assemble the Warsaw Pact")
        asides = frozenset(t.i for clause in verb.sent if clause.dep_ == "relcl" and clause.i > verb.i for t in clause.subtree)
        org = index.focus(verb.i, kind="organization", skip=asides)
    forced = "announced" if lemma(verb) in {"invite", "elect"} else None  # an elected member takes its seat later
    yield from make_candidates(members, relation, org, verb, "verb", forced)
