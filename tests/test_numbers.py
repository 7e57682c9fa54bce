"""Tests for whimbrel.numbers: the number grammar (digits, words, qualifiers, ranges, vague counts)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from whimbrel.numbers import article_at, find_numbers, number_at, tokens


@pytest.mark.parametrize(
    ("text", "low", "high", "best", "span"),
    [
        ("12", 12, 12, 12, "12"),
        ("1,200", 1200, 1200, 1200, "1,200"),
        ("twenty-one", 21, 21, 21, "twenty-one"),
        ("twenty one", 21, 21, 21, "twenty one"),
        ("a hundred", 100, 100, 100, "a hundred"),
        ("three hundred and forty", 340, 340, 340, "three hundred and forty"),
        ("two dozen", 24, 24, 24, "two dozen"),
        ("a dozen", 12, 12, 12, "a dozen"),
        ("1.5 million", 1_500_000, 1_500_000, 1_500_000, "1.5 million"),
        ("more than 200", 200, None, 200, "more than 200"),
        ("over 70", 70, None, 70, "over 70"),
        ("at least 15", 15, None, 15, "at least 15"),
        ("up to 40", None, 40, 40, "up to 40"),
        ("as many as 90", None, 90, 90, "as many as 90"),
        ("about 30", None, None, 30, "about 30"),
        ("nearly 50", None, None, 50, "nearly 50"),
        ("some 300", None, None, 300, "some 300"),
        ("between 10 and 15", 10, 15, 10, "between 10 and 15"),
        ("20-25", 20, 25, 20, "20-25"),
        ("two or three", 2, 3, 2, "two or three"),
        ("dozens", None, None, 12, "dozens"),
        ("tens", None, None, 10, "tens"),
        ("scores", None, None, 20, "scores"),
        ("hundreds", None, None, 100, "hundreds"),
        ("thousands", None, None, 1000, "thousands"),
        ("tens of thousands", None, None, 10_000, "tens of thousands"),
        ("several", None, None, 3, "several"),
        ("a few", None, None, 3, "a few"),
        ("several hundred", None, None, 300, "several hundred"),
        ("more than a dozen", 12, None, 12, "more than a dozen"),
        ("at least dozens", 12, None, 12, "at least dozens"),
    ],
)
def test_number_grammar(text: str, low: int | None, high: int | None, best: int, span: str) -> None:
    sentence = f"Officials counted {text} on the list."
    found = find_numbers(sentence, base=5)
    assert len(found) == 1, found
    ne = found[0]
    assert (ne.low, ne.high, ne.best) == (low, high, best)
    assert sentence[ne.start - 5 : ne.end - 5] == span


def test_hyphenated_ages_and_years_are_not_numbers() -> None:
    assert find_numbers("An 18-year-old was detained in 2019.") == []


def _words(n: int) -> str:
    units = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
             "fifteen sixteen seventeen eighteen nineteen").split()
    tens = "twenty thirty forty fifty sixty seventy eighty ninety".split()
    if n < 20:
        return units[n]
    if n < 100:
        return tens[n // 10 - 2] + ("" if n % 10 == 0 else "-" + units[n % 10])
    rest = n % 100
    return units[n // 100] + " hundred" + ("" if rest == 0 else " and " + _words(rest))


@given(st.integers(min_value=0, max_value=999))
def test_number_words_round_trip(n: int) -> None:
    found = find_numbers(f"They found {_words(n)} bodies.")
    assert [f.best for f in found] == [n]


@given(st.integers(min_value=1, max_value=10_000_000))
def test_digit_groups_round_trip(n: int) -> None:
    assert [f.best for f in find_numbers(f"They found {n:,} bodies.")] == [n]


def test_both_is_two_unless_it_opens_a_pair() -> None:
    toks = tokens("both attackers")
    got = number_at(toks, 0, 0)
    assert got is not None and got.best == 2
    assert number_at(tokens("both a soldier and a civilian"), 0, 0) is None
    assert number_at(tokens("both sides"), 0, 0) is None


@pytest.mark.parametrize(
    ("text", "one"),
    [
        ("A third man died in hospital.", True),
        ("A third man, who was critically wounded, died in hospital.", True),  # past an aside
        ("A fourth victim, a boy of ten, later died.", True),
        ("A third of the houses, officials said, burned.", False),  # a fraction
        ("A second wave of strikes hit the city.", False),
    ],
)
def test_an_ordinal_person_is_one(text: str, one: bool) -> None:
    ne = article_at(tokens(text), 0, 0)
    assert (ne is not None and ne.best == 1) is one


def test_a_time_of_day_is_no_number() -> None:
    assert [n.best for n in find_numbers("07:40 A man has died and two others were hurt.")] == [2]
    assert find_numbers("Shots were heard at 9:15 near the bar.") == []
    # a colon after a label still leaves its count ("Killed: 4")
    assert [n.best for n in find_numbers("Killed: 4. Wounded: 12")] == [4, 12]


def test_a_security_reports_counts_and_abbreviations() -> None:
    found = find_numbers("Toll: 7x civilians KIA, 4x WIA.")
    assert [(ne.best, ne.kind) for ne in found] == [(7, "exact"), (4, "exact")]
    words = [t.low for t in tokens("7x civilians KIA, 4x WIA incl. two")]
    assert words[3:] == ["killed", ",", "4", "x", "wounded", "including", ".", "two"]
    assert [t.low for t in tokens("a Kia car")] == ["a", "kia", "car"]  # the car maker is no abbreviation


def test_a_schools_class_is_no_count() -> None:
    assert find_numbers("A Grade 11 student and a level 300 student were hurt.") == []
    assert [ne.best for ne in find_numbers("Three Form Two students died.")] == [3]


def test_a_name_or_measure_glued_to_digits_is_no_count() -> None:
    assert [ne.best for ne in find_numbers("Army report 4x 3R KIA near the town.")] == [4]
    assert find_numbers("An outpost 20km W of the town, hit with 9mm rounds.") == []
    assert [ne.best for ne in find_numbers("The 3rd victim and 2 others.")] == [2]


def test_a_figure_with_a_plus_is_at_least_that_many() -> None:
    (n,) = find_numbers("30+ injured")
    assert (n.low, n.high, n.best) == (30, None, 30)
    assert [x.best for x in find_numbers("scored 3 + 4")] == [3, 4]  # a sum, spaced: two numbers


def test_a_recent_year_naming_a_noun_is_no_count() -> None:
    from whimbrel.numbers import year_like

    toks = tokens("known for his role in the 2019 protests")
    ne = number_at(toks, 6, 0)
    assert ne is not None and year_like(toks, ne)
