"""Reading stories: plain-text files, stdin, and JSON Lines corpora (one story per line).

Readers yield ``Story`` objects or ``IngestError`` values (never raise for bad data), so a corpus
run reports one bad line and goes on with the next.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import IO

from .errors import IngestError
from .types import Story

DEFAULT_MAX_BYTES = 1_000_000
JSONL_SUFFIXES = (".jsonl", ".ndjson")

Item = Story | IngestError


def parse_published(value: object, *, source: str, line: int | None = None) -> date | None:
    """An ISO date ("2025-10-14", or the date part of "2025-10-14T08:00:00Z"), or None."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise IngestError(
            f"'published' must be an ISO date string, got {type(value).__name__}", source=source, line=line
        )
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise IngestError(
            f"'published' is not an ISO date (YYYY-MM-DD): {value!r}", source=source, line=line
        ) from None


def _check_text(text: str, *, source: str, line: int | None, max_bytes: int) -> None:
    if not text.strip():
        raise IngestError("empty story (no text)", source=source, line=line)
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        raise IngestError(
            f"story is {size:,} bytes, over the {max_bytes:,}-byte limit (--max-bytes)",
            source=source,
            line=line,
        )


def _decode(data: bytes, *, source: str, line: int | None = None) -> str:
    if b"\x00" in data:
        raise IngestError("binary data (NUL bytes), not a text story", source=source, line=line)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IngestError(
            f"not UTF-8 text (undecodable byte at offset {exc.start})", source=source, line=line
        ) from None


def story_from_text(
    text: str,
    *,
    story_id: str,
    published: date | None = None,
    source: str = "<text>",
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Story:
    _check_text(text, source=source, line=None, max_bytes=max_bytes)
    return Story(id=story_id, text=text, published=published, source_name=source)


def read_jsonl_lines(
    lines: Iterable[bytes], *, source: str, published: date | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Item]:
    """Each non-blank line is ``{"id", "text", "published"?, "url"?, "title"?}``."""
    seen: set[str] = set()
    for n, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            if len(raw) > max_bytes * 2:
                raise IngestError(f"line is {len(raw):,} bytes, over the size limit", source=source, line=n)
            line = _decode(raw, source=source, line=n)
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise IngestError(
                    f"malformed JSON ({exc.msg} at column {exc.colno})", source=source, line=n
                ) from None
            if not isinstance(obj, dict):
                raise IngestError("expected a JSON object with 'id' and 'text'", source=source, line=n)
            text = obj.get("text")
            if not isinstance(text, str):
                raise IngestError("missing 'text' (a string)", source=source, line=n)
            sid = obj.get("id")
            if sid is None or sid == "":
                sid = f"{Path(source).stem}:{n}"
            sid = str(sid)
            if sid in seen:
                raise IngestError(f"duplicate story id {sid!r}", source=source, line=n)
            _check_text(text, source=source, line=n, max_bytes=max_bytes)
            pub = parse_published(obj.get("published"), source=source, line=n) or published
            url = obj.get("url")
            title = obj.get("title")
            seen.add(sid)
            yield Story(
                id=sid,
                text=text,
                published=pub,
                url=url if isinstance(url, str) else None,
                title=title if isinstance(title, str) else None,
                source_name=f"{source}:{n}",
            )
        except IngestError as err:
            yield err


def read_path(
    path: str, *, published: date | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Item]:
    """Read one input path: ``-`` is stdin, ``*.jsonl`` a corpus, anything else one plain-text story."""
    if path == "-":
        yield from read_stream(sys.stdin.buffer, source="stdin", published=published, max_bytes=max_bytes)
        return
    p = Path(path)
    if not p.exists():
        yield IngestError("no such file", source=path)
        return
    if p.is_dir():
        yield IngestError(
            "is a directory, not a file (pass the files inside it, e.g. dir/*.txt)", source=path
        )
        return
    if not os.access(p, os.R_OK):
        yield IngestError("permission denied", source=path)
        return
    if p.suffix.lower() in JSONL_SUFFIXES:
        with p.open("rb") as fh:
            yield from read_jsonl_lines(fh, source=path, published=published, max_bytes=max_bytes)
        return
    size = p.stat().st_size
    if size > max_bytes:
        yield IngestError(
            f"file is {size:,} bytes, over the {max_bytes:,}-byte limit (--max-bytes)", source=path
        )
        return
    try:
        text = _decode(p.read_bytes(), source=path)
        yield story_from_text(text, story_id=p.stem, published=published, source=path, max_bytes=max_bytes)
    except IngestError as err:
        yield err


def read_stream(
    stream: IO[bytes], *, source: str, published: date | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Item]:
    """stdin: JSON Lines when the first non-blank character is ``{``, else one plain-text story."""
    data = stream.read(max_bytes * 64 + 1)
    if data.lstrip().startswith(b"{"):
        yield from read_jsonl_lines(
            data.splitlines(), source=source, published=published, max_bytes=max_bytes
        )
        return
    try:
        text = _decode(data, source=source)
        yield story_from_text(text, story_id=source, published=published, source=source, max_bytes=max_bytes)
    except IngestError as err:
        yield err


def read_inputs(
    paths: Iterable[str], *, published: date | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Item]:
    for path in paths:
        yield from read_path(path, published=published, max_bytes=max_bytes)
