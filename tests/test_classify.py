"""Event detection and typing: golden stories, plus unit checks of the grouping rules."""

from __future__ import annotations

import pytest

from golden_events import GOLDEN, check_expect, check_forbid, load, story_of
from whimbrel.classify import find_acts, match_token
from whimbrel.ontology import PLOVER_TYPES

STORIES = sorted(GOLDEN.glob("*.yaml"))


@pytest.fixture(scope="module")
def coded(pipeline):
    return {p.stem: pipeline(story_of(load(p), p.stem)) for p in STORIES}


@pytest.mark.parametrize("path", STORIES, ids=lambda p: p.stem)
def test_golden_story_expected_events(path, coded):
    data = load(path)
    events = coded[path.stem].events
    problems = [msg for want in data["expect"] for msg in check_expect(want, events)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", STORIES, ids=lambda p: p.stem)
def test_golden_story_forbidden_events(path, coded):
    data = load(path)
    events = coded[path.stem].events
    problems = [msg for rule in data.get("forbid", []) for msg in check_forbid(rule, events)]
    assert not problems, "\n".join(problems)


def test_golden_stories_cover_every_plover_type():
    seen = {w["event_type"] for p in STORIES for w in load(p)["expect"]}
    seen |= {w.get("planned_type") for p in STORIES for w in load(p)["expect"]}
    assert set(PLOVER_TYPES) <= seen, sorted(set(PLOVER_TYPES) - seen)


def test_appeal_is_a_request_not_dropped(parse_one):
    doc = parse_one("The Pope called on both sides to stop the fighting.")
    acts = find_acts(doc)
    assert [a.sense.event_type for a in acts] == ["REQUEST"]
    assert acts[0].content and acts[0].content[0][1].event_type == "ASSAULT"


def test_noun_object_is_content_of_verb(parse_one):
    doc = parse_one("Germany condemned the attack on the embassy.")
    assert [(a.token.text, a.sense.event_type) for a in find_acts(doc)] == [("condemned", "ACCUSE")]


def test_noun_that_names_its_verb_wins(parse_one):
    doc = parse_one("The two parties struck a deal on Friday.")
    acts = find_acts(doc)
    assert [(a.token.text, a.sense.event_type) for a in acts] == [("deal", "AGREE")]
    assert acts[0].anchor.text == "struck"


def test_required_dependent_selects_the_sense(parse_one):
    doc = parse_one("The union called off the strike.")
    by_text = {t.text: t for t in doc}
    sense = match_token(by_text["called"])
    assert sense is not None and sense.event_type == "CONCEDE"


def test_same_type_subject_merges_into_verb(parse_one):
    doc = parse_one("Clashes killed nine people near the border.")
    acts = find_acts(doc)
    assert len(acts) == 1 and acts[0].sense.event_type == "ASSAULT"
    assert [t.text for t in acts[0].merged] == ["Clashes"]


def test_no_trigger_no_event(parse_one):
    assert find_acts(parse_one("The weather in the capital was mild on Sunday.")) == []


def test_passive_agent_is_source(pipeline):
    from whimbrel.types import Story

    story = pipeline(Story(id="p", text="The convoy was attacked by Houthi fighters."))
    (event,) = [e for e in story.events if e.trigger_text == "attacked"]
    assert [a.country for a in event.source] == ["YEM"]
    assert event.source[0].sector == "REB"
