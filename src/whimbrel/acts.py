"""Finding acts in one parsed sentence: trigger words matched against the lexicon, then grouped.

1. **Match** every token against ``data/triggers.tsv`` by lemma and part of speech, checking the
   required dependents ("call" + "on" is an appeal, "call" + "off" a concession): see
   :mod:`whimbrel.trigger_match`.
2. **Group** matches that describe one act: a noun trigger that is the object of a verb trigger
   is its content ("condemned the attack" is one ACCUSE), unless the noun's sense names the verb
   ("struck a deal": the deal wins and "strike" is a light verb); a same-type noun that is the
   subject or prepositional object of a verb trigger merges with it ("clashes killed", "killed in
   an attack"); compounds fold into their head ("ceasefire agreement"); a bare casualty verb joins
   the attack it reports, unless it has a doer of its own ("the militants opened fire, but police
   guards killed one of them"); a "while" clause with its own subject is another act.
3. **Frame**: a framing trigger ("agreed to", "threatened to", "called on ... to", "refused to")
   absorbs the triggers in its complement; they refine its mode and CAMEO code and are not coded
   separately (the framed act has not happened). "X said Y must ..." and "X expects Y to ..." are
   requests by X.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .arguments import reduced_passive
from .casualty_words import BARE_CUES, KILLING_OF, MULTIPLE_KILLINGS, PERSON_NOUNS, RAID_LEMMAS
from .lexicon import DYING_LEMMAS, HARM_LEMMAS, Trigger, read_table
from .trigger_match import match_token

LIGHT_VERBS = {
    "hold",
    "have",
    "conduct",
    "launch",
    "stage",
    "carry",
    "begin",
    "start",
    "continue",
    "resume",
    "mount",
    "wage",
    "attend",
    "join",
    "open",
    "undertake",
    "make",
    "issue",
    "lodge",
    "impose",
    "announce",
    "organize",
    "organise",
    "reach",
    "strike",
    "seal",
    "conclude",
    "complete",
    "convene",
    "order",
    "pursue",
    "step",
    "escalate",
    "intensify",
    "renew",
    "take",
    "go",
    "enter",
    "initiate",
    "deliver",
    "reiterate",
    "repeat",
    "voice",
    "express",
    "press",
}
# Verb types that take an act as their content ("condemned the attack", "called for talks").
CONTENT_TYPES = {
    "ACCUSE",
    "REQUEST",
    "REJECT",
    "SUPPORT",
    "THREATEN",
    "AGREE",
    "CONCEDE",
    "CONSULT",
    "PROTEST",
}


@dataclass
class Act:
    """One act under construction: its trigger, the token carrying its arguments, what it absorbed."""

    token: Any
    sense: Trigger
    anchor: Any
    noun: Any | None = None
    light: Any | None = None
    content: list[tuple[Any, Trigger]] = field(default_factory=list)  # framed or absorbed triggers
    merged: list[Any] = field(default_factory=list)
    target_tok: Any | None = None  # an explicit target ("X said *Libya* must hand over ...")


@functools.lru_cache(maxsize=1)
def mode_words() -> dict[tuple[str, str], tuple[str, str]]:
    return {(r["word"], r["type"]): (r["mode"], r["cameo"]) for r in read_table("modes.tsv")}


def _subject_trigger(verb: Any, sense: Trigger, matches: dict[int, Trigger]) -> int:
    """The index of the verb's subject when it is a trigger noun of the same type (0 if none): the
    drone of "a drone dropped explosives"."""
    for c in verb.children:
        if c.dep_ == "nsubj" and c.i in matches and matches[c.i].pos == "N":
            if matches[c.i].event_type == sense.event_type:
                return int(c.i)
    return 0


def _describing_trigger(noun: Any, sense: Trigger, matches: dict[int, Trigger]) -> int:
    """The index of a participle or relative clause of the same type describing ``noun`` (0 if none):
    "mortar rounds *fired* by the militia"."""
    for c in noun.children:
        if _describing_clause(c) and c.i in matches and matches[c.i].pos == "V":
            if matches[c.i].event_type == sense.event_type:
                return int(c.i)
    return 0


def _describing_clause(c: Any) -> bool:
    """A relative or participial clause describing a noun ("the truce *agreed in May*"), not an
    infinitive complement ("a consensus *to exchange* data")."""
    return c.dep_ == "relcl" or (
        c.dep_ == "acl"
        and not any(a.lower_ == "to" or (a.dep_ == "mark" and a.lower_ == "that") for a in c.children)
    )


def lemma_in(tok: Any, words: set[str] | frozenset[str]) -> bool:
    """Whether the token's lemma (or its inflected form, when the lemmatiser slipped) is in ``words``."""
    low = tok.lower_
    forms = {tok.lemma_.lower(), low}
    for suffix in ("ed", "d", "s", "es", "ing"):
        if low.endswith(suffix):
            forms.add(low[: -len(suffix)])
    return bool(forms & words)


def _own_toll(noun: Any, sense: Trigger) -> bool:
    """Whether an attack noun names its own counted victims ("the *murders* of three men", "the killing
    of 14 villagers"), or an attack's participle its counted victims ("justice for three workers
    *killed* on Sunday"): an act of its own, even as the object of a statement about it ("police are
    investigating the murders of three men")."""
    if sense.event_type != "ASSAULT":
        return False
    if sense.pos == "V":
        # "demands justice for three rural workers killed on Sunday": the participle's counted victims
        head = noun.head
        return noun.dep_ == "acl" and any(c.dep_ == "nummod" for c in head.children)
    if sense.pos != "N":
        return False
    if any(c.dep_ == "amod" and c.lower_ in MULTIPLE_KILLINGS for c in noun.children):
        return True  # "probing a double murder"
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and (
                    any(c.dep_ == "nummod" for c in obj.children) or _one_victim(noun, obj)
                ):
                    return True
        elif prep.dep_ == "relcl":  # "a shooting that left three men dead"
            told = list(prep.subtree)
            if any(t.dep_ == "nummod" for t in told) and any(t.lower_ in BARE_CUES for t in told):
                return True
    return False


# the nouns of one killing, as a statement names what it condemns ("the assassination of ...")
_ONE_KILLING = frozenset(w for w in KILLING_OF if not w.endswith("s")) | {
    "assassination",
    "lynching",
    "beheading",
    "slaying",
}


def _one_victim(noun: Any, obj: Any) -> bool:
    """Whether the object of a killing noun is one person told as such ("the killing of *an*
    environmental *defender*", "the murder of *the journalist*", "the assassination of Juan Pérez"):
    a singular person noun with its article or possessive, or a person's name."""
    if noun.lower_ not in _ONE_KILLING:
        return False
    if obj.ent_type_ == "PERSON" and obj.pos_ == "PROPN":
        return True
    return (
        obj.tag_ == "NN"
        and obj.lower_ in PERSON_NOUNS
        and any(
            c.dep_ in ("det", "poss") and c.lower_ in ("a", "an", "the", "his", "her", "their", "our", "its")
            for c in obj.children
        )
    )


def _verb_wins(verb_sense: Trigger, noun_sense: Trigger, verb: Any, noun: Any) -> bool:
    """Which of a verb and its object trigger codes the act: the verb, unless the noun's sense needs
    that verb ("opened *fire*") and the verb's sense was not matched through its own particle or
    object ("opened a *checkpoint*" is an opening and "called *off* the strike" a concession, but
    "opened fire on a checkpoint" is an attack)."""
    direct = {c.lemma_.lower() for c in verb.children if c.dep_ in ("prt", "dobj", "attr", "nsubjpass")}
    if verb_sense.needs & (direct | {noun.lemma_.lower()}):
        return True
    return verb.lemma_.lower() not in noun_sense.needs


# the wounds a weapon's noun names ("found with gunshot wounds", "stab wounds"): an attack only when
# the story has told no other before it, in this sentence or an earlier one
_WOUNDS = frozenset({"wound"})


def wounds_only(sense: Trigger) -> bool:
    """The sense is a weapon's noun naming wounds ("gunshot wounds"), which tells an attack only when
    nothing before it in the story did ("Officers found two men with gunshot wounds")."""
    return sense.pos == "N" and sense.needs == _WOUNDS


# the valour of the fallen in a military release: "three soldiers, having fought gallantly, embraced
# shahadat" tells how they died, in the fight the release has told, not a fight of its own
_VALOUR = frozenset("gallantly bravely valiantly heroically courageously fearlessly".split())


def _valour(tok: Any) -> bool:
    """ "having fought gallantly": a perfect participle of praise."""
    return any(c.lower_ == "having" for c in tok.children) and any(
        c.dep_ == "advmod" and c.lower_ in _VALOUR for c in tok.children
    )


def find_acts(doc: Any) -> list[Act]:
    """Match triggers in one sentence Doc and group them into acts (steps 1-3 above)."""
    matches: dict[int, Trigger] = {}
    for tok in doc:
        sense = match_token(tok)
        if sense is not None and not (sense.pos == "V" and _valour(tok)):
            matches[tok.i] = sense
    if not any(m.event_type == "ASSAULT" and doc[i].lower_ not in BARE_CUES for i, m in matches.items()):
        matches.update(_armed_deeds(doc))  # "... was wounded when gunmen boarded a barge": "boarded"
    else:  # "taken to hospital with stab wounds after a fight": the fight's wounds, no act of their own
        matches = {i: m for i, m in matches.items() if not wounds_only(m)}
    matches.update(_hacked_people(doc, matches))  # "were hacked and shot to death": no website
    absorbed: dict[int, int] = {}  # token index -> index of the act that absorbed it
    light: dict[int, Any] = {}
    for i, sense in matches.items():
        tok = doc[i]
        head = tok.head
        if tok.dep_ in ("amod", "compound") and head.i in matches and head.i != tok.i:
            absorbed[i] = head.i  # "a water-sharing agreement", "ceasefire talks"
            continue
        gerund = tok.tag_ == "VBG" and tok.dep_ == "nsubj" and head.i in matches and head.i != i
        if gerund and matches[head.i].event_type == sense.event_type:
            absorbed[head.i] = i  # "Fighting between X and Y has claimed 70 lives": one act, the
            light[i] = head  # fighting's, with its sides
            continue
        if sense.pos != "N" or head.i == tok.i:
            continue
        if tok.dep_ in ("dobj", "attr", "nsubjpass", "oprd") and head.i in matches and head.i != i:
            if matches[head.i].event_type in CONTENT_TYPES and _own_toll(tok, sense):
                continue
            if _verb_wins(matches[head.i], sense, head, tok):
                absorbed[i] = head.i
            else:
                absorbed[head.i] = i
                light[i] = head
        elif tok.dep_ == "pobj" and head.dep_ in ("prep", "agent") and head.head.i in matches:
            verb = head.head
            vs = matches[verb.i]
            if vs.event_type == sense.event_type or (
                vs.event_type in CONTENT_TYPES and not _own_toll(tok, sense)
            ):
                absorbed[i] = verb.i
            elif head.lower_ == "during" and sense.event_type in ("COERCE", "MOBILIZE"):
                absorbed[i] = verb.i  # "killed three militants during a raid": the raid is the setting
        elif any(_describing_clause(c) and c.i in matches and matches[c.i].pos == "V" for c in tok.children):
            verb = next(c for c in tok.children if _describing_clause(c) and c.i in matches)
            absorbed[i] = verb.i  # "the ceasefire that was agreed": one AGREE act
        elif (
            tok.dep_ == "dobj" and head.i not in matches and (user := _subject_trigger(head, sense, matches))
        ):
            absorbed[i] = user  # "a drone dropped explosives on the station": the weapon it used, one act
        elif (
            tok.dep_ == "compound"
            and head.i not in matches
            and (told := _describing_trigger(head, sense, matches))
        ):
            absorbed[i] = told  # "Mortar rounds fired by ...": one act
        elif tok.dep_ in ("nsubj",) and head.i in matches and matches[head.i].event_type == sense.event_type:
            absorbed[i] = head.i
        elif tok.dep_ in ("compound", "amod", "nmod") and head.i in matches:
            absorbed[i] = head.i
        elif tok.dep_ == "conj" and head.i in matches and matches[head.i].event_type == sense.event_type:
            absorbed[i] = head.i
    for i, sense in matches.items():
        tok = doc[i]
        # "clashes killed 60 people and wounded 150": conjoined verbs of one type sharing a subject
        if (
            sense.pos == "V"
            and tok.dep_ == "conj"
            and tok.head.i in matches
            and i not in absorbed
            and matches[tok.head.i].event_type == sense.event_type
            and (sense.event_type == "ASSAULT" or matches[tok.head.i].lemma == sense.lemma)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in tok.children)
        ):
            absorbed[i] = tok.head.i
        # "attacked the village, killing 14", "marched to protest": a participle or purpose clause of
        # the same type is the same act
        elif (
            sense.pos == "V"
            and tok.dep_ in ("advcl", "xcomp")
            and tok.head.i in matches
            and i not in absorbed
            and (
                matches[tok.head.i].event_type == sense.event_type
                or sense.event_type in ("REQUEST", "ACCUSE")
                or _raid_that_killed(tok, matches[tok.head.i], sense)
            )
            and not matches[tok.head.i].frame
            and not _own_clause(tok)
        ):
            absorbed[i] = tok.head.i  # "blocked roads demanding ...": the demand is the act's goal
    # framing: complements of a framing trigger are its content; what a content verb is about
    # ("accused Asmara *of arming rebels*") is its content too
    for i, sense in matches.items():
        if i in absorbed:
            continue
        if not sense.frame:
            if sense.pos != "V" or sense.event_type not in CONTENT_TYPES:
                continue
            comps = [
                c for c in doc[i].children if c.dep_ == "prep" and c.lower_ in ("of", "for", "over", "about")
            ]
        else:
            comps = list(_complements(doc[i]))
        for comp in comps:
            for t in _content_tokens(comp):
                if t.i in matches and t.i != i and t.i not in absorbed and not _own_toll(t, matches[t.i]):
                    absorbed[t.i] = i
    acts: dict[int, Act] = {}
    for i, sense in matches.items():
        if i in absorbed:
            continue
        tok = doc[i]
        anchor, noun, lv = tok, None, light.get(i)
        if sense.pos == "N":
            noun = tok
            if lv is None and tok.dep_ in ("dobj", "nsubjpass", "attr") and lemma_in(tok.head, LIGHT_VERBS):
                lv = tok.head
            anchor = lv if lv is not None else tok
        elif sense.pos == "A" and tok.head.pos_ in ("AUX", "VERB") and tok.dep_ in ("acomp", "amod", "oprd"):
            anchor = tok.head
        acts[i] = Act(tok, sense, anchor, noun, lv)
    for tok in doc:
        obligation = _obligation(tok)
        if obligation is not None and obligation.i not in acts:
            speaker = obligation
            must = next((c for c in tok.children if c.lower_ in OBLIGATION), speaker)
            act = Act(must, OBLIGATION_SENSE, speaker, target_tok=_subject_of(tok))
            if tok.i in matches:
                absorbed.setdefault(tok.i, -1)
                act.content.append((tok, matches[tok.i]))
                acts.pop(tok.i, None)
            acts[must.i] = act
    for i, j in absorbed.items():
        if j < 0:
            continue
        root = j
        seen = set()
        while root in absorbed and root not in seen:
            seen.add(root)
            root = absorbed[root]
        if root in acts:
            act = acts[root]
            sense = matches[i]
            if sense.event_type == act.sense.event_type and not act.sense.frame:
                act.merged.append(doc[i])
            else:
                act.content.append((doc[i], sense))
    for act in acts.values():
        act.content.sort(key=lambda c: distance(act.token, c[0]))
        if act.sense.frame == "obj" and act.sense.pos == "N" and act.target_tok is None:
            # "its demand that Israel ease restrictions": the one asked is the complement's subject
            subjects = [_subject_of(c) for c in _complements(act.token)]
            act.target_tok = next((t for t in subjects if t is not None), None)
    _fold_casualty_verbs(acts)
    _fold_killing_told_of(acts)
    _elliptical_incidents(acts)
    return sorted(acts.values(), key=lambda a: a.token.i)


# the armed doers whose deed, told beside deaths, is an attack whatever its verb
_ARMED = frozenset(
    "gunman attacker assailant militant raider insurgent bandit terrorist jihadist pirate kidnapper "
    "robber".split()
)
_HURT_LEMMAS = frozenset({"die", "perish", "hurt", "wound", "injure"})


def _armed_deeds(doc: Any) -> dict[int, Trigger]:
    """A deed of armed men told as the cause of deaths or wounds, in a sentence with no attack word:
    "Three men died and a fourth was hurt when gunmen boarded a fishing boat" -> "boarded" is an
    ASSAULT (CAMEO 180, rule ``rule:<lemma>``)."""
    out = {}
    for tok in doc:
        if tok.dep_ != "advcl" or tok.pos_ != "VERB" or tok.head.lemma_.lower() not in _HURT_LEMMAS:
            continue
        doers = [c for c in tok.children if c.dep_ == "nsubj"]
        armed = any(
            d.lemma_.lower() in _ARMED
            or (d.lemma_.lower() == "man" and any(a.lower_ in ("armed", "masked") for a in d.children))
            for d in doers
        )
        if armed:
            out[tok.i] = Trigger(
                tok.lemma_.lower(), "V", frozenset(), "ASSAULT", None, "180", (), None, 0.6, 0
            )
    return out


# the people hacked with blades, not into: "Fourteen displaced people ... were hacked and shot"
_HACKED = frozenset(
    "people person man woman child boy girl villager farmer herder resident civilian worker family "
    "member displaced".split()
)


def _hacked_people(doc: Any, matches: dict[int, Trigger]) -> dict[int, Trigger]:
    """The computer sense of "hack" (COERCE, cyber) turned attack (ASSAULT, CAMEO 1823) when the
    ones hacked are people: "Fourteen displaced people were hacked and shot to death", "gunmen hacked
    two farmers"; rule ``rule:hack``."""
    out = {}
    for i, sense in matches.items():
        tok = doc[i]
        if sense.mode != "cyber" or tok.lemma_.lower() != "hack":
            continue
        victims = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
        victims += [c for v in victims for c in v.conjuncts]
        if any(v.lemma_.lower() in _HACKED or any(n.dep_ == "nummod" for n in v.children) for v in victims):
            out[i] = Trigger("hack", "V", frozenset(), "ASSAULT", "primitive", "1823", (), None, 0.8, 0)
    return out


def _elliptical_incidents(acts: dict[int, Act]) -> None:
    """ "killed 14 civilians in Tinabaw on Monday and six more in Anderamboukane on Tuesday": a count
    joined to a killing verb with a place of its own, and no verb, is a second incident of the same
    kind; its act is the count ("six more"), its doer and its tense the verb's."""
    for act in list(acts.values()):
        verb = act.token
        if act.sense.event_type != "ASSAULT" or verb.pos_ != "VERB" or verb.lemma_.lower() not in HARM_LEMMAS:
            continue
        for c in verb.children:
            if c.dep_ != "conj" or c.i in acts or not (c.tag_ == "CD" or c.lower_ == "more"):
                continue
            if not any(
                p.dep_ == "prep"
                and p.lower_ in ("in", "at", "near")
                and any(o.pos_ == "PROPN" for o in p.children)
                for p in c.children
            ):
                continue
            count = [n for n in c.children if n.dep_ == "nummod" or n.lower_ == "more"]
            acts[c.i] = Act(c, act.sense, act.anchor, merged=count)


def _own_clause(verb: Any) -> bool:
    """ "gunmen killed seven ..., while bandits killed four": a contrasting clause with its own subject
    is another act ("... killed when a mob clashed with the police" is one)."""
    return any(c.dep_ == "nsubj" for c in verb.children) and any(
        c.dep_ == "mark" and c.lower_ in ("while", "whilst", "whereas") for c in verb.children
    )


def distance(frame: Any, tok: Any) -> int:
    """Tree steps from a framing token down to an absorbed token (99 when not below it)."""
    steps = 0
    cur = tok
    while cur.i != frame.i and cur.head.i != cur.i and steps < 99:
        cur = cur.head
        steps += 1
    return steps if cur.i == frame.i else 99


CASUALTY_VERBS = HARM_LEMMAS


# the dead found: "as rescuers found two more bodies", in the sentence of the attack they died in
BODY_NOUNS = frozenset({"body", "corpse"})


def _fold_casualty_verbs(acts: dict[int, Act]) -> None:
    """ "Gunmen attacked a bus; five passengers were killed": in one sentence, a bare casualty verb is
    the toll of the attack named beside it, not a second attack; it joins the nearest other ASSAULT
    (so do bodies found: "the toll from the strike rose to seven as rescuers found two more bodies")."""
    attacks = [
        a
        for a in acts.values()
        if a.sense.event_type == "ASSAULT"
        and a.sense.lemma not in CASUALTY_VERBS
        and not _since_then(a.token)
    ]
    if not attacks:  # "two were killed and 18 wounded": the first casualty verb carries the others
        attacks = [a for a in acts.values() if a.sense.event_type == "ASSAULT" and not a.content][:1]
    if not attacks:
        return
    for i, act in list(acts.items()):
        if (
            act.sense.event_type == "ASSAULT"
            and (act.sense.lemma in CASUALTY_VERBS or act.sense.lemma in BODY_NOUNS)
            and not act.content
            and act is not attacks[0]
            and not _own_doer(act, acts)
            and not _separate_incident(act)
            and not _older_incident(act, attacks)
        ):
            nearest = min(attacks, key=lambda a: abs(a.token.i - act.token.i))
            nearest.merged.extend([act.token, *act.merged])
            del acts[i]


def _since_then(tok: Any) -> bool:
    """The act opens the period the sentence measures from ("in one of the deadliest incidents in the
    region since fighting erupted there last summer"): an earlier act, not the one whose toll it tells."""
    clause = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else tok
    return any(c.dep_ == "mark" and c.lower_ == "since" for c in clause.children)


def _raid_that_killed(tok: Any, raid: Trigger, sense: Trigger) -> bool:
    """ "Gunmen raided a mining site, killing nine": the killing told as the raid's result is the raid
    (``classify.finalize`` makes a lethal raid an assault)."""
    return (
        raid.event_type == "COERCE"
        and raid.lemma in RAID_LEMMAS
        and sense.event_type == "ASSAULT"
        and tok.tag_ == "VBG"
        and tok.lemma_.lower() in CASUALTY_VERBS
    )


def _fold_killing_told_of(acts: dict[int, Act]) -> None:
    """ "the killing of journalist Ana Castillo, who was shot dead on 14 June": the killing's noun and
    the attack told of its victims are one act, the verb's (which holds the day and place)."""
    for i, act in list(acts.items()):
        if act.sense.event_type != "ASSAULT" or act.sense.pos != "N":
            continue
        victims = {
            t.i for c in act.token.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree
        }
        told = [
            a
            for a in acts.values()
            if a is not act
            and a.sense.event_type == "ASSAULT"
            and a.sense.pos == "V"
            and a.token.dep_ in ("relcl", "acl")
            and a.token.head.i in victims
        ]
        if told:
            told[0].merged.extend([act.token, *act.merged])
            del acts[i]


# arms: as a counted noun they are no victims ("killed two men and a guided bomb hit the school")
ARMS = frozenset("bomb shell missile rocket drone grenade mortar".split())
# and with the attack words: as the subject of "killed" they are the attack itself, not a doer
WEAPONS = ARMS | frozenset(
    "blast explosion explosive device mine strike fire attack shelling bullet ied airstrike raid ambush "
    "violence clash clashes fighting gunfire crossfire".split()
)


def _own_doer(act: Act, acts: dict[int, Act]) -> bool:
    """ "The militants opened fire, but police sentries killed one of them": the casualty verb has a
    doer of its own (an active subject that is no pronoun, weapon or event word), so it is a second
    attack rather than the first one's toll."""
    tok = act.token
    if any(c.dep_ == "nsubjpass" for c in tok.children) or reduced_passive(tok):
        return False  # "three attackers were killed", "his son injured": a toll, not a second attack
    if tok.lemma_.lower() in DYING_LEMMAS:
        return False  # "a prisoner died as a result of torture": who dies is no doer
    while True:
        for c in tok.children:
            if c.dep_ == "nsubj":
                return c.pos_ in ("NOUN", "PROPN") and c.i not in acts and c.lemma_.lower() not in WEAPONS
        if tok.dep_ != "conj" or tok.head.i in acts or tok.head.i == tok.i:
            return False  # "Gunmen attacked a bus and killed five": the attack's own doer
        tok = tok.head


_ELSEWHERE = frozenset({"separately", "elsewhere", "meanwhile"})


def _separate_incident(act: Act) -> bool:
    """ "Shelling killed two people in Nikopol on Saturday, and a guided bomb killed one in
    Kostiantynivka on Sunday"; "...; separately, a truck bomb in Cali killed six": a casualty verb
    with a subject of its own (a weapon will do) that is told apart ("separately", "a separate
    blast") or names a place of its own, other than the places of the clause it is joined to ("and",
    "while"), is a second incident."""
    tok = act.token
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _ELSEWHERE for c in (*tok.children, *subject.children)):
        return True
    if any(c.dep_ == "amod" and c.lower_ in ("separate", "another", "second") for c in subject.children):
        return True  # "... while a separate blast in Taloqan killed a child"
    if any(c.dep_ in ("advmod", "npadvmod") and c.lower_ == "later" for c in tok.subtree if c.i < tok.i):
        return True  # "executed 17 drivers, and a month later they killed 12 fishermen": another day
    own = _setting(tok) | _setting(subject) | _event_noun_places(subject)
    joined = tok.dep_ == "conj" or (
        tok.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in tok.children)
    )
    if not own or not joined:
        return False
    return not own & _setting(tok.head) and bool(_setting(tok.head))


def _event_noun_places(subject: Any) -> set[str]:
    """Names of places in an event noun's own words ("an attack on a camp in Djugu killed more than
    60"): where that attack was, told on its target."""
    if subject.lemma_.lower() not in WEAPONS:
        return set()
    return {p for t in subject.subtree if t.dep_ in ("nsubj", "pobj") for p in _places_on(t, 1)}


def _older_incident(act: Act, attacks: list[Act]) -> bool:
    """The casualty verb opens its clause with a year of its own, after every attack the sentence
    names ("It was the deadliest attack this year; in December 2019, 71 soldiers were killed in an
    attack on Inates"): an older incident told beside the story's, not its toll ("On 12 May 2024, two
    soldiers were killed when an IED struck" is one)."""
    tok = act.token
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    # "and in 2022 an attack on a camp killed more than 60": the year told on the subject
    told = [*tok.children, *(subject.children if subject is not None else ())]
    for c in told:
        if c.dep_ != "prep" or c.lower_ not in ("in", "on", "during") or c.i > tok.i:
            continue
        if any(t.ent_type_ == "DATE" and len(t.text) == 4 and t.text.isdigit() for t in c.subtree):
            return all(a.token.i < c.i for a in attacks)
    return False


def _setting(tok: Any) -> set[str]:
    """Names of places told with ``in/at/near`` on a word and on its conjoined verbs that share its
    subject ("killed one and injured four *in Kostiantynivka*")."""
    out: set[str] = set()
    heads = [tok] + [
        c
        for c in tok.children
        if c.dep_ == "conj"
        and c.pos_ == "VERB"
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
    ]
    words = [w for h in heads for w in (h, *(c for c in h.children if c.dep_ in ("dobj", "npadvmod")))]
    for w in words:  # "killed three people in Kharkiv": the place may hang on the object
        out |= _places_on(w, 2)
    return out


_WHERE = frozenset({"in", "at", "near", "outside"})


def _places_on(w: Any, depth: int) -> set[str]:
    """Names told with ``in/at/near/outside`` on ``w``, and on the nouns those name down to ``depth``
    ("at a gold-mining site near Mongbwalu"; "in Djugu territory": the name before its kind)."""
    out: set[str] = set()
    for prep in w.children:
        if prep.dep_ != "prep" or prep.lower_ not in _WHERE:
            continue
        for o in prep.children:
            if o.dep_ != "pobj":
                continue
            if o.pos_ == "PROPN":
                out.add(o.text)
            else:
                out.update(c.text for c in o.children if c.dep_ == "compound" and c.pos_ == "PROPN")
                if depth > 1:
                    out |= _places_on(o, depth - 1)
    return out


OBLIGATION = {"must", "should"}
SPEECH_VERBS = {
    "say",
    "announce",
    "declare",
    "reiterate",
    "insist",
    "conclude",
    "state",
    "stress",
    "tell",
    "issue",
    "add",
    "write",
    "note",
    "argue",
    "believe",
    "emphasize",
    "emphasise",
    "demand",
    "urge",
    "warn",
    "repeat",
}
OBLIGATION_SENSE = Trigger("must", "V", frozenset(), "REQUEST", None, "100", (), "obj", 0.8, 0)


EXPECT_VERBS = {"expect", "want", "wish"}
SPEECH_NOUNS = {"reminder", "warning", "statement", "message", "letter", "declaration", "call", "insistence"}


def _obligation(tok: Any) -> Any | None:
    """The verb that makes ``tok``'s clause a demand on someone else, else None:
    "X said Y must do Z" (the speech verb) or "X expects Y to do Z" (the expecting verb)."""
    head = tok.head
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    if head.lemma_.lower() in EXPECT_VERBS and tok.dep_ in ("ccomp", "xcomp") and has_subject:
        return head
    if not any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in tok.children):
        return None
    if tok.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in SPEECH_VERBS:
        return head
    if tok.dep_ in ("acl", "ccomp") and head.lemma_.lower() in SPEECH_NOUNS and head.head.pos_ == "VERB":
        return head.head  # "issued a reminder to Iraq that it must cooperate"
    return None


def _subject_of(tok: Any) -> Any | None:
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c
    return None


def _content_tokens(comp: Any) -> Iterable[Any]:
    """The tokens of a complement, without the side remarks hung on it (appositions, relative clauses:
    "..., an allegation Eritrea denied")."""
    stack = [comp]
    while stack:
        t = stack.pop()
        yield t
        stack.extend(c for c in t.children if c.dep_ not in ("appos", "relcl", "parataxis"))


def _complements(tok: Any) -> Iterable[Any]:
    head = tok.head if tok.pos_ == "ADJ" and tok.dep_ in ("acomp",) else None
    if tok.pos_ in ("NOUN", "PROPN"):
        # "a consensus to exchange information", "reached a deal to withdraw"
        for c in tok.children:
            if c.dep_ in ("acl", "relcl") and any(a.lower_ == "to" for a in c.children):
                yield c
            elif c.dep_ in ("acl", "ccomp") and any(
                a.dep_ == "mark" and a.lower_ == "that" for a in c.children
            ):
                yield c  # "its demand that Israel ease restrictions"
        if lemma_in(tok.head, LIGHT_VERBS):
            for c in tok.head.children:
                if c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children):
                    yield c
        return
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp"):
            yield c
        elif c.dep_ == "prep" and c.lower_ in ("to", "for", "on", "upon", "of"):
            yield c
    if head is not None:
        for c in head.children:
            if c.dep_ in ("xcomp", "ccomp") and c.i != tok.i:
                yield c
