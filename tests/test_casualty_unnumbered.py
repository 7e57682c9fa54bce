"""Tests for whimbrel.casualty_unnumbered: victims told without a number word next to a cue."""

from __future__ import annotations

from typing import Any

import pytest

from whimbrel.casualty_counts import find_counts
from whimbrel.casualty_unnumbered import (
    headline_victim,
    killed_them,
    last_count_before,
    one_body,
    one_named,
    reflexive,
    titled_victim,
)
from whimbrel.numbers import tokens


def _one(text: str, kind: str) -> Any:
    found = [m for m in find_counts(text) if m.kind == kind]
    assert len(found) == 1, found
    return found[0]


def _seen(found: list[Any]) -> list[tuple[str, int | None, str, str]]:
    return [(m.kind, m.count.best, m.count.text, m.cue_text) for m in found]


@pytest.mark.parametrize(
    ("text", "best", "count_text"),
    [
        ("A guard shot the attacker dead.", 1, "the attacker"),
        ("He shot his former partner dead in the yard.", 1, "his former partner"),
        ("The gunman then turned the gun on himself.", 1, "himself"),
        ("The soldier later took his own life.", 1, "his own life"),
    ],
)
def test_one_victim_told_without_a_count_word(text: str, best: int, count_text: str) -> None:
    m = _one(text, "dead")
    assert (m.count.best, m.count.text, m.subset) == (best, count_text, False)


def test_a_shot_definite_noun_must_be_a_person() -> None:
    assert find_counts("Troops shot the tyres dead flat.") == []
    assert [m.count.best for m in find_counts("Nine of them were shot dead.")] == [9]


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        ("The bomber blew himself up, killing only himself.", ("dead", 1, "himself", "killing")),
        ("He stabbed two guards before police shot him dead.", ("dead", 1, "him", "shot him dead")),
        ("Police gunned him down at the checkpoint.", ("dead", 1, "him", "gunned him down")),
        ("Her partner strangled her to death.", ("dead", 1, "her", "to death")),
        ("Thugs beat him unconscious outside the bar.", ("injured", 1, "him", "beat him unconscious")),
        (
            "The gunman later turned his weapon on herself.",
            ("dead", 1, "herself", "turned his weapon on herself"),
        ),
        ("The bomber killed five pilgrims as well as himself.", ("dead", 1, "himself", "killed")),
        ("She killed two guards, as well as herself.", ("dead", 1, "herself", "killed")),
        ("He murdered his wife and then himself.", ("dead", 1, "himself", "murdered")),
        ("The bomber killed three officers besides himself.", ("dead", 1, "himself", "killed")),
        ("He killed four soldiers in addition to himself.", ("dead", 1, "himself", "killed")),
        (
            "The gunman shot himself as police closed in; he died later in hospital.",
            ("dead", 1, "himself", "shot"),
        ),
    ],
)
def test_reflexive_reads_one_victim_told_by_a_pronoun(text: str, seen: tuple[str, int, str, str]) -> None:
    assert _seen(reflexive(tokens(text), text, 0)) == [seen]


@pytest.mark.parametrize(
    "text",
    [
        "The bomber blew himself up near the gate.",  # no death told
        "Gunmen killing her husband fled.",  # a possessive, not the victim
        "Police shot him and arrested two.",  # shot, not shot dead
        "The gunman shot himself in the leg and was arrested.",  # no death told
        "The gunman fled and himself called the police.",  # no killing verb before the joiner
        "Troops killed as well as himself.",  # the verb has no victims of its own before the joiner
        "He killed four people; the guard hid and himself survived.",  # a break between them
    ],
)
def test_reflexive_reads_no_victim_without_a_killing(text: str) -> None:
    assert reflexive(tokens(text), text, 0) == []


def test_a_bomber_told_after_the_victims_adds_one_to_them() -> None:
    found = find_counts("A bomber struck the market, killing nine shoppers as well as himself.")
    assert [(m.kind, m.count.best, m.count.text) for m in found] == [
        ("dead", 9, "nine"),
        ("dead", 1, "himself"),
    ]
    assert len({m.cue_start for m in found}) == 1  # one cue: the two are added


def test_a_bomber_who_dies_with_the_victims_counts_one_more() -> None:
    found = find_counts("The bomber detonated his vest, killing herself and eight others.")
    assert [(m.kind, m.count.best, m.count.text) for m in found] == [
        ("dead", 1, "herself"),
        ("dead", 8, "eight"),
    ]
    pronoun = find_counts("Rebels ambushed the chairman's van, killing him and four of his bodyguards.")
    assert [(m.count.best, m.count.text) for m in pronoun] == [(1, "him"), (4, "four")]


def test_one_named_reads_a_definite_person_shot_dead_or_a_life_taken() -> None:
    text = "A guard shot the attacker dead."
    assert _seen(one_named(tokens(text), text, 0, set())) == [
        ("dead", 1, "the attacker", "shot the attacker dead")
    ]
    life = "The soldier later took his own life."
    assert _seen(one_named(tokens(life), life, 0, set())) == [
        ("dead", 1, "his own life", "took his own life")
    ]


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        (
            "A man stabbed two guards at the gate before being shot dead by police.",
            ("dead", 1, "man", "shot"),
        ),
        (
            "OSH — A gunman killed a guard on Friday before being killed by soldiers.",
            ("dead", 1, "gunman", "killed"),
        ),
        ("A gunman wounded a guard before he was gunned down.", ("dead", 1, "he", "gunned")),
    ],
)
def test_one_named_reads_the_lone_attacker_killed_at_the_end(
    text: str, seen: tuple[str, int, str, str]
) -> None:
    found = one_named(tokens(text), text, 0, set())
    assert _seen(found) == [seen]
    assert found[0].attackers


@pytest.mark.parametrize(
    "text",
    [
        "A man was stabbed at the gate before being shot dead by police.",  # the victim, in the passive
        "Police said a man stabbed a guard before being shot dead.",  # the article does not open it
        "A man stabbed a guard before being shot by police.",  # shot, not shot dead
    ],
)
def test_one_named_reads_no_attacker_without_a_lone_opener_killed(text: str) -> None:
    assert one_named(tokens(text), text, 0, set()) == []


def test_the_attackers_opening_the_sentence_by_their_number_are_killed_before_being_shot_dead() -> None:
    text = "Two men stabbed a guard before being shot dead by police."
    found = one_named(tokens(text), text, 0, set())
    assert [(m.count.best, m.count.text, m.attackers) for m in found] == [(2, "Two", True)]
    text = "Two men were stabbed at the gate before being shot dead by police."  # victims, in the passive
    assert one_named(tokens(text), text, 0, set()) == []


def test_one_named_skips_a_dead_the_scan_took() -> None:
    text = "A guard shot the attacker dead."
    toks = tokens(text)
    dead = next(k for k, t in enumerate(toks) if t.low == "dead")
    assert one_named(toks, text, 0, {dead}) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen shot dead radio journalist Julio Cárdenas Ramos on Friday.", "Julio Cárdenas Ramos"),
        ("Unknown men killed rights activist Ana Ruiz in Cali.", "Ana Ruiz"),
    ],
)
def test_titled_victim_counts_the_name_after_a_role_word(text: str, name: str) -> None:
    found = titled_victim(tokens(text), text, 0, set())
    assert [(m.kind, m.count.best, m.count.text) for m in found] == [("dead", 1, name)]
    assert _one(text, "dead").count.text == name


def test_titled_victim_needs_an_active_killing_and_an_untaken_name() -> None:
    passive = "A protester was killed by police officer Juan Diaz."  # the officer is no victim
    assert titled_victim(tokens(passive), passive, 0, set()) == []
    assert [(m.count.best, m.count.text) for m in find_counts(passive)] == [(1, "A")]
    text = "Unknown men killed rights activist Ana Ruiz in Cali."
    toks = tokens(text)
    ana = next(k for k, t in enumerate(toks) if t.low == "ana")
    assert titled_victim(toks, text, 0, {ana}) == []


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        ("Rebels abducted three aid workers on Monday and shot them dead.", ("dead", 3, "three", "shot")),
        ("Militants captured five soldiers and executed them.", ("dead", 5, "five", "executed")),
    ],
)
def test_killed_them_counts_the_people_told_before(text: str, seen: tuple[str, int, str, str]) -> None:
    assert _seen(killed_them(tokens(text), text, 0, set())) == [seen]
    assert _seen(find_counts(text)) == [seen]


def test_killed_them_gives_way_to_the_sentences_own_count() -> None:
    found = find_counts("Militants killed two guards, captured five soldiers and executed them.")
    assert [m.count.best for m in found] == [2]


def test_last_count_before_skips_years_and_taken_counts() -> None:
    text = "In 2019 gunmen seized 4 men and 6 women and killed them."
    toks = tokens(text)
    them = next(k for k, t in enumerate(toks) if t.low == "them")
    ne = last_count_before(toks, them, 0, set())
    assert ne is not None and (ne.best, text[ne.start : ne.end]) == (6, "6")
    six = next(k for k, t in enumerate(toks) if t.low == "6")
    ne = last_count_before(toks, them, 0, {six})
    assert ne is not None and ne.best == 4
    four = next(k for k, t in enumerate(toks) if t.low == "4")
    assert last_count_before(toks, them, 0, {four, six}) is None  # "2019" is a year, no count


@pytest.mark.parametrize(
    ("text", "best", "count_text"),
    [
        ("His body was found by the roadside.", 1, "His body"),
        ("Gunmen abducted two farmers on Sunday; their bodies were found the next day.", 2, "two"),
        ("The body of Marvin Castillo, an activist, was found on Tuesday.", 1, "Marvin Castillo"),
    ],
)
def test_one_body_found_is_one_dead_and_their_bodies_the_people_counted(
    text: str, best: int, count_text: str
) -> None:
    found = one_body(tokens(text), text, 0, set())
    assert [(m.kind, m.count.best, m.count.text, m.cue_text) for m in found] == [
        ("dead", best, count_text, "found")
    ]


def test_a_body_not_found_is_no_death() -> None:
    text = "Her body has not been found."
    assert one_body(tokens(text), text, 0, set()) == []
    assert find_counts(text) == []


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        ("Shopkeeper hacked to death in Moshi market", ("dead", 1, "Shopkeeper")),
        ("Mwanza: fisherman shot dead at landing site", ("dead", 1, "fisherman")),
        ("Traffic officer wounded in grenade attack", ("injured", 1, "Traffic officer")),
        ("Man held over the fire at the depot", None),  # no cue
        ("The trader was killed on Monday.", None),  # a body sentence has its article
        ("Officer Banda was shot dead on Monday.", None),  # a name follows the noun
        ("A policeman wounded in the blast is in hospital.", None),  # the article: the scan counts him
        ("One soldier killed, two hurt in ambush", None),
    ],
)
def test_a_headlines_bare_noun_is_one_victim(text: str, seen: tuple[str, int, str] | None) -> None:
    found = headline_victim(tokens(text), text, 0, set())
    assert [(m.kind, m.count.best, m.count.text) for m in found] == ([seen] if seen else [])


def test_their_bodies_stand_for_people_not_a_time() -> None:
    toks = tokens("Gunmen took three farmers from the bus at about 9 pm.")
    ne = last_count_before(toks, len(toks), 0, set())
    assert ne is not None and ne.best == 3


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Three bombers blew themselves up at the market, killing 12 people besides themselves.", [12, 3]),
        ("Two gunmen opened fire on a bus, killing four people and themselves.", [4, 2]),
        ("The villagers defended themselves when gunmen attacked, killing three.", [3]),  # no joiner
    ],
)
def test_attackers_counted_by_themselves_are_as_many_as_told(text: str, dead: list[int]) -> None:
    assert [m.count.best for m in find_counts(text) if m.kind == "dead"] == dead
