"""Which date a claim carries: the date expression attached lowest on the trigger's clause,
an announcement's effective date, "since" phrases (the expressions themselves are parsed by
:mod:`alliance_graph.extract.dates`)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from alliance_graph.extract import lexicon
from alliance_graph.extract.dates import in_story_year, is_bare_day_month, is_narrative, narrative_date, resolve_date
from alliance_graph.extract.syntax import is_passive, lemma

_EFFECTIVE_WORDS = {"effective", "from", "as", "starting", "until", "by"}
_LABEL_ENDS = {":", "-", "--", "\u2013", "\u2014"}
#: Words that keep a timeline entry's change in the future ("announces a withdrawal, effective 2026").
_FUTURE_WORDS = lexicon.FUTURE_MODALS | {"effective", "plan", "plans", "intend", "intends", "due", "expected", "set", "principle"}


def date_for(chain: list[Token], sent: Span, *, anchor: str | None, future: bool,
             own_clause: bool = False) -> str | None:
    """The date expression attached lowest in the trigger's chain (the trigger first).

    ``future`` applies to dates on the trigger itself (an announcement's effective date);
    a date on a governing verb ("said on Friday") is when the statement was made, so it
    lies in the past. ``own_clause``: ignore dates inside subordinate clauses hung on the chain.
    """
    dates = [ent for ent in sent.ents if ent.label_ == "DATE" and usable_date(ent)]
    dates += [sent.doc[t.left_edge.i: t.i + 1] for t in sent if t.lower_ in {"date", "day"} and not t.ent_type_
              and any(c.lower_ in {"that", "same"} for c in t.children)]  # "on that date": the tagger's miss
    if not dates:
        return None
    positions = {token.i: n for n, token in enumerate(chain)}
    best: tuple[int, int, str] | None = None
    values: list[str] = []
    for ent in dates:
        text = with_preposition(ent)
        attached = _attachment_rank(ent, positions, own_clause)
        if attached is None:
            continue
        rank, climbed = attached
        effective = any(w in text.lower().split()[:2] for w in _EFFECTIVE_WORDS)
        on_trigger = rank == 0 or chain[rank].pos_ not in {"VERB", "AUX"} or lemma(chain[rank]) not in lexicon.REPORTING_VERBS
        value = date_of(ent, anchor=anchor, future=future and (on_trigger or effective))
        if value is None:
            continue
        key = (rank, 0 if effective and future else 1, climbed, value)
        values.append(value)
        if best is None or key[:3] < best[:3]:
            best = key
    if best is None:
        return None
    # "Twenty-five years ago this week, on March 12, 1999, ... were admitted": the finer
    # telling of the same date
    return max((v for v in values if v.startswith(best[3])), key=len)


def date_of(ent: Span, *, anchor: str | None, future: bool) -> str | None:
    """The date a date expression tells: relative ones from ``anchor`` (the publication
    date), those told by reference to the story ("that August", "the following year") from
    the last date it gave."""
    text = with_preposition(ent)
    if is_narrative(text):
        return narrative_date(text, _previous_date(ent, anchor))
    value = resolve_date(text, anchor=anchor, future=future)
    if value is not None and not future and is_bare_day_month(text):
        value = in_story_year(value, _previous_date(ent, anchor, within=80))
    return value


def _previous_date(ent: Span, anchor: str | None, within: int = 150) -> str | None:
    """The last date with a year the story told before ``ent`` (a paragraph or two), for dates told
    by reference to it ("Armenia came in on January 2, 2015, and Kyrgyzstan followed that August")."""
    doc = ent.doc
    for other in reversed([e for e in doc.ents if e.label_ == "DATE" and e.end <= ent.start and ent.start - e.end < within]):
        text = with_preposition(other)
        if is_narrative(text) or not usable_date(other) or not any(t.like_num and len(t.text) == 4 for t in other):
            continue  # only a date the story states with its year
        value = resolve_date(text, anchor=anchor)
        if value is not None:
            return value
    return None


def timeline_entry(sent: Span, anchor: str | None) -> str | None:
    """The date a timeline entry is labelled with ("1984: Washington pulls out ...",
    "September 17, 1991 — North and South Korea are admitted"), or None for any other sentence.
    The label is a date with its year at the start of a line, then a colon or a dash."""
    doc = sent.doc
    first = next((t for t in sent if not t.is_space and t.text not in {"-", "*", "\u2022"}), None)
    if first is None:
        return None
    before = sent.start - 1
    if before > 0 and doc[before].text in _LABEL_ENDS and "\n" not in doc[before].whitespace_:
        line = before  # the parser may cut "2011: | Member states vote ...": the label is the line's start
        while line > 0 and not doc[line - 1].is_space and "\n" not in doc[line - 1].whitespace_ and before - line < 5:
            line -= 1
        label = doc[line: before]
        if (line == 0 or doc[line - 1].is_space or "\n" in doc[line - 1].whitespace_) and any(
                t.like_num and len(t.text) == 4 for t in label) and all(t.like_num or t.is_alpha or t.text == "," for t in label):
            return resolve_date(label.text, anchor=anchor)
    ent = next((e for e in sent.ents if e.label_ == "DATE" and e.start == first.i), None)
    if ent is None and first.like_num and len(first.text) == 4 and first.text.isdigit():
        ent = doc[first.i: first.i + 1]  # a bare year the tagger did not call a date
    if ent is None or ent.end >= sent.end or doc[ent.end].text not in _LABEL_ENDS:
        return None
    if not any(t.like_num and len(t.text) == 4 for t in ent):
        return None
    return resolve_date(ent.text, anchor=anchor)


def entry_anchor(label: str) -> str:
    """The last day of a timeline label's period: the anchor its yearless dates resolve from
    ("2018: ... leave on 31 December" is 31 December 2018)."""
    import calendar

    parts = [int(p) for p in label.split("-")]
    if len(parts) == 3:
        return label
    month = parts[1] if len(parts) == 2 else 12
    return f"{parts[0]:04d}-{month:02d}-{calendar.monthrange(parts[0], month)[1]:02d}"


def future_marked_entry(sent: Span) -> bool:
    """A timeline entry that still tells a coming change (a modal, "effective", a plan)."""
    return any(t.lower_ in _FUTURE_WORDS or lemma(t) in {"plan", "intend"} for t in sent)


def founding_date(sent: Span, org_roots: list[Token], *, anchor: str | None) -> str | None:
    """A founding's date told in an aside: a founding treaty's signing in a "whose" clause
    ("founded by Russia, Belarus and Kazakhstan, whose leaders signed the treaty in Astana in
    May 2014", "UNASUR, whose treaty was signed in Brasília in 2008"), or the organisation's
    own creation ("a founding member of ECOWAS, which was established in Lagos in 1975")."""
    if org_roots:  # (each word that names the organisation: "the Warsaw Pact, the alliance set up in 1955")
        created = next((c for h in org_roots for c in h.children if c.dep_ in {"relcl", "acl"} and lemma(c) in lexicon.FOUNDING_VERBS
                        and (c.tag_ == "VBN" or any(g.dep_ == "auxpass" for g in c.children))), None)
        if created is not None:
            value = date_for([created], sent, anchor=anchor, future=False)
            if value is not None:
                return value
    for verb in sent:
        if verb.dep_ != "relcl" or lemma(verb) != "sign" or not any(t.lower_ == "whose" for t in verb.subtree):
            continue
        if any(t.lemma_.lower() in lexicon.FOUNDING_DOCUMENTS for t in verb.subtree):
            return date_for([verb], sent, anchor=anchor, future=False)
    return None


def effective_date(chain: list[Token], sent: Span, *, anchor: str | None) -> str | None:
    """The date an announced change takes effect: a date on the trigger or on the words of
    intent above it ("will leave in January", "plans to join next year", "effective 1 July"),
    never the date of the reporting verb ("said on Friday that it would leave")."""
    own: list[Token] = []
    for token in chain:
        if token.i != chain[0].i and token.pos_ in {"VERB", "AUX"} and (
                lemma(token) in lexicon.REPORTING_VERBS or token.tag_ == "VBD"):
            break  # "agreed on Thursday to offer ...": when it was decided, not when it takes effect
        own.append(token)
    value = date_for(own, sent, anchor=anchor, future=True)
    trigger = chain[0]
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
    if value is not None and not infinitive and not _future_marked(own) and any(t.tag_ == "VBD" for t in chain[1:]):
        # a past report dates the announcement, not a future effect: "said on Monday they were
        # withdrawing", "announced its exit in April" (against "will leave on Monday", "plans
        # to join in January", "is leaving in January")
        past = date_for(own, sent, anchor=anchor, future=False)
        if past is not None:
            value = past
    return value if value is not None else stated_effective_date(sent, anchor=anchor)


def stated_effective_date(sent: Span, *, anchor: str | None) -> str | None:
    """A date the sentence marks as when something takes effect: "effective January 2025",
    "with effect from 31 December", "with membership taking effect on 1 January 2024"."""
    for ent in sent.ents:
        if ent.label_ == "DATE" and usable_date(ent):
            text = with_preposition(ent)
            before = ent.doc[max(sent.start, ent.start - 3): ent.start].text.lower()
            if "effect" in before or text.lower().startswith(("effective", "from", "as of", "starting")):
                return resolve_date(text, anchor=anchor, future=True)
    return None


def put_in_force(noun: Token) -> Token | None:
    """The past verb that says a nominal change came into force: "Venezuela's exit, announced
    in 2017, became effective in April 2019", "the withdrawal took effect in 2023"."""
    verb = noun.head
    if noun.dep_ not in {"nsubj", "nsubjpass"} or verb.tag_ not in {"VBD", "VBN"} or any(
            c.dep_ in {"aux", "auxpass"} and (c.lower_ in lexicon.FUTURE_MODALS | {"to", "may", "might", "could", "should", "must"})
            for c in verb.children):
        return None  # (not "when the withdrawal would be formalised")
    if (lemma(verb) == "take" and any(c.lower_ == "effect" for c in verb.children)) or (
            lemma(verb) == "become" and any(c.lower_ in {"effective", "final"} for c in verb.children)) or (
            lemma(verb) in lexicon.COMPLETE_VERBS and noun.dep_ == "nsubjpass"):  # "the accession was completed in March"
        return verb
    return None


def completing_clause(noun: Token) -> Token | None:
    """The relative clause that says a nominal change was completed ("Sweden's accession to
    NATO, which was completed in March 2024"), hung on the noun or on its organisation."""
    phrase = [noun, *(g for c in noun.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")]
    return next((c for t in phrase for c in t.children
                 if c.dep_ in {"relcl", "acl"} and lemma(c) in lexicon.COMPLETE_VERBS and is_passive(c)), None)


def takes_effect(chain: list[Token]) -> bool:
    """'with Brazil's return taking effect on May 6': the date is when it applies, ahead unless told in the past."""
    return any(lemma(token) == "take" and token.tag_ in {"VBG", "VBZ", "VBP", "VB"} and any(c.lower_ == "effect" for c in token.children)
               for token in chain[1:3])


def _future_marked(chain: list[Token]) -> bool:
    """A future modal, "going to" or a word of scheduling on the clause."""
    for token in chain:
        for word in [token, *token.children]:
            if word.lower_ in lexicon.FUTURE_MODALS or lemma(word) in {"schedule", "due", "set", "next", "coming", "go"}:
                return True
        if token.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP"} for c in token.children):
            return True  # "is leaving in January": an arrangement
        if lemma(token) == "take" and any(c.lower_ == "effect" for c in token.children):
            return True  # "with Brazil's return taking effect on May 6"
        if lemma(token) == "be" and any(c.dep_ == "xcomp" for c in token.children):
            return True  # "is to adopt the euro in January"
    return False


def since_phrase(chain: list[Token], sent: Span) -> bool:
    """A "since <date>" on the trigger's clause ("has been a member since 1999")."""
    positions = {token.i for token in chain}
    for ent in sent.ents:
        if ent.label_ == "DATE" and with_preposition(ent).lower().startswith("since"):
            head = ent.root if ent.root.lower_ == "since" else ent.root.head  # "since 2001" may be one entity
            if head.lower_ == "since" and (head.head.i in positions or (
                    chain[0].pos_ == "ADP" and head.head.i in {t.i for t in chain[0].subtree})):
                return True  # "a member since 1999"; "In Schengen since 2001" (hung on "Schengen")
    return False


def usable_date(ent: Span) -> bool:
    """Not "today's community" (a possessive), not the dateline ("TARAWA, Jan 31 (OPS) -")."""
    if ent.root.dep_ == "poss" or (ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in {"'s", "’s"}):
        return False
    sent = ent.sent
    head_tokens = ent.doc[sent.start: ent.start]
    if head_tokens and head_tokens[0].text.isupper() and len(head_tokens[0].text) > 2 and len(head_tokens) <= 5:
        after = ent.doc[ent.end: min(sent.end, ent.end + 8)]
        if any(t.text in {"-", "—", "–", "--"} for t in after) and all(t.text not in {"-", "—", "–"} for t in head_tokens):
            return False
    return True


def with_preposition(ent: Span) -> str:
    """The date's text with the word before it that changes its meaning ("since 2019",
    "last April") and an anniversary's "today" after it ("thirty years ago today")."""
    text = ent.text
    after = ent.doc[ent.end: ent.end + 2]
    if ent.text.lower().endswith("ago") and len(after) and after[0].lower_ in {"today", "tomorrow", "yesterday"}:
        text = f"{text} {after[0].lower_}"
    elif ent.text.lower().endswith("ago") and len(after) == 2 and after.text.lower() == "this week":
        text = f"{text} this week"
    elif len(after) == 2 and after[0].lower_ in {"that", "last", "this", "next"} and after[1].lower_ == "year" and (
            ent.root.ent_type_ == "DATE" and not any(t.like_num and len(t.text) == 4 for t in ent)):
        text = f"{text} {after.text}"  # "in August | that year", "in January | last year" (split by the tagger)
    head = ent.root.head
    if ent.root.dep_ == "pobj" and head.dep_ == "prep":
        return f"{head.text} {text}"
    if ent.start > 0 and (ent.doc[ent.start - 1].lower_ in {"last", "next", "this", "effective", "since"} or (
            ent.doc[ent.start - 1].lower_ == "that" and ent.doc[ent.start - 1].dep_ == "det")):  # "that August"
        return f"{ent.doc[ent.start - 1].text} {text}"
    return text


_OWN_CLAUSE = {"advcl", "relcl", "acl", "ccomp", "conj", "parataxis", "xcomp", "pcomp"}


def _attachment_rank(ent: Span, positions: dict[int, int], own_clause: bool = False) -> tuple[int, int] | None:
    """How far up the chain the date hangs (0 = on the trigger), and how many words it
    climbed to get there ("A, which left in 2018, rejoined in 2023": 2023 is nearer)."""
    token = ent.root
    steps = 0
    while steps < 6:
        if token.i in positions:
            return positions[token.i], steps
        if token.head.i == token.i:
            return None
        if steps and token.dep_ == "appos":
            return None  # "Moldova, an EU candidate since 2022, is a member of ...": the aside's own date
        if token.dep_ == "ccomp" and any(t.text == ";" for t in token.doc[min(token.i, token.head.i): max(token.i, token.head.i)]):
            return None  # "suspended it in 2017; it did not expel it": another statement's date
        if steps and token.dep_ == "conj" and token.pos_ in {"VERB", "AUX"} and lemma(token) not in lexicon.REPORTING_VERBS and any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in token.children):
            return None  # "BRICS was set up by A and B, and South Africa joined in 2010": the next clause's date
        if steps and token.dep_ in {"advcl", "conj"} and lemma(token) == "join" and any(c.dep_ == "agent" for c in token.children):
            return None  # "A and B are the founders, joined in 2024 by C": C's date
        if own_clause and steps and token.pos_ in {"VERB", "AUX"} and token.dep_ in _OWN_CLAUSE:
            return None  # "A and B are members, joined in January by C": another clause's date
        if token.dep_ == "relcl" and token.head.pos_ in {"NOUN", "PROPN"} and token.i != token.head.i and (
                positions.get(token.head.i) == 0 or token.head.i not in positions):
            return None  # "lifted the suspension they had imposed in 2009", "ending a suspension that began in 2011": the relative clause's own time
        if steps and token.dep_ in {"relcl", "acl"} and token.pos_ == "VERB" and token.head.i not in positions and (
                lemma(token) in lexicon.APPLY_VERBS or lemma(token) in lexicon.VERB_FRAMES and lemma(token) != "sign"):
            return None  # "A and B, which applied in 2024, became partners": the relative's own event
        token = token.head
        steps += 1
    return None
