"""PETRARCH-2 GSR validation records (petrarch-cameo-validation/PETR2_GSR_validation.xml).

78 real AFP/GigaWord sentences with hand-corrected CAMEO codings. The file is not well-formed XML
('#' banners, ``<Sentence .../>`` tags closed before their codings), so it is read with regular
expressions: each ``<Sentence`` opens a record that runs to the next one.

One story per sentence, published = the record's date. The answer is whimbrel's highest-confidence
event. Measures, over sentences with at least one gold coding:
- ``cameo_root.accuracy``: the top event's CAMEO root (two digits) is the root of a gold coding;
- ``cameo_code.accuracy``: the top event's full CAMEO code is a gold code;
- ``plover_type.accuracy``: the top event's PLOVER type is the PLOVER type of a gold code, through
  whimbrel's CAMEO->PLOVER crosswalk (data/cameo.tsv; 01x statements have no PLOVER type, so those
  sentences are left out of this measure);
- ``source_country.accuracy`` / ``target_country.accuracy``: over sentences whose gold codings name
  a country (first three letters of the actor code; ``IGO...`` matches any organisation code; ``---``
  is skipped), the scored event's source (target) actors include one. The scored event is the best
  event whose PLOVER type is a gold type, else the top event.
- ``no_event.accuracy``: over sentences coded ``noevents``, the share where whimbrel returns none.
"""

from __future__ import annotations

import html
import logging
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..types import Actor, Event
from . import ORG_CODES, Coder, best_event, code_and_score, event_summary
from .base import EvalResult, ratio

log = logging.getLogger(__name__)

DATASET = "petrarch"
DEFAULT_PATH = "petrarch-cameo-validation/PETR2_GSR_validation.xml"
ANCHOR = "none published (PETRARCH-2 validation suite)"
NONE = "NONE"

_SENTENCE = re.compile(r"<Sentence\b([^>]*)>", re.S)
_CODING = re.compile(r"<EventCoding\b([^>]*)/?>", re.S)
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
_ATTR = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
_PARSE = re.compile(r"<Parse>(.*?)</Parse>", re.S)


@dataclass(frozen=True)
class Coding:
    event_code: str
    source: str
    target: str


@dataclass(frozen=True)
class GoldSentence:
    id: str
    text: str
    published: date | None
    category: str
    codings: tuple[Coding, ...]  # empty: the record is coded "noevents"


def _attrs(raw: str) -> dict[str, str]:
    return {k: html.unescape(v) for k, v in _ATTR.findall(raw)}


def parse(text: str) -> list[GoldSentence]:
    """Read validation records from the file's text, tolerating banners and unclosed tags."""
    starts = list(_SENTENCE.finditer(text))
    out = []
    for i, m in enumerate(starts):
        chunk = text[m.end() : starts[i + 1].start() if i + 1 < len(starts) else len(text)]
        attrs = _attrs(m.group(1))
        tm = _TEXT.search(chunk)
        if not tm:
            continue
        body = html.unescape(" ".join(tm.group(1).split()))
        if not body:  # one record keeps its words only in the CoNLL-U parse
            pm = _PARSE.search(chunk)
            body = _text_from_conllu(pm.group(1)) if pm else ""
        if not body:
            continue
        codings = []
        for cm in _CODING.finditer(chunk):
            ca = _attrs(cm.group(1))
            if ca.get("eventcode"):
                codings.append(Coding(ca["eventcode"].strip(), ca.get("sourcecode", "").strip(),
                                      ca.get("targetcode", "").strip()))
        raw_date = attrs.get("date", "")
        try:
            published = date(int(raw_date[:4]), int(raw_date[4:6]), int(raw_date[6:8]))
        except ValueError:
            published = None
        out.append(GoldSentence(attrs.get("id", f"record-{i}"), body, published, attrs.get("category", ""),
                                tuple(codings)))
    return out


def _text_from_conllu(parse: str) -> str:
    out = []
    for line in parse.splitlines():
        cols = line.split("\t")
        if len(cols) >= 10 and cols[0].isdigit():
            out.append(cols[1] + ("" if "SpaceAfter=No" in cols[9] else " "))
    return html.unescape("".join(out).strip())


def load(path: Path) -> list[GoldSentence]:
    return parse(Path(path).read_text(encoding="utf-8"))


def plover_of(code: str) -> str | None:
    """PLOVER type of a CAMEO code via whimbrel's crosswalk (exact code, then 3-digit, then root)."""
    from ..ontology import cameo_codes

    codes = cameo_codes()
    for c in (code, code[:3], code[:2]):
        if c in codes:
            return codes[c].plover
    return None


def country_of(actor_code: str) -> str | None:
    head = actor_code[:3].upper()
    if not head.isalpha():
        return None
    return "IGO" if head in ("IGO", "NGO") else head


def _country_hit(gold: set[str], actors: tuple[Actor, ...]) -> bool:
    for a in actors:
        pred = (a.country or "").upper()
        if pred in gold or ("IGO" in gold and (pred in ORG_CODES or a.kind == "igo")):
            return True
    return False


def score(pairs: list[tuple[GoldSentence, tuple[Event, ...]]], *, errors: int = 0) -> EvalResult:
    confusion: dict[str, dict[str, int]] = {}
    root_c = code_c = n = plover_c = plover_n = 0
    src_c = src_n = tgt_c = tgt_n = none_c = none_n = 0
    misses: list[tuple[GoldSentence, Event | None, str]] = []
    for gold, events in pairs:
        top = best_event(events)
        if not gold.codings:
            none_n += 1
            none_c += not events
            if events:
                misses.append((gold, top, "no event expected"))
            continue
        n += 1
        gold_roots = {c.event_code[:2] for c in gold.codings}
        pred_code = (top.cameo or "") if top else ""
        pred_root = pred_code[:2] if pred_code else NONE
        row = confusion.setdefault(gold.codings[0].event_code[:2], {})
        row[pred_root] = row.get(pred_root, 0) + 1
        root_ok = pred_root in gold_roots
        root_c += root_ok
        code_c += pred_code in {c.event_code for c in gold.codings}
        gold_types = {t for t in (plover_of(c.event_code) for c in gold.codings) if t}
        if gold_types:
            plover_n += 1
            plover_c += top is not None and top.event_type in gold_types
        scored = best_event(events, gold_types) or top
        src = {c for c in (country_of(g.source) for g in gold.codings) if c}
        tgt = {c for c in (country_of(g.target) for g in gold.codings) if c}
        if src:
            src_n += 1
            src_c += scored is not None and _country_hit(src, scored.source)
        if tgt:
            tgt_n += 1
            tgt_c += scored is not None and _country_hit(tgt, scored.target)
        if not root_ok:
            misses.append((gold, top, "wrong root"))

    measures = [
        ratio("cameo_root.accuracy", root_c, n, ANCHOR),
        ratio("cameo_code.accuracy", code_c, n),
        ratio("plover_type.accuracy", plover_c, plover_n),
        ratio("source_country.accuracy", src_c, src_n),
        ratio("target_country.accuracy", tgt_c, tgt_n),
        ratio("no_event.accuracy", none_c, none_n),
    ]
    misses.sort(key=lambda m: -(m[1].confidence if m[1] is not None else -1.0))
    rows = [
        {
            "id": g.id,
            "text": g.text,
            "why": why,
            "gold": [f"{c.event_code} {c.source}->{c.target}" for c in g.codings] or ["noevents"],
            **event_summary(ev),
        }
        for g, ev, why in misses[:errors]
    ]
    notes = ["confusion rows/columns are CAMEO root codes (first gold coding of each sentence)"]
    return EvalResult(DATASET, measures, confusion, rows, notes)


def run(
    data: Path, *, limit: int | None = None, errors: int = 0, pipeline: Coder | None = None
) -> EvalResult:
    gold = load(Path(data))[:limit]
    result = code_and_score(gold, score, errors=errors, pipeline=pipeline, published=lambda g: g.published)
    cats = Counter(g.category for g in gold)
    result.notes.append("categories: " + ", ".join(f"{k} {v}" for k, v in cats.most_common()))
    return result
