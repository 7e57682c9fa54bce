"""PLOVER and CAMEO tables and the crosswalk between them, read from the project's data files.

``data/plover.tsv`` holds the 16 PLOVER types (quad class, score, modes); ``data/cameo.tsv`` every
CAMEO code with its Goldstein score and whimbrel's PLOVER type, mode and context.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from .errors import ConfigError

PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


@dataclass(frozen=True)
class PloverType:
    name: str
    quad: int
    score: float
    modes: dict[str, float | None]


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float | None
    plover: str | None
    mode: str | None
    context: tuple[str, ...]


def data_lines(name: str) -> list[list[str]]:
    """Rows of a tab-separated data file, comments and the header row dropped."""
    text = resources.files("whimbrel").joinpath("data", name).read_text(encoding="utf-8")
    rows = [
        line.rstrip("\n").split("\t")
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    ]
    return rows[1:]


@functools.lru_cache(maxsize=1)
def plover_types() -> dict[str, PloverType]:
    out = {}
    for name, quad, score, modes in (r + [""] * (4 - len(r)) for r in data_lines("plover.tsv")):
        parsed: dict[str, float | None] = {}
        for item in filter(None, modes.split("|")):
            m, s = item.split(":")
            parsed[m] = None if s == "none" else float(s)
        out[name] = PloverType(name, int(quad), float(score), parsed)
    return out


@functools.lru_cache(maxsize=1)
def cameo_codes() -> dict[str, CameoCode]:
    out = {}
    for row in data_lines("cameo.tsv"):
        code, name, goldstein, plover, mode, context = (row + [""] * 6)[:6]
        out[code] = CameoCode(
            code,
            name,
            float(goldstein) if goldstein else None,
            plover or None,
            mode or None,
            tuple(c for c in context.split(",") if c),
        )
    return out


def cameo(code: str) -> CameoCode:
    try:
        return cameo_codes()[code]
    except KeyError:
        raise ConfigError(f"unknown CAMEO code {code!r}") from None


def quad_class(event_type: str) -> int:
    """PLOVER quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
    4 material conflict."""
    return plover_types()[event_type].quad


def goldstein(code: str | None, event_type: str) -> float | None:
    """Goldstein score of the CAMEO code, falling back to the root code's score."""
    codes = cameo_codes()
    for c in (code, code[:3] if code else None, code[:2] if code else None):
        if c and c in codes and codes[c].goldstein is not None:
            return codes[c].goldstein
    return None


def check_type(event_type: str, mode: str | None = None) -> None:
    types = plover_types()
    if event_type not in types:
        raise ConfigError(f"unknown PLOVER type {event_type!r}; valid: {', '.join(PLOVER_TYPES)}")
    if mode and mode not in types[event_type].modes:
        valid = ", ".join(types[event_type].modes) or "(none)"
        raise ConfigError(f"{event_type} has no mode {mode!r}; valid: {valid}")
