"""Tolls told across sentences: the second half of the stage ``casualties.count.v1``.

:mod:`whimbrel.casualties` links each sentence's counts to the violent events of that sentence; the
passes here then read what later sentences say about those tolls.

Eventless tolls (``eventless_tolls``): a sentence with no event of its own that tells the toll of the
attack just before it ("One soldier later died of his wounds.") gives that attack the count it lacks,
adds to it ("also", "another") or sets a rival's lower figure against it.

Later tolls (``later_tolls``): a sentence with a toll but no violent event of its own ("The death toll
later rose to 20.") raises the count of the last violent event before it that holds a count of that
kind, or lowers it to a rival's claim ("The police put the toll at 15.").

Outcome sentences (``fold_outcomes``): "A bomb exploded at the market in Gao. Five people were killed."
The second sentence's event, made from the casualty word alone (no source, no other place, date or
new-event word), is the attack's outcome: its counts move to the attack and it is dropped.

Later deaths of the wounded ("14 wounded, two of whom died overnight", "A woman wounded in the raid
died in hospital the next day") add to the attack's dead, also when told in the next paragraph or on a
later day; "bringing the toll to four" replaces it, and a civilian toll replaces only the civilians.

Headline tolls (``headline_tolls``): a headline's toll goes to the body's first attack that has none.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection, Sequence
from datetime import date, timedelta
from typing import Any

from .casualty_causes import another_act
from .casualty_counts import (
    VAGUE_COUNT_WORDS,
    CasualtyMention,
    answered_count,
    find_counts,
    mentions_casualties,
)
from .casualty_lists import lines_between
from .casualty_places import places_parsed, places_told
from .casualty_reports import (
    combine,
    count_evidence,
    dismissed_claim,
    eligible,
    less_the_dead,
    new_event,
    of_the_wounded,
    other_side,
    set_aside,
    side_of,
    sum_counts,
    words_of,
)
from .casualty_unnumbered import last_count_before
from .casualty_words import (
    ATTACK_NOUNS,
    ATTACKERS,
    BARE_CUES,
    CLAIM,
    FIGHTING,
    RAID_LEMMAS,
    UPDATE,
    counted_noun,
)
from .nlp import headline, in_update, paragraph_break, timeline_entries, token_at
from .numbers import ORDINAL_RANKS, find_numbers, tokens, ws
from .transcripts import heading_question, in_answer
from .types import Count, Event, Span, Story, TimeExpr, When


def _adds_more(sentence: str) -> bool:
    """The sentence adds to a toll told before ("also", "another", "six more"; not "more than 40"), or
    tells the later death of someone wounded in the attack (``_follow_up``) or taken in it ("the bodies
    of four of the abducted men were found")."""
    return (
        bool(words_of(_MORE_THAN.sub(" ", sentence)) & _MORE)
        or _follow_up(sentence)
        or _OF_THE_TAKEN.search(sentence) is not None
        or _CROSSFIRE.search(sentence) is not None
    )


_RISEN_TO = re.compile(r"(?i)\b(?:has|have|had)\s+(?:risen|climbed|increased|jumped)\s+to\s+$")


def _risen_to(text: str, toll: Count | None) -> bool:
    """The toll was told as having risen to its figure ("... has risen to four"): a total that holds the
    later deaths told after it."""
    return toll is not None and _RISEN_TO.search(text, max(0, toll.start - 30), toll.start) is not None


def _says_more(sentence: str) -> bool:
    """The sentence says it adds ("also", "another", "more"), beyond telling a later death."""
    return bool(words_of(_MORE_THAN.sub(" ", sentence)) & _MORE)


# bystanders of a clash whose fighters' toll was told: "Three civilians died in the crossfire"
_CROSSFIRE = re.compile(r"(?i)\b(?:in|by)\s+the\s+crossfire\b")


# the captives of the attack told before, found dead later: not among its dead yet
_OF_THE_TAKEN = re.compile(
    r"(?i)\bbod(?:y|ies)\s+of\s+(?:\w+\s+)?(?:of\s+)?the\s+(?:abducted|kidnapped|missing|captives|hostages)\b"
)


def _follow_up(sentence: str) -> bool:
    """The death of someone wounded in the attack told before: "two of whom died overnight", "one of
    the injured had died", "A woman wounded in the raid died in hospital", "a girl who was hit by a
    stray bullet died", "later died of his wounds"."""
    return _FOLLOW_UP.search(sentence) is not None


_FOLLOW_UP = re.compile(
    r"(?i)\bof\s+(?:whom|them)\b[^.;]{0,20}\b(?:died|succumbed)\b"
    r"|\bof\s+the\s+(?:\w+\s+)?(?:wounded|injured)\b[^.;]{0,30}\b(?:died|succumbed)\b"
    r"|\b(?:wounded|injured|shot|hit|hurt)\b[^.;]{0,60}\b(?:died|succumbed)\b"
    r"|\b(?:later|subsequently)\s+(?:died|succumbed)\b"
    r"|\bdied\s+(?:of|from)\s+(?:his|her|their)\s+(?:wounds|injuries)\b"
    r"|\bdied\b[^.;]{0,12}\bin\s+(?:a\s+|the\s+)?hospital\b"
    # "died at Royal Perth Hospital"
    r"|\bdied\s+(?:at|in)\s+(?:the\s+)?(?-i:(?:[A-Z][\w'-]*\s+){1,4}(?:Hospital|Clinic|Infirmary))\b"
    # "Of the 31 people taken to hospital, three died during the night"
    r"|\bof\s+the\s+[^.;]{0,30}\b(?:taken|admitted|rushed)\s+to\s+(?:a\s+|the\s+)?hospital\b[^.;]{0,20}"
    r"\b(?:died|succumbed)\b"
)
# a sentence telling the new total beside the more dead it adds: "dug three more bodies out of the
# debris, so that seven people are now known to have died"
_NOW_TOTAL = re.compile(
    r"(?i)\bnow\s+known\b|\bso\s+that\b[^.;]*\bnow\b"
    r"|\bnow\s+(?:counts?|puts?|gives?|lists?|records?|reports?|stands?|says?)\b"  # "now counts 19 dead"
)
# the first figure an update replaced, told after the update: "The administration had initially
# reported two dead, but a man died of his wounds overnight", "Police at first said five had died"
_FIRST_FIGURE = re.compile(
    r"(?i)\b(?:initially|originally|at\s+first|first|earlier)\s+(?:reported|said|put|gave|announced|counted)\b"
    r"|\bhad\s+(?:reported|put|given|announced|counted)\b"  # "Authorities had reported 18 dead on Wednesday"
    r"|\b(?:initial|first|earlier|early|preliminary|original)\s+(?:[\w']+\s+)?"
    r"(?:statement|report|figure|count|toll|tally|estimate)s?\b"
)
_ENSUING = re.compile(r"(?i)\b(?:ensuing|subsequent|follow-up|that followed)\b")


_ACT_NOUNS = ws("massacre massacres killing killings murder murders execution executions")
_MORE = ws("also another more further additional")
_MORE_THAN = re.compile(r"(?i)\bmore\s+than\b")


_DEFINITE = re.compile(r"(?i)\bthe\s+$")


def _the_before(text: str, start: int) -> bool:
    """ "the" stands right before the count at ``start`` ("The two dead were ...")."""
    return _DEFINITE.search(text[max(0, start - 6) : start]) is not None


# the one attacker named with "the" and described in an aside: "The attacker, a resident of ..., died"
_THE_ATTACKER = re.compile(rf"(?i)\bthe\s+(?:{'|'.join(sorted(ATTACKERS))})\s*,(?:\s+[\w'-]+){{0,5}}\s*$")
# the attacker's own fall told before: "before he was shot dead", "police shot him dead", "killed himself"
_ATTACKER_FELL = re.compile(
    r"(?i)\b(?:he|she)\s+(?:was|had\s+been)\s+(?:shot\s+dead|shot\s+and\s+killed|killed|gunned\s+down)\b"
    r"|\bshot\s+(?:him|her)\s+dead\b|\b(?:killed|shot)\s+(?:himself|herself)\b|\bblew\s+(?:himself|herself)\s+up\b"
    rf"|\bthe\s+(?:{'|'.join(sorted(ATTACKERS))})\s+(?:was|had\s+been)\s+(?:shot\s+dead|killed)\b"
)


def _attacker_fall_told_again(text: str, m: CasualtyMention, sentence: Span) -> bool:
    """The count is the attacker told with "the" ("The attacker, a resident of a nearby village, died
    at the scene") after the story told the attacker's fall: the same death, told again."""
    if m.kind != "dead" or m.count.best != 1:
        return False
    named = (
        m.count.text.lower() in ATTACKERS
        and text[max(0, m.count.start - 4) : m.count.start].lower() == "the "
    )
    if not named and _THE_ATTACKER.search(text, sentence.start, m.count.start) is None:
        return False
    if "also" in words_of(sentence.slice(text)):
        return False  # "blew himself up, killing five people ... The bomber also died": one more dead
    return _ATTACKER_FELL.search(text, 0, sentence.start) is not None


def _told_again_by_the(text: str, m: CasualtyMention, events: list[Event], si: int) -> bool:
    """A count with "the" before it ("The two dead were young men") that an earlier event of the story
    already holds tells those dead again: it is no toll of the act just before."""
    if m.kind not in ("dead", "injured"):
        return False  # "the 12 casualties": a kind with no field of its own
    if not _the_before(text, m.count.start):
        return False
    held = (getattr(e, m.kind) for e in events if e.sentence_index < si)
    return any(c is not None and c.best == m.count.best for c in held)


def eventless_tolls(
    story: Story, events: list[Event], with_events: set[int], docs: dict[int, Any], loose: bool = False
) -> None:
    """A sentence with no event of its own that tells the toll of the attack just before it ("Two
    soldiers were wounded when their vehicle struck a mine. One soldier later died of his wounds.")
    gives that attack the count it lacks, or adds to it when it says so ("One soldier also died.",
    "Another person died later in hospital."); evidence ``outcome-next-sentence``. Same paragraph
    (unless the story gives each sentence its own), no place the attack's sentence does not name (a
    hospital's town aside). A sentence after one that told the attack's toll tells of the same attack
    ("Amnesty confirmed nine deaths. A spokesman put the toll at six and said 15 were being treated.")."""
    took: dict[int, int] = {}  # a sentence -> the attack it told the toll of
    entries = timeline_entries(story.text)
    for si, span in enumerate(story.sentences):
        if si == 0 or si in with_events:
            continue
        prev = [k for k, e in enumerate(events) if e.sentence_index == si - 1 and _an_attack(e)]
        # "troops killed 20 insurgents in fighting near X": the toll goes to the attack that holds one
        prev = [k for k in prev if _holds_toll(events[k])] or prev
        if prev and all(_told_again(story.text, events[k]) or _also_did(story.text, events[k]) for k in prev):
            # "Police said the attack stemmed from a land dispute. A neighbour was also shot dead.":
            # the attack named again holds no toll; the one told before does. So does a further deed of
            # the attackers ("the gunmen also abducted more than 20 women. Seven injured villagers
            # are receiving treatment": the attack's wounded)
            told = [k for k, e in enumerate(events[: prev[0]]) if _an_attack(e) and _holds_toll(e)]
            near = told and events[told[-1]].sentence_index >= si - 3
            if near and not paragraph_break(story.text, events[told[-1]].sentence.end, span.start, loose):
                prev = told[-1:]
        if not prev and si - 1 in took:  # a second source's figures after a first's
            prev = [took[si - 1]]
        if not prev and si >= 2 and si - 1 not in with_events and si - 2 in with_events:
            prev = _attack_past_background(story, events, si, loose)
        if prev and all(_taking(events[k]) for k in prev):
            # "Heavy fighting broke out in Gondar ... The fighters briefly occupied a police station
            # ... the hospital received the bodies of eight civilians": the fighting's toll, not the
            # seizure's, when an attack was told in the four sentences before
            fought = [k for k, e in enumerate(events[: prev[0]]) if e.event_type == "ASSAULT"]
            near = fought and events[fought[-1]].sentence_index >= si - 4
            if near and not paragraph_break(story.text, events[fought[-1]].sentence.end, span.start, loose):
                prev = fought[-1:]
        answer = in_answer(story.text, span.start)
        entry = any(s <= span.start < e for s, e in entries)
        # "Q: How many people died? A: Four people died.": the briefing's attack; "Editor's note: ...
        # The 51-year-old man died in hospital on June 2": the attack the update is about; "20:00 - The
        # hospital director gives the toll: ...": the attack of the timeline's day
        if not prev and (answer or entry or in_update(story.text, span.start)):
            prev = [k for k, e in enumerate(events) if e.sentence_index < si and _an_attack(e)][-1:]
        if not prev or (
            paragraph_break(story.text, story.sentences[si - 1].end, span.start, loose)
            and not (answer or entry)
        ):
            continue
        here = story.text[span.start : span.end]
        # "How many people died?\nFour people, three vendors and a taxi driver.": the question's word
        asked = answered_count(here, span.start, heading_question(story.text, span.start) or "")
        tells_toll = mentions_casualties(here) or asked is not None
        if not tells_toll or told_of_earlier(story, span, events[prev[-1]]):
            continue
        before = story.text[events[prev[-1]].sentence.start : events[prev[-1]].sentence.end]
        names = places_told(here)
        if not all(n in before for n in names) and not _AS_A_RESULT.match(here):
            continue
        doc = docs.get(si)
        doc = doc if getattr(doc, "text", None) == here else None
        found = find_counts(here, base=span.start, doc=doc) or ([asked] if asked is not None else [])
        if doc is not None:  # "The violence began after a young man died in a road accident": its cause
            found = [m for m in found if not another_act(m, doc, span.start, [])]
        # "Several accounts reported that a second fan had died, but the ministry said this was false"
        found = [
            m
            for m in found
            if not dismissed_claim(here, m.count.start - span.start) and not set_aside(story.text, span, m)
        ]
        # "The two dead were young men from the town": the dead told before, described again (a rival's
        # "the two officers were the only fatalities" still weighs against a claim)
        # (not an update's later death: "Editor's note: ... The 51-year-old man died at Royal Perth
        # Hospital", after one dead)
        later_in_update = _follow_up(here) and in_update(story.text, span.start)
        if not _ONLY.search(here) and not later_in_update:
            found = [m for m in found if not _told_again_by_the(story.text, m, events, si)]
        # "... killing two men before he was shot dead. The attacker, a local man, died at the scene."
        found = [m for m in found if not _attacker_fall_told_again(story.text, m, span)]
        parts = [m for m in found if _part_of_told(story.text, events[prev[-1]], m.kind, m.count, span.start)]
        found = [m for m in found if m not in parts]
        # "One soldier also died.", "Another person died later in hospital.", "He then turned the gun
        # on himself.": more dead, never a rival's figure
        suicide = any(_self_inflicted(m) for m in found)
        more = _adds_more(here) or suicide
        if more and not suicide and _risen_to(story.text, events[prev[-1]].dead) and not _says_more(here):
            # "The number of people killed ... has risen to four. ... A woman who was among those
            # seriously hurt died overnight": the death the risen toll holds, not one more
            more = False
        rival = _rival_claim(here) and not suicide
        # "condemned the killing of 20 protesters" names an act of its own, not this attack's toll
        # ("One of them succumbed to his wounds": of the wounded told before, one more dead)
        later_death = _follow_up(here)
        mentions = [
            m
            for m in found
            if (
                not m.subset
                or (m.kind == "dead" and later_death)
                # "The dead included two soldiers and two civilians": the toll the attack lacks
                or (
                    m.listed
                    and getattr(events[prev[-1]], m.kind) is None
                    and not _among_told(story.text, m, events, si)
                )
            )
            and m.cue_text.split()[0].lower() not in _ACT_NOUNS
        ]
        k = prev[-1]
        ev, updates, evidence = events[k], dict[str, Any](), list(events[k].evidence)
        # "Seventeen other people were hurt. Two of them later died": some of the wounded, the count
        # told last before them, whatever the dead told before that
        wounded_last = ev.dead is None or (ev.injured is not None and ev.injured.start > ev.dead.start)
        wounded_last = wounded_last or any(m.kind == "injured" for m in mentions)
        died_of_wounds = [
            m for m in mentions if m.kind == "dead" and of_the_wounded(m.count, story.text, wounded_last)
        ]
        new_total = _NOW_TOTAL.search(here) is not None
        first_figure = _FIRST_FIGURE.search(here) is not None
        for kind in ("dead", "injured"):
            got = combine([m for m in mentions if m.kind == kind], story.text)
            held: Count | None = getattr(ev, kind)
            if new_total and got is not None and held is not None and got[0].best > held.best:
                # the new total replaces the count, the more dead it adds are in it
                count = dataclasses.replace(got[0], text=story.text[got[0].start : got[0].end])
                updates[kind] = count
                evidence.append(count_evidence(kind, count, "toll-update", story.text))
                continue
            if first_figure and got is not None and held is not None and got[0].best <= held.best:
                continue  # "killing three ... It had initially reported two dead, but a man died": told
            if first_figure and got is not None and held is None and not UPDATE.search(here):
                if _counted_before(events, k):
                    continue  # "... raising the toll to nine. ... The first statement spoke of seven dead"
            # "Troops killed 20 insurgents. One soldier died, it said.": the other side's dead, added
            opposed = got is not None and held is not None and other_side(story.text, held, got[0])
            # "The assailants left two of their dead behind": the attackers' own dead, added
            opposed = opposed or (
                got is not None
                and held is not None
                and kind == "dead"
                and all(m.attackers for m in mentions if m.kind == kind)
                and not _the_attackers_counted(events[k])
            )
            if (
                got is not None
                and held is not None
                and not opposed
                and got[0].best == held.best
                and any(m.subset and m not in died_of_wounds for m in mentions if m.kind == kind)
            ):
                continue  # "killing seven. Six of the victims died at the scene and a seventh later": again
            if held is not None and not opposed and _told_in_parts(mentions, kind, held, here):
                continue  # "killing five. Four men died at the scene and a woman died later": again
            nth = ordinal_rank(got[0], story.text) if got is not None and held is not None else None
            if nth is not None and held is not None and got is not None and not opposed:
                if nth > held.best:  # "A seventh victim died in hospital."
                    c = got[0]
                    updates[kind] = count = Count(nth, nth, nth, story.text[c.start : c.end], c.start, c.end)
                    evidence.append(count_evidence(kind, count, "ordinal-victim", story.text))
                continue
            if got is not None and held is not None and got[1].startswith("toll"):
                continue  # a later toll is ``later_tolls``'s
            # "A teacher was also wounded.", not "Bandits killed 11 vigilantes" with a doer the actors missed
            bare = ev.trigger_text.lower() in BARE_CUES and not ev.source and not _told_doer(ev, docs)
            if got is not None and held is None and bare and (rival or got[1].startswith("toll")):
                # "A teacher was also wounded. The prefect put the toll at four.": the attack's, when the
                # attack told before has no such figure yet ("Fighting broke out in X. A monitor said 14
                # had been killed. An official said about 20 wounded people had been treated.")
                a = _attack_lacking(events, k, kind)
                if a is not None:
                    count = dataclasses.replace(got[0], text=story.text[got[0].start : got[0].end])
                    why = count_evidence(kind, count, "outcome-next-sentence", story.text)
                    given: dict[str, Any] = {kind: count}
                    events[a] = dataclasses.replace(events[a], evidence=(*events[a].evidence, why), **given)
                continue
            # a rival's figure: "Officials said only two had died."
            if got is not None and held is not None and rival and not opposed:
                figures = [m for m in mentions if m.kind == kind]
                lower = got[0].best < held.best and not _no_figure(figures)
                if lower and not _a_part_named(story.text, held, got[0]):
                    count = dataclasses.replace(got[0], text=story.text[got[0].start : got[0].end])
                    updates[kind] = count
                    evidence.append(count_evidence(kind, count, "lowest-report", story.text))
                continue
            if got is None or (held is not None and not more and not opposed):
                continue
            count = added = dataclasses.replace(got[0], text=story.text[got[0].start : got[0].end])
            if held is not None:  # more victims of the same attack: added, the span stays the first
                total = sum_counts([held, count])
                count = dataclasses.replace(total, text=held.text, start=held.start, end=held.end)
            updates[kind] = count
            # the evidence is the count told here ("Two of the gunmen also died"), not the total's span
            evidence.append(count_evidence(kind, added, "outcome-next-sentence", story.text))
        # "Two men were wounded. One of them later died in hospital.": one wounded, one dead
        died = [m.count for m in died_of_wounds if not m.attackers]
        hurt = updates.get("injured", ev.injured)
        if died and "dead" in updates and hurt is not None and all(hurt.start < c.start for c in died):
            # ("Seventeen people were hurt; two of them later died": the wounded of the same sentence)
            updates["injured"], taken_off = less_the_dead(hurt, died, story.text)
            evidence += taken_off
        # "The dead were four soldiers and ...", "Five of them died of their wounds": its dead
        if mentions or parts or any(m.listed for m in found):
            took[si] = k
        if updates:
            events[k] = dataclasses.replace(ev, evidence=tuple(evidence), **updates)


# how far before the attack a date in a toll's sentence makes it another, earlier incident
_BACKGROUND_DAYS = 14


def told_of_earlier(story: Story, span: Span, attack: Event) -> bool:
    """The sentence is dated weeks or more before the attack ("Similar protests last year left 20
    dead", "In 2020, three people were killed in the town"): background, not the attack's toll."""
    day = attack.when.date if attack.when is not None else None
    if day is None:
        return False
    cut = (date.fromisoformat(day) - timedelta(days=_BACKGROUND_DAYS)).isoformat()
    return any((t.date_end or t.date or "9999") < cut for t in _times_in(story, span))


def _told_days_after(story: Story, span: Span, attack: Event) -> bool:
    """The sentence is dated to a day after the attack's ("On Monday, the administrator put the toll
    at 14" after a Saturday attack)."""
    day = attack.when.date if attack.when is not None and attack.when.precision == "day" else None
    if day is None:
        return False
    return any(t.precision == "day" and (t.date or "") > day for t in _times_in(story, span))


def _times_in(story: Story, span: Span) -> list[TimeExpr]:
    """The temporal expressions told in the sentence ``span``."""
    return [t for t in story.times if span.start <= t.start < span.end]


def _counted_before(events: list[Event], k: int) -> bool:
    """An attack up to event ``k``, told up to three sentences before it, already holds a count: a
    first figure told after it is that attack's earlier report, not one for another act."""
    si = events[k].sentence_index
    return any(
        _an_attack(e) and e.sentence_index >= si - 3 and (e.dead is not None or e.injured is not None)
        for e in events[: k + 1]
    )


def _attack_lacking(events: list[Event], k: int, kind: str) -> int | None:
    """The attack told (as more than a casualty word) in the three sentences up to event ``k``'s,
    when it has no ``kind`` count yet."""
    si = events[k].sentence_index
    for j in range(k - 1, -1, -1):
        e = events[j]
        if e.sentence_index < si - 3:
            break
        if _an_attack(e) and e.trigger_text.lower() not in BARE_CUES:
            return j if getattr(e, kind) is None else None
    return None


def _also_did(text: str, ev: Event) -> bool:
    """The event is a further deed told with "also" and no toll ("the gunmen also abducted 20 women")."""
    before = text[max(ev.sentence.start, ev.trigger.start - 8) : ev.trigger.start].lower().split()
    return not _holds_toll(ev) and before[-1:] == ["also"]


def _told_again(text: str, ev: Event) -> bool:
    """The event is an attack named again by a definite noun with no toll ("the attack stemmed from a
    land dispute"), or its victims told again ("The two wounded, both teenagers, were taken to a
    hospital")."""
    before = text[max(ev.sentence.start, ev.trigger.start - 16) : ev.trigger.start].lower().split()
    word = ev.trigger_text.lower()
    if _holds_toll(ev) or not before:
        return False
    if word in ATTACK_NOUNS:
        return before[-1] in ("the", "this", "that")
    counted = len(before) >= 2 and before[-2] == "the" and bool(find_numbers(before[-1]))
    return word in _VICTIM_NOUNS and (before[-1] == "the" or counted)


# the victims as a noun: "the wounded", "the two dead"
_VICTIM_NOUNS = frozenset({"wounded", "injured", "dead"})


def _self_inflicted(m: CasualtyMention) -> bool:
    """The count is the attacker's own death by their hand ("turned the gun on himself")."""
    return m.kind == "dead" and (
        m.count.text.lower() in ("himself", "herself") or m.count.text.endswith("own life")
    )


_ONLY = re.compile(r"(?i)\bonly\b|^\s*(?:but|however)\b")


_EARLIER = re.compile(
    r"(?i)\b(?:initially|initial|originally|previously|earlier|first)\b"
)  # a superseded figure
_TOTAL = re.compile(
    r"(?i)\b(?:total|in all|altogether|overall|combined|so far|this year)\b"
    r"|\b(?:bringing|raising|taking|pushing)\s+(?:[\w-]+\s+){0,5}to\b"  # "bringing the number of dead to 17"
)


_ORDINAL_VICTIM = re.compile(
    r"(?i)^an?\s+(" + "|".join(ORDINAL_RANKS) + r"|[1-9]\d{0,2}(?:st|nd|rd|th))\b"  # "a 13th victim"
)


_SUSPECTS = frozenset({"suspect", "accused", "defendant", "fugitive", "robber", "thief"})


def ordinal_rank(count: Count, text: str) -> int | None:
    """The toll an ordinal victim makes: "a seventh victim died in hospital" -> 7."""
    m = _ORDINAL_VICTIM.match(text[count.start : count.end + 12])
    if m is None:
        return None
    after = re.match(r"\s+([a-z]+)", text[count.start + m.end() : count.start + m.end() + 20])
    if after is not None and after.group(1) in ATTACKERS | _SUSPECTS:
        return None  # "A fourth suspect ... was killed in that confrontation": no fourth victim
    word = m.group(1).lower()
    return int(word[:-2]) if word[0].isdigit() else ORDINAL_RANKS[word]


def _no_figure(told: Sequence[CasualtyMention]) -> bool:
    """The counts are no one's figure for a toll: one person told without a number ("A 17-year-old
    girl ... died early Sunday, police said") or a vague "several" ("found several people suffering
    from gunshot wounds")."""
    return bool(told) and all(
        m.method.endswith((":one", ":person")) or m.count.text.lower() in VAGUE_COUNT_WORDS for m in told
    )


def _rival_claim(sentence: str) -> bool:
    """The sentence is someone's own figure for the toll told before it: "Officials said only two
    people had died.", "But the army said it had lost three men.", "Local authorities said 19 had been
    killed.", "The prosecutor's office put the toll at seven." (ACLED keeps the lowest). Not an update
    ("later said", "rose to"), a superseded figure ("had initially reported seven"), a total ("in
    all") or more victims ("also", "another")."""
    if not CLAIM.search(sentence):
        return False
    if _ONLY.search(sentence):
        return True
    return not (
        UPDATE.search(sentence)
        or _EARLIER.search(sentence)
        or _FIRST_FIGURE.search(sentence)  # "An early police report had put the number of dead at four"
        or _TOTAL.search(sentence)
        or _adds_more(sentence)
    )


# the words an added toll may be told with besides the bare casualty cues ("in the ensuing gun battle")
# how the attackers' fall is told ("One of the attackers was killed when officers returned fire")
_FALL_TRIGGERS = FIGHTING | {"shot", "neutralised", "neutralized", "fire", "killing"}


def fold_outcomes(
    story: Story,
    events: list[Event],
    docs: dict[int, Any],
    fallen: Collection[int] = (),
    loose: bool = False,
) -> tuple[Event, ...]:
    """A sentence that only reports the toll of the attack told just before it ("A bomb exploded at
    the market in Gao. Five people were killed.") is that attack's outcome, not a second event: its
    counts (and its victims, when the attack names none) move to the attack (evidence
    ``outcome-next-sentence``) and the bare event is dropped.

    Bare: an ASSAULT whose trigger is the casualty word, with no source actor, in the sentence right
    after one with an ASSAULT, in the same paragraph, naming no place the attack's sentence does not,
    with no new-event word ("another", "second") and no date other than the attack's; and the attack
    holds no count of that kind yet (or the same one). The attackers' own fall ("Four of the attackers
    died in the ensuing gun battle", "Five attackers were shot dead", triggers in ``fallen``) and a
    toll that says it adds ("Two guards also died") are outcomes whatever their doer, and also when
    told of the fighting ("the exchange of fire"; not "the assault on the embassy", another attack):
    their dead are added to the attack's.

    Also folded: an ordinal victim a few sentences on ("A third man ... died in hospital": the toll
    rises to three, ``_raise_to_rank``); the attack named again ("the attack stemmed from a land
    dispute"), which lets the next sentence's toll reach the attack; the attack's wounded told again
    ("Three of the wounded were receiving treatment"); a rival's figure, the lowest kept; a new toll or
    the attackers' fall up to three sentences on.
    """
    out: list[Event] = []
    told: dict[int, int] = {}  # an attack's index in ``out`` -> the last sentence whose toll it took
    for ev in events:
        rank = _raise_to_rank(story, out, ev, loose)
        if rank is not None:
            told[rank] = ev.sentence_index
            continue
        at = _attack_before(out, ev, story.text)
        if at is not None and _told_again(story.text, ev):
            # "the attack" told again goes on: "Troops repelled the attack. Six soldiers were killed."
            # (not when the attack before holds no toll and another day: a feature's opening scene,
            # "the carpets were burning", before "The explosion tore through a mosque on Tuesday")
            goes_on = _holds_toll(out[at]) or _same_day(ev.when, out[at].when)
            if goes_on and not paragraph_break(story.text, out[at].sentence.end, ev.sentence.start, loose):
                told[at] = max(told.get(at, -1), ev.sentence_index)
            if _holds_toll(out[at]):
                out.append(ev)
                continue
        # the attackers' fall, or the other side's dead ("Troops killed about 20 insurgents" after
        # "killing 5 soldiers"), whoever the doer
        held_dead = out[at].dead if at is not None else None
        fell = ev.trigger.start in fallen or (
            held_dead is not None and ev.dead is not None and other_side(story.text, held_dead, ev.dead)
        )
        if at is not None and (fell or _also_did(story.text, out[at])) and not _holds_toll(out[at]):
            # the attackers' fall after another deed of theirs ("the attackers also burned the mosque"),
            # or any toll after such a deed ("the gunmen also abducted 20 women. Seven injured
            # villagers are receiving treatment"), belongs to the attack whose toll was told
            tolled = [k for k in range(at) if _an_attack(out[k]) and _holds_toll(out[k])]
            if tolled and out[tolled[-1]].sentence_index >= ev.sentence_index - 3:
                deed, at = out[at], tolled[-1]
                if not fell:  # the attack's story went on through the deed: the toll after it follows
                    told[at] = max(told.get(at, -1), deed.sentence_index)
        here = story.text[ev.sentence.start : ev.sentence.end]
        adds = fell or _adds_more(here) or _from_the_ruins(ev, here)
        last = told.get(at, -1) if at is not None else -1
        if at is None or not _bare_outcome(story, ev, out[at], docs, adds, fell, loose, last):
            out.append(ev)
            continue
        prev = out[at]
        if ev.dead is None and ev.injured is not None and prev.injured is not None:
            if _OF_THE_HURT.match(story.text, ev.injured.end):
                # "Three of the wounded were receiving treatment": the attack's wounded told again
                told[at] = ev.sentence_index
                continue
        updates: dict[str, Any] = {}
        evidence = list(prev.evidence)
        # "... were also killed", "Three of the attackers died"; not a total ("put the toll at 31" as
        # "more bodies were found"), which replaces a lower count
        total_told = _toll_told(ev) or _NOW_TOTAL.search(here) is not None  # "... now known to have died"
        more = adds and not total_told
        rival = _rival_claim(here) and (_ONLY.search(here) is not None or not _active_doer(ev, docs))
        # "Six people were killed on Thursday when armed men raided ...": a figure told with the act's
        # own day tells the story of the act, not a rival's count of it
        rival = rival and not (ev.when is not None and ev.when.method.startswith("clause:"))
        weighed = False  # a rival's figure set against the attack's: the report is the attack's
        first_figure = _FIRST_FIGURE.search(here) is not None
        here_counts: list[CasualtyMention] | None = None  # the sentence's counts, read once when needed
        for kind in ("dead", "injured"):
            got: Count | None = getattr(ev, kind)
            held: Count | None = getattr(prev, kind)
            if got is None:
                continue
            # "Police revised the number of injured to 15 after more victims came forward": a total
            kind_total = total_told or _toll_told(ev, kind)
            kind_more = more and not kind_total
            if first_figure and held is not None and got.best <= held.best:
                # "killing seven ... Police initially said five had died but raised the figure after
                # two more bodies were pulled out": how the toll grew, already in it
                weighed = True
                continue
            if _part_of_told(story.text, prev, kind, got, ev.sentence.start, ev):
                weighed = True  # "now say 13 people died ... Five of them died of their wounds"
                continue
            if held is not None and got.best <= held.best and _among_the_harmed(story.text, ev, got):
                # "injuring 15 people ... Among the injured were three police officers and a child,
                # officials said": some of the 15, no rival's figure
                weighed = True
                continue
            if held is not None and not adds and _one_told_again(story.text, ev, kind, got):
                # "shot dead a gendarme and a civilian ... The civilian killed was a taxi driver"
                weighed = True
                continue
            if held is not None:
                here_counts = here_counts if here_counts is not None else _counts_of(story, here, ev, docs)
                if _told_in_parts(here_counts, kind, held, here):
                    # "killing five people ... Four men died at the scene and a woman died later in
                    # hospital": the toll told again, part by part
                    weighed = True
                    continue
            if (
                kind == "dead"
                and held is not None
                and _toll_told(prev)
                and ev.sentence.start <= held.start < ev.sentence.end
            ):
                # "... and killed two of them, bringing the number of people killed to 11": the
                # sentence's own total holds them
                weighed = True
                continue
            if held is not None and (kind_more or other_side(story.text, held, got)):
                if kind == "dead" and _side_told_again(story.text, prev, got):
                    # "killing three members of the gang ... three of the kidnappers were shot dead":
                    # the same three, told again by their side
                    weighed = True
                    continue
                # more dead of the same attack, or the other side's: added, the span stays the first
                total = sum_counts([held, got])
                updates[kind] = dataclasses.replace(total, text=held.text, start=held.start, end=held.end)
                evidence.append(count_evidence(kind, got, "outcome-next-sentence", story.text))
                continue
            as_told = got
            if kind == "dead" and held is not None and total_told:
                got = _with_combatants(story.text, prev, got)
            # "the Red Cross put the toll at 31": the toll grew; "now counts 19 dead and 28 wounded"
            # after 17 and 30: two of the wounded died
            grew = got.best > held.best if held is not None else False
            fewer_hurt = kind == "injured" and "dead" in updates and held is not None and got.best < held.best
            if held is not None and kind_total and (grew or fewer_hurt) and not rival:
                updates[kind] = got
                method = "toll-update" if got is as_told else "civilian-toll-update"
                evidence.append(count_evidence(kind, got, method, story.text))
                continue
            if held is not None and held.best != got.best and rival:
                if got.best < held.best and _a_part_named(story.text, held, got):
                    weighed = True  # "left 14 people dead ... Two guardsmen were killed": some of them
                    continue
                if got.best < held.best:  # "Officials said only two people had died.": the lowest claim
                    updates[kind] = got
                    evidence.append(count_evidence(kind, got, "lowest-report", story.text))
                weighed = True  # "A civil society platform said four had been killed": a higher claim
                continue
            if held is not None and held.best != got.best:
                break  # two different tolls: two reports
            if held is None:
                updates[kind] = got
                evidence.append(count_evidence(kind, got, "outcome-next-sentence", story.text))
        else:
            # "Two of the wounded later died", "One of the injured officers died ..., bringing the
            # number of dead to three": dead now, no longer wounded
            if "dead" in updates and "injured" not in updates and prev.injured is not None:
                wounded_last = prev.dead is None and not fell
                dead_told = [ev.dead] if ev.dead is not None else []
                if _toll_told(ev) or total_told:
                    here_counts = (
                        here_counts if here_counts is not None else _counts_of(story, here, ev, docs)
                    )
                    dead_told = [m.count for m in here_counts if m.kind == "dead" and not m.attackers]
                died = [c for c in dead_told if of_the_wounded(c, story.text, wounded_last)]
                if died:
                    updates["injured"], taken_off = less_the_dead(prev.injured, died, story.text)
                    evidence += taken_off
            if updates or weighed:
                if not prev.target and ev.target:  # "Six soldiers were killed": the attack's victims
                    updates["target"] = ev.target
                    evidence += [e for e in ev.evidence if e.field == "target"]
                out[at] = dataclasses.replace(prev, evidence=tuple(evidence), **updates)
                told[at] = ev.sentence_index
                continue
        out.append(ev)
    return tuple(out)


def _side_told_again(text: str, attack: Event, got: Count) -> bool:
    """``got`` ("Five of the kidnappers") counts, on one side of the clash, as many as the attack's
    own sentence counted on that side ("A marine and five members of a kidnap gang were killed"):
    the same people told again, not more."""
    span = attack.sentence
    side = side_of(text, got) if not span.start <= got.start < span.end else None
    if side is None:
        return False
    return any(
        ne.best == got.best and side_of(text, Count(ne.low, ne.high, ne.best, "", ne.start, ne.end)) == side
        for ne in find_numbers(text[span.start : span.end], base=span.start)
    )


def _one_told_again(text: str, ev: Event, kind: str, got: Count) -> bool:
    """The count is one person told with "the" ("The civilian killed was a taxi driver"): one of
    the dead told before, not a figure of its own."""
    if got.best != 1 or not _the_before(text, got.start):
        return False
    return any(e.field == kind and e.start == got.start and e.method.endswith(":person") for e in ev.evidence)


def _counts_of(story: Story, sentence: str, ev: Event, docs: dict[int, Any]) -> list[CasualtyMention]:
    """The counts of ``ev``'s sentence, read with its parse when there is one (no rumour the story
    rejects)."""
    doc = docs.get(ev.sentence_index)
    doc = doc if getattr(doc, "text", None) == sentence else None
    found = find_counts(sentence, base=ev.sentence.start, doc=doc)
    return [m for m in found if not set_aside(story.text, ev.sentence, m)]


# words that add to a toll ("two more", "also") and an earlier report the sentence tells how grew
_ADDING = re.compile(r"(?i)\b(?:also|another|additional|further)\b|\bmore\b(?!\s+than)")
_EARLIER_REPORT = re.compile(
    r"(?i)\bhad\s+(?:[\w-]+\s+){0,4}?(?:reported|said|put|given|announced|counted|confirmed)\b"
)


def _told_in_parts(mentions: Sequence[CasualtyMention], kind: str, held: Count, sentence: str) -> bool:
    """A sentence's counts of ``kind`` are two or more parts that add up to the toll the attack
    holds: "Four men died at the scene and a woman died later in hospital" after "killing five", "The
    group had reported 15 deaths, but said that eight more people had died overnight" after "killed
    23". Parts told as more ("Two more died later and two were found on Sunday") add to the toll,
    unless the sentence tells how an earlier figure grew."""
    parts = [m.count.best for m in mentions if m.kind == kind and not m.subset]
    if len(parts) < 2 or sum(parts) != held.best:
        return False
    grew = _EARLIER_REPORT.search(sentence) is not None or _FIRST_FIGURE.search(sentence) is not None
    return grew or _ADDING.search(sentence) is None


_OF_THE_HURT = re.compile(r"(?i)\s+of\s+(?:the|those)\s+(?:wounded|injured|hurt)\b")
_OF_THEM = re.compile(r"(?i)\s+of\s+(?:them|those)\b")


def _part_of_told(
    text: str, ev: Event, kind: str, got: Count, sentence_start: int, own: Event | None = None
) -> bool:
    """``got`` ("Five of them"), opening its sentence, is some of the count of its kind that ``ev``
    told last: "now say 13 people died ... Five of them died of their wounds over the weekend" is 13,
    not 18. Not when the count told last is of the other kind ("three were wounded. One of them later
    died": one more dead), when the event ``got`` belongs to told a count of its own before it, nor
    later in a sentence, where "them" may be anyone ("Soldiers pursued the bandits and killed two of
    them")."""
    if not _OF_THEM.match(text, got.end) or text[sentence_start : got.start].strip():
        return False
    if own is not None and any(c is not None and c.start < got.start for c in (own.dead, own.injured)):
        return False
    held: Count | None = getattr(ev, kind)
    other: Count | None = getattr(ev, "injured" if kind == "dead" else "dead")
    if held is None or got.best > held.best:
        return False
    return other is None or other.start < held.start


# a sentence that opens on a list of some of the harmed: "Among the injured were", "Among those killed"
_AMONG_THE_HARMED = re.compile(
    r"(?i)\W*among\s+(?:the|those)\s+(?:dead|killed|injured|wounded|hurt|victims|casualties)\b"
)


def _among_the_harmed(text: str, ev: Event, got: Count) -> bool:
    """``got`` is told in a sentence opening "Among the injured were ...": some of a toll told before."""
    return got.start >= ev.sentence.start and _AMONG_THE_HARMED.match(text, ev.sentence.start) is not None


# the nouns a whole toll is told with, which a later count of one group of victims is part of
_ANYONE = frozenset({"", "people", "persons", "person", "individuals", "others"})


def _a_part_named(text: str, held: Count, got: Count) -> bool:
    """A later, smaller count names one group of the victims a whole toll told of people: "left 14
    people dead, 12 of them alleged gunmen ... Two guardsmen were killed" (the guardsmen are some of
    the 14), not a rival's figure for all of them ("Officials said only two people had died")."""
    return counted_noun(text, held) in _ANYONE and counted_noun(text, got) not in _ANYONE


def _the_attackers_counted(ev: Event) -> bool:
    """The attack's toll already holds attackers' dead (evidence ``dead.attackers``)."""
    return any(e.field == "dead.attackers" for e in ev.evidence)


def _raise_to_rank(story: Story, out: list[Event], ev: Event, loose: bool) -> int | None:
    """When ``ev`` is an ordinal victim's death ("A third man, who was critically wounded, died in
    hospital") and an attack a few sentences before holds the toll one less, that attack's toll rises
    to the rank (evidence ``ordinal-victim``), and takes the wounded told with the death when it holds
    none ("A sixth victim died on the way to hospital, and two others were wounded"); its index in
    ``out``, else None."""
    nth = ordinal_rank(ev.dead, story.text) if ev.dead is not None else None
    rank = _ranked_attack(story, out, ev, nth, loose) if nth is not None else None
    if rank is None or nth is None or ev.dead is None:
        return None
    c, prev = ev.dead, out[rank]
    count = Count(nth, nth, nth, story.text[c.start : c.end], c.start, c.end)
    raised = (*prev.evidence, count_evidence("dead", count, "ordinal-victim", story.text))
    hurt: dict[str, Any] = {}
    if ev.injured is not None and prev.injured is None:
        # "A sixth victim died on the way to hospital, and two others were wounded": the wounded too
        hurt["injured"] = ev.injured
        raised = (*raised, count_evidence("injured", ev.injured, "outcome-next-sentence", story.text))
    out[rank] = dataclasses.replace(prev, dead=count, evidence=raised, **hurt)
    return rank


def _ranked_attack(story: Story, out: Sequence[Event], ev: Event, nth: int, loose: bool) -> int | None:
    """The attack an ordinal victim is the next of: the last one in the three sentences before, in the
    same paragraph, whose toll is one less ("killed two men ... A third man died")."""
    for k in range(len(out) - 1, -1, -1):
        prev = out[k]
        if prev.sentence_index < ev.sentence_index - 3:
            return None
        if _an_attack(prev) and prev.dead is not None and prev.dead.best == nth - 1:
            if paragraph_break(story.text, prev.sentence.end, ev.sentence.start, loose):
                return None
            return k
    return None


def _attack_before(out: Sequence[Event], ev: Event, text: str) -> int | None:
    """The index in ``out`` of the attack a toll told at ``ev`` may belong to: the last attack not
    merely named again ("the attack stemmed from a land dispute"), or the one of its sentence that
    holds a toll ("troops killed 20 insurgents in fighting near X"); when that attack is in ``ev``'s
    own sentence and holds none, the last attack before it that does ("Troops repelled the attack and
    killed 20 insurgents")."""
    at = next(
        (k for k in range(len(out) - 1, -1, -1) if _an_attack(out[k]) and not _told_again(text, out[k])),
        None,
    )
    if at is None:
        return None
    same = [k for k in range(at + 1) if out[k].sentence_index == out[at].sentence_index]
    holding = [k for k in same if _an_attack(out[k]) and _holds_toll(out[k])]
    at = holding[-1] if holding else at
    if out[at].sentence_index == ev.sentence_index and not _holds_toll(out[at]):
        before = [k for k in range(at) if _an_attack(out[k]) and _holds_toll(out[k])]
        at = before[-1] if before else at
    return at


def _holds_toll(ev: Event) -> bool:
    return ev.dead is not None or ev.injured is not None


def _toll_told(ev: Event, kind: str = "dead") -> bool:
    """The event's dead (or wounded) are a toll ("bringing the death toll to four", "revised the
    number of injured to 15"), a total, not more victims."""
    return any(e.field == kind and e.method.startswith("toll") for e in ev.evidence)


def _attack_past_background(story: Story, events: list[Event], si: int, loose: bool) -> list[int]:
    """The attack told two sentences before ``si`` when the sentence between is background with no
    toll ("The chairman said the vigilantes had been pursuing a gang. 'We lost 11 men, and four others
    are receiving treatment,' he said."); [] when there is none, or a paragraph break."""
    between = story.sentences[si - 1]
    if mentions_casualties(story.text[between.start : between.end]):
        return []
    before = [k for k, e in enumerate(events) if e.sentence_index == si - 2 and _an_attack(e)]
    before = [k for k in before if _holds_toll(events[k])] or before
    if before and paragraph_break(
        story.text, events[before[-1]].sentence.end, story.sentences[si].start, loose
    ):
        return []
    return before


def _doer_in_parse(ev: Event, docs: dict[int, Any]) -> bool | None:
    """Whether the parse gives the event's trigger a subject ("Bandits killed ..."); None without a
    parse of its sentence."""
    doc = docs.get(ev.sentence_index)
    tok = token_at(doc, ev.trigger.start - ev.sentence.start) if doc is not None else None
    return None if tok is None else any(c.dep_ == "nsubj" for c in tok.children)


def _told_doer(ev: Event, docs: dict[int, Any]) -> bool:
    """The parse gives the event's trigger a subject ("Bandits killed ..."); False without a parse."""
    return _doer_in_parse(ev, docs) is True


def _active_doer(ev: Event, docs: dict[int, Any]) -> bool:
    """The toll is told as a deed with a doer ("the army said *it* killed dozens of insurgents"): its
    own act, not someone's figure for the toll told before ("officials said 19 had been killed").
    Without a parse, taken as a deed."""
    return _doer_in_parse(ev, docs) is not False


_BODIES = frozenset({"bodies", "corpses", "body", "corpse"})
_RUINS = re.compile(r"(?i)\b(?:rubble|debris|ruins|wreckage)\b")


def _from_the_ruins(ev: Event, sentence: str) -> bool:
    """Bodies pulled from the rubble after a strike ("rescuers pulled the bodies of a woman and her
    son from the rubble") are more dead of it, not bodies found of another killing."""
    return ev.trigger_text.lower() in _BODIES and _RUINS.search(sentence) is not None


_AMONG_HARMED = re.compile(r"(?i)\s*among\s+(?:the|those)\s+(?:dead|killed|victims|wounded|injured)\b")


def _among_told(text: str, m: CasualtyMention, events: Sequence[Event], si: int) -> bool:
    """ "Among the dead was Thabo Mokoena, 27" up to two sentences after an attack that holds its
    dead: one of them, after a sentence of the wounded ("Four others who were wounded remain in
    hospital")."""
    return told_among(text, m) and any(
        _an_attack(e) and getattr(e, m.kind) is not None and si - 2 <= e.sentence_index < si for e in events
    )


def told_among(text: str, m: CasualtyMention) -> bool:
    """The mention's list opens with "Among": "Among the dead were ...", "Among the injured was ..."."""
    return text[max(0, m.cue_start - 7) : m.cue_start].strip().lower() == "among"


def _an_attack(ev: Event) -> bool:
    """An event a toll told after it may belong to: an assault, or a raid (COERCE, seize; the toll makes
    it an attack in ``classify.finalize``)."""
    return ev.event_type == "ASSAULT" or (ev.event_type == "COERCE" and ev.mode == "seize")


def _taking(ev: Event) -> bool:
    """A seizure that is no raid ("occupied a police station", "captured the town"; a toll told after
    "Police raided a house" is the raid's)."""
    return ev.event_type == "COERCE" and not ev.trigger_text.lower().startswith(RAID_LEMMAS)


def _same_day(when: When | None, other: When | None) -> bool:
    """Both events are dated, and on the same day."""
    return when is not None and other is not None and when.date is not None and when.date == other.date


def _not_before(when: When, prev: When | None) -> bool:
    """The date is the attack's own or after it (bodies found two days later)."""
    if prev is not None and prev.method == "publication-date":
        return True  # an attack dated only by the story's day: the bodies' day tells nothing against it
    return prev is not None and prev.date is not None and when.date is not None and when.date >= prev.date


def _toll_taken(story: Story, attack: Event, k: int) -> bool:
    """The attack took a toll told in sentence ``k``, or the sentence names some of the people its toll
    counts ("Among the dead were two children")."""
    s = story.sentences[k]
    if _AMONG_HARMED.match(story.text, s.start):
        return True
    return any(e.field in ("dead", "injured") and s.start <= e.start < s.end for e in attack.evidence)


def _bare_outcome(
    story: Story,
    ev: Event,
    prev: Event,
    docs: dict[int, Any],
    adds: bool = False,
    fell: bool = False,
    loose: bool = False,
    last: int = -1,
) -> bool:
    # the attackers' fall may be told in the attack's own sentence: "killing seven soldiers, but troops
    # killed 11 of the attackers in the ensuing gun battle"
    same = fell and ev.sentence_index == prev.sentence_index and prev.trigger.start < ev.trigger.start
    # the sentence right after the attack, or after the last one whose toll the attack took, or a
    # speaker's answer in a briefing's transcript ("Q: And the injured? A: Seven people were injured.")
    answer = in_answer(story.text, ev.sentence.start)
    follows = ev.sentence_index == prev.sentence_index + 1 or (last >= 0 and ev.sentence_index == last + 1)
    follows = follows or answer
    # or after a sentence or two whose tolls the attack took, when it tells a kind of toll the attack
    # does not hold ("Gunmen fired into a house. Police confirm three dead. A teenage boy was wounded.";
    # not a second figure for the dead: "Police initially said eight people had died. The health
    # director said 11 people had been killed")
    between = range(prev.sentence_index + 1, ev.sentence_index)
    new_kind = (ev.dead is None or prev.dead is None) and (ev.injured is None or prev.injured is None)
    follows = follows or (
        new_kind and 0 < len(between) <= 2 and all(_toll_taken(story, prev, k) for k in between)
    )
    # or the sentence after a list of the victims, one to a line ("Victims killed:\n1. ...\n2. ...")
    # (after the attack's toll, or a heading of the list's own: "Eleven civilians were killed. Victims
    # confirmed by our documentation team:")
    for j in range(prev.sentence_index, min(prev.sentence_index + 3, ev.sentence_index)):
        told = all(
            k == last or _toll_taken(story, prev, k) or story.text[: story.sentences[k].end].endswith(":")
            for k in range(prev.sentence_index + 1, j + 1)
        )
        follows = follows or (told and lines_between(story.text, story.sentences[j].end, ev.sentence.start))
    # the attackers' fall, or a new toll, may come after a sentence or two on the attack ("The group said
    # the attackers also burned the mosque. The army said it killed 14 of the attackers.", "Rescuers said
    # two of the dead were children. A man wounded in the blast died, bringing the toll to six.")
    follows = follows or ((fell or _toll_told(ev)) and ev.sentence_index <= prev.sentence_index + 3)
    if (
        ev.event_type != "ASSAULT"
        or (ev.source and not adds)
        or (not follows and not same)
        or (ev.dead is None and ev.injured is None)
        or not (
            ev.trigger_text.lower() in BARE_CUES
            # bodies found: the attack's dead only in a story that follows one incident from its lead
            or ((loose or adds) and ev.dead is not None and ev.trigger_text.lower() in _BODIES)
            or (adds and ev.dead is not None and ev.trigger_text.lower().split()[-1] in _FALL_TRIGGERS)
            # "Four of the assailants were killed in the counter-attack and their vehicle was destroyed":
            # the fall told first, the word the event was made from after it (not "repelled the
            # assault on the embassy and three attackers were killed", an attack of its own)
            or (fell and ev.dead is not None and ev.dead.end <= ev.trigger.start)
            or (adds and ev.dead is not None and _named_again(ev, story.text))
        )
        or (paragraph_break(story.text, prev.sentence.end, ev.sentence.start, loose) and not answer)
    ):
        return False
    here = story.text[ev.sentence.start : ev.sentence.end]
    if new_event(here):
        return False
    # the attackers hunted down the next day ("... were killed on Tuesday"); not a new operation told
    # with a deed of its own ("On Tuesday gendarmes freed three of the hostages, killing one")
    told_bare = ev.trigger_text.lower() in BARE_CUES or ev.trigger_text.lower().split()[-1] in FIGHTING
    later = (
        (fell and told_bare)
        or ev.trigger_text.lower() in _BODIES
        or _follow_up(here)
        or _toll_told(ev)
        or _ENSUING.search(here) is not None  # "killed in the ensuing gunfight, which lasted until ..."
    )
    # "The network now counts nineteen dead": the day of the count, not of the act
    own_date = (
        ev.when is not None
        and ev.when.method != "publication-date"
        and not ev.when.method.endswith(":reference")
    )
    if ev.when is not None and own_date and not ev.when.method.startswith("narrative"):
        # the bodies may be found, and the wounded die, days after the attack; a date carried over from
        # the sentence before ("... died on Monday. At least 20 others were wounded.") is not its own
        found_later = later and _not_before(ev.when, prev.when)
        if not found_later and (
            prev.when is None or (prev.when.date, prev.when.precision) != (ev.when.date, ev.when.precision)
        ):
            return False
    # "In Mopti, two soldiers were killed": another place, another incident
    before = story.text[prev.sentence.start : prev.sentence.end]
    names = places_told(here)
    doc = docs.get(ev.sentence_index)
    if doc is not None and getattr(doc, "text", None) == here:
        names += places_parsed(here, doc)
    return all(n in before for n in names)


# a toll told as the act's result, wherever it names: "As result of hit on residential building in
# Kyivskyi district 3 persons died" (a translated report's quarter of the city struck)
_AS_A_RESULT = re.compile(
    r"(?i)\s*(?:as\s+(?:a\s+)?result\s+of|due\s+to)\s+(?:the\s+|this\s+|that\s+)?(?:[a-z]+\s+)?"
    r"(?:hit|hits|strike|strikes|attack|shelling|explosion|blast|bombing|impact)\b"
)
_THE_BEFORE = re.compile(r"(?i)\bthe\s+(?:[a-z-]+\s+)?$")
_ITS_OWN_TARGET = re.compile(r"(?i)\s+(?:on|against|at|in|near|by)\b")


def _named_again(ev: Event, text: str) -> bool:
    """The attack named again with a definite article: "nine villagers also died in *the strikes*"."""
    if (
        ev.trigger_text.lower() not in ATTACK_NOUNS
        and ev.trigger_text.lower().rstrip("s") not in ATTACK_NOUNS
    ):
        return False
    if _ITS_OWN_TARGET.match(text, ev.trigger.end):
        return False  # "the assault on the embassy": an attack with a target of its own
    return _THE_BEFORE.search(text, ev.sentence.start, ev.trigger.start) is not None


_TOLL_HINT = re.compile(r"(?i)\btoll\b|\bnumber of (?:the )?(?:dead|deceased|injured|wounded)\b")


def headline_tolls(story: Story, events: list[Event]) -> None:
    """A headline's toll ("Tavern shooting: five killed, three wounded") over a body that tells the
    attack without one ("Two men walked into the tavern ... and fired at the patrons"): the first
    attack of the body's first two sentences takes the count it lacks (evidence ``headline``). The
    headline's own events are not coded (:func:`whimbrel.nlp.headline`): it restates the body."""
    title = headline(story.text)
    if title is None:
        return
    found = [m for m in find_counts(story.text[title[0] : title[1]], base=title[0]) if not m.subset]
    body = [k for k, e in enumerate(events) if e.trigger.start >= title[1] and _an_attack(e) and eligible(e)]
    if not found or not body:
        return
    first = events[body[0]].sentence_index
    k = next((k for k in body if events[k].sentence_index < first + 2), None)
    if k is None:
        return
    ev, updates, evidence = events[k], dict[str, Any](), list(events[k].evidence)
    for kind in ("dead", "injured"):
        got = combine([m for m in found if m.kind == kind], story.text)
        if got is None or getattr(ev, kind) is not None:
            continue
        count = dataclasses.replace(got[0], text=story.text[got[0].start : got[0].end])
        updates[kind] = count
        evidence.append(count_evidence(kind, count, "headline", story.text))
    if updates:
        events[k] = dataclasses.replace(ev, evidence=tuple(evidence), **updates)


def their_bodies(story: Story, events: list[Event]) -> None:
    """ "Their bodies were found" with no count of its own: the people counted last in the sentence
    before ("armed men abducted 4 brothers ... Their bodies were found beside a highway" -> 4 dead)."""
    for k, ev in enumerate(events):
        if ev.dead is not None or ev.sentence_index == 0 or ev.trigger_text.lower() not in _BODIES:
            continue
        if _THEIR.search(story.text, max(0, ev.trigger.start - 12), ev.trigger.start) is None:
            continue
        span = story.sentences[ev.sentence_index - 1]
        toks = tokens(story.text[span.start : span.end])
        ne = last_count_before(toks, len(toks), span.start, set())
        if ne is None or ne.best < 2:
            continue
        count = Count(ne.low, ne.high, ne.best, story.text[ne.start : ne.end], ne.start, ne.end)
        evidence = (*ev.evidence, count_evidence("dead", count, "their-bodies", story.text))
        events[k] = dataclasses.replace(ev, dead=count, evidence=evidence)


_THEIR = re.compile(r"(?i)\btheir\s+$")

# a toll of the civilians alone: "bringing the civilian death toll to 13", "the toll among civilians"
_CIVILIAN_TOLL = re.compile(
    r"(?i)\bcivilian\s+(?:death\s+)?(?:toll|deaths)\b|\btoll\s+(?:among|of)\s+(?:the\s+)?civilians\b"
    r"|\bnumber\s+of\s+(?:civilians?|residents|villagers|inhabitants)\b"
)
# the evidence of a count that replaces the event's dead rather than adding to them
_REPLACING = ("toll", "civilian-toll", "lowest-report", "ordinal-victim")


def _civilian_toll(text: str, toll: Count) -> bool:
    return _CIVILIAN_TOLL.search(text, max(0, toll.start - 60), toll.start) is not None


def _with_combatants(text: str, ev: Event, toll: Count) -> Count:
    """A civilian toll ("bringing the civilian death toll to 13") replaces the civilians the event
    counts, not the fighters counted beside them ("peacekeepers had killed four of the assailants"):
    those are added to it (13 + 4; evidence ``civilian-toll-update``). Any other toll is returned as
    it is, the same object."""
    if not _civilian_toll(text, toll):
        return toll
    fighters = 0
    for e in ev.evidence:
        if e.field != "dead":
            continue
        if e.method.startswith(_REPLACING):
            fighters = 0  # the counts before a replacing toll are in it
            continue
        for n in find_numbers(e.text, base=e.start):  # each part of a sum ("seven miners, and ... two")
            part = Count(n.best, n.best, n.best, text[n.start : n.end], n.start, n.end)
            if side_of(text, part) is not None:
                fighters += part.best
    if not fighters:
        return toll
    low = None if toll.low is None else toll.low + fighters
    high = None if toll.high is None else toll.high + fighters
    return dataclasses.replace(toll, low=low, high=high, best=toll.best + fighters)


def later_tolls(
    story: Story, events: list[Event], with_events: set[int], fallen: Collection[int] = ()
) -> None:
    """A toll in a sentence without a violent event of its own ("The death toll later rose to 20.")
    updates the count of the last violent event before it that already holds a count of that kind,
    when the toll is higher (evidence ``toll-update``), or when it is a rival's lower claim ("The
    prosecutor's office put the toll at seven.", evidence ``lowest-report``). The attackers' fall
    (triggers in ``fallen``: "guards shot dead two of the attackers") is not a civilian toll's event
    while an attack told before it holds a count: the fall is added to that attack later."""
    for si, span in enumerate(story.sentences):
        text = story.text[span.start : span.end]
        if si in with_events or not _TOLL_HINT.search(text):
            continue
        rival = _rival_claim(text)  # "The prosecutor put the toll at 7.": someone's own figure
        for m in find_counts(text, base=span.start):
            if set_aside(story.text, span, m):
                continue  # "We found nothing that supports a toll of 30", an older entry's figure
            if not m.toll or m.subset or m.kind not in ("dead", "injured"):
                continue
            before = [k for k, e in enumerate(events) if eligible(e) and e.sentence_index < si]
            held = [k for k in before if getattr(events[k], m.kind, None) is not None]
            if _civilian_toll(story.text, m.count):
                held = [k for k in held if events[k].trigger.start not in fallen] or held
            if not held:
                continue
            ev = events[held[-1]]
            old: Count = getattr(ev, m.kind)
            # "On Monday, after a search of the forest, the administrator put the toll at 14": a higher
            # figure given days after the attack's is an update, not a rival's (a lower one still is)
            later = m.count.best > old.best and _told_days_after(story, span, ev)
            as_told = m.count
            if m.kind == "dead":
                m = dataclasses.replace(m, count=_with_combatants(story.text, ev, m.count))
            lower = m.count.best < old.best and rival
            if (m.count.best <= old.best or (rival and not later)) and not lower:
                continue  # of conflicting figures the lowest is kept; a higher one only updates
            count = dataclasses.replace(m.count, text=story.text[m.count.start : m.count.end])
            method = (
                "lowest-report" if lower else "toll-update" if m.count is as_told else "civilian-toll-update"
            )
            evidence = (*ev.evidence, count_evidence(m.kind, count, method, story.text))
            if m.kind == "dead":
                events[held[-1]] = dataclasses.replace(ev, evidence=evidence, dead=count)
            else:
                events[held[-1]] = dataclasses.replace(ev, evidence=evidence, injured=count)
