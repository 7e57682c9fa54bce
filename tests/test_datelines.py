"""The dateline: the place at a story's head, found in the text and resolved with the gazetteer."""

from __future__ import annotations

import pytest

from whimbrel import datelines
from whimbrel.gazetteer import default_gazetteer
from whimbrel.types import Place


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("NAIROBI, Kenya (AP) — Police arrested three men.", "NAIROBI"),
        ("KYIV, Nov 3 (Reuters) - Drones struck a depot.", "KYIV"),
        ("GAZA CITY — Crowds gathered at dawn.", "GAZA CITY"),
        ("PORT-AU-PRINCE, Haiti -- Gangs blocked the road.", "PORT-AU-PRINCE"),
        ("Sukma (Chhattisgarh): Two jawans were killed.", "Sukma"),
        ("Komanda, Ituri: Attackers stormed a church.", "Komanda"),
        ("Jos — A mob set a shop ablaze.", "Jos"),
        ("Kosti, Nov. 2 (SUNA) - Three citizens were killed.", "Kosti"),  # agency, single hyphen
        ("QUETTA, Sep 2 (APP): Two policemen were martyred.", "QUETTA"),
        ("LA LIMA, Cortés - Five young men were shot dead.", "LA LIMA"),  # a region with an accent
        ("GENEVA, 14 June 2024 — The agency is outraged.", "GENEVA"),  # the day before the month
        ("Port Sudan / Nairobi, 14 June 2024 — The agency is outraged.", "Port Sudan"),  # two offices
        (
            "Home | Nation | Sport\nUpdated 11:20 GMT\nMAKENI - A mob burned a house.",
            "MAKENI",
        ),  # a page's head
    ],
)
def test_find_dateline(text: str, name: str) -> None:
    dl = datelines.find_dateline(text)
    assert dl is not None and dl.text == name and text[dl.start : dl.end] == name


def test_a_title_case_dateline_is_a_place_only_if_the_gazetteer_knows_it_or_its_region() -> None:
    gaz = default_gazetteer()
    assert datelines.dateline_place("Headline: Gunmen kill five in Ogun.", (), gaz) is None
    known = datelines.dateline_place("Sukma (Chhattisgarh): Two jawans were killed.", (), gaz)
    assert known is not None and known.country == "IND"
    lacked = datelines.dateline_place("Kawala, Ituri: Attackers stormed a church.", (), gaz)
    assert lacked is not None and (lacked.name, lacked.country) == ("Kawala", "COD")


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested three men.",
        "A - B",
        "The UN said - nothing.",
        "SECURITY ALERT — Gunmen attacked a convoy.",  # a heading in capitals, no place
        "QUESTION: What steps is the Government taking?",
        "SPOKESMAN: Yesterday evening a patrol came under fire.",  # a transcript's speaker
        "GENERAL OFFICER COMMANDING: On Monday terrorists fired on a vehicle.",
        "Provincial police spokesperson: In the early hours gunmen entered a tavern.",
        "Location: Gidan Bawa hamlet, south of Argungu.",  # a form's field
        "Date of incident: 3 May 2024.",
        "Who: Police say the gunman was a local man.",  # an explainer's heading
        "What happened: A house was set on fire.",
    ],
)
def test_no_dateline(text: str) -> None:
    assert datelines.find_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        ("Ciudad Juárez: The bodies of four men were found.", "Ciudad Juárez", None),
        ("Fada N'Gourma: Jihadists attacked a mine.", "Fada N'Gourma", None),
        ("Bilopillia, Sumy region — a drone hit a bus.", "Bilopillia", "Sumy"),
        ("Dhaka, Oct 30: Two people were killed.", "Dhaka", None),
    ],
)
def test_title_case_datelines_with_accents_apostrophes_and_region_words(
    text: str, name: str, region: str | None
) -> None:
    dl = datelines.find_dateline(text)
    assert dl is not None and (dl.text, dl.region) == (name, region)


def test_a_colon_dateline_the_gazetteer_lacks_is_a_town_unless_it_reads_as_a_headline() -> None:
    gaz = default_gazetteer()
    town = datelines.dateline_place("Kwatumari: Gunmen killed four farmers.", (), gaz)
    assert town is not None and town.name == "Kwatumari" and town.country is None
    assert datelines.dateline_place("Update: Gunmen killed four farmers.", (), gaz) is None
    assert datelines.dateline_place("Kwatumari — Gunmen killed four farmers.", (), gaz) is None


def test_a_title_case_dateline_known_only_abroad_is_a_town_of_the_story_not_the_foreign_one() -> None:
    gaz = default_gazetteer()
    text = "Tawila \u2014 A drone hit a water point in the camp."
    darfur = Place("North Darfur", 100, 112, "North Darfur", country="SDN", feature="admin1")
    town = datelines.dateline_place(text, (darfur,), gaz)
    assert town is not None and town.name == "Tawila" and town.country is None and town.lat is None


def test_a_dateline_region_names_the_town_even_where_the_gazetteer_files_it_elsewhere() -> None:
    gaz = default_gazetteer()
    # the gazetteer files Zvishavane under Masvingo: the Midlands still say Zimbabwe
    town = datelines.dateline_place("Zvishavane, Midlands: Gold panners fought at a shaft.", (), gaz)
    assert town is not None and town.country == "ZWE" and town.lat is not None
    # a province with no admin1 on the town's entry: the region's country is enough
    town = datelines.dateline_place("Alto Hospicio, Tarapacá: Three men were shot dead.", (), gaz)
    assert town is not None and town.country == "CHL" and town.lat is not None


def test_a_dateline_region_is_looked_up_whole_before_its_area_word_is_dropped() -> None:
    gaz = default_gazetteer()
    text = "Daru, Western Province: Fighting killed three men."
    # the story's own look-up put "Western Province" in Sri Lanka; the dateline's region is PNG's
    western = Place("Western Province", 6, 22, "Western", country="LKA", feature="admin1")
    town = datelines.dateline_place(text, (western,), gaz)
    assert town is not None and town.country == "PNG" and town.lat is not None


def test_a_write_throughs_note_to_editors_before_the_dateline_is_passed_over() -> None:
    text = "(Adds sixth victim, police comment) TEGUCIGALPA, Oct 10 - Armed men killed six people."
    dl = datelines.find_dateline(text)
    assert dl is not None and text[dl.start : dl.end] == "TEGUCIGALPA"
    assert text[dl.header_end :].startswith("Armed men")


def test_a_security_reports_labels_are_no_datelines_and_its_country_code_is_its_country() -> None:
    assert datelines.find_dateline("DTG: 030615Z MAR 25\nSUMMARY: An attack.") is None
    text = "NER - TAHOUA - 01 MAR 25: A vehicle struck an IED."
    got = datelines.dateline_place(text, [], default_gazetteer())
    assert got is not None and (got.country, got.feature) == ("NER", "country")
    assert datelines.find_dateline("Gunmen - some in uniform - attacked.") is None
