"""Readers: plain text, stdin, JSONL; every bad input is a named, per-story problem."""

from __future__ import annotations

import io
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from whimbrel.errors import IngestError
from whimbrel.ingest import read_jsonl_lines, read_path, read_stream
from whimbrel.types import Story


def _items(path, **kw):
    return list(read_path(str(path), **kw))


def test_plain_text_file(tmp_path):
    p = tmp_path / "story.txt"
    p.write_text("Troops clashed on Monday.", encoding="utf-8")
    (s,) = _items(p, published=date(2025, 1, 2))
    assert isinstance(s, Story) and s.id == "story" and s.published == date(2025, 1, 2)


def test_missing_directory_binary_empty_oversize(tmp_path):
    (missing,) = _items(tmp_path / "nope.txt")
    assert isinstance(missing, IngestError) and "no such file" in str(missing)
    (dir_err,) = _items(tmp_path)
    assert isinstance(dir_err, IngestError) and "directory" in str(dir_err)
    b = tmp_path / "b.txt"
    b.write_bytes(b"\x00\x01\x02")
    (bin_err,) = _items(b)
    assert "binary" in str(bin_err)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9 attack")
    (dec,) = _items(bad)
    assert "UTF-8" in str(dec)
    e = tmp_path / "e.txt"
    e.write_text("   \n", encoding="utf-8")
    (empty,) = _items(e)
    assert "empty" in str(empty)
    big = tmp_path / "big.txt"
    big.write_text("x" * 200, encoding="utf-8")
    (over,) = _items(big, max_bytes=100)
    assert "limit" in str(over)


def test_jsonl_bad_lines_do_not_stop_good_ones(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_text(
        '{"id": "a", "text": "Rebels attacked.", "published": "2025-03-01"}\n'
        "not json\n"
        '{"id": "b", "text": "Talks resumed.", "published": "March 3"}\n'
        '{"id": "c", "text": ""}\n'
        '{"id": "a", "text": "Duplicate id."}\n'
        '{"id": "d", "text": "Police arrested five."}\n',
        encoding="utf-8",
    )
    items = _items(p)
    good = [i.id for i in items if isinstance(i, Story)]
    bad = {i.line: i.reason for i in items if isinstance(i, IngestError)}
    assert good == ["a", "d"]
    assert set(bad) == {2, 3, 4, 5}
    assert "malformed JSON" in bad[2] and "ISO date" in bad[3] and "empty" in bad[4] and "duplicate" in bad[5]
    assert all(str(p) in str(i) for i in items if isinstance(i, IngestError))


def test_stdin_text_and_jsonl():
    (s,) = list(read_stream(io.BytesIO(b"Clashes erupted."), source="stdin"))
    assert isinstance(s, Story) and s.text == "Clashes erupted."
    items = list(read_stream(io.BytesIO(b'{"id": "x", "text": "Talks."}\n'), source="stdin"))
    assert [i.id for i in items if isinstance(i, Story)] == ["x"]


@given(
    st.lists(
        st.one_of(st.text(max_size=40), st.binary(max_size=40).map(lambda b: b.decode("latin-1"))), max_size=8
    )
)
def test_reader_never_raises_on_arbitrary_lines(lines):
    raw = [line.encode("utf-8", "surrogatepass") for line in lines]
    for item in read_jsonl_lines(raw, source="fuzz.jsonl"):
        assert isinstance(item, (Story, IngestError))
