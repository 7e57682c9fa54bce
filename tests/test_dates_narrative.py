"""Tests for whimbrel.dates_narrative: dates carried across sentences."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest

from whimbrel.dates_narrative import (
    _named_before,
    follow_on,
    headline,
    historical_by,
    paragraph_anchor,
    told_after,
)
from whimbrel.types import Event, Evidence, Span, Story, TimeExpr, When

PUB = dt.date(2020, 12, 23)


def _story(text: str, triggers: list[tuple[str, str]]) -> Story:
    """Sentences split on end punctuation; events at the given (word, type), dated by publication."""
    sents = [Span(m.start(), m.end()) for m in re.finditer(r"[^.\s][^.]*\.", text)]
    events = []
    for word, kind in triggers:
        m = re.search(rf"\b{word}\b", text)
        assert m is not None
        i = next(k for k, s in enumerate(sents) if s.start <= m.start() < s.end)
        day = PUB.isoformat()
        events.append(
            Event(
                story_id="t",
                sentence_index=i,
                sentence=sents[i],
                trigger=Span(*m.span()),
                trigger_text=word,
                event_type=kind,
                when=When(day, day, "day", method="publication-date"),
            )
        )
    return Story(id="t", text=text, published=PUB, sentences=tuple(sents), events=tuple(events))


def _date(text: str, phrase: str, day: str) -> tuple[TimeExpr, str, str]:
    start = text.index(phrase)
    return TimeExpr(phrase, start, start + len(phrase), day, "day", day, day), "date-month-day", "day"


def test_a_paragraph_opening_date_dates_the_violent_acts_told_after_it() -> None:
    text = "On July 14, the youth was alone at home. The girl came to ask for berries. He strangled her."
    story = _story(text, [("strangled", "ASSAULT")])
    (ev,) = paragraph_anchor(story.events, [_date(text, "July 14", "2020-07-14")], story)
    assert ev.when is not None and (ev.when.date, ev.when.method) == (
        "2020-07-14",
        "narrative:date-month-day",
    )
    assert ev.status == "historical"  # more than 60 days before publication
    assert any(e.method == "paragraph-opening" for e in ev.evidence)


def _method(text: str, trigger: tuple[str, str], phrase: str, day: str) -> str:
    """The date method the trigger's event ends with, the paragraph opening with ``phrase``."""
    story = _story(text, [trigger])
    (ev,) = paragraph_anchor(story.events, [_date(text, phrase, day)], story)
    assert ev.when is not None
    return ev.when.method


def test_no_carry_past_another_date_a_paragraph_or_into_a_new_incident() -> None:
    text = "On July 14, the youth was alone. On July 20, police came. He strangled her."
    story = _story(text, [("strangled", "ASSAULT")])
    found = [_date(text, "July 14", "2020-07-14"), _date(text, "July 20", "2020-07-20")]
    (ev,) = paragraph_anchor(story.events, found, story)
    assert ev.when is not None and ev.when.date == "2020-07-20"  # the nearer opening date
    text = "On July 14, the youth was alone.\n\nHe strangled her."
    assert _method(text, ("strangled", "ASSAULT"), "July 14", "2020-07-14") == "publication-date"
    text = "On July 14, the youth was alone. In a separate attack, gunmen shot a guard."
    assert _method(text, ("shot", "ASSAULT"), "July 14", "2020-07-14") == "publication-date"


def test_only_violent_acts_and_only_a_date_before_publication_are_carried() -> None:
    text = "On July 14, the youth was alone. The mayor praised the police."
    assert _method(text, ("praised", "PRAISE"), "July 14", "2020-07-14") == "publication-date"
    text = "On December 30, the court sits. Police will arrest him."
    assert _method(text, ("arrest", "COERCE"), "December 30", "2020-12-30") == "publication-date"


def test_the_fighting_named_again_takes_the_date_of_the_act_before_it() -> None:
    text = "Militants ambushed a convoy near Dessie on 12 December. Seven soldiers died in the fighting."
    story = _story(text, [("ambushed", "ASSAULT"), ("fighting", "ASSAULT")])
    day = When("2020-12-12", "2020-12-12", "day", text="12 December", method="clause:date-month-day")
    ambush, fighting = story.events
    dated = (dataclasses.replace(ambush, when=day), fighting)
    out = follow_on(dated, text)
    assert out[1].when is not None and out[1].when.date == "2020-12-12"
    assert out[1].when.method.startswith("narrative:")


def test_an_attack_told_with_a_passive_toll_takes_the_date_of_the_attack_before_it() -> None:
    text = (
        "Raiders attacked a fishing camp near Mocimboa on 12 December. "
        "Four fishermen were beheaded as the raiders burned their boats. "
        "Police arrested a suspect who had fired at a patrol."
    )
    story = _story(text, [("attacked", "ASSAULT"), ("burned", "ASSAULT"), ("fired", "ASSAULT")])
    day = When("2020-12-12", "2020-12-12", "day", text="12 December", method="clause:date-month-day")
    attack, burned, fired = story.events
    out = follow_on((dataclasses.replace(attack, when=day), burned, fired), text)
    assert out[1].when is not None and out[1].when.date == "2020-12-12"
    # no toll told in its sentence: another act, dated by publication
    assert out[2].when is not None and out[2].when.method == "publication-date"


def test_an_attack_told_again_in_the_next_sentence_takes_its_date() -> None:
    text = (
        "Gunmen opened fire at a wedding party in Kisumu late on 12 December. "
        "Witnesses said two shooters fired into the crowd after a quarrel."
    )
    story = _story(text, [("opened", "ASSAULT"), ("fired", "ASSAULT")])
    day = When("2020-12-12", "2020-12-12", "day", text="12 December", method="clause:date-month-day")
    opened, fired = story.events
    out = follow_on((dataclasses.replace(opened, when=day), fired), text)
    assert out[1].when is not None and out[1].when.date == "2020-12-12"
    # not when the sentence tells another incident
    text = text.replace("Witnesses said two", "In a separate attack, two")
    story = _story(text, [("opened", "ASSAULT"), ("fired", "ASSAULT")])
    opened, fired = story.events
    out = follow_on((dataclasses.replace(opened, when=day), fired), text)
    assert out[1].when is not None and out[1].when.method == "publication-date"


def test_an_act_in_a_headline_takes_the_date_the_body_gives_its_incident() -> None:
    text = (
        "Tamale: five killed in chieftaincy clash\n"
        "Five people were shot dead in Tamale on 12 December when rival supporters fought."
    )
    story = _story(text, [("clash", "ASSAULT"), ("shot", "ASSAULT")])
    day = When("2020-12-12", "2020-12-12", "day", text="12 December", method="clause:date-month-day")
    clash, shot = story.events
    out = headline((clash, dataclasses.replace(shot, when=day)), text, PUB)
    assert out[0].when is not None and out[0].when.date == "2020-12-12"
    # no headline (a full stop ends the first line), or a body date after publication: no carry
    flat = text.replace("clash\n", "clash.\n")
    out = headline((clash, dataclasses.replace(shot, when=day)), flat, PUB)
    assert out[0].when is not None and out[0].when.method == "publication-date"
    late = When("2020-12-28", "2020-12-28", "day", text="Monday", method="clause:weekday")
    out = headline((clash, dataclasses.replace(shot, when=late)), text, PUB)
    assert out[0].when is not None and out[0].when.method == "publication-date"


def test_a_toll_dated_only_by_its_statement_takes_the_attack_told_before() -> None:
    text = (
        "Gunmen stormed a mining camp near Kenieba late on 19 December. "
        "Witnesses said they opened fire on the workers. "
        "Eight miners were killed, a police spokesman said on 21 December."
    )
    story = _story(text, [("stormed", "ASSAULT"), ("fire", "ASSAULT"), ("killed", "ASSAULT")])
    raid = When("2020-12-19", "2020-12-19", "day", text="19 December", method="clause:date-month-day")
    said = When("2020-12-21", "2020-12-21", "day", text="21 December", method="statement:date-month-day")
    stormed, fire, killed = story.events
    out = follow_on(
        (dataclasses.replace(stormed, when=raid), fire, dataclasses.replace(killed, when=said)), text
    )
    assert out[1].when is not None and out[1].when.date == "2020-12-19"
    # carried on through the narrative date of the sentence before, over the day it was said
    assert out[2].when is not None and (out[2].when.date, out[2].when.method) == (
        "2020-12-19",
        "narrative:date-month-day",
    )
    # a statement made before the date told before keeps its own day
    early = When("2020-12-18", "2020-12-18", "day", text="18 December", method="statement:date-month-day")
    kept = follow_on(
        (dataclasses.replace(stormed, when=raid), fire, dataclasses.replace(killed, when=early)), text
    )
    assert kept[2].when == early


def test_a_toll_dated_by_its_statement_takes_the_day_of_the_act_named_next() -> None:
    text = (
        "Nine herders have been killed in a clash near Kafin Hausa, officials said on 21 December. "
        "The fighting erupted on 19 December over a water point."
    )
    story = _story(text, [("killed", "ASSAULT"), ("fighting", "ASSAULT")])
    said = When("2020-12-21", "2020-12-21", "day", text="21 December", method="statement:date-month-day")
    killed, fighting = story.events
    erupted = When("2020-12-19", "2020-12-19", "day", text="19 December", method="sentence:date-month-day")

    def toll_day(toll: When, act: When) -> When | None:
        dated = (dataclasses.replace(killed, when=toll), dataclasses.replace(fighting, when=act))
        return told_after(dated, text)[0].when

    got = toll_day(said, erupted)
    assert got is not None and (got.date, got.method) == ("2020-12-19", "narrative:date-month-day")
    out = told_after(
        (dataclasses.replace(killed, when=said), dataclasses.replace(fighting, when=erupted)), text
    )
    assert [e.method for e in out[0].evidence if e.field == "date"] == ["told-after"]
    # a day more than a week before the statement is another incident's
    early = When("2020-12-01", "2020-12-01", "day", text="1 December", method="sentence:date-month-day")
    assert toll_day(said, early) == said
    # an act dated from its own clause keeps its day
    own = When("2020-12-20", "2020-12-20", "day", text="20 December", method="clause:date-month-day")
    assert toll_day(own, erupted) == own


@pytest.mark.parametrize(
    ("second", "day"),
    [
        ("The attackers raided the village at night on 19 December.", "2020-12-19"),  # the attack told next
        ("Gunmen also raided Gidan Bawa on 19 December.", "2020-12-21"),  # another act: the day it was said
    ],
)
def test_an_attack_told_next_dates_the_toll_said_before_it_unless_it_is_another(
    second: str, day: str
) -> None:
    text = "Gunmen killed eight villagers near Zaria, police said on 21 December. " + second
    story = _story(text, [("killed", "ASSAULT"), ("raided", "ASSAULT")])
    said = When("2020-12-21", "2020-12-21", "day", text="21 December", method="statement:date-month-day")
    raid = When("2020-12-19", "2020-12-19", "day", text="19 December", method="clause:date-month-day")
    killed, raided = story.events
    dated = (dataclasses.replace(killed, when=said), dataclasses.replace(raided, when=raid))
    got = told_after(dated, text)[0].when
    assert got is not None and got.date == day


def test_an_attack_dated_by_its_statement_keeps_that_day_in_a_paragraph_of_its_own() -> None:
    text = (
        "Fighters shelled a camp near Kaya on the night of 16 December, killing five people.\n\n"
        "On 17 December, the army said it had destroyed a rebel base in an air strike."
    )
    story = _story(text, [("shelled", "ASSAULT"), ("strike", "ASSAULT")])
    night = When("2020-12-16", "2020-12-16", "day", text="16 December", method="clause:date-day-month")
    said = When("2020-12-17", "2020-12-17", "day", text="17 December", method="statement:date-day-month")
    shelled, strike = story.events
    dated = (dataclasses.replace(shelled, when=night), dataclasses.replace(strike, when=said))
    # one-sentence paragraphs read as one (loose), but not for an act told only by a statement's day
    assert follow_on(dated, text, loose=True)[1].when == said


def test_a_carried_date_replaces_the_date_evidence_the_event_had() -> None:
    text = "Gunmen raided a market near Kaya on 12 December. Nine traders were killed."
    story = _story(text, [("raided", "ASSAULT"), ("killed", "ASSAULT")])
    day = When("2020-12-12", "2020-12-12", "day", text="12 December", method="clause:date-month-day")
    first = Evidence("date", 50, 56, "killed", "dates.resolve.v1", "publication-date")
    raid, killed = story.events
    dated = (dataclasses.replace(raid, when=day), dataclasses.replace(killed, evidence=(first,)))
    out = follow_on(dated, text)
    got = [(e.text, e.method) for e in out[1].evidence if e.field == "date"]
    assert got == [("12 December", "narrative")]


def _lines(text: str) -> tuple[Span, ...]:
    """Sentences split at line breaks and full stops (a headline line is a sentence of its own)."""
    return tuple(Span(m.start(), m.end()) for m in re.finditer(r"[^.\n\s][^.\n]*\.?", text))


def test_a_headline_attack_no_body_event_restates_takes_the_day_of_the_bodys_first_incident() -> None:
    text = (
        "Kitwe: miner beaten to death near mine shaft\n"
        "Three other miners were treated for head wounds after a brawl on 19 December. "
        "Two suspects are in custody."
    )
    story = _story(text, [("beaten", "ASSAULT")])
    told = [_date(text, "19 December", "2020-12-19")]
    (ev,) = headline(story.events, text, PUB, told, _lines(text))
    assert ev.when is not None and (ev.when.date, ev.when.text) == ("2020-12-19", "19 December")
    assert any(e.method == "headline" for e in ev.evidence)
    # a first sentence that tells no attack or toll, or a day after publication: publication stays
    calm = text.replace("were treated for head wounds after a brawl", "went back down the shaft")
    (ev,) = headline(story.events, calm, PUB, [_date(calm, "19 December", "2020-12-19")], _lines(calm))
    assert ev.when is not None and ev.when.method == "publication-date"
    (ev,) = headline(story.events, text, PUB, [_date(text, "19 December", "2020-12-29")], _lines(text))
    assert ev.when is not None and ev.when.method == "publication-date"


def _expr(text: str, words: str) -> tuple[TimeExpr, str, str]:
    start = text.index(words)
    return TimeExpr(words, start, start + len(words), "2025-01-01", "day", date="2025-01-01"), "r", "day"


def test_the_day_right_after_an_incidents_noun_is_its_day_not_a_telling_s() -> None:
    text = "A court on Tuesday charged two men over a shooting at a bar in Kampot on 5 January."
    told = [_expr(text, "Tuesday"), _expr(text, "5 January")]
    sent = Span(0, len(text))
    assert _named_before(text, sent, told[1][0], told)
    assert not _named_before(text, sent, told[0][0], told)
    # the weapon or the violence names the incident too
    text = "Prosecutors on Wednesday charged three men with throwing a grenade into a bar on 5 July."
    told = [_expr(text, "Wednesday"), _expr(text, "5 July")]
    assert _named_before(text, Span(0, len(text)), told[1][0], told)
    text = "Militants attacked a post, killing seven soldiers, the army said in a statement on Sunday."
    told = [_expr(text, "Sunday")]
    assert not _named_before(text, Span(0, len(text)), told[0][0], told)


def test_an_act_told_only_by_an_earlier_year_is_history() -> None:
    last_year = TimeExpr("last year", 0, 9, "2024", "year", "2024-01-01", "2024-12-31")
    assert historical_by(last_year, dt.date(2025, 1, 29)) == "dates:an-earlier-year"
    december = TimeExpr("in December", 0, 11, "2024-12", "month", "2024-12-01", "2024-12-31")
    assert historical_by(december, dt.date(2025, 1, 29)) is None  # a month just gone: still news
    this_year = TimeExpr("this year", 0, 9, "2025", "year", "2025-01-01", "2025-12-31")
    assert historical_by(this_year, dt.date(2025, 1, 29)) is None
