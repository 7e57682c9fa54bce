"""TimeBank (TempEval-3 TBAQ-cleaned, TimeBank part): temporal expressions and their values.

Each ``.tml`` document gives a creation time (DCT, used as the publication date) and inline
``TIMEX3`` tags. The tags are stripped to get the raw text; :func:`whimbrel.dates.find_times`
runs on it with the DCT and is scored against the gold DATE expressions:

- ``date.recall``: gold DATE spans overlapped by a found DATE or TIME expression;
- ``date.precision``: found DATE/TIME expressions overlapping a gold DATE or TIME expression;
- ``date.value_accuracy``: on matched gold DATE spans, the found value equals the gold value;
- ``duration.recall`` / ``duration.value_accuracy``: the same for gold DURATION spans.

Published anchor: HeidelTime's value F1 ≈ 0.78 on TempEval-3 (TE3-platinum, not this set).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..dates import find_times
from ..types import TimeExpr
from .base import EvalResult, Measure

ANCHOR = "HeidelTime value F1 ≈ 0.78 (TempEval-3)"
_TOKEN = re.compile(r"<[^>]*>|&(?:amp|lt|gt|quot|apos|#\d+);|[^<&]+|&")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'"}


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    kind: str
    value: str


@dataclass(frozen=True)
class Document:
    name: str
    text: str
    dct: dt.date
    timexes: tuple[GoldTimex, ...]


def read_tml(path: Path) -> Document:
    """Raw text of ``<TEXT>`` with its gold TIMEX3 spans (offsets into that text) and the DCT."""
    raw = path.read_text(encoding="utf-8")
    m = re.search(r"<DCT>.*?value=\"(\d{4}-\d\d-\d\d)", raw, re.S)
    if m is None:
        raise ValueError(f"{path}: no DCT value")
    body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    if body is None:
        raise ValueError(f"{path}: no <TEXT> element")
    out: list[str] = []
    pos = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    timexes = []
    for tok in _TOKEN.finditer(body.group(1)):
        t = tok.group(0)
        if t.startswith("<TIMEX3"):
            open_timex = (pos, dict(_ATTR.findall(t)))
        elif t.startswith("</TIMEX3") and open_timex is not None:
            start, attrs = open_timex
            text = "".join(out)[start:pos]
            timexes.append(GoldTimex(start, pos, text, attrs.get("type", ""), attrs.get("value", "")))
            open_timex = None
        elif t.startswith("<"):
            continue
        else:
            piece = _ENTITIES.get(t, t)
            if t.startswith("&#"):
                piece = chr(int(t[2:-1]))
            out.append(piece)
            pos += len(piece)
    return Document(path.stem, "".join(out), dt.date.fromisoformat(m.group(1)), tuple(timexes))


def _overlaps(a: GoldTimex | TimeExpr, b: GoldTimex | TimeExpr) -> bool:
    return a.start < b.end and b.start < a.end


def run(data: Path, *, limit: int | None = None, errors: int = 0) -> EvalResult:
    """Score ``find_times`` on ``data/TimeBank/*.tml`` (or ``data/*.tml``)."""
    folder = data / "TimeBank" if (data / "TimeBank").is_dir() else data
    files = sorted(folder.glob("*.tml"))[: limit if limit is not None else None]
    names = ("gold", "hit", "value", "found", "found_ok", "dur", "dur_hit", "dur_value")
    counts = dict.fromkeys(names, 0)
    misses: list[dict[str, Any]] = []
    for path in files:
        doc = read_tml(path)
        found = [t for t in find_times(doc.text, doc.dct) if t.kind in ("DATE", "TIME")]
        found_all = find_times(doc.text, doc.dct)
        for g in doc.timexes:
            if g.kind == "DATE":
                counts["gold"] += 1
                match = next((t for t in found if _overlaps(g, t)), None)
                if match is not None:
                    counts["hit"] += 1
                    counts["value"] += match.value == g.value
                if match is None or match.value != g.value:
                    misses.append(_miss(doc, g, match))
            elif g.kind == "DURATION":
                counts["dur"] += 1
                dm = next((t for t in found_all if _overlaps(g, t)), None)
                if dm is not None:
                    counts["dur_hit"] += 1
                    counts["dur_value"] += dm.value == g.value
        gold_dt = [g for g in doc.timexes if g.kind in ("DATE", "TIME")]
        for t in found:
            counts["found"] += 1
            counts["found_ok"] += any(_overlaps(g, t) for g in gold_dt)
    c = counts

    def ratio(a: str, b: str) -> float:
        return c[a] / c[b] if c[b] else 0.0

    measures = [
        Measure("date.recall", ratio("hit", "gold"), c["gold"]),
        Measure("date.precision", ratio("found_ok", "found"), c["found"]),
        Measure("date.value_accuracy", ratio("value", "hit"), c["hit"], ANCHOR),
        Measure("date.value_recall", ratio("value", "gold"), c["gold"]),
        Measure("duration.recall", ratio("dur_hit", "dur"), c["dur"]),
        Measure("duration.value_accuracy", ratio("dur_value", "dur_hit"), c["dur_hit"]),
    ]
    misses.sort(key=lambda e: (e["predicted"] is not None, e["gold"]))
    return EvalResult(
        dataset="temporal-timebank",
        measures=measures,
        errors=misses[:errors],
        notes=[
            f"{len(files)} documents; DCT = publication date; gold DATE spans from TIMEX3 type=DATE",
            "a match is any character overlap; the value is compared as an exact string",
        ],
    )


def _miss(doc: Document, g: GoldTimex, match: TimeExpr | None) -> dict[str, Any]:
    lo, hi = max(0, g.start - 60), min(len(doc.text), g.end + 60)
    return {
        "doc": doc.name,
        "dct": doc.dct.isoformat(),
        "text": g.text,
        "gold": g.value,
        "predicted": None if match is None else {"text": match.text, "value": match.value},
        "context": " ".join(doc.text[lo:hi].split()),
    }
