"""Membership stated with nouns: "member", status nouns and lists of members.

* "member": copulas ("is a member of"), "become" ("became the 31st member"), appositions
  ("A and B, both members of X"), compounds ("NATO-member Norway", "EU members Poland and
  Hungary"), lists ("its five member states — A, B, C"), "founders";
* "membership" under verbs of gaining, holding or losing it.

Status nouns ("observer status", "dialogue partner") are read in :mod:`statuses`, with the
helpers below that find a noun's organisation and role. Lists that no member noun heads (a
dash after an organisation, a counted noun and its colon list) are read in :mod:`lists`.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from alliance_graph.extract import lexicon
from alliance_graph.extract.coordination import companions_of, coordinated_orgs, partner_states
from alliance_graph.extract.lists import counted_list
from alliance_graph.extract.mentions import Mention, MentionIndex, describes_member
from alliance_graph.extract.syntax import (
    APPLY_NOUNS,
    EXPLICIT_ORG_LEMMAS,
    Candidate,
    agents,
    applied_for,
    date_like,
    governing_subjects,
    has_particle,
    is_passive,
    lemma,
    make_candidates,
    merge,
    org_in,
    subjects_of,
    surface_list,
    under_topic_noun,
)


def membership_noun(noun: Token, index: MentionIndex, speaker_agent: Mention | None) -> Iterator[Candidate]:
    """'was granted membership', 'Finland's membership of NATO', 'NATO membership bid'."""
    if under_topic_noun(noun):
        return
    head = noun.head
    head_lemma = head.lemma_.lower()
    org = org_in([noun], index)
    if org is None and lemma(noun) == "seat" and noun.dep_ == "dobj":  # "keeps its seat | in the G7"
        org = org_in([g for c in head.children if c.dep_ == "prep" and c.lower_ in {"in", "on", "at"}
                      for g in c.children if g.dep_ == "pobj"], index)
    if org is None and noun.dep_ == "pobj" and head.lower_ == "of" and lemma(head.head) in {"strip", "deprive"}:
        org = index.focus(noun.i, kind="organization")  # "Russia was stripped of its membership" (of the one in focus)
    if org is None:
        return
    # "Ukraine's NATO membership bid", "application for EU membership": handled by the bid noun.
    if noun.dep_ == "compound" and head_lemma in set(lexicon.NOUN_RELATIONS) | APPLY_NOUNS:
        if head_lemma in lexicon.NOUN_RELATIONS:
            return
        members = [m for m in agents([c for c in head.children if c.dep_ == "poss"] or governing_subjects(head), index, speaker_agent) if m.is_state]
        yield from make_candidates(members, "applies", org, noun, "noun")
        return
    if noun.dep_ == "pobj" and head.head.lemma_.lower() in set(lexicon.NOUN_RELATIONS) | APPLY_NOUNS | {"apply", "bid", "seek", "push", "campaign"}:
        owner = head.head
        if owner.lemma_.lower() in lexicon.NOUN_RELATIONS:
            return
        members = [m for m in agents([c for c in owner.children if c.dep_ in {"poss", "nsubj"}] or subjects_of(owner) or governing_subjects(owner), index, speaker_agent) if m.is_state]
        yield from make_candidates(members, "applies", org, noun, "noun")
        return
    poss = [c for c in noun.children if c.dep_ == "poss"]
    if noun.dep_ == "pobj" and head.lower_ == "of" and lemma(head.head) in {"strip", "deprive"}:
        # "Russia was stripped of its membership": the owner is the verb's subject
        members = [m for m in agents(subjects_of(head.head), index, speaker_agent) if m.is_state]
        yield from make_candidates(members, "expelled", org, head.head, "verb")  # the stripping is the act: its date
        return
    if noun.dep_ == "nsubj" and poss and (
            head_lemma in {"begin", "start", "commence"}
            or (head_lemma == "take" and any(c.lower_ == "effect" for c in head.children))
            or (head_lemma == "become" and any(c.lower_ in {"effective", "official"} for c in head.children))):
        members = [m for m in agents(poss, index, speaker_agent) if m.is_state]
        yield from make_candidates(members, "joins", org, noun, "noun")  # "Croatia's membership took effect"
        return
    if noun.dep_ in {"dobj", "nsubjpass"} and head.pos_ in {"VERB", "AUX"}:
        verb_lemma = head_lemma
        if verb_lemma in lexicon.VERB_FRAMES:
            return  # "suspended its membership": the verb is the trigger
        subjects = subjects_of(head)
        if verb_lemma in lexicon.GAIN_VERBS:
            owners = [c for c in noun.children if c.dep_ == "poss"] or subjects
            if is_passive(head):
                owners = subjects
            elif any(c.dep_ == "dative" for c in head.children):
                owners = [c for c in head.children if c.dep_ == "dative"]
            members = [m for m in agents(owners, index, speaker_agent) if m.is_state]
            yield from make_candidates(members, "joins", org, noun, "noun")
            return
        if verb_lemma in {"lose", "give", "surrender", "forfeit", "relinquish", "revoke", "strip", "cancel", "terminate", "end"}:
            owners = poss or subjects
            relation = "expelled" if verb_lemma in {"revoke", "strip", "cancel", "terminate"} else "leaves"
            members = [m for m in agents(owners, index, speaker_agent) if m.is_state]
            yield from make_candidates(members, relation, org, noun, "noun")
            return
        if verb_lemma in lexicon.BLOCK_VERBS | lexicon.APPROVAL_VERBS and (poss or _is_passive_head(head)):
            # "Sweden's membership was blocked by Turkey" (a bid); "... was approved" (a coming accession)
            owners = poss or [c for c in noun.children if c.dep_ == "poss"]
            members = [m for m in agents(owners, index, speaker_agent) if m.is_state]
            blocked = verb_lemma in lexicon.BLOCK_VERBS
            yield from make_candidates(members, "applies" if blocked else "joins", org, noun, "noun",
                                       None if blocked else "announced")
            return
        if verb_lemma in lexicon.HOLD_VERBS:
            members = [m for m in agents(poss, index, speaker_agent) if m.is_state] or [
                m for m in agents(subjects, index, speaker_agent) if m.is_state]
            yield from make_candidates(members, "member", org, noun, "noun")
            for other, _ in coordinated_orgs(org, noun, index):  # "keeps its seats in the G7 and G20"
                yield from make_candidates(members, "member", other, noun, "noun")
        return
    if poss and org is not None:
        members = [m for m in agents(poss, index, speaker_agent) if m.is_state]
        colon = next((t for t in noun.doc[noun.i + 1: noun.sent.end] if t.text == ":"), None)
        if not members and colon is not None and not any(index.at(c) is not None and index.at(c).is_state for c in poss):
            # "The bloc's membership now stands at nine: Brazil, Russia, ..."
            members = [m for m in surface_list(colon.i, noun.sent, index) if m.entity_id != org.entity_id]
            members = members if len(members) >= 2 else []
        yield from make_candidates(members, "member", org, noun, "noun")


#: Words that pick one member out of the rest ("the first EU member to leave the ICC").
_RANKING_WORDS = {"first", "second", "third", "last", "only", "latest", "next", "sole"}


def member_noun(noun: Token, index: MentionIndex, speaker_agent: Mention | None) -> Iterator[Candidate]:
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
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if noun.dep_ in {"conj", "amod"} and following is not None and following in noun.ancestors:
        head = following  # "the 20th and 21st member states of ...": the parse hangs "member" on "20th"
    if noun.dep_ in {"compound", "conj", "amod"} and head.lemma_.lower() in {"state", "country", "nation", "government", "economy"}:
        carrier = head
        modifiers |= {c.lower_ for c in head.children if c.dep_ in {"amod", "compound"}}
    org = member_org(carrier, index)
    if org is None and carrier.dep_ in {"attr", "oprd"}:
        # the parser hangs "of/to X" on the verb: "became the 125th state party | to the ICC"
        org = org_in([g for c in carrier.head.children if c.dep_ == "prep" and c.i > carrier.i
                      and c.lower_ in {"of", "to", "in"} for g in c.children if g.dep_ == "pobj"], index)
    state_party = lemma(noun) == "party" and any(c.lemma_.lower() == "state" and c.dep_ in {"compound", "amod", "nmod"} for c in noun.children)
    if lemma(noun) in EXPLICIT_ORG_LEMMAS and org is None and not state_party:
        return  # ("a state party" is a party to the court or treaty in focus: "Armenia became a state party in 2024")
    if carrier.dep_ == "pobj" and carrier.head.lower_ == "with" and lemma(carrier.head.head) in lexicon.STARTING_VERBS:
        return  # "founded in 1949 with 12 members: A, B, ...": founders (see phrasal)
    members_tokens: list[Token] = []
    role = role_token(carrier)
    verb = role.head
    if (role.dep_ in {"attr", "oprd"} or role.lower_ == "among") and verb.pos_ in {"VERB", "AUX"}:
        # "X is a member of Y" / "X became the 31st member of NATO" / "X was among the founders"
        members_tokens = subjects_of(verb)
        if role.lower_ == "among" and lemma(verb) in {"count", "number", "list", "include", "rank"}:
            # "The bloc counts Brazil, Russia and India among its members"
            members_tokens = [c for c in verb.children if c.dep_ == "dobj"] or members_tokens
        elif role.lower_ == "among" and (with_named := _with_states(verb, role, index)):
            members_tokens = with_named  # "born in Belgrade in 1961 with India, Egypt and Ghana among its founding members"
        if verb.lemma_.lower() in lexicon.BECOME_VERBS and relation == "member":
            relation = "applies" if applied_for(verb) else "joins"
            infinitives = [c for c in [*carrier.children, *verb.children] if c.dep_ in {"acl", "relcl", "xcomp", "advcl"}
                           and c.i > carrier.i and any(g.lower_ == "to" and g.dep_ == "aux" for g in c.children)]
            ranked = any(c.lower_ in _RANKING_WORDS or c.ent_type_ == "ORDINAL" for c in carrier.children if c.dep_ in {"amod", "advmod"})
            clauses = [c for c in carrier.children if c.dep_ in {"acl", "relcl"} and c not in infinitives
                       and not any(g.lower_ in {"when", "where", "after"} for g in c.children)]
            if (infinitives and ranked) or clauses:
                relation = "member"  # "becoming the first EU member to leave the ICC": which member, not an entry
        elif relation == "member" and lemma(verb) == "be" and any(c.lower_ == "now" for c in verb.children) and any(
                c.ent_type_ == "ORDINAL" and c.lower_ not in _RANKING_WORDS for c in carrier.children if c.dep_ == "amod"):
            relation = "joins"  # "Sweden is now the 32nd member": it has just joined
        elif verb.lemma_.lower() in lexicon.BECOME_VERBS and relation == "founds" and applied_for(verb):
            relation = "applies"  # "applied to become a founding member of the AIIB"
    elif role.dep_ in {"ccomp", "xcomp", "oprd"} and any(c.dep_ == "nsubj" for c in role.children):
        # a small clause: "the move makes Sweden the 32nd member of the alliance"
        members_tokens = [c for c in role.children if c.dep_ == "nsubj"]
        if lemma(verb) in lexicon.BECOME_VERBS and relation == "member":
            relation = "joins"
    elif role.dep_ == "appos":
        # "A and B, both members of X", "Kenya, one of the founding members" (or the group "both" stands for)
        members_tokens = [carrier] if carrier.i in index.groups and index.at(role.head) is None else [role.head]
    elif carrier.dep_ == "conj" and any(c.dep_ == "det" and c.lower_ in {"both", "all"} for c in carrier.children) and (
            index.at(carrier.head) is not None):
        members_tokens = [carrier.head]  # parsed as a third conjunct: "Cameroon and Equatorial Guinea, both members of ECCAS"
        while members_tokens[0].dep_ == "conj" and members_tokens[0].head.i != members_tokens[0].i:
            members_tokens = [members_tokens[0].head]
    elif carrier.dep_ in {"nsubj", "nsubjpass"} and any(c.dep_ == "det" and c.lower_ in {"both", "all"} for c in carrier.children):
        # parsed as two subjects: "Algeria and South Africa, both members of the AU, argued"
        members_tokens = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < carrier.i]
        edge = carrier.left_edge.i
        if not members_tokens and edge >= 2 and noun.doc[edge - 1].text == ",":
            named = noun.doc[edge - 2]  # "Worth remembering: Finland and Sweden, both members of the EU, applied"
            while named.dep_ == "conj" and named.head.i != named.i:
                named = named.head
            members_tokens = [named] if index.at(named) is not None else []
    elif carrier.dep_ == "nsubj" and carrier.left_edge.i == carrier.sent.start and any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.i > carrier.i and index.at(c) is not None for c in verb.children):
        # a fronted aside parsed as a second subject: "A founding member of ECOWAS in 1975, Mauritania withdrew"
        members_tokens = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > carrier.i]
    elif carrier.dep_ == "compound" and index.at(carrier.head) is not None:
        # "NATO member Turkey", "NATO-member Norway" (not "... and neutral Switzerland" after it)
        labelled = index.at(carrier.head)
        members = [labelled] if labelled.entity_id != (org.entity_id if org else None) else []
        if org is not None and members and labelled.is_state:
            yield from make_candidates(members, relation, org, noun, "member")
            return
        members_tokens = [carrier.head]
    elif carrier.dep_ == "pobj" and carrier.head.lower_ == "like" and role.dep_ == "pobj":
        # "Kuwait, like the other five members, signed": the state compared is a member too
        anchor = carrier.head.head
        members_tokens = [anchor] if index.at(anchor) is not None else subjects_of(anchor) if anchor.pos_ in {"VERB", "AUX"} else []
    elif carrier.dep_ == "pobj" and carrier.head.lower_ == "of" and carrier.head.dep_ == "prep" and (
            carrier.head.head.pos_ in {"VERB", "AUX"}) and carrier.head.i < carrier.head.head.i:
        members_tokens = subjects_of(carrier.head.head)  # "Of the EU's 27 members, only Cyprus and Ireland ..."
    elif carrier.dep_ == "pobj" and carrier.head.lower_ == "as" and verb.head.pos_ in {"VERB", "AUX"}:
        governor = verb.head
        frame = lexicon.VERB_FRAMES.get(lemma(governor))
        taking_part = lemma(governor) == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in governor.children)
        if frame is not None and (not frame.needs_particle or has_particle(governor, frame.needs_particle)) and (
                relation == "member" and not taking_part):
            return  # "joined as a member", "was admitted as a member": the verb is the trigger
        objects = [c for c in governor.children if c.dep_ == "dobj" and not (taking_part and c.lower_ == "part")]
        if objects:  # "the alliance welcomed Sweden as its 32nd member"
            members_tokens = objects
            if relation == "member" and (lemma(governor) in {"welcome", "accept", "admit", "induct", "receive"} or (
                    lemma(governor) == "take" and any(c.lower_ == "in" and c.dep_ in {"prt", "prep", "advmod"} for c in governor.children))):
                relation = "joins"  # "welcomed Sweden as its 32nd member", "took the new state in as its 54th member"
        elif with_named := _with_states(governor, carrier, index):
            members_tokens = with_named  # "born in Belgrade in 1961 with India, Egypt and Ghana as its founders"
        else:  # "Kenya takes part as a full member"
            members_tokens = subjects_of(governor)
            if relation == "member" and is_passive(governor) and lemma(governor) in {"approve", "confirm", "endorse", "accept", "welcome"}:
                relation = "joins"  # "Colombia has been approved as a new member"
    listed = [c for c in carrier.children if c.dep_ in {"appos"}]
    if not listed and carrier.dep_ in {"nsubj", "nsubjpass"} and verb.lemma_.lower() in {"be", "include", "comprise", "number"}:
        listed = [c for c in verb.children if c.dep_ in {"attr", "dobj"}]
        if listed:
            listed += _list_continuations(verb, joiners=relation == "member")  # (who joined later founded nothing)
    members_tokens.extend(listed)
    colon = next((t for t in noun.doc[carrier.i + 1: noun.sent.end] if t.text == ":"), None)
    if (not members_tokens and colon is not None and carrier.dep_ == "dobj"
            and lemma(verb) in {"welcome", "admit", "accept", "induct", "receive", "gain", "add"}):
        # "BRICS welcomed four new members on January 1: Egypt, Ethiopia, Iran and the UAE"
        org = org or next((m for m in agents(subjects_of(verb), index, speaker_agent) if not m.is_state), None)
        members_tokens = [t for t in noun.doc[colon.i + 1: noun.sent.end] if index.at(t) is not None][:1]
        relation = "joins" if relation == "member" else relation
    has_of = any(c.dep_ == "prep" and c.lower_ in {"of", "in"} and not any(date_like(g) for g in c.children)
                 for c in carrier.children)
    counted = [] if members_tokens else counted_list(carrier, index)
    if org is None and (members_tokens or counted) and not has_of:
        if state_party:  # the court or treaty told of before, not one named later in the sentence
            org = index.focus(noun.i, kind="organization", skip=frozenset(range(noun.i, noun.sent.end)))
        else:
            org = nearest_org(noun, index) or focus_for(noun, index)
    if org is None:
        return
    members = [m for m in agents(members_tokens, index, speaker_agent) if m.entity_id != org.entity_id
               and not (m.via == "demonym" and index.doc is not None and index.doc[m.start].tag_ == "NNPS")]
    # ("its members are Haitians chosen by ...": people, not the state)
    if not members_tokens and (carrier.dep_ == "ROOT" or role.dep_ == "ROOT"):
        members = [m for m in index.label_of(noun) if m.entity_id != org.entity_id]  # "ROMANIA: EU member since 2007."
    if relation in {"member", "founds"} and members:
        # "remain members of the WAEMU, alongside Benin, Ivory Coast, Senegal and Togo"; "Brazil, a
        # founding member of BRICS alongside Russia, India and China"
        hosts = ([role.head] if role.head.pos_ in {"VERB", "AUX"} else []) + [carrier] + (
            [noun.doc[org.start: org.end].root] if org.start < noun.sent.end and org.via in {"name", "anaphor"} else [])
        partners = [c for h in hosts for c in companions_of(h)]
        if relation == "member":  # "a member of the Quad with the United States, Japan and Australia"
            partners += [g for h in hosts[-2:] for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
                         for g in c.children if g.dep_ == "pobj"]
        members = merge(members, [m for m in partner_states(partners, index, speaker_agent) if m.entity_id != org.entity_id])
    members = merge(members, [m for m in counted if m.entity_id != org.entity_id])
    after = noun.doc[carrier.i + 1: min(carrier.i + 3, noun.sent.end)]
    named_after = len(after) == 2 and after[0].text == "," and after[1].lower_ in {"among", "including", "namely"}
    if listed or named_after or (carrier.i + 1 < noun.sent.end and noun.doc[carrier.i + 1].text in {"—", "–", ":", "-"}):
        # ("57 prospective founding members, among them China, India and Indonesia")
        members = merge(members, [m for m in surface_list(carrier.i, noun.sent, index) if m.entity_id != org.entity_id])
    elif relation == "joins" and colon is not None and carrier.dep_ == "dobj":
        members = merge(members, [m for m in surface_list(colon.i, noun.sent, index) if m.entity_id != org.entity_id])

    yield from make_candidates(members, relation, org, noun, "member" if not listed else "list")
    if listed and relation in {"member", "founds"}:
        for joined, newcomers in _joined_by(verb):  # "are A and B, joined in January by C": C joined then
            yield from make_candidates([m for m in agents(newcomers, index, speaker_agent) if m.entity_id != org.entity_id],
                                       "joins", org, joined, "list")
    for other, _ in coordinated_orgs(org, noun, index):  # "a member of the African Union and the Arab League"
        yield from make_candidates([m for m in members if m.entity_id != other.entity_id], relation, other, noun,
                                   "member" if not listed else "list")


def _with_states(verb: Token, before: Token, index: MentionIndex) -> list[Token]:
    """States named by a "with" phrase under ``verb`` before token ``before``: "born in 1961
    with India, Egypt and Ghana as its founders / among its founding members"."""
    return [g for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "with" and t.i < before.i
            for g in t.children if g.dep_ == "pobj" and index.at(g) is not None and index.at(g).is_state]


def _list_continuations(verb: Token, *, joiners: bool = True) -> list[Token]:
    """Members added to a copula's list: "are A and B, along with C and D", "are A and B,
    joined in January by C" (with ``joiners``)."""
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in {"along", "with", "plus", "besides"}:
            found += [g for g in child.subtree if g.dep_ == "pobj" and g.head.head in {child, verb} | set(child.children)]
    return found + [g for _, newcomers in _joined_by(verb) for g in newcomers] if joiners else found


def _joined_by(verb: Token) -> list[tuple[Token, list[Token]]]:
    """The "joined by" clauses of a copula's list and who they name: "are A and B, joined in
    January by C and D"."""
    return [(child, [g for c in child.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"])
            for child in verb.children if child.dep_ in {"advcl", "conj"} and lemma(child) == "join"]


_QUANTIFIERS = {"one", "two", "three", "four", "five", "six", "several", "some", "many", "most", "each", "both", "all", "any",
                "last", "first", "only", "latest", "newest"}


def _is_passive_head(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def role_token(carrier: Token) -> Token:
    """The token whose grammatical role says who the members are: "one of the founding
    members" plays the role of "one"; "among the founders" that of "among"."""
    if carrier.dep_ == "pobj" and carrier.head.lower_ == "among":
        return carrier.head
    if carrier.dep_ == "pobj" and carrier.head.lower_ == "of" and carrier.head.head.lower_ in _QUANTIFIERS:
        return carrier.head.head
    first = carrier
    while first.dep_ == "conj" and first.head.pos_ in {"NOUN", "PROPN"} and first.head.i != first.i:
        first = first.head
    if first is not carrier and first.dep_ in {"attr", "oprd"}:
        return first  # "is a founding member of ASEAN and the only Asian member of the G20"
    return carrier


def member_org(noun: Token, index: MentionIndex) -> Mention | None:
    """The organisation of a member noun: "of X", "X's members", "a NATO member", "its members"."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in {"of", "in", "to"}:
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


def focus_for(noun: Token, index: MentionIndex) -> Mention | None:
    """The organisation in focus for a member or status noun that names none, leaving out the
    organisations of later clauses unless the sentence has no other."""
    return (index.focus(noun.i, kind="organization", skip=_later_clauses(noun))
            or index.focus(noun.i, kind="organization"))


def _later_clauses(noun: Token) -> frozenset[int]:
    """Tokens of the subordinate clauses after ``noun``'s clause ("Moscow remains a member
    even though it was kicked out of the Council of Europe"), or of the rest of the sentence
    after an apposition ("Saudi Arabia, another dialogue partner, was invited to join BRICS"):
    their organisations are not the one the member noun is about."""
    aside = role_token(noun)
    if aside.dep_ == "appos":
        return frozenset(range(aside.right_edge.i + 1, noun.sent.end))
    verb = noun
    while verb.dep_ not in {"ROOT", "ccomp", "relcl", "advcl", "conj"} and verb.head.i != verb.i:
        verb = verb.head
    return frozenset(t.i for c in verb.children if c.dep_ in {"advcl", "ccomp"} and c.i > noun.i for t in c.subtree)


def nearest_org(noun: Token, index: MentionIndex) -> Mention | None:
    """The organisation a clause is about: an object of the same verb, else the nearest before."""
    sent = noun.sent
    before = [index.at(t) for t in noun.doc[sent.start: noun.i]]
    orgs = [m for m in before if m is not None and not m.is_state
            and not (describes_member(noun.doc[m.start: m.end].root) and noun.doc[m.start: m.end].root.head != noun)]
    # ("NATO-member Turkey, a dialogue partner for a decade": NATO describes Turkey, not the partnership)
    if orgs:
        return orgs[-1]
    return None
