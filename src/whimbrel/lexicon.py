"""The editable dictionaries: event triggers, and the actor vocabulary used by the entity rules.

Everything here is read from text files in ``whimbrel/data`` that a domain expert can edit:
``triggers.tsv`` (event words), ``countries.tsv``, ``institutions.tsv``, ``groups.tsv``,
``leaders.tsv``, ``sectors.tsv`` and ``agencies.tsv``. Loaded once per process (lru_cache).
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from typing import Any

from .errors import ConfigError
from .ontology import check_type

ABBREVIATIONS = frozenset(
    "Mr. Mrs. Ms. Dr. Gen. Lt. Col. Sgt. Capt. Maj. Rep. Sen. Gov. Pres. St. Rev. Prof. Jr. Sr. "
    # ranks before a name: "Killed were Sgt. Paul Kamau and Cpl. James Njoroge"
    "Cpl. Pte. Pvt. Brig. Cdr. Cmdr. Adm. Insp. Supt. Det. Const. Hon. "
    "Jan. Feb. Aug. Sept. Sep. Oct. Nov. Dec. No. vs. "
    # a security report's shorthand: "at approx. 0540hrs an est. 60x armed men", "incl. 2x women"
    "approx. est. incl. vic.".split()
)

# Verbs whose outcome is a death or an injury: the casualty words that fold into the attack they
# report (acts), whose passive in reported speech takes no doer from the speaker (arguments), and whose
# result participle or cause clause tells the attack's date (dates_attach). Each adds its own few.
HARM_LEMMAS = frozenset({"kill", "wound", "injure", "hurt", "slay", "die"})
# Verbs whose subject is the dead, never a doer ("a worker died and a dozen were injured").
DYING_LEMMAS = frozenset({"die", "perish", "succumb", "drown"})
# verbs that put an act in the future ("plans to visit", "is expected to sign", "is due to meet"): the
# core that dates (a future date) and dates_attach (a planned act's date) each widen
PLANNING_LEMMAS = frozenset({"plan", "schedule", "expect", "intend", "due", "hope"})

# Two-word killings, whatever the tagger made of the first word ("Gunmen on a motorcycle shot dead
# ..."): the pair and the lemma of the killing verb. Read by acts (a killing act) and casualty_cues
# (a dead cue).
KILLING_PHRASES = {
    ("shot", "dead"): "shoot",
    ("shooting", "dead"): "shoot",
    ("gunned", "down"): "gun",
    ("gunning", "down"): "gun",
}

# Irregular inflections of trigger lemmas, for the cheap sentence pre-filter only.
_IRREGULAR = {
    "meet": "met",
    "fight": "fought",
    "hold": "held",
    "seek": "sought",
    "shoot": "shot",
    "strike": "struck stricken",
    "withdraw": "withdrew withdrawn",
    "give": "gave given",
    "send": "sent",
    "take": "took taken",
    "break": "broke broken",
    "lay": "laid",
    "swear": "swore sworn",
    "freeze": "froze frozen",
    "blow": "blew blown",
    "beat": "beaten",
    "forgive": "forgave forgiven",
    "slay": "slew slain",
    "pay": "paid",
    "make": "made",
    "overrun": "overran",
    "retake": "retook retaken",
    "seize": "seized",
    "arise": "arose",
    "lead": "led",
    "flee": "fled",
    "build": "built",
    "sell": "sold",
    "win": "won",
    "lose": "lost",
    "throw": "threw thrown",
    "speak": "spoke spoken",
    "undertake": "undertook",
    "withhold": "withheld",
    "uphold": "upheld",
    "bring": "brought",
    "buy": "bought",
    "catch": "caught",
    "tear": "tore torn",
    "sweep": "swept",
    "fly": "flew flown",
    "draw": "drew drawn",
    "steal": "stole stolen",
    "ride": "rode ridden",
    "sit": "sat",
    "stand": "stood",
    "leave": "left",
    "keep": "kept",
    "feel": "felt",
    "shut": "shut",
    "cut": "cut",
    "set": "set",
    "quit": "quit",
    "hit": "hit",
    "put": "put",
    "spread": "spread",
    "wound": "wounded",
    "kill": "killed",
    "rebuild": "rebuilt",
    "deal": "dealt",
    "burn": "burnt",
}


@dataclass(frozen=True)
class Trigger:
    """One sense of a trigger word, as written in ``triggers.tsv``."""

    lemma: str
    pos: str  # V | N | A
    needs: frozenset[str]  # dependent (or, for nouns, governing verb) lemmas; empty = none needed
    event_type: str
    mode: str | None
    cameo: str
    context: tuple[str, ...]
    frame: str | None  # None | "subj" | "obj"
    weight: float
    line: int
    without: frozenset[str] = frozenset()  # direct dependents that make the word mean something else

    @property
    def rule_id(self) -> str:
        if self.line == 0:
            return f"rule:{self.lemma}"
        needs = "+" + "|".join(sorted(self.needs)) if self.needs else ""
        return f"triggers.tsv:{self.line}:{self.lemma}/{self.pos}{needs}"


def _data_text(name: str) -> str:
    return resources.files("whimbrel").joinpath("data", name).read_text(encoding="utf-8")


def read_table(name: str) -> list[dict[str, str]]:
    """A tab-separated data file as dicts keyed by its header row (comments skipped)."""
    header: list[str] | None = None
    rows = []
    for line in _data_text(name).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.rstrip("\n").split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            continue
        cells += [""] * (len(header) - len(cells))
        rows.append({h: c.strip() for h, c in zip(header, cells, strict=False)})
    return rows


def _dash(value: str) -> str | None:
    return None if value in ("", "-") else value


@functools.lru_cache(maxsize=1)
def triggers() -> dict[tuple[str, str], tuple[Trigger, ...]]:
    """Trigger senses indexed by (lemma, pos); senses that need a dependent come first."""
    table: dict[tuple[str, str], list[Trigger]] = defaultdict(list)
    lineno = 0
    header_seen = False
    for raw in _data_text("triggers.tsv").splitlines():
        lineno += 1
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if not header_seen:
            header_seen = True
            continue
        if len(cells) != 9:
            raise ConfigError(
                f"triggers.tsv line {lineno}: expected 9 tab-separated columns, found {len(cells)}"
            )
        lemma, pos, needs, etype, mode, code, context, frame, weight = (c.strip() for c in cells)
        if pos not in ("V", "N", "A"):
            raise ConfigError(f"triggers.tsv line {lineno}: pos must be V, N or A, not {pos!r}")
        check_type(etype, _dash(mode))
        table[(lemma, pos)].append(
            Trigger(
                lemma=lemma,
                pos=pos,
                needs=frozenset() if needs == "-" or needs.startswith("!") else frozenset(needs.split("|")),
                without=frozenset(needs[1:].split("|")) if needs.startswith("!") else frozenset(),
                event_type=etype,
                mode=_dash(mode),
                cameo=code,
                context=tuple(c for c in context.split(",") if c and c != "-"),
                frame=_dash(frame),
                weight=float(weight),
                line=lineno,
            )
        )
    return {k: tuple(sorted(v, key=lambda t: (not t.needs, -t.weight))) for k, v in table.items()}


def _inflections(lemma: str) -> set[str]:
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if lemma.endswith("y"):
        forms.update({lemma[:-1] + "ies", lemma[:-1] + "ied"})
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", lemma):
        forms.update({lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"})
    forms.update(_IRREGULAR.get(lemma, "").split())
    return forms


@functools.lru_cache(maxsize=1)
def trigger_words() -> frozenset[str]:
    """Every surface form a trigger lemma may take (over-generated; used only to pre-filter)."""
    words: set[str] = set()
    for lemma, _pos in triggers():
        words.update(_inflections(lemma))
    words.update({"ceasefire", "cease-fire", "airstrikes", "killed", "dead", "died"})
    return frozenset(words)


_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")


def may_hold_event(sentence: str) -> bool:
    """Cheap test: does any word of the sentence look like a trigger? (No model needed.)"""
    words = trigger_words()
    for w in _WORD.findall(sentence.lower()):
        if w in words or ("-" in w and any(part in words for part in w.split("-"))):
            return True
    return False


# ------------------------------------------------------------------------------ actor vocabulary


@dataclass(frozen=True)
class Entry:
    """A dictionary entry for an actor surface form."""

    text: str
    kind: str  # country | demonym | capital | institution | group | igo | leader | agency
    code: str  # ISO3 or IGO code
    sector: str | None
    name: str  # canonical name
    start: str | None = None  # dated roles (leaders, groups): ISO dates
    end: str | None = None
    role: str | None = None  # leader role: head_of_state, foreign_minister, ...


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


@functools.lru_cache(maxsize=1)
def actor_entries() -> dict[str, tuple[Entry, ...]]:
    """Surface form -> entries, from every actor table present in ``whimbrel/data``."""
    out: dict[str, list[Entry]] = defaultdict(list)

    def add(text: str, entry: Entry) -> None:
        if text and entry not in out[text]:
            out[text].append(entry)

    for row in _optional_table("countries.tsv"):
        code, name = row["iso3"], row["name"]
        for t in [name, *_split(row.get("aliases", ""))]:
            add(t, Entry(t, "country", code, "GOV", name))
        for t in _split(row.get("demonyms", "")):
            add(t, Entry(t, "demonym", code, None, name))
        for t in _split(row.get("capitals", "")):
            add(t, Entry(t, "capital", code, "GOV", name))
    for row in _optional_table("institutions.tsv"):
        for t in _split(row["text"]):
            add(t, Entry(t, "institution", row["iso3"], row.get("sector") or "GOV", t))
    for row in _optional_table("groups.tsv"):
        names = _split(row["text"])
        note = row.get("note", "")
        start = _date_in(note, "from")
        end = _date_in(note, "until")
        code = row["code"]
        kind = "igo" if code in IGO_CODES else "group"
        for t in names:
            add(t, Entry(t, kind, code, row.get("sector") or None, names[0], start, end))
    for row in _optional_table("leaders.tsv"):
        name = row["name"]
        for t in [name, *_split(row.get("variants", ""))]:
            add(
                t,
                Entry(
                    t,
                    "leader",
                    row["iso3"],
                    "GOV",
                    name,
                    row.get("start") or None,
                    row.get("end") or None,
                    row.get("role") or None,
                ),
            )
    for row in _optional_table("agencies.tsv"):
        for t in _split(row["text"]):
            add(t, Entry(t, "agency", row.get("iso3") or "", "MED", _split(row["text"])[0]))
    return {k: tuple(v) for k, v in out.items()}


IGO_CODES = frozenset(
    {
        "UNO",
        "EUR",
        "NAT",
        "AFU",
        "OSC",
        "ASE",
        "ARL",
        "ECW",
        "GCC",
        "CST",
        "SCO",
        "OIC",
        "IMF",
        "WBK",
        "ICC",
        "ICJ",
        "ICR",
        "IGO",
        "NGO",
        "IMG",
    }
)


def _date_in(note: str, word: str) -> str | None:
    m = re.search(rf"{word}\s+(\d{{4}}-\d{{2}}-\d{{2}})", note)
    return m.group(1) if m else None


def _optional_table(name: str) -> list[dict[str, str]]:
    try:
        return read_table(name)
    except FileNotFoundError:
        return []


@functools.lru_cache(maxsize=1)
def sector_words() -> dict[str, str]:
    """Role nouns (lemma, lower case) -> PLOVER sector: "troops" -> MIL, "protesters" -> CVL."""
    return {row["word"].lower(): row["sector"] for row in _optional_table("sectors.tsv")}


LABELS = {
    "country": "GPE",
    "capital": "GPE",
    "demonym": "NORP",
    "institution": "ORG",
    "group": "ORG",
    "igo": "ORG",
    "leader": "PERSON",
    "agency": "ORG",
}


def entity_patterns() -> list[dict[str, Any]]:
    """spaCy EntityRuler phrase patterns for every actor surface form (label by kind)."""
    patterns = []
    for text, entries in actor_entries().items():
        if len(text) < 2:
            continue
        e = entries[0]
        patterns.append({"label": LABELS.get(e.kind, "ORG"), "pattern": text, "id": f"{e.kind}:{e.code}"})
    return patterns
