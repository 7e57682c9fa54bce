"""Which of a sentence's places is an event's location: the pure ranking core of geolocation.

How each place mention hangs on the event's trigger, and which are dropped on the way (places used as
actors, places of a later event or of the aftermath), is read by :mod:`whimbrel.place_hang`.

Among the survivors the best is the one attached to the clause, then the finer one (a city over its
province), then one after the trigger, then the leftmost: in "X in Y", "X near Y", "X, Y" the first
is the specific place; a place that only situates another ("Y" in "X, 30 km south of Y", "X, in Y",
"X (Y region)") is dropped. Places listed with the best one ("the villages of X and Y", "in X; in Y")
come with it. An area chosen gives way to the town heading its chain ("in X village, Y LGA, Z State"):
see :mod:`whimbrel.place_chains`.

Nothing here loads the gazetteer or a model: it takes a parsed sentence and hand-made ``Place``
objects, so it is tested with hand-built data.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .nlp import span_root, tokens_in
from .place_chains import chain_head
from .place_hang import Hang, hang_on
from .place_surface import bracketed, locative_before
from .place_words import FINENESS
from .types import Actor, Event, Place


@dataclass(frozen=True)
class Choice:
    """A chosen location with the rule that chose it and how sure it is."""

    place: Place  # precision set: clause | sentence | dateline | actor-country
    method: str  # "clause:prep-in", "clause:object", "sentence:nearest", "dateline", ...
    score: float
    also: tuple[Place, ...] = ()  # places coordinated with the chosen one ("in X and Y")


@dataclass(frozen=True)
class _Ranked:
    place: Place
    hang: Hang
    fineness: int
    distance: int
    root: Any
    first: int = -1  # the first token of the name ("Sri" of "Sri Lanka")

    @property
    def tier(self) -> int:
        return self.hang.tier


# ----------------------------------------------------------------------------- parse helpers


def _inside_actor(place: Place, actors: Iterable[Actor]) -> bool:
    return any(a.start <= place.start and place.end <= a.end for a in actors)


# a place that situates the actor it is told in: "a PMF outpost about 20km south-west of Khanaqin",
# "an army post 8km E of MASALANI", "a camp outside Goma"
_POSITIONED = re.compile(
    r"(?:(?:\d+(?:\.\d+)?\s*(?:km|kilometres|kilometers|miles)|(?i:a\s+few\s+kilometres))\s+)?"
    r"(?:(?i:(?:north|south)(?:-?(?:east|west))?|east|west)|\b(?:N|S|E|W|NE|NW|SE|SW))\s+of\s+$"
    r"|\b(?:near|outside)\s+$"
)


# verbs whose object noun is the act itself: "opened fire", "launched an attack", "carried out a raid"
_LIGHT_VERBS = frozenset({"open", "launch", "carry", "mount", "stage", "conduct"})


def _trigger_token(doc: Any, start: int, end: int) -> Any | None:
    """The trigger's token; for an act named as the object of a light verb ("opened fire inside a
    casino on Batumi's seafront"), the verb, whose clause holds the act's places."""
    toks = tokens_in(doc, start, end)
    if not toks:
        return None
    root = span_root(toks)
    if root.dep_ in ("dobj", "obj") and root.head.lemma_.lower() in _LIGHT_VERBS:
        return root.head
    return root


# prepositions that put a place beside another rather than inside it
_BESIDE = frozenset({"near", "outside", "beside", "off", "by"})
# features a place is named along: "on the X-Y road near Z" is at Z
_LINEAR = frozenset({"road", "highway", "motorway", "expressway", "route", "railway", "river", "canal"})
_LINK_RANK = {"of": 1, "self": 1, "compound": 1, "poss": 0}


def _trails(b: _Ranked, a: _Ranked) -> bool:
    """b's phrase follows a's name after a comma and "in"/"near" ("bombed X, in Y", "in X, near Y"), or
    "on the shore of" ("in X, on the shore of Lake Y")."""
    doc = b.root.doc
    start = min(b.hang.path[0], *b.hang.anchors) if b.hang.anchors else b.hang.path[0]
    if b.first >= 0:
        start = min(start, b.first)  # a name of several words: "X, in southern Sri Lanka"
    end = max(a.root.i, *a.hang.anchors) if a.hang.anchors else a.root.i
    head = a.root
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head  # the site a's name is part of: "X, in Y" after "near the X refugee complex"
    end = max(end, head.i)
    gap = [t for t in doc[end + 1 : start] if t.dep_ != "det" and t.pos_ not in ("ADJ", "DET")]
    if len(gap) != 2 or gap[0].text != "," or gap[1].lower_ not in ("in", "near", "on", "along"):
        return False
    if gap[1].lower_ in ("on", "along") and doc[start].lower_ not in _SHORES:
        return False  # "X, on the shore of Lake Y", "X, along the banks of the Y river"
    return gap[1].i in b.hang.path and gap[1].head.i not in a.hang.anchors


_SHORES = frozenset({"shore", "shores", "bank", "banks", "edge", "coast"})


def _names_within(a: _Ranked, b: _Ranked) -> bool:
    """In "the B neighbourhood of A", A is the finer place when the gazetteer knows B (a city) but not
    A (a quarter of it); otherwise "the A district of B" reads the other way."""
    known = b.place.geonameid is not None and a.place.geonameid is None
    # a province or a country after "of" contains the town's area ("in Wukari Local Government Area
    # of Taraba State"), whatever the gazetteer's ids
    area = a.place.feature in ("admin1", "country", "region")
    return known and not area and a.hang.link == "of" and b.hang.link == "compound"


def _beside(b: _Ranked, a: _Ranked, features: frozenset[str] | None = None) -> bool:
    """b's path reaches the feature a's name is part of through "near" or "outside": "Z near the X
    river", "a camp outside the X-Y road" (only a feature of ``features`` when given)."""
    above = [i for i in b.hang.path if i not in b.hang.anchors]
    meet = next((k for k, i in enumerate(b.hang.path) if i in above and i in a.hang.anchors), None)
    if meet is None or meet == 0 or b.root.doc[b.hang.path[meet - 1]].lower_ not in _BESIDE:
        return False
    return features is None or b.root.doc[b.hang.path[meet]].lower_ in features


def _drop_containers(ranked: list[_Ranked], inside: set[int] | None = None) -> list[_Ranked]:
    """Drop places that only situate another candidate ("X in Y province", "Y's district of X",
    "X, in Y", those of ``inside``: "X (Y region)")."""
    inside = inside or set()
    near = {
        id(a) for a in ranked for b in ranked if a is not b and b.tier >= a.tier and _beside(b, a, _LINEAR)
    }
    keep = []
    for b in ranked:
        contained = id(b) in near or id(b) in inside  # "on the X-Y road near Z": Z, not X
        for a in ranked:
            if contained:
                break
            if a is b or id(a) in inside:
                continue
            if _trails(b, a) and a.tier >= 2:
                contained = True
                break
            if a.tier < b.tier:
                continue
            if b.root.i in a.hang.anchors:
                continue
            # b's path runs through a's name (its root or its place noun) above b's own name, unless
            # b lies near it ("X near the Y river", "a camp outside the town of Y"): b is then finer
            above = [i for i in b.hang.path if i not in b.hang.anchors]
            if any(i in a.hang.anchors for i in above) and not _beside(b, a):
                contained = True
                break
            shared = a.hang.anchors & b.hang.anchors
            if shared and (_LINK_RANK[a.hang.link] > _LINK_RANK[b.hang.link] or _names_within(a, b)):
                contained = True
                break
        if not contained:
            keep.append(b)
    return keep


def rank_places(
    event: Event,
    sent_doc: Any,
    sent_start: int,
    places: Sequence[Place],
    *,
    actors: Sequence[Actor] = (),
    others: Sequence[Event] = (),
) -> list[_Ranked]:
    """Every usable place of the event's sentence, best first (excluded places are dropped). A place
    the sentence tells only as that of a peaceful act named by a noun (``others``: "shot dead the mayor
    ... as the two men drove back from a *meeting* in Ségou") is not a hostile event's."""
    if sent_doc is None:
        return []
    sent_end = sent_start + len(sent_doc.text)
    trig = _trigger_token(sent_doc, event.trigger.start - sent_start, event.trigger.end - sent_start)
    foreign = _other_acts(event, others, sent_doc, sent_start)
    out: list[_Ranked] = []
    for place in places:
        if place.role is not None or not (sent_start <= place.start and place.end <= sent_end):
            continue
        toks = tokens_in(sent_doc, place.start - sent_start, place.end - sent_start)
        if not toks:
            continue
        root = span_root(toks)
        if trig is None:
            hang = Hang(1, "sentence:nearest", 0.4, 0, frozenset({root.i}), "self", (root.i,))
        elif trig.i in {t.i for t in toks}:
            continue  # the trigger word is part of the place name
        else:
            hang = hang_on(root, trig, place)
            if hang.method == "excluded:object-of-non-place-verb" and locative_before(
                sent_doc.text[: place.start - sent_start]
            ):  # "shot dead a leader and his wife at their farm in vereda X", X misparsed as a victim
                hang = Hang(
                    1, "sentence:surface-locative", 0.3, hang.hops, frozenset({root.i}), "self", hang.path
                )
        # said where, whatever span holds it; or the home of the witnesses ("Residents of X said")
        surface = hang.method in ("sentence:surface-locative", "sentence:witnesses-of")
        positioned = _POSITIONED.search(sent_doc.text, 0, place.start - sent_start) is not None
        if hang.tier == 0 or (
            hang.tier == 1 and not surface and not positioned and _inside_actor(place, actors)
        ):
            continue
        if hang.tier == 1 and not surface and foreign.intersection(hang.path[1:]):
            continue
        distance = abs(root.i - trig.i) if trig is not None else 0
        out.append(_Ranked(place, hang, FINENESS.get(place.feature, 3), distance, root, toks[0].i))
    text = sent_doc.text
    inside = {  # "in X (Y region)": Y only situates X, however the parser hangs the bracket
        id(b)
        for a in out
        for b in out
        if a.place.end <= b.place.start
        and bracketed(text[a.place.end - sent_start : b.place.start - sent_start])
    }
    out = _drop_containers(out, inside)
    out.sort(key=_order)
    return out


_COOPERATION = frozenset({1, 2})  # quad classes: verbal and material cooperation


def _other_acts(event: Event, others: Sequence[Event], doc: Any, start: int) -> set[int]:
    """Tokens of the sentence that are the noun triggers of peaceful acts ("a meeting", "talks") told
    beside a hostile ``event``: the victims' errand, not the scene (a "rally", "riot" or "raid" is)."""
    out: set[int] = set()
    if event.quad_class in _COOPERATION:
        return out
    for o in others:
        if o.quad_class not in _COOPERATION or o.trigger.start == event.trigger.start:
            continue
        tok = _trigger_token(doc, o.trigger.start - start, o.trigger.end - start)
        if tok is not None and tok.pos_ == "NOUN":
            out.add(tok.i)
    return out


def _town_over_area(ranked: Sequence[_Ranked]) -> _Ranked:
    """The best place, unless it is a country or province that only situates a town the sentence gives
    as the reference point ("in a village some 30 km east of Manono, in the Democratic Republic of
    Congo's Tanganyika province"): the town is the finer answer."""
    best = ranked[0]
    if best.place.feature not in ("country", "admin1"):
        return best
    return next(
        (
            r
            for r in ranked[1:]
            if "reference" in r.hang.method
            and r.place.feature == "city"
            and r.place.lat is not None
            and (r.place.country == best.place.country or best.place.country is None)
        ),
        best,
    )


def _order(r: _Ranked) -> tuple[int, ...]:
    """Best first: attached to the clause, finer, after the trigger, then leftmost (the specific place
    comes first in "X in Y", "X near Y", "X, Y")."""
    before = int(r.root.i < r.hang.path[-1]) if r.hang.path else 0
    return (-r.tier, int(r.hang.method == "sentence:description"), -r.fineness, before, r.place.start)


# ----------------------------------------------------------------------------- places listed together


def _own(r: _Ranked) -> list[int]:
    """r's own name and the place noun it names ("the town of X", "X district") on its path; the walk
    stops where the path leaves the name by a list or apposition link."""
    doc, path = r.root.doc, r.hang.path
    own = [path[0]]
    for k in range(1, len(path)):
        child, tok = doc[path[k - 1]], doc[path[k]]
        if child.dep_ in ("conj", "appos") or not (tok.i in r.hang.anchors or tok.lower_ == "of"):
            break
        own.append(tok.i)
    while own and doc[own[-1]].lower_ == "of":
        own.pop()
    return own


def _has_cc(tok: Any) -> bool:
    """``tok`` is in a list joined by a word ("and", "or"), not in a bare comma chain ("X, Y")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    todo, seen = [tok], set()
    while todo:
        t = todo.pop()
        seen.add(t.i)
        if any(c.dep_ == "cc" for c in t.children):
            return True
        todo.extend(c for c in t.children if c.dep_ in ("conj", "appos") and c.i not in seen)
    return False


def _listed_with(b: _Ranked, a: _Ranked) -> bool:
    """b is another item of a list that holds a: "X and Y", "the towns of X and Y", "X and the town of
    Y", "X, its twin Y and Z". A bare apposition ("X, Y", "X (Y province)") names a container."""
    own = _own(b)
    if len(own) >= len(b.hang.path):
        return False
    leave = b.root.doc[own[-1]]
    if leave.dep_ not in ("conj", "appos") or not _has_cc(leave):
        return False
    return b.hang.path[len(own)] in _own(a)


def _list_key(tok: Any) -> tuple[int, bool]:
    """The first item of the list ``tok`` is in (climbing "and", ",", ";"), and whether it climbed."""
    climbed = False
    for _ in range(50):
        if tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
            tok = tok.head
        elif tok.head.pos_ == "PUNCT" and tok.head.i != tok.i and tok.head.head.i != tok.head.i:
            tok = tok.head.head
        else:
            break
        climbed = True
    return tok.i, climbed


def _prep_of(r: _Ranked) -> Any | None:
    """The locative preposition that puts r's place in the clause."""
    doc, path = r.root.doc, r.hang.path
    for k in range(1, len(path)):
        tok = doc[path[k]]
        if tok.pos_ == "ADP" and tok.lower_ != "of" and doc[path[k - 1]].dep_ in ("pobj", "pcomp"):
            return tok
    return None


def _parallel(b: _Ranked, a: _Ranked) -> bool:
    """b sits in a locative phrase coordinated with a's: "in X; in Y", "a man in X and another in Y"."""
    pa, pb = _prep_of(a), _prep_of(b)
    if pa is None or pb is None or pa.lower_ != pb.lower_ or pa.i == pb.i:
        return False
    ka, kb = _list_key(pa), _list_key(pb)
    if ka[0] == kb[0] or kb[0] == pa.i or ka[0] == pb.i:
        return True
    if kb[1] and kb[0] == pa.head.i or ka[1] and ka[0] == pb.head.i:
        return True  # "...: in X - 6 times; in Y - 2 times" hung on the verb and on the first phrase
    nominal = ("NOUN", "PROPN", "PRON")
    if pa.head.pos_ not in nominal or pb.head.pos_ not in nominal or pa.head.i == pb.head.i:
        return False
    ha, hb = _list_key(pa.head), _list_key(pb.head)
    return ha[0] == hb[0] and (ha[1] or hb[1])


def _objects(b: _Ranked, a: _Ranked) -> bool:
    """a and b hang on two coordinated objects of the trigger ("shelled the villages of X and the
    districts of Y"), the second of which the parser may attach to the verb as a conjunct."""
    if min(len(a.hang.path), len(b.hang.path)) < 2 or min(a.tier, b.tier) < 3:
        return False
    sa, sb = a.root.doc[a.hang.path[-2]], b.root.doc[b.hang.path[-2]]
    if sa.i == sb.i or sa.pos_ not in ("NOUN", "PROPN") or sb.pos_ not in ("NOUN", "PROPN"):
        return False
    return {sa.dep_, sb.dep_} == {"dobj", "conj"}


def _joined(r: _Ranked, g: _Ranked) -> bool:
    return _listed_with(r, g) or _listed_with(g, r) or _parallel(r, g) or _objects(r, g)


def _coordinated(best: _Ranked, ranked: Sequence[_Ranked]) -> tuple[Place, ...]:
    """Places listed with the chosen one ("the villages of X and Y", "in X and in Y"): where the same
    event happened too."""
    group = [best]
    rest = [r for r in ranked if r is not best and r.tier == best.tier]
    grew = True
    while grew:
        joined = [r for r in rest if any(_joined(r, g) for g in group)]
        group += joined
        rest = [r for r in rest if r not in joined]
        grew = bool(joined)
    return tuple(sorted((r.place for r in group[1:]), key=lambda p: p.start))


# "this town", "this Negros Oriental city", "the capital of X" (but not "Ilaga, the capital of X",
# an apposition describing the town named before it)
_THIS_TOWN = re.compile(
    r"\b[Tt]his (?:(?:[A-Z][\w'’-]*|de|del|da|do|la|el)\s+){0,4}(?:town|city|village)\b"
    r"|(?<![\w'’-],\s)(?<![\w'’-],\s\s)\b(?i:the (?:provincial |regional )?capital of)\b"
)
_THE_TOWN = re.compile(r"(?i)\bthe (?:town|city)\b(?!\s+of\b)")
_THE_TOWNS = re.compile(r"(?i)\bthe (?:town|city)['’]s\s")  # "in the city's Striesen district"


def _dateline_town(text: str, ranked: Sequence[_Ranked], dateline: Place) -> bool:
    """The sentence points back at the dateline's town ("GORÉ — ... in a village near *this town* in
    Logone Oriental province", "JALALABAD — ... in *the capital of* Nangarhar province"; "on the
    outskirts of *the town*" when it names no other town; "in *the city's* X district" when it names
    no known town before): the dateline, not the area, is the place."""
    if dateline.feature != "city":
        return False
    if _THIS_TOWN.search(text):
        return True
    owner = _THE_TOWNS.search(text)
    if owner is not None and not any(
        r.place.feature == "city" and r.place.lat is not None and r.root.idx < owner.start() for r in ranked
    ):
        return True
    return bool(_THE_TOWN.search(text)) and all(r.place.feature != "city" for r in ranked)


def choose_location(
    event: Event,
    sent_doc: Any,
    sent_start: int,
    places: Sequence[Place],
    *,
    actors: Sequence[Actor] = (),
    dateline: Place | None = None,
    actor_country: Place | None = None,
    sentence_fallback: bool = True,
    others: Sequence[Event] = (),
) -> Choice | None:
    """The place where ``event`` happened, with its precision, or None when nothing fits (``others``:
    the other events of its sentence, see :func:`rank_places`)."""
    ranked = rank_places(event, sent_doc, sent_start, places, actors=actors, others=others)
    if not sentence_fallback:
        ranked = [r for r in ranked if r.tier >= 2]
    if ranked and dateline is not None and _dateline_town(sent_doc.text, ranked, dateline):
        return Choice(dataclasses.replace(dateline, precision="dateline"), "dateline:this-town", 0.6)
    if ranked:
        best = _town_over_area(ranked)
        precision = "clause" if best.tier >= 2 else "sentence"
        place = chain_head(best.place, places, sent_doc.text, sent_start)
        return Choice(
            dataclasses.replace(place, precision=precision),
            best.hang.method if place is best.place else f"{best.hang.method}:chain-head",
            best.hang.score,
            _coordinated(best, ranked) if place is best.place else (),
        )
    if dateline is not None:
        return Choice(dataclasses.replace(dateline, precision="dateline"), "dateline", 0.5)
    if actor_country is not None:
        return Choice(dataclasses.replace(actor_country, precision="actor-country"), "actor-country", 0.3)
    return None
