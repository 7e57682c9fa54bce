"""A web page's furniture saved with a story's body by a scraper: links to other stories ("Read more:
Seven dead in Qena vendetta shootout", the items under "RELATED STORIES"), navigation bars ("Home |
Sudan | Africa", "Home > Regional > Maluku"), and notices ("Advertisement", "Share this article", "We
use cookies ...", "Subscribe now for $1 a week").

A link's headline tells another story: its events and its toll are not this story's. A bar or a
notice tells nothing. :func:`in_furniture` says whether an offset lies in such a line;
:func:`body_start` where the story's body begins after the page's head (its bars, notices, bylines and
time stamps), so that a dateline is read there.
"""

from __future__ import annotations

import re

__all__ = ["body_start", "in_furniture"]

# a link to another story: "Read more: ...", "Also read - ...", "RELATED: ...", "You may be interested in:"
_LINK = re.compile(
    r"[ \t]*(?i:read\s+more|read\s+also|also\s+read|see\s+also|related(?:\s+(?:stories|articles|news))?"
    r"|more\s+news|more\s+on\s+this(?:\s+story)?|you\s+may\s+(?:also\s+)?(?:like|be\s+interested\s+in)"
    r"|recommended(?:\s+for\s+you)?|watch|trending|most\s+read|don['’]t\s+miss)[ \t]*[:|–—-][ \t]*\S"
)
# the heading of a list of links, whose items follow it one per line: "RELATED STORIES", "Most read"
_LINK_HEADING = re.compile(
    r"[ \t]*(?i:related(?:\s+(?:stories|articles|news|coverage))?|more\s+(?:stories|news)|most\s+read"
    r"|read\s+more|see\s+also|recommended(?:\s+for\s+you)?|trending(?:\s+now)?)[ \t]*:?[ \t]*$"
)
_ITEM = re.compile(r"[ \t]*(?:[-–—•*·]|\d{1,2}[.)])[ \t]+\S")
# a notice: "Advertisement", "Share this article", "We use cookies ...", "Skip to content"
_NOTICE = re.compile(
    r"[ \t]*(?i:advertisement|ads?\s+by\s+\w+|sponsored(?:\s+content)?|skip\s+to\s+(?:main\s+)?content"
    r"|share(?:\s+(?:this|on)\b[^\n]*)?|follow\s+us\b[^\n]*|sign\s+(?:in|up)\b[^\n]*|subscribe\b[^\n]*"
    r"|we\s+use\s+cookies\b[^\n]*|cookie\s+(?:settings|policy|preferences)\b[^\n]*|accept\s+all\b[^\n]*"
    r"|(?:photo|image|picture)\s*:[^\n]*|menu\b[^\n]*)[ \t]*$"
)
# a navigation bar: short labels parted by "|" or ">" ("Home | Sudan | Africa", "Home > Regional")
_BAR_SEPARATOR = re.compile(r"[ \t](?:\||>|»)[ \t]|[ \t]{2,}")
_SENTENCE_END = re.compile(r"[.!?:][ \t]")


def in_furniture(text: str, at: int) -> bool:
    """The offset ``at`` lies in a line of the page's furniture: a link to another story, an item under
    a heading of links, a navigation bar or a notice (see the module's docstring)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)]
    if _LINK.match(line) or _NOTICE.fullmatch(line) or _navigation(line):
        return True
    return _ITEM.match(line) is not None and _under_link_heading(text, start)


def _navigation(line: str) -> bool:
    """Short labels parted by bars, arrows or wide spaces, with no sentence's full stop: "Home | Sudan
    | Africa | Business", "Home > Regional > Maluku", "NEWS  |  POLITICS", "MENU  Politics  Regions"."""
    parts = [p for p in _BAR_SEPARATOR.split(line.strip()) if p.strip()]
    if len(parts) < 2 or _SENTENCE_END.search(line.rstrip() + " "):
        return False  # "Gunmen killed three. Home | Away": a sentence's end, no bar's label
    return all(len(p.split()) <= 4 for p in parts) and not any(c.isdigit() for c in line)


def _under_link_heading(text: str, start: int) -> bool:
    """The line at ``start`` is one of the items of a list of links: the lines above it, back to a
    heading of links, are all such items."""
    while start > 0:
        prev = text.rfind("\n", 0, start - 1) + 1
        line = text[prev : start - 1]
        if _LINK_HEADING.fullmatch(line):
            return True
        if not _ITEM.match(line):
            return False
        start = prev
    return False


# a part of a page's stamp line: "Updated 09:12 GMT, 14 November 2025", "By Staff Reporter", "Thursday,
# 25 January 2024", "2 min read", "Breaking news"
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_STAMP_PART = re.compile(
    r"(?:(?:Updated|Published|Posted|Last\s+updated)\b.*|By\s+[A-Z][^|]{0,60}|\d+\s+min(?:ute)?s?\s+read"
    r"|(?i:breaking(?:\s+news)?|latest|live)"
    r"|(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:\d{1,2}\s+" + _MONTHS + r"|" + _MONTHS + r"\s+\d{1,2}),?\s+\d{4}(?:\s*[-–,]?\s*\d{1,2}[:.]\d{2})?)"
)
# the head of a page is read this far at most
_HEAD_LINES = 8


def body_start(text: str) -> int:
    """Where the story's body begins: after the lines of the page's head that are furniture (bars,
    notices, links) or stamps (bylines, dates, "Updated 16:40 GMT"), when a line of the body follows
    them. 0 for a text that opens with its body."""
    at = 0
    for _ in range(_HEAD_LINES):
        end = text.find("\n", at)
        line = text[at : end if end >= 0 else len(text)]
        if line.strip() and not (in_furniture(text, at) or _stamp(line)):
            return at
        if end < 0:
            return 0  # the head runs to the end: no body to begin
        at = end + 1
    return 0


def _stamp(line: str) -> bool:
    """The line is a page's stamp: bylines, dates and times, perhaps parted by bars."""
    parts = [p.strip() for p in re.split(r"\s+\|\s+", line.strip()) if p.strip()]
    return bool(parts) and all(_STAMP_PART.fullmatch(p) for p in parts)
