"""Which gazetteer entries a place mention may be: its candidates before ranking.

A mention's name is looked up as written, and also under the names it implies: an admin1 area under
its qualified name ("Plateau" + " state"), "City of Richmond" as the town, "Nyanza Province" as the area
Nyanza, a demonym as its country. Alternate-name matches are pruned where a main name exists. Used by
:mod:`whimbrel.places`, which ranks the candidates (:mod:`whimbrel.places_rank`).
"""

from __future__ import annotations

import functools
import re

from .gazetteer import Candidate, Gazetteer, spelling_variants
from .places_rank import _Mention

AREA_AFTER = re.compile(r"\s+(state|province|region|governorate)\b", re.I)


def lookup(gaz: Gazetteer, m: _Mention, after: str = "") -> list[Candidate]:
    """Candidates for a mention; ``after`` is the text right after it ("Plateau state": the state's
    qualified name finds it where the bare word, a generic landform, does not)."""
    areas = [] if m.demonym_of else typed_admin1(gaz, m.text, after)
    if areas:
        have = {(c.name, c.country) for c in areas}
        return areas + [c for c in lookup(gaz, m) if (c.name, c.country) not in have]
    if m.demonym_of:
        country = country_candidate(gaz, m.demonym_of, m.text)
        return [country] if country is not None else []
    cands = _prune(gaz.candidates(m.text))
    prefix = _CITY_OF.match(m.text)
    if prefix:  # "City of Richmond": the town itself, as well as any admin area of that name
        seen = {(c.name, c.country, c.lat, c.lon) for c in cands}
        cands += [
            c
            for c in _prune(gaz.candidates(m.text[prefix.end() :]))
            if c.feature == "city" and (c.name, c.country, c.lat, c.lon) not in seen
        ]
    if m.text.endswith(" City") and cands and all(c.feature != "city" for c in cands):
        cands += [c for c in gaz.candidates(m.text[:-5]) if c.feature == "city"]  # "Dublin City Council"
    if not cands:
        words = m.text.split()
        kind = words[-1].lower() if len(words) > 1 else ""
        if kind in _SEAT:  # "Madaripur Sadar", "Thayetmyo Township": the unit named after its seat
            cands = seat_candidates(gaz, m.text)
        elif kind in _GENERIC:  # "Nyanza Province": the area Nyanza rather than a town of that name
            bare = " ".join(words[:-1])
            cands = gaz.candidates(bare)
            areas = [c for c in cands if c.feature != "city"]
            if not areas and kind not in _SETTLEMENT:  # "Shabwa province": Shabwah, not a town Sha Bwa
                areas = next(
                    (
                        a
                        for v in spelling_variants(bare)
                        if (a := [c for c in gaz.candidates(v) if c.feature != "city"])
                    ),
                    [],
                )
            if kind in _LANDSCAPE:  # "Fraser Valley" is not the town of Fraser, Alberta
                cands = areas
            elif kind not in _SETTLEMENT and areas:
                cands = areas
        if not cands:
            cands = gaz.candidates(m.text.replace("-", " ")) if "-" in m.text else []
    return cands


_CITY_OF = re.compile(r"(?:City|Town|Village|Borough|Township) of ")


def _prune(cands: list[Candidate]) -> list[Candidate]:
    """Alternate-name matches are noisy (GeoNames lists old and variant names): when the name is some
    entry's main name, drop towns that only carry it as an alternate (all of them when the main-name
    entry is a country or region; otherwise those under 100,000 people, unless ten times bigger than
    every town of that main name: "Jenin" is Janīn, West Bank, as well as a village in Poland)."""
    exact = [c for c in cands if c.exact]
    if not exact:
        return cands
    if any(c.feature in ("country", "admin1", "region") for c in exact):
        floor = 10**12
    else:
        floor = min(100_000, max(10_000, 10 * max(c.population for c in exact)))
    return [c for c in cands if c.exact or c.feature != "city" or c.population >= floor]


_GENERIC = frozenset(
    "city town village province region state county district area governorate valley".split()
)
_SETTLEMENT = frozenset(("city", "town", "village"))
# units named after their seat town, which stands for them: "Madaripur Sadar" (an upazila),
# "Thayetmyo Township", "Kalat Tehsil"
_SEAT = frozenset("sadar township upazila upazilla tehsil taluk taluka mandal subdistrict".split())
_LANDSCAPE = frozenset(("valley", "region", "area"))  # "X Valley" may hold no town X, or one far away


def seat_candidates(gaz: Gazetteer, name: str) -> list[Candidate]:
    """The towns a unit named after its seat stands for ("Madaripur Sadar", "Thayetmyo Township": the
    towns Madaripur and Thayetmyo), else the areas of that name; none for any other name."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in _SEAT:
        return []
    found = gaz.candidates(" ".join(words[:-1]))
    return [c for c in found if c.feature == "city"] or [c for c in found if c.feature != "city"]


def typed_admin1(gaz: Gazetteer, name: str, after: str, limit: int = 25) -> list[Candidate]:
    """The admin1 readings of a name qualified by the area word after it ("Plateau" + " state" ->
    "Plateau State"); none when no such word follows."""
    typed = AREA_AFTER.match(after)
    if typed is None:
        return []
    return [c for c in gaz.candidates(f"{name} {typed.group(1).title()}", limit) if c.feature == "admin1"]


@functools.lru_cache(maxsize=512)
def country_candidate(gaz: Gazetteer, iso3: str, name: str | None = None) -> Candidate | None:
    """The gazetteer's entry for the country ``iso3``, looked up by its name (else ``name``)."""
    return next(
        (
            c
            for c in gaz.candidates(_country_name(iso3) or name or iso3, 5)
            if c.feature == "country" and c.country == iso3
        ),
        None,
    )


@functools.lru_cache(maxsize=512)
def _country_name(iso3: str) -> str | None:
    from . import lexicon

    for entries in lexicon.actor_entries().values():
        if entries[0].kind == "country" and entries[0].code == iso3:
            return entries[0].name
    return None
