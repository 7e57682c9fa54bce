"""``whimbrel eval``: argument handling, human/JSON output, the markdown writer (no gold data needed)."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from whimbrel.evaluate import cli
from whimbrel.evaluate.base import EvalResult, Measure


def _fake_run(data: Path, *, limit: int | None = None, errors: int = 0) -> EvalResult:
    n = limit or 10
    return EvalResult(
        "fake",
        [Measure("event_type.accuracy", 0.5, n, "someone 0.9"), Measure("x.f1", 0.25, n)],
        confusion={"A": {"A": 3, "B": 1}, "B": {"B": 2, "NONE": 2}},
        errors=[{"id": str(i), "text": "made up"} for i in range(errors)],
        notes=["a note"],
    )


def _raising_run(data: Path, *, limit: int | None = None, errors: int = 0) -> EvalResult:
    raise ValueError("scorer blew up\nsecond line")


@pytest.fixture
def fake_sets(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    mod = types.ModuleType("whimbrel_fake_scorer")
    mod.run = _fake_run  # type: ignore[attr-defined]
    bad = types.ModuleType("whimbrel_raising_scorer")
    bad.run = _raising_run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "whimbrel_fake_scorer", mod)
    monkeypatch.setitem(sys.modules, "whimbrel_raising_scorer", bad)
    sets = {
        "fake": cli.EvalSet("fake", "whimbrel_fake_scorer", "fake.json", "published 0.8"),
        "missing-module": cli.EvalSet("missing-module", "whimbrel_no_such_module", "fake.json", ""),
        "raises": cli.EvalSet("raises", "whimbrel_raising_scorer", "fake.json", ""),
        "no-data": cli.EvalSet("no-data", "whimbrel_fake_scorer", "absent/file.json", ""),
    }
    monkeypatch.setattr(cli, "SETS", sets)
    (tmp_path / "fake.json").write_text("{}")
    return tmp_path


@pytest.mark.parametrize(
    "argv, fragment",
    [
        ([], "give one set NAME"),
        (["nope", "--data-root", "."], "unknown set 'nope'"),
        (["plover-gsr", "--limit", "x"], "not a number"),
        (["plover-gsr", "--limit", "0"], "at least 1"),
        (["plover-gsr", "--errors", "-1"], "must not be negative"),
        (["plover-gsr", "--bogus"], "unrecognized arguments"),
        (["plover-gsr", "--all"], "give one set NAME"),
        (["plover-gsr", "--markdown"], "--markdown goes with --all"),
        (["plover-gsr", "--data", "/no/such/file.json"], "data not found: /no/such/file.json"),
        (["--all", "--data-root", "/no/such/dir"], "data root not found"),
    ],
)
def test_bad_arguments_one_line_exit_2(
    argv: list[str], fragment: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert fragment in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["-h"]) == 0
    assert "plover-gsr" in capsys.readouterr().out


def test_every_set_has_a_scorer_module_name() -> None:
    assert set(cli.SETS) == {"plover-gsr", "petrarch", "indiapoliceevents", "geoparsing", "event-location",
                             "hrdsattack", "timebank"}
    for es in cli.SETS.values():
        assert es.module.startswith("whimbrel.evaluate.") and es.anchor


def test_one_set_human_output(fake_sets: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["fake", "--data-root", str(fake_sets), "--errors", "2", "--limit", "7"]) == 0
    out = capsys.readouterr().out
    assert "event_type.accuracy" in out and "0.500" in out and "someone 0.9" in out
    assert "confusion" in out and "worst misses (2)" in out and "note: a note" in out
    assert "whimbrel eval fake --data" in out and "--limit 7" in out


def test_one_set_json(fake_sets: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["fake", "--data", str(fake_sets / "fake.json"), "--json", "--errors", "1"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["measures"][0] == {"name": "event_type.accuracy", "value": 0.5, "n": 10, "anchor": "someone 0.9"}
    assert len(d["errors"]) == 1


def test_failing_scorer_is_one_line_exit_1(fake_sets: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["raises", "--data-root", str(fake_sets)]) == 1
    err = capsys.readouterr().err
    assert "ValueError: scorer blew up" in err and "second line" not in err and "Traceback" not in err


def test_all_reports_error_rows_and_goes_on(fake_sets: Path, capsys: pytest.CaptureFixture[str]) -> None:
    md = fake_sets / "evaluation.md"
    rc = cli.main(["--all", "--data-root", str(fake_sets), "--markdown", str(md), "--limit", "5"])
    assert rc == 1
    text = md.read_text()
    assert "| fake | event_type.accuracy | 0.500 | 5 | someone 0.9 |" in text
    assert "| fake | x.f1 | 0.250 | 5 |" in text
    assert "| missing-module | ERROR |" in text and "ModuleNotFoundError" in text
    assert "| raises | ERROR |" in text and "scorer blew up" in text
    assert "| no-data | ERROR |" in text and "data not found" in text
    assert "--limit 5" in text and "at commit" in text


def test_all_json(fake_sets: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cli.main(["--all", "--data-root", str(fake_sets), "--json"])
    rows: list[dict[str, Any]] = json.loads(capsys.readouterr().out)
    assert [r["set"] for r in rows] == ["fake", "missing-module", "raises", "no-data"]
    assert rows[0]["measures"] and "error" in rows[1]


def test_markdown_keeps_text_outside_the_block(tmp_path: Path) -> None:
    md = tmp_path / "evaluation.md"
    md.write_text("# Evaluation\n\nHand-written intro.\n")
    result = EvalResult("plover-gsr", [Measure("event_type.macro_f1", 0.5, 3), Measure("b", 0.1, 3)])
    run = cli.SetRun("plover-gsr", Path("x.json"), "whimbrel eval plover-gsr --data x.json",
                     result=result, seconds=1.0)
    cli.update_markdown(md, cli.markdown_table([run], when="2026-01-01 00:00 UTC", commit="abc123"))
    first = md.read_text()
    assert first.startswith("# Evaluation\n\nHand-written intro.\n") and cli.BEGIN in first
    md.write_text(first + "\n## After\n\nKept too.\n")
    cli.update_markdown(md, cli.markdown_table([run], when="2026-02-02 00:00 UTC", commit="def456"))
    second = md.read_text()
    assert second.count(cli.BEGIN) == 1 and "def456" in second and "abc123" not in second
    assert "Hand-written intro." in second and "Kept too." in second
    assert "zero-shot NLI coder" in second  # the set's anchor from SOURCE.md fills the first row


def test_label_prf_from_confusion() -> None:
    rows = {r[0]: r[1:] for r in cli.label_prf({"A": {"A": 3, "B": 1}, "B": {"B": 2, "NONE": 2}})}
    p, r, f, n = rows["A"]
    assert (p, r, n) == (1.0, 0.75, 4)
    p, r, f, n = rows["B"]
    assert p == pytest.approx(2 / 3) and r == 0.5


def test_every_set_and_option_is_documented() -> None:
    doc = Path(__file__).resolve().parents[1] / "docs" / "evaluation.md"
    text = doc.read_text(encoding="utf-8")
    for name in cli.SETS:
        assert f"`{name}`" in text, name
    for action in cli.build_parser()._actions:
        for opt in action.option_strings:
            if opt.startswith("--") and opt != "--help":
                assert opt in text, opt
