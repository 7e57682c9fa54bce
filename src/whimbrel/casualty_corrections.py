"""A newsroom's correction of a toll it printed: part of the stage ``casualties.count.v1``.

"Four men were shot dead ... Correction: An earlier version of this story said four men were
killed. Police later said three men died." The note names the figure the story first printed (no
toll: :func:`whimbrel.casualty_reports.corrected` sets it aside) and the figure that replaces it.
The attack that still holds the printed figure takes the new one (evidence method ``correction``),
and the act the note retells ("said four men were *killed*") is no event of its own.

A note is the part of the story from "An earlier version of this story/article/report said" to the
end of its paragraph; the figure it first printed is the count in the clause after "said"; the new
figure is the first count of the same kind after that clause ("police later said three died", "the
toll is two"), or a bare number told after "said" ("...; police later said 12").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any

from .casualty_counts import find_counts
from .casualty_reports import count_evidence
from .casualty_words import EARLIER_VERSION
from .numbers import find_numbers
from .types import Count, Event, Story

# "An earlier version of this article said", "A previous version of this story incorrectly stated"
_EARLIER_SAID = re.compile(
    rf"(?i){EARLIER_VERSION}(?:incorrectly\s+|wrongly\s+|mistakenly\s+)?(?:said|stated|reported|gave|put|misstated)\b"
)
# where the clause of the printed figure ends: "...; police later said 12", "... . Police said"
_CLAUSE_END = re.compile(r"[;.]\s|,\s+(?:but|while|when)\b|\s+(?:but|while)\s")
# a bare figure told after a verb of telling: "police later said 12", "the correct figure is 12"
_BARE_AFTER = re.compile(r"(?i)\b(?:said|says|put\s+(?:it|the\s+\w+)\s+at|confirmed|is|was|now)\s+$")


def corrected_tolls(story: Story, events: Sequence[Event]) -> list[Event]:
    """The events with each toll a correction note replaced (see the module's note)."""
    out = list(events)
    for note in _EARLIER_SAID.finditer(story.text):
        end = story.text.find("\n\n", note.end())
        end = len(story.text) if end < 0 else end
        stop = _CLAUSE_END.search(story.text, note.end(), end)
        clause_end = stop.start() if stop is not None else end
        found = find_counts(story.text[note.start() : end], base=note.start())
        old = [m for m in found if note.end() <= m.count.start < clause_end]
        new = [m for m in found if m.count.start >= clause_end]
        # the act the note retells: "An earlier version ... said four men were killed"
        out = [e for e in out if not note.start() <= e.trigger.start < clause_end]
        for was in old:
            now = next((m for m in new if m.kind == was.kind), None)
            count = now.count if now is not None else _bare(story.text, clause_end, end)
            if count is None or count.best == was.count.best:
                continue
            count = dataclasses.replace(count, text=story.text[count.start : count.end])
            for k, ev in enumerate(out):
                held: Count | None = getattr(ev, was.kind)
                if ev.event_type == "ASSAULT" and held is not None and held.best == was.count.best:
                    why = count_evidence(was.kind, count, "correction", story.text)
                    given: dict[str, Any] = {was.kind: count}
                    out[k] = dataclasses.replace(ev, evidence=(*ev.evidence, why), **given)
    return out


def _bare(text: str, start: int, end: int) -> Count | None:
    """The first number after ``start`` told right after a verb of telling ("police later said 12")."""
    for ne in find_numbers(text[start:end], base=start):
        if _BARE_AFTER.search(text, max(start, ne.start - 40), ne.start):
            return Count(ne.low, ne.high, ne.best, text[ne.start : ne.end], ne.start, ne.end)
    return None
