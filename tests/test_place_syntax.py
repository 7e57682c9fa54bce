"""Place candidates from the syntax: named villages, sites, hyphenated names, merging with the
gazetteer's places. Sentences written by the team."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from whimbrel import nlp, place_syntax
from whimbrel.types import Place

SENTENCES = {
    "coordinated": "Rebels seized the villages of Tal Hamis and Tal Birak overnight.",
    "tribe-village": "Militiamen burned the Dogon village of Sobane on Sunday.",
    "outpost": "Troops patrolled near the Tel Zira outpost on Sunday.",
    "owner": "A bomb exploded near the UNDOF base in Tarsa.",
    "hyphen": "Rebels shelled Tal-Rimah overnight.",
    "village-of": "Jets bombed a clinic in the village of Nyaung Pin Thar on Sunday.",
    "town-part": "A teenager was shot after a party in the Hamilton suburb of Dinsdale last night.",
    "hospital": "Two wounded boys were treated at the Hopital Saint-Joseph in Jacmel.",
}


@pytest.fixture(scope="module")
def docs() -> dict[str, Any]:
    texts = sorted(SENTENCES.values())
    return dict(zip(texts, nlp.parse_texts(texts), strict=True))


def _place(text: str, name: str, *, feature: str = "city") -> Place:
    start = text.index(name)
    return Place(name, start, start + len(name), name, country="XXX", feature=feature, score=0.9)


def test_syntactic_places_find_named_villages(docs: dict[str, Any]) -> None:
    text = SENTENCES["coordinated"]
    found = [p.text for p in place_syntax.syntactic_places(docs[text], 0)]
    assert found == ["Tal Hamis", "Tal Birak"]  # the second by coordination with the first
    for p in place_syntax.syntactic_places(docs[text], 0):
        assert text[p.start : p.end] == p.text


def test_a_hospitals_name_is_no_place(docs: dict[str, Any]) -> None:
    text = SENTENCES["hospital"]
    assert "Hopital Saint-Joseph" not in [p.text for p in place_syntax.syntactic_places(docs[text], 0)]


def test_a_word_describing_a_named_village_is_no_place(docs: dict[str, Any]) -> None:
    text = SENTENCES["tribe-village"]
    assert [p.text for p in place_syntax.syntactic_places(docs[text], 0)] == ["Sobane"]


def test_a_known_town_before_a_part_of_it_is_a_place(docs: dict[str, Any]) -> None:
    text = SENTENCES["town-part"]
    found = place_syntax.syntactic_places(docs[text], 0, known=lambda name: name == "Hamilton")
    assert "Hamilton" in [p.text for p in found]
    # a name the gazetteer does not know there only says whose suburb it is
    unknown = place_syntax.syntactic_places(docs[text], 0, known=lambda name: False)
    assert "Hamilton" not in [p.text for p in unknown]


def test_name_of_a_site_in_a_locative_frame_is_a_place(docs: dict[str, Any]) -> None:
    text = SENTENCES["outpost"]
    assert [p.text for p in place_syntax.syntactic_places(docs[text], 0)] == ["Tel Zira"]
    text = SENTENCES["owner"]  # an acronym before "base" names its owner, not a place
    assert [p.text for p in place_syntax.syntactic_places(docs[text], 0)] == ["Tarsa"]


def test_complete_names_grows_a_part_to_the_hyphenated_name(docs: dict[str, Any]) -> None:
    text = SENTENCES["hyphen"]
    part = dataclasses.replace(_place(text, "Rimah", feature="country"), geonameid=7)
    grown = place_syntax.complete_names(docs[text], 0, [part])
    assert [p.text for p in grown] == ["Tal-Rimah"]
    assert grown[0].geonameid is None and grown[0].feature == "city"  # the part's entry named another place
    assert text[grown[0].start : grown[0].end] == "Tal-Rimah"
    assert part.text == "Rimah"  # the input is not changed
    whole = _place(text, "Tal-Rimah")
    assert place_syntax.complete_names(docs[text], 0, [whole]) == (whole,)


def test_merge_places_keeps_primary_on_overlap() -> None:
    text = "Shelling hit Tal Hamis."
    primary = [_place(text, "Hamis")]
    extra = [_place(text, "Tal Hamis"), _place(text, "Shelling")]
    assert [p.text for p in place_syntax.merge_places(primary, extra)] == ["Shelling", "Hamis"]


def test_complete_names_grows_the_last_word_of_a_village_to_its_whole_name(docs: dict[str, Any]) -> None:
    text = SENTENCES["village-of"]
    part = dataclasses.replace(_place(text, "Thar", feature="admin2"), geonameid=9)
    grown = place_syntax.complete_names(docs[text], 0, [part])
    assert [p.text for p in grown] == ["Nyaung Pin Thar"] and grown[0].geonameid is None


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("Youths attacked a Green Party stall in Hove on Friday.", ["Hove"]),  # a party, not a place
        ("Riot police cleared truckers blocking the B6 highway near Kasane.", ["Kasane"]),  # a road number
        ("Gunmen torched a Dogon farming village in Bankass cercle on Sunday.", ["Bankass"]),  # a people
        ("A sniper shot a driver at the entrance to al-Safirah on Monday.", ["al-Safirah"]),
        ("Militants attacked a post on the RNIE2 highway in the town of Kandi.", ["Kandi"]),  # a road number
        ("Clashes between farmers and herders broke out on 01 Apr 2025 in villages around Kyabé.", ["Kyabé"]),
    ],
)
def test_organisations_road_numbers_and_peoples_are_no_places(text: str, expect: list[str]) -> None:
    doc = nlp.parse_texts([text])[0]
    found = [p.text for p in place_syntax.syntactic_places(doc, 0, known=lambda name: False)]
    assert found == expect


def test_a_name_the_model_takes_for_a_people_still_names_an_administrative_unit() -> None:
    text = "Youths beat a teacher to death in Mabayi commune, Cibitoke province, on Friday."
    doc = nlp.parse_texts([text])[0]
    assert doc[7].text == "Mabayi" and doc[7].ent_type_ == "NORP"  # the model's misreading
    found = [p.text for p in place_syntax.syntactic_places(doc, 0, known=lambda name: False)]
    assert found == ["Mabayi", "Cibitoke"]


def test_a_known_reference_point_after_a_direction_is_a_place() -> None:
    text = "Militants fired on a post west of Sheikh Badr on Sunday."
    doc = nlp.parse_texts([text])[0]
    known = place_syntax.syntactic_places(doc, 0, known=lambda name: name == "Sheikh Badr")
    assert [p.text for p in known] == ["Sheikh Badr"]
    assert place_syntax.syntactic_places(doc, 0, known=lambda name: False) == []


def test_a_people_before_a_bare_town_noun_is_the_towns_name() -> None:
    # "in Namhsan town" (no article): the model's people is the town's name; "a Fulani village" says whose
    text = (
        "Three villagers died and two were wounded when mortar rounds fired by army troops landed in "
        "Namhsan town, northern Shan State, on Sunday, residents said."
    )
    doc = nlp.parse_texts([text])[0]
    assert any(t.text == "Namhsan" and t.ent_type_ == "NORP" for t in doc)  # the model's misreading
    found = [p.text for p in place_syntax.syntactic_places(doc, 0, known=lambda name: False)]
    assert "Namhsan" in found


def test_a_name_before_a_site_with_the_indefinite_article_is_its_owner() -> None:
    text = "Militants stormed a Tiger Legion checkpoint near Mudiyah on Monday, killing five soldiers."
    doc = nlp.parse_texts([text])[0]
    found = [p.text for p in place_syntax.syntactic_places(doc, 0, known=lambda name: False)]
    assert found == ["Mudiyah"]


def test_the_places_of_a_road_between_two_towns_are_places() -> None:
    text = "Drones struck a car on the road between Arsal and Labweh, near the Syrian border, on Friday."
    doc = nlp.parse_texts([text])[0]
    found = [p.text for p in place_syntax.syntactic_places(doc, 0, known=lambda name: False)]
    assert found == ["Arsal", "Labweh"]


def test_a_people_named_before_a_village_with_an_article_is_whose_village() -> None:
    text = "Gunmen raided a Tuareg village in the district of Ansongo on Monday."
    doc = nlp.parse_texts([text])[0]
    found = [p.text for p in place_syntax.syntactic_places(doc, 0)]
    assert "Tuareg" not in found and "Ansongo" in found


def test_a_range_or_forest_named_beside_a_village_is_a_wide_area() -> None:
    text = "Rebels killed 14 people in villages around Kalunguta, at the foot of the Mitumba mountains."
    doc = nlp.parse_texts([text])[0]
    found = {p.text: p.feature for p in place_syntax.syntactic_places(doc, 0, known=lambda name: False)}
    assert found.get("Kalunguta") == "city" and found.get("Mitumba") in (None, "region")


def test_a_village_set_beside_a_town_is_a_place() -> None:
    text = "Three men were shot dead inside a tavern in Osizweni, near Newcastle, on Saturday."
    doc = nlp.parse_texts([text])[0]
    assert any(t.text == "Osizweni" and t.ent_type_ == "NORP" for t in doc)  # the model's misreading
    found = [p.text for p in place_syntax.syntactic_places(doc, 0, known=lambda name: name == "Newcastle")]
    assert "Osizweni" in found


def test_complete_names_grows_the_last_word_of_an_area_to_its_whole_name() -> None:
    text = "Fighting in Boji Dirmaji district on Friday killed six people."
    doc = nlp.parse_texts([text])[0]
    part = dataclasses.replace(_place(text, "Dirmaji"), geonameid=9)
    grown = place_syntax.complete_names(doc, 0, [part])
    assert [p.text for p in grown] == ["Boji Dirmaji"] and grown[0].geonameid is None


@pytest.mark.parametrize(
    ("text", "name", "feature"),
    [
        (
            "Armed men killed four traders on the shore of Lake Chilwa near Zomba on Monday.",
            "Lake Chilwa",
            "region",
        ),
        ("A roadside bomb tore through their Mastiff outside Tuz Khurmatu on Thursday.", "Mastiff", None),
        ("Two gunmen walked into a tavern in EX 7 late on Friday and opened fire.", "EX 7", None),
    ],
)
def test_lakes_are_areas_and_owned_things_and_codes_are_no_places(
    parse_one: Any, text: str, name: str, feature: str | None
) -> None:
    from whimbrel.gazetteer import default_gazetteer

    found = place_syntax.syntactic_places(parse_one(text), 0, known=default_gazetteer().has)
    assert {p.text: p.feature for p in found}.get(name) == feature
