"""Acts told as some time before another: "The attack came three months after the killing of three
Carabineros in Cañete", "A week after a 23-year-old was shot dead outside a metro station, residents
marched on Saturday", "Nearly three decades after the Eldorado dos Carajás massacre, in which police
killed 19 landless workers".

:func:`earlier_by` dates the acts of such a phrase (from "after" to the clause's end, with a relative
clause that describes them: "..., in which police killed 19") by counting back from the day of the
sentence's own act, from a day the sentence tells, or from the publication day: a week, a month, a
year (precision day, month, year). An act so dated more than 60 days before publication is
historical.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from . import dates_calendar as cal
from .dates_narrative import anchored
from .numbers import UNITS
from .types import Event, Story, TimeExpr

__all__ = ["earlier_by"]

_NUMBER_WORDS = "|".join(sorted((w for w in UNITS if w != "zero"), key=len, reverse=True))
_AFTER = re.compile(
    r"(?i)\b(?:(?:nearly|almost|about|some|roughly|just|barely|only)\s+)?"
    rf"(?P<n>\d{{1,2}}|an?|{_NUMBER_WORDS})\s+(?P<unit>day|week|month|year|decade)s?\s+after\s+"
)
# what describes the acts of the phrase after its comma: "..., in which police killed 19 workers"
_DESCRIBED = re.compile(r",\s+(?:in\s+which|during\s+which|which|when|where|who)\b")
_UNIT_PRECISION = {"day": "day", "week": "day", "month": "month", "year": "year", "decade": "year"}


def earlier_by(events: tuple[Event, ...], story: Story, days: Sequence[TimeExpr] = ()) -> tuple[Event, ...]:
    """Date the acts told after "N days/weeks/months/years after" (see the module docstring),
    evidence method ``before-another``. The count runs back from the day of the sentence's own act,
    else from a day the sentence tells (``days``: "on Sunday, five days after a grenade was
    thrown"), else from the publication day; from the last only for an act that has no other date and
    is told in the phrase, not named again ("Four days after the shooting, ..." names the story's
    shooting, whose day the story tells), unless the count is of months or more."""
    text = story.text
    if story.published is None or " after " not in text:
        return events
    out = list(events)
    for m in _AFTER.finditer(text):
        sent = next((s for s in story.sentences if s.start <= m.start() < s.end), None)
        if sent is None or _FOR_BEFORE.search(text, max(sent.start, m.start() - 5), m.start()):
            continue  # "suspended for three days after the clash": how long, not when
        end = _phrase_end(text, m.end(), sent.end)
        inside = [j for j, ev in enumerate(events) if m.end() <= ev.trigger.start < end]
        if not inside:
            continue
        ref = _reference_day(events, sent.start, sent.end, m.start(), end) or _day_told(
            days, sent.start, sent.end, m.start(), end
        )
        long_ago = m.group("unit").lower() in ("month", "year", "decade")
        named_again = _NAMED_AGAIN.match(text, m.end()) is not None
        x = _counted_back(m, ref or story.published)
        if x is None:
            continue
        for j in inside:
            w = out[j].when
            if w is not None and w.start is not None and m.end() <= w.start < end:
                continue  # a date of its own inside the phrase
            if ref is None and not long_ago and (named_again or w is None or w.method != "publication-date"):
                continue
            out[j] = anchored(
                out[j], x, "before-another", x.precision or "day", story.published, "before-another"
            )
    return tuple(out)


_FOR_BEFORE = re.compile(r"(?i)\bfor\s+$")
# the act named again rather than told: "after the shooting", "after this attack"
_NAMED_AGAIN = re.compile(
    r"(?i)(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:attack|shooting|bombing|blast|explosion|killings?"
    r"|massacre|raid|ambush|clash|clashes|violence|incident|stabbing|murder|fire)\b"
)


def _day_told(days: Sequence[TimeExpr], start: int, end: int, a: int, b: int) -> dt.date | None:
    """The day a sentence tells outside the phrase ``a``-``b``, the nearest before it first."""
    told = [
        x for x in days if start <= x.start < end and not a <= x.start < b and x.precision == "day" and x.date
    ]
    if not told:
        return None
    before = [x for x in told if x.start < a]
    x = before[-1] if before else told[0]
    return dt.date.fromisoformat(x.date or "")


def _phrase_end(text: str, start: int, sent_end: int) -> int:
    """The end of the phrase after "after": its clause's comma, or the relative clause that follows
    it ("the Eldorado dos Carajás massacre, in which police killed 19 landless workers")."""
    comma = text.find(",", start, sent_end)
    if comma < 0:
        return sent_end
    if _DESCRIBED.match(text, comma):
        nxt = text.find(",", comma + 1, sent_end)
        return nxt if nxt >= 0 else sent_end
    return comma


def _reference_day(events: tuple[Event, ...], start: int, end: int, a: int, b: int) -> dt.date | None:
    """The day of the sentence's own act, outside the phrase, when a date of the story tells it."""
    for ev in events:
        w = ev.when
        if not (start <= ev.trigger.start < end) or a <= ev.trigger.start < b or w is None:
            continue
        if w.precision == "day" and w.date and w.method not in ("publication-date", "before-another"):
            return dt.date.fromisoformat(w.date)
    return None


def _counted_back(m: re.Match[str], ref: dt.date) -> TimeExpr | None:
    """The time ``m`` counts back from ``ref``: "three months" before 8 August 2024 is May 2024."""
    word, unit = m.group("n").lower(), m.group("unit").lower()
    n = int(word) if word.isdigit() else 1 if word in ("a", "an") else UNITS.get(word)
    if not n:
        return None
    precision = _UNIT_PRECISION[unit]
    if unit in ("day", "week"):
        d = ref - dt.timedelta(days=n * (7 if unit == "week" else 1))
        first = last = d
    elif unit == "month":
        y, mon = cal.add_months(ref.year, ref.month, -n)
        first, last = dt.date(y, mon, 1), dt.date(y, mon, cal.last_day(y, mon))
    else:
        y = ref.year - n * (10 if unit == "decade" else 1)
        first, last = dt.date(y, 1, 1), dt.date(y, 12, 31)
    value = first.isoformat() if precision == "day" else first.isoformat()[: 7 if precision == "month" else 4]
    text = m.group().rstrip()
    return dataclasses.replace(
        TimeExpr(text, m.start(), m.start() + len(text), value, precision),
        date=first.isoformat(),
        date_end=last.isoformat(),
    )
