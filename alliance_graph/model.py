"""Plain, immutable records that flow between the layers.

Nothing here knows about spaCy or rdflib: the extractor produces these records, the store
writes and reads them, and the answer layer consumes them.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from alliance_graph.errors import InputError

#: The relation vocabulary of the extraction contract (shared/design/extraction.md).
RELATIONS: tuple[str, ...] = (
    "member",
    "joins",
    "leaves",
    "suspends",
    "suspended_by",
    "expelled",
    "readmitted",
    "applies",
    "candidate",
    "observer",
    "partner",
    "founds",
)

#: How sure the article is of a claim.
STATUSES: tuple[str, ...] = ("asserted", "announced", "reported", "denied")

#: Membership states derived from events over time.
MEMBERSHIP_STATUSES: tuple[str, ...] = (
    "member",
    "suspended",
    "withdrawn",
    "expelled",
    "applicant",
    "candidate",
    "observer",
    "partner",
)

_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def check_date(value: str | None) -> str | None:
    """Return ``value`` if it is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (or None).

    >>> check_date("2024-02")
    '2024-02'
    >>> check_date("24/02/2024")
    Traceback (most recent call last):
    ...
    alliance_graph.errors.InputError: Malformed date '24/02/2024': expected YYYY, YYYY-MM or YYYY-MM-DD.
    """
    if value is None:
        return None
    if not isinstance(value, str) or not _DATE_RE.match(value):
        raise InputError(f"Malformed date {value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD.")
    parts = [int(p) for p in value.split("-")]
    if len(parts) > 1 and not 1 <= parts[1] <= 12:
        raise InputError(f"Malformed date {value!r}: month out of range.")
    if len(parts) > 2:
        import datetime

        try:
            datetime.date(*parts)
        except ValueError:
            raise InputError(f"Malformed date {value!r}: no such day.") from None
    return value


def date_sort_key(value: str | None) -> str:
    """A sortable key for a partial date; unknown dates sort last.

    >>> sorted(["2024-02-23", "2024", None, "2023-12"], key=date_sort_key)
    ['2023-12', '2024', '2024-02-23', None]
    """
    return "9999" if value is None else value


@dataclass(frozen=True)
class Evidence:
    """The sentence that supports an event, with character offsets into the document body."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Event:
    """One membership claim, as the extraction contract prints it.

    Example:
        >>> e = Event(doc="a.txt", subject="Finland", subject_id="FIN", relation="joins",
        ...           organization="NATO", organization_id="NATO", date="2023-04-04",
        ...           status="asserted", attributed_to=None, confidence=0.9,
        ...           evidence=Evidence("Finland joined NATO on 4 April 2023.", 0, 36))
        >>> e.key
        ('FIN', 'joins', 'NATO')
    """

    doc: str
    subject: str
    subject_id: str
    relation: str
    organization: str
    organization_id: str
    date: str | None
    status: str
    attributed_to: str | None
    confidence: float
    evidence: Evidence
    #: Publication date of the document (not part of the contract's required fields).
    published: str | None = None
    #: Content hash of the document the event came from.
    doc_sha256: str | None = None

    def __post_init__(self) -> None:
        if self.relation not in RELATIONS:
            raise InputError(f"Unknown relation {self.relation!r}: expected one of {', '.join(RELATIONS)}.")
        if self.status not in STATUSES:
            raise InputError(f"Unknown status {self.status!r}: expected one of {', '.join(STATUSES)}.")
        check_date(self.date)
        check_date(self.published)
        if not 0.0 <= float(self.confidence) <= 1.0:
            raise InputError(f"Confidence {self.confidence!r} is outside [0, 1].")

    @property
    def key(self) -> tuple[str, str, str]:
        """(subject id, relation, organisation id): what the evaluator compares."""
        return (self.subject_id, self.relation, self.organization_id)

    def to_json(self) -> dict[str, Any]:
        """The contract's JSON object (extra fields last)."""
        data = asdict(self)
        ordered = {k: data[k] for k in (
            "doc", "subject", "subject_id", "relation", "organization", "organization_id",
            "date", "status", "attributed_to", "confidence", "evidence",
        )}
        ordered["confidence"] = round(float(self.confidence), 3)
        ordered["published"] = self.published
        return ordered

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Event":
        """Build an event from a contract JSON object; raises InputError when a field is missing."""
        missing = [k for k in ("doc", "subject", "subject_id", "relation", "organization", "organization_id", "status")
                   if not isinstance(data.get(k), str) or not data.get(k)]
        if missing:
            raise InputError(f"Malformed event record: field {missing[0]!r} must be a non-empty string.")
        try:
            ev = data["evidence"] or {}
            return cls(
                doc=str(data["doc"]),
                subject=str(data["subject"]),
                subject_id=str(data["subject_id"]),
                relation=str(data["relation"]),
                organization=str(data["organization"]),
                organization_id=str(data["organization_id"]),
                date=data.get("date"),
                status=str(data["status"]),
                attributed_to=data.get("attributed_to"),
                confidence=float(data.get("confidence", 1.0)),
                evidence=Evidence(str(ev.get("text", "")), int(ev.get("start", 0)), int(ev.get("end", 0))),
                published=data.get("published"),
                doc_sha256=data.get("doc_sha256"),
            )
        except (KeyError, TypeError, AttributeError) as exc:
            raise InputError(f"Malformed event record: missing or wrong field {exc}.") from None

    def with_changes(self, **changes: Any) -> "Event":
        """A copy with some fields replaced."""
        return replace(self, **changes)


@dataclass(frozen=True)
class Document:
    """An article: its body text (header removed) and metadata.

    ``id`` is the path as given on the command line, or the JSONL ``id``.
    """

    id: str
    text: str
    published: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    metadata: tuple[tuple[str, str], ...] = field(default=())

    def __post_init__(self) -> None:
        check_date(self.published)

    @property
    def sha256(self) -> str:
        """Content hash: the body and the publication date (which changes what is extracted)."""
        h = hashlib.sha256()
        h.update(self.text.encode("utf-8"))
        h.update(b"\x00")
        h.update((self.published or "").encode("ascii"))
        return h.hexdigest()


@dataclass(frozen=True)
class MembershipState:
    """The standing of a member (state or organisation) in an organisation over an interval.

    ``since``/``until`` are partial ISO dates or None when unknown/open. ``events`` are the
    events the state was derived from, oldest first.
    """

    subject: str
    subject_id: str
    organization: str
    organization_id: str
    status: str
    since: str | None
    until: str | None
    events: tuple[Event, ...] = ()
