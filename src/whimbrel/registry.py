"""Stage registry: ``@stage("name.v1", requires=..., assigns=...)``.

A stage is a callable ``Story -> Story``: either a function (optional keyword-only parameters) or a
class whose ``__init__`` stores keyword-only parameters, whose ``setup()`` loads heavy resources
once per process, and whose ``__call__`` codes one story. Stages never change their input.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from .errors import ConfigError
from .types import Story

# Modules that register stages when imported. Importing is deferred until a pipeline is built.
STAGE_MODULES = (
    "whimbrel.nlp",
    "whimbrel.actors",
    "whimbrel.classify",
    "whimbrel.dates",
    "whimbrel.casualties",
    "whimbrel.geolocate",
    "whimbrel.incidents",
)

# Names of the fields a stage may require or assign (``event.x`` for fields of each event).
KNOWN_FIELDS = frozenset(
    {
        "text",
        "doc",
        "sentences",
        "actors",
        "places",
        "times",
        "events",
        "event.source",
        "event.target",
        "event.status",
        "event.when",
        "event.dead",
        "event.injured",
        "event.location",
        "event.confidence",
    }
)


@dataclass(frozen=True)
class StageInfo:
    name: str
    factory: Callable[..., Any]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def build(self, **params: Any) -> Callable[[Story], Story]:
        """Return a ready callable, validating parameters against the factory's signature."""
        sig = inspect.signature(self.factory)
        kw = [p.name for p in sig.parameters.values() if p.kind is inspect.Parameter.KEYWORD_ONLY]
        unknown = sorted(set(params) - set(kw))
        if unknown:
            valid = ", ".join(kw) or "(none)"
            raise ConfigError(f"stage {self.name!r} has no parameter {', '.join(unknown)}; valid: {valid}")
        if inspect.isclass(self.factory):
            return cast(Callable[[Story], Story], self.factory(**params))
        func = self.factory

        def run(story: Story) -> Story:
            return func(story, **params)  # type: ignore[no-any-return]

        run.__name__ = self.name
        return run


class _Registry:
    def __init__(self) -> None:
        self._stages: dict[str, StageInfo] = {}
        self._loaded = False

    def add(self, info: StageInfo) -> None:
        self._stages[info.name] = info

    def load_all(self) -> None:
        if not self._loaded:
            for module in STAGE_MODULES:
                importlib.import_module(module)
            self._loaded = True

    def get(self, name: str) -> StageInfo:
        self.load_all()
        try:
            return self._stages[name]
        except KeyError:
            raise ConfigError(
                f"unknown stage {name!r}; registered stages: {', '.join(sorted(self._stages))}"
            ) from None

    def names(self) -> list[str]:
        self.load_all()
        return sorted(self._stages)


REGISTRY = _Registry()


def stage(
    name: str, *, requires: tuple[str, ...] = (), assigns: tuple[str, ...] = ()
) -> Callable[[Any], Any]:
    """Register a stage factory under a versioned name."""
    for f in (*requires, *assigns):
        if f not in KNOWN_FIELDS:
            raise ConfigError(
                f"stage {name!r} names unknown field {f!r}; known: {', '.join(sorted(KNOWN_FIELDS))}"
            )

    def deco(obj: Any) -> Any:
        REGISTRY.add(StageInfo(name, obj, tuple(requires), tuple(assigns)))
        obj.stage_name = name
        return obj

    return deco
