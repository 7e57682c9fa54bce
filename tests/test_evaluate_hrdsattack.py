"""Tests for whimbrel.evaluate.hrdsattack: reading the articles and their labels, country and city
matching, the main event's date parts, scoring hand-built pairs, and a small run when ../shared is
present."""

from __future__ import annotations

import dataclasses
import json
import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from whimbrel.evaluate import hrdsattack
from whimbrel.evaluate.hrdsattack import GoldArticle
from whimbrel.types import Count, Event, Place, Span, Story, When

DATA = Path(os.environ.get("WHIMBREL_EVAL_DATA", Path(__file__).resolve().parents[2] / "shared" / "eval"))
GOLD = DATA / hrdsattack.DEFAULT_PATH
ONE_DEAD = Count(1, 1, 1, "one", 0, 3)


def _event(kind: str, conf: float = 0.5, **kw: object) -> Event:
    return Event("s", 0, Span(0, 10), Span(0, 3), "abc", kind, confidence=conf, **kw)  # type: ignore[arg-type]


def _article(**kw: Any) -> GoldArticle:
    fields: dict[str, Any] = {
        "id": "a",
        "text": "t",
        "published": date(2022, 5, 9),
        "countries": frozenset({"KEN"}),
        "city": "Kisumu",
        "year": 2022,
        "month": 5,
        "day": 3,
        "killing": True,
    }
    return GoldArticle(**{**fields, **kw})


KISUMU = Place("Kisumu", 0, 6, "Kisumu", country="KEN", feature="city")


# ------------------------------------------------------------------------------------ text, labels
def test_hrds_strip_html() -> None:
    raw = "<p>One &amp; two.</p><p>Three <b>four</b>.</p>"
    assert hrdsattack.strip_html(raw) == "One & two.\n\nThree four ."


def test_strip_html_breaks_paragraphs_at_block_ends() -> None:
    raw = "<h2>Head</h2><div>A  line<br/>next</div><ul><li>item</li></ul><p> </p>"
    assert hrdsattack.strip_html(raw) == "Head\n\nA line\n\nnext\n\nitem"


@pytest.mark.parametrize(
    ("raw", "n"),
    [
        ("02", 2),
        ("26.0", 26),
        ("2021.0", 2021),
        (" March ", 3),
        ("february", 2),
        (7, 7),
        ("unknown", None),
        ("N/A", None),
        (None, None),
        ("soon", None),
    ],
)
def test_int_reads_numbers_month_names_and_blanks(raw: Any, n: int | None) -> None:
    assert hrdsattack._int(raw) == n


def test_fold_drops_accents_case_and_punctuation() -> None:
    assert hrdsattack.fold("Bogotá, D.C.") == "bogota d c"
    assert hrdsattack.fold("  SÃO   Paulo ") == "sao paulo"


def test_country_code() -> None:
    assert hrdsattack.country_code("Nigeria") == "NGA"
    assert hrdsattack.country_code("ng") == "NGA"
    assert hrdsattack.country_code("Ivory Coast") == "CIV"  # an alias
    assert hrdsattack.country_code("Republic of Kenya") == "KEN"  # an official name
    assert hrdsattack.country_code("Atlantis") is None
    assert hrdsattack.country_code(" . ") is None


def test_hrds_country_normalisation() -> None:
    assert hrdsattack.gold_countries("People's Republic of China") == {"CHN"}
    assert hrdsattack.gold_countries("Greece and India") == {"GRC", "IND"}
    assert hrdsattack.gold_countries("Turrkey") == {"TUR"}
    assert hrdsattack.gold_countries("Burma") == {"MMR"}
    assert hrdsattack.gold_countries("Africa") == frozenset()
    assert hrdsattack.gold_countries("None") is None


def test_gold_countries_split_on_separators() -> None:
    assert hrdsattack.gold_countries("Kenya / Uganda; Chile & Peru, Spain") == {
        "KEN",
        "UGA",
        "CHL",
        "PER",
        "ESP",
    }
    assert hrdsattack.gold_countries("") is None
    assert hrdsattack.gold_countries(None) is None


def _record(title: str, body: str, published: str, **labels: Any) -> dict[str, Any]:
    return {
        "sample": {
            "Input.GLOBALEVENTID": labels.pop("event_id", None),
            "HIT_id": "hit-" + title[:3],
            "Input.title": title,
            "Input.article_interface": body,
            "Input.publish_date": published,
        },
        "merged_sample": labels,
    }


def test_load_reads_articles_and_labels(tmp_path: Path) -> None:
    records = [
        _record(
            "Clinic  raided",
            "<p>Gunmen raided a clinic.</p><p>A nurse died.</p>",
            "2022-05-09 08:15:00",
            event_id="77",
            country="Kenya",
            city="Kisumu",
            year="2022.0",
            month="05",
            date="3.0",
            violation_types=["Killing", "arbitrary detention"],
        ),
        _record("", "", "2022-05-10"),  # no text at all: skipped
        _record("", "<p>Only a body.</p>", "someday", country="unknown", city="None", month="May"),
    ]
    path = tmp_path / "dev.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    first, second = hrdsattack.load(path)
    assert first == GoldArticle(
        "77",
        "Clinic raided\n\nGunmen raided a clinic.\n\nA nurse died.",
        date(2022, 5, 9),
        frozenset({"KEN"}),
        "Kisumu",
        2022,
        5,
        3,
        True,
    )
    assert second == GoldArticle("hit-", "Only a body.", None, None, None, None, 5, None, False)


# ------------------------------------------------------------------------------------- predictions
def test_place_country() -> None:
    assert hrdsattack.place_country(KISUMU) == "KEN"
    assert hrdsattack.place_country(dataclasses.replace(KISUMU, country="ke")) == "KEN"
    kenya = Place("Kenya", 0, 5, "Kenya", feature="country")
    assert hrdsattack.place_country(kenya) == "KEN"  # a country without its code, by name
    assert hrdsattack.place_country(dataclasses.replace(KISUMU, country=None)) is None
    assert hrdsattack.place_country(None) is None


def test_city_match_folds_and_takes_name_or_text() -> None:
    assert hrdsattack.city_match("KISUMU", KISUMU)
    bogota = Place("in Bogota", 0, 9, "Bogotá", country="COL")
    assert hrdsattack.city_match("Bogota", bogota)  # the name, accents folded
    assert hrdsattack.city_match("in bogota", bogota)  # or the text
    assert not hrdsattack.city_match("Nairobi", KISUMU)
    assert not hrdsattack.city_match("...", KISUMU)  # nothing left to match
    assert not hrdsattack.city_match("Kisumu", None)


@pytest.mark.parametrize(
    ("when", "parts"),
    [
        (When("2021-02-26", precision="day"), (2021, 2, 26)),
        (When("2021-02-01", precision="month"), (2021, 2, None)),
        (When("2021-01-01", precision="year"), (2021, None, None)),
        (When("2021-02-26"), (2021, 2, 26)),  # no precision: a day
        (When("2021-02-26T10:00", precision="day"), (2021, 2, 26)),
        (When("XXXX-02-26", precision="day"), (None, None, None)),
        (When(None), (None, None, None)),
        (None, (None, None, None)),
    ],
)
def test_date_parts(when: When | None, parts: tuple[int | None, int | None, int | None]) -> None:
    assert hrdsattack.date_parts(_event("ASSAULT", when=when)) == parts


def test_date_parts_of_no_event() -> None:
    assert hrdsattack.date_parts(None) == (None, None, None)


def test_main_event_prefers_an_attack_or_arrest() -> None:
    agree, assault = _event("AGREE", 0.99), _event("ASSAULT", 0.4)
    assert hrdsattack.main_event((agree, assault)) is assault
    assert hrdsattack.main_event((agree,)) is agree  # else any type
    assert hrdsattack.main_event(()) is None


# ----------------------------------------------------------------------------------------- scoring
def test_hrds_score() -> None:
    art = hrdsattack.GoldArticle("a", "t", date(2021, 3, 8), frozenset({"NGA"}), "Lagos", 2021, 2, 26, True)
    lagos = Place("Lagos", 0, 5, "Lagos", country="NGA", feature="city")
    ev = _event("ASSAULT", 0.9, location=lagos, when=When("2021-02-26", precision="day"), dead=ONE_DEAD)
    res = hrdsattack.score([(art, (_event("AGREE", 0.99), ev))])
    for name in ("country", "city", "year", "month", "day"):
        assert res.measure(f"{name}.accuracy").value == 1.0, name
    assert res.measure("killing.f1").value == 1.0
    month_only = dataclasses.replace(ev, when=When("2021-02-01", precision="month"))
    res = hrdsattack.score([(art, (month_only,))], errors=1)
    assert res.measure("month.accuracy").value == 1.0 and res.measure("day.accuracy").value == 0.0
    assert res.errors[0]["wrong"] == ["day"]


def test_score_counts_only_labelled_fields() -> None:
    attack = _event("ASSAULT", 0.8, location=KISUMU, when=When("2022-05-03", precision="day"), dead=ONE_DEAD)
    pairs = [
        (_article(), (attack,)),  # all right
        (_article(id="b", city=None, day=None, killing=False), (attack,)),  # a killing not in gold
        (_article(id="c", countries=None, year=None, month=None), ()),  # nothing found
        (_article(id="d", countries=frozenset()), (attack,)),  # a gold country that names none
    ]
    res = hrdsattack.score(pairs)
    got = {m.name: (round(m.value, 4), m.n) for m in res.measures}
    assert got == {
        "country.accuracy": (1.0, 2),  # a and b; c unlabelled, d names no country
        "city.accuracy": (0.6667, 3),
        "year.accuracy": (1.0, 3),
        "month.accuracy": (1.0, 3),
        "day.accuracy": (0.6667, 3),
        "killing.precision": (0.6667, 3),
        "killing.recall": (0.6667, 3),
        "killing.f1": (0.6667, 4),
    }
    assert res.measure("killing.f1").anchor == hrdsattack.ANCHORS["killing.f1"]
    assert res.notes[0].startswith("issue targets: country.accuracy >= 0.85")
    assert res.notes[1].startswith("1 gold country values name no country")


def test_a_place_in_hong_kong_counts_for_china() -> None:
    hk = Place("Hong Kong", 0, 9, "Hong Kong", country="HKG", feature="city")
    pairs = [(_article(countries=frozenset({"CHN"}), city="Hong Kong"), (_event("COERCE", location=hk),))]
    res = hrdsattack.score(pairs)
    assert res.measure("country.accuracy").value == 1.0 and res.measure("city.accuracy").value == 1.0
    pairs = [(_article(countries=frozenset({"HKG"})), (_event("COERCE", location=KISUMU),))]
    assert hrdsattack.score(pairs).measure("country.accuracy").value == 0.0


def test_score_errors_list_the_most_wrong_first() -> None:
    attack = _event("ASSAULT", 0.8, location=KISUMU, when=When("2022-05-03", precision="day"), dead=ONE_DEAD)
    wrong_day = dataclasses.replace(attack, when=When("2022-05-04", precision="day"))
    pairs = [(_article(id="one"), (wrong_day,)), (_article(id="all"), ()), (_article(id="ok"), (attack,))]
    rows = hrdsattack.score(pairs, errors=5).errors
    assert [r["id"] for r in rows] == ["all", "one"]
    assert rows[0]["wrong"] == ["city", "country", "day", "month", "year", "killing"]
    assert rows[0]["predicted_place"] is None and rows[0]["predicted"] == "NONE"
    assert rows[1]["wrong"] == ["day"] and rows[1]["predicted_date"] == "2022-05-04"
    assert rows[1]["predicted_place"] == "Kisumu (KEN, city)"
    assert rows[1]["gold"]["country"] == ["KEN"] and rows[1]["gold"]["day"] == 3
    assert hrdsattack.score(pairs, errors=1).errors == rows[:1]


# ---------------------------------------------------------------------------------------------- run
def _fake(story: Story) -> Story:
    text = story.text.lower()
    events = []
    if "kill" in text or "attack" in text or "died" in text:
        events.append(_event("ASSAULT", 0.7, dead=Count(2, 2, 2, "two", 0, 3)))
    return dataclasses.replace(story, events=tuple(events))


def test_run_codes_each_article_with_its_publication_date(tmp_path: Path) -> None:
    records = [
        _record(
            "Clinic raided", "<p>A nurse died.</p>", "2022-05-09", event_id="1", violation_types=["killing"]
        ),
        _record("Editor held", "<p>An editor was held.</p>", "2022-06-01", event_id="2", violation_types=[]),
    ]
    path = tmp_path / "dev.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    seen: list[tuple[str, date | None]] = []

    def coder(story: Story) -> Story:
        seen.append((story.id, story.published))
        return _fake(story)

    res = hrdsattack.run(path, pipeline=coder)
    assert seen == [("1", date(2022, 5, 9)), ("2", date(2022, 6, 1))]
    assert res.measure("killing.f1").value == 1.0 and res.measure("killing.f1").n == 2
    assert hrdsattack.run(path, limit=1, pipeline=coder).measure("killing.f1").n == 1


@pytest.mark.skipif(not GOLD.exists(), reason="gold data not available")
def test_hrds_small_run() -> None:
    gold = hrdsattack.load(GOLD)
    assert len(gold) == 100 and all("<p>" not in g.text for g in gold)
    res = hrdsattack.run(GOLD, limit=5, errors=2, pipeline=_fake)
    assert res.measure("killing.f1").n == 5


def test_deaths_told_for_a_period_tell_of_killings() -> None:
    from whimbrel.types import Evidence

    period = Evidence("dead.period", 0, 6, "60,000", "casualties.count.v1", "period-total")
    told = _event("ASSAULT", evidence=(period,))
    assert hrdsattack._tells_deaths(told)
    assert hrdsattack._tells_deaths(_event("ASSAULT", dead=ONE_DEAD))
    assert not hrdsattack._tells_deaths(_event("ASSAULT"))
    result = hrdsattack.score([(_article(), (told,)), (_article(killing=False), (_event("ASSAULT"),))])
    measures = {m.name: m.value for m in result.measures}
    assert measures["killing.recall"] == 1.0 and measures["killing.precision"] == 1.0
