"""Tests for whimbrel.dates: finding and resolving temporal expressions, and the dating stage.

Most tests need no model: ``find_times`` on hand-written text, the stage on hand-built stories
and events. The golden stories in tests/golden/dates/*.yaml run without a parse and, once
spaCy is loaded for the session, with one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import pickle
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from whimbrel.dates import find_all, find_times, resolve_dates
from whimbrel.registry import REGISTRY
from whimbrel.types import Event, Span, Story, TimeExpr

WED = dt.date(2025, 9, 24)  # a Wednesday
GOLDEN = sorted((Path(__file__).parent / "golden" / "dates").glob("*.yaml"))
STAGE = "dates.resolve.v1"


def one(text: str, published: dt.date | None = WED, **kw: Any) -> TimeExpr:
    found = find_times(text, published, **kw)
    assert len(found) == 1, found
    return found[0]


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?]?", text) if m.group().strip()]


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    return s, e


def make_story(
    text: str,
    triggers: list[str | tuple[str, str]],
    published: dt.date | None = WED,
    types: dict[str, str] | None = None,
) -> Story:
    """A story with sentences split on end punctuation and events at the given triggers.

    A trigger may be ``(word, status)``; events are ASSAULTs unless ``types`` says otherwise (an attack
    told right after a dated one takes its date, see ``dates_narrative.follow_on``).
    """
    sents = [_trimmed(text, s, e) for s, e in _sentences(text)]
    events = []
    for trig in triggers:
        word, status = (trig, "reported") if isinstance(trig, str) else trig
        m = re.search(rf"\b{re.escape(word)}\b", text)
        assert m, word
        i = next(k for k, (s, e) in enumerate(sents) if s <= m.start() < e)
        events.append(
            Event(
                story_id="t",
                sentence_index=i,
                sentence=Span(*sents[i]),
                trigger=Span(*m.span()),
                trigger_text=word,
                event_type=(types or {}).get(word, "ASSAULT"),
                status=status,
            )
        )
    return Story(
        id="t", text=text, published=published, sentences=tuple(Span(*s) for s in sents), events=tuple(events)
    )


# ------------------------------------------------------------------------ relative to publication
@pytest.mark.parametrize(
    ("text", "value", "date", "date_end"),
    [
        ("The attack came on Monday.", "2025-09-22", "2025-09-22", "2025-09-22"),
        ("It rained on Wednesday.", "2025-09-24", "2025-09-24", "2025-09-24"),
        ("The raid was last Wednesday.", "2025-09-17", "2025-09-17", "2025-09-17"),
        ("They meet next Monday.", "2025-09-29", "2025-09-29", "2025-09-29"),
        ("Shelling resumed yesterday.", "2025-09-23", "2025-09-23", "2025-09-23"),
        ("Voting ends today.", "2025-09-24", "2025-09-24", "2025-09-24"),
        ("A vote is due tomorrow.", "2025-09-25", "2025-09-25", "2025-09-25"),
        ("Prices rose last month.", "2025-08", "2025-08-01", "2025-08-31"),
        ("Exports fell this month.", "2025-09", "2025-09-01", "2025-09-30"),
        ("Fighting flared this week.", "2025-W39", "2025-09-22", "2025-09-28"),
        ("Fighting flared earlier this week.", "2025-W39", "2025-09-22", "2025-09-28"),
        ("Talks open next week.", "2025-W40", "2025-09-29", "2025-10-05"),
        ("Troops left last week.", "2025-W38", "2025-09-15", "2025-09-21"),
        ("The raid was on Tuesday last week.", "2025-09-16", "2025-09-16", "2025-09-16"),
        ("Talks resume on Friday of next week.", "2025-10-03", "2025-10-03", "2025-10-03"),
        ("Riots broke out in mid-September.", "2025-09", "2025-09-11", "2025-09-20"),
        ("Riots broke out in early June.", "2025-06", "2025-06-01", "2025-06-10"),
        ("Riots broke out in late May.", "2025-05", "2025-05-21", "2025-05-31"),
        ("Riots broke out late last month.", "2025-08", "2025-08-01", "2025-08-31"),
        ("The border shut on September 15.", "2025-09-15", "2025-09-15", "2025-09-15"),
        ("The border shut on 15 September.", "2025-09-15", "2025-09-15", "2025-09-15"),
        ("The border shut on the 3rd of July.", "2025-07-03", "2025-07-03", "2025-07-03"),
        ("A truce began in April.", "2025-04", "2025-04-01", "2025-04-30"),
        ("A truce began last year.", "2024", "2024-01-01", "2024-12-31"),
        ("A truce began this year.", "2025", "2025-01-01", "2025-12-31"),
        ("Elections come next year.", "2026", "2026-01-01", "2026-12-31"),
        ("The mine closed two years ago.", "2023", "2023-01-01", "2023-12-31"),
        ("The mine closed three days ago.", "2025-09-21", "2025-09-21", "2025-09-21"),
        ("The mine closed six months ago.", "2025-03", "2025-03-01", "2025-03-31"),
        ("Crops failed this summer.", "2025-SU", "2025-06-01", "2025-08-31"),
        ("Crops failed last winter.", "2024-WI", "2024-12-01", "2025-02-28"),
        ("Profit fell in the second quarter.", "2025-Q2", "2025-04-01", "2025-06-30"),
        ("Profit fell in the first half of 2024.", "2024-H1", "2024-01-01", "2024-06-30"),
    ],
)
def test_relative_expressions_resolve_against_publication(
    text: str, value: str, date: str, date_end: str
) -> None:
    t = one(text)
    assert (t.value, t.date, t.date_end) == (value, date, date_end)
    assert text[t.start : t.end] == t.text


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("It happened in 2020.", "2020", "year"),
        ("It happened on Sept. 15, 2024.", "2024-09-15", "day"),
        ("It happened on 15 September 2024.", "2024-09-15", "day"),
        ("It happened on Tuesday, March 4, 2003.", "2003-03-04", "day"),
        ("It happened in March 2011.", "2011-03", "month"),
        ("It happened in the 1990s.", "199", "decade"),
        ("It happened in the late 1970s.", "197", "decade"),
        ("It happened in the 20th century.", "19", "century"),
        ("It happened in nineteen eighty-two.", "1982", "year"),
        ("It happened on 2019-06-30.", "2019-06-30", "day"),
        ("It happened on 6/30/2019.", "2019-06-30", "day"),
        ("It happened in the summer of 2016.", "2016-SU", "season"),
        ("It happened in the third quarter of 2018.", "2018-Q3", "quarter"),
    ],
)
def test_absolute_expressions(text: str, value: str, precision: str) -> None:
    for published in (WED, None):
        t = one(text, published)
        assert (t.value, t.precision) == (value, precision)


def test_weekday_past_and_future() -> None:
    assert one("Rebels attacked the base on Monday.").date == "2025-09-22"
    assert one("Ministers will meet on Monday.").date == "2025-09-29"
    assert one("Ministers are due to meet on Friday.").date == "2025-09-26"
    assert one("Ministers met on Friday.").date == "2025-09-19"
    # the hint from a parse wins over cue words
    assert one("Ministers meet on Monday.", future=lambda s, e: True).date == "2025-09-29"
    assert one("He said they will go; they went on Monday.", future=lambda s, e: False).date == "2025-09-22"


def test_fixed_holidays_are_days() -> None:
    assert one("Insurgents beheaded four villagers on New Year's Day.").value == "2025-01-01"
    assert one("Shops will close on Christmas Eve.", future=lambda s, e: True).value == "2025-12-24"


def test_easter_days_move_with_the_year() -> None:
    assert one("Three men were shot dead on Easter Sunday.").value == "2025-04-20"
    assert one("A guard was stabbed on Good Friday 2024.").value == "2024-03-29"
    assert one("Police will patrol on Easter Monday.", future=lambda s, e: True).value == "2026-04-06"
    assert find_times("Leaders praised the Good Friday Agreement.", WED) == ()


def test_a_security_reports_dates_in_capitals() -> None:
    assert one("DTG: 100540Z OCT 24").value == "2024-10-10"  # the 10th, 05:40 UTC
    assert one("BFA - EST - 02 JUL 24, approx. 1500hrs: an ambush.").value == "2024-07-02"
    assert one("OTHER: 09 FEB, quiet.").value == "2025-02-09"
    assert one("SITREP 28 OCT 2025.").value == "2025-10-28"
    assert [x.text for x in find_times("On 28 Oct 25 people were hurt.", WED)] == ["28 Oct"]  # no year


def test_this_weekend_told_on_a_weekday_in_the_past_is_the_weekend_just_gone() -> None:
    past = one("Two leaders were killed this weekend.", future=lambda s, e: False)
    assert (past.date, past.date_end) == ("2025-09-20", "2025-09-21")
    coming = one("Talks resume this weekend.", future=lambda s, e: True)
    assert coming.date == "2025-09-27"


def test_month_without_year_takes_the_most_recent_unless_future() -> None:
    assert one("Protests began in November.").value == "2024-11"
    assert one("Protests began in September.").value == "2025-09"
    assert one("Elections will be held in November.").value == "2025-11"
    assert one("Elections are set for March.").value == "2026-03"
    # a month or date a few weeks ahead is the coming one
    assert one("The handover is on October 5.").value == "2025-10-05"
    assert one("The handover was on Sept. 2.").value == "2025-09-02"


def test_ranges() -> None:
    t = one("Talks ran between 13 and 15 September.")
    assert (t.date, t.date_end, t.precision) == ("2025-09-13", "2025-09-15", "day")
    t = one("Strikes went on from Monday to Wednesday.")
    assert (t.date, t.date_end) == ("2025-09-22", "2025-09-24")
    t = one("The war lasted from 1980 to 1988.")
    assert (t.date, t.date_end, t.value) == ("1980-01-01", "1988-12-31", "1980/1988")
    t = one("Talks are on September 1-3, 2026.")
    assert (t.date, t.date_end) == ("2026-09-01", "2026-09-03")
    # "13 and 15 September" is two days, not a range
    assert [x.value for x in find_times("Raids on 13 and 15 September.", WED)] != ["2025-09-13/2025-09-15"]


def test_references_and_durations() -> None:
    assert one("Talks are now stalled.").value == "PRESENT_REF"
    assert one("Talks recently stalled.").value == "PAST_REF"
    assert one("Talks may resume in the future.").value == "FUTURE_REF"
    # a time told against another, and the perfect's "now", date nothing
    assert find_times("Shortly after 2am, officers were called to the street.", WED) == ()
    assert find_times("The clash has now claimed nine lives.", WED) == ()
    assert one("They had previously met.").value == "PAST_REF"
    t = one("The siege lasted three days.")
    assert (t.value, t.kind, t.date) == ("P3D", "DURATION", None)
    assert one("They held him for two years.").value == "P2Y"
    # a span back to publication covers those days; one that does not reach it covers none
    t = one("Fighting over the past week killed 27.")
    assert (t.value, t.kind, t.date, t.date_end) == ("P1W", "DURATION", "2025-09-18", "2025-09-24")
    assert (one("Raids in the last two months.").date or "") == "2025-07-24"
    assert one("The talks will last the next three days.").date is None
    assert one("Shops shut Monday morning.").kind == "TIME"
    assert one("Shops shut Monday morning.").value == "2025-09-22TMO"


def test_no_publication_date_resolves_only_absolute_expressions() -> None:
    found = {t.text: t for t in find_times("On Monday, a year after the 2019 vote, and last week.", None)}
    assert found["Monday"].value == "PAST_REF" and found["Monday"].date is None
    assert found["2019"].value == "2019" and found["2019"].date == "2019-01-01"
    assert found["last week"].date is None
    assert one("It ends on September 15.", None).value == "XXXX-09-15"
    assert one("It ends tomorrow.", None, future=lambda s, e: True).value == "FUTURE_REF"


@pytest.mark.parametrize(
    "text",
    [
        "May I ask a question?",
        "They may march on the capital.",
        "About 2000 troops crossed.",
        "Some 1800 rebels surrendered.",
        "Buses on Route 1990 stopped.",
        "It cost $1990 in total.",
        "The fall of the regime was swift.",
        "Call 1-800-555-0199 now",  # only "now"
        "He scored 1500 points.",
        "Prices fell 12% in value.",
    ],
)
def test_false_hits_refused(text: str) -> None:
    found = [t for t in find_times(text, WED) if t.value != "PRESENT_REF"]
    assert found == []


def test_longest_match_wins() -> None:
    assert one("It began late last month.").text == "late last month"
    assert one("It began two years ago.").text == "two years ago"
    assert one("Profits in the third quarter of 2018 fell.").text == "the third quarter of 2018"


def test_later_counts_from_the_year_the_story_named() -> None:
    values = [t.value for t in find_times("The plant opened in 2016; four years later it closed.", WED)]
    assert values == ["2016", "2020"]
    assert one("The plant closed a decade ago.").value == "2015"


def test_quarter_ended_and_latest_quarter() -> None:
    published = dt.date(2025, 11, 5)
    values = [t.value for t in find_times("For the quarter ended Sept. 30, profit rose.", published)]
    assert values == ["2025-Q3", "2025-09-30"]
    assert one("Sales grew in the latest quarter.", published).value == "2025-Q3"
    assert one("Sales will grow this quarter.", published).value == "2025-Q4"


def test_vague_and_single_durations() -> None:
    assert one("The talks took several years.").value == "PXY"
    assert one("It lasted a couple of weeks.").value == "P2W"
    assert one("They stayed for a month.").value == "P1M"
    assert one("Rebuilding could take two decades.").value == "P20Y"
    assert one("Output fell in the past two quarters.").value == "P2Q"


def test_a_year_ago_compares_with_the_quarter_named() -> None:
    text = "Profit rose in the third quarter. It was $4 million a year ago."
    values = [t.value for t in find_times(text, dt.date(2025, 10, 30))]
    assert values == ["2025-Q3", "2024-Q3"]
    assert one("The plant shut a year ago.").value == "2024"


# --------------------------------------------------------------------------------- spans
@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.-/'abcdeilmnorstuwyMTJSOFDA")), max_size=80))
def test_random_text_spans_slice_back(text: str) -> None:
    for t in find_times(text, WED):
        assert text[t.start : t.end] == t.text
        assert t.date is None or dt.date.fromisoformat(t.date) <= dt.date.fromisoformat(t.date_end or t.date)


_WORDS = [
    "on",
    "Monday",
    "last",
    "week",
    "in",
    "May",
    "2020",
    "September",
    "15",
    "the",
    "1990s",
    "ago",
    "two",
    "years",
    "early",
    "mid-October",
    "next",
    "month",
    "between",
    "and",
    "from",
    "to",
    "Friday",
    "yesterday",
    "Sept.",
    "3,",
    "quarter",
    "third",
    "summer",
    ",",
    "said",
    "will",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=14), st.one_of(st.none(), st.dates()))
def test_random_phrases_spans_slice_back(words: list[str], published: dt.date | None) -> None:
    text = " ".join(words)
    found = find_times(text, published)
    for t in found:
        assert text[t.start : t.end] == t.text
    spans = sorted((t.start, t.end) for t in found)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))  # no overlaps


# --------------------------------------------------------------------------------- the stage
def test_stage_is_registered_with_its_fields() -> None:
    info = REGISTRY.get(STAGE)
    assert info.requires == ("events",)
    assert set(info.assigns) == {"times", "event.when", "event.status"}


def test_stage_dates_events_from_their_sentence() -> None:
    text = "Rebels shelled the town on Monday. Police arrested 12 people. Talks will open next week."
    story = make_story(text, ["shelled", "arrested", ("open", "planned")], types={"arrested": "COERCE"})
    out = resolve_dates(story)
    shelled, arrested, talks = out.events
    assert shelled.when is not None and shelled.when.date == "2025-09-22"
    assert shelled.when.precision == "day" and shelled.when.text == "Monday"
    assert text[shelled.when.start : shelled.when.end] == "Monday"  # type: ignore[misc]
    assert arrested.when is not None and arrested.when.method == "publication-date"
    assert arrested.when.date == "2025-09-24"
    assert talks.when is not None and (talks.when.date, talks.when.precision) == ("2025-09-29", "week")
    assert [t.text for t in out.times] == ["Monday", "next week"]
    for ev in out.events:
        dates = [e for e in ev.evidence if e.field == "date"]
        assert len(dates) == 1 and dates[0].stage == STAGE
        assert text[dates[0].start : dates[0].end] == dates[0].text


def test_stage_nearest_expression_in_the_clause_without_parse() -> None:
    text = "Officials said on Tuesday that rebels attacked the town on Monday."
    out = resolve_dates(make_story(text, ["said", "attacked"]))
    said, attacked = out.events
    assert said.when is not None and said.when.text == "Tuesday"
    assert attacked.when is not None and attacked.when.text == "Monday"


def test_stage_planned_event_never_gets_publication_date() -> None:
    out = resolve_dates(make_story("Both sides plan a summit.", [("summit", "planned")]))
    assert out.events[0].when is None
    out = resolve_dates(make_story("Both sides plan a summit on Friday.", [("summit", "planned")]))
    assert out.events[0].when is not None and out.events[0].when.date == "2025-09-26"


def test_stage_historical_rule() -> None:
    text = "In 2020 the two countries fought a war. Troops clashed last month. Police raided a camp in June."
    out = resolve_dates(make_story(text, ["fought", "clashed", "raided"]))
    war, clash, raid = out.events
    assert war.status == "historical"
    assert any(e.field == "status" and e.method == "dates:older-than-60-days" for e in war.evidence)
    assert clash.status == "reported"  # August 2025 ends 24 days before publication
    assert raid.status == "historical"  # June 2025 ends 86 days before publication
    assert all(e.status != "historical" for e in resolve_dates(make_story(text, ["fought"], None)).events)


def test_stage_publication_fallback_never_historical_and_ignores_durations() -> None:
    text = "Militants held the hostages for three years."
    out = resolve_dates(make_story(text, ["held"]))
    ev = out.events[0]
    assert ev.status == "reported" and ev.when is not None and ev.when.method == "publication-date"
    assert out.times[0].kind == "DURATION"


def test_stage_does_not_mutate_and_pickles() -> None:
    story = make_story("Rebels shelled the town on Monday.", ["shelled"])
    before = pickle.dumps(story)
    out = resolve_dates(story)
    assert pickle.dumps(story) == before
    assert out is not story and out.events[0].when is not None
    assert pickle.loads(pickle.dumps(out)) == out


def test_stage_is_idempotent() -> None:
    once = resolve_dates(make_story("In 2019 rebels seized the port.", ["seized"]))
    assert resolve_dates(once) == once
    assert [e.method for e in once.events[0].evidence] == ["year", "dates:older-than-60-days"]


def test_stage_handles_empty_and_eventless_stories() -> None:
    assert resolve_dates(Story(id="e", text="")).times == ()
    out = resolve_dates(Story(id="e", text="Nothing happened on Monday.", published=WED))
    assert [t.text for t in out.times] == ["Monday"] and out.events == ()


def test_find_all_names_rules() -> None:
    assert [f.rule for f in find_all("On Monday, two years ago.", WED)] == ["weekday", "ago"]


# --------------------------------------------------------------------------------- golden stories
@cache
def _spec(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        spec: dict[str, Any] = yaml.safe_load(fh)
    return spec


def _golden_story(path: Path) -> Story:
    spec = _spec(path)
    triggers: list[str | tuple[str, str]] = [
        (e["trigger"], e.get("status", "reported")) for e in spec["events"]
    ]
    return make_story(spec["text"], triggers, spec.get("published"))


def _check(story: Story, spec: dict[str, Any]) -> list[str]:
    errors = []
    for ev, want in zip(story.events, spec["events"], strict=True):
        when = ev.when
        for key, value in (want.get("expect") or {}).items():
            got = ev.status if key == "status" else (getattr(when, key) if when else None)
            if got != (str(value) if value is not None else None):
                errors.append(f"{ev.trigger_text}.{key}: expected {value!r}, got {got!r}")
        for key, values in (want.get("forbid") or {}).items():
            got = getattr(when, key) if when else None
            if got in [str(v) for v in values]:
                errors.append(f"{ev.trigger_text}.{key}: forbidden {got!r}")
    times = {t.text: t.value for t in story.times}
    for text, value in (spec.get("times") or {}).items():
        if times.get(text) != str(value):
            errors.append(f"time {text!r}: expected {value!r}, got {times.get(text)!r}")
    for text in spec.get("forbid_times") or []:
        if text in times:
            errors.append(f"time {text!r} should not be found")
    return errors


@pytest.mark.parametrize("path", GOLDEN, ids=[p.stem for p in GOLDEN])
def test_golden_without_parse(path: Path) -> None:
    out = resolve_dates(_golden_story(path))
    assert _check(out, _spec(path)) == []


@pytest.fixture(scope="session")
def golden_docs() -> dict[str, Any]:
    nlp = pytest.importorskip("whimbrel.nlp")
    texts = sorted({st.text[s.start : s.end] for st in map(_golden_story, GOLDEN) for s in st.sentences})
    try:
        docs = nlp.parse_texts(texts)
    except Exception as exc:  # no model installed: the parse tests are skipped
        pytest.skip(f"spaCy model unavailable: {exc}")
    return dict(zip(texts, docs, strict=True))


@pytest.mark.parametrize("path", GOLDEN, ids=[p.stem for p in GOLDEN])
def test_golden_with_parse(path: Path, golden_docs: dict[str, Any]) -> None:
    from whimbrel import nlp

    story = _golden_story(path)
    parsed = tuple(
        nlp.ParsedSentence(i, s.start, s.end, golden_docs.get(story.text[s.start : s.end]))
        for i, s in enumerate(story.sentences)
    )
    out = resolve_dates(dataclasses.replace(story, doc=nlp.Parse(parsed, nlp.DEFAULT_MODEL)))
    assert _check(out, _spec(path)) == []


def _parsed(story: Story) -> Story:
    """The story with each sentence parsed by the default model (the test is skipped without one)."""
    nlp = pytest.importorskip("whimbrel.nlp")
    try:
        docs = nlp.parse_texts([story.text[s.start : s.end] for s in story.sentences])
    except Exception as exc:  # no model installed
        pytest.skip(f"spaCy model unavailable: {exc}")
    pairs = enumerate(zip(story.sentences, docs, strict=True))
    parsed = tuple(nlp.ParsedSentence(i, s.start, s.end, d) for i, (s, d) in pairs)
    return dataclasses.replace(story, doc=nlp.Parse(parsed, nlp.DEFAULT_MODEL))


def _resolved(
    text: str,
    triggers: list[str | tuple[str, str]],
    published: dt.date | None = WED,
    types: dict[str, str] | None = None,
) -> tuple[Event, ...]:
    """The events at ``triggers`` of a parsed story, dated by the stage."""
    return resolve_dates(_parsed(make_story(text, triggers, published, types))).events


def test_stage_reads_tense_from_the_parse() -> None:
    text = (
        "The two leaders meet in Oslo on Monday. Rebels attacked a convoy on Monday. "
        "The envoy visited Kabul and will travel to Doha on Friday."
    )
    story = make_story(
        text, ["meet", "attacked", "visited", ("travel", "planned")], types={"visited": "CONSULT"}
    )
    out = resolve_dates(_parsed(story))
    meet, attacked, visited, travel = out.events
    assert meet.when is not None and meet.when.date == "2025-09-29"
    assert meet.when.method == "clause:weekday"
    assert attacked.when is not None and attacked.when.date == "2025-09-22"
    # "Friday" belongs to the conjoined future clause, not to "visited"
    assert travel.when is not None and travel.when.date == "2025-09-26"
    assert visited.when is not None and visited.when.method == "publication-date"


def test_a_while_or_when_clause_dates_its_event_but_an_after_clause_does_not() -> None:
    text = (
        "The editor was detained at the border while travelling to visit her mother in June 2023. "
        "A guard was shot when gunmen stormed the depot on 2 March. "
        "Police arrested him after he addressed a rally on Sunday."
    )
    detained, shot, arrested = _resolved(
        text,
        ["detained", "shot", "arrested"],
        dt.date(2025, 3, 7),
        {"detained": "COERCE", "arrested": "COERCE"},
    )
    assert detained.when is not None and detained.when.date == "2023-06-01"
    assert detained.when.method.startswith("sentence:") and detained.status == "historical"
    assert shot.when is not None and shot.when.date == "2025-03-02"
    assert arrested.when is not None and arrested.when.method == "publication-date"


def test_dates_in_participles_and_beside_clauses_date_a_past_act() -> None:
    text = (
        "A bomb set off by rebels near the depot on Monday killed four guards. "
        "Police fired tear gas and live rounds at marchers on Sunday, killing two. "
        "Soldiers shot at a crowd protesting the curfew on Saturday, wounding one. "
        "A car bomb hit the convoy on Friday; the governor survived but three aides were slain. "
        "A farmer was stabbed at the market on Thursday; the attacker was gunned down by a guard. "
        "Officials said rebels attacked the camp on Wednesday."
    )
    killed, fired, shot, slain, gunned, said = _resolved(
        text, ["killed", "fired", "shot", "slain", "gunned", "said"], types={"said": "ACCUSE"}
    )
    assert killed.when is not None and killed.when.date == "2025-09-22"  # "set off by": no schedule
    assert fired.when is not None and fired.when.date == "2025-09-21"
    assert shot.when is not None and shot.when.date == "2025-09-20"
    assert slain.when is not None and slain.when.date == "2025-09-19"
    assert gunned.when is not None and gunned.when.date == "2025-09-18"
    assert said.when is not None and said.when.method == "publication-date"  # the date is the attack's


def test_misread_verbs_do_not_hide_a_past_act_date() -> None:
    text = (
        "Junta airstrikes on a school killed at least nine pupils late on Tuesday, residents said. "
        "Two guards were slain and three others injured in a blast triggered by rebels on Monday morning. "
        "Gunmen shot a farmer and injured a woman in firing on the market area on Sunday afternoon. "
        "Troops opened fire on villagers fleeing the fighting along the river on Friday, wounding six."
    )
    killed, slain, shot, fire = _resolved(text, ["killed", "slain", "shot", "fire"])
    assert killed.when is not None and killed.when.date == "2025-09-23"
    assert slain.when is not None and slain.when.date == "2025-09-22"
    assert shot.when is not None and shot.when.date == "2025-09-21"
    assert fire.when is not None and fire.when.date == "2025-09-19"  # "fleeing" only describes them


def test_a_date_told_once_for_coordinated_past_acts_dates_them_all() -> None:
    text = (
        "Separatists killed a gendarme and wounded three others at a checkpoint in Bamenda on Friday "
        "morning. A soldier was shot and two were wounded when gunmen ambushed a patrol on Monday."
    )
    first, second = _resolved(text, ["killed", "shot"], dt.date(2025, 3, 23))
    assert first.when is not None and first.when.date == "2025-03-21"
    assert first.when.method.startswith("clause:")
    assert second.when is not None and second.when.date == "2025-03-17"


def test_a_casualty_verbs_after_clause_and_a_following_toll_share_the_attacks_date() -> None:
    text = (
        "Three villagers died after two groups clashed over a well on Monday. "
        "Rebels overran a base near Mahas early Sunday. The army said 15 militants were killed. "
        "In a separate attack, bandits killed four farmers."
    )
    triggers: list[str | tuple[str, str]] = ["died", "overran", "were killed", "bandits killed"]
    died, overran, killed, separate = _resolved(text, triggers, dt.date(2025, 3, 23))
    assert died.when is not None and died.when.date == "2025-03-17"
    assert overran.when is not None and overran.when.date == "2025-03-23"
    assert killed.when is not None and killed.when.date == "2025-03-23"
    assert killed.when.method.startswith("narrative:")
    assert separate.when is not None and separate.when.method == "publication-date"


def test_an_attack_named_again_and_a_span_to_publication_date_the_toll() -> None:
    text = (
        "A bomb went off at the cattle market in Damboa on Monday afternoon. "
        "The blast left 26 people dead. "
        "Heavy fighting on the Raghwan front over the past week killed 27 troops."
    )
    bomb, blast, fighting = _resolved(text, ["bomb", "blast", "killed"], dt.date(2025, 3, 26))
    assert bomb.when is not None and blast.when is not None and fighting.when is not None
    assert blast.when.date == bomb.when.date == "2025-03-24"
    assert blast.when.method == "narrative:weekday"
    assert (fighting.when.date, fighting.when.date_end, fighting.when.precision) == (
        "2025-03-20",
        "2025-03-26",
        "week",
    )


def test_a_lone_unattached_past_date_dates_the_act_and_a_later_report_is_no_new_incident() -> None:
    text = (
        "Gunmen attacked a camp near Douradina, Mato Grosso do Sul, on 3 August, wounding ten people. "
        "Fighting in Zawiya on 23 July killed nine people. "
        "The health ministry later said the toll had climbed to 14, with 31 wounded."
    )
    attacked, fighting, wounded = _resolved(text, ["attacked", "killed", "wounded"], dt.date(2025, 8, 6))
    assert attacked.when is not None and attacked.when.date == "2025-08-03"
    assert fighting.when is not None and wounded.when is not None
    assert wounded.when.date == fighting.when.date == "2025-07-23"


def test_the_participle_of_an_attack_noun_carries_the_attacks_date() -> None:
    text = "Two soldiers were killed in a blast triggered by rebels on Thursday."
    (killed,) = _resolved(text, ["killed"], dt.date(2025, 3, 23))
    assert killed.when is not None and killed.when.date == "2025-03-20"


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12), st.one_of(st.none(), st.dates()))
def test_stage_never_fails_and_spans_slice_back(words: list[str], published: dt.date | None) -> None:
    text = " ".join(words) + " attacked."
    out = resolve_dates(make_story(text, ["attacked"], published))
    for ev in out.events:
        for e in ev.evidence:
            assert text[e.start : e.end] == e.text
        if ev.when is not None and ev.when.start is not None:
            assert text[ev.when.start : ev.when.end] == ev.when.text


def test_a_later_report_of_the_same_act_makes_a_coarse_date_finer() -> None:
    text = (
        "Seven unionists arrested in December 2020 were freed. "
        "The leader was detained on December 10, 2020, at his home. "
        "Rebels attacked a depot in 2020. The war of 2019 went on; a battle on 4 May 2019 was its worst."
    )
    story = make_story(text, ["arrested", "detained", "attacked", "war", "battle"], dt.date(2022, 3, 7))
    arrest, detention, attack, war, battle = story.events
    story = dataclasses.replace(
        story,
        events=(
            dataclasses.replace(arrest, event_type="COERCE"),
            dataclasses.replace(detention, event_type="COERCE"),
            attack,  # an ASSAULT: a different act
            war,
            battle,
        ),
    )
    first, second, attack, war, battle = resolve_dates(story).events
    assert battle.when is not None and battle.when.date == "2019-05-04"
    assert war.when is not None and war.when.precision == "year"  # a war is not the day of a battle
    assert first.when is not None and first.when.date == "2020-12-10" and first.when.precision == "day"
    assert first.when.method == "sentence:coreference" and first.when.text == "December 10, 2020"
    assert text[first.when.start : first.when.end] == first.when.text
    assert any(e.method == "coreference" for e in first.evidence)
    assert second.when is not None and second.when.date == "2020-12-10"
    assert attack.when is not None and attack.when.date == "2020-01-01" and attack.when.precision == "year"


def test_a_month_after_since_or_a_perfect_go_is_past() -> None:
    text = (
        "The blogger is on a hunger strike since September while she is being held in Shanghai. "
        "Dockers have gone on strike in August. "
        "The talks are set for March."
    )
    strike, dock, talks = _resolved(text, ["strike", "gone", ("talks", "planned")], dt.date(2020, 12, 14))
    assert strike.when is not None and strike.when.date == "2020-09-01"
    assert dock.when is not None and dock.when.date == "2020-08-01"
    assert talks.when is not None and talks.when.date == "2021-03-01"


def test_days_later_after_a_month_are_in_that_month() -> None:
    text = "Gunmen killed 11 people in June 2023. Days later, 46 women died. Two days later, more died."
    found = find_times(text, dt.date(2024, 9, 9))
    assert [(t.text, t.value) for t in found] == [
        ("June 2023", "2023-06"),
        ("Days later", "2023-06"),
        ("Two days later", "2023-06"),
    ]


def test_days_later_count_from_the_day_told_before_not_from_publication() -> None:
    found = find_times("He was seized on Monday. His body was found two days later.", dt.date(2024, 2, 9))
    assert [(t.text, t.value) for t in found] == [("Monday", "2024-02-05"), ("two days later", "2024-02-07")]
    alone = one("His body was found two days later.", dt.date(2024, 2, 9))
    assert (alone.value, alone.date) == ("PAST_REF", None)


def test_the_previous_day_counts_from_the_day_told_before_else_from_publication() -> None:
    found = find_times(
        "Police said on Saturday that two men had been killed the previous day. "
        "A third died the following day.",
        dt.date(2025, 2, 10),
    )
    assert [(t.text, t.value) for t in found] == [
        ("Saturday", "2025-02-08"),
        ("the previous day", "2025-02-07"),
        ("the following day", "2025-02-08"),
    ]
    assert one("Two men had been killed the previous day.", dt.date(2025, 2, 10)).value == "2025-02-09"
    same = find_times("Rebels attacked on Saturday; troops killed five the same day.", dt.date(2025, 2, 10))
    assert [t.value for t in same] == ["2025-02-08", "2025-02-08"]
    assert one("Two men had been killed the previous day.", None).value == "PAST_REF"


def test_two_days_told_together_date_the_act_over_both() -> None:
    text = "Fighting between two clans near Mendi on Friday and Saturday killed nine people."
    (ev,) = _resolved(text, ["killed"], dt.date(2026, 8, 10))
    assert ev.when is not None
    got = (ev.when.date, ev.when.date_end, ev.when.text)
    assert got == ("2026-08-07", "2026-08-08", "Friday and Saturday")


def test_a_possessive_date_of_another_event_does_not_date_this_one() -> None:
    text = (
        "Clashes in Gagnoa on the eve of Saturday's presidential election killed three people. "
        "The toll from Saturday's drone attack rose to six."
    )
    killed, attack = _resolved(text, ["killed", "attack"], dt.date(2025, 10, 27))
    assert killed.when is not None and killed.when.method == "publication-date"
    assert attack.when is not None and attack.when.date == "2025-10-25"


def test_a_verb_whose_past_is_its_present_is_no_schedule() -> None:
    """"set", "hit", "put": the tagger's present (or a participle with a subject) is as likely a past act,
    so the weekday is the one just gone; "are set for Sunday" is still a schedule."""
    lorries = (
        "Men on motorbikes set fire to nine lorries on the road near the ford on Sunday; "
        "drivers said nobody was hurt."
    )
    shop = "Unknown assailants set fire to a shop in the early hours of Sunday."
    for text in (lorries, shop):
        (burned,) = _resolved(text, ["set"])
        assert burned.when is not None and burned.when.date == "2025-09-21", text
    (talks,) = _resolved("The talks are set for Sunday.", [("talks", "planned")])
    assert talks.when is not None and talks.when.date == "2025-09-28"


def test_the_acts_own_date_wins_over_the_day_it_was_reported_in_its_sentence() -> None:
    # "police said on Tuesday" is nearer to "fire", but only tells when the shooting was reported
    text = (
        "On Sunday night, a gang turned away from a wedding came back with guns and opened fire, "
        "police said on Tuesday."
    )
    (ev,) = _resolved(text, ["fire"], dt.date(2025, 9, 24))
    assert ev.when is not None
    assert (ev.when.date, ev.when.text) == ("2025-09-21", "Sunday night")
    # with no other date, the reported day is still the act's, marked as a statement's
    alone = "A gang came back with guns and opened fire, police said on Tuesday."
    (ev,) = _resolved(alone, ["fire"], dt.date(2025, 9, 24))
    assert ev.when is not None and ev.when.method == "statement:weekday"


def test_a_part_of_a_day_is_a_day_later_expressions_count_from() -> None:
    # "Friday night" is a time of day, and still the day "the same night" and "three days earlier" mean
    text = (
        "Rebels shelled the camp on Friday night. The same night, a bridge was blown up."
        " Three days earlier, a convoy was ambushed."
    )
    found = find_times(text, dt.date(2025, 6, 18))
    assert [(t.text, t.date) for t in found] == [
        ("Friday night", "2025-06-13"),
        ("The same night", "2025-06-13"),
        ("Three days earlier", "2025-06-10"),
    ]


def test_a_day_owning_an_attack_is_past_whatever_the_tense() -> None:
    text = "The gendarmerie now gives a toll of nine dead in Wednesday's raid on the village."
    (ev,) = _resolved(text, ["raid"], dt.date(2025, 8, 21))
    assert ev.when is not None and ev.when.date == "2025-08-20"
