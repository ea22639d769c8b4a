"""Membership stated with status nouns: "observer status", "dialogue partner", "EU candidate
Moldova", "partner country", "candidate countries A and B", "was upgraded to observer status".
The organisation and the role of the noun are found as for member nouns (:mod:`members`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from alliance_graph.extract import lexicon
from alliance_graph.extract.coordination import companions_of
from alliance_graph.extract.lists import counted_list
from alliance_graph.extract.members import focus_for, member_org, nearest_org, role_token
from alliance_graph.extract.mentions import Mention, MentionIndex
from alliance_graph.extract.syntax import (
    Candidate,
    agents,
    date_like,
    lemma,
    make_candidates,
    merge,
    org_in,
    subjects_of,
    surface_list,
)

#: Verbs that move a state to a new standing: "was upgraded to observer status".
_RAISING_VERBS = {"upgrade", "promote", "elevate", "raise", "move", "downgrade", "demote"}


def status_noun(noun: Token, index: MentionIndex, speaker_agent: Mention | None) -> Iterator[Candidate]:
    """'observer status', 'dialogue partner', 'EU candidate Moldova', 'partner country'."""
    key = lemma(noun)
    relation = lexicon.STATUS_NOUNS[key]
    head = noun.head
    carrier = noun
    if noun.dep_ in {"compound", "amod"} and head.lemma_.lower() in {"status", "country", "state", "nation", "member", "membership"}:
        if head.lemma_.lower() in {"member", "membership"}:
            return  # "observer member", "associate membership": the member noun decides
        carrier = head
    of_status, named_status = None, False
    if carrier.dep_ == "pobj" and carrier.head.lower_ == "of" and carrier.head.head.lemma_.lower() == "status":
        named_status = True
        # "granted the status of SCO dialogue partner", "offered the status of partner country"
        of_status = org_in([c for c in noun.children if c.dep_ == "compound"], index)
        carrier = carrier.head.head
    if relation == "partner" and any(c.dep_ == "poss" and index.at(c) is not None and index.at(c).is_state
                                     for c in carrier.children):
        return  # "Saudi Arabia and the UAE are Qatar's partners": partners of a state, not of the bloc
    if relation == "partner" and key == "partner":
        qualifiers = {c.lower_ for c in carrier.children} | {c.lower_ for c in noun.children}
        joined_as = noun.dep_ == "pobj" and noun.head.lower_ == "as" and lemma(noun.head.head) in {
            "join", "sign", "admit", "accept", "enter", "come"}  # "nine states signed up as partners"
        if carrier is noun and not qualifiers & {"dialogue", "partner", "associate"} and noun.dep_ not in {
                "attr", "appos", "compound"} and role_token(carrier).dep_ not in {"attr", "appos"} and not joined_as:
            return
    small_clause = carrier.dep_ in {"ccomp", "xcomp", "oprd"} and any(c.dep_ == "nsubj" for c in carrier.children)
    listed_after = noun.i + 1 < noun.sent.end and noun.doc[noun.i + 1].text in {"—", "–", ":"}
    named_inside = any(c.dep_ in {"nmod", "compound"} and index.at(c) is not None and index.at(c).is_state for c in noun.children)
    if relation == "candidate" and carrier is noun and noun.dep_ not in {"attr", "appos", "compound", "oprd"} and not (
            noun.dep_ == "pobj" and noun.head.lower_ == "as") and not small_clause and not counted_list(noun, index) and not (
            listed_after or named_inside):
        return  # (but "a queue of seven other candidates: A, B, ...", "the EU's candidates — A, B —", "made A and B candidates")
    if any(c.lower_ in {"potential", "prospective", "would-be", "possible", "future", "aspiring"} for c in noun.children):
        return  # "a potential candidate" has no status yet
    org = of_status or org_in([carrier], index) or member_org(carrier, index) or org_in(
        [g for c in carrier.children if c.dep_ == "prep" and c.lower_ in {"at", "within", "with"} for g in c.children
         if g.dep_ == "pobj"], index)  # "a non-member observer state at the United Nations"
    if org is None and carrier.dep_ in {"dobj", "attr", "nsubjpass"} and carrier.head.pos_ in {"VERB", "AUX"}:
        # "took observer status in the Eurasian Economic Union"
        org = org_in([g for c in carrier.head.children if c.dep_ == "prep" and c.lower_ in {"in", "at", "of", "within", "to", "with"}
                       or c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"], index)  # (or "granted ... by the Pacific Alliance")
    if org is None and (named_status or not any(c.dep_ == "prep" and c.lower_ in {"of", "in", "at", "to", "with"} and any(
            g.dep_ == "pobj" and index.at(g) is None and not date_like(g) for g in c.children) for c in carrier.children)):
        # "Uzbekistan and Cuba hold observer status": the organisation of the sentence, else in focus
        org = nearest_org(noun, index) or focus_for(noun, index)
    if org is None:
        return
    verb = carrier.head
    owners: list[Token] = []
    role = role_token(carrier)
    first = carrier
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    holder = first.head.head if first.dep_ == "pobj" and date_like(first) else first.head
    if first is not carrier and holder.pos_ in {"VERB", "AUX"} and (first.dep_ in {"attr", "oprd"} or holder is not first.head):
        # "was a dialogue partner from 2009 and then an observer from 2015" (the parser may
        # hang the second role on the first one's date)
        owners = subjects_of(holder)
    elif small_clause:
        owners = [c for c in carrier.children if c.dep_ == "nsubj"]  # "the EU made it a candidate in 2022"
    elif role is not carrier and role.dep_ in {"attr", "oprd"} and role.head.pos_ in {"VERB", "AUX"}:
        owners = subjects_of(role.head)  # "Bolivia has been one of Mercosur's associate states"
    elif carrier.dep_ in {"nsubj"} and verb.lemma_.lower() in {"be", "include", "comprise", "number"}:
        owners = [c for c in verb.children if c.dep_ in {"attr", "dobj"}]  # "its dialogue partners include A, B"
    elif carrier.dep_ in {"attr", "oprd", "dobj", "nsubjpass"} and verb.pos_ in {"VERB", "AUX"}:
        recipients = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        if any(c.dep_ == "dative" for c in verb.children):
            owners = [c for c in verb.children if c.dep_ == "dative"]
        elif recipients and verb.lemma_.lower() in lexicon.GAIN_VERBS:
            owners = recipients  # "granted candidate status to Ukraine and Moldova"
        else:
            owners = subjects_of(verb)
        if verb.lemma_.lower() in {"seek", "apply", "request", "want"}:
            relation = "applies" if relation == "candidate" else relation
    elif carrier.dep_ == "appos":
        owners = [carrier.head]
    elif role is not carrier and role.dep_ == "appos":
        owners = [role.head]  # "Australia, one of ASEAN's dialogue partners, ..."
    elif carrier.dep_ == "compound" and index.at(carrier.head) is not None:
        owners = [carrier.head]
    elif carrier.dep_ == "pobj" and carrier.head.lower_ == "with" and lemma(carrier) == "status" and (
            carrier.head.head.pos_ == "VERB" or carrier.head.head.dep_ == "dobj"):
        # "has attended ASEAN meetings with observer status since 2022"
        owners = subjects_of(carrier.head.head if carrier.head.head.pos_ == "VERB" else carrier.head.head.head)
    elif carrier.dep_ == "pobj" and carrier.head.lower_ == "to" and lemma(carrier.head.head) in _RAISING_VERBS:
        governor = carrier.head.head  # "was upgraded to observer status in 2015", "promoted Belarus to full member"
        owners = [c for c in governor.children if c.dep_ == "dobj"] or subjects_of(governor)
    elif carrier.dep_ == "pobj" and carrier.head.lower_ == "as":
        governor = carrier.head.head
        objects = [c for c in governor.children if c.dep_ == "dobj" and index.at(c) is not None and index.at(c).is_state
                   ] if governor.pos_ in {"VERB", "AUX"} else []
        # "the EU recognised Georgia as a candidate country": the object; "joined as an observer": the subject
        owners = objects or (subjects_of(governor) if governor.pos_ in {"VERB", "AUX"} else [])
        if not objects and any(t.ent_type_ == "PERSON" or t.lower_ == "who" for t in owners):
            return  # "a lawmaker who attended the summit as an observer": a person's role, not a state's status
    owners.extend(c for c in carrier.children if c.dep_ in {"appos", "poss"})
    members = [m for m in agents(owners, index, speaker_agent) if m.entity_id != org.entity_id and m.is_state]
    if not members:
        members = _status_owners_by_surface(carrier, index, org)
    elif relation in {"partner", "observer", "candidate"}:  # "one of NATO's Enhanced Opportunities Partners, alongside A and B"
        hosts = [carrier, role, role.head] if role.head.pos_ in {"VERB", "AUX"} else [carrier, role]
        members = merge(members, [m for m in agents([c for h in hosts for c in companions_of(h)], index, speaker_agent)
                                  if m.is_state and m.entity_id != org.entity_id])
    yield from make_candidates(members, relation, org, noun, "status")


def _status_owners_by_surface(carrier: Token, index: MentionIndex, org: Mention) -> list[Mention]:
    """When the parse fails: "Georgia candidate status", "candidate status to Ukraine and
    Moldova", "candidate countries Albania, Montenegro and Serbia"."""
    sent = carrier.sent
    doc = carrier.doc
    found = [m for m in agents([c for c in carrier.children if c.dep_ in {"compound", "nmod"}], index, None)
             if m.is_state]  # "granted Ukraine and Moldova candidate status"
    nxt = carrier.i + 1
    if nxt < sent.end and doc[nxt].lower_ in {"to", "for"}:
        found += surface_list(nxt, sent, index)
    elif carrier.tag_ == "NNS":
        found += surface_list(carrier.i, sent, index)  # "13 partner countries, including Algeria and Bolivia"
    colon = next((t for t in doc[carrier.i + 1: sent.end] if t.text == ":"), None)
    if not found and colon is not None:  # "nine states had signed up as partners: Belarus, Bolivia, ..."
        found += surface_list(colon.i, sent, index)
    if not found:  # "13 countries were offered the status of partner country, including Algeria and Cuba"
        heads = {carrier.i, carrier.head.i} | {c.i for c in carrier.head.children if c.dep_ in {"nsubj", "nsubjpass"}}
        for token in sent:
            if token.lower_ == "including" and token.head.i in heads:
                found += surface_list(token.i, sent, index)
    return [m for m in {m.entity_id: m for m in found}.values() if m.entity_id != org.entity_id]
