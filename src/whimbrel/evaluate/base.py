"""Shared shapes for evaluation results: every gold-set scorer returns an ``EvalResult``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Measure:
    """One number: ``value`` in [0, 1] measured over ``n`` items, with the published anchor if any."""

    name: str  # e.g. "event_type.macro_f1", "place.recall", "acc@161km"
    value: float
    n: int
    anchor: str | None = None  # published score to compare against, as text ("CamCoder 0.82")

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "value": round(self.value, 4), "n": self.n, "anchor": self.anchor}


@dataclass
class EvalResult:
    dataset: str
    measures: list[Measure]
    confusion: dict[str, dict[str, int]] | None = None  # gold label -> predicted label -> count
    errors: list[dict[str, Any]] = field(default_factory=list)  # worst misses, with text and evidence
    notes: list[str] = field(default_factory=list)

    def measure(self, name: str) -> Measure:
        for m in self.measures:
            if m.name == name:
                return m
        raise KeyError(name)

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": self.dataset,
            "measures": [m.to_dict() for m in self.measures],
            "confusion": self.confusion,
            "errors": self.errors,
            "notes": self.notes,
        }


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1 (0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def ratio(name: str, hits: int, n: int, anchor: str | None = None) -> Measure:
    """A share as a Measure (0 when there is nothing to count)."""
    return Measure(name, hits / n if n else 0.0, n, anchor)
