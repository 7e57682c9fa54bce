"""Main-event choice: early, confident, reported events first; an act with its own date counts more."""

from __future__ import annotations

from dataclasses import replace

from whimbrel.salience import date_weight, main_event, ranked, salience
from whimbrel.types import Event, Span, Story, When


def ev(i: int, etype: str, conf: float, status: str = "reported") -> Event:
    return Event(
        "s",
        i,
        Span(i * 10, i * 10 + 9),
        Span(i * 10, i * 10 + 3),
        "act",
        etype,
        confidence=conf,
        status=status,
    )


def test_lead_beats_a_slightly_more_confident_late_event():
    lead, late = ev(0, "ASSAULT", 0.8), ev(9, "COERCE", 0.9)
    assert salience(lead) > salience(late)
    assert main_event(Story(id="s", text="x" * 200, events=(late, lead))) is lead


def test_planned_and_negated_rank_below_reported():
    planned, reported = ev(0, "AGREE", 0.99, "planned"), ev(1, "CONSULT", 0.8)
    assert ranked([planned, reported])[0] is reported


def test_type_filter_falls_back_to_any_type():
    only = ev(0, "CONSULT", 0.7)
    story = Story(id="s", text="x" * 50, events=(only,))
    assert main_event(story, types={"ASSAULT"}) is only
    assert main_event(Story(id="e", text="x")) is None


def dated(e: Event, method: str, precision: str = "day") -> Event:
    return replace(e, when=When(date="2025-08-22", precision=precision, method=method))


def test_an_act_reported_with_its_own_date_beats_an_undated_lead():
    lead = dated(ev(0, "COERCE", 0.8), "publication-date")  # "Journalist held" in the headline
    arrest = dated(ev(4, "COERCE", 0.8), "clause:date-month-day")  # "was arrested on August 22"
    assert date_weight(lead) == 1.0
    assert date_weight(arrest) > date_weight(dated(ev(4, "COERCE", 0.8), "sentence:date-month-day")) > 1.0
    assert main_event(Story(id="s", text="x" * 100, events=(lead, arrest))) is arrest


def test_a_date_does_not_lift_a_late_afterthought_over_the_lead():
    lead, late = ev(0, "ASSAULT", 0.8), dated(ev(30, "ASSAULT", 0.8), "clause:year", "year")
    assert main_event(Story(id="s", text="x" * 400, events=(late, lead))) is lead
