"""Tests for whimbrel.casualty_syntax: counts the dependency parse reaches."""

from __future__ import annotations

from whimbrel.casualty_syntax import counts_from_parse
from whimbrel.numbers import tokens


def _counts(parse_one, text: str) -> list[tuple[str, int | None, str]]:
    doc = parse_one(text)
    return [
        (m.kind, m.count.best, m.count.text) for m in counts_from_parse(doc, tokens(text), set(), text, 0)
    ]


def test_named_victims_and_kin_count_one_each(parse_one) -> None:
    assert _counts(parse_one, "Gunmen killed Ibrahim Musa and his wife.") == [
        ("dead", 1, "Ibrahim Musa"),
        ("dead", 1, "wife"),
    ]


def test_a_name_with_a_person_noun_in_apposition_is_a_victim(parse_one) -> None:
    got = _counts(parse_one, "Gunmen shot dead Teodora Lucía Mamani, a rural schoolteacher, near Oruro.")
    assert [(k, n) for k, n, _ in got] == [("dead", 1)]


def test_a_name_with_an_age_or_a_who_clause_is_a_victim(parse_one) -> None:
    text = (
        "Jihad Abu Leil, 22, who was shot in the chest, died in hospital on Saturday, the health office said."
    )
    assert _counts(parse_one, text) == [("dead", 1, "Jihad Abu Leil")]


def test_to_death_reaches_its_passive_subject(parse_one) -> None:
    assert _counts(parse_one, "The herder had been stabbed to death the day before.") == [
        ("dead", 1, "herder")
    ]


def test_what_the_scan_took_is_not_counted_again(parse_one) -> None:
    text = "Soldiers killed a rural workers' union leader."
    toks = tokens(text)
    taken = {k for k, t in enumerate(toks) if t.low == "a"}
    assert counts_from_parse(parse_one(text), toks, taken, text, 0) == []


def test_a_full_name_the_tagger_took_for_a_place_is_a_victim(parse_one) -> None:
    # the entity tagger reads "Efrain Salgado" as a place (GPE)
    assert _counts(parse_one, "Gunmen killed Efrain Salgado and his son.") == [
        ("dead", 1, "Efrain Salgado"),
        ("dead", 1, "son"),
    ]


def test_two_first_names_with_ages_before_the_verb_are_two_dead(parse_one) -> None:
    # the tagger makes "Siobhan" the root and "died" its conjunct, with "Conor" alone as subject
    got = _counts(parse_one, "Siobhan, 46, and Conor, 17, died in the fire.")
    assert sorted(got) == [("dead", 1, "Conor"), ("dead", 1, "Siobhan")]


def test_who_died_after_a_member_of_a_body_is_the_member(parse_one) -> None:
    text = "A man stabbed a 71-year-old member of the congregation, who died later that night."
    assert [(k, n) for k, n, _ in _counts(parse_one, text)] == [("dead", 1)]


def test_the_object_of_a_verb_in_a_who_clause_is_no_victim(parse_one) -> None:
    # the parser makes "the attacker" the subject of "suffered"
    text = "The pastor and a young father who helped restrain the attacker suffered cuts."
    assert all(t != "attacker" for _, _, t in _counts(parse_one, text))


def test_things_burned_are_no_victims(parse_one) -> None:
    text = "Police report 4 people killed and 15 injured; 12 shophouses and 6 vehicles were burned."
    assert all(count_text != "12" for _, _, count_text in _counts(parse_one, text))
