"""Tests for whimbrel.dates_rules: each resolver on a match of its rule, with a hand-set context
(publication date, future hint, the quarter, year and day the story named before)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from whimbrel import dates_calendar as cal
from whimbrel import dates_rules as dr
from whimbrel.dates import find_all
from whimbrel.dates_calendar import Res
from whimbrel.dates_patterns import RULES
from whimbrel.dates_rules import Ctx

D = dt.date
WED = D(2025, 9, 24)  # a Wednesday
EARLY_NOV = D(2025, 11, 5)
RULE = {rule.name: rule for rule in RULES}


def _match(rule: str, text: str) -> re.Match[str]:
    m = RULE[rule].pattern.search(text)
    assert m is not None, (rule, text)
    return m


def resolve(
    resolver: dr.Resolver, rule: str, text: str, anchor: dt.date | None = WED, **ctx: Any
) -> Res | None:
    """``resolver`` on the first match of ``rule`` in ``text``."""
    return resolver(_match(rule, text), Ctx(anchor=anchor, **ctx))


def shown(res: Res | None) -> tuple[str, str | None, str | None] | None:
    """Value, first and last day, as a user sees them."""
    if res is None:
        return None
    return (
        res.value,
        res.date.isoformat() if res.date else None,
        res.date_end.isoformat() if res.date_end else None,
    )


def value(res: Res | None) -> str | None:
    return None if res is None else res.value


# ---------------------------------------------------------------------------------------- helpers
def test_int_year_reads_digits_and_words() -> None:
    assert dr._int_year("1998") == 1998
    assert dr._int_year("nineteen ninety-eight") == 1998
    assert dr._int_year("long ago") == 0


@pytest.mark.parametrize(
    ("word", "offset"),
    [
        ("last", -1),
        ("this  past", -1),
        ("The Previous", -1),
        ("next", 1),
        ("the following", 1),
        ("this coming", 1),
        ("this", 0),
        ("the current", 0),
        (None, 0),
    ],
)
def test_rel_offset(word: str | None, offset: int) -> None:
    assert dr._rel_offset(word) == offset


def test_compared_quarter_is_forgotten_after_a_thousand_characters() -> None:
    q = cal.quarter(2025, 3)
    ctx = Ctx(anchor=WED, ref_quarter=q, ref_quarter_pos=100, pos=1100)
    assert ctx.compared_quarter() == q
    ctx.pos = 1101
    assert ctx.compared_quarter() is None


# ----------------------------------------------------------------------------------------- days
def test_date_full_sets_the_story_year() -> None:
    ctx = Ctx(anchor=WED)
    res = dr.r_date_full(_match("date-month-day-year", "On March 4, 2003, it rained."), ctx)
    assert shown(res) == ("2003-03-04", "2003-03-04", "2003-03-04")
    assert ctx.ref_year == 2003
    assert value(resolve(dr.r_date_full, "date-day-month-year", "the 4th of March 2003")) == "2003-03-04"


def test_date_without_year() -> None:
    assert (
        value(resolve(dr.r_date_no_year, "date-month-day", "on October 5 at")) == "2025-10-05"
    )  # 11 days on
    assert value(resolve(dr.r_date_no_year, "date-month-day", "on Sept. 2 at")) == "2025-09-02"
    # a parse saying the verb is past pushes a near date back a year
    past = resolve(dr.r_date_no_year, "date-month-day", "on October 5 at", future=False, strong=True)
    assert value(past) == "2024-10-05"
    # 29 February told in a year without one is the last leap year's
    leap = resolve(dr.r_date_no_year, "date-month-day", "on February 29 at", D(2025, 3, 10))
    assert value(leap) == "2024-02-29"
    undated = resolve(dr.r_date_no_year, "date-day-month", "on 15 September at", None)
    assert shown(undated) == ("XXXX-09-15", None, None)
    # a weekday told with the day picks the year whose day it is, whatever the tense suggested
    told = resolve(dr.r_date_no_year, "date-day-month", "on Monday 26 February", D(2024, 2, 27), future=True)
    assert value(told) == "2024-02-26"
    ahead = resolve(dr.r_date_no_year, "date-day-month", "on Wednesday 26 February", D(2024, 2, 27))
    assert value(ahead) == "2025-02-26"


def test_holiday() -> None:
    assert value(resolve(dr.r_holiday, "holiday", "on Christmas Day")) == "2024-12-25"
    assert value(resolve(dr.r_holiday, "holiday", "on Christmas Day", future=True)) == "2025-12-25"
    assert value(resolve(dr.r_holiday, "holiday", "on New Year’s Eve", future=True)) == "2025-12-31"
    assert value(resolve(dr.r_holiday, "holiday", "on Boxing Day", None)) == "XXXX-12-26"


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("on 6/30/2019 at", WED, "2019-06-30"),
        ("on 30/6/2019 at", WED, "2019-06-30"),  # a first number above 12 is the day
        ("on 3/4/2019 at", WED, "2019-03-04"),  # otherwise month first
        ("on 3/4/35 at", WED, "2035-03-04"),  # two digits: up to ten years after publication
        ("on 3/4/36 at", WED, "1936-03-04"),
        ("on 3/4/30 at", None, "2030-03-04"),
        ("on 3/4/31 at", None, "1931-03-04"),
        ("on 2/30/2019 at", WED, None),  # no such day
        # day first when that reading alone falls in the two months up to publication
        ("Date: 03/12/2025", dt.date(2025, 12, 3), "2025-12-03"),
        ("Date: 11/10/2025", dt.date(2025, 12, 3), "2025-11-10"),  # both do: month first
    ],
)
def test_numeric_dates(text: str, anchor: dt.date | None, expected: str | None) -> None:
    assert value(resolve(dr.r_numeric, "date-numeric", text, anchor)) == expected


def test_iso_dates() -> None:
    assert value(resolve(dr.r_numeric, "date-iso", "filed 20190630 and")) == "2019-06-30"
    assert value(resolve(dr.r_numeric, "date-iso", "filed 2019-02-30 and")) is None


def test_dotted_dates_are_day_first() -> None:
    assert value(resolve(dr.r_numeric, "date-dotted", "On 07.03.2026, at 14:00")) == "2026-03-07"
    assert value(resolve(dr.r_numeric, "date-dotted", "On 31.02.2026, at 14:00")) is None


# --------------------------------------------------------------------------------------- months
def test_month_year() -> None:
    ctx = Ctx(anchor=None)
    res = dr.r_month_year(_match("month-year", "in March 2011 it"), ctx)
    assert shown(res) == ("2011-03", "2011-03-01", "2011-03-31")
    assert ctx.ref_year == 2011
    assert value(resolve(dr.r_month_year, "month-year", "in May nineteen ninety-nine")) == "1999-05"


def test_month_of_a_relative_year() -> None:
    assert value(resolve(dr.r_month_rel_year, "month-relative-year", "in March of last year")) == "2024-03"
    assert value(resolve(dr.r_month_rel_year, "month-relative-year", "in June next year")) == "2026-06"
    assert (
        value(resolve(dr.r_month_rel_year, "month-relative-year", "in March of last year", None))
        == "PAST_REF"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It rose last November.", ("2024-11", "2024-11-01", "2024-11-30")),
        ("It rose last March.", ("2025-03", "2025-03-01", "2025-03-31")),
        ("It rises next March.", ("2026-03", "2026-03-01", "2026-03-31")),
        ("It rises next December.", ("2025-12", "2025-12-01", "2025-12-31")),
        ("It rises this November.", ("2025-11", "2025-11-01", "2025-11-30")),
        ("It rose in December.", ("2024-12", "2024-12-01", "2024-12-31")),  # three months on: past
        ("It rises in October.", ("2025-10", "2025-10-01", "2025-10-31")),  # next month
        # part of a month: still the month's value, the days narrowed
        ("It rose in early June.", ("2025-06", "2025-06-01", "2025-06-10")),
        ("It rose in mid-June.", ("2025-06", "2025-06-11", "2025-06-20")),
        ("It rose in late June.", ("2025-06", "2025-06-21", "2025-06-30")),
        ("It rose in the first half of June.", ("2025-06", "2025-06-01", "2025-06-15")),
        ("It rose in the second half of June.", ("2025-06", "2025-06-16", "2025-06-30")),
        ("It rose at the end of April.", ("2025-04", "2025-04-21", "2025-04-30")),
    ],
)
def test_month(text: str, expected: tuple[str, str, str]) -> None:
    assert shown(resolve(dr.r_month, "month", text)) == expected


def test_month_without_publication_date() -> None:
    assert shown(resolve(dr.r_month, "month", "in June", None)) == ("XXXX-06", None, None)
    assert value(resolve(dr.r_month, "month", "last June", None)) == "PAST_REF"
    assert value(resolve(dr.r_month, "month", "next June", None, future=True)) == "FUTURE_REF"
    late_feb = resolve(dr.r_month, "month", "in late February", D(2024, 3, 10))
    assert shown(late_feb) == ("2024-02", "2024-02-21", "2024-02-29")


# ------------------------------------------------------------------------------- weekdays, days
@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        ("on Monday", None, "2025-09-22"),
        ("on Wednesday", None, "2025-09-24"),  # the publication day itself
        ("on Friday", None, "2025-09-19"),
        ("on Friday", True, "2025-09-26"),
        ("last Wednesday", None, "2025-09-17"),  # strictly before
        ("next Wednesday", None, "2025-10-01"),  # strictly after
        ("next Friday", None, "2025-09-26"),
        ("on Tuesday last week", None, "2025-09-16"),
        ("on Friday of next week", None, "2025-10-03"),
        ("on Monday morning", None, "2025-09-22TMO"),
        ("on Sunday night", True, "2025-09-28TNI"),
    ],
)
def test_weekday(text: str, future: bool | None, expected: str) -> None:
    assert value(resolve(dr.r_weekday, "weekday", text, future=future)) == expected


def test_weekday_part_of_day_is_a_time() -> None:
    res = resolve(dr.r_weekday, "weekday", "on Monday morning")
    assert res is not None and (res.kind, res.precision, shown(res)) == (
        "TIME",
        "day",
        ("2025-09-22TMO", "2025-09-22", "2025-09-22"),
    )
    assert value(resolve(dr.r_weekday, "weekday", "on Monday", None)) == "PAST_REF"
    assert value(resolve(dr.r_weekday, "weekday", "on Monday", None, future=True)) == "FUTURE_REF"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It began yesterday.", "2025-09-23"),
        ("It ends today.", "2025-09-24"),
        ("It ends the day after tomorrow.", "2025-09-26"),
        ("It began the day before yesterday.", "2025-09-22"),
        ("It ends tonight.", "2025-09-24TNI"),
        ("It began last night.", "2025-09-23TNI"),
        ("It began overnight.", "2025-09-23TNI"),
        ("It began this morning.", "2025-09-24TMO"),
        ("It began yesterday afternoon.", "2025-09-23TAF"),
    ],
)
def test_day_words(text: str, expected: str) -> None:
    assert value(resolve(dr.r_dayword, "day-word", text)) == expected


def test_day_words_without_publication_date() -> None:
    today = resolve(dr.r_dayword, "day-word", "It ends today.", None)
    assert shown(today) == ("PRESENT_REF", None, None)
    assert value(resolve(dr.r_dayword, "day-word", "It began yesterday.", None)) == "PAST_REF"
    assert value(resolve(dr.r_dayword, "day-word", "It ends tomorrow.", None, future=True)) == "FUTURE_REF"


# ---------------------------------------------------------------------- weeks, months, years named
@pytest.mark.parametrize(
    ("text", "kw", "expected"),
    [
        ("It rose next month.", {}, ("2025-10", "2025-10-01", "2025-10-31")),
        ("It rose last week.", {}, ("2025-W38", "2025-09-15", "2025-09-21")),
        ("It fell last quarter.", {}, ("2025-Q2", "2025-04-01", "2025-06-30")),
        ("It rose this year.", {}, ("2025", "2025-01-01", "2025-12-31")),
        ("It rises the following year.", {}, ("2026", "2026-01-01", "2026-12-31")),
        ("It rose the following year.", {"ref_year": 2016}, ("2017", "2017-01-01", "2017-12-31")),
        ("Two died this weekend.", {"future": False}, ("2025-W38-WE", "2025-09-20", "2025-09-21")),
        ("Talks resume this weekend.", {"future": True}, ("2025-W39-WE", "2025-09-27", "2025-09-28")),
    ],
)
def test_relative_units(text: str, kw: dict[str, Any], expected: tuple[str, str, str]) -> None:
    assert shown(resolve(dr.r_rel_unit, "relative-unit", text, **kw)) == expected


def test_relative_units_without_publication_date() -> None:
    assert value(resolve(dr.r_rel_unit, "relative-unit", "It rose this week.", None)) == "PRESENT_REF"
    assert value(resolve(dr.r_rel_unit, "relative-unit", "It rose last week.", None)) == "PAST_REF"


def test_the_weekend() -> None:
    assert shown(resolve(dr.r_the_weekend, "the-weekend", "over the weekend")) == (
        "2025-W38-WE",
        "2025-09-20",
        "2025-09-21",
    )
    assert value(resolve(dr.r_the_weekend, "the-weekend", "over the weekend", future=True)) == "2025-W39-WE"
    # told on the Saturday: this weekend
    assert (
        value(resolve(dr.r_the_weekend, "the-weekend", "over the weekend", D(2025, 9, 27))) == "2025-W39-WE"
    )
    assert value(resolve(dr.r_the_weekend, "the-weekend", "over the weekend", None)) == "PAST_REF"


def test_current_unit() -> None:
    assert value(resolve(dr.r_current_unit, "current-unit", "by the end of the year")) == "2025"
    assert value(resolve(dr.r_current_unit, "current-unit", "by the end of the month")) == "2025-09"
    assert value(resolve(dr.r_current_unit, "current-unit", "by year-end")) == "2025"
    assert value(resolve(dr.r_current_unit, "current-unit", "in that year", ref_year=2016)) == "2016"
    assert value(resolve(dr.r_current_unit, "current-unit", "in that year")) == "PAST_REF"
    assert value(resolve(dr.r_current_unit, "current-unit", "by the end of the year", None)) == "PRESENT_REF"


# ------------------------------------------------------------------------------------ ago, later
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("closed three days ago", ("2025-09-21", "2025-09-21", "2025-09-21")),
        ("closed two weeks ago", ("2025-W37", "2025-09-08", "2025-09-14")),
        ("closed six months ago", ("2025-03", "2025-03-01", "2025-03-31")),
        ("closed two years ago", ("2023", "2023-01-01", "2023-12-31")),
        ("closed a decade ago", ("2015", "2015-01-01", "2015-12-31")),
        ("opens two years from now", ("2027", "2027-01-01", "2027-12-31")),
        ("closed several years ago", ("PAST_REF", None, None)),
        ("opens a few days from now", ("FUTURE_REF", None, None)),
    ],
)
def test_ago_counts_from_publication(text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert shown(resolve(dr.r_ago, "ago", text)) == expected


def test_ago_without_publication_date_or_with_a_unit_too_small() -> None:
    assert value(resolve(dr.r_ago, "ago", "closed two years ago", None)) == "PAST_REF"
    assert value(resolve(dr.r_ago, "ago", "opens two years from now", None)) == "FUTURE_REF"
    assert resolve(dr.r_ago, "ago", "closed three hours ago") is None


def test_later_and_earlier_count_from_what_the_story_told() -> None:
    # years from the year the story named
    assert value(resolve(dr.r_ago, "ago", "four years later", ref_year=2016)) == "2020"
    # "a year ago" beside a quarter: that quarter a year back
    compared = {"ref_quarter": cal.quarter(2025, 3), "ref_quarter_pos": 0, "pos": 40}
    assert value(resolve(dr.r_ago, "ago", "a year ago", **compared)) == "2024-Q3"
    # days from the day told before, when it is near
    told = {"ref_day": D(2024, 2, 5), "ref_day_pos": 0, "pos": 30}
    assert value(resolve(dr.r_ago, "ago", "found two days later", **told)) == "2024-02-07"
    far = {"ref_day": D(2024, 2, 5), "ref_day_pos": 0, "pos": 1001}
    assert value(resolve(dr.r_ago, "ago", "found two days later", **far)) == "PAST_REF"
    assert value(resolve(dr.r_ago, "ago", "found two days later")) == "PAST_REF"


def test_year_adjective() -> None:
    # no quarter named: the last completed quarter (Q3 in early November), a year back
    assert (
        value(resolve(dr.r_year_adjective, "year-adjective", "the year-ago quarter", EARLY_NOV)) == "2024-Q3"
    )
    assert value(resolve(dr.r_year_adjective, "year-adjective", "up from year-earlier", EARLY_NOV)) == "2024"
    named = {"ref_quarter": cal.quarter(2025, 2), "ref_quarter_pos": 0, "pos": 50}
    assert value(resolve(dr.r_year_adjective, "year-adjective", "the year-ago quarter", **named)) == "2024-Q2"
    assert value(resolve(dr.r_year_adjective, "year-adjective", "the year-ago quarter", None)) == "PAST_REF"


# ---------------------------------------------------------------------------- quarters and halves
@pytest.mark.parametrize(
    ("text", "kw", "expected"),
    [
        ("in the third quarter of 2018", {}, "2018-Q3"),
        ("in the 2018 fourth quarter", {}, "2018-Q4"),
        ("in the fourth quarter", {}, "2024-Q4"),  # not begun by publication: last year's
        ("in the second quarter", {}, "2025-Q2"),
        ("in the fourth quarter", {"future": True}, "2025-Q4"),
        ("in last year's first quarter", {}, "2024-Q1"),
        ("in next year's first quarter", {}, "2026-Q1"),
        ("in this year's fourth quarter", {}, "2025-Q4"),
    ],
)
def test_quarter(text: str, kw: dict[str, Any], expected: str) -> None:
    assert value(resolve(dr.r_quarter, "quarter", text, **kw)) == expected


def test_quarter_is_remembered_for_later_comparisons() -> None:
    ctx = Ctx(anchor=WED, pos=120)
    res = dr.r_quarter(_match("quarter", "in the third quarter of 2018"), ctx)
    assert ctx.ref_quarter == res and ctx.ref_quarter_pos == 120
    assert shown(resolve(dr.r_quarter, "quarter", "in the third quarter", None)) == ("XXXX-Q3", None, None)


@pytest.mark.parametrize(
    ("text", "kw", "expected"),
    [
        ("for the quarter ended Sept. 30", {}, "2025-Q3"),
        ("in this quarter", {}, "2025-Q4"),
        ("in the latest quarter", {}, "2025-Q3"),
        ("in the previous quarter", {}, "2025-Q3"),
        ("in the next quarter", {}, "2026-Q1"),
        ("in the quarter", {}, "2025-Q3"),  # nothing named: the last completed
        ("in the quarter", {"ref_quarter": cal.quarter(2025, 2), "ref_quarter_pos": 0, "pos": 9}, "2025-Q2"),
    ],
)
def test_quarter_anaphor(text: str, kw: dict[str, Any], expected: str) -> None:
    assert value(resolve(dr.r_quarter_anaphor, "quarter-anaphor", text, EARLY_NOV, **kw)) == expected


def test_quarter_ended_is_remembered_and_no_anchor_gives_a_reference() -> None:
    ctx = Ctx(anchor=EARLY_NOV, pos=7)
    dr.r_quarter_anaphor(_match("quarter-anaphor", "for the quarter ended Sept. 30"), ctx)
    assert ctx.ref_quarter == cal.quarter(2025, 3) and ctx.ref_quarter_pos == 7
    assert value(resolve(dr.r_quarter_anaphor, "quarter-anaphor", "in the quarter", None)) == "PAST_REF"


def test_half_year() -> None:
    assert shown(resolve(dr.r_half, "half-year", "in the first half of 2024")) == (
        "2024-H1",
        "2024-01-01",
        "2024-06-30",
    )
    assert value(resolve(dr.r_half, "half-year", "in the second half of next year")) == "2026-H2"
    assert value(resolve(dr.r_half, "half-year", "in the latter half of the year")) == "2025-H2"
    assert value(resolve(dr.r_half, "half-year", "in the first half of nineteen ninety")) == "1990-H1"
    assert value(resolve(dr.r_half, "half-year", "in the first half of this year", None)) == "PAST_REF"


# --------------------------------------------------------------------- seasons, years, decades
@pytest.mark.parametrize(
    ("rule", "text", "kw", "expected"),
    [
        ("season", "crops failed last winter", {}, "2024-WI"),
        ("season", "crops failed this summer", {}, "2025-SU"),
        ("season", "crops fail next summer", {}, "2026-SU"),
        ("season", "crops failed in the winter", {}, "2024-WI"),  # the last one begun
        ("season", "crops fail in the winter", {"future": True}, "2025-WI"),
        ("season", "crops failed in the summer of nineteen ninety", {}, "1990-SU"),
        ("season-year", "crops failed in summer 2016", {}, "2016-SU"),
        ("season", "crops failed last winter", {"anchor": None}, "PAST_REF"),
        # "this winter" in September is the coming one; in January the one under way; in April the last
        ("season", "crops will fail this winter", {"future": True}, "2025-WI"),
        ("season", "crops may fail this winter", {}, "2025-WI"),
        ("season", "crops failed this winter", {"anchor": D(2025, 1, 15)}, "2024-WI"),
        ("season", "crops failed this winter", {"anchor": D(2025, 4, 15)}, "2024-WI"),
        ("season", "crops will fail this winter", {"anchor": D(2025, 4, 15), "future": True}, "2025-WI"),
    ],
)
def test_season(rule: str, text: str, kw: dict[str, Any], expected: str) -> None:
    anchor = kw.pop("anchor", WED)
    assert value(resolve(dr.r_season, rule, text, anchor, **kw)) == expected


def test_year_sets_the_story_year() -> None:
    ctx = Ctx(anchor=None)
    res = dr.r_year(_match("year", "in 2019 rebels"), ctx)
    assert shown(res) == ("2019", "2019-01-01", "2019-12-31") and ctx.ref_year == 2019
    assert value(resolve(dr.r_year, "year-spoken", "in nineteen eighty-two")) == "1982"


def test_decade_and_century() -> None:
    assert value(resolve(dr.r_decade, "decade", "in the 1990s")) == "199"
    assert value(resolve(dr.r_decade, "decade", "in the '80s")) == "198"
    assert value(resolve(dr.r_decade, "decade", "in the sixties")) == "196"
    assert value(resolve(dr.r_decade, "decade", "in the twenties")) == "192"
    assert value(resolve(dr.r_century, "century", "in the 20th century")) == "19"
    assert value(resolve(dr.r_century, "century", "in the twenty-first century")) == "20"
    assert resolve(dr.r_century, "century", "in the 25th century") is None


# -------------------------------------------------------------------- references and durations
def test_references() -> None:
    assert shown(resolve(dr.r_ref, "reference", "talks are now stalled")) == (
        "PRESENT_REF",
        "2025-09-24",
        "2025-09-24",
    )
    assert shown(resolve(dr.r_ref, "reference", "talks are now stalled", None)) == ("PRESENT_REF", None, None)
    assert shown(resolve(dr.r_ref, "reference", "talks recently stalled")) == ("PAST_REF", None, None)
    assert value(resolve(dr.r_ref, "reference", "talks resume in the coming  weeks")) == "FUTURE_REF"


@pytest.mark.parametrize(
    ("rule", "text", "kw", "expected"),
    [
        ("duration", "it lasted three days", {}, ("P3D", None, None)),
        ("duration", "in the past three days", {}, ("P3D", "2025-09-22", "2025-09-24")),
        ("duration", "in the last two months", {}, ("P2M", "2025-07-24", "2025-09-24")),
        ("duration", "in the next three days", {}, ("P3D", None, None)),  # no span back to publication
        ("duration", "in the past three days", {"future": True}, ("P3D", None, None)),
        ("duration", "in the past two years", {}, ("P2Y", None, None)),
        ("duration", "it took two decades", {}, ("P20Y", None, None)),
        ("duration-vague", "it took a couple of weeks", {}, ("P2W", None, None)),
        ("duration-vague", "it took several years", {}, ("PXY", None, None)),
        ("duration-one", "held for a month", {}, ("P1M", None, None)),
        ("duration-unit", "over the past week", {}, ("P1W", "2025-09-18", "2025-09-24")),
        (
            "duration-unit",
            "over the past month",
            {"anchor": D(2025, 3, 31)},
            ("P1M", "2025-02-28", "2025-03-31"),
        ),
        ("duration-unit", "over the past week", {"anchor": None}, ("P1W", None, None)),
    ],
)
def test_durations(
    rule: str, text: str, kw: dict[str, Any], expected: tuple[str, str | None, str | None]
) -> None:
    anchor = kw.pop("anchor", WED)
    res = resolve(dr.r_duration, rule, text, anchor, **kw)
    assert res is not None and res.kind == "DURATION"
    assert shown(res) == expected


# --------------------------------------------------------------------------------------- ranges
@pytest.mark.parametrize(
    ("rule", "text", "anchor", "expected"),
    [
        (
            "range-days-month",
            "talks on 13-15 September",
            WED,
            ("2025-09-13/2025-09-15", "2025-09-13", "2025-09-15"),
        ),
        (
            "range-month-days",
            "talks on September 1-3, 2026",
            WED,
            ("2026-09-01/2026-09-03", "2026-09-01", "2026-09-03"),
        ),
        ("range-days-month", "talks on 13-15 September", None, ("XXXX-09-13/XXXX-09-15", None, None)),
    ],
)
def test_range_of_days(
    rule: str, text: str, anchor: dt.date | None, expected: tuple[str, str | None, str | None]
) -> None:
    res = resolve(dr.r_range_days, rule, text, anchor)
    assert res is not None and res.precision == "day"
    assert shown(res) == expected


@pytest.mark.parametrize(
    ("rule", "text", "expected"),
    [
        ("range-days-months", "overnight on 30 September-1 October", ("2025-09-30", "2025-10-01")),
        ("range-days-months", "from 28 December to 2 January", ("2024-12-28", "2025-01-02")),
        ("range-months-days", "from Aug. 30 to Sept. 2, 2024", ("2024-08-30", "2024-09-02")),
    ],
)
def test_range_of_days_across_two_months(rule: str, text: str, expected: tuple[str, str]) -> None:
    res = resolve(dr.r_range_days_months, rule, text)
    assert shown(res) == (f"{expected[0]}/{expected[1]}", *expected)


def test_range_across_months_refuses_backwards_and_long_stretches() -> None:
    assert resolve(dr.r_range_days_months, "range-days-months", "from 3 October to 1 September") is None
    assert resolve(dr.r_range_days_months, "range-days-months", "from 3 March to 1 September") is None


def test_range_of_days_refuses_backwards_and_impossible_days() -> None:
    assert resolve(dr.r_range_days, "range-days-month", "talks on 15-13 September") is None
    assert resolve(dr.r_range_days, "range-days-month", "talks on 30-31 September") is None


@pytest.mark.parametrize(
    ("text", "future", "expected"),
    [
        ("from Monday to Wednesday", None, ("2025-09-22", "2025-09-24")),
        ("from Tuesday to Thursday", None, ("2025-09-16", "2025-09-18")),  # this week's would end ahead
        ("from Tuesday to Thursday", True, ("2025-09-30", "2025-10-02")),
        ("from Friday to Monday", None, ("2025-09-19", "2025-09-22")),  # across the weekend
    ],
)
def test_range_of_weekdays(text: str, future: bool | None, expected: tuple[str, str]) -> None:
    res = resolve(dr.r_range_weekdays, "range-weekdays", text, future=future)
    assert shown(res) == (f"{expected[0]}/{expected[1]}", *expected)


def test_range_of_weekdays_without_publication_date() -> None:
    assert (
        value(resolve(dr.r_range_weekdays, "range-weekdays", "from Monday to Wednesday", None)) == "PAST_REF"
    )


def test_range_of_months() -> None:
    assert shown(resolve(dr.r_range_months, "range-months", "from March to May")) == (
        "2025-03/2025-05",
        "2025-03-01",
        "2025-05-31",
    )
    # a range across the new year starts the year before
    assert value(resolve(dr.r_range_months, "range-months", "from November to February")) == "2024-11/2025-02"
    assert (
        value(resolve(dr.r_range_months, "range-months", "between March and May 2019")) == "2019-03/2019-05"
    )
    assert value(resolve(dr.r_range_months, "range-months", "from March to May", None)) == "PAST_REF"


def test_range_of_years() -> None:
    assert shown(resolve(dr.r_range_years, "range-years", "from 1980 to 1988")) == (
        "1980/1988",
        "1980-01-01",
        "1988-12-31",
    )
    assert value(resolve(dr.r_range_years, "range-years", "in 1998-99")) == "1998/1999"
    assert resolve(dr.r_range_years, "range-years", "in 2010-05") is None  # ends before it starts
    assert resolve(dr.r_range_years, "range-years", "from 1850 to 1990") is None  # over a century


def test_that_evening_is_a_part_of_the_day_told_before_and_no_date_without_one() -> None:
    told = {"ref_day": D(2025, 6, 7), "ref_day_pos": 0, "pos": 60}
    night = resolve(dr.r_that_day, "that-day", "That night the herders drove the cattle away.", **told)
    assert shown(night) == ("2025-06-07TNI", "2025-06-07", "2025-06-07")
    assert value(resolve(dr.r_that_day, "that-day", "Later that day a second body was found.", **told)) == (
        "2025-06-07"
    )
    # no day told before, or one told too far back: not publication, no date at all
    assert resolve(dr.r_that_day, "that-day", "That night the herders drove the cattle away.") is None
    far = {"ref_day": D(2025, 6, 7), "ref_day_pos": 0, "pos": 1001}
    assert resolve(dr.r_that_day, "that-day", "That morning a patrol came.", **far) is None


def test_that_sunday_is_the_day_told_before_or_that_weekday_nearest_it() -> None:
    told = {"ref_day": D(2024, 6, 9), "ref_day_pos": 0, "pos": 60}  # 9 June 2024, a Sunday
    sunday = resolve(dr.r_that_weekday, "that-weekday", "stormed the village on that Sunday", **told)
    assert value(sunday) == "2024-06-09"
    night = resolve(dr.r_that_weekday, "that-weekday", "came back that Saturday night", **told)
    assert value(night) == "2024-06-08TNI"
    assert value(resolve(dr.r_that_weekday, "that-weekday", "left that Tuesday", **told)) == "2024-06-11"
    # no day told before: no date, not the latest Sunday before publication
    assert resolve(dr.r_that_weekday, "that-weekday", "stormed the village on that Sunday") is None


def test_the_next_morning_and_the_same_night_count_from_the_day_told_before() -> None:
    told = {"ref_day": D(2025, 6, 7), "ref_day_pos": 0, "pos": 60}
    morning = resolve(dr.r_day_relative, "day-relative", "they came back the next morning", **told)
    assert value(morning) == "2025-06-08TMO"
    same = resolve(dr.r_day_relative, "day-relative", "shops were looted the same night", **told)
    assert value(same) == "2025-06-07TNI"
    following = resolve(dr.r_day_relative, "day-relative", "it ended the following day", **told)
    assert value(following) == "2025-06-08"


def test_a_month_later_counts_from_the_month_told_before() -> None:
    found = find_all("In November 2014, gunmen executed 28, and a month later they killed 36.", WED)
    assert [(f.expr.text, f.expr.value) for f in found] == [
        ("November 2014", "2014-11"),
        ("a month later", "2014-12"),
    ]
    (alone,) = find_all("A month later, they killed 36.", WED)
    assert alone.expr.value == "PAST_REF"  # no month told before: not a month after publication


def test_the_same_day_after_a_month_is_a_day_of_that_month() -> None:
    found = find_all("In May 2025, a drone hit a base, and a car bomb the same day killed five.", WED)
    assert [f.expr.value for f in found] == ["2025-05", "2025-05"]


def test_the_weekend_describing_a_noun_dates_nothing() -> None:
    assert find_all("Passengers gathered for the weekend trip to the coast.", WED) == []
    assert [f.expr.text for f in find_all("Clashes over the weekend killed five.", WED)] == ["the weekend"]


def test_on_the_nth_is_a_day_of_this_month_or_the_last() -> None:
    (day,) = find_all("According to local sources, on the 18th an armed group stopped a convoy.", WED)
    assert day.expr.value == "2025-09-18"
    (later,) = find_all("On the 28th gunmen attacked.", WED)  # after the 24th: August's
    assert later.expr.value == "2025-08-28"
    assert find_all("He lived on the 5th floor of the 18th century house.", WED)[0].expr.text != "the 5th"


def test_a_part_of_a_day_told_by_its_number_is_that_day() -> None:
    (night,) = find_all("Fighters burst into homes on the night of the 14th.", WED)
    assert (night.expr.text, night.expr.value) == ("the 14th", "2025-09-14")
    (dawn,) = find_all("Shells fell in the early hours of the 3rd.", WED)
    assert dawn.expr.value == "2025-09-03"
