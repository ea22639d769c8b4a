"""What the article says about a candidate: status, attribution and date.

* **Status**: ``denied`` when the trigger or a verb governing it is negated ("had not been
  notified of X's departure", "will not join") or sits under a denial verb ("denied that
  X would leave"); ``reported`` when a third party is the source ("according to", "X
  claimed", "reportedly"); ``announced`` for intentions, plans, invitations and future
  dates ("will", "plans to", "is set to", "announced its withdrawal"); else ``asserted``.
  A first-hand statement by the member itself (or the organisation) is not "reported".
  Possibility and deliberation ("could leave", "is weighing whether to join", "if")
  produce no claim at all.
* **Attribution**: the subject of a reporting verb that governs the trigger, "according
  to X", or the speaker of the quotation the sentence belongs to.
* **Date**: a date expression attached to the trigger, else to a verb governing it; an
  undated statement by a speaker whose statement is dated elsewhere in the article takes
  that date. Relative dates are anchored on the publication date.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from alliance_graph.extract import dating, lexicon
from alliance_graph.extract.mentions import Mention, MentionIndex, expand_group
from alliance_graph.extract.syntax import lemma, subjects_of


_CLIMB_DEPS = {"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "nsubj", "nsubjpass", "attr", "oprd",
               "acomp", "agent", "compound", "appos", "acl", "poss"}


_DENIAL_CLIMB = {"xcomp", "ccomp", "dobj", "nsubj", "nsubjpass", "attr", "acl"}


@dataclass(frozen=True)
class Speaker:
    """Who a claim is attributed to, and the state/organisation they speak for."""

    name: str
    agent: Mention | None
    hedged: bool = False
    #: every state or organisation the speaker speaks for ("Mali, Burkina Faso and Niger said")
    also: tuple[str, ...] = ()


def governors(trigger: Token) -> list[Token]:
    """The trigger and the words above it within its clause and the clauses embedding it."""
    chain = [trigger]
    token = trigger
    if trigger.dep_ == "amod" and lemma(trigger) in lexicon.STATUS_NOUNS and trigger.head.i != trigger.i:
        token = trigger.head  # "becoming an associate state": the status word's noun carries the clause
        chain.append(token)
    while (token.dep_ in _CLIMB_DEPS or _infinitive_relative(token) or _purpose_of_applying(token)) and token.head.i != token.i:
        low, high = sorted((token.i, token.head.i))
        if token.dep_ == "ccomp" and any(t.text == ";" for t in token.doc[low:high]):
            break  # "The bloc suspended Venezuela; it did not expel it": two statements
        if token.dep_ == "acl" and token.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in token.children):
            break  # "Saudi Arabia, invited in August, has not joined": the participle stands alone
        token = token.head
        chain.append(token)
    if token.dep_ == "advcl" and token.head.pos_ == "NOUN" and token.head.i != token.i:
        # "an invitation for his country to join": the clause completes the noun
        chain.append(token.head)
        token = token.head
        while token.dep_ in _CLIMB_DEPS and token.head.i != token.i:
            token = token.head
            chain.append(token)
    if token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        # "launched the procedure to leave", "took steps to join": the purpose completes the noun
        chain.extend(c for c in token.head.children if c.dep_ == "dobj" and lemma(c) in lexicon.INTENT_WORDS)
    if token.dep_ in {"conj"} and token.head.i != token.i:
        # "Finland applied and later joined": aspect and modality of the first conjunct carry
        head = token.head
        chain.extend(c for c in head.children if c.dep_ in {"aux", "neg"})
    if trigger.pos_ == "NOUN":
        # "its exit, which takes effect next year"; "The exit of Mali ... from ECOWAS, which ...,
        # takes effect next year" (the parse made the noun the root and its predicate a relative)
        effect = next((t for t in trigger.subtree if t.dep_ == "relcl" and lemma(t) in {"take", "set", "come"} and any(
            c.lower_ in {"effect", "force"} or c.dep_ == "xcomp" for c in t.children) and (
            t.head.i == trigger.i or trigger.dep_ == "ROOT")), None)
        if effect is not None:
            chain.extend([effect, *[c for c in effect.children if c.dep_ == "xcomp"]])
    return chain


def _purpose_of_applying(token: Token) -> bool:
    """'applied to join' parsed as a purpose clause: it completes the application."""
    return (token.dep_ == "advcl" and lemma(token.head) in lexicon.APPLY_VERBS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children))


def _infinitive_relative(token: Token) -> bool:
    """'the procedure to leave' parsed as a relative clause: it completes the noun like an acl."""
    return token.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)


def _negated(token: Token) -> bool:
    if token.pos_ == "VERB" and any(c.dep_ == "dobj" and any(
            g.dep_ == "preconj" and g.lower_ == "neither" for g in c.children) for c in token.children):
        return True  # "will join neither NATO nor the CSTO"
    for child in token.children:
        if child.dep_ == "neg" or (child.lower_ in {"never", "no"} and child.dep_ in {"advmod", "det", "neg"}) or (
                child.lower_ in {"neither", "none"} and child.dep_ in {"preconj", "nsubj", "det"}):
            if child.lower_ == "no" and any(c.lower_ == "longer" for c in token.children):
                continue
            return True
    return False


def is_denied(chain: list[Token]) -> bool:
    """Negated trigger or governing verb, or a denial verb over the trigger's clause.

    Negations count: "is not giving up on joining" (two) asserts the aim, "will not join"
    (one) denies the event.
    """
    trigger = chain[0]
    if trigger.dep_ == "conj" and trigger.pos_ in {"NOUN", "PROPN"} and len(chain) == 1:
        first = trigger
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if any(c.lower_ in {"neither", "nor"} for c in first.children):
            return True  # "was neither a member nor an observer"
        return is_denied(governors(first))  # "is not a member or an observer": the first role's clause
    negations = 0
    for position, token in enumerate(chain):
        if position > 0 and lemma(token) == "be" and any(c.lower_ in {"only", "first", "last"} and c.dep_ == "amod"
                                                         for below in chain[:position] for c in below.children):
            break  # "is not the only member to have walked out": uniqueness denied, not membership
        if token.lower_ in _CONCESSIVE or (position > 0 and chain[position - 1].dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in _CONCESSIVE for c in chain[position - 1].children)):
            break  # "despite being a founder, it never ratified ...": the concession stands
        if position > 0 and chain[position - 1].dep_ in {"nsubj", "nsubjpass"} and lemma(chain[0]) in {
                "member", "members", "state", "country", "nation"}:
            break  # "five EU members - A, B and C - do not recognise it": what the members do is not negated membership
        if position > 0 and chain[position - 1].dep_ == "appos":
            break  # "Serbia, a candidate since 2012, has not opened a cluster": the aside stands
        if position > 0 and _tells_when(chain[position - 1]):
            break  # "has not regained its seat since being suspended in 2021": the suspension stands
        if position > 0 and chain[position - 1].dep_ == "advcl" and not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in chain[position - 1].children):
            break  # "A quit, although it was not the first to do so": an adverbial clause keeps its polarity
        if position > 0 and chain[position - 1].i < token.i and any(
                c.dep_ == "mark" and c.lower_ == "so" for c in token.children):
            break  # "Caracas pulled out in 2019, so Mercosur is not the only door it closed": a result clause
        if _negated(token):
            negations += 1
        if position > 0 and token.lower_ == "without" and chain[position - 1].dep_ == "pcomp":
            negations += 1  # "closed the session without admitting it"
        if position > 0 and token.lower_ == "against" and token.dep_ == "prep" and lemma(token.head) in {"vote", "decide", "opt", "rule", "come", "campaign", "speak"}:
            negations += 1  # "Norwegians voted against joining the European Union"
        word = lemma(token)
        if position > 0 and word in {"have", "be", "remain"} and chain[position - 1].dep_ == "xcomp" and any(
                c.lower_ == "yet" for c in token.children):
            negations += 1  # "has yet to be readmitted", "is yet to join": not (so far)
        if position > 0 and gives_up(token):
            negations += 1
        if position > 0 and word in lexicon.REPORTING_VERBS and any(
                c.dep_ in {"nsubj", "nsubjpass"} and lemma(c) in {"version", "edition", "story", "report", "article"}
                and any(g.lower_ in {"earlier", "previous", "original", "first"} for g in c.children) for c in token.children):
            negations += 1  # a correction: "An earlier version said Venezuela had been expelled"
        if position > 0 and word in lexicon.DENIAL_WORDS:
            below = chain[position - 1]
            if position == 1 and lemma(below) in _BID_NOUNS:
                continue  # "rejected Algeria's bid": the bid was made; it is the entry that was refused
            if below.dep_ in _DENIAL_CLIMB:
                if word == "rule" and not any(c.lower_ == "out" for c in token.children):
                    continue
                negations += 1
    return negations % 2 == 1


_CONCESSIVE = {"despite", "although", "though", "notwithstanding"}

#: Words that open a clause telling when the main clause holds, not whether it does.
_TEMPORAL = {"since", "after", "before", "when", "once", "until"}


def _tells_when(token: Token) -> bool:
    """``token`` opens a temporal phrase: "since being suspended", "after its exit"."""
    return token.dep_ == "prep" and token.lower_ in _TEMPORAL


_BID_NOUNS = {"bid", "application", "candidacy", "candidature", "request", "petition"}


def gives_up(token: Token) -> bool:
    """'give up (on)', 'abandon', 'shelve', 'drop' a plan: the word turns its complement around."""
    word = lemma(token)
    if word == "give":
        return any(c.lower_ == "up" and c.dep_ in {"prt", "advmod"} for c in token.children)
    if word in {"withdraw", "retract", "drop"} and any(c.dep_ == "dobj" and lemma(c) in _BID_NOUNS for c in token.children):
        return True  # "withdrew its candidacy": the bid is taken back
    return word in {"abandon", "shelve", "scrap", "forgo", "forsake"}


def no_longer(chain: list[Token]) -> bool:
    """'is no longer a member', 'ceased to be a member'."""
    if any(lemma(token) in {"cease", "stop"} for token in chain[1:]):
        return True
    return any(c.lower_ == "longer" for token in chain for c in token.children if c.dep_ == "advmod")


def is_open_question(chain: list[Token]) -> bool:
    """'did not say whether Armenia would leave': nothing is claimed either way."""
    return any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for token in chain for c in token.children)


def is_speculative(chain: list[Token], sent: Span) -> bool:
    """Possibility modals, deliberation and conditionals make no claim."""
    if sent.text.rstrip().endswith("?"):
        return True
    for token in chain:
        if token.pos_ in {"VERB", "AUX", "NOUN", "ADJ"} and lemma(token) in lexicon.SPECULATION_WORDS and token.i != chain[0].i:
            return True
        for child in token.children:
            if child.dep_ == "aux" and child.lower_ in lexicon.POSSIBILITY_MODALS:
                return True
            if child.dep_ == "mark" and child.lower_ in {"if", "unless", "whether"}:
                return True
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in token.children):
            return True
        if token.dep_ == "advcl" and token.tag_ in {"VBZ", "VBP", "VB"} and any(
                c.dep_ == "mark" and c.lower_ in {"before", "until", "once", "till"} for c in token.children):
            return True  # "... before it becomes the 31st member": not yet a fact
    return False


#: Words of deliberating over a step, not taking it ("is weighing whether to join").
_DELIBERATION = {"weigh", "mull", "consider", "contemplate", "explore", "ponder", "study"}


def deliberated(chain: list[Token], sent: Span) -> bool:
    """The only thing that keeps the clause from being a claim is a deliberation ("Chad is
    considering joining the AES"): told with a hedge, it is a reported claim (see _claim)."""
    if sent.text.rstrip().endswith("?") or not any(lemma(t) in _DELIBERATION for t in chain[1:]):
        return False
    for token in chain:
        if lemma(token) in lexicon.SPECULATION_WORDS - _DELIBERATION - {"whether"} and token.i != chain[0].i:
            return False
        if any(c.dep_ == "aux" and c.lower_ in lexicon.POSSIBILITY_MODALS for c in token.children):
            return False
        if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in token.children):
            return False
    return True


_WISH_VERBS = {"want", "urge", "press", "encourage", "call", "push", "lobby", "prefer", "expect"}


def wished_by_others(chain: list[Token], member: Mention, index: MentionIndex) -> bool:
    """Someone other than the member wants it to act: "rights groups want the Philippines to
    rejoin", "Washington urged Kyiv to apply". A wish of others is no claim about the member."""
    for below, token in zip(chain, chain[1:]):
        if lemma(token) not in _WISH_VERBS or lemma(token) == "expect" and token.tag_ != "VBD":
            continue
        if below.dep_ in {"nsubj", "nsubjpass"}:
            continue  # "A and B, all members of X, have pushed for ...": the members are the ones wishing
        wishers = [index.at(c) or c for c in subjects_of(token) if c.dep_ == "nsubj"]  # "... and urged the country to"
        if not wishers:
            continue
        return not any(isinstance(w, Mention) and w.entity_id == member.entity_id for w in wishers)
    return False


#: Verbs of taking up an offer, or standing in for it ("neither ever did").
_ACCEPTING = {"accept", "do", "join", "take", "follow", "respond", "ratify", "leave", "go"}


#: What a refusal of an offer takes as its object ("has yet to accept it").
_OFFER_WORDS = {"it", "them", "offer", "invitation", "membership", "seat", "status", "step", "place", "proposal"}


def declined_later(trigger: Token, member: Mention, index: MentionIndex) -> bool:
    """A later clause of the sentence says the member did not take the step: "invited Jordan
    and Morocco to join, and neither ever did", "was offered partner status but has yet to
    accept it", "filed notices to quit the court and later revoked them, so neither left"."""
    own = {t.i for c in trigger.children if c.dep_ not in {"conj", "cc", "advcl", "punct"} for t in c.subtree}
    for token in trigger.sent:
        if token.i <= trigger.i or token.pos_ not in {"VERB", "AUX"} or lemma(token) not in _ACCEPTING:
            continue
        if token.i in own or any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in token.children):
            continue  # "has never said whether it took up the offer" denies nothing about the offer
        if any(c.dep_ == "dobj" and lemma(c) not in _OFFER_WORDS and (index.at(c) is None or index.at(c).is_state)
               for c in token.children):
            continue  # "will not accept production limits": something else refused, not the offer
        if not is_denied(governors(token)):
            continue
        if any(c.lower_ in {"neither", "none"} for c in token.children):
            return True  # "and neither ever did" (the parser may take "neither" for a preconjunction)
        for subject in subjects_of(token):
            if subject.lower_ in {"neither", "none"}:
                return True
            found = index.at(subject)
            if found is not None and found.entity_id == member.entity_id:
                return True
    return False


def is_intended(chain: list[Token]) -> bool:
    """Future, plans, intentions and invitations: the status 'announced'.

    A change told in the progressive ("is withdrawing", "was quitting") is under way,
    hence announced too.
    """
    trigger = chain[0]
    if trigger.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in trigger.children):
        # (but "was halting its participation with immediate effect" is done)
        return not any(t.lower_ == "immediate" and t.head.lower_ == "effect" or t.lower_ == "immediately" for t in trigger.subtree)
    last = chain[-1]
    before = last.doc[last.i - 1] if last.i > 0 else None
    if (last.tag_ == "VBG" and before is not None and before.dep_ == "pobj"
            and before.head.lower_ in {"to", "for", "towards"}):
        return True  # "the last obstacle to Sweden becoming a member", "the way for Finland joining"
    if any(t.tag_ == "VBG" and t.dep_ == "pcomp" and t.head.lower_ in {"toward", "towards"} for t in chain):
        return True  # "a step toward becoming an associate state"
    for position, token in enumerate(chain):
        if position > 0 and chain[position - 1].dep_ in {"nsubj", "nsubjpass", "csubj"}:
            break  # "Sweden's bid cleared its last hurdle": what the subject does is not its modality
        for child in token.children:
            if child.dep_ == "aux" and child.lower_ in lexicon.FUTURE_MODALS:
                return True
            if child.lower_ == "going" and child.dep_ in {"aux", "xcomp"}:
                return True
        word = lemma(token)
        if position > 0 and chain[position - 1].dep_ == "ccomp" and (chain[position - 1].tag_ == "VBD" or any(
                c.dep_ in {"aux", "auxpass"} and c.lower_ in {"had", "has", "have", "was", "were"} for c in chain[position - 1].children)):
            break  # a finite past clause under "began" is a parse slip ("A joined in 1999, weeks before ... began",
            # "had been suspended on 25 February, the day after the invasion began")
        if position > 0 and word in lexicon.INTENT_WORDS and word not in {"announce", "declare"}:
            if word == "agree" and token.tag_ == "VBD" and token.dep_ == "relcl" and lemma(chain[0]) in lexicon.FOUNDING_VERBS:
                return False  # "the New Development Bank, which A and B agreed to create in 2014": it exists
            # "plans to join", "the decision to leave", "is set to become"
            return True
        if position > 0 and word in {"announce", "declare"} and chain[position - 1].dep_ in {"dobj"}:
            return True  # "announced its withdrawal" (a nominal), not "announced that it had left"
        if position > 1 and word == "notify" and chain[1].lower_ == "of" and chain[0].pos_ == "NOUN":
            return True  # "notified the union of its withdrawal": the notice starts the clock
        if token.tag_ == "VBG" and lemma(token) == "go" and position > 0:
            return True
        if token.dep_ == "advcl" and lemma(token) in {"become", "join", "accede", "enter"} and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and lemma(token.head) == "be":
            # "was one of six countries invited ... to become members from January 1": an infinitive the
            # parse hung on the copula belongs to what was said before it (not "had to wait ... to become")
            return True
    return False


def approval_relation(trigger: Token, relation: str) -> tuple[str, str | None]:
    """A nominal accession under 'ratified'/'blocked': (relation, forced status)."""
    if relation != "joins" or trigger.pos_ not in {"NOUN", "PROPN"} or lemma(trigger) not in lexicon.NOUN_RELATIONS:
        return relation, None
    head = trigger.head
    if dating.completing_clause(trigger) is not None:
        return relation, "asserted"  # "ratified Sweden's accession to NATO, which was completed in March 2024"
    if trigger.dep_ in {"dobj", "nsubjpass"} or (trigger.dep_ == "pobj" and head.dep_ == "prep"):
        verb = head if trigger.dep_ != "pobj" else head.head
        word = lemma(verb)
        if word in lexicon.COMPLETE_VERBS:
            return relation, "asserted"
        if word in lexicon.BLOCK_VERBS:
            return "applies", "asserted"
        if word in lexicon.APPROVAL_VERBS:
            return relation, "announced"
    return relation, None


def reporting_speaker(verb: Token, index: MentionIndex) -> Speaker | None:
    """The subject of a reporting verb as a Speaker."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        return None
    subject = subjects[0]
    if index.at(subject) is None and subject.pos_ in {"VERB", "ADJ"}:
        # "Military-led Mali, Burkina Faso and Niger said": parsed with "led" as the subject
        subject = next((c for c in subject.children if c.dep_ in {"dep", "appos", "npadvmod"} and index.at(c)), subject)
    speaker = speaker_from(subject, index, hedged=lemma(verb) in lexicon.HEDGED_REPORTING)
    group = [index.at(t) for t in expand_group(subject) if index.at(t) is not None]
    if speaker is not None and len(group) > 1:
        # from the first named member to the last: "Military-led Mali, Burkina Faso and Niger" → "Mali, ..."
        name = subjects[0].doc[min(m.start for m in group): max(m.end for m in group)].text
        speaker = Speaker(name, speaker.agent, speaker.hedged, tuple(m.entity_id for m in group))
    return speaker


#: Speakers whose word the article reports without vouching for it.
_OUTSIDE_SOURCES = {"medium", "media", "channel", "account", "outlet", "newspaper", "paper", "tabloid", "broadcaster", "website",
                    "site", "page", "post", "blog", "daily", "television", "tv", "user", "influencer", "blogger", "poster"}


def speaker_from(token: Token, index: MentionIndex, *, hedged: bool = False) -> Speaker | None:
    if token.lower_ in {"he", "she"}:
        person = _last_person_before(token)
        if person is None:
            return None
        return Speaker(index.full_name(person), index.affiliation(person), hedged)
    if token.lower_ in {"it", "they", "we", "i", "which", "who", "that"}:
        return None
    if token.ent_type_ == "PERSON" or (token.pos_ == "PROPN" and token.text in index.full_names and index.at(token) is None):
        span = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        name = span.text if span is not None and span.label_ == "PERSON" else token.text
        return Speaker(index.full_name(name), index.affiliation(name), hedged)
    mention = index.at(token)
    if mention is not None:
        text = token.doc[mention.start: mention.end].text
        return Speaker(text, mention, hedged)
    if lemma(token) in {"report", "statement", "source", "dispatch", "story", "article", "readout"}:
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in {"from", "by", "of", "in"}):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                inner = speaker_from(obj, index, hedged=True)
                if inner is not None:
                    return inner
    # a noun phrase: "Qatar's foreign ministry", "officials", "sources"
    words = [t for t in token.subtree if t.dep_ not in {"relcl", "punct"} and t.i <= token.i]
    phrase = token.doc[words[0].i: token.i + 1].text if words else token.text
    owner = next((index.at(c) for c in token.children if c.dep_ in {"poss", "amod", "compound"} and index.at(c)), None)
    word = lemma(token)
    # sources the article does not vouch for: media ("the Telegram channel posted", "a Facebook
    # page wrote", "state media"); "Bloomberg reported" is hedged by its verb
    outside = word in _OUTSIDE_SOURCES or any(c.dep_ in {"compound", "appos"} and lemma(c) in _OUTSIDE_SOURCES for c in token.children) or (
        word == "agency" and any(c.lower_ in {"news", "press"} for c in token.children))  # "the Telegram channel Multipolar News"
    return Speaker(phrase, owner, hedged or outside or word in {"source", "report", "analyst", "observer", "media", "expert", "diplomat", "insider"})


def _last_person_before(token: Token) -> str | None:
    best = None
    for ent in token.doc.ents:
        if ent.label_ == "PERSON" and ent.end <= token.i:
            best = ent.text
    return best


def attribution(chain: list[Token], sent: Span, index: MentionIndex, quote_speaker: Speaker | None) -> Speaker | None:
    """Who says the claim: a reporting verb above the trigger, 'according to', or the quote's speaker."""
    for below, token in zip(chain, chain[1:]):
        counted = lemma(token) in {"count", "list"} and below.dep_ == "prep" and below.lower_ in {"among", "as"}
        if token.pos_ in {"VERB", "AUX"} and (lemma(token) in lexicon.REPORTING_VERBS and below.dep_ in {
                "ccomp", "xcomp", "parataxis"} or counted):
            # "the Kremlin counts the kingdom among the members": the Kremlin's count
            speaker = reporting_speaker(token, index)
            if speaker is not None:
                return speaker
    for token in sent:
        if token.lower_ == "according" and token.dep_ == "prep":
            objects = [g for c in token.children for g in ([c] if c.dep_ == "pobj" else c.children) if g.dep_ == "pobj"]
            if objects:
                speaker = speaker_from(objects[0], index, hedged=True)
                if speaker is not None:
                    return speaker
    root = sent.root
    if (root not in chain and lemma(root) in lexicon.REPORTING_VERBS and chain[0].i < root.i
            and not any(c.dep_ == "dobj" for c in root.children)):
        # parataxis: "Armenia will leave, Pashinyan said." (not "the bloc added South Africa")
        speaker = reporting_speaker(root, index)
        if speaker is not None:
            return speaker
    return quote_speaker


#: Verbs that tell someone of something ("notified the organisation of its withdrawal").
_TELLING = {"notify", "inform", "tell", "advise", "warn", "apprise", "assure"}


def presupposed(noun: Token) -> bool:
    """A nominal event inside a prepositional phrase of another predicate ("since Finland's
    accession", "with its bid to join the OECD") is background the article takes as given:
    a speaker elsewhere in the sentence does not make it a reported claim."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or lemma(noun.head.head) in lexicon.REPORTING_VERBS:
        return False
    holder = noun.head.head
    if holder.lemma_.lower() in {"instrument", "instruments", "document", "documents", "papers"}:
        return False  # "handed over its instrument of accession on Thursday": the handing over is the accession
    if holder.dep_ in {"dobj", "dative"} and lemma(holder.head) in _TELLING:
        return False  # "notified the Council of its withdrawal": what was told, not background
    if lemma(holder) in _TELLING:
        return False
    # "marks the beginning of Armenia's exit": the phrase is the claim, not background
    return holder.lemma_.lower() not in {"beginning", "start", "prelude", "step", "onset", "threshold", "precursor"}


def hedged(chain: list[Token]) -> bool:
    """'reportedly', 'allegedly', 'is said to', 'is believed to'."""
    for token in chain:
        for child in token.children:
            if child.lower_ in lexicon.HEDGE_ADVERBS:
                return True
        if lemma(token) in {"say", "believe", "report", "rumour", "rumor", "think"} and any(
            c.dep_ == "auxpass" for c in token.children
        ):
            return True
    return False


def first_party(speaker: Speaker, member: Mention, org: Mention) -> bool:
    """The speaker speaks for the member or the organisation, or for no one else we know of.

    Only a speaker known to speak for a third party (a Kremlin spokesman on Armenia) or
    a hedged source ("according to", "analysts", "claimed") makes a claim "reported".
    """
    if speaker.agent is None:
        return not speaker.hedged
    return bool({speaker.agent.entity_id, *speaker.also} & {member.entity_id, org.entity_id})
