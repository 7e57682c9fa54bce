"""The town heading a chain of places, for an area chosen as an event's place: "X village, Y LGA, Z
State", "X, in the north of Y", "Y's X upazila", "the upazila of X". Plain strings written by the team
and hand-made places; no parse, no gazetteer.
"""

from __future__ import annotations

import pytest

from whimbrel.place_chains import chain_head
from whimbrel.types import Place

KIZARA = "Bandits killed four people in Kizara village, Tsafe LGA, Zamfara State, on Sunday."


def _place(text: str, name: str, *, feature: str = "city", role: str | None = None, offset: int = 0) -> Place:
    """The place ``name`` of ``text``, a sentence starting at ``offset`` in its story."""
    start = offset + text.index(name)
    return Place(name, start, start + len(name), name, country="XXX", feature=feature, role=role)


def _head(text: str, places: list[Place], best: str, offset: int = 0) -> str:
    return chain_head(next(p for p in places if p.text == best), places, text, offset).text


@pytest.mark.parametrize(
    ("text", "town", "town_feature", "area", "area_feature"),
    [
        # "X, in the north of Y": a compass part of the area still situates the town
        ("Militants dropped bombs on a market in Yarumal, in the north of Antioquia, on Friday.",
         "Yarumal", "city", "Antioquia", "admin1"),
        ("Rebels shelled Tame, in the far east of the Arauca department, on Friday.",
         "Tame", "city", "Arauca", "admin1"),
        # "X, Y governorate": Y is a first-level area even when the gazetteer took it for a town, and
        # the district X heads the chain
        ("A car bomb went off as a convoy passed through Zinjibar, Abyan governorate, on Monday.",
         "Zinjibar", "admin2", "Abyan", "city"),
    ],
)  # fmt: skip
def test_a_chain_head_is_found_past_compass_words_and_first_level_area_words(
    text: str, town: str, town_feature: str, area: str, area_feature: str
) -> None:
    places = [_place(text, town, feature=town_feature), _place(text, area, feature=area_feature)]
    assert chain_head(places[1], places, text, 0).text == town


@pytest.mark.parametrize("offset", [0, 120])
def test_a_village_heads_the_chain_of_its_areas(offset: int) -> None:
    places = [
        _place(KIZARA, "Kizara", offset=offset),
        _place(KIZARA, "Tsafe", feature="admin2", offset=offset),
        _place(KIZARA, "Zamfara", feature="admin1", offset=offset),
    ]
    assert _head(KIZARA, places, "Zamfara", offset) == "Kizara"
    assert _head(KIZARA, places, "Tsafe", offset) == "Kizara"
    assert _head(KIZARA, places, "Kizara", offset) == "Kizara"  # a town heads its own chain


def test_an_area_gives_way_to_the_town_it_owns() -> None:
    text = "Gunmen killed two farmers in Kishoreganj's Bhairab upazila on Monday."
    places = [_place(text, "Kishoreganj", feature="admin2"), _place(text, "Bhairab")]
    assert _head(text, places, "Kishoreganj") == "Bhairab"


@pytest.mark.parametrize(
    ("text", "town", "area", "expect"),
    [
        ("Rival factions clashed in Boalmari upazila of Faridpur.", "Boalmari", "Faridpur", "Boalmari"),
        ("Rival factions clashed in Boalmari near the river of Faridpur.", "Boalmari", "Faridpur",
         "Faridpur"),
        ("A bomb struck a police van in Lachi, Kohat district, on Monday.", "Lachi", "Kohat", "Lachi"),
        ("A bomb struck a police van in Lachi, Kohat, on Monday.", "Lachi", "Kohat", "Kohat"),
    ],
)  # fmt: skip
def test_a_town_counts_as_an_area_only_when_named_as_one(
    text: str, town: str, area: str, expect: str
) -> None:
    # the gazetteer took both names for towns: only an area word ("upazila of", "district") makes the
    # second one an area that gives way to the first
    places = [_place(text, town), _place(text, area)]
    assert _head(text, places, area) == expect


def test_neither_a_metonym_nor_a_country_nor_a_far_name_heads_a_chain() -> None:
    text = "Jalalabad, in Nangarhar province, said the attack was repelled."
    places = [_place(text, "Jalalabad", role="metonym"), _place(text, "Nangarhar", feature="admin1")]
    assert _head(text, places, "Nangarhar") == "Nangarhar"
    text = "Officials in Kenya, Lamu county, said all was calm."
    places = [_place(text, "Kenya", feature="country"), _place(text, "Lamu", feature="admin1")]
    assert _head(text, places, "Lamu") == "Lamu"
    text = (
        "Bandits struck Kizara village, Gusau Local Government Area, Bakura Emirate Council, Zamfara State."
    )
    places = [_place(text, "Kizara"), _place(text, "Zamfara", feature="admin1")]
    assert _head(text, places, "Zamfara") == "Zamfara"  # more than 60 characters apart
