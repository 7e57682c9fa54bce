"""Calendar arithmetic for temporal expressions: TimeML values with their first and last day.

Every builder returns a :class:`Res` (value, precision, first day, last day, kind). Values follow
TimeML/TIMEX3: ``1998-08-07`` (day), ``1998-W47`` (ISO week), ``1998-W47-WE`` (weekend),
``1998-10`` (month), ``1998-Q3`` (quarter), ``1998-H2`` (half year), ``1998-SU`` (season),
``1998`` (year), ``199`` (decade), ``19`` (century), ``P3D`` (duration), ``PAST_REF`` ...
A range is written as an ISO 8601 interval, ``1998-09-13/1998-09-15``.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

Date = dt.date

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
PART_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}


@dataclass(frozen=True, slots=True)
class Res:
    """A resolved value: TimeML value, precision, first and last day covered, TIMEX3 type."""

    value: str
    precision: str | None
    date: Date | None = None
    date_end: Date | None = None
    kind: str = "DATE"


def easter(year: int) -> Date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    lw = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * lw) // 451
    month, day0 = divmod(h + lw - 7 * m + 114, 31)
    return Date(year, month, day0 + 1)


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def valid_day(year: int | None, month: int, day: int) -> bool:
    if not 1 <= month <= 12 or day < 1:
        return False
    if year is None:  # no year: 29 February is possible
        return day <= (29 if month == 2 else last_day(2001, month))
    return day <= last_day(year, month)


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def day(d: Date) -> Res:
    return Res(d.isoformat(), "day", d, d)


def part_of_day(d: Date, part: str) -> Res:
    return Res(f"{d.isoformat()}T{PART_OF_DAY[part]}", "day", d, d, "TIME")


def month(year: int, m: int) -> Res:
    return Res(f"{year:04d}-{m:02d}", "month", Date(year, m, 1), Date(year, m, last_day(year, m)))


def year(y: int) -> Res:
    return Res(f"{y:04d}", "year", Date(y, 1, 1), Date(y, 12, 31))


def week(d: Date) -> Res:
    iso = d.isocalendar()
    monday = d - dt.timedelta(days=d.weekday())
    return Res(f"{iso.year:04d}-W{iso.week:02d}", "week", monday, monday + dt.timedelta(days=6))


def weekend(d: Date) -> Res:
    iso = d.isocalendar()
    saturday = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=5)
    return Res(f"{iso.year:04d}-W{iso.week:02d}-WE", "week", saturday, saturday + dt.timedelta(days=1))


def quarter(y: int, q: int) -> Res:
    first = 3 * (q - 1) + 1
    return Res(f"{y:04d}-Q{q}", "quarter", Date(y, first, 1), Date(y, first + 2, last_day(y, first + 2)))


def half(y: int, h: int) -> Res:
    first = 6 * (h - 1) + 1
    return Res(f"{y:04d}-H{h}", "half", Date(y, first, 1), Date(y, first + 5, last_day(y, first + 5)))


def season(y: int, s: str) -> Res:
    a, b = SEASON_MONTHS[s]
    end_year = y + 1 if b < a else y
    return Res(f"{y:04d}-{s}", "season", Date(y, a, 1), Date(end_year, b, last_day(end_year, b)))


def decade(first_year: int) -> Res:
    d0 = first_year - first_year % 10
    return Res(f"{d0 // 10:03d}", "decade", Date(d0, 1, 1), Date(d0 + 9, 12, 31))


def century(c: int) -> Res:
    """The ``c``-th century (20 -> 1900-1999, value ``19``)."""
    y0 = (c - 1) * 100
    return Res(f"{c - 1:02d}", "century", Date(max(y0, 1), 1, 1), Date(y0 + 99, 12, 31))


def span(a: Res, b: Res) -> Res:
    """A range from the start of ``a`` to the end of ``b`` (ISO 8601 interval value)."""
    return Res(f"{a.value}/{b.value}", a.precision, a.date, b.date_end, a.kind)


def ref(name: str, anchor: Date | None = None) -> Res:
    """PRESENT_REF / PAST_REF / FUTURE_REF; only the present is pinned to a day (the anchor)."""
    if name == "PRESENT_REF" and anchor is not None:
        return Res(name, "ref", anchor, anchor)
    return Res(name, "ref")


def duration(n: int | None, unit: str) -> Res:
    """``P3D``, ``P2Y``, ``PT24H``; an unknown count gives ``PXY``-style values."""
    if unit == "decade" and n is not None:
        n, unit = 10 * n, "year"
    code = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE",
            "century": "CE", "hour": "H", "minute": "M", "second": "S"}[unit]
    count = "X" if n is None else str(n)
    prefix = "PT" if unit in ("hour", "minute", "second") else "P"
    return Res(f"{prefix}{count}{code}", "duration", kind="DURATION")


def shift(res: Res, years: int) -> Res | None:
    """The same calendar unit ``years`` years earlier or later (for "year-earlier" comparisons)."""
    if res.date is None:
        return None
    y = res.date.year + years
    if res.precision == "quarter":
        return quarter(y, (res.date.month - 1) // 3 + 1)
    if res.precision == "half":
        return half(y, 1 if res.date.month <= 6 else 2)
    if res.precision == "month":
        return month(y, res.date.month)
    if res.precision == "year":
        return year(y)
    if res.precision == "day":
        return day(Date(y, res.date.month, min(res.date.day, last_day(y, res.date.month))))
    return None


def choose_year(
    anchor: Date, month_: int, day_: int | None, future: bool | None, *, strong: bool = True
) -> int:
    """The year of a month (and day) given without one.

    Past hint: the most recent occurrence not after the anchor; future hint: the next one not
    before the anchor. Without a hint, the most recent one, unless the next one is at most two
    months (62 days) ahead: news names a date a few weeks away rather than ten months back
    ("Jan. 3" or "January" in a story of early November). A past hint that is not ``strong``
    (cue words, not a parse) does not overrule that for a month and day ("extended to Nov. 20").
    """
    def first(y: int) -> Date:
        return Date(y, month_, min(day_ or 1, last_day(y, month_)))

    if day_ is None:  # a bare month counts as "not after" once it has begun
        past = anchor.year if month_ <= anchor.month else anchor.year - 1
        ahead = anchor.year if month_ >= anchor.month else anchor.year + 1
        near = (month_ - anchor.month) % 12 in (1, 2)
    else:
        past = anchor.year if first(anchor.year) <= anchor else anchor.year - 1
        ahead = anchor.year if first(anchor.year) >= anchor else anchor.year + 1
        near = 0 < (first(ahead) - anchor).days <= 62
    if future is True or (near and (future is None or (day_ is not None and not strong))):
        return ahead
    return past


def choose_weekday(anchor: Date, weekday: int, future: bool | None) -> Date:
    """The latest such weekday not after the anchor, or the next one not before it if future."""
    if future:
        return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7)
    return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)
