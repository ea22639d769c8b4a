"""Members given as a numbered or bulleted list under a header line, or named as "the
others" of a change told just before.

News boxes and explainers write::

    The new members are:

    1. Bulgaria
    2. Estonia

Each item is its own line (a sentence of its own after :mod:`paragraphs`), so no parse links
the states to the header. The header says what the list is (its relation and organisation);
the items say who.

Also here, lists inside a sentence that the parse does not attach: a counted noun and the
colon list after it ("The five founding members signed ... in 1967: A, B, C, D and E",
:func:`counted_list`) and an organisation followed by a dash and its members ("The G7 - the
US, Japan, ... -", :func:`dash_lists`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from alliance_graph.extract.dates import count_of
from alliance_graph.extract.mentions import Mention, MentionIndex, expand_group, mentions_of
from alliance_graph.extract.syntax import (
    Candidate,
    is_spaced_hyphen,
    lemma,
    make_candidates,
    outside_brackets,
    starts_line,
    surface_list,
)

_MARKER = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*\u2022\u2013\u2014])\s+")
_RELATION_WORDS = (
    ("founds", {"found", "founder", "founding", "original", "signatory", "establish", "create", "cofounder"}),
    ("joins", {"new", "newest", "newcomer", "join", "admit", "accede", "invitee"}),
    ("suspended_by", {"suspend", "suspended", "suspension"}),
    ("readmitted", {"readmit", "readmitted", "rejoin", "rejoined", "reinstate", "reinstated"}),
    ("leaves", {"leave", "left", "withdraw", "withdrawn", "withdrew", "quit", "exit", "exited", "departure", "withdrawal"}),
    ("expelled", {"expel", "expelled"}),
    ("observer", {"observer"}),
    ("partner", {"partner", "associate"}),
    ("candidate", {"candidate"}),
    ("member", {"member", "membership", "state", "country", "nation", "include", "comprise"}),
)


def _cue_words(span: Span) -> set[str]:
    """The span's words, as lemmas and as written, to look up in `_RELATION_WORDS`."""
    return {lemma(t) for t in span} | {t.lower_ for t in span}


def _cued_relation(words: set[str]) -> str | None:
    """The first relation whose cue words the set holds ("Founding members" -> "founds")."""
    return next((rel for rel, cues in _RELATION_WORDS if words & cues), None)


def list_candidates(header: Span, before: Span | None, index: MentionIndex,
                    nearby: list[Candidate]) -> dict[int, list[tuple[Span, Candidate]]]:
    """Candidates for the items listed under ``header`` (a sentence ending with a colon),
    keyed by the start token of the sentence each item line begins, with the item line
    itself (the parser may cut "8. the Soviet Union" after "8.").

    ``nearby`` are the candidates of the header and the sentence before it: a header without
    words of its own ("The other six were:") takes the relation told just before.
    """
    if not header.text.rstrip().endswith(":"):
        return {}
    items = _item_lines(header)
    if not items:
        return {}
    model = _list_model(header, before, index, nearby)
    if model is None:
        return {}
    relation, org, date_hint = model
    found: dict[int, list[tuple[Span, Candidate]]] = {}
    for item in items:
        told: list[tuple[Span, Candidate]] = []
        year = _item_date(item)
        founders = any(lemma(t) in {"founder", "founding", "found", "cofounder"} for t in item)
        for member in _item_states(item, index):
            if member.entity_id == org.entity_id:
                continue
            # an item's own date is its change's ("- Qatar quit in January 2019"), else the header's
            told.append((item, Candidate(member, relation, org, item[0], "list", None,
                                         (year if relation != "member" else None) or date_hint)))
            if relation == "member" and founders:  # "- Kenya, Tanzania and Uganda: founders"
                told.append((item, Candidate(member, "founds", org, item[0], "list", None, year)))
            elif relation == "member" and year is not None:  # "- Rwanda and Burundi: 2007" under "... and when they came in:"
                told.append((item, Candidate(member, "joins", org, item[0], "list", None, year)))
        if told:
            found[item[0].sent.start] = told
    return found


def _item_states(item: Span, index: MentionIndex) -> list[Mention]:
    """The states an item line names before its colon: "- Rwanda and Burundi: 2007",
    "8. the Soviet Union" (a line that opens with anything else names none)."""
    first = _first_state(item, index)
    if first is None:
        return []
    colon = next((t.i for t in item if t.text == ":"), item.end)
    states = [m for m in mentions_of([t for t in item if t.i < colon], index) if m.is_state]
    return states or [first]


def _item_date(item: Span) -> Span | None:
    """A year an item line gives its state ("- South Sudan: 2016")."""
    found = next((e for e in item.doc.ents if e.label_ == "DATE" and item.start <= e.start < item.end
                  and any(t.like_num and len(t.text) == 4 for t in e)), None)
    return found or _bare_year(item)  # the tagger may call a bare "2016" a number


def _item_lines(header: Span) -> list[Span]:
    """The marked lines ("1. Iraq", "- Estonia") right below a header, as spans of one line each."""
    doc = header.doc
    text = doc.text
    offset = header.end_char
    lines: list[Span] = []
    while offset < len(text):
        end = text.find("\n", offset)
        end = len(text) if end < 0 else end
        line = text[offset:end]
        if line.strip():
            if not _MARKER.match(line):
                break
            start = offset + len(line) - len(line.lstrip())
            span = doc.char_span(start, offset + len(line.rstrip()), alignment_mode="expand")
            if span is not None and len(span):
                lines.append(span)
        elif lines:
            break  # a blank line after the items ends the list
        offset = end + 1
    return lines


def _list_model(header: Span, before: Span | None, index: MentionIndex,
                nearby: list[Candidate]) -> tuple[str, Mention, Span | None] | None:
    """(relation, organisation, date) of the list a header introduces."""
    words = _cue_words(header)
    relation = own_relation = _cued_relation(words)
    previous = [c for c in nearby if c.kind != "status"]
    if relation is None or relation == "member" and previous and not words & {"member", "members"}:
        if not previous:
            return None
        relation = previous[-1].relation  # "Egypt was among the seven that founded it. The other six were:"
        org = previous[-1].org
    else:  # an organisation the header names ("NATO's new members are:"), else the one in focus
        org = next((m for t in header if (m := index.at(t)) is not None and not m.is_state and m.via != "pronoun"), None)
        org = org or index.focus(header.start, kind="organization")
    if org is None:
        return None
    date_hint = None
    own_words = own_relation is not None
    if relation != "member":
        for sentence in (header,) if own_words and relation != "founds" else (header, before):  # "Departures:" does not take the line before's year
            dates = [e for e in (sentence.ents if sentence is not None else ()) if e.label_ == "DATE"
                     and any(t.like_num and len(t.text) == 4 for t in e)]  # a dated event, not "days after"
            if dates:
                date_hint = dates[0]
                break
    return relation, org, date_hint


def _first_state(item: Span, index: MentionIndex) -> Mention | None:
    for token in item:
        mention = index.at(token)
        if mention is not None:
            return mention if mention.is_state else None
    return None


def others_named(sent: Span, before: Span | None, index: MentionIndex,
                 earlier: list[Candidate]) -> list[tuple[Span, Candidate]]:
    """'Colombia is one of six governments that stopped taking part in UNASUR's work in April.
    The others were Argentina, Brazil, Chile, Paraguay and Peru.': the states named as "the
    others" share the change just told (``earlier``: the candidates of ``before``, the
    sentence before ``sent``). Each comes with the two sentences as its evidence, so its
    status and date are read where the change is told.
    """
    if before is None or sent.root.lemma_.lower() != "be":
        return []
    subjects = [c for c in sent.root.children if c.dep_ == "nsubj"]
    if not subjects or not _names_the_others(subjects[0]):
        return []
    model = next((c for c in reversed(earlier) if c.kind != "status"), None)
    if model is None:
        return []
    told = {c.member.entity_id for c in earlier}
    named = [t for c in sent.root.children if c.dep_ == "attr" for t in expand_group(c)]
    after = [t for t in outside_brackets(sent.doc[sent.root.i + 1: sent.end])  # "Mali (since June 2021), Guinea ..."
             if index.at(t) is not None and index.at(t).via == "name"]
    members = [m for m in mentions_of(named + after, index) if m.is_state and m.entity_id not in told
               and m.entity_id != model.org.entity_id]
    span = sent.doc[before.start: sent.end]
    return [(span, Candidate(m, model.relation, model.org, model.trigger, "list", None,
                             _date_in_brackets(m, sent) or model.date_hint))
            for m in dict((m.entity_id, m) for m in members).values()]


def _date_in_brackets(member: Mention, sent: Span) -> Span | None:
    """'Mali (since June 2021), Guinea (September 2021)': the date each state carries."""
    doc = sent.doc
    if member.end >= sent.end or doc[member.end].text != "(":
        return None
    close = next((t.i for t in doc[member.end: sent.end] if t.text == ")"), sent.end)
    found = next((e for e in sent.ents if e.label_ == "DATE" and member.end < e.start and e.end <= close), None)
    return found or _bare_year(doc[member.end: close])  # "Moldova (2018)"


#: Words a bracket after a listed member may hold besides its date and still mean "joined then".
_JOINING_BRACKET_WORDS = {"since", "joined", "join", "in", "from", "admitted", "acceded", "entry", "accession", "member", "full"}


def dated_in_list(candidate: Candidate, sent: Span, index: MentionIndex) -> Candidate:
    """A listed member with its year in brackets joined then: "the group grew to ten: Brunei
    (1984), Vietnam (1995) ...", "members: Egypt (since 2024)" → joins, dated. A bracket
    saying something else ("(suspended 2021)", "(founder)") leaves the candidate as it is."""
    doc = sent.doc
    member = candidate.member
    if candidate.date_hint is None and member.end + 1 < sent.end and doc[member.end].lower_ == "since" and (
            candidate.trigger.i < member.start):
        # "its own observers: Bosnia and Herzegovina since 1994, Thailand since 1998 and Russia since 2005"
        since = next((e for e in sent.ents if e.label_ == "DATE" and e.start == member.end + 1), None)
        if since is not None:
            return Candidate(candidate.member, "joins" if candidate.relation == "member" else candidate.relation,
                             candidate.org, candidate.trigger, candidate.kind, candidate.forced_status, since)
    if candidate.relation not in {"member", "joins"}:
        return candidate  # (a listed entry keeps its own bracketed year too: "grew to ten: Brunei (1984), ...")
    if member.end + 1 < sent.end and doc[member.end].lower_ == "and":  # "Laos and Myanmar (1997)"
        partner = index.at(doc[member.end + 1])
        if partner is not None and partner.is_state:
            member = partner
    if member.end >= sent.end or doc[member.end].text != "(":
        return candidate
    close = next((t.i for t in doc[member.end: sent.end] if t.text == ")"), None)
    if close is None:
        return candidate
    words = [t for t in doc[member.end + 1: close] if t.is_alpha and t.ent_type_ != "DATE"]
    if any(t.lower_ not in _JOINING_BRACKET_WORDS for t in words):
        return candidate
    date = _date_in_brackets(member, sent)
    if date is None or (candidate.date_hint is not None and candidate.date_hint.start != date.start):
        return candidate
    return Candidate(candidate.member, "joins", candidate.org, candidate.trigger, candidate.kind, candidate.forced_status, date)


def _bare_year(span: Span) -> Span | None:
    """A year written as a bare number, which the tagger may not call a date."""
    year = next((t for t in span if t.text.isdigit() and len(t.text) == 4 and 1800 < int(t.text) < 2200), None)
    return span.doc[year.i: year.i + 1] if year is not None else None


def _names_the_others(subject: Token) -> bool:
    """'The others', 'the other five', 'the other countries' (not 'other members', which
    states membership of its own)."""
    if subject.lemma_.lower() in {"other", "others"} or subject.lower_ == "others":
        return True
    return lemma(subject) not in {"member", "ally"} and any(
        c.dep_ == "amod" and c.lower_ == "other" for c in subject.children) and any(
        c.dep_ == "det" and c.lower_ == "the" for c in subject.children)


def key_value_line(sent: Span, index: MentionIndex) -> list[Candidate]:
    """A fact box's 'key: value' line: "Founded: 1 January 2015, by Russia, Belarus and
    Kazakhstan", "Members: Russia, Belarus, Kazakhstan", "Observers: Moldova (2018), Cuba
    (2020)". The key says the relation (as a list header does), the organisation is one the
    key names or the one in focus, the states are those after the colon."""
    doc = sent.doc
    colon = next((t.i for t in doc[sent.start: min(sent.end, sent.start + 10)]
                  if t.text == ":" or t.text in {"):", "]:"}), None)  # the tokenizer keeps "(Baghdad, 1960):" as "):"
    if colon is None or not starts_line(doc, sent.start) or (colon - sent.start > 5 and any(
            t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"amod", "compound"} for t in doc[sent.start: colon])):
        return []  # (a longer key only without a verb: "Founding members (Baghdad, 1960): ...")
    end = next((t.i for t in doc[colon + 1:] if "\n" in t.text_with_ws), len(doc) - 1) + 1
    end = next((t.i for t in doc[colon + 1: end] if t.text == ":"), end)  # "Members: 55 states. Headquarters: Addis Ababa."
    line = doc[sent.start: end]  # the value may run past the sentence the parser cut after the colon
    key = doc[sent.start: colon]
    if any(index.at(t) is not None and index.at(t).is_state for t in outside_brackets(key)):
        return []  # a factbox label ("ROMANIA: ..."), not a key (but "Founding members (Baghdad, 1960):" is one)
    words = _cue_words(key)
    words |= {w[:-1] for w in words if w.endswith("s")}  # "Observers" tagged a proper noun keeps its plural
    relation = next((rel for rel, cues in _RELATION_WORDS if words & cues and rel != "member" or
                     rel == "member" and words & {"member", "members", "membership"}), None)
    if relation is None:
        return []
    org = next((m for t in key if (m := index.at(t)) is not None and not m.is_state), None) or index.focus(
        sent.start, kind="organization")
    if org is None:
        return []
    year = next((e for e in line.ents if e.label_ == "DATE" and e.start > colon), None) if relation == "founds" else None
    if relation == "founds" and year is None:  # "Founding members (Baghdad, 1960): A, B"
        year = _bare_year(key)
    found: list[Candidate] = []
    for token in doc[colon + 1: end]:
        mention = index.at(token)
        if mention is None or not mention.is_state or mention.start != token.i:
            continue
        found.append(Candidate(mention, relation, org, doc[colon], "list", None, _date_in_brackets(mention, line) or year))
    return list({c.member.entity_id: c for c in found}.values())



def listed_under_question(sent: Span, before: Span | None, index: MentionIndex) -> list[Candidate]:
    """'Who is in the EU?' / 'NATO's members:' as a line of its own, then a line that is only
    a list of states ("Austria, Belgium, Bulgaria, ..."): members of the organisation the
    heading names (or joiners, founders... as its words say)."""
    if before is None or not before.text.rstrip().endswith(("?", ":")):
        return []
    states = [index.at(t) for t in outside_brackets(sent) if index.at(t) is not None]
    words = [t for t in outside_brackets(sent) if index.at(t) is None and not t.is_punct and not t.is_space]
    if len({m.entity_id for m in states if m.is_state}) < 3 or any(not m.is_state for m in states) or any(
            t.lower_ not in {"and", "the", "plus", "as", "well"} and not t.like_num for t in words):
        return []
    org = next((m for t in before if (m := index.at(t)) is not None and not m.is_state), None)
    if org is None:
        return []
    cues = _cue_words(before)
    relation = _cued_relation(cues)
    if relation is None and not cues & {"who", "in", "belong", "belongs"}:
        return []
    mentions = list({m.entity_id: m for m in states}.values())
    colon = before[-1]
    return [Candidate(m, relation or "member", org, colon, "list", None, _date_in_brackets(m, sent))
            for m in mentions if m.entity_id != org.entity_id]


def counted_list(noun: Token, index: MentionIndex) -> list[Mention]:
    """The states a later colon or dash (or a comma right after the noun phrase, or a copula)
    lists for a counted noun, when there are exactly as many as counted: "The five founding
    members signed the declaration in 1967: A, B, C, D and E", "four member states, A, B, C and
    D, started free movement", "Seven of Sunday's signatories, A, B, ..., also signed", "The
    eleven countries that signed the treaty were A, B, ..." (not "the 27 members agreed
    sanctions on three states: ...")."""
    if noun.pos_ == "NUM":
        count = count_of(noun.lower_)  # "Seven of Sunday's signatories, ..."
    else:
        count = next((count_of(c.lower_) for c in noun.children if c.dep_ == "nummod"), None)
    if not count or count < 2:
        return []
    doc, sent = noun.doc, noun.sent
    clauses = {t.i for c in noun.subtree if c.i != noun.i and c.dep_ in {"relcl", "acl", "appos"} for t in c.subtree}
    phrase_end = max(t.i for t in noun.subtree if t.i not in clauses and t.dep_ != "punct")
    mark = next((t for t in doc[noun.i + 1: sent.end] if t.text in {":", "—", "–"} or is_spaced_hyphen(t)
                 or (t.text == "," and t.i in {noun.i + 1, phrase_end + 1})), None)
    if mark is None and noun.dep_ == "nsubj" and lemma(noun.head) == "be" and noun.head.i > noun.i:
        mark = noun.head  # "The eleven countries that signed the founding treaty were A, B, ..."
    if mark is None or any(t.dep_ == "nummod" and t.head.i != noun.i and t.ent_type_ != "DATE"
                               for t in doc[noun.i + 1: mark.i]):
        return []  # another counted noun is nearer the list
    listed = surface_list(mark.i, past_the_cut(mark), index)
    return listed if len(listed) == count else []


def past_the_cut(mark: Token) -> Span:
    """``mark``'s sentence, continued into the next one when the parser cut the line right
    after this colon or dash ("The group grew to ten: | Brunei (1984), Vietnam (1995)")."""
    doc, sent = mark.doc, mark.sent
    if mark.i == sent.end - 1 and sent.end < len(doc) and "\n" not in doc[mark.i: sent.end + 1].text:
        return doc[sent.start: doc[sent.end].sent.end]
    return sent


_LISTING_VERBS = {"groups", "comprises", "includes", "unites", "encompasses", "gathers"}


def dash_lists(sent: Span, index: MentionIndex) -> Iterator[Candidate]:
    """'The G7 - the United States, Japan, ... and Canada -': an organisation, a dash, its members."""
    doc = sent.doc
    seen: set[int] = set()
    for token in sent:
        mention = index.at(token)
        if mention is None or mention.is_state or mention.end in seen or mention.via not in {"name", "anaphor"}:
            continue
        root = doc[mention.end - 1]
        if root.dep_ == "pobj" or (root.dep_ == "compound" and root.head.dep_ == "pobj" and root.head.i > root.i):
            continue  # "the founding states of BRICS — A, B": the noun before "of" heads the list
            # (also "four countries outside the EU - A, B", parsed as "EU-A")
        seen.add(mention.end)
        nxt = mention.end
        if nxt < sent.end and doc[nxt].text in {"—", "–", "-", "("} and (nxt + 1 >= sent.end or doc[nxt + 1].text not in {"led", "based", "backed", "member"}):
            members = surface_list(nxt, sent, index)
            if len(members) >= 2:
                yield from make_candidates(members, "member", mention, doc[nxt], "list")
        elif nxt < sent.end and doc[nxt].lower_ in _LISTING_VERBS and doc[nxt].pos_ != "VERB":
            # "The six-nation bloc groups Saudi Arabia, Kuwait, ..." with "groups" parsed as a noun
            members = surface_list(nxt, sent, index)
            if len(members) >= 2:
                yield from make_candidates(members, "member", mention, doc[nxt], "list")
        elif mention.via == "anaphor" and doc[mention.start].lower_ in _LISTING_VERBS and mention.start > sent.start and (
                doc[mention.start - 1].dep_ == "compound"):
            # the same, with "groups" taken for "the bloc groups" (a noun compound)
            members = surface_list(mention.start, sent, index)
            if len(members) >= 2:
                yield from make_candidates(members, "member", mention, doc[mention.start], "list")
