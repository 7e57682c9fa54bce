"""Dates told across sentences, after each event has taken the date of its own clause or sentence
(:mod:`whimbrel.dates`):

- ``follow_on``: a toll told right after a dated attack, or the attack named again ("The blast left 26
  dead"), takes the attack's date (method ``narrative:<how>``);
- ``told_after``: an act dated only by the day it was said takes the day of the act named again in
  the next sentence ("..., police said on Wednesday. The clash broke out on Monday");
- ``refine``: a month or year made finer by a later report of the same act (``<how>:coreference``);
- ``headline``: an act in a headline line takes the date of the first act of its type the body dates,
  an attack with none the date of the body's first sentence that tells an attack or a toll;
- ``paragraph_anchor``: a paragraph that opens with its date ("On July 14, the accused was alone at
  home. ... he strangled her.") dates the violent acts told after it in that paragraph
  (``narrative:<how>``), and makes them historical when that date is old.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from .casualty_places import places_told
from .casualty_words import ANOTHER_REPORT, ATTACK_NOUNS, FIGHTING
from .forms import date_field
from .nlp import POST_NUMBER, one_line_paragraphs, paragraph_break, timeline_entries, told_as_one
from .types import Event, Evidence, Span, Story, TimeExpr, When

STAGE = "dates.resolve.v1"
HISTORICAL_DAYS = 60
# an act that ends this many days before the story's lead act is background to its news
BACKGROUND_DAYS = 14
# how an event dated by its own sentence was dated (a "statement" date is when the act was said)
OWN_DATE = ("clause:", "sentence:", "statement:")

_TOLL_TRIGGER = re.compile(r"(?i)kill|die|dead|death|wound|injur|hurt|shot|slain|neutrali|succumb|perish")
# "The blast left 26 people dead": the attack the sentence before told of
_ANAPHOR = re.compile(r"(?i)\b(?:the|that|this)\s+(?:[a-z-]+\s+)?$")


def _anaphor(ev: Event, text: str) -> bool:
    """An attack named again with a definite article: "The blast left 26 people dead"."""
    if ev.trigger_text.lower() not in ATTACK_NOUNS and ev.trigger_text.lower() not in FIGHTING:
        return False  # ("23 fighters died in the fighting")
    return _ANAPHOR.search(text, ev.sentence.start, ev.trigger.start) is not None


# a sentence that tells a toll in the passive ("Four fishermen were beheaded and two others were
# injured", "Eight people were killed when gunmen opened fire"): its attack is the one told just before
_PASSIVE_TOLL = re.compile(
    r"(?i)\b(?:were|was|been)\s+(?:\w+\s+)?(?:killed|wounded|injured|hurt|beheaded|shot|slain|stabbed|hacked|lynched)\b"
)


def _told_with_toll(ev: Event, sentence: str) -> bool:
    """An attack told in a sentence whose subject is its toll (see ``_PASSIVE_TOLL``)."""
    return ev.event_type == "ASSAULT" and _PASSIVE_TOLL.search(sentence) is not None


# a day told relative to another, which is no new incident: "The police said the next day that ..."
_SAID_WHEN = re.compile(
    r"(?i)\bthe\s+(?:next|following|previous)\s+(?:day|morning|afternoon|evening|night)\b"
)
_NEW_INCIDENT = re.compile(
    r"(?i)\b(?:another|separate|earlier|previous|new|next|elsewhere)\b"
    # "a second blast", "a third such attack", not "wounding a third" nor "a second vaccinator"
    r"|\b(?:second|third)\s+(?:[\w-]+\s+)?(?:"
    + "|".join(sorted(ATTACK_NOUNS | FIGHTING | {"incident", "device"}))
    + r")\b"
    r"|\blater\b(?!\s+(?:said|says|put|told|raised|revised|rose|climbed|confirmed|reported|gave|updated))"
)  # "later" tells a new incident, not a later report ("the ministry later said the toll had climbed")


# a victim's later death is no new incident: "stabbed a man; the victim died in hospital four days later",
# "was taken to hospital and confirmed dead about an hour later"
_DIED_LATER = re.compile(
    r"(?i)\b(?:died|succumbed|passed\s+away|(?:pronounced|declared|confirmed)\s+dead)\b[^.;,]{0,40}?\blater\b"
)


def follow_on(events: tuple[Event, ...], text: str, loose: bool = False) -> tuple[Event, ...]:
    """A toll with no date of its own (its trigger a casualty word), told in the sentence right after
    a dated act of the same type in the same paragraph, or the next one in a story of one-sentence
    paragraphs ("... overran a military base early Sunday. The army said 15 militants were killed in
    the fighting."), is the same incident: it takes that
    date (method ``narrative:<how>``). So is an act named again with a definite article ("A bomb went
    off in the market on Monday. The blast left 26 dead."; "Seven soldiers died in the fighting."), and
    any attack told right after a dated one ("Witnesses said two shooters fired into the crowd."). An
    act dated only by when it was said ("..., a police spokesman said on Monday") counts as undated
    here, unless the carried date is later. Not when its sentence announces another incident ("In a
    separate attack")."""
    out = list(events)
    for k, ev in enumerate(events):
        if ev.when is None or not _undated(ev.when) or ev.status != "reported":
            continue
        here = text[ev.sentence.start : ev.sentence.end]
        told_again = (
            bool(_TOLL_TRIGGER.search(ev.trigger_text)) or _anaphor(ev, text) or _told_with_toll(ev, here)
        )
        if not told_again and ev.event_type != "ASSAULT":
            continue  # a toll told after its attack ("15 militants were killed in the fighting")
        if _NEW_INCIDENT.search(_DIED_LATER.sub(" ", _SAID_WHEN.sub(" ", ANOTHER_REPORT.sub(" ", here)))):
            continue
        if not told_again and _BACKGROUND.search(text, ev.sentence.start, ev.trigger.start):
            continue  # "Police arrested a suspect who had fired at a patrol": what the suspect did before
        before = ev.sentence_index - 1
        if told_again and not any(o.sentence_index == before for o in events):
            before -= 1  # "... fought on Tuesday. The guard reported two deaths. Later five were killed"
        # an attack dated by the day it was said, not told as the same one, keeps that day across a
        # paragraph break, even among one-sentence paragraphs ("On Thursday, the army said it had killed
        # 40 fighters in an air strike near Y")
        loose_here = loose and (told_again or not ev.when.method.startswith("statement:"))
        # a paragraph that opens with the toll of the attack the last one ended with: "... fired at
        # the players.\n\nFour players, aged between 19 and 31, were killed."
        # (the toll alone: not dated by when it was said, no place of its own)
        loose_here = loose_here or (
            told_again
            and ev.when.method == "publication-date"
            and _opens_paragraph(text, ev)
            and not places_told(here)
        )
        prev = [
            o
            for o in out[:k]
            if o.event_type == ev.event_type
            and o.sentence_index == before
            and o.when is not None
            and o.when.method.startswith((*OWN_DATE, "narrative:"))  # a carried date goes on carrying
            and not paragraph_break(text, o.sentence.end, ev.sentence.start, loose_here)
            and not _open_ended(text, o.when)
        ]
        if prev and not _after(prev[-1].when, ev.when):
            out[k] = _carried(ev, prev[-1], "narrative")
    return tuple(out)


_ALSO = re.compile(r"(?i)\balso\b")  # "Gunmen also raided Gidan Bawa on 19 December": another act
_TOLD_AFTER_DAYS = 7  # how far before the day it was said an act named again next may have happened


def _opens_paragraph(text: str, ev: Event) -> bool:
    """The event's sentence is the first of a paragraph after the story's first."""
    return "\n" in text[max(0, ev.sentence.start - 3) : ev.sentence.start]


def _open_ended(text: str, w: When) -> bool:
    """``w`` starts a state that lasts (:func:`_lasting`)."""
    return w.start is not None and w.end is not None and _lasting(text, w.start, w.end, w.precision or "")


def _lasting(text: str, start: int, end: int, precision: str) -> bool:
    """The year or month at ``start``..``end`` starts a state that lasts ("fought for the routes from
    2020 onward", "have been occupying the area since 2022"): a background's time, in which no act
    told after it happened."""
    if precision not in ("year", "month"):
        return False
    before = text[max(0, start - 8) : start].lower()
    return "since" in before or re.match(r"\s*onwards?\b", text[end : end + 10]) is not None


def told_after(events: tuple[Event, ...], text: str, loose: bool = False) -> tuple[Event, ...]:
    """An act dated only by the day it was said ("Eleven people have been killed in a clash near
    Lafia, police said on Wednesday"), whose next sentence in the same paragraph names it again with a
    day of its own ("The clash broke out on Monday") or tells an attack with one ("The attackers, who
    came at about 10 p.m. on Saturday, shot at residents"), takes that day (method
    ``narrative:<how>``, evidence method ``told-after``): the act told first is the one told next, and
    the day it was said is no later than a week after it. An act told with no day at all ("A man was
    killed in a shooting in Surrey.") takes the day that opens the next sentence ("On August 19, at
    8:30 p.m., police received reports of shots fired"), no more than a week before publication. Not
    when the next sentence announces another incident ("In a separate attack", "Gunmen also raided
    ..."). In a broadcast's script or a thread of posts, which tell one incident, the next sentence's
    day need not open it ("ANCHOR: Five police officers have been killed ... The officers were on
    patrol on Wednesday when the blast tore through their Land Cruiser")."""
    posts = told_as_one(text)
    out = list(events)
    for k, ev in enumerate(events):
        if ev.when is None or not _undated(ev.when) or ev.status != "reported":
            continue
        said = ev.when.date or ""
        bare = ev.when.method == "publication-date"
        named = [
            o
            for o in events
            if o.sentence_index == ev.sentence_index + 1
            and o.event_type == ev.event_type
            and o.status == "reported"
            and o.when is not None
            and o.when.method.startswith(("clause:", "sentence:"))
            and (_anaphor(o, text) or o.event_type == "ASSAULT")
            and not paragraph_break(text, ev.sentence.end, o.sentence.start, loose)
            and not _NEW_INCIDENT.search(text, o.sentence.start, o.sentence.end)
            and not _ALSO.search(text, o.sentence.start, o.sentence.end)
            and (not bare or _opens_with_day(o, text) or posts)
        ]
        if not named or not _within(named[0].when, said, _TOLD_AFTER_DAYS):
            continue
        out[k] = _carried(ev, named[0], "told-after")
    return tuple(out)


def _opens_with_day(ev: Event, text: str) -> bool:
    """The event's date opens its sentence: "On August 19, 2024, at approximately 8:30 p.m., ..."."""
    w = ev.when
    return w is not None and w.start is not None and bool(_OPENING.match(text, ev.sentence.start, w.start))


def _within(w: When | None, said: str, days: int) -> bool:
    """Whether ``w`` ends on the day ``said`` or in the ``days`` before it."""
    if w is None or w.date is None or not said:
        return False
    end = dt.date.fromisoformat((w.date_end or w.date)[:10])
    return 0 <= (dt.date.fromisoformat(said[:10]) - end).days <= days


# an attack told in a relative clause in the past perfect: "a suspect who had fired at a patrol"
_BACKGROUND = re.compile(r"(?i)\b(?:who|which|that)\s+(?:had|has|have)\s+(?:\w+\s+)?$")


def _undated(w: When) -> bool:
    """No date of the act's own: the publication date, or the day it was said ("Eight miners were
    killed, a police spokesman said on Monday", told after the attack "late on Saturday")."""
    return w.method == "publication-date" or w.method.startswith("statement:")


def _after(w: When | None, said: When) -> bool:
    """Whether ``w`` falls after the day ``said`` tells the act was said (no carrying then)."""
    return (
        said.method.startswith("statement:")
        and w is not None
        and (w.date or "") > (said.date_end or said.date or "")
    )


def _redated(evidence: tuple[Evidence, ...], why: Evidence) -> tuple[Evidence, ...]:
    """The event's evidence with ``why`` for its date in place of the date evidence it had."""
    return (*(e for e in evidence if not (e.field == "date" and e.stage == STAGE)), why)


def _carried(ev: Event, source: Event, how: str, *, with_status: bool = False) -> Event:
    """``ev`` dated by ``source``'s date, told again (method ``narrative:<how source was dated>``,
    evidence method ``how`` pointing at the date's words), and with its status when asked."""
    w = source.when
    assert w is not None
    when = dataclasses.replace(w, method="narrative:" + w.method.split(":", 1)[-1])
    why = Evidence("date", w.start or 0, w.end or 0, w.text or "", STAGE, how)
    status = source.status if with_status else ev.status
    return dataclasses.replace(ev, when=when, status=status, evidence=_redated(ev.evidence, why))


# a headline: a first line that ends without a full stop, over a body. Wider than nlp.headline, which
# leaves out a line opening on a place and a colon ("Tamale: five killed in chieftaincy clash") as a
# dateline for the places; for its date such a line is a headline all the same
_HEADLINE = re.compile(r"[^\n]*[^\s.!?\n][ \t]*\n")
_BODY_SENTENCES = 2  # how far into the body the headline's incident is told


def headline(
    events: tuple[Event, ...],
    text: str,
    published: dt.date | None = None,
    told: Sequence[tuple[TimeExpr, str, str]] = (),
    sentences: Sequence[Span] = (),
) -> tuple[Event, ...]:
    """An act in a headline ("Yendi: five killed as curfew imposed after chieftaincy clash") is the
    incident the body tells first: with no date of its own, it takes the date of the first act of its
    type dated in the body's first sentences, when that date is not after publication (method
    ``narrative:<how>``). An attack whose type no body event dates takes the date of the first body
    sentence that tells an attack or a toll ("... treated for knife wounds after the fight late on
    Saturday"): ``told`` holds the story's dates of incidents (not when something was said) with rule
    and precision, ``sentences`` the story's sentences."""
    m = _HEADLINE.match(text)
    if m is None or not text[m.end() :].strip():
        return events
    end = m.end()
    body = [o for o in events if o.trigger.start >= end]
    first = min((o.sentence_index for o in body), default=0)
    dated = [
        o
        for o in body
        if o.sentence_index < first + _BODY_SENTENCES
        and o.when is not None
        and o.when.method.startswith(OWN_DATE)
        and (published is None or (o.when.date or "") <= published.isoformat())
    ]
    incident = _incident_date(text, end, told, sentences, published)
    out = list(events)
    for k, ev in enumerate(events):
        if ev.trigger.end > end or ev.when is None or ev.when.method != "publication-date":
            continue
        same = [o for o in dated if o.event_type == ev.event_type]
        if same:
            out[k] = _carried(ev, same[0], "headline", with_status=True)
        elif incident is not None and ev.event_type == "ASSAULT":
            out[k] = anchored(ev, *incident, published, "headline")
    return tuple(out)


# words that tell an attack or its toll in a sentence with no event of its own ("after the fight")
_INCIDENT = re.compile(
    r"(?i)\b(?:" + "|".join(sorted(ATTACK_NOUNS | FIGHTING)) + r")\b"
    r"|\b(?:kill|died|dead|death|wound|injur|hurt|shot|slain|stab|murder)"
)


def _incident_date(
    text: str,
    end: int,
    told: Sequence[tuple[TimeExpr, str, str]],
    sentences: Sequence[Span],
    published: dt.date | None,
) -> tuple[TimeExpr, str, str] | None:
    """The first date, not after publication, of the first of the body's first sentences (the body
    starts at ``end``) that tells an attack or a toll and dates it."""
    body = [s for s in sentences if s.start >= end][:_BODY_SENTENCES]
    for s in body:
        if not _INCIDENT.search(text, s.start, s.end):
            continue
        for x, rule, precision in told:
            if s.start <= x.start < s.end and (published is None or (x.date or "") <= published.isoformat()):
                return x, rule, precision
    return None


# "the attack on a village in Molo on December 26, in which four people were hacked to death": the
# relative clause tells more of the act named before it
_IN_WHICH = re.compile(r"(?i)[^.;]*?,?\s+(?:in|during|after)\s+which\b[^;]*$")


def in_which(events: tuple[Event, ...], text: str) -> tuple[Event, ...]:
    """An attack told in an "in which" clause of an act dated by its own sentence ("charged on Friday
    over the raid on a village on December 26, in which four people were hacked to death") takes
    that act's date, when its own came only from the sentence, the publication or when it was said
    (method ``narrative:<how>``, evidence method ``in-which``)."""
    out = list(events)
    for k, ev in enumerate(events):
        w = ev.when
        if ev.event_type != "ASSAULT" or w is None or w.method.startswith("clause:"):
            continue
        owner = next(
            (
                o
                for o in reversed(events)
                if o.sentence_index == ev.sentence_index
                and o.trigger.end <= ev.trigger.start
                and o.when is not None
                and o.when.method.startswith(("clause:", "sentence:"))
                and _IN_WHICH.match(text, o.trigger.end, ev.trigger.start)
            ),
            None,
        )
        if owner is not None:
            out[k] = _carried(ev, owner, "in-which", with_status=True)
    return tuple(out)


_FINER = {"year": ("month", "day"), "month": ("day",)}
# acts that last: "the war in 2020" is not the day of one of its battles
_DURATIVE = frozenset(
    "war wars conflict insurgency campaign occupation siege crackdown unrest uprising violence fighting "
    "hostilities blockade offensive strike strikes protests movement".split()
)


def refine(events: tuple[Event, ...]) -> tuple[Event, ...]:
    """A coarse date made finer by a later report of the same act: "seven activists arrested in December
    2020" ... "Velasco was arrested on December 10, 2020" -> the arrest is dated 10 December. The other
    event must have the same type, be dated from its own clause or sentence (not by the day it was said:
    "18 drivers have been killed this year" after "On Saturday, police said the driver had been killed"),
    and fall inside the coarse date's span, and the coarse one must not be an act that lasts ("war",
    "siege", "crackdown"); the first such event in the story wins (method ``<how>:coreference``, how the
    coarse date was attached)."""
    out = list(events)
    for k, ev in enumerate(events):
        w = ev.when
        if w is None or w.date is None or w.date_end is None or w.precision not in _FINER:
            continue
        if not w.method.startswith(OWN_DATE) or ev.trigger_text.lower() in _DURATIVE:
            continue
        if w.text and _EARLIER_IN.match(w.text):
            continue  # "Earlier this year, a drone strike on a funeral ...": an act before the story's
        for other in events:
            o = other.when
            if (
                other is ev
                or other.event_type != ev.event_type
                or other.status in ("planned", "hypothetical", "negated")
                or o is None
                or o.date is None
                or o.precision not in _FINER[w.precision]
                or not o.method.startswith(("clause:", "sentence:"))  # not the day it was said
                or not w.date <= o.date <= w.date_end
            ):
                continue
            when = dataclasses.replace(o, method=w.method.split(":", 1)[0] + ":coreference")
            why = Evidence("date", o.start or 0, o.end or 0, o.text or "", STAGE, "coreference")
            out[k] = dataclasses.replace(ev, when=when, evidence=_redated(ev.evidence, why))
            break
    return tuple(out)


# what may stand before a paragraph's opening date ("On July 14, ...", "Early on Sunday, ..."); matched
# from the sentence's start to the date's
_PART_OF_DAY = r"(?:the\s+(?:morning|afternoon|evening|night|early\s+hours)\s+of\s+)?"
# (a thread's post number and time, "1/", "1/ 20:40 -", and a time: "1/ Around 10pm on Monday, ...")
_OPENING = re.compile(
    # ... a security report's "DTG:" (its day-time group) or a form's "Date:" field too
    rf"(?i)[\W_]*(?:(?:DTG|date)\s*:\s*)?(?:{POST_NUMBER}\s+)?(?:\d{{1,2}}[:.]\d{{2}}\s*[-–—]\s*)?"
    r"(?:(?:at|around|about)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|hrs|hours)?\s+)?"
    rf"(?:(?:early|late)\s+)?(?:on|in|at|by|during|around|last|this)?\s*{_PART_OF_DAY}$"
)
# ... or after a telling that opens the sentence: "Presenting the facts, the inspector told the court
# that on March 29, 2026, a dispute ...", "According to the prosecution, on 14 September he ..."
_TOLD_OPENING = re.compile(
    r"(?i)[^.;]{0,160}?\b(?:told\s[^.;]{0,60}?\bthat|said\s+that|according\s+to\s[^,.;]{1,60},)"
    rf"\s*(?:(?:early|late)\s+)?(?:on|in|at|by|during|around)?\s*{_PART_OF_DAY}$"
)
_VIOLENT = frozenset({"ASSAULT", "COERCE"})
# what follows a paragraph's opening date: a comma ("On July 14, the youth ..."), the scene's subject
# right away ("On Sunday evening the pizzeria was full"), or the line's end ("DTG: 030615Z MAR 25")
_SCENE_AFTER = re.compile(r",|\s+(?:the|a|an|he|she|they)\s|[ \t]*\n")
_ANCHOR_REACH = 4  # sentences


def paragraph_anchor(
    events: tuple[Event, ...],
    found: Sequence[tuple[TimeExpr, str, str]],
    story: Story,
    incidents: Sequence[tuple[TimeExpr, str, str]] = (),
) -> tuple[Event, ...]:
    """A violent act with no date of its own takes the date that opens its paragraph ("On July 14,
    the accused was alone at home. The girl came at 10:30 am. ... Sethi strangled her."), when no
    other date is told in between, the opening date is not after publication, and the act's sentence
    announces no other incident. An attack (not an arrest, which may come later) also takes the one
    day of an earlier sentence that tells an incident ("charged a man with murder following a stabbing
    in Perth in the early hours of Sunday 5 April. Shortly after 2am, officers were called to reports
    of a fight"), when ``incidents`` holds it (it does not tell when something was said) and it is no
    more than two weeks before publication (evidence method ``incident-before``). Without a parse of
    paragraphs (a story of one-sentence paragraphs) nothing is carried. ``found`` holds each usable
    expression with its rule and its precision as an event's date."""
    text, sents = story.text, story.sentences
    if not sents:
        return events
    opening: dict[int, tuple[TimeExpr, str, str]] = {}
    dated: dict[int, list[tuple[TimeExpr, str, str]]] = {}
    for x, rule, precision in found:
        k = next((i for i, s in enumerate(sents) if s.start <= x.start < s.end), None)
        if k is None:
            continue
        dated.setdefault(k, []).append((x, rule, precision))
        opens = any(r.match(text, sents[k].start, x.start) for r in (_OPENING, _TOLD_OPENING))
        if opens and _SCENE_AFTER.match(text, x.end):
            opening.setdefault(k, (x, rule, precision))
    told_free = {x.start for x, _, _ in incidents}
    posts = told_as_one(text)  # a thread's posts tell one incident across their paragraphs
    out = list(events)
    for j, ev in enumerate(events):
        w = ev.when
        if w is None or w.method != "publication-date" or ev.status != "reported":
            continue
        if ev.event_type not in _VIOLENT:
            continue
        if ev.sentence_index in dated or _NEW_INCIDENT.search(text, ev.sentence.start, ev.sentence.end):
            continue
        for k in range(ev.sentence_index - 1, max(-1, ev.sentence_index - 1 - _ANCHOR_REACH), -1):
            if paragraph_break(text, sents[k].end, ev.sentence.start, posts):
                break
            if k in opening:
                out[j] = anchored(ev, *opening[k], story.published)
                break
            if k in dated and all(_lasting(text, x.start, x.end, p) for x, _, p in dated[k]):
                continue  # "Families there have been occupying the area since 2022.": background
            if k in dated:
                if ev.event_type == "ASSAULT":  # not an arrest: it may come later
                    attack = _attack_dated_in(events, k)
                    day = _incident_day(dated[k], told_free, text, sents[k], story.published, attack)
                    if day is not None:
                        out[j] = anchored(ev, *day, story.published, how="incident-before")
                break
    return tuple(out)


def timeline_day(
    events: tuple[Event, ...], incidents: Sequence[tuple[TimeExpr, str, str]], story: Story
) -> tuple[Event, ...]:
    """An act told in a timeline's entry ("16:09 - The first blast goes off") with no date of its own
    takes the day the introduction gives the timeline ("Two explosions tore through the market ... on
    Tuesday afternoon. This is how the day unfolded"): the last day told before the first entry
    (evidence method ``timeline``). The entries' times of day tell no other day."""
    entries = timeline_entries(story.text)
    if not entries:
        return events
    days = [u for u in incidents if u[0].end <= entries[0][0] and u[2] == "day"]
    if not days:
        return events
    day = max(days, key=lambda u: u[0].start)
    out = list(events)
    for j, ev in enumerate(events):
        w = ev.when
        if w is None or w.method != "publication-date" or ev.status != "reported":
            continue
        if any(s <= ev.trigger.start < e for s, e in entries):
            out[j] = anchored(ev, *day, story.published, how="timeline")
    return tuple(out)


def form_day(
    events: tuple[Event, ...], incidents: Sequence[tuple[TimeExpr, str, str]], story: Story
) -> tuple[Event, ...]:
    """An act of an incident form ("Incident: armed men raided a settlement") with no date of its own
    sentence takes the day of the form's date field ("When: 17-02-2026, about 21:00"; evidence
    method ``form``, :mod:`whimbrel.forms`)."""
    field = date_field(story.text)
    if field is None:
        return events
    day = next((u for u in incidents if field.start <= u[0].start < field.end and u[2] == "day"), None)
    if day is None:
        return events
    out = list(events)
    for j, ev in enumerate(events):
        w = ev.when
        if w is None or ev.status != "reported" or w.method.split(":")[0] in ("clause", "sentence"):
            continue
        out[j] = anchored(ev, *day, story.published, how="form")
    return tuple(out)


# a sentence telling when the story's incident happened, the incident named by a pronoun or a noun of
# violence: "It happened on Thursday morning", "The confrontation took place on Thursday", "the
# violence broke out on Monday", "a feud between two families ... flared again on Friday"
_HAPPENED = re.compile(
    # ("the facts occurred around 22:00 hours on Sunday": translated press)
    r"(?i)\b(?:it|this|that|what|violence|confrontation|incident|feud|unrest|riot|brawl|facts|"
    + "|".join(sorted(ATTACK_NOUNS | FIGHTING))
    + r")\b(?:\s+[\w'’-]+){0,8}?\s+(?:happened|took\s+place|occurred|broke\s+out|erupted|flared)\b"
)
_HAPPENED_REACH = 3  # sentences before or after the one telling when
_HAPPENED_GAP = 12  # characters between the verb and its day ("took place early on Thursday")


def happened_on(
    events: tuple[Event, ...], incidents: Sequence[tuple[TimeExpr, str, str]], story: Story
) -> tuple[Event, ...]:
    """An attack with no day of its own (dated by publication or by the day it was said) takes the
    day of a nearby sentence that tells when the incident happened ("A suicide bomber has struck
    outside a bank in Lashkar Gah. It happened on Thursday morning ..."; "... has left seven people
    dead. ... The confrontation took place on Thursday"), when that sentence holds one day (the one
    right after the verb, of several), not when something was said, as old as :func:`_incident_day`
    allows and not after the day the attack was said; not across a paragraph break nor into a sentence
    announcing another incident (evidence method ``happened-on``)."""
    text, sents = story.text, story.sentences
    if story.published is None or not sents:
        return events
    days: dict[int, tuple[TimeExpr, str, str]] = {}
    for k, s in enumerate(sents):
        m = _HAPPENED.search(text, s.start, s.end)
        if m is None or _NEW_INCIDENT.search(text, s.start, s.end):
            continue  # "Another attack happened on Monday"
        told = [u for u in incidents if s.start <= u[0].start < s.end]
        # the day right after the verb ("took place on Thursday, but ... only released this morning")
        after = [u for u in told if m.end() <= u[0].start <= m.end() + _HAPPENED_GAP]
        told = after[:1] or told
        day = _incident_day(told, {u[0].start for u in told}, text, s, story.published, attack=True)
        if day is not None:
            days[k] = day
    if not days:
        return events
    loose = one_line_paragraphs(story)
    out = list(events)
    for j, ev in enumerate(events):
        w = ev.when
        if ev.event_type != "ASSAULT" or ev.status != "reported" or w is None or not _undated(w):
            continue
        if _NEW_INCIDENT.search(text, ev.sentence.start, ev.sentence.end):
            continue
        near = sorted(days, key=lambda k: abs(k - ev.sentence_index))
        k = near[0]
        if abs(k - ev.sentence_index) > _HAPPENED_REACH or k == ev.sentence_index:
            continue
        first, last = sorted((sents[k], ev.sentence), key=lambda s: s.start)
        if paragraph_break(text, first.end, last.start, loose):
            continue
        x = days[k][0]
        if w.method.startswith("statement:") and (x.date or "") > (w.date or ""):
            continue  # the day it was said comes before: another incident
        out[j] = anchored(ev, *days[k], story.published, how="happened-on")
    return tuple(out)


def _attack_dated_in(events: Sequence[Event], k: int) -> bool:
    """Sentence ``k`` tells an attack dated by its own clause or sentence: an incident."""
    return any(
        e.sentence_index == k
        and e.event_type == "ASSAULT"
        and e.when is not None
        and e.when.method.startswith(("clause:", "sentence:"))
        for e in events
    )


# words naming an incident a sentence's day may date: "following a stabbing ... on Sunday 5 April";
# or the gathering the violence broke out at: "Saturday's county derby", "protesting ... on Wednesday"
_INCIDENT_NAMED = re.compile(
    r"(?i)\b(?:stabbing|shooting|attack|assault|murder|homicide|killing|fight|brawl|confrontation|clash"
    r"|clashes|clashed|riot|riots|ambush|ambushed|raid|raided|explosion|blast|bombing|arson|fire|violence"
    r"|massacre|shootout|gunfight|grenade|bomb"
    r"|protest|protests|protesting|demonstration|rally|match|derby|game|tournament|kick-off|concert"
    r"|festival|fiesta|carnival|wedding|funeral|procession)\b"
)
_INCIDENT_DAYS = BACKGROUND_DAYS


def _incident_day(
    told: Sequence[tuple[TimeExpr, str, str]],
    told_free: set[int],
    text: str,
    sent: Span,
    published: dt.date | None,
    attack: bool = False,
) -> tuple[TimeExpr, str, str] | None:
    """The sentence's one day, when it tells an incident (in words, or ``attack``: an attack dated by
    its own sentence) and not when something was said, no more than two weeks before publication;
    of several, the one told right after an incident's noun ("remanded on Thursday three men charged
    over a shooting at a market in Kondele on 29 May"). A day so told may be up to 60 days old."""
    if len(told) > 1 and len({u[0].date for u in told}) == 1:
        told = told[:1]  # "on Monday (27 Jan)": one day told twice
    if len(told) > 1:
        told = [u for u in told if _named_before(text, sent, u[0], told)]
    days = {x.date for x, _, precision in told if precision == "day"}
    if len(told) != 1 or len(days) != 1 or published is None:
        return None
    x = told[0][0]
    if (
        x.start not in told_free
        or x.date is None
        or not (attack or _INCIDENT_NAMED.search(text, sent.start, sent.end))
    ):
        return None
    ago = (published - dt.date.fromisoformat(x.date[:10])).days
    reach = HISTORICAL_DAYS if _named_before(text, sent, x, told) else _INCIDENT_DAYS
    return told[0] if 0 <= ago <= reach else None


# words telling that something was said, between an incident's noun and a day: the day is the telling's
_TOLD_BETWEEN = re.compile(
    r"(?i)\b(?:said|says|say|told|statement|announced|released|reported|confirmed|added|according)\b"
)
_NAMED_GAP = 80  # characters from an incident's noun to its day ("a shooting at a market in X on 29 May")


def _named_before(text: str, sent: Span, x: TimeExpr, told: Sequence[tuple[TimeExpr, str, str]]) -> bool:
    """An incident's noun comes shortly before ``x`` in its sentence, no other expression between."""
    lo = max(sent.start, x.start - _NAMED_GAP)
    named = list(_INCIDENT_NAMED.finditer(text, lo, x.start))
    if not named or _TOLD_BETWEEN.search(text, named[-1].end(), x.start):
        return False  # "killing seven soldiers, the army said in a statement released on Sunday"
    return not any(named[-1].end() <= y.start < x.start for y, _, _ in told)


def anchored(
    ev: Event,
    x: TimeExpr,
    rule: str,
    precision: str,
    published: dt.date | None,
    how: str = "paragraph-opening",
) -> Event:
    """``ev`` dated by the expression ``x`` told elsewhere (evidence method ``how``), historical when old."""
    if x.date is None or (published is not None and x.date > published.isoformat()):
        return ev
    when = _narrative_when(x, rule, precision)
    why = Evidence("date", x.start, x.end, x.text, STAGE, how)
    evidence = list(_redated(ev.evidence, why))
    status = ev.status
    why_old = historical_by(x, published)
    if why_old is not None:
        status = "historical"
        evidence.append(Evidence("status", x.start, x.end, x.text, STAGE, why_old))
    return dataclasses.replace(ev, when=when, status=status, evidence=tuple(evidence))


def _narrative_when(x: TimeExpr, rule: str, precision: str) -> When:
    """The date an act takes from the expression ``x`` told elsewhere (method ``narrative:<rule>``)."""
    return When(
        date=x.date,
        date_end=x.date_end,
        precision=precision,
        text=x.text,
        start=x.start,
        end=x.end,
        method=f"narrative:{rule}",
    )


def publication_day(ev: Event, published: dt.date) -> tuple[When, Evidence]:
    """An act dated by the publication day, as the fallback for an act told as past or present, with
    its evidence on the trigger (method ``publication-date``)."""
    day = published.isoformat()
    t = ev.trigger
    return (
        When(date=day, date_end=day, precision="day", method="publication-date"),
        Evidence("date", t.start, t.end, ev.trigger_text, STAGE, "publication-date"),
    )


def historical_by(x: TimeExpr, published: dt.date | None) -> str | None:
    """Why an act dated by ``x`` is history, or None: its last day is more than 60 days before
    publication ("dates:older-than-60-days"), or it is told only by a year before the publication's
    ("one last year killed twenty soldiers", told in January: "dates:an-earlier-year")."""
    if published is None or x.date_end is None:
        return None
    if dt.date.fromisoformat(x.date_end).toordinal() < published.toordinal() - HISTORICAL_DAYS:
        return "dates:older-than-60-days"
    if x.precision in ("year", "decade", "century") and int(x.date_end[:4]) < published.year:
        return "dates:an-earlier-year"
    return None


def story_day(
    events: tuple[Event, ...],
    found: Sequence[tuple[TimeExpr, str, str]],
    incidents: Sequence[tuple[TimeExpr, str, str]],
    story: Story,
) -> tuple[Event, ...]:
    """An attack still undated (the publication date, or only the day it was said) takes the one day the
    story tells before it, or else the one day the story tells, when every such day that is no saying's is
    that day, it is no more than two weeks before publication and before the day the attack was said ("...
    on its first run of the day on Friday when two men on a motorcycle pulled alongside. ... On Saturday,
    police said the driver and one passenger had been killed"): a feature that sets its scene ("on
    Saturday tens of thousands lined the banks for the annual race. ... attacked the winners with bamboo
    poles") or names the day only after the act ("Saturday's fiesta was the first since the pandemic").
    Evidence method ``story-day``. Not when an attack of the story is dated by that day in its own
    sentence (the day is that attack's), nor from a sentence that announces another incident, nor across a
    paragraph break, nor from the act's own sentence, whose days the act has already turned down ("on the
    eve of Saturday's election")."""
    published, text = story.published, story.text
    if published is None:
        return events
    told_free = {x.start for x, _, _ in incidents}
    days = [u for u in found if u[2] == u[0].precision == "day" and u[0].start in told_free]
    told = [
        u
        for u in days
        if not any(
            s.start <= u[0].start < s.end and _NEW_INCIDENT.search(text, s.start, s.end)
            for s in story.sentences
        )
    ]
    out = list(events)
    for j, ev in enumerate(events):
        w = ev.when
        if ev.event_type != "ASSAULT" or ev.status != "reported" or w is None or not _undated(w):
            continue
        if _NEW_INCIDENT.search(text, ev.sentence.start, ev.sentence.end):
            continue
        # the days told before the act, else all the story's ("Saturday's fiesta was the first ...")
        pool = [u for u in days if u[0].start < ev.sentence.start] or days
        if len({x.date for x, _, _ in pool}) != 1:
            continue
        day = pool[0][0].date or ""
        if not 0 <= (published - dt.date.fromisoformat(day[:10])).days <= _INCIDENT_DAYS:
            continue
        if (w.date or "") < day or any(
            e.event_type == "ASSAULT"
            and e.when is not None
            and e.when.date == day
            and e.when.method.startswith(OWN_DATE)
            for e in events
        ):
            continue
        near = [
            u
            for u in told
            if u[0].date == day
            and not ev.sentence.start <= u[0].start < ev.sentence.end
            and not paragraph_break(text, min(u[0].end, ev.sentence.end), max(u[0].start, ev.sentence.start))
        ]
        if near:
            out[j] = anchored(ev, *near[0], published, how="story-day")
    return tuple(out)


# a court's or a charge's words: the sentence tells of proceedings about an act
_PROCEEDINGS_WORDS = re.compile(
    r"(?i)\b(?:court|judge|magistrates?|remanded|charged|charges|arraigned|indicted|prosecutors?|bail"
    r"|custody|trial|defendants?|accused|suspects?|detention|sentenced|convicted)\b"
)
# what hangs the act on the proceedings: "in connection with the violent clash", "the suspect in the
# killing of", "charged ... following a stabbing", "over the attack"
_ABOUT_THE_ACT = re.compile(
    r"(?i)\b(?:in\s+connection\s+with|over|for|following|after|in|of|with)\s+(?:the|a|an|last\s+\w+'s)?\s*"
    r"(?:[\w-]+\s+){0,2}$"
)


def proceedings_acts(
    events: tuple[Event, ...],
    story: Story,
    incidents: Sequence[tuple[TimeExpr, str, str]] = (),
) -> tuple[Event, ...]:
    """A story of proceedings about an attack: its first sentence names the attack with a court's or a
    charge's words ("The Ho Circuit Court has remanded five men ... in connection with the violent
    clash at Anloga", "The Court of Fier on Saturday ordered the suspect in the killing of two
    brothers ... held"). The sentence's day, or the publication's, is the court's, not the attack's:

    - the attack so named takes its own day told after its noun ("charged over a shooting on 8
      March"), else the day of the first attack told after it ("... told the court that on March 29,
      2026, ... Shots were fired"), else the first day after it that tells no saying ("Police were
      called ... in the early hours of Saturday 29 March"), when that day is before the court's and no
      more than 60 days before publication (evidence method ``told-later``);
    - the attacks told after it with no day of their own (the publication date) are the same attack
      retold ("Men travelling with the convoy opened fire. Sergeant Ramiro Flores was shot dead")
      and take its day (evidence method ``lead-act``), unless their sentence announces another
      incident.

    An article about one incident (:func:`_lead_act`) is read the same way: the acts its
    sections retell with no day of their own take the day of the attack its first sentence names."""
    published, text = story.published, story.text
    named = _lead_act(events, story)
    if named is None or published is None:
        return events
    out = list(events)
    act = events[named]
    w = act.when
    assert w is not None and w.date is not None
    if w.method == "publication-date" or w.start is None or w.start < act.trigger.start:
        later = _told_later(events, act, incidents, w.date, published)
        if later is None:
            return events
        why = Evidence("date", later.start or 0, later.end or 0, later.text or "", STAGE, "told-later")
        out[named] = act = dataclasses.replace(act, when=later, evidence=_redated(act.evidence, why))
    day = act.when
    assert day is not None
    for j, ev in enumerate(events):
        e = ev.when
        if (
            j == named
            or ev.event_type != "ASSAULT"
            or ev.status != "reported"
            or ev.sentence_index == 0
            or e is None
            or e.method != "publication-date"
            or _NEW_INCIDENT.search(text, ev.sentence.start, ev.sentence.end)
        ):
            continue
        when = dataclasses.replace(day, method=day.method.split(":", 1)[0] + ":lead-act")
        why = Evidence("date", day.start or 0, day.end or 0, day.text or "", STAGE, "lead-act")
        out[j] = dataclasses.replace(ev, when=when, evidence=_redated(ev.evidence, why))
    return tuple(out)


# an article about one incident, named in its first words: "The 2024 Sombrerete ambush was an armed
# attack on ...", "The Yagoua clashes were ..."
_ARTICLE_LEAD = re.compile(
    r"\s*(?:The\s+)?(?:\d{4}\s+)?(?:[A-Z][\w'’.-]*\s+){1,5}"
    r"(?:attacks?|ambush|shooting|massacre|bombings?|clash|clashes|raid|killings?|stabbing|riots?)"
    r"\s+(?:was|were)\s+(?:a|an|the)\b"
)


def _lead_act(events: tuple[Event, ...], story: Story) -> int | None:
    """The index of the attack the story's first sentence names with a court's or a charge's words,
    or None when the story does not open with proceedings. An article about one incident ("The 2024
    Sombrerete ambush was an armed attack on a convoy ... on 22 July 2024") names its attack the same
    way: its first attack with a day of its own."""
    text = story.text
    if not story.sentences:
        return None
    lead = story.sentences[0]
    article = _ARTICLE_LEAD.match(text, lead.start, lead.end) is not None
    if not article and not _PROCEEDINGS_WORDS.search(text, lead.start, lead.end):
        return None
    for j, ev in enumerate(events):
        w = ev.when
        if ev.event_type != "ASSAULT" or ev.status != "reported" or ev.sentence_index != 0:
            continue
        if w is None or w.date is None:
            continue
        if article and w.method.startswith(OWN_DATE):
            return j  # the incident the article is about, with its own day
        about = _ABOUT_THE_ACT.search(text, max(lead.start, ev.trigger.start - 60), ev.trigger.start)
        if not article and about:
            return j  # "in connection with the clash", "the suspect in the killing of"
    return None


def court_days(events: tuple[Event, ...], story: Story) -> tuple[Event, ...]:
    """In a story of proceedings (:func:`proceedings_acts`), the day its first sentence tells before
    the attack it names is the court's ("The Keta District Court on Monday remanded six men ... in
    connection with the clash"): an attack of a later sentence that took it as told again is undated
    once more (the publication date, evidence method ``publication-date``), for the facts told to the
    court to date it."""
    named = _lead_act(events, story)
    if named is None or story.published is None:
        return events
    w = events[named].when
    lead = story.sentences[0]
    if w is None or w.start is None or not lead.start <= w.start < events[named].trigger.start:
        return events
    out = list(events)
    for j, ev in enumerate(events):
        e = ev.when
        if ev.sentence_index == 0 or e is None or not e.method.startswith("narrative") or e.start != w.start:
            continue
        when, why = publication_day(ev, story.published)
        out[j] = dataclasses.replace(ev, when=when, evidence=_redated(ev.evidence, why))
    return tuple(out)


_OWN_DAY_GAP = 120  # characters from the noun of an attack proceedings name to its own day


def _told_later(
    events: tuple[Event, ...],
    act: Event,
    incidents: Sequence[tuple[TimeExpr, str, str]],
    court: str,
    published: dt.date,
) -> When | None:
    """The day of the attack a proceedings' sentence names, told after it: a day after its noun in
    the sentence ("in connection with the violence that broke out outside a counting centre during a
    by-election on December 7"), else the first later attack's own day, else the first later day that
    tells no saying; None when that day is not before the court's ``court`` or is more than 60 days
    before publication."""
    own = [
        u
        for u in incidents
        if act.trigger.end <= u[0].start < min(act.sentence.end, act.trigger.end + _OWN_DAY_GAP)
        and u[2] == "day"
    ]
    when = (
        None
        if own
        else next(
            (
                e.when
                for e in events
                if e.event_type == "ASSAULT"
                and e.status == "reported"
                and e.sentence_index > act.sentence_index
                and e.when is not None
                and e.when.date is not None
                and not _undated(e.when)
            ),
            None,
        )
    )
    if when is None:
        after = [u for u in incidents if u[0].start >= act.sentence.end and u[2] == "day"]
        x = next((u for u in own + after if u[0].date), None)
        if x is None:
            return None
        when = _narrative_when(x[0], x[1], x[2])
    if when.date is None or when.date >= court:
        return None
    if (published - dt.date.fromisoformat(when.date[:10])).days > HISTORICAL_DAYS:
        return None
    return dataclasses.replace(when, method=when.method.split(":", 1)[0] + ":told-later")


# charges, arrests, custody and condemnations: acts about an earlier act, which stays the news ("A
# judge on Tuesday set bail for a man charged in a shooting on 8 March")
_PROCEEDINGS = frozenset({"ACCUSE", "COERCE"})


def _opens_sentence(text: str, ev: Event, w: When) -> bool:
    """The date opens the event's sentence ("Last month, ...", "In April, ...")."""
    if w.start is None or not text:
        return False
    return text[ev.sentence.start : w.start].strip().lower() in ("", "in", "earlier", "and", "but")


def background(events: tuple[Event, ...], published: dt.date | None, text: str = "") -> tuple[Event, ...]:
    """Acts told as background to the story's news are historical even when less than 60 days old:
    one that ends more than two weeks before the story's lead act (the first reported act dated by
    its own clause or sentence, not later than the publication day, and no charge, arrest or
    condemnation, which is about an earlier act, nor another act than an attack told in a sentence
    of proceedings: "charged on Monday by the prosecutor's office, which is asking for them to remain
    in detention"), or that is dated only by a month before the lead act's, told first in its
    sentence ("Last month, 14 people died in a similar attack") — "clashes on Saturday killed four
    ... The city is still mourning a crush on 1 December that killed 56" (the crush), "a strike on
    Sunday killed 13 ... hundreds were killed when the RSF took the city in late October" (the
    takeover). Evidence method ``dates:background``."""
    if published is None:
        return events
    lead = next(
        (
            e.when.date_end
            for e in sorted(events, key=lambda e: e.trigger.start)
            if e.status == "reported"
            and e.event_type not in _PROCEEDINGS
            and not (
                e.event_type != "ASSAULT"
                and _PROCEEDINGS_WORDS.search(text, e.sentence.start, e.sentence.end) is not None
            )
            and e.when is not None
            and e.when.date_end is not None
            and e.when.method.startswith(OWN_DATE)
        ),
        None,
    )
    if lead is None:
        return events
    news_day = min(dt.date.fromisoformat(lead), published)
    news = news_day.toordinal()
    out = []
    for ev in events:
        w = ev.when
        if (
            ev.status == "reported"
            and w is not None
            and w.date_end is not None
            and w.method != "publication-date"
            and (
                dt.date.fromisoformat(w.date_end).toordinal() < news - BACKGROUND_DAYS
                # "Last month, 14 people died in a similar attack": a month before the news's month,
                # told first in its sentence as the frame of what follows
                or (
                    w.precision == "month"
                    and w.date_end[:7] < news_day.isoformat()[:7]
                    and _opens_sentence(text, ev, w)
                )
                # "Earlier this year, a drone strike on a funeral killed 40": told as before the news,
                # in a year already more than a month old
                or (
                    w.precision == "year"
                    and w.start is not None
                    and _EARLIER_IN.search(text, max(0, w.start - 12), w.end or w.start) is not None
                    and (w.date or "")[:4] == news_day.isoformat()[:4]
                    and news_day.timetuple().tm_yday > 31
                )
            )
        ):
            why = Evidence("status", w.start or 0, w.end or 0, w.text or "", STAGE, "dates:background")
            ev = dataclasses.replace(ev, status="historical", evidence=(*ev.evidence, why))
        elif ev.status == "reported" and (earlier := _EARLIER_ONES.match(text, ev.sentence.start)):
            # "Earlier flare-ups between clan militias ... killed scores of people": acts before the
            # story's, told together with no day; the publication's day is not theirs
            said, end = earlier.group(0).strip(), earlier.end()
            why = Evidence("status", end - len(said), end, said, STAGE, "dates:background")
            kept = tuple(e for e in ev.evidence if e.field != "date")
            ev = dataclasses.replace(ev, status="historical", when=None, evidence=(*kept, why))
        out.append(ev)
    return tuple(out)


# a date told as earlier in the present year or month: "Earlier this year", "earlier in the month"
_EARLIER_IN = re.compile(r"(?i)\bearlier\s+(?:this|in\s+the)\s+(?:year|month)\b")


# a sentence that opens on earlier acts of the kind, with no day: "Earlier flare-ups between ...",
# "Previous attacks on the town ..." (not "Earlier, gunmen attacked ...": earlier the same day)
_EARLIER_ONES = re.compile(
    r"\s*(?:Earlier|Previous|Past|Prior)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:attacks|clashes|flare-ups|raids|strikes|air\s?strikes|bombings|offensives|massacres|rounds\s+of\s+fighting)\b"
)
