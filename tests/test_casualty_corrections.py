"""Tests for whimbrel.casualty_corrections: a correction note's new figure replaces the toll the story
first printed, and the act the note retells is no event."""

from __future__ import annotations

from datetime import date
from typing import Any

from whimbrel.types import Story

ATTACK = "Gunmen killed six people at a market in Kasese on Friday, police said."


def _events(pipeline: Any, text: str) -> list[tuple[str, int | None]]:
    story = pipeline(Story(id="c", text=text, published=date(2025, 8, 4)))
    return [(e.trigger_text, e.dead.best if e.dead else None) for e in story.events]


def test_the_corrected_figure_replaces_the_printed_one(pipeline: Any) -> None:
    note = (
        "\n\nCorrection: An earlier version of this story said six people were killed. "
        "Police later said five died."
    )
    story = pipeline(Story(id="c", text=ATTACK + note, published=date(2025, 8, 4)))
    assert [(e.trigger_text, e.dead.best if e.dead else None) for e in story.events] == [("killed", 5)]
    attack = story.events[0]
    assert attack.dead is not None and attack.dead.text == "five"
    assert any(e.method == "correction" for e in attack.evidence)


def test_a_bare_figure_after_said_is_the_new_one(pipeline: Any) -> None:
    note = "\n\nAn earlier version of this report said six people were killed; police later said 4."
    assert _events(pipeline, ATTACK + note) == [("killed", 4)]


def test_a_note_on_a_figure_the_story_no_longer_holds_changes_nothing(pipeline: Any) -> None:
    fixed = ATTACK.replace("six", "five")
    note = "\n\nCorrection: An earlier version of this story said six people were killed."
    assert _events(pipeline, fixed + note) == [("killed", 5)]


def test_a_story_without_a_note_keeps_its_figure(pipeline: Any) -> None:
    text = ATTACK + " An earlier police report said four people were killed; officials later said six."
    assert ("killed", 6) in _events(pipeline, text)
