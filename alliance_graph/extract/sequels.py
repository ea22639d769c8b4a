"""Changes told by reference to another one told just before.

* "Burundi left the ICC in 2017, and the Philippines followed in 2019", "Finland joined in
  2023, followed by Sweden in 2024" (:func:`followers`);
* "and so did the Philippines", "as did Sweden", "Nor has Israel.", "did the same"
  (:func:`echoes`);
* "quit ECCAS in 2007 ... and rejoined the bloc in 2016": the organisation a state comes
  back to is the one it left (:func:`rejoined_where_left`);
* "Fiji was suspended in May 2009 ..., and the forum lifted the suspension in October 2014":
  the suspension lifted is the one just told (:func:`lifted_suspensions`);
* "Mongolia has held that status since 2004": the status told last (:func:`same_status`);
* "announced its exit in November 2021; the withdrawal took effect in November 2023": the
  change told last, now in force (:func:`in_force`).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from alliance_graph.extract import lexicon
from alliance_graph.extract.coordination import with_gapped
from alliance_graph.extract.dating import put_in_force
from alliance_graph.extract.mentions import MentionIndex
from alliance_graph.extract.syntax import Candidate, agents, is_passive, lemma, subjects_of, surface_list

_CHANGES = {"joins", "leaves", "suspends", "suspended_by", "expelled", "readmitted", "applies"}


def followers(sent: Span, index: MentionIndex, earlier: list[Candidate]) -> list[Candidate]:
    """'Burundi left the court in 2017, and the Philippines followed in 2019': the state that
    followed (suit) made the same change as the clause before it."""
    found: list[Candidate] = []
    for token in sent:
        if token.pos_ != "VERB" or lemma(token) != "follow":
            continue
        followed_by = [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if followed_by or is_passive(token):
            # "Finland joined in 2023, followed by Sweden in 2024": the agent repeats the change
            # of the clause it hangs from; "Benin topped the ballot, followed by the Gambia" is
            # a ranking (no change to repeat)
            model = next((c for c in earlier if c.trigger.i == token.head.i and c.relation in _CHANGES and c.kind != "status"), None)
            if model is None or token.dep_ not in {"advcl", "acl"}:
                continue
            for member in agents(followed_by, index, None):
                if member.is_state and member.entity_id != model.member.entity_id:
                    found.append(Candidate(member, model.relation, model.org, token, "verb"))
            continue
        objects = [c for c in token.children if c.dep_ == "dobj"]
        if any(o.lower_ not in {"suit", "example", "lead"} for o in objects):
            continue  # "followed the talks closely"
        before = [c for c in earlier if c.trigger.i < token.i and token.i - c.trigger.i < 80 and (
                  c.relation in _CHANGES and c.kind != "status" or c.relation in {"partner", "observer", "candidate"})]
        if not before:
            continue
        model = before[-1]
        for member in agents(subjects_of(token), index, None):
            if member.is_state and member.entity_id != model.member.entity_id:
                found.append(Candidate(member, model.relation, model.org, token, "verb"))
    found += _following(sent, index, earlier)
    return with_gapped(found, index)  # "Mexico followed in 1993 and Chile in 1994"


def _following(sent: Span, index: MentionIndex, earlier: list[Candidate]) -> list[Candidate]:
    """'Mali left the ICC in 2025, following Burundi in 2017 and the Philippines in 2019': the
    states after "following" made the same change earlier, each at the date beside it."""
    found: list[Candidate] = []
    doc = sent.doc
    for token in sent:
        if token.lower_ != "following" or token.dep_ not in {"prep", "advcl", "acl"}:
            continue
        model = next((c for c in reversed(earlier) if sent.start <= c.trigger.i < token.i and c.relation in _CHANGES
                      and (c.kind != "status" or c.relation == "joins")), None)
        if model is None:
            continue
        objects = [c for c in token.children if c.dep_ in {"pobj", "dobj"}]
        listed = {m.entity_id: m for m in [*agents(objects, index, None), *surface_list(token.i, sent, index)]}
        for member in listed.values():  # (the surface too: the parse hangs "and the Philippines" on "2017")
            if not member.is_state or member.via != "name" or member.entity_id in {model.member.entity_id, model.org.entity_id}:
                continue
            after = member.end  # the date after it, or after the states it is listed with ("Nepal and Cambodia in 2004")
            while after < sent.end and (doc[after].lower_ in {"and", "the", ","} or (
                    index.at(doc[after]) is not None and index.at(doc[after]).is_state)):
                after += 1
            after = after + 1 if after < sent.end and doc[after].lower_ in {"in", "on"} else after
            date = next((e for e in sent.ents if e.label_ == "DATE" and e.start == after), None)
            found.append(Candidate(member, model.relation, model.org, token, "verb", None, date))
    return found


#: Words that make an auxiliary repeat the clause before it: "and so did the Philippines",
#: "as did Sweden", "nor did Israel", "Neither has Russia."
_ECHO_WORDS = {"so", "as", "nor", "neither"}  # and after it: "Sweden did so", "did the same", "did too"


def echoes(sent: Span, index: MentionIndex, earlier: list[Candidate]) -> list[Candidate]:
    """'Burundi left the ICC in 2017, and so did the Philippines in 2019', 'The United States
    never joined the court, and nor did Israel, Russia or China': the states of the bare
    auxiliary made the change told just before (denied after "nor"/"neither")."""
    found: list[Candidate] = []
    doc = sent.doc
    for token in sent:
        if lemma(token) not in {"do", "have", "be"} or token.dep_ not in {"conj", "advcl", "ROOT"}:
            continue
        after = doc[token.i + 1] if token.i + 1 < sent.end else None
        same = after is not None and (after.lower_ in {"so", "likewise", "too"} or (
            after.lower_ == "the" and token.i + 2 < sent.end and doc[token.i + 2].lower_ == "same"))
        before = [doc[i] for i in range(max(sent.start, token.i - 2), token.i)]
        markers = {t.lower_ for t in before} & _ECHO_WORDS
        # "and neither has Israel": the parse takes the inverted subject for an object
        inverted = [c for c in token.children if c.dep_ == "dobj" and c.left_edge.i == token.i + 1 and markers
                    and index.at(c) is not None and index.at(c).is_state]
        if any(c.dep_ in {"dobj", "xcomp", "ccomp", "acomp", "attr"} and c.i > token.i and c.lemma_.lower() != "same"
               and c not in inverted for c in token.children):
            continue  # "so did the talks", "did the same", but not "did the work", "has a seat"
        if not markers and not same:
            continue
        model = next((c for c in reversed(earlier) if c.trigger.i < token.i and token.i - c.trigger.i < 60 and (
                      c.kind != "status" and c.relation in _CHANGES | {"founds", "member"}
                      or c.trigger.sent.start == sent.start)), None)  # "holds observer status, as do A and B"
        if model is None:
            continue
        subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"} and (c.i > token.i or same)] + inverted
        denied = "denied" if markers & {"nor", "neither"} and not any(
            c.lower_ == "neither" and c.dep_ in {"preconj", "det"} for c in token.children) else None  # (that one negates already)
        for member in agents(subjects, index, None):
            if member.is_state and member.entity_id not in {model.member.entity_id, model.org.entity_id}:
                found.append(Candidate(member, model.relation, model.org, token, "verb", denied))
    return found


def spell_origins(sent: Span, index: MentionIndex, told: list[Candidate]) -> list[Candidate]:
    """'voted to readmit Syria, ending a suspension that began in November 2011', 'lifted the
    suspension it had imposed on Gabon after the 2023 coup', 'expelled Russia, ending a
    membership that began in 1996': the spell ended is an event of its own, dated by the clause
    that tells when it began (``told``: this sentence's candidates, whose readmissions,
    expulsions and exits say whose spell it was)."""
    found: list[Candidate] = []
    for noun in sent:
        word = lemma(noun)
        if word in lexicon.EXCLUSION_NOUNS and lemma(noun.head) in lexicon.LIFTING_VERBS:
            relation, enders = ("suspended_by" if word == "suspension" else "expelled"), {"readmitted"}
        elif word == "membership" and lemma(noun.head) in {"end", "terminate"} and not any(c.dep_ == "poss" for c in noun.children):
            relation, enders = "joins", {"expelled", "leaves"}
        else:
            continue
        clauses = [c for c in noun.children if c.dep_ in {"relcl", "acl"} or (c.dep_ == "prep" and c.lower_ in {"since", "from"})]
        date = next((e for e in sent.ents if e.label_ == "DATE" and any(e.start >= c.left_edge.i and e.end <= c.right_edge.i + 1
                                                                          for c in clauses)
                     and any(t.like_num and len(t.text) == 4 for t in e)), None)  # a year, not "more than a decade ago"
        if date is None:
            continue
        named = {m.entity_id for c in clauses for t in c.subtree if (m := index.at(t)) is not None and m.is_state}
        for ending in (c for c in told if c.relation in enders):
            if not named or ending.member.entity_id in named:  # "imposed on the island in 2009": that state's
                found.append(Candidate(ending.member, relation, ending.org, noun, "noun", "asserted", date))
    return found


#: Verbs that give, gain or keep a status named only as "that status" or "the same status".
_STATUS_VERBS = (lexicon.GAIN_VERBS | lexicon.HOLD_VERBS | {"take", "upgrade", "elevate", "raise"}) - {"be"}


def same_status(sent: Span, index: MentionIndex, earlier: list[Candidate]) -> list[Candidate]:
    """'Mongolia has held that status since 2004', 'Bosnia was given the same status in
    December 2022', 'India, which gained the status in 2007': the status is the observer,
    partner or candidate status told last (in this sentence or the ones before)."""
    found: list[Candidate] = []
    for noun in sent:
        if lemma(noun) != "status" or not any(
                c.lower_ in {"that", "this", "same"} or (c.lower_ == "the" and c.dep_ == "det") for c in noun.children):
            continue
        if any(c.dep_ in {"compound", "amod", "prep", "poss"} and c.lower_ != "same" for c in noun.children):
            continue  # "observer status", "the status of partner", "its status": the noun says which
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "to" else noun.head
        if lemma(verb) not in _STATUS_VERBS or (noun.dep_ == "pobj" and lemma(verb) not in {"upgrade", "elevate", "raise"}):
            continue
        model = next((c for c in reversed(earlier) if c.relation in {"observer", "partner", "candidate"}
                      and c.trigger.i < noun.i and noun.i - c.trigger.i < 200), None)
        if model is None:
            continue
        datives = [c for c in verb.children if c.dep_ == "dative"]
        objects = [c for c in verb.children if c.dep_ == "dobj"] if noun.dep_ == "pobj" else []
        owners = datives or objects or subjects_of(verb)  # "upgraded Palestine to that status", "was upgraded to it"
        for member in agents(owners, index, None):
            if member.is_state and member.entity_id != model.org.entity_id:
                found.append(Candidate(member, model.relation, model.org, noun, "status"))
    return found


#: Changes whose organisation a state can come back to.
_LEFT = {"leaves", "suspends", "suspended_by", "expelled"}


def rejoined_where_left(candidates: list[Candidate], earlier: list[Candidate]) -> list[Candidate]:
    """A return to an organisation named only as "the bloc" or "it" is a return to the one the
    same state was told to have left, suspended or been expelled from (when that one is not
    the organisation the reference picked)."""
    result: list[Candidate] = []
    for candidate in candidates:
        if candidate.relation == "readmitted" and candidate.org.via in {"anaphor", "pronoun"}:
            left = next((c.org for c in reversed(earlier) if c.relation in _LEFT and c.trigger.i < candidate.trigger.i
                         and c.member.entity_id == candidate.member.entity_id and not c.org.is_state), None)
            if left is not None and left.entity_id != candidate.org.entity_id and not any(
                    c.relation in {"leaves", "expelled"} and c.org.entity_id == candidate.org.entity_id
                    and c.member.entity_id == candidate.member.entity_id for c in earlier):
                candidate = replace(candidate, org=left)
        result.append(candidate)
    return result


def lifted_suspensions(sent: Span, index: MentionIndex, earlier: list[Candidate], told: list[Candidate]) -> list[Candidate]:
    """'the forum lifted the suspension in October 2014', 'The suspension was lifted in 2014':
    a suspension named without its member is the last one told (``earlier``), and lifting it
    readmits that member (unless ``told``, this sentence's candidates, already say so)."""
    found: list[Candidate] = []
    for noun in sent:
        if lemma(noun) not in lexicon.EXCLUSION_NOUNS or noun.dep_ not in {"dobj", "nsubjpass"}:
            continue
        if lemma(noun.head) not in lexicon.LIFTING_VERBS or any(c.dep_ in {"poss", "prep", "relcl", "acl"} for c in noun.children):
            continue  # "lifted Mali's suspension", "the suspension of Guinea", "the suspension it had imposed on Gabon"
        model = next((c for c in reversed(earlier) if c.relation in {"suspended_by", "expelled"}
                      and c.trigger.i < noun.i and noun.i - c.trigger.i < 150), None)
        if model is None or any(c.member.entity_id == model.member.entity_id and c.relation == "readmitted" for c in told):
            continue
        found.append(Candidate(model.member, "readmitted", model.org, noun, "noun"))
    return found


def in_force(sent: Span, earlier: list[Candidate]) -> list[Candidate]:
    """'Nicaragua announced its exit from the OAS in 2021; the withdrawal took effect in 2023':
    a change named by a bare noun ("the withdrawal", "the exit") that came into force is the
    change told last with that relation, now done, dated by its own clause."""
    found: list[Candidate] = []
    for noun in sent:
        relation = lexicon.NOUN_RELATIONS.get(lemma(noun))
        if relation not in {"joins", "leaves", "readmitted"}:
            continue
        if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in noun.children) or any(
                c.dep_ in {"poss", "compound", "prep"} for c in noun.children):
            continue  # "Its withdrawal", "the withdrawal of Mali" name their own member
        verb = put_in_force(noun)
        if verb is None:
            continue  # (not "the withdrawal takes effect next year": still ahead)
        model = next((c for c in reversed(earlier) if c.relation == relation and c.trigger.i < noun.i
                      and noun.i - c.trigger.i < 80), None)
        if model is not None:
            found.append(Candidate(model.member, relation, model.org, verb, "verb", "asserted"))
    return found

