"""The casualty vocabulary: lists are matched against lower-cased tokens, and the cheap pre-filter
lets every cue through."""

from __future__ import annotations

from whimbrel import casualty_words as cw


def test_every_word_list_is_lower_case_so_it_can_match() -> None:
    lists = [v for k, v in vars(cw).items() if k.isupper() and isinstance(v, (frozenset, set, dict))]
    assert lists
    for words in lists:
        for w in words:
            assert all(x == x.lower() for x in (w if isinstance(w, tuple) else (w,))), w


def test_the_pre_filter_lets_every_death_and_injury_cue_through() -> None:
    cues = cw.DEAD_PASSIVE | cw.INJ_PASSIVE | set(cw.TRANSITIVE)
    missed = [w for w in cues if not cw.CUE_HINT.search(w)]
    assert missed == []


def test_a_cue_is_no_attacker_and_an_attacker_no_person_to_count_twice() -> None:
    assert not (cw.ATTACKERS & cw.DEAD_PASSIVE)
    assert not (cw.ANIMALS & cw.PERSON_NOUNS)
