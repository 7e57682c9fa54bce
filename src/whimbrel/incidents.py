"""One incident told more than once: the stage ``incidents.merge.v1``.

A report tells its incident in the lead, then again in the paragraphs below with what the lead left
out: "Air strikes hit a building in Dhamar on Wednesday, killing eight people. ... Fourteen other
people were hurt, the ministry said a few hours after the raid." The retelling is coded as an act of
its own ("raid", "fired", "wounded") and the wounded went to it, not to the incident the user counts.

The first current attack that holds a toll is the incident. A later violent act of the same story
is that incident told again when its sentence announces no other incident ("another", "a separate",
"second") and it names no other day or place of its own: a date or place from its own sentence must
be the incident's, one the act only inherited (the story's day, the dateline) says nothing against
it. Of such a retelling:

- its wounded go to the incident when the incident holds none, and the retelling keeps them no
  longer (evidence ``injured`` with method ``same-incident`` on the incident, ``injured.repeat`` on
  the retelling), so that no wounded person is counted twice; a retelling that counts fewer dead than
  the incident tells a part of it ("Five demonstrators and two officers were killed ... provocateurs
  fired first, killing two officers"), and the wounded told with it or after it are the incident's;
- its toll, when it is the incident's toll of two or more again, is a repeat (``dead.repeat``) and
  no second toll (one dead told again may be another victim: the stage ``casualties.count.v1`` leaves
  lone victims to their sentences too).

When no retelling gave the incident its wounded, a later sentence of its account with no act of its
own may tell them ("One of the victims was hit in the chest; the second died on the way to hospital.
Five other people were treated for wounds, according to the platform"): they are the incident's
(evidence ``injured``, method ``same-incident``), unless the sentence announces another incident, is
dated weeks before it, names a place the incident's sentence does not, or counts more dead.

A claim set aside (the doers' claim above, or one the casualty stage found rejected: "... said more
than 30 soldiers had been killed. The army dismissed the claim as propaganda") leaves its act, told
first, without a toll: the lower figure told later of the same scene becomes its toll, once.

An incident not dated by its own sentence (the publication's day, the dateline's, the story's) takes
the day of a retelling that counts its toll again ("... died in custody at Norton police station. His
family was told on 27 May that he had died in the cells that morning") or names its attack again
with "the" and counts fewer dead ("The death toll from a bomb attack ... rose to 13 ... The
explosives ... were detonated as the police van drove past on Thursday evening"); evidence ``date``,
method ``same-incident``. An incident placed only by its country, province or the dateline takes the
town of such a same-day retelling, or the place of the attack told before it on its own day
(evidence ``location``, method ``same-incident``).

A retelling that counts the other side's dead ("Twelve soldiers were killed ... Troops repelled the
assault and killed 38 of the attackers"), or only attackers' ("the bomber also died in the blast"),
adds them to the incident's toll; an act of the lead's own sentence holding the body's higher figure
after the headline's ("Four killed in raid ... the number had risen to six") gives it to the
incident. An incident dated only by when its toll was told (the statement's or the publication's
day) takes the day of the attack told just before it, when it is that attack's bare toll or names
its target again ("last Sunday's shooting at a bar ... Gunmen burst into the bar").

A retelling that counts more dead than the incident as a source's own figure that its sentence or
one of the three after it tells as unconfirmed ("A local rights group said six people had been killed ... The
authorities have not responded to the claim") is a rival's claim: set aside (evidence ``dead.claim``,
method ``unconfirmed-claim``), the lower figure kept, as ACLED keeps the lowest of competing figures.

The first later act that holds a toll of its own and is not the incident told again (another day,
another place, another incident), or that counts more dead than the incident (an update, another
count), ends the search: the wounded told after it may be its own.
Historical, planned, hypothetical and negated acts are neither the incident nor its retelling.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from datetime import date

from .casualty_counts import find_counts, mentions_casualties
from .casualty_places import places_told
from .casualty_reports import combine, count_evidence, eligible, new_event, other_side, side_of, sum_counts
from .casualty_tolls import told_of_earlier
from .casualty_words import CLAIM, UNCONFIRMED, UPDATE
from .numbers import find_numbers
from .registry import stage
from .types import NOT_CURRENT, Count, Event, Evidence, Place, Story, When

STAGE = "incidents.merge.v1"

_OWN = frozenset({"clause", "sentence"})  # how an act's date or place came from its own sentence
_LIST_ITEM = ("-", "*", "•", "|")  # a digest's row or bullet: an incident of its own
# a time or place set apart from the incident's: "Hours later, ...", "Meanwhile", "in another incident"
_APART = re.compile(
    r"(?i)\b(?:meanwhile|separately|hours later|days later|the (?:next|following|previous) day|"
    r"the day before|a day (?:earlier|later)|in (?:an)?other (?:incident|attack|raid|clash))\b"
)


@stage(STAGE, requires=("events",), assigns=("events", "event.dead", "event.injured", "event.when"))
def merge_retellings(story: Story) -> Story:
    """Give the incident the wounded its retelling holds; drop the toll a retelling repeats."""
    events = list(story.events)
    order = sorted(range(len(events)), key=lambda i: events[i].trigger.start)
    acts = [i for i in order if eligible(events[i]) and events[i].status not in NOT_CURRENT]
    changed = _claims_aside(story.text, events, acts)
    lead = next((i for i in acts if _toll(events[i]) is not None), None)
    if lead is None:
        return dataclasses.replace(story, events=tuple(events)) if changed else story
    placed = _place_told_before(story.text, events, acts, lead)
    if placed is not None:
        events[lead], changed = placed, True
    dated = _day_told_before(story.text, events, acts, lead)
    if dated is not None:
        events[lead], changed = dated, True
    stop = len(story.text)  # where another incident's account begins
    for i in acts:
        if events[i].trigger.start <= events[lead].trigger.start:
            continue
        incident, act = events[lead], events[i]
        incident = _day_told_again(story.text, incident, act)
        incident = _place_told_finer(story.text, incident, act)
        if not _told_again(story.text, incident, act) or (
            _part(incident, act) and not _same_account(story.text, incident, act)
        ):
            if _toll(act) is not None:
                stop = act.sentence.start
                break  # another incident with its own toll: what follows may be its own
            continue
        incident, act = _headline_figure_told_later(story.text, incident, act)
        incident, act = _other_side_fallen(story.text, incident, act)
        incident, act = _take_wounded(story.text, incident, act)
        incident, act = _toll_repeated(story.text, incident, act)
        if (incident, act) != (events[lead], events[i]):
            events[lead], events[i] = incident, act
            changed = True
        elif (_toll(act) or 0) > (_toll(incident) or 0) and _unconfirmed(story.text, act):
            # "A local rights group said six people had been killed ... The authorities have not
            # responded to the claim": a rival's higher figure, the lowest kept
            claim = act.dead
            assert claim is not None
            why = _evidence("dead.claim", claim, story.text, "unconfirmed-claim")
            act = dataclasses.replace(act, dead=None, evidence=(*act.evidence, why))
            # the wounded the claim counts, when the incident holds none, are still the only figure
            events[lead], events[i] = _take_wounded(story.text, incident, act)
            changed = True
        elif (_toll(act) or 0) > (_toll(incident) or 0):
            stop = act.sentence.start
            break  # a higher toll of its own (an update, another count): not ours to weigh
    if events[lead].injured is None:
        hurt = _wounded_told_after(story, events, lead, stop)
        if hurt is not None:
            why = _evidence("injured", hurt, story.text)
            events[lead] = dataclasses.replace(
                events[lead], injured=hurt, evidence=(*events[lead].evidence, why)
            )
            changed = True
    return dataclasses.replace(story, events=tuple(events)) if changed else story


def _unconfirmed(text: str, act: Event) -> bool:
    """The act's higher toll is a source's own figure (said, according to ...), no update, that its
    sentence or one of the three after it tells as unconfirmed ("It was impossible to verify either
    account")."""
    sentence = text[act.sentence.start : act.sentence.end]
    if CLAIM.search(sentence) is None or UPDATE.search(sentence) is not None:
        return False
    end = act.sentence.end
    for _ in range(3):
        stop = text.find(".", end + 1)
        end = stop if stop > 0 else len(text)
    return UNCONFIRMED.search(text, act.sentence.start, end) is not None


def _wounded_told_after(story: Story, events: Sequence[Event], lead: int, stop: int) -> Count | None:
    """The wounded a later sentence of the incident's account tells with no act of its own, that no
    act took: "Gendarmes killed two young men in Conakry on Thursday ... One of the victims was hit
    in the chest; the second died on the way to hospital. Five other people were treated for wounds,
    according to the platform". Not of a sentence that announces another incident, is dated weeks
    before it, names a place the incident's sentence does not, or counts more dead than it."""
    incident = events[lead]
    told = story.text[incident.sentence.start : incident.sentence.end]
    taken = [e for ev in events for e in ev.evidence if e.field.startswith(("injured", "dead"))]
    for si in range(incident.sentence_index + 1, len(story.sentences)):
        span = story.sentences[si]
        if span.start >= stop:
            break
        here = story.text[span.start : span.end]
        if not mentions_casualties(here) or new_event(here) or _APART.search(here):
            continue
        if any(ev.sentence_index == si and (eligible(ev) or ev.status in NOT_CURRENT) for ev in events):
            continue  # the counts of a sentence with an act are that act's
        if any(span.start <= e.start < span.end for e in taken):
            continue
        if told_of_earlier(story, span, incident) or not all(n in told for n in places_told(here)):
            continue
        found = [m for m in find_counts(here, base=span.start) if not m.subset and not m.period]
        if any(m.kind == "dead" and m.count.best > (_toll(incident) or 0) for m in found):
            continue
        got = combine([m for m in found if m.kind == "injured"], story.text)
        if got is not None:
            return dataclasses.replace(got[0], text=story.text[got[0].start : got[0].end])
    return None


# what the doers say their act did: "ELN said on Saturday that it had killed 11 soldiers", "the
# group said its fighters had killed 40", "Al-Shabaab said ... that the attack had killed 20 soldiers",
# "a claim by JNIM that it had killed 45 soldiers"
_DOERS_CLAIM = re.compile(
    r"(?i)\b(?:said|says|say|claimed|claims|claim|claiming|boasted|announced|statement)\b[^.;]{0,90}?"
    r"\b(?:it|they|its\s+\w+|their\s+\w+|the\s+(?:attack|operation|assault|bombing|ambush|raid|strike))"
    r"\s+(?:had\s+|has\s+|have\s+)?(?:killed|slain|left)\s+[\"'‘“]?(?:more\s+than\s+|at\s+least\s+|over\s+)?$"
)


def _claims_aside(text: str, events: list[Event], acts: Sequence[int]) -> bool:
    """A toll the doers claim for their act ("ELN said that it had killed 11 soldiers") is no toll when
    the same incident is told with a lower figure of the same people by someone else ("the regional
    command said four soldiers had been killed"): it stays as evidence ``dead.claim`` (method
    ``doers-claim``). The two sides' dead ("it had killed 12 militants" against four soldiers) are
    no rival figures. An act told first whose claim was set aside, here or by the casualty stage (a
    claim rejected in the next sentence), takes the lower figure told next of the same scene."""
    changed = False
    for i in acts:
        claim = events[i].dead
        if claim is None or claim.best < 1:
            continue
        opening = text[events[i].sentence.start : claim.start]
        if _DOERS_CLAIM.search(opening) is None:
            continue
        side = side_of(text, claim)
        lower = [
            j
            for j in acts
            if j != i
            and (other := events[j].dead) is not None
            and 1 <= other.best < claim.best
            and _DOERS_CLAIM.search(text[events[j].sentence.start : other.start]) is None
            and (side is None or side_of(text, other) in (None, side))
            and _same_scene(text, events[i], events[j])
        ]
        if not lower:
            continue
        why = _evidence("dead.claim", claim, text, "doers-claim")
        events[i] = dataclasses.replace(events[i], dead=None, evidence=(*events[i].evidence, why))
        changed = True
        _figure_told_later(text, events, i, lower)
    for i in acts:  # a claim the casualty stage set aside ("Officials dismissed the claim as exaggerated")
        set_aside = next((e for e in events[i].evidence if e.field == "dead.claim"), None)
        if events[i].dead is not None or set_aside is None or set_aside.stage == STAGE:
            continue
        tolls = [j for j in acts if _toll(events[j]) is not None]
        if any(events[j].trigger.start < events[i].trigger.start for j in tolls):
            continue  # the claim retells an incident that holds its toll already
        after = [j for j in tolls if events[j].trigger.start > events[i].trigger.start][:1]
        lower = [
            j
            for j in after
            if (_toll(events[j]) or 0) < _claimed(set_aside) and _same_scene(text, events[i], events[j])
        ]
        changed = _figure_told_later(text, events, i, lower) or changed
    return changed


def _claimed(claim: Evidence) -> int:
    """The figure a claim's evidence tells ("more than forty" -> 40), 0 when it reads none."""
    found = find_numbers(claim.text)
    return found[0].best if found else 0


def _figure_told_later(text: str, events: list[Event], i: int, lower: Sequence[int]) -> bool:
    """The incident told first with a claim set aside, its figure later: "A car bomb exploded at a
    checkpoint on Monday. Al-Shabaab said the attack had killed 20. ... Six soldiers and two civilians
    were killed, the police commander said": the incident holds the figure, once."""
    if not lower or any(events[j].trigger.start < events[i].trigger.start for j in lower):
        return False
    j = max(lower, key=lambda k: _toll(events[k]) or 0)
    told = events[j].dead
    assert told is not None
    events[i] = dataclasses.replace(
        events[i], dead=told, evidence=(*events[i].evidence, _evidence("dead", told, text))
    )
    events[j] = dataclasses.replace(
        events[j], dead=None, evidence=(*events[j].evidence, _evidence("dead.repeat", told, text))
    )
    return True


def _same_scene(text: str, a: Event, b: Event) -> bool:
    """Two acts told of one incident, as far as their own days (three days apart at most: a claim is
    dated by its statement) and places tell, neither announcing another incident."""
    for ev in (a, b):
        sentence = text[ev.sentence.start : ev.sentence.end]
        if new_event(sentence) or _APART.search(sentence):
            return False
    day, other_day = _own_day(a), _own_day(b)
    if day is not None and other_day is not None and abs((day - other_day).days) > 3:
        return False
    here, there = a.location, b.location
    if here is not None and there is not None and here.precision in _OWN and there.precision in _OWN:
        return (here.name, here.country) == (there.name, there.country)
    return True


def _own_day(ev: Event) -> date | None:
    """The day the act's own sentence gives it, if any."""
    w = ev.when
    return date.fromisoformat(w.date) if w is not None and w.date and w.method.split(":")[0] in _OWN else None


def _toll(ev: Event) -> int | None:
    return ev.dead.best if ev.dead is not None and ev.dead.best >= 1 else None


def _told_again(text: str, incident: Event, act: Event) -> bool:
    """Whether ``act`` is ``incident`` told again: no other incident announced, no day or place of
    its own that differs from the incident's."""
    sentence = text[act.sentence.start : act.sentence.end]
    if new_event(sentence) or _APART.search(sentence) or sentence.lstrip().startswith(_LIST_ITEM):
        return False
    when, then = act.when, incident.when
    if when is not None and when.method.split(":")[0] in _OWN and not _dated_beside(text, incident, act):
        if then is None or (when.date != then.date and not _day_in_the_week_told(then, when)):
            return False
    here, there = act.location, incident.location
    if here is not None and here.precision in _OWN:
        if there is None or (here.name, here.country) != (there.name, there.country):
            return False
    return True


def _day_in_the_week_told(then: When, when: When) -> bool:
    """The incident's day is only when it was told (the publication's, the statement's: "Car bomb
    kills two police officers in Arauca.") and the retelling's own day lies in the week before it
    ("The vehicle blew up outside a police station on Friday"): the retelling dates the incident."""
    if not then.method.startswith(_TOLD_DAY) or not then.date or not when.date or when.precision != "day":
        return False
    told, own = date.fromisoformat(then.date[:10]), date.fromisoformat(when.date[:10])
    return 0 <= (told - own).days <= 7


def _part(incident: Event, act: Event) -> bool:
    """The act counts fewer dead than the incident: some of its dead, or another incident's."""
    return (_toll(act) or 0) < (_toll(incident) or 0) and act.dead is not None


# how an act's day came from its own sentence or the account it is told in
_ACCOUNT = frozenset({"clause", "sentence", "narrative"})


def _same_account(text: str, incident: Event, act: Event) -> bool:
    """The act is told in the incident's account: the day it takes from its sentence or from the
    sentences before it is the incident's ("... a village near Njoro on December 28, in which three
    people were hacked to death. ... a shooting at a bar in Kampot on 5 January. A singer was shot
    dead and two customers were wounded": another incident). The place it inherits says less: the
    sentence before may name where someone was held, not where the shots were fired."""
    when, then = act.when, incident.when
    if when is None or when.method.split(":")[0] not in _ACCOUNT or _dated_beside(text, incident, act):
        return True
    return then is not None and when.date == then.date


def _dated_beside(text: str, incident: Event, act: Event) -> bool:
    """The act names the incident's attack again with "the" and takes its day only from another clause
    of its sentence ("By Wednesday afternoon the number killed had climbed to 12, ... adding that the
    bomber herself also died in the blast"): the day tells of the count, not of another attack."""
    w = act.when
    return w is not None and w.method.startswith("sentence:") and _named_again(text, incident, act)


def _day_told_again(text: str, incident: Event, act: Event) -> Event:
    """The incident not dated by its own sentence takes the day its retelling tells, when the
    retelling counts its toll again ("A vendor who died in custody at Norton police station ... His
    family was told on 27 May that he had died in the cells that morning") or names the incident's
    attack again with "the" and counts fewer dead, or none ("Two killed in drone strike on Djibo
    market. The strike hit the market on 14 April ...", "The death toll from a missile strike rose
    to seven ... The missile hit the building on Saturday ... Five people were confirmed dead")."""
    when, then = act.when, incident.when
    if then is None or when is None or when.precision != "day":
        return incident
    if then.method.split(":")[0] in _OWN and not _finer_within(when, then):
        return incident  # (the incident dated by the publication, the dateline or the story's day)
    if when.method.split(":")[0] not in _OWN or when.date == then.date:
        return incident
    same_toll = act.dead is not None and incident.dead is not None and act.dead.best == incident.dead.best
    fewer = act.dead is None or (incident.dead is not None and act.dead.best < incident.dead.best)
    if not same_toll and not (fewer and _named_again(text, incident, act)):
        return incident
    moved = dataclasses.replace(incident, when=when)
    # (the town the retelling names is the incident's when the incident is placed only by its country)
    if not _told_again(text, _place_told_finer(text, moved, act), act):
        return incident
    why = Evidence("date", when.start or 0, when.end or 0, when.text or "", STAGE, "same-incident")
    evidence = [e for e in incident.evidence if e.field != "date"]
    return dataclasses.replace(moved, evidence=(*evidence, why))


def _finer_within(when: When, then: When) -> bool:
    """``when`` is a day inside the week, month or year ``then`` spans: "a drone struck the terminal
    last week ... The strike took place on Wednesday, January 17"."""
    if then.precision not in ("week", "month", "year") or when.date is None or then.date is None:
        return False
    return then.date <= when.date <= (then.date_end or then.date)


_THE_ACT = re.compile(r"\s*The\s+([a-z-]+)(?:\s+([a-z]+))?")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[a-z-]+\s+)?$")
# the words news uses for one attack, by kind: "a bomb attack ... The explosive device went off"
_KINDS = {
    **dict.fromkeys(
        "bomb bombing blast explosion device explosive explosives ied bomber vest".split(), "bomb"
    ),
    **dict.fromkeys(("attack", "assault", "raid", "ambush"), "attack"),
    **dict.fromkeys(("strike", "airstrike", "missile", "drone", "rocket", "shell", "shelling"), "strike"),
}


def _named_again(text: str, incident: Event, act: Event) -> bool:
    """The act names the incident's attack again with "the", by a word of the same kind as one of
    the incident's sentence: its sentence opens with it ("Two killed in drone strike on Djibo market.
    The strike hit the market on 14 April ...", "a bomb attack on a police truck ... The explosive
    device ... went off on Tuesday morning") or it is the act's own noun ("after the assault late on
    Saturday")."""
    m = _THE_ACT.match(text, act.sentence.start, act.sentence.end)
    # (a word's parts too: "The explosives-laden vehicle blew up")
    parts = [p for w in (m.groups() if m is not None else ()) if w for p in w.split("-")]
    noun = next((w for w in parts if w in _KINDS), None)
    if noun is None:
        before = text[max(0, act.trigger.start - 24) : act.trigger.start]
        noun = act.trigger_text.lower() if _THE_BEFORE.search(before) else None
    if noun not in _KINDS:
        return _target_named_again(text, incident, act)
    told = re.findall(r"[a-z]+", text[incident.sentence.start : incident.sentence.end].lower())
    return any(_KINDS.get(w) == _KINDS[noun] for w in told)


# a noun named with "the" in a retelling: "stopped the minibus", "fired on the bus"
_THE_NOUN = re.compile(r"\b[Tt]he\s+([a-z]+)\b")


def _target_named_again(text: str, incident: Event, act: Event) -> bool:
    """The act's sentence names with "the" what the incident's sentence introduced with "a", as the
    head of its phrase: "an attack on a passenger bus in central Mali ... Gunmen fired on the bus and
    then set it ablaze on Tuesday afternoon", "an attack on a minibus in northern Burkina Faso ... Armed
    men stopped the minibus on Tuesday morning outside Titao and opened fire"."""
    for m in _THE_NOUN.finditer(text, act.sentence.start, act.sentence.end):
        introduced = re.compile(
            rf"\b(?:a|an)\s+(?:[a-z-]+\s+){{0,2}}{m.group(1)}"
            r"(?=\s+(?:in|on|at|near|outside|along|carrying|with|from|to|that|which)\b|\s*[,.;])"
        )
        if introduced.search(text, incident.sentence.start, incident.sentence.end) is not None:
            return True
    return False


_FROM_ELSEWHERE = frozenset({"dateline", "story", "actor-country"})


def _place_told_before(text: str, events: Sequence[Event], acts: Sequence[int], lead: int) -> Event | None:
    """The incident placed only by the dateline takes the place of the attack told before it on the
    same day of its own ("Fighting broke out around the town of Tibu on Saturday ... 16 people had
    been killed in the clashes on Saturday", under a BOGOTA dateline): the same fighting, told again
    with its toll (evidence ``location``, method ``same-incident``)."""
    incident = events[lead]
    here, day = incident.location, _own_day(incident)
    if here is None or here.precision not in _FROM_ELSEWHERE or day is None:
        return None
    for i in acts:
        ev = events[i]
        if ev.trigger.start >= incident.trigger.start or ev.event_type != "ASSAULT" or _own_day(ev) != day:
            continue
        there = ev.location
        if there is None or there.precision not in _OWN or there.lat is None:
            continue
        if new_event(text[incident.sentence.start : incident.sentence.end]):
            return None
        return _placed_at(incident, there)
    return None


# how an incident's day may come from elsewhere than its account: when it was told, or published
_TOLD_DAY = ("publication-date", "statement:")
_BARE_TOLL = frozenset({"killed", "died", "wounded", "injured", "dead"})
_TELLING_BEFORE = re.compile(r"(?i)\b(?:said|says|statement|announced|told|reported)\b[^.;]{0,60}$")


def _day_told_before(text: str, events: Sequence[Event], acts: Sequence[int], lead: int) -> Event | None:
    """The incident dated only by when it was told (the statement's or the publication's day) takes the
    day of the attack told just before it that it tells the toll of: a bare toll right after it ("...
    fought off an assault ... early on Sunday. Eleven soldiers were killed ..., the army said in a
    statement read on Monday") or the attack's target named again ("... last Sunday's shooting at a
    bar in Celaya ... Gunmen burst into the bar and fired on customers, leaving nine people dead");
    evidence ``date`` with method ``same-incident``."""
    incident = events[lead]
    then = incident.when
    if then is None or then.date is None:
        return None
    said = then.start is not None and _TELLING_BEFORE.search(text, max(0, then.start - 80), then.start)
    if not (then.method.startswith(_TOLD_DAY) or (then.method.startswith("sentence:") and said)):
        return None  # (a day of the sentence told after "said in a statement read ... on Monday")
    sentence = text[incident.sentence.start : incident.sentence.end]
    if new_event(sentence) or _APART.search(sentence):
        return None
    for i in reversed(acts):
        ev = events[i]
        if ev.trigger.start >= incident.trigger.start or ev.event_type != "ASSAULT":
            continue
        if ev.sentence_index < incident.sentence_index - 3:
            break
        w = ev.when
        if _own_day(ev) is None or w is None or w.precision != "day" or (w.date or "") > then.date:
            continue
        right_after = ev.sentence_index == incident.sentence_index - 1
        bare = incident.trigger_text.lower() in _BARE_TOLL and right_after
        if not (bare or _target_named_again(text, ev, incident)):
            continue
        why = Evidence("date", w.start or 0, w.end or 0, w.text or "", STAGE, "same-incident")
        kept = [e for e in incident.evidence if e.field != "date"]
        return dataclasses.replace(incident, when=w, evidence=(*kept, why))
    return None


_COARSE = frozenset({"country", "admin1", "region"})
_FINE = frozenset({"city", "admin2", "point"})


def _place_told_finer(text: str, incident: Event, act: Event) -> Event:
    """The incident placed only by its country or province, or by the dateline, takes the town a
    retelling of the same day, counting no more dead, puts it in ("... a security compound in
    northwest Pakistan ... The dead in the assault in Bannu, a town in Khyber Pakhtunkhwa, were ...";
    evidence ``location``, method ``same-incident``)."""
    here, there = incident.location, act.location
    if here is None or there is None or there.feature not in _FINE:
        return incident
    if here.feature not in _COARSE and here.precision not in _FROM_ELSEWHERE:
        return incident  # (a dateline's town says where the story was filed, not the attack)
    if there.precision not in _OWN or there.country != here.country or there.lat is None:
        return incident
    if here.feature == "admin1" and here.admin1 and there.admin1 != here.admin1:
        return incident
    if (_toll(act) or 0) > (_toll(incident) or 0):
        return incident
    day, other = _own_day(incident), _own_day(act)
    if day is not None and other is not None and day != other:
        return incident
    sentence = text[act.sentence.start : act.sentence.end]
    if new_event(sentence) or _APART.search(sentence):
        return incident
    return _placed_at(incident, there)


def _placed_at(incident: Event, there: Place) -> Event:
    """The incident put at the place its retelling names (evidence ``location``, ``same-incident``)."""
    why = Evidence("location", there.start, there.end, there.text, STAGE, "same-incident")
    evidence = [e for e in incident.evidence if e.field != "location"]
    return dataclasses.replace(incident, location=there, evidence=(*evidence, why))


def _take_wounded(text: str, incident: Event, act: Event) -> tuple[Event, Event]:
    """The retelling's wounded, when the incident holds none and the retelling tells no higher toll:
    its own dead, fewer than the incident's, are some of them ("Five demonstrators and two officers
    were killed ... 'provocateurs' fired first, killing two officers ... Sixteen people were wounded")."""
    hurt = act.injured
    if hurt is None or incident.injured is not None:
        return incident, act
    if act.dead is not None and act.dead.best > (incident.dead.best if incident.dead else 0):
        return incident, act
    incident = dataclasses.replace(
        incident,
        injured=hurt,
        evidence=(*incident.evidence, _evidence("injured", hurt, text)),
    )
    act = dataclasses.replace(
        act, injured=None, evidence=(*act.evidence, _evidence("injured.repeat", hurt, text))
    )
    return incident, act


def _other_side_fallen(text: str, incident: Event, act: Event) -> tuple[Event, Event]:
    """The retelling counts the dead of the other side of the clash: "Twelve soldiers were killed when
    fighters attacked a base ... Troops repelled the assault and killed at least 38 of the attackers":
    the incident's dead are 50, both sides' (ACLED's fatalities), and the retelling holds no toll of
    its own (evidence ``dead`` with method ``same-incident`` on the incident, ``dead.repeat`` on the
    retelling)."""
    if incident.dead is None or act.dead is None:
        return incident, act
    if not (
        other_side(text, incident.dead, act.dead) or (_attackers_only(act) and not _attackers_only(incident))
    ):
        return incident, act
    held = incident.dead
    total = dataclasses.replace(sum_counts([held, act.dead]), text=held.text, start=held.start, end=held.end)
    return _dead_moved(text, incident, act, total)


def _headline_figure_told_later(text: str, incident: Event, act: Event) -> tuple[Event, Event]:
    """The incident holds only the headline's figure and an act of its own sentence the body's later,
    higher one ("Four killed in Israeli raid on Jenin / Israeli forces carried out an air strike and
    a ground raid in Jenin ... the number had risen to six"): the body's figure is the incident's
    (evidence ``dead`` with method ``same-incident``), the act keeps no toll of its own."""
    if incident.dead is None or act.dead is None or act.sentence_index != incident.sentence_index:
        return incident, act
    told = {e.method for e in incident.evidence if e.field == "dead"}
    if told != {"headline"} or act.dead.best <= incident.dead.best:
        return incident, act
    return _dead_moved(text, incident, act, act.dead)


def _dead_moved(text: str, incident: Event, act: Event, dead: Count) -> tuple[Event, Event]:
    """The incident takes ``dead`` for its toll because of the act's count, which the act no longer
    holds (evidence ``dead`` with method ``same-incident`` on the incident, ``dead.repeat`` on the act,
    both the act's count)."""
    told = act.dead
    if told is None:
        return incident, act
    incident = dataclasses.replace(
        incident, dead=dead, evidence=(*incident.evidence, _evidence("dead", told, text))
    )
    act = dataclasses.replace(act, dead=None, evidence=(*act.evidence, _evidence("dead.repeat", told, text)))
    return incident, act


def _attackers_only(ev: Event) -> bool:
    """Every death the act counts is an attacker's ("the bomber herself also died in the blast")."""
    fell = [e for e in ev.evidence if e.field == "dead.attackers"]
    return ev.dead is not None and bool(fell) and sum(_count_of(e) for e in fell) == ev.dead.best


def _count_of(e: Evidence) -> int:
    found = find_numbers(e.text)
    return found[0].best if found else 1


def _toll_repeated(text: str, incident: Event, act: Event) -> tuple[Event, Event]:
    """The incident's toll told again by its retelling: a repeat, not a second toll."""
    if act.dead is None or incident.dead is None or act.dead.best != incident.dead.best or act.dead.best < 2:
        return incident, act
    dead = act.dead
    act = dataclasses.replace(act, dead=None, evidence=(*act.evidence, _evidence("dead.repeat", dead, text)))
    return incident, act


def _evidence(field: str, count: Count, text: str, method: str = "same-incident") -> Evidence:
    return dataclasses.replace(count_evidence(field, count, method, text), stage=STAGE)
