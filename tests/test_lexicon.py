"""The editable dictionaries load, validate, and drive the cheap sentence pre-filter."""

from __future__ import annotations

import pytest

from whimbrel import lexicon
from whimbrel.errors import ConfigError
from whimbrel.ontology import PLOVER_TYPES


def test_every_plover_type_has_triggers():
    types = {s.event_type for senses in lexicon.triggers().values() for s in senses}
    assert types == set(PLOVER_TYPES)


def test_senses_needing_a_dependent_come_first():
    senses = lexicon.triggers()[("call", "V")]
    assert senses[0].needs, "a sense with a required dependent must be tried before the bare sense"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Troops fought rebels near the border.", True),  # irregular past of "fight"
        ("The ministers met in Geneva.", True),
        ("Negotiators held talks overnight.", True),
        ("The weather in the capital was mild.", False),
        ("A cease-fire took hold at dawn.", True),
    ],
)
def test_prefilter(sentence, expected):
    assert lexicon.may_hold_event(sentence) is expected


def test_actor_entries_cover_countries_demonyms_capitals_leaders_and_groups():
    entries = lexicon.actor_entries()
    assert entries["Azeri"][0].code == "AZE" and entries["Azeri"][0].kind == "demonym"
    assert entries["Yerevan"][0].kind == "capital"
    assert any(e.kind == "leader" and e.code == "ARM" for e in entries["Pashinian"])
    assert any(e.kind == "leader" and e.code == "ARM" for e in entries["Pashinyan"])
    assert entries["Nagorno-Karabakh"][0].sector == "PRE"
    assert entries["NATO"][0].kind == "igo"
    assert entries["TASS"][0].kind == "agency"


def test_sector_words():
    words = lexicon.sector_words()
    assert words["troops"] == "MIL" and words["police"] == "COP" and words["rebel"] == "REB"


def test_malformed_trigger_row_is_a_config_error(monkeypatch):
    monkeypatch.setattr(
        lexicon, "_data_text", lambda name: "lemma\tpos\nattack\tX\t-\tASSAULT\t-\t190\t-\t-\t0.5\n"
    )
    lexicon.triggers.cache_clear()
    try:
        with pytest.raises(ConfigError, match="line 2"):
            lexicon.triggers()
    finally:
        lexicon.triggers.cache_clear()


def test_entity_patterns_are_labelled():
    pats = lexicon.entity_patterns()
    labels = {p["label"] for p in pats}
    assert {"GPE", "NORP", "ORG", "PERSON"} <= labels


def test_killing_phrases_are_read_by_acts_and_casualty_cues() -> None:
    from whimbrel.casualty_cues import SHOT_DEAD
    from whimbrel.lexicon import KILLING_PHRASES

    assert set(KILLING_PHRASES) == SHOT_DEAD
    assert KILLING_PHRASES[("gunning", "down")] == "gun"


def test_a_sense_written_with_forbidden_dependents_needs_none() -> None:
    (slam,) = [t for t in lexicon.triggers()[("slam", "V")] if t.event_type == "ACCUSE"]
    assert slam.needs == frozenset() and {"into", "against"} <= slam.without
    (give,) = lexicon.triggers()[("give", "V")]
    assert "figure" in give.without
