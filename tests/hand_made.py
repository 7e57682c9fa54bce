"""Hand-made events and places for the event-location tests, so they need no pipeline or gazetteer."""

from __future__ import annotations

from typing import Any

from whimbrel import location_choice
from whimbrel.types import Actor, Event, Place, Span


def place_at(text: str, name: str, *, feature: str = "city", role: str | None = None, nth: int = 0) -> Place:
    """A place for the ``nth`` occurrence of ``name`` in ``text``, in a made-up country."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Place(name, start, start + len(name), name, country="XXX", feature=feature, role=role, score=0.9)


def assault_at(text: str, trigger: str, *, source: tuple[Actor, ...] = ()) -> Event:
    """An ASSAULT of a one-sentence story, triggered by the first occurrence of ``trigger``."""
    s = text.index(trigger)
    return Event(
        story_id="t",
        sentence_index=0,
        sentence=Span(0, len(text)),
        trigger=Span(s, s + len(trigger)),
        trigger_text=trigger,
        event_type="ASSAULT",
        source=source,
    )


def choose_in(docs: dict[str, Any], text: str, trigger: str, places: list[Place], **kw: Any) -> Any:
    """The place ``location_choice`` gives the assault at ``trigger`` of the parsed sentence ``text``."""
    return location_choice.choose_location(assault_at(text, trigger), docs[text], 0, places, **kw)
