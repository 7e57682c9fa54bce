"""Place candidates the syntax makes plain, for names the gazetteer lacks or the NER misses.

:func:`syntactic_places` reads "the town of X", "X district", "in X", named sites ("near the X
outpost") and borders named by their two sides ("the Iraqi-Syrian border") from a sentence's parse;
:func:`complete_names` grows a found part to its whole hyphenated name ("Nur" in "Al-Nur");
:func:`merge_places` joins them to the gazetteer's places. The geolocate stage resolves them against
the gazetteer when it can and otherwise places them in the story's country.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from . import nlp
from .dates_grammar import MONTH
from .place_surface import numbered_street
from .place_words import (
    ADMIN_PHRASES,
    ADMIN_TOP,
    ADMIN_UNITS,
    CARE_FACILITY,
    COMPASS,
    COMPASS_POINTS,
    COMPASS_WORD,
    DIRECTIONS,
    GEO_NOUNS,
    PLACE_NOUNS,
    PLACE_TAKING_LEMMAS,
    SITE_NOUNS,
    TOWN_PARTS,
    admin_units,
    church_service,
    noun_in,
    saints_building,
)
from .types import Place

__all__ = ["complete_names", "merge_places", "syntactic_places"]


# a lowercase side of a town the entity model takes into its name ("in west Tulsa")
_SIDE = re.compile(COMPASS_WORD)


# a short word in capitals, an acronym unless the gazetteer knows it as a place: "IED", "VBIED", "RPG"
_ACRONYM = re.compile(r"[A-Z]{2,5}s?")


def _trim(doc: Any, toks: list[Any]) -> list[Any]:
    """Drop determiners, possessive marks and generic place nouns at the edges of a name."""
    while toks and (
        toks[0].pos_ in ("DET", "ADJ")
        and not toks[0].text[:1].isupper()
        or toks[0].lower_ == "the"
        or (len(toks) > 1 and _SIDE.fullmatch(toks[0].text + " ") is not None)  # not "West Kordofan"
    ):
        toks = toks[1:]
    while toks and (toks[-1].tag_ == "POS" or toks[-1].lower_ in ("'s", "'") or toks[-1].is_punct):
        toks = toks[:-1]
    while (
        len(toks) > 1
        and toks[-1].lower_ in GEO_NOUNS
        and (not toks[-1].text[:1].isupper() or toks[-1].text == "LGA")
    ):
        toks = toks[:-1]
    return toks


_LOCATIVE = frozenset("in near outside at into inside around on across through within".split())
# where a statement was posted, named after "on": no place
_PLATFORMS = frozenset(
    "Telegram Facebook Twitter WhatsApp Instagram TikTok YouTube Viber Signal VKontakte Weibo X".split()
)
_CONNECTORS = frozenset(
    {"al", "el", "de", "e", "i", "la", "las", "los", "del", "di", "bin", "ibn", "abu", "van", "von"}
)
_JOINERS = frozenset({"-", "/"})
_ROADS = frozenset({"road", "highway", "route", "way", "track"})  # "on the road to Barsalogho"
# a name placed in a larger area right after it: "Vizcatán del Ene, in Peru's Junín region", "X, in
# northern Burkina Faso's Y province"
IN_AREA = re.compile(
    r",\s+in\s+(?:the\s+)?" + COMPASS + r"(?:(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\s+)?[A-Z][\w-]*"
    # "X, on the shore of Y"
    r"|,\s+(?:on|along)\s+the\s+(?:shores?|banks?|edge|coast)\s+of\s+(?:the\s+)?[A-Z]"
)
# a place described by where it lies: "X, on the coast north of the capital", "X, near the border"
_ON_THE_MAP = re.compile(r",\s+(?:on|near|along)\s+the\s+(?:coast|outskirts|edge|border|banks?|shores?)\b")
# a name set beside a town: "in a shack in Ezakheni, outside Ladysmith"
_BESIDE_TOWN = re.compile(r",\s+(?:outside|near)\s+(?:the\s+(?:town|city)\s+of\s+)?[A-Z]")
_UNITS = frozenset(
    {"division", "brigade", "battalion", "regiment", "corps", "squadron", "company", "platoon"}
)
_TAKE = PLACE_TAKING_LEMMAS
# an entity the model tags as a place but that names an organisation ("a Green party campaigner")
_ORG_NOUNS = frozenset(
    {"party", "parties", "movement", "alliance", "coalition", "union", "league", "council", "committee"}
)
# a road or route designation, not a place name: "the N4 toll road", "the A1 motorway"
_LGA = frozenset({"local", "government", "council", "administrative"})
_SETTLEMENTS = frozenset(
    {"village", "villages", "town", "towns", "hamlet", "settlement", "community", "communities", "camp"}
)
# a code of letters and a number, not a name: "the N4 toll road", "the RNIE2 highway", a township's
# section "NU 9"
_DESIGNATION = re.compile(r"[A-Z]{1,5}[- ]?\d{1,4}[A-Za-z]?")
# a day or month with its numbers: "Apr 2025", "12 March", "June 3"
_DATE_LIKE = re.compile(rf"\d{{1,2}}\s+{MONTH}(?:\s+\d{{1,4}})?|{MONTH}\s+\d{{1,4}}(?:,?\s+\d{{4}})?")
# an entity named with a first-level area's word (or "county", as before) is read as an admin1 area:
# "Hama province", "Marion County"
_ADMIN1_NOUNS = frozenset((*ADMIN_TOP, "county"))
# the prepositions an entity runs over into the town it lies by: "the Karakoram Highway near Gilgit"
_BY_TOWN = frozenset({"near", "outside", "in", "at", "between"})
# the parts of a town a town's name may stand before: "the Hamilton suburb of Dinsdale" (a township too)
_TOWN_PARTS = TOWN_PARTS | {"township"}
# a name of a range, a forest or a plain is a wide area, not a point: "at the foot of the Rwenzori
# mountains", "in the Sambisa forest" (a town named in the same breath is finer)
_LANDFORMS = frozenset(
    "mountains mountain hills range forest plain plains plateau desert valley river lake swamp swamps".split()
)


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


_VILLAGE_OF = re.compile(
    r"\b(?:village|town|hamlet|settlement|community|camp|neighbourhood|neighborhood)\s+of\s+"
    r"((?:[A-Z][\w'’-]*\s+){1,3})$"
)


def _named_whole(doc: Any, toks: list[Any]) -> list[Any]:
    """``toks`` grown to the whole name after "the village of" when they are only its last words
    ("Kone" in "the village of Let Yet Kone"; read on the surface, where the parser trips on such
    names)."""
    if not toks:
        return toks
    m = _VILLAGE_OF.search(doc.text, max(0, toks[0].idx - 80), toks[0].idx)
    if m is None:
        return toks
    return [t for t in doc if m.start(1) <= t.idx and t.i <= toks[-1].i]


def _typed_whole(doc: Any, toks: list[Any]) -> list[Any]:
    """``toks`` grown to the whole name before an area noun when they are only its last words ("Ayana"
    in "Gida Ayana district", "Darfur" in "North Darfur state")."""
    if not toks or toks[-1].i + 1 >= len(doc) or doc[toks[-1].i + 1].lower_ not in _AREA_NOUNS:
        return toks
    i = toks[0].i
    while (
        i > 0
        and doc[i - 1].pos_ == "PROPN"
        and doc[i - 1].dep_ == "compound"
        and doc[i - 1].ent_type_ != "NORP"
        and doc[i - 1].text[:1].isupper()
    ):
        i -= 1
    return list(doc[i : toks[-1].i + 1]) if i < toks[0].i else toks


def complete_names(doc: Any, sent_start: int, places: Sequence[Place]) -> tuple[Place, ...]:
    """Places whose mention is part of a name written with a tight hyphen or slash, grown to the whole
    name ("Nur" in "Al-Nur", "Brest" in "Brest-Litovsk"), or the last words of a village's name
    ("Kone" in "the village of Let Yet Kone") or of an area's ("Ayana" in "Gida Ayana district"). A
    grown mention names another place than the part did, so its gazetteer resolution is dropped
    (``_resolve`` may find the whole name)."""
    out: list[Place] = []
    for p in places:
        toks = [t for t in doc if t.idx < p.end - sent_start and t.idx + len(t.text) > p.start - sent_start]
        grown = _tight_name(doc, toks)
        if grown is toks:
            grown = _named_whole(doc, toks)
        if grown is toks:
            grown = _typed_whole(doc, toks)
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
        # ... or over a preposition into the town it lies by ("the Karakoram Highway near Gilgit")
        cut = next(
            (k for k, t in enumerate(toks) if k and (_loose_punct(doc, t) or t.lower_ in _BY_TOWN)), len(toks)
        )
        if cut + 1 < len(toks) and toks[cut].lower_ in _BY_TOWN and toks[cut + 1].text[:1].isupper():
            add(toks[cut + 1 :], "city")  # the town itself
        toks = _trim(doc, toks[:cut])
        if not toks or not any(t.text[:1].isupper() for t in toks):
            return
        s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        if any(p.start - sent_start < e and s < p.end - sent_start for p in found.values()):
            return
        text = doc.text[s:e]
        if _DESIGNATION.fullmatch(text) and not (known is not None and known(text)):
            return
        if text in _PLATFORMS:
            return  # "the governor wrote on Telegram": where it was posted, not a place
        if text in COMPASS_POINTS:
            return  # "an outpost 20km SW of X": a bearing from the town
        if _ACRONYM.fullmatch(text) and not (known is not None and known(text)):
            return  # "struck an IED", "attacked with SAF and RPG": a security report's shorthand
        if numbered_street(doc.text, s, e):
            return  # "near 72 Avenue": an address
        if saints_building(doc.text, s, e) or church_service(doc.text, s, e):
            return  # "at St Anne's Church", "leaving Mass": a church and its service, not towns
        if CARE_FACILITY.search(text):
            return  # "treated at the Hôpital Universitaire de la Paix": where the wounded went
        if _DATE_LIKE.fullmatch(text):
            return  # "on 01 Apr 2025": a day the tagger took for a place
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
        if (
            root.dep_ in ("compound", "amod", "nmod")
            and noun_in(root.head, GEO_NOUNS)
            and (_named_after(root.head, known) or _describes(doc, toks[-1], root.head))
        ):
            continue  # "the Dogon village of Sobane", "a Dogon farming village": Dogon says whose village
        if ent.label_ in nlp.PLACE_LABELS and toks[-1].lower_ in _ORG_NOUNS:
            continue  # "a Green party campaigner": an organisation
        if _owned(root) and not (known is not None and known(ent.text)):
            continue  # "under their Humvee": a thing someone has, not a place
        if (
            root.dep_ == "compound"
            and (_one_of_many(root.head) or _one_of_many(root.head, _SETTLEMENTS))
            and not (known is not None and known(ent.text))
        ):
            continue  # "a Security Belt checkpoint", "a Rarámuri village": whose, not its name
        if ent.label_ in nlp.PLACE_LABELS:
            feature = "point" if ent.label_ == "FAC" else "city"
            if _landform(root) or _landform_name(toks):
                feature = "region"
            if ent.label_ == "GPE" and _looks_country(ent.text):
                feature = "country"
            if toks[-1].lower_ in _ADMIN1_NOUNS:
                feature = "admin1"
            add(toks, feature)
            seeds.add(nlp.span_root(toks).i)
    for tok in doc:
        # a capitalised noun inside the sentence is a name too ("rural areas of Tibú": the tagger's NNS)
        proper = tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.i > 0 and tok.text[:1].isupper())
        if not proper or tok.ent_type_ in ("GPE", "DATE", "TIME"):
            continue
        if tok.text.isupper() and noun_in(tok, GEO_NOUNS):
            continue  # an alert in capitals: "RAID ON VILLAGE NEAR MONGO" names no place "VILLAGE"
        if ner and tok.ent_type_ in ("LOC", "FAC"):
            continue  # already taken from the entities
        head = tok.head
        hl = head.lemma_.lower()
        named = tok.dep_ in ("pobj", "appos") and head.lower_ == "of" and noun_in(head.head, GEO_NOUNS)
        named = named or (tok.dep_ == "appos" and noun_in(head, GEO_NOUNS))  # "the capital, X"
        named = (
            named
            or any(  # "Kwall, a town in Bassa": described by its apposition
                c.dep_ == "appos" and noun_in(c, GEO_NOUNS) and not c.text[:1].isupper() for c in tok.children
            )
        )
        typed = tok.dep_ in ("compound", "amod", "nmod", "poss") and noun_in(head, GEO_NOUNS)
        # "the Fulani village of X" names X; "the Kulgam district of south Kashmir" names Kulgam
        chunk = _name_chunk(doc, tok)
        name = doc[chunk[0].i : chunk[-1].i + 1].text if chunk else tok.text
        is_known = bool(known is not None and known(name))
        # ... but a known town before a part of it names the town: "the Hamilton suburb of Dinsdale"
        town_part = is_known and head.lower_ in _TOWN_PARTS and tok.ent_type_ != "NORP"
        # and a known town after one: "the Chamelecón sector of San Pedro Sula" (the model's person)
        part_of = is_known and tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _TOWN_PARTS
        typed = (
            typed
            and (not head.text[:1].isupper() or head.text == "LGA")
            and (town_part or not _named_after(head, known))
        )
        # "a Fulani village", "a Dogon farming village": a people says whose village it is, not its name
        # (a name stands right before its place noun: "Bankass cercle", "Kajuru local government area",
        # whatever the model tags it)
        described = bool(chunk) and _describes(doc, chunk[-1], head)
        # the model's people before an administrative unit is still its name: "Mabayi commune"; so is
        # one before a bare settlement noun ("in Hsipaw town": a people's village takes an article)
        people = tok.ent_type_ == "NORP" and not is_known and noun_in(head, _SETTLEMENTS) and not _bare(head)
        typed = typed and not people and not described
        end = chunk[-1].idx + len(chunk[-1].text) if chunk else tok.idx + len(tok.text)
        # the model's person is a place when it is placed at once: "attacked Tankoualou, in the
        # eastern Gourma province", "attacked Montrouis, on the coast north of the capital"
        placed = IN_AREA.match(doc.text, end) is not None or _ON_THE_MAP.match(doc.text, end) is not None
        # (the tagger may hang such a name on the verb as anything: "attacked/VBD Montrouis/advmod")
        taken = hl in PLACE_TAKING_LEMMAS and (
            tok.dep_ == "dobj" or (placed and tok.dep_ in ("advmod", "npadvmod", "dep"))
        )
        taken = taken and (tok.ent_type_ not in ("PERSON", "NORP") or is_known or placed)
        # "a checkpoint south of X, in Y": a known name (or one placed in an area) as a reference point
        reference = (
            head.lower_ == "of"
            and (head.head.lower_ in DIRECTIONS or head.head.text in COMPASS_POINTS)
            and (is_known or IN_AREA.match(doc.text, end) is not None)
        )
        located = (
            tok.dep_ == "pobj"
            and (
                head.lower_ in _LOCATIVE
                or reference
                or (head.lower_ == "to" and (head.head.lower_ in _ROADS or noun_in(head.head, SITE_NOUNS)))
                # "on the road between X and Y", not "fighting between X and Y" (its sides)
                or (head.lower_ == "between" and noun_in(head.head, PLACE_NOUNS))
                or (head.lower_ == "of" and head.head.lower_ == "out" and is_known)  # "the road out of X"
            )
            and tok.ent_type_
            in ("", "ORG", "NORP", "PERSON", "PRODUCT", "WORK_OF_ART")  # the model's misreads
            and not any(c.dep_ in ("det", "poss", "case") for c in tok.children)
            and (
                head.head.pos_ in ("VERB", "AUX")
                or noun_in(head.head, PLACE_NOUNS)
                or is_known
                or (head.head.dep_ == "conj" and head.head.head.pos_ == "VERB")  # "and five more in X"
                or IN_AREA.match(doc.text, end) is not None  # "a patrol in Vizcatán del Ene, in Peru's ..."
                or _BESIDE_TOWN.match(doc.text, end) is not None
            )
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
        owner = owner or tok.lower_ in _UNITS  # "the army's 22nd Division base": a unit's
        owner = owner or (not is_known and _one_of_many(head))  # "a Security Belt checkpoint"
        named_site = tok.dep_ == "compound" and head.lower_ in SITE_NOUNS and tok.i == chunk[-1].i
        site = site or (named_site and frame and not owner)
        if named or typed or located or taken or site or part_of:
            # "Bade Local Government Area" is an area named like a site ("Manger Square"): no point
            area = bool(chunk) and doc.text[chunk[0].idx : end].lower().endswith(ADMIN_PHRASES)
            kind = "region" if _landform(tok) or _landform_name(chunk) else "point" if site else "city"
            add(chunk, "admin2" if area and kind == "point" else kind)
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


def _landform(root: Any) -> bool:
    """The name is a range's, a forest's or a plain's: "the Rwenzori mountains", "Sambisa forest"."""
    return bool((root.head if root.dep_ == "compound" else root).lower_ in _LANDFORMS)


def _landform_name(toks: Sequence[Any]) -> bool:
    """The name opens with the word of a lake or river: "Lake Mweru", "River Benue"."""
    return len(toks) > 1 and toks[0].text in ("Lake", "River")


def _owned(root: Any) -> bool:
    """The name takes a possessive pronoun ("under their Humvee", "its Sentinel"): a place name does
    not, so the word names a thing someone has."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in root.children)


def _one_of_many(noun: Any, nouns: frozenset[str] = SITE_NOUNS) -> bool:
    """A site noun (or another of ``nouns``: "a Rarámuri village") with the indefinite article
    ("attacked a Security Belt checkpoint"): the unknown name before it says whose site it is, one of
    many; a site's own name takes "the" ("the X outpost")."""
    return bool(
        noun.lower_ in nouns and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    )


def _bare(noun: Any) -> bool:
    """A singular place noun with no article after a preposition or a verb ("in Hsipaw town", "shelled
    Hpapun town"): the word before it is the place's name, since a people's village is "a Fulani
    village"."""
    return bool(
        noun.tag_ == "NN"
        and noun.dep_ in ("pobj", "dobj")
        and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)
    )


def _describes(doc: Any, last: Any, noun: Any) -> bool:
    """A name before a place noun with other words between ("a Dogon farming village") says whose
    the place is; a place's own name stands right before its noun ("Bankass cercle", "Kajuru local
    government area")."""
    gap = doc[last.i + 1 : noun.i]
    if not gap or not noun_in(noun, _SETTLEMENTS):  # "the Castello trade center" is the centre's name
        return False
    return all(t.text.islower() and not noun_in(t, GEO_NOUNS | _LGA) for t in gap)


def _named_after(noun: Any, known: Callable[[str], bool] | None = None) -> bool:
    """The place noun is named by its "of" phrase ("the Fulani village *of Ogossagou*"): the word before
    it describes the place rather than names it. Not when the "of" phrase is a larger area the
    gazetteer knows ("the Kulgam district *of south Kashmir*")."""
    for c in noun.children:
        if c.dep_ != "prep" or c.lower_ != "of":
            continue
        names = [g for g in c.children if g.pos_ == "PROPN"]
        if names and not (known is not None and noun.lower_ in _AREA_NOUNS and known(_name_text(names[0]))):
            return True
    return False


# the units a larger area's name after "of" may hold ("the Kulgam district of south Kashmir"): all
# but "commune" and "LGA", with which "the Kampemba commune of Lubumbashi" and "Agatu LGA of Benue
# State" would name Kampemba and type Agatu otherwise than they do now (probes 8 and 4)
_AREA_NOUNS = frozenset(w.lower() for w in admin_units(ADMIN_UNITS, without=("commune", "LGA")))


def _name_text(tok: Any) -> str:
    """The proper name a token ends: its compound words and itself ("Khyber Pakhtunkhwa")."""
    words = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i and c.pos_ == "PROPN"]
    return " ".join(t.text for t in (*words, tok))


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
