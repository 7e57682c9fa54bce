"""Victims listed under a casualty label (one person to each item or line), and named in prose."""

from __future__ import annotations

from whimbrel.casualty_lists import lines_between, name_at, named_after_label, named_on_lines, past_apposition
from whimbrel.numbers import tokens
from whimbrel.types import Span


def test_items_set_off_by_semicolons_count_one_each() -> None:
    text = "Killed: Ana Lucia Prado, 33, nurse; Tomas Ferreira, 58, fisherman."
    [m] = named_after_label(text, base=100)
    assert (m.kind, m.count.best, m.cue_text) == ("dead", 2, "Killed")
    assert m.count.text == "Ana Lucia Prado, 33, nurse; Tomas Ferreira, 58, fisherman"
    assert m.count.start == 100 + text.index("Ana")


def test_an_unnamed_person_is_an_item() -> None:
    [m] = named_after_label(
        "Wounded: Kofi Mensah, 22; Ama Owusu, 30; and a girl of 9 whose name was withheld."
    )
    assert (m.kind, m.count.best) == ("injured", 3)


def test_a_list_with_numbers_is_left_to_the_number_scan() -> None:
    assert named_after_label("Injured: nine demonstrators; a police inspector.") == []
    assert named_after_label("Killed: Two soldiers; a civilian.") == []


def test_two_labels_in_one_sentence_are_read_apart() -> None:
    found = named_after_label("Dead: Lina Haddad, 40; Omar Saleh, 12. Injured: Rami Khoury, 35.")
    assert [(m.kind, m.count.best) for m in found] == [("dead", 2), ("injured", 1)]


def test_a_word_before_a_colon_that_is_no_label_counts_nothing() -> None:
    assert named_after_label("Location: Ana Lucia Prado, 33; Tomas Ferreira, 58.") == []


STORY = (
    "Gunmen fired on a bus near the market. Victims killed:\n"
    "1. Ana Lucia Prado, 33, nurse\n"
    "2. Tomas Ferreira, 58, fisherman\n"
    "- Maria Sousa (41), trader\n"
    "Six others were wounded."
)


def test_lines_under_a_label_that_ends_its_sentence() -> None:
    start = STORY.index("Victims")
    [m] = named_on_lines(STORY, Span(start, start + len("Victims killed:")))
    assert (m.kind, m.count.best) == ("dead", 3)
    assert STORY[m.cue_start : m.cue_end] == "killed"
    assert m.count.text == STORY[m.count.start : m.count.end]
    assert m.count.text.startswith("Ana Lucia Prado") and m.count.text.endswith("trader")


def test_a_label_with_words_after_it_opens_no_list_of_lines() -> None:
    assert named_on_lines(STORY, Span(0, STORY.index(" Victims"))) == []


def test_only_list_lines_lie_between() -> None:
    after_label = STORY.index("\n1.")
    assert lines_between(STORY, after_label, STORY.index("Six"))
    assert not lines_between(STORY, 0, STORY.index("Six"))
    assert not lines_between(STORY, after_label, after_label)


def _names(sentence: str) -> list[str]:
    """The people ``name_at`` reads in ``sentence``, each with what ``past_apposition`` skips after it."""
    toks = tokens(sentence)
    out, k = [], 0
    while k < len(toks):
        one = name_at(toks, sentence, k, 0)
        if one is None:
            k += 1
            continue
        end = past_apposition(toks, sentence, one.last, True)
        out.append(sentence[one.start : toks[end - 1].end])
        k = end
    return out


def test_a_name_in_prose_with_its_age_and_description() -> None:
    assert _names("identified as Ahmed Ali, 23, Yusuf Bello, 31, and Musa Sani, 40.") == [
        "Ahmed Ali, 23",
        "Yusuf Bello, 31",
        "Musa Sani, 40",
    ]
    assert _names("Dejan M. (45), the owner of a cafe in Ruma, his nephew") == [
        "Dejan M. (45), the owner of a cafe in Ruma"
    ]
    assert _names("Luis Arango, of 34 years; Jhon Mesa, of 27 years.") == [
        "Luis Arango, of 34 years",
        "Jhon Mesa, of 27 years",
    ]


def test_one_capitalised_word_without_an_age_is_no_name() -> None:
    toks = tokens("Police said Monday that")
    assert all(name_at(toks, "Police said Monday that", k, 0) is None for k in range(len(toks)))


def test_the_name_of_one_told_by_a_noun_is_no_other_person() -> None:
    sentence = "her husband, Ochieng, 57; and"
    toks = tokens(sentence)
    end = past_apposition(toks, sentence, 2, False)  # after "her husband"
    assert toks[end].low == ";"
