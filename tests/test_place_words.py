"""The place vocabulary: lists are matched against lower-cased tokens and lemmas."""

from __future__ import annotations

from whimbrel import place_words
from whimbrel.nlp import parse_texts


def test_every_word_list_is_lower_case_so_it_can_match() -> None:
    lists = [v for k, v in vars(place_words).items() if k.isupper() and isinstance(v, frozenset)]
    assert lists and all(w == w.lower() for words in lists for w in words)


def test_noun_in_matches_the_form_or_the_lemma() -> None:
    doc = parse_texts(["Gunmen raided the villages near the border."])[0]
    by_text = {t.text: t for t in doc}
    assert place_words.noun_in(by_text["villages"], place_words.GEO_NOUNS)
    assert place_words.noun_in(by_text["raided"], place_words.PLACE_TAKING_LEMMAS)  # by its lemma
    assert not place_words.noun_in(by_text["Gunmen"], place_words.PLACE_NOUNS)


def test_a_finer_place_ranks_above_the_area_holding_it() -> None:
    f = place_words.FINENESS
    assert f["point"] > f["city"] > f["admin2"] > f["admin1"] > f["country"]


def test_the_unit_readers_are_built_from_the_one_table_of_administrative_units() -> None:
    from whimbrel import place_chains, place_containers, place_syntax, places_rank

    pw = place_words
    units = pw.ADMIN_UNITS
    assert len(units) == len(set(units))  # each word at one level only
    assert set(pw.ADMIN_AREAS) | set(pw.ADMIN_PARTS) == set(units)
    assert set(pw.ADMIN_TOWNS) <= set(units)
    plain = tuple(w for w in units if "-" not in w)  # "sub-district" ends in "district"

    def reads(rx: object, words: tuple[str, ...], frame: str) -> set[str]:
        return {w for w in words if rx.search(frame.format(w))}  # type: ignore[attr-defined]

    def spans(rx: object, words: tuple[str, ...], frame: str) -> set[str]:
        return {w for w in words if rx.fullmatch(frame.format(w))}  # type: ignore[attr-defined]

    # the place nouns: every unit but "division" and "block"
    assert {w.lower() for w in units} - pw.GEO_NOUNS == {"division", "block"}
    # an area named with or before its unit word: "Tsafe LGA", "in Kohat district", "Zamfara State"
    areas = set(pw.ADMIN_AREAS)
    assert reads(place_chains._AREA_WORDS, plain, "Tsafe {}") == areas
    assert reads(place_chains._AREA_AFTER, units, " {} ") == areas
    assert reads(place_containers._AREA_TYPED, units, " {} ") == areas
    assert spans(places_rank._IN_CHAIN, units, " {} in ") == areas
    assert reads(places_rank._ADMIN_AFTER, units, " {} ") == set(pw.ADMIN_TOP)
    assert reads(places_rank._ADMIN_BEFORE, units, "the {} of ") == set(pw.ADMIN_TOP)
    # a village chained to its unit or a town heading it: "Kizara village, Tsafe LGA", "upazila of Faridpur"
    parts = set(pw.ADMIN_PARTS)
    assert spans(place_chains._CHAIN_TO, units, " {}, ") == parts
    assert reads(place_chains._UNIT_OF, units, "the {} of ") == parts
    # a part of the next place: "Ruma upazila of Bandarban", "Kajuru local government area of Kaduna"
    part_of = {*pw.ADMIN_LOCAL, "LGA", *pw.ADMIN_PHRASES}
    assert spans(places_rank._PART_OF, (*units, *pw.ADMIN_PHRASES), " {} of ") == part_of
    # a town typed as a unit, then its area: "Kani township, Sagaing Region"
    assert spans(places_rank._TYPED_IN_AREA, units, " {}, ") == set(pw.ADMIN_TOWNS)
    # the units of "the Kulgam district of south Kashmir" (not yet "commune" and "LGA"), first-level areas
    assert {w.lower() for w in units} - place_syntax._AREA_NOUNS == {"commune", "lga"}
    assert place_syntax._ADMIN1_NOUNS == {*pw.ADMIN_TOP, "county"}


def test_admin_units_refuses_to_leave_out_a_word_it_does_not_hold() -> None:
    import pytest

    assert place_words.admin_units(("a", "b"), ("b", "c"), without=("a",)) == ("b", "c")
    with pytest.raises(ValueError):
        place_words.admin_units(place_words.ADMIN_TOP, without=("district",))
    assert place_words.unit_alternation(("LGA", "local government area")) == r"local\ government\ area|LGA"


def test_a_saints_building_is_not_a_town() -> None:
    text = "at St Anne's Church in Kafanchan and at Saint Luke's hospital; St. Louis's mayor spoke"
    assert place_words.saints_building(text, text.index("St Anne"), text.index("'s Church"))
    assert place_words.saints_building(text, text.index("Saint Luke"), text.index("'s hospital"))
    assert not place_words.saints_building(text, text.index("St. Louis"), text.index("'s mayor"))


def test_mass_is_the_service_not_the_abbreviated_state() -> None:
    text = "Worshippers left Mass early. Police in Lowell, Mass., said. Mass. legislators met after Mass."
    assert place_words.church_service(text, text.index("Mass"), text.index("Mass") + 4)
    at = text.index("Mass.,")
    assert not place_words.church_service(text, at, at + 5)  # after a town and a comma
    at = text.index("Mass. legislators")
    assert not place_words.church_service(text, at, at + 5)  # a headline's abbreviation
    at = text.rindex("Mass.")
    assert place_words.church_service(text, at, at + 5)  # "after Mass."
