"""The attackers' own deaths told apart from the attack's figure, read by :mod:`whimbrel.casualties`
and counted in the attack's toll as ACLED counts fatalities (evidence ``dead.attackers``):

- ``shot_them``: attackers counted in the sentence before and killed by a pronoun ("Three gunmen
  attacked a police post ... Police later tracked down the attackers and shot them dead" -> 3, method
  ``attackers-told-before``), read before the attackers' fall is folded into the attack;
- ``add_left_out``: a suicide attack's toll told without its attackers ("killing eight people,
  police said. The figure does not include the bomber.") gets them added (method
  ``attackers-left-out``), once every toll is set. Only suicide attacks: the story tells the attack
  as one ("suicide bomber", "blew himself up"), so the attackers left out of the figure are dead. A
  gunman left out of a figure may have fled or been caught ("not including the gunman, who was
  arrested"), and then nothing is added.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from .casualty_reports import count_evidence
from .casualty_words import ATTACKER_GROUPS
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


# a killing of people told by a pronoun: "shot them dead", "gunned them down", "killed them all"
_SHOT_THEM = re.compile(r"(?i)(?:shot|gunned)\s+them\s+(?:dead|down)\b|(?:killed|shot\s+dead)\s+them\b")
# attackers counted: "Three gunmen", "four armed robbers"
_COUNTED_ATTACKERS = re.compile(
    rf"(?i)\b(?P<n>[\w-]+)\s+(?:(?:armed|suspected|masked|unidentified|unknown)\s+)?"
    rf"(?:{'|'.join(sorted(ATTACKER_GROUPS))})\b"
)
_OWN_COUNT = re.compile(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|one|all)\b", re.I)


def shot_them(story: Story, events: list[Event], fallen: set[int]) -> None:
    """An attack's attackers killed by a pronoun in the next sentence, counted where they attacked:
    "Three gunmen attacked a police post, killing two constables. Police said they later tracked down
    the attackers and shot them dead." -> that event's dead are the three attackers, and its trigger
    joins ``fallen`` so that the fall folds into the attack. Not when the sentence counts anyone
    before the pronoun ("arrested five suspects and shot them dead" is read with its own count)."""
    for k, ev in enumerate(events):
        if ev.dead is not None or ev.sentence_index == 0 or ev.event_type != "ASSAULT":
            continue
        m = _SHOT_THEM.match(story.text, ev.trigger.start)
        if m is None:
            continue
        sentence = story.sentences[ev.sentence_index]
        if _OWN_COUNT.search(story.text, sentence.start, ev.trigger.start):
            continue
        before = story.sentences[ev.sentence_index - 1]
        counted = [
            c
            for c in _COUNTED_ATTACKERS.finditer(story.text, before.start, before.end)
            if len(find_numbers(c.group("n"))) == 1
        ]
        if len(counted) != 1:
            continue  # no count of attackers, or two groups to choose from
        ne = find_numbers(counted[0].group("n"), base=counted[0].start())[0]
        if not 2 <= ne.best <= 20:
            continue
        count = Count(ne.best, ne.best, ne.best, m.group(0), m.start(), m.end())
        evidence = (
            *ev.evidence,
            count_evidence("dead", count, "attackers-told-before", story.text),
            count_evidence(
                "dead.attackers",
                dataclasses.replace(count, text=story.text[ne.start : ne.end], start=ne.start, end=ne.end),
                "attackers-told-before",
                story.text,
            ),
        )
        events[k] = dataclasses.replace(ev, dead=count, evidence=evidence)
        fallen.add(ev.trigger.start)
