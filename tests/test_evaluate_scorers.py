"""hrdsattack scorer: hand-built scoring, small runs on the gold files."""

from __future__ import annotations

import dataclasses
import os
from datetime import date
from pathlib import Path

import pytest

from whimbrel.evaluate import hrdsattack
from whimbrel.types import Actor, Count, Event, Place, Span, Story, When

DATA = Path(os.environ.get("WHIMBREL_EVAL_DATA", Path(__file__).resolve().parents[2] / "shared" / "eval"))


def _event(kind: str, conf: float = 0.5, **kw: object) -> Event:
    return Event("s", 0, Span(0, 10), Span(0, 3), "abc", kind, confidence=conf, **kw)  # type: ignore[arg-type]


def _needs(rel: str) -> pytest.MarkDecorator:
    return pytest.mark.skipif(not (DATA / rel).exists(), reason="gold data not available")


def _fake(story: Story) -> Story:
    text = story.text.lower()
    events = []
    if "kill" in text or "attack" in text:
        events.append(_event("ASSAULT", 0.7, dead=Count(2, 2, 2, "two", 0, 3),
                             source=(Actor("police", 0, 6, "police", sector="COP"),)))
    if "arrest" in text:
        events.append(_event("COERCE", 0.6, mode="arrest"))
    return dataclasses.replace(story, events=tuple(events))


# ---------------------------------------------------------------- hrdsattack


def test_hrds_country_normalisation() -> None:
    assert hrdsattack.gold_countries("People's Republic of China") == {"CHN"}
    assert hrdsattack.gold_countries("Greece and India") == {"GRC", "IND"}
    assert hrdsattack.gold_countries("Turrkey") == {"TUR"}
    assert hrdsattack.gold_countries("Burma") == {"MMR"}
    assert hrdsattack.gold_countries("Africa") == frozenset()
    assert hrdsattack.gold_countries("None") is None


def test_hrds_strip_html() -> None:
    raw = "<p>One &amp; two.</p><p>Three <b>four</b>.</p>"
    assert hrdsattack.strip_html(raw) == "One & two.\n\nThree four ."


def test_hrds_score() -> None:
    art = hrdsattack.GoldArticle("a", "t", date(2021, 3, 8), frozenset({"NGA"}), "Lagos", 2021, 2, 26, True)
    lagos = Place("Lagos", 0, 5, "Lagos", country="NGA", feature="city")
    ev = _event("ASSAULT", 0.9, location=lagos, when=When("2021-02-26", precision="day"),
                dead=Count(1, 1, 1, "one", 0, 3))
    res = hrdsattack.score([(art, (_event("AGREE", 0.99), ev))])
    for name in ("country", "city", "year", "month", "day"):
        assert res.measure(f"{name}.accuracy").value == 1.0, name
    assert res.measure("killing.f1").value == 1.0
    month_only = dataclasses.replace(ev, when=When("2021-02-01", precision="month"))
    res = hrdsattack.score([(art, (month_only,))], errors=1)
    assert res.measure("month.accuracy").value == 1.0 and res.measure("day.accuracy").value == 0.0
    assert res.errors[0]["wrong"] == ["day"]


@_needs(hrdsattack.DEFAULT_PATH)
def test_hrds_small_run() -> None:
    gold = hrdsattack.load(DATA / hrdsattack.DEFAULT_PATH)
    assert len(gold) == 100 and all("<p>" not in g.text for g in gold)
    res = hrdsattack.run(DATA / hrdsattack.DEFAULT_PATH, limit=5, errors=2, pipeline=_fake)
    assert res.measure("killing.f1").n == 5
