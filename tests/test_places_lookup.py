"""A mention's gazetteer candidates before ranking: qualified area names, "City of", typed areas,
demonyms, pruned alternate names."""

from __future__ import annotations

from whimbrel.gazetteer import default_gazetteer
from whimbrel.places_lookup import lookup, seat_candidates, typed_admin1
from whimbrel.places_rank import _Mention


def _m(text: str, **kw: object) -> _Mention:
    return _Mention(0, len(text), text, "ner", **kw)  # type: ignore[arg-type]


def test_a_name_qualified_by_an_area_word_finds_the_admin1_area() -> None:
    gaz = default_gazetteer()
    areas = typed_admin1(gaz, "Plateau", " state, on Monday")
    assert areas and all(c.feature == "admin1" for c in areas) and areas[0].country == "NGA"
    assert typed_admin1(gaz, "Plateau", " on Monday") == []  # no area word after it
    assert lookup(gaz, _m("Plateau"), " state")[0].feature == "admin1"


def test_city_of_and_a_province_word_and_a_demonym() -> None:
    gaz = default_gazetteer()
    assert any(c.feature == "city" and c.country == "USA" for c in lookup(gaz, _m("City of Richmond")))
    assert all(c.feature != "city" for c in lookup(gaz, _m("Nyanza Province")))
    (country,) = lookup(gaz, _m("Kenyan", demonym_of="KEN"))
    assert (country.feature, country.country) == ("country", "KEN")


def test_an_alternate_name_of_a_village_does_not_hide_a_main_name() -> None:
    # "Jenin" is Janin (West Bank) by its main name; a village carrying it as an old name is dropped
    cands = lookup(default_gazetteer(), _m("Jenin"))
    assert cands and all(c.exact or c.population >= 10_000 for c in cands)


def test_a_unit_named_after_its_seat_is_that_town() -> None:
    gaz = default_gazetteer()
    [town] = [c for c in seat_candidates(gaz, "Madaripur Sadar") if c.country == "BGD"]
    assert (town.name, town.feature) == ("Madaripur", "city")
    assert lookup(gaz, _m("Thayetmyo Township"))[0].name == "Thayetmyo"
    assert seat_candidates(gaz, "Madaripur") == []  # no unit word
    assert seat_candidates(gaz, "Nowhereville Township") == []
