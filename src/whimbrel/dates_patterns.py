"""The table of temporal-expression rules: the guards that refuse false hits, then the patterns.

Order matters only between matches of the same length (the longest match wins in
:func:`whimbrel.dates.find_all`); earlier rules win such ties.
"""

from __future__ import annotations

import re

from . import dates_calendar as cal
from .dates_grammar import (
    AMOUNT_NOUNS,
    CODE_WORDS,
    DAY,
    DAYNUM,
    DURATION_UNIT,
    MONTH,
    MONTH_BARE,
    MONTH_CAPS,
    NUM,
    NUM_STRICT,
    POS,
    PREP_BEFORE_MONTH,
    QORD,
    RANGE_SEP,
    SPOKEN_YEAR,
    UNIT,
    WD_PREFIX,
    WEEKDAY,
    YEAR,
    compile_pattern,
    month_number,
    ordinal,
)
from .dates_rules import (
    REF_WORDS,
    Rule,
    _int_year,
    caps_year,
    r_ago,
    r_century,
    r_current_unit,
    r_date_caps,
    r_date_full,
    r_date_no_year,
    r_day_ordinal,
    r_day_relative,
    r_days_later,
    r_dayword,
    r_decade,
    r_duration,
    r_easter,
    r_half,
    r_holiday,
    r_month,
    r_month_rel_year,
    r_month_year,
    r_numeric,
    r_quarter,
    r_quarter_anaphor,
    r_range_days,
    r_range_days_months,
    r_range_months,
    r_range_weekdays,
    r_range_years,
    r_ref,
    r_rel_unit,
    r_season,
    r_that_day,
    r_that_weekday,
    r_the_weekend,
    r_weekday,
    r_year,
    r_year_adjective,
)


# ------------------------------------------------------------------------------------------ guards
def _next_word(m: re.Match[str], text: str) -> str:
    nxt = re.match(r"\s*([A-Za-z]+)", text[m.end():])
    return nxt.group(1).lower() if nxt else ""


def g_year(m: re.Match[str], text: str) -> bool:
    """A four-digit number is a year unless it looks like an amount, a code or a clock time."""
    before = text[max(0, m.start() - 2) : m.start()]
    if re.search(r"[$£€#.,\d]\s?$", before) or re.match(r"\s*(?:%|[,.]\d|:\d|-\d{3})", text[m.end():]):
        return False
    if text[m.end() : m.end() + 2] in ("th", "st", "nd", "rd"):
        return False
    nxt = _next_word(m, text)
    prev = re.search(r"([A-Za-z]+)\.?\s+$", text[max(0, m.start() - 20) : m.start()])
    if nxt in ("hours", "hrs", "hr", "h", "gmt", "utc") or (prev and prev.group(1).lower() in CODE_WORDS):
        return False  # "at around 1700 hrs": a clock time
    if re.match(r"(?i)hrs\b|h\b|hours\b", text[m.end():]):
        return False  # "at about 0530hrs"
    left = text[max(0, m.start() - 8) : m.start()]
    after_prep = re.search(r"(?i)\b(?:in|since|during|until|by|before|after|from|of)\s+$", left)
    return nxt not in AMOUNT_NOUNS or bool(after_prep)  # "in 2019 rebels" is a year, "some 2000 rebels" not


def g_spoken_year(m: re.Match[str], text: str) -> bool:
    if m.group("y").lower().startswith("two thousand"):
        before = text[max(0, m.start() - 12) : m.start()].lower()
        after_prep = re.search(r"\b(?:in|since|until|by|of|before|after)\s+$", before)
        return "year" in m.group(0).lower() or bool(after_prep)
    return _next_word(m, text) not in AMOUNT_NOUNS


def g_season(m: re.Match[str], text: str) -> bool:
    """ "the fall of the regime", "the spring offensive" aside, "fall" needs a determiner."""
    if m.group("s").lower() == "fall" and not m.groupdict().get("y"):
        return not re.match(r"\s+(?:of|in|from|into|back)\b", text[m.end():])
    return True


# nouns "the weekend" may describe ("the weekend trip"), when it dates nothing
_WEEKEND_NOUNS = frozenset(
    "trip trips market markets edition editions shift shifts break getaway rush traffic crowd crowds "
    "service services sale sales match matches game games fixture fixtures programme program show "
    "class classes visit visitors newspaper paper papers papers' schedule".split()
)


def g_not_attributive(m: re.Match[str], text: str) -> bool:
    """ "the weekend trip", "the weekend market": the words describe a noun, they date nothing."""
    nxt = re.match(r"\s+([a-z']+)", text[m.end() :])
    return nxt is None or nxt.group(1) not in _WEEKEND_NOUNS


def g_range(m: re.Match[str], text: str) -> bool:
    """ "13 and 15 September" is two days; only "between 13 and 15 September" is a range."""
    words = m.group(0).lower().split()
    return "and" not in words or words[0] == "between"


def g_valid_dm(m: re.Match[str], text: str) -> bool:
    y = m.groupdict().get("y")
    d = ordinal(re.sub(r"(?i)^the\s+", "", m.group("d"))) or 0
    return cal.valid_day(_int_year(y) if y else None, month_number(m.group("mon")), d)


def g_valid_dm_caps(m: re.Match[str], text: str) -> bool:
    """A real day of a security report's date, its year in two digits or four."""
    y = m.groupdict().get("y")
    year = caps_year(y) if y else None
    d = ordinal(m.group("d")) or 0
    return cal.valid_day(year, month_number(m.group("mon")), d)


def g_month_bare(m: re.Match[str], text: str) -> bool:
    """ "May" and "March" alone could be a verb or a name: need a preposition or a modifier, and no
    capitalised word after them ("May Pen" is a town)."""
    mon = m.group("mon")
    if m.group("rel") or m.group("pos") or mon not in ("May", "March"):
        return True
    if re.match(r" (?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)[A-Z][a-z]", text[m.end() :]):
        return False  # a town's name: "the Greenvale area of May Pen"
    return bool(re.search(rf"\b{PREP_BEFORE_MONTH}\s+$", text[max(0, m.start() - 20) : m.start()]))


# words a "that" clause follows: "claimed *that night* raids had stopped" is no date
_THAT_CLAUSE = frozenset(
    "said says say told tell claimed claims claim reported added stated alleged noted warned insisted "
    "believe believed believes fear feared fears showed shows means meant knew know learned suggested "
    "suggests denied confirmed announced thought think felt hope hoped so such fact argued explained "
    "revealed admitted acknowledged indicated realised realized understood agreed ensure ensured".split()
)


def g_that_day(m: re.Match[str], text: str) -> bool:
    """ "that night" after a word a clause follows, with a lowercase word after it, is the clause's
    "that" ("said that night raids continued"), not a day."""
    if not m.group(0).lower().startswith("that") or not re.match(r"\s+[a-z]", text[m.end():]):
        return True
    before = re.search(r"([A-Za-z]+)\s+$", text[max(0, m.start() - 30):m.start()])
    return before is None or before.group(1).lower() not in _THAT_CLAUSE


_PRAYERS_DATED = re.compile(
    r"\s+prayers?\b[^.;]{0,30}?\b(?:\d{1,2}(?:st|nd|rd|th)?\s+" + MONTH + r"|" + MONTH + r"\s+\d{1,2}\b)"
)


def g_weekday(m: re.Match[str], text: str) -> bool:
    """ "leaving Friday prayers on 23 February": the weekly prayer, its day told by the date after it."""
    return _PRAYERS_DATED.match(text, m.end()) is None


def g_ref(m: re.Match[str], text: str) -> bool:
    w = " ".join(m.group("span").lower().split())
    nxt = _next_word(m, text)
    if w == "the past":  # "the past five years" is a duration, "the past week" too
        return nxt not in ("few", "several", "two", "three", "decade", "year", "month", "week", "day",
                           "years",
                           "quarter", "quarters")
    if w == "future":  # the adjective, before a plural noun of time or growth
        return nxt.endswith("s") and nxt not in ("is", "was", "has")
    if w in ("previously", "formerly"):  # "previously announced plan" modifies a participle, not a time
        return not nxt.endswith("ed")
    if w == "earlier":  # only the adverb closing a clause: "as he said earlier."
        return bool(re.match(r"\s*[.,;]", text[m.end():]))
    return True


# ------------------------------------------------------------------------------------------- rules
_p = compile_pattern
_I = "(?i:{})".format
_REL = _I(r"this\s+coming|this\s+past|the\s+previous|the\s+following|the\s+coming|the\s+next|the\s+current"
          r"|the\s+prior|this|last|next|current|past|previous|coming")
_REL_UNIT = _I(r"this\s+coming|this\s+past|the\s+previous|the\s+following|the\s+coming|the\s+current"
               r"|the\s+prior|this|last|next|current")
_MOD = _I(r"early|late|earlier|later|the\s+(?:beginning|start|middle|end)\s+of"
          r"|(?:the\s+)?(?:first|second|last)\s+half\s+of")
_PART = _I("morning|afternoon|evening|night")
_SEASON = _I("spring|summer|autumn|fall|winter")
_DAYWORD = _I(r"the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow|tonight"
              # not "the last night of the fiesta"
              r"|last\s+night(?!\s+of\b)|this\s+(?:morning|afternoon|evening)"
              # "attacked a post in Djibo overnight.": the night before (not "an overnight curfew",
              # "overnight on Sunday", "overnight rates")
              r"|(?<!\b[Aa]n\s)(?<!\b[Tt]he\s)overnight(?=\s*[,.;:)]|\s*$|\s+(?:in|at|near|across|along|around|and"
              r"|as|when|while|after|before|killing|leaving|wounding|injuring|with|but|amid|according)\b)")
_ORDINAL_CENTURY = (r"\d{1,2}(?:st|nd|rd|th)|(?:twenty[- ])?(?:first|second)|third|fourth|fifth|sixth|seventh"
                    r"|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
                    r"|eighteenth|nineteenth|twentieth")
_YEAR_ADJ = _I(r"(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?(?:year[- ](?:earlier|ago)"
               r"(?:\s+(?:(?:first|second|third|fourth)[- ])?(?:quarter|period))?"
               r"|(?:same|corresponding|comparable)\s+(?:quarter|period)\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year)"
               r"|last\s+year's\s+(?:quarter|period))")
_Q_PRE = _I(r"the\s+year-(?:earlier|ago)|this\s+year's|last\s+year's|next\s+year's|the|its|this|a")
_FISCAL = r"(?:(?i:fiscal)[\s-]+)?"

RULES: tuple[Rule, ...] = (
    Rule("date-month-day-year", _p(rf"{WD_PREFIX}(?P<mon>{MONTH})\s+(?P<d>{DAY})(?:,\s*|\s+)(?P<y>{YEAR})"),
         r_date_full, g_valid_dm),
    Rule("date-day-month-year",
         _p(rf"{WD_PREFIX}(?P<d>{DAY})(?:\s+of)?\s+(?P<mon>{MONTH}),?\s+(?P<y>{YEAR})"),
         r_date_full, g_valid_dm),
    # not "March 3 2020" or "March 3, 2020" (the rule above), but "On March 3, 25 people were ..."
    # (not "Oct 25" of "28 Oct 25 people": the day told before the month is the date's)
    Rule("date-month-day", _p(rf"{WD_PREFIX}(?<!\d\s)(?P<mon>{MONTH})\s+(?P<d>{DAY})(?!\s*\d)(?!,\s*{YEAR})"),
         r_date_no_year, g_valid_dm),
    Rule("date-day-month", _p(rf"{WD_PREFIX}(?P<d>{DAY})(?:\s+of)?\s+(?P<mon>{MONTH})"),
         r_date_no_year, g_valid_dm),
    # a security report's dates, in capitals with a year of two digits: "02 JUL 24", "09 FEB", and the
    # day of a day-time group: "100540Z OCT 24" (the 10th at 05:40 UTC)
    Rule("date-caps",
         _p(rf"(?<![\w.])(?P<d>{DAYNUM})\s+(?P<mon>{MONTH_CAPS})(?:\s+(?P<y>{YEAR}|\d\d))?(?!\w|\.\d)"),
         r_date_caps, g_valid_dm_caps),
    Rule("date-time-group",
         _p(rf"(?<!\w)(?P<d>[0-3]\d)[0-2]\d[0-5]\d[A-Z]?\s+(?P<mon>{MONTH_CAPS})\s+(?P<y>{YEAR}|\d\d)(?!\w)"),
         r_date_caps, g_valid_dm_caps),
    Rule("holiday",
         _p(r"(?P<h>(?i:New\s+Year['’]s\s+(?:Day|Eve)|Christmas\s+(?:Day|Eve)|Boxing\s+Day|"
            r"Valentine['’]s\s+Day|International\s+Women['’]s\s+Day))"),
         r_holiday),
    Rule("easter",
         _p(r"(?P<e>(?i:Palm|Easter)\s+Sunday|Easter\s+(?:Day|Monday)|(?:Maundy|Holy)\s+Thursday"
            rf"|Good\s+Friday|Holy\s+Saturday)(?:,?\s+(?P<y>{YEAR}))?"
            r"(?!\s+(?i:agreement|accords?|deal|peace))"),  # not "the Good Friday Agreement"
         r_easter),
    # "on the 18th" with no month: a day of the publication's month, or of the month before; also
    # "on the night of the 14th", "in the early hours of the 3rd"
    Rule("day-ordinal",
         _p(r"(?:(?<=\b[Oo]n\s)|(?<=\bnight\sof\s)|(?<=\bmorning\sof\s)|(?<=\bevening\sof\s)"
            r"|(?<=\bafternoon\sof\s)|(?<=\bhours\sof\s))"
            r"the\s+(?P<d>[0-3]?\d(?:st|nd|rd|th))\b(?![\s-]+(?i:of|century|centuries|floor|"
            r"street|avenue|road|anniversary|time|times|day|birthday|amendment|round|minute|battalion|brigade|"
            r"division|regiment|district|ward|precinct|congress|session|edition|place|and|or|to)\b)"),
         r_day_ordinal),
    Rule("date-numeric", _p(r"(?P<a>[01]?\d|[23]\d)/(?P<b>[0-3]?\d)/(?P<ny>\d{4}|\d{2})"), r_numeric),
    Rule("date-iso", _p(r"(?P<iy>(?:19|20)\d\d)-?(?P<im>[01]\d)-?(?P<id>[0-3]\d)(?!\d)"), r_numeric),
    # day.month.year, as European police and press write it ("On 07.03.2026, at around 14:00"), and
    # day-month-year, as monitors' forms do ("Event date: 27-09-2025")
    Rule("date-dotted",
         _p(r"(?<![\d.-])(?P<dd>[0-3]?\d)(?P<sep>[.-])(?P<dm>[01]?\d)(?P=sep)(?P<dy>(?:19|20)\d\d)(?![\d.-]\d)"),
         r_numeric),
    Rule("month-year", _p(rf"(?:{POS}[\s-]+)?(?P<mon>{MONTH})(?:\s+of)?,?\s+(?P<y>{YEAR}|{SPOKEN_YEAR})"),
         r_month_year),
    Rule("month-relative-year",
         _p(rf"(?:{POS}[\s-]+)?(?P<mon>{MONTH_BARE})\s+(?i:of\s+)?(?P<rel>(?i:last|this|next))\s+(?i:year)"),
         r_month_rel_year),
    Rule("month",
         _p(rf"(?:(?P<pos>{POS})[\s-]+)?(?:(?P<rel>(?i:this\s+past|this\s+coming|last|this|next))\s+)?"
            rf"(?P<mon>{MONTH_BARE})"),
         r_month, g_month_bare),
    Rule("that-weekday",
         _p(rf"(?i:that)\s+(?P<wd>{WEEKDAY})(?:\s+(?P<part>{_PART}))?(?!['’]s)"),
         r_that_weekday, g_that_day),
    Rule("weekday",  # (not the "Friday" of "the Good Friday Agreement": the easter rule reads the days)
         _p(rf"(?:(?P<pos>{_MOD})\s+)?(?:(?P<rel>{_REL})\s+)?(?<!Good\s)(?P<wd>{WEEKDAY})(?:\s+(?P<part>{_PART}))?"
            rf"(?:\s+(?i:of\s+)?(?P<week>(?i:last|next|this|the\s+previous|the\s+following))\s+(?i:week)\b)?"),
         r_weekday, g_weekday),
    Rule("day-word",
         # "yesterday's march", "last night's strike" are days; "today's" is the present ("today's Kenya")
         _p(rf"(?:(?i:early|late|earlier|later)\s+)?(?P<w>{_DAYWORD})(?:\s+(?P<part>{_PART}))?"
            r"(?!(?<=[Tt]oday)['’]s)(?!(?<=[Tt]onight)['’]s)"),
         r_dayword),
    Rule("day-relative",
         _p(_I(r"the\s+(?P<rel>previous|preceding|prior|following|next|same)\s+(?P<part>day|morning|afternoon|evening"
               r"|night)|the\s+day\s+(?P<dir>before|after)")
            + r"(?!\s+(?:(?i:yesterday|tomorrow|the|a|an|his|her|its|their|that|this)\b|[A-Z]))(?![\w-])"),
         r_day_relative),
    Rule("that-day",
         _p(_I(r"(?:(?:later|earlier|early|late)\s+)?that\s+(?:same\s+)?(?P<part>day|morning|afternoon|evening|night)")
            + r"(?![\w-])"),
         r_that_day, g_that_day),
    Rule("relative-unit",
         _p(rf"(?:{_MOD}\s+)?(?P<rel>{_REL_UNIT})\s+(?P<unit>(?i:week|weekend|month|year|quarter))(?!s)"),
         r_rel_unit),
    Rule("the-weekend", _p(r"(?i:the\s+weekend)"), r_the_weekend, g_not_attributive),
    Rule("current-unit",
         _p(_I(r"(?:the\s+(?:end|beginning|start|middle)\s+of\s+)?the\s+(?:(?:full|entire|fiscal|calendar)\s+)*"
               r"(?P<unit>year|month)|(?P<that>that\s+year)|year[- ]end|year's\s+end") + r"(?!s|-)"),
         r_current_unit),
    Rule("ago",
         _p(rf"(?P<n>{NUM})[\s-]+(?P<unit>{UNIT})s?\s+(?P<dir>(?i:ago|earlier|later|from\s+now|hence|before"
            r"(?!\s+(?:than|that|the|a|an|his|her|its|their|he|she|it|they|we)\b)))"),
         r_ago),
    # "In June 2023, gunmen killed 11 people ... Days later, 46 women were killed": the month told before
    Rule("days-later", _p(_I(r"(?P<unit>days|weeks)\s+(?P<dir>later|earlier)")), r_days_later),
    Rule("year-adjective", _p(_YEAR_ADJ), r_year_adjective),
    Rule("quarter",
         _p(rf"(?:(?P<pre>{_Q_PRE})\s+)?(?:(?P<y1>{YEAR})\s+)?{_FISCAL}(?P<q>{QORD})[\s-]+{_FISCAL}"
            rf"(?i:quarter)(?:\s+(?i:of)\s+(?:(?i:fiscal)\s+)?(?P<y2>{YEAR}))?"),
         r_quarter),
    Rule("quarter-anaphor",
         _p(_I(r"(?P<rel>the\s+latest|the\s+most\s+recent|the\s+current|the\s+previous|the\s+prior|the|this|last"
               r"|next|that)\s+(?:fiscal\s+)?quarter") + r"(?!s|-)"
            rf"(?=\s+(?i:ended|ending)\s+(?P<emon>{MONTH})\s+{DAY})?"),
         r_quarter_anaphor),
    Rule("half-year",
         _p(rf"(?i:the\s+)?(?P<h>(?i:first|second|last|latter))\s+(?i:half)\s+(?i:of)\s+"
            rf"(?:(?i:the\s+)?(?P<y>{YEAR}|{SPOKEN_YEAR})|(?P<rel>(?i:this|last|next))\s+(?i:year)|(?i:the\s+year))"),
         r_half),
    Rule("season",
         _p(rf"(?:(?P<rel>(?i:this\s+past|this\s+coming|this|last|next|the|early|late|mid|the\s+early|the\s+late))"
            rf"[\s-]+)(?P<s>{_SEASON})(?:\s+(?i:of)\s+(?P<y>{YEAR}|{SPOKEN_YEAR}))?"),
         r_season, g_season),
    Rule("season-year", _p(rf"(?P<s>{_SEASON})\s+(?:(?i:of)\s+)?(?P<y>{YEAR})"), r_season),
    Rule("year",
         _p(rf"(?:(?i:early|mid|late|fiscal|calendar|the\s+(?:end|beginning|start|middle)\s+of|the\s+year)[\s-]+)?"
            rf"(?P<y>{YEAR})(?!'?s\b)"),
         r_year, g_year),
    Rule("year-spoken", _p(rf"(?:(?i:the\s+year)\s+)?(?P<y>{SPOKEN_YEAR})"), r_year, g_spoken_year),
    Rule("decade",
         _p(r"(?:(?i:the)\s+)?(?:(?i:early|mid|late)[\s-]+)?(?:(?P<dy>1[6-9]\d0|20\d0)'?s|'(?P<yy>\d0)s|"
            r"(?i:the\s+)(?P<dw>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)))"),
         r_decade),
    Rule("century", _p(_I(rf"(?:the\s+)?(?P<c>{_ORDINAL_CENTURY})[\s-]+century")), r_century),
    Rule("range-days-month",
         _p(rf"(?:(?i:between|from)\s+)?(?P<d1>{DAY}){RANGE_SEP}(?P<d2>{DAY})\s+(?:(?i:of)\s+)?"
            rf"(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?"),
         r_range_days, g_range),
    Rule("range-month-days",
         _p(rf"(?:(?i:between|from)\s+)?(?P<mon>{MONTH})\s+(?P<d1>{DAY}){RANGE_SEP}(?P<d2>{DAY})"
            rf"(?:,?\s+(?P<y>{YEAR}))?"),
         r_range_days, g_range),
    # a range across two months: "31 October–1 November", "from Oct. 30 to Nov. 2, 2026"
    Rule("range-days-months",
         _p(rf"(?:(?i:between|from)\s+)?(?P<d1>{DAY})\s+(?:(?i:of)\s+)?(?P<m1>{MONTH}){RANGE_SEP}"
            rf"(?P<d2>{DAY})\s+(?:(?i:of)\s+)?(?P<m2>{MONTH})(?:,?\s+(?P<y>{YEAR}))?"),
         r_range_days_months, g_range),
    Rule("range-months-days",
         _p(rf"(?:(?i:between|from)\s+)?(?P<m1>{MONTH})\s+(?P<d1>{DAY}){RANGE_SEP}"
            rf"(?P<m2>{MONTH})\s+(?P<d2>{DAY})(?:,?\s+(?P<y>{YEAR}))?"),
         r_range_days_months, g_range),
    Rule("range-weekdays", _p(rf"(?i:between|from)\s+(?P<w1>{WEEKDAY}){RANGE_SEP}(?P<w2>{WEEKDAY})"),
         r_range_weekdays, g_range),
    Rule("range-months",
         _p(rf"(?i:between|from)\s+(?P<m1>{MONTH_BARE}){RANGE_SEP}(?P<m2>{MONTH_BARE})(?:,?\s+(?P<y>{YEAR}))?"),
         r_range_months, g_range),
    Rule("range-years",
         _p(rf"(?:(?i:between|from)\s+)?(?P<y1>{YEAR})(?:\s*[-–]\s*|\s+(?i:to|and|through|until)\s+)"
            r"(?P<y2>(?:1[6-9]|20)\d\d|\d\d)"),
         r_range_years, g_range),
    # not "shortly after 2am", "soon before dawn" (a time told against another), nor the perfect's
    # "has now claimed nine lives" (the toll so far, not the act's day)
    Rule("reference",
         _p(rf"(?!(?:(?<=\bhas\s)|(?<=\bhave\s)|(?<=\bhad\s))(?i:now)\b)"
            rf"(?P<span>(?i:{REF_WORDS}))(?!\s+(?i:after|before)\b)"),
         r_ref, g_ref),
    Rule("duration",
         _p(rf"(?:(?i:the\s+)?(?i:past|last|next|previous|coming|following|first)\s+)?(?P<n>{NUM_STRICT})"
            rf"[\s-]+(?P<unit>{DURATION_UNIT})s?(?![\s-]+(?i:old|ago|earlier|later|before|after|from\s+now))"),
         r_duration),
    Rule("duration-vague",
         _p(rf"(?:(?i:the\s+)?(?i:past|last|next|previous|coming|following|first)\s+)?"
            rf"(?P<n>(?i:a\s+few|several|a\s+couple\s+of|a\s+number\s+of|few|many))\s+(?P<unit>{DURATION_UNIT})s"
            r"(?![\s-]+(?i:ago|earlier|later|before|after|from\s+now))"),
         r_duration),
    Rule("duration-one",
         _p(rf"(?i:for|over|within|about|nearly|almost|than|after|lasted|lasting|took|spent|in\s+less\s+than)\s+"
            rf"(?P<span>(?i:a|an|one)\s+(?P<unit>{DURATION_UNIT}))(?![\s-]+(?i:ago|earlier|later|before|after|or|and|"
            r"from\s+now)\b|[\w-])"),
         r_duration),
    Rule("duration-unit",
         _p(rf"(?i:the\s+)?(?i:past|last|next|previous|coming|following)\s+(?P<unit>{DURATION_UNIT})(?!s)"),
         r_duration),
)
RULE_RANK = {rule.name: i for i, rule in enumerate(RULES)}
