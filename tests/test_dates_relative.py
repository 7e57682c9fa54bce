"""Acts told as some time before another (whimbrel.dates_relative), through the dates stage."""

from __future__ import annotations

from datetime import date

import pytest

from whimbrel.pipeline import Pipeline
from whimbrel.types import Story


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    p = Pipeline()
    p.setup()
    return p


def dated(pipe: Pipeline, text: str, published: date) -> dict[str, tuple[str | None, str, str | None]]:
    story = pipe(Story(id="s", text=text, published=published))
    return {
        e.trigger_text: (e.when.date if e.when else None, e.status, e.when.method if e.when else None)
        for e in story.events
    }


def test_counted_back_from_the_sentences_own_day(pipe: Pipeline) -> None:
    got = dated(
        pipe,
        "Three days after gunmen killed five people in Lira, police arrested three suspects on Friday.",
        date(2025, 9, 12),
    )
    assert got["killed"][:2] == ("2025-09-09", "reported")
    assert got["killed"][2] == "narrative:before-another"


def test_months_before_make_an_act_historical(pipe: Pipeline) -> None:
    got = dated(
        pipe, "The attack came four months after the killing of two soldiers in Kitgum.", date(2025, 9, 12)
    )
    assert got["killing"][:2] == ("2025-05-01", "historical")


def test_a_length_of_time_or_a_dated_act_is_left_alone(pipe: Pipeline) -> None:
    got = dated(
        pipe, "Roads around Pader were closed for two days after the raid on the market.", date(2025, 9, 12)
    )
    assert got["raid"][0] == "2025-09-12"
    text = "A man was shot dead in Gulu on 3 September. He died eleven days after the shooting."
    assert dated(pipe, text, date(2025, 9, 20))["shot"][0] == "2025-09-03"
