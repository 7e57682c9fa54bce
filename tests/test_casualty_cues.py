"""Tests for whimbrel.casualty_cues: the cue a count hangs on, read from tokens alone."""

from __future__ import annotations

import pytest

from whimbrel.casualty_counts import find_counts
from whimbrel.casualty_cues import cue_at, declared_dead, inside_count, object_cue, subject_cue, toll_cue
from whimbrel.numbers import number_at, tokens


def _at(text: str, word: str) -> int:
    return next(k for k, t in enumerate(tokens(text)) if t.low == word)


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Four herders were shot dead.", "shot", "dead"),
        ("Two guards were beaten to death.", "to", "dead"),
        ("Eleven miners lost their lives.", "lost", "dead"),
        ("The driver was taken to hospital.", "taken", "injured"),
        ("Two residents were hit by stray bullets.", "hit", "injured"),
        ("Eight others are still being treated.", "treated", "injured"),
        ("A girl next door suffered burns.", "suffered", "injured"),
        ("The commander survived with injuries.", "survived", "injured"),
        ("Scores of casualties were reported.", "casualties", "casualties"),
    ],
)
def test_cue_at_reads_the_kind(text: str, word: str, kind: str) -> None:
    found = cue_at(tokens(text), _at(text, word))
    assert found is not None and found[0] == kind


def test_not_a_cue() -> None:
    text = "The minister was hit by criticism and taken to task."
    toks = tokens(text)
    assert cue_at(toks, _at(text, "hit")) is None
    assert cue_at(toks, _at(text, "taken")) is None


def test_subject_object_and_toll_cues() -> None:
    text = "Six civilians were killed."
    toks = tokens(text)
    assert subject_cue(toks, number_at(toks, 0, 0))[0] == "dead"
    text = "Gunmen killed six civilians."
    toks = tokens(text)
    ne = number_at(toks, _at(text, "six"), 0)
    assert ne is not None and object_cue(toks, ne) is not None and subject_cue(toks, ne) is None
    text = "The death toll rose to 45."
    toks = tokens(text)
    ne = number_at(toks, _at(text, "45"), 0)
    assert ne is not None and toll_cue(toks, ne) is not None
    text = "Local officials gave a figure of 30."
    toks = tokens(text)
    ne = number_at(toks, _at(text, "30"), 0)
    assert ne is not None and toll_cue(toks, ne) is not None
    text = "The police gave a figure of 31 injured."  # a figure of the wounded
    toks = tokens(text)
    ne = number_at(toks, _at(text, "31"), 0)
    assert ne is not None and (toll_cue(toks, ne) or ("",))[0] == "injured"


def test_a_count_inside_another() -> None:
    text = "Nine people, including 2 women, were killed."
    toks = tokens(text)
    assert inside_count(toks, number_at(toks, _at(text, "2"), 0))
    assert not inside_count(toks, number_at(toks, 0, 0))


def test_a_bare_one_opening_a_relative_clause_is_one_of_those_told() -> None:
    from whimbrel.casualty_cues import part_of

    text = "Three were wounded and taken to a clinic, from where one, a girl, was flown to Pemba."
    toks = tokens(text)
    assert part_of(toks, number_at(toks, _at(text, "one"), 0))
    text = "Police broke up a clash in which one person was killed."  # a toll told by its noun
    toks = tokens(text)
    assert not part_of(toks, number_at(toks, _at(text, "one"), 0))


def test_a_count_after_an_opening_of_the_is_part_of_those_told() -> None:
    found = find_counts("Of the nine wounded, three were admitted to hospital in Gao.")
    assert [(m.count.best, m.subset) for m in found] == [(9, False), (3, True)]
    assert [m.subset for m in find_counts("Of course, two people were hurt.")] == [False]


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        # wounds suffered, then the death told after "and", asides between
        (
            "A guard suffered stab wounds and, despite the efforts of medics, died at the scene.",
            [("dead", 1)],
        ),
        ("A guard suffered burns and was taken to hospital.", [("injured", 1)]),
        ("A guard suffered burns, while a cook died later.", [("injured", 1), ("dead", 1)]),
        # a machete's blows to death
        ("Two traders were macheted to death at the market.", [("dead", 2)]),
    ],
)
def test_how_the_wounded_and_the_dead_are_told(text: str, seen: list[tuple[str, int]]) -> None:
    assert [(m.kind, m.count.best) for m in find_counts(text)] == seen


def test_a_death_certified_after_care_is_found_and_a_death_of_some_of_them_is_not() -> None:
    told = tokens("was rushed to the hospital but was declared dead on arrival")
    assert declared_dead(told, 0) == [t.low for t in told].index("dead")
    assert declared_dead(tokens("were taken to hospital, where one of them was pronounced dead"), 0) is None
    assert declared_dead(tokens("was taken to hospital. He was later pronounced dead"), 0) is None


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        ("The mayor, who won 12,400 votes in May, was shot dead on Monday.", []),
        ("A reporter who had written 300 articles on graft, was shot dead.", []),
        ("Two brothers from the market, were killed.", [("dead", 2)]),
        ("The soldiers, who killed two gunmen, were praised.", [("dead", 2)]),
        ("Five soldiers were killed two days ago.", [("dead", 5)]),  # a span of time, no count
    ],
)
def test_numbers_that_count_no_victims_of_the_verb(text: str, seen: list[tuple[str, int]]) -> None:
    assert [(m.kind, m.count.best) for m in find_counts(text)] == seen


@pytest.mark.parametrize(
    "text",
    [
        "The toll from the raid on the camp, on the night of 3 to 4 June, has risen to 27.",
        "The toll from the attack on the market, late on Sunday, has risen to 27.",
        "The toll from the attack in Gao, in central Mali, has risen to 27.",
    ],
)
def test_a_toll_is_read_over_an_aside_of_when_or_where(text: str) -> None:
    assert [(m.kind, m.count.best) for m in find_counts(text)] == [("dead", 27)]


def _dead_and_hurt(text: str) -> tuple[list[int], list[int]]:
    found = find_counts(text)
    return (
        [m.count.best for m in found if m.kind == "dead"],
        [m.count.best for m in found if m.kind == "injured"],
    )


def test_a_wounding_participle_ended_in_death_is_one_dead() -> None:
    assert _dead_and_hurt("One soldier hit by shrapnel was killed and four were wounded.") == ([1], [4])
    assert _dead_and_hurt("A nurse hit by shrapnel was treated in hospital.") == ([], [1])


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Villagers buried 14 victims on Monday.", [14]),
        ("Nine passengers were laid to rest on Saturday.", [9]),
        ("Twenty residents were buried in a mass grave.", [20]),
        ("Fourteen residents were buried under the rubble.", []),  # trapped, perhaps alive
        ("Six miners were buried in mud when the pit collapsed.", []),
        ("Villagers buried 14 goats on Monday.", []),  # a burial's object must be the dead
    ],
)
def test_burials_tell_the_dead_not_the_trapped(text: str, dead: list[int]) -> None:
    assert _dead_and_hurt(text)[0] == dead


@pytest.mark.parametrize(
    "text",
    [
        "The number of people known to have died has risen to 31.",
        "The number of civilians confirmed to have been killed rose to 7.",
    ],
)
def test_a_number_known_to_have_died_is_a_toll(text: str) -> None:
    found = find_counts(text)
    assert [(m.kind, m.count.best, m.toll) for m in found] == [("dead", found[0].count.best, True)]
    assert found[0].count.best in (31, 7)


def test_a_vague_count_of_a_mixed_group_is_one_count() -> None:
    assert _dead_and_hurt("Scores of soldiers and civilians were killed.") == ([20], [])
    assert _dead_and_hurt("Two soldiers and three civilians were killed.") == ([2, 3], [])


def test_the_thing_a_toll_is_of_is_no_toll_of_one() -> None:
    found = find_counts("The office corrected the toll from the shelling of a crowded fish market on Monday.")
    assert found == []
