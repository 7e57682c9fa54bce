"""PLOVER gold-standard records (plover-gsr/PLOVER_GSR_CAMEO.json): event type, actors, mode.

One story per sentence, no publication date. A sentence's answer is the highest-confidence event
whimbrel returns ("NONE" when it returns none). Old PLOVER 0.5 labels are mapped to PLOVER 2.0:
DEMAND->REQUEST, DISAPPROVE->ACCUSE, INVESTIGATE->ACCUSE, FIGHT->ASSAULT (16 types remain).

Actor codes: the gold codes are ISO 3166-1 alpha-3 except a few. ``JAP``/``ITL``/``VTN`` are read as
JPN/ITA/VNM; ``IGO`` and ``NGO`` (UN, NATO, Red Cross, Amnesty, ...) match any organisation code
whimbrel gives (UNO, NAT, ICR, NGO, ...); ``IMG`` matches ``IMG``; other codes must match exactly.
Every gold code that is not a valid ISO3 code is counted and the count is reported in the notes.
Sectors are the first three letters of the gold sector (``CVLalb`` -> CVL, ``CIV`` -> CVL); ``***``
means unknown and is skipped.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..types import Actor, Event
from . import ORG_CODES, Coder, best_event, code_and_score, event_summary, thirds_accuracy
from .base import EvalResult, Measure, prf, ratio

log = logging.getLogger(__name__)

DATASET = "plover-gsr"
DEFAULT_PATH = "plover-gsr/PLOVER_GSR_CAMEO.json"
ANCHOR = "zero-shot NLI coder macro-F1 0.82 (given gold actor spans)"
TARGETS = {"event_type.macro_f1": 0.70, "source_country.accuracy_on_correct_type": 0.80}

OLD_LABELS = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
CODE_ALIASES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
SECTOR_ALIASES = {"CIV": "CVL"}
# PLOVER 0.5 mode names in the gold file -> PLOVER 2.0 mode names (data/plover.tsv).
MODE_ALIASES = {
    "strike-hun": "hunger", "strike-gen": "strike", "demo-org": "demo", "demo-spon": "demo",
    "riot-spon": "riot", "assassinate": "targeted", "detain": "arrest", "host": "visit",
}
NONE = "NONE"


@dataclass(frozen=True)
class GoldActor:
    text: str
    code: str | None
    sector: str | None


@dataclass(frozen=True)
class GoldSentence:
    id: str
    text: str
    event_type: str  # PLOVER 2.0
    source: tuple[GoldActor, ...]
    target: tuple[GoldActor, ...]
    mode: str | None  # PLOVER 2.0 name, or None
    event_text: str = ""


def _actors(value: Any) -> tuple[GoldActor, ...]:
    if not isinstance(value, list):  # the file has None, "" and a stray "diplomatic" here
        return ()
    out = []
    for a in value:
        if not isinstance(a, dict):
            continue
        code = (a.get("code") or "").strip().upper() or None
        sector = (a.get("sector") or "").strip()
        sec = sector[:3].upper() if sector[:3].isalpha() else None
        out.append(GoldActor(str(a.get("actorText") or ""), code, SECTOR_ALIASES.get(sec or "", sec)))
    return tuple(out)


def load(path: Path) -> list[GoldSentence]:
    """Read the gold file (skipping the DOCUMENT record), mapping old labels to PLOVER 2.0."""
    with open(path, encoding="utf-8") as fh:
        records = json.load(fh)
    out = []
    for r in records:
        event = str(r.get("event") or "").upper()
        if event in ("", "DOCUMENT") or not r.get("text"):
            continue
        mode = str(r.get("mode") or "").strip().lower() or None
        out.append(
            GoldSentence(
                id=str(r.get("id")),
                text=str(r["text"]),
                event_type=OLD_LABELS.get(event, event),
                source=_actors(r.get("source")),
                target=_actors(r.get("target")),
                mode=MODE_ALIASES.get(mode, mode) if mode else None,
                event_text=str(r.get("eventText") or ""),
            )
        )
    return out


def is_iso3(code: str) -> bool:
    import pycountry

    return code == "XKX" or pycountry.countries.get(alpha_3=code) is not None


def code_matches(gold: str, actor: Actor) -> bool:
    """Does a predicted actor carry the gold actor's country (or organisation) code?"""
    pred = (actor.country or "").upper()
    gold = CODE_ALIASES.get(gold, gold)
    if gold in ("IGO", "NGO"):
        return pred in ORG_CODES or actor.kind == "igo"
    return pred == gold


def any_country(gold: tuple[GoldActor, ...], predicted: tuple[Actor, ...]) -> bool:
    return any(g.code and code_matches(g.code, a) for g in gold for a in predicted)


def any_sector(gold: tuple[GoldActor, ...], predicted: tuple[Actor, ...]) -> bool:
    sectors = {g.sector for g in gold if g.sector}
    return any((a.sector or "").upper()[:3] in sectors for a in predicted)


def score(pairs: list[tuple[GoldSentence, Event | None]], *, errors: int = 0) -> EvalResult:
    """Score (gold, predicted top event) pairs. Pure: no pipeline, no files."""
    labels = sorted({g.event_type for g, _ in pairs})
    confusion: dict[str, dict[str, int]] = {}
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    correct = 0
    src_c = src_n = sec_c = sec_n = tgt_c = tgt_n = mode_c = mode_n = 0
    calib: list[tuple[float, bool]] = []
    misses: list[tuple[GoldSentence, Event | None]] = []
    for gold, ev in pairs:
        pred = ev.event_type if ev is not None else NONE
        row = confusion.setdefault(gold.event_type, {})
        row[pred] = row.get(pred, 0) + 1
        ok = pred == gold.event_type
        if ok:
            correct += 1
            tp[pred] += 1
        else:
            fn[gold.event_type] += 1
            fp[pred] += 1
            misses.append((gold, ev))
        if ev is not None:
            calib.append((ev.confidence, ok))
        if ok and ev is not None:
            if any(g.code for g in gold.source):
                src_n += 1
                src_c += any_country(gold.source, ev.source)
            if any(g.sector for g in gold.source):
                sec_n += 1
                sec_c += any_sector(gold.source, ev.source)
            if any(g.code for g in gold.target):
                tgt_n += 1
                tgt_c += any_country(gold.target, ev.target)
        if gold.mode:
            mode_n += 1
            mode_c += ok and ev is not None and (ev.mode or "").lower() == gold.mode
    f1s = [prf(tp[lab], fp[lab], fn[lab])[2] for lab in labels]
    n = len(pairs)
    (top_acc, top_n), (bot_acc, bot_n) = thirds_accuracy(calib)
    measures = [
        Measure("event_type.macro_f1", sum(f1s) / len(f1s) if f1s else 0.0, n, ANCHOR),
        ratio("event_type.accuracy", correct, n),
        ratio("source_country.accuracy_on_correct_type", src_c, src_n),
        ratio("source_sector.accuracy_on_correct_type", sec_c, sec_n),
        ratio("target_country.accuracy_on_correct_type", tgt_c, tgt_n),
        ratio("mode.accuracy", mode_c, mode_n),
        Measure("confidence.top_third_accuracy", top_acc, top_n),
        Measure("confidence.bottom_third_accuracy", bot_acc, bot_n),
    ]
    # Worst misses first: confident wrong answers, then sentences with no event at all.
    misses.sort(key=lambda m: -(m[1].confidence if m[1] is not None else -1.0))
    err_rows = [
        {
            "id": g.id,
            "text": g.text,
            "gold": g.event_type,
            "gold_trigger": g.event_text,
            "gold_source": [f"{a.text} [{a.code or '-'}/{a.sector or '-'}]" for a in g.source],
            "gold_target": [f"{a.text} [{a.code or '-'}/{a.sector or '-'}]" for a in g.target],
            **event_summary(ev),
        }
        for g, ev in misses[:errors]
    ]
    notes = [
        "mode.accuracy: over sentences whose gold record has a mode; right only when the type is right too "
        "(PLOVER 0.5 mode names mapped to 2.0)",
        "confidence thirds: over sentences where whimbrel returned an event, ranked by its confidence",
        f"issue targets: {', '.join(f'{k} >= {v}' for k, v in TARGETS.items())}",
    ]
    return EvalResult(DATASET, measures, confusion, err_rows, notes)


def run(
    data: Path, *, limit: int | None = None, errors: int = 0, pipeline: Coder | None = None
) -> EvalResult:
    """Code every gold sentence (the first ``limit``) and score the top event of each."""
    gold = load(Path(data))[:limit]
    result = code_and_score(gold, score, errors=errors, pipeline=pipeline, pick=best_event)
    codes = [a.code for g in gold for a in g.source + g.target if a.code]
    odd = Counter(c for c in codes if not is_iso3(c))
    result.notes.append(
        f"{sum(odd.values())} of {len(codes)} gold actor codes are not ISO3 "
        f"({', '.join(f'{c} {k}' for c, k in odd.most_common())}): IGO/NGO match any organisation code, "
        f"JAP/ITL/VTN are read as JPN/ITA/VNM, the rest must match exactly"
    )
    return result
