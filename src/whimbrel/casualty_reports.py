"""How the counts of one event combine, and the primitives the stage ``casualties.count.v1`` shares.

Counts of one event: a toll wins; counts sharing one cue are added; counts of other cues are added
unless they repeat a best; reports set against each other are not added: a later update replaces the
first, and of conflicting reports the lowest is kept, as ACLED codes them (``combine``). The dead of
the two sides of a clash (soldiers and militants) are both the clash's dead, never rival figures
(``other_side``).

Shared by :mod:`whimbrel.casualties` and :mod:`whimbrel.casualty_tolls`: which events can carry a toll
(``eligible``), a sentence that announces another incident (``new_event``), sums of counts and the
stage's evidence.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence

from .casualty_counts import CasualtyMention, find_counts
from .casualty_words import ANOTHER_REPORT, CLAIM, EARLIER_VERSION, SIDES, UPDATE, counted_noun
from .nlp import in_update_heading
from .numbers import ws
from .page_furniture import in_furniture
from .transcripts import asked
from .types import Count, Event, Evidence, Span

STAGE = "casualties.count.v1"
ELIGIBLE = ("ASSAULT", "COERCE")

_NEW_EVENT = ws("another second third separate fresh new further elsewhere")
# "second"/"third" tell another incident before an event word, not as a person ("captured a third")
_ORDINAL_EVENT = re.compile(
    r"(?i)\b(?:second|third)\s+(?:\w+\s+)?(?:attack|attacks|blast|explosion|incident|bomb|bombing|strike|raid|"
    r"ambush|assault|shooting|time|day|night|clash|clashes)\b"
)


# more victims of the same incident, not another one: "recovered two further bodies"
# ("Another 23 people were injured": more people, not another incident)
_MORE_VICTIMS = re.compile(
    r"(?i)\b(?:further|fresh|new)\s+(?:bodies|corpses|victims|deaths|casualties)\b"
    r"|\b(?:another|a\s+further)\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"dozen|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b"
)


def new_event(sentence: str) -> bool:
    """The sentence announces another incident: "In a separate attack", "a second blast", "another"
    (not another report: "In a separate statement, the army said ...")."""
    sentence = _MORE_VICTIMS.sub(" ", ANOTHER_REPORT.sub(" ", sentence))
    words = words_of(sentence) & _NEW_EVENT
    return bool(words - {"second", "third"}) or bool(_ORDINAL_EVENT.search(sentence))


def eligible(event: Event) -> bool:
    """Events that can carry a toll: ASSAULT, COERCE but an arrest ("Police said a third man had died
    and that nine people had been arrested": the death is the attack's), and PROTEST in riot mode."""
    if event.event_type == "COERCE":
        return event.mode != "arrest"
    return event.event_type in ELIGIBLE or (event.event_type == "PROTEST" and event.mode == "riot")


def sum_counts(counts: Sequence[Count]) -> Count:
    if len(counts) == 1:
        return counts[0]
    low = None if any(c.low is None for c in counts) else sum(c.low or 0 for c in counts)
    high = None if any(c.high is None for c in counts) else sum(c.high or 0 for c in counts)
    start, end = min(c.start for c in counts), max(c.end for c in counts)
    return Count(low, high, sum(c.best for c in counts), "", start, end)


# dead told as some of the wounded: "three of them died", "two of the wounded later died"
_OF_THE_WOUNDED = re.compile(
    r"\s+of\s+(?:them|whom|those|the\s+(?:[\w-]+\s+){0,2}(?:wounded|injured|patients|casualties|survivors))\b"
)
# the death told of them: "... three of whom *died* overnight", "One of the injured officers *died*"
_THEN_DIED = re.compile(r"[^.;:]{0,40}?\b(?:died|succumbed|dead|passed\s+away|lost\s+(?:his|her|their)\s+li)")


def of_the_wounded(dead: Count, text: str, wounded_last: bool) -> bool:
    """The dead are some of the wounded counted before ("two of the wounded later died", "received 18
    wounded people; three of them died", when the last count told, ``wounded_last``, is of the
    wounded): they are dead, no longer wounded."""
    told = _OF_THE_WOUNDED.match(text, dead.end)
    if told is None or not _THEN_DIED.match(text, told.end()):
        return False  # "injuring six people, four of them civilians": who the wounded were
    return wounded_last or told.group(0).split()[1] not in ("them", "whom", "those")


def less_the_dead(injured: Count, dead: Sequence[Count], text: str) -> tuple[Count, list[Evidence]]:
    """The wounded without those of them who died, the span staying the wounded's count, and the
    evidence of each death taken off (field ``injured``, method ``wounded-who-died``). A count that
    does not add up (as many dead as wounded, or more) leaves the wounded as told."""
    evidence = [count_evidence("injured", c, "wounded-who-died", text) for c in dead]
    n = sum(c.best for c in dead)
    if not dead or n >= injured.best:
        return injured, evidence
    low = None if injured.low is None else max(0, injured.low - n)
    high = None if injured.high is None else max(0, injured.high - n)
    return dataclasses.replace(injured, low=low, high=high, best=injured.best - n), evidence


def count_evidence(field: str, count: Count, method: str, text: str) -> Evidence:
    return Evidence(field, count.start, count.end, text[count.start : count.end], STAGE, method)


_CONTRAST = re.compile(r"(?i)\b(?:but|while|whereas|although|though|however|yet)\b|;")
_ADDED = re.compile(r"(?i)\b(?:also|other|others|another|additional|further)\b|\bmore\b(?!\s+than)")


def _second_report(between: str, after: str = "") -> str | None:
    """How the words between two counts set one report against another: "update" ("..., but local
    leaders later said 32 died"), "conflict" ("..., but the army said four died"; "...; the rebels
    said 30 had died") or None (also when the second count adds to the first: "...; the army said
    three soldiers *also* died")."""
    if _SO_THAT.search(between) and _NOW.search(after):
        return "update"  # "two more bodies ..., so that nine people are now known to have died"
    contrast = _CONTRAST.search(between)
    if contrast is None or CLAIM.search(between, contrast.end()) is None or _ADDED.search(after):
        return None
    return "update" if UPDATE.search(between, contrast.end()) else "conflict"


_SO_THAT = re.compile(r"(?i),?\s+so\s+that\s+$")
_NOW = re.compile(r"(?i)\bnow\b")


# the toll the count before it brings about: "..., raising the toll to", "bringing the number of dead to"
_RAISED_TO = re.compile(
    r"(?i)\b(?:rais\w*|bring\w*|brought|push\w*|tak(?:e|es|ing)|took|lift\w*)\s+(?:[\w-]+\s+){0,5}to\s+$"
)


def _rival_toll(
    mentions: Sequence[CasualtyMention], toll: CasualtyMention, text: str
) -> tuple[Count, str] | None:
    """A toll a second source puts after a first source's count in the same sentence ("Six people were
    killed, according to the health authority; the Observatory put the death toll at eight") is a
    conflicting report, not an update: the lowest is kept (None when the toll simply wins)."""
    before = [m for m in mentions if not m.toll and m.count.end <= toll.count.start]
    if not before or any(m.method.endswith(":vague") for m in before):
        return None  # "killed scores of residents; a medical group put the toll at 58": the figure
    between = text[before[-1].count.end : toll.count.start]
    if UPDATE.search(between) or not CLAIM.search(between) or not _SECOND_SOURCE.search(between):
        return None
    if _RAISED_TO.search(between):
        return None  # "two more victims died, the prosecutor said, raising the toll to nine": the sum
    first = combine(before, text)
    if first is None or first[0].best <= 0 or first[0].best == toll.count.best:
        return None
    return first if first[0].best < toll.count.best else (toll.count, toll.method)


# a second source named between two figures: "...; the Observatory put the toll at", "while a group put"
_SECOND_SOURCE = re.compile(r"(?i)(?:;|\bwhile\b|\bbut\b|,\s+(?:and\s+)?(?:the|a|an)\s)")


def combine(mentions: Sequence[CasualtyMention], text: str) -> tuple[Count, str] | None:
    """A toll wins; counts sharing one cue are added; other cues are added unless they repeat a best.
    Reports set against each other are not added: a later update replaces the first report, and of
    conflicting reports ("rebels said they killed 20 soldiers, but the army said four died") the
    lowest is kept, as ACLED codes them."""
    if not mentions:
        return None
    tolls = [m for m in mentions if m.toll]
    if tolls:
        rival = _rival_toll(mentions, tolls[-1], text)
        if rival is not None:
            return rival
        return tolls[-1].count, tolls[-1].method
    groups: dict[int, list[Count]] = {}
    attackers: dict[int, bool] = {}  # the group counts the attackers only
    singles: dict[int, bool] = {}  # the group counts people told one by one ("a woman and her daughter")
    for m in mentions:
        groups.setdefault(m.cue_start, []).append(m.count)
        attackers[m.cue_start] = attackers.get(m.cue_start, True) and m.attackers
        singles[m.cue_start] = singles.get(m.cue_start, True) and m.method.endswith((":one", ":person"))
    # each report: its totals, with whether each counts the attackers
    reports: list[list[tuple[Count, bool]]] = [[]]
    last_end: int | None = None
    updated = False
    for cue, counts in groups.items():
        total = sum_counts(counts)
        second = (
            _second_report(text[last_end : total.start], text[total.end : total.end + 30])
            if last_end is not None
            else None
        )
        if second == "conflict" and not (total.best and sum(t.best for t, _ in reports[-1])):
            second = None  # "four wounded, but the army said no civilians were hurt": no other figure
        if second == "conflict" and attackers[cue] and not any(side for _, side in reports[-1]):
            second = None  # "Five soldiers were killed; the army said 17 attackers died": other people
        if second == "conflict" and any(other_people(text, t, total) for t, _ in reports[-1]):
            # "7 soldiers killed; the army said 23 Fano fighters died", "four Palestinians were killed,
            # while the military said one border police officer was killed": each side's dead
            second = None
        if second == "update":
            reports[-1], updated = [], True
        elif second == "conflict":
            reports.append([])
        # a repeated figure is a repeat, unless one counts the victims and the other the attackers
        # ("four policemen and a passer-by were killed, and all five attackers died" -> 10)
        # ("... killing a churchwarden before police shot him dead": a pronoun restates no figure), and
        # people told one by one are new people ("a police officer was shot in the leg and a girl was
        # hit by a stray bullet": each "a" a new one; "beheading two men and shooting dead a woman and
        # her daughter": each one told is another)
        told = text[total.start : total.end].lower()
        fresh = (
            told in ("him", "her")
            or (total.best == 1 and told in ("a", "an", "another"))
            or (singles[cue] and len(counts) > 1)
        )
        if fresh or all(t.best != total.best or side != attackers[cue] for t, side in reports[-1]):
            reports[-1].append((total, attackers[cue]))
        last_end = max(last_end or 0, total.end)
    sums = [sum_counts([t for t, _ in r]) for r in reports if r]
    if len(sums) > 1:
        return min(sums, key=lambda c: c.best), "lowest-report"
    if updated:
        return sums[0], "later-report"
    if len(reports[0]) == 1 and len(groups[mentions[0].cue_start]) == 1:
        return mentions[0].count, mentions[0].method
    return sums[0], "sum"


# a figure someone else rejects: "officials dismissed that claim as propaganda" (not "police said five
# died and denied reports of a higher toll": their own figure)
_DISMISSED = re.compile(
    r"(?i)\b(?:dismissed|denied|rejected|refuted|disputed)\s+(?:that|the|this|those|these|such)\s+"
    r"(?:claims?|figures?|account)\b|\bas\s+(?:propaganda|exaggerated|false)\b"
    # "Some posts claimed five dead, but police said the hospital's figures were accurate", "..., but
    # the ministry said this was false"
    r"|\bbut\b[^.;]{0,150}?\b(?:was|were|is|are)\s+(?:false|untrue|incorrect|wrong|not\s+(?:true|correct)"
    r"|accurate|correct)\b"
)


def dismissed_claim(sentence: str, at: int) -> bool:
    """The count at ``at`` in ``sentence`` is someone's claim ("said it had killed 20") that the same
    sentence says was rejected ("officials dismissed that claim as propaganda"): no toll."""
    return CLAIM.search(sentence, 0, at) is not None and _DISMISSED.search(sentence, at) is not None


# the next sentence rejecting the claim just told: "... and said more than forty 'apostates' had been
# killed. Taliban authorities dismissed the claim as exaggerated."
_DISMISSED_NEXT = re.compile(
    r"(?i)^\s*(?:[^.;]{0,80}?\b)?(?:dismissed|denied|rejected|refuted|disputed)\s+(?:the|that|this|those|these|such)"
    r"\s+(?:claims?|figures?)\b"
)


_SAYING = re.compile(r"(?i)\b(?:claiming|saying|statement)\b")


def dismissed_next(story_text: str, sentence: Span, at: int) -> bool:
    """The count at story offset ``at`` is a claim ("said more than forty had been killed") that the
    next sentence rejects ("Officials dismissed the claim as exaggerated"): no toll."""
    if (
        CLAIM.search(story_text, sentence.start, at) is None
        and _SAYING.search(story_text, sentence.start, at) is None
    ):
        return False
    return _DISMISSED_NEXT.match(story_text[sentence.end : sentence.end + 200]) is not None


# a story that rejects a figure going round: a fact-check's verdict, "the claim is false", "no evidence",
# "the information circulating online is not correct"
_DEBUNKED = re.compile(
    r"(?i)\b(?:verdict|rating)\s*:\s*(?:false|misleading|no\s+evidence|unproven|exaggerated|inaccurate"
    r"|fabricated|mostly\s+false|partly\s+false|wrong)\b"
    r"|\b(?:is|are|was|were)\s+(?:false|untrue|not\s+true|misleading|inaccurate|exaggerated|inflated"
    r"|fabricated|wrong|incorrect|not\s+correct)\b"
    r"|\bno\s+evidence\b|\bdoes\s+not\s+match\b|\bnot\s+supported\s+by\b"
)
# where such a figure comes from: posts, videos and messages going round, and claims
_ROUND = re.compile(
    r"(?i)\b(?:posts?|video|videos|clips?|messages?|channels?|pages?|accounts?|tweets?|users|social\s+media"
    r"|social\s+networks?|viral|circulat\w*|shared|forwarded|rumou?rs?|claims?|claimed|claiming)\b"
)

# a sentence that says a figure has nothing behind it
_UNSUPPORTED = re.compile(
    r"(?i)\b(?:no|nothing|not)\b[^.;]{0,80}?\b(?:supports?|confirms?|corroborates?)\b|\bdoes\s+not\s+match\b"
)
# an official figure told after the rumour in its sentence: "Posts claimed 30 dead, but police said two"
_OFFICIAL = re.compile(
    r"(?i)\bbut\b|;|\b(?:police|officials?|authorities|ministry|army|prosecutors?|hospitals?|governor)\b"
)


def rejected_rumour(story_text: str, sentence: Span, at: int) -> bool:
    """The count at story offset ``at`` is a figure going round ("Posts on X said that 'three people'
    were killed", "Claims that '20 people were massacred'", told as such before the count in its own
    sentence, with no official after that) or one its sentence says nothing supports, in a story that
    rejects such a figure ("Verdict: FALSE. One person was killed"): no toll."""
    if not _debunks(story_text):
        return False
    if _UNSUPPORTED.search(story_text, sentence.start, sentence.end):
        return True  # "We found no reports that support a toll of 30", "The figure of ten does not match"
    told = list(_ROUND.finditer(story_text, sentence.start, at))
    return bool(told) and _OFFICIAL.search(story_text, told[-1].end(), at) is None


@functools.lru_cache(maxsize=64)
def _debunks(story_text: str) -> bool:
    """The story rejects a figure going round (searched once per story, not per count)."""
    return _DEBUNKED.search(story_text) is not None


# a teller's correction of a figure of their own: "Correction: earlier I posted five dead", "I said 3
# dead, that was wrong"
_CORRECTION = re.compile(r"(?i)\bcorrect(?:ion|ed|ing)\b|\b(?:was|is)\s+(?:wrong|incorrect|mistaken)\b")
_OWN_FIGURE = re.compile(
    r"(?i)\b(?:I|we)\s+(?:had\s+|have\s+)?(?:earlier\s+|previously\s+|wrongly\s+)?"
    r"(?:posted|said|wrote|reported|tweeted|gave)\b"
    rf"|{EARLIER_VERSION}(?:said|stated|reported|gave|put|misstated|incorrectly\s+said|wrongly\s+said)\b"
    # "gardaí said, correcting earlier reports that two men had been killed"
    r"|\bcorrect(?:ing|ed)\s+(?:earlier|initial|previous|first)\s+(?:reports?|figures?|accounts?)\b"
)


def corrected(story_text: str, sentence: Span, at: int) -> bool:
    """The count at story offset ``at`` is the teller's own earlier figure, told in a correction
    ("3/ Correction: earlier I posted five dead. Police say it is 4.", "Earlier I wrote that three
    people were killed. Correction: the toll is two", "Correction: An earlier version of this story
    said four men were killed"): no toll."""
    if not _OWN_FIGURE.search(story_text, sentence.start, at):
        return False
    line = story_text.rfind("\n", 0, sentence.start) + 1
    end = story_text.find("\n", sentence.end)
    return _CORRECTION.search(story_text, line, end if end >= 0 else len(story_text)) is not None


def set_aside(story_text: str, sentence: Span, m: CasualtyMention) -> bool:
    """A count that is no toll of the story however it is told: a rumour the story rejects
    (:func:`rejected_rumour`), the teller's own figure corrected (:func:`corrected`), an older
    entry's figure in a live page (:func:`superseded_in_blog`), or a figure a journalist's question
    puts to a speaker (:func:`asked`), a word of an appended update's heading ("UPDATE, Sept.
    19:"), or a figure in a link to another story ("Read more: Seven dead in Qena shootout")."""
    return (
        rejected_rumour(story_text, sentence, m.count.start)
        or corrected(story_text, sentence, m.count.start)
        or superseded_in_blog(story_text, m.count.start, m.kind)
        or asked(story_text, m.count.start)
        or in_update_heading(story_text, m.count.start)
        or in_furniture(story_text, m.count.start)
    )


# an entry of a live page: "19:05 - ", "Thursday 09:30 - ", "Wednesday, 8:05 a.m. - "
_ENTRY = re.compile(
    r"(?:^|(?<=[.!?\"”]\s)|(?<=\n))(?:(?P<day>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?P<h>[012]?\d)[:.](?P<m>[0-5]\d)(?:\s*(?P<ap>[ap])\.?m\.?)?\s*[-–—]\s"
)
_WEEK = ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun")


@functools.lru_cache(maxsize=64)
def _blog_entries(story_text: str) -> tuple[tuple[int, frozenset[str]], ...]:
    """The entries of a live page told newest first, as (start, the kinds of toll the entry tells),
    or () when the story is no such page (fewer than two entries, or any entry older than the one
    after it)."""
    found = list(_ENTRY.finditer(story_text))
    if len(found) < 2:
        return ()
    keys, day, named = [], 0, None
    for e in found:
        if e["day"]:  # the nearer way round the week: Monday back to Sunday is one day
            told = _WEEK.index(e["day"])
            if named is not None:
                back, ahead = (named - told) % 7, (told - named) % 7
                day += -back if back <= ahead else ahead
            named = told
        hour = int(e["h"]) % 12 + (12 if e["ap"] == "p" else 0) if e["ap"] else int(e["h"])
        keys.append(day * 1440 + hour * 60 + int(e["m"]))
    if any(b > a for a, b in zip(keys, keys[1:], strict=False)) or keys[0] == keys[-1]:
        return ()
    bounds = [e.start() for e in found] + [len(story_text)]
    return tuple(
        (a, frozenset(m.kind for m in find_counts(story_text[a:b]) if not m.subset))
        for a, b in zip(bounds, bounds[1:], strict=False)
    )


# the page's closing context, no entry's: "Background: the area has seen repeated attacks"
_CONTEXT = re.compile(r"(?:^|\s)(?:Background|Context)\s*:")


def superseded_in_blog(story_text: str, at: int, kind: str) -> bool:
    """In a live page told newest first ("19:05 - The toll stands at 10 dead ... 16:50 - The hospital
    says seven people have died"), a count of a kind a newer entry already told is an older figure."""
    entries = _blog_entries(story_text)
    if not entries or _CONTEXT.search(story_text, entries[-1][0], at):
        return False
    newer = [told for start, told in entries if start <= at][:-1]
    return any(kind in told for told in newer)


# a group's own claim of what its attack did: "claiming to have killed dozens of soldiers", "claimed
# it had killed 30" (not "the army said it killed 14 militants": a deed told by its doer)
_CLAIMED = re.compile(
    r"(?i)\bclaim(?:ed|ing|s)?\s+(?:to\s+have|(?:that\s+)?(?:it|they)\s+(?:had\s+)?)\s*"
    r"(?:killed|wounded|injured)\s+['‘\"]?$"
)


def claimed_credit(sentence: str, at: int) -> bool:
    """The count at ``at`` in ``sentence`` is what a group claims its attack did ("Al-Shabaab said it
    carried out the attack, claiming to have killed dozens of soldiers")."""
    return _CLAIMED.search(sentence[:at]) is not None


_FIGURES = re.compile(r"^\s*\(\d+\)")


def side_of(text: str, count: Count) -> str | None:
    """Which side of a clash a count's dead are on, from the few words after it: "forces" ("two
    soldiers", "a Rwandan soldier", "three members of the regional police"), "armed" ("23 Fano
    fighters", "dozens of militants") or the speaker's "own" ("four of our men"); None for
    anyone else ("people", "villagers", "others") or no noun, or a sum of several counts ("three
    soldiers and 11 of the attackers")."""
    if re.search(r"\band\b|,", text[count.start : count.end]):
        return None
    after = text[count.end : count.end + 48]
    after = _FIGURES.sub("", after, count=1)  # "six (6) terrorists": the figures told again
    after = re.split(r"[.;:,!?()\n]", after[:40], maxsplit=1)[0]
    told = [w.lower() for w in re.findall(r"[A-Za-z]+", after)[:6]]
    # a communiqué's own dead, whoever speaks: "lost four of our men", "one of our fighters"
    if "our" in told[:2]:
        return "own"
    for word in told[:4] if "of" not in told[:2] else told:  # "three members of the regional police"
        side = SIDES.get(word)
        if side is not None:
            return side
    return None


def other_side(text: str, a: Count, b: Count) -> bool:
    """The two counts are of the two sides of a clash (soldiers and militants), so neither is a
    rival's figure for the other: both are dead of the clash."""
    sa, sb = side_of(text, a), side_of(text, b)
    return sa is not None and sb is not None and sa != sb


# the words after a count that name no one in particular: "three people", "two others"
_ANYONE = ws("people persons others other more men women individuals victims bodies of")


def other_people(text: str, a: Count, b: Count) -> bool:
    """The two counts are of different people: the two sides of a clash, or a side's men and others
    told by name ("four Palestinians" and "one border police officer"), not "three people"."""
    sa, sb = side_of(text, a), side_of(text, b)
    if sa is not None and sb is not None:
        return sa != sb
    if (sa is None) == (sb is None):
        return False
    noun = counted_noun(text, b if sa is not None else a)
    return noun != "" and noun not in _ANYONE and noun not in SIDES


def words_of(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
