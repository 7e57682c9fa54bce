"""A wounded victim named again by age who later died: part of the stage ``casualties.count.v1``.

"Two other men, aged 19 and 31, were taken to hospital with knife wounds. ... The 31-year-old
died in hospital on Wednesday." The second sentence counts no one (it names a person told before),
yet it moves one victim from the wounded to the dead: the attack whose wounded were told with that
age gains one dead and loses one wounded (evidence ``dead`` / ``injured`` with method
``wounded-who-died``). The age must be told among the wounded and not among the dead, so "A
24-year-old man was killed ... The 24-year-old died at the scene" adds no one.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from .casualty_reports import count_evidence, less_the_dead, sum_counts
from .types import Count, Event, Span, Story

# "the 31-year-old later died", "the 31-year-old injured in the attack died in hospital"
_AGED_DIED = re.compile(r"(?i)\bthe\s+(\d{1,3})-year-old\b[^.;]{0,60}?\b(?:died|succumbed|passed\s+away)\b")


def _told_with_age(sentence: str, age: str) -> bool:
    """The sentence tells someone of that age: "aged 19 and 31", "a 31-year-old", "Ali, 31,"."""
    return (
        re.search(rf"\baged\s+(?:\d{{1,3}}\s*(?:,|and|&)\s*)*{age}\b", sentence) is not None
        or re.search(rf"\b{age}-year-old\b", sentence) is not None
        or re.search(rf",\s*{age}\s*[,)]", sentence) is not None
    )


def _sentence_of(story: Story, at: int) -> Span | None:
    return next((s for s in story.sentences if s.start <= at < s.end), None)


def wounded_by_age_died(story: Story, events: list[Event]) -> None:
    """Move one victim from the wounded to the dead of the attack whose wounded were told with the
    age of "the N-year-old" who later died (see the module's note)."""
    moved: set[tuple[int, str]] = set()
    for m in _AGED_DIED.finditer(story.text):
        age, at = m.group(1), m.start()
        k = _attack_of_wounded(story, events, age, at)
        if k is None or (k, age) in moved:
            continue  # "The 31-year-old died on Wednesday. ... The 31-year-old's family said": once
        moved.add((k, age))
        ev = events[k]
        assert ev.injured is not None
        who = m.group(0).split("-year-old")[0] + "-year-old"
        died = Count(1, 1, 1, who, m.start(), m.start() + len(who))
        # an update's later death the toll already took ("Editor's note: ... The 58-year-old man died
        # at ... Hospital") only leaves the wounded
        taken = any(e.field == "dead" and m.start() <= e.start < m.end() for e in ev.evidence)
        evidence, dead = list(ev.evidence), ev.dead
        if not taken:
            evidence.append(count_evidence("dead", died, "wounded-who-died", story.text))
            dead = died if ev.dead is None else sum_counts([ev.dead, died])
            if ev.dead is not None:
                dead = dataclasses.replace(dead, text=ev.dead.text, start=ev.dead.start, end=ev.dead.end)
        injured: Count | None = None
        if ev.injured.best >= 2:
            injured, taken_off = less_the_dead(ev.injured, [died], story.text)
            evidence += taken_off
        else:
            evidence.append(count_evidence("injured", died, "wounded-who-died", story.text))
        events[k] = dataclasses.replace(ev, dead=dead, injured=injured, evidence=tuple(evidence))


def _attack_of_wounded(story: Story, events: Sequence[Event], age: str, at: int) -> int | None:
    """The last attack before ``at`` whose wounded were told, before ``at``, in a sentence that
    tells that age, where its dead were not."""
    for k in range(len(events) - 1, -1, -1):
        ev = events[k]
        if ev.event_type != "ASSAULT" or ev.injured is None or ev.injured.start >= at:
            continue
        hurt = _sentence_of(story, ev.injured.start)
        if hurt is None or hurt.end > at:
            continue
        dead = _sentence_of(story, ev.dead.start) if ev.dead is not None else None
        # told in one sentence with the dead, the age must come with the wounded: "A 38-year-old man
        # died and another man was injured" tells the age of the dead
        start = ev.injured.start if dead == hurt else hurt.start
        if not _told_with_age(story.text[start : hurt.end], age):
            return None
        if dead is not None and dead != hurt and _told_with_age(story.text[dead.start : dead.end], age):
            return None
        return k
    return None
