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
later of an update: ``_combine``).

Linking: a count goes to the event whose trigger is nearest its cue in the dependency tree (when the
sentence was parsed), else in characters; ties go to the earlier event.

Later tolls: a sentence with a toll but no violent event of its own ("The death toll later rose to
20.") raises the count of the last violent event before it that holds a count of that kind.

Outcome sentences: "A bomb exploded at the market in Gao. Five people were killed." The second
sentence's event, made from the casualty word alone (no source, no other place, date or new-event
word), is the attack's outcome: its counts move to the attack and it is dropped (``_fold_outcomes``).

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
from collections.abc import Collection, Sequence
from typing import Any

from .casualty_counts import CasualtyMention, find_counts, mentions_casualties
from .casualty_words import ATTACKER_GROUPS, KILLING_OF
from .dates_attach import ATTACK_NOUNS
from .lexicon import DYING_LEMMAS
from .nlp import PLACE_LABELS, one_line_paragraphs, paragraph_break, token_at
from .numbers import ws
from .registry import stage
from .types import Count, Event, Evidence, Story, When

log = logging.getLogger(__name__)

STAGE = "casualties.count.v1"
ELIGIBLE = ("ASSAULT", "COERCE")
_FIGHTING = ws(
    "clash clashes clashed clashing fighting fight fights fought battle battles battled "
    "gunbattle gunfight gunfights firefight firefights shootout skirmish skirmishes exchange "
    "exchanged fire-fight gun-battle"
)
_DEFINITE = ws("the these those all")
_NEW_EVENT = ws("another second third separate fresh new further elsewhere")
# "second"/"third" tell another incident before an event word, not as a person ("captured a third")
_ORDINAL_EVENT = re.compile(
    r"(?i)\b(?:second|third)\s+(?:\w+\s+)?(?:attack|attacks|blast|explosion|incident|bomb|bombing|strike|raid|"
    r"ambush|assault|shooting|time|day|night|clash|clashes)\b"
)


def _new_event(sentence: str) -> bool:
    """The sentence announces another incident: "In a separate attack", "a second blast", "another"."""
    words = _words(sentence) & _NEW_EVENT
    return bool(words - {"second", "third"}) or bool(_ORDINAL_EVENT.search(sentence))


# --------------------------------------------------------------------------- the stage


def eligible(event: Event) -> bool:
    """Events that can carry a toll: ASSAULT, COERCE, and PROTEST in riot mode."""
    return event.event_type in ELIGIBLE or (event.event_type == "PROTEST" and event.mode == "riot")


def _fighting(event: Event, text: str) -> bool:
    """Two-sided fighting: a fighting word in the trigger or anywhere in the event's sentence."""
    words = f"{event.trigger_text} {text[event.sentence.start : event.sentence.end]}".lower()
    return any(w in _FIGHTING for w in re.findall(r"[a-z]+(?:-[a-z]+)?", words))


# verbs and nouns whose object is a killing told as a cause, not as this sentence's toll
_ABOUT = ws(
    "protest protesting condemn denounce mourn decry investigate probe avenge demand blame outrage anger"
)
_CAUSE_MARKS = ws("after before since following")
_CLAUSES = ws("advcl conj ccomp parataxis relcl ROOT")


def _another_act(m: CasualtyMention, doc: Any, sent_start: int, events: Sequence[tuple[int, Event]]) -> bool:
    """The count belongs to an act the sentence tells as a cause, not to its events: a death or a
    passive toll in an "after" clause that holds none of the sentence's attacks ("... when police
    fired on a crowd, after a student died in custody"), or the killing a crowd protests ("fired on a
    crowd protesting the killing of a farmer, killing two protesters")."""
    cue = token_at(doc, m.cue_start - sent_start)
    if cue is None:
        return False
    if cue.lower_ in KILLING_OF:
        head = cue.head.head if cue.dep_ == "pobj" and cue.head.lower_ in ("over", "against") else cue.head
        return head.lemma_.lower() in _ABOUT or head.lower_ in _ABOUT
    verb = next((t for t in [cue, *cue.ancestors] if t.dep_ in _CLAUSES), None)  # the cue's own clause
    if verb is None or not any(c.dep_ == "mark" and c.lower_ in _CAUSE_MARKS for c in verb.children):
        return False
    if verb.dep_ not in ("advcl", "conj"):  # the tagger may hang the clause on as a conjunct
        return False
    if any(c.dep_ == "nsubj" for c in verb.children) and verb.lemma_.lower() not in DYING_LEMMAS:
        return False  # "three raiders were killed after they shot dead five herders": one clash
    inside, stack = set(), [verb]
    while stack:  # the clause itself, not clauses the tagger hung on it
        t = stack.pop()
        inside.add(t.idx + sent_start)
        stack.extend(c for c in t.children if c.dep_ not in _CLAUSES)
    return not any(ev.event_type == "ASSAULT" and ev.trigger.start in inside for _, ev in events)


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
    return out


def _trigger_spans(ev: Event) -> list[tuple[int, int]]:
    """The event's trigger and the words merged into it ("brought down by a drone ..., *killing*")."""
    merged = [
        (e.start, e.end) for e in ev.evidence if e.field == "event_type" and e.method == "merged-trigger"
    ]
    return [(ev.trigger.start, ev.trigger.end), *merged]


def _sum(counts: Sequence[Count]) -> Count:
    if len(counts) == 1:
        return counts[0]
    low = None if any(c.low is None for c in counts) else sum(c.low or 0 for c in counts)
    high = None if any(c.high is None for c in counts) else sum(c.high or 0 for c in counts)
    start, end = min(c.start for c in counts), max(c.end for c in counts)
    return Count(low, high, sum(c.best for c in counts), "", start, end)


_CONTRAST = re.compile(r"(?i)\b(?:but|while|whereas|although|though|however|yet)\b|;")
_ADDED = re.compile(r"(?i)\b(?:also|other|others|another|additional|further)\b|\bmore\b(?!\s+than)")
_CLAIM = re.compile(
    r"(?i)\b(?:said|says|say|claimed|claims|claim|put|puts|told|according|reported|insisted|counted|gave)\b"
)
_UPDATE = re.compile(r"(?i)\b(?:later|since|rose|risen|climbed|revised|updated|corrected|lowered|raised)\b")


def _second_report(between: str, after: str = "") -> str | None:
    """How the words between two counts set one report against another: "update" ("..., but local
    leaders later said 32 died"), "conflict" ("..., but the army said four died"; "...; the rebels
    said 30 had died") or None (also when the second count adds to the first: "...; the army said
    three soldiers *also* died")."""
    contrast = _CONTRAST.search(between)
    if contrast is None or _CLAIM.search(between, contrast.end()) is None or _ADDED.search(after):
        return None
    return "update" if _UPDATE.search(between, contrast.end()) else "conflict"


def _combine(mentions: Sequence[CasualtyMention], text: str) -> tuple[Count, str] | None:
    """A toll wins; counts sharing one cue are added; other cues are added unless they repeat a best.
    Reports set against each other are not added: a later update replaces the first report, and of
    conflicting reports ("rebels said they killed 20 soldiers, but the army said four died") the
    lowest is kept, as ACLED codes them."""
    if not mentions:
        return None
    tolls = [m for m in mentions if m.toll]
    if tolls:
        return tolls[-1].count, tolls[-1].method
    groups: dict[int, list[Count]] = {}
    attackers: dict[int, bool] = {}  # the group counts the attackers only
    for m in mentions:
        groups.setdefault(m.cue_start, []).append(m.count)
        attackers[m.cue_start] = attackers.get(m.cue_start, True) and m.attackers
    # each report: its totals, with whether each counts the attackers
    reports: list[list[tuple[Count, bool]]] = [[]]
    last_end: int | None = None
    updated = False
    for cue, counts in groups.items():
        total = _sum(counts)
        second = (
            _second_report(text[last_end : total.start], text[total.end : total.end + 30])
            if last_end is not None
            else None
        )
        if second == "conflict" and not (total.best and sum(t.best for t, _ in reports[-1])):
            second = None  # "four wounded, but the army said no civilians were hurt": no other figure
        if second == "conflict" and attackers[cue] and not any(side for _, side in reports[-1]):
            second = None  # "Five soldiers were killed; the army said 17 attackers died": other people
        if second == "update":
            reports[-1], updated = [], True
        elif second == "conflict":
            reports.append([])
        # a repeated figure is a repeat, unless one counts the victims and the other the attackers
        # ("four policemen and a passer-by were killed, and all five attackers died" -> 10)
        if all(t.best != total.best or side != attackers[cue] for t, side in reports[-1]):
            reports[-1].append((total, attackers[cue]))
        last_end = max(last_end or 0, total.end)
    sums = [_sum([t for t, _ in r]) for r in reports if r]
    if len(sums) > 1:
        return min(sums, key=lambda c: c.best), "lowest-report"
    if updated:
        return sums[0], "later-report"
    if len(reports[0]) == 1 and len(groups[mentions[0].cue_start]) == 1:
        return mentions[0].count, mentions[0].method
    return sums[0], "sum"


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
        mentions = find_counts(text, base=span.start, doc=doc)
        if doc is not None:
            mentions = [m for m in mentions if not _another_act(m, doc, span.start, by_sentence[si])]
        for idx, ms in sorted(_link(mentions, by_sentence[si], doc, span.start).items()):
            ev, updates = new[idx], dict[str, Any]()
            evidence = list(ev.evidence)
            # the toll is every death told of the act, its attackers' included (ACLED's fatalities);
            # the attackers' share is kept as evidence of its own
            for m in ms:
                if m.kind == "dead" and m.attackers and not m.subset and not _own_cue(ev, m):
                    evidence.append(_evidence("dead.attackers", m.count, "attackers-included", story.text))
            dead = [m for m in ms if m.kind == "dead" and not m.subset]
            if dead and all(m.attackers or _the_attackers(story.text, m) for m in dead):
                fallen.add(ev.trigger.start)
            for kind in ("dead", "injured"):
                of_kind = [m for m in ms if m.kind == kind]
                whole = [m for m in of_kind if not m.subset]
                if not whole and any(not m.subset for m in ms):  # "wounded seven; two of them later died"
                    whole = of_kind
                got = _combine(whole, story.text)
                if got is None:
                    continue
                count = dataclasses.replace(got[0], text=story.text[got[0].start : got[0].end])
                key = (ev.event_type, kind, count.low, count.high, count.best, count.text.lower())
                who = _counted_noun(story.text, count)
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
                    evidence.append(_evidence(f"{kind}.repeat", count, "repeat-earlier-sentence", story.text))
                    continue
                held.setdefault(key, (si, who))
                updates[kind] = count
                evidence.append(_evidence(kind, count, got[1], story.text))
            if len(evidence) != len(ev.evidence):
                new[idx] = dataclasses.replace(ev, evidence=tuple(evidence), **updates)
    loose = one_line_paragraphs(story)  # web news: a paragraph break does not end the incident
    _eventless_tolls(story, new, set(by_sentence), docs, loose)
    _later_tolls(story, new, set(by_sentence))  # after: "... counted 18 dead. The police put the toll at 15."
    return dataclasses.replace(story, events=_fold_outcomes(story, new, docs, fallen, loose))


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]+", text)}


def _adds_more(sentence: str) -> bool:
    """The sentence adds to a toll told before ("also", "another", "six more"; not "more than 40")."""
    return bool(_words(_MORE_THAN.sub(" ", sentence)) & _MORE)


_ACT_NOUNS = ws("massacre massacres killing killings murder murders execution executions")
_MORE = ws("also another more further additional")
_MORE_THAN = re.compile(r"(?i)\bmore\s+than\b")
_CARE = re.compile(
    r"(?i)\b(?:hospital|clinic|infirmary|medical cent(?:re|er))\b[^.]{0,12}$"
    r"|\b(?:treated|treatment)\b[^.,;]{0,40}$"  # "being treated for burns and shrapnel wounds in Maiduguri"
)


def _eventless_tolls(
    story: Story, events: list[Event], with_events: set[int], docs: dict[int, Any], loose: bool = False
) -> None:
    """A sentence with no event of its own that tells the toll of the attack just before it ("Two
    soldiers were wounded when their vehicle struck a mine. One soldier later died of his wounds.")
    gives that attack the count it lacks, or adds to it when it says so ("One soldier also died.",
    "Another person died later in hospital."); evidence ``outcome-next-sentence``. Same paragraph
    (unless the story gives each sentence its own), no place the attack's sentence does not name (a
    hospital's town aside)."""
    for si, span in enumerate(story.sentences):
        if si == 0 or si in with_events:
            continue
        prev = [k for k, e in enumerate(events) if e.sentence_index == si - 1 and e.event_type == "ASSAULT"]
        if not prev or paragraph_break(story.text, events[prev[-1]].sentence.end, span.start, loose):
            continue
        here = story.text[span.start : span.end]
        if not mentions_casualties(here):
            continue
        more = _adds_more(here)  # "One soldier also died.", "Another person died later in hospital."
        rival = _rival_claim(here)
        before = story.text[events[prev[-1]].sentence.start : events[prev[-1]].sentence.end]
        names = [m.group(1) for m in _LOCATIVE_NAME.finditer(here) if not _CARE.search(here[: m.start()])]
        if not all(n in before for n in names):
            continue
        doc = docs.get(si)
        doc = doc if getattr(doc, "text", None) == here else None
        found = find_counts(here, base=span.start, doc=doc)
        # "condemned the killing of 20 protesters" names an act of its own, not this attack's toll
        mentions = [m for m in found if not m.subset and m.cue_text.split()[0].lower() not in _ACT_NOUNS]
        k = prev[-1]
        ev, updates, evidence = events[k], dict[str, Any](), list(events[k].evidence)
        for kind in ("dead", "injured"):
            got = _combine([m for m in mentions if m.kind == kind], story.text)
            held: Count | None = getattr(ev, kind)
            if got is not None and held is not None and (nth := _ordinal(got[0], story.text)) is not None:
                if nth > held.best:  # "A seventh victim died in hospital."
                    c = got[0]
                    updates[kind] = count = Count(nth, nth, nth, story.text[c.start : c.end], c.start, c.end)
                    evidence.append(_evidence(kind, count, "ordinal-victim", story.text))
                continue
            if got is not None and held is not None and rival:  # "Officials said only two had died."
                if got[0].best < held.best:
                    count = dataclasses.replace(got[0], text=story.text[got[0].start : got[0].end])
                    updates[kind] = count
                    evidence.append(_evidence(kind, count, "lowest-report", story.text))
                continue
            if got is None or (held is not None and not more):
                continue
            count = dataclasses.replace(got[0], text=story.text[got[0].start : got[0].end])
            if held is not None:  # more victims of the same attack: added, the span stays the first
                total = _sum([held, count])
                count = dataclasses.replace(total, text=held.text, start=held.start, end=held.end)
            updates[kind] = count
            evidence.append(_evidence(kind, count, "outcome-next-sentence", story.text))
        if updates:
            events[k] = dataclasses.replace(ev, evidence=tuple(evidence), **updates)


_ONLY = re.compile(r"(?i)\bonly\b|^\s*(?:but|however)\b")


_EARLIER = re.compile(
    r"(?i)\b(?:initially|initial|originally|previously|earlier|first)\b"
)  # a superseded figure
_TOTAL = re.compile(r"(?i)\b(?:total|in all|altogether|overall|combined|so far|this year)\b")


_ORDINAL_VICTIM = re.compile(
    r"(?i)^an?\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\b"
)
_ORDINAL_N = {
    w: k + 2
    for k, w in enumerate(
        "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
    )
}


def _ordinal(count: Count, text: str) -> int | None:
    """The toll an ordinal victim makes: "a seventh victim died in hospital" -> 7."""
    m = _ORDINAL_VICTIM.match(text[count.start : count.end + 12])
    return _ORDINAL_N[m.group(1).lower()] if m else None


def _rival_claim(sentence: str) -> bool:
    """The sentence is someone's own figure for the toll told before it: "Officials said only two
    people had died.", "But the army said it had lost three men.", "Local authorities said 19 had been
    killed.", "The prosecutor's office put the toll at seven." (ACLED keeps the lowest). Not an update
    ("later said", "rose to"), a superseded figure ("had initially reported seven"), a total ("in
    all") or more victims ("also", "another")."""
    if not _CLAIM.search(sentence):
        return False
    if _ONLY.search(sentence):
        return True
    return not (
        _UPDATE.search(sentence)
        or _EARLIER.search(sentence)
        or _TOTAL.search(sentence)
        or _adds_more(sentence)
    )


def _own_cue(event: Event, m: CasualtyMention) -> bool:
    return event.trigger.start <= m.cue_start < event.trigger.end


# the words an added toll may be told with besides the bare casualty cues ("in the ensuing gun battle")
_FALL_TRIGGERS = _FIGHTING | {"shot", "neutralised", "neutralized"}
_BARE_CUES = ws("killed died dead wounded injured hurt slain perished deaths fatalities casualties")


def _fold_outcomes(
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
    """
    out: list[Event] = []
    told: dict[int, int] = {}  # an attack's index in ``out`` -> the last sentence whose toll it took
    for ev in events:
        at = next((k for k in range(len(out) - 1, -1, -1) if _an_attack(out[k])), None)
        adds = ev.trigger.start in fallen or _adds_more(story.text[ev.sentence.start : ev.sentence.end])
        last = told.get(at, -1) if at is not None else -1
        if at is None or not _bare_outcome(
            story, ev, out[at], docs, adds, ev.trigger.start in fallen, loose, last
        ):
            out.append(ev)
            continue
        prev = out[at]
        updates: dict[str, Any] = {}
        evidence = list(prev.evidence)
        # "... were also killed", "Three of the attackers died"; not a total ("put the toll at 31" as
        # "more bodies were found"), which replaces a lower count
        total_told = any(e.field == "dead" and e.method.startswith("toll") for e in ev.evidence)
        more = adds and not total_told
        here = story.text[ev.sentence.start : ev.sentence.end]
        rival = _rival_claim(here) and (_ONLY.search(here) is not None or not _active_doer(ev, docs))
        for kind in ("dead", "injured"):
            got: Count | None = getattr(ev, kind)
            held: Count | None = getattr(prev, kind)
            if got is None:
                continue
            if held is not None and more:  # more dead of the same attack: added, the span stays the first
                total = _sum([held, got])
                updates[kind] = dataclasses.replace(total, text=held.text, start=held.start, end=held.end)
                evidence.append(_evidence(kind, got, "outcome-next-sentence", story.text))
                continue
            if held is not None and total_told and got.best > held.best and not rival:
                updates[kind] = got  # "the Red Cross put the toll at 31": the toll grew
                evidence.append(_evidence(kind, got, "toll-update", story.text))
                continue
            if held is not None and held.best != got.best and rival:
                if got.best < held.best:  # "Officials said only two people had died.": the lowest claim
                    updates[kind] = got
                    evidence.append(_evidence(kind, got, "lowest-report", story.text))
                continue
            if held is not None and held.best != got.best:
                break  # two different tolls: two reports
            if held is None:
                updates[kind] = got
                evidence.append(_evidence(kind, got, "outcome-next-sentence", story.text))
        else:
            if updates:
                if not prev.target and ev.target:  # "Six soldiers were killed": the attack's victims
                    updates["target"] = ev.target
                    evidence += [e for e in ev.evidence if e.field == "target"]
                out[at] = dataclasses.replace(prev, evidence=tuple(evidence), **updates)
                told[at] = ev.sentence_index
                continue
        out.append(ev)
    return tuple(out)


def _active_doer(ev: Event, docs: dict[int, Any]) -> bool:
    """The toll is told as a deed with a doer ("the army said *it* killed dozens of insurgents"): its
    own act, not someone's figure for the toll told before ("officials said 19 had been killed").
    Without a parse, taken as a deed."""
    doc = docs.get(ev.sentence_index)
    tok = token_at(doc, ev.trigger.start - ev.sentence.start) if doc is not None else None
    return tok is None or any(c.dep_ == "nsubj" for c in tok.children)


def _the_attackers(text: str, m: CasualtyMention) -> bool:
    """The count is of the attackers told of before: "troops killed 11 *of the attackers*", "tracked
    down and killed *all* three attackers"."""
    m2 = _THE_ATTACKERS.match(text, m.count.end)
    if m2 is None:
        return False
    return (
        "the" in m2.group(0).split()
        or _ALL_THE.search(text, max(0, m.count.start - 8), m.count.start) is not None
    )


_ATTACKER_NOUNS = rf"(?:{'|'.join(sorted(ATTACKER_GROUPS))})\b"
_THE_ATTACKERS = re.compile(rf"\s+(?:of\s+)?the\s+{_ATTACKER_NOUNS}|\s+{_ATTACKER_NOUNS}(?<=\w)")
_ALL_THE = re.compile(r"(?i)\b(?:all|the|all\s+the)\s+$")  # "killed all three attackers"


_BODIES = frozenset({"bodies", "corpses", "body", "corpse"})


def _an_attack(ev: Event) -> bool:
    """An event a toll told after it may belong to: an assault, or a raid (COERCE, seize; the toll makes
    it an attack in ``classify.finalize``)."""
    return ev.event_type == "ASSAULT" or (ev.event_type == "COERCE" and ev.mode == "seize")


def _not_before(when: When, prev: When | None) -> bool:
    """The date is the attack's own or after it (bodies found two days later)."""
    return prev is not None and prev.date is not None and when.date is not None and when.date >= prev.date


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
    # the sentence right after the attack, or after the last one whose toll the attack took
    follows = ev.sentence_index == prev.sentence_index + 1 or (last >= 0 and ev.sentence_index == last + 1)
    if (
        ev.event_type != "ASSAULT"
        or (ev.source and not adds)
        or (not follows and not same)
        or (ev.dead is None and ev.injured is None)
        or not (
            ev.trigger_text.lower() in _BARE_CUES
            # bodies found: the attack's dead only in a story that follows one incident from its lead
            or (loose and ev.dead is not None and ev.trigger_text.lower() in _BODIES)
            or (adds and ev.dead is not None and ev.trigger_text.lower().split()[-1] in _FALL_TRIGGERS)
            or (adds and ev.dead is not None and _named_again(ev, story.text))
        )
        or paragraph_break(story.text, prev.sentence.end, ev.sentence.start, loose)
    ):
        return False
    here = story.text[ev.sentence.start : ev.sentence.end]
    if _new_event(here):
        return False
    if ev.when is not None and ev.when.method != "publication-date":
        found_later = ev.trigger_text.lower() in _BODIES and _not_before(ev.when, prev.when)
        if not found_later and (
            prev.when is None or (prev.when.date, prev.when.precision) != (ev.when.date, ev.when.precision)
        ):
            return False  # the bodies of the attack's dead may be found days after it
    # "In Mopti, two soldiers were killed": another place, another incident
    before = story.text[prev.sentence.start : prev.sentence.end]
    names = [m.group(1) for m in _LOCATIVE_NAME.finditer(here)]
    doc = docs.get(ev.sentence_index)
    if doc is not None and getattr(doc, "text", None) == here:
        # "Russia's anti-terrorism committee said" names who speaks, not where
        names += [
            e.text
            for e in doc.ents
            if e.label_ in PLACE_LABELS and not (e.end < len(doc) and doc[e.end].lower_ in _POSS)
        ]
    return all(n in before for n in names)


_POSS = frozenset({"'s", "’s", "'"})
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


_LOCATIVE_NAME = re.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside)\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)")


_TOLL_HINT = re.compile(r"(?i)\btoll\b|\bnumber of (?:the )?(?:dead|injured|wounded)\b")


def _later_tolls(story: Story, events: list[Event], with_events: set[int]) -> None:
    """A toll in a sentence without a violent event of its own ("The death toll later rose to 20.")
    updates the count of the last violent event before it that already holds a count of that kind,
    when the toll is higher (evidence ``toll-update``), or when it is a rival's lower claim ("The
    prosecutor's office put the toll at seven.", evidence ``lowest-report``)."""
    for si, span in enumerate(story.sentences):
        text = story.text[span.start : span.end]
        if si in with_events or not _TOLL_HINT.search(text):
            continue
        rival = _rival_claim(text)  # "The prosecutor put the toll at 7.": someone's own figure
        for m in find_counts(text, base=span.start):
            if not m.toll or m.subset or m.kind not in ("dead", "injured"):
                continue
            before = [k for k, e in enumerate(events) if eligible(e) and e.sentence_index < si]
            held = [k for k in before if getattr(events[k], m.kind, None) is not None]
            if not held:
                continue
            ev = events[held[-1]]
            old: Count = getattr(ev, m.kind)
            lower = m.count.best < old.best and rival
            if (m.count.best <= old.best or rival) and not lower:
                continue  # of conflicting figures the lowest is kept; a higher one only updates
            count = dataclasses.replace(m.count, text=story.text[m.count.start : m.count.end])
            method = "lowest-report" if lower else "toll-update"
            evidence = (*ev.evidence, _evidence(m.kind, count, method, story.text))
            if m.kind == "dead":
                events[held[-1]] = dataclasses.replace(ev, evidence=evidence, dead=count)
            else:
                events[held[-1]] = dataclasses.replace(ev, evidence=evidence, injured=count)


def _counted_noun(text: str, count: Count) -> str:
    """The word right after a count ("traders" in "shot dead three traders"), "" when it is a
    casualty word or none ("three were killed", "12 dead")."""
    m = re.match(r"\s+([A-Za-z]+)", text[count.end : count.end + 30])
    word = m.group(1).lower() if m else ""
    return "" if word in _BARE_CUES or word in ("were", "was") else word


def _new_report(event: Event, mentions: Sequence[CasualtyMention], text: str) -> bool:
    """False when the event was made from the casualty word or its count is definite ("the 12 dead")."""
    t = event.trigger
    if _new_event(text[event.sentence.start : event.sentence.end]):
        return True
    if any(m.cue_start < t.end and t.start < m.cue_end for m in mentions):
        return False
    for m in mentions:
        before = re.findall(r"[A-Za-z]+", text[max(event.sentence.start, m.count.start - 12) : m.count.start])
        if before and before[-1].lower() in _DEFINITE:
            return False
    return True


def _evidence(field: str, count: Count, method: str, text: str) -> Evidence:
    return Evidence(field, count.start, count.end, text[count.start : count.end], STAGE, method)
