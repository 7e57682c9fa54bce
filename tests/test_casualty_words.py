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


def test_a_rival_figure_is_told_by_residents_or_a_local_group() -> None:
    assert cw.rival_figure("Residents disputed that account, saying 14 people had been killed.")
    assert cw.rival_figure("A local civil society group put the toll at 38.")
    assert cw.rival_figure("Residents who fled told reporters they believed the real number was 40.")
    # the victims are no source, nor is an update of the toll
    assert not cw.rival_figure("Officials said on Saturday that six villagers had been killed.")
    assert not cw.rival_figure("Residents said the toll later rose to 12.")


def test_a_figure_nobody_confirmed_or_the_army_denied_is_unconfirmed() -> None:
    assert cw.UNCONFIRMED.search("had 'eliminated 15 soldiers', a figure the army flatly denied")
    assert cw.UNCONFIRMED.search("70 people had been killed, a number far above any local count")
    assert cw.UNCONFIRMED.search("a claim that could not be independently checked")
    assert not cw.UNCONFIRMED.search("The army confirmed the figure.")
