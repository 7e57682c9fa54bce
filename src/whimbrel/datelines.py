"""The dateline: the place a story was filed from, written at its head.

"NAIROBI, Kenya (AP) —", "KYIV, Nov 3 (Reuters) -", "Sukma (Chhattisgarh):", "Komanda, Ituri:".
:func:`find_dateline` reads it from the text; :func:`dateline_place` turns it into a
:class:`~whimbrel.types.Place` with the gazetteer. The geolocate stage uses it as the fallback
location of an event whose clause and sentence name no place.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .page_furniture import body_start
from .types import Place

__all__ = ["Dateline", "dateline_place", "find_dateline"]

# "NAIROBI, Kenya (AP) —", "KYIV, Nov 3 (Reuters) -", "GAZA CITY —", "BEIRUT, Lebanon, March 3 (AFP) --"
DATELINE_RE = re.compile(
    r"""\A\s*
    (?P<place>[A-Z][A-Z'\.\-]*(?:[ \-][A-Z][A-Z'\.\-]*){0,3})            # the city, in capitals
    (?:,\s*(?P<region>[A-ZÀ-Þ](?:[^\W\d_]|[.\-])*  # ", Kenya", ", Calif.", ", Cortés"
        (?:\s[A-ZÀ-Þ](?:[^\W\d_]|[.\-])*){0,2}))?
    (?:,?\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?
        |\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{4})?)  # 14 June
    )?
    \s*(?:\([A-Za-z][A-Za-z .&\-]{0,30}\))?                              # "(AP)", "(Reuters)"
    \s*(?:—|–|--|-|:)\s""",
    re.VERBOSE,
)


# "Sukma (Chhattisgarh):", "Komanda, Ituri:", "Jos —", "Ciudad Juárez:", "Fada N'Gourma:",
# "Bilopillia, Sumy region —": a title-case city, kept when the gazetteer knows it, or when a colon
# closes it and it reads as a one-word name ("Headline:", "Update —", "Kaduna attack:" and a byline
# such as "Agba Jalingo:" are no places)
# the filing date a dateline may carry: "Dhaka, Oct 30:"
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_MONTH_DAY = (
    rf"(?:{_MONTHS}\s+\d{{1,2}}\b(?:,?\s+\d{{4}}\b)?"  # "Oct 30", "June 14, 2024"
    rf"|\d{{1,2}}\s+{_MONTHS}(?:\s+\d{{4}}\b)?)"  # "14 June 2024"
)
_WORD = r"[A-ZÀ-Þ][^\W\d_]*(?:['’\-][A-ZÀ-Þa-zß-ÿ][^\W\d_]*)*"
TITLED_DATELINE_RE = re.compile(
    rf"""\A\s*
    (?P<place>{_WORD}(?:\s{_WORD}){{0,2}})
    (?:\s/\s{_WORD}(?:\s{_WORD}){{0,2}})?  # "Port Sudan / Nairobi, 14 June 2024 —": the first
    (?:,\s*(?!{_MONTH_DAY})(?P<region>{_WORD}(?:\s[^\W\d_]+){{0,2}}))?
    (?:,?\s*(?P<day>{_MONTH_DAY}))?
    \s*(?:\((?P<paren>[A-Z][A-Za-z .&\-]{{0,30}})\))?
    \s*(?P<sep>—|–|--|:|(?<=\))\s*-(?=\s)|(?<=\d)\s*-(?=\s))\s""",
    re.VERBOSE,
)
# title-case words that open a headline, not a dateline
_HEADLINE_WORDS = frozenset(
    "update updates breaking exclusive analysis opinion editorial explainer factbox timeline live watch "
    "video photos correction note report summary interview headline news attack attacks killing killings "
    "crisis conflict war violence security latest alert warning focus feature profile review "
    "urgent flash bulletin question answer reply claim verdict incident advice advisory notice".split()
)
# the speaker of a transcript ("SPOKESMAN:", "GENERAL OFFICER COMMANDING:", "Provincial police
# spokesperson:"), the fields of a form ("Location:", "Date of incident:") and an explainer's headings
# ("Who:", "What happened:"), no places
_LABEL_WORDS = frozenset(
    "spokesman spokeswoman spokesperson director general officer commanding commander commissioner "
    "governor minister ministry secretary prosecutor chief constable deputy assistant head "
    "administration administrator presidential delegate regional provincial district zone brigade "
    "police army military chairman chairperson moderator host reporter journalist mayor sheriff "
    "superintendent inspector of the location date place time victim victims persons killed injured "
    "wounded dead comment comments details type who what when where why how happened "
    # a broadcast's speakers ("ANCHOR:", "PRESENTER:", "REPORTER (on the phone):"), a thread's head
    # ("THREAD:") and a report's headings ("HIGHLIGHTS", "SITUATION OVERVIEW")
    "anchor anchors presenter newsreader narrator correspondent studio soundbite voice caller guest "
    "thread highlights situation overview background context response "
    # a security report's fields: "DTG:", "SUMMARY:", "CAS:", "ASSESSMENT:", "IMPACT:"
    "dtg sitrep summary cas assessment impact other remarks actions advice source ref".split()
)
_NO_PLACE_WORDS = _HEADLINE_WORDS | _LABEL_WORDS
_AREA_WORDS = frozenset("region province state district county governorate oblast department".split())


# a wire write-through's note to editors, no part of the story: "(Updates death toll to nine from
# four, adds number of wounded)", "(Adds sixth victim who died in hospital, police comment)"
EDITORS_NOTE = re.compile(
    r"\((?:Updates|Adds|Recasts|Corrects|Changes|Rewrites|Writes through|Refiles|Removes|Fixes)\b[^()]*\)"
)
# ... opening the text, before the dateline: "(Updates toll, adds details) KYIV, Nov 8 -"
_LEADING_NOTE = re.compile(r"\s*(?:" + EDITORS_NOTE.pattern + r")\s*")


@dataclass(frozen=True)
class Dateline:
    """The place a story was filed from: the capitalised name at the head of the text."""

    start: int
    end: int
    text: str
    region: str | None = None
    titled: bool = False  # written in title case: a place only if the gazetteer knows it (or `colon`)
    header_end: int = 0  # where the dateline ("KOMANDA, Ituri:") ends and the story begins
    colon: bool = False  # a title-case dateline closed by a colon ("Kolofata:")
    region_text: str | None = None  # the region as written, area word kept ("Western Province")


def _dateline_at(text: str, at: int) -> tuple[re.Match[str], bool] | None:
    head = text[at : at + 200]
    m = DATELINE_RE.match(head)
    if m is not None:
        return m, False
    m = TITLED_DATELINE_RE.match(head)
    return (m, True) if m is not None else None


def find_dateline(text: str) -> Dateline | None:
    """The dateline place at the head of a story, or None; a write-through's note to editors before it
    ("(Adds sixth victim, police comment) TEGUCIGALPA, Oct 10 -") and the head of a scraped page
    (:func:`~whimbrel.page_furniture.body_start`) are passed over."""
    skip = body_start(text)  # a scraped page's bars, notices and stamps first: "Home | Sudan | Africa"
    note = _LEADING_NOTE.match(text, skip)
    skip = note.end() if note else skip
    found = _dateline_at(text, skip)
    if found is None:
        return None
    m, titled = found
    name = m.group("place").rstrip(".-' ")
    if len(name) < 3 or not any(c.isalpha() for c in name):
        return None
    if all(w.lower() in _NO_PLACE_WORDS for w in name.split()):
        return None  # "SECURITY ALERT —", "QUESTION:", "SPOKESMAN:": a heading or a label, no place
    start = skip + m.start("place")
    # "Sukma (Chhattisgarh):" is placed in its bracket; "Kosti, Nov. 2 (SUNA) -" names its agency there
    paren = m.group("paren") if titled and not m.groupdict().get("day") else None
    region = written = m.group("region") or paren
    if region:  # "Sumy region" is the region Sumy
        words = region.split()
        region = " ".join(words[:-1]) if len(words) > 1 and words[-1].lower() in _AREA_WORDS else region
    colon = titled and m.group("sep") == ":"
    return Dateline(start, start + len(name), name, region, titled, skip + m.end(), colon, written)


def dateline_place(
    text: str, places: Sequence[Place], gaz: Any = None, dl: Dateline | None = None
) -> Place | None:
    """The dateline as a Place: a found place mention inside it, else the gazetteer's entry for it (in
    the dateline's region when it names one the gazetteer knows: "Kawala, Ituri:" is not Kavála,
    Greece; in a country of the story's places when one is), else a town the gazetteer lacks, placed
    in that region's country. ``dl`` is the story's dateline when the caller has found it already."""
    dl = dl or find_dateline(text)
    if dl is None:
        return None
    if gaz is not None and _ISO3.fullmatch(dl.text):  # a security report's "MDG - ANALAMANGA - 08 FEB 25"
        from .places_lookup import country_candidate

        country = country_candidate(gaz, dl.text)
        if country is not None:
            return country.place(text[dl.start : dl.end], dl.start, dl.end, score=0.5)
    for p in places:
        if dl.start <= p.start and p.end <= dl.end and p.role != "demonym":
            return dataclasses.replace(p, role=None)
    name = dl.text.title()
    home = {p.country for p in places if p.country and p.role is None}
    abroad = False  # a name the gazetteer knows only outside the story's countries
    if gaz is not None:
        named = gaz.candidates_spelled(name)  # "JANZOUR:" is Janzur
        cands = [c for c in named if c.feature != "country"] or named
        areas = _areas(gaz, dl) if dl.region else []
        if areas:
            inside = {(a.country, a.name if a.feature == "admin1" else None) for a in areas}
            cands = [c for c in cands if (c.country, c.admin1) in inside or (c.country, None) in inside] or [
                c for c in cands if c.country in {a.country for a in areas}
            ]  # "Zvishavane, Midlands:" where the gazetteer files the town under a neighbouring province
        if cands and dl.titled and home and not areas and not any(c.country in home for c in cands):
            cands, abroad = [], True  # "Tawila —" in a story on Darfur: not the Yemeni village
        cands = sorted(cands, key=lambda c: c.country not in home)  # the story's countries first
        if cands:
            return cands[0].place(text[dl.start : dl.end], dl.start, dl.end, score=0.5)
        if areas:  # "Komanda, Ituri:": a town the gazetteer lacks, in a region it knows
            a = areas[0]
            admin1 = a.name if a.feature == "admin1" else None
            return Place(text[dl.start : dl.end], dl.start, dl.end, name, a.country, admin1, score=0.3)
    if dl.titled and not abroad and not (dl.colon and _reads_as_name(dl.text)):
        return None  # "Headline:", "Update —": not a place the gazetteer knows
    return Place(text[dl.start : dl.end], dl.start, dl.end, name, score=0.1)


# a country's ISO code heading a report, as security reports write it: "MDG - ANALAMANGA - ..."
_ISO3 = re.compile(r"[A-Z]{3}")


def _areas(gaz: Any, dl: Dateline) -> list[Any]:
    """The areas the dateline's region names: "Daru, Western Province:" is PNG's Western Province
    among the many Westerns, so the name is looked up whole before its area word is dropped."""
    assert dl.region is not None
    for name in dict.fromkeys((dl.region_text or dl.region, dl.region)):
        areas = [c for c in gaz.candidates(name) if c.feature != "city"]
        if areas:
            return areas
    return []


def _reads_as_name(text: str) -> bool:
    """ "Kolofata": one capitalised word, no headline word (two words are as often a byline: "Agba
    Jalingo:", "George Kerevan:")."""
    words = text.split()
    return len(words) == 1 and words[0].lower().strip("'’") not in _HEADLINE_WORDS
