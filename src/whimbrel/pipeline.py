"""Build stages from a config, check requires/assigns, and run them over stories."""

from __future__ import annotations

import dataclasses
import functools
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from .errors import ConfigError, StageError, WhimbrelError
from .registry import REGISTRY, StageInfo
from .types import Problem, Story

log = logging.getLogger(__name__)

DEFAULT_STAGES: tuple[str, ...] = (
    "nlp.parse.v1",
    "actors.mentions.v1",
    "classify.events.v1",
    "dates.resolve.v1",
    "casualties.count.v1",
    "geolocate.gazetteer.v1",
    "incidents.merge.v1",
    "classify.finalize.v1",
)

ON_ERROR = ("record", "raise")


@dataclass(frozen=True)
class PipelineConfig:
    """What to run. ``params`` maps a stage name to its keyword parameters."""

    stages: tuple[str, ...] = DEFAULT_STAGES
    params: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    on_error: str = "record"


class Pipeline:
    """An ordered list of registered stages. Built once, then called on many stories.

    ``Pipeline()`` gives the default coder; ``Pipeline(model="en_core_web_md")`` changes the spaCy
    pipeline; ``Pipeline(config=PipelineConfig(stages=...))`` runs a custom list.
    """

    def __init__(
        self,
        config: PipelineConfig | None = None,
        *,
        model: str | None = None,
        on_error: str | None = None,
    ) -> None:
        config = config or PipelineConfig()
        if model is not None:
            params = {k: dict(v) for k, v in config.params.items()}
            params.setdefault("nlp.parse.v1", {})["model"] = model
            config = dataclasses.replace(config, params=params)
        if on_error is not None:
            config = dataclasses.replace(config, on_error=on_error)
        if config.on_error not in ON_ERROR:
            raise ConfigError(f"on_error must be one of {', '.join(ON_ERROR)}, not {config.on_error!r}")
        for name in config.params:
            if name not in config.stages:
                raise ConfigError(f"parameters given for stage {name!r}, which is not in the pipeline")
        self.config = config
        self.infos: list[StageInfo] = [REGISTRY.get(name) for name in config.stages]
        self._check_order()
        self.stages: list[Callable[[Story], Story]] = [
            info.build(**dict(config.params.get(info.name, {}))) for info in self.infos
        ]
        self._ready = False

    def _check_order(self) -> None:
        available = {"text"}
        for info in self.infos:
            missing = [r for r in info.requires if r not in available and r.split(".")[0] not in available]
            if missing:
                raise ConfigError(
                    f"stage {info.name!r} requires {', '.join(missing)}, which no earlier stage assigns"
                )
            available.update(info.assigns)
            available.update(a.split(".")[0] + "s" if a.startswith("event.") else a for a in info.assigns)

    def setup(self) -> None:
        """Load heavy resources (models, gazetteer) once; called automatically on first use."""
        if self._ready:
            return
        for st in self.stages:
            setup = getattr(st, "setup", None)
            if callable(setup):
                setup()
        self._ready = True

    def __call__(self, story: Story) -> Story:
        self.setup()
        for info, st in zip(self.infos, self.stages, strict=True):
            try:
                out = st(story)
            except WhimbrelError:
                raise
            except Exception as exc:  # a bug in one stage must not stop a corpus run
                if self.config.on_error == "raise":
                    raise
                log.warning("stage %s failed on story %s: %s", info.name, story.id, exc)
                out = dataclasses.replace(
                    story,
                    problems=story.problems
                    + (Problem("stage-failed", f"{type(exc).__name__}: {exc}", info.name),),
                )
            if not isinstance(out, Story):
                raise StageError(f"stage {info.name!r} returned {type(out).__name__}, not Story")
            story = out
        return dataclasses.replace(story, doc=None)

    def pipe(self, stories: Iterable[Story]) -> Iterator[Story]:
        for story in stories:
            yield self(story)


@functools.lru_cache(maxsize=4)
def default_pipeline(model: str | None = None) -> Pipeline:
    """A process-wide cached pipeline for the convenience API (one per model name)."""
    return Pipeline(model=model)
