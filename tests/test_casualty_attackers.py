"""Tests for whimbrel.casualty_attackers: suicide attackers a toll is told without are added to it."""

from __future__ import annotations

import re

import pytest

from whimbrel import nlp
from whimbrel.casualty_attackers import add_left_out, shot_them
from whimbrel.types import Count, Event, Span, Story


def _event(
    text: str,
    sentences: list[Span],
    trigger: str,
    figure: str | None = None,
    *,
    kind: str = "ASSAULT",
    last: bool = False,
) -> Event:
    """The event at the first (or ``last``) ``trigger`` of ``text``, its toll the first ``figure`` (a
    number in digits) when one is given."""
    hits = list(re.finditer(rf"\b{trigger}\b", text))
    t = hits[-1] if last else hits[0]
    index = next(i for i, s in enumerate(sentences) if s.start <= t.start() < s.end)
    dead = None
    if figure is not None:
        f = re.search(rf"\b{figure}\b", text)
        assert f is not None
        n = int(figure)
        dead = Count(n, n, n, figure, f.start(), f.end())
    return Event(
        story_id="t",
        sentence_index=index,
        sentence=sentences[index],
        trigger=Span(t.start(), t.end()),
        trigger_text=trigger,
        event_type=kind,
        dead=dead,
    )


def _story(text: str, trigger: str, figure: str, event_type: str = "ASSAULT") -> Story:
    """A story of one event whose toll is the first ``figure`` (a number in digits)."""
    sentences = [Span(s, e) for s, e in nlp.split_sentences(text)]
    event = _event(text, sentences, trigger, figure, kind=event_type)
    return Story(id="t", text=text, sentences=tuple(sentences), events=(event,))


def _dead(story: Story) -> tuple[int | None, list[str]]:
    (event,) = add_left_out(story, story.events)
    assert event.dead is not None
    told = [
        e.text for e in event.evidence if e.field == "dead.attackers" and e.method == "attackers-left-out"
    ]
    return event.dead.best, told


@pytest.mark.parametrize(
    ("text", "trigger", "figure", "best", "told"),
    [
        (
            "A suicide bomber struck a bus stop, killing 8 people. The figure does not include the bomber.",
            "killing",
            "8",
            9,
            "does not include the bomber",
        ),
        (
            "A man blew himself up at a gate. Doctors said 11 had died, not counting the attacker.",
            "died",
            "11",
            12,
            "not counting the attacker",
        ),
        (
            "Two suicide bombers hit a base, killing 20 soldiers. The toll excludes the two attackers.",
            "killing",
            "20",
            22,
            "excludes the two attackers",
        ),
    ],
)
def test_a_suicide_attacker_left_out_of_the_figure_is_added(
    text: str, trigger: str, figure: str, best: int, told: str
) -> None:
    assert _dead(_story(text, trigger, figure)) == (best, [told])


@pytest.mark.parametrize(
    "text",
    [
        # not a suicide attack: the gunman left out may have lived
        "A gunman opened fire in a bar, killing 5 people. The figure does not include the gunman.",
        # a plural left out without its number
        "Suicide bombers hit a base, killing 5 soldiers. The toll excludes the attackers.",
        # someone else left out
        "A suicide bomber struck, killing 5 people. The figure does not include the bomber's driver.",
        # too far from the figure
        "A suicide bomber struck, killing 5 people. Police came. Roads shut. Shops closed. "
        "The figure does not include the bomber.",
        # which attacker is unclear
        "A suicide bomber struck, killing 5 people. The figure does not include the second attacker.",
    ],
)
def test_nothing_is_added_without_a_dead_attacker_told_left_out(text: str) -> None:
    assert _dead(_story(text, "killing", "5")) == (5, [])


def test_the_attackers_go_to_the_figure_told_last_before_them() -> None:
    text = (
        "A suicide bomber blew himself up at a mosque. Police first said 8 people had died. "
        "A doctor later said 11 had died, not counting the bomber."
    )
    story = _story(text, "died", "8")  # the event holds the first figure; the words follow the second
    second = _event(text, list(story.sentences), "died", "11", last=True)
    first, last = add_left_out(story, (story.events[0], second))
    assert first.dead is not None and first.dead.best == 8
    assert last.dead is not None and last.dead.best == 12


def test_only_attacks_get_the_attackers() -> None:
    text = "A suicide bomber struck. Police arrested 3 men. The figure does not include the bomber."
    assert _dead(_story(text, "arrested", "3", event_type="COERCE")) == (3, [])


def _shot(text: str) -> tuple[int | None, set[int]]:
    """The dead ``shot_them`` gives the event at the last "shot", and the triggers it marks fallen."""
    sentences = [Span(s, e) for s, e in nlp.split_sentences(text)]
    story = Story(
        id="t", text=text, sentences=tuple(sentences), events=(_event(text, sentences, "shot", last=True),)
    )
    events, fallen = list(story.events), set[int]()
    shot_them(story, events, fallen)
    return (events[0].dead.best if events[0].dead else None), fallen


def test_attackers_counted_before_and_shot_by_a_pronoun_are_the_dead() -> None:
    text = "Three gunmen raided a farm, killing a guard. Police chased the attackers and shot them dead."
    assert _shot(text) == (3, {text.rindex("shot")})
    text = "Five armed robbers held up a bus. Soldiers shot them dead near the bridge."
    assert _shot(text)[0] == 5


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen raided a farm, killing a guard. Police shot them dead.",  # no count of the attackers
        "Three gunmen raided a farm. Police seized two suspects and shot them dead.",  # a count of its own
        "Three gunmen and two bandits raided a farm. Police shot them dead.",  # two groups to choose from
        "Three villagers were hurt in a raid. Police shot them dead.",  # not attackers
    ],
)
def test_no_attackers_are_counted_without_one_count_of_them_before(text: str) -> None:
    assert _shot(text) == (None, set())
