"""Tests for whimbrel.dates_calendar: TimeML values with their first and last day, and the year or
weekday a relative expression picks."""

from __future__ import annotations

import datetime as dt

import pytest

from whimbrel import dates_calendar as cal
from whimbrel.dates_calendar import Res

D = dt.date
WED = D(2025, 9, 24)  # a Wednesday


def _span(res: Res | None) -> tuple[str, str | None, str | None, str | None]:
    assert res is not None
    first = res.date.isoformat() if res.date else None
    last = res.date_end.isoformat() if res.date_end else None
    return res.value, res.precision, first, last


# ------------------------------------------------------------------------------- month arithmetic
def test_last_day_knows_leap_years() -> None:
    assert cal.last_day(2024, 2) == 29
    assert cal.last_day(2023, 2) == 28
    assert cal.last_day(1900, 2) == 28  # a century year that is not a leap year
    assert cal.last_day(2025, 4) == 30
    assert cal.last_day(2025, 12) == 31


@pytest.mark.parametrize(
    ("year", "month", "day", "ok"),
    [
        (2024, 2, 29, True),
        (2023, 2, 29, False),
        (None, 2, 29, True),  # no year: 29 February may exist
        (None, 2, 30, False),
        (2025, 4, 31, False),
        (None, 4, 31, False),
        (2025, 12, 31, True),
        (2025, 13, 1, False),
        (2025, 0, 1, False),
        (2025, 1, 0, False),
    ],
)
def test_valid_day(year: int | None, month: int, day: int, ok: bool) -> None:
    assert cal.valid_day(year, month, day) is ok


def test_add_months_crosses_years_both_ways() -> None:
    assert cal.add_months(2025, 11, 3) == (2026, 2)
    assert cal.add_months(2025, 1, -1) == (2024, 12)
    assert cal.add_months(2025, 3, -15) == (2023, 12)
    assert cal.add_months(2025, 6, 0) == (2025, 6)
    assert cal.add_months(2025, 12, 12) == (2026, 12)


# ---------------------------------------------------------------------------------------- builders
def test_day_and_part_of_day() -> None:
    assert cal.day(WED) == Res("2025-09-24", "day", WED, WED, "DATE")
    night = cal.part_of_day(WED, "tonight")
    assert (night.value, night.precision, night.kind) == ("2025-09-24TNI", "day", "TIME")
    assert cal.part_of_day(WED, "morning").value == "2025-09-24TMO"
    assert cal.part_of_day(WED, "afternoon").value == "2025-09-24TAF"


def test_month_year_quarter_half() -> None:
    assert _span(cal.month(2024, 2)) == ("2024-02", "month", "2024-02-01", "2024-02-29")
    assert _span(cal.year(1998)) == ("1998", "year", "1998-01-01", "1998-12-31")
    assert _span(cal.quarter(2025, 4)) == ("2025-Q4", "quarter", "2025-10-01", "2025-12-31")
    assert _span(cal.quarter(2024, 1)) == ("2024-Q1", "quarter", "2024-01-01", "2024-03-31")
    assert _span(cal.half(2024, 1)) == ("2024-H1", "half", "2024-01-01", "2024-06-30")
    assert _span(cal.half(2024, 2)) == ("2024-H2", "half", "2024-07-01", "2024-12-31")


def test_week_is_the_iso_week_monday_to_sunday() -> None:
    assert _span(cal.week(WED)) == ("2025-W39", "week", "2025-09-22", "2025-09-28")
    # 1 January 2021 (a Friday) is in the last ISO week of 2020
    assert _span(cal.week(D(2021, 1, 1))) == ("2020-W53", "week", "2020-12-28", "2021-01-03")


def test_weekend_is_the_saturday_and_sunday_of_the_week() -> None:
    assert _span(cal.weekend(WED)) == ("2025-W39-WE", "week", "2025-09-27", "2025-09-28")
    assert cal.weekend(D(2025, 9, 28)) == cal.weekend(D(2025, 9, 22))  # Sunday and Monday: same week


def test_season_winter_runs_into_the_next_year() -> None:
    assert _span(cal.season(2025, "SU")) == ("2025-SU", "season", "2025-06-01", "2025-08-31")
    assert _span(cal.season(2023, "WI")) == ("2023-WI", "season", "2023-12-01", "2024-02-29")
    assert _span(cal.season(2024, "WI")) == ("2024-WI", "season", "2024-12-01", "2025-02-28")
    assert _span(cal.season(2025, "FA")) == ("2025-FA", "season", "2025-09-01", "2025-11-30")


def test_decade_and_century() -> None:
    assert _span(cal.decade(1987)) == ("198", "decade", "1980-01-01", "1989-12-31")
    assert _span(cal.decade(2000)) == ("200", "decade", "2000-01-01", "2009-12-31")
    assert _span(cal.century(20)) == ("19", "century", "1900-01-01", "1999-12-31")
    assert _span(cal.century(21)) == ("20", "century", "2000-01-01", "2099-12-31")
    assert _span(cal.century(1)) == ("00", "century", "0001-01-01", "0099-12-31")  # there is no year 0


def test_span_runs_from_the_first_start_to_the_second_end() -> None:
    s = cal.span(cal.month(2024, 11), cal.month(2025, 2))
    assert _span(s) == ("2024-11/2025-02", "month", "2024-11-01", "2025-02-28")
    assert s.kind == "DATE"


def test_references_only_the_present_has_a_day() -> None:
    assert _span(cal.ref("PRESENT_REF", WED)) == ("PRESENT_REF", "ref", "2025-09-24", "2025-09-24")
    assert _span(cal.ref("PRESENT_REF")) == ("PRESENT_REF", "ref", None, None)
    assert _span(cal.ref("PAST_REF", WED)) == ("PAST_REF", "ref", None, None)
    assert _span(cal.ref("FUTURE_REF", WED)) == ("FUTURE_REF", "ref", None, None)


@pytest.mark.parametrize(
    ("n", "unit", "value"),
    [
        (3, "day", "P3D"),
        (2, "week", "P2W"),
        (6, "month", "P6M"),
        (2, "quarter", "P2Q"),
        (2, "year", "P2Y"),
        (2, "decade", "P20Y"),  # counted decades are years
        (None, "decade", "PXDE"),
        (None, "year", "PXY"),
        (1, "century", "P1CE"),
        (24, "hour", "PT24H"),
        (5, "minute", "PT5M"),
        (30, "second", "PT30S"),
    ],
)
def test_duration_values(n: int | None, unit: str, value: str) -> None:
    res = cal.duration(n, unit)
    assert (res.value, res.precision, res.kind, res.date, res.date_end) == (
        value,
        "duration",
        "DURATION",
        None,
        None,
    )


# ------------------------------------------------------------------------------------- shift
def test_shift_keeps_the_unit_and_moves_the_year() -> None:
    assert cal.shift(cal.quarter(2025, 3), -1) == cal.quarter(2024, 3)
    assert cal.shift(cal.half(2025, 2), -1) == cal.half(2024, 2)
    assert cal.shift(cal.month(2025, 1), -1) == cal.month(2024, 1)
    assert cal.shift(cal.year(2025), 2) == cal.year(2027)
    assert cal.shift(cal.day(D(2024, 2, 29)), 1) == cal.day(D(2025, 2, 28))  # no 29 February in 2025


def test_shift_gives_nothing_for_weeks_and_undated_values() -> None:
    assert cal.shift(cal.week(WED), -1) is None
    assert cal.shift(cal.ref("PAST_REF"), -1) is None
    assert cal.shift(cal.duration(3, "day"), -1) is None


# --------------------------------------------------------------------------------- choose_year
EARLY_NOV = D(2025, 11, 5)


@pytest.mark.parametrize(
    ("month", "day", "future", "year"),
    [
        (3, None, None, 2025),  # March, told in November: the one just gone
        (11, None, None, 2025),  # the current month has begun: not after the anchor
        (1, None, None, 2026),  # January is two months ahead: the coming one
        (12, None, False, 2024),  # a past hint overrules the near month
        (3, None, True, 2026),  # a future hint: the next March
        (1, 3, None, 2026),  # 3 January is 59 days ahead
        (1, 10, None, 2025),  # 10 January is 66 days ahead: last year's
        (11, 1, None, 2025),  # 1 November is four days back
        (11, 20, True, 2025),
        (11, 1, True, 2026),  # the next 1 November not before the anchor
    ],
)
def test_choose_year(month: int, day: int | None, future: bool | None, year: int) -> None:
    assert cal.choose_year(EARLY_NOV, month, day, future) == year


def test_choose_year_a_weak_past_hint_does_not_push_a_near_day_back() -> None:
    """ "extended to Nov. 20" with a past verb: cue words keep the near date, a parse does not."""
    anchor = D(2025, 11, 5)
    assert cal.choose_year(anchor, 11, 20, False, strong=False) == 2025
    assert cal.choose_year(anchor, 11, 20, False, strong=True) == 2024


def test_choose_year_clamps_29_february() -> None:
    # the anchor's year has no 29 February: it counts as the 28th, already past on 10 March
    assert cal.choose_year(D(2025, 3, 10), 2, 29, None) == 2025


def test_choose_weekday() -> None:
    assert cal.choose_weekday(WED, 0, None) == D(2025, 9, 22)  # Monday just gone
    assert cal.choose_weekday(WED, 0, True) == D(2025, 9, 29)  # the coming Monday
    assert cal.choose_weekday(WED, 4, False) == D(2025, 9, 19)
    assert cal.choose_weekday(WED, 2, None) == WED  # the anchor itself, both ways
    assert cal.choose_weekday(WED, 2, True) == WED
