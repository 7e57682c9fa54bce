"""The town heading a chain of places: the event's place when an area of the chain was chosen.

"in Kizara village, Tsafe LGA, Zamfara State", "Lin Ta Lu, a village in Sagaing township", "Tame, in
the far east of the Arauca department", "Kishoreganj's Bhairab upazila": when the ranking of
:mod:`whimbrel.location_choice` picks the area, :func:`chain_head` gives the town or village that heads
its chain (or that the area owns). Plain string tests on the sentence's text, no parse.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .place_words import ADMIN_AREAS, ADMIN_PARTS, ADMIN_TOP, COMPASS_WORD
from .place_words import unit_alternation as _alt
from .types import Place

__all__ = ["chain_head"]

_AREA = frozenset({"admin1", "admin2", "region"})
# a place named with its area word ("Tsafe LGA", "Zamfara State") or followed by one is an area
_AREA_WORDS = re.compile(r"(?i)\b(?:" + _alt(ADMIN_AREAS) + r")$")
_AREA_AFTER = re.compile(r"(?i)\s+(?:" + _alt(ADMIN_AREAS) + r")\b")
# "Shabwa governorate", "Yala Province": an area of the first level, whatever the gazetteer took it for
_TOP_WORDS = re.compile(r"(?i)\b(?:" + _alt(ADMIN_TOP) + r")$")
_TOP_AFTER = re.compile(r"(?i)\s+(?:" + _alt(ADMIN_TOP) + r")\b")
# "Kizara village, Tsafe LGA, Zamfara State", "Lin Ta Lu, a village in Sagaing township", "Pont-Sondé,
# in the Artibonite department": from the village to the area named after it
_CHAIN_TO = re.compile(
    r"(?:\s+(?:village|town|community|settlement|camp|" + _alt(ADMIN_PARTS) + r"))?"
    r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3})*"
    r"(?:,\s+|\s+in\s+(?:the\s+)?|\s+of\s+|,\s+in\s+(?:the\s+)?|,\s+on\s+the\s+(?:shores?|banks?)\s+of\s+"
    r"|,\s+(?:a|an)\s+(?:[a-z-]+\s+)?(?:village|town|community|settlement|hamlet|locality|commune|suburb|neighbou?rhood|district)\s+(?:in|of|near)\s+(?:the\s+)?)"
    r"(?:"
    + COMPASS_WORD  # "district of south Kashmir", "the far north of"
    + r"|(?:the\s+)?(?:far\s+)?(?:north|south|east|west|centre|center)(?:-?(?:east|west))?"
    r"\s+of\s+(?:the\s+)?)?"
    r"(?:(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\s+)?"  # "in Peru's Junín region", "in Burkina Faso's"
)
# "upazila of Faridpur": a town named as the unit it heads
_UNIT_OF = re.compile(r"(?i)\b(?:" + _alt(ADMIN_PARTS) + r")\s+of\s+(?:the\s+)?$")
# "Kishoreganj's Bhairab upazila", "Sagaing Region's Kani township": the area's own town after it
_POSSESSIVE_TO = re.compile(r"['’]s\s+")


def chain_head(best: Place, places: Sequence[Place], text: str, sent_start: int) -> Place:
    """An area chosen for the event gives way to the town or village that heads its chain ("in Kizara
    village, Tsafe LGA, Zamfara State": Kizara, not Zamfara), or that it owns ("Kishoreganj's Bhairab
    upazila": Bhairab)."""
    after = text[best.end - sent_start : best.end - sent_start + 16] if best.end >= sent_start else ""
    before = (
        text[max(0, best.start - sent_start - 24) : best.start - sent_start]
        if best.start >= sent_start
        else ""
    )
    if (
        best.feature not in _AREA
        and _AREA_WORDS.search(best.text) is None
        and not _AREA_AFTER.match(after)
        and not _UNIT_OF.search(before)
    ):
        return (
            best  # a town named as an area counts as one: "in Lachi, Kohat district", "upazila of Faridpur"
        )
    top = best.feature == "admin1" or bool(_TOP_WORDS.search(best.text) or _TOP_AFTER.match(after))
    for p in places:
        area = p.feature in _AREA or _AREA_WORDS.search(p.text) is not None
        if (
            p.role is not None
            or p.feature == "country"
            or (area and not (top and p.feature != "admin1"))
            or p.end > best.start
        ):
            continue  # a finer area may head a chain ending in a province: "Musakhel district of Balochistan"
        between = text[p.end - sent_start : best.start - sent_start] if p.start >= sent_start else ""
        if between and len(between) <= 60 and _CHAIN_TO.fullmatch(between):
            return p
    for p in places:
        if p.role is None and p.feature not in (*_AREA, "country") and p.start > best.end >= sent_start:
            if _POSSESSIVE_TO.fullmatch(text[best.end - sent_start : p.start - sent_start]):
                return p
    return best
