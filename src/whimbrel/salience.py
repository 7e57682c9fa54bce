"""Which event a story is about: its main event, for story-level summaries and document-level gold.

News puts the main act first: the headline and the lead sentence. An event's salience is its
confidence, discounted by how far into the story it is found, and by its status (a planned,
hypothetical or negated act is rarely what the story reports). Background events (historical)
count less than current ones.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from .types import Event, Story

STATUS_WEIGHT = {"reported": 1.0, "historical": 0.6, "planned": 0.5, "hypothetical": 0.3, "negated": 0.2}
POSITION_DECAY = 0.15  # the n-th sentence weighs 1 / (1 + 0.15 n)


def salience(event: Event) -> float:
    """A score in [0, 1] for how central the event is to its story."""
    position = 1.0 / (1.0 + POSITION_DECAY * event.sentence_index)
    return event.confidence * position * STATUS_WEIGHT.get(event.status, 0.5)


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
