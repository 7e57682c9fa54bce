"""Tests for whimbrel.dates_grammar: number words, ordinals, spoken years and the pattern fragments."""

from __future__ import annotations

import re

import pytest

from whimbrel import dates_grammar as g


@pytest.mark.parametrize(
    ("word", "n"),
    [
        ("7", 7),
        ("120", 120),
        ("a", 1),
        ("an", 1),
        ("one", 1),
        ("a single", 1),
        ("a couple of", 2),
        ("nineteen", 19),
        ("twenty-four", 24),
        ("Twenty  Four", 24),
        ("ninety", 90),
        ("several", None),
        ("a few", None),
        ("one hundred", None),
        ("twenty four five", None),
        ("twenty eleven", 20),  # only a units word completes a tens word
        ("", None),
    ],
)
def test_number(word: str, n: int | None) -> None:
    assert g.number(word) == n


@pytest.mark.parametrize(
    ("word", "n"),
    [
        ("3rd", 3),
        ("21st", 21),
        ("12", 12),
        ("first", 1),
        ("Third", 3),
        ("twentieth", 20),
        ("thirtieth", 30),
        ("twenty-first", 21),
        ("thirty first", 31),
        ("fourth of", None),
        ("river", None),
    ],
)
def test_ordinal(word: str, n: int | None) -> None:
    assert g.ordinal(word) == n


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("nineteen ninety-six", 1996),
        ("Nineteen Eighty-Four", 1984),
        ("nineteen oh five", 1905),
        ("nineteen hundred", 1900),
        ("eighteen twelve", 1812),
        ("twenty twenty", 2020),
        ("two thousand", 2000),
        ("two thousand and four", 2004),
        ("two thousand fifteen", 2015),
        ("the year two thousand", 2000),
        ("nineteen", None),
        ("two thousand several", None),
        ("seventeen seventy-six", None),
    ],
)
def test_spoken_year(text: str, year: int | None) -> None:
    assert g.spoken_year(text) == year


def test_month_number_takes_names_and_abbreviations() -> None:
    assert g.month_number("Sept.") == 9
    assert g.month_number("DEC") == 12
    assert g.month_number("May") == 5
    with pytest.raises(KeyError):
        g.month_number("Mayday")


def test_alternation_tries_the_longest_word_first() -> None:
    pattern = g._alt(["a", "a few", "few"])
    assert pattern.split("|")[0] == re.escape("a few")
    m = re.match(pattern, "a few days")
    assert m is not None and m.group() == "a few"


def _found(fragment: str, text: str) -> list[str]:
    return [m.group() for m in g.compile_pattern(fragment).finditer(text)]


def test_month_names_are_capitalised_and_abbreviations_take_a_dot() -> None:
    assert _found(g.MONTH, "on Sept. 3 and Jan 5") == ["Sept.", "Jan"]
    assert _found(g.MONTH, "the Mayor may go in may") == []
    assert _found(g.MONTH, "Janet and Octavia") == []
    # alone, an abbreviation needs its dot ("Mar" could be a name, "Jun" a word)
    assert _found(g.MONTH_BARE, "in Mar and in Oct. and in June") == ["Oct.", "June"]


def test_year_fragment_refuses_longer_numbers_and_fractions() -> None:
    assert _found(g.YEAR, "in 1998 and 2019") == ["1998", "2019"]
    assert _found(g.YEAR, "20191 people") == []
    assert _found(g.YEAR, "the year 1500") == []  # before 1600 is not a year here
    assert _found(g.YEAR, "2019,500 dollars") == []
    assert _found(g.YEAR, "on 12/2019") == []  # the boundary refuses a "/" before


def test_day_fragment() -> None:
    assert _found(g.DAY, "the 31st and 2nd and 07") == ["31st", "2nd", "07"]
    assert _found(g.DAY, "32 and 40") == []
    assert _found(g.DAY, "the twenty-first") == ["the twenty-first"]


def test_spoken_year_fragment_matches_what_spoken_year_reads() -> None:
    for text in ("nineteen eighty-two", "Two Thousand and Four", "nineteen oh five"):
        found = _found(g.SPOKEN_YEAR, text)
        assert found == [text]
        assert g.spoken_year(found[0]) is not None


def test_number_fragment_takes_words_and_vague_amounts() -> None:
    counted = g.NUM + r"\s+(?i:weeks?)"
    assert _found(counted, "a couple weeks, several weeks, twenty-one weeks") == [
        "a couple weeks",
        "several weeks",
        "twenty-one weeks",
    ]
    assert _found(g.NUM_STRICT, "several") == []
    assert _found(g.NUM_STRICT, "Thirty-Three") == ["Thirty-Three"]


def test_amount_nouns_and_code_words() -> None:
    assert {"troops", "people", "dollars"} <= g.AMOUNT_NOUNS
    assert {"route", "flight", "page"} <= g.CODE_WORDS
