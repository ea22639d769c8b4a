"""Date expressions → partial ISO dates, anchored on the publication date.

Pure string work (no spaCy): the relation layer hands in the text of a date expression
and, for relative expressions, the publication date and which way the event points
(past for asserted facts, future for announcements).

Precision follows the text: "2023" → ``"2023"``, "April 2023" → ``"2023-04"``,
"4 April 2023" → ``"2023-04-04"``. Relative dates ("on Friday", "last April", "next
year", "earlier this month") need an anchor; without one they stay ``None``. Nothing is
ever taken from today's clock.

Examples:
    >>> resolve_date("on Friday", anchor="2024-02-24")
    '2024-02-23'
    >>> resolve_date("last September", anchor="2024-02-24")
    '2023-09'
    >>> resolve_date("next year", anchor="2024-02-24")
    '2025'
    >>> resolve_date("February 24, 2022")
    '2022-02-24'
    >>> resolve_date("on Friday") is None
    True
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

_MONTH_SPELLINGS = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)
MONTHS: dict[str, int] = {name: number for number, names in enumerate(_MONTH_SPELLINGS, start=1) for name in names}
_MONTH_NAMES = {names[0] for names in _MONTH_SPELLINGS}

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": None,
    "a few": None, "few": None, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_NUMBER_WORDS |= {ten: value for ten, value in _TENS.items()} | {  # "twenty-five", "twenty five"
    f"{ten}{sep}{unit}": value + extra
    for ten, value in _TENS.items() for unit, extra in _UNITS.items() for sep in ("-", " ")}
_NUMBER_PATTERN = r"\d+|" + "|".join(sorted((re.escape(w) for w, v in _NUMBER_WORDS.items() if v), key=len, reverse=True))

_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d{2})"

_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        rf"\b{_YEAR}-(?P<m>\d{{2}})-(?P<d>\d{{2}})\b",  # ISO
        rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b",  # 4 April 2023
        rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b",  # April 4, 2023
        rf"\b{_MONTH},?\s+{_YEAR}\b",  # April 2023
        rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b",  # 4 April
        rf"\b{_MONTH}\s+{_DAY}\b(?!\s*,?\s*\d)",  # April 4
    )
)
_YEAR_ONLY = re.compile(rf"\b{_YEAR}\b")
_YEAR_RANGE = re.compile(
    r"\b(?:1[89]|20)\d{2}\s*[-–—/]\s*(?:\d{2}|\d{4})\b"
    r"|\bbetween\s+(?:1[89]|20)\d{2}\s+and\s+(?:1[89]|20)\d{2}\b"
    r"|\bfrom\s+(?:1[89]|20)\d{2}\s+(?:to|until|till)\s+(?:1[89]|20)\d{2}\b",
    re.IGNORECASE,
)
_MONTH_ONLY = re.compile(rf"\b{_MONTH}\b", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
_AGO = re.compile(
    r"\b(?P<n>" + _NUMBER_PATTERN + r")\s+"
    r"(?P<unit>day|week|month|year)s?\s+ago\b",
    re.IGNORECASE,
)
_IN_N = re.compile(
    r"\b(?:in|within)\s+(?P<n>" + _NUMBER_PATTERN + r")\s+"
    r"(?P<unit>day|week|month|year)s?(?:'|’)?\s*(?:time)?\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateParse:
    """A date expression read from text: its value and whether it needed the anchor."""

    value: str
    relative: bool


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    try:
        if day is not None and month is not None:
            return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None
    if month is not None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}"


def _anchor_date(anchor: str | None) -> _dt.date | None:
    if not anchor:
        return None
    parts = [int(p) for p in anchor.split("-")]
    if len(parts) != 3:
        return None
    return _dt.date(*parts)


def _shift_months(day: _dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + (day.month - 1) + months
    return index // 12, index % 12 + 1


def _month_number(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")[:4] if text.lower().startswith("sept") else text.lower().rstrip(".")[:3]]


def parse_date(text: str, *, anchor: str | None = None, future: bool = False) -> DateParse | None:
    """Read the first date in ``text``.

    ``anchor`` is the publication date (``YYYY-MM-DD``) used for relative expressions;
    ``future`` says the event lies after the anchor (an announcement), which decides
    whether a bare month or weekday means the next or the last one.

    >>> parse_date("in January", anchor="2024-03-10", future=True).value
    '2025-01'
    >>> parse_date("in January", anchor="2024-03-10").value
    '2024-01'
    >>> parse_date("two weeks ago", anchor="2024-03-10").value
    '2024-02-25'
    """
    lowered = text.lower()
    if _YEAR_RANGE.search(text) and not _PATTERNS[0].search(text):
        return None  # "2021-2022" is a span, not one date
    for pattern in _PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        groups = match.groupdict()
        if groups.get("m"):
            value = _iso(int(groups["year"]), int(groups["m"]), int(groups["d"]))
            return DateParse(value, False) if value else None
        month = _month_number(groups["month"]) if groups.get("month") else None
        day = int(groups["day"]) if groups.get("day") else None
        if groups.get("year"):
            value = _iso(int(groups["year"]), month, day)
            return DateParse(value, False) if value else None
        # Day and month without a year: the year comes from the anchor.
        base = _anchor_date(anchor)
        if base is None or month is None:
            return None
        year = base.year
        candidate = _iso(year, month, day)
        if candidate is None:
            return None
        shift = _year_shift(set(lowered.split()))
        if shift is not None:  # "on 4 April last year"
            value = _iso(year + shift, month, day)
            return DateParse(value, True) if value else None
        if future and candidate < base.isoformat():
            year += 1
        elif not future and candidate > base.isoformat():
            year -= 1
        value = _iso(year, month, day)
        return DateParse(value, True) if value else None

    base = _anchor_date(anchor)
    relative = _parse_relative(lowered, base, future=future)
    if relative is not None:
        return relative
    month_match = _MONTH_ONLY.search(text)
    if month_match and not _is_month_use(lowered, month_match):
        month_match = None  # the modal "may"
    year_match = _YEAR_ONLY.search(text)
    if year_match and not month_match:
        return DateParse(year_match.group("year"), False)
    if month_match:
        if base is None:
            return None
        month = _month_number(month_match.group("month"))
        year = base.year
        if "last" in lowered.split() or "previous" in lowered:
            year = base.year if month < base.month else base.year - 1
        elif "next" in lowered.split() or "coming" in lowered:
            year = base.year if month > base.month else base.year + 1
        elif future and month < base.month:
            year += 1
        elif not future and month > base.month:
            year -= 1
        return DateParse(_iso(year, month), True)  # type: ignore[arg-type]
    return None


def _is_month_use(lowered: str, match: re.Match[str]) -> bool:
    """'may' is also a modal verb: only accept it inside a date-like phrase."""
    word = match.group("month").lower()
    if word != "may":
        return True
    return bool(re.search(r"\b(in|last|next|this|since|from|until|by|early|late|mid|of)[\s-]+may\b", lowered))


def _parse_relative(lowered: str, base: _dt.date | None, *, future: bool) -> DateParse | None:
    words = set(re.findall(r"[a-z]+", lowered))
    if base is None:
        return None
    if words & {"later", "earlier", "before", "after"} and not words & {"this", "current", "today", "now"}:
        return None  # "weeks later", "a year earlier", "later that year": the story's time, not the article's
    ago = _AGO.search(lowered)
    if ago and words & {"today", "week", "tomorrow", "yesterday"} and ago.group("unit") in {"year", "month"}:
        # "thirty years ago today" (or "tomorrow"): the anniversary's day; "25 years ago this week": that year
        n = int(ago.group("n")) if ago.group("n").isdigit() else _NUMBER_WORDS.get(ago.group("n"))
        if n:
            shift = 1 if "tomorrow" in words else -1 if "yesterday" in words else 0
            day = _shift_years_months(base + _dt.timedelta(days=shift), n if ago.group("unit") == "year" else 0,
                                      n if ago.group("unit") == "month" else 0)
            precise = words & {"today", "tomorrow", "yesterday"}
            # "a year ago this week": that week's month
            return DateParse(day.isoformat() if precise else day.isoformat()[:7 if "week" in words else 4 if ago.group("unit") == "year" else 7], True)
    if "today" in words or "tonight" in words:
        return DateParse(base.isoformat(), True)
    if "yesterday" in words:
        return DateParse((base - _dt.timedelta(days=1)).isoformat(), True)
    if "tomorrow" in words:
        return DateParse((base + _dt.timedelta(days=1)).isoformat(), True)
    ago = _AGO.search(lowered)
    if ago:
        n = _NUMBER_WORDS.get(ago.group("n"), None) if not ago.group("n").isdigit() else int(ago.group("n"))
        if n:
            return DateParse(_offset(base, -n, ago.group("unit")), True)
    ahead = _IN_N.search(lowered)
    if ahead and future:
        n = _NUMBER_WORDS.get(ahead.group("n"), None) if not ahead.group("n").isdigit() else int(ahead.group("n"))
        if n:
            return DateParse(_offset(base, n, ahead.group("unit")), True)
    weekday = _WEEKDAY.search(lowered)
    if weekday:
        target = WEEKDAYS[weekday.group(1)]
        if future or "next" in words or "coming" in words:
            delta = (target - base.weekday()) % 7 or 7
            return DateParse((base + _dt.timedelta(days=delta)).isoformat(), True)
        delta = (base.weekday() - target) % 7
        if delta == 0 and "last" in words:
            delta = 7
        return DateParse((base - _dt.timedelta(days=delta)).isoformat(), True)
    season = next((_SEASONS[w] for w in words if w in _SEASONS), None)
    if season is not None and not words & {"ago"} and not re.search(r"\b\d{4}\b", lowered):
        return DateParse(f"{_season_year(base, season, words, future=future):04d}", True)  # "in the spring", "last summer"
    month_match = _MONTH_ONLY.search(lowered)
    month = _month_number(month_match.group("month")) if month_match and _is_month_use(lowered, month_match) else None
    shift = _year_shift(words)
    if month is not None and shift is not None:
        return DateParse(f"{base.year + shift:04d}-{month:02d}", True)  # "in January last year"
    for unit in ("week", "month", "year"):
        if unit in words or f"{unit}s" in words:
            if words & {"this", "current", "earlier", "later"}:
                return DateParse(_at_precision(base, 0, unit), True)
            if words & {"last", "past", "previous"}:
                return DateParse(_at_precision(base, -1, unit), True)
            if words & {"next", "coming"}:
                return DateParse(_at_precision(base, 1, unit), True)
    return None


#: Seasons without a year (their first and last months; winter, which spans two years, is left out).
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}


def _season_year(base: _dt.date, season: tuple[int, int], words: set[str], *, future: bool) -> int:
    """The year of "this spring", "in the summer", "last autumn", "next spring" told on ``base``.

    >>> _season_year(_dt.date(2012, 8, 23), (3, 5), {"in", "the", "spring"}, future=False)
    2012
    >>> _season_year(_dt.date(2024, 7, 1), (6, 8), {"last", "summer"}, future=False)
    2023
    """
    first, last = season
    if words & {"next", "coming"} or (future and not words & {"last", "past", "this"}):
        return base.year if first > base.month else base.year + 1
    if words & {"last", "past", "previous"}:
        return base.year if last < base.month else base.year - 1
    return base.year if first <= base.month or "this" in words else base.year - 1


def _year_shift(words: set[str]) -> int | None:
    """The years a month or day told with "last/this/next year" lies from the anchor's: -1, 0, 1."""
    if "year" not in words or not words & {"last", "previous", "this", "next"}:
        return None
    return -1 if words & {"last", "previous"} else 1 if "next" in words else 0


def _shift_years_months(base: _dt.date, years: int, months: int) -> _dt.date:
    """``base`` moved back by years and months (29 February becomes the 28th)."""
    year, month = _shift_months(base.replace(year=base.year - years) if not (base.month == 2 and base.day == 29)
                                else base.replace(year=base.year - years, day=28), -months)
    return _dt.date(year, month, min(base.day, 28 if month == 2 else 30 if month in {4, 6, 9, 11} else 31))


def _offset(base: _dt.date, n: int, unit: str) -> str:
    if unit == "day":
        return (base + _dt.timedelta(days=n)).isoformat()
    if unit == "week":
        return (base + _dt.timedelta(weeks=n)).isoformat()
    if unit == "month":
        year, month = _shift_months(base, n)
        return f"{year:04d}-{month:02d}"
    return f"{base.year + n:04d}"


def _at_precision(base: _dt.date, n: int, unit: str) -> str:
    """'last month' → the month before the anchor, at month precision; weeks keep no day."""
    if unit == "year":
        return f"{base.year + n:04d}"
    if unit == "month":
        year, month = _shift_months(base, n)
        return f"{year:04d}-{month:02d}"
    year, month = _shift_months(base + _dt.timedelta(weeks=n), 0)
    return f"{year:04d}-{month:02d}"


def count_of(word: str) -> int | None:
    """The number a numeral says ("7", "seven", "twenty-one"), or None."""
    lowered = word.lower()
    return int(lowered) if lowered.isdigit() else _NUMBER_WORDS.get(lowered)


def resolve_date(text: str, *, anchor: str | None = None, future: bool = False) -> str | None:
    """The partial ISO date of ``text``, or None when it has none or needs a missing anchor."""
    parsed = parse_date(text, anchor=anchor, future=future)
    return parsed.value if parsed else None


#: Number words that count a handful of things ("three years later", "the eleven countries").
COUNT_WORDS = {word: value for word, value in _NUMBER_WORDS.items() if value and 2 <= value <= 12 and word.isalpha()}
_LATER = re.compile(r"\b(\d{1,2}|" + "|".join(COUNT_WORDS) + r")\s+(year|month)s\s+(later|afterwards|after that)\b")
_NARRATIVE = re.compile(
    r"\b(?:\d{1,2}|" + "|".join(COUNT_WORDS) + r")\s+(?:year|month)s\s+(?:later|afterwards|after that)\b"
    r"|\b(?:that|that same|the same|the following|the next|a|one)\s+(?:day|date|week|month|year)\b(?:\s+later)?"
    r"|\bthe (?:year|month) after\b|\b(?:later|earlier) that (?:year|month)\b"
    r"|\bthat (?:" + "|".join(names[0] for names in _MONTH_SPELLINGS) + r")\b",
    re.IGNORECASE)


def is_narrative(text: str) -> bool:
    """A date told by reference to another one in the story: "that August", "the following
    year", "on that date", "the same day" (see :func:`narrative_date`)."""
    lowered = text.lower()
    if not _NARRATIVE.search(lowered):
        return False
    return not re.search(r"\b(?:ago|last|next (?:week|month|year)$)", lowered) and not re.fullmatch(
        r"(?:in |on |for )?(?:a|one) (?:day|week|month|year)", lowered.strip())


def narrative_date(text: str, previous: str | None) -> str | None:
    """The date ``text`` tells by reference to ``previous`` (the last date the story gave).

    >>> narrative_date("that August", "2015-01-02"), narrative_date("the following year", "1992-05-15")
    ('2015-08', '1993')
    >>> narrative_date("on that date", "2024-01-01"), narrative_date("the same day", "2018")
    ('2024-01-01', None)
    """
    if not previous or not is_narrative(text):
        return None
    lowered = text.lower()
    year = int(previous[:4])
    month = next((_month_number(w) for w in re.findall(r"[a-z]+", lowered) if w in _MONTH_NAMES), None)
    if month and "that" in lowered.split():
        day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", lowered)
        if day and 1 <= int(day.group(1)) <= 31:
            return f"{year:04d}-{month:02d}-{int(day.group(1)):02d}"  # "on 1 May of that year"
        return f"{year:04d}-{month:02d}"  # "that August"
    later = _LATER.search(lowered)
    if later:  # "three years later", "18 months later"
        n = int(later.group(1)) if later.group(1).isdigit() else COUNT_WORDS[later.group(1)]
        if later.group(2) == "year":
            return f"{year + n:04d}"
        if len(previous) < 7:
            return None
        m = int(previous[5:7]) - 1 + n
        return f"{year + m // 12:04d}-{m % 12 + 1:02d}"
    if re.search(r"following year|next year|year later|year after", lowered):
        return f"{year + 1:04d}"
    if re.search(r"following month|next month|month later|month after", lowered):
        if len(previous) < 7:
            return None
        m = int(previous[5:7]) + 1
        return f"{year + (m > 12):04d}-{(m - 1) % 12 + 1:02d}"
    if re.search(r"\b(?:day|date)\b", lowered):
        return previous if len(previous) == 10 else None
    if "month" in lowered:
        return previous[:7] if len(previous) >= 7 else None
    if "year" in lowered:
        return previous[:4]
    return None


_DAY_MONTH = re.compile(r"^(?:on |by |from |until )?(?:(\d{1,2})(?:st|nd|rd|th)?(?: of)? ([a-z]+)\.?|([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?)$")


def is_bare_day_month(text: str) -> bool:
    """A calendar day told without its year ("March 15", "on 25 February").

    >>> is_bare_day_month("on March 15"), is_bare_day_month("March 15, 2022"), is_bare_day_month("last Friday")
    (True, False, False)
    """
    match = _DAY_MONTH.match(text.lower().strip())
    if match is None:
        return False
    month = match.group(2) or match.group(3)
    return month in MONTHS


def in_story_year(value: str, previous: str | None) -> str:
    """A yearless day (``value``, resolved from the publication date) moved into the year of
    the story's last full date when it follows that date within six months: "Russia's rights
    were suspended on February 25, 2022 ... Moscow had notified its withdrawal on March 15"
    is 15 March 2022, even in an article of 2024.

    >>> in_story_year("2024-03-15", "2022-02-25"), in_story_year("2024-03-15", "2022-10-01")
    ('2022-03-15', '2024-03-15')
    """
    if not previous or len(previous) < 7 or len(value) != 10 or previous[:4] == value[:4]:
        return value
    moved = previous[:4] + value[4:]
    months = (int(moved[:4]) - int(previous[:4])) * 12 + int(moved[5:7]) - int(previous[5:7])
    return moved if moved >= previous and months <= 6 else value


def looks_like_date(text: str) -> bool:
    """True when ``text`` holds something :func:`parse_date` could read given an anchor.

    >>> looks_like_date("last September"), looks_like_date("the summit")
    (True, False)
    """
    return parse_date(text, anchor="2000-06-15") is not None or parse_date(text, anchor="2000-06-15", future=True) is not None
