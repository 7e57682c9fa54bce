"""Conformance: every registered stage builds with defaults, never mutates its input, handles
empty and unparsed stories, returns a Story that pickles."""

from __future__ import annotations

import copy
import pickle
from datetime import date

import pytest

from whimbrel.errors import ConfigError
from whimbrel.registry import REGISTRY, stage
from whimbrel.types import Story

NAMES = REGISTRY.names()


@pytest.fixture(scope="module")
def coded_story(pipeline):
    return pipeline(
        Story(
            id="c",
            text="Rebels attacked a convoy near Goma on Monday, killing three soldiers.",
            published=date(2025, 5, 5),
        )
    )


@pytest.mark.parametrize("name", NAMES)
def test_stage_conformance(name, coded_story):
    info = REGISTRY.get(name)
    st = info.build()
    setup = getattr(st, "setup", None)
    if callable(setup):
        setup()
    for story in (Story(id="e", text=""), Story(id="e2", text="No events here at all."), coded_story):
        before = copy.deepcopy(story)
        out = st(story)
        assert isinstance(out, Story)
        assert story == before, f"{name} changed its input"
        pickle.loads(pickle.dumps(out))


def test_default_stages_are_registered():
    from whimbrel.pipeline import DEFAULT_STAGES

    assert set(DEFAULT_STAGES) <= set(NAMES)


def test_unknown_stage_lists_valid_names():
    with pytest.raises(ConfigError, match="registered stages"):
        REGISTRY.get("nope.v1")


def test_unknown_parameter_lists_valid_ones():
    with pytest.raises(ConfigError, match="valid: model"):
        REGISTRY.get("nlp.parse.v1").build(colour="blue")


def test_unknown_field_is_refused():
    with pytest.raises(ConfigError, match="unknown field"):
        stage("x.v1", assigns=("event.colour",))
