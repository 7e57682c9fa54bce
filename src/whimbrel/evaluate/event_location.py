"""Event location choice against Halterman's adjudicated event-location gold (RELABEL subset).

Each record is one sentence with a gold event verb and zero or more gold LOCATION spans (the places
where that event happened). The event is built by hand on the gold verb, so this measures the choice
of location (clause / sentence rules of :mod:`whimbrel.geolocate`), not event detection. Scores are
token-level precision and recall of predicted location tokens against gold location tokens.

Predicted spans are compared as names, the way the gold marks them: a leading "the" and a trailing
generic noun ("Idlib province" -> "Idlib") are dropped (:func:`name_span`). The place chosen first
and the places coordinated with it ("the villages of X and Y") are counted (``coordinated=True``).

Gold quirk: on relabelled LOCATION spans that carry a ``text`` field, ``start``/``end`` hold token
indices rather than character offsets; those spans are found again by their text, nearest to the
token index (tokens counted as words and punctuation marks, the way the gold's tokenizer counts them).
"""

from __future__ import annotations

import json
import logging
import pathlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .. import geolocate, nlp, place_syntax
from ..types import Event, Place, Span, Story
from .base import EvalResult, Measure, prf

log = logging.getLogger(__name__)

DATASET = "halterman-event-location/relabel_gold_subset"
FILE = "relabel_gold_subset.jsonl"
ANCHOR = "Halterman 2019 model: token P/R > 0.83"


@dataclass(frozen=True)
class Record:
    id: str
    text: str
    verb: tuple[int, int]
    locations: tuple[tuple[int, int], ...]


_TOKEN = re.compile(r"\w+|[^\w\s]")


def _find_near(text: str, needle: str, token_index: int) -> tuple[int, int] | None:
    """The occurrence of ``needle`` whose token position is nearest ``token_index``. The gold counts
    tokens as spaCy does (punctuation and hyphens apart: 'anti-war "bikes' is five tokens), so words and
    punctuation marks are counted here, not whitespace-separated chunks."""
    best: tuple[int, int] | None = None
    best_gap = 10**9
    pos = text.find(needle)
    while pos >= 0:
        approx = len(_TOKEN.findall(text, 0, pos))
        gap = abs(approx - token_index)
        if gap < best_gap:
            best, best_gap = (pos, pos + len(needle)), gap
        pos = text.find(needle, pos + 1)
    return best


def load(path: pathlib.Path) -> list[Record]:
    """Records with one gold verb; character spans repaired where the gold stores token indices."""
    out: list[Record] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            raw = json.loads(line)
            text = raw["text"]
            verbs = [s for s in raw.get("spans", []) if s["label"] == "VERB"]
            if len(verbs) != 1:
                continue
            v = verbs[0]
            locs: list[tuple[int, int]] = []
            for s in raw.get("spans", []):
                if s["label"] != "LOCATION":
                    continue
                want = s.get("text")
                if want is None or text[s["start"] : s["end"]] == want:
                    if s["end"] > s["start"]:
                        locs.append((s["start"], s["end"]))
                    continue
                found = _find_near(text, want, s["token_start"])
                if found is None:
                    log.warning("gold location %r not found in record %s", want, raw.get("_id"))
                    continue
                locs.append(found)
            rid = str(raw.get("_id", len(out))).strip()
            out.append(Record(rid, text, (v["start"], v["end"]), tuple(locs)))
    return out


_GENERIC = re.compile(
    r"\s+(?:province|district|governorate|region|state|county|municipality|area|town|city|village|"
    r"neighbou?rhood|countryside|suburbs?|quarter)$"
)


def name_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The name part of a place mention, as the gold marks it: no leading "the", no trailing "province"."""
    if text[start:end].lower().startswith("the "):
        start += 4
    m = _GENERIC.search(text, start, end)
    if m and m.start() > start:
        end = m.start()
    return start, end


def _token_set(doc: Any, spans: Sequence[tuple[int, int]]) -> set[int]:
    """Word tokens overlapping the spans: punctuation and runs of whitespace are not counted."""
    out: set[int] = set()
    for s, e in spans:
        for t in doc:
            if t.idx < e and t.idx + len(t.text) > s and not (t.is_punct or t.is_space):
                out.add(t.i)
    return out


def candidate_places(rec: Record, doc: Any, model: str) -> tuple[Place, ...]:
    """Place mentions of the sentence: the gazetteer's (when available) plus the syntactic ones."""
    from .. import places as places_mod
    from ..gazetteer import default_gazetteer

    story = Story(
        id=rec.id,
        text=rec.text,
        sentences=(Span(0, len(rec.text)),),
        doc=nlp.Parse((nlp.ParsedSentence(0, 0, len(rec.text), doc),), model),
    )
    found = place_syntax.complete_names(doc, 0, places_mod.story_places(story))
    extra = place_syntax.syntactic_places(doc, 0, known=default_gazetteer().has, also=found)
    return place_syntax.merge_places(found, extra)


def run(
    data: pathlib.Path,
    *,
    limit: int | None = None,
    errors: int = 0,
    model: str = nlp.DEFAULT_MODEL,
    coordinated: bool = True,
    sentence_fallback: bool = True,
) -> EvalResult:
    """Score location choice; ``data`` is the gold file or the directory that holds it."""
    path = data / FILE if data.is_dir() else data
    records = load(path)
    if limit is not None:
        records = records[:limit]
    docs = nlp.parse_texts([r.text for r in records], model)
    tp = fp = fn = 0
    none_n = none_ok = 0
    misses: list[tuple[int, dict[str, Any]]] = []
    for rec, doc in zip(records, docs, strict=True):
        cands = candidate_places(rec, doc, model)
        event = Event(
            story_id=rec.id,
            sentence_index=0,
            sentence=Span(0, len(rec.text)),
            trigger=Span(*rec.verb),
            trigger_text=rec.text[rec.verb[0] : rec.verb[1]],
            event_type="",
        )
        choice = geolocate.choose_location(event, doc, 0, cands, sentence_fallback=sentence_fallback)
        pred: list[tuple[int, int]] = []
        if choice is not None:
            pred.append(name_span(rec.text, choice.place.start, choice.place.end))
            if coordinated:
                pred.extend(name_span(rec.text, p.start, p.end) for p in choice.also)
        gold_t = _token_set(doc, rec.locations)
        pred_t = _token_set(doc, pred)
        a, b, c = len(gold_t & pred_t), len(pred_t - gold_t), len(gold_t - pred_t)
        tp, fp, fn = tp + a, fp + b, fn + c
        if not rec.locations:
            none_n += 1
            none_ok += int(not pred)
        if errors and (b or c):
            misses.append(
                (
                    b + c,
                    {
                        "id": rec.id,
                        "text": rec.text,
                        "verb": rec.text[rec.verb[0] : rec.verb[1]],
                        "gold": [rec.text[s:e] for s, e in rec.locations],
                        "predicted": [rec.text[s:e] for s, e in pred],
                        "method": choice.method if choice else None,
                        "candidates": [p.text for p in cands],
                    },
                )
            )
    p, r, f = prf(tp, fp, fn)
    n = len(records)
    measures = [
        Measure("event_location.token_precision", p, tp + fp, ANCHOR),
        Measure("event_location.token_recall", r, tp + fn, ANCHOR),
        Measure("event_location.token_f1", f, n),
        Measure("event_location.none_accuracy", none_ok / none_n if none_n else 0.0, none_n),
    ]
    misses.sort(key=lambda m: -m[0])
    notes = [
        f"{n} records; event built on the gold verb; clause/sentence choice only (no dateline/actor-country)",
        f"coordinated places counted: {coordinated}; sentence fallback: {sentence_fallback}",
    ]
    return EvalResult(DATASET, measures, errors=[m for _, m in misses[:errors]], notes=notes)
