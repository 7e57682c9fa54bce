"""Surface cues of where a place stands: a container in brackets, a locative preposition before a
name. Strings written by the team."""

from __future__ import annotations

import pytest

from whimbrel.place_surface import bracketed, locative_before, numbered_street


@pytest.mark.parametrize(
    ("between", "expect"),
    [
        (" (", True),  # "in Boukouma (Sahel region)"
        (" town (", True),  # "in Kelbo town (Sanmatenga province)"
        (" (Tame municipality, ", True),  # the second name in the brackets: "(Tame municipality, Arauca)"
        (", ", False),
        (" and ", False),
        (" (population 4,000) and ", False),  # the brackets closed before the name
    ],
)
def test_a_name_in_brackets_after_a_place(between: str, expect: bool) -> None:
    assert bracketed(between) is expect


@pytest.mark.parametrize(
    ("before", "expect"),
    [
        ("shot dead a farmer and his brother at their home in vereda ", True),
        ("killed a trader in ", True),
        ("attacked a camp at the village of ", True),
        ("shot dead ", False),
        ("a teacher and her ", False),
        ("hid the money in his ", False),  # a possessive is no unit word
    ],
)
def test_a_locative_preposition_before_a_name(before: str, expect: bool) -> None:
    assert locative_before(before) is expect


def test_a_numbered_street_is_an_address() -> None:
    text = "Shots were fired near 72 Avenue and 132nd Street in Surrey."
    for word in ("Avenue", "Street"):
        i = text.index(word)
        assert numbered_street(text, i, i + len(word))
    i = text.index("Surrey")
    assert not numbered_street(text, i, i + len("Surrey"))
    text = "Shots were fired in Street, a town in Somerset."
    assert not numbered_street(text, text.index("Street"), text.index("Street") + 6)
