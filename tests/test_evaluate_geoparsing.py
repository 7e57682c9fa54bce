"""Geoparsing evaluation: corpus readers, scoring on hand-made data, a small run on the real corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

from whimbrel.evaluate import geoparsing
from whimbrel.evaluate.geoparsing import GoldArticle, GoldToponym, score_corpus
from whimbrel.types import Place

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "geoparsing"


def test_haversine() -> None:
    assert geoparsing.haversine_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.5)
    assert geoparsing.haversine_km(10, 10, 10, 10) == 0


def test_align_moves_drifted_offsets() -> None:
    text = "Flooding hit Dhaka and Chittagong."
    assert geoparsing._align(text, "Dhaka", 14, 19) == (13, 18)
    assert geoparsing._align(text, "Dhaka", 13, 18) == (13, 18)


def test_score_corpus_on_hand_made_data() -> None:
    text = "Flooding hit Dhaka and Chittagong."
    art = GoldArticle("a", text, (GoldToponym(13, 18, "Dhaka", 23.7, 90.4),
                                  GoldToponym(23, 33, "Chittagong", 22.3, 91.8)))
    found = (Place("Dhaka", 13, 18, "Dhaka", "BGD", lat=23.72, lon=90.41, score=0.9),
             Place("Flooding", 0, 8, "Flooding", lat=0.0, lon=0.0, score=0.5))
    measures, misses = score_corpus("X", [art], [found], errors=5)
    by = {m.name: m.value for m in measures}
    assert by["X.place.recall"] == 0.5
    assert by["X.place.precision"] == 0.5
    assert by["X.acc@161km"] == 1.0
    assert misses and misses[0]["text"] == "Chittagong"


def test_unknown_corpus_is_a_config_error(tmp_path: Path) -> None:
    from whimbrel.errors import ConfigError

    with pytest.raises(ConfigError):
        geoparsing.run(tmp_path, corpus="Nope")


@pytest.mark.skipif(not (DATA / "gritta-corpora").is_dir(), reason="geoparsing corpora not present")
def test_small_run_on_the_corpora() -> None:
    result = geoparsing.run(DATA, limit=3, corpus="GeoVirus")
    names = {m.name for m in result.measures}
    assert {"GeoVirus.place.recall", "GeoVirus.place.precision", "GeoVirus.acc@161km"} <= names
    assert result.measure("GeoVirus.place.recall").value > 0.5
    assert result.measure("GeoVirus.acc@161km").anchor
