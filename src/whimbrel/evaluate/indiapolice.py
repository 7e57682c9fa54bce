"""IndiaPoliceEvents (indiapoliceevents/sents.jsonl): sentence-level police KILL / ARREST / FORCE.

One story per annotated sentence (no publication date). Whimbrel's events are mapped to the
corpus's questions like this:

- a *police* event has a source actor with sector COP or MIL, or whose text contains "police";
  an event with no source actor counts as police when the sentence mentions police;
- FORCE: a police ASSAULT event (any mode), and every KILL;
- KILL: a police ASSAULT event with a dead count above zero;
- ARREST: a COERCE event with mode "arrest" (or CAMEO 173), by police or with no source at all
  (arrests are police acts even when the agent is not named).

The corpus is 21,391 sentences with about 2% positives, so a limited run is *stratified*: half the
sentences (or all, if fewer) are positive for KILL, ARREST or FORCE, the rest negative, each stratum
taken in a fixed pseudo-random order (SHA-1 of doc and sentence id). Precision on such a sample is
optimistic, so ``LABEL.f1_population`` re-weights each sentence by its stratum's sampling rate to
estimate the F1 over the whole corpus. Without a limit the scorer uses ``DEFAULT_LIMIT``; a limit
at least the corpus size scores every sentence.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from ..types import Event
from . import Coder, code_and_score, event_summary
from .base import EvalResult, Measure, prf

log = logging.getLogger(__name__)

DATASET = "indiapoliceevents"
DEFAULT_PATH = "indiapoliceevents/sents.jsonl"
DEFAULT_LIMIT = 600
LABELS = ("KILL", "ARREST", "FORCE")
ANCHOR = "zero-shot NLI baselines (Halterman et al. 2021; numbers not in the store)"
POLICE_SECTORS = frozenset({"COP", "MIL"})


@dataclass(frozen=True)
class GoldSentence:
    id: str
    text: str
    labels: frozenset[str]
    weight: float = 1.0  # how many corpus sentences this one stands for in the stratified sample


def load(path: Path) -> list[GoldSentence]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            r = json.loads(line)
            text = " ".join(str(r.get("sent_text") or "").split())
            if not text:
                continue
            out.append(GoldSentence(f"{r['doc_id']}:{r['sent_id']}", text,
                                    frozenset(r.get("sent_labels") or ()) & frozenset(LABELS)))
    return out


def _order(item: GoldSentence) -> str:
    return hashlib.sha1(item.id.encode("utf-8")).hexdigest()


def stratified(items: list[GoldSentence], limit: int) -> list[GoldSentence]:
    """Half positives (any of KILL/ARREST/FORCE), half negatives, in a fixed order; weights set."""
    if limit >= len(items):
        return list(items)
    pos = sorted((g for g in items if g.labels), key=_order)
    neg = sorted((g for g in items if not g.labels), key=_order)
    k_pos = min(len(pos), limit // 2)
    k_neg = min(len(neg), limit - k_pos)
    w_pos = len(pos) / k_pos if k_pos else 0.0
    w_neg = len(neg) / k_neg if k_neg else 0.0
    picked = [GoldSentence(g.id, g.text, g.labels, w_pos) for g in pos[:k_pos]]
    picked += [GoldSentence(g.id, g.text, g.labels, w_neg) for g in neg[:k_neg]]
    return sorted(picked, key=lambda g: tuple(int(x) if x.isdigit() else 0 for x in g.id.split(":")))


def is_police(event: Event, sentence: str) -> bool:
    for a in event.source:
        if (a.sector or "").upper() in POLICE_SECTORS or "police" in a.text.lower():
            return True
    return not event.source and "police" in sentence.lower()


def labels_of(events: tuple[Event, ...], sentence: str) -> set[str]:
    """The corpus labels whimbrel's events answer "yes" to."""
    out: set[str] = set()
    for e in events:
        police = is_police(e, sentence)
        if e.event_type == "ASSAULT" and police:
            out.add("FORCE")
            if e.dead is not None and e.dead.best > 0:
                out.add("KILL")
        is_arrest = e.mode == "arrest" or (e.cameo or "").startswith("173")
        if e.event_type == "COERCE" and is_arrest and (police or not e.source):
            out.add("ARREST")
    return out


def score(pairs: list[tuple[GoldSentence, tuple[Event, ...]]], *, errors: int = 0) -> EvalResult:
    measures: list[Measure] = []
    confusion: dict[str, dict[str, int]] = {}
    misses = []
    counts = {lab: [0, 0, 0] for lab in LABELS}
    wcounts = {lab: [0.0, 0.0, 0.0] for lab in LABELS}
    for gold, events in pairs:
        pred = labels_of(events, gold.text)
        for lab in LABELS:
            g, p = lab in gold.labels, lab in pred
            idx = 0 if g and p else 1 if p else 2 if g else -1
            if idx >= 0:
                counts[lab][idx] += 1
                wcounts[lab][idx] += gold.weight
            row = confusion.setdefault(lab if g else f"not-{lab}", {})
            key = lab if p else f"not-{lab}"
            row[key] = row.get(key, 0) + 1
        if pred != set(gold.labels):
            misses.append((gold, pred, events))
    n = len(pairs)
    for lab in LABELS:
        tp, fp, fn = counts[lab]
        prec, rec, f1 = prf(tp, fp, fn)
        measures += [Measure(f"{lab}.precision", prec, tp + fp), Measure(f"{lab}.recall", rec, tp + fn),
                     Measure(f"{lab}.f1", f1, n, ANCHOR if lab == "KILL" else None)]
        wtp, wfp, wfn = wcounts[lab]
        wp = wtp / (wtp + wfp) if wtp + wfp else 0.0
        wr = wtp / (wtp + wfn) if wtp + wfn else 0.0
        measures.append(Measure(f"{lab}.f1_population", 2 * wp * wr / (wp + wr) if wp + wr else 0.0, n))
    rows = []
    for gold, pred, events in misses[:errors]:
        top = max(events, key=lambda e: e.confidence) if events else None
        rows.append({"id": gold.id, "text": gold.text, "gold": sorted(gold.labels),
                     "predicted_labels": sorted(pred),
                     "events": [f"{e.event_type}/{e.mode or '-'} '{e.trigger_text}'" for e in events],
                     **event_summary(top)})
    return EvalResult(DATASET, measures, confusion, rows, [])


def run(
    data: Path, *, limit: int | None = None, errors: int = 0, pipeline: Coder | None = None
) -> EvalResult:
    everything = load(Path(data))
    gold = stratified(everything, DEFAULT_LIMIT if limit is None else limit)
    result = code_and_score(gold, score, errors=errors, pipeline=pipeline)
    n_pos = sum(bool(g.labels) for g in gold)
    result.notes += [
        f"stratified sample: {len(gold)} of {len(everything)} sentences, {n_pos} positive for "
        f"{'/'.join(LABELS)}; LABEL.f1_population re-weights by sampling rate",
        "mapping: police ASSAULT -> FORCE (+KILL when dead > 0); "
        "COERCE arrest by police or unnamed -> ARREST",
    ]
    return result
