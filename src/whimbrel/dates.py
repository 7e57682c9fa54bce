"""Temporal expressions resolved against the publication date, and each event's date.

``find_times(text, published)`` finds expressions with a regex grammar of whimbrel's own
(patterns and guards in :mod:`whimbrel.dates_patterns`, word lists in :mod:`whimbrel.dates_grammar`,
resolvers in :mod:`whimbrel.dates_rules`, calendar arithmetic in :mod:`whimbrel.dates_calendar`)
and gives each a TimeML-style value: "1998-08-07", "1998-W47",
"1998-10", "1998-Q3", "1998-SU", "1998", "199" (a decade), "P3D" (a duration), "PAST_REF".
Where several patterns match overlapping text, the longest wins ("late last month" over
"last month"). Relative expressions are resolved against the publication date:

- a weekday is the latest such day not after publication, or the next one not before it when
  the verb is future ("will meet on Monday"); "last"/"next" Monday are strictly before/after;
- a month (or month and day) without a year is the most recent one not after publication,
  or the next one when the verb is future or the next one is at most two months ahead (a
  past verb just before it, "began in November", keeps a bare month in the past);
- "two years ago" has year precision, "three days ago" day precision, "six weeks ago" week;
- "the next day", "the next morning", "two days later" count from the last day the story told,
  and "that evening", "later that day" are (part of) that day, dating nothing when none was told;
- "the quarter", "a year earlier", "the year-ago period" refer to the last quarter the story
  named (else the last completed quarter), as business news does;
- without a publication date only absolute expressions get a calendar value; relative ones
  become "PAST_REF" (or "FUTURE_REF" under a future hint) with no date.

The future hint comes from the parse in the stage (an auxiliary "will"/"shall", a governing
"plan to"/"is due to", or a planned event); without a parse, from cue words ("will", "is due
to", "scheduled") earlier in the same clause, and past verbs ("said", "began", "-ed") after them.

The stage ``dates.resolve.v1`` sets ``story.times`` and gives each event a ``When``:

1. ``clause``: an expression whose syntactic head reaches the event's trigger token without
   passing through another verb;
2. ``sentence``: else the expression in the same sentence nearest to the trigger (by
   characters, a clause mark in between counting extra); with a parse, only expressions of a
   clause that dominates the trigger, so "Tokayev met X and will meet Y on Friday" leaves
   "met" undated by "Friday", or of a "while"/"when"/"as" clause of the trigger ("was arrested
   while taking her daughter to see her parents in April 2016"), or of a casualty verb's "after"
   clause ("three died after two groups clashed on Monday"). A date told once for coordinated past
   acts dates them all ("killed a gendarme and wounded three others ... on Friday"), and the
   participle of an attack noun carries the attack's date ("a blast triggered on Thursday").
   A date that hangs on a speech verb after the act ("Eight miners were killed, a spokesman said on
   Monday") or qualifies a report ("In a Monday statement the army put its losses at four") only
   tells when it was said (method ``statement:<rule>``): another date of the sentence goes first
   ("That evening, men opened fire, police said on Monday"), and the narrative rules below may
   replace it with the date of the act told before. Two days told together ("on Friday and
   Saturday") date the act over both.
3. ``narrative``: else a toll (a casualty-word trigger) in the sentence right after a dated act of
   the same type, in the same paragraph, takes that act's date ("... overran a base early Sunday.
   The army said 15 militants were killed."), unless its sentence announces another incident;
4. ``publication-date``: else, for a *reported* event only, the publication date (day
   precision). A *planned* event keeps its planned date or none. A violent act so dated takes
   instead the date that opens its paragraph ("On July 14, the youth was alone at home. ... He
   strangled her."), when no other date is told in between (method ``narrative:<how>``); an attack
   so dated, or dated only by the day it was said, takes the one day of a nearby sentence telling
   when the incident happened ("It happened on Thursday morning", "The confrontation took place on
   Thursday"; evidence method ``happened-on``). An act of an incident form with no date of its own
   sentence takes the day of the form's date field ("When: 17-02-2026"; method ``form``,
   :mod:`whimbrel.forms`).

The rules across sentences (3, the paragraph's opening date in 4, and 5) are in
:mod:`whimbrel.dates_narrative`.

5. ``coreference``: an event dated to a month or year ("arrested in December 2020") takes the
   finer date of a later report of the same act in the story: an event of the same type dated
   inside that span ("was arrested on December 10, 2020"), never for acts that last
   ("the war in 2020"). Its method is ``clause:coreference`` or ``sentence:coreference``, after how
   the coarse date was attached.

Durations and undated references ("recently") are never an event's date. ``When.precision``
is day, week, month (also for quarters, halves and seasons, whose first and last day are
kept) or year (also for decades and centuries).

**Historical rule.** A *reported* event whose resolved last day (``When.date_end``) is more
than 60 days before the publication date ("in 2020 the two countries fought a war", "two years
ago") gets status ``historical``, with ``Evidence(field="status",
method="dates:older-than-60-days")`` pointing at the date's text; so does one told only by a year
before the publication's ("one last year killed twenty soldiers", told in January: method
``dates:an-earlier-year``). So does one whose last day is
more than 14 days before the story's lead act (the first dated from its own clause or
sentence that is no charge, arrest or condemnation, which are about an earlier act), as
background to the story's news (method ``dates:background``,
:func:`whimbrel.dates_narrative.background`). The publication-date fallback never makes an event
historical.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .dates_attach import (
    ATTACK_NOUNS,
    FUTURE_AUX,
    a_later_death,
    attached,
    has_aux,
    of_participant,
    said_after,
    tokens_of,
    when_told,
)
from .dates_calendar import Res
from .dates_narrative import (
    STAGE,
    background,
    court_days,
    follow_on,
    form_day,
    happened_on,
    headline,
    historical_by,
    in_which,
    paragraph_anchor,
    proceedings_acts,
    publication_day,
    refine,
    story_day,
    timeline_day,
    told_after,
)
from .dates_patterns import RULE_RANK, RULES
from .dates_relative import earlier_by
from .dates_rules import Ctx, Rule
from .digests import opens_entry
from .lexicon import HARM_LEMMAS, PLANNING_LEMMAS
from .nlp import one_line_paragraphs, span_root
from .registry import stage
from .types import Event, Evidence, Story, TimeExpr, When

log = logging.getLogger(__name__)

FutureHint = Callable[[int, int], "bool | None"]

_FUTURE_CUE = re.compile(
    r"(?i)(?:\b(?:will|shall|would|won't|(?:is|are|was|were)\s+to|(?:due|set|scheduled|slated|expected|going"
    r"|planning|plans?|intends?|aims?)\s+to|(?:set|scheduled|slated|planned|due)\s+for|to\s+be\s+held"
    r"|upcoming)\b|'ll\b)"
)
_PAST_CUE = re.compile(
    r"(?i)\b(?:said|says|was|were|had|did|told|began|came|went|took|fell|rose|broke|fought|held|left|met|ago)\b"
)
_PAST_VERB_BEFORE = re.compile(  # a past verb right before the expression: "began in November"
    r"(?i)\b(?:\w{3,}ed|began|came|went|took|fell|rose|broke|fought|held|left|met|was|were)\s+"
    r"(?:in|on|at|during|since|by|until|to)?\s*$"
)
_NOT_PAST = re.compile(r"(?i)\b(?:be|been|being|to|will|would|shall)\s+$")  # "will be held", "to be signed"
# A clause ends at ".!?;:" (not after an initial or "Mr", "Dr", "Gen", "Co") or a line break.
_CLAUSE_BREAK = re.compile(
    r"(?<!\b[A-Z])(?<!\bM[rs])(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\bGen)(?<!\bCo)[.!?;:]\s|\n"
)
_WHEN_PRECISION = {
    "day": "day",
    "week": "week",
    "month": "month",
    "quarter": "month",
    "half": "month",
    "season": "month",
    "year": "year",
    "decade": "year",
    "century": "year",
    "ref": "day",
}
_SPAN_PRECISION = {"D": "day", "W": "week", "M": "month"}  # "the past week": P1W


def _when_precision(x: TimeExpr) -> str:
    if x.precision == "duration":
        return _SPAN_PRECISION.get(x.value[-1:], "day")
    return _WHEN_PRECISION.get(x.precision or "", "day")


@dataclass(frozen=True)
class Found:
    """A temporal expression and the rule that made it."""

    expr: TimeExpr
    rule: str


def find_times(
    text: str, published: dt.date | None, *, future: FutureHint | None = None
) -> tuple[TimeExpr, ...]:
    """Find and normalise the temporal expressions of ``text`` (spans are offsets into ``text``).

    ``future(start, end)`` may say whether the clause around an expression is about the future
    (True), the past (False) or cannot tell (None: cue words decide).
    """
    return tuple(f.expr for f in find_all(text, published, future=future))


def find_all(text: str, published: dt.date | None, *, future: FutureHint | None = None) -> list[Found]:
    """Like :func:`find_times`, with the name of the rule behind each expression."""
    chosen = _select(_candidates(text))
    ctx = Ctx(anchor=published)
    out: list[Found] = []
    for start, end, rule, m in chosen:
        hint = future(start, end) if future is not None else None
        ctx.future = hint if hint is not None else _future_cue(text, start, end)
        ctx.strong = hint is not None
        ctx.pos = start
        try:
            res = rule.resolve(m, ctx)
        except (ValueError, OverflowError, KeyError):  # impossible calendar values: not a date
            log.debug("dropped %r (%s)", text[start:end], rule.name)
            continue
        if res is None:
            continue
        if res.precision == "day" and res.date is not None and res.kind in ("DATE", "TIME"):
            ctx.ref_day, ctx.ref_day_pos = res.date, start  # what "two days later" counts from
        if res.precision in ("day", "month") and res.date is not None and res.kind == "DATE":
            ctx.ref_month, ctx.ref_month_pos = res.date, start  # what "a month later" counts from
        out.append(Found(_expr(text, start, end, res), rule.name))
    return out


def _candidates(text: str) -> list[tuple[int, int, Rule, re.Match[str]]]:
    found = []
    for rule in RULES:
        for m in rule.pattern.finditer(text):
            if rule.accept is not None and not rule.accept(m, text):
                continue
            start, end = m.span("span") if "span" in rule.pattern.groupindex else m.span()
            if end > start:
                found.append((start, end, rule, m))
    return found


def _select(cands: list[tuple[int, int, Rule, re.Match[str]]]) -> list[tuple[int, int, Rule, re.Match[str]]]:
    """Longest first, then rule order; no two chosen expressions overlap."""
    cands.sort(key=lambda c: (-(c[1] - c[0]), RULE_RANK[c[2].name], c[0]))
    taken = bytearray(max((c[1] for c in cands), default=0))
    chosen = []
    for c in cands:
        if 1 not in taken[c[0] : c[1]]:
            taken[c[0] : c[1]] = b"\x01" * (c[1] - c[0])
            chosen.append(c)
    chosen.sort(key=lambda c: c[0])
    return chosen


def _future_cue(text: str, start: int, end: int) -> bool | None:
    """Cue words in the clause: "will"/"is due to" before the expression (after any "said")."""
    left = text[max(0, start - 80) : start]
    breaks = list(_CLAUSE_BREAK.finditer(left))
    if breaks:
        left = left[breaks[-1].end() :]
    fut = [m.end() for m in _FUTURE_CUE.finditer(left)]
    past = [m.end() for m in _PAST_CUE.finditer(left) if not _NOT_PAST.search(left, 0, m.start())]
    if fut and (not past or fut[-1] > past[-1]):
        return True
    before = _PAST_VERB_BEFORE.search(left)
    if before and not _NOT_PAST.search(left, 0, before.start()):
        return False
    right = text[end : end + 40]
    cut = _CLAUSE_BREAK.search(right)
    right = right[: cut.start()] if cut else right
    if not past and re.match(r"(?i)^(?:,?\s*\w+){0,3}?\s*(?:will|shall|'ll|is\s+due|are\s+due)\b", right):
        return True
    return None


def _expr(text: str, start: int, end: int, res: Res) -> TimeExpr:
    return TimeExpr(
        text=text[start:end],
        start=start,
        end=end,
        value=res.value,
        precision=res.precision,
        date=res.date.isoformat() if res.date else None,
        date_end=res.date_end.isoformat() if res.date_end else None,
        kind=res.kind,
    )


# ------------------------------------------------------------------------------------------- stage
def _parsed_sentences(story: Story) -> list[Any]:
    """The parse's sentences (``whimbrel.nlp.ParsedSentence``), read without importing spaCy."""
    sents = getattr(story.doc, "sentences", None)
    return list(sents) if sents else []


def _sentence_at(sents: Sequence[Any], pos: int) -> Any | None:
    for s in sents:
        if s.start <= pos < s.end and s.doc is not None:
            return s
    return None


def _governing_verb(tok: Any) -> Any | None:
    for _ in range(12):
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT":
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


_FUTURE_GOVERNORS = PLANNING_LEMMAS | {"set", "aim", "prepare", "go"}


# participles that tell a schedule ("is scheduled for April"; not "has gone on strike since May")
_SCHEDULED = _FUTURE_GOVERNORS - {"go", "hope"}


_STATIVE = frozenset(
    {"be", "have", "do", "say", "tell", "report", "claim", "know", "think", "believe", "remain", "seem"}
)


# verbs whose past tense is their present: the tagger's present "set" is as likely a past act
_SAME_IN_PAST = frozenset(
    "set put hit cut shut beat burst cast spread let hurt split shed quit thrust upset".split()
)


def _done(verb: Any) -> bool:
    """A participle told as a deed, not a schedule: "a blast *set off* by Naxals on Monday"."""
    return any(c.dep_ in ("prt", "agent") for c in verb.children)


def _owns_an_attack(tok: Any) -> bool:
    """The day is the possessive of an attack's noun: "Wednesday's raid", "Sunday's bombing"."""
    if tok.i + 1 >= len(tok.doc) or tok.nbor(1).lower_ not in ("'s", "’s"):
        return False
    return tok.head.lemma_.lower() in ATTACK_NOUNS or tok.head.lower_ in ATTACK_NOUNS


def _of_an_attack(root: Any) -> bool:
    """The expression hangs on an attack's or a killing's noun by a preposition: "the attack *on 20
    March*", "the bombing of 18 May", "the killing of nine miners near Yaloké on Thursday" (not a
    workers' "strike on Monday", which may be called for the future)."""
    prep = root.head
    noun = prep.head
    return (
        prep.dep_ == "prep"
        and prep.lower_ in ("on", "of")
        and noun.pos_ == "NOUN"
        and noun.lemma_.lower() in _DONE_ACTS
    )


# acts a date hung on is done, whatever the verb: "The clashes near Tabou on Wednesday will be
# described as ethnic", "The killing of nine miners on Thursday shows ..." (not a workers' strike)
_DONE_ACTS = (ATTACK_NOUNS - {"strike"}) | {"killing", "murder", "massacre", "abduction", "kidnapping"}


# what the violence a caption shows was: "... after a man attacked commuters with a knife"; never
# scheduled, so a present tense of them with a day is a headline's past ("Man kills 2 relatives with a
# machete in Ahuachapán on Monday")
_VIOLENT_VERBS = HARM_LEMMAS | frozenset(
    "attack stab shoot bomb shell storm raid explode hit ambush behead abduct kidnap massacre torch".split()
)
# what the violence a caption shows is called (not its arms: "NASA launches the rocket on Monday")
_VIOLENT_NOUNS = frozenset(
    "attack blast explosion ambush raid airstrike bombing shelling clash clashes firing assault shooting "
    "riot riots".split()
)
# arms a strike is made with: "a guided bomb strike", "an air strike" (not a workers' strike)
_STRIKE_ARMS = frozenset({"bomb", "air", "drone", "missile", "rocket", "artillery", "mortar"})


def _violent_scene(verb: Any) -> bool:
    """A present-tense clause showing violence, as a photo's caption does ("Smoke rises ... during a
    riot on Sunday", "Police tape closes off the station on Saturday after a man attacked commuters"):
    violence is told when done, not scheduled, so the day is past."""
    for t in verb.subtree:
        noun = t.lemma_.lower()
        if t.pos_ == "NOUN" and noun == "strike":
            if any(c.lemma_.lower() in _STRIKE_ARMS for c in t.children if c.dep_ in ("compound", "amod")):
                return True
        elif t.pos_ == "NOUN" and noun in _VIOLENT_NOUNS:
            return True
        after = any(c.dep_ == "mark" and c.lower_ == "after" for c in t.children)
        if t.dep_ == "advcl" and t.tag_ == "VBD" and after and t.lemma_.lower() in _VIOLENT_VERBS:
            return True
    return False


def _parse_hint(sents: Sequence[Any], planned_triggers: set[int]) -> FutureHint:
    def hint(start: int, end: int) -> bool | None:
        sent = _sentence_at(sents, start)
        if sent is None:
            return None
        toks = tokens_of(sent, start, end)
        if not toks:
            return None
        if toks[0].i > 0 and toks[0].nbor(-1).lower_ == "since":
            return False  # "on a hunger strike since September": a start, always past
        if _owns_an_attack(toks[-1]):
            return False  # "now gives a toll of nine in Wednesday's raid": the raid is done
        if _of_an_attack(span_root(toks)):
            return False  # "condemns the attack on 20 March", "the clashes on Wednesday will be described"
        verb = _governing_verb(span_root(toks))
        if verb is None:
            return None
        if sent.start + verb.idx in planned_triggers:
            return True
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
            return True
        if verb.tag_ == "VB" and verb.dep_ == "xcomp" and verb.head.lemma_ in _FUTURE_GOVERNORS:
            return True
        past_aux = any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)
        if (
            verb.tag_ == "VBN"
            and verb.lemma_ in _SCHEDULED
            and not past_aux
            and not _done(verb)
            and not any(c.dep_ == "nsubj" for c in verb.children)  # "gunmen set fire ... on Sunday"
        ):
            return True  # "is scheduled for April", "are set for Monday"
        if verb.tag_ == "VBD" or past_aux:
            return False
        if verb.dep_ in ("aux", "auxpass"):
            return None  # the tagger's "do" in "Mato Grosso do Sul"
        if verb.tag_ == "VBP" and verb.lower_ in _SAME_IN_PAST:
            return None  # "assailants set fire to a bar on Sunday": as likely past as present
        if verb.tag_ in ("VBP", "VBZ") and verb.lemma_ not in _STATIVE and not has_aux(verb):
            if verb.lemma_.lower() in ATTACK_NOUNS or verb.lower_.rstrip("s") in ATTACK_NOUNS:
                return None  # the tagger's verb "airstrikes" in "Junta airstrikes on a monastery"
            if _violent_scene(verb):
                return False  # a caption: "Firefighters work at the site of a bomb strike on Thursday"
            if verb.lemma_.lower() in _VIOLENT_VERBS or any(
                c.dep_ == "dobj" and c.lower_ == "fire" for c in verb.children
            ):
                # a ticker's "Gunmen kill 8 traders ... on Wednesday", "as gunmen open fire on a wedding
                # party ... on Nov. 4": no killing is scheduled
                return False
            return True  # news present tense with a date is a schedule: "the leaders meet on Monday"
        return None

    return hint


def _usable(f: Found) -> bool:
    """A date an event can take: a calendar date or time, or a span back to publication ("the past week")."""
    return f.expr.date is not None and f.expr.kind in ("DATE", "TIME", "DURATION")


_POSSESSIVE = re.compile(r"['’]s\b")
# a birth date dates a person, never an act: "One citizen, born in 1987, received a stab wound"
_BORN = re.compile(r"(?i)\bborn\s+(?:in|on)\s+$")


def _names_another(f: Found, ev: Event, text: str) -> bool:
    """A date in the possessive names another event: "the eve of *Saturday's* presidential election"
    (not "the toll from *Saturday's* attack", whose noun is the event's own trigger, nor the violence
    an attack was part of: "houses burned in *Friday's* communal clash")."""
    if _POSSESSIVE.match(text, f.expr.end) is None:
        return False
    # the three words after the possessive "'s" (the first match is its "s")
    owned = {w.lower() for w in re.findall(r"[\w-]+", text[f.expr.end : f.expr.end + 30])[1:4]}
    if ev.event_type == "ASSAULT" and owned & (ATTACK_NOUNS | _VIOLENT_TIMES | _GATHERINGS):
        # "40 houses burned in Friday's communal clash", "last year's uprising, in which hundreds were
        # killed": the violence the act was part of; "Yesterday's march ... ended in running battles":
        # the gathering it broke out at
        return False
    verb = ev.trigger_text.lower().endswith("ed")  # "Saturday's election killed": not the noun it owns
    return verb or _OWN_NOUN.fullmatch(text, f.expr.end, ev.trigger.start) is None


_VIOLENT_TIMES = frozenset(
    {"violence", "fighting", "unrest", "riot", "riots", "uprising", "revolt", "crackdown", "war"}
)
_GATHERINGS = frozenset(
    "march marches rally protest protests demonstration procession parade vigil funeral match game "
    "festival celebrations".split()
)
_OWN_NOUN = re.compile(r"['’]s(?:\s+[\w-]+){0,2}\s+")  # "Saturday's deadly drone | attack"


_CLAUSE_GAP = re.compile(r"[,;:()]|\b(?:that|said|says|told|while|whereas|and)\b", re.I)


def _distance(f: Found, ev: Event, text: str = "") -> float:
    """Characters between trigger and expression; +40 across a clause mark, +0.5 when before."""
    if f.expr.end <= ev.trigger.start:
        lo, hi, before = f.expr.end, ev.trigger.start, 0.5
    elif f.expr.start >= ev.trigger.end:
        lo, hi, before = ev.trigger.end, f.expr.start, 0.0
    else:
        return 0.0
    gap = 40 if text and _CLAUSE_GAP.search(text, lo, hi) else 0
    return hi - lo + gap + before


def _choose(
    ev: Event, found: Sequence[Found], sents: Sequence[Any], text: str, published: dt.date | None = None
) -> tuple[Found, str] | None:
    sentence = ev.sentence
    same = [
        f
        for f in found
        if sentence.start <= f.expr.start
        and f.expr.end <= sentence.end
        and _usable(f)
        and not _names_another(f, ev, text)
    ]
    sent = _sentence_at(sents, ev.trigger.start)
    if sent is not None:
        same = [f for f in same if not a_later_death(sent, ev, f.expr.start, f.expr.end)]
    if not same:
        return None
    if sent is not None:
        clause, outer, loose, rest = attached(sent, ev, same, lambda f: (f.expr.start, f.expr.end))
        clause = _not_a_later_act(clause, ev) if clause else clause
        if clause:
            return min(clause, key=lambda f: _distance(f, ev)), "clause"
        same = outer or loose or _only_past(rest, published)
        if not same:
            return None
        if outer and all(said_after(sent, ev, f.expr.start, f.expr.end) for f in outer):
            # "The number killed by a missile that hit the city on Thursday evening has risen to nine,
            # the governor said on Friday": a clause telling of the act's participant gives its time
            same = same + [f for f in loose if of_participant(sent, ev, f.expr.start, f.expr.end)]
    same = _not_a_later_act(same, ev)
    if sent is not None:
        told = [f for f in same if said_after(sent, ev, f.expr.start, f.expr.end)]
        own = [f for f in same if f not in told]
        if not own:  # "..., a police spokesman said on Monday": when it was told
            return min(told, key=lambda f: _distance(f, ev, text)), "statement"
        same = own  # "That evening, men opened fire, police said on Monday": the act's own time first
    return min(same, key=lambda f: _distance(f, ev, text)), "sentence"


_LATER = re.compile(r"(?i)\blater$")


def _not_a_later_act(found: list[Found], ev: Event) -> list[Found]:
    """Drop "a month later" told after the trigger when another expression is left: "executed 17
    drivers, and a month later they killed 12" dates the later killing, not the executions."""
    after = [f for f in found if f.expr.start > ev.trigger.end and _LATER.search(f.expr.text or "")]
    return [f for f in found if f not in after] if after and len(after) < len(found) else found


def _only_past(rest: list[Found], published: dt.date | None) -> list[Found]:
    """The one expression the parse left unattached, when it is not after publication."""
    if len(rest) != 1 or rest[0].expr.date is None:
        return []
    return rest if published is None or rest[0].expr.date <= published.isoformat() else []


_PAIRED = re.compile(r"\s*(?:and|to|through|until|till|[-–])\s+(?:on\s+)?", re.I)
_PAIR_DAYS = 7


def _with_partner(x: TimeExpr, found: Sequence[Found], text: str) -> TimeExpr:
    """A day told with the next or the one before ("on Friday and Saturday", "on 3 March to 5 March")
    is the span of both: the act went on over those days (no more than a week apart)."""
    if x.precision != "day" or x.kind != "DATE" or x.date is None:
        return x
    for f in found:
        y = f.expr
        if y.precision != "day" or y.kind != "DATE" or y.date is None or y.date == x.date:
            continue
        first, last = (x, y) if x.end <= y.start else (y, x)
        if first.end > last.start or _PAIRED.fullmatch(text, first.end, last.start) is None:
            continue
        days = (dt.date.fromisoformat(last.date or "") - dt.date.fromisoformat(first.date or "")).days
        if 0 < days <= _PAIR_DAYS:
            return dataclasses.replace(
                x,
                text=text[first.start : last.end],
                start=first.start,
                end=last.end,
                date=first.date,
                date_end=last.date_end,
            )
    return x


def _date_for(ev: Event, found: Sequence[Found], sents: Sequence[Any], story: Story) -> Event:
    published = story.published
    picked = _choose(ev, found, sents, story.text, published)
    # Running the stage twice changes nothing: drop what an earlier run added, status included.
    evidence = [e for e in ev.evidence if e.stage != STAGE]
    undo = any(e.stage == STAGE and e.field == "status" for e in ev.evidence)
    status = "reported" if undo else ev.status
    if picked is not None:
        f, how = picked
        f = _period_of_the_weekday(ev, f, found, published, story.text)
        x = _with_partner(f.expr, found, story.text)
        when = When(
            date=x.date,
            date_end=x.date_end,
            precision=_when_precision(x),
            text=x.text,
            start=x.start,
            end=x.end,
            method=f"{how}:{f.rule}",
        )
        evidence.append(Evidence("date", x.start, x.end, x.text, STAGE, f.rule))
        why_old = historical_by(x, published) if status == "reported" else None
        if why_old is not None:
            status = "historical"
            evidence.append(Evidence("status", x.start, x.end, x.text, STAGE, why_old))
    elif status == "reported" and published is not None:
        when, why = publication_day(ev, published)
        evidence.append(why)
    else:
        return ev
    return dataclasses.replace(ev, when=when, status=status, evidence=tuple(evidence))


_PERIOD_RULES = ("month-year", "year", "year-spoken", "season-year", "half-year", "range-years")


def _period_of_the_weekday(
    ev: Event, f: Found, found: Sequence[Found], published: dt.date | None, story_text: str
) -> Found:
    """A bare weekday in a sentence that names an old month or year ("In October 2021, ... a suicide
    bombing at another mosque killed dozens during Friday prayers"): a day of that period, not the
    latest Friday; the period dates the act."""
    if f.rule != "weekday" or published is None:
        return f
    for other in found:
        x = other.expr
        inside = ev.sentence.start <= x.start < ev.sentence.end
        if inside and other.rule in _PERIOD_RULES and historical_by(x, published) is not None:
            if _NAMING.search(story_text, max(0, x.start - 8), x.start):
                continue  # "known for his role in the 2019 protests": the year names the protests
            return other
    return f


# a determiner right before a year that names the noun after it ("the 2019 protests")
_NAMING = re.compile(r"(?i)\b(?:the|his|her|its|their|this|that)\s+$")


def _when_told(sents: Sequence[Any], x: TimeExpr) -> bool:
    """Whether the parse hangs ``x`` on a speech verb or a report noun: when something was said."""
    sent = _sentence_at(sents, x.start)
    return sent is not None and when_told(sent, x.start, x.end)


def _planned_hint(story: Story) -> FutureHint:
    """Without a parse: an expression is future when the nearest event of its sentence is planned."""

    def hint(start: int, end: int) -> bool | None:
        near = [e for e in story.events if e.sentence.start <= start < e.sentence.end]
        if not near:
            return None
        ev = min(near, key=lambda e: abs(e.trigger.start - start))
        return True if ev.status == "planned" else None

    return hint


def _entry_hint(text: str) -> FutureHint:
    """A date that opens an item of a list or a row of a table ("- **13 February, near Zégoua:**
    gunmen stop a bus", "| 28 June | Nikopol |") dates an entry of a log: past, though the entry is
    told in the present (:func:`whimbrel.digests.opens_entry`)."""

    def hint(start: int, end: int) -> bool | None:
        return False if opens_entry(text, start) else None

    return hint


def _combine(hints: Iterable[FutureHint]) -> FutureHint:
    hs = list(hints)

    def hint(start: int, end: int) -> bool | None:
        for h in hs:
            v = h(start, end)
            if v is not None:
                return v
        return None

    return hint


@stage(STAGE, requires=("events",), assigns=("times", "event.when", "event.status"))
def resolve_dates(story: Story) -> Story:
    """Find the story's temporal expressions and date each event (see the module docstring)."""
    sents = _parsed_sentences(story)
    planned = {e.trigger.start for e in story.events if e.status == "planned"}
    hint = _combine([_entry_hint(story.text), _parse_hint(sents, planned), _planned_hint(story)])
    found = find_all(story.text, story.published, future=hint)
    datable = [f for f in found if not _BORN.search(story.text, max(0, f.expr.start - 12), f.expr.start)]
    events = refine(tuple(_date_for(ev, datable, sents, story) for ev in story.events))
    events = in_which(events, story.text)
    events = follow_on(events, story.text, one_line_paragraphs(story))
    events = told_after(events, story.text, one_line_paragraphs(story))
    usable = [(f.expr, f.rule, _when_precision(f.expr)) for f in datable if _usable(f)]
    incidents = [u for u in usable if not _when_told(sents, u[0])]
    events = happened_on(events, incidents, story)
    events = headline(events, story.text, story.published, incidents, story.sentences)
    events = court_days(events, story)
    events = paragraph_anchor(events, usable, story, incidents)
    events = timeline_day(events, incidents, story)
    events = form_day(events, incidents, story)
    events = story_day(events, usable, incidents, story)
    events = proceedings_acts(events, story, incidents)
    events = earlier_by(events, story, [x for x, _, _ in incidents])
    events = background(events, story.published, story.text)
    return dataclasses.replace(story, times=tuple(f.expr for f in found), events=events)
