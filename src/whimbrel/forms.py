"""An incident form: a monitor's record of one incident as labelled fields, one to a line.

    Date of incident: 28/10/2026
    Location: Kaya, Sanmatenga province - eastern outskirts
    Fatalities: 14 (11 civilians and 3 volunteers)
    Wounded: 6, evacuated to the regional hospital
    Narrative: Assailants approached the settlement before dawn ...

A form is three or more lines that open with a label and a colon, one of them a field of the toll or
of the place. The form tells one incident, so its fields are that incident's:

- the toll fields ("Killed:", "Fatalities:", "Deaths:", "Wounded:", "Persons injured:", "Bilan /
  Toll:", "Casualties - attackers:") give the form's incident its dead and injured (evidence method
  ``form-field``): a field of one kind gives its first figure, or the total it says ("2 villagers
  and 4 raiders (total 6)"), the people it then lists being those counted ("Killed: 2 (a vendor and
  a tourist)"); a field of both kinds ("Casualties: 2 conscripts killed, 3 wounded") is read as a
  sentence; the figures of several fields of a kind add up ("Security forces killed: 3",
  "Attackers killed: 2"), unless one says it is the total ("Total killed: 5");
- the place field ("Location:", "Where:", "Lieu / Location:", "City/commune:") places the acts that
  name no place of their own (``geolocate.gazetteer.v1``, precision ``form``);
- the date field ("When:", "Date of incident:", "Fecha / Date:"; not "Entry date:", "Logged:")
  dates them (``dates.resolve.v1``, evidence method ``form``).

The incident is the first current attack the form tells, else its first other violent act (a
raid); an act coded from a toll field's label ("Killed: 1 man") only when it tells no other. Acts
coded from a toll field's label keep no count of their own, and are dropped when they are left
with none.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .casualty_counts import find_counts
from .digests import INJURED, KILLED, PLACES
from .numbers import find_numbers
from .types import Count, Event, Evidence, Story

_CASUALTIES = "casualties.count.v1"

# a field's line: an optional bullet or bold marks, a label of up to five words, a colon, a value
_FIELD = re.compile(
    r"^[ \t]*(?:[-*•][ \t]+)?(?:\*\*)?(?P<label>[A-ZÀ-Þ][^\W\d][^:\n\d]{0,44}?)(?:\*\*)?[ \t]*:(?:\*\*)?"
    r"[ \t]*(?P<value>\S[^\n]*)$",
    re.MULTILINE,
)
# a label's words beyond a table header's (digests.KILLED, INJURED, PLACES[0]): French and Spanish
_DEAD = frozenset("fatality muertos muertes fallecidos morts tués tues".split())
_HURT = frozenset("blessés blesses heridos lesionados".split())
_BOTH = frozenset("casualties casualty toll bilan result resultado outcome balance".split())
_PLACE = frozenset("lieu lugar comuna municipio localidad localité localite township".split())
_NOT_PLACE = frozenset("date time source sources origin birth hospital".split())
_DATE = frozenset("date when day occurred fecha datum".split())
# the days a form was written, sent or entered, not the incident's: "Entry date:", "Logged:"
_NOT_DATE = frozenset(
    "entry entered logged log reporting report reported compiled sent transmis filed updated published "
    "birth".split()
)
_TOTAL = re.compile(r"(?i)\btotal\b")
# a value opening with its figure, not a time or a date: "2 - one officer ...", "7 (bus passengers)"
_LEAD_FIGURE = re.compile(r"\s*(\d{1,5})(?![\d:/.,]\d)\b")
# the figure a value says is the whole: "(total 6)", "4 in total", "total: 6"
_TOTAL_FIGURE = re.compile(r"(?i)\btotal\W{0,3}(\d{1,5})\b|\b(\d{1,5})\s+in\s+total\b")


@dataclass(frozen=True, slots=True)
class Field:
    label: str
    kind: str  # dead | injured | both | place | date | other
    start: int  # the value's span
    end: int
    line: int  # where the line starts


@functools.lru_cache(maxsize=256)
def find_fields(text: str) -> tuple[Field, ...]:
    """The form's fields, or () when the text holds no form (fewer than three labelled lines, or
    none of the toll or of the place)."""
    fields = tuple(
        Field(m.group("label"), _kind(m.group("label")), m.start("value"), m.end("value"), m.start())
        for m in _FIELD.finditer(text)
        if len(m.group("label").split()) <= 5
    )
    if len(fields) < 3 or all(f.kind == "other" for f in fields):
        return ()
    return fields


def _kind(label: str) -> str:
    words = set(re.findall(r"[^\W\d_]+", label.lower()))
    spaced = " ".join(words)
    dead = bool(words & _DEAD) or KILLED.search(spaced) is not None
    hurt = bool(words & _HURT) or INJURED.search(spaced) is not None
    if (dead and hurt) or words & _BOTH:
        return "both"
    if dead or hurt:
        return "dead" if dead else "injured"
    if (words & _PLACE or PLACES[0].search(spaced)) and not words & _NOT_PLACE:
        return "place"
    if words & _DATE and not words & _NOT_DATE:
        return "date"
    return "other"


def place_field(text: str) -> Field | None:
    """The form's first place field, if the text is a form."""
    return next((f for f in find_fields(text) if f.kind == "place"), None)


def date_field(text: str) -> Field | None:
    """The form's first field of the incident's day ("When: 17-02-2026", "Fecha / Date:"), if the
    text is a form."""
    return next((f for f in find_fields(text) if f.kind == "date"), None)


def _figure(text: str, f: Field) -> Count | None:
    """A one-kind field's figure: the total it says, else its first number."""
    value = text[f.start : f.end]
    total = _TOTAL_FIGURE.search(value)
    if total is not None:
        g = 1 if total.group(1) else 2
        s, e = f.start + total.start(g), f.start + total.end(g)
        n = int(total.group(g))
        return Count(n, n, n, text[s:e], s, e)
    lead = _LEAD_FIGURE.match(value)  # "2 - one police officer and one local resident"
    if lead is not None:
        n = int(lead.group(1))
        s, e = f.start + lead.start(1), f.start + lead.end(1)
        return Count(n, n, n, text[s:e], s, e) if n else None
    numbers = find_numbers(value, base=f.start)
    if not numbers or numbers[0].best < 1:
        return None
    ne = numbers[0]
    return Count(ne.low, ne.high, ne.best, text[ne.start : ne.end], ne.start, ne.end)


def field_tolls(text: str) -> dict[str, Count]:
    """The form's dead and injured."""
    out: dict[str, Count] = {}
    for kind in ("dead", "injured"):
        parts: list[Count] = []
        totals: list[Count] = []  # what a field labelled as the total gives ("Total killed: 5")
        for f in find_fields(text):
            if f.kind == kind and (got := _figure(text, f)) is not None:
                (totals if _TOTAL.search(f.label) else parts).append(got)
            elif f.kind == "both":
                parts.extend(
                    dataclasses.replace(m.count, text=text[m.count.start : m.count.end])
                    for m in find_counts(text[f.start : f.end], base=f.start)
                    if m.kind == kind and not m.subset
                )
        if totals or len(parts) == 1:
            out[kind] = (totals or parts)[0]
        elif parts:
            best = sum(c.best for c in parts)
            out[kind] = Count(best, best, best, parts[0].text, parts[0].start, parts[0].end)
    return out


def form_tolls(story: Story, events: Sequence[Event], eligible: frozenset[str]) -> list[Event]:
    """The form's figures on its incident; acts coded from a toll field's label keep none."""
    out = list(events)
    tolls = field_tolls(story.text)
    if not tolls:
        return out
    fields = [f for f in find_fields(story.text) if f.kind in ("dead", "injured", "both")]

    def in_field(at: int) -> bool:
        return any(f.line <= at < f.end for f in fields)

    def labelled(ev: Event) -> bool:  # coded from a toll field's label: "Killed: 1 man"
        return any(f.line <= ev.trigger.start < f.start for f in fields)

    acts = [
        k
        for k in sorted(range(len(out)), key=lambda k: out[k].trigger.start)
        if out[k].event_type in eligible and out[k].status == "reported"
    ]
    if not acts:
        return out
    told = [k for k in acts if not labelled(out[k])] or acts
    incident = next((k for k in told if out[k].event_type == "ASSAULT"), told[0])
    for k, ev in enumerate(out):
        updates: dict[str, Count | None] = {}
        evidence = list(ev.evidence)
        for kind in ("dead", "injured"):
            held: Count | None = getattr(ev, kind)
            if k == incident and kind in tolls:
                count = tolls[kind]
                updates[kind] = count
                evidence.append(Evidence(kind, count.start, count.end, count.text, _CASUALTIES, "form-field"))
            elif held is not None and k != incident and (labelled(ev) or in_field(held.start)):
                updates[kind] = None
                evidence.append(
                    Evidence(f"{kind}.repeat", held.start, held.end, held.text, _CASUALTIES, "form-field")
                )
        if updates:
            out[k] = dataclasses.replace(ev, evidence=tuple(evidence), **updates)  # type: ignore[arg-type]
    return [
        ev
        for k, ev in enumerate(out)
        if k == incident or not labelled(ev) or ev.dead is not None or ev.injured is not None
    ]
