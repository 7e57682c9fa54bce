"""Tests for whimbrel.casualty_by_age: a wounded victim named again by age ("the 31-year-old") who
later died moves from the attack's wounded to its dead."""

from __future__ import annotations

from datetime import date
from typing import Any

from whimbrel.types import Story

STABBING = (
    "A man was stabbed to death outside a bar in Leeds on 4 May. Two other men, aged 19 and 31, were wounded."
)


def _attack(pipeline: Any, text: str) -> tuple[int | None, int | None, list[str]]:
    ev = pipeline(Story(id="a", text=text, published=date(2025, 5, 20))).events[0]
    return (
        ev.dead.best if ev.dead else None,
        ev.injured.best if ev.injured else None,
        [e.method for e in ev.evidence if e.field in ("dead", "injured")],
    )


def test_the_wounded_named_by_age_who_died_is_one_more_dead(pipeline: Any) -> None:
    dead, injured, methods = _attack(pipeline, STABBING + " The 31-year-old later died of his wounds.")
    assert (dead, injured) == (2, 1)
    assert methods.count("wounded-who-died") == 2  # one dead added, one wounded taken off


def test_a_dead_victim_named_again_by_age_adds_no_one(pipeline: Any) -> None:
    text = (
        "A 24-year-old man was stabbed outside a bar in Leeds on 4 May and died at the scene. Two "
        "other men, aged 19 and 31, were wounded. The 24-year-old died before paramedics arrived."
    )
    assert _attack(pipeline, text)[:2] == (1, 2)


def test_an_age_no_wounded_victim_was_told_with_moves_no_one(pipeline: Any) -> None:
    assert _attack(pipeline, STABBING + " The 45-year-old later died of his wounds.")[:2] == (1, 2)


def test_the_same_death_told_twice_counts_once(pipeline: Any) -> None:
    text = (
        STABBING + " The 31-year-old died on Sunday.\n\nUPDATE: The 31-year-old died in hospital on Sunday."
    )
    assert _attack(pipeline, text)[:2] == (2, 1)


def test_an_age_told_before_the_wounded_in_the_sentence_of_the_dead_is_the_dead(pipeline: Any) -> None:
    text = (
        "A 38-year-old man has died and another man was seriously injured after a fight outside a bar "
        "in Leeds on 4 May. The 38-year-old died in hospital on Wednesday."
    )
    assert _attack(pipeline, text)[:2] == (1, 1)
