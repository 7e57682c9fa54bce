"""The rules: one pattern and one resolver per kind of temporal expression.

A resolver gets the match and a :class:`Ctx` (publication date, future hint, the last quarter and
year the story named) and returns a :class:`~whimbrel.dates_calendar.Res`. Without a publication
date only absolute expressions get a calendar value; relative ones become ``PAST_REF`` (or
``FUTURE_REF`` under a future hint; ``PRESENT_REF`` for "today" and "now").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from . import dates_calendar as cal
from .dates_calendar import Date, Res
from .dates_grammar import (
    SEASONS,
    UNITS,
    WEEKDAYS,
    month_number,
    number,
    ordinal,
    spoken_year,
)

# how far back, in characters, a day, month or quarter told before anchors "two days later" and the like
_REACH = 1000


@dataclass
class Ctx:
    """What a resolver may use besides the match (``ref_*`` are updated as the story is read)."""

    anchor: Date | None
    future: bool | None = None
    ref_quarter: Res | None = None
    ref_year: int | None = None
    pos: int = 0  # where the expression being resolved starts
    strong: bool = False  # the future hint came from the parse, not from cue words
    ref_quarter_pos: int = -(10**9)
    ref_day: Date | None = None  # the last day told, what "two days later" counts from
    ref_day_pos: int = -(10**9)
    ref_month: Date | None = None  # the last month told (or a day's), what "a month later" counts from
    ref_month_pos: int = -(10**9)

    def compared_quarter(self) -> Res | None:
        """The quarter named in the last ~1,000 characters (what "a year ago" is compared with)."""
        return self.ref_quarter if self.pos - self.ref_quarter_pos <= _REACH else None


Resolver = Callable[[re.Match[str], Ctx], Res | None]
Guard = Callable[[re.Match[str], str], bool]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    accept: Guard | None = None


def _relative(ctx: Ctx) -> Res:
    return cal.ref("FUTURE_REF" if ctx.future else "PAST_REF")


def _int_year(text: str) -> int:
    return int(text) if text.isdigit() else (spoken_year(text) or 0)


def _rel_offset(word: str | None) -> int:
    w = " ".join((word or "").lower().split())
    if w in ("last", "past", "this past", "the past", "the previous", "previous", "the prior", "prior"):
        return -1
    if w in ("next", "the next", "coming", "the coming", "this coming", "the following", "following"):
        return 1
    return 0


def _day_of(m: re.Match[str]) -> int:
    return ordinal(re.sub(r"(?i)^the\s+", "", m.group("d"))) or 0


# --------------------------------------------------------------------------------------- resolvers
def r_date_full(m: re.Match[str], ctx: Ctx) -> Res:
    ctx.ref_year = _int_year(m.group("y"))
    return cal.day(Date(ctx.ref_year, month_number(m.group("mon")), _day_of(m)))


def caps_year(y: str) -> int:
    """A security report's year: "24" is 2024, "2024" itself."""
    return _int_year(y) + (2000 if len(y) == 2 else 0)


def r_date_caps(m: re.Match[str], ctx: Ctx) -> Res:
    """A security report's date in capitals, its year in two digits or none: "02 JUL 24", "09 FEB",
    and the day of a day-time group ("100540Z OCT 24": the 10th, 05:40 UTC)."""
    y = m.groupdict().get("y")
    if not y:
        return r_date_no_year(m, ctx)
    ctx.ref_year = caps_year(y)
    return cal.day(Date(ctx.ref_year, month_number(m.group("mon")), _day_of(m)))


def r_date_no_year(m: re.Match[str], ctx: Ctx) -> Res:
    mon, d = month_number(m.group("mon")), _day_of(m)
    if ctx.anchor is None:
        return Res(f"XXXX-{mon:02d}-{d:02d}", "day")
    y = cal.choose_year(ctx.anchor, mon, d, ctx.future, strong=ctx.strong)
    if not cal.valid_day(y, mon, d):
        y -= 1
    wd = m.groupdict().get("wd")
    told = WEEKDAYS[wd.lower()] if wd else None
    if told is not None and Date(y, mon, d).weekday() != told:
        # "on Monday 26 February": the year whose 26 February is a Monday, if the next or the last is
        fits = [z for z in (y - 1, y + 1) if cal.valid_day(z, mon, d) and Date(z, mon, d).weekday() == told]
        y = fits[0] if fits else y
    return cal.day(Date(y, mon, d))


# holidays on a fixed day of the Gregorian calendar: (month, day)
HOLIDAYS = {
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "valentine's day": (2, 14),
    "international women's day": (3, 8),
}


def r_day_ordinal(m: re.Match[str], ctx: Ctx) -> Res | None:
    """ "on the 18th": that day of the publication's month when it has come, else of the month before
    (the future's "on the 18th" in a plan is the next one)."""
    d = int(re.sub(r"\D", "", m.group("d")))
    a = ctx.anchor
    if a is None:
        return None
    y, mon = a.year, a.month
    if (d > a.day) != bool(ctx.future):
        y, mon = cal.add_months(y, mon, 1 if ctx.future else -1)
    if not cal.valid_day(y, mon, d):
        return None
    return cal.day(Date(y, mon, d))


def r_holiday(m: re.Match[str], ctx: Ctx) -> Res:
    """ "on New Year's Day", "on Christmas Eve": that day of the nearest year, as a bare date is."""
    key = " ".join(m.group("h").lower().replace("’", "'").split())
    mon, d = HOLIDAYS[key]
    if ctx.anchor is None:
        return Res(f"XXXX-{mon:02d}-{d:02d}", "day")
    return cal.day(Date(cal.choose_year(ctx.anchor, mon, d, ctx.future, strong=ctx.strong), mon, d))


# the days of Holy Week and Easter, by their distance from Easter Sunday
EASTER_DAYS = {
    "palm sunday": -7, "maundy thursday": -3, "holy thursday": -3, "good friday": -2,
    "holy saturday": -1, "easter sunday": 0, "easter day": 0, "easter monday": 1,
}  # fmt: skip


def r_easter(m: re.Match[str], ctx: Ctx) -> Res:
    """ "on Easter Sunday", "on Good Friday": that day of the nearest year's Easter, the latest not
    after the anchor (the next, for a verb in the future); "on Good Friday 2024": that year's."""
    shift = dt.timedelta(days=EASTER_DAYS[" ".join(m.group("e").lower().split())])
    if m.group("y"):  # "on Good Friday 2024"
        ctx.ref_year = _int_year(m.group("y"))
        return cal.day(cal.easter(ctx.ref_year) + shift)
    if ctx.anchor is None:
        return Res("XXXX", "year")
    days = [cal.easter(y) + shift for y in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1)]
    if ctx.future:
        return cal.day(next(d for d in days if d >= ctx.anchor))
    return cal.day([d for d in days if d <= ctx.anchor][-1])


def r_numeric(m: re.Match[str], ctx: Ctx) -> Res | None:
    g = m.groupdict()
    if g.get("iy"):
        y, mon, d = int(g["iy"]), int(g["im"]), int(g["id"])
    elif g.get("dy"):  # "07.03.2026": day first
        y, mon, d = int(g["dy"]), int(g["dm"]), int(g["dd"])
    else:
        a, b, yy = int(g["a"]), int(g["b"]), g["ny"]
        mon, d = (a, b) if a <= 12 else (b, a)
        y = int(yy)
        if len(yy) == 2:
            pivot = (ctx.anchor.year % 100 + 10) if ctx.anchor else 30
            y += 2000 if y <= pivot else 1900
        if a <= 12 and b <= 12 and a != b and ctx.anchor is not None:
            mon, d = _nearer_reading(y, a, b, ctx.anchor)
    if not cal.valid_day(y, mon, d):
        return None
    return cal.day(Date(y, mon, d))


def _nearer_reading(y: int, a: int, b: int, anchor: Date) -> tuple[int, int]:
    """Month and day of "03/12/2025", read either way: the one reading that falls in the two months
    up to the publication date (a report tells of its own days: "Date: 03/12/2025" on a report of 3
    December 2025 is that day, not 12 March), else month first."""

    def recent(mon: int, d: int) -> bool:
        return cal.valid_day(y, mon, d) and 0 <= (anchor - Date(y, mon, d)).days <= 62

    return (b, a) if recent(b, a) and not recent(a, b) else (a, b)


def r_month_year(m: re.Match[str], ctx: Ctx) -> Res:
    ctx.ref_year = _int_year(m.group("y"))
    return cal.month(ctx.ref_year, month_number(m.group("mon")))


def r_month_rel_year(m: re.Match[str], ctx: Ctx) -> Res:
    mon = month_number(m.group("mon"))
    if ctx.anchor is None:
        return _relative(ctx)
    return cal.month(ctx.anchor.year + _rel_offset(m.group("rel")), mon)


def r_month(m: re.Match[str], ctx: Ctx) -> Res:
    mon = month_number(m.group("mon"))
    rel = " ".join((m.group("rel") or "").lower().split())
    a = ctx.anchor
    if a is None:
        return Res(f"XXXX-{mon:02d}", "month") if not rel else _relative(ctx)
    if rel in ("last", "this past"):
        y = a.year if mon < a.month else a.year - 1
    elif rel in ("next", "this coming"):
        y = a.year if mon > a.month else a.year + 1
    elif rel == "this":
        y = a.year
    else:
        y = cal.choose_year(a, mon, None, ctx.future)
    return _part_of_month(cal.month(y, mon), m.groupdict().get("pos"))


def _part_of_month(res: Res, pos: str | None) -> Res:
    """ "early/mid/late May": still the month as a TimeML value, but the days it covers narrowed to
    the first, middle or last third ("the first half of May": days 1-15)."""
    words = " ".join((pos or "").lower().split())
    if res.date is None or res.date_end is None or not words:
        return res
    if words not in _MONTH_PARTS:
        return res
    lo, hi = _MONTH_PARTS[words]
    hi = hi or res.date_end.day
    return dataclasses.replace(res, date=res.date.replace(day=lo), date_end=res.date.replace(day=hi))


# first and last day of a part of a month (0: the month's last day)
_MONTH_PARTS = {
    "early": (1, 10), "the beginning of": (1, 10), "the start of": (1, 10),
    "mid": (11, 20), "the middle of": (11, 20),
    "late": (21, 0), "the end of": (21, 0),
    "the first half of": (1, 15), "first half of": (1, 15),
    "the second half of": (16, 0), "second half of": (16, 0),
    "the last half of": (16, 0), "last half of": (16, 0),
}


def r_weekday(m: re.Match[str], ctx: Ctx) -> Res:
    a = ctx.anchor
    if a is None:
        return _relative(ctx)
    wd = WEEKDAYS[m.group("wd").lower()]
    off = _rel_offset(m.group("rel"))
    week = m.groupdict().get("week")
    if week:  # "on Tuesday last week": that weekday of the week before the anchor's
        monday = a - dt.timedelta(days=a.weekday()) + dt.timedelta(weeks=_rel_offset(week))
        d = monday + dt.timedelta(days=wd)
    elif off < 0:
        d = a - dt.timedelta(days=(a.weekday() - wd - 1) % 7 + 1)
    elif off > 0:
        d = a + dt.timedelta(days=(wd - a.weekday() - 1) % 7 + 1)
    else:
        d = cal.choose_weekday(a, wd, ctx.future)
    part = m.groupdict().get("part")
    return cal.part_of_day(d, part.lower()) if part else cal.day(d)


_DAYWORDS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "the day before yesterday": -2,
             "the day after tomorrow": 2, "last night": -1, "this morning": 0, "this afternoon": 0,
             "this evening": 0, "overnight": -1}


def r_dayword(m: re.Match[str], ctx: Ctx) -> Res:
    w = " ".join(m.group("w").lower().split())
    if ctx.anchor is None:
        return cal.ref("PRESENT_REF") if _DAYWORDS[w] == 0 else _relative(ctx)
    d = ctx.anchor + dt.timedelta(days=_DAYWORDS[w])
    nights = {"tonight": "night", "last night": "night", "overnight": "night"}
    part = m.groupdict().get("part") or nights.get(w) or (w.split()[1] if w.startswith("this ") else None)
    return cal.part_of_day(d, part.lower()) if part else cal.day(d)


def r_day_relative(m: re.Match[str], ctx: Ctx) -> Res:
    """ "the previous day", "the day before", "the following day", "the same day", "the next
    morning": from the last day told (in the last ~1,000 characters: "police said on Saturday that
    two had been killed the previous day" is Friday), else from publication."""
    rel = (m.group("rel") or "").lower()
    back = rel in ("previous", "preceding", "prior") or (m.group("dir") or "").lower() == "before"
    if rel == "same" and ctx.ref_month is not None and ctx.ref_day_pos < ctx.ref_month_pos <= ctx.pos:
        if ctx.pos - ctx.ref_month_pos <= 300:
            # "In August 2025, a helicopter was downed ..., and a truck bomb in Cali on the same day
            # killed six": a day of the month told last, not the last day told before it
            return cal.month(ctx.ref_month.year, ctx.ref_month.month)
    a = _near_day(ctx) or ctx.anchor
    if a is None:
        return cal.ref("PAST_REF" if back or rel == "same" else "FUTURE_REF")
    return _day_part(a + dt.timedelta(days=0 if rel == "same" else -1 if back else 1), m)


def r_that_day(m: re.Match[str], ctx: Ctx) -> Res | None:
    """ "that evening", "that night", "later that day", "that same morning": the last day told (in
    the last ~1,000 characters), never publication ("this evening" is the publication day); with no
    day told before, no date."""
    a = _near_day(ctx)
    return _day_part(a, m) if a is not None else None


def r_that_weekday(m: re.Match[str], ctx: Ctx) -> Res | None:
    """ "on that Sunday", "just after 11 p.m. that Saturday": the weekday of the last day told (in the
    last ~1,000 characters) when it is that day ("on 9 June ... on that Sunday"), else that weekday
    nearest to it; with no day told before, no date."""
    a = _near_day(ctx)
    if a is None:
        return None
    wd = WEEKDAYS[m.group("wd").lower()]
    d = a + dt.timedelta(days=(wd - a.weekday() + 3) % 7 - 3)
    part = m.groupdict().get("part")
    return cal.part_of_day(d, part.lower()) if part else cal.day(d)


def _near_day(ctx: Ctx) -> Date | None:
    """The last day the story told, when it was told less than ~1,000 characters before."""
    return ctx.ref_day if ctx.pos - ctx.ref_day_pos <= _REACH else None


def _day_part(d: Date, m: re.Match[str]) -> Res:
    """The day ``d``, or its part when the match names one ("the next *morning*")."""
    part = (m.groupdict().get("part") or "day").lower()
    return cal.day(d) if part == "day" else cal.part_of_day(d, part)


def _last_completed_quarter(a: Date) -> Res:
    y, mo = cal.add_months(a.year, a.month, -3)
    return cal.quarter(y, (mo - 1) // 3 + 1)


def _unit_at(unit: str, a: Date, k: int) -> Res:
    if unit == "week":
        return cal.week(a + dt.timedelta(days=7 * k))
    if unit == "weekend":
        return cal.weekend(a + dt.timedelta(days=7 * k))
    if unit == "month":
        y, mo = cal.add_months(a.year, a.month, k)
        return cal.month(y, mo)
    if unit == "quarter":
        y, mo = cal.add_months(a.year, a.month, 3 * k)
        return cal.quarter(y, (mo - 1) // 3 + 1)
    return cal.year(a.year + k)


def r_rel_unit(m: re.Match[str], ctx: Ctx) -> Res:
    unit = m.group("unit").lower()
    rel = " ".join(m.group("rel").lower().split())
    off = _rel_offset(rel)
    if unit == "year" and rel in ("the following", "the previous", "the prior") and ctx.ref_year:
        return cal.year(ctx.ref_year + off)
    if ctx.anchor is None:
        return _relative(ctx) if off else cal.ref("PRESENT_REF")
    if unit == "weekend" and off == 0 and ctx.future is False and ctx.anchor.weekday() < 5:
        off = -1  # "were killed this weekend", told on a weekday: the weekend just gone
    return _unit_at(unit, ctx.anchor, off)


def r_the_weekend(m: re.Match[str], ctx: Ctx) -> Res:
    a = ctx.anchor
    if a is None:
        return _relative(ctx)
    return cal.weekend(a if ctx.future or a.weekday() >= 5 else a - dt.timedelta(days=7))


def r_current_unit(m: re.Match[str], ctx: Ctx) -> Res:
    """ "the year", "the current fiscal year", "year-end", "the end of the month": the anchor's."""
    unit = (m.group("unit") or "year").lower()
    if m.groupdict().get("that") and unit == "year":
        return cal.year(ctx.ref_year) if ctx.ref_year else _relative(ctx)
    if ctx.anchor is None:
        return cal.ref("PRESENT_REF")
    return _unit_at(unit, ctx.anchor, 0)


def r_ago(m: re.Match[str], ctx: Ctx) -> Res | None:
    n = number(m.group("n"))
    unit = UNITS[m.group("unit").lower()]
    direction = m.group("dir").lower()
    sign = 1 if direction in ("later", "from now", "hence", "after") else -1
    if n is None:
        return cal.ref("FUTURE_REF" if sign > 0 else "PAST_REF")
    compared = ctx.compared_quarter()
    if unit == "year" and compared is not None:
        return cal.shift(compared, sign * n)
    if unit == "year" and direction != "ago" and ctx.ref_year:  # "In 2016 ... four years later"
        return cal.year(ctx.ref_year + sign * n)
    a = ctx.anchor
    told = _month_told_last(ctx) if direction in ("later", "earlier") and unit in ("day", "week") else None
    if told is not None:
        return told  # "In June 2023, gunmen killed 11 ... Two days later, 46 women were killed": that month
    if direction in ("later", "earlier", "before", "after") and unit in ("day", "week", "month"):
        # "kidnapped on Monday ... found two days later", "In November 2014, gunmen executed 28
        # passengers, and a month later ...": counted from the day (or month) told before, not from
        # publication; with none told in the last ~1,000 characters, no date
        ref, at = (ctx.ref_month, ctx.ref_month_pos) if unit == "month" else (ctx.ref_day, ctx.ref_day_pos)
        if ref is None or ctx.pos - at > _REACH:
            return cal.ref("PAST_REF")
        a = ref
    if a is None:
        return cal.ref("FUTURE_REF" if sign > 0 else "PAST_REF")
    if unit == "day":
        return cal.day(a + dt.timedelta(days=sign * n))
    if unit == "week":
        return cal.week(a + dt.timedelta(days=7 * sign * n))
    if unit == "month":
        y, mo = cal.add_months(a.year, a.month, sign * n)
        return cal.month(y, mo)
    if unit == "year":
        return cal.year(a.year + sign * n)
    if unit == "decade":  # "a decade ago": the year ten years back
        return cal.year(a.year + 10 * sign * n)
    return None


def _month_told_last(ctx: Ctx) -> Res | None:
    """The month told last before (within ``_REACH`` characters), when no day was told after it."""
    if ctx.ref_month is None or ctx.pos - ctx.ref_month_pos > _REACH:
        return None
    if ctx.ref_day is not None and ctx.ref_day_pos >= ctx.ref_month_pos:
        return None
    return cal.month(ctx.ref_month.year, ctx.ref_month.month)


def r_days_later(m: re.Match[str], ctx: Ctx) -> Res:
    """ "Days later", "weeks earlier": a few days from the day or month told last, no more precise
    than that month; with none told, the past or future."""
    told = _month_told_last(ctx)
    if told is not None:
        return told
    day = _near_day(ctx)
    if day is not None:
        return cal.month(day.year, day.month)
    return cal.ref("FUTURE_REF" if m.group("dir").lower() == "later" else "PAST_REF")


def r_year_adjective(m: re.Match[str], ctx: Ctx) -> Res:
    """ "year-earlier", "the year-ago quarter", "the same period last year": the compared quarter,
    a year back."""
    compared = ctx.compared_quarter()
    if compared is not None:
        return cal.shift(compared, -1) or _relative(ctx)
    if ctx.anchor is None:
        return _relative(ctx)
    if re.search(r"(?i)quarter|period", m.group(0)):
        return cal.shift(_last_completed_quarter(ctx.anchor), -1) or _relative(ctx)
    return cal.year(ctx.anchor.year - 1)


def r_quarter(m: re.Match[str], ctx: Ctx) -> Res:
    q = ordinal(m.group("q")) or 1
    g = m.groupdict()
    y_text = g.get("y1") or g.get("y2")
    pre = " ".join((g.get("pre") or "").lower().split())
    a = ctx.anchor
    if y_text:
        y = int(y_text)
    elif a is None:
        return Res(f"XXXX-Q{q}", "quarter")
    elif pre.startswith(("last year", "the year-", "year-", "a year")):
        y = a.year - 1
    elif pre.startswith("next year"):
        y = a.year + 1
    elif pre.startswith("this year") or ctx.future:
        y = a.year
    else:
        y = a.year if cal.quarter(a.year, q).date <= a else a.year - 1  # type: ignore[operator]
    if pre.startswith(("the year-", "year-")) and y_text:
        y -= 1
    res = cal.quarter(y, q)
    ctx.ref_quarter, ctx.ref_quarter_pos = res, ctx.pos
    return res


def r_quarter_anaphor(m: re.Match[str], ctx: Ctx) -> Res:
    rel = " ".join((m.group("rel") or "").lower().split())
    a = ctx.anchor
    if a is None:
        return _relative(ctx)
    if m.groupdict().get("emon"):  # "the quarter ended Sept. 30": the quarter holding that day
        mon = month_number(m.group("emon"))
        y = cal.choose_year(a, mon, 28, False)
        res = cal.quarter(y, (mon - 1) // 3 + 1)
        ctx.ref_quarter, ctx.ref_quarter_pos = res, ctx.pos
        return res
    if rel in ("this", "the current", "current"):
        return _unit_at("quarter", a, 0)
    if rel in ("the latest", "the most recent"):
        return _last_completed_quarter(a)
    off = _rel_offset(rel)
    if off:
        return _unit_at("quarter", a, off)
    return ctx.compared_quarter() or _last_completed_quarter(a)


def r_half(m: re.Match[str], ctx: Ctx) -> Res:
    h = 1 if m.group("h").lower() == "first" else 2
    if m.group("y"):
        return cal.half(_int_year(m.group("y")), h)
    if ctx.anchor is None:
        return _relative(ctx)
    return cal.half(ctx.anchor.year + _rel_offset(m.group("rel")), h)


def r_season(m: re.Match[str], ctx: Ctx) -> Res:
    s = SEASONS[m.group("s").lower()]
    g = m.groupdict()
    if g.get("y"):
        return cal.season(_int_year(g["y"]), s)
    a = ctx.anchor
    if a is None:
        return _relative(ctx)
    rel = " ".join((g.get("rel") or "").lower().split())
    years = range(a.year - 2, a.year + 2)
    if rel == "this":
        if s != "WI" or a.month == 12:
            return cal.season(a.year, s)
        if a.month <= 2:  # in it: the winter begun last December
            return cal.season(a.year - 1, s)
        # between winters: the coming one when the verb is future or spring is over, else the last
        return cal.season(a.year if ctx.future or a.month >= 6 else a.year - 1, s)
    if rel in ("last", "this past", "past"):
        return cal.season(max(y for y in years if cal.season(y, s).date_end < a), s)  # type: ignore[operator]
    if rel in ("next", "this coming", "coming") or ctx.future:
        return cal.season(min(y for y in years if cal.season(y, s).date_end >= a), s)  # type: ignore[operator]
    return cal.season(max(y for y in years if cal.season(y, s).date <= a), s)  # type: ignore[operator]


def r_year(m: re.Match[str], ctx: Ctx) -> Res:
    y = _int_year(m.group("y"))
    ctx.ref_year = y
    return cal.year(y)


def r_decade(m: re.Match[str], ctx: Ctx) -> Res:
    g = m.groupdict()
    if g.get("dy"):
        return cal.decade(int(g["dy"]))
    if g.get("yy"):
        return cal.decade(1900 + int(g["yy"]))
    words = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]
    return cal.decade(1920 + 10 * words.index(g["dw"].lower()))


def r_century(m: re.Match[str], ctx: Ctx) -> Res | None:
    c = ordinal(m.group("c"))
    return cal.century(c) if c and 1 <= c <= 21 else None


_REFS = {
    "PRESENT_REF": ("now", "right now", "just now", "currently", "at present", "presently", "nowadays",
                    "these days", "at the moment", "at this time", "the present", "today's"),
    "PAST_REF": ("recently", "more recently", "most recently", "the past", "in the past", "previously",
                 "formerly", "lately", "in recent years", "recent years", "in recent months", "recent months",
                 "in recent weeks", "recent weeks", "in recent days", "recent days", "earlier"),
    "FUTURE_REF": ("the future", "in the future", "the near future", "soon", "the near term",
                   "the short term", "the long term", "shortly", "in the coming days", "in the coming weeks",
                   "in the coming months",
                   "in the coming years", "coming days", "coming weeks", "coming months", "coming years",
                   "a later date", "future"),
}
_REF_OF = {w: name for name, words in _REFS.items() for w in words}
REF_WORDS = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _REF_OF), key=len, reverse=True))


def r_ref(m: re.Match[str], ctx: Ctx) -> Res:
    name = _REF_OF[" ".join(m.group("span").lower().split())]
    return cal.ref(name, ctx.anchor)


_PAST_SPAN = re.compile(r"(?i)(?:the\s+)?(?:past|last|previous)\s")
_SPAN_DAYS = {"day": 1, "week": 7}


def r_duration(m: re.Match[str], ctx: Ctx) -> Res:
    """``P3D``; a span reaching back to the publication date ("over the past week", "in the last
    three days") also covers those days: date..date_end ends at the anchor."""
    g = m.groupdict()
    n = number(g["n"]) if g.get("n") else 1
    if g.get("n") and g["n"].lower().startswith("a couple"):
        n = 2
    unit = UNITS[m.group("unit").lower()]
    res = cal.duration(n, unit)
    a = ctx.anchor
    if a is None or n is None or ctx.future or not _PAST_SPAN.match(m.group(0)):
        return res
    if unit in _SPAN_DAYS:
        first = a - dt.timedelta(days=n * _SPAN_DAYS[unit] - 1)
    elif unit == "month" and n <= 12:
        y, mon = divmod(a.year * 12 + a.month - 1 - n, 12)
        first = Date(y, mon + 1, min(a.day, cal.last_day(y, mon + 1)))
    else:
        return res
    return dataclasses.replace(res, date=first, date_end=a)


def r_range_days(m: re.Match[str], ctx: Ctx) -> Res | None:
    """ "13-15 September", "September 1-3, 2026": a span of days of one month."""
    mon = month_number(m.group("mon"))
    return _days_span(m, ctx, mon, mon)


def r_range_days_months(m: re.Match[str], ctx: Ctx) -> Res | None:
    """ "31 October–1 November": a span of days across two months (the first in the year before when
    the second month comes first: "30 December–2 January"), of two months at most."""
    m1, m2 = month_number(m.group("m1")), month_number(m.group("m2"))
    return None if m1 == m2 else _days_span(m, ctx, m1, m2)


def _days_span(m: re.Match[str], ctx: Ctx, m1: int, m2: int) -> Res | None:
    """The days ``d1`` of month ``m1`` to ``d2`` of month ``m2``, the year told or chosen against the
    anchor (by the first day within one month, by the last across two)."""
    d1, d2 = ordinal(m.group("d1")) or 0, ordinal(m.group("d2")) or 0
    if m.group("y"):
        y2 = _int_year(m.group("y"))
    elif ctx.anchor is None:
        return Res(f"XXXX-{m1:02d}-{d1:02d}/XXXX-{m2:02d}-{d2:02d}", "day")
    else:
        y2 = cal.choose_year(ctx.anchor, m2, d1 if m1 == m2 else d2, ctx.future)
    y1 = y2 if m1 <= m2 else y2 - 1
    if not (cal.valid_day(y1, m1, d1) and cal.valid_day(y2, m2, d2)):
        return None
    first, last = Date(y1, m1, d1), Date(y2, m2, d2)
    if not first < last or (m1 != m2 and (last - first).days > 62):
        return None
    return cal.span(cal.day(first), cal.day(last))


def r_range_weekdays(m: re.Match[str], ctx: Ctx) -> Res:
    a = ctx.anchor
    if a is None:
        return _relative(ctx)
    w1, w2 = WEEKDAYS[m.group("w1").lower()], WEEKDAYS[m.group("w2").lower()]
    first = cal.choose_weekday(a, w1, ctx.future)
    last = first + dt.timedelta(days=(w2 - w1) % 7)
    if not ctx.future and last > a:
        first, last = first - dt.timedelta(days=7), last - dt.timedelta(days=7)
    return cal.span(cal.day(first), cal.day(last))


def r_range_months(m: re.Match[str], ctx: Ctx) -> Res:
    m1, m2 = month_number(m.group("m1")), month_number(m.group("m2"))
    if m.group("y"):
        y2 = _int_year(m.group("y"))
    elif ctx.anchor is None:
        return _relative(ctx)
    else:
        y2 = cal.choose_year(ctx.anchor, m2, None, ctx.future)
    y1 = y2 if m1 <= m2 else y2 - 1
    return cal.span(cal.month(y1, m1), cal.month(y2, m2))


def r_range_years(m: re.Match[str], ctx: Ctx) -> Res | None:
    y1 = int(m.group("y1"))
    t2 = m.group("y2")
    y2 = int(t2) if len(t2) == 4 else y1 - y1 % 100 + int(t2)
    if not y1 < y2 <= y1 + 100:
        return None
    return cal.span(cal.year(y1), cal.year(y2))
