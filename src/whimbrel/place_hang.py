"""How a place mention hangs on an event's trigger: the dependency path between them, classified.

A place mention is walked up the dependency parse towards the event's trigger, and the path says how
it attaches: by a locative preposition of the trigger's clause ("fighting *in* X"), as the object of
the trigger ("captured X", "visited X"), as the named instance of a place noun ("the town of X"),
through another predicate, or not at all. Places used as actors are dropped on the way: the subject
of the trigger ("Moscow condemned ..."), the possessor or modifier of an actor noun ("Mexico's
army"), the origin of a person ("a driver from X"), the object of "by", "against", "with"; so are
places of a later event ("captured and deported to X"), of the aftermath ("died at X hospital") and
names of wars ("the Gulf War"); a place inside a description of a person ("X, an officer in Y,")
is kept only as a last resort.

:func:`hang_on` gives the answer as a :class:`Hang`: its tier (0 for a place dropped), the rule that
decided (the ``method`` an event's location is reported with: "clause:prep-in", "excluded:subject",
...) and the tokens :mod:`whimbrel.location_choice` needs to rank the survivors (the path walked, the
place nouns the name goes with). It reads the parse only: no gazetteer, no model.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .nlp import PLACE_LABELS
from .place_words import (
    ACTOR_NOUNS,
    AFTERMATH_LEMMAS,
    ATTRIBUTION_LEMMAS,
    CARE_MOVES,
    CARE_PLACES,
    DIRECTIONS,
    DISTANCE_WORDS,
    EVENT_NOUNS,
    GEO_NOUNS,
    INCIDENT_LEMMAS,
    LOC_PREPS,
    MOVEMENT_LEMMAS,
    NAMED_PERIOD_NOUNS,
    NON_LOC_PREPS,
    PEOPLE_NOUNS,
    PLACE_NOUNS,
    PLACE_TAKING_LEMMAS,
    STATUS_PARTICIPLES,
    noun_in,
)
from .types import Place

__all__ = ["Hang", "hang_on"]


@dataclass(frozen=True)
class Hang:
    """How a place's root token hangs on the trigger."""

    tier: int  # 3 the trigger's clause, 2 through another predicate, 1 sentence or reference, 0 excluded
    method: str
    score: float
    hops: int
    anchors: frozenset[int]  # the place's root and the place nouns it names ("the town of X")
    link: str  # how it names its place noun: "of" | "self" | "compound" | "poss"
    path: tuple[int, ...]


# a name compounded with one of these names a border ("the Niger border"), not the country it is in
BORDER_NOUNS = frozenset({"border", "frontier", "boundary", "borders"})
# prepositions of where one is, not where one goes: a place the next verb of the same subject puts
# "in" or "near" may be where the whole incident happened
_AT = frozenset({"in", "at", "near", "outside", "inside", "around", "within", "throughout"})


def _is_verbal(tok: Any) -> bool:
    return bool(tok.pos_ in ("VERB", "AUX") or tok.dep_ in ("relcl", "advcl", "ccomp", "xcomp", "acl"))


# the harm an act does, whose place the words below it tell
_HARMED = frozenset({"kill", "injure", "wound", "hurt", "attack"})


def _excluded(method: str, hops: int, path: Sequence[Any]) -> Hang:
    return Hang(0, method, 0.0, hops, frozenset(), "self", tuple(t.i for t in path))


# who speaks from a hospital: "medical staff at a hospital in X told reporters"
_HOSPITALS = frozenset({"hospital", "clinic", "morgue", "mortuary"})
_HOSPITAL_SPEAKERS = frozenset(
    "staff doctor nurse official source worker director spokesman spokeswoman spokesperson physician "
    "surgeon".split()
)


# who tells what they saw at home: "residents of X said", "villagers in X told reporters"
_WITNESSES = frozenset({"resident", "villager", "inhabitant", "local", "witness", "survivor"})


# the words before a town that only says where the victims were treated
_CARE_BEFORE = re.compile(
    r"(?i)\b(?:taken|rushed|admitted|treated|transferred|flown|airlifted|evacuated|shifted|referred|brought)"
    r"\b[^.;]{0,60}?(?:(?:hospitals?|clinics?|morgue|mortuary|(?:medical|health)\s+(?:centre|center|college))"
    r"\s+(?:in|at)\s+|\bto\s+)(?:the\s+)?(?:(?:town|city)\s+of\s+)?$"
)


def care_destination(text: str, place: Place) -> bool:
    """The town is named only as where the victims were treated ("taken to a clinic in X", "airlifted
    to X"), read on the surface for places no event's clause reaches."""
    return _CARE_BEFORE.search(text[max(0, place.start - 120) : place.start]) is not None


def _witnesses(tok: Any) -> bool:
    """``tok`` is the subject of a report made by people who live where it happened."""
    return bool(
        tok.lemma_.lower() in _WITNESSES
        and tok.dep_ == "nsubj"
        and tok.head.lemma_.lower() in ATTRIBUTION_LEMMAS
    )


def _witnesses_home(root: Any, path: Sequence[Any]) -> Hang:
    """The home of those who tell what they saw ("Residents of X said soldiers killed 28 civilians"):
    where it happened unless the event's own clause says otherwise."""
    return Hang(
        1, "sentence:witnesses-of", 0.35, len(path) - 1, frozenset({root.i}), "self", tuple(t.i for t in path)
    )


def _speaks_from_hospital(root: Any) -> bool:
    """The place names the hospital of whoever reports the toll ("medical staff at a hospital in X told
    reporters", "a doctor at the clinic in X said"), however the parser hung the phrase."""
    prep = root.head
    if prep.lower_ != "in" or prep.head.lemma_.lower() not in _HOSPITALS:
        return False
    at = prep.head.head
    if at.lower_ not in ("at", "from") or at.i == 0:
        return False
    return root.doc[at.i - 1].lemma_.lower() in _HOSPITAL_SPEAKERS


# attacks a state carries out from afar, whose country modifier tells who struck, not where ("a US air
# strike near Baardheere", "Russia's missile barrage"), unlike "the Syria war"
_STRUCK_BY_STATES = frozenset({"strike", "airstrike", "raid", "bombardment", "barrage", "missile", "drone"})


def hang_on(root: Any, trigger: Any, place: Place) -> Hang:
    """Walk from the place's root up the dependency tree towards the trigger and classify the path."""
    if _speaks_from_hospital(root):
        return _excluded("excluded:attribution", 0, [root])
    path = [root]
    tok = root
    while tok.head.i != tok.i and tok.i != trigger.i:
        tok = tok.head
        path.append(tok)
    reaches = tok.i == trigger.i
    anchors = {root.i}
    link = "self"
    in_name = True
    placed = False
    reference = False
    act_of = False  # the place is the object of an event noun: "the shelling of X"
    origin = (
        False  # the phrase that places X tells where something came from: "fired from across the border in X"
    )
    method = ""
    trig_lemma = trigger.lemma_.lower()
    # "to" places an event only after movement ("travelled to X") or a place noun ("the road to X")
    for i in range(len(path) - 1):
        child, head = path[i], path[i + 1]
        dep = child.dep_
        hl = head.lemma_.lower()
        if placed and dep == "prep" and child.lower_ == "from" and hl not in MOVEMENT_LEMMAS:
            origin = True  # "fired from positions in X", "shells fired from across the border in X"
        if head.i == trigger.i:
            if child.pos_ == "ADP" or dep == "prep":
                pass  # method already set by the preposition
            elif dep in ("dobj", "obj", "attr", "oprd", "dative", "nsubjpass", "nsubj:pass"):
                if not method and in_name and trig_lemma not in PLACE_TAKING_LEMMAS:
                    # "shot X", "X was killed": the object of such a verb is a person, not a place
                    return _excluded("excluded:object-of-non-place-verb", i + 1, path)
                method = method or ("clause:object" if "obj" in dep else "clause:passive-subject")
            elif dep in ("nsubj", "csubj", "expl"):
                if act_of and noun_in(child, EVENT_NOUNS):
                    method = method or "clause:object-of"
                elif in_name or not (method or reference):
                    # "Moscow condemned ...", "supporters of X marched" (not "gunmen who stopped a bus
                    # north of X shot ...": there X places the act)
                    return _excluded("excluded:subject", i + 1, path)
            elif dep in ("compound", "amod", "nmod", "poss"):
                if in_name and place.feature == "country" and trig_lemma in _STRUCK_BY_STATES:
                    return _excluded("excluded:country-modifier", i + 1, path)  # "a US AFRICOM air strike"
                method = method or "clause:modifier"  # "the Manbij offensive"
            else:
                method = method or f"clause:{dep}"
            break
        if placed:
            continue  # the place is located by an earlier preposition: only clause crossings matter now
        if dep in ("compound", "amod", "nmod", "poss"):
            if noun_in(head, ACTOR_NOUNS) or head.ent_type_ in ("PERSON", "NORP"):
                return _excluded("excluded:actor-modifier", i + 1, path)  # "Mexico's army"
            if (
                head.head.i == trigger.i
                and head.dep_ in ("nsubj", "nsubjpass")
                and head.ent_type_ not in ("DATE", "TIME")
                and not noun_in(head, PLACE_NOUNS | EVENT_NOUNS)
            ):
                return _excluded("excluded:participant-modifier", i + 1, path)  # "a Chicago teacher was ..."
            if hl in EVENT_NOUNS and place.feature == "country" and dep != "poss":
                return _excluded("excluded:country-modifier", i + 1, path)  # "a U.S. airstrike"
            if in_name and hl in NAMED_PERIOD_NOUNS:
                return _excluded("excluded:named-period", i + 1, path)  # "since the Gulf War"
            if in_name and dep == "compound" and hl in BORDER_NOUNS and place.feature == "country":
                reference = True  # "near the Niger border": the border is a reference point, not Niger
            names = noun_in(head, PLACE_NOUNS) or head.ent_type_ in PLACE_LABELS
            if in_name and dep != "amod" and names:
                anchors.add(head.i)
                if link == "self":
                    link = "poss" if dep == "poss" else "compound"
            elif in_name and dep == "compound" and head.pos_ == "PROPN" and root.pos_ == "PROPN":
                pass  # the first word of a longer name ("Marta Elena Zúniga"): that name's frame decides
            else:
                in_name = False
            continue
        if dep in ("flat", "appos", "conj", "cc", "npadvmod", "nummod", "quantmod", "det", "punct"):
            if in_name and dep in ("flat", "appos", "conj"):
                anchors.add(head.i)
            continue
        if dep == "pobj" or (dep in ("pcomp",) and head.pos_ == "ADP"):
            prep = head.lower_
            gov = head.head
            gl = gov.lemma_.lower()
            if prep == "of":
                if gl in DIRECTIONS:
                    reference = True  # "north of X": X is a reference point
                    in_name = False
                elif in_name and noun_in(gov, PLACE_NOUNS):
                    # "the X area of Y district": a Y with its own place noun contains X's area
                    own = any(root.doc[a].lower_ in GEO_NOUNS for a in anchors if a != root.i)
                    anchors.add(gov.i)
                    link = "poss" if own else "of"
                    method = method or "clause:town-of"
                elif _witnesses(gov) and gov.i != trigger.i:
                    return _witnesses_home(root, path)  # "Residents of X said soldiers killed ..."
                elif noun_in(gov, ACTOR_NOUNS) or gov.ent_type_ in ("PERSON", "ORG", "NORP"):
                    return _excluded("excluded:actor-of", i + 1, path)  # "the governor of X"
                elif gl == "control" and gov.dep_ in ("pobj", "dobj"):
                    # "fought for control of X", "seized control of X": X is where it happens
                    in_name = False
                    placed = True
                    method = method or "clause:prep-control-of"
                elif gov.i == trigger.i:
                    method = method or "clause:object-of"  # "the bombardment of X"
                elif in_name and noun_in(gov, EVENT_NOUNS):
                    act_of = True  # "the shelling of X killed 12": the act that killed is the
                    in_name = False  # subject here, but no actor
                else:
                    in_name = False
                continue
            in_name = False
            placed = True
            to_place = gl in PLACE_NOUNS
            if prep == "from":
                if any(t.lower_ in DISTANCE_WORDS for t in gov.subtree) or gl in DISTANCE_WORDS:
                    reference = True  # "30 km from X"
                elif gl in MOVEMENT_LEMMAS:
                    method = method or "clause:prep-from"
                else:
                    return _excluded("excluded:origin", i + 1, path)  # "a driver from X"
            elif prep in LOC_PREPS or (prep == "to" and (gl in MOVEMENT_LEMMAS or to_place)):
                method = method or f"clause:prep-{prep}"
            elif prep == "to" and gl in ("close", "next"):  # "close to the town of X": near it
                method = method or "clause:prep-near"
            elif prep in NON_LOC_PREPS or prep == "to":
                return _excluded(f"excluded:prep-{prep}", i + 1, path)
            else:
                method = method or f"clause:prep-{prep}"
            continue
        if dep == "prep" or head.pos_ == "ADP":
            continue
        in_name = False
    hops = len(path) - 1
    ids = tuple(t.i for t in path)
    frozen = frozenset(anchors)
    # Outside the trigger's own clause, only a locative link makes a place a candidate: a subject or
    # object of another predicate ("Australia took the bronze") is an actor there, not a location.
    # (not a speech verb reached from what it reports: "... hit a car on the road between X and Y,
    # the governor said", the parser hanging the report's clause on "said" as its ccomp)
    told = (
        not reaches
        and hops <= 4
        and path[-1].lemma_.lower() in ATTRIBUTION_LEMMAS
        and path[-2].dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "prep", "agent", "npadvmod")
        and not any(_is_verbal(t) for t in path[1:-2])  # "a dispute (that) flared in X, police said"
    )
    if told and _witnesses(path[-2]):
        return _witnesses_home(root, path)  # "villagers in X told reporters that gunmen ..."
    if not reaches and _in_a_bodys_name(path):
        # "The Coalition for Civilians in Liptako-Gourma condemns the attack ... in Tillabéri": the
        # place in the name of the body that speaks, not the attack's
        return _excluded("excluded:organisation-name", hops, path)
    if (
        told
        or any(
            t.lemma_.lower() in ATTRIBUTION_LEMMAS
            and path[k].dep_ != "ccomp"
            # "three others injured in an attack ... in X, a source told Xinhua": the parser hangs the
            # wounding on "told", but the place is the attack's
            and not any(u.lemma_.lower() in _HARMED for u in path[1 : k + 1])
            for k, t in enumerate(path[1:-1])
            if t.i != trigger.i
        )
    ):
        return _excluded("excluded:attribution", hops, path)  # "officials in X said", "sources in X"
    # below where the place's path meets the trigger's: "died ... when shells landed in X" is not the
    # aftermath of the shelling
    meet = next((k for k, t in enumerate(path) if t.i in {a.i for a in trigger.ancestors}), hops)
    inner = [t for t in path[:meet] if t.i not in anchors and t.i != trigger.i]
    if (
        any(t.lemma_.lower() in AFTERMATH_LEMMAS and _is_verbal(t) for t in inner)
        or _taken_for_care(path, meet)
        or _care_below(path, meet)
        or _treated_above(path, meet, trigger)
    ):
        return _excluded("excluded:aftermath", hops, path)  # "was shot and died at X hospital"
    if any(t.dep_ == "appos" and (noun_in(t, ACTOR_NOUNS) or t.head.ent_type_ == "PERSON") for t in inner):
        # "X, an officer with a unit in Y, was shot": Y describes a participant; it is the event's
        # place only when nothing better is said
        return Hang(1, "sentence:description", 0.2, hops, frozen, link, ids)
    located = method.startswith(("clause:prep", "clause:town-of")) or reference or _taken_place(path)
    if not reaches:
        if not located:
            return _excluded("excluded:argument-elsewhere", hops, path)
        return Hang(1, method.replace("clause:", "sentence:"), 0.4, hops, frozen, link, ids)
    between = path[1:-1]
    if located and any(
        t.dep_ == "acl"
        and t.lemma_.lower() in STATUS_PARTICIPLES
        and (noun_in(t.head, ACTOR_NOUNS | PEOPLE_NOUNS) or t.head.ent_type_ in ("PERSON", "NORP"))
        for t in between
    ):
        # "killed people suspected of ties with rebels in X": who the victims are, not where
        return _excluded("excluded:participant-description", hops, path)
    relcl = [t for t in between if t.dep_ == "relcl"]
    crossings = [t for t in between if _is_verbal(t) and t.dep_ != "relcl"]
    own_subject = [t for t in crossings if t.dep_ in ("conj", "advcl") and _has_subject(t)]
    shared = [t for t in crossings if t.dep_ == "conj" and t.head.i == trigger.i and t not in own_subject]
    if located and any(t.lemma_.lower() not in INCIDENT_LEMMAS for t in shared):
        if _same_raid(path, shared, method):  # "killed two and drove away cattle in X"
            return Hang(1, method.replace("clause:", "sentence:"), 0.35, hops, frozen, link, ids)
        return _excluded("excluded:next-event", hops, path)  # "was captured and deported to X"
    crossings = [t for t in crossings if t not in shared]
    method = method or "clause:argument"
    if (relcl or own_subject or crossings) and not located:
        return _excluded("excluded:argument-elsewhere", hops, path)
    if relcl or own_subject:
        return Hang(1, method.replace("clause:", "sentence:"), 0.35, hops, frozen, link, ids)
    if reference:
        return Hang(1, method.replace("clause:", "sentence:reference-"), 0.35, hops, frozen, link, ids)
    if origin:
        return Hang(1, method.replace("clause:", "sentence:origin-"), 0.3, hops, frozen, link, ids)
    if crossings:
        return Hang(2, method, max(0.5, 0.8 - 0.1 * len(crossings)), hops, frozen, link, ids)
    return Hang(3, method, 0.95 if method.startswith("clause:prep") else 0.85, hops, frozen, link, ids)


# bodies whose names may hold a place: "the Coalition for Civilians in Liptako-Gourma"
_BODIES = frozenset(
    "coalition network committee council organisation organization association union league alliance "
    "observatory centre center group commission forum federation platform movement".split()
)


def _in_a_bodys_name(path: Sequence[Any]) -> bool:
    """The place hangs, through prepositions and nouns only, on a body's name that is the subject of
    a verb: "The Coalition for Civilians in Liptako-Gourma condemns ..."."""
    for k, t in enumerate(path[1:], 1):
        if _is_verbal(t):
            return False
        if t.lemma_.lower() in _BODIES and t.dep_ in ("nsubj", "nsubjpass") and t.text[:1].isupper():
            return all(u.pos_ in ("NOUN", "PROPN", "ADP", "ADJ", "DET") for u in path[1:k])
    return False


def _taken_for_care(path: Sequence[Any], meet: int) -> bool:
    """The place is where the victims were taken, by the verb that governs the event's own noun ("34
    injured have been shifted to hospitals in X", "The wounded were flown to X for treatment")."""
    if not 0 < meet < len(path) or path[meet - 1].lower_ not in ("to", "in", "at"):
        return False
    verb = path[meet]
    if not _is_verbal(verb) or verb.lemma_.lower() not in CARE_MOVES:
        return False
    if verb.lemma_.lower() in AFTERMATH_LEMMAS:
        return True  # "shifted", "airlifted", "rushed": taken for care, to or in X
    if path[meet - 1].lower_ != "to":
        return False
    for_care = (
        c.lower_ == "for" and any(g.lemma_.lower() in CARE_PLACES for g in c.children) for c in verb.children
    )
    return any(t.lemma_.lower() in CARE_PLACES for t in path[:meet]) or any(for_care)


def _treated_above(path: Sequence[Any], meet: int, trigger: Any) -> bool:
    """The place names a hospital's town, met at the verb of the wounded's care that the parser put
    above the trigger ("Eight people were wounded by gunfire; they were treated at a hospital run by a
    charity in Tabarre")."""
    if not 0 < meet < len(path) or path[meet].i == trigger.i:
        return False
    verb = path[meet]
    told = [w for u in path[:meet] for w in (u, *(c for c in u.children if c.dep_ == "compound"))]
    return (
        _is_verbal(verb)
        and verb.lemma_.lower() in AFTERMATH_LEMMAS
        and any(w.lemma_.lower() in CARE_PLACES for w in told)
    )


def _care_below(path: Sequence[Any], meet: int) -> bool:
    """Below the meeting point, a verb that takes people to a hospital governs the place: "... and
    that six wounded people had been taken to hospital in Cucuta"."""
    return any(
        _is_verbal(t)
        and t.lemma_.lower() in CARE_MOVES
        and (any(u.lemma_.lower() in CARE_PLACES for u in path[:k]) or _to_care(t))
        for k, t in enumerate(path[:meet])
    )


def _to_care(verb: Any) -> bool:
    """The verb takes its people "to hospital", "to a clinic"."""
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_.lower() in CARE_PLACES for g in c.children)
        for c in verb.children
    )


def _same_raid(path: Sequence[Any], shared: Sequence[Any], method: str) -> bool:
    """The place is put "in"/"at"/"near" by a next verb of the trigger's subject, told in the same
    tense (no auxiliary of its own) and acting on an object of its own ("killed two herders and drove
    away cattle in X"): where the whole raid happened, not a later event ("were captured and deported
    to X", "was captured and acknowledged before a judge in X", "marched ... and were continuing their
    march in X")."""
    if method.removeprefix("clause:prep-") not in _AT:
        return False
    prep = next((k for k in range(1, len(path)) if path[k].dep_ == "prep"), None)
    if prep is None or prep + 1 >= len(path) or path[prep + 1] not in shared:
        return False
    deps = {c.dep_ for c in path[prep + 1].children}
    return bool(deps & {"dobj", "obj"}) and not deps & {"aux", "auxpass"}


def _has_subject(tok: Any) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def _taken_place(path: Sequence[Any]) -> bool:
    """The place is the object of the first predicate above it, one that takes places ("hit X")."""
    for j in range(1, len(path)):
        if _is_verbal(path[j]):
            below = path[j - 1]
            return bool(below.dep_ in ("dobj", "nsubjpass") and path[j].lemma_.lower() in PLACE_TAKING_LEMMAS)
    return False
