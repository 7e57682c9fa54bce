"""The command line, as a user sees it: outputs, exit codes, one-line errors, documented commands."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from whimbrel.cli import COMMANDS, build_parser, main

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "border-talks.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "whimbrel", *args], input=stdin, capture_output=True, timeout=300
    )


def test_code_example_story_jsonl(capsys):
    assert main(["code", str(EXAMPLE), "--published", "2026-02-10"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    types = [e["event_type"] for e in lines]
    assert "REQUEST" in types and "CONSULT" in types and "COERCE" in types
    assert all(e["story_id"] == "border-talks" for e in lines)


def test_formats_json_and_tsv(tmp_path, capsys):
    out = tmp_path / "o.json"
    assert main(["code", str(EXAMPLE), "--format", "json", "-o", str(out)]) == 0
    assert isinstance(json.loads(out.read_text()), list)
    assert main(["code", str(EXAMPLE), "--format", "tsv"]) == 0
    header = capsys.readouterr().out.splitlines()[0]
    assert header.startswith("story_id\tevent_type")


def test_corpus_with_bad_lines_exits_1_and_keeps_good_stories(tmp_path, capsys):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        '{"id": "ok", "text": "Police arrested five protesters in Lagos."}\n{broken\n', encoding="utf-8"
    )
    assert main(["code", str(corpus)]) == 1
    captured = capsys.readouterr()
    assert '"story_id": "ok"' in captured.out
    assert f"{corpus}:2" in captured.err and "malformed JSON" in captured.err
    assert "Traceback" not in captured.err


def test_missing_file_is_one_line_exit_1():
    proc = run("code", "/no/such/file.txt")
    assert proc.returncode == 1
    err = proc.stderr.decode()
    assert err.strip().count("\n") == 0 and "/no/such/file.txt" in err and "Traceback" not in err


def test_usage_errors_exit_2():
    proc = run("code", "x.txt", "--published", "yesterday")
    assert proc.returncode == 2 and b"ISO date" in proc.stderr
    proc = run("code", str(EXAMPLE), "--model", "no_such_model_xyz")
    assert proc.returncode == 2 and b"pip install" in proc.stderr and b"Traceback" not in proc.stderr


def test_stdin():
    proc = run("code", "-", stdin=b"Egypt and Jordan signed a trade agreement.")
    assert proc.returncode == 0
    assert json.loads(proc.stdout.splitlines()[0])["event_type"] == "SUPPORT"


def test_every_command_is_documented():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name in COMMANDS:
        assert name in sub.choices
        assert f"whimbrel {name}" in readme, f"README does not document `whimbrel {name}`"


@pytest.mark.parametrize("cmd", ["places", "dates"])
def test_places_and_dates_commands(cmd, capsys):
    assert main([cmd, str(EXAMPLE), "--published", "2026-02-10"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert rows and all(r["story_id"] == "border-talks" for r in rows)
    text = EXAMPLE.read_text(encoding="utf-8")
    assert all(text[r["start"] : r["end"]] == r["text"] for r in rows)
