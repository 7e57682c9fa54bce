"""Dead and injured counts linked to violent events: the stage ``casualties.count.v1``.

The counts of each sentence (``whimbrel.casualty_counts``) go to the nearest violent event (ASSAULT,
COERCE, PROTEST in riot mode) of their sentence and set ``event.dead`` / ``event.injured`` with
Evidence; a toll counts every death told of the event, its attackers' included (ACLED's fatalities;
evidence ``dead.attackers`` keeps their share).

One event, several counts of a kind: subsets ("including 2 women", "5 of them children") are dropped;
a toll ("the death toll rose to 45", "45 deaths") wins; counts sharing one cue are added ("killed 5
soldiers and 3 civilians" -> 8, "killing a woman and her three children" -> 4, the span covering
all); counts of other cues are added unless they repeat a best already counted ("Two killed: two
people were killed in ..." -> 2) or report against each other (the lowest of conflicting claims, the
later of an update: ``casualty_reports.combine``).

Linking: a count goes to the event whose trigger is nearest its cue in the dependency tree (when the
sentence was parsed), else in characters; ties go to the earlier event. An attacker's death by their
own hand is counted with the attack told before it ("killing two of them, before shooting himself
dead": not the "shooting" of the suicide).

Tolls told in other sentences (a later toll, an outcome sentence, a rival's figure) are read by
:mod:`whimbrel.casualty_tolls` once every sentence's counts are linked; last, the suicide attackers a
figure is told without are added to it (:mod:`whimbrel.casualty_attackers`). A group's claim of what
its attack did ("claiming to have killed dozens of soldiers") told after another act's toll is kept
as evidence ``dead.claim``, not as a toll.

Repeats: events are visited in story order. A count of 2 or more is a repeat, and the field stays None
(evidence ``dead.repeat`` / ``injured.repeat``), when an event of the same type in an earlier sentence
already holds a count of the same kind with equal (low, high, best) and text, its sentence has no
new-event word (another, second, third, separate, fresh, new, further), and this event has no trigger
of its own (its trigger is the casualty cue: "officials said 12 were killed") or the count is definite
("the 12 dead", "those 12"). "In a second attack, 12 people were killed" counts again.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Sequence
from typing import Any

from .casualty_attackers import add_left_out, shot_them
from .casualty_by_age import wounded_by_age_died
from .casualty_causes import another_act
from .casualty_corrections import corrected_tolls
from .casualty_counts import CasualtyMention, find_counts
from .casualty_lists import named_on_lines
from .casualty_reports import (
    ELIGIBLE,
    STAGE,
    claimed_credit,
    combine,
    count_evidence,
    dismissed_claim,
    dismissed_next,
    eligible,
    less_the_dead,
    new_event,
    of_the_wounded,
    set_aside,
)
from .casualty_tolls import (
    eventless_tolls,
    fold_outcomes,
    headline_tolls,
    later_tolls,
    ordinal_rank,
    their_bodies,
    told_among,
)
from .casualty_words import (
    ATTACKER_GROUPS,
    ATTACKERS,
    CLAIM,
    UNCONFIRMED,
    UNIT_WORDS,
    counted_noun,
    rival_figure,
)
from .digests import row_tolls
from .forms import form_tolls
from .nlp import one_line_paragraphs, token_at
from .numbers import ws
from .registry import stage
from .types import Event, Story

log = logging.getLogger(__name__)

_DEFINITE = ws("the these those all")
# --------------------------------------------------------------------------- the stage


def _tree_distance(a: Any, b: Any) -> int | None:
    depth_b = {t.i: d for d, t in enumerate([b, *b.ancestors])}
    return next((d + depth_b[t.i] for d, t in enumerate([a, *a.ancestors]) if t.i in depth_b), None)


def _link(
    mentions: Sequence[CasualtyMention], events: Sequence[tuple[int, Event]], doc: Any, sent_start: int
) -> dict[int, list[CasualtyMention]]:
    """Each mention goes to the nearest event: dependency distance, else characters; ties to the earlier.
    An assault of the sentence comes before a coercive act ("73 died in police firing while 2,500
    were arrested": the dead are the firing's), unless the cue is the coercive act's own word."""
    out: dict[int, list[CasualtyMention]] = {}
    for m in mentions:
        keys = []
        for idx, ev in events:
            spans = _trigger_spans(ev)
            overlap = any(s < m.cue_end and m.cue_start < e for s, e in spans)
            # "... and six more in Y": a count that is itself the act's trigger is that act's
            own = any(s < m.count.end and m.count.start < e for s, e in spans)
            overlap = overlap or own
            if (
                ev.event_type != "ASSAULT"
                and not overlap
                and any(e.event_type == "ASSAULT" for _, e in events)
            ):
                continue
            chars = 0.0 if overlap else abs((m.cue_start + m.cue_end - ev.trigger.start - ev.trigger.end) / 2)
            tree = chars
            if doc is not None and not overlap:
                ta = token_at(doc, m.cue_start - sent_start)
                tb = token_at(doc, ev.trigger.start - sent_start)
                dist = _tree_distance(ta, tb) if ta is not None and tb is not None else None
                tree = float(dist) if dist is not None else 1000.0 + chars
            keys.append((-1.0 if own else tree, chars, idx))
        if keys:
            out.setdefault(min(keys)[2], []).append(m)
    return _with_their_victims(out, events)


def _with_their_victims(
    linked: dict[int, list[CasualtyMention]], events: Sequence[tuple[int, Event]]
) -> dict[int, list[CasualtyMention]]:
    """An attacker's death by their own hand is counted with the attack told before it in the
    sentence: "opened fire on fellow soldiers, killing three of them, before shooting himself dead".
    When the suicide's own verb is an act ("shooting"), the counts that went to it go to the last
    attack before it; otherwise the death joins the act that holds the dead told before it."""
    for idx, ms in list(linked.items()):
        for m in list(ms):
            if m not in ms or m.kind != "dead" or m.count.text.lower() not in ("himself", "herself"):
                continue
            ev = next(e for k, e in events if k == idx)
            if ev.trigger.start <= m.cue_start < ev.trigger.end:  # "shooting himself dead" is the act
                before = [
                    k for k, e in events if e.event_type == "ASSAULT" and e.trigger.end <= ev.trigger.start
                ]
                if before:
                    linked.setdefault(before[-1], []).extend(ms)
                    linked[idx] = ms = []
                continue
            victims = [
                k
                for k, others in linked.items()
                if k != idx and any(o.kind == "dead" and o.count.end <= m.count.start for o in others)
            ]
            if victims and not any(o is not m and o.kind == "dead" for o in ms):
                ms.remove(m)
                linked[victims[0]].append(m)
    return {k: ms for k, ms in sorted(linked.items()) if ms}


def _trigger_spans(ev: Event) -> list[tuple[int, int]]:
    """The event's trigger and the words merged into it ("brought down by a drone ..., *killing*")."""
    merged = [
        (e.start, e.end) for e in ev.evidence if e.field == "event_type" and e.method == "merged-trigger"
    ]
    return [(ev.trigger.start, ev.trigger.end), *merged]


@stage(STAGE, requires=("events",), assigns=("events", "event.dead", "event.injured"))
def count_casualties(story: Story) -> Story:
    """Set ``dead`` / ``injured`` on violent events from the counts of their sentences."""
    if not story.events:
        return story
    from .nlp import parse_of

    docs = {ps.index: ps.doc for ps in parse_of(story).sentences}
    by_sentence: dict[int, list[tuple[int, Event]]] = {}
    for idx, ev in enumerate(story.events):
        if eligible(ev):
            by_sentence.setdefault(ev.sentence_index, []).append((idx, ev))
    new = list(story.events)
    # (type, kind, low, high, best, text) -> (first sentence, the people counted)
    held: dict[tuple[Any, ...], tuple[int, str]] = {}
    fallen: set[int] = (
        set()
    )  # triggers of events whose dead are all attackers ("Five attackers were shot dead")
    for si in sorted(by_sentence):
        span = by_sentence[si][0][1].sentence
        text = story.text[span.start : span.end]
        doc = docs.get(si)
        doc = doc if getattr(doc, "text", None) == text else None
        mentions = find_counts(text, base=span.start, doc=doc) + named_on_lines(story.text, span)
        # "Posts on X said that 'three people' were killed" in a story that finds it false, an older
        # entry's figure in a live page: no toll
        mentions = [m for m in mentions if not set_aside(story.text, span, m)]
        if doc is not None:
            here = [ev for _, ev in by_sentence[si]]
            mentions = [m for m in mentions if not another_act(m, doc, span.start, here)]
        for idx, ms in sorted(_link(mentions, by_sentence[si], doc, span.start).items()):
            ev, updates = new[idx], dict[str, Any]()
            evidence = list(ev.evidence)
            # the toll is every death told of the act, its attackers' included (ACLED's fatalities);
            # the attackers' share is kept as evidence of its own
            for m in ms:
                if m.kind == "dead" and m.attackers and not m.subset and not _own_cue(ev, m):
                    evidence.append(
                        count_evidence("dead.attackers", m.count, "attackers-included", story.text)
                    )
            dead = [m for m in ms if m.kind == "dead" and not m.subset]
            if dead and all(m.attackers or _the_attackers(story.text, m) for m in dead):
                fallen.add(ev.trigger.start)
            # "six soldiers were wounded, one of whom died later": some of the wounded, not of the dead
            told = sorted(ms, key=lambda m: m.count.start)
            of_wounded = [
                m
                for k, m in enumerate(told)
                if k
                and m.kind == "dead"
                and not m.attackers
                and of_the_wounded(m.count, story.text, told[k - 1].kind == "injured")
            ]
            for kind in ("dead", "injured"):
                of_kind = [m for m in ms if m.kind == kind]
                whole = [m for m in of_kind if not m.subset or m in of_wounded]
                if not whole and any(not m.subset for m in ms):  # "wounded seven; two of them later died"
                    whole = of_kind
                if (
                    not whole
                    and of_kind
                    and all(m.listed for m in of_kind)
                    and not _among_a_toll_told(story.text, of_kind, new, si, kind)
                ):
                    whole = of_kind  # "Among the dead were two soldiers and a nurse", no other figure
                if not whole and of_kind and _of_a_group_uncounted(new, si, ms, story.text):
                    whole = of_kind  # "opened fire on young men ... One of them was killed"
                # "claimed to have killed 30 ..., but the army denied the figure, saying two soldiers
                # and 11 militants had been killed": the claim set aside, the army's figure kept
                rejected = [m for m in whole if _rejected(text, story.text, span, m.count.start)]
                if rejected and len(rejected) < len(whole):
                    whole = [m for m in whole if m not in rejected]
                    for m in rejected:
                        why = count_evidence(f"{kind}.claim", m.count, "dismissed-claim", story.text)
                        evidence.append(why)
                got = combine(whole, story.text)
                if got is None:
                    period = next((m for m in of_kind if m.period), None)
                    if period is not None and getattr(ev, kind) is None:
                        # "27 people have been killed so far this year": seen, and no toll of this act
                        evidence.append(
                            count_evidence(f"{kind}.period", period.count, "period-total", story.text)
                        )
                    continue
                count = dataclasses.replace(got[0], text=story.text[got[0].start : got[0].end])
                rank = ordinal_rank(count, story.text) if kind == "dead" and count.best == 1 else None
                if rank is not None and not _toll_told_before(new, si):
                    # "A seventh person has died following an attack on a bar": the toll is seven
                    count = dataclasses.replace(count, low=rank, high=rank, best=rank)
                    evidence.append(count_evidence(kind, count, "ordinal-victim", story.text))
                    updates[kind] = count
                    continue
                if _rejected(text, story.text, span, count.start):
                    # "The group said it had killed 'more than 20 soldiers'; officials dismissed that
                    # claim", or dismissed it in the next sentence: seen, and no toll
                    evidence.append(count_evidence(f"{kind}.claim", count, "dismissed-claim", story.text))
                    continue
                # a higher death toll than one told before, in a sentence that tells it as a figure no
                # one confirmed or as residents' own, is set aside (ACLED keeps the lowest of competing
                # figures): "Twelve soldiers were killed ... JNIM said its fighters had killed more than
                # 60 soldiers, a claim that could not be independently checked"; "killing 15 people ...
                # Residents told reporters the real number of dead was closer to 40"
                higher = (
                    kind == "dead" and _toll_told_before(new, si) and count.best > _most_before(new, si, kind)
                )
                if (
                    higher
                    and UNCONFIRMED.search(text) is not None
                    and CLAIM.search(text, 0, max(0, count.start - span.start)) is not None
                ):
                    evidence.append(count_evidence(f"{kind}.claim", count, "unconfirmed-claim", story.text))
                    continue
                if (
                    higher
                    and rival_figure(text)
                    and not _CONFIRMED.search(story.text, span.end, span.end + 200)
                ):
                    evidence.append(count_evidence(f"{kind}.claim", count, "rival-higher-figure", story.text))
                    continue
                if claimed_credit(text, count.start - span.start) and _toll_told_before(new, si):
                    # "Eight people were killed, police said. ... Al-Shabaab said it carried out the
                    # attack, claiming to have killed dozens of soldiers": the group's claim, no toll
                    evidence.append(count_evidence(f"{kind}.claim", count, "claimed-credit", story.text))
                    continue
                key = (ev.event_type, kind, count.low, count.high, count.best, count.text.lower())
                who = counted_noun(story.text, count)
                first, first_who = held.get(key, (si, who))
                # "three traders" is no repeat of "three attackers"
                same_people = not who or not first_who or who == first_who
                if (
                    count.best >= 2
                    and first < si
                    and same_people
                    and not _new_report(ev, of_kind, story.text)
                ):
                    log.debug("story %s: %s count %r repeats an earlier sentence", story.id, kind, count.text)
                    evidence.append(
                        count_evidence(f"{kind}.repeat", count, "repeat-earlier-sentence", story.text)
                    )
                    continue
                held.setdefault(key, (si, who))
                updates[kind] = count
                evidence.append(count_evidence(kind, count, got[1], story.text))
            # "received 18 wounded people; three of them died": fifteen wounded, three dead
            died = [m.count for m in of_wounded]
            if died and "injured" in updates and "dead" in updates:
                updates["injured"], taken_off = less_the_dead(updates["injured"], died, story.text)
                evidence += taken_off
            if len(evidence) != len(ev.evidence):
                new[idx] = dataclasses.replace(ev, evidence=tuple(evidence), **updates)
    loose = one_line_paragraphs(story)  # web news: a paragraph break does not end the incident
    eventless_tolls(story, new, set(by_sentence), docs, loose)
    # after: "... counted 18 dead. The police put the toll at 15."
    later_tolls(story, new, set(by_sentence), fallen)
    their_bodies(story, new)
    shot_them(story, new, fallen)
    headline_tolls(story, new)
    folded = list(fold_outcomes(story, new, docs, fallen, loose))
    wounded_by_age_died(story, folded)  # "aged 19 and 31, were wounded. ... The 31-year-old died"
    folded = corrected_tolls(story, folded)  # "Correction: An earlier version of this story said ..."
    folded = row_tolls(story, folded, set(ELIGIBLE))  # "| 10 August | Teupasenti | 5 | 1 |"
    folded = form_tolls(story, folded, frozenset(ELIGIBLE))  # "Fatalities: 14", "Wounded: 6"
    return dataclasses.replace(story, events=tuple(add_left_out(story, folded)))


def _of_a_group_uncounted(events: Sequence[Event], si: int, ms: Sequence[CasualtyMention], text: str) -> bool:
    """Every count of the sentence is "N of them", and no act told before holds a count: the part is
    of a group told without a number ("opened fire on young men standing at the entrance. One of them
    was killed"), so it is the toll itself, not part of one."""
    if any(not _OF_THEM.match(text, m.count.end) for m in ms):
        return False
    return not any(
        ev.sentence_index < si and (ev.dead is not None or ev.injured is not None) for ev in events
    )


def _toll_told_before(events: Sequence[Event], si: int) -> bool:
    """An attack told in an earlier sentence already holds a toll."""
    return any(ev.dead is not None and ev.sentence_index < si for ev in events)


def _among_a_toll_told(
    text: str, listed: Sequence[CasualtyMention], events: Sequence[Event], si: int, kind: str
) -> bool:
    """A list opened by "Among the dead were" names some of a toll an earlier sentence told, no toll
    of its own ("killed at least 26 civilians ... Among the dead were eight women and five children,
    he said, adding that houses had been set on fire": not 13 dead of the arson)."""
    return told_among(text, listed[0]) and _most_before(events, si, kind) >= sum(m.count.best for m in listed)


# a figure confirmed right after it is told: "The hospital confirmed the figure."
_CONFIRMED = re.compile(r"(?i)\bconfirmed\s+(?:the|that|this|their|its)\s+(?:figure|toll|number|count)\b")


def _most_before(events: Sequence[Event], si: int, kind: str) -> int:
    """The highest count of ``kind`` ("dead", "injured") an act told in an earlier sentence holds (0
    when none)."""
    return max(
        (c.best for ev in events if ev.sentence_index < si and (c := getattr(ev, kind)) is not None),
        default=0,
    )


def _own_cue(event: Event, m: CasualtyMention) -> bool:
    return event.trigger.start <= m.cue_start < event.trigger.end


def _the_attackers(text: str, m: CasualtyMention) -> bool:
    """The count is of the attackers told of before: "troops killed 11 *of the attackers*", "tracked
    down and killed *all* three attackers", "officers shot *the assailant* dead"."""
    if _ONE_ATTACKER.fullmatch(m.count.text):
        return True
    if _OF_THEM.match(text, m.count.end):
        return _last_plural(text[_sentence_start(text, m.count.start) : m.count.start]) in ATTACKER_GROUPS
    m2 = _THE_ATTACKERS.match(text, m.count.end)
    if m2 is None:
        return False
    return (
        "the" in m2.group(0).split()
        or _ALL_THE.search(text, max(0, m.count.start - 8), m.count.start) is not None
    )


def _sentence_start(text: str, at: int) -> int:
    stop = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at))
    return stop + 1


def _last_plural(text: str) -> str:
    """The last plural noun of ``text``, the group a following "of them" counts from ("pursued the
    raiders and killed four of them"): a word ending in s or a plural in ``ATTACKER_GROUPS``; "" when
    none."""
    for w in reversed(re.findall(r"[A-Za-z]+", text)):
        w = w.lower()
        if w in ATTACKER_GROUPS or w in ("men", "people", "women", "children"):
            return w
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss") and w not in _NOT_PLURAL:
            return w
    return ""


# words ending in s that are no plural group, and units a pursuit is told in ("for hours")
_NOT_PLURAL = ws("this thus various previous serious famous during") | UNIT_WORDS
_OF_THEM = re.compile(r"\s+of\s+them\b")
_ATTACKER_NOUNS = rf"(?:{'|'.join(sorted(ATTACKER_GROUPS))})\b"
_THE_ATTACKERS = re.compile(rf"\s+(?:of\s+)?the\s+{_ATTACKER_NOUNS}|\s+{_ATTACKER_NOUNS}(?<=\w)")
_ONE_ATTACKER = re.compile(rf"(?i)the\s+(?:{'|'.join(sorted(ATTACKERS))})")
_ALL_THE = re.compile(r"(?i)\b(?:all|the|all\s+the)\s+$")  # "killed all three attackers"


def _new_report(event: Event, mentions: Sequence[CasualtyMention], text: str) -> bool:
    """False when the event was made from the casualty word or its count is definite ("the 12 dead")."""
    t = event.trigger
    if new_event(text[event.sentence.start : event.sentence.end]):
        return True
    if any(m.cue_start < t.end and t.start < m.cue_end for m in mentions):
        return False
    for m in mentions:
        before = re.findall(r"[A-Za-z]+", text[max(event.sentence.start, m.count.start - 12) : m.count.start])
        if before and before[-1].lower() in _DEFINITE:
            return False
    return True


def _rejected(text: str, story_text: str, span: Any, at: int) -> bool:
    """The count at story offset ``at`` is a claim its sentence (``text``, starting at ``span.start``)
    or the next one rejects."""
    return dismissed_claim(text, at - span.start) or dismissed_next(story_text, span, at)
