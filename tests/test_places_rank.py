"""Ranking of place candidates: coherence, weak evidence, list homogeneity, admin hints, scores."""

from __future__ import annotations

from whimbrel.gazetteer import Candidate
from whimbrel.places_rank import (
    _coherence,
    _Context,
    _evidence,
    _hints,
    _list_share,
    _Mention,
    _neighbours,
    _related,
    _same_country,
    _score,
)


def _cand(name: str, lat: float, lon: float, *, country: str = "USA", admin1: str | None = None,
          feature: str = "city", population: int = 10_000) -> Candidate:
    return Candidate(None, name, country, admin1, lat, lon, feature, population)


def _mention(text: str, cands: list[Candidate], source: str = "ner") -> _Mention:
    return _Mention(0, len(text), text, source, candidates=cands)


def test_coherence_rewards_the_reading_next_to_another_names_reading() -> None:
    paris = [_cand("Paris", 33.66, -95.56, admin1="Texas"), _cand("Paris", 36.30, -88.33, admin1="Tennessee")]
    henry = [_cand("Henry County", 31.46, -85.30, admin1="Alabama", feature="admin2"),
             _cand("Henry County", 36.33, -88.30, admin1="Tennessee", feature="admin2")]
    bonus = _coherence([_mention("Paris", paris), _mention("Henry County", henry)])
    assert bonus["paris"][1] > bonus["paris"][0] == 0.0
    assert bonus["henry county"][1] > bonus["henry county"][0] == 0.0


def test_coherence_ignores_forms_of_the_same_name_and_other_countries() -> None:
    dublin = [_cand("Dublin", 53.33, -6.25, country="IRL")]
    dublin_city = [_cand("Dublin City", 53.35, -6.26, country="IRL", feature="admin2")]
    assert _coherence([_mention("Dublin", dublin), _mention("Dublin City", dublin_city)])["dublin"] == [0.0]
    assert _related("dublin", "dublin city") and not _related("dublin", "dubliner")
    near_border = [_cand("Windsor", 42.30, -83.02, country="CAN")]
    detroit = [_cand("Detroit", 42.33, -83.05)]
    assert _coherence([_mention("Windsor", near_border), _mention("Detroit", detroit)])["windsor"] == [0.0]


def test_lone_gazetteer_word_is_weak_evidence() -> None:
    assert _evidence(_mention("Officer", [], source="gazetteer")) < 1.0
    assert _evidence(_mention("Hampton Park", [], source="gazetteer")) == 1.0
    assert _evidence(_mention("Officer", [], source="ner")) == 1.0


def test_list_mates_vote_for_the_kind_and_country_they_read_as() -> None:
    state = _cand("Wyoming", 43.0, -107.5, feature="admin1")
    town = _cand("Wyoming", 42.9, -85.7, admin1="Michigan")
    mates = [(_cand("Utah", 39.3, -111.7, feature="admin1"), 1.0),
             (_cand("Texas", 31.3, -99.0, feature="admin1"), 1.0)]
    assert _list_share(state, mates) == 1.0
    assert _list_share(town, mates) == 0.0
    towns_only = [(_cand("Provo", 40.2, -111.7, admin1="Utah"), 1.0)]
    assert _list_share(state, towns_only) == 0.0  # towns mix with areas in lists: no vote


def test_hints_mark_lists_and_admin_types() -> None:
    text = "Cases in Utah, Texas and Wyoming, and one in Washington state."
    ms = [_Mention(text.index(w), text.index(w) + len(w), w, "ner")
          for w in ("Utah", "Texas", "Wyoming", "Washington")]
    _hints(text, ms)
    assert ms[2].mates == [0, 1] and ms[0].mates == [1, 2]
    assert ms[3].admin_hint and not ms[0].admin_hint
    lone = "Rain fell on Utah. Texas stayed dry."
    pair = [_Mention(lone.index(w), lone.index(w) + len(w), w, "ner") for w in ("Utah", "Texas")]
    _hints(lone, pair)
    assert pair[0].mates == [] and pair[1].mates == []


def test_ocean_and_empty_admin1_are_not_ranked_as_hamlets() -> None:
    ctx = _Context()
    ctx.add("alaska", _cand("Alaska", 64.0, -150.0, feature="admin1"), 1.0)
    ocean = Candidate(None, "Pacific Ocean", None, None, 0.0, -160.0, "region", 0)
    town = _cand("Pacific", 38.5, -90.7, admin1="Missouri", population=7000)
    assert _score(ocean, "pacific", ctx, None) > _score(town, "pacific", ctx, None)
    county = Candidate(None, "Samburu", "KEN", None, 1.1, 36.7, "admin1", 0)
    village = Candidate(None, "Samburu", "KEN", "Kwale", -3.8, 39.3, "city", 4500)
    assert _score(county, "samburu", _Context(), None) > _score(village, "samburu", _Context(), None)


def test_a_town_near_another_is_read_in_its_neighbours_country_or_not_at_all() -> None:
    text = "Gunmen killed 40 villagers in Karma, near Ouahigouya, and on the road between Lere and Niono."
    names = ("Karma", "Ouahigouya", "Lere", "Niono")
    ms = [_Mention(text.index(w), text.index(w) + len(w), w, "ner") for w in names]
    assert _neighbours(text, ms) == [(0, 1), (2, 3), (3, 2)]
    part = "Troops clashed with rebels in Ruma upazila of Bandarban."
    pair = [_Mention(part.index(w), part.index(w) + len(w), w, "ner") for w in ("Ruma", "Bandarban")]
    assert _neighbours(part, pair) == [(0, 1)]
    talks = "Talks between Washington and Moscow resumed."
    pair = [_Mention(talks.index(w), talks.index(w) + len(w), w, "ner") for w in ("Washington", "Moscow")]
    assert _neighbours(talks, pair) == []
    ms[0].candidates, ms[0].scores = [_cand("Karma", 23.6, 85.3, country="IND")], [1.0]
    ms[1].candidates, ms[1].scores = [_cand("Ouahigouya", 13.6, -2.4, country="BFA")], [1.0]
    _same_country(ms[0], ms[1])
    assert ms[0].candidates == []
    ms[2].candidates = [_cand("Lere", 10.4, 8.6, country="NGA"), _cand("Lere", 14.2, -5.0, country="MLI")]
    ms[2].scores = [2.0, 1.0]
    ms[3].candidates, ms[3].scores = [_cand("Niono", 14.3, -6.0, country="MLI")], [1.0]
    _same_country(ms[2], ms[3])
    assert [c.country for c in ms[2].candidates] == ["MLI"]


def test_a_town_named_like_its_province_is_the_town_unless_typed_as_an_area() -> None:
    from whimbrel.places_rank import best_index, resolve

    def read(text: str, name: str) -> Candidate:
        start = text.index(name)
        cands = [
            _cand(name, 46.6, 33.4, country="UKR", feature="admin1", population=600_000),
            _cand(name, 46.64, 32.61, country="UKR", admin1=name, population=66_000),
            _cand(name, 40.0, 22.0, country="GRC", admin1="Macedonia", population=2_000),
        ]
        m = _Mention(start, start + len(name), name, "ner", candidates=cands)
        resolve(text, [m])
        return m.candidates[best_index(m)]

    assert read("A drone hit a bus stop in Kherson on Monday.", "Kherson").feature == "city"
    assert read("A drone hit a bus stop in Kherson region on Monday.", "Kherson").feature == "admin1"
    # only the province's own town gains: the Greek namesake stays below
    assert read("A drone hit a bus stop in Kherson on Monday.", "Kherson").country == "UKR"
    # a province far larger than its namesake town is what the name stands for
    quebec = [
        _cand("Quebec", 52.0, -72.0, country="CAN", feature="admin1", population=10_700_000),
        _cand("Québec", 46.8, -71.2, country="CAN", admin1="Quebec", population=530_000),
    ]
    text = "Both suspects are from Quebec."
    m = _Mention(text.index("Quebec"), text.index("Quebec") + 6, "Quebec", "ner", candidates=quebec)
    resolve(text, [m])
    assert m.candidates[best_index(m)].feature == "admin1"


def test_a_part_of_a_town_takes_the_towns_country_and_does_not_steer_it() -> None:
    from whimbrel.places_rank import best_index, resolve

    text = "Gunmen burst into a bar in the Robledo district of Medellín on Tuesday."
    part = _Mention(text.index("Robledo"), text.index("Robledo") + 7, "Robledo", "ner",
                    candidates=[_cand("Robledo", 38.76, -2.45, country="ESP", population=420)])
    town = _Mention(text.index("Medellín"), text.index("Medellín") + 8, "Medellín", "ner",
                    candidates=[_cand("Medellín", 38.96, -5.96, country="ESP", population=2_357),
                                _cand("Medellín", 6.25, -75.57, country="COL", population=2_000_000)])
    assert _neighbours(text, [part, town]) == [(0, 1)]
    province = "A drone hit a house in the Kalat district of Zabul province."  # a province's district
    pair = [_Mention(province.index(w), province.index(w) + len(w), w, "ner") for w in ("Kalat", "Zabul")]
    pair[1].candidates = [_cand("Zabul", 32.3, 66.9, country="AFG", feature="admin1")]
    assert _neighbours(province, pair) == []
    resolve(text, [part, town])
    assert town.candidates[best_index(town)].country == "COL"
    assert part.candidates == []  # no Robledo in Colombia: the gazetteer does not know this one
