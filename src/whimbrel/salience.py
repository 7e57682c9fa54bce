"""Which event a story is about: its main event, for story-level summaries and document-level gold.

News puts the main act first: the headline and the lead sentence. An event's salience is its
confidence, discounted by how far into the story it is found, and by its status (a planned,
hypothetical or negated act is rarely what the story reports). Background events (historical)
count less than current ones.

A story also reports its main act *with its date* ("was arrested on August 22", "kidnapped in
March 2016"), while commentary and background rarely carry one: an event dated by an expression
in its own clause weighs three times as much, one dated from its sentence half as much again. An
event whose only date is the publication-date fallback gets no such weight. (On HRDsAttack dev this
moved the main event's year accuracy from 0.48 to 0.61; see docs/evaluation.md.)
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from .types import Event, Story

STATUS_WEIGHT = {"reported": 1.0, "historical": 0.8, "planned": 0.5, "hypothetical": 0.3, "negated": 0.2}
POSITION_DECAY = 0.15  # the n-th sentence weighs 1 / (1 + 0.15 n)
# added to 1 for a date of the event's own (a "statement" date is the day it was said, in its sentence)
DATED_WEIGHT = {"clause": 2.0, "sentence": 0.5, "statement": 0.5}


def date_weight(event: Event) -> float:
    """1 for an undated event (or one dated by the publication-date fallback); more for an own date."""
    when = event.when
    if when is None or not when.date:
        return 1.0
    return 1.0 + DATED_WEIGHT.get(when.method.split(":", 1)[0], 0.0)


def salience(event: Event) -> float:
    """A score for how central the event is to its story (higher is more central)."""
    position = 1.0 / (1.0 + POSITION_DECAY * event.sentence_index)
    return event.confidence * position * STATUS_WEIGHT.get(event.status, 0.5) * date_weight(event)


def ranked(events: Sequence[Event], *, types: Collection[str] | None = None) -> list[Event]:
    """Events by falling salience (ties: earlier first), keeping only ``types`` when given."""
    pool = [e for e in events if types is None or e.event_type in types]
    return sorted(pool, key=lambda e: (-salience(e), e.trigger.start))


def main_event(story: Story, *, types: Collection[str] | None = None) -> Event | None:
    """The story's most salient event of the given types (any type when none of them occurs)."""
    best = ranked(story.events, types=types)
    if not best and types is not None:
        best = ranked(story.events)
    return best[0] if best else None
