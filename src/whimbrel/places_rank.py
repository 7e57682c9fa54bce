"""Ranking of a story's place mentions: each gazetteer candidate of each mention scored by context.

``resolve`` scores every candidate (``_score``) by feature type (a country beats a town of the same
name; an admin1 or a region missing from the population tables ranks as a middling place, never a
hamlet), population, capital status, whether the name is the entry's main name, the share of the
story's other places in the candidate's country (a region spanning countries, such as an ocean, takes
the largest share), its admin1 region named in the story, other places of the story within 200 km, a
following container ("Alexandria, La.", "Tripoli, Lebanon"), coherence (other names of the story with
*some* reading within 40 km: "Paris and Henry County" -> Paris, Tennessee), an admin type named with
it ("a Washington state farm") and list homogeneity (a name coordinated with countries or admin1
areas, "Utah, Virginia, Washington and Wyoming", reads as what its list-mates read as). Three rounds:
each sees what the story's *other* names resolved to in the round before. A name never supports
itself, nor a longer or shorter form of it ("Dublin" / "Dublin City") by country share, though a short
name is read as the very place a longer name of the story holding it was ("the Republic of Congo ...
Congo": not the DRC, which "Congo" may also name); a lone word found only by
gazetteer look-up ("Officer") counts for half (for a quarter towards coherence). A mention followed by
an admin1 container that holds none of its readings ("Stroud, Ontario" when the gazetteer lists no
Stroud in Ontario) loses its candidates: the place is one the gazetteer does not know.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .gazetteer import Candidate, normalize
from .place_words import ADMIN_AREAS, ADMIN_LOCAL, ADMIN_PHRASES, ADMIN_TOP, ADMIN_TOWNS, TOWN_PARTS
from .place_words import unit_alternation as _alt

FEATURE_PRIOR = {"country": 2.0, "admin1": 1.2, "region": 2.0, "admin2": 0.4, "city": 0.0, "point": 0.0}
# Ranking weights (see docs: measured on the geoparsing corpora, tuned to phenomena, not to names).
W_POPULATION = 0.35  # per power of ten
# An admin1 area or a region without a population in the tables (a county-level admin1 listing no
# towns, a sea) or a landmark of the regions table ("White House") ranks as if it had this many people.
POPULATION_FLOOR = {"admin1": 10_000, "region": 1_000_000}
W_CAPITAL = 2.0
W_EXACT = 0.5  # the mention is the entry's main name, not an alternate name
W_STORY_COUNTRY = 3.5  # times the share of the story's other places in the candidate's country
W_STORY_ADMIN1 = 1.5  # the candidate's admin1 region is named in the story
W_NEAR = 1.0  # other places of the story lie within 200 km (up to three of them)
W_CONTAINER = 3.0  # "Alexandria, La.": the following name contains the candidate
W_COHERENT = 1.5  # other names of the story have a reading close to the candidate
COHERENT_KM = 40.0  # "close" for two places (a town and its county, two neighbouring towns)
COHERENT_POWER = 0.5  # a supporting name counts 1 / (its number of readings) ** this
COHERENT_CAP = 0.5  # support at which the bonus is full
COHERENT_TOP = 15  # readings of another name that count (the gazetteer lists main names, then by population)
W_WEAK_CONTEXT = 0.5  # context weight of a one-word name that only the gazetteer look-up found
W_ADMIN_HINT = 3.0  # "a Washington state farm", "the state of Washington": an admin1 reading
W_LIST = 2.5  # "Utah, Virginia, Washington and Wyoming": the feature and country the list-mates read as
W_SHORT_FORM = 3.0  # "the Republic of Congo ... Congo": a short form repeats the longer name's place
# an armed group named in the story ("Oromo Liberation Army rebels") counts towards the country it
# fights in as this much of a place named there: "a village outside Ambo" is Ethiopia's Ambo
W_GROUP_COUNTRY = 0.5
# a name that reads as a province and as the town in it that the province is named after ("Kherson",
# "Uppsala", "Mtwara") is the town, unless typed as an area ("Kherson region") or listed with areas:
# the town scores at least as well as its province, by this margin
NAMESAKE_MARGIN = 0.01
# ... when the town holds at least this share of the province's people: a province much larger than
# the town it is named after ("Quebec") is what the name mostly stands for
NAMESAKE_SHARE = 1 / 12


@dataclass
class _Mention:
    start: int
    end: int
    text: str
    source: str  # ner | ruler | gazetteer | demonym
    demonym_of: str | None = None  # ISO3 for a demonym
    sent_start: int = 0
    token: Any = None  # root token of the entity when the sentence was parsed
    admin_hint: bool = False  # followed by "state"/"province"/"region"..., or after "the state of"
    mates: list[int] = field(default_factory=list)  # indices of the other names of its list
    candidates: list[Candidate] = field(default_factory=list)
    scores: list[float] = field(default_factory=list)


def best_index(m: _Mention) -> int:
    """The index of the mention's best-scored candidate (it has at least one)."""
    return max(range(len(m.candidates)), key=lambda k: m.scores[k])


def resolve(
    text: str, mentions: list[_Mention], rounds: int = 3, countries: Sequence[Candidate] = ()
) -> None:
    """Score every candidate of every mention; later rounds see what the others resolved to.

    Context is counted per distinct name (a name repeated ten times votes once) and never includes
    the mention's own name, so a wrong first guess cannot confirm itself. ``countries`` are the
    countries of the armed groups the story names, context from the start (``W_GROUP_COUNTRY`` each).
    """
    containers = _containers(text, mentions)
    neighbours = _neighbours(text, mentions)
    # "the Robledo district of Medellín", "Karma, near Ouahigouya": a place told by the one after it
    # takes that one's country and does not steer it (a part's namesake abroad would)
    placed = {i for i, j in neighbours if j == i + 1 and (j, i) not in neighbours}
    _hints(text, mentions)
    coherent = _coherence(mentions)
    ctx = _Context()
    ctx.add_countries(countries)
    for _round in range(rounds):
        for i, m in enumerate(mentions):
            key = normalize(m.text)
            bonus = coherent.get(key, [])
            mates = [ctx.picks[k] for k in {normalize(mentions[j].text) for j in m.mates} if k in ctx.picks]
            base = [
                _score(c, key, ctx, containers.get(i)) + (bonus[j] if j < len(bonus) else 0.0)
                for j, c in enumerate(m.candidates)
            ]
            for town, province in namesake_towns(m.candidates):
                base[town] = max(base[town], base[province] + NAMESAKE_MARGIN)
            m.scores = [
                base[j]
                + W_LIST * _list_share(c, mates)
                + W_SHORT_FORM * ctx.longer_form(key, c)
                + (W_ADMIN_HINT if m.admin_hint and c.feature in ("admin1", "admin2") else 0.0)
                for j, c in enumerate(m.candidates)
            ]
        ctx = _Context()
        ctx.add_countries(countries)
        for i, m in enumerate(mentions):
            key = normalize(m.text)
            if not m.candidates or key in ctx.picks or i in placed:
                continue
            best = best_index(m)
            ctx.add(key, m.candidates[best], _confidence(m.scores, best) * _evidence(m))
    for i, j in neighbours:  # "Karma, near Ouahigouya": a town of its neighbour's country
        _same_country(mentions[i], mentions[j])
    for i, b in containers.items():  # "Stroud, Ontario": no reading of ours lies in Ontario
        m = mentions[i]
        if m.candidates and b.candidates:
            outer = b.candidates[best_index(b)]
            if outer.feature in ("admin1", "country") and not any(
                _contains(outer, c) or c.feature in ("admin1", "country") for c in m.candidates
            ):
                m.candidates, m.scores = [], []


_LIST_SEP = re.compile(r",\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
# "Washington state", "the province of Hama", "Kidal region": a name typed as a first-level area
_ADMIN_AFTER = re.compile(r"\s+(?:" + _alt(ADMIN_TOP) + r")\b", re.I)
_ADMIN_BEFORE = re.compile(r"\b(?:" + _alt(ADMIN_TOP) + r") of\s+$", re.I)
_ADMIN_LAST = re.compile(r"\s(?:" + _alt(ADMIN_TOP) + r")$", re.I)  # the mention "Kayes Region" itself


def _hints(text: str, mentions: list[_Mention]) -> None:
    """Mark names typed as admin areas ("Washington state") and the members of coordinated lists
    ("Utah, Virginia, Washington and Wyoming": a chain joined by commas and an "and" or "or")."""
    chain: list[int] = []
    for i, m in enumerate(mentions):
        before = text[max(0, m.start - 20) : m.start]
        m.admin_hint = bool(
            _ADMIN_AFTER.match(text, m.end) or _ADMIN_BEFORE.search(before) or _ADMIN_LAST.search(m.text)
        )
        if chain and _LIST_SEP.fullmatch(text[mentions[chain[-1]].end : m.start]):
            chain.append(i)
            continue
        _link(text, mentions, chain)
        chain = [i]
    _link(text, mentions, chain)


def _link(text: str, mentions: list[_Mention], chain: list[int]) -> None:
    if len(chain) < 2 or not any(
        re.search(r"\b(?:and|or)\b", text[mentions[a].end : mentions[b].start])
        for a, b in zip(chain, chain[1:], strict=False)
    ):
        return
    for i in chain:
        mentions[i].mates = [j for j in chain if j != i]


def _kind(c: Candidate) -> str:
    return "place" if c.feature in ("city", "admin2", "point") else c.feature


def _list_share(c: Candidate, mates: list[tuple[Candidate, float]]) -> float:
    """Share of a name's list-mates (confidence-weighted) read as the same kind of place in the same
    country as the candidate: a list names alike things."""
    mates = [(p, w) for p, w in mates if p.feature in ("country", "admin1")]  # towns mix with areas
    total = sum(w for _, w in mates)
    same = sum(
        w for p, w in mates if _kind(p) == _kind(c) and (p.country == c.country or c.feature == "country")
    )
    return same / total if total else 0.0


@dataclass
class _Context:
    """What the story's other names resolved to: countries (weighted), admin1 regions, points."""

    picks: dict[str, tuple[Candidate, float]] = field(default_factory=dict)

    def add(self, key: str, c: Candidate, weight: float) -> None:
        self.picks[key] = (c, weight)

    def add_countries(self, countries: Sequence[Candidate]) -> None:
        for c in countries:  # keyed apart from any name a story can hold
            self.picks[f"\x00{c.country}"] = (c, W_GROUP_COUNTRY)

    def country_share(self, key: str, country: str) -> float:
        total = n = 0.0
        for k, (p, w) in self.picks.items():
            if p.country and not _related(k, key):
                total += w
                n += w if p.country == country else 0.0
        return n / total if total > 0 else 0.0

    def longer_form(self, key: str, c: Candidate) -> float:
        """Confidence of the story's longer names that hold this name ("republic of congo" holds
        "congo") and were read as this very place: the short name repeats them."""
        return max(
            (
                w
                for k, (p, w) in self.picks.items()
                if k != key
                and f" {key} " in f" {k} "
                and (p.name, p.country, p.feature) == (c.name, c.country, c.feature)
            ),
            default=0.0,
        )

    def top_share(self, key: str) -> float:
        """The largest country share: a region spanning countries (an ocean) fits any story."""
        countries = {p.country for k, (p, _) in self.picks.items() if p.country and not _related(k, key)}
        return max((self.country_share(key, c) for c in countries), default=0.0)

    def admin1_named(self, key: str, c: Candidate) -> float:
        """Confidence-weighted count of the story's other names that are the candidate's admin1 region
        (or the candidate itself, for an admin1) or lie in it."""
        region = c.name if c.feature == "admin1" else c.admin1
        n = 0.0
        for k, (p, w) in self.picks.items():
            if _related(k, key) or p.country != c.country or p.feature == "country":
                continue
            if (p.feature == "admin1" and p.name == region) or p.admin1 == region:
                n += w
        return n

    def near(self, key: str, c: Candidate, km: float = 200.0) -> float:
        """Confidence-weighted count of the story's other names resolved near the candidate (inside
        it, for an admin1)."""
        n = 0.0
        for k, (p, w) in self.picks.items():
            if _related(k, key) or p.feature not in ("city", "admin2"):
                continue
            if c.feature == "admin1":
                n += w if p.country == c.country and p.admin1 == c.name else 0.0
            elif km_between(p.lat, p.lon, c.lat, c.lon) <= km:
                n += w
        return n


def _coherence(mentions: list[_Mention]) -> dict[str, list[float]]:
    """Per name, a bonus for each candidate: how many of the story's *other* names have one of their
    first ``COHERENT_TOP`` readings (not only their current pick) within ``COHERENT_KM`` of it.

    Local news names several small places of one area ("Paris and Henry County"); each name alone
    is ambiguous, but only one reading of each lies next to a reading of the others.
    """
    names: dict[str, tuple[list[Candidate], float]] = {}
    for m in mentions:
        key = normalize(m.text)
        if m.candidates and key not in names:
            top = m.candidates[:COHERENT_TOP]  # a name's obscure readings are no evidence of its area
            # a weak name alone does not make a reading coherent: it would confirm itself in turn
            names[key] = ([c for c in top if c.feature in ("city", "admin2")], _evidence(m) ** 2)
    out: dict[str, list[float]] = {}
    for key, m_cands in ((normalize(m.text), m.candidates) for m in mentions):
        if key in out:
            continue
        bonus = []
        for c in m_cands:
            n = 0.0
            if c.feature in ("city", "admin2"):
                for other, (cands, weight) in names.items():
                    if not _related(other, key) and any(_close(c, k) for k in cands):
                        n += weight * len(cands) ** -COHERENT_POWER  # read in many places: weak support
            bonus.append(W_COHERENT * min(n, COHERENT_CAP) / COHERENT_CAP)
        out[key] = bonus
    return out


def _evidence(m: _Mention) -> float:
    """How far a mention may steer the others: a lone capitalised word found only by gazetteer
    look-up ("Officer", "Star", "Post") is often an ordinary word, so it counts for little."""
    return W_WEAK_CONTEXT if m.source == "gazetteer" and " " not in m.text else 1.0


def _related(a: str, b: str) -> bool:
    """The same name or one inside the other ("dublin" / "dublin city"): not independent evidence."""
    return a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} "


def _close(a: Candidate, b: Candidate) -> bool:
    if a.country != b.country or abs(a.lat - b.lat) > 1.0:
        return False
    return km_between(a.lat, a.lon, b.lat, b.lon) <= COHERENT_KM


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


_TYPE = r"(?:\s+(?:village|town|city|area|" + _alt(ADMIN_AREAS) + r"))?"
_IN_CHAIN = re.compile(_TYPE + r"\s+(?:in|of)\s+(?:the\s+)?")
_COMMA_CHAIN = re.compile(_TYPE + r",\s?")


_THE_OF = re.compile(r"\s+of\s+(?:the\s+)?")


def _the_before(text: str, start: int) -> bool:
    """The mention at ``start`` follows "the": "the Sertão of ...", "the Robledo district of ..."."""
    return text[max(0, start - 4) : start].lower() == "the "


def _containers(text: str, mentions: list[_Mention]) -> dict[int, _Mention]:
    """Mention i -> the mention right after it as in "Alexandria, La." or "Tripoli, Lebanon" (or the
    country closing a chain: "Solhan village in Yagha province, Burkina Faso") or "the Sertão of
    Pernambuco"; not in a list of areas of one country ("in Washington, Pennsylvania and California":
    three states)."""
    out = {}
    for i in range(len(mentions) - 2):
        a, b, c = mentions[i : i + 3]
        chained = _IN_CHAIN.fullmatch(text[a.end : b.start]) and _COMMA_CHAIN.fullmatch(text[b.end : c.start])
        if chained and any(k.feature == "country" and k.exact for k in c.candidates[:1]):
            out[i] = c
    for i in range(len(mentions) - 1):
        if i in out:
            continue
        a, b = mentions[i], mentions[i + 1]
        if _THE_OF.fullmatch(text[a.end : b.start]) and _the_before(text, a.start):
            out[i] = b  # "the Sertão of Pernambuco": a part of the area after it
            continue
        if not re.fullmatch(r",\s?|\s\(", text[a.end : b.start]):
            continue
        listed = i + 2 < len(mentions) and re.fullmatch(
            r",\s?(?:and\s|or\s)?|\s(?:and|or)\s", text[b.end : mentions[i + 2].start]
        )
        if listed and _same_kind(a, b):
            continue
        out[i] = b
    return out


_NEAR = re.compile(
    r"(?:\s+(?:prison|camp|base|market|school|hospital|mosque|church|checkpoint|mine))?"  # "Turi prison near"
    r",?\s+near\s+(?:the\s+(?:town|city|village)\s+of\s+)?"
)
# "Kani town, Sagaing Region", "Mindat township, Chin State": a town typed as such, then its area
_TYPED_IN_AREA = re.compile(r"\s+(?:town|village|city|" + _alt(ADMIN_TOWNS) + r"),\s?")
# "Ruma upazila of Bandarban", "Gatawa in Sabon Birni", "Lachi, Kohat district": a part of the next
# (the units below a district, and of the second level only Nigeria's LGA, as ever: reading "X district
# of Y" so has not been tried)
_PART_UNITS = (*ADMIN_LOCAL, "LGA", *ADMIN_PHRASES)
_PART_OF = re.compile(r"\s+(?:" + _alt(_PART_UNITS) + r")\s+(?:of|in)\s+(?:the\s+)?", re.I)
# "the Robledo district of Medellín", "the Dinsdale suburb of Hamilton": a part of the town after it
_TOWN_PART_OF = re.compile(r"\s+(?:" + _alt(sorted(TOWN_PARTS)) + r")\s+of\s+(?:the\s+)?", re.I)
_ROAD_BETWEEN = re.compile(r"\b(?:road|highway|route|track|stretch|villages|towns)\s+between\s+$", re.I)


def _neighbours(text: str, mentions: list[_Mention]) -> list[tuple[int, int]]:
    """(town, its neighbour): "Karma, near Ouahigouya", "the Turi prison near Cuenca"; "Ruma upazila of
    Bandarban", "the Robledo district of Medellín"; "Kani town, Sagaing Region"; "the road between
    Léré and Niono" (both ways; not "talks between Washington and Moscow")."""
    out = []
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        gap = text[a.end : b.start]
        the_part = (  # of a town, not of a province ("the Kalat district of Zabul province")
            _TOWN_PART_OF.fullmatch(gap)
            and _the_before(text, a.start)
            and any(c.feature == "city" for c in b.candidates[:1])
        )
        if _NEAR.fullmatch(gap) or _PART_OF.fullmatch(gap) or the_part:
            out.append((i, i + 1))
        elif _TYPED_IN_AREA.fullmatch(gap) and any(
            c.feature in ("admin1", "admin2") for c in b.candidates[:1]
        ):
            out.append((i, i + 1))
        elif gap == " and " and _ROAD_BETWEEN.search(text[max(0, a.start - 40) : a.start]):
            out += [(i, i + 1), (i + 1, i)]
    return out


def _same_country(town: _Mention, neighbour: _Mention) -> None:
    """Keep the town's readings in the country of its neighbour's reading; none there: the gazetteer
    does not know the town (it takes that country later)."""
    if not town.candidates or not neighbour.candidates:
        return
    near = neighbour.candidates[best_index(neighbour)]
    if near.feature not in ("city", "admin2", "admin1") or not near.country:
        return
    keep = [k for k, c in enumerate(town.candidates) if c.country == near.country]
    town.candidates = [town.candidates[k] for k in keep]
    town.scores = [town.scores[k] for k in keep]


def _same_kind(a: _Mention, b: _Mention) -> bool:
    """Both names are read as areas of one country (two states, two provinces)."""
    areas = {(c.country, c.feature) for c in a.candidates if c.exact and c.feature in ("admin1", "country")}
    return any((c.country, c.feature) in areas for c in b.candidates[:3] if c.exact)


def _score(c: Candidate, key: str, ctx: _Context, container: _Mention | None) -> float:
    s = FEATURE_PRIOR.get(c.feature, 0.0)
    s += W_POPULATION * math.log10(max(c.population, POPULATION_FLOOR.get(c.feature, 0)) + 1)
    if c.capital:
        s += W_CAPITAL if c.exact else W_CAPITAL / 4
    if c.exact:
        s += W_EXACT
    if c.country:
        s += W_STORY_COUNTRY * ctx.country_share(key, c.country)
    elif c.feature == "region":
        s += W_STORY_COUNTRY * ctx.top_share(key)
    if c.feature != "country":
        s += W_STORY_ADMIN1 * min(1.0, ctx.admin1_named(key, c))
    if c.feature in ("city", "admin2", "admin1"):
        s += W_NEAR * min(ctx.near(key, c), 3) / 3
    if container is not None and container.candidates:
        if any(_contains(k, c) for k in container.candidates[:5]):
            s += W_CONTAINER
    return s


def namesake_towns(candidates: Sequence[Candidate]) -> list[tuple[int, int]]:
    """(town, province) index pairs among ``candidates``: a town that lies in a province or
    municipality of the same name among them (named after its town: Petrolina in the municipality of
    Petrolina) and holds a fair share of its people."""
    return [
        (j, k)
        for k, a in enumerate(candidates)
        if a.feature in ("admin1", "admin2")
        for j, c in enumerate(candidates)
        if c.feature == "city"
        and (_contains(a, c) or _seat_of(a, c))
        and c.population >= NAMESAKE_SHARE * a.population
    ]


def _seat_of(area: Candidate, town: Candidate) -> bool:
    """The town lies near the second-level area's point, in its province (the gazetteer has no
    second-level outlines)."""
    return (
        area.feature == "admin2"
        and town.country == area.country
        and (town.admin1 or "") == (area.admin1 or "")
        and km_between(area.lat, area.lon, town.lat, town.lon) <= COHERENT_KM
    )


def _contains(outer: Candidate, inner: Candidate) -> bool:
    if outer.feature == "country":
        return inner.country == outer.country and inner.feature != "country"
    if outer.feature == "admin1":
        return inner.country == outer.country and (inner.admin1 or "") == outer.name
    return False


def _confidence(scores: list[float], best: int) -> float:
    top = scores[best]
    z = sum(math.exp(min(50.0, s - top)) for s in scores)
    return 1.0 / z if z else 0.0
