"""Which area contains a town, read from the words between them, so that a town the gazetteer places
in another country than its container is taken as one it lacks, in the container's country.

"Rubare, Rutshuru territory" (the gazetteer knows Rubare only in Uganda), "Bara, a town in Sudan's
North Kordofan" (only in Nigeria), "Kushtia's Daulatpur upazila", "BAMAKO, Mali - ... the village of
Sona" (only in Panama): :func:`in_container`, :func:`village_abroad`. A village the gazetteer lacks
takes the country of the area named right after it ("near Kuda, in Lower Juba"):
:func:`container_after`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .place_words import ADMIN_AREAS, ADMIN_LOCAL, ADMIN_PARTS, ADMIN_PHRASES, COMPASS, TOWN_PARTS
from .place_words import unit_alternation as _alt
from .places_rank import km_between
from .types import Place

# "X, Y territory", "X in Y", "X, a town in Y's Z state": Y contains X
_CONTAINED_BY = re.compile(
    r"(?:\s+(?i:" + _alt(ADMIN_PARTS) + r")\s+of\s+(?:the\s+)?)"  # "the X district of Y province"
    # "Aynata (Lebanon)", "X commune (Y province)", "X township, Y region", "Boni, in central Mali"
    r"|(?:\s+(?i:village|town|camp|" + _alt(ADMIN_PARTS) + r"))?"
    r"(?:,\s+|(?:,\s+|\s+)in\s+(?:the\s+)?" + COMPASS + r"|\s*\(\s*)"
    r"|,\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:town|village|city|settlement|community|locality|district|area)"
    r"\s+(?:in|of)\s+(?:the\s+)?"
)
# "X, north of Y", "X, 30 km east of Y", "X, outside Y": a town placed beside another
_NEAR_TOWN = re.compile(
    r",\s+(?:(?:some\s+|about\s+)?\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|outside|near)\s+(?:the\s+(?:town|city)\s+of\s+)?"
)
_AREA_TYPED = re.compile(r"\s+(?:" + _alt(ADMIN_AREAS) + r")\b")
_AREA_NAMED = re.compile(r"(?i)\s(?:" + _alt(ADMIN_AREAS) + r")$")


def in_container(text: str, places: Sequence[Place]) -> tuple[Place, ...]:
    """A town read in another country than the area or country named right after it as its container
    ("Rubare, Rutshuru territory" when the gazetteer knows Rubare only in Uganda; "Bara, a town in
    Sudan's North Kordofan" when it knows Bara only in Nigeria), than the town it is placed beside
    ("Canaan, north of Port-au-Prince", the gazetteer's Canaans being American), or than the place
    owning it ("Kushtia's Daulatpur upazila" when it knows no Daulatpur in Bangladesh), is a place the
    gazetteer lacks, in the container's country."""
    out = list(places)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        area = (
            b.feature in ("country", "admin1", "admin2", "region")
            or _AREA_TYPED.match(text, b.end)
            or _AREA_NAMED.search(b.text)  # "Khost province", whatever the gazetteer took it for
        )
        if _town_abroad(a, b) and area and _CONTAINED_BY.fullmatch(text[a.end : b.start]):
            out[i] = unlisted_in(a, b)
    for i in range(len(out) - 1):  # "Canaan, north of Port-au-Prince": a town placed by a nearby one
        a, b = out[i], out[i + 1]
        if _town_abroad(a, b) and b.feature == "city" and _NEAR_TOWN.fullmatch(text[a.end : b.start]):
            out[i] = unlisted_in(a, b)
        elif _town_abroad(a, b) and _told_inside(text[a.end : b.start]) and _home_of(b, a, places):
            out[i] = unlisted_in(a, b)  # "the aldea El Jicaral, jurisdiction of the municipality of Yoro"
    for i in range(1, len(out)):  # "Kushtia's Daulatpur upazila": the owner contains the town
        b, a = out[i - 1], out[i]
        if _town_abroad(a, b) and _OWNED_BY.fullmatch(text[b.end : a.start]):
            out[i] = unlisted_in(a, b)
    return tuple(out)


def _town_abroad(town: Place, container: Place) -> bool:
    """A town the gazetteer placed in another country than the place said to contain it."""
    return (
        town.feature == "city"
        and town.lat is not None
        and bool(town.country)
        and bool(container.country)
        and town.country != container.country
        and town.role is None
        and container.role is None
    )


def unlisted_in(town: Place, container: Place) -> Place:
    """The town as one the gazetteer lacks, in the container's country."""
    return Place(
        town.text, town.start, town.end, town.text, country=container.country, feature="city", score=0.2
    )


_OWNED_BY = re.compile(r"['’]s\s+")
_VILLAGE_OF = re.compile(r"(?i)\b(?:village|hamlet)\s+of\s+$")


def village_abroad(text: str, place: Place, dateline: Place) -> bool:
    """ "the village of X" that the gazetteer knows only in another country than the dateline's: a
    village it lacks, in the dateline's country."""
    return (
        _town_abroad(place, dateline)
        and _VILLAGE_OF.search(text[max(0, place.start - 24) : place.start]) is not None
    )


# "X district, in western Y", "X in Y zone", "X, Y": the area or country named right after a village
_CONTAINER_AFTER = re.compile(
    r"(?:\s+(?i:village|town|camp|area|" + _alt(ADMIN_AREAS) + r"))?"
    r"(?:,\s+|\s+in\s+|,\s+in\s+|\s*\(\s*)(?:the\s+)?"  # "near Kuda, in Lower Juba", "in Kuda (Gedo region)"
     + COMPASS
)


def container_after(text: str, place: Place, places: Sequence[Place]) -> Place | None:
    """The area or country named right after a village the gazetteer lacks as its container ("near
    Kuda, in Lower Juba", "in Kuda district, in western Somalia"): the village lies in its country,
    whatever country the story names most."""
    after = [p for p in places if p.start >= place.end and p.role is None]
    if not after:
        return None
    nxt = min(after, key=lambda p: p.start)
    area = nxt.feature in ("country", "admin1", "admin2", "region") or _AREA_TYPED.match(text, nxt.end)
    if nxt.country and area and _CONTAINER_AFTER.fullmatch(text[place.end : nxt.start]):
        return nxt
    return None


# "Kipsaina village in Elgeyo Marakwet County", "the vereda La Cristalina, rural zone of the municipality
# of Segovia", "Kharampur bazar under Sherpur Sadar Police Station", "the neighbourhood Julio Marin of
# Nueva Loja": a few lower-case words from a place to the town or area it lies in
_LIES_IN = re.compile(
    r"(?:\s+[a-z-]+){0,2}?,?\s+(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,5}?"
    r"(?:in|of|under|within)\s+(?:the\s+)?"
)
# words that part two places rather than put one inside the other: "X and villagers of Y", "killing
# three in Y"
_NOT_INSIDE = re.compile(r"(?i)\b(?:and|or|but|to|from|between|while|after|before|when|near|\w+ing)\b")


def container_point(text: str, place: Place, places: Sequence[Place]) -> tuple[Place, str] | None:
    """The town or area a place the gazetteer lacks is told to lie in, with how ("in-town", "in-area"):
    "Kipsaina village in Elgeyo Marakwet County", "the vereda La Cristalina, rural zone of the
    municipality of Segovia", "Ruwan Bore community in Talata Mafara Local Government Area", "Kharampur
    bazar under Sherpur Sadar Police Station", "Ekala, Ja-Ela". It is the first place named after it,
    known to the gazetteer with a point, in the same country when the place has one; the event then has
    its point on the map, an area's coarser than a town's."""
    if place.lat is not None:
        return None
    after = [p for p in places if p.start >= place.end and p.role is None]
    if not after:
        return None
    box = min(after, key=lambda p: p.start)
    if box.lat is None or box.lon is None or box.feature not in ("city", "admin2", "admin1", "region"):
        return None
    if place.country and box.country and box.country != place.country:
        return None
    gap = text[place.end : box.start]
    if gap.strip() == ",":  # "at Ekala, Ja-Ela", unless a list goes on: "in Tabid, Ozamiz and Dipolog"
        inside = not _LISTED_AFTER.match(text, box.end)
    else:
        inside = _lies_in(gap)
    if not inside:
        return None
    return box, "in-town" if box.feature == "city" else "in-area"


# what a place told inside another is, or what holds it: "a Roma neighbourhood in Sliven", "the
# municipality of Yoro", "in the central state of Guanajuato"
_KIND = re.compile(
    r"(?i)\b(?:"
    + _alt(
        ADMIN_AREAS
        + ADMIN_LOCAL
        + tuple(TOWN_PARTS)
        + ("village", "hamlet", "settlement", "community", "jurisdiction")
    )
    + r")\b"
)


def _told_inside(gap: str) -> bool:
    """The words between two places put the first inside the second, saying what it is or what holds
    it ("X neighbourhood in Y", "X, jurisdiction of the municipality of Y")."""
    return _lies_in(gap) and _KIND.search(gap) is not None


def _home_of(container: Place, town: Place, places: Sequence[Place]) -> bool:
    """The story names more places in the container's country than in the town's, the town aside
    (each name once): the container's reading is the story's, the town's a namesake ("near Riberalta,
    in the department of Beni" keeps Bolivia's Riberalta though the gazetteer knows only Congo's
    Beni)."""
    home = {p.text for p in places if p.country == container.country}
    away = {p.text for p in places if p.country == town.country} - {town.text}
    return len(home) > len(away)


def _lies_in(gap: str) -> bool:
    """The words between two places put the first inside the second ("X village in Y", "X, rural zone
    of the municipality of Y")."""
    return _LIES_IN.fullmatch(gap) is not None and not _NOT_INSIDE.search(gap)


# "the La Primavera neighbourhood of Ocaña": a quarter named after the town it is part of
_QUARTER_OF = re.compile(
    # ("the Rivera Hernández sector of San Pedro Sula": the rest of a name the gazetteer read a word of)
    r"(?:\s+[A-ZÀ-Þ][^\s,]*){0,2}"
    r"\s+(?:neighbou?rhood|quarter|suburb|slum|estate|barrio|colonia|sector|ward|township|area)\s+of\s+"
    r"(?:the\s+)?(?:(?:town|city)\s+of\s+)?"
)
# "the Planoise district of Besançon": a district named after a town (not an area: a town's reading)
_DISTRICT_OF = re.compile(r"\s+district\s+of\s+(?:the\s+)?(?:(?:town|city)\s+of\s+)?")
# a quarter's namesake further than this from the town is another town
QUARTER_KM = 25.0


def without_namesake_quarters(
    text: str, places: Sequence[Place], dateline: Place | None = None
) -> tuple[Place, ...]:
    """Drop a town's quarter that the gazetteer read as a namesake town elsewhere ("the La Primavera
    neighbourhood of Ocaña", La Primavera being a town 400 km away), or does not know at all ("the
    Planoise district of Besançon"): the town it is a quarter of is where the event happened, a point
    on the map where the quarter has none. A quarter the gazetteer knows in the town stays the finer
    place."""
    out = []
    for i, p in enumerate(places):
        town = places[i + 1] if i + 1 < len(places) else None
        if town is not None and p.feature == town.feature == "city" and _quarter_elsewhere(text, p, town):
            continue
        if town is not None and _kind_before_quarter(text, p, town):
            continue  # "the neighbourhood Las Palmas of Babahoyo": not the Canary Islands' province
        owner = places[i - 1] if i > 0 else None  # "Kherson's Dniprovskyi district"
        if owner is not None and p.feature == owner.feature == "city" and _owned_quarter(text, owner, p):
            continue
        if _quarter_afar(text, p, [*places, *([dateline] if dateline else [])]):
            continue
        out.append(p)
    return tuple(out)


# "the La Granja neighbourhood": a quarter told by its kind, with the article before it and perhaps
# more of its name around what the gazetteer read ("the Villa Itatí", "the Mont-Gaillard")
# the kinds of quarter beyond ``TOWN_PARTS``'s words: "the Kibera slum", "the Doctores colonia"
_SLUM_KINDS = frozenset({"slum", "barrio", "colonia", "favela"})
_QUARTER_TYPED = re.compile(
    r"(?:[\s-]+[A-ZÀ-Þ][^\s-]*){0,2}\s+(?i:" + _alt((TOWN_PARTS - {"area", "ward"}) | _SLUM_KINDS) + r")\b"
)
# "the Tres Ríos area": a quarter only when the gazetteer reads it abroad (else often a district)
_AREA_QUARTER = re.compile(r"(?:[\s-]+[A-ZÀ-Þ][^\s-]*){0,2}\s+(?i:area|ward)\b")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[A-ZÀ-Þ][^\s-]*[\s-]+){0,2}$")


def _quarter_afar(text: str, quarter: Place, places: Sequence[Place]) -> bool:
    """A quarter told by its kind ("in the La Granja neighbourhood", "the Rabot district") that the
    gazetteer reads as a town further than ``QUARTER_KM`` from each of the story's other towns
    (Colombia's Montería, named only in "the Metropolitan Police of Montería"; the dateline's Ghent):
    the story's town holds a quarter the gazetteer does not know. So is one the gazetteer lacks
    altogether, when the story names a town. A quarter with no town to compare it with stays."""
    if quarter.feature not in ("city", "admin1", "admin2"):
        return False  # "the La Pampa sector": the gazetteer's Argentine province, far from the town
    kind = _QUARTER_TYPED.match(text, quarter.end)
    area = None if kind else _AREA_QUARTER.match(text, quarter.end)
    typed = kind or area
    if typed is None or not _THE_BEFORE.search(text, max(0, quarter.start - 30), quarter.start):
        return False
    if typed.group().lower().endswith("district") and text.startswith(" of", typed.end()):
        return False  # "the Tani district of Khost province": see _quarter_elsewhere
    if quarter.feature != "city" and typed.group().lower().endswith("district"):
        return False  # "the Kurram district": an area of its own, told as one
    towns = [
        p
        for p in places
        if p is not quarter
        and p.role is None
        and p.feature == "city"
        and p.lat is not None
        and p.lon is not None
        and p.start != quarter.start
    ]
    if area is not None:  # "the Tres Ríos area" read in Brazil, in a story on Culiacán
        return bool(towns) and quarter.lat is not None and all(p.country != quarter.country for p in towns)
    if quarter.lat is None or quarter.lon is None:
        return bool(towns)  # "in the Becora neighbourhood", unknown to the gazetteer, of the story's Dili
    return bool(towns) and all(
        km_between(quarter.lat, quarter.lon, p.lat or 0.0, p.lon or 0.0) > QUARTER_KM for p in towns
    )


_OWNED_PART = re.compile(r"\s+(?:" + _alt(TOWN_PARTS) + r")\b")
# an area's unit after its name: "Kishoreganj's Bhairab upazila", "Sagaing Region's Kani township"
_OWNED_UNIT = re.compile(
    r"\s+(?:upazila|township|tehsil|taluka?|county|province|region|department|municipality|"
    r"prefecture|governorate|division|commune|lga)\b",
    re.I,
)
# a part told without its kind that the gazetteer reads further off than this is a namesake
_NAMESAKE_KM = 100.0


def _owned_quarter(text: str, town: Place, quarter: Place) -> bool:
    """``quarter`` is told as ``town``'s part ("Kherson's Dniprovskyi district", "Chicago's South
    Side") and the gazetteer reads it in another country or far from the town (Kyiv's Dniprovskyi).
    One it lacks stays: it takes the town's point later (:func:`town_of_part`, "Khulna's Daulatpur
    area")."""
    if town.lat is None or town.lon is None or not _TOWN_OWNS.fullmatch(text[town.end : quarter.start]):
        return False
    if quarter.lat is None or quarter.lon is None:
        return False
    km = km_between(quarter.lat, quarter.lon, town.lat, town.lon)
    if _OWNED_PART.match(text, quarter.end):  # "Kherson's Dniprovskyi district"
        return quarter.country == town.country and km > QUARTER_KM
    if _OWNED_UNIT.match(text, quarter.end):
        return False  # "Kishoreganj's Bhairab upazila": a district's own town, some way off
    # "Chicago's South Side", Staten Island's Eltingville to the gazetteer
    return quarter.country != town.country or km > _NAMESAKE_KM


# a town's quarter told by its kind before its name: "in the neighbourhood Las Palmas of Babahoyo"
_KIND_BEFORE = re.compile(r"(?i)\b(?:neighbou?rhood|barrio|colonia|sector|vereda|quarter)\s+$")


def _kind_before_quarter(text: str, quarter: Place, town: Place) -> bool:
    """``quarter`` is told as a quarter of ``town`` by its kind before it ("the neighbourhood X of
    Y") and the gazetteer reads it in another country, or further than ``QUARTER_KM`` from the town:
    a namesake of a quarter it does not know. A quarter it does not know at all stays (:func:`container_point`
    gives it the town's point)."""
    if town.feature != "city" or town.lat is None or town.lon is None or town.role is not None:
        return False
    if not _KIND_BEFORE.search(text, max(0, quarter.start - 16), quarter.start):
        return False
    if text[quarter.end : town.start] != " of " or quarter.lat is None or quarter.lon is None:
        return False  # one the gazetteer lacks keeps its name and takes the town's point later
    if quarter.country != town.country:
        return True
    return km_between(quarter.lat, quarter.lon, town.lat, town.lon) > QUARTER_KM


def _quarter_elsewhere(text: str, quarter: Place, town: Place) -> bool:
    """``quarter`` is named as a part of ``town`` ("the X neighbourhood of Y", "the X district of Y"
    when Y is a town, not an area: "the Spera district of Khost province" is an area of its own) and
    the gazetteer has no reading of it there: none at all, one in another country, or one further than
    ``QUARTER_KM`` from the town ("the Madeleine district of Évreux" is no La Madeleine in Nord)."""
    gap = text[quarter.end : town.start]
    if town.lat is None or town.lon is None:
        return False
    district = _DISTRICT_OF.fullmatch(gap) is not None and not _an_area(text, town)
    if not (_QUARTER_OF.fullmatch(gap) is not None or district):
        return False
    if quarter.lat is None or quarter.lon is None or quarter.country != town.country:
        return True
    return km_between(quarter.lat, quarter.lon, town.lat, town.lon) > QUARTER_KM


_AREA_PHRASE = re.compile(r"\s+(?:" + "|".join(ADMIN_PHRASES) + r")\b")


def _an_area(text: str, place: Place) -> bool:
    """The place is typed as an administrative area, in its name or right after it ("Khost province",
    "Barkin Ladi local government area")."""
    typed = _AREA_TYPED.match(text, place.end) or _AREA_PHRASE.match(text, place.end)
    return bool(typed or _AREA_NAMED.search(place.text))


# the words naming a part of a town: "the Bałuty district", "Sariab Road", "the Becora neighbourhood"
_PART = (
    r"(?:district|suburb|neighbou?rhood|quarter|area|estate|township|slum|sector|ward|locality|"
    r"road|street|avenue|market|bazaar|square|junction|station|stop|camp)"
)
# "Quetta's Sariab Road", "Łódź's Bałuty district": the town owns the part
_TOWN_OWNS = re.compile(r"(?:'s|’s)\s+(?:the\s+)?")
# "the Hamilton suburb of Dinsdale", "the Nouméa district of Rivière-Salée": the town, then the part
_TOWN_PART_OF = re.compile(r"\s+" + _PART + r"\s+of\s+")
# "Blacksands in Port Vila", "the Ring Road in Peshawar", "Gottsunda, on the southern edge of Uppsala",
# "the Clemenceau metro station in Anderlecht", "Aida refugee camp in Bethlehem",
# "La Cañada, a district on the eastern edge of Almería": the part, then the town it lies in
_PART_IN_TOWN = re.compile(
    r"(?:\s+(?:[\w-]+\s+)?" + _PART + r")?,?\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}" + _PART + r"\s+)?"
    r"(?:in|of|on\s+the\s+(?:[\w-]+\s+)?(?:edge|edges|outskirts|fringes?)\s+of)\s+"
    r"(?:the\s+(?:[\w-]+\s+){0,3}(?:city|town|capital|district|municipality|commune)\s+of\s+)?"
)
# "the Wadi al-Shay area, about 30 kilometres south-west of Kirkuk", "a village ... close to Zugdidi",
# "Nkana, about 35 km from Mushie"
_PART_NEAR_TOWN = re.compile(
    r"(?:\s+" + _PART + r")?,?\s+"
    # ... perhaps with what it is first: "Tungan Bako, a farming settlement about 15 kilometres outside Zuru"
    r"(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:settlement|village|hamlet|community|camp)\s+)?"
    r"(?:(?:some|about|around|roughly|nearly|almost)\s+)?"
    # ... "35 km", "nine kilometres"
    r"(?:(?:\d+|[a-z]+(?:-[a-z]+)?)\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|outside|near|close\s+to|on\s+the\s+outskirts\s+of"
    r"|(?:away\s+)?from)\s+"
    r"(?:the\s+(?:[\w-]+\s+){0,3}(?:city|town|capital)\s+of\s+)?"
)


def town_of_part(text: str, place: Place, places: Sequence[Place]) -> tuple[Place, str] | None:
    """The town a place the gazetteer lacks is told as part of, or lies near, with how ("part-of-town",
    "near-town"): "Quetta's Sariab Road", "the Hamilton suburb of Dinsdale", "Blacksands in Port Vila",
    "Gottsunda, on the southern edge of Uppsala", "Thabong, Welkom" (part of); "the Wadi al-Shay area,
    about 30 kilometres south-west of Kirkuk" (near). The town is a city the gazetteer knows, in the
    same country when the part has one; the event then has the town's point on the map where the part
    has none."""
    for town in places:
        if town.feature not in ("city", "admin2") or town.lat is None or town.lon is None or town.role:
            continue
        if place.country and town.country and town.country != place.country:
            continue
        if town.end <= place.start:
            gap = text[town.end : place.start]
            if _TOWN_OWNS.fullmatch(gap) or _TOWN_PART_OF.fullmatch(gap):
                return town, "part-of-town"
        elif town.start >= place.end:
            gap = text[place.end : town.start]
            if _PART_IN_TOWN.fullmatch(gap):
                return town, "part-of-town"
            if _PART_NEAR_TOWN.fullmatch(gap):
                return town, "near-town"
            if gap.strip() == "," and not _LISTED_AFTER.match(text, town.end):
                return town, "part-of-town"  # "in Thabong, Welkom", "in Barangay Tabid, Ozamiz City"
    return None


def sentence_town(text: str, place: Place, places: Sequence[Place]) -> Place | None:
    """The one town the gazetteer knows that the sentence of a place it lacks also names, in the same
    country ("Yesterday's march ... in Athens ended in running battles ... in Exarchia"): where the
    place most likely lies, for its point on the map."""
    start = max(text.rfind(". ", 0, place.start), text.rfind("\n", 0, place.start)) + 1
    ends = [i for i in (text.find(". ", place.end), text.find("\n", place.end)) if i >= 0]
    end = min(ends) if ends else len(text)
    towns = {
        (t.name, t.country): t
        for t in places
        if t.feature == "city"
        and t.lat is not None
        and not t.role
        and start <= t.start < end
        and (place.country is None or t.country == place.country)
    }
    return next(iter(towns.values())) if len(towns) == 1 else None


def story_town_of_part(text: str, place: Place, places: Sequence[Place]) -> Place | None:
    """The story's one town, for a place the gazetteer lacks that is told as a part of a town: a
    street ("on Megobroba Avenue", "on Storgatan", "Calle 5") or a quarter told by its kind ("in the
    Lower Greenville area", "in the Drottninghög district"). None when the story names no town or
    several (a village, told with no kind, is never given a town's point)."""
    if place.lat is not None or not (_street(place.text) or _part_typed(text, place)):
        return None
    towns = {
        (t.name, t.lat, t.lon): t
        for t in places
        if t.feature in ("city", "admin2")
        and t.lat is not None
        and t.lon is not None
        and t.role is None
        and t is not place
        and (not place.country or not t.country or t.country == place.country)
    }
    return next(iter(towns.values())) if len(towns) == 1 else None


# a street by its name: "Megobroba Avenue", "Storgatan", "Calle Sucre", "Rua Augusta"
_STREET_NAME = re.compile(
    r"(?i)(?:\b(?:street|avenue|road|boulevard|highway|lane|drive|expressway)"
    r"|(?:gatan|vägen|straße|strasse|gasse|weg|straat|gade|katu|utca))$"
    r"|^(?:calle|rua|avenida|rue|via|ulitsa|jalan|carrera|calzada)\b"
)
# a quarter told by its kind after its name: "the Lower Greenville area", "the Drottninghög district"
_PART_TYPED = re.compile(
    r"\s+(?i:" + _alt((TOWN_PARTS - {"ward"}) | _SLUM_KINDS | {"estate", "township", "settlement"}) + r")\b"
)


def _street(name: str) -> bool:
    """The name is a street's ("Megobroba Avenue", "Storgatan", "Calle Sucre")."""
    return bool(_STREET_NAME.search(name.strip()))


def _part_typed(text: str, place: Place) -> bool:
    """The place is told as a quarter by its kind, with "the" before it ("in the X district")."""
    typed = _PART_TYPED.match(text, place.end)
    if typed is None or text.startswith(" of", typed.end()):
        return False  # "the Tani district of Khost province": a part of the area it names
    return bool(_THE_BEFORE.search(text, max(0, place.start - 30), place.start))


# a town that is one of a list ("in Tabid, Ozamiz and Dipolog"), not the place before it's container
_LISTED_AFTER = re.compile(r",?\s+(?:and|or)\b")
