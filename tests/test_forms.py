"""Incident forms: labelled fields, one to a line (:mod:`whimbrel.forms`)."""

from whimbrel.forms import date_field, field_tolls, find_fields, place_field

FORM = (
    "EARLY WARNING SHEET - NORTH\n"
    "Logged: 12/05/2026\n"
    "Date of incident: 10/05/2026\n"
    "Location: Kaya, Sanmatenga province - near the water tower\n"
    "Security forces killed: 3 gendarmes\n"
    "Attackers killed: 2 (bodies left at the scene)\n"
    "Wounded: 6, evacuated to the regional hospital\n"
    "Narrative: Gunmen attacked the post before dawn.\n"
)


def _value(text, field):
    return text[field.start : field.end]


def test_a_form_has_three_fields_one_of_the_toll_or_place():
    assert [f.kind for f in find_fields(FORM)] == [
        "other",
        "date",
        "place",
        "dead",
        "dead",
        "injured",
        "other",
    ]
    # a story with two labelled lines, or with labels of no toll or place, is no form
    assert find_fields("Time: 10:00\nLocation: Kaya\nGunmen attacked the post.") == ()
    assert find_fields("SPOKESMAN: We are ready.\nREPORTER: When?\nSPOKESMAN: Soon.\n") == ()


def test_the_place_and_date_fields():
    assert _value(FORM, place_field(FORM)).startswith("Kaya, Sanmatenga")
    assert _value(FORM, date_field(FORM)) == "10/05/2026"  # not the day it was logged


def test_fields_of_a_kind_add_up_and_the_first_figure_counts():
    tolls = field_tolls(FORM)
    assert tolls["dead"].best == 5  # 3 gendarmes + 2 attackers
    assert tolls["injured"].best == 6


def test_a_total_field_or_value_wins_over_its_parts():
    text = "Date: 1 June\nPlace: Kaele\nDeaths: 2 villagers and 4 raiders (total 6)\nWounded: 3\n"
    assert field_tolls(text)["dead"].best == 6
    text = "Date: 1 June\nPlace: Kaele\nCivilians killed: 2\nTotal killed: 5\nWounded: 3\n"
    assert field_tolls(text)["dead"].best == 5


def test_a_listed_value_counts_its_figure_only():
    text = "Date: 1 June\nPlace: Kaele\nDead: 2 - one police officer and one resident\nKilled: \n"
    assert field_tolls(text)["dead"].best == 2


def test_a_field_of_both_kinds_reads_as_a_sentence():
    text = (
        "Date: 1 June\nPlace: Kaele\n"
        "Casualties - security forces: 2 conscripts killed, 3 wounded\n"
        "Casualties - attackers: 4 killed in the exchange of fire\n"
    )
    tolls = field_tolls(text)
    assert (tolls["dead"].best, tolls["injured"].best) == (6, 3)
