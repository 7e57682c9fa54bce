"""Toponym recognition and resolution on Gritta's geoparsing corpora (GeoVirus, TR-News, LGL).

For each corpus: ``<corpus>.place.recall`` (gold toponyms overlapped by a found place),
``<corpus>.place.precision`` (found places that overlap a gold toponym) and ``<corpus>.acc@161km``
(of the gold toponyms that were found and carry coordinates, the share resolved within 161 km), and
``<corpus>.acc@161km_or_area`` (the same, where a country or admin1 resolution that contains the gold
point also counts: the corpora place an area at one gazetteer's representative point).
Every place ``find_places`` lists counts as found, demonyms and metonyms included (the corpora
annotate "Turkish" -> Turkey and "Moscow said" -> Moscow as toponyms).
"""

from __future__ import annotations

import functools
import logging
import math
import pathlib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..types import Place, Story
from .base import EvalResult, Measure

log = logging.getLogger(__name__)

CORPORA = {"GeoVirus": "GeoVirus.xml", "TR-News": "TR-News.xml", "LGL": "lgl.xml"}
ANCHORS = {
    "GeoVirus": "CamCoder 0.82",
    "TR-News": "Mordecai3 0.873",
    "LGL": "CamCoder 0.76; Mordecai3 0.827",
}
KM = 161.0


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    text: str
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class GoldArticle:
    id: str
    text: str
    toponyms: tuple[GoldToponym, ...]


def _float(node: ET.Element | None) -> float | None:
    if node is None or node.text is None or not node.text.strip():
        return None
    try:
        return float(node.text)
    except ValueError:
        return None


def _int(node: ET.Element, tag: str) -> int:
    return int(node.findtext(tag) or 0)


def read_corpus(path: pathlib.Path) -> Iterator[GoldArticle]:
    """Articles of one corpus file: GeoVirus (``<locations>``) or LGL-style (``<toponyms>``)."""
    root = ET.parse(path).getroot()
    for i, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        tops: list[GoldToponym] = []
        for loc in art.iter("location"):
            s, e = _align(text, loc.findtext("name"), _int(loc, "start"), _int(loc, "end"))
            tops.append(GoldToponym(s, e, text[s:e], _float(loc.find("lat")), _float(loc.find("lon"))))
        for top in art.iter("toponym"):
            s, e = _align(text, top.findtext("phrase"), _int(top, "start"), _int(top, "end"))
            gaz = top.find("gaztag")
            lat = _float(gaz.find("lat")) if gaz is not None else None
            lon = _float(gaz.find("lon")) if gaz is not None else None
            tops.append(GoldToponym(s, e, text[s:e], lat, lon))
        yield GoldArticle(art.get("docid") or f"{path.stem}-{i}", text, tuple(tops))


def _align(text: str, phrase: str | None, start: int, end: int, window: int = 40) -> tuple[int, int]:
    """Gold offsets drift by a few characters in some articles: move them to the nearest occurrence."""
    phrase = (phrase or "").strip()
    if not phrase or text[start:end] == phrase:
        return start, end
    best: int | None = None
    pos = text.find(phrase, max(0, start - window))
    while pos != -1 and pos <= start + window:
        if best is None or abs(pos - start) < abs(best - start):
            best = pos
        pos = text.find(phrase, pos + 1)
    return (best, best + len(phrase)) if best is not None else (start, end)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


@functools.lru_cache(maxsize=1)
def _iso2_to_3() -> dict[str, str]:
    import pycountry

    return {c.alpha_2: c.alpha_3 for c in pycountry.countries}


def _contains_gold(place: Place, lat: float, lon: float) -> bool:
    """For a country or admin1 resolution: does the gold point lie in it? (nearest populated place's
    country and admin1, from reverse_geocoder's bundled table)."""
    if place.feature not in ("country", "admin1"):
        return False
    import reverse_geocoder

    hit = reverse_geocoder.search([(lat, lon)], mode=1, verbose=False)[0]
    if _iso2_to_3().get(hit["cc"]) != place.country:
        return False
    return place.feature == "country" or hit["admin1"] == place.name


def score_corpus(name: str, articles: list[GoldArticle], found: list[tuple[Place, ...]],
                 errors: int = 0) -> tuple[list[Measure], list[dict[str, Any]]]:
    gold_n = found_n = resolved_n = correct = area_ok = 0
    pred_n = pred_hit = 0
    misses: list[dict[str, Any]] = []
    for art, places in zip(articles, found, strict=True):
        for p in places:
            pred_n += 1
            if any(_overlaps(p.start, p.end, g.start, g.end) for g in art.toponyms):
                pred_hit += 1
        for g in art.toponyms:
            gold_n += 1
            hits = [p for p in places if _overlaps(p.start, p.end, g.start, g.end)]
            if not hits:
                if len(misses) < errors:
                    misses.append({"corpus": name, "kind": "missed", "text": g.text, "start": g.start,
                                   "context": art.text[max(0, g.start - 60): g.end + 60]})
                continue
            found_n += 1
            if g.lat is None or g.lon is None:
                continue
            resolved_n += 1
            best = max(hits, key=lambda p: (min(p.end, g.end) - max(p.start, g.start), p.score))
            if best.lat is not None and best.lon is not None:
                dist = haversine_km(g.lat, g.lon, best.lat, best.lon)
                if dist <= KM:
                    correct += 1
                    area_ok += 1
                    continue
                if _contains_gold(best, g.lat, g.lon):
                    area_ok += 1
                    continue
            else:
                dist = float("inf")
            if len(misses) < errors:
                misses.append({"corpus": name, "kind": "wrong", "text": g.text, "gold": [g.lat, g.lon],
                               "found": [best.name, best.country, best.admin1, best.feature, best.lat,
                                         best.lon],
                               "km": round(dist), "context": art.text[max(0, g.start - 60): g.end + 60]})
    measures = [
        Measure(f"{name}.place.recall", found_n / gold_n if gold_n else 0.0, gold_n),
        Measure(f"{name}.place.precision", pred_hit / pred_n if pred_n else 0.0, pred_n),
        Measure(f"{name}.acc@161km", correct / resolved_n if resolved_n else 0.0, resolved_n,
                ANCHORS.get(name)),
        # the same, but a country or admin1 that contains the gold point also counts: gold points for
        # areas follow one gazetteer's convention (GeoNames, Wikipedia), ours is another centroid
        Measure(f"{name}.acc@161km_or_area", area_ok / resolved_n if resolved_n else 0.0, resolved_n),
    ]
    return measures, misses


def run(
    data: pathlib.Path, *, limit: int | None = None, errors: int = 0, corpus: str | None = None
) -> EvalResult:
    """Score ``find_places`` on the corpora in ``data`` (the ``gritta-corpora`` folder or its parent).

    ``limit`` caps the articles read per corpus; ``errors`` keeps that many misses per corpus;
    ``corpus`` picks one of GeoVirus, TR-News, LGL.
    """
    from ..places import find_places

    data = pathlib.Path(data)
    if (data / "gritta-corpora").is_dir():
        data = data / "gritta-corpora"
    names = [corpus] if corpus else list(CORPORA)
    result = EvalResult(dataset="geoparsing", measures=[])
    for name in names:
        if name not in CORPORA:
            from ..errors import ConfigError

            raise ConfigError(f"unknown geoparsing corpus {name!r}: use one of {', '.join(CORPORA)}")
        path = data / CORPORA[name]
        if not path.exists():
            result.notes.append(f"{name}: {path} not found, skipped")
            continue
        articles = list(read_corpus(path))[:limit] if limit else list(read_corpus(path))
        found = [find_places(Story(id=a.id, text=a.text)) for a in articles]
        measures, misses = score_corpus(name, articles, found, errors)
        result.measures.extend(measures)
        result.errors.extend(misses)
        log.info("%s: %s", name, ", ".join(f"{m.name}={m.value:.3f}" for m in measures))
    result.notes.append("acc@161km is over the gold toponyms that were found and have gold coordinates")
    return result
