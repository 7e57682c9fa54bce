"""Participants as actors: pronouns, surnames, recipients from nested objects and places."""

from __future__ import annotations

from whimbrel.types import Story


def _event(pipeline, text, trigger):
    story = pipeline(Story(id="p", text=text))
    return next(e for e in story.events if e.trigger_text == trigger)


def test_pronoun_takes_the_speaker(pipeline):
    e = _event(pipeline, "Nigeria announced that it will withdraw its troops from Chad.", "withdraw")
    assert [a.country for a in e.source] == ["NGA"]


def test_surname_after_full_name(pipeline):
    text = "Armenian Prime Minister Nikol Pashinyan arrived in Paris. Later Pashinyan met Emmanuel Macron."
    e = _event(pipeline, text, "met")
    assert (e.source[0].country, e.source[0].sector) == ("ARM", "GOV")
    assert e.target[0].country == "FRA"


def test_recipient_from_nested_object(pipeline):
    e = _event(pipeline, "Demonstrators staged rallies against the government of Serbia.", "rallies")
    assert "SRB" in [a.country for a in e.target]


def test_recipient_from_place_when_none_is_named(pipeline):
    e = _event(pipeline, "Rebels shelled the outskirts of Kabul overnight.", "shelled")
    assert "AFG" in [a.country for a in e.target]


def test_event_nouns_are_not_participants(pipeline):
    e = _event(pipeline, "Artillery duels killed nine soldiers near the border.", "killed")
    assert all("duels" not in a.text for a in e.source)


def test_a_participle_without_auxiliary_is_a_passive(pipeline):
    relative = "The embassy is giving consular help to three students detained in Iran."
    e = _event(pipeline, relative, "detained")
    assert [a.text for a in e.target] == ["three students"] and e.source == ()
    headline = "Two British-Australian women detained in Tehran jail on spy charges"
    e = _event(pipeline, headline, "detained")
    assert "Two British-Australian women" in [a.text for a in e.target] and e.source == ()


def test_rioters_named_as_the_agent_are_the_doers(pipeline):
    text = "Six people were hurt in police firing, and 12 were killed by the rioters."
    e = _event(pipeline, text, "killed")
    assert [(a.text, a.sector) for a in e.source] == [("the rioters", "CVL")]
