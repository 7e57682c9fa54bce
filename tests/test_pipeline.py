"""Pipeline building and running: order checks, error recording, the public API."""

from __future__ import annotations

import pytest

import whimbrel
from whimbrel.errors import ConfigError
from whimbrel.pipeline import Pipeline, PipelineConfig
from whimbrel.registry import REGISTRY, StageInfo
from whimbrel.types import Story


def test_requires_must_be_assigned_earlier():
    with pytest.raises(ConfigError, match="requires"):
        Pipeline(PipelineConfig(stages=("classify.events.v1",)))


def test_bad_on_error_and_params_for_absent_stage():
    with pytest.raises(ConfigError, match="on_error"):
        Pipeline(on_error="ignore")
    with pytest.raises(ConfigError, match="not in the pipeline"):
        Pipeline(PipelineConfig(stages=("nlp.parse.v1",), params={"dates.resolve.v1": {}}))


def test_failing_stage_is_recorded_not_raised(monkeypatch):
    def boom(story: Story) -> Story:
        raise RuntimeError("kaput")

    REGISTRY.add(StageInfo("test.boom.v1", boom, (), ()))
    p = Pipeline(PipelineConfig(stages=("test.boom.v1",)))
    out = p(Story(id="x", text="Anything."))
    assert out.problems and out.problems[0].stage == "test.boom.v1" and "kaput" in out.problems[0].message
    with pytest.raises(RuntimeError):
        Pipeline(PipelineConfig(stages=("test.boom.v1",)), on_error="raise")(Story(id="x", text="Anything."))


def test_code_api_returns_events_with_dicts():
    events = whimbrel.code("Armenia and Azerbaijan agreed to a ceasefire on Monday.", published="2025-10-14")
    assert events and events[0].event_type == "AGREE"
    d = events[0].to_dict()
    for key in (
        "id",
        "story_id",
        "event_type",
        "mode",
        "context",
        "cameo",
        "quad_class",
        "goldstein",
        "status",
        "source",
        "target",
        "location",
        "date",
        "date_end",
        "date_precision",
        "date_text",
        "dead",
        "injured",
        "reported_by",
        "confidence",
        "sentence",
        "trigger",
        "evidence",
    ):
        assert key in d
    assert whimbrel.code("   ") == []


def test_unknown_model_is_a_resource_error():
    with pytest.raises(whimbrel.ResourceError, match="pip install"):
        Pipeline(model="no_such_model_xyz").setup()
