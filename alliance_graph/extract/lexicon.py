"""The words that carry membership events, and the words that change how sure a claim is.

Data only: the relation layer reads these tables. A *frame* says which relation a trigger
expresses when the member is its grammatical subject (``by_member``) and when the
organisation is the subject and the member its object (``by_org``).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass


@dataclass(frozen=True)
class Frame:
    """How a trigger word maps to relations.

    ``by_member``: relation when the member acts ("Finland joined NATO").
    ``by_org``: relation when the organisation acts on the member ("ECOWAS suspended Mali");
    also used for passives whose subject is the member ("Mali was suspended").
    ``needs_particle``: phrasal verbs ("pull out", "kick out", "set up").
    ``needs_membership_object``: the member's own act needs an object such as
    "membership" or "participation" ("froze its participation"), not the organisation.
    """

    by_member: str | None = None
    by_org: str | None = None
    needs_particle: tuple[str, ...] = ()
    needs_membership_object: bool = False
    passive_member: str | None = None


VERB_FRAMES: dict[str, Frame] = {
    # becoming a member
    "join": Frame("joins", None, passive_member=None),
    "accede": Frame("joins"),
    "enter": Frame("joins"),
    "sign": Frame("joins", needs_particle=("up", "on")),
    "admit": Frame(None, "joins", passive_member="joins"),
    "induct": Frame(None, "joins", passive_member="joins"),
    "accept": Frame(None, "joins", passive_member="joins"),
    "invite": Frame(None, "joins", passive_member="joins"),
    "elect": Frame(None, "joins", passive_member="joins"),  # "was elected to the Human Rights Council"
    # leaving
    "leave": Frame("leaves"),
    "quit": Frame("leaves"),
    "exit": Frame("leaves"),
    "withdraw": Frame("leaves"),
    "pull": Frame("leaves", needs_particle=("out",)),
    "walk": Frame("leaves", needs_particle=("out", "away")),
    "break": Frame("leaves", needs_particle=("away", "off")),
    "depart": Frame("leaves"),
    "abandon": Frame("leaves"),
    "ditch": Frame("leaves"),
    "secede": Frame("leaves"),
    "renounce": Frame("leaves"),
    "denounce": Frame("leaves", needs_membership_object=True),
    "drop": Frame("leaves", needs_particle=("out",)),
    "opt": Frame("leaves", needs_particle=("out",)),
    # suspension
    "suspend": Frame("suspends", "suspended_by", needs_membership_object=True, passive_member="suspended_by"),
    "freeze": Frame("suspends", "suspended_by", needs_membership_object=True, passive_member="suspended_by"),
    "pause": Frame("suspends", None, needs_membership_object=True),
    "halt": Frame("suspends", None, needs_membership_object=True),
    "downgrade": Frame("suspends", None, needs_membership_object=True),
    # expulsion
    "expel": Frame(None, "expelled", passive_member="expelled"),
    "oust": Frame(None, "expelled", passive_member="expelled"),
    "eject": Frame(None, "expelled", passive_member="expelled"),
    "kick": Frame(None, "expelled", needs_particle=("out",), passive_member="expelled"),
    "throw": Frame(None, "expelled", needs_particle=("out",), passive_member="expelled"),
    "boot": Frame(None, "expelled", passive_member="expelled"),
    "bar": Frame(None, "suspended_by", passive_member="suspended_by"),
    "welcome": Frame(None, "readmitted", needs_particle=("back",), passive_member="readmitted"),
    # coming back
    "rejoin": Frame("readmitted"),
    "re-join": Frame("readmitted"),
    "readmit": Frame(None, "readmitted", passive_member="readmitted"),
    "re-admit": Frame(None, "readmitted", passive_member="readmitted"),
    "reinstate": Frame(None, "readmitted", passive_member="readmitted"),
    "reintegrate": Frame(None, "readmitted", passive_member="readmitted"),
    "return": Frame("readmitted"),
    "regain": Frame("readmitted", needs_membership_object=True),
    "win": Frame("readmitted", needs_particle=("back",), needs_membership_object=True),
    "adopt": Frame("joins"),
    "switch": Frame("joins"),
    "ratify": Frame("joins"),  # only with the organisation's own treaty as object ("ratified the Rome Statute")
    "take": Frame("joins", needs_membership_object=True),  # "takes its seat" (only a seat: see relations)
    "come": Frame("joins", needs_particle=("in", "aboard", "back")),  # "came in in 1991"; "came back": readmitted
    "go": Frame("readmitted", needs_particle=("back",)),  # "went back into the bloc in 2006" (only with the organisation named)
    "reactivate": Frame("readmitted", needs_membership_object=True, passive_member="readmitted"),
    "restore": Frame(None, "readmitted", needs_membership_object=True, passive_member="readmitted"),
    "resume": Frame("readmitted", needs_membership_object=True),
    "unfreeze": Frame("readmitted", needs_membership_object=True),
    "reclaim": Frame("readmitted", needs_membership_object=True),
    # applying
    "apply": Frame("applies"),
    "seek": Frame("applies", needs_membership_object=True),
    "request": Frame("applies", needs_membership_object=True),
    "petition": Frame("applies"),
    "bid": Frame("applies", needs_membership_object=True),  # "have all bid for membership of BRICS"
    # founding
    "found": Frame("founds", passive_member="founds"),
    "co-found": Frame("founds", passive_member="founds"),
    "cofound": Frame("founds", passive_member="founds"),
    "establish": Frame("founds", passive_member="founds"),
    "create": Frame("founds", passive_member="founds"),
    "form": Frame("founds", passive_member="founds"),
    "launch": Frame("founds", passive_member="founds"),
    "set": Frame("founds", needs_particle=("up",), passive_member="founds"),
    # membership as a state
    "belong": Frame("member"),
    "comprise": Frame(None, "member", passive_member="member"),
    "include": Frame(None, "member"),
    "consist": Frame(None, "member"),
    "compose": Frame(None, "member", passive_member="member"),
    "group": Frame(None, "member"),
    "unite": Frame(None, "member"),
    "encompass": Frame(None, "member"),
    "bring": Frame(None, "member", needs_particle=("together",)),
    "make": Frame("member", needs_particle=("up",), passive_member="member"),
}

#: Verbs whose object is a *state*, not an organisation, when the organisation acts on it;
#: the rest take the organisation as object when the member acts.
ORG_ACTS_ON_MEMBER = {lemma for lemma, frame in VERB_FRAMES.items() if frame.by_org and not frame.by_member}

#: Nominalisations: the noun's relation, with the member as possessor or "of"-object.
NOUN_RELATIONS: dict[str, str] = {
    "accession": "joins",
    "admission": "joins",
    "entry": "joins",
    "joining": "joins",
    "induction": "joins",
    "enlargement": "joins",
    "exit": "leaves",
    "withdrawal": "leaves",
    "departure": "leaves",
    "pullout": "leaves",
    "pull-out": "leaves",
    "secession": "leaves",
    "leaving": "leaves",
    "suspension": "suspended_by",
    "expulsion": "expelled",
    "ouster": "expelled",
    "exclusion": "expelled",
    "readmission": "readmitted",
    "re-admission": "readmitted",
    "reinstatement": "readmitted",
    "return": "readmitted",
    "reintegration": "readmitted",
    "application": "applies",
    "bid": "applies",
    "candidacy": "applies",
    "candidature": "applies",
    "aspiration": "applies",
    "founding": "founds",
    "foundation": "founds",
    "formation": "founds",
    "creation": "founds",
    "establishment": "founds",
    "invitation": "joins",
}

#: Verbs whose infinitive complement is an application, not the act: "applied to join".
APPLY_VERBS = {"apply", "seek", "bid", "request", "petition", "ask", "campaign", "lobby", "push", "strive", "try", "attempt", "hope", "want", "aspire", "wish"}
#: Verbs of an organisation's founding ("founded in 1949", "set up in 2001").
FOUNDING_VERBS = {"found", "create", "establish", "set", "launch", "form"}
#: Verbs of an organisation's start, founding or first opening ("began with 11 countries").
STARTING_VERBS = FOUNDING_VERBS | {"begin", "start", "open"}
#: Documents of founding: "signed the founding treaty of Mercosur".
FOUNDING_DOCUMENTS = {"treaty", "charter", "agreement", "statute", "declaration", "protocol", "convention", "act", "accord"}


#: Irregular forms of the lexicon's verbs (regular ones are generated or lemmatised).
IRREGULAR_FORMS: dict[str, tuple[str, ...]] = {
    "leave": ("left",), "withdraw": ("withdrew", "withdrawn"), "break": ("broke", "broken"),
    "freeze": ("froze", "frozen"), "throw": ("threw", "thrown"), "take": ("took", "taken"),
    "come": ("came",), "win": ("won",), "make": ("made",), "bring": ("brought",),
    "seek": ("sought",), "unfreeze": ("unfroze", "unfrozen"), "get": ("got", "gotten"),
    "become": ("became",), "set": ("set",), "quit": ("quit",), "split": ("split",), "grow": ("grew", "grown"),
    "go": ("went", "gone"),
}
_BASE_OF_IRREGULAR = {form: base for base, forms in IRREGULAR_FORMS.items() for form in forms}


@functools.lru_cache(maxsize=1 << 16)  # a pure function of three strings, asked for every token
def lemma_of(token_lemma: str, token_lower: str, previous: tuple[str, ...] = ()) -> str:
    """The lexicon key for a word: its lemma, repaired where the lemmatiser stumbles
    ("readmitted" → "readmitte", "hopes" → "hop").

    >>> lemma_of("readmitte", "readmitted")
    'readmit'
    >>> lemma_of("join", "joined", ("re", "-"))
    'rejoin'
    >>> lemma_of("hop", "hopes")
    'hope'
    """
    lemma = token_lemma.lower()
    if previous[-2:] in {("re", "-"), ("co", "-")}:
        lemma = previous[-2] + lemma
    known = _known_words()
    if lemma in known:
        return lemma
    if token_lower in _BASE_OF_IRREGULAR:
        return _BASE_OF_IRREGULAR[token_lower]  # the tagger may leave "froze" as its own lemma
    for suffix, repl in (("tted", "t"), ("tting", "t"), ("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"),
                         ("ing", ""), ("ing", "e"), ("es", "e"), ("e", ""), ("s", "")):
        if token_lower.endswith(suffix):
            candidate = token_lower[: len(token_lower) - len(suffix)] + repl
            if candidate in known:
                return candidate
    return lemma


@functools.lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """Every word the tables below look up (they are module constants, read at call time)."""
    return frozenset(VERB_FRAMES) | frozenset(NOUN_RELATIONS) | APPLY_VERBS | INTENT_WORDS | REPORTING_VERBS | (
        DENIAL_WORDS | SPECULATION_WORDS | GAIN_VERBS | HOLD_VERBS | COMPLETE_VERBS | ANNOUNCE_VERBS
        | APPROVAL_VERBS | BLOCK_VERBS | BECOME_VERBS | frozenset(STATUS_NOUNS)
    )

#: Nouns that stand for a member's place in an organisation ("froze its participation in").
MEMBERSHIP_NOUNS = {
    "membership", "participation", "seat", "role", "activity", "activities", "involvement",
    "ranks", "rank", "fold", "work", "structures", "bodies", "status", "presence", "engagement",
    "cooperation", "obligations", "commitments", "rights", "voting",
    # lemmas (the parser lemmatises "bodies" to "body")
    "body", "structure", "right", "obligation", "commitment", "organ", "institution",
}

#: Status nouns and the relation they express ("observer status", "candidate status").
STATUS_NOUNS: dict[str, str] = {
    "observer": "observer",
    "candidate": "candidate",
    "partner": "partner",
    "associate": "partner",
    "associated": "partner",
}

#: Words in front of "member" that change what the membership is.
MEMBER_MODIFIERS: dict[str, str] = {
    "founding": "founds",
    "founder": "founds",
    "original": "founds",
    "associate": "partner",
    "associated": "partner",
    "observer": "observer",
    "candidate": "candidate",
    "full": "member",
    "new": "joins",
    "newest": "joins",
    "latest": "joins",
}

#: Verbs that turn "member" into a change: "became a member" = joins.
BECOME_VERBS = {"become", "turn", "get", "make"}
#: Verbs that grant or obtain a status/membership: "was granted candidate status".
GAIN_VERBS = {"grant", "gain", "give", "award", "win", "obtain", "receive", "secure", "get", "achieve", "attain", "acquire", "confer", "offer"}
#: Verbs of an organisation growing by new members ("expanded to include Egypt").
GROWING_VERBS = {"grow", "expand", "enlarge", "swell", "widen", "broaden"}
#: Verbs that end a suspension or an exclusion given as their object ("lifted the suspension").
LIFTING_VERBS = {"lift", "end", "revoke", "rescind", "reverse", "overturn", "scrap", "drop"}
#: Nouns of an exclusion that can be lifted.
EXCLUSION_NOUNS = {"suspension", "exclusion", "expulsion"}
#: Verbs that keep a status: "holds observer status".
HOLD_VERBS = {"have", "hold", "enjoy", "retain", "keep", "be", "remain", "maintain"}
#: Verbs that complete a nominal event ("completed its accession").
COMPLETE_VERBS = {"complete", "finalise", "finalize", "formalise", "formalize", "seal", "conclude", "mark", "celebrate"}
#: Verbs that announce a nominal event ("announced its withdrawal").
ANNOUNCE_VERBS = {"announce", "declare", "notify", "signal", "unveil", "proclaim"}
#: Verbs under which a nominal accession is a step towards it, not done yet.
APPROVAL_VERBS = {"ratify", "approve", "clear", "greenlight", "endorse", "back", "support", "welcome", "pave", "open", "accept", "sign", "agree"}
#: Verbs under which a nominal accession is blocked: the bid exists, the accession does not.
BLOCK_VERBS = {"block", "veto", "oppose", "delay", "stall", "freeze", "obstruct", "hold", "reject"}

#: Governing words that make the event an intention or plan (status "announced").
INTENT_WORDS = {
    "plan", "intend", "decide", "vote", "agree", "aim", "prepare", "expect", "set", "move", "threaten",
    "pledge", "promise", "vow", "announce", "declare", "want", "hope", "seek", "wish", "aspire",
    "resolve", "opt", "choose", "elect", "propose", "invite", "schedule", "begin", "start", "initiate",
    "launch", "push", "campaign", "strive", "try", "attempt", "poise",
    "due", "likely", "ready", "willing", "eager", "determined", "going", "about", "intention",
    "plan", "decision", "bid", "move", "invitation", "offer", "process", "roadmap", "path", "way",
    "effort", "efforts", "push", "ambition", "goal", "hope", "desire", "readiness", "order", "instruct",
    "direct", "commit", "timetable", "deadline", "clear", "pave", "procedure", "step", "formality",
    "paperwork", "notice", "need",
}
#: Modal auxiliaries of the future / intention.
FUTURE_MODALS = {"will", "would", "shall", "'ll", "wo"}
#: Words of mere deliberation or speculation: "is weighing whether to join" claims nothing.
SPECULATION_WORDS = {"face", "avoid", "escape", "avert", "forestall", "dodge", "prevent",
                     "weigh", "mull", "consider", "contemplate", "debate", "discuss", "explore", "study", "examine", "ponder", "whether", "if", "unless", "possibility", "speculation", "prospect", "question", "idea", "scenario", "risk", "chance", "threat", "fear", "rumour", "rumor"}
#: Modals of mere possibility: "could leave" is no claim at all.
POSSIBILITY_MODALS = {"could", "might", "may", "can", "should", "must", "ought"}

#: Verbs that deny or refute what they govern.
DENIAL_WORDS = {"deny", "reject", "dismiss", "refute", "rebuff", "dispute", "contradict", "rule", "debunk", "decline", "refuse", "turn",
                "fail"}
#: Words that negate.
NEGATIONS = {"not", "n't", "never", "no", "neither", "nor", "without", "nobody", "none"}

#: Reporting verbs: their subject is who the claim is attributed to.
REPORTING_VERBS = {
    "say", "tell", "state", "claim", "allege", "report", "announce", "insist", "confirm", "add",
    "note", "write", "tweet", "post", "declare", "assert", "argue", "suggest", "warn", "explain",
    "stress", "emphasise", "emphasize", "indicate", "acknowledge", "reveal", "disclose",
    "deny", "maintain", "contend", "predict", "believe", "think", "quote", "cite", "inform", "brief",
}
#: Reporting verbs whose content the article does not vouch for.
HEDGED_REPORTING = {"claim", "allege", "suggest", "believe", "think", "predict", "speculate", "rumour", "rumor", "contend",
                    "report"}
#: Adverbs and phrases that hedge a claim.
HEDGE_ADVERBS = {"reportedly", "allegedly", "supposedly", "purportedly", "apparently", "ostensibly", "rumoured", "rumored"}

#: Nouns that stand for a state's government when modified by a demonym or possessor
#: ("Armenian officials", "Mali's junta").
GOVERNMENT_NOUNS = {
    "official", "officials", "government", "authorities", "authority", "leader", "leaders", "side",
    "president", "minister", "ministry", "diplomat", "diplomats", "lawmaker", "lawmakers", "parliament",
    "junta", "juntas", "ruler", "rulers", "leadership", "delegation", "cabinet", "premier", "chancellor",
    "administration", "regime", "state", "country", "nation", "republic", "kingdom", "envoy", "spokesman",
    "spokeswoman", "spokesperson", "military", "legislature", "senate", "congress", "assembly", "people",
    "voters", "prime", "head", "foreign",
}
#: Nouns that refer back to the state in focus ("the country", "the kingdom").
STATE_ANAPHORS = {"country", "nation", "kingdom", "republic", "state", "emirate", "island", "archipelago"}
#: Generic heads that refer back to an organisation in focus ("the bloc", "this agreement").
ORG_ANAPHORS = {
    "bloc", "alliance", "organisation", "organization", "union", "group", "grouping", "body", "cartel",
    "club", "pact", "community", "league", "forum", "coalition", "treaty", "agreement", "court", "bank", "lender",
    "council", "partnership", "confederation", "federation", "association", "zone", "area", "grouping",
    "statute", "convention", "commonwealth",
}
