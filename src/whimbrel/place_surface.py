"""Surface cues of where a place stands that the small parser misreads.

Two shapes the dependency parse often gets wrong in short coder notes:

* a container in brackets right after a place, "in Mansila (Sahel region)", "in La Esmeralda
  (Arauquita municipality, Arauca)": the parser hangs the bracket on a noun before the place (an
  apposition of "a post"), yet what it names only situates the place before it;
* a locative preposition right before a name the parser takes for the object of the verb or an
  apposition of a victim ("shot dead a leader, his wife and their son at their farm in vereda La
  Esmeralda"): the words say where, whatever the tree says.

Read by :mod:`whimbrel.location_choice` (which place is the event's) and :mod:`whimbrel.geolocate`
(which country a place the gazetteer lacks is in). Plain string tests, no parse.
"""

from __future__ import annotations

import re

from .place_words import ADMIN_UNITS
from .place_words import unit_alternation as _alt

# between a place and a name inside the brackets after it: "X (", "X town (", "X (Y municipality, "
_BRACKETED = re.compile(
    r"(?:\s+(?i:village|town|city|area|" + _alt(ADMIN_UNITS) + r"))?\s*\(\s*(?:[^()]{0,50},\s*)?(?:the\s+)?"
)
# a locative preposition, perhaps with a local unit's word ("in vereda X", "at the village of X")
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|inside)\s+(?:the\s+)?"
    r"(?:(?!(?:his|her|their|its|our|my|a|an)\s)[a-z]+\s+(?:of\s+)?)?$"
)


def bracketed(between: str) -> bool:
    """The text between a place and a later name puts that name in brackets after the place."""
    return _BRACKETED.fullmatch(between) is not None


def locative_before(before: str) -> bool:
    """The text before a name ends in a locative preposition (and perhaps a unit's word)."""
    return _LOCATIVE_BEFORE.search(before[-40:]) is not None


# "near 72 Avenue and 132 Street": a numbered street is an address, its word no place name
_STREET_WORDS = frozenset({"avenue", "street", "road", "boulevard", "drive", "lane", "way", "highway"})
_NUMBER_BEFORE = re.compile(r"\b\d+(?:st|nd|rd|th)?\s+$")


def numbered_street(text: str, start: int, end: int) -> bool:
    """The name at [start, end) is a lone street word after a number ("132 Street", "72 Avenue")."""
    if text[start:end].lower() not in _STREET_WORDS:
        return False
    return _NUMBER_BEFORE.search(text, max(0, start - 8), start) is not None
