"""Victims listed by name under a label, as forms and monitors' reports list them.

"Killed: Ram Babu Yadav, 24, student; Mohammad Jalil Ansari, 37, vegetable seller." is two dead: one
person for each item after a casualty label ("Killed:", "Dead:", "Victims killed:", "Injured:"), the
items set off by semicolons (``named_after_label``, read in one sentence). A label that ends its line
("Victims killed:") opens a list of lines, numbered or bulleted, one person to a line
(``named_on_lines``, read in the story text after the label's sentence).

Every item must be a person: a name of two capitalised words or more, a name with an age ("Conor,
17"), or one told by a noun ("and a 17-year-old boy whose name is withheld"). A list with any other
item ("Injured: nine demonstrators; a police inspector") is left to the number scan. The count's span
runs from the first name to the end of the last item; its cue is the label's word.

In prose, the people of a list told as the dead ("Police identified the dead as Ahmed Ali, 23, and Musa
Sani, 40") are read one item at a time by the number scan's list reader; ``name_at`` reads a named item
there and ``past_apposition`` what is told of it before the next ("Dejan M. (45), the owner of a café,
his nephew Stefan M. (22) and a waitress, Milica J. (38)": three).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .casualty_cues import CasualtyMention
from .casualty_words import MONTHS, PERSON_NOUNS, POSSESSIVES
from .dates_grammar import WEEKDAYS
from .numbers import STARTS, NumberExpr, Tok, ws
from .types import Count, Span

_KINDS = {
    "killed": "dead",
    "dead": "dead",
    "deceased": "dead",
    "fatalities": "dead",
    "wounded": "injured",
    "injured": "injured",
    "hurt": "injured",
}
# a label opening a line or a sentence: "Killed:", "Victims killed:", "The dead:", "Those injured:"
_LABEL = re.compile(
    r"(?i)(?:^|\n|(?<=\.\s))[ \t]*(?:(?:the|those|persons?|people|victims?)\s+)?"
    rf"(?P<cue>{'|'.join(_KINDS)})[ \t]*:[ \t]*"
)
# one person: a capitalised name, its particles, and an age set off by a comma or brackets
_NAME_WORD = r"[A-Z][\w'’.-]*"
_PARTICLE = r"(?:da|de|del|della|di|do|dos|das|du|van|von|der|bin|binti|ibn|al|el|la|le)"
_PERSON = re.compile(
    rf"\s*(?:and\s+)?(?P<name>{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|{_PARTICLE}(?=\s+[A-Z])))*)"
    r"(?P<age>,?\s*\(?\d{1,3}\)?(?=[,;)\s]|$))?"
)
# a line of a list: "1. Jose Luis Ramirez, 45, bricklayer", "- Maria Torres (43)"
_ITEM = r"\n[ \t]*(?:\d{1,2}[.)]|[-•*–])[ \t]+"
_ITEM_LINE = re.compile(_ITEM + r"(?P<body>[^\n]*)")


# one unnamed: "a 17-year-old boy whose name is withheld"
_SOMEONE = re.compile(r"\s*(?:and\s+)?an?\s+(?P<words>[\w-]+(?:\s+[\w-]+){0,2})")


def _names_a_person(item: str) -> bool:
    one = _SOMEONE.match(item)
    if one is not None and PERSON_NOUNS.intersection(one.group("words").lower().split()):
        return True
    m = _PERSON.match(item)
    if m is None:
        return False
    names = m.group("name").split()
    if names[0].lower().strip(".") in STARTS or names[0].lower() in ("the", "one", "unknown", "unidentified"):
        return False  # "Two soldiers", "The driver": counted by the number scan, if at all
    capitalised = [w for w in names if w[:1].isupper()]
    return len(capitalised) >= 2 or m.group("age") is not None


def _mention(label: re.Match[str], n: int, text: str, start: int, end: int, base: int) -> CasualtyMention:
    """The list's count of ``n`` people, its span ``start``..``end`` of ``text``, its cue the label's
    word (offsets plus ``base``)."""
    count = Count(n, n, n, text[start:end], base + start, base + end)
    c0, c1 = label.span("cue")
    kind = _KINDS[label.group("cue").lower()]
    return CasualtyMention(kind, count, base + c0, base + c1, label.group("cue"), method="label-list:exact")


def named_after_label(text: str, base: int = 0) -> list[CasualtyMention]:
    """The people named after a casualty label in one sentence, one to each item set off by semicolons:
    "Killed: Ram Babu Yadav, 24, student; Mohammad Jalil Ansari, 37, vegetable seller." -> 2 dead."""
    out = []
    for label in _LABEL.finditer(text):
        stop = len(text.rstrip().rstrip("."))
        nxt = _LABEL.search(text, label.end())
        if nxt is not None:  # "Killed: A, 24; B, 37. Injured: ..." in one sentence
            stop = min(stop, nxt.start())
        listed = text[label.end() : stop]
        items = [s for s in listed.split(";") if s.strip()]
        if not items or not all(_names_a_person(s) for s in items):
            continue
        first = label.end() + len(listed) - len(listed.lstrip())
        out.append(_mention(label, len(items), text, first, len(text[:stop].rstrip(" .;\n")), base))
    return out


def named_on_lines(story_text: str, span: Span) -> list[CasualtyMention]:
    """The people listed one to a line under a label that ends the sentence: "Victims killed:" and
    then "1. Jose Luis Ramirez, 45, bricklayer", "2. Maria Guadalupe Torres, 43, homemaker"."""
    sentence = story_text[span.start : span.end]
    labels = list(_LABEL.finditer(sentence))
    if not labels or labels[-1].end() < len(sentence.rstrip()):
        return []
    lines = []
    at = span.end
    while (line := _ITEM_LINE.match(story_text, at)) is not None and _names_a_person(line.group("body")):
        lines.append(line)
        at = line.end()
    if not lines:
        return []
    end = lines[-1].start("body") + len(lines[-1].group("body").rstrip(" .;"))
    # the label's offsets are the sentence's: ``_mention`` adds the sentence start to all of them
    start, end = lines[0].start("body") - span.start, end - span.start
    return [_mention(labels[-1], len(lines), story_text[span.start :], start, end, span.start)]


_LINES = re.compile(r"(?:\s*" + _ITEM + r"[^\n]*)+\s*")


def lines_between(text: str, start: int, end: int) -> bool:
    """Only the lines of a list lie between offsets ``start`` and ``end``: the list told under the
    sentence before ("Victims killed:" and then "1. Jose Luis Ramirez, 45, bricklayer" ...)."""
    return start < end and _LINES.fullmatch(text, start, end) is not None


# words of a sentence's opening phrase, capitalised but no name: a time, a place's preposition, a title
# of address
_NO_NAME = (
    MONTHS
    | frozenset(WEEKDAYS)
    | ws("in on at since across during after before by from for of with over under between among")
    | ws("last next this early late earlier later yesterday today tonight hon speaker madam sir")
)


def name_at(toks: Sequence[Tok], text: str, j: int, base: int) -> NumberExpr | None:
    """One person named at token ``j`` of a list in prose: two capitalised words or more ("Sgt. Paul
    Kamau"), or a name with an age ("Ochieng, 57", "Stefan M. (22)"); its span is the name and age."""
    if j >= len(toks) or not text[toks[j].start : toks[j].start + 1].isupper():
        return None
    m = _PERSON.match(text, toks[j].start)
    if m is None or not _names_a_person(m.group(0)):
        return None
    if _NO_NAME.intersection(w.lower().strip(".") for w in m.group("name").split()):
        return None  # "On Tuesday, two", "Since January, more than 300", "Hon. Speaker, four"
    last = next((k for k in range(j, len(toks)) if toks[k].start >= m.end()), len(toks))
    return NumberExpr(1, 1, 1, base + m.start("name"), base + m.end(), j, last, "person")


def past_apposition(toks: Sequence[Tok], text: str, k: int, named: bool) -> int:
    """The index past what a list tells of an item after a comma or in brackets: an age (", 57",
    "(45)"), the name of one told by a noun ("her husband, Ochieng, 57"), or a description of one
    told by name (", the owner of a café in Vršac", ", a mother of three", ", of 34 years"). Not
    another person told by a possessive (", his nephew Stefan M.")."""
    n = len(toks)
    while k + 1 < n and toks[k].low in (",", "("):
        nxt = toks[k + 1]
        if nxt.low.isdigit() and len(nxt.low) <= 3:
            k += 3 if k + 2 < n and toks[k + 2].low == ")" else 2  # ", 57" or "(45)"
        elif not named and (name := name_at(toks, text, k + 1, 0)) is not None:
            k, named = name.last, True  # "her husband, Ochieng, 57": the husband's name
        elif named and nxt.low in ("a", "an", "the", "of", "aged") and toks[k].low == ",":
            # ", the owner of a café in Vršac,", ", of 34 years;": up to the next comma, semicolon or stop
            k += 2
            while k < n and toks[k].low not in (",", ";", ".", "and") and toks[k].low not in POSSESSIVES:
                k += 1
        else:
            break
    return k
