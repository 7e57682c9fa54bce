"""HRDsAttack dev split (hrdsattack/dev.json): where and when the main attack happened, and killings.

One story per article: title + paragraphs (HTML stripped), published = ``Input.publish_date``. The
*main event* is whimbrel's most salient ASSAULT or COERCE event (``whimbrel.salience``: confidence,
discounted by position in the story and by status), else its most salient event of any type. Gold
labels are ``merged_sample``; each measure counts only articles whose gold field is filled (not None /
"unknown"):

- ``country.accuracy``: the main event's location country equals the gold country. Gold countries
  are free text ("USA", "People's Republic of China", "Burma", "Turrkey", "Greece and India"); they are
  normalised with pycountry (lookup, then a few aliases, then a close-match on names). Gold values
  that name no country ("Africa") are left out and counted in the notes. A place in Hong Kong or
  Macau (ISO codes HKG, MAC) also counts for a gold "China": the annotators code the sovereign state.
- ``city.accuracy``: the gold city equals (case/accents folded) the location's name or text. The
  feature is not checked: a few gold "cities" are countries ("Rwanda"), and the name must match anyway.
- ``year/month/day.accuracy``: the main event's date has that part and it equals the gold part (month
  needs month or day precision, day needs day precision).
- ``killing.precision/recall/f1``: gold "killing" in violation_types vs. some ASSAULT event in the
  article with a dead count above zero, or with deaths told for a period (evidence ``dead.period``:
  "at least 60,000 Christians have been killed in the past two decades" tells of killings too, though
  it is no one event's toll).
"""

from __future__ import annotations

import difflib
import html
import json
import logging
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from .. import salience
from ..types import Event, Place, Story
from . import Coder, code_and_score, event_summary
from .base import EvalResult, Measure, prf

log = logging.getLogger(__name__)

DATASET = "hrdsattack"
DEFAULT_PATH = "hrdsattack/dev.json"
ANCHORS = {
    "country.accuracy": "T5 0.66 (test split)",
    "city.accuracy": "T5 0.23 (test split)",
    "year.accuracy": "T5 0.50 (test split)",
    "month.accuracy": "T5 0.33 (test split)",
    "day.accuracy": "T5 0.14 (test split)",
    "killing.f1": "T5 violation-type F1 0.714 (all types, test split)",
}
TARGETS = {
    "country.accuracy": 0.85,
    "city.accuracy": 0.50,
    "year.accuracy": 0.85,
    "month.accuracy": 0.75,
    "day.accuracy": 0.50,
}
MAIN_TYPES = ("ASSAULT", "COERCE")
SOVEREIGN = {"HKG": "CHN", "MAC": "CHN"}  # territories with their own ISO code that gold codes as the state
EMPTY = frozenset({"", "none", "null", "unknown", "nan", "n/a"})
COUNTRY_ALIASES = {
    "burma": "MMR",
    "us": "USA",
    "u.s.": "USA",
    "uk": "GBR",
    "britain": "GBR",
    "england": "GBR",
    "palestine": "PSE",
    "russia": "RUS",
    "iran": "IRN",
    "syria": "SYR",
    "bosnia": "BIH",
    "macedonia": "MKD",
    "kosovo": "XKX",
    "ivory coast": "CIV",
    "turkey": "TUR",
}
MONTHS = {
    m: i
    for i, m in enumerate(
        (
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ),
        1,
    )
}
_TAG = re.compile(r"<[^>]+>")
_BLOCK = re.compile(r"</p\s*>|<br\s*/?>|</div\s*>|</h\d\s*>|</li\s*>", re.I)


@dataclass(frozen=True)
class GoldArticle:
    id: str
    text: str
    published: date | None
    countries: frozenset[str] | None  # ISO3 codes; None = not labelled; empty = labelled but unknown
    city: str | None
    year: int | None
    month: int | None
    day: int | None
    killing: bool


def strip_html(raw: str) -> str:
    text = _BLOCK.sub("\n\n", raw)
    text = html.unescape(_TAG.sub(" ", text))
    paras = [" ".join(p.split()) for p in text.split("\n\n")]
    return "\n\n".join(p for p in paras if p)


def _empty(value: Any) -> bool:
    return value is None or str(value).strip().lower() in EMPTY


def _int(value: Any) -> int | None:
    if _empty(value):
        return None
    s = str(value).strip().lower()
    if s in MONTHS:
        return MONTHS[s]
    try:
        return int(float(s))
    except ValueError:
        return None


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", text.lower()).split())


def country_code(name: str) -> str | None:
    """ISO3 for a free-text country name or code, or None."""
    import pycountry

    key = name.strip().strip(".").lower()
    if not key:
        return None
    if key in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[key]
    try:
        return str(pycountry.countries.lookup(key).alpha_3)
    except LookupError:
        pass
    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            if v:
                names[v.lower()] = c.alpha_3
    for k, v in COUNTRY_ALIASES.items():
        names.setdefault(k, v)
    close = difflib.get_close_matches(key, list(names), n=1, cutoff=0.8)
    return names[close[0]] if close else None


def gold_countries(value: Any) -> frozenset[str] | None:
    if _empty(value):
        return None
    parts = re.split(r"\s*(?:,|/|;|\band\b|&)\s*", str(value))
    return frozenset(c for c in (country_code(p) for p in parts if p.strip()) if c)


def _published(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def load(path: Path) -> list[GoldArticle]:
    with open(path, encoding="utf-8") as fh:
        records = json.load(fh)
    out = []
    for i, r in enumerate(records):
        s, g = r.get("sample") or {}, r.get("merged_sample") or {}
        title = " ".join(str(s.get("Input.title") or "").split())
        body = strip_html(str(s.get("Input.article_interface") or ""))
        text = f"{title}\n\n{body}" if title else body
        if not text.strip():
            continue
        out.append(
            GoldArticle(
                id=str(s.get("Input.GLOBALEVENTID") or s.get("HIT_id") or i),
                text=text,
                published=_published(s.get("Input.publish_date")),
                countries=gold_countries(g.get("country")),
                city=None if _empty(g.get("city")) else str(g.get("city")).strip(),
                year=_int(g.get("year")),
                month=_int(g.get("month")),
                day=_int(g.get("date")),
                killing="killing" in [str(v).lower() for v in g.get("violation_types") or []],
            )
        )
    return out


def place_country(place: Place | None) -> str | None:
    if place is None:
        return None
    if place.country:
        c = place.country.upper()
        return c if len(c) == 3 else country_code(c)
    return country_code(place.name) if place.feature == "country" else None


def city_match(gold: str, place: Place | None) -> bool:
    """The location's name or text is the gold city (any feature: a few gold "cities" are countries)."""
    if place is None:
        return False
    g = fold(gold)
    return bool(g) and g in {fold(place.name), fold(place.text)}


def main_event(events: tuple[Event, ...]) -> Event | None:
    """The article's main event: its most salient ASSAULT or COERCE event (``whimbrel.salience``)."""
    return salience.main_event(Story(id="", text="", events=events), types=MAIN_TYPES)


def _tells_deaths(event: Event) -> bool:
    """The event has a dead count above zero, or deaths told for a period (``dead.period``)."""
    if event.dead is not None and event.dead.best is not None and event.dead.best > 0:
        return True
    return any(e.field == "dead.period" for e in event.evidence)


def date_parts(event: Event | None) -> tuple[int | None, int | None, int | None]:
    if event is None or event.when is None or not event.when.date:
        return None, None, None
    try:
        y, m, d = (int(x) for x in event.when.date[:10].split("-"))
    except ValueError:
        return None, None, None
    prec = event.when.precision or "day"
    return y, m if prec in ("month", "day") else None, d if prec == "day" else None


def score(pairs: list[tuple[GoldArticle, tuple[Event, ...]]], *, errors: int = 0) -> EvalResult:
    hits = {k: [0, 0] for k in ("country", "city", "year", "month", "day")}
    tp = fp = fn = 0
    unresolved = 0
    rows = []
    for gold, events in pairs:
        ev = main_event(events)
        loc = ev.location if ev else None
        y, m, d = date_parts(ev)
        checks: dict[str, bool] = {}
        if gold.countries is not None:
            if gold.countries:
                found = place_country(loc)
                checks["country"] = found in gold.countries or SOVEREIGN.get(found or "") in gold.countries
            else:
                unresolved += 1
        if gold.city:
            checks["city"] = city_match(gold.city, loc)
        for name, g, p in (("year", gold.year, y), ("month", gold.month, m), ("day", gold.day, d)):
            if g is not None:
                checks[name] = p == g
        for name, ok in checks.items():
            hits[name][0] += ok
            hits[name][1] += 1
        pred_kill = any(e.event_type == "ASSAULT" and _tells_deaths(e) for e in events)
        tp += gold.killing and pred_kill
        fp += pred_kill and not gold.killing
        fn += gold.killing and not pred_kill
        wrong = sorted(k for k, ok in checks.items() if not ok)
        if pred_kill != gold.killing:
            wrong.append("killing")
        if wrong:
            place = None if loc is None else f"{loc.name} ({place_country(loc)}, {loc.feature})"
            rows.append(
                {
                    "id": gold.id,
                    "text": gold.text[:300],
                    "wrong": wrong,
                    "gold": {
                        "country": sorted(gold.countries or []),
                        "city": gold.city,
                        "year": gold.year,
                        "month": gold.month,
                        "day": gold.day,
                        "killing": gold.killing,
                    },
                    "predicted_place": place,
                    "predicted_date": None if ev is None or ev.when is None else ev.when.date,
                    **event_summary(ev),
                }
            )
    measures = [
        Measure(f"{k}.accuracy", c / n if n else 0.0, n, ANCHORS.get(f"{k}.accuracy"))
        for k, (c, n) in hits.items()
    ]
    kp, kr, kf = prf(tp, fp, fn)
    measures += [
        Measure("killing.precision", kp, tp + fp),
        Measure("killing.recall", kr, tp + fn),
        Measure("killing.f1", kf, len(pairs), ANCHORS["killing.f1"]),
    ]
    rows.sort(key=lambda row: -len(row["wrong"]))
    notes = [f"issue targets: {', '.join(f'{k} >= {v}' for k, v in TARGETS.items())}"]
    if unresolved:
        notes.append(f"{unresolved} gold country values name no country (e.g. 'Africa') and are left out")
    return EvalResult(DATASET, measures, None, rows[:errors], notes)


def run(
    data: Path, *, limit: int | None = None, errors: int = 0, pipeline: Coder | None = None
) -> EvalResult:
    gold = load(Path(data))[:limit]
    return code_and_score(gold, score, errors=errors, pipeline=pipeline, published=lambda g: g.published)
