"""Casualty counts in one sentence: the numbers next to a dead or injured cue.

``find_counts`` reads the numbers of one sentence with the number grammar of ``whimbrel.numbers`` (whose
docstring gives the conventions: qualifiers, ranges, vague counts, "a" as one victim, "no one" as 0)
and keeps those next to a casualty cue, as ``CasualtyMention``s; ``whimbrel.casualties`` links them to
events. After a rising verb "from A to B" is no range: "the toll rose from 10 to 15" -> 15.

Cues: dead (killed, dead, died, shot dead, gunned down, slain, massacred, executed, perished, murdered,
"beaten to death", "burnt alive", "lost their lives", "succumbed to injuries", deaths, fatalities,
death toll, "fatally wounded"); injured (wounded, injured, hurt, maimed, hospitalised, injuries).
"Casualties" is ambiguous (killed + wounded in military usage, deaths in much news): it is found with
kind "casualties" and never assigned.

Attackers: a count whose noun is an attacker word (attacker, assailant, gunman, bomber, perpetrator,
hijacker, kidnapper, raider) is flagged, unless it is the object of the killing ("troops killed three
gunmen": they are that act's victims). The casualties stage counts them among the event's dead, as
ACLED counts fatalities, and keeps their share as evidence ``dead.attackers``. "A suicide bomber killed
12 people" is 12; "killing himself and 12 others" is 13.

Victims told without a number word ("killing himself and 12 others", "police shot him dead", "took
his own life", "his body was found", "shot them dead") are read by :mod:`whimbrel.casualty_unnumbered`;
``find_counts`` adds them to the scan's counts. The cue words and the other word lists are in
:mod:`whimbrel.casualty_words`.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Sequence
from typing import Any

from .acts import ARMS
from .casualty_cues import (
    ROUGHLY,
    CasualtyMention,
    age_after,
    build,
    cue_at,
    inside_count,
    is_break,
    object_cue,
    part_of,
    people_noun,
    subject_cue,
    toll_cue,
)
from .casualty_lists import name_at, named_after_label, past_apposition
from .casualty_periods import running_total
from .casualty_syntax import counts_from_parse
from .casualty_unnumbered import (
    definite_list,
    definite_subjects,
    headline_victim,
    killed_them,
    kin_at,
    kin_wounded,
    one_body,
    one_named,
    reflexive,
    titled_victim,
)
from .casualty_words import (
    ANIMALS,
    ATTACKERS,
    BODIES,
    BREAK,
    CUE_HINT,
    DEAD_PASSIVE,
    INJ_PASSIVE,
    MULTIPLE_KILLINGS,
    PASSIVE_AUX,
    PERSON_NOUNS,
    PLACE_NOUNS,
    POSSESSIVES,
    PRE_BLOCK,
    SHOOT,
    SPEECH,
    SUBSET_AFTER,
    SUBSET_BEFORE,
    TALLIED,
    UNIT_WORDS,
    VEHICLES,
)
from .datelines import DATELINE_RE
from .nlp import editors_notes
from .numbers import (
    MONTH_NAMES,
    STARTS,
    TENS,
    UNITS,
    NumberExpr,
    Tok,
    article_at,
    followed_by,
    number_at,
    tokens,
    words,
    ws,
    year_like,
    zero_at,
)
from .types import Count

log = logging.getLogger(__name__)


def _after_a_date(toks: Sequence[Tok], ne: NumberExpr) -> bool:
    """A count in words right after a day-first date ("On 15 August two men were shot dead"): no
    day of the month, which "August 15" or "August two" would be."""
    k = ne.first - 1
    return (
        toks[k].low in MONTH_NAMES
        and k > 0
        and toks[k - 1].low.isdigit()
        and not toks[ne.first].low[:1].isdigit()
    )


def find_counts(text: str, *, base: int = 0, doc: Any = None) -> list[CasualtyMention]:
    """Casualty counts in one sentence, ordered by position; offsets are ``base`` + local.

    The surface rules work on the text alone; when a spaCy ``doc`` of exactly this text is given, a
    dependency rule adds the counts of far-away subjects ("Six civilians who had ... were killed").
    """
    if not CUE_HINT.search(text):
        return []
    for s, e in editors_notes(text):  # "(Updates death toll to nine from four)": no count of the story
        text = text[:s] + " " * (e - s) + text[e:]
    toks = _figures_once(tokens(text))
    taken: set[int] = set()
    if (line := DATELINE_RE.match(text)) is not None and len(line.group("place")) > 2:
        # "TAIZ, Yemen — Five civilians were killed": a dateline the sentence opens on names no victim
        taken.update(k for k, t in enumerate(toks) if t.end <= line.end())
    out = _named_subjects(toks, text, base, taken)  # read first: its items are no counts of their own
    i = 0
    while i < len(toks):
        if i in taken or not (toks[i].low in STARTS or toks[i].low[0].isdigit() or "-" in toks[i].low):
            i += 1
            continue
        ne = zero_at(toks, i, base) or number_at(toks, i, base) or article_at(toks, i, base)
        before = text[ne.start - base - 1] if ne is not None and ne.start > base else " "
        if (
            ne is None
            or (before.isascii() and before.isalnum())
            or before in "-/#"
            or year_like(toks, ne)
            or (ne.first > 0 and toks[ne.first - 1].low in PRE_BLOCK and not _after_a_date(toks, ne))
            or _age_of(toks, ne)
            or _ages_listed(toks, ne)
            or age_apposition(toks, ne)
            or words(toks, ne.last, 1) == ("s",)  # "a man in his 20s": an age, "the 1990s": a decade
            or _parent_of(toks, ne)
            or _group_of_counted(toks, ne)
            or _wounds_of_one(toks, ne)
        ):  # "bmp-15", "in 2019", "rs 2", "a man of about 70", "a farmer, 45,", "father of two"
            i = ne.last if ne is not None else i + 1
            continue
        if _whole_of_a_part(toks, ne):  # "One of four people wounded ... died": the one is the count
            taken.update(range(ne.first, ne.last))
            i = ne.last
            continue
        if out and ne.first >= 2 and words(toks, ne.first - 2, 2) in _AS_DID:
            # "four fighters died, as did a 10-year-old girl": the same fate, counted apart
            out.append(
                build(out[-1].kind, ne, toks, ne.first - 2, ne.first, text, base, [], False, False, "as-did")
            )
            taken.update(range(ne.first, ne.last))
            i = ne.last
            continue
        if _after_counted_colon(toks, ne, out, base):
            i = ne.last  # "confirm four dead: a couple, their 20-year-old son and a neighbour"
            continue
        found = _mention(toks, ne, text, base)
        if found:
            if not _animals(toks, ne):  # "killed 1,200 cattle and 12 people": the 12 only
                out.extend(found)
            taken.update(range(ne.first, ne.last))
            for kin in found[1:]:  # "his wife" in a list of victims
                taken.update(
                    k for k, t in enumerate(toks) if kin.count.start <= base + t.start < kin.count.end
                )
            taken.update(_apposition(toks, ne, found[0], base))
            out.extend(_conjoined(toks, ne, found[0], text, base, taken))
            out.extend(_more_after_subject(toks, found[0], text, base, taken))
        i = max(ne.last, i + 1)
    out.extend(_listed_dead(toks, text, base, taken))
    for listed in named_after_label(text, base):  # the people it lists are counted by it alone
        out.append(listed)
        taken.update(k for k, t in enumerate(toks) if listed.count.start <= base + t.start < listed.count.end)
    out.extend(reflexive(toks, text, base))
    out.extend(killed_them(toks, text, base, taken))
    out.extend(titled_victim(toks, text, base, taken))
    out.extend(definite_list(toks, text, base, taken))
    out.extend(definite_subjects(toks, text, base, taken))
    out.extend(one_named(toks, text, base, taken))
    out.extend(kin_wounded(toks, text, base, taken))
    out.extend(_other_side(toks, out, text, base))
    out.extend(_multiple_killing(toks, text, base, taken))
    out.extend(one_body(toks, text, base, taken))
    out.extend(headline_victim(toks, text, base, taken))
    out.extend(_none_survived(toks, text, base, taken))
    if doc is not None and getattr(doc, "text", None) == text:
        # a pronoun the scans told dead ("before he was shot dead") is no second person for the parse
        told = {m.count.start for m in out}
        taken.update(k for k, t in enumerate(toks) if base + t.start in told)
        out.extend(counts_from_parse(doc, toks, taken, text, base))
    found = _of_them_again(sorted(_drop_superseded(out), key=lambda m: m.count.start), text, base)
    starts = {m.count.start for m in found}
    joined = [m for m in _pronoun_joined(found, toks, text, base) if m.count.start not in starts]
    found = sorted(found + joined, key=lambda m: m.count.start)
    found = [_their_dead(m, text, base) for m in found]
    if _NO_NUMBER.search(text):  # "Several others were hurt, ... without giving a figure": no count
        found = [m for m in found if m.count.text.lower() not in VAGUE_COUNT_WORDS]
    return _in_care(_the_remaining(found, text, base))


# a wounded person's state or place of care: "in (a) critical condition", "in hospital"
_CARE_CUE = re.compile(r"(?i)^in\s+(?:(?:a|an)\s+)?(?:[a-z-]+\s+)?(?:condition|hospital)$")


def _in_care(found: list[CasualtyMention]) -> list[CasualtyMention]:
    """Some of the wounded told after them in the same sentence by their state or their care:
    "Twelve people were wounded, and three are in critical condition" is twelve wounded, the three
    among them (``subset``), not fifteen."""
    out: list[CasualtyMention] = []
    for m in found:
        if m.kind == "injured" and not m.subset and _CARE_CUE.match(m.cue_text):
            wounded = [w for w in out if w.kind == "injured" and not (w.subset or w.attackers)]
            if wounded and m.count.best <= wounded[0].count.best:
                m = dataclasses.replace(m, subset=True)
        out.append(m)
    return out


def _none_survived(toks: Sequence[Tok], text: str, base: int, taken: set[int]) -> list[CasualtyMention]:
    """ "None of the thirteen survived": the thirteen are dead."""
    out = []
    for k in range(len(toks) - 4):
        if words(toks, k, 3) != ("none", "of", "the") or k + 3 in taken:
            continue
        ne = number_at(toks, k + 3, base)
        if ne is None or ne.best < 2:
            continue
        after = range(ne.last, min(len(toks), ne.last + 3))
        cue = next((j for j in after if toks[j].low == "survived"), None)
        if cue is not None:
            out.append(build("dead", ne, toks, cue, cue + 1, text, base, [], False, False, "subject"))
            taken.update(range(ne.first, ne.last))
    return out


_OF_THEIR_DEAD = re.compile(r"\s+of\s+their\s+(?:own\s+)?dead\b", re.I)


def _their_dead(m: CasualtyMention, text: str, base: int) -> CasualtyMention:
    """The attackers' own dead, told as theirs after the attackers are named: "the assailants left two
    of their dead behind when they withdrew"."""
    at = m.count.end - base
    if m.kind != "dead" or m.attackers or not _OF_THEIR_DEAD.match(text, at):
        return m
    before = {w.lower() for w in re.findall(r"[A-Za-z]+", text[: m.count.start - base])}
    return dataclasses.replace(m, attackers=True) if before & ATTACKERS else m


# a sentence saying the figure was not given: "Several other people were wounded, the reports said,
# without giving a number", "did not say how many"
_NO_NUMBER = re.compile(
    r"(?i)\b(?:without\s+(?:giving|providing|specifying|offering)|(?:did|does|would)\s+not\s+(?:give|provide|"
    r"specify|offer))\s+(?:a|an|any|the|their)?\s*(?:exact\s+|precise\s+|specific\s+)?"
    r"(?:number|figure|toll|count|tally)\b|\b(?:did|does|would)\s+not\s+say\s+how\s+many\b"
)
# the vague words whose count such a sentence gives no figure for (nor a rival's toll)
VAGUE_COUNT_WORDS = frozenset(
    {"several", "a few", "some", "a number of", "many", "a handful", "a handful of"}
)


def _after_counted_colon(toks: Sequence[Tok], ne: NumberExpr, out: list[CasualtyMention], base: int) -> bool:
    """The number opens the list a colon sets after a count and its cue ("four dead: a couple, their
    son and a neighbour"): the people counted, told one by one, not more of them."""
    k = ne.first - 1
    if k < 1 or toks[k].low != ":" or not out:
        return False
    last = out[-1]
    between = [t for t in toks[:k] if base + t.start >= last.count.end]
    if not (0 < len(between) <= 3 and base + between[-1].end <= last.cue_end):
        return False
    # not a clause of its own after the colon: "Two killed: two people were killed in the blast"
    end = next((j for j in range(ne.last, len(toks)) if toks[j].low in (".", ";")), len(toks))
    return not any(cue_at(toks, j) for j in range(ne.last, end))


def _figures_once(toks: list[Tok]) -> list[Tok]:
    """The tokens without a number's figures repeated in brackets after its words, as official
    statements write them: "seven (7) persons had lost their lives", "twenty-one (21) others"."""
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        if (
            out
            and all(w in UNITS or w in TENS for w in out[-1].low.split("-"))
            and k + 2 < len(toks)
            and toks[k].low == "("
            and toks[k + 1].low.isdigit()
            and toks[k + 2].low == ")"
        ):
            k += 3
            continue
        out.append(toks[k])
        k += 1
    return out


def _pronoun_joined(
    found: list[CasualtyMention], toks: Sequence[Tok], text: str, base: int
) -> list[CasualtyMention]:
    """A person told by a pronoun, opening the clause, joined to a counted subject: "He and his two sons
    were killed", "She and three of the children were killed" count the pronoun's one too."""
    out = []
    at = {base + t.start: k for k, t in enumerate(toks)}
    for m in found:
        k = at.get(m.count.start)
        if k is None or not m.method.startswith(("subject", "dependency")) or m.subset:
            continue
        j = k - 1 if k >= 1 and toks[k - 1].low in POSSESSIVES else k
        if j < 2 or toks[j - 1].low != "and" or toks[j - 2].low not in ("he", "she"):
            continue
        p = j - 2
        if p > 0 and toks[p - 1].low not in (",", ";", ":"):
            continue  # "... when he and two others ...": not the clause's opening
        cue = at.get(m.cue_start)
        if cue is None:
            continue
        ne = NumberExpr(1, 1, 1, base + toks[p].start, base + toks[p].end, p, p + 1, "person")
        out.append(build(m.kind, ne, toks, cue, cue + 1, text, base, [], False, False, "subject"))
    return out


def _age_of(toks: Sequence[Tok], ne: NumberExpr) -> bool:
    """ "a man of about 70", "a woman of 82": one person's age, not a count."""
    k = ne.first - 1
    while k > 0 and toks[k].low in ROUGHLY:
        k -= 1
    if k < 1 or age_after(toks, k) != ne.last:
        return False
    person = toks[k - 1].low
    return person in PERSON_NOUNS and not person.endswith("s")


def _ages_listed(toks: Sequence[Tok], ne: NumberExpr) -> bool:
    """A later age of a list after "aged": "Two men aged 19 and 23 were killed" (the 23)."""
    k = ne.first - 1
    listed = False
    while k > 0 and (toks[k].low in ("and", ",") or toks[k].low.isdigit()):
        listed = listed or toks[k].low in ("and", ",")
        k -= 1
    return listed and toks[k].low in ("aged", "ages", "ageing") and k < ne.first - 2


def age_apposition(toks: Sequence[Tok], ne: NumberExpr) -> bool:
    """ "a farmer, 45, and his wife", "shot dead a teacher, 52.": a bare number set off by commas
    after a word is that person's age, not more people."""
    if ne.first < 2 or ne.last != ne.first + 1 or toks[ne.first - 1].low != ",":
        return False
    if not (toks[ne.first].low.isdigit() and 0 < int(toks[ne.first].low) < 120):
        return False
    return toks[ne.first - 2].low[0].isalpha() and (
        ne.last == len(toks) or toks[ne.last].low in (",", ".", ";", ")")
    )


_PARENTS = frozenset({"father", "mother", "parent", "grandmother", "grandfather"})


def _whole_of_a_part(toks: Sequence[Tok], ne: NumberExpr) -> bool:
    """The group a counted part belongs to: "four" in "One of four people wounded in the attack died"
    (the one who died is the count; the four are told as its group)."""
    if ne.first < 2 or toks[ne.first - 1].low != "of":
        return False
    part = number_at(toks, ne.first - 2, 0)
    if part is not None and part.first > 0 and toks[part.first - 1].low in ("was", "is", "became"):
        return False  # "Luan, 22, was one of four people killed": the four are the toll
    return part is not None and part.last == ne.first - 1


def _group_of_counted(toks: Sequence[Tok], ne: NumberExpr) -> bool:
    """ "a" in "Three members of a farming family perished": the group the counted people belong to,
    no one of its own."""
    if ne.kind != "one" or toks[ne.first].low not in ("a", "an") or ne.first < 3:
        return False
    if toks[ne.first - 1].low != "of":
        return False
    return any(
        (n := number_at(toks, k, 0)) is not None and n.kind != "one" and n.last <= ne.first - 1
        for k in range(max(0, ne.first - 4), ne.first - 1)
    )


# the wounds one body bore: "he had three stab wounds", "a man with two gunshot wounds"
_BORE = ws("had has bore suffered sustained received with")
# ... or that those who examined it counted: "doctors recorded eighteen injuries on his body"
_FOUND = ws("recorded found counted showed noted")
_ON_A_BODY = ws("body head chest back face neck torso skull")


def _wounds_of_one(toks: Sequence[Tok], ne: NumberExpr) -> bool:
    """The number counts the wounds on one body, not wounded people."""
    k = next(
        (m for m in range(ne.last, min(len(toks), ne.last + 3)) if toks[m].low in ("wounds", "injuries")),
        None,
    )
    if k is None or not all(t.low[0].isalpha() for t in toks[ne.last : k]) or ne.first == 0:
        return False
    before = toks[ne.first - 1].low
    if before in _BORE:
        return True
    return before in _FOUND and any(t.low in _ON_A_BODY for t in toks[k + 1 : k + 5])


def _parent_of(toks: Sequence[Tok], ne: NumberExpr) -> bool:
    """ "a father of two", "mother of five": how many children a victim had, not a count (not "the
    mother of two students", whose two are people of their own)."""
    after = toks[ne.last].low if ne.last < len(toks) else ""
    return (
        ne.first >= 2
        and toks[ne.first - 1].low == "of"
        and toks[ne.first - 2].low in _PARENTS
        and not people_noun(after)
    )


_KILLINGS = frozenset({"murder", "murders", "killing", "killings", "homicide", "homicides", "slaying"})


def _multiple_killing(toks: Sequence[Tok], text: str, base: int, taken: set[int]) -> list[CasualtyMention]:
    """ "a double murder" is two dead, "a triple killing" three."""
    out = []
    for k in range(len(toks) - 1):
        n = MULTIPLE_KILLINGS.get(toks[k].low)
        if n is None or toks[k + 1].low not in _KILLINGS or k in taken:
            continue
        ne = NumberExpr(n, n, n, base + toks[k].start, base + toks[k].end, k, k + 1, "exact")
        out.append(build("dead", ne, toks, k + 1, k + 2, text, base, [], False, False, "multiple"))
    return out


def _drop_superseded(found: list[CasualtyMention]) -> list[CasualtyMention]:
    """An earlier toll the sentence replaces with a figure of its own ("killed 11 people, revising an
    earlier toll of seven") is dropped; alone, it is the only figure there is."""
    current = {m.kind for m in found if not m.method.startswith("superseded")}
    return [m for m in found if not (m.method.startswith("superseded") and m.kind in current)]


def _other_side(
    toks: Sequence[Tok], found: Sequence[CasualtyMention], text: str, base: int
) -> list[CasualtyMention]:
    """ "leaving three men dead on one side and two on the other": the second side's count, of the
    kind the first was told with."""
    out = []
    for k in range(len(toks) - 4):
        if words(toks, k, 4) != ("on", "one", "side", "and"):
            continue
        ne = number_at(toks, k + 4, base)
        if ne is None or words(toks, ne.last, 3) != ("on", "the", "other"):
            continue
        first = [m for m in found if m.cue_end <= base + toks[k].start]
        if first:
            out.append(
                build(first[-1].kind, ne, toks, ne.last, ne.last + 3, text, base, [], False, False, "side")
            )
    return out


_AS_DID = {("as", "did"), ("as", "were"), ("as", "was")}


def _apposition(toks: Sequence[Tok], ne: NumberExpr, m: CasualtyMention, base: int) -> range:
    """The tokens of an apposition describing one counted person, not another victim: "A bystander,
    a 61-year-old street sweeper, was also killed" (one)."""
    j = ne.last
    while j < len(toks) and toks[j].low[0].isalpha() and j - ne.last < 4:
        j += 1
    breakdown = _told_apart(toks, ne, m, j, base)
    if breakdown:
        return breakdown
    if ne.kind != "one" or not m.method.startswith("subject") or words(toks, j, 1) != (",",):
        return range(0)
    if j + 1 >= len(toks) or toks[j + 1].low not in ("a", "an"):
        return range(0)
    close = next((k for k in range(j + 2, min(len(toks), j + 12)) if toks[k].low == ","), None)
    if close is None or base + toks[close].start > m.cue_start:
        return range(0)
    return range(j + 1, close)


_BRING = ws("bring brings bringing brought raise raises raising raised taking")


def _brought_to(toks: Sequence[Tok], ne: NumberExpr) -> bool:
    """ "bringing to 18 the number of people who died": a total told with its verb first."""
    return (
        ne.first >= 2
        and toks[ne.first - 1].low == "to"
        and toks[ne.first - 2].low in _BRING
        and words(toks, ne.last, 3) == ("the", "number", "of")
    )


def _of_them_again(found: list[CasualtyMention], text: str, base: int) -> list[CasualtyMention]:
    """A count of "N of them" after a count of the same kind that holds them is part of it: "killed
    five civilians, beheading two of them" is five."""
    out = []
    for k, m in enumerate(found):
        after = text[m.count.end - base : m.count.end - base + 16]
        held = any(o.kind == m.kind and not o.subset and o.count.best >= m.count.best for o in found[:k])
        if not m.subset and held and _OF_THEM.match(after):
            m = dataclasses.replace(m, subset=True)
        out.append(m)
    return out


_OF_THEM = re.compile(r"\s+of\s+(?:them|whom|those)\b")


def _the_remaining(found: list[CasualtyMention], text: str, base: int) -> list[CasualtyMention]:
    """The wounded told again as "the remaining N" once some of them have died: "Two of the fourteen
    wounded later died ..., where the remaining twelve are still being treated" is twelve wounded (and
    two dead), not twenty-six. Only when the sentence's dead make up the difference exactly."""
    drop: set[int] = set()
    died = sum(d.count.best for d in found if d.kind == "dead" and not d.subset)
    for k, m in enumerate(found):
        if m.kind != "injured" or not _REMAINING.search(
            text[max(0, m.count.start - base - 20) : m.count.start - base]
        ):
            continue
        for j, whole in enumerate(found[:k]):
            if (
                whole.kind == "injured"
                and not whole.subset
                and died
                and whole.count.best == m.count.best + died
            ):
                drop.add(j)
    return [m for k, m in enumerate(found) if k not in drop]


_REMAINING = re.compile(r"(?i)\bthe\s+(?:remaining|other)\s+$")


def _told_apart(toks: Sequence[Tok], ne: NumberExpr, m: CasualtyMention, j: int, base: int) -> range:
    """The tokens of an aside that breaks a count of people down: "Five people, two fighters and three
    civilians, were killed" (five, not ten)."""
    if not m.method.startswith("subject") or words(toks, j, 1) != (",",):
        return range(0)
    # the count's own noun is its cue: "The two wounded, a market guard and a teenage porter, were"
    noun_cue = base + toks[ne.last].start <= m.cue_start < base + toks[j].start
    words_told = [t.low for t in toks[ne.last : j]]
    if not noun_cue and not any(w == "members" or people_noun(w) for w in words_told):
        return range(0)  # ("Six members of one family, a grandmother, her two daughters and ...")
    commas = [k for k in range(j + 1, min(len(toks), j + 16)) if toks[k].low == ","]
    # the aside ends at its last comma before the cue: "Six members of one family, a grandmother, her
    # two daughters and three grandchildren, were shot dead"
    before_cue = [k for k in commas if base + toks[k].start < m.cue_start]
    close = before_cue[-1] if before_cue and not noun_cue else (commas[0] if commas else None)
    if close is None or (base + toks[close].start > m.cue_start and not noun_cue):
        return range(0)
    # "Six people, five police personnel and their civilian driver, were killed": kin told by a
    # possessive count one each
    parts, k = [], j + 1
    while k < close:
        x = number_at(toks, k, base) or article_at(toks, k, base)
        if x is None and not (k + 1 < close and number_at(toks, k + 1, base)):  # "his two sons": two
            x = kin_at(toks, k, base, 2)
        if x is not None and x.first >= j + 1 and x.last <= close:
            parts.append(x)
            k = x.last
        else:
            k += 1
    if len(parts) < 2 or sum(x.best for x in parts) != ne.best:
        return range(0)
    return range(j + 1, close)


def _mention(toks: Sequence[Tok], ne: NumberExpr, text: str, base: int) -> list[CasualtyMention]:
    """The mentions a number starts; a period's total ("killed so far this year") is marked ``period``
    (and ``subset``: no event's toll)."""
    found = _mention_of(toks, ne, text, base)
    if found and running_total(toks, ne):
        return [dataclasses.replace(m, subset=True, period=True) for m in found]
    if found and _with_them(toks, ne):
        return [dataclasses.replace(m, subset=True) for m in found]
    return found


def _with_them(toks: Sequence[Tok], ne: NumberExpr) -> bool:
    """The count opens its sentence after "with" or "counting" ("With the two people who lost their
    lives today, the attack has left nine dead"): the people the total after it now holds."""
    k = ne.first - 1
    if k >= 0 and toks[k].low == "the":
        k -= 1
    return k >= 0 and toks[k].low in ("with", "counting") and all(not t.low[0].isalnum() for t in toks[:k])


def _mention_of(toks: Sequence[Tok], ne: NumberExpr, text: str, base: int) -> list[CasualtyMention]:
    within = inside_count(toks, ne)
    subset = part_of(toks, ne)
    obj = object_cue(toks, ne)
    if obj is not None:  # "killed one of them": the verb's own count, part of a group but no subset
        nouns = [t.low for t in toks[ne.last : ne.last + 3] if t.low[0].isalpha()][:2]
        return [build(obj[0], ne, toks, obj[1], obj[2], text, base, nouns, within, False, "object")]
    toll = toll_cue(toks, ne)
    if toll is not None:
        ne = ne.second if toll[3] and ne.second is not None else ne
        # "revising an earlier toll of seven": a figure the report replaces (``_drop_superseded``)
        earlier = any(t.low in _SUPERSEDED for t in toks[max(0, toll[1] - 2) : toll[1]]) or _told_first(
            toks, toll[1]
        )
        method = "superseded-toll" if earlier else "toll"
        return [build(toll[0], ne, toks, toll[1], toll[2], text, base, [], subset, True, method)]
    if _participle_object(toks, ne) or _preposition_object(toks, ne):
        # "A constable escorting a vaccination team was shot dead", "A journalist who covered crime for
        # a local news website was shot dead": the team and the website are no subject
        return []
    subj = subject_cue(toks, ne)
    if subj is not None and _shot_n_dead(toks, ne, subj):  # "shot one of them dead": the verb's own count
        return [build("dead", ne, toks, ne.first - 1, subj[2], text, base, subj[3], within, False, "object")]
    if subj is not None:
        kind, cs, ce, nouns = subj
        is_toll = toks[cs].low in ("deaths", "fatalities")
        if _brought_to(toks, ne):  # "bringing to 18 the number of people who died": the new total
            return [build(kind, ne, toks, cs, ce, text, base, nouns, subset, True, "toll")]
        return [build(kind, ne, toks, cs, ce, text, base, nouns, subset, is_toll, "subject")]
    return _subject_conjunct(toks, ne, text, base, subset) or _inverted(toks, ne, text, base, subset)


_PASSIVE_CUES = DEAD_PASSIVE | INJ_PASSIVE
# prepositions whose object a passive cue's subject never is ("A spokesman for a community in a land
# claim against a forestry company was shot dead": the spokesman, not the company)
_OBJECT_PREPOSITIONS = ws(
    "for from with to at into onto near inside outside about against over of by among under"
)
# prepositions whose object is a place or a thing unless a person is named ("opened fire on a man who
# was killed" counts the man; "hanging laundry on a balcony" counts no balcony)
_PLACE_PREPOSITIONS = ws("on in")


def _preposition_object(toks: Sequence[Tok], ne: NumberExpr) -> bool:
    """An article right after a preposition ("worked for a news website") opens the preposition's
    object, not the subject of a cue after it."""
    if ne.kind != "one" or ne.first == 0 or toks[ne.first].low not in ("a", "an"):
        return False
    if toks[ne.first - 1].low in _PLACE_PREPOSITIONS:
        return not any(people_noun(t.low) for t in toks[ne.first + 1 : _words_after(toks, ne.last)])
    return toks[ne.first - 1].low in _OBJECT_PREPOSITIONS


# "-ing" words before an article that are no participle taking it as object
_NOT_PARTICIPLES = ws("during including following according morning evening something nothing anything")


def _participle_object(toks: Sequence[Tok], ne: NumberExpr) -> bool:
    """An article right after a participle that is no cue ("escorting a team", "guarding a convoy"):
    the participle's object, told inside the subject of someone else ("A constable escorting a polio
    vaccination team was shot dead": the constable)."""
    if ne.kind != "one" or ne.first == 0 or toks[ne.first].low not in ("a", "an"):
        return False
    prev = toks[ne.first - 1].low
    return (
        prev.isalpha()
        and len(prev) > 4
        and prev.endswith("ing")
        and prev not in _NOT_PARTICIPLES
        and cue_at(toks, ne.first - 1) is None
    )


_CLAUSE_OPENERS = frozenset({"and", "but", "while", "who", "which", "that"})


def _inverted(
    toks: Sequence[Tok], ne: NumberExpr, text: str, base: int, subset: bool
) -> list[CasualtyMention]:
    """A passive cue told before its subject, as translations from French or Spanish word order have
    it: "were killed in the night from Saturday to Sunday four fishermen by ...", "were murdered on
    Monday night two mototaxi drivers"."""
    k = ne.last + 1 if ne.last < len(toks) and not people_noun(toks[ne.last].low) else ne.last
    if k >= len(toks) or not people_noun(toks[k].low):
        return []
    if k + 1 < len(toks) and toks[k + 1].low[0].isalnum() and toks[k + 1].low != "by":
        return []  # "... four fishermen *were* ...": the count's own verb follows
    for j in range(ne.first - 1, max(0, ne.first - 12), -1):
        t = toks[j]
        if t.low in (".", ";", ":", "—", "–", "-") or t.low in _CLAUSE_OPENERS:
            return []  # ("Six people were injured — four guards ... and two inmates": their breakdown)
        if t.low in _PASSIVE_CUES and j > 0 and toks[j - 1].low in PASSIVE_AUX:
            kind = "injured" if t.low in INJ_PASSIVE else "dead"
            return [build(kind, ne, toks, j, j + 1, text, base, [toks[k].low], subset, False, "inverted")]
    return []


def _shot_n_dead(toks: Sequence[Tok], ne: NumberExpr, subj: tuple[str, int, int, list[str]]) -> bool:
    """VERB NUM ... dead: "police shot one of them dead", "shot two of the robbers dead"."""
    return (
        ne.first > 0
        and toks[ne.first - 1].low in SHOOT
        and subj[0] == "dead"
        and toks[subj[1]].low == "dead"
        and not any(t.low in PASSIVE_AUX for t in toks[ne.last : subj[1]])
    )


_SUPERSEDED = frozenset({"earlier", "initial", "previous", "original", "preliminary"})


def _told_first(toks: Sequence[Tok], cue: int) -> bool:
    """The clause that gives the toll opens with a first account ("Initial reports in local media put
    the number of dead at nine, but ..."): a figure the sentence goes on to replace."""
    k = cue - 1
    while k >= 0 and cue - k <= 10 and toks[k].low not in (",", ";", ".", "but", "said", "says"):
        k -= 1
    opening = [t.low for t in toks[k + 1 : k + 3]]
    return bool(set(opening) & _SUPERSEDED)


def _subject_conjunct(
    toks: Sequence[Tok], ne: NumberExpr, text: str, base: int, subset: bool
) -> list[CasualtyMention]:
    """NUM words "and" NUM words CUE: "4 policemen and 4 civilians were killed" (the first number),
    also through a list with commas and kin told without a number: "A catechist, his wife and their
    three children were hacked to death" (1 and 1 here; the last item, a number, counts itself).
    The caller marks the listed items as taken so the scan does not count them again."""
    n = len(toks)
    if toks[ne.last].low in UNIT_WORDS if ne.last < n else True:
        return []
    if ne.first > 0 and toks[ne.first - 1].low == "of" and toks[ne.first].low in ("a", "an"):
        return []  # "two members of a resistance force and a civilian": the force is no victim
    if ne.kind == "one" and ne.first > 0 and _past_verb(toks[ne.first - 1].low):
        return []  # "engaged a hideout and seven terrorists were ...": the verb's object, no subject
    items, j = [ne], _words_after(toks, ne.last)
    if j == ne.last:
        return []
    said = {t.low for t in toks[ne.last : j]}
    if said & _OWN_VERB and not said & _RELATIVE:
        return []  # "31 people had been detained and four officers injured": its own predicate
    while j + 1 < n and toks[j].low in ("and", ","):
        at = j + 2 if toks[j + 1].low in POSSESSIVES and j + 2 < n else j + 1  # "and their three children"
        nxt = number_at(toks, at, base) or article_at(toks, at, base) or kin_at(toks, j + 1, base)
        if nxt is None:
            return []
        if age_apposition(toks, nxt):
            j = nxt.last  # "A boy, 12, and his father": the boy's age
            if words(toks, j, 2) == (",", "and"):
                j += 1
            continue
        subj = subject_cue(toks, nxt)
        if subj is not None:
            if len(items) > 1 or toks[j].low == ",":
                if not all(_a_person(toks, it) for it in items):
                    return []  # "In a separate raid on Sunday, at least 15 soldiers were killed"
            if any(_a_thing(toks, it) for it in items):
                return []  # "a journalist working for a community radio station and his driver"
            if nxt.kind == "person":
                items.append(nxt)  # "... and his wife were killed": no number for the scan to find
            if _apposed(toks, ne, items):
                return []  # "Two parishioners, a grandmother and her grandson, were killed": the two
            closed = words(toks, _words_after(toks, nxt.last), 1) == (",",)
            if closed and len(items) >= 2 and ne.best == sum(it.best for it in items[1:]) + nxt.best:
                items = [ne]  # "Six members of one family, a grandmother, her two daughters and three
                # grandchildren, were shot dead": the six, told one by one after it (``_told_apart``)
            nouns = [t.low for t in toks[ne.last : _words_after(toks, ne.last)]]
            if subj[0] == "injured" and BODIES & set(nouns):
                return []  # "received five bodies and nine injured men": the five are dead
            return [
                build(
                    subj[0],
                    it,
                    toks,
                    subj[1],
                    subj[2],
                    text,
                    base,
                    nouns if it is ne else [],
                    subset,
                    False,
                    "subject-conj",
                )
                for it in items
            ]
        if toks[j].low == "and":
            return []  # the list ends at "and"
        items.append(nxt)
        j = _words_after(toks, nxt.last)
    return []


def _apposed(toks: Sequence[Tok], ne: NumberExpr, items: list[NumberExpr]) -> bool:
    """The people listed, between commas, right after a count of their own number are that count's,
    told one by one: "Two members of the community, a retired schoolteacher and his nephew, were shot
    dead" (the count before them is the toll)."""
    if ne.first < 2 or toks[ne.first - 1].low != ",":
        return False
    if not any(t.low == "," for t in toks[items[-1].last : items[-1].last + 2]):
        return False  # "Two farmers, a woman and her son were killed": a list of victims, not an aside
    for k in range(ne.first - 2, max(-1, ne.first - 9), -1):
        count = number_at(toks, k, 0)
        if (
            count is not None
            and count.last < ne.first
            and all(t.low.isalpha() for t in toks[count.last : ne.first - 1])
        ):
            return count.best >= 2 and sum(it.best for it in items) == count.best
    return False


# "the dead", "those wounded", "the victims": the people an act harmed, as a subject
_THE_HARMED = {**TALLIED, "victims": "dead", "hurt": "injured"}
_LIST_VERBS = ws("included include includes were are was is")
_LIST_OPENERS = frozenset(("", ",", ";", ":", "and", "among", "said", "says", "that"))  # before the subject


def _listed_dead(toks: Sequence[Tok], text: str, base: int, taken: set[int]) -> list[CasualtyMention]:
    """The people of a list told as the dead or the wounded: "The dead included two soldiers and two
    civilians", "Among the wounded were a nurse and her son", "Those killed were a teacher and his
    driver", "Police identified the dead as Ahmed Ali, 23, and Musa Sani, 40", "Killed were Sgt. Paul
    Kamau and Cpl. James Njoroge". Each item is a mention marked ``listed``: part of the act's toll
    when another figure gives it, the toll when none does."""
    n = len(toks)
    out: list[CasualtyMention] = []
    for i in range(n - 2):
        opening = _list_opening(toks, i)
        if opening is None:
            continue
        kind, cue_end, j = opening
        items, _ = _list_items(toks, text, j, base, taken)
        if items and words(toks, items[-1].last, 2) == ("years", "old"):
            items = []  # "The victims were 19, 21 and 24 years old": their ages
        total = _in_all(toks, items[-1].last, base) if items else None
        if total is not None:  # "..., nine people in all": the list's total is the toll
            out.append(build(kind, total, toks, i, cue_end, text, base, [], False, True, "listed-total"))
        # ("Those killed included the groom's father ..., and the wounded included a girl and her
        # mother": each list of the sentence, the ones it can read)
        out += [
            dataclasses.replace(
                build(kind, it, toks, i, cue_end, text, base, [], True, False, "listed"), listed=True
            )
            for it in items
        ]
    return out


def _list_items(
    toks: Sequence[Tok], text: str, j: int, base: int, taken: set[int]
) -> tuple[list[NumberExpr], int]:
    """The people of a list from token ``j``, one item each ("two soldiers", "a nurse", "his wife",
    "Ahmed Ali, 23"; the names after a plural noun of kin: "her daughters Leila, 12, and Nour, 8"),
    and the index past the list. A name read is taken, so that no other rule reads it again."""
    n = len(toks)
    items: list[NumberExpr] = []
    while j < n:
        if toks[j].low in POSSESSIVES and j + 2 < n and _kin_plural(toks[j + 1].low):
            j += 2  # "her daughters Leila, 12, and Nour, 8": the names are the people
        elif items and (past := _plural_before_names(toks, text, j, base)) is not None:
            j = past  # "Phra Somchai, a monk, and temple volunteers Anan Sukkasem and Boonlert Chantra"
        at = j + 1 if toks[j].low in POSSESSIVES else j
        named = name_at(toks, text, j, base)
        item = named or number_at(toks, at, base) or article_at(toks, at, base) or kin_at(toks, j, base)
        if (
            item is None
            or any(k in taken for k in range(item.first, item.last))
            or not (named or _a_person(toks, item))
        ):
            break
        # what the list tells of the item: "two soldiers", "her husband, Ochieng, 57", "Dejan M.
        # (45), the owner of a café"
        their_name = None if named else name_at(toks, text, item.last, base)  # "his brother Goran T. (48)"
        k = item.last if named else their_name.last if their_name else _words_after(toks, item.last)
        told_name = named or their_name or any(text[t.start].isupper() for t in toks[item.last : k])
        # "their neighbour Rasoanirina, a mother of three"
        k = past_apposition(toks, text, k, bool(told_name))
        if k < n and toks[k].low in SPEECH:
            break  # "..., a hospital official said": the speaker
        j = k
        if not (items and words(toks, item.last, 2) in (("of", "them"), ("among", "them"))):
            items.append(item)  # (not "14 civilians, five of them children": some of the 14)
        if named:  # no second reading of the name as the subject of a cue after the list
            taken.update(range(item.first, item.last))
        if j < n and toks[j].low in (",", ";") and not (j + 1 < n and toks[j + 1].low in PASSIVE_AUX):
            j += 1
        if j < n and toks[j].low == "and":
            j += 1
        elif not (j < n and toks[j - 1].low in (",", ";")):
            break
    return items, j


def _plural_before_names(toks: Sequence[Tok], text: str, j: int, base: int) -> int | None:
    """A plural noun of people, with a word before it at most, right before a name ("temple volunteers
    Anan Sukkasem and ..."): the index of the name, whose people the list goes on with."""
    for k in (j, j + 1):
        if k + 1 < len(toks) and _kin_plural(toks[k].low) and text[toks[j].start].islower():
            return k + 1 if name_at(toks, text, k + 1, base) is not None else None
    return None


def _kin_plural(word: str) -> bool:
    """A plural noun of people: "daughters", "sons", "neighbours"."""
    return word.endswith("s") and word[:-1] in PERSON_NOUNS


def _named_subjects(toks: Sequence[Tok], text: str, base: int, taken: set[int]) -> list[CasualtyMention]:
    """People listed one by one as the sentence's subject, before the cue that tells their fate: "Juan
    Obando, 41; his brother Ernesto, 38; and their farmhand, Marvin Téllez, 19, were shot dead",
    "Marek T. (52), the owner of a bakery, his brother Goran T. (48) and a waitress, Vesna K. (29),
    were shot dead" (three each). A list of two people or more, the first told by name."""
    if name_at(toks, text, 0, base) is None:
        return []
    items, j = _list_items(toks, text, 0, base, set(taken))
    if len(items) < 2:
        return []
    j += 1 if j < len(toks) and toks[j].low == "," else 0
    close = next((k for k in range(j, min(len(toks), j + 10)) if toks[k].low == ","), None)
    if (
        close is not None
        and toks[j].low not in PASSIVE_AUX
        and not any(cue_at(toks, k) for k in range(j, close))
    ):  # "..., accused of stealing goats, were beaten and stoned to death": an aside on them
        j = close + 1
    at = j + 1 if j < len(toks) and toks[j].low in PASSIVE_AUX else j  # "were shot dead", "died"
    cue = cue_at(toks, at) if at < len(toks) else None
    if cue is None or cue[0] not in ("dead", "injured"):
        return []
    taken.update(range(j))  # the list, names and what is told of them, is read
    return [
        build(cue[0], it, toks, at, cue[1], text, base, [], False, False, "named-subject") for it in items
    ]


def _one_of_a_kind(toks: Sequence[Tok], ne: NumberExpr) -> bool:
    """ "one of the deadliest attacks", "one of the worst": the act ranked among its kind, no person."""
    if ne.best != 1 or words(toks, ne.last, 2) != ("of", "the") or ne.last + 2 >= len(toks):
        return False
    ranked = toks[ne.last + 2].low
    return ranked in ("worst", "most", "bloodiest") or (ranked.endswith("est") and len(ranked) > 4)


def _list_opening(toks: Sequence[Tok], i: int) -> tuple[str, int, int] | None:
    """A list of the dead or the wounded opening at token ``i``: its kind, the end of its cue and the
    index of its first item ("The dead included", "Among the wounded were", "Those killed in
    Thursday's clash ... were", "The victims were identified as", "identified the dead as", "Killed
    were")."""
    n = len(toks)
    prev = toks[i - 1].low if i else ""
    if toks[i].low in ("killed", "wounded", "injured") and prev in ("", ";", ":"):
        if toks[i + 1].low in ("were", "are"):
            return _THE_HARMED[toks[i].low], i + 1, i + 2  # "Killed were ..."
        if toks[i + 1].low in ("in", "during", "at", "on"):
            # "Killed in the firefight were one soldier and three militants"
            verb = next((k for k in range(i + 2, min(n, i + 10)) if toks[k].low in ("were", "are")), None)
            if verb is not None and not any(is_break(t) for t in toks[i + 2 : verb]):
                return _THE_HARMED[toks[i].low], i + 1, verb + 1
    among = prev == "among"
    named = prev in ("identified", "named") and words(toks, i + 2, 1) == ("as",)
    if toks[i].low not in ("the", "those") or not (prev in _LIST_OPENERS or named):
        return None
    kind = _THE_HARMED.get(toks[i + 1].low)
    if kind is None or toks[i + 1].low == "victims" and toks[i].low != "the":
        return None
    j = i + 2
    if named:
        return kind, j, j + 1  # "Police identified the dead as ..."
    if toks[j].low in ("in", "at", "during", "on") and not among:
        # "Those killed in Thursday's clash at the market junction in Ughelli were ..."
        ends = (k for k in range(j + 1, min(n, j + 25)) if toks[k].low in _LIST_VERBS | {".", ";", ","})
        j = next(ends, j)
    if toks[j].low in ("were", "was") and among:
        j += 1  # "Among the dead were ..."
    elif toks[j].low in _LIST_VERBS and not among:
        j += 1  # "The dead included ...", "Those killed were ..."
    else:
        return None
    if words(toks, j, 2) in (("identified", "as"), ("named", "as")):
        j += 2  # "The victims were identified as ..."
    return kind, i + 2, j


_ALL_TOLD = (("in", "all"), ("in", "total"), ("all", "told"))


def _in_all(toks: Sequence[Tok], j: int, base: int) -> NumberExpr | None:
    """A total told after a list, within a few words of its end: "eight farmers and a member of the
    vigilante group who tried to block the road, nine people in all"."""
    for k in range(j, min(len(toks), j + 24)):
        if toks[k].low in (".", ";"):
            return None
        ne = number_at(toks, k, base) if toks[k - 1].low == "," else None
        if ne is None:
            continue
        after = ne.last + 1 if words(toks, ne.last, 1) in (("people",), ("persons",)) else ne.last
        if words(toks, after, 2) in _ALL_TOLD:
            return ne
    return None


# words that give a listed item a predicate of its own, which the cue after the list is not
_OWN_VERB = PASSIVE_AUX | {"had", "has", "have"}
_RELATIVE = frozenset({"who", "which", "that"})  # "two soldiers who had been on patrol and a civilian"


def _among_them(toks: Sequence[Tok], j: int) -> bool:
    """The listed item ends with "among them" ("killing five people, a girl of 12 among them"): part of
    the count before it, not more victims."""
    for m in range(j, min(len(toks) - 1, j + 6)):
        if toks[m].low == "among" and toks[m + 1].low in ("them", "the"):
            return True
        if toks[m].low in (",", ".", ";", "and"):
            return False
    return False


def _past_verb(word: str) -> bool:
    """A past verb or participle by its ending ("engaged", "stormed"), not a word like "red"."""
    return len(word) > 4 and word.endswith("ed") and word.isalpha()


def _a_person(toks: Sequence[Tok], ne: NumberExpr) -> bool:
    """A listed item names people: a number, kin ("his wife") or an article before a person noun."""
    if ne.kind not in ("one", "person"):
        return True
    words = {t.low for t in toks[ne.first : _words_after(toks, ne.last)]}
    return bool(words & (PERSON_NOUNS | ATTACKERS))


# things an article may count that are no victims: "a community radio station and his driver"
_THINGS = PLACE_NOUNS | VEHICLES | ws("station radio company newspaper channel shop market school office")


def _a_thing(toks: Sequence[Tok], ne: NumberExpr) -> bool:
    """A listed item told with an article names a thing, not people ("a community radio station")."""
    if ne.kind != "one":
        return False
    words = {t.low for t in toks[ne.first : _words_after(toks, ne.last)]}
    return bool(words & _THINGS) and not words & (PERSON_NOUNS | ATTACKERS)


def _words_after(toks: Sequence[Tok], j: int) -> int:
    """The end of the words describing a listed victim: up to six, not past a cue or a clause word
    ("members of a resistance force")."""
    k, n = j, len(toks)
    while (
        k < n
        and k - j < 6
        and toks[k].low[0].isalpha()
        and toks[k].low not in BREAK
        and cue_at(toks, k) is None
    ):
        k += 1
    return k


def _a_word(low: str) -> bool:
    """A word of a noun phrase: letters first, or an age told as an adjective ("a 12-year-old boy")."""
    return low[0].isalpha() or (low[0].isdigit() and "-" in low and low.split("-", 1)[1][:1].isalpha())


def _past_name(toks: Sequence[Tok], k: int, text: str) -> int:
    """After a comma-enclosed name ("..., Abdulloh Mama, and ..."), the index of the "and" that
    goes on the list; else ``k``."""
    if k >= len(toks) or toks[k].low != ",":
        return k
    m = k + 1
    while m < len(toks) and m - k <= 4 and text[toks[m].start : toks[m].start + 1].isupper():
        m += 1
    if m > k + 1 and m + 1 < len(toks) and toks[m].low == "," and toks[m + 1].low == "and":
        return m + 1
    return k


def _past_aside(toks: Sequence[Tok], k: int, base: int) -> int | None:
    """The "and" after a subset told aside in commas ("four civilians, two of them children, and three
    fighters", "..., including two children, and ..."), so that the list goes on past it."""
    n = len(toks)
    if k + 2 >= n or toks[k].low != ",":
        return None
    part = number_at(toks, k + 1, base)
    if toks[k + 1].low not in SUBSET_BEFORE and not (
        part is not None and followed_by(toks, part.last, SUBSET_AFTER)
    ):
        return None
    close = next((c for c in range(k + 2, min(n - 1, k + 10)) if toks[c].low in (",", ".", ";")), None)
    if close is None or toks[close].low != "," or toks[close + 1].low != "and":
        return None
    return close + 1


def _more_after_subject(
    toks: Sequence[Tok], first: CasualtyMention, text: str, base: int, taken: set[int]
) -> list[CasualtyMention]:
    """After a subject count, "N more" with the verb left out shares its cue: "Eight bodies were
    recovered on Monday and three more on Tuesday"."""
    if not first.method.startswith("subject"):
        return []
    n = len(toks)
    j = next((k for k, t in enumerate(toks) if base + t.start >= first.cue_end), n)
    for k in range(j, min(n - 2, j + 10)):
        if toks[k].low != "and":
            if is_break(toks[k]) or cue_at(toks, k) is not None:
                return []
            continue
        nxt = number_at(toks, k + 1, base)
        if nxt is None or words(toks, nxt.last, 1) != ("more",) or nxt.first in taken:
            return []
        end = nxt.last + 1
        while end < n and not is_break(toks[end]):
            if cue_at(toks, end) is not None:
                return []  # "and three more were wounded": a cue of its own
            end += 1
        taken.update(range(nxt.first, nxt.last + 1))
        return [build(first.kind, nxt, toks, k, k + 1, text, base, ["more"], False, False, "subject-more")]
    return []


# how a source described the counted people, between them and the next: "killing five men the army
# described as militants and two teenage bystanders"
_DESCRIBED = frozenset({("described", "as"), ("identified", "as"), ("named", "as"), ("said", "were")})


def _described(toks: Sequence[Tok], j: int, k: int) -> bool:
    return any(words(toks, m, 2) in _DESCRIBED for m in range(j, k - 1))


def _conjoined(
    toks: Sequence[Tok], ne: NumberExpr, first: CasualtyMention, text: str, base: int, taken: set[int]
) -> list[CasualtyMention]:
    """After an object count, "killed 5 soldiers and 3 civilians": the later numbers share the cue."""
    if not first.method.startswith("object"):
        return []
    out: list[CasualtyMention] = []
    j, n = ne.last, len(toks)
    aged = False  # an age was just passed: "a farmer, 45, and ..." goes on after its comma
    while j < n:
        k = j
        while (
            k < n
            and k - j < 10
            and _a_word(toks[k].low)
            and (toks[k].low not in BREAK or words(toks, k - 1, 2) in _DESCRIBED)
        ):
            k += 1  # "... five farmers in Kauru on Friday and three more": up to ten words apart
        gap = k - j
        if aged and words(toks, k, 2) == (",", "and"):
            k += 1  # "a farmer, 45, and his wife"
        aged = False
        k = _past_name(toks, k, text)  # "a village headman, Abdulloh Mama, and his deputy"
        past = _past_aside(toks, k, base)  # "four civilians, two of them children, and three fighters"
        if past is not None:
            k, gap = past, 0
        if k + 1 >= n or toks[k].low not in ("and", ",") or toks[k + 1].low in SUBSET_BEFORE:
            break
        # "and her three children", "the loss of one soldier and of two civilians"
        at = k + 2 if toks[k + 1].low in (*POSSESSIVES, "of") and k + 2 < n else k + 1
        if toks[k + 1].low == "the" and k + 3 < n and toks[k + 2].low.endswith(("'s", "’s")):
            at = k + 3  # "and the teacher's two sons"
        nxt = number_at(toks, at, base) or article_at(toks, at, base)
        if nxt is None and toks[k + 1].low == "the" and toks[k].low == "and" and at == k + 1:
            at = k + 2  # "a polio vaccinator and the police constable escorting him"
            if at + 1 < n and toks[at].low not in PERSON_NOUNS and toks[at + 1].low in PERSON_NOUNS:
                at += 1
        if nxt is None and at == k + 2 and at + 1 < n and toks[at + 1].low in PERSON_NOUNS:
            at += 1  # "a couple and their teenage son": one word describing the person
        # "a village chief and his driver"
        if nxt is None and k + 2 <= at < n and toks[at].low in PERSON_NOUNS:
            nxt = NumberExpr(1, 1, 1, base + toks[at].start, base + toks[at].end, at, at + 1, "person")
        if (
            nxt is None
            or (gap > 4 and not followed_by(toks, nxt.last, [("more",)]) and not _described(toks, j, k))
            or subject_cue(toks, nxt) is not None
            or followed_by(toks, nxt.last, SUBSET_AFTER)
            or _among_them(toks, nxt.last)
            or _one_of_a_kind(toks, nxt)  # "killed 21 people, one of the deadliest attacks of the year"
            or (toks[k].low == "," and _speaker(toks, nxt))  # not "and three civilians near the camp"
            or _own_clause(toks, nxt.last)  # "killed 250 Maoists, hundreds more have surrendered"
        ):
            break
        if age_apposition(toks, nxt):
            j = nxt.last  # "a farmer, 45, and his wife": the farmer's age
            aged = True
            continue
        if _animals(toks, nxt):
            taken.update(range(nxt.first, nxt.last))
            j = nxt.last
            continue
        m = build(
            first.kind,
            nxt,
            toks,
            k,
            k + 1,
            text,
            base,
            [t.low for t in toks[nxt.last : nxt.last + 2]],
            False,
            False,
            "object-conj",
        )
        out.append(
            dataclasses.replace(m, cue_start=first.cue_start, cue_end=first.cue_end, cue_text=first.cue_text)
        )
        taken.update(range(nxt.first, nxt.last))
        j = nxt.last
    if out and _breakdown(toks, ne, j, first, out):
        return []  # "eight fighters, a commander and seven others": the eight, told apart
    return out


def _own_clause(toks: Sequence[Tok], j: int) -> bool:
    """The count ending at token j is the subject of a verb of its own ("hundreds more have
    surrendered"), not one more object of the verb before."""
    k = j + 1 if j < len(toks) and toks[j].low in ("more", "others") else j
    return k < len(toks) and toks[k].low in _OWN_VERB


_NOT_A_NOUN = ws(
    "were was are is and or in on at from near of to with by that which who belonging had have "
    "stolen rustled looted seized taken killed died perished"
)


def _animals(toks: Sequence[Tok], ne: NumberExpr) -> bool:
    """The count is of animals ("1,200 cattle", "40 goats", "300 head of cattle") or weapons, the
    subject of a new clause ("killed two men and a guided bomb hit the school"); not "a cattle trader"."""
    after = toks[ne.last : ne.last + 3]
    for k, t in enumerate(after):
        if is_break(t) or cue_at(toks, ne.last + k) is not None or people_noun(t.low):
            break  # "a third injured when shells fell", "two boys herding goats": past the count's noun
        if t.low in ANIMALS or t.low.removesuffix("s") in ARMS:
            # "a cattle trader", "an arms dealer": the animal or weapon only says what the person does
            nxt = after[k + 1].low if k + 1 < len(after) else ""
            # "five cattle raiders", "a cattle trader": a noun after it is the people counted
            noun = (
                t.low in ANIMALS
                and nxt.isalpha()
                and nxt not in _NOT_A_NOUN
                and cue_at(toks, ne.last + k + 1) is None
            )
            return not (people_noun(nxt) or nxt in ATTACKERS or noun)
    return False


def _speaker(toks: Sequence[Tok], ne: NumberExpr) -> bool:
    """The noun phrase after a count's comma is who reports it, not another victim: "killed eight
    fighters, a military source said", "two people, a witness told reporters"; or it describes the
    place just named ("six villagers in Kauran Namoda, a town in Zamfara state")."""
    for k in range(ne.last, min(len(toks), ne.last + 13)):
        place = toks[k].low in PLACE_NOUNS and k < ne.last + 5 and _ends_noun_phrase(toks, k + 1)
        if toks[k].low in SPEECH or place:
            return True  # "..., a town in Zamfara state", "..., a doctor at the town's hospital said"
        if is_break(toks[k]) and toks[k].low not in ("'s", "’s", "and"):
            return False  # ("..., a local group and residents said")
    return False


def _ends_noun_phrase(toks: Sequence[Tok], k: int) -> bool:
    """Token ``k`` follows the last word of a noun phrase ("a village *in*", not "a village *chief*")."""
    return (
        k >= len(toks)
        or not toks[k].low[0].isalpha()
        or toks[k].low in BREAK
        or toks[k].low in ("in", "of", "near", "on", "outside", "north", "south", "east", "west")
    )


def _breakdown(
    toks: Sequence[Tok], ne: NumberExpr, end: int, first: CasualtyMention, rest: list[CasualtyMention]
) -> bool:
    """The later counts (the last ending at token ``end``) add up to the first, and the last counts
    "others" or the first counts "people" (or "bodies": "received four bodies, three Levies personnel
    and a passer-by"), or a colon opens the list: they break the first count down rather than add to
    it."""
    if sum(m.count.best for m in rest) != first.count.best:
        return False
    general = {t.low for t in toks[ne.last : ne.last + 2]} & {"people", "persons", "bodies", "corpses"}
    # "confirm four dead: a couple, their 20-year-old son and a neighbour": the list after a colon
    colon = any(t.low == ":" for t in toks[ne.last : ne.last + 3])
    return bool(general) or colon or any(t.low in ("others", "other") for t in toks[end : end + 2])


def mentions_casualties(text: str) -> bool:
    """Cheap test: does the text hold a casualty cue at all?"""
    return bool(CUE_HINT.search(text))


# what a heading question asks the toll of: "How many people died?", "How many were hurt?"
_ASKED = re.compile(r"(?i)^how\s+many\b[^?]*?\b(died|dead|killed|deaths|wounded|injured|hurt)\b")


def answered_count(text: str, base: int, question: str) -> CasualtyMention | None:
    """The figure that opens an answer to a question asking a toll, told without a word of its own
    ("How many people died?" over "Four people, three vendors and a taxi driver."): that toll."""
    asked = _ASKED.match(question)
    if asked is None:
        return None
    toks = tokens(text)
    ne = number_at(toks, 0, base) if toks else None
    if ne is None or year_like(toks, ne):
        return None
    kind = "injured" if asked.group(1).lower() in ("wounded", "injured", "hurt") else "dead"
    count = Count(ne.low, ne.high, ne.best, text[ne.start - base : ne.end - base], ne.start, ne.end)
    return CasualtyMention(kind, count, ne.start, ne.end, asked.group(1), method="answer:" + ne.kind)
