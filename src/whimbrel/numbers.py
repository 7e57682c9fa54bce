"""The number grammar: counts written in digits or words, with their qualifiers.

``find_numbers`` reads every number expression of a text; ``number_at``, ``article_at`` and ``zero_at``
read one at a token of ``tokens`` (``casualties`` uses them to find the numbers next to its cues). A
``NumberExpr`` has ``low``, ``high`` and ``best`` with these conventions:

Exact ("12", "1,200", "twenty-one", "a hundred", "two dozen", "1.5 million"): low = high = best. "more
than / over / at least / upwards of N": low N (not N + 1), high None, best N. "up to / as many as / at
most / fewer than / under N": low None, high N, best N. "about / around / nearly / almost / some /
roughly / an estimated N": best N, low = high = None (no band: news rounding is too uneven to model
one). "between A and B", "A to B", "A-B", "A or B": low A, high B, best A, the lower figure, as ACLED
codes uncertain tolls ("between 10 and 15" -> 10); the upper part is kept as ``second``, so that after a
rising verb "from A to B" is no range ("the toll rose from 10 to 15" -> 15). Vague counts, low = high =
None, follow ACLED's published convention where it has one: "tens" 10, "dozens" 12, "hundreds" 100,
"thousands" 1000, "tens of thousands" 10,000; ours where it has none: "scores" 20 (one score, as
"dozens" is one dozen), "a few" / "several" / "a handful" 3 ("several hundred" 300), "a couple of" 2.
"many" is no count. One victim: "a soldier was killed", "killing a journalist" -> 1 (the count's text is
the article; not before a quantity noun: "a number of", "a group"); "no one was hurt", "nobody was
killed", "no deaths" -> 0. Hyphenated ages and measures ("18-year-old", "12-hour") are no numbers, nor
is a year after a preposition ("in 2019").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .dates_grammar import MONTHS


def ws(words: str) -> frozenset[str]:
    return frozenset(words.split())


def phrases(*items: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(i.split()) for i in items)


_TOKEN = re.compile(r"\d+(?:[.,]\d+)*(?:-[A-Za-z]+)+|\d+(?:[.,]\d+)*|[A-Za-z]+(?:['’-][A-Za-z]+)*|\S")
UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split())
        if i >= 2}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
           "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000}
_VAGUE_PLURAL = {"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000,
                 "millions": 1_000_000}
_VAGUE_FEW = {("a", "few"): 3, ("several",): 3, ("a", "handful", "of"): 3, ("a", "handful"): 3,
              ("a", "couple", "of"): 2}
_NOT_ONE = ws("number total lot few handful series group crowd couple dozen score hundred thousand "
              "million further second third wave spate unspecified undisclosed unknown unconfirmed")
_GROUP_OF = ws("family group total")
# ordinal words and the rank they give: "a third was injured" is one more, "a seventh victim died" makes 7
ORDINAL_RANKS = {w: k + 2 for k, w in enumerate(
    "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())}
_ORDINALS = frozenset(ORDINAL_RANKS)
_AFTER_PERSON = ws("in near at on during when as while after and but outside inside")
_COUPLE_KINDS = ws("married young elderly old retired")
_ORDINAL_VERBS = ws(
    "was died succumbed later also had wounded injured hurt lost survived escaped suffered sustained"
)
# the verbs an ordinal victim is the object of: "wounded a third man", "shot dead a third man"
_HARMED = ws("wounded wounding injured injuring killed killing shot dead beheaded stabbed")
_ZERO = phrases("not a single", "nor a single", "not one", "nor one", "no one", "nobody", "none", "no")
_QUALIFIERS = tuple(sorted(
    [(q, "low") for q in phrases("more than", "over", "at least", "upwards of", "in excess of",
                                 "no fewer than", "no less than", "not less than", "a minimum of",
                                 "well over", "just over")]
    + [(q, "high") for q in phrases("up to", "as many as", "at most", "no more than", "not more than",
                                    "fewer than", "less than", "under", "a maximum of", "just under")]
    + [(q, "approx") for q in phrases("about", "around", "nearly", "almost", "some", "roughly",
                                      "approximately", "an estimated", "estimated", "close to", "circa",
                                      "perhaps", "possibly")]
    + [(q, "exact") for q in phrases("a total of", "total of", "only", "exactly", "another")],
    key=lambda x: -len(x[0]),
))
_RANGE_START = {"between": "and", "from": "to"}
_RANGE_SEP = ws("to or - –")
_YEAR_BEFORE = ws("in on at since by of until from before after during early late mid")
_NOT_BOTH = ws("a an the his her their its sides side countries parties camps groups")
STARTS = frozenset({*UNITS, *TENS, *_VAGUE_PLURAL, *_RANGE_START, "a", "an", "half", "several", "both",
                    "nobody", "none", "no", "not", "nor", *(q[0] for q, _ in _QUALIFIERS)})


@dataclass(frozen=True, slots=True)
class NumberExpr:
    """A number with its qualifier, in the offsets of the text it was read from (plus ``base``)."""

    low: int | None
    high: int | None
    best: int
    start: int
    end: int
    first: int  # first token index
    last: int  # one past the last token index
    kind: str = "exact"  # exact | one | low | high | approx | range | vague | person (a named victim) | pair
    second: NumberExpr | None = None  # the upper part of a range


@dataclass(frozen=True, slots=True)
class Tok:
    low: str
    start: int
    end: int


# a security report's abbreviations, read as their words: "7x civilians KIA, 4x WIA" (killed and
# wounded in action; only in capitals, so that a Kia car stays one; casualty_words' pre-filter lets
# them through), "incl. 3x children"
CASUALTY_ABBREVIATIONS = {"KIA": "killed", "WIA": "wounded"}
_ABBREVIATED = {**CASUALTY_ABBREVIATIONS, "incl": "including", "Incl": "including"}


def tokens(text: str) -> list[Tok]:
    """The words, numbers and signs of ``text``, lower-cased (an abbreviation of
    ``_ABBREVIATED`` as its word)."""
    return [Tok(_ABBREVIATED.get(m.group()) or m.group().lower(), *m.span()) for m in _TOKEN.finditer(text)]


def words(toks: Sequence[Tok], i: int, n: int) -> tuple[str, ...]:
    return tuple(t.low for t in toks[i : i + n])


def followed_by(toks: Sequence[Tok], i: int, phrases: Sequence[tuple[str, ...]]) -> bool:
    return any(words(toks, i, len(p)) == p for p in phrases)


def digit_value(s: str) -> float | None:
    if not s[0].isdigit() or any(c.isalpha() for c in s):
        return None
    try:
        return float(s.replace(",", "") if re.fullmatch(r"\d{1,3}(,\d{3})+", s) else s)
    except ValueError:
        return None


def find_numbers(text: str, *, base: int = 0) -> list[NumberExpr]:
    """Every number expression (with its qualifier) in ``text``; offsets are ``base`` + local."""
    toks, out, i = tokens(text), [], 0
    while i < len(toks):
        ne = number_at(toks, i, base)
        if ne is not None and not year_like(toks, ne):
            out.append(ne)
            i = ne.last
        else:
            i += 1
    return out


def _clock(toks: Sequence[Tok], i: int) -> bool:
    """The digits at token i are an hour or its minutes, joined by a colon: "07:40", "9:15"."""

    def joined(a: int) -> bool:  # toks[a] ":" toks[a + 2], written without spaces
        return (
            0 <= a
            and a + 2 < len(toks)
            and toks[a + 1].low == ":"
            and toks[a].low.isdigit()
            and toks[a + 2].low.isdigit()
            and toks[a].end == toks[a + 1].start
            and toks[a + 1].end == toks[a + 2].start
        )

    return joined(i) or joined(i - 2)


def _bare_number(toks: Sequence[Tok], i: int) -> tuple[float, int, str] | None:
    """An unqualified number at token i: (value, next token index, "exact" | "vague")."""
    n = len(toks)
    if i >= n:
        return None
    w = toks[i].low
    for phrase, few in _VAGUE_FEW.items():
        if words(toks, i, len(phrase)) == phrase:
            j = i + len(phrase)
            mult = _SCALES.get(toks[j].low, 12 if toks[j].low == "dozen" else 0) if j < n else 0
            return (float(few * mult), j + 1, "vague") if mult else (float(few), j, "vague")
    if w == "half" and words(toks, i + 1, 2) == ("a", "dozen"):
        return 6.0, i + 3, "exact"  # "Half a dozen men were shot dead"
    if w == "both":  # "both attackers were shot dead"; not "both a soldier and a civilian"
        after = toks[i + 1].low if i + 1 < n else ""
        if after in _NOT_BOTH or not after[:1].isalpha() or _both_told_again(toks, i):
            return None
        return 2.0, i + 1, "exact"
    if w in _VAGUE_PLURAL:
        if i + 2 < n and toks[i + 1].low == "of" and toks[i + 2].low in ("thousands", "millions"):
            return float(_VAGUE_PLURAL[w] * _VAGUE_PLURAL[toks[i + 2].low]), i + 3, "vague"
        return float(_VAGUE_PLURAL[w]), i + 1, "vague"
    value = digit_value(w)
    if value is not None:
        if i + 2 < n and toks[i + 1].low == "-" and toks[i + 2].low.isalpha():
            return None  # "18-year-old", "12-hour"
        if glued_name(toks, i):
            return None  # "3R" (a rebel group), "20km", "9mm": a name or a measure, no count
        if _clock(toks, i):
            return None  # "07:40 A man has died": a time of day
        if i + 1 < n and (toks[i + 1].low in _SCALES or toks[i + 1].low == "dozen"):
            return value * _SCALES.get(toks[i + 1].low, 12), i + 2, "exact"
        if i + 1 < n and toks[i + 1].low == "x" and toks[i + 1].start == toks[i].end:
            return value, i + 2, "exact"  # "7x civilians KIA": a security report's count
        return value, i + 1, "exact"
    total, current, j, seen = 0.0, 0.0, i, False
    while j < n:
        w = toks[j].low
        parts = w.split("-")
        if w in ("a", "an") and not seen and j + 1 < n and toks[j + 1].low in (*_SCALES, "dozen"):
            current, seen = 1.0, True
        elif len(parts) <= 2 and all(p in UNITS or p in TENS for p in parts) and (
            not seen or current % 100 == 0 or (UNITS.get(w, 10) < 10 and current % 100 in TENS.values())
        ):
            current += sum(UNITS.get(p, 0) + TENS.get(p, 0) for p in parts)
            seen = True
        elif seen and (w == "hundred" or w == "dozen"):
            current = (current or 1) * (100 if w == "hundred" else 12)
        elif seen and w in _SCALES:
            total, current = total + (current or 1) * _SCALES[w], 0.0
        elif not (seen and w == "and" and toks[j - 1].low in _SCALES and j + 1 < n
                  and toks[j + 1].low.split("-")[0] in (*UNITS, *TENS)):
            break
        j += 1
    return (total + current, j, "exact") if seen else None


# letters glued to a number that make it a name or a measure ("3R", "20km"), not a count's "7x" or an
# ordinal's "3rd"
_GLUED_NAME = re.compile(r"(?!(?:x|st|nd|rd|th)$)[a-z]+")


def glued_name(toks: Sequence[Tok], i: int) -> bool:
    """The digits at token i have letters glued to them that make a name or a measure ("3R", "20km",
    "9mm"), not a count ("7x") or an ordinal ("3rd")."""
    return (
        i + 1 < len(toks)
        and toks[i + 1].start == toks[i].end
        and toks[i].low.isdigit()
        and _GLUED_NAME.fullmatch(toks[i + 1].low) is not None
    )


def _both_told_again(toks: Sequence[Tok], i: int) -> bool:
    """ "Two guests, both rice farmers in their forties, were shot dead": "both" in apposition after a
    counted noun phrase is the same two, not two more."""
    if i < 2 or toks[i - 1].low != ",":
        return False
    before = [t.low for t in toks[max(0, i - 6) : i - 1]]
    if any(w in (",", ";", ".", "and") for w in before):
        before = before[max(k for k, w in enumerate(before) if w in (",", ";", ".", "and")) + 1 :]
    return any(w in UNITS or digit_value(w) is not None for w in before)


MONTH_NAMES = frozenset(MONTHS)  # "may" included: "on 19 May" (see _AFTER_MODAL)


# what follows the modal "may", not the month: "officials fear 20 may have died"
_AFTER_MODAL = ws("have be been not also still yet well never already")


#: the words before a school's class or year: "a Grade 11 student", "three Form Two students"
SCHOOL_YEARS = frozenset({"grade", "form", "level", "class", "standard", "std", "jss", "sss"})


def number_at(toks: Sequence[Tok], i: int, base: int) -> NumberExpr | None:
    n = len(toks)
    if i < n and toks[i].low in _RANGE_START:
        a = _bare_number(toks, i + 1)
        if a and a[1] < n and toks[a[1]].low == _RANGE_START[toks[i].low]:
            b = _bare_number(toks, a[1] + 1)
            if b and b[0] > a[0]:
                second = _mk(toks, a[1] + 1, b[1], base, int(b[0]), "exact")
                return _mk(toks, i, b[1], base, int(a[0]), "range", int(b[0]), second)
        return None
    qual, j = next(((q, i + len(p)) for p, q in _QUALIFIERS if words(toks, i, len(p)) == p),
                   ("exact", i))
    got = _bare_number(toks, j)
    if got is None or _ordinal_suffix(toks, got[1]):  # "a 13th victim" is one, not 13
        return None
    if qual == "exact" and j > 0 and toks[j - 1].low in SCHOOL_YEARS:
        return None  # "a Grade 11 student", "Form Two students", "a level 300 student": a class, no count
    value, k, kind = got
    if k < n and toks[k].low in MONTH_NAMES and toks[j].low.isdigit() and 1 <= value <= 31:
        if not (toks[k].low == "may" and k + 1 < n and toks[k + 1].low in _AFTER_MODAL):
            return None  # "on 19 May": a day of the month (not "20 may have died")
    if qual == "exact" and kind == "exact" and k + 1 < n and toks[k].low in _RANGE_SEP:
        b = _bare_number(toks, k + 1)
        if b and b[2] == "exact" and b[0] > value:
            second = _mk(toks, k + 1, b[1], base, int(b[0]), "exact")
            return _mk(toks, i, b[1], base, int(value), "range", int(b[0]), second)
    plus = k < n and toks[k].low == "+" and toks[k].start == toks[k - 1].end
    if qual == "exact" and kind == "exact" and plus:
        return _mk(toks, i, k + 1, base, int(value), "low")  # "30+ injured": more than 30, at least 30
    return _mk(toks, i, k, base, int(value), "vague" if qual == "exact" and kind == "vague" else qual)


def _mk(toks: Sequence[Tok], i: int, k: int, base: int, v: int, kind: str, hi: int | None = None,
        second: NumberExpr | None = None) -> NumberExpr:
    start, end = base + toks[i].start, base + toks[k - 1].end
    if kind == "range" and hi is not None:
        return NumberExpr(v, hi, v, start, end, i, k, "range", second)  # ACLED: the lower figure
    low, high = {"exact": (v, v), "one": (v, v), "low": (v, None), "high": (None, v)}.get(kind, (None, None))
    return NumberExpr(low, high, v, start, end, i, k, kind)


def year_like(toks: Sequence[Tok], ne: NumberExpr) -> bool:
    """A year, not a count: "in 2019", "since 2021", "the 2019 protests" (a year of the recent past
    after a determiner, naming the noun after it)."""
    w = toks[ne.first].low
    if not (len(w) == 4 and w.isdigit() and 1900 <= int(w) <= 2100 and ne.kind == "exact" and ne.first > 0):
        return False
    if toks[ne.first - 1].low in _YEAR_BEFORE:
        return True
    return (
        toks[ne.first - 1].low in _DETERMINERS
        and 1950 <= int(w) <= 2035
        and ne.last < len(toks)
        and toks[ne.last].low.isalpha()
    )


_DETERMINERS = ws("the his her their its this that")


def article_at(toks: Sequence[Tok], i: int, base: int) -> NumberExpr | None:
    """ "a soldier", "an 18-year-old", "another person": 1, unless a quantity noun follows ("a number
    of", "a group");
    "a family of five", "a group of 12", "a total of 30": the number after "of"."""
    if toks[i].low == "another" and _clause_end(toks, i + 1) and i > 0 and toks[i - 1].low != "one":
        return _mk(toks, i, i + 1, base, 1, "one")  # "killing a guard and wounding another, police said"
    if toks[i].low == "another" and i + 1 < len(toks) and toks[i + 1].low[0].isalpha():
        if toks[i + 1].low in _NOT_ONE or number_at(toks, i + 1, base) is not None:
            return None  # "another 12 people": the number's own count
        return _mk(toks, i, i + 1, base, 1, "one")  # "another person died later"
    if toks[i].low not in ("a", "an") or i + 1 >= len(toks):
        return None
    if toks[i + 1].low in _GROUP_OF and i + 3 < len(toks) and toks[i + 2].low == "of":
        inner = number_at(toks, i + 3, base)
        if inner is not None:
            return dataclasses.replace(inner, start=base + toks[i].start, first=i)
    if toks[i + 1].low in _ORDINALS and (_ordinal_person(toks, i + 2) or _clause_end(toks, i + 2)):
        return _mk(toks, i, i + 2, base, 1, "one")  # "two were killed and a third was injured"
    if toks[i + 1].low in _ORDINALS and i > 0 and toks[i - 1].low in _HARMED and _clause_end(toks, i + 3):
        return _mk(toks, i, i + 2, base, 1, "one")  # "shot dead two rangers and wounded a third man"
    left_with = i > 0 and toks[i - 1].low == "left" and words(toks, i + 3, 1) == ("with",)
    if toks[i + 1].low in _ORDINALS and left_with:
        return _mk(toks, i, i + 2, base, 1, "one")  # "and left a third man with head injuries"
    if _ordinal_suffix(toks, i + 2) and toks[i + 1].low.isdigit() and _ordinal_person(toks, i + 3):
        return _mk(toks, i, i + 3, base, 1, "one")  # "a 13th victim died overnight"
    if toks[i + 1].low == "couple" and words(toks, i + 2, 1) != ("of",):
        return _mk(toks, i, i + 2, base, 2, "exact")  # "shot dead a couple and their son"
    if toks[i + 1].low in _COUPLE_KINDS and words(toks, i + 2, 2)[:1] == ("couple",):
        return _mk(toks, i, i + 3, base, 2, "exact")  # "a married couple in their sixties"
    if toks[i + 1].low in _NOT_ONE or _described_again(toks, i):
        return None
    return _mk(toks, i, i + 1, base, 1, "one")


# who a counted person is, told again in apposition: "one resident, a 54-year-old man, ..."
_KINDS_OF_PERSON = ws(
    "man woman boy girl child teenager teen youth baby infant toddler pensioner student father mother "
    "son daughter husband wife brother sister"
)


def _described_again(toks: Sequence[Tok], i: int) -> bool:
    """The article at ``i`` opens (or continues) an apposition that tells again who the people counted
    right before it are: "one resident, a 54-year-old man, died", "two other occupants, a woman and
    a teenager, were hurt" (as many items as counted, each a man, woman, child ... or an age); not a
    list of more people ("killed two soldiers, a policeman and a civilian")."""
    k = i - 1
    while k >= 0 and toks[k].low not in (",", ";", ".", ":"):
        k -= 1
    if k < 1 or toks[k].low != ",":
        return False
    aged = k >= 3 and toks[k - 1].low.isdigit() and toks[k - 2].low == "," and toks[k - 3].low.isalpha()
    if i == k + 1 and aged:
        # "Gela Beridze, 58, a retired teacher, died": who the one aged 58 is (not "a farmer, 45, a
        # trader, 30, and a driver": a list, each with an age or an "and" after)
        close = next((j for j in range(i + 1, len(toks)) if toks[j].low in (",", ";", ".", ":")), len(toks))
        after = toks[close + 1].low if close + 1 < len(toks) and toks[close].low == "," else ""
        return not (after.isdigit() or after == "and")
    start = k - 1
    while start > 0 and toks[start - 1].low not in (",", ";", ".", ":", "and"):
        start -= 1
    counted = [digit_value(t.low) or UNITS.get(t.low) for t in toks[start:k]]
    told = [int(v) for v in counted if v]
    if len(told) != 1:
        return False
    end = k + 1
    while end < len(toks) and toks[end].low not in (",", ";", ".", ":"):
        end += 1
    if toks[k + 1].low not in ("a", "an"):
        return False
    cuts = [k, *(j for j in range(k + 1, end) if toks[j].low == "and"), end]
    items = [toks[a + 1 : b] for a, b in zip(cuts, cuts[1:], strict=False)]
    return len(items) == told[0] and all(
        any(t.low in _KINDS_OF_PERSON or t.low.endswith("-year-old") for t in item) for item in items
    )


def _ordinal_suffix(toks: Sequence[Tok], k: int) -> bool:
    """The token at ``k`` ends an ordinal written in digits ("13th", "2nd")."""
    return (k < len(toks) and toks[k].low in ("st", "nd", "rd", "th")
            and toks[k - 1].end == toks[k].start)


def _ordinal_person(toks: Sequence[Tok], j: int) -> bool:
    """After "a third": one more person, told by the verb right after it or after one noun ("a third
    was injured", "a fourth victim died"); "a third of the houses", "a second wave" are not."""
    if j < len(toks) and toks[j].low.isalpha() and toks[j].low not in _ORDINAL_VERBS and toks[j].low != "of":
        j += 1
        # "a third man travelling with them survived with gunshot wounds": a few words describing him
        for k in range(j, min(len(toks), j + 4)):
            if not toks[k].low.isalpha() or toks[k].low in _ORDINAL_VERBS:
                j = k
                break
    if j < len(toks) and toks[j].low == ",":  # "a third man, who was critically wounded, died"
        close = next((k for k in range(j + 1, min(len(toks), j + 12)) if toks[k].low == ","), None)
        j = close + 1 if close is not None else j
    return j < len(toks) and toks[j].low in _ORDINAL_VERBS


def _clause_end(toks: Sequence[Tok], j: int) -> bool:
    """Nothing of the noun phrase follows: "killing two policemen and wounding a third." or "...
    and wounded a third near the well" ("a third of the houses" goes on)."""
    return j >= len(toks) or not toks[j].low[0].isalnum() or toks[j].low in _AFTER_PERSON


def zero_at(toks: Sequence[Tok], i: int, base: int) -> NumberExpr | None:
    if words(toks, i, 2) in (("no", "fewer"), ("no", "less"), ("no", "more")):
        return None  # "no fewer than 27": a qualifier, read by number_at
    phrase = next((z for z in _ZERO if words(toks, i, len(z)) == z), None)
    return _mk(toks, i, i + len(phrase), base, 0, "exact") if phrase else None
