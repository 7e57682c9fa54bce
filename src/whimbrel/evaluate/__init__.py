"""Gold-set scorers: each module's ``run(data, *, limit=None, errors=0) -> EvalResult``.

The scorers only call the pipeline; they never copy gold data into the project. Helpers shared by
the scorers live here and import nothing heavy (the pipeline is built on first use).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from ..types import Actor, Event, Problem, Story

if TYPE_CHECKING:
    from .base import EvalResult

log = logging.getLogger(__name__)

Coder = Callable[[Story], Story]

# Organisation codes whimbrel gives to intergovernmental bodies and NGOs (see data/groups.tsv).
ORG_CODES = frozenset(
    {
        "UNO", "EUR", "NAT", "AFU", "OSC", "ASE", "ARL", "ECW", "GCC", "CST", "SCO", "OIC", "IMF", "WBK",
        "ICC", "ICJ", "ICR", "SAD", "EAC", "IGD", "OAS", "CIS", "OPC", "COE", "AES", "NGO", "IGO",
    }
)


def get_coder(pipeline: Coder | None = None) -> Coder:
    """The pipeline to score: the one given (tests pass a fake), else the cached default pipeline."""
    if pipeline is not None:
        return pipeline
    from ..pipeline import default_pipeline

    return default_pipeline()


def code_one(coder: Coder, story_id: str, text: str, published: date | None = None) -> Story:
    """Code one gold item. A crash in the coder becomes a Problem on the story, so a set run goes on."""
    story = Story(id=story_id, text=text, published=published)
    try:
        return coder(story)
    except Exception as exc:  # scored as "no event"; the count is reported in the result's notes
        log.warning("coding %s failed: %s: %s", story_id, type(exc).__name__, exc)
        return Story(
            id=story_id, text=text, published=published,
            problems=(Problem("eval-crash", f"{type(exc).__name__}: {exc}", None),),
        )


def crashed(story: Story) -> bool:
    """Did coding this story raise, or did a pipeline stage fail on it (recorded as a Problem)?"""
    return any(p.code in ("eval-crash", "stage-failed") for p in story.problems)


def code_all(coder: Coder, items: Iterable[tuple[str, str, date | None]]) -> tuple[list[Story], str | None]:
    """Code every (id, text, published) gold item; also return a note counting the items on which
    the pipeline crashed or a stage failed (None when there were none)."""
    stories = [code_one(coder, sid, text, published) for sid, text, published in items]
    failures = sum(crashed(s) for s in stories)
    note = f"{failures} items hit a pipeline error (crash or failed stage)" if failures else None
    return stories, note


class GoldItem(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def text(self) -> str: ...


G = TypeVar("G", bound=GoldItem)


def code_and_score(
    gold: Sequence[G],
    score: Callable[..., EvalResult],
    *,
    errors: int = 0,
    pipeline: Coder | None = None,
    published: Callable[[G], date | None] = lambda g: None,
    pick: Callable[[tuple[Event, ...]], Any] = lambda events: events,
) -> EvalResult:
    """The shape every sentence- or article-level scorer shares: code each gold item (with its
    publication date), pair it with its events (or the one event ``pick`` chooses), score the pairs
    and note the items the pipeline failed on."""
    stories, note = code_all(get_coder(pipeline), ((g.id, g.text, published(g)) for g in gold))
    result = score([(g, pick(s.events)) for g, s in zip(gold, stories, strict=True)], errors=errors)
    if note:
        result.notes.append(note)
    return result


def best_event(events: Iterable[Event], types: Iterable[str] | None = None) -> Event | None:
    """The highest-confidence event (earliest trigger on ties), optionally among ``types`` only."""
    wanted = frozenset(types) if types is not None else None
    pool = [e for e in events if wanted is None or e.event_type in wanted]
    if not pool:
        return None
    return max(pool, key=lambda e: (e.confidence, -e.trigger.start))


def actor_label(actor: Actor) -> str:
    return f"{actor.text} [{actor.country or '-'}{'/' + actor.sector if actor.sector else ''}]"


def event_summary(event: Event | None, *, max_evidence: int = 8) -> dict[str, Any]:
    """What an error listing shows about a predicted event."""
    if event is None:
        return {"predicted": "NONE"}
    return {
        "predicted": event.event_type,
        "cameo": event.cameo,
        "mode": event.mode,
        "trigger": event.trigger_text,
        "confidence": round(event.confidence, 3),
        "source": [actor_label(a) for a in event.source],
        "target": [actor_label(a) for a in event.target],
        "evidence": [
            f"{e.field}: {e.text!r} ({e.stage}/{e.method}{'' if e.score is None else f' {e.score:.2f}'})"
            for e in event.evidence[:max_evidence]
        ],
    }


def thirds_accuracy(pairs: list[tuple[float, bool]]) -> tuple[tuple[float, int], tuple[float, int]]:
    """(accuracy, n) of the top third and the bottom third of ``(confidence, correct)`` pairs."""
    ranked = sorted(pairs, key=lambda p: p[0], reverse=True)
    k = len(ranked) // 3
    if k == 0:
        return (0.0, 0), (0.0, 0)
    top, bottom = ranked[:k], ranked[-k:]
    return (
        (sum(c for _, c in top) / k, k),
        (sum(c for _, c in bottom) / k, k),
    )
