"""Scoring extracted events against a gold file (``alliance-graph evaluate GOLD.jsonl DOCS...``).

Documents are matched by :func:`doc_key` (the file name for paths, the id for JSONL ids), so a
gold file written with ``seeds/a.txt`` matches a run on ``/tmp/x/seeds/a.txt``.

Scores
    * **triples**: precision/recall/F1 over distinct ``(doc, subject_id, relation,
      organization_id)`` tuples, ``denied`` events left out on both sides;
    * **statuses**: the same over ``(doc, subject_id, relation, organization_id, status)``,
      every event (``denied`` included);
    * **dates**: over matched triples, each distinct gold date counts once; it is correct when
      some predicted event of the triple has a date that agrees at the gold's precision
      (``2024-02-23`` matches gold ``2024-02``; ``2024`` or no date does not);
    * **member list**: the triple score restricted to relation ``member``;
    * **distractor events**: predicted non-denied events on documents without gold events
      (among ``documents`` when given) or listed in ``distractors``;
    * **per relation**: the triple score for each relation;
    * **errors**: every status tuple missed (gold, not predicted) or spurious (predicted, not
      gold), with its evidence sentence.

When a score has nothing on either side it is 1.0; when only one side is empty, 0.0.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from alliance_graph.errors import InputError
from alliance_graph.model import Event

_DOC_EXTENSIONS = (".txt", ".jsonl", ".html", ".htm", ".md")


def doc_key(doc: str) -> str:
    """The key documents are matched by: a path's file name, or a JSONL id unchanged.

    A string is a path when it ends with a document extension (``.txt``, ``.html``, ...).

    Examples:
        >>> doc_key("seeds/csto_armenia.txt"), doc_key("C:\\\\corpus\\\\a.txt"), doc_key("reuters/123")
        ('csto_armenia.txt', 'a.txt', 'reuters/123')
    """
    text = doc.strip()
    if text.lower().endswith(_DOC_EXTENSIONS):
        return os.path.basename(text.replace("\\", "/"))
    return text


def load_gold(path: str) -> list[Event]:
    """Read a gold file: JSON Lines of contract events (blank lines and ``#`` lines skipped).

    Raises:
        InputError: the file is missing or a line is not a contract event (names the line).

    Examples:
        >>> import os, tempfile
        >>> line = ('{"doc": "a.txt", "subject": "Armenia", "subject_id": "ARM", "relation": '
        ...         '"suspends", "organization": "CSTO", "organization_id": "CSTO", "date": '
        ...         '"2024-02", "status": "asserted", "evidence": {"text": "...", "start": 0, "end": 3}}')
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = os.path.join(d, "gold.jsonl")
        ...     _ = open(p, "w").write(line + "\\n")
        ...     [e.key for e in load_gold(p)]
        [('ARM', 'suspends', 'CSTO')]
    """
    try:
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().splitlines()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or directory.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot be read as UTF-8 text ({exc}).") from None
    events = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            data = json.loads(line)
            if not isinstance(data, dict):
                raise InputError("expected a JSON object")
            events.append(Event.from_json(data))
        except (json.JSONDecodeError, InputError) as exc:
            raise InputError(f"{path}, line {number}: not a gold event ({exc}).") from None
    return events


@dataclass(frozen=True)
class Score:
    """True/false positives and negatives with precision, recall and F1."""

    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, gold: set[Any], predicted: set[Any]) -> "Score":
        """Compare two sets.

        Examples:
            >>> Score.of({1, 2, 3, 4}, {1, 2, 5})
            Score(tp=2, fp=1, fn=2, precision=0.6667, recall=0.5, f1=0.5714)
        """
        tp, fp, fn = len(gold & predicted), len(predicted - gold), len(gold - predicted)
        if not gold and not predicted:
            return cls(0, 0, 0, 1.0, 1.0, 1.0)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return cls(tp, fp, fn, round(p, 4), round(r, 4), round(f, 4))


@dataclass(frozen=True)
class DateScore:
    """Date accuracy over matched triples whose gold event has a date."""

    correct: int
    total: int
    accuracy: float


@dataclass(frozen=True)
class ErrorRow:
    """A missed (gold only) or spurious (predicted only) event."""

    kind: str
    doc: str
    subject: str
    subject_id: str
    relation: str
    organization: str
    organization_id: str
    status: str
    date: str | None
    evidence: str


@dataclass(frozen=True)
class Report:
    """The result of :func:`evaluate`."""

    documents: int
    gold_events: int
    predicted_events: int
    triples: Score
    statuses: Score
    dates: DateScore
    member_list: Score
    distractor_documents: int
    distractor_events: int
    per_relation: tuple[tuple[str, Score], ...]
    errors: tuple[ErrorRow, ...]

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (``per_relation`` as an object keyed by relation)."""
        data = asdict(self)
        data["per_relation"] = {rel: asdict(score) for rel, score in self.per_relation}
        data["errors"] = [asdict(e) for e in self.errors]
        return data


def date_matches(gold: str, predicted: str | None) -> bool:
    """Whether a predicted date agrees with the gold date at the gold's precision.

    Examples:
        >>> date_matches("2024-02", "2024-02-23"), date_matches("2024-02", "2024"), date_matches("2024", None)
        (True, False, False)
    """
    return predicted is not None and len(predicted) >= len(gold) and predicted[: len(gold)] == gold


def _triple(e: Event) -> tuple[str, str, str, str]:
    return (doc_key(e.doc), e.subject_id, e.relation, e.organization_id)


def _error(kind: str, e: Event) -> ErrorRow:
    return ErrorRow(kind, e.doc, e.subject, e.subject_id, e.relation, e.organization,
                    e.organization_id, e.status, e.date, e.evidence.text)


def _errors(kind: str, events: Iterable[Event], other: set[tuple[str, ...]]) -> list[ErrorRow]:
    rows, seen = [], set()
    for e in events:
        t = (*_triple(e), e.status)
        if t not in other and t not in seen:
            seen.add(t)
            rows.append(_error(kind, e))
    return rows


def evaluate(gold: Sequence[Event], predicted: Sequence[Event], *, documents: Sequence[str] | None = None,
             distractors: set[str] | None = None) -> Report:
    """Score predicted events against gold events (see the module docstring for the measures).

    Args:
        gold: the gold events (:func:`load_gold`).
        predicted: the extractor's events.
        documents: the documents of the run (paths or ids); when given, only events on these
            documents are scored, and those among them without gold events are distractors.
        distractors: more documents (paths or ids) that count as distractors.

    Examples:
        >>> from alliance_graph.model import Evidence
        >>> def ev(doc, rel, date=None, status="asserted"):
        ...     return Event(doc, "Armenia", "ARM", rel, "CSTO", "CSTO", date, status, None,
        ...                  0.9, Evidence("...", 0, 3))
        >>> r = evaluate([ev("a.txt", "suspends", "2024-02"), ev("a.txt", "leaves", status="denied")],
        ...              [ev("dir/a.txt", "suspends", "2024-02-23"), ev("b.txt", "member")])
        >>> r.triples.tp, r.triples.fp, r.triples.fn, r.dates.accuracy, r.distractor_events
        (1, 1, 0, 1.0, 1)
    """
    scope = None if documents is None else {doc_key(d) for d in documents}
    if scope is not None:
        gold = [e for e in gold if doc_key(e.doc) in scope]
        predicted = [e for e in predicted if doc_key(e.doc) in scope]
    gold_docs = {doc_key(e.doc) for e in gold}
    pred_docs = {doc_key(e.doc) for e in predicted}
    distractor_docs = ((scope if scope is not None else pred_docs) - gold_docs) | {
        doc_key(d) for d in (distractors or set())}

    gold_live = [e for e in gold if e.status != "denied"]
    pred_live = [e for e in predicted if e.status != "denied"]
    g_triples = {_triple(e) for e in gold_live}
    p_triples = {_triple(e) for e in pred_live}
    g_status = {(*_triple(e), e.status) for e in gold}
    p_status = {(*_triple(e), e.status) for e in predicted}

    matched = g_triples & p_triples
    gold_dates = {(_triple(e), e.date) for e in gold_live if e.date and _triple(e) in matched}
    pred_dates: dict[tuple[str, str, str, str], list[str | None]] = {}
    for e in pred_live:
        pred_dates.setdefault(_triple(e), []).append(e.date)
    correct = sum(1 for t, d in gold_dates if any(date_matches(d, p) for p in pred_dates.get(t, [])))
    total = len(gold_dates)
    dates = DateScore(correct, total, round(correct / total, 4) if total else 1.0)

    relations = sorted({t[2] for t in g_triples | p_triples})
    per_relation = tuple(
        (rel, Score.of({t for t in g_triples if t[2] == rel}, {t for t in p_triples if t[2] == rel}))
        for rel in relations
    )
    member_list = Score.of({t for t in g_triples if t[2] == "member"}, {t for t in p_triples if t[2] == "member"})
    errors = _errors("missed", gold, p_status) + _errors("spurious", predicted, g_status)
    errors.sort(key=lambda r: (doc_key(r.doc), r.subject_id, r.relation, r.organization_id, r.kind))
    return Report(
        documents=len(scope) if scope is not None else len(gold_docs | pred_docs),
        gold_events=len(gold),
        predicted_events=len(predicted),
        triples=Score.of(g_triples, p_triples),
        statuses=Score.of(g_status, p_status),
        dates=dates,
        member_list=member_list,
        distractor_documents=len(distractor_docs),
        distractor_events=sum(1 for e in pred_live if doc_key(e.doc) in distractor_docs),
        per_relation=per_relation,
        errors=tuple(errors),
    )


def format_report(report: Report, *, max_errors: int | None = 50) -> str:
    """A human-readable report: the scores, a per-relation table, then the errors.

    Examples:
        >>> print(format_report(evaluate([], [])).splitlines()[0])
        Documents: 0   gold events: 0   predicted events: 0
    """
    lines = [
        f"Documents: {report.documents}   gold events: {report.gold_events}   "
        f"predicted events: {report.predicted_events}",
        "",
        f"{'measure':<14} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}",
    ]

    def row(name: str, s: Score) -> str:
        return f"{name:<14} {s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f} {s.tp:>5} {s.fp:>5} {s.fn:>5}"

    lines += [row("triples", report.triples), row("statuses", report.statuses),
              row("member list", report.member_list)]
    lines.append(f"{'dates':<14} accuracy {report.dates.accuracy:.3f} ({report.dates.correct}/{report.dates.total})")
    lines.append(f"{'distractors':<14} {report.distractor_events} events on "
                 f"{report.distractor_documents} documents without gold events")
    if report.per_relation:
        lines += ["", "per relation"] + [row(rel, s) for rel, s in report.per_relation]
    if report.errors:
        shown = report.errors if max_errors is None else report.errors[:max_errors]
        lines += ["", f"errors ({len(report.errors)})"]
        for e in shown:
            lines.append(f"  {e.kind:<8} {e.doc}: {e.subject_id} {e.relation} {e.organization_id} "
                         f"[{e.status}, {e.date or '-'}] {e.evidence[:80]!r}")
        if len(shown) < len(report.errors):
            lines.append(f"  ... {len(report.errors) - len(shown)} more")
    return "\n".join(lines)
