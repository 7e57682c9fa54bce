"""whimbrel: news stories in, coded political events out, with evidence for every field.

>>> import whimbrel
>>> events = whimbrel.code("Armenia and Azerbaijan agreed on a ceasefire on Monday.", published="2025-10-14")
>>> events[0].event_type  # doctest: +SKIP
'AGREE'
"""

from __future__ import annotations

from datetime import date

from .errors import ConfigError, IngestError, ResourceError, WhimbrelError
from .pipeline import Pipeline, PipelineConfig
from .types import Actor, Count, Event, Place, Story, TimeExpr, When

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "ConfigError",
    "Count",
    "Event",
    "IngestError",
    "Pipeline",
    "PipelineConfig",
    "Place",
    "ResourceError",
    "Story",
    "TimeExpr",
    "When",
    "WhimbrelError",
    "code",
    "code_story",
]


def code_story(story: Story, *, model: str | None = None) -> Story:
    """Run the default pipeline over one Story and return the coded Story."""
    from .pipeline import default_pipeline

    return default_pipeline(model)(story)


def code(
    text: str, published: date | str | None = None, *, story_id: str = "story", model: str | None = None
) -> list[Event]:
    """Code one story's text and return its events.

    ``published`` (a date or "YYYY-MM-DD") anchors relative dates such as "last month".
    """
    if isinstance(published, str):
        published = date.fromisoformat(published)
    if not text.strip():
        return []
    return list(code_story(Story(id=story_id, text=text, published=published), model=model).events)
