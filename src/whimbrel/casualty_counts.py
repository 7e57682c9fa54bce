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

The cue words and the other word lists are in :mod:`whimbrel.casualty_words`.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .acts import ARMS
from .arguments import reduced_passive
from .casualty_words import (
    AFTER_INTRANSITIVE,
    ANIMALS,
    ASIDE_OPENERS,
    ATTACKERS,
    BREAK,
    CUE_HINT,
    DEAD_PASSIVE,
    DISCOVERED,
    INJ_PASSIVE,
    KILLING_OF,
    LOST_MEN,
    NOT_AFTER_A,
    NOT_AFTER_ONE,
    PASSIVE_AUX,
    PERSON_NOUNS,
    PLACE_NOUNS,
    POSSESSIVES,
    PRE_BLOCK,
    REVISED,
    RISE,
    SPEECH,
    SUBSET_AFTER,
    SUBSET_BEFORE,
    TAKE_LIVES,
    TALLIED,
    TALLY_OWNERS,
    TO_DEATH,
    TOLL_VERBS,
    TRANSITIVE,
    UNIT_WORDS,
)
from .numbers import (
    STARTS,
    TENS,
    UNITS,
    NumberExpr,
    Tok,
    article_at,
    digit_value,
    followed_by,
    number_at,
    tokens,
    words,
    year_like,
    zero_at,
)
from .types import Count

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CasualtyMention:
    """One count found in a sentence, with its cue; offsets are story offsets when ``base`` was given."""

    kind: str  # "dead" | "injured" | "casualties"
    count: Count
    cue_start: int
    cue_end: int
    cue_text: str
    attackers: bool = False  # the counted people are the attackers ("three gunmen were killed")
    subset: bool = False  # part of another count ("including 2 women", "5 of them children")
    toll: bool = False  # a total ("the death toll rose to 45", "45 deaths")
    method: str = ""  # rule:number kind, e.g. "object:low", "subject:vague", "toll:exact", "dependency:one"


# --------------------------------------------------------------------------- casualty cues


def _cue_at(toks: Sequence[Tok], j: int) -> tuple[str, int, bool] | None:
    """A cue beginning at token j: (kind, next index, whether it may be an active transitive verb)."""
    n, w = len(toks), toks[j].low
    nxt = toks[j + 1].low if j + 1 < n else ""
    prev = toks[j - 1].low if j > 0 else ""
    if (w, nxt) in _SHOT_DEAD or (w, nxt) in (("burnt", "alive"), ("burned", "alive")):
        return "dead", j + 2, (w, nxt) in _SHOT_DEAD  # "gunmen who shot dead five policemen" is active
    if (w, nxt) == ("to", "death") and prev in TO_DEATH:
        return "dead", j + 2, False
    if w == "succumbed":
        k = j + 2 if nxt == "to" else j + 1
        k = k + 1 if k < n and toks[k].low in ("his", "her", "their") else k
        return "dead", k + 1 if k < n and toks[k].low in ("injuries", "wounds") else j + 1, False
    if w == "lost" and nxt in ("their", "his", "her") and j + 2 < n and toks[j + 2].low in ("lives", "life"):
        return "dead", j + 3, False
    if w in ("bodies", "corpses") and any(t.low in DISCOVERED for t in toks[j + 1 : j + 6]):
        return "dead", j + 1, False  # "14 bodies were found"
    if w in _TAKEN and nxt == "to" and any(t.low in _CARE for t in toks[j + 2 : j + 5]):
        return "injured", j + 1, False  # "The mother was taken to hospital with gunshot wounds."
    if w == "hit" and nxt == "by" and any(t.low in _PROJECTILES for t in toks[j + 2 : j + 5]):
        return "injured", j + 2, False  # "two residents were hit by stray bullets"
    if w == "treated" and prev in ("being", "were", "was", "are", "is"):
        return "injured", j + 1, False  # "eight others are still being treated"
    if w == "wounds" and prev not in ("his", "her", "their", "its"):
        return "injured", j + 1, False  # "a third person escaped with gunshot wounds"
    if w in INJ_PASSIVE:
        return "dead" if prev in ("fatally", "mortally") else "injured", j + 1, w in TRANSITIVE
    if w in DEAD_PASSIVE:
        return "dead", j + 1, w in TRANSITIVE
    return ("casualties", j + 1, False) if w == "casualties" else None


_TAKEN = frozenset({"taken", "rushed", "admitted", "airlifted", "evacuated", "flown"})
_CARE = frozenset({"hospital", "hospitals", "clinic", "infirmary"})
_PROJECTILES = frozenset({"bullet", "bullets", "shrapnel", "gunfire", "pellets", "fragments", "debris"})


def _is_break(t: Tok) -> bool:
    return t.low in BREAK or (not t.low[0].isalnum() and t.low not in ("-", "'", "’"))


def _subject_cue(toks: Sequence[Tok], ne: NumberExpr) -> tuple[str, int, int, list[str]] | None:
    """NUM words* CUE: "six civilians were killed", "45 deaths", "12 wounded", "a soldier was hurt".

    The words may hold one comma-enclosed aside ("Six civilians, including two children, were killed");
    a cue that may be active ("two gunmen killed ...") needs a passive auxiliary or a clause end after it.
    """
    n = len(toks)
    j, passive, skipped = ne.last, False, False
    single = not (ne.first > 0 and toks[ne.first - 1].low == "and")  # "four raiders and a guard were"
    nouns: list[str] = []
    while j < n and len(nouns) <= 8:
        cue = _cue_at(toks, j) if toks[j - 1].low != "the" else None  # "one of the injured died"
        if cue is not None:
            kind, k, transitive = cue
            if (
                transitive
                and not passive
                and k < n
                and toks[k].low[0].isalnum()
                and (toks[k].low not in AFTER_INTRANSITIVE or number_at(toks, k, 0) is not None)
            ):
                return None  # "two gunmen killed five", "two groups killed at least 7": active
            return kind, j, k, nouns
        t = toks[j]
        if t.low == "," and not skipped and (nouns or ne.last - ne.first > 1):
            close = next((m for m in range(j + 1, min(n, j + 15)) if toks[m].low == ","), None)
            if close is None and j + 1 < n and toks[j + 1].low in PASSIVE_AUX:
                close = j  # "two brothers from the market, were killed"
            if close is None:
                return None
            skipped, j = True, close + 1
            continue
        if (
            _is_break(t)
            or (t.low in UNIT_WORDS and not nouns)
            or digit_value(t.low) is not None
            or t.low in UNITS
            or t.low in TENS
        ):
            return None
        hurt_with = t.low == "with" and any(x.low in ("wounds", "injuries") for x in toks[j + 1 : j + 4])
        if ne.kind == "one" and (
            len(nouns) >= 5 or (t.low in (NOT_AFTER_ONE if single else NOT_AFTER_A) and not hurt_with)
        ):
            return None  # ("a third person escaped *with* gunshot wounds" goes on)
        passive = passive or t.low in PASSIVE_AUX
        nouns.append(t.low)
        j += 1
    return None


def _object_cue(toks: Sequence[Tok], ne: NumberExpr) -> tuple[str, int, int] | None:
    """CUE NUM: "killing six civilians", "killed at least 12", "killing himself and 12 others"."""
    i = ne.first - 1
    if i >= 1 and toks[i].low in ("all", "'", '"', "‘", "“") and toks[i - 1].low in TRANSITIVE:
        i -= 1  # "killing all five crew members", "killed 'dozens of terrorists'"
    if (
        i >= 1
        and toks[i].low == "and"
        and toks[i - 1].low in ("himself", "herself", "themselves", "him", "her")
    ):
        i -= 2  # "killing himself and 12 others", "killing him and four of his bodyguards"
    if i >= 2 and toks[i].low == "of" and toks[i - 1].low in KILLING_OF:
        return "dead", i - 1, i + 1  # "the deaths of six miners", "a massacre of five people"
    if i >= 1 and toks[i].low == "of" and toks[i - 1].low in ("bodies", "corpses", "body", "corpse"):
        if any(t.low in DISCOVERED for t in toks):  # "the bodies of six men were found"
            return "dead", i - 1, i + 1
    if i >= 3 and words(toks, i - 2, 3) == ("the", "lives", "of") and toks[i - 3].low in TAKE_LIVES:
        return "dead", i - 2, i + 1  # "claimed the lives of 16", not "saved the lives of several"
    if i >= 0 and toks[i].low in TAKE_LIVES and words(toks, ne.last, 1) in (("lives",), ("life",)):
        return "dead", i, i + 1  # "claimed 11 lives"
    if i >= 0 and toks[i].low in ("lost", "losing") and words(toks, ne.last, 1)[:1] in LOST_MEN:
        return "dead", i, i + 1  # "the army said it had lost 23 men"
    if i >= 1 and (toks[i - 1].low, toks[i].low) in _SHOT_DEAD:
        return "dead", i - 1, i + 1
    if i >= 2 and words(toks, i - 1, 2) == ("to", "death") and toks[i - 2].low in TO_DEATH:
        return "dead", i - 2, i + 1  # "hacked to death 11 villagers"
    if i >= 0 and toks[i].low in TO_DEATH:  # "stabbed two men to death", "burned two men alive"
        alive = toks[i].low in ("burned", "burnt")
        k = next(
            (
                k
                for k in range(ne.last, min(len(toks), ne.last + 4))
                if _is_break(toks[k])
                or words(toks, k, 2) == ("to", "death")
                or (alive and toks[k].low == "alive")
            ),
            None,
        )
        if k is not None and (words(toks, k, 2) == ("to", "death") or toks[k].low == "alive"):
            return "dead", i, i + 1
    return (TRANSITIVE[toks[i].low], i, i + 1) if i >= 0 and toks[i].low in TRANSITIVE else None


def _toll_cue(toks: Sequence[Tok], ne: NumberExpr) -> tuple[str, int, int, bool] | None:
    """ "the death toll (from the bombing) rose to 45", "the number of injured stood at 30"
    -> (kind, cue start, cue end, rising)."""
    if ne.first == 0 or toks[ne.first - 1].low not in TOLL_VERBS:
        return None
    rising = False
    j = ne.first
    while j > max(0, ne.first - 20):
        j -= 1
        w = toks[j].low
        if w == "toll" or (w in ("count", "tally", "figure") and j > 0 and toks[j - 1].low in TALLY_OWNERS):
            s = j - 1 if j > 0 and toks[j - 1].low in ("death", "casualty", "fatality") else j
            return "dead", s, j + 1, rising  # "the death toll rose to 45", "revised its count to 15"
        if j >= 2 and words(toks, j - 2, 2) in (("number", "of"), ("tally", "of")) and w in TALLIED:
            return TALLIED[w], j - 2, j + 1, rising
        if j >= 3 and words(toks, j - 3, 2) == ("number", "of") and w in TALLIED:
            return TALLIED[w], j - 3, j + 1, rising  # "the number of people killed ... had risen to 14"
        rising = rising or w in RISE
        if w == ",":  # "the toll, first put at 15, was revised down to 11": over the aside
            aside = next((k for k in range(j - 1, max(0, j - 10), -1) if toks[k].low == ","), None)
            if aside is not None and toks[aside + 1].low in ASIDE_OPENERS:
                j = aside
                continue
        if digit_value(w) is not None and any(t.low in REVISED for t in toks[j + 1 : ne.first]):
            continue  # "an initial toll of 15 dead was revised down to 11": over the first figure
        if (
            w in ("when", "after")
            and toks[ne.first - 1].low in ("to", "at")
            and any(t.low in TALLIED for t in toks[max(0, j - 3) : j])
        ):
            continue  # "the number of people killed when a missile hit ... had risen to 14"
        if _is_break(toks[j]) or digit_value(w) is not None:
            return None
    return None


def find_counts(text: str, *, base: int = 0, doc: Any = None) -> list[CasualtyMention]:
    """Casualty counts in one sentence, ordered by position; offsets are ``base`` + local.

    The surface rules work on the text alone; when a spaCy ``doc`` of exactly this text is given, a
    dependency rule adds the counts of far-away subjects ("Six civilians who had ... were killed").
    """
    if not CUE_HINT.search(text):
        return []
    toks = tokens(text)
    out: list[CasualtyMention] = []
    taken: set[int] = set()
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
            or (ne.first > 0 and toks[ne.first - 1].low in PRE_BLOCK)
        ):  # "bmp-15", "in 2019", "rs 2"
            i = ne.last if ne is not None else i + 1
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
            out.extend(_conjoined(toks, ne, found[0], text, base, taken))
        i = max(ne.last, i + 1)
    out.extend(_reflexive(toks, text, base))
    out.extend(_one_body(toks, text, base, taken))
    if doc is not None and getattr(doc, "text", None) == text:
        out.extend(_from_doc(doc, toks, taken, text, base))
    return sorted(out, key=lambda m: m.count.start)


_BEAT = frozenset({"beat", "beaten", "beating", "knocked", "left", "kicked", "clubbed"})
_SHOT_DEAD = frozenset({("shot", "dead"), ("shooting", "dead"), ("gunned", "down"), ("gunning", "down")})


def _reflexive(toks: Sequence[Tok], text: str, base: int) -> list[CasualtyMention]:
    """A bomber who dies with the victims counts one: "killing herself and eight others", "killing
    only himself" ("blew himself up" alone tells no death); so does one victim told by a pronoun after
    a killing verb ("ambushed the chairman's van, killing him and four of his bodyguards"); one
    beaten unconscious is one injured ("beat him unconscious")."""
    out = []
    for k, t in enumerate(toks):
        if t.low not in ("himself", "herself", "him", "her") or k == 0:
            continue
        if t.low in ("him", "her") and words(toks, k + 1, 1) == ("unconscious",) and toks[k - 1].low in _BEAT:
            ne = NumberExpr(1, 1, 1, base + t.start, base + t.end, k, k + 1, "person")
            out.append(_build("injured", ne, toks, k - 1, k + 2, text, base, [], False, False, "object"))
            continue  # "beat him unconscious"
        if t.low in ("him", "her") and not (k + 1 < len(toks) and toks[k + 1].low in ("and", ",", ".", ";")):
            continue  # "killing her husband": a possessive, not the victim
        v = k - 2 if toks[k - 1].low == "only" and k >= 2 else k - 1
        if TRANSITIVE.get(toks[v].low) != "dead":
            continue
        ne = NumberExpr(1, 1, 1, base + t.start, base + t.end, k, k + 1, "person")
        out.append(_build("dead", ne, toks, v, v + 1, text, base, [], False, False, "object"))
    return out


def _one_body(toks: Sequence[Tok], text: str, base: int, taken: set[int]) -> list[CasualtyMention]:
    """One body found is one dead: "His body was found by the roadside", "her corpse was dumped"."""
    out = []
    for k, t in enumerate(toks):
        if t.low not in ("body", "corpse") or k == 0 or toks[k - 1].low not in ("his", "her") or k in taken:
            continue
        cue = next((j for j in range(k + 1, min(len(toks), k + 5)) if toks[j].low in DISCOVERED), None)
        if cue is None or any(x.low in ("not", "never", "yet") for x in toks[k:cue]):
            continue  # "her body has not been found"
        ne = NumberExpr(1, 1, 1, base + toks[k - 1].start, base + t.end, k - 1, k + 1, "person")
        out.append(_build("dead", ne, toks, cue, cue + 1, text, base, [], False, False, "subject"))
    return out


def _within(toks: Sequence[Tok], ne: NumberExpr) -> bool:
    """The count is told as part of another: "including 2", "among them 3" ("two children were among
    five civilians killed": the five is the total)."""
    within = bool({t.low for t in toks[max(0, ne.first - 2) : ne.first]} & SUBSET_BEFORE)
    return within and not (ne.first > 0 and toks[ne.first - 1].low == "among")


def _part_of(toks: Sequence[Tok], ne: NumberExpr) -> bool:
    return _within(toks, ne) or followed_by(toks, ne.last, SUBSET_AFTER)  # "among them 3", "5 of them"


_RUNNING = (("this", "year"), ("so", "far"), ("this", "month"), ("to", "date"), ("since", "january"))


def _running_total(toks: Sequence[Tok], ne: NumberExpr) -> bool:
    """A count of a period, not of the event: "bringing to 61 the number of vigilantes killed in the
    area this year", "... killed so far"."""
    after = [t.low for t in toks[ne.last : ne.last + 14]]
    if "." in after:
        after = after[: after.index(".")]
    return any(pair in zip(after, after[1:], strict=False) for pair in _RUNNING)


def _mention(toks: Sequence[Tok], ne: NumberExpr, text: str, base: int) -> list[CasualtyMention]:
    within = _within(toks, ne)
    subset = _part_of(toks, ne) or _running_total(toks, ne)
    obj = _object_cue(toks, ne)
    if obj is not None:  # "killed one of them": the verb's own count, part of a group but no subset
        nouns = [t.low for t in toks[ne.last : ne.last + 3] if t.low[0].isalpha()][:2]
        return [_build(obj[0], ne, toks, obj[1], obj[2], text, base, nouns, within, False, "object")]
    toll = _toll_cue(toks, ne)
    if toll is not None:
        ne = ne.second if toll[3] and ne.second is not None else ne
        return [_build(toll[0], ne, toks, toll[1], toll[2], text, base, [], subset, True, "toll")]
    subj = _subject_cue(toks, ne)
    if subj is not None:
        kind, cs, ce, nouns = subj
        is_toll = toks[cs].low in ("deaths", "fatalities")
        return [_build(kind, ne, toks, cs, ce, text, base, nouns, subset, is_toll, "subject")]
    return _subject_conjunct(toks, ne, text, base, subset)


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
    items, j = [ne], _words_after(toks, ne.last)
    if j == ne.last:
        return []
    while j + 1 < n and toks[j].low in ("and", ","):
        at = j + 2 if toks[j + 1].low in POSSESSIVES and j + 2 < n else j + 1  # "and their three children"
        nxt = number_at(toks, at, base) or article_at(toks, at, base) or _kin_at(toks, j + 1, base)
        if nxt is None:
            return []
        subj = _subject_cue(toks, nxt)
        if subj is not None:
            if len(items) > 1 or toks[j].low == ",":
                if not all(_a_person(toks, it) for it in items):
                    return []  # "In a separate raid on Sunday, at least 15 soldiers were killed"
            if nxt.kind == "person":
                items.append(nxt)  # "... and his wife were killed": no number for the scan to find
            nouns = [t.low for t in toks[ne.last : _words_after(toks, ne.last)]]
            return [
                _build(
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


def _a_person(toks: Sequence[Tok], ne: NumberExpr) -> bool:
    """A listed item names people: a number, kin ("his wife") or an article before a person noun."""
    if ne.kind not in ("one", "person"):
        return True
    words = {t.low for t in toks[ne.first : _words_after(toks, ne.last)]}
    return bool(words & (PERSON_NOUNS | ATTACKERS))


def _words_after(toks: Sequence[Tok], j: int) -> int:
    """The end of the words describing a listed victim: up to six, not past a cue or a clause word
    ("members of a resistance force")."""
    k, n = j, len(toks)
    while (
        k < n
        and k - j < 6
        and toks[k].low[0].isalpha()
        and toks[k].low not in BREAK
        and _cue_at(toks, k) is None
    ):
        k += 1
    return k


def _kin_at(toks: Sequence[Tok], i: int, base: int) -> NumberExpr | None:
    """A listed victim told by a possessive and a person noun: "his wife", "their teenage son" (1)."""
    if i + 1 >= len(toks) or toks[i].low not in POSSESSIVES:
        return None
    k = i + 1 if toks[i + 1].low in PERSON_NOUNS else i + 2
    if k >= len(toks) or toks[k].low not in PERSON_NOUNS:
        return None
    return NumberExpr(1, 1, 1, base + toks[i].start, base + toks[k].end, i, k + 1, "person")


def _build(
    kind: str,
    ne: NumberExpr,
    toks: Sequence[Tok],
    cs: int,
    ce: int,
    text: str,
    base: int,
    nouns: Sequence[str],
    subset: bool,
    toll: bool,
    method: str,
) -> CasualtyMention:
    count = Count(ne.low, ne.high, ne.best, text[ne.start - base : ne.end - base], ne.start, ne.end)
    c0, c1 = toks[cs].start, toks[ce - 1].end
    # "three gunmen were killed" is the attackers' own loss; "troops killed three gunmen": the victims
    attackers = not method.startswith("object") and any(w in ATTACKERS for w in nouns)
    return CasualtyMention(
        kind, count, base + c0, base + c1, text[c0:c1], attackers, subset, toll, f"{method}:{ne.kind}"
    )


def _conjoined(
    toks: Sequence[Tok], ne: NumberExpr, first: CasualtyMention, text: str, base: int, taken: set[int]
) -> list[CasualtyMention]:
    """After an object count, "killed 5 soldiers and 3 civilians": the later numbers share the cue."""
    if not first.method.startswith("object"):
        return []
    out: list[CasualtyMention] = []
    j, n = ne.last, len(toks)
    while j < n:
        k = j
        while k < n and k - j < 10 and toks[k].low[0].isalpha() and toks[k].low not in BREAK:
            k += 1  # "... five farmers in Kauru on Friday and three more": up to ten words apart
        if k + 1 >= n or toks[k].low not in ("and", ",") or toks[k + 1].low in SUBSET_BEFORE:
            break
        at = k + 2 if toks[k + 1].low in POSSESSIVES and k + 2 < n else k + 1  # "and her three children"
        nxt = number_at(toks, at, base) or article_at(toks, at, base)
        if nxt is None and at == k + 2 and at + 1 < n and toks[at + 1].low in PERSON_NOUNS:
            at += 1  # "a couple and their teenage son": one word describing the person
        if nxt is None and at >= k + 2 and toks[at].low in PERSON_NOUNS:  # "a village chief and his driver"
            nxt = NumberExpr(1, 1, 1, base + toks[at].start, base + toks[at].end, at, at + 1, "person")
        if (
            nxt is None
            or (k - j > 4 and not followed_by(toks, nxt.last, [("more",)]))
            or _subject_cue(toks, nxt) is not None
            or followed_by(toks, nxt.last, SUBSET_AFTER)
            or _speaker(toks, nxt)
        ):
            break
        if _animals(toks, nxt):
            taken.update(range(nxt.first, nxt.last))
            j = nxt.last
            continue
        m = _build(
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


def _animals(toks: Sequence[Tok], ne: NumberExpr) -> bool:
    """The count is of animals ("1,200 cattle", "40 goats", "300 head of cattle") or weapons, the
    subject of a new clause ("killed two men and a guided bomb hit the school")."""
    return any(t.low in ANIMALS or t.low.removesuffix("s") in ARMS for t in toks[ne.last : ne.last + 3])


def _speaker(toks: Sequence[Tok], ne: NumberExpr) -> bool:
    """The noun phrase after a count's comma is who reports it, not another victim: "killed eight
    fighters, a military source said", "two people, a witness told reporters"; or it describes the
    place just named ("six villagers in Kauran Namoda, a town in Zamfara state")."""
    for k in range(ne.last, min(len(toks), ne.last + 9)):
        place = toks[k].low in PLACE_NOUNS and k < ne.last + 5 and _ends_noun_phrase(toks, k + 1)
        if toks[k].low in SPEECH or place:
            return True  # "..., a town in Zamfara state", "..., a doctor at the town's hospital said"
        if _is_break(toks[k]) and toks[k].low not in ("'s", "’s"):
            return False
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
    "others" or the first counts "people": they break the first count down rather than add to it."""
    if sum(m.count.best for m in rest) != first.count.best:
        return False
    general = {t.low for t in toks[ne.last : ne.last + 2]} & {"people", "persons"}
    return bool(general) or any(t.low in ("others", "other") for t in toks[end : end + 2])


def _from_doc(doc: Any, toks: Sequence[Tok], taken: set[int], text: str, base: int) -> list[CasualtyMention]:
    """Dependency rule: numbers (or "a") on a cue's passive subject ("died": its subject) and on the
    subject's conjuncts that the surface rules missed ("nine fighters and a medic were killed"); for
    a death or injury cue, also on its object ("killed journalist X and two others", "injuring their
    neighbour"), where one named or singular person counts 1 ("Jean Bosco and his wife were killed"
    -> 2, "beheaded the headman" -> 1)."""
    out: list[CasualtyMention] = []
    index = {t.start: k for k, t in enumerate(toks)}
    for tok in doc:
        cue = None
        if tok.idx in index:  # a subject cue ("were killed"), or a killing verb for its object
            at = index[tok.idx]
            cue = _cue_at(toks, at) or (
                (TRANSITIVE[tok.lower_], at + 1, True) if tok.lower_ in TRANSITIVE else None
            )
            if cue is None and tok.lower_ in TO_DEATH:  # "The farmer had been stabbed to death"
                k = next((k for k in range(at + 1, at + 6) if words(toks, k, 2) == ("to", "death")), None)
                cue = ("dead", k + 2, False) if k is not None else None  # "beat the thief to death"
        if cue is None or cue[0] == "casualties":
            continue
        for subj in _arguments(tok):
            passive = subj.dep_ == "nsubjpass" or (
                subj.dep_ == "nsubj"
                and (
                    tok.lower_ in ("died", "perished")
                    or reduced_passive(tok)
                    or tok.dep_ == "acomp"
                    or subj.head.dep_ == "auxpass"
                )
            )  # "... and his son critically injured": a participle without auxiliary is passive;
            # "their mother was critically injured": the tagger's adjective after "was" too
            if not passive and not (
                subj.dep_ == "dobj" and cue[0] in ("dead", "injured") and tok.pos_ == "VERB"
            ):
                continue
            for noun in (subj, *subj.conjuncts):
                nums = [c for c in noun.children if c.dep_ == "nummod" or c.lower_ in ("a", "an")]
                k = index.get((nums[0] if nums else noun).idx)
                if k is None or k in taken:
                    continue
                ne = number_at(toks, k, base) or article_at(toks, k, base)
                if ne is None or not (nums or digit_value(toks[k].low) is not None or toks[k].low in UNITS):
                    ne = _one_person(doc, noun, toks, index, base) if cue[0] in ("dead", "injured") else None
                    left = index.get(noun.left_edge.idx, ne.first) if ne is not None else 0
                    if ne is None or taken.intersection(range(min(left, ne.first), ne.last)):
                        continue  # "their civilian driver", "a rural workers' union leader": counted
                subset = _part_of(toks, ne)
                out.append(
                    _build(
                        cue[0],
                        ne,
                        toks,
                        index[tok.idx],
                        cue[1],
                        text,
                        base,
                        [noun.lower_],
                        subset,
                        False,
                        "dependency",
                    )
                )
                taken.update(range(ne.first, ne.last))
    return out


def _arguments(verb: Any) -> list[Any]:
    """The verb's dependents, and for a conjoined participle without a subject of its own the
    subject it shares: "a civilian was stabbed and seriously *wounded*"; for a participle the tagger
    read as the complement of "was", or whose "was" holds the subject, the subject of "was"."""
    own = list(verb.children)
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in own):
        own += [c for c in verb.head.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "acomp" and verb.tag_ == "VBN" and verb.head.lemma_ == "be":
        own += [c for c in verb.head.children if c.dep_ == "nsubj"]  # "was critically injured"
    for aux in verb.children:  # the subject the tagger hung on the auxiliary: "their mother *was* ..."
        if aux.dep_ == "auxpass":
            own += [c for c in aux.children if c.dep_ == "nsubj"]
    return own


def _one_person(
    doc: Any, noun: Any, toks: Sequence[Tok], index: dict[int, int], base: int
) -> NumberExpr | None:
    """One victim named by a singular noun without a number: a person's name ("Ahmed Ali", or a name
    with a person noun in apposition), or a person noun with "the"/"this" or a possessive ("the
    headman", "his wife"). Its span is the name."""
    if noun.tag_ not in ("NN", "NNP"):
        return None
    named = noun.ent_type_ == "PERSON" or (
        noun.tag_ == "NNP"
        and any(c.dep_ == "appos" and c.lemma_.lower() in PERSON_NOUNS for c in noun.children)
    )  # "shot dead Marta Elena Zúniga, a land-rights activist", whatever the tagger made of the name
    # the determiner may hang on the name of the unit before the noun: "A District Reserve Guard jawan"
    unit = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    marked = any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) for c in noun.children
    ) or any(c.dep_ == "det" and c.lower_ in ("a", "an") for u in unit for c in u.subtree if c.i < u.i)
    if not named and not (marked and (noun.lemma_.lower() in PERSON_NOUNS or noun.lower_ in ATTACKERS)):
        return None
    first = min(
        [noun.i]
        + [
            c.i
            for c in noun.children
            if c.dep_ in ("compound", "amod") and c.i < noun.i and c.lower_ not in ("dead", "alive", "down")
        ]
    )
    k0, k1 = index.get(doc[first].idx), index.get(noun.idx)
    if k0 is None or k1 is None:
        return None
    return NumberExpr(1, 1, 1, toks[k0].start + base, toks[k1].end + base, k0, k1 + 1, "person")


def mentions_casualties(text: str) -> bool:
    """Cheap test: does the text hold a casualty cue at all?"""
    return bool(CUE_HINT.search(text))
