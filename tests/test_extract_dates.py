"""``resolve_date``: date expressions → partial ISO dates at the precision the text supports.

Pure string work, no spaCy. Each row is (expression, anchor, future) → expected. The anchor is
the publication date; ``future`` says the event points forward (an announcement).
"""

from __future__ import annotations

import pytest

from alliance_graph.extract.dates import looks_like_date, parse_date, resolve_date

# 2024-02-24 is a Saturday (the seed article's publication date).
SAT = "2024-02-24"


def _row(expression, anchor, future, expected, id):
    return pytest.param(expression, anchor, future, expected, id=id)


def _range(expression, id):
    """A range of years is not one date: no single value may be claimed for it."""
    return pytest.param(expression, None, False, None, id=id)


EXPLICIT = [
    _row("2023-04-04", None, False, "2023-04-04", "iso"),
    _row("on 2023-04-04", SAT, True, "2023-04-04", "iso-anchor-ignored"),
    _row("4 April 2023", None, False, "2023-04-04", "day-month-year"),
    _row("4th of April 2023", None, False, "2023-04-04", "ordinal-of-month-year"),
    _row("April 4, 2023", None, False, "2023-04-04", "month-day-comma-year"),
    _row("April 4 2023", None, False, "2023-04-04", "month-day-year"),
    _row("Sept. 12, 2023", None, False, "2023-09-12", "abbrev-sept-dot"),
    _row("Sep 12, 2023", None, False, "2023-09-12", "abbrev-sep"),
    _row("Feb. 24, 2022", None, False, "2022-02-24", "abbrev-feb-dot"),
    _row("15 May 2022", None, False, "2022-05-15", "may-as-month-with-day"),
    _row("April 2023", None, False, "2023-04", "month-year"),
    _row("in April 2023", None, False, "2023-04", "in-month-year"),
    _row("May 2022", None, False, "2022-05", "may-month-year"),
    _row("in 2022", None, False, "2022", "in-year"),
    _row("2022", None, False, "2022", "bare-year"),
    _row("since 1992", None, False, "1992", "since-year"),
    _row("by 2030", None, True, "2030", "by-year-deadline"),
    _row("on 1 January 2025", SAT, True, "2025-01-01", "explicit-with-anchor"),
    # explicit dates do not depend on the anchor or on the direction
    _row("4 April 2023", SAT, True, "2023-04-04", "explicit-future-flag-ignored"),
]

INVALID = [
    _row("31 February 2023", None, False, None, "no-such-day"),
    _row("2023-13-01", None, False, None, "iso-month-13"),
    _row("the summit", SAT, False, None, "no-date"),
    _row("", SAT, False, None, "empty"),
    _row("the 1990s", None, False, None, "decade-not-a-year"),
]

RELATIVE = [
    # anniversaries and number words
    ("Thirty years ago today", "2019-02-17", False, "1989-02-17"),
    ("thirty years ago", "2019-02-17", False, "1989"),
    ("Twenty-five years ago this week", "2024-03-12", False, "1999-03"),
    # a month or a day told with "last/this/next year"
    ("in January last year", "2025-06-10", False, "2024-01"),
    ("In September this year", "2025-06-10", True, "2025-09"),
    ("in March next year", "2025-06-10", True, "2026-03"),
    ("on 4 April last year", "2024-03-10", False, "2023-04-04"),
    ("may last year", "2025-06-10", False, "2024"),  # the modal, not the month
    # narrative time: relative to the story, not to the article, so no date
    ("weeks later", "2024-03-01", False, None),
    ("a year later", "2024-03-01", False, None),
    ("later that year", "2024-03-01", True, None),
    ("two years earlier", "2024-03-01", False, None),
    ("earlier this month", "2024-03-20", False, "2024-03"),
    ("later this year", "2024-03-01", True, "2024"),
    _row("on Friday", SAT, False, "2024-02-23", "weekday-past"),
    _row("Friday", SAT, False, "2024-02-23", "bare-weekday-past"),
    _row("on Thursday", SAT, False, "2024-02-22", "weekday-two-days-back"),
    _row("on Saturday", SAT, False, "2024-02-24", "weekday-same-day-past"),
    _row("on Friday", SAT, True, "2024-03-01", "weekday-future"),
    _row("next Friday", SAT, False, "2024-03-01", "next-weekday"),
    _row("last Friday", "2024-02-23", False, "2024-02-16", "last-weekday-on-that-weekday"),
    _row("yesterday", "2024-03-01", False, "2024-02-29", "yesterday-leap-day"),
    _row("today", SAT, False, SAT, "today"),
    _row("tomorrow", SAT, True, "2024-02-25", "tomorrow"),
    _row("last September", SAT, False, "2023-09", "last-month-name-earlier-year"),
    _row("last April", "2024-04-15", False, "2023-04", "last-april-in-april"),
    _row("last April", "2024-05-15", False, "2024-04", "last-april-in-may"),
    _row("last January", SAT, False, "2024-01", "last-january-in-february"),
    _row("next March", SAT, False, "2024-03", "next-month-name-same-year"),
    _row("next January", SAT, False, "2025-01", "next-month-name-next-year"),
    _row("in September", SAT, False, "2023-09", "bare-month-past"),
    _row("in January", "2024-03-10", False, "2024-01", "in-january-past"),
    _row("in January", "2024-03-10", True, "2025-01", "in-january-future"),
    _row("in May", SAT, True, "2024-05", "in-may-future"),
    _row("from 1 January", "2024-03-10", True, "2025-01-01", "from-day-month-future"),
    _row("from 1 January", "2024-03-10", False, "2024-01-01", "from-day-month-past"),
    _row("12 September", SAT, False, "2023-09-12", "day-month-past-rolls-back"),
    _row("September 12", SAT, True, "2024-09-12", "month-day-future"),
    _row("next year", SAT, False, "2025", "next-year"),
    _row("last year", SAT, False, "2023", "last-year"),
    _row("this year", SAT, False, "2024", "this-year"),
    _row("earlier this month", SAT, False, "2024-02", "earlier-this-month"),
    _row("last month", "2024-01-10", False, "2023-12", "last-month-crosses-year"),
    _row("next month", "2024-12-15", True, "2025-01", "next-month-crosses-year"),
    _row("two weeks ago", "2024-03-10", False, "2024-02-25", "two-weeks-ago"),
    _row("three days ago", SAT, False, "2024-02-21", "days-ago"),
    _row("two years ago", SAT, False, "2022", "years-ago"),
    _row("in two months", SAT, True, "2024-04", "in-n-months-future"),
    _row("in the spring", "2012-08-23", False, "2012", "season-past-this-year"),
    _row("in the spring", "2013-01-10", False, "2012", "season-not-yet-come-is-last-years"),
    _row("last summer", "2024-07-01", False, "2023", "last-season-still-running-is-last-years"),
    _row("last spring", "2024-07-01", False, "2024", "last-season-over-is-this-years"),
    _row("next autumn", "2024-07-01", True, "2024", "next-season-this-year"),
    _row("in the summer of 2019", SAT, False, "2019", "season-with-its-year"),
]

NO_ANCHOR = [
    _row(expression, None, future, None, f"no-anchor-{expression.replace(' ', '-')}-{future}")
    for expression, future in [
        ("on Friday", False), ("on Friday", True), ("last September", False), ("next year", True),
        ("earlier this month", False), ("two weeks ago", False), ("yesterday", False),
        ("in January", False), ("in January", True), ("from 1 January", True), ("12 September", False),
        ("today", False),
    ]
]

MODAL_MAY = [
    _row("Armenia may leave the bloc", SAT, False, None, "modal-may-past"),
    _row("Armenia may leave the bloc", SAT, True, None, "modal-may-future"),
    _row("It may", SAT, False, None, "modal-may-sentence-end"),
    _row("Armenia may leave the bloc in 2025", SAT, True, "2025", "modal-may-with-year"),
    _row("since May", SAT, False, "2023-05", "since-may-is-month"),
]

RANGES = [
    _range("2021-2022", "range-hyphen"),
    _range("in 2021-2022", "range-in-hyphen"),
    _range("2021–22", "range-en-dash-short"),
    _range("especially in 2021-2022", "range-in-clause"),
    _range("between 2021 and 2022", "range-between"),
    _range("from 2021 to 2022", "range-from-to"),
]


@pytest.mark.parametrize("expression, anchor, future, expected",
                         EXPLICIT + INVALID + RELATIVE + NO_ANCHOR + MODAL_MAY + RANGES)
def test_resolve_date(expression, anchor, future, expected):
    assert resolve_date(expression, anchor=anchor, future=future) == expected


@pytest.mark.parametrize("expression, relative", [
    ("4 April 2023", False), ("April 2023", False), ("in 2022", False),
    ("on Friday", True), ("last September", True), ("next year", True), ("12 September", True),
])
def test_parse_date_says_whether_the_anchor_was_used(expression, relative):
    parsed = parse_date(expression, anchor=SAT)
    assert parsed is not None
    assert parsed.relative is relative


@pytest.mark.parametrize("expression, expected", [
    ("last September", True), ("on Friday", True), ("4 April 2023", True), ("next year", True),
    ("the summit", False), ("Armenia may leave", False), ("joint drills", False),
])
def test_looks_like_date(expression, expected):
    assert looks_like_date(expression) is expected


def test_never_reads_todays_clock():
    """Relative expressions without an anchor stay None whatever the clock says."""
    for expression in ("today", "yesterday", "this year", "last month", "next week"):
        assert resolve_date(expression) is None
        assert resolve_date(expression, future=True) is None
