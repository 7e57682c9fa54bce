"""Actor resolution: who an event's source and target are, by country and sector.

Two steps. ``find_mentions`` scans the whole story (no model) for dictionary surface forms:
countries, demonyms ("Azeri"), capitals, institutions ("the Kremlin"), armed groups and IGOs,
leaders with dated roles, and news agencies. ``resolve_phrase`` then turns one argument noun
phrase of an event ("the Armenian Prime Minister", "Azeri troops", "Moscow") into an ``Actor``:
country from the strongest mention inside it, sector from the phrase's role noun ("troops" ->
MIL) or the mention's own sector, the person's name from a leader entry or a PERSON entity.
``Coreference`` resolves later references ("Pashinian", "he", "the two leaders") to earlier actors.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from .dates_grammar import MONTHS, WEEKDAYS
from .lexicon import Entry, actor_entries, sector_words
from .registry import stage
from .types import Actor, Story

MAX_WORDS = 7
_WORD = re.compile(r"[A-Za-z\u00C0-\u024F0-9][A-Za-z\u00C0-\u024F0-9.'\u2019&-]*")
KIND_RANK = {"leader": 0, "group": 1, "igo": 1, "institution": 2, "country": 3, "capital": 4, "demonym": 5}
PRONOUNS_PERSON = {"he", "she", "him", "her"}
GROUP_REFERENCES = re.compile(
    r"\b(?:the|both|all)\s+(?:(?P<n>two|three|four|five)\s+)?(?:leaders|countries|sides|nations|neighbou?rs|governments|presidents|"
    r"ministers|parties|states|capitals)\b",
    re.I,
)


def _entry_valid(entry: Entry, when: date | None) -> bool:
    if when is None:
        return True
    day = when.isoformat()
    if entry.start and day < entry.start:
        return False
    return not (entry.end and day > entry.end)


def _best_entry(entries: Sequence[Entry], when: date | None) -> Entry | None:
    valid = [e for e in entries if _entry_valid(e, when)]
    if not valid:
        return None
    if when is None:  # no date: prefer the latest holder of a role
        valid.sort(key=lambda e: (KIND_RANK.get(e.kind, 9), -(int((e.end or "9999")[:4]))))
    else:
        valid.sort(key=lambda e: KIND_RANK.get(e.kind, 9))
    return valid[0]


def _variants(key: str) -> Iterable[str]:
    yield key
    for suffix in ("'s", "\u2019s", "'", "\u2019"):
        if key.endswith(suffix):
            yield key[: -len(suffix)]
    if key.endswith(".") and not key.endswith(".."):
        yield key[:-1]
    if key.isupper() and len(key) > 3:
        yield key.title()


_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def find_mentions(text: str, when: date | None = None) -> tuple[Actor, ...]:
    """Every dictionary actor mention in ``text``, longest match first, never overlapping."""
    entries = actor_entries()
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    out: list[Actor] = []
    i = 0
    while i < len(words):
        matched = False
        for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
            s, e = words[i][0], words[i + n - 1][1]
            raw = text[s:e]
            if "\n" in raw:
                continue
            key = " ".join(raw.split())
            for variant in _variants(key):
                found = entries.get(variant)
                if not found:
                    continue
                entry = _best_entry(found, when)
                if entry is None:
                    continue
                end = s + len(variant) if text[s:e].startswith(variant) else e
                if entry.kind == "institution" and entry.sector == "COP" and _OF_NAME.match(text, end):
                    continue  # "the Metropolitan Police of Montería": that city's force, not London's
                if entry.kind == "leader" and n == 1 and _another_given_name(text, words, i, entry.name):
                    continue  # "Alpha Keita", "Shazia Bibi": another person of that surname
                if entry.kind == "leader" and n == 1 and _AGED_SURNAME_AFTER.match(text, end):
                    continue  # "Lourenco Jaime, 23, student": a given name, another person's
                out.append(_actor_from_entry(text[s:end], s, end, entry))
                matched = True
                break
            if matched:
                i += n
                break
        if not matched:
            i += 1
    return tuple(out)


# a surname and an age after a leader's one-word name: that word is another person's given name
_AGED_SURNAME_AFTER = re.compile(r" [A-ZÀ-Þ][a-zß-ÿ'’-]+, \d{1,2},")
# capitalised words that may stand right before a leader's one-word name: titles and offices, days
# and months ("On Monday Keita met ...")
_BEFORE_A_LEADER = frozenset(
    "President Prime Minister Premier Chancellor King Queen Prince Princess Emir Sheikh Sultan General "
    "Gen Marshal Colonel Col Chairman Secretary Senator Governor Mayor Speaker Judge Justice Mr Mrs Ms "
    "Dr Sir Dame Lord Lady Pope Ayatollah Imam Rev Father Bishop Cardinal Archbishop Commander Leader "
    "Comrade Vice Deputy Foreign Defence Defense Interior Finance Crown Supreme Opposition Former Ex Late "
    "Acting Interim Ambassador Envoy Spokesman Spokeswoman Director Chief President-elect".split()
) | {w.title() for w in (*WEEKDAYS, *MONTHS)}


def _another_given_name(text: str, words: Sequence[tuple[int, int]], i: int, name: str) -> bool:
    """A one-word leader's name right after a capitalised word inside a sentence that is neither a
    title nor one of the leader's own names: a given name of another person bearing that surname
    ("Alpha Keita", "the vaccinator Shazia Bibi")."""
    if i == 0:
        return False
    s, e = words[i - 1]
    word = text[s:e]
    if text[e : words[i][0]] != " " or not (word[:1].isupper() and word[1:].islower()):
        return False
    if word in _BEFORE_A_LEADER or _own_given_name(word, name):
        return False
    before = text[max(0, s - 3) : s].rstrip()
    return bool(before) and before[-1] not in ".!?:;\"“‘'([—–-\n"


def _own_given_name(word: str, name: str) -> bool:
    """The word is one of the leader's names, however spelt: "Francois" for François, "Yasir" for
    Yasser (the same first three letters, accents aside)."""
    folded = _fold(word)
    return any(folded[:3] == _fold(part)[:3] for part in name.split())


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def _actor_from_entry(text: str, start: int, end: int, entry: Entry) -> Actor:
    kind = {
        "country": "state",
        "capital": "state",
        "demonym": "state",
        "institution": "state",
        "leader": "person",
    }.get(entry.kind, entry.kind)
    role = {"capital": "capital", "demonym": "demonym", "agency": "agency"}.get(entry.kind)
    return Actor(
        text=text,
        start=start,
        end=end,
        name=entry.name,
        country=entry.code or None,
        sector=entry.sector,
        kind=kind,
        method=f"dictionary:{entry.kind}",
        score=0.9 if entry.kind in ("country", "leader", "group", "igo", "institution") else 0.8,
        role=role,
    )


@stage("actors.mentions.v1", requires=("text",), assigns=("actors",))
def mention_stage(story: Story) -> Story:
    """List every dictionary actor mention in the story (used by the classifier and geolocation)."""
    return dataclasses.replace(story, actors=find_mentions(story.text, story.published))


# ---------------------------------------------------------------------------- phrase resolution


GENERIC_ROLES = {
    "leader",
    "official",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "member",
    "head",
    "chief",
    "representative",
    "delegation",
    "side",
    "group",
    "wing",
    "source",
}


def role_sector(head_lemma: str, phrase_lower: str) -> str | None:
    """The sector a role noun gives: multi-word roles first ("riot police"), then the head lemma,
    then the most specific role word elsewhere in the phrase ("opposition leaders" -> OPP)."""
    words = sector_words()
    for multi in ("riot police", "security forces", "border guard", "air force", "asylum seeker"):
        if multi in phrase_lower and multi in words:
            return words[multi]
    head = head_lemma.lower()
    found = words.get(head)
    if found is not None and head not in GENERIC_ROLES:
        return found
    for w in reversed(re.findall(r"[a-z]+", phrase_lower)):
        for form in (w, w[:-1] if w.endswith("s") else w, w[:-2] if w.endswith("es") else w):
            sec = words.get(form)
            if sec is not None and (form not in GENERIC_ROLES or found is None):
                if sec != "GOV" or found is None:
                    return sec
    return found


def resolve_phrase(
    text: str,
    start: int,
    end: int,
    head_lemma: str,
    mentions: Sequence[Actor],
    person: tuple[int, int] | None = None,
) -> Actor | None:
    """Build one actor from a noun phrase ``text[start:end]`` whose head word has ``head_lemma``.

    ``mentions`` are the story's dictionary mentions; ``person`` is a PERSON entity span inside
    the phrase, if the parser found one.
    """
    inside = [m for m in mentions if m.start >= start and m.end <= end and m.role != "agency"]
    phrase = text[start:end]
    # role words inside a named mention ("African *Union*", "Workers' *Party*") are part of a name
    rest = phrase
    names = []
    for m in inside:
        if m.kind in ("igo", "group") or m.method.endswith("institution"):
            rest = rest.replace(m.text, " ")
            names.append(m.text.lower())
    head = head_lemma.lower()
    head_in_name = any(head in n for n in names) and head not in rest.lower()
    sector = role_sector("" if head_in_name else head_lemma, rest.lower())
    if not inside and sector is None and person is None:
        return None
    best = min(inside, key=lambda m: _mention_rank(m)) if inside else None
    name = None
    method = []
    country = best.country if best else None
    if best is not None:
        method.append(best.method)
        if best.kind == "person":
            name = best.name
        if best.sector == "PRE":
            sector = "PRE"
        elif best.kind in ("group", "igo") or best.method.endswith("institution"):
            sector = best.sector if sector is None or best.kind != "igo" else sector
        elif best.kind == "person" and sector is None:
            sector = "GOV"
    if person is not None and name is None:
        name = text[person[0] : person[1]]
        method.append("ner:PERSON")
    if sector is None:
        if best is not None and best.role == "demonym":
            head_is_demonym = head_lemma.lower() == best.text.lower().rstrip(
                "s"
            ) or best.text.lower().startswith(head_lemma.lower())
            sector = "CVL" if head_is_demonym and best.text.endswith("s") else "GOV"
        elif best is not None:
            sector = best.sector or "GOV"
    if sector is not None and best is None:
        method.append(f"role:{head_lemma.lower()}")
    if name is None:
        name = best.name if best is not None else phrase
    role = (
        "metonym"
        if best is not None and best.role == "capital" and (best.start, best.end) == (start, end)
        else None
    )
    return Actor(
        text=phrase,
        start=start,
        end=end,
        name=name,
        country=country,
        sector=sector,
        kind=best.kind if best else ("person" if person else "unknown"),
        method="+".join(method) or "role",
        score=(best.score if best else 0.5) * (1.0 if sector else 0.8),
        role=role,
    )


def _mention_rank(m: Actor) -> tuple[int, int]:
    order = {"person": 0, "group": 1, "igo": 1}
    if m.method.endswith("institution"):
        rank = 2
    elif m.role == "capital":
        rank = 4
    elif m.role == "demonym":
        rank = 5
    else:
        rank = order.get(m.kind, 3)
    return rank, m.start


# ------------------------------------------------------------------------------- coreference


class Coreference:
    """Resolves references to actors already seen in the story, in reading order."""

    def __init__(self) -> None:
        self.history: list[Actor] = []
        self.groups: list[tuple[Actor, ...]] = []  # actors that acted together ("Armenia and Azerbaijan")

    def remember_group(self, actors: Sequence[Actor]) -> None:
        by_country: dict[str, Actor] = {}
        for a in actors:
            if a.country and a.country not in by_country:
                by_country[a.country] = a
        if len(by_country) == 2:
            self.groups.append(tuple(by_country.values()))

    def remember(self, actors: Iterable[Actor]) -> None:
        for a in actors:
            if a.country or a.kind == "person":
                self.history.append(a)

    def resolve(self, phrase: str, start: int, end: int, head_lemma: str) -> list[Actor]:
        """Actors a pronoun or definite description refers to ("he", "the two leaders")."""
        low = phrase.lower().strip()
        if low in PRONOUNS_PERSON:
            for a in reversed(self.history):
                if a.kind == "person" and a.start < start:
                    return [self._as_reference(a, phrase, start, end, "coref:pronoun")]
            return []
        if GROUP_REFERENCES.fullmatch(low) or GROUP_REFERENCES.match(low):
            sector = role_sector(head_lemma, low)
            m = GROUP_REFERENCES.search(low)
            want = {"three": 3, "four": 4, "five": 5}.get((m.group("n") or "") if m else "", 2)
            if want == 2 and self.groups:
                return [
                    dataclasses.replace(
                        self._as_reference(a, phrase, start, end, "coref:group"),
                        sector=_group_sector(sector, a),
                    )
                    for a in self.groups[-1]
                ]
            seen: dict[str, Actor] = {}
            for a in reversed(self.history):
                if a.start < start and a.country and a.country not in seen:
                    seen[a.country] = a
                if len(seen) == want:
                    break
            if len(seen) == want:
                return [
                    dataclasses.replace(
                        self._as_reference(a, phrase, start, end, "coref:group"),
                        sector=_group_sector(sector, a),
                    )
                    for a in reversed(seen.values())
                ]
            return []
        if (
            low in ("they", "them")
            or low.startswith("the ")
            and head_lemma in ("president", "minister", "leader", "premier", "government", "country")
        ):
            for a in reversed(self.history):
                if a.start < start and a.country:
                    if head_lemma in ("president", "minister", "leader", "premier") and a.kind != "person":
                        continue
                    return [self._as_reference(a, phrase, start, end, f"coref:{head_lemma}")]
        return []

    def surname(self, word: str, start: int) -> Actor | None:
        """An earlier person of the story called by surname alone ("Salam" after "Nawaf Salam")."""
        for a in reversed(self.history):
            if a.kind == "person" and a.start < start and a.name.split()[-1] == word:
                return a
        return None

    @staticmethod
    def _as_reference(a: Actor, phrase: str, start: int, end: int, method: str) -> Actor:
        return dataclasses.replace(
            a, text=phrase, start=start, end=end, method=method, score=a.score * 0.8, role=None
        )


def _group_sector(role: str | None, actor: Actor) -> str:
    """ "the two sides" keeps each side's own sector; "the two governments" makes them GOV."""
    if role is None or role == "GOV" and actor.sector not in (None, "GOV"):
        return actor.sector or "GOV"
    return role


def person_span(doc: Any, offset: int, lo: int, hi: int) -> tuple[int, int] | None:
    """The first PERSON entity of a spaCy Doc inside story range [lo, hi), in story offsets."""
    for ent in doc.ents:
        s, e = offset + ent.start_char, offset + ent.end_char
        if ent.label_ == "PERSON" and s >= lo and e <= hi:
            return s, e
    return None
