"""Status from syntax: reported, planned, hypothetical, negated."""

from __future__ import annotations

import pytest

from whimbrel.status import event_status


def _anchor(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    "sentence, word, status",
    [
        ("Armenia attacked the village.", "attacked", "reported"),
        ("Armenia did not attack the village.", "attack", "negated"),
        ("The ministers will meet in Vienna on Friday.", "meet", "planned"),
        ("The president plans to visit Kyiv.", "visit", "planned"),
        ("If the talks fail, the army will attack.", "fail", "hypothetical"),
        ("Rebels never released the hostages.", "released", "negated"),
        ("A drone strike on a wedding in Kadugli late on 3 May killed 25 people.", "killed", "reported"),
        ("Militants may attack the convoy.", "attack", "planned"),
    ],
)
def test_verb_status(parse_one, sentence, word, status):
    doc = parse_one(sentence)
    assert event_status(_anchor(doc, word)).status == status


def test_planned_noun(parse_one):
    doc = parse_one("A three-way summit is planned for next month.")
    summit = _anchor(doc, "summit")
    assert event_status(summit, summit).status == "planned"


def test_unless_marks_a_conditional_threat(parse_one):
    doc = parse_one("Nigeria will withdraw its troops unless the rebels disarm.")
    cue = event_status(_anchor(doc, "withdraw"))
    assert cue.status == "planned" and cue.condition == "unless"


@pytest.mark.parametrize(
    "sentence, status",
    [
        ("Police detained two men suspected of planning an attack on the depot.", "planned"),
        ("A drone attack on the depot set three fuel tanks ablaze.", "reported"),
        ("The attack is set for Monday.", "planned"),
    ],
)
def test_a_planned_object_and_a_deed_done_by_an_attack(parse_one, sentence, status):
    doc = parse_one(sentence)
    attack = _anchor(doc, "attack")
    assert event_status(attack, attack).status == status
