"""A suicide attack's toll told without its attackers ("killing eight people, police said. The figure
does not include the bomber."): the attackers told as left out are added to the attack's dead, as
ACLED counts fatalities, with evidence ``dead.attackers`` (method ``attackers-left-out``). Read by
:mod:`whimbrel.casualties` once every toll is set.

Only suicide attacks: the story tells the attack as one ("suicide bomber", "blew himself up"), so the
attackers left out of the figure are dead. A gunman left out of a figure may have fled or been caught
("not including the gunman, who was arrested"), and then nothing is added.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from .casualty_reports import count_evidence
from .numbers import find_numbers
from .types import Count, Event, Story

_LEFT_OUT = re.compile(
    r"(?i)\b(?:not\s+(?:counting|including)|excluding|excludes?|(?:does|did|do)\s*(?:not|n['’]t)\s+include)"
    r"\s+(?:the\s+)?(?P<n>\w+\s+)?(?:suicide\s+)?"
    r"(?P<who>bombers?|attackers?|assailants?|gunm[ae]n|perpetrators?)\b(?!['’]s)"
)
_SUICIDE = re.compile(
    r"(?i)\bsuicide\s+(?:bomb|attack|car|truck|vest|belt)|\bblew\s+(?:himself|herself|themselves)\s+up\b"
)
_ALREADY = re.compile(r"(?i)\b(?:himself|herself|themselves|bombers?|attackers?|assailants?)\b")
_WINDOW = 3  # the figure's sentence and the two after ("He said the figure of six dead did not include ...")


def add_left_out(story: Story, events: Sequence[Event]) -> list[Event]:
    """Add the suicide attackers a toll is told without to that toll: the toll told last before the
    words that leave them out, in the same sentence or one of the two before."""
    out = list(events)
    if not _SUICIDE.search(story.text):
        return out
    for m in _LEFT_OUT.finditer(story.text):
        told = [
            (ev.dead.end, i) for i, ev in enumerate(out) if ev.dead is not None and ev.dead.end <= m.start()
        ]
        if not told:
            continue
        i = max(told)[1]
        ev, dead = out[i], out[i].dead
        assert dead is not None
        if ev.event_type != "ASSAULT" or _ALREADY.search(dead.text) or not _near(story, dead, m.start()):
            continue
        if any(e.field == "dead.attackers" for e in ev.evidence):
            continue  # the attackers' share is already in the toll
        n = _how_many(m)
        if n is None:
            continue
        total = Count(
            None if dead.low is None else dead.low + n,
            None if dead.high is None else dead.high + n,
            dead.best + n,
            dead.text,
            dead.start,
            dead.end,
        )
        left = Count(n, n, n, m.group(0), m.start(), m.end())
        evidence = (*ev.evidence, count_evidence("dead.attackers", left, "attackers-left-out", story.text))
        out[i] = dataclasses.replace(ev, dead=total, evidence=evidence)
    return out


def _near(story: Story, dead: Count, at: int) -> bool:
    """The words stand in the figure's sentence or one of the two after it."""
    after = [s for s in story.sentences if s.end > dead.end]
    return bool(after) and at < after[:_WINDOW][-1].end


def _how_many(m: re.Match[str]) -> int | None:
    """How many attackers the figure leaves out: "not counting the bomber" (1), "does not include the
    two attackers" (2). A plural told without a number is no count."""
    who = m.group("who").lower()
    if who.endswith("s") or who == "gunmen":
        nums = find_numbers(m.group("n") or "")
        if len(nums) != 1 or not 1 <= nums[0].best <= 10:
            return None
        return nums[0].best
    if m.group("n") and m.group("n").strip().lower() not in ("lone", "female", "male"):
        return None  # "not counting the second attacker": which one is unclear
    return 1
