"""The place vocabulary: lists are matched against lower-cased tokens and lemmas."""

from __future__ import annotations

from whimbrel import place_words
from whimbrel.nlp import parse_texts


def test_every_word_list_is_lower_case_so_it_can_match() -> None:
    lists = [v for k, v in vars(place_words).items() if k.isupper() and isinstance(v, frozenset)]
    assert lists and all(w == w.lower() for words in lists for w in words)


def test_noun_in_matches_the_form_or_the_lemma() -> None:
    doc = parse_texts(["Gunmen raided the villages near the border."])[0]
    by_text = {t.text: t for t in doc}
    assert place_words.noun_in(by_text["villages"], place_words.GEO_NOUNS)
    assert place_words.noun_in(by_text["raided"], place_words.PLACE_TAKING_LEMMAS)  # by its lemma
    assert not place_words.noun_in(by_text["Gunmen"], place_words.PLACE_NOUNS)


def test_a_finer_place_ranks_above_the_area_holding_it() -> None:
    f = place_words.FINENESS
    assert f["point"] > f["city"] > f["admin2"] > f["admin1"] > f["country"]
