"""Tests for whimbrel.casualty_places: which places a sentence telling a toll names. Sentences written
by the team; the parsed ones by the default model."""

from __future__ import annotations

from typing import Any

import pytest

from whimbrel.casualty_places import places_parsed, places_told


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("In Mopti, two soldiers were killed.", ["Mopti"]),
        ("Two more bodies were found near Kalehe on Monday.", ["Kalehe"]),
        ("A fourth man died at Gweru Provincial Hospital.", []),  # a hospital
        ("The hospital in Rethy took in 14 wounded.", []),  # the hospital's town
        ("Six are being treated for burns in Maiduguri.", []),  # where they are treated
    ],
)
def test_places_told_by_a_preposition(sentence: str, names: list[str]) -> None:
    assert places_told(sentence) == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Two soldiers were also killed in Mogadishu, officials said.", ["Mogadishu"]),
        ("Russia's defence ministry said 14 attackers died.", []),  # an owner
        ("The Sudan Doctors Network said 12 people died.", []),  # part of an organisation's name
        ("The Turkana county police commander said two men died.", []),  # part of who speaks
    ],
)
def test_places_the_parser_finds(parse_one: Any, sentence: str, names: list[str]) -> None:
    assert places_parsed(sentence, parse_one(sentence)) == names
