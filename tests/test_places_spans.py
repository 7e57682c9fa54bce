"""Where a place mention begins and ends: trimmed, grown to a longer known name, a hyphenated word
read whole, the outermost of overlapping mentions, a word that is only part of a longer name. Strings
written by the team; a hand-made gazetteer says which longer names are known, so no data is loaded."""

from __future__ import annotations

import re

import pytest

from whimbrel.gazetteer import Candidate
from whimbrel.nlp import ParsedSentence
from whimbrel.places_rank import _Mention
from whimbrel.places_spans import expand, hyphenated, name_tail, outermost, part_of_longer_name, trim


class _Gazetteer:
    """Knows the names given, each as a town of the population given (an alternate name when the
    population is negative)."""

    def __init__(self, **towns: int) -> None:
        self.towns = {name.replace("_", " "): pop for name, pop in towns.items()}

    def candidates(self, name: str, limit: int = 10) -> list[Candidate]:
        if name not in self.towns:
            return []
        pop = self.towns[name]
        return [Candidate(1, name, "XXX", None, 0.0, 0.0, "city", abs(pop), exact=pop >= 0)]


def _sentence(text: str) -> ParsedSentence:
    return ParsedSentence(0, 0, len(text))


def _span(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


def _read(text: str, span: tuple[int, int]) -> str:
    return text[span[0] : span[1]]


@pytest.mark.parametrize(
    ("text", "name", "expect"),
    [
        ("Troops entered the Gaza Strip's north.", "the Gaza Strip's", "Gaza Strip"),
        ("Shells fell on Kharkiv.", "Kharkiv.", "Kharkiv"),
        ("Shells fell on Kharkiv, Izium and Kupiansk", "Kharkiv,", "Kharkiv"),
        ("A storm hit Shreveport, La. on Sunday.", "La.", "La."),  # a state's abbreviation keeps its dot
        ("Protesters marched in Washington, D.C. on Sunday.", "D.C.", "D.C."),
        ("Gunmen opened fire at a party in west Tulsa.", "west Tulsa", "Tulsa"),  # a side of the town
        ("Fighting spread across West Darfur.", "West Darfur", "West Darfur"),  # the name itself
        ("CULIACAN \U0001f6a8 Two men were shot.", "CULIACAN \U0001f6a8", "CULIACAN"),  # an outlet's siren
    ],
)
def test_a_span_loses_the_article_the_possessive_and_the_punctuation(
    text: str, name: str, expect: str
) -> None:
    assert _read(text, trim(text, *_span(text, name))) == expect


@pytest.mark.parametrize(
    ("text", "name", "known", "expect"),
    [
        ("Fires spread across Western Australia.", "Australia", "Western Australia", "Western Australia"),
        ("Floods hit Rio Grande do Sul in May.", "Rio Grande", "Rio Grande do Sul", "Rio Grande do Sul"),
        ("Insurgents overran Mocímboa da Praia.", "Praia", "Mocímboa da Praia", "Mocímboa da Praia"),
        ("Fires spread across Western Australia.", "Australia", "Eastern Australia", "Australia"),
    ],
)
def test_a_name_grows_to_a_longer_known_name(text: str, name: str, known: str, expect: str) -> None:
    gaz = _Gazetteer(**{known.replace(" ", "_"): 500})
    assert _read(text, expand(text, _sentence(text), *_span(text, name), gaz)) == expect


def test_a_name_grows_to_a_big_towns_other_spelling_but_not_a_small_ones() -> None:
    text = "A bomb went off in Mazar i Sharif on Friday."
    span = _span(text, "Sharif")
    big = _Gazetteer(Mazar_i_Sharif=-500_000)
    assert _read(text, expand(text, _sentence(text), *span, big)) == "Mazar i Sharif"
    small = _Gazetteer(Mazar_i_Sharif=-5_000)
    assert _read(text, expand(text, _sentence(text), *span, small)) == "Sharif"


def test_a_name_does_not_grow_past_its_sentence() -> None:
    text = "Fires hit Western Australia sent aid."  # a headline run into the first sentence
    gaz = _Gazetteer(Western_Australia=500)
    whole = ParsedSentence(0, 0, len(text))
    assert _read(text, expand(text, whole, *_span(text, "Western"), gaz)) == "Western Australia"
    headline = ParsedSentence(0, 0, text.index(" Australia"))
    assert _read(text, expand(text, headline, *_span(text, "Western"), gaz)) == "Western"


def test_a_word_tagged_as_a_person_is_the_end_of_a_towns_name_only_of_a_big_town() -> None:
    text = "The outbreak was traced to a grill in Mission Viejo on Monday."
    span = _span(text, "Viejo")
    big = _Gazetteer(Mission_Viejo=93_000)
    assert _read(text, name_tail(text, _sentence(text), *span, big)) == "Mission Viejo"
    small = _Gazetteer(Mission_Viejo=900)
    assert _read(text, name_tail(text, _sentence(text), *span, small)) == "Viejo"


def test_a_name_the_model_cut_at_a_hyphen_is_read_whole() -> None:
    text = "Residents of Cap-Haïtien marched."
    start = text.index("Cap")
    assert hyphenated(text, start, start + 3) == (start, start + len("Cap-Haïtien"))
    end = start + len("Cap-Haïtien")
    assert hyphenated(text, end - len("Haïtien"), end) == (start, end)
    assert hyphenated(text, 0, len("Residents")) == (0, len("Residents"))


def test_of_overlapping_mentions_the_outermost_is_kept_in_text_order() -> None:
    text = "Fires in British Columbia and Alberta."
    mentions = [
        _Mention(*_span(text, "Alberta"), "Alberta", "ner"),
        _Mention(*_span(text, "Columbia"), "Columbia", "gazetteer"),
        _Mention(*_span(text, "British Columbia"), "British Columbia", "ner"),
    ]
    assert [m.text for m in outermost(mentions)] == ["British Columbia", "Alberta"]


@pytest.mark.parametrize(
    ("text", "name", "area", "expect"),
    [
        ("Geese were culled on Plum Island farms.", "Plum", False, True),  # before a landform word
        ("Two were shot in Meadow Grove on Friday.", "Grove", False, True),  # a landform word itself
        ("Police patrolled West Hebron overnight.", "Hebron", False, True),  # a town after a direction
        ("Storms hit East Texas overnight.", "Texas", True, False),  # a state after a direction
        ("Officers of Fargo Police were hurt.", "Fargo", False, False),  # a place inside another name
    ],
)
def test_a_word_of_a_longer_capitalised_name_is_no_name_of_its_own(
    text: str, name: str, area: bool, expect: bool
) -> None:
    run = next(r for r in re.finditer(r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)*", text) if name in r.group())
    words = list(re.finditer(r"[^\s-]+", run.group()))
    i = next(k for k, w in enumerate(words) if w.group() == name)
    assert part_of_longer_name(text, _sentence(text), run.start(), words, i, [], area) is expect
