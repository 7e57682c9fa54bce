"""Tests for whimbrel.evaluate.timebank: the TimeML reader (hand-written) and a small scored run."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from whimbrel.evaluate.timebank import ANCHOR, read_tml, run

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "temporal-timebank"

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>demo</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2001-05-04" functionInDocument="CREATION_TIME">20010504</TIMEX3>\
</DCT>
<TEXT>
Engineers <EVENT eid="e1" class="OCCURRENCE">repaired</EVENT> the dam on <TIMEX3 tid="t1" type="DATE" \
value="2001-05-02">Wednesday</TIMEX3> after &quot;heavy&quot; rain that lasted \
<TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>; work resumes \
<TIMEX3 tid="t3" type="DATE" value="FUTURE_REF">soon</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_read_tml_strips_tags_and_keeps_offsets(tmp_path: Path) -> None:
    path = tmp_path / "demo.tml"
    path.write_text(TML, encoding="utf-8")
    doc = read_tml(path)
    assert doc.dct == dt.date(2001, 5, 4)
    assert "<" not in doc.text and '"heavy"' in doc.text
    assert [(t.text, t.kind, t.value) for t in doc.timexes] == [
        ("Wednesday", "DATE", "2001-05-02"), ("three days", "DURATION", "P3D"), ("soon", "DATE", "FUTURE_REF")
    ]
    for t in doc.timexes:
        assert doc.text[t.start : t.end] == t.text


def test_run_on_a_hand_written_document(tmp_path: Path) -> None:
    (tmp_path / "demo.tml").write_text(TML, encoding="utf-8")
    result = run(tmp_path, errors=5)
    assert result.measure("date.recall").value == 1.0
    assert result.measure("date.value_accuracy").value == 1.0
    assert result.measure("date.value_accuracy").anchor == ANCHOR
    assert result.measure("duration.recall").value == 1.0
    assert result.errors == []


@pytest.mark.skipif(not DATA.is_dir(), reason="gold data ../shared/eval/temporal-timebank absent")
def test_run_on_timebank_subset() -> None:
    result = run(DATA, limit=20, errors=3)
    assert result.dataset == "temporal-timebank"
    assert result.measure("date.recall").n > 0
    assert result.measure("date.recall").value >= 0.8
    assert result.measure("date.value_accuracy").value >= 0.75
    assert len(result.errors) <= 3
    for err in result.errors:
        assert {"text", "gold", "predicted", "context"} <= set(err)
