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
5. ``form``: else, in an incident form, the place of its place field ("Location: Kaya, Sanmatenga
   province"; :mod:`whimbrel.forms`), also over a place from step 3;
6. ``actor-country``: else the country of the event's source (then target) actors;
7. ``story``: else the town of the story's main country that the story names most, else that country.

A place chosen in steps 1-2 that the gazetteer lacks ("the village of Mariga") has no coordinates,
unless it is told as part of a known town or near one ("Quetta's Sariab Road", "Tindaga, north of
Mopti": the town's point, evidence ``location.coordinates``); it takes the story's main country
(the country its places fall in most often), with evidence
``location.country`` / ``story-country`` pointing at that country's first place.

Steps 1 and 2 are the pure functions of :mod:`whimbrel.location_choice`; the dateline is read by
:mod:`whimbrel.datelines`. Names that the gazetteer
lacks but the syntax makes plain ("the village of X", "X district") are added as candidates by
:func:`~whimbrel.place_syntax.syntactic_places` and resolved against the gazetteer when it knows
them; a mention that is only part of a hyphenated name ("Nur" in "Al-Nur") is grown to the whole
name by :func:`~whimbrel.place_syntax.complete_names`.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Sequence
from typing import Any

from . import nlp
from .datelines import Dateline, dateline_place, find_dateline
from .digests import item_place, row_at
from .forms import place_field
from .lead_place import lead_mentions
from .location_choice import Choice, choose_location
from .place_containers import (
    container_after,
    container_point,
    in_container,
    sentence_town,
    story_town_of_part,
    town_of_part,
    unlisted_in,
    village_abroad,
    without_namesake_quarters,
)
from .place_hang import care_destination
from .place_syntax import complete_names, merge_places, syntactic_places
from .place_words import ACTOR_NOUNS, ADMIN_TOP
from .place_words import unit_alternation as _alt
from .places_lookup import seat_candidates
from .places_rank import namesake_towns
from .registry import stage
from .types import Actor, Event, Evidence, Place, Story

__all__ = ["Choice", "Geolocate", "choose_location"]

log = logging.getLogger(__name__)

STAGE = "geolocate.gazetteer.v1"

# ----------------------------------------------------------------------------- the stage


def _digest_place(event: Event, text: str, places: Sequence[Place], gaz: Any) -> Choice | None:
    """The place of a digest's incident (:mod:`whimbrel.digests`): the row's most specific place cell
    that names a place ("| 10 August | Teupasenti | El Paraíso | 5 | 1 |": Teupasenti), or the place
    heading its list item ("- **2 March, Bhamo:** shells land on a market"), looked up in the
    story's countries when the model did not tag it."""
    row = row_at(text, event.trigger.start)
    cells = row.places if row is not None else ()
    if not cells:
        item = item_place(text, event.trigger.start)
        cells = (item,) if item is not None else ()
    if not cells:
        return None  # no digest's entry: the other events of every story pay nothing more
    countries = {p.country for p in places if p.country and p.role is None}
    for cell in cells:
        # the name before a bracket first: "Jamundí (Valle)" is Jamundí, in the department of Valle
        name = cell.text.split("(")[0].strip()
        end = cell.start + len(name)
        inside = [p for p in places if cell.start <= p.start and p.end <= end and p.role is None]
        found = inside[0] if inside else _resolve(gaz, text, Place(name, cell.start, end, name), countries)
        if found.lat is None:
            inside = [p for p in places if cell.start <= p.start and p.end <= cell.end and p.role is None]
            found = inside[0] if inside else found
        if found.lat is not None:
            return Choice(dataclasses.replace(found, precision="clause"), "digest-entry", 0.7)
    return None


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
    gazetteer lacks, and takes the story's country later. A name typed as a first-level area ("Sahel
    region", "X district of Daikundi province") is that area, even abroad: the story's countries may
    come from a misread town, and the area then corrects it (see :mod:`whimbrel.place_containers`)."""
    if gaz is None or place.geonameid is not None or place.lat is not None:
        return place
    # "in Janzour": Janzur; "a village of Madaripur Sadar upazila": the town Madaripur
    cands = gaz.candidates_spelled(place.name) or seat_candidates(gaz, place.name)
    typed = _TOP_TYPED.match(text, place.end)
    areas = sorted((c for c in cands if typed and c.feature in ("admin1", "admin2")), key=lambda c: c.feature)
    if areas:  # "Sahel region", "Daikundi province": the area (first level, else second), wherever it lies
        cands = [c for c in areas if c.country in countries] or areas
    elif countries:
        cands = [c for c in cands if c.country in countries]
    if not cands:
        return place
    best = cands[0]
    if not areas:  # "the Eyyübiye district of Şanlıurfa": the town the province is named after
        best = next((cands[j] for j, k in namesake_towns(cands) if k == 0), best)
        best = _much_bigger(cands) or best
    return best.place(text[place.start : place.end], place.start, place.end, score=place.score)


def _town_of_its_name(gaz: Any, text: str, place: Place) -> Place:
    """An unresolved place read as the most populous town the gazetteer lists under that very name,
    wherever it lies (never a town it is a respelling of: "Daru" is Papua New Guinea's Daru, not
    Uganda's Njeru); the place itself when there is none."""
    if gaz is None or place.geonameid is not None or place.lat is not None:
        return place
    own = [c for c in gaz.candidates_spelled(place.name) if c.exact and c.feature == "city"]
    if not own:
        return place
    best = max(own, key=lambda c: c.population)
    return best.place(text[place.start : place.end], place.start, place.end, score=place.score)


def _much_bigger(cands: list[Any]) -> Any | None:
    """A town known by the name only as an alternate spelling that is ten times bigger than every
    town whose main name it is ("a neighbourhood of Zaporizhzhia": the city of 710,000 spelled
    Zaporizhzhya, not the village of 656 spelled as told), as :func:`places_lookup._prune` keeps it."""
    exact = [c.population for c in cands if c.exact]
    towns = [c for c in cands if not c.exact and c.feature == "city"]
    big = max(towns, key=lambda c: c.population, default=None)
    if big is None or not exact or big.population < max(10_000, 10 * max(exact)):
        return None
    return big


def _resolve_at_home(gaz: Any, text: str, place: Place, countries: set[str], home: set[str]) -> Place:
    """:func:`_resolve` in the story's countries, else in ``home`` (the dateline's country): a name
    the gazetteer knows only there is that place, wherever the wire filed from."""
    got = _resolve(gaz, text, place, countries)
    if got is place and home and not home <= countries:
        got = _resolve(gaz, text, place, home)
    return got


_TOP_TYPED = re.compile(r"(?i)\s+(?:" + _alt(ADMIN_TOP) + r")\b")


def _border(text: str, place: Place) -> bool:
    """A country named for its border ("40 km from the Niger border", "on the border with Nigeria"):
    see :func:`whimbrel.places.named_as_border`."""
    from .places import named_as_border

    return named_as_border(text, place.start, place.end, place.feature)


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

        found = tuple(places_mod.story_places(story, story.actors))  # the actor stage has run
        if not story.events:
            return dataclasses.replace(story, places=found)
        gaz = self._gazetteer()
        parse = nlp.parse_of(story)
        dl = None
        header = find_dateline(story.text) if self.dateline else None
        if header is not None:
            dl = dateline_place(story.text, found, gaz, header)
        body = header.header_end if header is not None else 0
        pool = found
        filed = dl  # the dateline's town, even when filed abroad: a last country to look names up in
        if dl is not None and header is not None and _filed_abroad(story, header, dl, found):
            dl = None  # "CAIRO (Reuters) —" over a story on Sudan: where the reporter is, not the story
            pool = tuple(p for p in found if p.start >= body)
        everywhere = _without_named_institutions(
            story.text, self._candidates(story, parse, pool, gaz, dl, filed), dl
        )
        candidates = everywhere  # the story's countries count the dateline's too
        if dl is not None:  # "BAMAKO, Mali - ... attacked the village of Sona": not Panama's Sona
            named = {p.country for p in candidates if p.role is None and p.feature != "city"}
            candidates = tuple(
                unlisted_in(p, dl) if p.country not in named and village_abroad(story.text, p, dl) else p
                for p in candidates
            )
        if header is not None:  # "Komanda, Ituri:" places the story through the dateline only
            candidates = tuple(p for p in candidates if p.start >= body)
        lead = self._lead(story, parse, candidates, body, gaz)
        form = _form_place(story.text, candidates, gaz)  # an incident form's place field, read once
        events = tuple(
            self._locate(story, ev, parse, candidates, dl, gaz, everywhere, lead, form) for ev in story.events
        )
        return dataclasses.replace(
            story, places=found, events=_follow_on(story.text, events, nlp.one_line_paragraphs(story))
        )

    def _lead(
        self, story: Story, parse: nlp.Parse, places: Sequence[Place], body: int, gaz: Any
    ) -> list[tuple[int, Place]]:
        """The towns a feature story's lead introduces (:mod:`whimbrel.lead_place`), as found among the
        story's places or else looked up in its countries; a country or province is too wide."""
        countries = {p.country for p in places if p.country and p.role is None}
        out = []
        for i, mention in lead_mentions(story.text, parse.sentences, body):
            known = [p for p in places if p.start < mention.end and mention.start < p.end]
            place = known[0] if known else _resolve(gaz, story.text, mention, countries)
            if place.role is None and place.feature not in ("country", "admin1"):
                out.append((i, place))
        return out

    def _candidates(
        self,
        story: Story,
        parse: nlp.Parse,
        found: tuple[Place, ...],
        gaz: Any,
        dl: Place | None,
        filed: Place | None = None,
    ) -> tuple[Place, ...]:
        """The story's places completed from the syntax: whole hyphenated names, unlisted villages,
        looked up in the countries of the story's places and dateline ("ABUJA — ... in Mafa"), else in
        the country of a dateline ``filed`` abroad ("BEIRUT (Reuters) - ... the outskirts of Arsal",
        in a story naming only Israel and Syria: Lebanon's Arsal)."""
        if not self.syntactic:
            return found
        from .places import group_not_place, named_as_origin

        countries = {
            p.country
            for p in (*found, *([dl] if dl else []))
            if p.country
            and p.role is None
            and not named_as_origin(story.text, p.start, p.feature)
            and not _border(story.text, p)
        }
        named: list[Place] = []
        extra: list[Place] = []
        for sent in parse.sentences:
            inside = [p for p in found if sent.start <= p.start and p.end <= sent.end]
            if sent.doc is not None:
                known = gaz.has if gaz else None
                inside = list(complete_names(sent.doc, sent.start, inside))
                extra.extend(
                    p  # "a Taliban checkpoint": an armed group's name is whose site, not where
                    for p in syntactic_places(sent.doc, sent.start, known=known, also=inside)
                    if gaz is None or not group_not_place(gaz, p.text)
                )
            named.extend(inside)
        spans = parse.sentences
        named.extend(p for p in found if not any(s.start <= p.start <= p.end <= s.end for s in spans))
        home = {filed.country} if filed is not None and filed.country else set()
        # countries told only by a first-level area's name ("Western Province": Sri Lanka's, Zambia's,
        # Papua New Guinea's ...) do not rule out a town the gazetteer knows elsewhere ("on Daru island")
        areas_only = bool(countries) and all(
            p.feature == "admin1" for p in (*found, *([dl] if dl else [])) if p.country and p.role is None
        )

        def resolved_one(p: Place) -> Place:
            got = _resolve_at_home(gaz, story.text, p, countries, home)
            return _town_of_its_name(gaz, story.text, p) if got is p and areas_only else got

        resolved = [resolved_one(p) for p in named]
        merged = merge_places(resolved, (resolved_one(p) for p in extra))
        return without_namesake_quarters(story.text, in_container(story.text, merged), dl or filed)

    def _locate(
        self,
        story: Story,
        event: Event,
        parse: nlp.Parse,
        places: Sequence[Place],
        dl: Place | None,
        gaz: Any,
        everywhere: Sequence[Place],
        lead: Sequence[tuple[int, Place]] = (),
        form: Place | None = None,
    ) -> Event:
        sent = _sentence_for(parse, event)
        actor_country = weak_country = None
        if self.actor_country:  # an actor known only through a pronoun ("They shot him") counts last
            # an attack happens where its target is: the attacker's country ("Russian drones struck a
            # street") is the place only when the story names none of its own
            actors = (*event.source, *event.target)
            if event.event_type == "ASSAULT" and _main_country(everywhere) is not None:
                actors = event.target
            for actor in actors:
                found = country_place(actor, gaz)
                if found is not None and _by_reference(actor):
                    weak_country = weak_country or found
                elif found is not None:
                    actor_country = found
                    break
        choice = _digest_place(event, story.text, places, gaz) or choose_location(
            event,
            sent.doc if sent is not None else None,
            sent.start if sent is not None else event.sentence.start,
            places,
            actors=_actor_phrases(story, event),
            dateline=dl,
            actor_country=actor_country,
            sentence_fallback=self.sentence_fallback,
            others=[o for o in story.events if o.sentence_index == event.sentence_index],
        )
        if form is not None and (
            choice is None or choice.place.precision in ("narrative", "dateline", "actor-country")
        ):
            # an incident form's "Location: Kaya, Sanmatenga province": where the form's incident was
            # (also over a place an earlier field named: "on the road to La Paz")
            choice = Choice(dataclasses.replace(form, precision="form"), "form-field", 0.6)
        if choice is None or choice.place.precision in ("dateline", "actor-country"):
            # "Amuda is a Kurdish town ... On Monday a car bomb blew up": the place the lead introduced
            scene = [p for i, p in lead if i <= event.sentence_index]
            if scene:
                choice = Choice(dataclasses.replace(scene[-1], precision="narrative"), "lead-place", 0.4)
        if choice is None and self.actor_country:
            fallback = _story_country_place(story, everywhere, gaz)
            if fallback is not None:
                choice = Choice(fallback, "story-country", 0.2)
            elif weak_country is not None:
                choice = Choice(
                    dataclasses.replace(weak_country, precision="actor-country"), "actor-country", 0.2
                )
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
        near = town_of_part(story.text, place, places) if place.lat is None else None
        if near is None and place.lat is None:  # "Kipsaina village in Elgeyo Marakwet County"
            near = container_point(story.text, place, places)
        if near is None and place.lat is None:  # "on Megobroba Avenue" in a story of Rustavi
            town = story_town_of_part(story.text, place, [*places, *([dl] if dl is not None else [])])
            near = (town, "story-town") if town is not None else None
        if near is None and place.lat is None:  # "in Athens ended in running battles ... in Exarchia"
            town = sentence_town(story.text, place, places)
            near = (town, "sentence-town") if town is not None else None
        if near is not None:  # "Quetta's Sariab Road", "Tindaga, north of Mopti": the town's point
            town, how = near
            place = dataclasses.replace(
                place,
                lat=town.lat,
                lon=town.lon,
                country=place.country or town.country,
                admin1=place.admin1 or town.admin1,
            )
            evidence.append(
                Evidence("location.coordinates", town.start, town.end, town.text, STAGE, how, 0.5)
            )
        if place.country is None and place.lat is None:  # a village the gazetteer lacks: the story's country
            inside = container_after(story.text, place, places)
            main: tuple[str, Place | Actor] | None = (
                (inside.country, inside)
                if inside is not None and inside.country
                else _main_country(
                    [
                        p
                        for p in (*everywhere, *([dl] if dl is not None else []))
                        if not _border(story.text, p)
                    ]
                )
            )
            how = "container-country" if inside is not None else "story-country"
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
                        0.3 if how == "actor-country" else 0.5,
                    )
                )
        return dataclasses.replace(event, location=place, evidence=event.evidence + tuple(evidence))


def _form_place(text: str, places: Sequence[Place], gaz: Any) -> Place | None:
    """The place an incident form's place field names first ("Location: Hat Yai, Songkhla province"):
    the name opening the field, looked up in the story's countries when the model did not take it
    for a place, else the field's first town or area, else its country."""
    field = place_field(text)
    if field is None:
        return None
    named = [p for p in places if field.start <= p.start < field.end and p.role is None]
    head = _FIELD_HEAD.match(text, field.start, field.end)
    if head is not None and not any(p.start == field.start for p in named):
        countries = {p.country for p in places if p.country and p.role is None}
        s, e = head.span(1)
        head_place = Place(text[s:e], s, e, text[s:e])
        found = _resolve(gaz, text, head_place, countries)
        if found.lat is None and countries:  # the story's countries may come from a misread name
            found = _resolve(gaz, text, head_place, set())
        if found.lat is not None:
            return found
    return next((p for p in named if p.feature != "country"), named[0] if named else None)


# the name opening a place field: up to a comma, a dash, a bracket or a semicolon
_FIELD_HEAD = re.compile(r"([A-ZÀ-Þ][^,;:()\n–—]*?)\s*(?:[,;:()\n–—]|\s-\s|$)")


# the body points back at the dateline's town: "in this mountainous district", "a sector of the city"
_BACK_TO_DATELINE = re.compile(r"(?i)\b(?:this|the)\s+(?:[a-z-]+\s+){0,2}(?:town|city|district|capital)\b")


def _filed_abroad(story: Story, header: Dateline, dl: Place, found: Sequence[Place]) -> bool:
    """The dateline is a wire bureau abroad ("CAIRO (Reuters) —" over a raid in Sudan, "BANGKOK
    (Reuters) —" over an air strike in Myanmar): a city in capitals with the agency and no country,
    and a body that names places of some country and nothing of the dateline's, neither a place, a
    demonym nor an actor, nor points back at it ("this district"). The dateline then tells neither the
    story's country nor an event's place. A dateline the body bears out ("MANILA (Reuters) -
    Philippine troops ..."), one naming its country ("CHITRAL, Pakistan (AP)"), a local one ("Sumy:")
    or a body naming no country ("ABUJA — ... in Mafa") keeps it."""
    head = story.text[header.end : header.header_end]
    if not dl.country or header.titled or header.region or "(" not in head:
        return False
    body = header.header_end
    if _BACK_TO_DATELINE.search(story.text, body):
        return False
    inner = [p for p in found if p.start >= body]
    if not any(
        p.country and p.role is None and not _border(story.text, p) and not _country_as_actor(story.text, p)
        for p in inner
    ):
        return False
    if any(p.country == dl.country for p in inner):
        return False
    return not any(a.country == dl.country for a in story.actors if a.start >= body)


_ACTOR_AFTER = re.compile(
    r"\s+(?:(?:air|drone|missile|artillery)\s+)?(?:"
    + _alt(
        ACTOR_NOUNS | {"strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "raid", "raids"}
    )
    + r")\b",
    re.I,
)


def _country_as_actor(text: str, place: Place) -> bool:
    """A country naming who acts ("U.S. strikes on X", "Sudan's army"), not where."""
    if place.feature != "country":
        return False
    return _ACTOR_AFTER.match(text, place.end) is not None or text.startswith("'s", place.end)


def _by_reference(actor: Actor) -> bool:
    """The actor was found through a pronoun or a back reference ("they", "the government")."""
    return actor.method.startswith("coref:") or "pronoun" in actor.method


# an institution named after a town: "Tulare Academy School", "Cambridge University Press"
_INSTITUTION_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+){0,2}(?:Academy|School|College|University|Institute|Company|Bank|Hotel|Club|"
    r"Foundation|Stadium|Airlines|Group|Press|Times|Post)\b"
)


def _without_named_institutions(text: str, places: Sequence[Place], dl: Place | None) -> tuple[Place, ...]:
    """Drop a place that only names an institution ("a school named Tulare Academy School" in a
    Nigerian story) when its country is named nowhere else in the story while another country is:
    the name is the institution's, not where the event happened."""
    out = []
    for p in places:
        if p.country and _INSTITUTION_AFTER.match(text, p.end):
            others = {q.country for q in (*places, *([dl] if dl else [])) if q is not p and q.country}
            if others and p.country not in others:
                continue
        out.append(p)
    return tuple(out)


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
    country that the story names most often (not one named only as where the victims were treated),
    else that country, spanning its first mention."""
    main = _main_country(places)
    if main is None:
        return None
    iso3, anchor = main
    cities: dict[str, list[Place]] = {}
    for p in places:
        if (
            p.role is None
            and p.country == iso3
            and p.feature == "city"
            and not care_destination(story.text, p)
        ):
            cities.setdefault(p.name, []).append(p)
    if cities:  # the town the story keeps coming back to
        best = max(cities.values(), key=lambda ps: (len(ps), -ps[0].start))
        return dataclasses.replace(best[0], precision="story")
    mention = Actor(anchor.text, anchor.start, anchor.end, anchor.name, country=iso3)
    place = country_place(mention, gaz)
    return dataclasses.replace(place, precision="story") if place is not None else None


_VIOLENT = ("ASSAULT", "COERCE")
_PLACED = ("clause", "sentence", "narrative")


def _follow_on(text: str, events: tuple[Event, ...], loose: bool = False) -> tuple[Event, ...]:
    """A violent event whose own sentence names no place, told right after a violent event of the same
    status placed by its clause or sentence, happened there ("Gunmen raided Ogossagou on Sunday. The
    mayor said 17 people were killed."): precision ``narrative``, ahead of the dateline and the
    actors' country. Not across a paragraph break, unless the story's paragraphs are single
    sentences (``loose``)."""
    out = list(events)
    for i, ev in enumerate(out):
        if ev.event_type not in _VIOLENT or (ev.location is not None and ev.location.precision in _PLACED):
            continue
        if ev.location is not None and ev.location.precision == "form":
            continue  # the form's place field tells where its incident was
        prev = next(
            (
                p
                for p in reversed(out[:i])
                if p.sentence_index in (ev.sentence_index, ev.sentence_index - 1)
                and p.event_type in _VIOLENT
                and p.status == ev.status  # not a war "in 2022" after Monday's arrests
                and p.location is not None
                and p.location.precision in _PLACED
            ),
            None,
        )
        if prev is None or prev.location is None:
            continue
        if nlp.paragraph_break(text, prev.sentence.end, ev.sentence.start, loose):
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
    with a nationality ("a Russian missile", "Pakistani shelling") is fired from abroad, and a country
    named for its border lies on the other side: they tell no country here."""
    from .acts import WEAPONS
    from .places import named_as_border

    def national(a: Actor) -> bool:
        if not a.country or len(a.country) != 3 or a.kind == "igo" or a.role == "agency":
            return False
        if named_as_border(story.text, a.start, a.end, "country"):
            return False  # "a village on the border with Niger": the other side
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
    """The country the story's places (not demonyms or metonyms) fall in most often, the lead's first
    place counting twice (a live blog on Mogadishu names Washington, the United States and a beach
    read in New York in its reactions and background), with its first place; ties go to the country
    named first."""
    counts: dict[str, int] = {}
    first: dict[str, Place] = {}
    for p in places:
        if p.role is None and p.country:
            counts[p.country] = counts.get(p.country, 0) + 1
            first.setdefault(p.country, p)
    if not counts:
        return None
    lead = min(first.values(), key=lambda p: p.start)
    counts[lead.country or ""] += 1
    iso3 = max(counts, key=lambda c: (counts[c], -first[c].start))
    return iso3, first[iso3]
