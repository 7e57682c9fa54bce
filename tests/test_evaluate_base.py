"""Tests for whimbrel.evaluate.base: Measure, EvalResult and the precision/recall helpers."""

from __future__ import annotations

import json

import pytest

from whimbrel.evaluate.base import EvalResult, Measure, prf, ratio


def test_measure_to_dict_rounds_to_four_places() -> None:
    assert Measure("x.f1", 2 / 3, 3, "someone 0.5").to_dict() == {
        "name": "x.f1",
        "value": 0.6667,
        "n": 3,
        "anchor": "someone 0.5",
    }
    assert Measure("y.accuracy", 1.0, 0).to_dict()["anchor"] is None


def test_eval_result_finds_a_measure_by_name() -> None:
    res = EvalResult("demo", [Measure("a.recall", 0.5, 4), Measure("a.f1", 0.25, 4)])
    assert res.measure("a.f1").value == 0.25
    with pytest.raises(KeyError, match="a.precision"):
        res.measure("a.precision")


def test_eval_result_to_dict_is_json_ready() -> None:
    res = EvalResult(
        "demo",
        [Measure("a.f1", 0.123456, 9, "paper 0.2")],
        confusion={"A": {"B": 1}},
        errors=[{"id": "7", "text": "made up"}],
        notes=["a note"],
    )
    d = json.loads(json.dumps(res.to_dict()))
    assert d == {
        "dataset": "demo",
        "measures": [{"name": "a.f1", "value": 0.1235, "n": 9, "anchor": "paper 0.2"}],
        "confusion": {"A": {"B": 1}},
        "errors": [{"id": "7", "text": "made up"}],
        "notes": ["a note"],
    }


def test_eval_results_do_not_share_their_lists() -> None:
    one, two = EvalResult("a", []), EvalResult("b", [])
    one.notes.append("only mine")
    one.errors.append({"id": "1"})
    assert two.notes == [] and two.errors == [] and two.confusion is None


@pytest.mark.parametrize(
    ("tp", "fp", "fn", "expected"),
    [
        (2, 1, 1, (2 / 3, 2 / 3, 2 / 3)),
        (3, 0, 1, (1.0, 0.75, 6 / 7)),
        (1, 3, 0, (0.25, 1.0, 0.4)),
        (0, 0, 0, (0.0, 0.0, 0.0)),  # nothing predicted, nothing to find
        (0, 3, 0, (0.0, 0.0, 0.0)),
        (0, 0, 2, (0.0, 0.0, 0.0)),
    ],
)
def test_prf(tp: int, fp: int, fn: int, expected: tuple[float, float, float]) -> None:
    assert prf(tp, fp, fn) == pytest.approx(expected)


def test_ratio() -> None:
    assert ratio("a.accuracy", 1, 4, "paper 0.3") == Measure("a.accuracy", 0.25, 4, "paper 0.3")
    assert ratio("a.accuracy", 0, 0) == Measure("a.accuracy", 0.0, 0, None)
