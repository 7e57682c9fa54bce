"""Main-event choice: early, confident, reported events first."""

from __future__ import annotations

from whimbrel.salience import main_event, ranked, salience
from whimbrel.types import Event, Span, Story


def ev(i: int, etype: str, conf: float, status: str = "reported") -> Event:
    return Event("s", i, Span(i * 10, i * 10 + 9), Span(i * 10, i * 10 + 3), "act", etype,
                 confidence=conf, status=status)


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
