"""The places a sentence telling a toll names, for :mod:`whimbrel.casualty_tolls`: a toll told in
another sentence belongs to the attack before it only when it names no place that attack's sentence
does not ("In Mopti, two soldiers were killed": another place, another incident).

Not places of the act: a hospital or the town it stands in ("died at Gweru Provincial Hospital", "the
hospital in Rethy took in 14 wounded", "being treated for burns in Maiduguri"), where the wounded were
taken ("flown to Baidoa", "hospitalised in Maiduguri"), a country owning a name ("Russia's
anti-terrorism committee said"), a country inside an organisation's name ("the Sudan Doctors Network
said") and a place that is part of who speaks ("the Turkana county police commander said",
"quoting the deputy governor of Sistan-Baluchestan province").
"""

from __future__ import annotations

import re
from typing import Any

from .nlp import PLACE_LABELS
from .numbers import ws

_CARE_NAME = re.compile(r"\b(?:Hospital|Clinic|Infirmary|Medical Cent(?:re|er))\b")
_CARE = re.compile(
    r"(?i)\b(?:hospital|clinic|infirmary|medical cent(?:re|er))\b[^.]{0,12}$"
    r"|\b(?:treated|treatment)\b[^.,;]{0,40}$"  # "being treated for burns and shrapnel wounds in Maiduguri"
    r"|\b(?:hospitali[sz]ed|admitted)\b[^.,;]{0,20}$"  # "four wounded soldiers were hospitalised in Gao"
    # where the wounded were taken: "have been flown to Baidoa", "evacuated by road to Gao"
    r"|\b(?:flown|taken|evacuated|airlifted|transferred|rushed|referred|ferried|brought)\s+(?:[a-z]+\s+){0,3}to\s+$"
)
# a town named as its hospital's: "pronounced dead at Gävle hospital"
_CARE_AFTER = re.compile(
    r"(?i)\s+(?:regional\s+|general\s+|district\s+|university\s+)?(?:hospital|clinic|infirmary)\b"
)
_LOCATIVE_NAME = re.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside)\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)")
_POSS = frozenset({"'s", "’s", "'"})
_SPEECH_LEMMAS = ws("say tell add report confirm claim")


def places_told(sentence: str) -> list[str]:
    """The names a sentence tells an act at by a preposition ("In Mopti, two soldiers were killed"),
    but not a hospital or its town ("at Gävle hospital")."""
    return [
        m.group(1)
        for m in _LOCATIVE_NAME.finditer(sentence)
        if not _CARE_NAME.search(m.group(1))
        and not _CARE.search(sentence[: m.start()])
        and not _CARE_AFTER.match(sentence, m.end())
    ]


def places_parsed(sentence: str, doc: Any) -> list[str]:
    """The place names the parser finds in the sentence (``doc`` is its parse), but not a hospital or
    its town, an owner, part of an organisation's name or of who speaks."""
    return [
        e.text
        for e in doc.ents
        if e.label_ in PLACE_LABELS
        and not (e.end < len(doc) and doc[e.end].lower_ in _POSS)
        and not (e.end < len(doc) and doc[e.end].is_title and doc[e.end].pos_ == "PROPN")
        and not _CARE_NAME.search(e.text)
        and not _CARE.search(sentence[: e.start_char])
        and not _CARE_AFTER.match(sentence, e.end_char)
        and not _of_speaker(e)
    ]


def _of_speaker(ent: Any) -> bool:
    """The name is part of who speaks, not where: "the Turkana county police commander said", "quoting
    the deputy governor of Sistan-Baluchestan province", "according to the Kharkiv governor"."""
    return any(
        (t.dep_ == "nsubj" and t.head.lemma_.lower() in _SPEECH_LEMMAS)
        or (t.dep_ == "dobj" and t.head.lemma_.lower() == "quote")
        or (t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according")
        for t in [ent.root, *ent.root.ancestors]
    )
