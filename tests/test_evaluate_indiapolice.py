"""Tests for whimbrel.evaluate.indiapolice: reading the sentences, mapping events to the corpus's
labels, the stratified sample, scoring hand-built pairs, and a small run when ../shared is present."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import pytest

from whimbrel.evaluate import indiapolice
from whimbrel.evaluate.indiapolice import GoldSentence
from whimbrel.types import Actor, Count, Event, Span, Story

DATA = Path(os.environ.get("WHIMBREL_EVAL_DATA", Path(__file__).resolve().parents[2] / "shared" / "eval"))
GOLD = DATA / indiapolice.DEFAULT_PATH

POLICE = (Actor("police", 0, 6, "police", sector="COP"),)
MOB = (Actor("mob", 0, 3, "mob", sector="CVL"),)
DEAD = Count(1, 1, 1, "one", 0, 3)


def _event(kind: str, conf: float = 0.5, **kw: object) -> Event:
    return Event("s", 0, Span(0, 10), Span(0, 3), "abc", kind, confidence=conf, **kw)  # type: ignore[arg-type]


def _gold(gid: str, *labels: str, weight: float = 1.0) -> GoldSentence:
    return GoldSentence(gid, f"invented sentence {gid}", frozenset(labels), weight)


# ----------------------------------------------------------------------------------------- reading
def test_load_keeps_the_corpus_labels_and_skips_empty_sentences(tmp_path: Path) -> None:
    rows = [
        {
            "doc_id": 4,
            "sent_id": 0,
            "sent_labels": ["KILL", "FORCE", "OTHER"],
            "sent_text": "Two  were\nshot.",
        },
        {"doc_id": 4, "sent_id": 1, "sent_labels": [], "sent_text": "  "},
        {"doc_id": 4, "sent_id": 2, "sent_text": "No labels given."},
        {"doc_id": 5, "sent_id": 0, "sent_labels": None, "sent_text": None},
    ]
    path = tmp_path / "sents.jsonl"
    path.write_text(
        "\n".join(json.dumps(r) for r in rows[:2]) + "\n\n" + "\n".join(json.dumps(r) for r in rows[2:])
    )
    assert indiapolice.load(path) == [
        GoldSentence("4:0", "Two were shot.", frozenset({"KILL", "FORCE"})),
        GoldSentence("4:2", "No labels given.", frozenset()),
    ]


# ----------------------------------------------------------------------------------------- mapping
def test_is_police() -> None:
    assert indiapolice.is_police(_event("ASSAULT", source=POLICE), "x")
    assert indiapolice.is_police(_event("ASSAULT", source=(Actor("army", 0, 4, "army", sector="mil"),)), "x")
    assert indiapolice.is_police(_event("ASSAULT", source=(Actor("Police constables", 0, 17, "c"),)), "x")
    assert indiapolice.is_police(_event("ASSAULT"), "The Police fired.")  # no doer named
    assert not indiapolice.is_police(_event("ASSAULT", source=MOB), "police came later")
    assert not indiapolice.is_police(_event("ASSAULT"), "a mob fired")


def test_indiapolice_mapping() -> None:
    assert indiapolice.labels_of((_event("ASSAULT", source=POLICE),), "x") == {"FORCE"}
    assert indiapolice.labels_of((_event("ASSAULT", source=POLICE, dead=DEAD),), "x") == {"FORCE", "KILL"}
    assert indiapolice.labels_of((_event("ASSAULT", source=MOB, dead=DEAD),), "police came") == set()
    assert indiapolice.labels_of((_event("ASSAULT"),), "the police fired") == {"FORCE"}
    assert indiapolice.labels_of((_event("COERCE", mode="arrest"),), "ten were held") == {"ARREST"}
    assert indiapolice.labels_of((_event("COERCE", mode="curfew", source=POLICE),), "x") == set()


def test_mapping_reads_cameo_arrests_and_ignores_a_zero_toll() -> None:
    assert indiapolice.labels_of((_event("COERCE", cameo="1731"),), "x") == {"ARREST"}
    assert indiapolice.labels_of((_event("COERCE", mode="arrest", source=MOB),), "x") == set()  # a citizen's
    no_dead = Count(0, 0, 0, "no one", 0, 6)
    assert indiapolice.labels_of((_event("ASSAULT", source=POLICE, dead=no_dead),), "x") == {"FORCE"}
    both = (_event("ASSAULT", source=POLICE), _event("COERCE", mode="arrest", source=POLICE))
    assert indiapolice.labels_of(both, "x") == {"FORCE", "ARREST"}


# ---------------------------------------------------------------------------------------- sampling
def test_indiapolice_stratified_sample_and_weights() -> None:
    items = [
        indiapolice.GoldSentence(f"1:{i}", "t", frozenset({"FORCE"}) if i < 10 else frozenset())
        for i in range(100)
    ]
    sample = indiapolice.stratified(items, 20)
    assert len(sample) == 20 and sum(bool(g.labels) for g in sample) == 10
    assert {g.weight for g in sample if g.labels} == {1.0}
    assert {g.weight for g in sample if not g.labels} == {9.0}
    assert indiapolice.stratified(items, 20) == sample  # fixed order
    assert len(indiapolice.stratified(items, 500)) == 100


def test_stratified_fills_with_negatives_and_sorts_by_document() -> None:
    items = [_gold("2:0", "KILL"), *(_gold(f"{d}:{s}") for d in (10, 3) for s in (1, 0))]
    sample = indiapolice.stratified(items, 4)
    assert [g.id for g in sample] == sorted(
        (g.id for g in sample), key=lambda i: [int(x) for x in i.split(":")]
    )
    assert sum(bool(g.labels) for g in sample) == 1  # one positive exists: negatives fill the rest
    assert {g.weight for g in sample if not g.labels} == {4 / 3}
    assert indiapolice.stratified(items, 5) == items  # a limit at least the corpus: everything, as it was


# ----------------------------------------------------------------------------------------- scoring
def test_indiapolice_population_f1_penalises_false_alarms() -> None:
    pos = indiapolice.GoldSentence("1:1", "t", frozenset({"FORCE"}), 1.0)
    neg = indiapolice.GoldSentence("1:2", "t", frozenset(), 9.0)
    force = (_event("ASSAULT", source=(Actor("police", 0, 6, "police", sector="COP"),)),)
    res = indiapolice.score([(pos, force), (neg, force)])
    assert res.measure("FORCE.f1").value == pytest.approx(2 / 3)
    assert res.measure("FORCE.f1_population").value == pytest.approx(2 * 0.1 / 1.1)


def _pairs() -> list[tuple[GoldSentence, tuple[Event, ...]]]:
    shooting = (_event("ASSAULT", 0.8, source=POLICE, dead=DEAD),)
    arrest = (_event("COERCE", 0.6, mode="arrest"),)
    return [
        (_gold("1:0", "KILL", "FORCE"), shooting),  # both right
        (_gold("1:1", "ARREST"), ()),  # arrest missed
        (_gold("1:2", "ARREST"), arrest),  # arrest found
        (_gold("1:3"), shooting),  # a false KILL and FORCE
    ]


def test_score_counts_each_label() -> None:
    res = indiapolice.score(_pairs())
    got = {m.name: (round(m.value, 4), m.n) for m in res.measures}
    assert got["KILL.precision"] == (0.5, 2) and got["KILL.recall"] == (1.0, 1)
    assert got["KILL.f1"] == (0.6667, 4)
    assert got["ARREST.precision"] == (1.0, 1) and got["ARREST.recall"] == (0.5, 2)
    assert got["ARREST.f1"] == (0.6667, 4)
    assert got["FORCE.f1"] == (0.6667, 4)
    assert got["KILL.f1_population"] == (0.6667, 4)  # all weights 1: the same as the sample's
    assert res.measure("KILL.f1").anchor == indiapolice.ANCHOR and res.measure("FORCE.f1").anchor is None
    assert res.confusion is not None
    assert res.confusion["ARREST"] == {"ARREST": 1, "not-ARREST": 1}
    assert res.confusion["not-KILL"] == {"not-KILL": 2, "KILL": 1}


def test_score_lists_the_sentences_whose_labels_differ() -> None:
    rows = indiapolice.score(_pairs(), errors=5).errors
    assert [r["id"] for r in rows] == ["1:1", "1:3"]
    assert (
        rows[0]["gold"] == ["ARREST"] and rows[0]["predicted_labels"] == [] and rows[0]["predicted"] == "NONE"
    )
    assert rows[1]["gold"] == [] and rows[1]["predicted_labels"] == ["FORCE", "KILL"]
    assert rows[1]["events"] == ["ASSAULT/- 'abc'"]
    assert indiapolice.score(_pairs(), errors=1).errors == rows[:1]


# ---------------------------------------------------------------------------------------------- run
def _fake(story: Story) -> Story:
    text = story.text.lower()
    events = []
    if "fired" in text or "kill" in text or "attack" in text:
        events.append(_event("ASSAULT", 0.7, dead=Count(2, 2, 2, "two", 0, 3), source=POLICE))
    if "arrest" in text:
        events.append(_event("COERCE", 0.6, mode="arrest"))
    return dataclasses.replace(story, events=tuple(events))


def test_run_samples_codes_and_notes(tmp_path: Path) -> None:
    rows = [
        {
            "doc_id": 1,
            "sent_id": 0,
            "sent_labels": ["FORCE", "KILL"],
            "sent_text": "Police fired on a crowd.",
        },
        {"doc_id": 1, "sent_id": 1, "sent_labels": ["ARREST"], "sent_text": "Officers made an arrest."},
        {"doc_id": 2, "sent_id": 0, "sent_labels": [], "sent_text": "The fair opened."},
        {"doc_id": 2, "sent_id": 1, "sent_labels": [], "sent_text": "Rain fell all day."},
    ]
    path = tmp_path / "sents.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    res = indiapolice.run(path, pipeline=_fake)  # no limit: the default sample holds all four
    assert res.measure("FORCE.f1").n == 4
    assert res.measure("KILL.f1").value == 1.0 and res.measure("ARREST.f1").value == 1.0
    assert res.notes[0].startswith("stratified sample: 4 of 4 sentences, 2 positive")
    small = indiapolice.run(path, limit=2, pipeline=_fake)
    assert small.notes[0].startswith("stratified sample: 2 of 4 sentences, 1 positive")


@pytest.mark.skipif(not GOLD.exists(), reason="gold data not available")
def test_indiapolice_small_run() -> None:
    res = indiapolice.run(GOLD, limit=40, errors=3, pipeline=_fake)
    assert res.measure("FORCE.f1").n == 40
    assert "stratified sample: 40 of 21391" in res.notes[0]
