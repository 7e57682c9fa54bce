"""A data desk's digest of incidents: a Markdown table, or a list whose items open with a date and
a place.

    | Date     | Municipality | Incident              | Killed | Injured |
    |---|---|---|---|---|
    | 8 August | Choloma      | Gunmen fire on a bus  | 3      | 1       |

Each row with a figure in a column of the killed or of the injured is one incident: its date is the
date column's, its place the place column's, its toll the figures' (evidence method ``table-row``).
The stages read this module: ``classify.events.v1`` codes a row no trigger word tells (an attack
whose trigger is the row's incident cell, else its killed cell), ``casualties.count.v1`` gives the
row's first attack the row's figures and ``geolocate.gazetteer.v1`` its place. A header's cells
name columns, not places.

A table is three or more lines that start with "|": a header, a separator of dashes ("|---|:--:|")
and rows with as many cells as the header.

A list item ("- **13 February, near Zégoua:** gunmen stop a bus ...", "- 2 June — Bannu: ...") opens
with a bullet, a date and the place of its incident, closed by a colon or a dash:
``geolocate.gazetteer.v1`` places the item's acts there (:func:`item_place`), and ``dates.resolve.v1``
reads a date that opens an entry as past (:func:`opens_entry`).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .ontology import goldstein, quad_class
from .types import Count, Event, Evidence, Span, Story

# a row's attack when no word of it tells one: CAMEO 180, unconventional violence not specified
_ROW_CAMEO = "180"
_CLASSIFY = "classify.events.v1"
_CASUALTIES = "casualties.count.v1"

# what a column holds, by the words of its header (an incident form's labels too: forms.py)
KILLED = re.compile(r"(?i)\b(?:killed|dead|deaths?|fatalities|died|deceased)\b")
INJURED = re.compile(r"(?i)\b(?:injured|wounded|hurt|injuries)\b")
_DATE = re.compile(r"(?i)^\W*(?:date|day|when)\b")
# place columns, most specific first: a row's place is the most specific one that names a place
PLACES = (
    re.compile(r"(?i)\b(?:place|town|city|village|locality|location|municipality|where|site|commune)\b"),
    re.compile(r"(?i)\b(?:district|county|township|area|lga|municipio)\b"),
    re.compile(r"(?i)\b(?:department|province|state|region|governorate|prefecture)\b"),
)
_INCIDENT = re.compile(r"(?i)\b(?:incident|event|what|description|attack|details|type|weapon)\b")
_SEPARATOR = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*")
# a cell's figure, alone or before who they were: "4", "4 (2 police officers, 2 civilians)"
_FIGURE = re.compile(r"(\d{1,5})(?:\s*\(.*\))?\s*$")


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Row:
    """An incident row: its span and its cells by role (None when the table has no such column)."""

    start: int
    end: int
    killed: Cell | None
    injured: Cell | None
    date: Cell | None
    places: tuple[Cell, ...]  # the place cells, most specific first
    incident: Cell | None

    def figure(self, kind: str) -> int | None:
        """The row's figure of ``kind`` ("dead" or "injured"), or None."""
        cell = self.killed if kind == "dead" else self.injured
        figure = _FIGURE.match(cell.text) if cell is not None else None
        return int(figure.group(1)) if figure is not None else None


@dataclass(frozen=True, slots=True)
class Table:
    header: tuple[Cell, ...]
    start: int  # the header's line
    head_end: int  # the end of the separator line
    rows: tuple[Row, ...]


def _cells(text: str, start: int, end: int) -> list[Cell]:
    line = text[start:end]
    inner_start = start + (len(line) - len(line.lstrip()))
    body = text[inner_start:end].rstrip()
    offset = inner_start
    if body.startswith("|"):
        body, offset = body[1:], offset + 1
    if body.endswith("|"):
        body = body[:-1]
    out, at = [], offset
    for part in body.split("|"):
        lead = len(part) - len(part.lstrip())
        out.append(Cell(part.strip(), at + lead, at + lead + len(part.strip())))
        at += len(part) + 1
    return out


def _lines(text: str) -> list[tuple[int, int]]:
    out, at = [], 0
    for line in text.split("\n"):
        out.append((at, at + len(line)))
        at += len(line) + 1
    return out


@functools.lru_cache(maxsize=32)
def find_tables(text: str) -> tuple[Table, ...]:
    """The incident tables of ``text``: those with a column of the killed or of the injured."""
    if "|" not in text:
        return ()
    lines = _lines(text)
    tables: list[Table] = []
    k = 0
    while k + 2 < len(lines):
        s, e = lines[k]
        sep = lines[k + 1]
        if not text[s:e].lstrip().startswith("|") or not _SEPARATOR.fullmatch(text, sep[0], sep[1]):
            k += 1
            continue
        header = _cells(text, s, e)
        rows_at = k + 2
        while rows_at < len(lines) and text[lines[rows_at][0] : lines[rows_at][1]].lstrip().startswith("|"):
            rows_at += 1
        table = _read(text, header, lines[k + 2 : rows_at], s, sep[1])
        if table is not None:
            tables.append(table)
        k = rows_at
    return tuple(tables)


def _read(
    text: str, header: list[Cell], lines: list[tuple[int, int]], start: int, head_end: int
) -> Table | None:
    taken: set[int] = set()

    def take(pattern: re.Pattern[str]) -> int | None:
        """The first column not yet taken whose header the pattern finds; taken from now on."""
        col = next((i for i, c in enumerate(header) if i not in taken and pattern.search(c.text)), None)
        if col is not None:
            taken.add(col)
        return col

    killed, injured = take(KILLED), take(INJURED)
    if killed is None and injured is None:
        return None
    date = take(_DATE)
    places = [col for col in (take(p) for p in PLACES) if col is not None]
    incident = take(_INCIDENT)
    rows = []
    for s, e in lines:
        cells = _cells(text, s, e)
        if len(cells) != len(header):
            continue

        def at(col: int | None, cells: list[Cell] = cells) -> Cell | None:
            return cells[col] if col is not None and cells[col].text else None

        rows.append(
            Row(
                s,
                e,
                at(killed),
                at(injured),
                at(date),
                tuple(c for c in (at(p) for p in places) if c is not None),
                at(incident),
            )
        )
    return Table(tuple(header), start, head_end, tuple(rows))


def row_at(text: str, offset: int) -> Row | None:
    """The incident row holding character ``offset``, if any."""
    for table in find_tables(text):
        for row in table.rows:
            if row.start <= offset < row.end:
                return row
    return None


def in_table_head(text: str, offset: int) -> bool:
    """The offset lies in a table's header or separator line: a column's name, no place or act."""
    return any(t.start <= offset < t.head_end for t in find_tables(text))


def row_events(
    story: Story, sentences: Sequence[Span], events: Sequence[Event], eligible: set[str]
) -> list[Event]:
    """Attacks for the incident rows with a toll that no event of ``events`` (of a type in
    ``eligible``) lies in: the trigger is the row's incident cell, else its killed or injured cell."""
    out: list[Event] = []
    for table in find_tables(story.text):
        for row in table.rows:
            if not (row.figure("dead") or row.figure("injured")):
                continue
            if any(e.event_type in eligible and row.start <= e.trigger.start < row.end for e in events):
                continue
            cell = row.incident or (row.killed if row.figure("dead") else row.injured)
            index = next((i for i, s in enumerate(sentences) if s.start <= row.start < s.end), None)
            if cell is None or index is None:
                continue
            sent = sentences[index]
            out.append(
                Event(
                    story_id=story.id,
                    sentence_index=index,
                    sentence=Span(sent.start, sent.end),
                    trigger=Span(cell.start, cell.end),
                    trigger_text=cell.text,
                    event_type="ASSAULT",
                    cameo=_ROW_CAMEO,
                    quad_class=quad_class("ASSAULT"),
                    goldstein=goldstein(_ROW_CAMEO, "ASSAULT"),
                    confidence=0.5,
                    evidence=(
                        Evidence("event_type", cell.start, cell.end, cell.text, _CLASSIFY, "table-row"),
                    ),
                )
            )
    return out


def row_tolls(story: Story, events: Sequence[Event], eligible: set[str]) -> list[Event]:
    """The row's figures on the first event of a type in ``eligible`` that lies in each incident row
    (a figure of 0 is no toll); the row's other events keep none, the row telling one incident."""
    out = list(events)
    for table in find_tables(story.text):
        for row in table.rows:
            inside = [
                k
                for k, e in enumerate(out)
                if e.event_type in eligible and row.start <= e.trigger.start < row.end
            ]
            for n, k in enumerate(inside):
                ev, given, evidence = out[k], dict[str, Any](), list(out[k].evidence)
                for kind, cell in (("dead", row.killed), ("injured", row.injured)):
                    figure = row.figure(kind)
                    if n or figure is None or cell is None or figure == 0:
                        given[kind] = None
                        continue
                    given[kind] = Count(figure, figure, figure, cell.text, cell.start, cell.end)
                    evidence.append(Evidence(kind, cell.start, cell.end, cell.text, _CASUALTIES, "table-row"))
                out[k] = dataclasses.replace(ev, evidence=tuple(evidence), **given)
    return out


# what may stand before an entry's first word on its line: a bullet or a table's bar, bold marks
_ENTRY_HEAD = re.compile(r"[ \t]*(?:[-*•–—]+[ \t]+|\|[ \t]*)?(?:\*\*|__)?[ \t]*")


def opens_entry(text: str, start: int) -> bool:
    """The words at ``start`` open an item of a list or a row of a table ("- **13 February, near
    Zégoua:** ...", "| 28 June | Nikopol |"): a bullet or a table's bar before them on their line,
    and nothing else but bold marks."""
    line = text.rfind("\n", 0, start) + 1
    if _ENTRY_HEAD.fullmatch(text, line, start) is None:
        return False
    return text[line:start].strip()[:1] in ("-", "*", "•", "–", "—", "|")


# an item's head: a bullet, bold marks, a date (digits and month or weekday words), "near", then
# the place up to a bracket, a type word, a colon or a dash: "- **2 March, near Bhamo:**"
_MONTHS = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?"
)
_ITEM_HEAD = re.compile(
    r"[ \t]*[-*•–—][ \t]+(?:\*\*|__)?[ \t]*"
    rf"(?:(?:\d{{1,4}}|{_MONTHS})[ \t,./-]*){{1,4}}[ \t]*[,—–-]?[ \t]*"
    r"(?:(?:near|outside|in)[ \t]+)?"
    r"(?P<place>[^\W\d_][^:()\n—–*]{0,40}?)"
    r"(?:[ \t]+(?:area|district|town|township|region|province|county|municipality))?"
    r"[ \t]*(?:\([^()\n]{0,40}\))?[ \t]*(?:\*\*|__)?[ \t]*(?::|[—–]|[ \t]-[ \t])",
    re.IGNORECASE,
)


def item_place(text: str, offset: int) -> Cell | None:
    """The place heading the list item whose line holds ``offset`` ("- **13 February, near Zégoua:**
    gunmen stop a bus": Zégoua), when the offset comes after that head."""
    line = text.rfind("\n", 0, offset) + 1
    m = _ITEM_HEAD.match(text, line)
    if m is None or offset < m.end():
        return None
    name = m.group("place").strip()
    return Cell(name, m.start("place"), m.start("place") + len(name))
