"""Golden-story checks shared by the event tests: ``expect`` events must appear with the listed
fields (``dead``/``injured`` as the best count, ``location`` as the place's words in the story, put
on the map, ``near`` as [lat, lon] its point lies within 50 km of, ``country`` as that place's ISO-3
code), ``forbid`` triggers must not be coded (with the given type, when one is named)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml

from whimbrel.places_rank import km_between
from whimbrel.types import Actor, Event, Story

GOLDEN = Path(__file__).parent / "golden" / "events"


def load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    pub = data.get("published")
    data["published"] = pub if isinstance(pub, date) or pub is None else date.fromisoformat(str(pub))
    return data


def story_of(data: dict[str, Any], story_id: str) -> Story:
    return Story(id=story_id, text=data["text"], published=data["published"])


def _actor_ok(want: dict[str, Any], actors: tuple[Actor, ...]) -> bool:
    for a in actors:
        if all(str(getattr(a, k)) == str(v) for k, v in want.items()):
            return True
    return False


def check_expect(want: dict[str, Any], events: tuple[Event, ...]) -> list[str]:
    """Problems with one expected event (empty list = found and right)."""
    cands = [e for e in events if e.trigger_text == want["trigger"]]
    if not cands:
        return [f"no event with trigger {want['trigger']!r} (have {[e.trigger_text for e in events]})"]
    best: list[str] | None = None
    for e in cands:
        problems = []
        for key, value in want.items():
            if key == "trigger":
                continue
            if key in ("source", "target"):
                for actor in value:
                    if not _actor_ok(actor, getattr(e, key)):
                        got = [(a.name, a.country, a.sector) for a in getattr(e, key)]
                        problems.append(f"{want['trigger']}: {key} lacks {actor} (got {got})")
            elif key == "reported_by":
                got_name = e.reported_by.name if e.reported_by else None
                if got_name != value:
                    problems.append(f"{want['trigger']}: reported_by {got_name!r} != {value!r}")
            elif key in ("date", "date_end"):
                got_date = getattr(e.when, key) if e.when is not None else None
                if got_date != str(value):
                    problems.append(f"{want['trigger']}: {key} {got_date!r} != {value!r}")
            elif key == "location":  # the place as the story names it, put on the map
                loc = e.location
                if loc is None or loc.text != value or loc.lat is None:
                    got_place = (loc.text, loc.lat) if loc is not None else None
                    problems.append(f"{want['trigger']}: location {got_place!r} != {value!r} on the map")
            elif key == "near":  # the place's point lies within 50 km of [lat, lon]
                loc = e.location
                far = loc is None or loc.lat is None or loc.lon is None
                if far or km_between(loc.lat or 0.0, loc.lon or 0.0, float(value[0]), float(value[1])) > 50:
                    got_point = (loc.lat, loc.lon) if loc is not None else None
                    problems.append(f"{want['trigger']}: point {got_point!r} not within 50 km of {value!r}")
            elif key == "country":  # the ISO-3 country of the event's place
                got_country = e.location.country if e.location is not None else None
                if got_country != value:
                    problems.append(f"{want['trigger']}: country {got_country!r} != {value!r}")
            elif key in ("dead", "injured"):
                count = getattr(e, key)
                if (count.best if count is not None else None) != value:
                    problems.append(f"{want['trigger']}: {key} {count!r} != {value!r}")
            else:
                got = getattr(e, key)
                if str(got) != str(value):
                    problems.append(f"{want['trigger']}: {key} {got!r} != {value!r}")
        if not problems:
            return []
        if best is None or len(problems) < len(best):
            best = problems
    return best or []


def check_forbid(rule: dict[str, Any], events: tuple[Event, ...]) -> list[str]:
    bad = [
        e
        for e in events
        if e.trigger_text == rule["trigger"]
        and ("event_type" not in rule or e.event_type == rule["event_type"])
    ]
    return [f"forbidden event coded: {rule} -> {[(e.event_type, e.status) for e in bad]}"] if bad else []
