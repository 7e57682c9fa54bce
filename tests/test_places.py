"""Place mentions: found, resolved by context, spans that slice back, demonym and metonym roles."""

from __future__ import annotations

import pytest

from whimbrel import nlp
from whimbrel.gazetteer import Candidate, default_gazetteer
from whimbrel.nlp import ParsedSentence
from whimbrel.places import _gazetteer_mentions, find_places, group_not_place, story_places
from whimbrel.types import Place, Story


def _places(text: str) -> tuple[Place, ...]:
    return find_places(Story(id="t", text=text))


def _one(places: tuple[Place, ...], surface: str) -> Place:
    hits = [p for p in places if p.text == surface]
    assert hits, f"{surface!r} not among {[p.text for p in places]}"
    return hits[0]


def _spans_slice_back(text: str, places: tuple[Place, ...]) -> None:
    for p in places:
        assert text[p.start : p.end] == p.text


def test_a_place_name_inside_a_persons_name_is_no_place() -> None:
    text = "Police spokesman Abdifatah Aden Hassan said five people were killed in Mogadishu."
    assert [p.text for p in _places(text)] == ["Mogadishu"]
    text = "The Athens Police Department said flights between Nairobi and Aden resumed."
    assert {"Athens", "Nairobi", "Aden"} <= {p.text for p in _places(text)}


def test_tripoli_in_lebanon_by_context() -> None:
    text = (
        "Clashes broke out on Sunday in Tripoli, the largest city of northern Lebanon. Residents fled "
        "towards Beirut while the army sealed the roads around Tripoli."
    )
    places = _places(text)
    _spans_slice_back(text, places)
    assert _one(places, "Tripoli").country == "LBN"


def test_tripoli_in_libya_by_context() -> None:
    text = (
        "Militias shelled the airport of Tripoli on Monday. The fighting spread east towards Misrata, "
        "and officials in Benghazi called for a ceasefire across Libya."
    )
    places = _places(text)
    _spans_slice_back(text, places)
    assert _one(places, "Tripoli").country == "LBY"


def test_georgia_the_country_by_context() -> None:
    text = (
        "Protesters gathered in Tbilisi as Georgia's parliament debated the bill. Police later "
        "cleared the avenue outside the building in the Georgian capital."
    )
    places = _places(text)
    georgia = _one(places, "Georgia")
    assert (georgia.country, georgia.feature) == ("GEO", "country")


def test_georgia_the_us_state_by_context() -> None:
    text = (
        "Storms tore through Atlanta and Savannah overnight. Officials in Georgia said power lines "
        "were down across Fulton County, and schools in Macon stayed closed."
    )
    places = _places(text)
    georgia = _one(places, "Georgia")
    assert (georgia.country, georgia.feature) == ("USA", "admin1")


def test_town_and_state_abbreviation() -> None:
    text = "A fire destroyed a warehouse in Alexandria, La., late on Tuesday, the fire chief said."
    places = _places(text)
    alex = _one(places, "Alexandria")
    assert (alex.country, alex.admin1) == ("USA", "Louisiana")


def test_country_beats_town_of_the_same_name() -> None:
    text = "Heavy rain caused floods in Jordan this week, and the government opened shelters."
    jordan = _one(_places(text), "Jordan")
    assert (jordan.country, jordan.feature) == ("JOR", "country")


def test_conflict_regions_the_small_model_misses() -> None:
    text = (
        "Shelling was reported overnight along the line of contact in Nagorno-Karabakh, and "
        "displaced families arrived in North Kivu and in Cabo Delgado."
    )
    places = _places(text)
    _spans_slice_back(text, places)
    assert _one(places, "Nagorno-Karabakh").feature == "region"
    assert _one(places, "North Kivu").country == "COD"
    assert _one(places, "Cabo Delgado").country == "MOZ"


def test_metonym_capital_and_demonym_roles() -> None:
    text = (
        "Moscow expects Armenian troops to withdraw, while Baku said the talks had failed. "
        "Shops reopened in Yerevan on Friday."
    )
    places = _places(text)
    _spans_slice_back(text, places)
    assert _one(places, "Moscow").role == "metonym"
    assert _one(places, "Baku").role == "metonym"
    armenian = _one(places, "Armenian")
    assert (armenian.role, armenian.country, armenian.feature) == ("demonym", "ARM", "country")
    assert _one(places, "Yerevan").role is None


def test_place_after_preposition_is_not_a_metonym() -> None:
    text = "Officials in Baku said the border was calm."
    assert _one(_places(text), "Baku").role is None


def test_metonym_from_the_dependency_parse() -> None:
    text = "Moscow warned that the sanctions would fail. Troops arrived in Kherson on Sunday."
    story = nlp.ParseStage(select="all")(Story(id="p", text=text))
    places = story_places(story)
    _spans_slice_back(text, places)
    assert _one(places, "Moscow").role == "metonym"
    kherson = _one(places, "Kherson")
    assert kherson.role is None and kherson.country == "UKR"


def test_parsed_and_unparsed_sentences_are_both_read() -> None:
    text = "Rebels attacked a convoy near Goma on Monday. The weather in Kinshasa was mild."
    parse = nlp.ParseStage(select="candidates")(Story(id="q", text=text)).doc
    assert any(s.doc is None for s in parse.sentences)  # the weather sentence holds no event word
    places = find_places(Story(id="q", text=text), parse=parse)
    assert {"Goma", "Kinshasa"} <= {p.text for p in places}


def test_resolved_places_carry_coordinates_and_scores() -> None:
    places = _places("Aid convoys reached Aleppo and Idlib after the earthquake in Syria.")
    assert places
    for p in places:
        assert p.lat is not None and p.lon is not None
        assert 0.0 < p.score <= 1.0
        assert p.country is None or len(p.country) == 3


@pytest.mark.parametrize("text", ["", "   ", "nothing here names a place at all."])
def test_no_places(text: str) -> None:
    assert _places(text) == ()


def test_city_of_name_also_reads_as_the_town() -> None:
    places = _places("Thieves stole tools from the City of Richmond public works yard in Kentucky.")
    richmond = _one(places, "City of Richmond")
    assert (richmond.name, richmond.admin1, richmond.feature) == ("Richmond", "Kentucky", "city")


def test_two_small_places_of_one_county_resolve_together() -> None:
    places = _places("All residents of Paris and Henry County will receive a letter from the rescue squad.")
    assert (_one(places, "Paris").admin1, _one(places, "Henry County").admin1) == ("Tennessee", "Tennessee")


def test_admin1_names_in_a_list_of_states_stay_states() -> None:
    places = _places(
        "Cases were reported in Tennessee, Texas, Utah, Virginia, Washington, West Virginia and "
        "Wyoming. In Canada they were in British Columbia, Alberta, Ontario and New Brunswick."
    )
    expected = [("Washington", "USA"), ("Wyoming", "USA"), ("Ontario", "CAN"), ("New Brunswick", "CAN")]
    for name, country in expected:
        p = _one(places, name)
        assert (p.feature, p.country) == ("admin1", country), name


def test_washington_state_is_the_state() -> None:
    assert _one(_places("The sick cow came from a Washington state farm."), "Washington").feature == "admin1"
    assert _one(_places("The sick cow came from a farm in Washington."), "Washington").feature == "city"


def test_bare_ocean_name_is_the_ocean() -> None:
    pacific = _one(_places("Migratory birds from Alaska cross the Pacific every autumn."), "Pacific")
    assert (pacific.name, pacific.feature) == ("Pacific Ocean", "region")


def test_word_of_an_unknown_longer_name_is_not_a_place() -> None:
    places = _places("The mayor of Meadow Grove said the bridge near Star Lake would stay closed.")
    assert not {"Grove", "Star"} & {p.text for p in places}


def test_town_missing_from_the_named_province_is_not_guessed_elsewhere() -> None:
    places = _places("His truck was pulled over on the highway in Stroud, Ontario, Canada.")
    assert "Stroud" not in {p.text for p in places}
    assert _one(places, "Ontario").country == "CAN"


def test_a_part_of_the_named_province_is_not_a_namesake_town_elsewhere() -> None:
    # Brazil has a town called Sertão, in Rio Grande do Sul; "the Sertão of Pernambuco" is a region
    places = _places("A judge in Petrolina, in the Sertão of Pernambuco, heard the case on Monday.")
    assert "Sertão" not in {p.text for p in places}
    assert _one(places, "Pernambuco").feature == "admin1"


@pytest.mark.parametrize("town", ["Petrolina", "Mossoró"])
def test_a_town_is_read_as_the_town_not_its_namesake_municipality(town: str) -> None:
    place = _one(_places(f"Two men were arrested in {town} on Monday."), town)
    assert (place.feature, place.country) == ("city", "BRA")


@pytest.mark.parametrize(
    ("text", "surface", "country", "feature"),
    [
        ("Officials in Henan province reported seven dead children.", "Henan province", "CHN", "admin1"),
        ("Six cases were confirmed in Rio Grande do Sul last week.", "Rio Grande do Sul", "BRA", "admin1"),
        ("Two of the patients came from Beni Suef, south of Cairo.", "Beni Suef", "EGY", "city"),
        ("Cholera spread through Nyanza Province in western Kenya.", "Nyanza Province", "KEN", "region"),
        ("Pigs were culled on two farms in northern Luzon.", "Luzon", "PHL", "region"),
        ("Tension has simmered in Shabwa province for years.", "Shabwa province", "YEM", "admin1"),
    ],
)
def test_longer_and_typed_names_resolve_whole(text: str, surface: str, country: str, feature: str) -> None:
    p = _one(_places(text), surface)
    assert (p.country, p.feature) == (country, feature)


def test_a_province_the_model_tags_as_a_person_is_a_place() -> None:
    text = "Overnight shelling of Kherson destroyed two schools, the regional governor said."
    kherson = _one(_places(text), "Kherson")
    assert kherson.country == "UKR" and kherson.role is None


def test_towns_the_model_tags_as_people_on_a_road_between_them_are_places() -> None:
    text = "A landmine hit a minibus on the road between Gao and Ansongo, killing nine passengers."
    assert {p.text for p in _places(text)} >= {"Gao", "Ansongo"}


def test_a_name_the_story_gives_a_person_or_many_countries_share_is_not_taken() -> None:
    people = "Paul Kherson spoke first. Later Kherson thanked the volunteers for their work."
    assert not any(p.text == "Kherson" for p in _places(people))
    shared = "Alexandria stayed calm as volunteers cleared the flooded streets near the harbour."
    assert not any(p.text == "Alexandria" for p in _places(shared))  # Egypt's or Virginia's?


def test_a_surname_of_a_person_in_the_story_is_not_a_place() -> None:
    text = (
        "Union organiser Dennise Velasco was freed on Monday. Velasco thanked her lawyers in Manila, "
        "and friends of Velasco gathered outside the court."
    )
    places = _places(text)
    assert not any(p.text == "Velasco" for p in places)
    assert _one(places, "Manila").country == "PHL"


def test_a_lone_word_that_is_only_a_small_town_abroad_is_an_ordinary_word() -> None:
    text = (
        "A Correctional Officer from Ridgeland, South Carolina, was suspended after the hearing in Beaufort."
    )
    places = _places(text)
    assert not any(p.text == "Officer" for p in places)  # a town in Victoria, Australia
    assert _one(places, "Ridgeland").country == "USA"


def test_a_list_of_states_is_not_a_town_and_its_state() -> None:
    text = (
        "Health officials traced cases in Washington, Pennsylvania and California. "
        "Two men from Alexandria, Louisiana, and Richmond, Virginia, were later tested."
    )
    places = _places(text)
    washington = _one(places, "Washington")
    assert washington.feature == "admin1" and washington.name == "Washington"
    alexandria = _one(places, "Alexandria")
    assert alexandria.feature == "city" and alexandria.admin1 == "Louisiana"


def test_a_name_known_only_as_a_small_towns_other_spelling_abroad_is_not_taken() -> None:
    text = (
        "Army helicopters dropped food near the hill town of Kalam after floods in north-west Pakistan. "
        "Roads to Peshawar and Islamabad stayed closed."
    )
    places = _places(text)
    assert not any(p.text == "Kalam" for p in places)  # "Kalam" is an alternate name of Kallam, India
    assert _one(places, "Peshawar").country == "PAK"


def test_a_valley_is_not_the_town_that_shares_its_name() -> None:
    places = _places("The infected herd was kept in the Fraser Valley, east of Vancouver, British Columbia.")
    assert not any(p.name == "Fraser" for p in places)  # a town in Alberta
    assert _one(places, "Vancouver").country == "CAN"


def test_a_town_whose_last_word_the_model_tags_as_a_person() -> None:
    text = (
        "The outbreak was traced to Riptide Sushi and Teppan Grill in Mission Viejo and Koi Grill in "
        "Fullerton."
    )
    town = _one(_places(text), "Mission Viejo")
    assert (town.name, town.admin1) == ("Mission Viejo", "California")


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # a main name of a village abroad does not hide a town ten times bigger that carries it too
        ("Israeli troops killed three Palestinian gunmen during a raid in Jenin.", "Jenin", "PSE"),
        # names joined by a short word or hyphens are one name
        ("A bomb went off in Mazar-i-Sharif on Friday.", "Mazar-i-Sharif", "AFG"),
        ("Insurgents overran Mocímboa da Praia in March.", "Mocímboa da Praia", "MOZ"),
        # cities the small model tags as a language or a people
        ("Two people were killed in a drone attack on Odesa overnight.", "Odesa", "UKR"),
        ("Scores of civilians were killed in the bombardment of Omdurman.", "Omdurman", "SDN"),
        # "X state": the state, though "Plateau" alone is a landform
        ("Herdsmen attacked three villages of Plateau state.", "Plateau", "NGA"),
        # a conflict district the packaged data lacks (the team's regions table)
        ("A blast in Bajaur killed five people.", "Bajaur", "PAK"),
    ],
)
def test_names_the_model_or_the_gazetteer_first_misread(text: str, surface: str, country: str) -> None:
    assert _one(_places(text), surface).country == country


def test_no_place_inside_a_known_armed_groups_name() -> None:
    places = _places("Boko Haram fighters attacked a funeral in Nganzai, Borno.")
    assert not any("Haram" in p.text for p in places)  # Haram is also a town in Norway
    assert _one(places, "Borno").country == "NGA"


def test_a_town_followed_by_a_country_it_is_not_in_is_not_guessed_abroad() -> None:
    for text in (
        "Gunmen attacked Solhan, Burkina Faso, at night.",
        "Gunmen attacked Solhan town in Yagha province, Burkina Faso, at night.",
    ):
        places = _places(text)
        assert not any(p.country == "TUR" for p in places), text  # a Solhan in Turkey
        assert _one(places, "Burkina Faso").country == "BFA"


def test_the_last_word_of_a_joined_name_is_not_a_place_of_its_own() -> None:
    places = _places("Gunmen killed four people in Piagapo, Lanao del Sur, on Sunday.")
    assert not any(p.text == "Sur" for p in places)  # Sur, Oman


def test_conflict_places_the_packaged_data_lacks() -> None:
    text = "An airstrike on a tent camp in Deir al-Balah killed nine. Clashes in Galmudug followed."
    places = _places(text)
    assert _one(places, "Deir al-Balah").country == "PSE"
    assert _one(places, "Galmudug").country == "SOM"


def test_the_rest_of_a_persons_name_and_a_numbered_sector_are_no_places() -> None:
    text = (
        "A clerk leaked data about the daughter of President Xi Jinping on Monday. "
        "The theft happened in Sector 82 in August. Police closed Texas 19 near Palestine."
    )
    found = [p.text for p in _places(text)]
    assert "Jinping" not in found and "Sector" not in found
    assert "Texas" in found  # a state's numbered road still names the state


def test_a_site_near_a_town_is_read_in_the_towns_country() -> None:
    # "Turi" is also an old name of Turin; near Cuenca (Ecuador's, the bigger) it is no Italian town,
    # but a place the gazetteer lacks (the event's location takes Cuenca's country)
    places = _places("A riot at the Turi prison near Cuenca left five inmates dead on Sunday.")
    assert _one(places, "Cuenca").country == "ECU"
    assert all(p.country != "ITA" for p in places)


def test_congo_reads_as_the_country_its_longer_name_or_the_storys_places_say() -> None:
    text = "Cholera spread in the Republic of Congo in May. The government of Congo asked for vaccines."
    assert [p.country for p in _places(text) if p.text == "Congo"] == ["COG"]
    text = "Measles spread through Kasai and Ituri provinces of eastern Congo in May."
    assert _one(_places(text), "Congo").country == "COD"  # "Congo" is also the DRC's short name


def test_a_town_the_model_tags_as_a_person_keeps_the_rest_of_its_name() -> None:
    # the model tags the first word, itself a town, as a person: the place is the whole name
    text = (
        "Military police killed six suspects during a raid on a favela in Cardoso Moreira, in Brazil, "
        "on Tuesday."
    )
    assert "Cardoso Moreira" in [p.text for p in _places(text)]


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("Drones dropped grenades on the main square of Aguililla on Sunday.", "Aguililla", True),
        ("A mine exploded in Nioro district, Kayes, on Monday.", "Kayes", True),  # the district's area
        ("Gunmen attacked a bus near the Kakuma refugee camp on Monday.", "Kakuma", True),
        ("Troops clashed with Fulani herders.", "Fulani", False),
    ],
)
def test_a_name_in_a_places_slot_is_a_place_whatever_the_model_tagged_it(
    text: str, name: str, place: bool
) -> None:
    from whimbrel.gazetteer import default_gazetteer
    from whimbrel.places import _person_is_place

    assert _person_is_place(text, text.index(name), name, default_gazetteer()) is place


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("A mortar shell hit a school in Aguililla district on Monday.", "Aguililla", True),
        ("Drones dropped grenades on the main square of Aguililla on Sunday.", "Aguililla", True),
        ("Fighting between Kurdish and Arab militias left three dead.", "Arab", False),
        ("Police patrolled in Arab neighbourhoods on Sunday.", "Arab", False),
    ],
)
def test_a_name_tagged_as_a_people_is_a_place_only_where_no_people_is_meant(
    text: str, name: str, place: bool
) -> None:
    from whimbrel.gazetteer import default_gazetteer
    from whimbrel.places import _people_is_place

    assert _people_is_place(text, text.index(name), name, default_gazetteer()) is place


def test_a_town_the_tagger_reads_as_an_adjective_is_found_as_an_organisations_name() -> None:
    text = "Seven dead, dozens hurt in a fight over a cell block at Portoviejo prison on Sunday."
    assert [(p.name, p.country) for p in find_places(Story(id="p", text=text))] == [("Portoviejo", "ECU")]


def test_an_arabic_article_cut_from_its_name_is_no_place() -> None:
    # "Al" alone is a Norwegian district in the gazetteer; here it only opens an unlisted name
    text = "On 3 May 2025, a sniper fired on a shepherd in Harib district (Al Baidhaa governorate). He died."
    assert all(p.text != "Al" for p in _places(text))


class _TypedGazetteer:
    """Knows "Dawling" as a town and as the alternate name of a first-level region."""

    def candidates(self, name: str, limit: int = 10) -> list[Candidate]:
        if name != "Dawling":
            return []
        return [
            Candidate(1, "Dawling", "XXX", None, 0.0, 0.0, "city", 60_000),
            Candidate(None, "Dawlin Region", "XXX", None, 0.5, 0.5, "admin1", 900_000, exact=False),
        ]


def test_a_word_typed_as_a_region_is_a_mention_whatever_its_tag() -> None:
    # the tagger reads the "-ing" of "Dawling" as a verb's; "region" after it makes it the area
    text = "Jets bombed a school in Kemba township, Dawling region, on Friday."
    sent = ParsedSentence(0, 0, len(text))
    s = text.index("Dawling")
    tags = {s: "VBG"}
    found = list(_gazetteer_mentions(text, sent, _TypedGazetteer(), [], [], [], tags))  # type: ignore[arg-type]
    assert [m.text for m in found] == ["Dawling"]
    plain = "Jets bombed a school while Dawling villagers fled on Friday."  # no area word: a verb's form
    s = plain.index("Dawling")
    sent = ParsedSentence(0, 0, len(plain))
    assert not list(_gazetteer_mentions(plain, sent, _TypedGazetteer(), [], [], [], {s: "VBG"}))  # type: ignore[arg-type]


def test_an_armed_groups_name_is_no_place_unless_an_area_bears_it() -> None:
    gaz = default_gazetteer()
    assert group_not_place(gaz, "Hamas")  # an alternate name of a German town
    assert not group_not_place(gaz, "Somaliland")  # a breakaway region is both
    assert not group_not_place(gaz, "Rafah")


def test_towns_the_model_tags_as_dates_or_peoples_in_a_places_slot() -> None:
    # the small model reads "Batticaloa" as a date and "Tominian" as a people
    batticaloa = _places("Men with petrol bombs attacked a family home in Batticaloa on Friday night.")
    assert _one(batticaloa, "Batticaloa").country == "LKA"
    tominian = _places("Gunmen shot dead the mayor of Tominian as he drove back from Ségou on Sunday.")
    assert _one(tominian, "Tominian").country == "MLI"


def test_a_town_tagged_as_a_date_is_a_place_before_a_where_clause() -> None:
    from whimbrel.places import _people_is_place

    text = "Militants bombed a church in Batticaloa where families were sheltering on Sunday."
    assert _people_is_place(text, text.index("Batticaloa"), "Batticaloa", default_gazetteer(), "DATE")
    text = "Militants bombed a church in March when families were sheltering there."
    assert not _people_is_place(text, text.index("March"), "March", default_gazetteer(), "DATE")


def test_dates_and_feasts_after_a_locative_word_are_no_places() -> None:
    text = "Gunmen attacked the village in March, at Christmas and again near Easter."
    names = {p.text for p in _places(text)}
    assert not names & {"March", "Christmas", "Easter"}


def test_where_a_reporter_is_based_is_no_place_of_the_story() -> None:
    places = _places("A Britain-based war monitor said 14 people had been killed in Talbiseh.")
    assert _one(places, "Britain").role == "base"


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Gunmen killed four traders near Kita on Tuesday. Officials blamed JNIM.", "Kita", "MLI"),
        ("Gunmen killed four traders near Itu on Tuesday. Police blamed Boko Haram.", "Itu", "NGA"),
        ("Fighters killed four traders near Samara. Officials blamed Fano militiamen.", "Samara", "ETH"),
    ],
)
def test_an_armed_group_named_in_the_story_says_which_namesake_it_is(
    text: str, surface: str, country: str
) -> None:
    # alone, each name is its bigger namesake abroad (Ecuador's Kita, Brazil's Itu, Russia's Samara)
    assert _one(_places(text), surface).country == country
    alone = text.split(". ")[0] + "."
    assert _one(_places(alone), surface).country != country


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # the small model tags "Zhanaozen on" as a date and "Mawlamyine" as a number
        (
            "Two workers were killed in a brawl at a hostel for oil workers in Zhanaozen on Tuesday.",
            "Zhanaozen",
        ),
        (
            "A bomb hidden in a sack exploded at the main bus station in Mawlamyine on 19 November.",
            "Mawlamyine",
        ),
    ],
)
def test_a_town_the_model_tags_as_a_date_or_a_number_is_a_place(text: str, surface: str) -> None:
    found = _one(_places(text), surface)
    assert found.feature == "city" and found.lat is not None
    assert [p.text for p in _places("Gunmen killed four people in March, police said on Tuesday.")] == []


class _TownGazetteer:
    """Knows "Police" as a town of 20,000 people (the gazetteer's look-up drops a leading "The")."""

    def candidates(self, name: str, limit: int = 10) -> list[Candidate]:
        if name.removeprefix("The ") != "Police":
            return []
        return [Candidate(1, "Police", "XXX", None, 0.0, 0.0, "city", 20_000)]


def test_an_organisation_opening_with_the_and_a_common_noun_holds_no_town() -> None:
    # "The Police" counted as two words once, and two-word names need no more than a known town
    text = "The Police Command wishes to inform the public of a clash."
    sent = ParsedSentence(0, 0, len(text))
    inside = [(0, len("The Police Command"))]
    found = _gazetteer_mentions(text, sent, _TownGazetteer(), [], [], inside, None)  # type: ignore[arg-type]
    assert [m.text for m in found] == []


class _RespeltGazetteer:
    """Knows Kostyantynivka (67,000 people) and Bowie (55,000), each found only by a looser spelling."""

    def candidates(self, name: str, limit: int = 10) -> list[Candidate]:
        towns = {"Kostiantynivka": "Kostyantynivka", "Bui": "Bowie"}
        if name not in towns:
            return []
        return [Candidate(1, towns[name], "XXX", None, 0.0, 0.0, "city", 60_000, exact=False)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A bomb struck a market in Kostiantynivka on Monday.", ["Kostiantynivka"]),  # another spelling
        ("Kostiantynivka residents fled on Monday.", []),  # no locative word before it
        ("Fighting went on in Bui division on Monday.", []),  # a look-alike, not a spelling: Bowie
    ],
)
def test_a_big_town_spelt_otherwise_is_a_place_after_a_locative_word(text: str, found: list[str]) -> None:
    sent = ParsedSentence(0, 0, len(text))
    got = _gazetteer_mentions(text, sent, _RespeltGazetteer(), [], [], [], None)  # type: ignore[arg-type]
    assert [m.text for m in got] == found


def test_a_homeland_in_a_name_is_no_place() -> None:
    # "Volunteers for the Defence of the Homeland": the model tags "Homeland" as a place (a town in
    # California); it is the country, told as a common noun
    text = "Three Volunteers for the Defence of the Homeland (VDP) and a soldier fell on Sunday."
    assert [p.name for p in _places(text)] == []


def test_a_demonym_opening_an_army_name_is_no_place_of_that_name() -> None:
    text = "The Somali National Army carried out an operation near Baidoa on Wednesday."
    places = _places(text)
    assert [(p.text, p.country) for p in places if p.role is None] == [("Baidoa", "SOM")]


def test_a_big_town_after_a_locative_word_is_a_place_whatever_its_tag() -> None:
    text = "Rebels attacked a village outside Beni (Beni territory), killing 60 civilians."
    assert [(p.text, p.country) for p in _places(text)] == [("Beni", "COD")]
