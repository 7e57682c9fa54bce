"""The evaluation gate with fake results: floors fail a drop, only ever go up, and are never lowered."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest

from whimbrel.evaluate import cli, gate
from whimbrel.evaluate.base import EvalResult, Measure


def _result(**values: float) -> EvalResult:
    return EvalResult("fake", [Measure(k.replace("_", "."), v, 10) for k, v in values.items()])


FLOORS = gate.Floors({"a": {"x.f1": 0.50, "y.acc": 0.80}}, {"a": None})


def test_within_tolerance_passes() -> None:
    assert gate.compare(FLOORS, {"a": _result(x_f1=0.491, y_acc=0.95)}) == []


def test_drop_below_floor_fails_and_names_each_measure() -> None:
    failures = gate.compare(FLOORS, {"a": _result(x_f1=0.40, y_acc=0.70)})
    assert [(f.set, f.measure) for f in failures] == [("a", "x.f1"), ("a", "y.acc")]
    assert "below the floor 0.5000" in failures[0].message


def test_missing_measure_failed_set_and_unrun_set_fail() -> None:
    assert gate.compare(FLOORS, {"a": _result(x_f1=0.9)})[0].message == "measure missing from the result"
    assert "set failed: boom" in gate.compare(FLOORS, {"a": "boom"})[0].message
    assert gate.compare(FLOORS, {})[0].message == "set was not run"


def test_raise_only_goes_up_and_adds_new_measures() -> None:
    new, changes = gate.raised(FLOORS, {"a": _result(x_f1=0.61234, y_acc=0.5, z_n=0.3), "b": "failed"})
    assert new.floors["a"] == {"x.f1": 0.6123, "y.acc": 0.80, "z.n": 0.3}
    assert "b" not in new.floors
    assert any("x.f1: 0.5000 -> 0.6123" in c for c in changes) and not any("y.acc" in c for c in changes)


def test_floor_rounds_down() -> None:
    assert gate.floor_of(0.99999) == 0.9999
    assert gate.floor_of(0.3) == 0.3


def test_set_refuses_to_lower() -> None:
    with pytest.raises(ValueError, match="refused: floors only go up"):
        gate.set_floor(FLOORS, "a", "x.f1", 0.4)
    assert gate.set_floor(FLOORS, "a", "x.f1", 0.6).floors["a"]["x.f1"] == 0.6


def test_floors_file_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "floors.json"
    path.write_text(FLOORS.to_json({"measured_at_commit": "abc"}))
    again = gate.Floors.load(path)
    assert again.floors == FLOORS.floors and again.tolerance == 0.01
    assert gate.Floors.load(tmp_path / "absent.json").floors == {}


@pytest.fixture
def fake_set(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    score = {"value": 0.7}

    def run(data: Path, *, limit: int | None = None, errors: int = 0) -> EvalResult:
        return _result(x_f1=score["value"])

    mod = types.ModuleType("whimbrel_gate_fake")
    mod.run = run  # type: ignore[attr-defined]
    mod.score = score  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "whimbrel_gate_fake", mod)
    monkeypatch.setattr(cli, "SETS", {"a": cli.EvalSet("a", "whimbrel_gate_fake", "a.json", "")})
    (tmp_path / "a.json").write_text("{}")
    return tmp_path


def test_main_raise_check_and_refused_lowering(fake_set: Path, capsys: pytest.CaptureFixture[str]) -> None:
    floors = fake_set / "floors.json"
    common = ["--data-root", str(fake_set), "--floors", str(floors)]
    assert gate.main(["raise", *common]) == 0
    assert json.loads(floors.read_text())["floors"] == {"a": {"x.f1": 0.7}}
    assert gate.main(["check", *common]) == 0
    sys.modules["whimbrel_gate_fake"].score["value"] = 0.5  # type: ignore[attr-defined]
    assert gate.main(["check", *common]) == 1
    assert "FAIL a x.f1" in capsys.readouterr().err
    assert gate.main(["raise", *common]) == 0  # a lower measurement never lowers the floor
    assert json.loads(floors.read_text())["floors"] == {"a": {"x.f1": 0.7}}
    assert gate.main(["set", "a", "x.f1", "0.1", "--floors", str(floors)]) == 1
    assert "refused" in capsys.readouterr().err
    assert cli.main(["--gate", *common]) == 1  # `whimbrel eval --gate` is `check`


def test_main_bad_arguments(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert gate.main(["lower"]) == 2
    assert gate.main(["check", "--data-root", str(tmp_path / "nope")]) == 2
    assert gate.main(["check", "--sets", "nope"]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_precision_recall_beside_an_f1_and_bottom_third_are_not_floored() -> None:
    res = EvalResult("x", [Measure("KILL.precision", 0.9, 5), Measure("KILL.recall", 0.5, 5),
                           Measure("KILL.f1", 0.64, 5), Measure("place.recall", 0.8, 5),
                           Measure("token_precision", 0.8, 5), Measure("token_f1", 0.8, 5),
                           Measure("confidence.bottom_third_accuracy", 0.7, 5)])
    new, _ = gate.raised(gate.Floors({}, {}), {"b": res})
    assert new.floors["b"] == {"KILL.f1": 0.64, "place.recall": 0.8, "token_f1": 0.8}
