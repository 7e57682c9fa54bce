"""Coding acts as PLOVER events, with CAMEO code, quad class and Goldstein score.

``acts.py`` finds the acts of each parsed sentence; this module codes each one: status
(``status.py``), PLOVER's future rule (a planned cooperative act is coded AGREE, a planned hostile
act THREATEN, with ``planned_type`` keeping the act), refusals ("will not accept" is REJECT),
mode and CAMEO code refined by what the act absorbed, source and target (``participants.py``),
confidence, the agency it is attributed to, and evidence for every field. ``classify.finalize.v1``
runs after geolocation and gives actors named only by role a country.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any

from . import arguments as args
from .actors import Coreference
from .acts import BODY_NOUNS, Act, distance, find_acts, mode_words, wounds_only
from .casualty_reports import ELIGIBLE
from .casualty_words import TALLY_NOUNS
from .digests import in_table_head, row_events
from .lexicon import Trigger, triggers
from .nlp import ParsedSentence, editors_notes, headline, parse_of
from .ontology import goldstein, quad_class
from .page_furniture import in_furniture
from .participants import SentenceContext, nearest_mention, participants
from .registry import stage
from .status import StatusCue, event_status
from .transcripts import asked
from .trigger_match import match_token
from .types import NOT_CURRENT, Actor, Event, Evidence, Span, Story

STAGE = "classify.events.v1"

COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
MODIFIERS = {"amod", "compound", "nmod", "poss"}
HOSTILE = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"}

# ------------------------------------------------------------------------------- coding an act


def _refine(act: Act) -> tuple[str | None, str, tuple[str, ...], str | None]:
    """Mode, CAMEO code, contexts and the content type of an act, from what it absorbed."""
    sense = act.sense
    mode, code, context = sense.mode, sense.cameo, list(sense.context)
    content = act.content[0][1] if act.content else None
    if content is not None:
        for c in content.context:
            if c not in context:
                context.append(c)
        mode, code = _frame_code(sense, content, mode, code)
    words = mode_words()
    near = [act.token, *act.merged, *(c for t in (act.token, *act.merged) for c in t.children)]
    if act.noun is not None:
        near.extend(act.noun.children)
    # modifiers of the participants and instruments: "a *suicide* bomber", "*car* bomb"
    near = [g for c in near for g in c.children if g.dep_ in ("compound", "amod") and g not in near] + near
    for t in near:
        hit = words.get((t.lemma_.lower(), sense.event_type)) or words.get((t.lower_, sense.event_type))
        if hit:
            mode, code = hit
            break
    return mode, code, tuple(context), content.event_type if content else None


def _frame_code(sense: Trigger, content: Trigger, mode: str | None, code: str) -> tuple[str | None, str]:
    ct = content.event_type
    cm = content.mode
    t = sense.event_type
    if t == "REQUEST":
        demand = code.startswith("10")
        if ct in ("ASSAULT", "MOBILIZE") or (ct == "RETREAT" and cm in ("ceasefire", "withdraw", "disarm")):
            return "yield", "1056" if demand else "0256"
        if ct == "RETREAT" and cm == "release":
            return "yield", "1053" if demand else "0253"
        if ct in ("CONSULT", "AGREE"):
            return "meet", "106" if demand else "026"
        if ct in ("AID", "COOPERATE", "SUPPORT"):
            return "assist", "103" if demand else "023"
        if ct in ("CONCEDE", "RETREAT"):
            return "yield", "105" if demand else "025"
        return "change", "104" if demand else "024"
    if t == "REJECT":
        if ct == "CONSULT":
            return "meet", "125"
        if ct in ("AID", "COOPERATE"):
            return "assist", "122"
        if ct == "RETREAT" and cm == "release":
            return "yield", "1243"
        if ct in ("RETREAT", "CONCEDE"):
            return "yield", "1246" if cm in ("ceasefire", "withdraw") else "124"
        return mode, code
    if t == "THREATEN":
        if ct == "ASSAULT":
            return "violence", "1384"
        if ct == "SANCTION":
            return "relations", "1313"
        if ct == "COERCE":
            return ("arrest" if cm == "arrest" else "restrict"), "132"
        if ct == "PROTEST":
            return "restrict", "133"
        return mode, code
    if t == "AGREE":
        table = {"CONSULT": "036", "AID": "033", "COOPERATE": "031", "SUPPORT": "032", "CONCEDE": "035"}
        if ct == "RETREAT":
            return None, {"release": "0353", "ceasefire": "0356", "withdraw": "0356", "disarm": "0356"}.get(
                cm or "", "035"
            )
        return None, table.get(ct, code)
    return mode, code


def _sense(lemma: str) -> Trigger:
    return triggers()[(lemma, "V")][-1]


def future_aux(tok: Any) -> bool:
    return any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "would", "shall", "wo", "'ll")
        for c in tok.children
    )


def code_act(act: Act, ctx: SentenceContext) -> Event:
    story = ctx.story
    sense = act.sense
    mode, code, context, content_type = _refine(act)
    cue: StatusCue = event_status(act.anchor, act.noun, None)
    etype = sense.event_type
    planned_type = None
    status = cue.status
    primary = act.content[0][0] if act.content else None
    if etype == "AGREE" and content_type in HOSTILE | {"THREATEN"} and distance(act.token, primary) <= 3:
        # "vowed to attack", "is prepared to impose martial law": an intent to harm is a threat
        planned_type, etype = content_type, "THREATEN"
        mode, code = _frame_code(_sense("threaten"), act.content[0][1], None, "130")
    if (
        status == "negated"
        and cue.rule.startswith("negation")
        and etype in COOPERATIVE | {"AGREE"}
        and (
            future_aux(act.anchor)
            or (act.noun is not None and act.noun.head.pos_ == "VERB" and future_aux(act.noun.head))
        )
    ):
        # "will not accept refugees", "would not meet the demands": a refusal
        planned_type, etype, status = None, "REJECT", "reported"
        mode, code = _frame_code(_sense("refuse"), sense, None, "120")
    elif status == "planned" or (status == "hypothetical" and cue.rule.startswith("modal")):
        if cue.condition == "unless" and etype not in ("AGREE", "REQUEST", "ACCUSE", "REJECT"):
            planned_type, etype, mode, code = etype, "THREATEN", None, "130"
        elif etype in COOPERATIVE:
            planned_type, etype = etype, "AGREE"
            mode, code = None, _frame_code(_sense("agree"), sense, None, "030")[1]
        elif etype in HOSTILE:
            planned_type, etype = etype, "THREATEN"
            mode, code = _frame_code(_sense("threaten"), sense, None, "130")
    # participants
    sources, targets, had_subject = participants(act, ctx, etype)
    if etype in ("ASSAULT", "MOBILIZE"):
        # "an Israeli drone strike": a nationality on a military act names the state's forces
        sources = [
            dataclasses.replace(a, sector="MIL")
            if a.sector == "GOV" and a.method.split(":")[0] in MODIFIERS
            else a
            for a in sources
        ]
    how = "syntax"
    if not sources and not had_subject:
        fallback = nearest_mention(ctx, act.token, exclude=targets)
        if fallback is not None:
            sources, how = [fallback], "nearest"
    t_start, t_end = ctx.tok_span(act.token)
    confidence = _confidence(act, sense, how, sources, status, bool(targets))
    evidence = [
        Evidence("event_type", t_start, t_end, story.text[t_start:t_end], STAGE, sense.rule_id, sense.weight),
    ]
    for tok, content in act.content[:1]:
        s, e = ctx.tok_span(tok)
        evidence.append(Evidence("content", s, e, story.text[s:e], STAGE, content.rule_id, content.weight))
    if act.light is not None:
        s, e = ctx.tok_span(act.light)
        evidence.append(Evidence("event_type", s, e, story.text[s:e], STAGE, "light-verb", None))
    for tok in act.merged:
        s, e = ctx.tok_span(tok)
        evidence.append(Evidence("event_type", s, e, story.text[s:e], STAGE, "merged-trigger", None))
    if cue.token is not None:
        s, e = ctx.tok_span(cue.token)
        evidence.append(Evidence("status", s, e, story.text[s:e], STAGE, f"status:{cue.rule}", None))
    for role, group in (("source", sources), ("target", targets)):
        for a in group:
            evidence.append(Evidence(role, a.start, a.end, a.text, STAGE, a.method, a.score))
    return Event(
        story_id=story.id,
        sentence_index=ctx.sent.index,
        sentence=Span(ctx.sent.start, ctx.sent.end),
        trigger=Span(t_start, t_end),
        trigger_text=story.text[t_start:t_end],
        event_type=etype,
        mode=mode,
        context=context,
        cameo=code,
        quad_class=quad_class(etype),
        goldstein=goldstein(code, etype),
        status=status,
        planned_type=planned_type
        if planned_type is not None
        else (content_type if etype == "AGREE" else None),
        source=tuple(sources),
        target=tuple(targets),
        confidence=confidence,
        evidence=tuple(evidence),
    )


def _confidence(
    act: Act, sense: Trigger, how: str, sources: Sequence[Actor], status: str, has_target: bool
) -> float:
    c = sense.weight
    if not sources and has_target and _agentless_passive(act.anchor):
        c *= 0.75  # "three journalists were detained": a passive names its victims, and need not its doer
    elif not sources:
        c *= 0.55
    elif how == "nearest":
        c *= 0.75
    elif any(a.method.split(":")[-1].startswith("coref") for a in sources):
        c *= 0.9
    anchor = act.anchor
    main = anchor.dep_ == "ROOT" or (anchor.dep_ == "conj" and anchor.head.dep_ == "ROOT")
    reported = (
        anchor.dep_ in ("ccomp", "parataxis")
        and anchor.head.dep_ == "ROOT"
        and match_token(anchor.head) is None
    )
    if main or sense.frame and anchor.dep_ in ("ROOT", "conj", "ccomp"):
        c = min(1.0, c * 1.1)
    elif not reported:
        c *= 0.75
    if status == "hypothetical":
        c *= 0.8
    if act.noun is not None and act.light is None and not sources:
        c *= 0.8
    return max(0.05, min(0.99, c))


def _agentless_passive(anchor: Any) -> bool:
    """A passive ("were detained"), or a bare participle whose patient is counted or named people
    ("three journalists detained in Yangon"; not "equipment seized last year", a description)."""
    if any(c.dep_ in args.PASS_SUBJ for c in anchor.children):
        return True
    if not args.reduced_passive(anchor):
        return False
    patients = [c for c in anchor.children if c.dep_ == "nsubj"] or [anchor.head]
    return any(p.ent_type_ == "PERSON" or any(c.dep_ == "nummod" for c in p.children) for p in patients)


DOMESTIC = {
    "GOV",
    "MIL",
    "COP",
    "REB",
    "OPP",
    "CVL",
    "LEG",
    "JUD",
    "PRM",
    "UAF",
    "JRN",
    "MED",
    "LAB",
    "AGR",
    "PTY",
    "SPY",
    "REL",
    "BUS",
    "CRM",
    "REF",
    "EDU",
}


def story_country(story: Story) -> str | None:
    """The country a story is about: its dateline's country, else the most-mentioned country."""
    from .nlp import dateline

    line = dateline(story.text)
    counts: dict[str, int] = {}
    for m in story.actors:
        if m.role == "agency" or not m.country or m.kind in ("igo", "group") and m.sector != "PRE":
            continue
        if line is not None and m.start < line[1]:
            return m.country
        counts[m.country] = counts.get(m.country, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda c: counts[c])


def _with_home_country(event: Event, home: str | None) -> Event:
    """PLOVER codes an actor named only by role ("the army", "police") with a country: the country
    where the event happened (its clause or sentence place, or the place the story's narrative gave it:
    the attack told just before, the town the lead introduced), else the story's country."""
    loc = event.location
    if loc is not None and loc.country and loc.precision in ("clause", "sentence", "narrative"):
        home = loc.country
    if home is None:
        return event

    def fix(actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
        return tuple(
            dataclasses.replace(a, country=home, method=a.method + "+story-country", score=a.score * 0.8)
            if a.country is None and a.sector in DOMESTIC
            else a
            for a in actors
        )

    return dataclasses.replace(event, source=fix(event.source), target=fix(event.target))


def _reported_by(story: Story, sent: ParsedSentence) -> Actor | None:
    agencies = [a for a in story.actors if a.role == "agency"]
    for a in agencies:
        if sent.start <= a.start and a.end <= sent.end:
            return a
    for a in agencies:  # a dateline agency: "KYIV, Nov 3 (Reuters) -"
        if a.start < 120 and story.text[max(0, a.start - 1) : a.start] == "(":
            return a
    return None


@stage(
    STAGE,
    requires=("doc", "sentences", "actors"),
    assigns=("events", "event.source", "event.target", "event.status", "event.confidence"),
)
class ClassifyEvents:
    """Find and code every event in the parsed sentences of a story, but a headline's (``nlp.headline``),
    which restates the body's."""

    def __init__(self, *, min_confidence: float = 0.0) -> None:
        self.min_confidence = min_confidence

    def __call__(self, story: Story) -> Story:
        parse = parse_of(story)
        coref = Coreference()
        events: list[Event] = []
        title = headline(story.text)
        notes = editors_notes(story.text)
        for sent in parse.sentences:
            in_sent = [m for m in story.actors if sent.start <= m.start and m.end <= sent.end]
            if title is not None and sent.end <= title[1]:
                continue  # the headline restates the body's events
            if asked(story.text, sent.start):
                continue  # "Q: Was the vehicle stopped at the gate?": a journalist's question tells no event
            if in_furniture(story.text, sent.start):
                continue  # "Read more: Seven dead in Qena vendetta shootout": another story's headline
            if sent.doc is not None:
                ctx = SentenceContext(story, sent, in_sent, coref)
                for act in find_acts(sent.doc):
                    if wounds_only(act.sense) and any(e.event_type == "ASSAULT" for e in events):
                        continue  # "... while two others are treated for gunshot wounds": that attack's
                    if _more_bodies(act.token, events):
                        continue  # "... but volunteers found more bodies": the toll's growth, told
                    if _toll_anaphor(act.token, events):
                        continue  # "The death toll from the attack rose to 31": the attack told before
                    event = code_act(act, ctx)
                    if any(s <= event.trigger.start < e for s, e in notes):
                        continue  # "(Updates toll, adds number of wounded)": a note to editors
                    if _care_aside(story.text, event):
                        continue  # "4x WIA (evacuated to Natitingou)": where the wounded went
                    if event.confidence >= self.min_confidence:
                        agency = _reported_by(story, sent)
                        if agency is not None:
                            event = dataclasses.replace(event, reported_by=agency)
                        events.append(event)
                for e in events:
                    if e.sentence_index == sent.index:
                        coref.remember((*e.source, *e.target))
                        coref.remember_group(e.source)
                        coref.remember_group(e.target)
            coref.remember(m for m in in_sent if m.role != "agency")
        # a table's header names columns ("| Date | Incident | Killed |"), no act
        events = [e for e in events if not in_table_head(story.text, e.trigger.start)]
        # "| 10 August | Teupasenti | 5 | 1 |": a row of a digest's table is an attack of its own
        spans = [Span(s.start, s.end) for s in parse.sentences]
        rows = row_events(story, spans, events, set(ELIGIBLE))
        events = sorted(events + rows, key=lambda e: e.trigger.start) if rows else events
        return dataclasses.replace(story, events=tuple(events))


# what a toll is told of: "the death toll from the attack", "the number of people killed in the raid"
_CASUALTY_LEMMAS = frozenset({"kill", "die", "wound", "injure"})
_TOLL_PREPS = frozenset({"from", "of", "in", "during", "since"})
_THE = frozenset({"the", "this", "that"})
_ANOTHER = frozenset({"second", "third", "another", "new", "latest", "separate", "other", "fresh"})


def _more_bodies(tok: Any, events: Sequence[Event]) -> bool:
    """More bodies found after an attack the story told ("found more bodies", "two further bodies
    were recovered"): how its toll grew, not an act of its own."""
    if tok.lemma_.lower() not in BODY_NOUNS:
        return False
    if not any(c.lower_ in ("more", "further", "additional", "other") for c in tok.children):
        return False
    return _attack_told(events)


def _tally(tok: Any) -> bool:
    """A tally noun ("the death toll"), or a casualty participle told of a tally's people ("the number
    of people killed")."""
    if tok.lemma_.lower() in TALLY_NOUNS:
        return True
    people = tok.head if tok.dep_ in ("acl", "relcl") else None
    return (
        tok.lemma_.lower() in _CASUALTY_LEMMAS
        and people is not None
        and people.dep_ == "pobj"
        and people.head.lower_ == "of"
        and people.head.head.lemma_.lower() in TALLY_NOUNS
    )


def _toll_anaphor(tok: Any, events: Sequence[Event]) -> bool:
    """A violent act's noun with "the", told inside a toll ("The death toll from the attack has risen
    to 31", "the number of people killed in the raid"), after an attack of an earlier sentence: the
    attack told again, whose toll that is; not an act of its own. The toll goes to the attack (the
    stage ``casualties.count.v1`` reads tolls told in a sentence with no act of their own)."""
    if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in _THE for c in tok.children):
        return False
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in _TOLL_PREPS or not _tally(prep.head):
        return False
    if any(c.lower_ in _ANOTHER for c in tok.children):
        return False  # "the toll from the second attack": another one
    return _attack_told(events)


def _attack_told(events: Sequence[Event]) -> bool:
    """The story has told a current attack."""
    return any(e.event_type == "ASSAULT" and e.status not in NOT_CURRENT for e in events)


def _care_aside(text: str, event: Event) -> bool:
    """An aid event told in brackets with no one named ("2x WIA (evacuated to Dakoro)", "(CASEVAC to
    Dhusamareb)"): where the wounded were taken, no event of its own."""
    if event.event_type != "AID" or event.source or event.target:
        return False
    opened = text.rfind("(", max(0, event.trigger.start - 40), event.trigger.start)
    if opened < 0:
        return False
    aside = text[opened : event.trigger.start]
    return ")" not in aside and "\n" not in aside


@stage("classify.finalize.v1", requires=("events",), assigns=("events", "event.source", "event.target"))
def finalize(story: Story) -> Story:
    """Give role-only actors a country, order events by position, drop exact duplicates; a raid with
    dead is an attack and an arrest by an armed group an abduction."""
    home = story_country(story)
    seen: set[tuple[int, int, str]] = set()
    out = []
    for e in sorted(story.events, key=lambda e: (e.trigger.start, e.event_type)):
        key = (e.trigger.start, e.trigger.end, e.event_type)
        if _quiet_death_in_custody(e, story.text):
            continue
        if key not in seen:
            seen.add(key)
            out.append(_with_home_country(_abduction(_lethal_raid(e, story.text), story.text), home))
    return dataclasses.replace(story, events=tuple(out))


# what tells of violence done to a detainee: "signs of a beating", "blunt force injuries", "tortured"
_HARM_DONE = re.compile(
    r"(?i)\b(?:tortur\w*|beat(?:en|ing|ings)?|bruis\w*|injur(?:y|ies)|wounds?|blunt|assault\w*|kick\w*|"
    r"swelling|post-?mortem|autops\w*|inquest|ill-?treat\w*|mistreat\w*)\b"
)
_HARM_REACH = 600  # characters either side of the death


def _quiet_death_in_custody(event: Event, text: str) -> bool:
    """A death in custody ("died in prison", "died, still in state custody") with nothing near it of
    harm done to the detainee (no beating, injuries, torture, post-mortem or inquest told within a
    few sentences) is no act of violence the story tells: an illness, old age."""
    if event.event_type != "ASSAULT" or event.cameo != "180" or "human_rights" not in event.context:
        return False
    if not event.trigger_text.lower().startswith(("die", "death")):
        return False
    at = event.trigger.start
    return _HARM_DONE.search(text, max(0, at - _HARM_REACH), at + _HARM_REACH) is None


# armed groups outside the state: what they call detaining is abduction (PLOVER: arrests are made by
# authorities; "captured combatants = abduct")
_NON_STATE_ARMED = frozenset({"REB", "UAF", "CRM"})


def _abduction(event: Event, text: str) -> Event:
    """An arrest made by rebels, gunmen or a gang is an abduction: "Rebels detained two journalists",
    "gunmen took the priest from his house" (ASSAULT, abduct, CAMEO 181)."""
    if event.event_type != "COERCE" or event.mode != "arrest" or not event.source:
        return event
    if not all(a.sector in _NON_STATE_ARMED for a in event.source):
        return event
    unlawful = dataclasses.replace(event, context=tuple(c for c in event.context if c != "legal"))
    return _as_assault(unlawful, text, "181", "abduct", "non-state-arrest")


def _lethal_raid(event: Event, text: str) -> Event:
    """A raid (COERCE, seize) whose sentence counts its dead is an attack: "six civilians died in an
    ADF raid", "raids on villages have left a death toll of eight" (CAMEO 190)."""
    if event.event_type != "COERCE" or event.mode != "seize" or event.dead is None or event.dead.best < 1:
        return event
    return _as_assault(event, text, "190", None, "lethal-raid")


def _as_assault(event: Event, text: str, cameo: str, mode: str | None, method: str) -> Event:
    """The event recoded as an ASSAULT with ``cameo`` and ``mode``, with evidence ``method``."""
    t = event.trigger
    why = Evidence("event_type", t.start, t.end, text[t.start : t.end], "classify.finalize.v1", method, 0.7)
    return dataclasses.replace(
        event,
        event_type="ASSAULT",
        mode=mode,
        cameo=cameo,
        quad_class=quad_class("ASSAULT"),
        goldstein=goldstein(cameo, "ASSAULT"),
        evidence=(*event.evidence, why),
    )
