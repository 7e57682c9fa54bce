"""PLOVER and CAMEO tables."""

from __future__ import annotations

import pytest

from whimbrel import ontology
from whimbrel.errors import ConfigError


def test_sixteen_plover_types_with_quads():
    types = ontology.plover_types()
    assert set(types) == set(ontology.PLOVER_TYPES)
    assert ontology.quad_class("AGREE") == 1
    assert ontology.quad_class("AID") == 2
    assert ontology.quad_class("REQUEST") == 3
    assert ontology.quad_class("ASSAULT") == 4


def test_cameo_appeal_maps_to_request():
    assert ontology.cameo("020").plover == "REQUEST"
    assert ontology.cameo("0256").mode == "yield"


def test_goldstein_falls_back_to_root_code():
    assert ontology.goldstein("190", "ASSAULT") == -10.0
    assert ontology.goldstein("1952", "ASSAULT") == ontology.goldstein("195", "ASSAULT")


def test_unknown_type_and_mode_are_config_errors():
    with pytest.raises(ConfigError, match="valid:"):
        ontology.check_type("FIGHT")
    with pytest.raises(ConfigError, match="no mode"):
        ontology.check_type("ASSAULT", "picnic")
