"""The command line: a thin layer over the library.

Exit codes: 0 every story was coded; 1 some inputs were skipped (each named on stderr); 2 usage
error (bad option, unknown model). Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import IO, Any

from . import __version__
from .errors import ConfigError, IngestError, ResourceError, WhimbrelError
from .ingest import DEFAULT_MAX_BYTES, read_inputs
from .types import Story

FORMATS = ("jsonl", "json", "tsv")
TSV_FIELDS = (
    "story_id",
    "event_type",
    "mode",
    "cameo",
    "quad_class",
    "goldstein",
    "status",
    "source",
    "target",
    "location",
    "date",
    "dead",
    "injured",
    "confidence",
    "trigger",
)


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {value!r}") from None


def _add_input_args(p: argparse.ArgumentParser, formats: tuple[str, ...] = FORMATS) -> None:
    p.add_argument(
        "paths", nargs="+", metavar="PATH", help="text file, JSONL corpus (*.jsonl), or - for stdin"
    )
    p.add_argument(
        "--published",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="publication date for stories that do not carry one",
    )
    p.add_argument("--format", choices=formats, default="jsonl", help="output format (default jsonl)")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    p.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"skip stories larger than N bytes (default {DEFAULT_MAX_BYTES:,})",
    )
    p.add_argument("--model", metavar="NAME", help="spaCy pipeline to use (package name or path)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="whimbrel",
        description="Code political events in news stories: who did what to whom, when, where, "
        "how many were killed or hurt, and on what evidence.",
    )
    parser.add_argument("--version", action="version", version=f"whimbrel {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress and stage problems")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("code", help="code events (one JSON object per event)")
    _add_input_args(p)
    p.add_argument(
        "--progress",
        choices=("auto", "always", "never"),
        default="auto",
        help="progress bar on stderr (auto: only when stderr is a terminal)",
    )

    p = sub.add_parser("places", help="list place mentions resolved against the offline gazetteer")
    _add_input_args(p, ("jsonl", "json"))

    p = sub.add_parser("dates", help="list temporal expressions resolved against the publication date")
    _add_input_args(p, ("jsonl", "json"))

    p = sub.add_parser("eval", help="score whimbrel on a gold set (see `whimbrel eval -h`)", add_help=False)
    p.add_argument("rest", nargs=argparse.REMAINDER)

    sub.add_parser("setup", help="build local resources (gazetteer) ahead of the first run")
    sub.add_parser("stages", help="list the registered pipeline stages")
    return parser


class Writer:
    """Writes records as JSONL, a JSON array, or TSV."""

    def __init__(self, out: IO[str], fmt: str) -> None:
        self.out = out
        self.fmt = fmt
        self.count = 0
        if fmt == "tsv":
            out.write("\t".join(TSV_FIELDS) + "\n")
        elif fmt == "json":
            out.write("[")

    def write(self, record: dict[str, Any]) -> None:
        if self.fmt == "jsonl":
            self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif self.fmt == "json":
            self.out.write(("," if self.count else "") + "\n" + json.dumps(record, ensure_ascii=False))
        else:
            self.out.write("\t".join(_tsv_cell(record, f) for f in TSV_FIELDS) + "\n")
        self.count += 1
        self.out.flush()

    def close(self) -> None:
        if self.fmt == "json":
            self.out.write("\n]\n" if self.count else "]\n")
        self.out.flush()


def _tsv_cell(record: dict[str, Any], name: str) -> str:
    value = record.get(name)
    if name in ("source", "target"):
        return ";".join(
            f"{a.get('country') or ''}{a.get('sector') or ''}:{a.get('name')}" for a in value or []
        )
    if name == "location":
        return (value or {}).get("name") or ""
    if name in ("dead", "injured"):
        return "" if value is None else str(value.get("best"))
    if name == "trigger":
        return (value or {}).get("text") or ""
    return "" if value is None else str(value).replace("\t", " ")


class Progress:
    """A minimal progress line on stderr (stories done, events found)."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.stories = 0
        self.events = 0

    def tick(self, events: int) -> None:
        self.stories += 1
        self.events += events
        if self.enabled:
            sys.stderr.write(f"\rwhimbrel: {self.stories} stories, {self.events} events")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled and self.stories:
            sys.stderr.write("\n")


def _report(err: IngestError) -> None:
    sys.stderr.write(
        f"whimbrel: skipped {err.source}{'' if err.line is None else f':{err.line}'}: {err.reason}\n"
    )


def _stories(args: argparse.Namespace, skipped: list[IngestError]) -> Iterator[Story]:
    for item in read_inputs(args.paths, published=args.published, max_bytes=args.max_bytes):
        if isinstance(item, IngestError):
            _report(item)
            skipped.append(item)
        else:
            yield item


def _run_records(
    args: argparse.Namespace,
    records_of: Callable[[Story], Iterable[dict[str, Any]]],
    progress: Progress | None,
) -> int:
    skipped: list[IngestError] = []
    out: IO[str]
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    writer = Writer(out, args.format)
    try:
        for story in _stories(args, skipped):
            try:
                records = list(records_of(story))
            except (ConfigError, ResourceError):
                raise
            except Exception as exc:  # one bad story never stops the others
                logging.getLogger("whimbrel").debug("story failed", exc_info=True)
                sys.stderr.write(
                    f"whimbrel: skipped {story.source_name or story.id}: {type(exc).__name__}: {exc}\n"
                )
                skipped.append(IngestError(str(exc), source=story.source_name or story.id))
                continue
            for rec in records:
                writer.write(rec)
            if progress:
                progress.tick(len(records))
    finally:
        writer.close()
        if progress:
            progress.close()
        if args.output:
            out.close()
    return 1 if skipped else 0


def cmd_code(args: argparse.Namespace) -> int:
    from .pipeline import Pipeline

    pipeline = Pipeline(model=args.model)
    pipeline.setup()
    show = args.progress == "always" or (args.progress == "auto" and sys.stderr.isatty())

    def records(story: Story) -> Iterator[dict[str, Any]]:
        coded = pipeline(story)
        for problem in coded.problems:
            sys.stderr.write(
                f"whimbrel: {story.source_name or story.id}: {problem.stage}: {problem.message}\n"
            )
        return (e.to_dict() for e in coded.events)

    return _run_records(args, records, Progress(show))


def cmd_places(args: argparse.Namespace) -> int:
    from .places import find_places

    def records(story: Story) -> Iterator[dict[str, Any]]:
        for place in find_places(story):
            yield {"story_id": story.id, **place.to_dict(), "score": place.score, "role": place.role}

    return _run_records(args, records, None)


def cmd_dates(args: argparse.Namespace) -> int:
    from .dates import find_times

    def records(story: Story) -> Iterator[dict[str, Any]]:
        for t in find_times(story.text, story.published):
            yield {"story_id": story.id, **t.to_dict()}

    return _run_records(args, records, None)


def cmd_setup(args: argparse.Namespace) -> int:
    from .pipeline import Pipeline

    Pipeline().setup()
    sys.stderr.write("whimbrel: resources ready\n")
    return 0


def cmd_stages(args: argparse.Namespace) -> int:
    from .registry import REGISTRY

    for name in REGISTRY.names():
        info = REGISTRY.get(name)
        print(f"{name}\trequires={','.join(info.requires)}\tassigns={','.join(info.assigns)}")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate.cli import main as eval_main

    return eval_main(args.rest)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "code": cmd_code,
    "places": cmd_places,
    "dates": cmd_dates,
    "eval": cmd_eval,
    "setup": cmd_setup,
    "stages": cmd_stages,
}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["eval"]:  # `whimbrel eval` has its own options (see whimbrel.evaluate.cli)
        from .evaluate.cli import main as eval_main

        return eval_main(argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="whimbrel: %(message)s"
    )
    if not args.command:
        parser.print_help(sys.stderr)
        return 2
    try:
        return COMMANDS[args.command](args)
    except (ConfigError, ResourceError) as err:
        sys.stderr.write(f"whimbrel: {err}\n")
        return 2
    except WhimbrelError as err:
        sys.stderr.write(f"whimbrel: {err}\n")
        return 1
    except BrokenPipeError:  # the reader went away ("| head"): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as err:
        sys.stderr.write(f"whimbrel: {err.filename or ''}: {err.strerror}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write("whimbrel: interrupted\n")
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
