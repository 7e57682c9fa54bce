"""The place vocabulary of event location: prepositions, place nouns, verbs and nouns whose place is
an actor's origin, the speaker's or a later event's, and the coarse sizes of places.

Read by :mod:`whimbrel.place_hang` (how a place hangs on an event's trigger), :mod:`whimbrel.location_choice`
(the fineness of places) and :mod:`whimbrel.place_syntax` (which names the syntax makes places); the
table of administrative units (``ADMIN_UNITS`` and its groups) also by :mod:`whimbrel.places_rank`,
:mod:`whimbrel.place_chains`, :mod:`whimbrel.place_surface` and :mod:`whimbrel.geolocate`.
Word lists written by the team.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

# The words of administrative units, written once. The place nouns below and the unit regexes of
# place_chains (_AREA_WORDS, _AREA_AFTER, _CHAIN_TO, _UNIT_OF), places_rank (_TYPE, _TYPED_IN_AREA,
# _PART_OF, _ADMIN_AFTER, _ADMIN_BEFORE), place_syntax (_AREA_NOUNS, _ADMIN1_NOUNS) and geolocate
# (_AREA_TYPED) are built from these groups, so a new unit word is added here, to the group of its
# level, and nowhere else. The words are written as news writes them ("LGA" in capitals): the regexes
# that match case-sensitively read them so, the noun sets take them lower-cased. A reader that keeps
# to part of a group names the words it leaves out and says why (``admin_units(..., without=...)``).
# (datelines, places_lookup, casualty_words and gazetteer_build keep short lists of their own.)
#: first-level areas of a country: "Zamfara State", "Hama province", "Sagaing Region"
ADMIN_TOP = ("state", "province", "region", "governorate", "oblast", "prefecture")
#: the areas a first-level area is divided into: "Kohat district", "Rutshuru territory", "Tsafe LGA",
#: "the Artibonite department", "Yahukimo regency", "Bankass cercle", "Mabayi commune"
ADMIN_MIDDLE = (
    "district", "county", "department", "territory", "division", "LGA", "regency", "municipality",
    "commune", "cercle",
)  # fmt: skip
#: the parts of a district: "Ruma upazila", "Harnai tehsil", "Kani township", "a kebele of X woreda"
ADMIN_LOCAL = (
    "upazila", "tehsil", "township", "sub-district", "subdistrict", "woreda", "kebele", "taluka",
    "mandal", "block", "barangay", "subcounty", "sub-county", "ward",
)  # fmt: skip
#: every unit word
ADMIN_UNITS = ADMIN_TOP + ADMIN_MIDDLE + ADMIN_LOCAL
#: units that hold towns: a name with or before one is an area ("Tsafe LGA", "in Kohat district")
ADMIN_AREAS = ADMIN_TOP + ADMIN_MIDDLE
#: units below the first level, which a town may head or lie in ("Kizara village, Tsafe LGA",
#: "upazila of Faridpur")
ADMIN_PARTS = ADMIN_MIDDLE + ADMIN_LOCAL
#: units that are towns as well: "Kani township, Sagaing Region", "Pabbi municipality, Nowshera"
ADMIN_TOWNS = ("township", "municipality", "commune")
#: a unit's name spelled out: "Kajuru local government area"
ADMIN_PHRASES = ("local government area",)


def admin_units(*groups: Iterable[str], without: Iterable[str] = ()) -> tuple[str, ...]:
    """The words of ``groups`` (in order, once each) less ``without``, each of which must be one of
    them (a word left out of a table it is not in is a typo)."""
    words = [w for g in groups for w in g]
    drop = set(without)
    if not drop <= set(words):
        raise ValueError(f"not in the groups: {sorted(drop - set(words))}")
    return tuple(dict.fromkeys(w for w in words if w not in drop))


def unit_alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, the longest first: ``district|county|LGA``."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# Prepositions that put an event at a place ("fighting in X", "a raid near X", "the attack on X").
LOC_PREPS = frozenset(
    {
        "in", "at", "near", "outside", "inside", "across", "on", "around", "throughout", "within",
        "along", "over", "off", "onto", "into", "between", "among", "amid", "beyond", "nearby", "via",
        "through", "towards", "toward", "under", "next", "close", "overlooking",
    }
)  # fmt: skip
# "to" marks the place of the event only after verbs of movement ("travelled to X" = a visit to X).
MOVEMENT_LEMMAS = frozenset(
    {
        "travel", "visit", "arrive", "go", "come", "fly", "return", "march", "deploy", "send", "move",
        "head", "drive", "sail", "trip", "journey", "tour", "advance", "push", "withdraw", "retreat",
        "flee", "enter", "reach", "land", "dispatch", "rush", "redeploy",
        "patrol", "went", "gone", "came", "flew", "flown", "fled", "drove", "sent", "led", "rode",
    }
)  # fmt: skip
# Nouns that name a kind of place: "the town of X", "X province", "X's streets", "the outskirts of X".
GEO_NOUNS = frozenset(
    {
        "town", "city", "village", "hamlet", "area", "neighbourhood", "neighborhood", "suburb", "suburbs",
        "outskirts", "edge", "centre", "center", "countryside", "street", "streets", "road", "roads",
        "border", "capital", "port", "coast", "island", "islands", "valley", "river", "mountains", "hills",
        "quarter", "zone", "enclave", "strip", "bank", "desert", "highway", "crossing", "locality",
        "settlement", "settlements", "heart", "vicinity", "shore", "shores", "waters", "sea", "gulf",
        "lake", "front", "frontier", "corridor", "plain", "slum", "junction", "towns", "villages",
        "cities", "districts", "provinces", "areas", "neighbourhoods", "neighborhoods", "parts", "part",
        "periphery", "perimeter", "environs", "archipelago", "peninsula", "plateau", "plateaux",
        "mountain", "hill", "community", "communities",
    }
    # the administrative units ("Kajuru LGA", "Bhairab upazila", "Harnai tehsil", "Yahukimo regency"),
    # but two words more often something else in news ("the army's 22nd Division", "a block of flats"):
    # this set is matched against any token and lemma, not only beside a name
    | {w.lower() for w in admin_units(ADMIN_UNITS, without=("division", "block"))}
)  # fmt: skip
# Buildings and sites: "the X hospital" names a place, but "X" before them may be an owner.
SITE_NOUNS = frozenset(
    {
        "camp", "base", "airport", "square", "checkpoint", "market", "mosque", "church", "embassy",
        "hospital", "school", "prison", "compound", "palace", "stadium", "university", "hotel", "building",
        "headquarters", "garrison", "fortress", "stronghold", "outpost", "station", "plant", "office",
        "entrance", "gate", "bridge", "airbase", "barracks", "cathedral", "temple", "shrine", "home",
        "house", "residence", "farm", "farms", "field", "fields", "dam", "refinery", "port",
        "installation", "installations", "facility", "facilities", "museum", "consulate", "synagogue",
    }
)  # fmt: skip
PLACE_NOUNS = GEO_NOUNS | SITE_NOUNS
# Nouns of people and organisations: a place modifying them is an actor's origin, not a location.
# participles that say who a participant is ("a man wanted for a murder in X", "people suspected of
# ties with rebels in X"): a place inside them describes the participant, not the event
STATUS_PARTICIPLES = frozenset(
    "suspect accuse want link affiliate ally base bear know believe tie connect charge convict".split()
)
PEOPLE_NOUNS = frozenset(
    "people person persons civilian civilians opponent opponents youth youths villager villagers "
    "protester protesters critic critics dissident dissidents".split()
)
ACTOR_NOUNS = frozenset(
    {
        "army", "force", "forces", "troops", "troop", "government", "police", "military", "soldier",
        "soldiers", "fighter", "fighters", "militant", "militants", "official", "officials", "authority",
        "authorities", "ministry", "minister", "president", "leader", "leaders", "commander", "chief",
        "governor", "mayor", "spokesman", "newspaper", "agency", "regime", "rebel", "rebels", "envoy",
        "ambassador", "delegation", "team", "club", "fan", "fans", "court", "parliament", "administration",
        "navy", "guard", "guards", "unit", "units", "brigade", "battalion", "militia", "member", "members",
        "native", "national", "citizen", "citizens", "diplomat", "diplomats", "foreign", "cabinet",
        "party", "coalition", "alliance", "jet", "jets", "warplane", "warplanes", "aircraft", "plane",
        "planes", "helicopter", "helicopters", "artillery", "company", "firm", "bank", "council",
        "officer", "officers", "man", "men", "woman", "women", "student", "students", "worker", "workers",
        "journalist", "journalists", "reporter", "correspondent", "activist", "activists", "suspect",
        "suspects", "organiser", "organizer", "champion", "player", "players", "speaker", "head",
        "television", "radio", "statement", "operative", "resident", "patrol", "patrols", "convoy",
        "convoys", "adviser", "advisers", "advisor", "advisors", "employee", "employees", "contractor",
        "contractors", "policeman", "policemen", "specialist", "staff", "personnel", "crew", "warship",
        "warships", "vessel", "vessels", "tourist", "tourists", "hostage", "hostages", "militiaman",
        "militiamen", "militias", "gunman", "gunmen", "insurgent", "insurgents", "jihadist", "jihadists",
        "bandit", "bandits", "raiders", "paramilitaries",
    }
)  # fmt: skip
# Words of attribution: a place on their path situates the speaker or the source, not the event.
ATTRIBUTION_LEMMAS = frozenset(
    {
        "say", "tell", "report", "quote", "add", "according", "statement", "source", "sources",
        "spokesman", "spokeswoman", "media", "announce", "claim", "speak", "radio", "television",
        "newspaper", "communique", "declare", "confirm", "cite",
    }
)  # fmt: skip
# Verbs whose direct object is often a place: "captured X", "shelled X", "visited X".
PLACE_TAKING_LEMMAS = frozenset(
    {
        "capture", "seize", "liberate", "take", "overrun", "shell", "bomb", "besiege", "enter", "storm",
        "patrol", "visit", "raid", "attack", "recapture", "retake", "occupy", "invade", "bombard", "hit",
        "control", "encircle", "surround", "secure", "free", "destroy", "reach", "tour", "blockade",
        # irregular forms the small model's lemmatiser may leave as they are
        "took", "taken", "retook", "retaken", "overran", "struck", "strike", "besieged",
    }
)  # fmt: skip
# What follows an attack ("died at X hospital", "was rushed to X") happens elsewhere.
AFTERMATH_LEMMAS = frozenset(
    "die treat hospitalize hospitalise rush evacuate admit airlift transfer shift".split()
)
# verbs that take the victims somewhere for care ("were flown to X for treatment", "shifted to X")
CARE_MOVES = AFTERMATH_LEMMAS - {"die", "treat"} | {"take", "fly", "carry", "bring", "refer", "move"}
CARE_PLACES = frozenset(
    {"hospital", "hospitals", "clinic", "clinics", "morgue", "mortuary", "treatment", "care"}
)
# The parts of a town told with its name: "the Hamilton suburb of Dinsdale", "Kherson's Dniprovskyi
# district" (read by place_syntax and place_containers).
TOWN_PARTS = frozenset(
    {"suburb", "neighbourhood", "neighborhood", "quarter", "district", "sector", "area", "ward"}
)
# Verbs that tell more of the same incident ("shot and killed two men in X"), not a later event.
INCIDENT_LEMMAS = frozenset(
    "kill wound injure shoot destroy damage leave burn hurt maim blow set torch loot raze abduct kidnap "
    "ransack beat kick punch stab hack club stone break erupt".split()
)  # "killed ten and set fire to homes in X", "was beaten and kicked ... at a tram stop in X", "were
# killed when fighting ... broke out in hills outside X": one raid, one place
# Nouns whose modifier names them rather than placing an event ("the Gulf War", "Syria's civil war").
NAMED_PERIOD_NOUNS = frozenset({"war", "wars"})
DIRECTIONS = frozenset(
    {
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
        "north-east", "north-west", "south-east", "south-west", "northeastern", "outside",
    }
)  # fmt: skip
# the points of the compass as security reports abbreviate them: "8km E of MASALANI", "20km SW of X"
# (in capitals, and read so: a tuple, not one of the lower-case word sets)
COMPASS_POINTS = tuple("N S E W NE NW SE SW NNE ENE ESE SSE SSW WSW WNW NNW".split())
DISTANCE_WORDS = frozenset(
    {"km", "kilometers", "kilometres", "miles", "mile", "meters", "metres", "away", "far"}
)
NON_LOC_PREPS = frozenset(
    {"by", "for", "against", "with", "about", "like", "than", "as", "per", "including", "despite", "of"}
)
# Nouns of events ("the Manbij offensive", "the attack on X"): a place modifying them is where they are.
EVENT_NOUNS = frozenset(
    {
        "attack", "attacks", "offensive", "campaign", "battle", "fighting", "clash", "clashes", "raid",
        "bombing", "bombardment", "shelling", "strike", "strikes", "airstrike", "airstrikes", "ambush",
        "blast", "explosion", "siege", "assault", "operation", "operations", "protest", "protests",
        "demonstration", "rally", "march", "riot", "riots", "violence", "massacre", "war", "conflict",
        "talks", "meeting", "summit", "visit", "trip", "incident", "uprising", "fire", "shooting",
        "killing", "killings", "crackdown", "unrest", "standoff", "invasion", "occupation", "withdrawal",
    }
)  # fmt: skip
# Coarse place sizes: a finer place is the more precise answer when both attach to the clause.
FINENESS = {"point": 4, "city": 3, "admin2": 2, "region": 1, "admin1": 1, "country": 0}


def noun_in(tok: Any, words: frozenset[str]) -> bool:
    """Whether the token's lower form or lemma is one of ``words``."""
    return bool(tok.lower_ in words or tok.lemma_.lower() in words)


# a compass word before an area named as a container: "in northern Burkina Faso's Y province", "Boni,
# in central Mali" (COMPASS_WORD holds the alternatives; COMPASS makes them optional)
COMPASS_WORD = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|central\s+"
COMPASS = r"(?:" + COMPASS_WORD + r")?"


# a saint's name that names a building, not a town: "St Mary's Church", "St. Joseph's Catholic
# Cathedral", "Saint Luke's hospital" (the town "St. Louis" has no "'s" and a building noun after it)
_SAINTS_BUILDING = re.compile(
    r"['’]s(?:\s+[A-Z][a-z]+)?\s+(?:church|cathedral|basilica|chapel|parish|school|college|academy|"
    r"hospital|clinic|seminary|mission|monastery|convent|abbey|primary|secondary|high)\b",
    re.I,
)
_SAINT = re.compile(r"(?:St\.?|Saint|Ste\.?|San|Santa|Sao|São)\s")


def saints_building(text: str, start: int, end: int) -> bool:
    """The name ``text[start:end]`` is a saint's, owning the building named after it ("St Mary's
    Church in Kaduna": the church, not the parish of Saint Mary in Jamaica)."""
    return _SAINT.match(text, start) is not None and _SAINTS_BUILDING.match(text, end) is not None


# "Mass" as the Catholic service ("attended Mass at ...", "the requiem Mass"), not the abbreviation
# of Massachusetts, which follows a town and a comma ("Worcester, Mass.") or opens a headline with
# its dot ("Mass. legislators put off debate"); "Mass." is the service only after a word of worship
_SERVICE_BEFORE = re.compile(
    r"(?i)\b(?:during|attend(?:s|ed|ing)?|celebrat\w*|said|says|say|saying|requiem|funeral|midnight|"
    r"sunday|morning|evening|leaving|left|after|before|at)\s+$"
)


def church_service(text: str, start: int, end: int) -> bool:
    """The word at ``start:end`` is "Mass", the service, not Massachusetts abbreviated."""
    word = text[start:end]
    if word == "Mass":
        return not text[:start].rstrip().endswith(",")
    return word == "Mass." and _SERVICE_BEFORE.search(text, max(0, start - 16), start) is not None


# a hospital's name, which the tagger may take for a place: where the wounded went, no town
CARE_FACILITY = re.compile(
    r"\b(?:Hospital|H[ôo]pital|Hospitál|Clinic|Clinique|Cl[íi]nica|Infirmary"
    r"|(?:Medical|Health) Cent(?:re|er))\b"
)
