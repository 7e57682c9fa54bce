"""The data types that flow through whimbrel, and nothing else.

Every record is a frozen dataclass of plain values with character offsets into ``Story.text``
(half-open ranges: ``text[start:end]`` is the evidence), so it pickles for Dask, serialises to
JSON and compares equal in golden tests.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

STATUSES = ("reported", "planned", "historical", "hypothetical", "negated")
#: the statuses of acts that are not the story's current news
NOT_CURRENT = frozenset(STATUSES) - {"reported"}


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range into ``Story.text``."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a field has its value: where in the text, which stage, which rule, how sure."""

    field: str
    start: int
    end: int
    text: str
    stage: str
    method: str
    score: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "stage": self.stage,
            "method": self.method,
            "score": self.score,
        }


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor mention: who, which country (ISO 3166-1 alpha-3 or an IGO code), which sector."""

    text: str
    start: int
    end: int
    name: str
    country: str | None = None
    sector: str | None = None
    kind: str = "state"  # state | igo | group | person | unknown
    method: str = ""
    score: float = 1.0
    role: str | None = None  # "metonym" for a capital standing for a government, "demonym", ...

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class Place:
    """A place mention resolved against the gazetteer (or left unresolved: geonameid None)."""

    text: str
    start: int
    end: int
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str = "city"  # country | admin1 | admin2 | city | region | point
    score: float = 0.0
    role: str | None = None  # "metonym" / "demonym": listed, never an event's place
    precision: str | None = None  # on an event's location: clause | sentence | narrative | dateline | ...

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "admin1": self.admin1,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
            "feature": self.feature,
            "precision": self.precision,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A temporal expression with a TimeML-style value resolved against the publication date."""

    text: str
    start: int
    end: int
    value: str  # "1998-08-07", "1998-10", "1998", "1998-W47", "P3D", "PAST_REF", ...
    precision: str | None = None  # day | week | month | year | duration | ref
    date: str | None = None  # first day covered, "YYYY-MM-DD", when the value is a calendar date
    date_end: str | None = None  # last day covered (ranges, months, years)
    kind: str = "DATE"  # DATE | DURATION | TIME | SET

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "precision": self.precision,
            "date": self.date,
            "date_end": self.date_end,
            "type": self.kind,
        }


@dataclass(frozen=True, slots=True)
class When:
    """An event's date: first day, last day, precision and the text it came from."""

    date: str | None
    date_end: str | None = None
    precision: str | None = None  # day | month | year
    text: str | None = None
    start: int | None = None
    end: int | None = None
    method: str = ""


@dataclass(frozen=True, slots=True)
class Count:
    """A casualty count with its qualifier range: "more than 200" -> low 200, high None, best 200."""

    low: int | None
    high: int | None
    best: int
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "low": self.low,
            "high": self.high,
            "best": self.best,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class Problem:
    """A data-level outcome on one story ("empty text", "stage failed"), not an exception."""

    code: str
    message: str
    stage: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    story_id: str
    sentence_index: int
    sentence: Span
    trigger: Span
    trigger_text: str
    event_type: str
    mode: str | None = None
    context: tuple[str, ...] = ()
    cameo: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    status: str = "reported"
    planned_type: str | None = None  # the act a planned event promises (PLOVER codes it AGREE)
    source: tuple[Actor, ...] = ()
    target: tuple[Actor, ...] = ()
    location: Place | None = None
    when: When | None = None
    dead: Count | None = None
    injured: Count | None = None
    reported_by: Actor | None = None
    confidence: float = 0.5
    evidence: tuple[Evidence, ...] = ()

    @property
    def id(self) -> str:
        raw = f"{self.story_id}:{self.trigger.start}:{self.trigger.end}:{self.event_type}"
        return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        when = self.when
        return {
            "id": self.id,
            "story_id": self.story_id,
            "event_type": self.event_type,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "status": self.status,
            "planned_type": self.planned_type,
            "source": [a.to_dict() for a in self.source],
            "target": [a.to_dict() for a in self.target],
            "location": self.location.to_dict() if self.location else None,
            "date": when.date if when else None,
            "date_end": when.date_end if when else None,
            "date_precision": when.precision if when else None,
            "date_text": when.text if when else None,
            "dead": self.dead.to_dict() if self.dead else None,
            "injured": self.injured.to_dict() if self.injured else None,
            "reported_by": self.reported_by.to_dict() if self.reported_by else None,
            "confidence": round(self.confidence, 3),
            "sentence": {
                "index": self.sentence_index,
                "start": self.sentence.start,
                "end": self.sentence.end,
            },
            "trigger": {"text": self.trigger_text, "start": self.trigger.start, "end": self.trigger.end},
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class Story:
    """The one record that flows through every stage. Stages return a new Story."""

    id: str
    text: str
    published: date | None = None
    url: str | None = None
    title: str | None = None
    source_name: str | None = None  # where the story was read from: "file.jsonl:12", "stdin"
    sentences: tuple[Span, ...] = ()
    actors: tuple[Actor, ...] = ()  # every actor mention found in the story
    places: tuple[Place, ...] = ()  # every place mention found in the story
    times: tuple[TimeExpr, ...] = ()  # every temporal expression found in the story
    events: tuple[Event, ...] = ()
    problems: tuple[Problem, ...] = ()
    # Transient parse (whimbrel.nlp.Parse): never compared, stored or pickled.
    doc: Any = field(default=None, compare=False, repr=False)

    def __getstate__(self) -> tuple[Any, ...]:
        return tuple(None if name == "doc" else getattr(self, name) for name in _STORY_FIELDS)

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        for name, value in zip(_STORY_FIELDS, state, strict=True):
            object.__setattr__(self, name, value)


_STORY_FIELDS = tuple(Story.__dataclass_fields__)
