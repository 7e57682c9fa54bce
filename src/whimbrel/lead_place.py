"""The place a feature story's lead introduces, for the events it then tells without naming a place.

Feature and magazine-style reports open on the place before the event: "Amuda is a Kurdish town a few
kilometres from the border.", "In the plantation town of Ekona, fear has a sound.", "Enarotali, the
main town of Paniai regency, has been on edge for months." The attack comes a sentence or two later
with no place of its own ("On Monday a car bomb blew up beside its market."), and a dateline town or
the actors' country would otherwise stand for it. The introduced place is:

- the subject of the lead sentence ("Gorgadji used to be a market town", "Nusaybin sits across ...");
- a name set beside a settlement noun in apposition ("Ibo, a coral island off ...", "the road into
  Mingala, a town in Basse-Kotto");
- the name after a settlement noun in a locative phrase opening the sentence ("In the plantation town
  of Ekona, ...");
- the home of the people the lead opens on ("For months, the farmers of Thomazeau, on the plain east
  of the capital, paid ...").

The name is read from the text, since a lead sentence without an event is not parsed and the entity
model misses many village names ("Gorgadji" as an organisation, "Amuda" as nothing): it is returned as
an unresolved mention for the caller to look up in the story's countries. Only towns and the like
qualify (a country or province introduced this way is too wide to stand for an event), and only the
first sentences of the body are a lead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .nlp import ParsedSentence
from .types import Place

# how many sentences of the body may set the scene before the telling starts
LEAD_SENTENCES = 3
_SETTLEMENT = (
    r"(?:town|village|city|island|district|quarter|neighbou?rhood|suburb|camp|port|settlement|township|"
    r"municipality|commune|hamlet|oasis)"
)
# a few describing words, not a phrase of its own ("a farmer in the town of X" introduces no place)
_DESCRIBING = r"(?:(?!(?:in|of|at|on|near|from|with)\b)[\w'’-]+\s+){0,3}"
# common words only: "In the Silvan district of Diyarbakir" names the district, not the province
_LOWER = r"(?:[a-z][\w'’-]*\s+){0,3}"
_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
_NAME = r"(?P<name>" + _CAP + r"(?:\s+" + _CAP + r"){0,2})"
# "Ibo, a coral island off ...", "the road into Mingala, a town in ...", "Enarotali, the main town of"
_APPOSITION = re.compile(r"\b" + _NAME + r",\s+(?:a|an|the)\s+" + _DESCRIBING + _SETTLEMENT + r"\b")
# "In the plantation town of Ekona, ..."
_OPENER = re.compile(r"^(?:In|At)\s+(?:the\s+)?" + _LOWER + _SETTLEMENT + r"\s+of\s+" + _NAME + r"\s*,")
# "Amuda is a Kurdish town", "Gorgadji used to be a market town", "For soldiers posted there,
# Chinegodar is a name ..." (the subject that opens the sentence or follows its opening phrase)
_SUBJECT = re.compile(
    r"(?:^|,\s+)" + _NAME + r"\s+(?:(?:is|was|used\s+to\s+be|has\s+(?:long\s+|always\s+)?been|"
    r"had\s+been|remains)\s+(?:a|an|the)\s+" + _DESCRIBING + _SETTLEMENT + r"\b"
    r"|(?:sits|lies|stands)\b[^.]*?\b(?:border|coast|river|valley|mountains|hills|plain|kilomet(?:re|er)s|km)\b)"
)
# "For years, the fishermen of Montrouis, on the coast north of the capital, lived quietly": the home
# of the people a lead opens on (a comma or a verb after the name, so "the people of Haiti's north"
# and "the farmers of the region" stay out)
_PEOPLE_OF = re.compile(
    r"(?:^|,\s+)(?i:(?:the\s+)?(?:residents|villagers|inhabitants|farmers|fishermen|herders|traders|families|"
    r"people|women|men|children|miners|displaced)\s+of)\s+" + _NAME + r"(?=,|\s+(?:have|had|are|were|used)\b)"
)
# capitalised words that open a sentence or name a time, never a place introduced by the lead
_NOT_NAMES = frozenset(
    "The A An In At On For It This That There Here He She They We Its Their But And "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
    "July August September October November December".split()
)


def introduced_names(text: str, sent: ParsedSentence) -> list[tuple[int, int]]:
    """The character spans of the place names one sentence introduces (see the module docstring)."""
    chunk = text[sent.start : sent.end]
    lead = len(chunk) - len(chunk.lstrip())
    out = []
    for pattern in (_OPENER, _SUBJECT, _APPOSITION, _PEOPLE_OF):
        target = chunk[lead:] if pattern is not _APPOSITION else chunk
        offset = sent.start + (lead if pattern is not _APPOSITION else 0)
        for m in pattern.finditer(target):
            name = m.group("name")
            if name.split()[0] in _NOT_NAMES:
                continue
            out.append((offset + m.start("name"), offset + m.end("name")))
    return out


def lead_mentions(text: str, sentences: Sequence[ParsedSentence], body: int = 0) -> list[tuple[int, Place]]:
    """The places the lead introduces, as unresolved mentions, each with the index of its sentence."""
    out: list[tuple[int, Place]] = []
    for sent in [s for s in sentences if s.start >= body][:LEAD_SENTENCES]:
        for s, e in introduced_names(text, sent):
            out.append((sent.index, Place(text[s:e], s, e, text[s:e], feature="city", score=0.2)))
    return out
