"""Event detection and typing: golden stories, plus unit checks of the grouping rules."""

from __future__ import annotations

import pytest

from golden_events import GOLDEN, check_expect, check_forbid, load, story_of
from whimbrel.ontology import PLOVER_TYPES
from whimbrel.types import Story

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


def test_passive_agent_is_source(pipeline):
    from whimbrel.types import Story

    story = pipeline(Story(id="p", text="The convoy was attacked by Houthi fighters."))
    (event,) = [e for e in story.events if e.trigger_text == "attacked"]
    assert [a.country for a in event.source] == ["YEM"]
    assert event.source[0].sector == "REB"


def test_a_passive_that_names_its_victims_is_not_doubted_for_naming_no_doer(pipeline):
    passive = pipeline(Story(id="c", text="Three journalists were detained in Yangon on Monday.")).events[0]
    bare = pipeline(Story(id="c", text="The detention in Yangon on Monday drew protests.")).events[0]
    assert passive.source == () and passive.confidence >= 0.7
    assert bare.confidence < passive.confidence


def test_a_raid_that_leaves_dead_is_an_attack(pipeline):
    story = pipeline(Story(id="r", text="Nine villagers died in a militia raid on the settlement on Sunday."))
    raid = next(e for e in story.events if e.trigger_text == "raid")
    assert (raid.event_type, raid.cameo, raid.quad_class) == ("ASSAULT", "190", 4)
    assert any(e.method == "lethal-raid" for e in raid.evidence)
    seize = pipeline(Story(id="s", text="Police raided the offices of the newspaper on Sunday."))
    assert [e.event_type for e in seize.events if e.trigger_text == "raided"] == ["COERCE"]


def test_a_death_in_custody_is_an_attack_when_harm_is_told(pipeline):
    beaten = pipeline(
        Story(
            id="c",
            text="A trader died in police custody in Mbale on Monday; his family saw bruises on his face.",
        )
    ).events
    assert [(e.event_type, e.trigger_text, e.dead.best if e.dead else None) for e in beaten] == [
        ("ASSAULT", "died", 1)
    ]
    quiet = pipeline(
        Story(id="q", text="The former mayor died in prison in Mbale on Monday after a long illness.")
    )
    assert [e for e in quiet.events if e.event_type == "ASSAULT"] == []


def test_a_death_from_torture_in_custody_is_the_torture(pipeline):
    events = pipeline(
        Story(
            id="t", text="A prisoner died as a result of torture while in police custody, a pathologist said."
        )
    ).events
    attacks = [
        (e.trigger_text, e.mode, e.dead.best if e.dead else None) for e in events if e.event_type == "ASSAULT"
    ]
    assert attacks == [("torture", "torture", 1)]
