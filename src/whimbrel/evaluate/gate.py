"""The evaluation gate: per-(set, measure) floors in ``eval/floors.json`` that may go up, never down.

    python -m whimbrel.evaluate.gate check [--data-root DIR] [--floors FILE] [--sets a,b] [--jobs N]
    python -m whimbrel.evaluate.gate raise [--data-root DIR] [--floors FILE] [--sets a,b] [--jobs N]
    python -m whimbrel.evaluate.gate set SET MEASURE VALUE [--floors FILE]
    whimbrel eval --gate [--data-root DIR]          (same as ``check``)

``check`` runs each set with the gate's limit (stored in the floors file, so check and raise score
the same items) and fails (exit 1) listing every measure more than ``tolerance`` (0.01) below its
floor, every floored measure that is missing, and every set that failed to run. ``raise`` runs the
same and writes floors where the measured value is higher (new measures get their value); it never
lowers one. ``set`` changes one floor by hand, and refuses to lower it.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import sys
from collections.abc import Iterable, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .base import EvalResult

log = logging.getLogger(__name__)

DEFAULT_FLOORS = "eval/floors.json"
TOLERANCE = 0.01
# Reported, never floored: with better-calibrated confidence the bottom third gets *less* accurate.
UNFLOORED = frozenset({"confidence.bottom_third_accuracy"})
# Items scored per set by the gate: whole sets up to a few hundred items, 300+ of the big ones.
GATE_LIMITS: dict[str, int | None] = {
    "plover-gsr": None,  # 322 sentences
    "petrarch": None,  # 78 sentences
    "indiapoliceevents": 400,  # stratified: 200 positive, 200 negative sentences
    "geoparsing": 100,  # per corpus: GeoVirus, TR-News and LGL, 300 articles
    "event-location": 300,
    "hrdsattack": None,  # 100 articles
    "timebank": None,  # 183 documents
}


@dataclass(frozen=True)
class Floors:
    floors: dict[str, dict[str, float]]  # set -> measure -> floor
    limits: dict[str, int | None]
    tolerance: float = TOLERANCE

    @classmethod
    def load(cls, path: Path) -> Floors:
        if not path.exists():
            return cls({}, dict(GATE_LIMITS))
        raw = json.loads(path.read_text(encoding="utf-8"))
        return cls(
            {s: {m: float(v) for m, v in ms.items()} for s, ms in raw.get("floors", {}).items()},
            {**GATE_LIMITS, **raw.get("limits", {})},
            float(raw.get("tolerance", TOLERANCE)),
        )

    def to_json(self, extra: Mapping[str, Any] | None = None) -> str:
        doc: dict[str, Any] = {
            "about": "Evaluation floors: `python -m whimbrel.evaluate.gate raise` raises them; "
            "nothing lowers them.",
            "tolerance": self.tolerance,
            "limits": self.limits,
            **(extra or {}),
            "floors": {s: dict(sorted(ms.items())) for s, ms in sorted(self.floors.items())},
        }
        return json.dumps(doc, indent=2) + "\n"


@dataclass(frozen=True)
class Finding:
    set: str
    measure: str
    floor: float | None
    value: float | None
    message: str


def floor_of(value: float) -> float:
    """A measured value as a floor: rounded down to 4 decimals so float noise never fails a rerun."""
    return math.floor(value * 10000 + 1e-9) / 10000


def compare(
    floors: Floors, results: Mapping[str, EvalResult | str], *, sets: Iterable[str] | None = None
) -> list[Finding]:
    """Every way ``results`` (set -> result, or a failed set's error text) falls below ``floors``."""
    failures = []
    for name in sets if sets is not None else sorted(floors.floors):
        wanted = floors.floors.get(name, {})
        res = results.get(name)
        if res is None:
            if wanted:
                failures.append(Finding(name, "*", None, None, "set was not run"))
            continue
        if isinstance(res, str):
            failures.append(Finding(name, "*", None, None, f"set failed: {res}"))
            continue
        values = {m.name: m.value for m in res.measures}
        for measure, floor in sorted(wanted.items()):
            if measure not in values:
                failures.append(Finding(name, measure, floor, None, "measure missing from the result"))
            elif values[measure] < floor - floors.tolerance:
                failures.append(Finding(
                    name, measure, floor, values[measure],
                    f"{values[measure]:.4f} is {floor - values[measure]:.4f} below the floor {floor:.4f}",
                ))
    return failures


def floored(measure: str, names: set[str]) -> bool:
    """Is this measure held by a floor? Not when lower can be better (calibration's bottom third), and
    not a precision or recall that has an F1 beside it: trading one for the other is a fair change."""
    if measure in UNFLOORED:
        return False
    for part in ("precision", "recall"):
        if measure.endswith(part) and measure[: -len(part)] + "f1" in names:
            return False
    return True


def raised(floors: Floors, results: Mapping[str, EvalResult | str]) -> tuple[Floors, list[str]]:
    """New floors: the higher of floor and measured value for every floored measure; never lower."""
    new = {s: dict(ms) for s, ms in floors.floors.items()}
    changes = []
    for name, res in sorted(results.items()):
        if isinstance(res, str):
            continue
        names = {m.name for m in res.measures}
        for m in res.measures:
            if not floored(m.name, names):
                continue
            value = floor_of(m.value)
            old = new.setdefault(name, {}).get(m.name)
            if old is None or value > old:
                new[name][m.name] = value
                changes.append(f"{name} {m.name}: {'new' if old is None else f'{old:.4f}'} -> {value:.4f}")
    return Floors(new, dict(floors.limits), floors.tolerance), changes


def set_floor(floors: Floors, set_name: str, measure: str, value: float) -> Floors:
    """One floor changed by hand; lowering one raises ``ValueError``."""
    old = floors.floors.get(set_name, {}).get(measure)
    if old is not None and value < old:
        raise ValueError(
            f"refused: floors only go up ({set_name} {measure} is {old:.4f}; asked for {value:.4f})"
        )
    new = {s: dict(ms) for s, ms in floors.floors.items()}
    new.setdefault(set_name, {})[measure] = value
    return Floors(new, dict(floors.limits), floors.tolerance)


# ---------------------------------------------------------------- running


def _run_one(name: str, data_root: str, limit: int | None) -> tuple[str, EvalResult | str, float]:
    from .cli import SETS, run_set

    es = SETS[name]
    path = Path(data_root) / es.path
    if not path.exists():
        return name, f"data not found: {path}", 0.0
    run = run_set(es, path, limit=limit)
    return name, (run.result if run.result is not None else run.error or "no result"), run.seconds


def run_sets(
    names: list[str], data_root: str, limits: Mapping[str, int | None], *, jobs: int = 1
) -> tuple[dict[str, EvalResult | str], dict[str, float]]:
    results: dict[str, EvalResult | str] = {}
    seconds: dict[str, float] = {}
    if jobs <= 1:
        outs = [_run_one(n, data_root, limits.get(n)) for n in names]
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            outs = list(pool.map(_run_one, names, [data_root] * len(names), [limits.get(n) for n in names]))
    for name, res, secs in outs:
        results[name] = res
        seconds[name] = secs
    return results, seconds


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:
        raise ValueError(message)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="python -m whimbrel.evaluate.gate", description=__doc__.split("\n\n")[0])
    p.add_argument("action", choices=("check", "raise", "set"))
    p.add_argument("args", nargs="*", help="for set: SET MEASURE VALUE")
    p.add_argument("--data-root", default="../shared/eval", metavar="DIR")
    p.add_argument("--floors", default=DEFAULT_FLOORS, metavar="FILE")
    p.add_argument("--sets", metavar="A,B", help="only these sets (default: every set)")
    p.add_argument("--jobs", type=int, default=1, metavar="N", help="sets run in N processes at once")
    return p


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as exc:  # --help
        return int(exc.code or 0)
    except ValueError as err:
        sys.stderr.write(f"whimbrel gate: {err}\n")
        return 2
    from .cli import SETS, git_commit

    path = Path(args.floors)
    try:
        floors = Floors.load(path)
    except (OSError, ValueError) as err:
        sys.stderr.write(f"whimbrel gate: cannot read {path}: {err}\n")
        return 2
    if args.action == "set":
        if len(args.args) != 3:
            sys.stderr.write("whimbrel gate: set takes SET MEASURE VALUE\n")
            return 2
        try:
            floors = set_floor(floors, args.args[0], args.args[1], float(args.args[2]))
        except ValueError as err:
            sys.stderr.write(f"whimbrel gate: {err}\n")
            return 1
        path.write_text(floors.to_json(), encoding="utf-8")
        return 0
    if args.args:
        sys.stderr.write(f"whimbrel gate: {args.action} takes no positional arguments\n")
        return 2
    names = args.sets.split(",") if args.sets else list(SETS)
    unknown = [n for n in names if n not in SETS]
    if unknown:
        sys.stderr.write(f"whimbrel gate: unknown set {', '.join(unknown)}; valid: {', '.join(SETS)}\n")
        return 2
    if not Path(args.data_root).is_dir():
        sys.stderr.write(f"whimbrel gate: data root not found: {args.data_root}\n")
        return 2
    results, seconds = run_sets(names, args.data_root, floors.limits, jobs=args.jobs)
    for name in names:
        res = results[name]
        wanted = floors.floors.get(name, {})
        sys.stdout.write(f"== {name} ({seconds[name]:.1f}s, limit {floors.limits.get(name) or 'all'})\n")
        if isinstance(res, str):
            sys.stdout.write(f"   ERROR {res}\n")
            continue
        for m in res.measures:
            fl = wanted.get(m.name)
            mark = "" if fl is None else ("  BELOW" if m.value < fl - floors.tolerance else "  ok")
            shown = "-" if fl is None else f"{fl:.4f}"
            sys.stdout.write(f"   {m.name:<45} {m.value:.4f}  floor {shown}{mark}\n")
    sys.stdout.write(f"total {sum(seconds.values()):.1f}s of scoring\n")
    if args.action == "check":
        failures = compare(floors, results, sets=names)
        for f in failures:
            sys.stderr.write(f"whimbrel gate: FAIL {f.set} {f.measure}: {f.message}\n")
        if failures:
            return 1
        sys.stdout.write("gate passed\n")
        return 0
    new, changes = raised(floors, results)
    for c in changes:
        sys.stdout.write(f"raised {c}\n")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(new.to_json({"measured_at_commit": git_commit()}), encoding="utf-8")
    sys.stdout.write(f"wrote {path} ({len(changes)} floors raised or added)\n")
    failed = [n for n, r in results.items() if isinstance(r, str)]
    return 1 if failed else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
