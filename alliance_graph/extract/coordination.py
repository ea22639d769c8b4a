"""Coordination and companions: the states named "together with" or "alongside" a verb's
subject, organisations coordinated with the verb's own ("joined the EU and NATO in 2004"),
and the date a gapped second organisation carries ("... and the EU three years later, in 2007").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from alliance_graph.extract.mentions import Mention, MentionIndex
from alliance_graph.extract.syntax import Candidate, agents, date_like, surface_list


def companions_of(verb: Token) -> list[Token]:
    """The objects of "alongside", "along with", "together with" on ``verb``."""
    found: list[Token] = []
    # "joined what is now the EU in 1973, together with Ireland": the parse hangs the rest on "is"
    free_relatives = [c for c in verb.children if c.dep_ == "ccomp" and any(g.lower_ == "what" and g.dep_ == "nsubj" for g in c.children)]
    for prep in (p for v in [verb, *free_relatives] for p in v.children):
        if prep.dep_ != "prep":
            continue
        if prep.lower_ == "alongside" or (prep.lower_ == "with" and any(c.lower_ in {"along", "together"} for c in prep.children)):
            found.extend(g for g in prep.children if g.dep_ == "pobj")
        elif prep.lower_ in {"along", "together"}:
            found.extend(g for w in prep.children if w.lower_ == "with" for g in w.children if g.dep_ == "pobj")
    return found


def partner_states(partners: list[Token], index: MentionIndex, speaker_agent: Mention | None) -> list[Mention]:
    """The states that companion words name ("alongside A, B and C"), with those listed after
    them that the parse cut from the list: "alongside Malaysia, the Philippines, Singapore and
    Thailand"."""
    listed = [m for p in partners for m in surface_list(p.head.i, p.sent, index)]
    return [m for m in agents(partners, index, speaker_agent) + listed if m.is_state]


def gapped_date(after: int, sent: Span) -> Span | None:
    """The date told right after token ``after`` ("... and the EU in 2007", "... and the EU
    three years later, in 2007"): the year-bearing one of the first two, else the first."""
    doc = sent.doc
    if after >= sent.end or not (doc[after].lower_ in {"in", "on"} or doc[after].ent_type_ == "DATE"):
        return None
    near = [e for e in sent.ents if e.label_ == "DATE" and after <= e.start <= after + 6]
    near = [e for e in near if all(t.ent_type_ == "DATE" or t.is_punct or t.lower_ in {"in", "on"} for t in doc[after: e.start])][:2]
    return next((e for e in near if any(t.like_num and len(t.text) == 4 for t in e)), near[0] if near else None)


def coordinated_orgs(org: Mention | None, verb: Token, index: MentionIndex) -> list[tuple[Mention, Span | None]]:
    """Organisations coordinated with the verb's own: "joined the EU and NATO in 2004", and
    gapped ones with a date of their own: "joined the EU in 2004 and Schengen in December 2007"."""
    if org is None or org.start < verb.i:
        return []
    doc = verb.doc
    found: list[tuple[Mention, Span | None]] = []
    for token in doc[org.end: verb.sent.end]:
        mention = index.at(token)
        if mention is None or mention.is_state or mention.entity_id == org.entity_id:
            continue
        if token.dep_ == "pobj" and token.head.dep_ == "conj" and token.head.head.dep_ == "prep" and (
                token.head.lower_ == token.head.head.lower_):
            # "a member of the CSTO and of the Eurasian Economic Union": the preposition repeated
            anchor = next((c for c in token.head.head.children if c.dep_ == "pobj"), token)
        elif token.dep_ in {"conj", "appos"}:
            anchor = token.head
        elif token.dep_ == "dobj" and token.head.i == verb.i:
            anchor = verb  # "joined NATO in 2004 and the EU three years later": a second object
        else:
            continue
        while anchor.dep_ in {"conj", "appos"} and anchor.head.i != anchor.i:
            anchor = anchor.head  # ("a member of NATO, the Council of Europe and the OSCE": the parse makes a list an apposition)
        # "joined NATO in 2004 and the EU in 2007": the second object hung on the date or on the verb
        gapped = (anchor.dep_ == "pobj" and date_like(anchor) and anchor.head.head.i == verb.i) or (
            anchor.i == verb.i and token.dep_ in {"conj", "dobj"} and token.head.i == verb.i
            and doc[token.left_edge.i - 1].lower_ in {"and", ","})  # (or as a second object after "and")
        if not org.start <= anchor.i < org.end and not gapped:
            continue
        date = gapped_date(mention.end, verb.sent)
        if gapped and date is None:
            continue  # "in 2004 and Schengen": a second organisation only with a date of its own
        if mention.entity_id not in {m.entity_id for m, _ in found}:
            found.append((mention, date))
    return found


#: Changes a state can make together with others ("applied in May 2022, alongside Helsinki").
_SHARED_CHANGES = {"joins", "leaves", "applies", "suspends", "readmitted", "founds"}


def with_companions(found: list[Candidate], index: MentionIndex) -> list[Candidate]:
    """Add the states named "alongside", "along with" or "together with" a change: "Stockholm
    submitted its application in May 2022, alongside Helsinki"."""
    result = list(found)
    for candidate in found:
        if candidate.kind not in {"verb", "noun", "member"} or candidate.relation not in _SHARED_CHANGES:
            continue  # ("member": "to become members from January 1, alongside Egypt and Iran")
        trigger = candidate.trigger
        hosts = [trigger] + ([trigger.head] if trigger.dep_ in {"dobj", "nsubjpass", "pobj", "attr", "oprd"} else [])
        for member in agents([c for host in hosts for c in companions_of(host)], index, None):
            if member.is_state and member.entity_id != candidate.org.entity_id and not any(
                    c.member.entity_id == member.entity_id and c.trigger.i == trigger.i for c in result):
                result.append(replace(candidate, member=member))
    return result


def with_gapped(found: list[Candidate], index: MentionIndex) -> list[Candidate]:
    """Give each gapped member of a verbal candidate its own date (see :func:`_gapped`),
    adding the members the parse did not attach to the verb at all."""
    result = list(found)
    done: set[int] = set()
    for candidate in found:
        if candidate.kind != "verb" or candidate.trigger.i in done:
            continue
        done.add(candidate.trigger.i)
        gapped = dict(_gapped(candidate.trigger, set(), index))
        if not gapped:
            continue
        seen: set[str] = set()
        for n, other in enumerate(result):
            if other.trigger.i == candidate.trigger.i and other.member.entity_id in gapped:
                result[n] = replace(other, date_hint=gapped[other.member.entity_id][1])
                seen.add(other.member.entity_id)
        for entity_id, (member, date) in gapped.items():
            if entity_id not in seen:
                result.append(Candidate(member, candidate.relation, candidate.org, candidate.trigger, "verb",
                                        candidate.forced_status, date))
    return result


def _gapped(verb: Token, already: set[str], index: MentionIndex) -> Iterator[tuple[str, tuple[Mention, Span]]]:
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
        yield mention.entity_id, (mention, ent)
        partner = index.at(doc[mention.start - 2]) if before.text == "and" and mention.start >= 2 else None
        if partner is not None and partner.is_state and partner.entity_id not in already and partner.start >= 1 and (
                doc[partner.start - 1].text == ","):  # "..., Laos and Myanmar in 1997": the pair shares the date
            already.add(partner.entity_id)
            yield partner.entity_id, (partner, ent)
