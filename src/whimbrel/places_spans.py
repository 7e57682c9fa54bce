"""Where a place mention begins and ends: the span work :mod:`whimbrel.places` does on what the NER
and the gazetteer look-ups find.

A span loses a leading "the", a possessive "'s" and the punctuation after it (not the dot of "La.",
"D.C."); grows by adjacent capitalised words, with a joining word between ("Mocímboa da Praia",
"Mazar-i-Sharif"), when the longer name is a known place ("Western" + "Australia"), also to the whole
town a person's name ends ("Mission Viejo"); takes in the whole hyphenated word the model cut ("Croix"
of "Croix-des-Bouquets"). Of mentions that overlap, the outermost is kept ("British Columbia", not
"Columbia"). A one-word name that is only part of a longer capitalised name ("Plum Island", "Meadow
Grove", "East Bank") is no name of its own. String work on the story's text; growing a name asks the
gazetteer whether the longer one is known.
"""

from __future__ import annotations

import re
import unicodedata

from . import nlp
from .gazetteer import US_STATE_ABBREVIATIONS, Gazetteer
from .place_words import COMPASS_WORD
from .places_rank import _Mention

__all__ = ["expand", "hyphenated", "name_tail", "outermost", "part_of_longer_name", "trim"]

_ABBREVIATED = frozenset(US_STATE_ABBREVIATIONS.values())


# a lowercase side of a town that the entity model takes into its name: "in west Tulsa"
_SIDE = re.compile(r"(?:" + COMPASS_WORD + r")(?=[A-Z])")


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    """The span without a leading "the" or lowercase side ("west Tulsa"), a possessive "'s" and the
    punctuation after the name."""
    if text[s:e].lower().startswith("the "):
        s += 4
    side = _SIDE.match(text, s, e)
    if side is not None:
        s = side.end()
    for suffix in ("'s", "’s"):
        if text[s:e].endswith(suffix):
            e -= 2
    while e > s and (text[e - 1] in ".,;:'\"’)" or _symbol(text[e - 1])):
        if text[e - 1] == "." and (text[s:e] in _ABBREVIATED or "." in text[s : e - 1]):
            break  # keep the dot of "La.", "D.C."
        e -= 1
    return s, e


def _symbol(ch: str) -> bool:
    """An emoji or a space before one: "CULIACAN 🚨" is the city's name and its outlet's siren."""
    return ch.isspace() or ch == "\ufe0f" or unicodedata.category(ch) == "So"


# the next capitalised word, also after a connector ("Rio Grande" + "do Sul", "Gulf" + "of Aden")
_CONNECTORS = r"(?:of|de|del|do|dos|da|das|la|al|el|e|i|ul|ud|ur|ad|as|an|ash|az)"
_NEXT_WORD = re.compile(rf"[ -](?:{_CONNECTORS}[ -])?([A-Z][\w’'.]*)")
_PREV_WORD = re.compile(rf"([A-Z][\w’'.]*)[ -](?:{_CONNECTORS}[ -])?$")


def expand(text: str, sent: nlp.ParsedSentence, s: int, e: int, gaz: Gazetteer) -> tuple[int, int]:
    """Grow an entity by adjacent capitalised words, with a joining word between ("Mocímboa da Praia",
    "Mazar-i-Sharif"), when the longer name is a known place ("Western" + "Australia", "Inner" +
    "Mongolia", "Danube Delta")."""
    best = (s, e)
    lefts = [s]
    pos = s
    for _ in range(2):
        m = _PREV_WORD.search(text[max(sent.start, pos - 30) : pos])
        if not m:
            break
        pos = pos - len(m.group(0))
        lefts.append(pos)
    rights = [e]
    pos = e
    for _ in range(2):
        m = _NEXT_WORD.match(text, pos, sent.end)
        if not m:
            break
        pos = m.end()
        rights.append(pos)
    for ls in lefts:
        for re_ in rights:
            if (ls, re_) == (s, e) or re_ - ls <= best[1] - best[0]:
                continue
            a, b = trim(text, ls, re_)
            if any(c.exact or c.population >= 100_000 for c in gaz.candidates(text[a:b], 3)):
                best = (a, b)  # a main name, or a big town's other spelling ("Mazar-i-Sharif")
    return best


def name_tail(text: str, sent: nlp.ParsedSentence, s: int, e: int, gaz: Gazetteer) -> tuple[int, int]:
    """The span of a town of at least 10,000 people whose name ends in the word tagged as a person
    ("Mission Viejo", where the model tags "Viejo"); else the span itself."""
    s2, e2 = expand(text, sent, s, e, gaz)
    if (s2, e2) == (s, e) or e2 != e:
        return s, e
    big = any(c.exact and c.population >= 10_000 for c in gaz.candidates(text[s2:e2], 5))
    return (s2, e2) if big else (s, e)


_HYPHEN_ON = re.compile(r"(?:-[^\W\d_][\w'’]*)+")
_HYPHEN_BEFORE = re.compile(r"(?:[^\W\d_][\w'’]*-)+$")


def hyphenated(text: str, s: int, e: int) -> tuple[int, int]:
    """The span of the whole hyphenated word an entity is part of ("Croix" in "Croix-des-Bouquets"),
    or the entity's own span."""
    if e < len(text) and text[e] == "-":
        m = _HYPHEN_ON.match(text, e)
        e = m.end() if m else e
    if s > 1 and text[s - 1] == "-":
        m = _HYPHEN_BEFORE.search(text, max(0, s - 40), s)
        s = m.start() if m else s
    return s, e


def outermost(mentions: list[_Mention]) -> list[_Mention]:
    """Drop mentions inside a longer one ("Columbia" in "British Columbia"), in text order."""
    mentions.sort(key=lambda m: (m.start, -m.end))
    out: list[_Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


# Words that make a place name of the word before ("Plum Island", "Star Lake") or are one with the word
# before ("Meadow Grove", "East Bank", "West Side"): a known name next to them is only part of the name.
_NAME_PARTS = frozenset(
    "island isle lake grove hill hills farm colony orchard valley side bank creek river park spring springs "
    "beach heights falls point bay harbor harbour ridge wood woods field fields gap crossing junction "
    "landing ferry mills mill canyon mountain mountains forest prairie meadow meadows plains glen hollow "
    "cove shores".split()
)
_DIRECTIONS = frozenset("east west north south northeast northwest southeast southwest".split())


def part_of_longer_name(
    text: str,
    sent: nlp.ParsedSentence,
    base: int,
    words: list[re.Match[str]],
    i: int,
    named: list[tuple[int, int]],
    area: bool,
) -> bool:
    """Is the one-word name ``words[i]`` of a capitalised run part of a longer name: followed by a
    landform word ("Plum Island"), or itself one ("Meadow Grove") or, unless it names a country or
    region ("East Texas"), after a direction ("East Bank")? ("Fargo Police", "Texas A&M" are not: the
    place is named inside another name.)"""

    def word(k: int) -> str:
        if not 0 <= k < len(words) or not words[k].group()[:1].isupper():
            return ""
        s, e = base + words[k].start(), base + words[k].end()
        if s == sent.start or any(a < e and s < b for a, b in named):
            return ""
        return words[k].group().strip(".,’'").lower()

    own = words[i].group().strip(".,’'").lower()
    before, after = word(i - 1), word(i + 1)
    return after in _NAME_PARTS or bool(before) and (own in _NAME_PARTS or before in _DIRECTIONS and not area)
