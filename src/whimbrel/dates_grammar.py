"""The regex grammar of temporal expressions: word lists, patterns and number words.

Month and weekday names are matched case-sensitively (capitalised: "May" the month, not the modal
verb); every other word is case-insensitive through scoped ``(?i:...)`` groups. A pattern may name
a group ``span``: then only that part is the expression ("in May" -> "May").
"""

from __future__ import annotations

import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
UNITS = {"day": "day", "week": "week", "month": "month", "year": "year", "decade": "decade",
         "century": "century", "centurie": "century", "hour": "hour", "minute": "minute",
         "quarter": "quarter"}

_SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORD_SMALL = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
              "tenth",
              "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
              "eighteenth", "nineteenth"]
_ORD_TENS = {"twentieth": 20, "thirtieth": 30}
VAGUE = ("a few", "a couple of", "several", "few", "many", "some", "a number of")


def number(word: str) -> int | None:
    """Digits or English number words up to 99 ("twenty-four", "a", "a couple of"); vague -> None."""
    w = " ".join(word.lower().replace("-", " ").split())
    if w.isdigit():
        return int(w)
    if w in ("a", "an", "one", "a single"):
        return 1
    if w in ("a couple of", "couple of", "a couple"):
        return 2
    if w in _SMALL:
        return _SMALL.index(w)
    parts = w.split()
    if parts and parts[0] in _TENS and parts[0]:
        total = _TENS.index(parts[0]) * 10
        if len(parts) == 2 and parts[1] in _SMALL[1:10]:
            total += _SMALL.index(parts[1])
        elif len(parts) > 2:
            return None
        return total
    return None


def ordinal(word: str) -> int | None:
    """"third" -> 3, "twenty-first" -> 21, "3rd" -> 3."""
    w = word.lower().replace("-", " ").strip()
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)?", w)
    if m:
        return int(m.group(1))
    if w in _ORD_SMALL:
        return _ORD_SMALL.index(w)
    if w in _ORD_TENS:
        return _ORD_TENS[w]
    parts = w.split()
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _ORD_SMALL[1:10]:
        return _TENS.index(parts[0]) * 10 + _ORD_SMALL.index(parts[1])
    return None


def spoken_year(text: str) -> int | None:
    """"nineteen ninety-six" -> 1996, "two thousand" -> 2000, "two thousand and four" -> 2004."""
    w = " ".join(text.lower().replace("-", " ").split())
    w = re.sub(r"^the year ", "", w)
    if w.startswith("two thousand"):
        rest = w[len("two thousand"):].strip()
        rest = rest[4:] if rest.startswith("and ") else rest
        n = number(rest) if rest else 0
        return None if n is None else 2000 + n
    m = re.fullmatch(r"(nineteen|eighteen|twenty) (?:oh )?(.+)", w)
    if not m:
        return None
    century = {"eighteen": 1800, "nineteen": 1900, "twenty": 2000}[m.group(1)]
    if m.group(2) == "hundred":
        return century
    n = number(m.group(2))
    return None if n is None or n > 99 else century + n


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _alt(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


# ----------------------------------------------------------------------------------------- fragments
B = r"(?<![\w/])"  # left word boundary that also refuses "1/12" style continuations
E = r"(?![\w])"
MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTH_ABBR = "Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
MONTH = rf"(?:(?:{MONTH_FULL})(?!\w)|(?:{MONTH_ABBR})(?:\.|(?!\w)))"
# a month in capitals, as security reports write it: "02 JUL 24", "OCT 24"
MONTH_CAPS = "|".join(sorted({w.upper() for w in MONTHS}, key=len, reverse=True))
MONTH_BARE = rf"(?:(?:{MONTH_FULL})(?!\w)|(?:{MONTH_ABBR})\.)"  # a month standing alone
# (and in capitals, as tickers and alerts write them: "... NEAR MAINE-SOROA, WEDNESDAY EVENING")
_DAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
WEEKDAY = rf"(?:{_DAY_NAMES}|{_DAY_NAMES.upper()})"
_ORD_WORDS = [w for w in _ORD_SMALL if w] + list(_ORD_TENS) + [
    f"{t}[- ]{o}"
    for t in ("twenty", "thirty")
    for o in _ORD_SMALL[1:10]
    if not (t == "thirty" and o != "first")
]
DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
DAY = rf"(?:{DAYNUM}|(?i:the\s+)?(?i:{'|'.join(sorted(_ORD_WORDS, key=len, reverse=True))}))"
YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d,]\d)"
_UNIT_WORDS = "|".join(_SMALL[1:10])
_TEEN_WORDS = "|".join(_SMALL[10:])
_TENS_WORDS = "|".join(t for t in _TENS if t)
SPOKEN_YEAR = (
    rf"(?i:nineteen[- ](?:hundred|oh[- ](?:{_UNIT_WORDS})|{_TEEN_WORDS}"
    rf"|(?:{_TENS_WORDS})(?:[- ](?:{_UNIT_WORDS}))?)"
    rf"|two thousand(?:(?:\s+and)?\s+(?:(?:{_TENS_WORDS})(?:[- ](?:{_UNIT_WORDS}))?"
    rf"|{_TEEN_WORDS}|{_UNIT_WORDS}))?)"
)
NUM = (
    rf"(?i:\d{{1,3}}|(?:{_TENS_WORDS})(?:[- ](?:{_UNIT_WORDS}))?|{_TEEN_WORDS}|{_UNIT_WORDS}|an?|"
    rf"{_alt(list(VAGUE))}|a couple)"
)
NUM_STRICT = rf"(?i:\d{{1,3}}|(?:{_TENS_WORDS})(?:[- ](?:{_UNIT_WORDS}))?|{_TEEN_WORDS}|{_UNIT_WORDS})"
UNIT = r"(?i:day|week|month|year|decade|centur(?:y|ie)|hour|minute)"
DURATION_UNIT = r"(?i:day|week|month|quarter|year|decade|centur(?:y|ie)|hour|minute)"
POS = (
    r"(?i:early|mid|late|the\s+(?:beginning|start|middle|end)\s+of"
    r"|(?:the\s+)?(?:first|second|last)\s+half\s+of)"
)
RANGE_SEP = r"(?:\s*[-–]\s*|\s+(?i:to|and|through|until|till|thru)\s+)"
PREP_BEFORE_MONTH = (
    r"(?i:in|since|by|until|till|through|during|from|to|before|after|of|for|around|last|this|next|early|late|mid|between"
    r"|and|or|throughout|in\s+early|in\s+late|in\s+mid)"
)
WD_PREFIX = rf"(?:(?P<wd>{WEEKDAY}),?\s+)?"
QORD = r"(?i:first|second|third|fourth|1st|2nd|3rd|4th)"

# Counted nouns that show a four-digit number is an amount, not a year ("2000 troops").
AMOUNT_NOUNS = frozenset(
    """people persons men women children troops soldiers civilians residents refugees migrants police
    officers fighters militants rebels protesters demonstrators workers members votes voters units tons
    tonnes barrels dollars euros pounds yen feet meters metres kilometers kilometres km miles acres hectares
    homes houses buildings vehicles cars shares cases deaths dead casualties times points students jobs
    employees copies pages words rounds rockets missiles shells bombs""".split()
)


# Words before a four-digit number that make it a name or a code ("Route 1990", "page 2020").
CODE_WORDS = frozenset(
    """page pages route flight resolution windows room model highway road article section chapter paragraph
    item code vol volume platform gate bus line channel no number unit apartment suite box""".split()
)


def compile_pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(B + pattern + E)
