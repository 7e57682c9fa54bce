"""Which trigger sense one token realises: required dependents, forms the lemmatiser slips on, and
words that only look like triggers. Sentences written by the team, parsed by the default model."""

from __future__ import annotations

import pytest

from whimbrel.trigger_match import _regular_lemmas, match_token


def _sense(parse_one, text: str, word: str) -> tuple[str, str | None] | None:
    """The event type and mode ``word`` of ``text`` realises (None when it is no trigger)."""
    tok = next(t for t in parse_one(text) if t.text == word)
    sense = match_token(tok)
    return None if sense is None else (sense.event_type, sense.mode)


def test_required_dependent_selects_the_sense(parse_one):
    doc = parse_one("The union called off the strike.")
    by_text = {t.text: t for t in doc}
    sense = match_token(by_text["called"])
    assert sense is not None and sense.event_type == "CONCEDE"


def test_regular_forms_are_read_when_the_lemmatiser_slips(parse_one):
    assert _regular_lemmas("raped") == ["rape", "rap"]
    assert _regular_lemmas("whipped")[-1] == "whip"
    assert _regular_lemmas("rape") == []
    # the lemmatiser reads "raped" as "rap"
    assert _sense(parse_one, "Soldiers raped a woman at the checkpoint.", "raped") == ("ASSAULT", "sexual")


@pytest.mark.parametrize(
    ("text", "word", "expect"),
    [
        ("The Pope called on both sides to stop the fighting.", "called", ("REQUEST", None)),
        ("The union called off the strike.", "called", ("CONCEDE", None)),
        ("A blogger was taken from her home by plainclothes officers.", "taken", ("COERCE", "arrest")),
        ("The minister took questions from reporters at his office.", "took", None),
        ("The agency gave food to the refugees.", "gave", ("AID", None)),
        ("Local officials gave a figure of 30.", "gave", None),  # an object that makes it no aid
        ("The envoy received the foreign minister in Kigali.", "received", ("CONSULT", "visit")),
        ("Four of the wounded are receiving treatment in Gulu.", "receiving", None),  # no visit
        ("The envoy will travel to Doha on Friday.", "travel", ("CONSULT", "visit")),
        ("A mine hit a bus carrying farmers travelling to the market.", "travelling", None),  # describes
        ("The government made concessions to the strikers.", "concessions", ("CONCEDE", None)),
        ("Miners were evicted from a graphite concession.", "concession", None),  # a mining lease
    ],
)
def test_the_words_around_a_trigger_choose_its_sense(parse_one, text, word, expect):
    assert _sense(parse_one, text, word) == expect


@pytest.mark.parametrize(
    ("text", "word", "expect"),
    [
        # whatever the tagger makes of "shot" before "dead", it is a killing
        ("Gunmen on a motorbike shot dead a trader at the market.", "shot", ("ASSAULT", "firearms")),
        ("Police announced his detention on Monday.", "detention", ("COERCE", "arrest")),
        ("She is held at the Pudong detention centre.", "detention", None),  # names a facility
        ("Riot police arrested six students.", "Riot", None),  # names a unit
        ("Rebels launched an attack on the town.", "attack", ("ASSAULT", None)),
        ("The minister suffered a heart attack.", "attack", None),  # an illness
        ("Police accused him of theft.", "accused", ("ACCUSE", "allege")),
        ("The accused youth was alone in his house.", "accused", None),  # the defendant
        ("Gang members armed with rifles stormed the bank.", "armed", None),  # how they were equipped
        ("Police are investigating the murder of a trader.", "murder", ("ASSAULT", None)),
        ("Two men were charged with murder on Friday.", "murder", None),  # the charge
        ("A doctor performed genital mutilation on the girl.", "mutilation", ("ASSAULT", None)),
        # what an act left, and the kind of a series an act belongs to
        ("More bodies were found in the burned huts on Friday.", "burned", None),
        ("A bomb wounded four soldiers, the latest in a string of attacks in the south.", "attacks", None),
        ("A string of attacks in the south wounded four soldiers.", "attacks", ("ASSAULT", None)),
        # releasing a figure is no release of prisoners
        ("The ministry released a final figure for the day.", "released", None),
        ("Rebels released 20 hostages on Monday.", "released", ("RETREAT", "release")),
        ("The group issued a press release on Monday.", "release", None),
    ],
)
def test_a_word_that_only_looks_like_a_trigger_is_none(parse_one, text, word, expect):
    assert _sense(parse_one, text, word) == expect


@pytest.mark.parametrize(
    "text",
    [
        "A landslide killed twelve villagers near the jade mines.",
        "Twelve miners were killed by a landslide near the jade mines.",
        "Aid stalled after the earthquake of 28 March, which killed more than 3,700 people.",
    ],
)
def test_a_hazard_that_kills_is_no_attack(parse_one, text: str) -> None:
    assert _sense(parse_one, text, "killed") is None


def test_people_who_kill_attack(parse_one):
    assert _sense(parse_one, "Gunmen killed twelve villagers near the jade mines.", "killed") == (
        "ASSAULT",
        None,
    )


def test_a_mass_grave_is_no_troop_build_up(parse_one):
    assert _sense(parse_one, "Troops massed at the border on Monday.", "massed") == ("MOBILIZE", "troops")
    assert _sense(parse_one, "The victims were buried in a mass grave.", "mass") is None


def test_a_tally_of_those_known_to_have_died_is_no_killing(parse_one):
    text = "The number of civilians confirmed to have been killed rose to 7."
    assert _sense(parse_one, text, "killed") is None
    assert _sense(parse_one, "Civilians were killed in the shelling.", "killed") is not None


def test_slamming_into_a_place_is_a_blow_not_criticism(parse_one):
    assert _sense(parse_one, "Shells slammed into a crowded market.", "slammed") == (
        "ASSAULT",
        "heavy-weapons",
    )
    assert _sense(parse_one, "The minister slammed the decision.", "slammed") == ("ACCUSE", "disapprove")


@pytest.mark.parametrize(
    "text",
    ["Police revised the number of injured to 15.", "The number of wounded rose to 15 on Sunday."],
)
def test_the_people_a_tally_counts_are_no_act(parse_one, text: str) -> None:
    word = "injured" if "injured" in text else "wounded"
    assert _sense(parse_one, text, word) is None


def test_set_alight_is_an_attack_on_property(parse_one):
    assert _sense(parse_one, "Rioters set the police station ablaze on Sunday.", "set") == (
        "ASSAULT",
        "destroy",
    )
