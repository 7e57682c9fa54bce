"""Each event's location: the place where it happened, not every place in the story.

The stage ``geolocate.gazetteer.v1`` lists the story's places (``places.story_places``), then gives
each event one location, recording how it was found in ``Place.precision``:

1. ``clause``: a place attached to the event's clause in the dependency parse ("clashed *in* X",
   "captured *the town of* X", "visited X", "the attack *on* X");
2. ``sentence``: else the nearest place in the same sentence that is not an actor (metonym, demonym,
   inside an actor mention, possessor of an army or government);
3. ``narrative``: else, for a violent event, the place of the violent event told just before it (same
   or previous sentence) when that one was placed by its clause or sentence;
4. ``dateline``: else the story's dateline ("NAIROBI, Kenya (AP) --");
5. ``actor-country``: else the country of the event's source (then target) actors;
6. ``story``: else the town of the story's main country that the story names most, else that country.

A place chosen in steps 1-2 that the gazetteer lacks ("the village of Mariga") has no coordinates;
it takes the story's main country (the country its places fall in most often), with evidence
``location.country`` / ``story-country`` pointing at that country's first place.

Steps 1 and 2 are the pure functions of :mod:`whimbrel.location_choice`; the dateline is read by
:mod:`whimbrel.datelines`. Names that the gazetteer
lacks but the syntax makes plain ("the village of X", "X district") are added as candidates by
:func:`syntactic_places` and resolved against the gazetteer when it knows them; a mention that is
only part of a hyphenated name ("Nur" in "Al-Nur") is grown to the whole name by
:func:`complete_names`.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from . import nlp
from .datelines import dateline_place, find_dateline
from .location_choice import (
    GEO_NOUNS,
    PLACE_NOUNS,
    PLACE_TAKING_LEMMAS,
    SITE_NOUNS,
    Choice,
    _noun_in,
    choose_location,
)
from .registry import stage
from .types import Actor, Event, Evidence, Place, Story

__all__ = ["Choice", "Geolocate", "choose_location", "syntactic_places"]

log = logging.getLogger(__name__)

STAGE = "geolocate.gazetteer.v1"

# ----------------------------------------------------------------------------- candidates from syntax


def _trim(doc: Any, toks: list[Any]) -> list[Any]:
    """Drop determiners, possessive marks and generic place nouns at the edges of a name."""
    while toks and (
        toks[0].pos_ in ("DET", "ADJ") and not toks[0].text[:1].isupper() or toks[0].lower_ == "the"
    ):
        toks = toks[1:]
    while toks and (toks[-1].tag_ == "POS" or toks[-1].lower_ in ("'s", "'") or toks[-1].is_punct):
        toks = toks[:-1]
    while len(toks) > 1 and toks[-1].lower_ in GEO_NOUNS and not toks[-1].text[:1].isupper():
        toks = toks[:-1]
    return toks


_LOCATIVE = frozenset(
    {"in", "near", "outside", "at", "into", "inside", "around", "on", "across", "through", "within"}
)
_CONNECTORS = frozenset(
    {"al", "el", "de", "e", "i", "la", "las", "los", "del", "di", "bin", "ibn", "abu", "van", "von"}
)
_JOINERS = frozenset({"-", "/"})
_TAKE = PLACE_TAKING_LEMMAS


def _joiner(doc: Any, i: int) -> bool:
    """Token ``i`` is a hyphen or slash written tight inside a name: "Brest-Litovsk", "X/Y"."""
    if not 0 < i < len(doc) - 1 or doc[i].text not in _JOINERS:
        return False
    return not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _name_part(t: Any) -> bool:
    return bool(t.text[:1].isupper() or t.lower_ in _CONNECTORS)


def _name_chunk(doc: Any, tok: Any) -> list[Any]:
    """The run of capitalised tokens (with "al-", "de", a tight "-" or "/" inside) around ``tok``."""

    def part(t: Any) -> bool:
        return bool(
            (t.text[:1].isupper() or t.pos_ == "PROPN" or t.lower_ in _CONNECTORS or t.like_num)
            and t.pos_ not in ("DET", "ADP", "PUNCT", "SYM")
            and t.text not in _JOINERS
        )

    i = j = tok.i
    while i > 0 and (part(doc[i - 1]) or (_joiner(doc, i - 1) and i > 1 and _name_part(doc[i - 2]))):
        i -= 1
    while j + 1 < len(doc) and (
        part(doc[j + 1])
        and doc[j + 1].pos_ != "VERB"
        or _joiner(doc, j + 1)
        and j + 2 < len(doc)
        and _name_part(doc[j + 2])
    ):
        j += 1
    toks = list(doc[i : j + 1])
    while toks and (toks[0].text in _JOINERS or toks[0].like_num):
        toks = toks[1:]
    while toks and (toks[-1].lower_ in _CONNECTORS or toks[-1].text in _JOINERS):
        toks = toks[:-1]
    return toks


def _tight_name(doc: Any, toks: list[Any]) -> list[Any]:
    """``toks`` grown to the whole name a tight joiner ties them to ("Ras" in "Sere Kaniye/Ras al-Ain")."""
    if not toks:
        return toks
    first, last = toks[0].i, toks[-1].i
    if not (_joiner(doc, first - 1) or _joiner(doc, last + 1)):
        return toks
    chunk = _name_chunk(doc, toks[-1])
    if not chunk or chunk[0].i > first or chunk[-1].i < last or len(chunk) == len(toks):
        return toks
    if any(t.ent_type_ == "NORP" or t.pos_ == "ADJ" for t in chunk if t.i < first or t.i > last):
        return toks  # "US-Kurdish", "Iraqi-Syrian": two modifiers, not one name
    return chunk


def complete_names(doc: Any, sent_start: int, places: Sequence[Place]) -> tuple[Place, ...]:
    """Places whose mention is part of a name written with a tight hyphen or slash, grown to the whole
    name ("Nur" in "Al-Nur", "Brest" in "Brest-Litovsk"). A grown mention names another place than
    the part did, so its gazetteer resolution is dropped (``_resolve`` may find the whole name)."""
    out: list[Place] = []
    for p in places:
        toks = [t for t in doc if t.idx < p.end - sent_start and t.idx + len(t.text) > p.start - sent_start]
        grown = _tight_name(doc, toks)
        if grown is toks or not toks:
            out.append(p)
            continue
        s, e = grown[0].idx, grown[-1].idx + len(grown[-1].text)
        text = doc.text[s:e]
        if any(q is not p and q.start < sent_start + e and sent_start + s < q.end for q in places):
            out.append(p)
            continue
        out.append(Place(text, sent_start + s, sent_start + e, text, score=0.2, role=p.role))
    return tuple(out)


def syntactic_places(
    doc: Any,
    sent_start: int,
    *,
    known: Callable[[str], bool] | None = None,
    also: Sequence[Place] = (),
    ner: bool = True,
) -> list[Place]:
    """Unresolved place mentions that the syntax makes plain: "the town of X", "X district", "in X".

    These complete the gazetteer's list for names it lacks (small villages, neighbourhoods) or that
    the small NER model tags as persons ("captured Jaffna"); they have ``geonameid`` None and a guessed
    ``feature``. In weak frames (the object of "captured", "in X" after a noun) a name is taken only
    when ``known(name)`` (the gazetteer has it) says so. Names coordinated with a place found here or
    given in ``also`` ("the villages of X, Y and Z") are added too, as are the name of a site in a
    locative frame ("near the X outpost", not an acronym's "the MFO base") and a border named by its
    two sides ("the Iraqi-Syrian border", which replaces the demonyms in :func:`merge_places`).
    """
    found: dict[tuple[int, int], Place] = {}
    seeds: set[int] = set()  # root tokens of the places found so far
    for p in also or ():
        toks = [t for t in doc if t.idx < p.end - sent_start and t.idx + len(t.text) > p.start - sent_start]
        if toks:
            seeds.add(nlp.span_root(toks).i)

    def add(toks: list[Any], feature: str) -> None:
        # an entity runs over a loose dash or colon into what follows ("Hama province - four times")
        cut = next((k for k, t in enumerate(toks) if k and _loose_punct(doc, t)), len(toks))
        toks = _trim(doc, toks[:cut])
        if not toks or not any(t.text[:1].isupper() for t in toks):
            return
        s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        if any(p.start - sent_start < e and s < p.end - sent_start for p in found.values()):
            return
        text = doc.text[s:e]
        found[(s, e)] = Place(text, sent_start + s, sent_start + e, text, feature=feature, score=0.2)

    # A border named by the two sides: "the Iraqi-Syrian border", "the Lebanon-Israel frontier".
    for tok in doc:
        if tok.lower_ in ("border", "frontier", "boundary") and tok.i >= 3 and _joiner(doc, tok.i - 2):
            a, b = doc[tok.i - 3], doc[tok.i - 1]
            if a.text[:1].isupper() and b.text[:1].isupper():
                s, e = a.idx, tok.idx + len(tok.text)
                text = doc.text[s:e]
                found[(s, e)] = Place(text, sent_start + s, sent_start + e, text, feature="point", score=0.2)
    for ent in doc.ents if ner else ():
        toks = list(ent)
        root = nlp.span_root(toks)
        if root.dep_ in ("compound", "amod") and _noun_in(root.head, GEO_NOUNS) and _named_after(root.head):
            continue  # "the Dogon village of Sobane": Dogon says whose village
        if ent.label_ in nlp.PLACE_LABELS:
            feature = "point" if ent.label_ == "FAC" else "city"
            if ent.label_ == "GPE" and _looks_country(ent.text):
                feature = "country"
            if toks[-1].lower_ in ("province", "governorate", "region", "state", "county"):
                feature = "admin1"
            add(toks, feature)
            seeds.add(nlp.span_root(toks).i)
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.ent_type_ in ("GPE", "DATE", "TIME"):
            continue
        if ner and tok.ent_type_ in ("LOC", "FAC"):
            continue  # already taken from the entities
        head = tok.head
        hl = head.lemma_.lower()
        named = tok.dep_ in ("pobj", "appos") and head.lower_ == "of" and _noun_in(head.head, GEO_NOUNS)
        named = named or (tok.dep_ == "appos" and _noun_in(head, GEO_NOUNS))  # "the capital, X"
        typed = tok.dep_ in ("compound", "amod", "nmod", "poss") and _noun_in(head, GEO_NOUNS)
        typed = typed and not head.text[:1].isupper() and not _named_after(head)  # "the Fulani village of X"
        chunk = _name_chunk(doc, tok)
        name = doc[chunk[0].i : chunk[-1].i + 1].text if chunk else tok.text
        is_known = bool(known is not None and known(name))
        taken = tok.dep_ == "dobj" and hl in PLACE_TAKING_LEMMAS
        taken = taken and (tok.ent_type_ not in ("PERSON", "NORP") or is_known)
        located = (
            tok.dep_ == "pobj"
            and head.lower_ in _LOCATIVE
            and tok.ent_type_ in ("", "ORG", "NORP", "PERSON")
            and not any(c.dep_ in ("det", "poss", "case") for c in tok.children)
            and (head.head.pos_ in ("VERB", "AUX") or _noun_in(head.head, PLACE_NOUNS) or is_known)
        )
        # A named site: "the Bardo Museum", "Manger Square", "Darulaman Palace".
        site = bool(chunk) and chunk[-1].lower_ in PLACE_NOUNS and chunk[-1].text[:1].isupper()
        site = site and tok.i == chunk[-1].i and len(chunk) > 1
        site = site and (
            (tok.dep_ == "pobj" and head.lower_ in _LOCATIVE)
            or tok.dep_ == "appos"
            or (tok.dep_ in ("dobj", "nsubjpass") and hl in PLACE_TAKING_LEMMAS)
        )
        # The name of a site in a locative frame: "a station in al-Zahawi school", "near the X outpost".
        frame = head.dep_ in ("pobj", "dobj") and (head.head.lower_ in _LOCATIVE or head.head.lemma_ in _TAKE)
        owner = tok.ent_type_ == "NORP" or tok.text.isupper()  # "the MFO base": whose, not where
        named_site = tok.dep_ == "compound" and head.lower_ in SITE_NOUNS and tok.i == chunk[-1].i
        site = site or (named_site and frame and not owner)
        if named or typed or located or taken or site:
            add(chunk, "point" if site else "city")
            seeds.add(tok.i)
    # Names coordinated with a place are places too: "the villages of X, Y and Z".
    for tok in doc:
        if tok.pos_ == "PROPN" and tok.dep_ == "conj" and tok.ent_type_ not in ("DATE", "TIME", "NORP"):
            head = tok.head
            while head.dep_ == "conj" and head.i not in seeds:
                head = head.head
            if head.i in seeds:
                add(_name_chunk(doc, tok), "city")
                seeds.add(tok.i)
    return sorted(found.values(), key=lambda p: p.start)


def _named_after(noun: Any) -> bool:
    """The place noun is named by its "of" phrase ("the Fulani village *of Ogossagou*"): the word before
    it describes the place rather than names it."""
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children)
        for c in noun.children
    )


def _loose_punct(doc: Any, t: Any) -> bool:
    return bool((t.is_punct or t.pos_ in ("PUNCT", "SYM")) and t.text != "." and not _joiner(doc, t.i))


def _looks_country(name: str) -> bool:
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry is a dependency
        return False
    try:
        pycountry.countries.lookup(name)
    except LookupError:
        return name in ("U.S.", "US", "USA", "UK", "Britain", "America", "Russia", "Syria", "Iran")
    return True


def merge_places(primary: Sequence[Place], extra: Iterable[Place]) -> tuple[Place, ...]:
    """``primary`` plus the ``extra`` places that overlap none of them (or only demonyms inside them),
    in text order."""
    out = list(primary)
    for p in extra:
        over = [q for q in out if q.start < p.end and p.start < q.end]
        if not over:
            out.append(p)
        elif all(q.role == "demonym" and p.start <= q.start and q.end <= p.end for q in over) and (
            p.end - p.start > max(q.end - q.start for q in over)
        ):
            # "the Greek-Macedonian border": a place named by demonyms replaces them
            out = [q for q in out if q not in over] + [p]
    return tuple(sorted(out, key=lambda p: (p.start, p.end)))


# ----------------------------------------------------------------------------- the stage


def _sentence_for(parse: nlp.Parse, event: Event) -> nlp.ParsedSentence | None:
    sents = parse.sentences
    if 0 <= event.sentence_index < len(sents):
        s = sents[event.sentence_index]
        if s.start <= event.trigger.start and event.trigger.end <= s.end:
            return s
    for s in sents:
        if s.start <= event.trigger.start and event.trigger.end <= s.end:
            return s
    return None


def _resolve(gaz: Any, text: str, place: Place, countries: set[str]) -> Place:
    """Give an unresolved place the gazetteer entry of its name in one of the story's countries (any
    entry when the story names no country). A name the gazetteer knows only abroad ("Solhan
    village" in Burkina Faso, a town of that name in Turkey) stays unresolved: it is a place the
    gazetteer lacks, and takes the story's country later."""
    if gaz is None or place.geonameid is not None or place.lat is not None:
        return place
    cands = gaz.candidates(place.name)
    if countries:
        cands = [c for c in cands if c.country in countries]
    if not cands:
        return place
    return cands[0].place(text[place.start : place.end], place.start, place.end, score=place.score)


def country_place(actor: Actor, gaz: Any = None) -> Place | None:
    """A country-level Place for an actor's country, with the actor mention as its span."""
    iso3 = actor.country
    if not iso3 or len(iso3) != 3 or not iso3.isalpha() or not iso3.isupper():
        return None
    if actor.kind == "igo":
        return None
    import pycountry

    rec = pycountry.countries.get(alpha_3=iso3)
    if rec is None:  # "IGO", "EUR" and other codes that are not countries
        return None
    name = getattr(rec, "common_name", None) or rec.name
    if gaz is not None:
        for cand in gaz.candidates(name):
            if cand.feature == "country" and cand.country == iso3:
                return cand.place(actor.text, actor.start, actor.end, score=0.3)
    return Place(actor.text, actor.start, actor.end, name, country=iso3, feature="country", score=0.1)


@stage(STAGE, requires=("events",), assigns=("places", "event.location"))
class Geolocate:
    """Find the story's places, then give each event the place where it happened."""

    def __init__(
        self,
        *,
        sentence_fallback: bool = True,
        dateline: bool = True,
        actor_country: bool = True,
        syntactic: bool = True,
    ) -> None:
        self.sentence_fallback = sentence_fallback
        self.dateline = dateline
        self.actor_country = actor_country
        self.syntactic = syntactic

    def setup(self) -> None:
        from .gazetteer import default_gazetteer

        default_gazetteer().setup()

    def _gazetteer(self) -> Any:
        from .gazetteer import default_gazetteer

        return default_gazetteer()

    def __call__(self, story: Story) -> Story:
        from . import places as places_mod

        found = tuple(places_mod.story_places(story))
        if not story.events:
            return dataclasses.replace(story, places=found)
        gaz = self._gazetteer()
        parse = nlp.parse_of(story)
        dl = None
        header = find_dateline(story.text) if self.dateline else None
        if header is not None:
            dl = dateline_place(story.text, found, gaz, header)
        candidates = self._candidates(story, parse, found, gaz, dl)
        everywhere = candidates  # the story's countries count the dateline's too
        if header is not None:  # "Komanda, Ituri:" places the story through the dateline only
            candidates = tuple(p for p in candidates if p.start >= header.header_end)
        events = tuple(self._locate(story, ev, parse, candidates, dl, gaz, everywhere) for ev in story.events)
        return dataclasses.replace(story, places=found, events=_follow_on(story.text, events))

    def _candidates(
        self, story: Story, parse: nlp.Parse, found: tuple[Place, ...], gaz: Any, dl: Place | None
    ) -> tuple[Place, ...]:
        """The story's places completed from the syntax: whole hyphenated names, unlisted villages,
        looked up in the countries of the story's places and dateline ("ABUJA — ... in Mafa")."""
        if not self.syntactic:
            return found
        countries = {p.country for p in (*found, *([dl] if dl else [])) if p.country and p.role is None}
        named: list[Place] = []
        extra: list[Place] = []
        for sent in parse.sentences:
            inside = [p for p in found if sent.start <= p.start and p.end <= sent.end]
            if sent.doc is not None:
                known = gaz.has if gaz else None
                inside = list(complete_names(sent.doc, sent.start, inside))
                extra.extend(syntactic_places(sent.doc, sent.start, known=known, also=inside))
            named.extend(inside)
        spans = parse.sentences
        named.extend(p for p in found if not any(s.start <= p.start <= p.end <= s.end for s in spans))
        resolved = [_resolve(gaz, story.text, p, countries) for p in named]
        return merge_places(resolved, (_resolve(gaz, story.text, p, countries) for p in extra))

    def _locate(
        self,
        story: Story,
        event: Event,
        parse: nlp.Parse,
        places: Sequence[Place],
        dl: Place | None,
        gaz: Any,
        everywhere: Sequence[Place],
    ) -> Event:
        sent = _sentence_for(parse, event)
        actor_country = None
        if self.actor_country:
            for actor in (*event.source, *event.target):
                actor_country = country_place(actor, gaz)
                if actor_country is not None:
                    break
        choice = choose_location(
            event,
            sent.doc if sent is not None else None,
            sent.start if sent is not None else event.sentence.start,
            places,
            actors=_actor_phrases(story, event),
            dateline=dl,
            actor_country=actor_country,
            sentence_fallback=self.sentence_fallback,
        )
        if choice is None and self.actor_country:
            fallback = _story_country_place(story, everywhere, gaz)
            if fallback is not None:
                choice = Choice(fallback, "story-country", 0.2)
        if choice is None:
            return event
        evidence = [
            Evidence("location", p.start, p.end, story.text[p.start : p.end], STAGE, m, choice.score)
            for p, m in ((choice.place, choice.method), *((q, "clause:coordinated") for q in choice.also))
        ]
        place = choice.place
        named = _demonym_before(story.text, place.start) if place.country is None else None
        if named is not None:  # "the Nigerien village of Fambita"
            iso3, (d0, d1) = named
            place = dataclasses.replace(place, country=iso3)
            evidence.append(
                Evidence("location.country", d0, d1, story.text[d0:d1], STAGE, "demonym-of-place", 0.7)
            )
        if place.country is None and place.lat is None:  # a village the gazetteer lacks: the story's country
            main: tuple[str, Place | Actor] | None = _main_country(
                [*everywhere, *([dl] if dl is not None else [])]
            )
            how = "story-country"
            if main is None:  # no place the gazetteer knows: the country of the actors
                main, how = _actors_country(story, event), "actor-country"
            if main is not None:
                iso3, anchor = main
                place = dataclasses.replace(place, country=iso3)
                evidence.append(
                    Evidence(
                        "location.country",
                        anchor.start,
                        anchor.end,
                        story.text[anchor.start : anchor.end],
                        STAGE,
                        how,
                        0.5 if how == "story-country" else 0.3,
                    )
                )
        return dataclasses.replace(event, location=place, evidence=event.evidence + tuple(evidence))


_DEMONYM_OF = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:village|town|city|district|province|region|area|settlement|camp|"
    r"community|border town)\s+of\s+$"
)


def _demonym_before(text: str, start: int) -> tuple[str, tuple[int, int]] | None:
    """ "the Nigerien village of Fambita": the country a demonym gives the place named after it."""
    from .places import demonym_countries

    m = _DEMONYM_OF.search(text, max(0, start - 60), start)
    if m is None:
        return None
    iso3 = demonym_countries().get(m.group(1))
    return (iso3, m.span(1)) if iso3 is not None else None


def _actor_phrases(story: Story, event: Event) -> tuple[Actor, ...]:
    """Spans that name actors, not places: the event's own participants and every metonym or demonym
    mention. A capital named only as a place ("a market in Mogadishu") is not among them."""
    mentions = tuple(
        a for a in story.actors if a.role in ("metonym", "demonym", "agency") or a.kind != "state"
    )
    return (*event.source, *event.target, *mentions)


def _story_country_place(story: Story, places: Sequence[Place], gaz: Any) -> Place | None:
    """The last resort for an event placed nowhere (precision "story"): the town of the story's main
    country that the story names most often, else that country, spanning its first mention."""
    main = _main_country(places)
    if main is None:
        return None
    iso3, anchor = main
    cities: dict[str, list[Place]] = {}
    for p in places:
        if p.role is None and p.country == iso3 and p.feature == "city":
            cities.setdefault(p.name, []).append(p)
    if cities:  # the town the story keeps coming back to
        best = max(cities.values(), key=lambda ps: (len(ps), -ps[0].start))
        return dataclasses.replace(best[0], precision="story")
    mention = Actor(anchor.text, anchor.start, anchor.end, anchor.name, country=iso3)
    place = country_place(mention, gaz)
    return dataclasses.replace(place, precision="story") if place is not None else None


_VIOLENT = ("ASSAULT", "COERCE")
_PLACED = ("clause", "sentence", "narrative")


def _follow_on(text: str, events: tuple[Event, ...]) -> tuple[Event, ...]:
    """A violent event whose own sentence names no place, told right after a violent event placed by
    its clause or sentence, happened there ("Gunmen raided Ogossagou on Sunday. The mayor said 17
    people were killed."): precision ``narrative``, ahead of the dateline and the actors' country."""
    out = list(events)
    for i, ev in enumerate(out):
        if ev.event_type not in _VIOLENT or (ev.location is not None and ev.location.precision in _PLACED):
            continue
        prev = next(
            (
                p
                for p in reversed(out[:i])
                if p.sentence_index in (ev.sentence_index, ev.sentence_index - 1)
                and p.event_type in _VIOLENT
                and p.location is not None
                and p.location.precision in _PLACED
            ),
            None,
        )
        if prev is None or prev.location is None or "\n\n" in text[prev.sentence.end : ev.sentence.start]:
            continue
        loc = prev.location
        evidence = [e for e in ev.evidence if not (e.field.startswith("location") and e.stage == STAGE)]
        evidence.append(
            Evidence("location", loc.start, loc.end, text[loc.start : loc.end], STAGE, "narrative", 0.4)
        )
        out[i] = dataclasses.replace(
            ev, location=dataclasses.replace(loc, precision="narrative"), evidence=tuple(evidence)
        )
    return tuple(out)


def _actors_country(story: Story, event: Event) -> tuple[str, Actor] | None:
    """The country of the event's actors, else the one most of the story's actors belong to
    ("ISWAP fighters beheaded nine farmers at Zabarmari": Nigeria), with its first mention. A weapon
    with a nationality ("a Russian missile", "Pakistani shelling") is fired from abroad: it tells
    no country here."""
    from .acts import WEAPONS

    def national(a: Actor) -> bool:
        if not a.country or len(a.country) != 3 or a.kind == "igo" or a.role == "agency":
            return False
        return not any(w.lower().rstrip("s") in WEAPONS for w in a.text.split())

    for a in (*event.source, *event.target):
        if national(a):
            return a.country or "", a
    counts: dict[str, list[Actor]] = {}
    for a in story.actors:
        if national(a):
            counts.setdefault(a.country or "", []).append(a)
    if not counts:
        return None
    iso3 = max(counts, key=lambda c: len(counts[c]))
    return iso3, counts[iso3][0]


def _main_country(places: Sequence[Place]) -> tuple[str, Place] | None:
    """The country the story's places (not demonyms or metonyms) fall in most often, with its first
    place; ties go to the country named first."""
    counts: dict[str, int] = {}
    first: dict[str, Place] = {}
    for p in places:
        if p.role is None and p.country:
            counts[p.country] = counts.get(p.country, 0) + 1
            first.setdefault(p.country, p)
    if not counts:
        return None
    iso3 = max(counts, key=lambda c: (counts[c], -first[c].start))
    return iso3, first[iso3]
