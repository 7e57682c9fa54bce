"""Which trigger sense one token realises: step 1 of finding acts (:mod:`whimbrel.acts`).

A token is looked up in ``data/triggers.tsv`` by lemma and by form under its coarse part of speech (a
participle also as an adjective, an adjective or a noun in "-ing" also as a verb, a regular "-ed" or
"-ing" form the lemmatiser slipped on also by its base: "raped" -> rape; "shot dead" and the like as
the killing they name). A sense with required dependents needs one of them near the token ("call" +
"on" is an appeal, "call" + "off" a concession, "taken from her home" an abduction), and a sense the
table writes with forbidden dependents ('!') does not hold with one of them ("gave a figure of 30" is
no aid, "shells slammed into a market" no criticism). Words that only look like triggers
are not matched: dates, a trigger noun naming a facility or unit ("detention centre", "riot police"),
"heart attack", "the accused", "armed men".
"""

from __future__ import annotations

import re
from typing import Any

from .casualty_words import KNOWN_TO_HAVE, TALLY_NOUNS
from .lexicon import KILLING_PHRASES, Trigger, triggers

__all__ = ["match_token"]

POS = {"VERB": "V", "NOUN": "N", "PROPN": "N", "ADJ": "A", "AUX": "V"}


_HARMING = frozenset({"kill", "injure", "wound", "hurt"})
# what kills with no one's hand: hazards, sickness and accidents
_NATURAL = frozenset(
    "earthquake quake tremor flood floods flooding storm cyclone typhoon hurricane tornado landslide "
    "landslides mudslide tsunami drought heatwave avalanche eruption lightning disease cholera outbreak "
    "epidemic pandemic virus famine accident crash collision".split()
)


# a tally told through what is known of the dead, right before its casualty verb: "the number of
# people known to have died", "the number of civilians confirmed to have been killed"
_TALLY_BEFORE = re.compile(
    rf"\bnumber\s+of\s+[\w-]+\s+(?:{'|'.join(sorted(KNOWN_TO_HAVE))})\s+to\s+have\s+(?:been\s+)?$", re.I
)


def _tally_before(tok: Any) -> bool:
    """The words before ``tok`` (within 100 characters) open a tally of the dead."""
    return _TALLY_BEFORE.search(tok.doc.text, max(0, tok.idx - 100), tok.idx) is not None


# the harmed a tally counts, told as its object without a noun: "the number of injured", "the tally of dead"
_TALLIED_HARMED = frozenset({"injured", "wounded", "hurt", "dead", "killed"})


def _tallied_people(tok: Any) -> bool:
    """``tok`` is the harmed a tally noun counts ("the number of injured rose to 15")."""
    return (
        tok.lower_ in _TALLIED_HARMED
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.lemma_.lower() in TALLY_NOUNS
    )


def _natural_doer(verb: Any) -> bool:
    """The verb's doer is a hazard, an illness or an accident: its subject, the noun a relative clause
    tells of ("the earthquake, which killed ..."), or its passive agent ("killed by a landslide")."""
    for c in verb.children:
        doer = None
        if c.dep_ == "nsubj":
            doer = verb.head if c.lower_ in ("which", "that") and verb.dep_ == "relcl" else c
        elif c.dep_ == "agent":
            doer = next((g for g in c.children if g.dep_ == "pobj"), None)
        if doer is not None and doer.dep_ == "pobj" and doer.head.lower_ == "of":
            doer = doer.head.head  # "the earthquake of 28 March, which killed ..."
        if doer is not None and doer.lemma_.lower() in _NATURAL:
            return True
    return False


# participles of ruin before a noun tell the state an act left, no act of their own
_RUINED = frozenset({"burn", "burned", "burnt", "destroy", "damage", "loot", "raze", "gut", "ransack"})
# what a release given to them is: "a press release" frees no one
_MEDIA = frozenset({"press", "news", "media"})
# the nouns of a series an act is "the latest in"
_SERIES = frozenset({"string", "series", "spate", "wave", "chain", "succession", "run", "spree"})


def _for_the_media(tok: Any) -> bool:
    return any(c.dep_ == "compound" and c.lower_ in _MEDIA for c in tok.children)


def _latest_of_a_series(tok: Any) -> bool:
    """The noun names the kind of a series the act belongs to: "the latest in a string of attacks"."""
    of = tok.head
    if tok.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in _SERIES:
        return False
    series = of.head
    return (
        series.dep_ == "pobj" and series.head.lower_ == "in" and series.head.head.lower_ in ("latest", "last")
    )


def match_token(tok: Any) -> Trigger | None:
    """The trigger sense this token realises, if any."""
    pos = POS.get(tok.pos_)
    if pos is None or tok.ent_type_ in ("DATE", "TIME"):  # "on 10 March", "in May"
        return None
    if pos == "N" and tok.dep_ == "compound" and tok.head.lemma_.lower() in _FACILITIES:
        return None  # "the Pudong detention centre" is a place, not a detention
    if tok.lower_ == "accused" and (tok.dep_ == "amod" or any(c.dep_ == "det" for c in tok.children)):
        return None  # "the accused youth", "the accused has confessed": the defendant, not an accusation
    if pos == "N" and any(c.dep_ in ("compound", "amod") and c.lower_ in _ILLNESS for c in tok.children):
        return None  # "suffered a heart attack"
    if (
        pos == "N"
        and tok.lemma_.lower() in _CHARGES
        and not any(c.dep_ in ("det", "poss") for c in tok.children)
    ):
        return None  # "charged with murder", "cases of murder": the charge, not a killing
    if tok.lower_ == "armed" and (tok.dep_ in ("acl", "amod") or tok.pos_ == "ADJ"):
        return None  # "gang members armed with rifles", "armed men": how they were equipped
    if tok.lemma_.lower() == "release" and _for_the_media(tok):
        return None  # "PRESS RELEASE": what the media were given, no prisoner set free
    if pos == "N" and _latest_of_a_series(tok):
        return None  # "..., the latest in a string of attacks in the south": the kind, no act
    if tok.dep_ == "amod" and tok.tag_ in ("VBN", "JJ") and tok.lemma_.lower() in _RUINED:
        return None  # "more bodies were found in the burned shelters": what an act left, told before
    if tok.tag_ in ("VBN", "VBD", "VBG", "VBZ", "VBP", "VB") and pos != "V":
        pos = "V"
    if _tallied_people(tok):
        return None  # "police revised the number of injured to 15": the tally's people, no act
    if tok.lemma_.lower() in ("kill", "die") and _tally_before(tok):
        return None  # "the number of civilians confirmed to have been killed rose to 7": a tally
    if pos == "V" and tok.lemma_.lower() in _HARMING and _natural_doer(tok):
        return None  # "the earthquake of 28 March, which killed more than 3,700 people": no attack
    killing = KILLING_PHRASES.get((tok.lower_, tok.nbor().lower_ if tok.i + 1 < len(tok.doc) else ""))
    if killing is not None:
        pos = "V"  # "Gunmen on a motorcycle shot dead ...", whatever the tagger made of "shot"
    keys = [(tok.lemma_.lower(), pos), (tok.lower_, pos)]
    if killing is not None:
        keys.insert(0, (killing, "V"))
    if pos == "V":
        keys.append((tok.lower_, "A"))  # participles used as adjectives: "committed", "prepared"
    if pos == "A":
        keys.append((tok.lemma_.lower(), "V"))
    if pos == "N" and tok.lower_.endswith("ing"):
        keys.append((tok.lemma_.lower(), "V"))
    if pos == "V" and tok.tag_ in ("VBD", "VBN", "VBG"):
        keys += [(w, "V") for w in _regular_lemmas(tok.lower_)]  # the lemmatiser's "raped" -> "rap"
    near: set[str] = set()
    for c in tok.children:
        if c.dep_ in ("aux", "auxpass", "mark", "punct", "neg", "det"):
            continue
        near |= {c.lemma_.lower(), c.lower_}
        if c.dep_ in ("dobj", "nsubjpass", "attr", "prep", "pobj"):
            near |= {d.lemma_.lower() for d in list(c.subtree)[:8]}
        if c.dep_ == "prep":  # "from:home": the preposition with its object ("taken from her home")
            near |= {f"{c.lower_}:{o.lemma_.lower()}" for o in c.children if o.dep_ == "pobj"}
    if pos in ("N", "A") or tok.dep_ in ("amod", "compound"):
        near |= {tok.head.lemma_.lower(), tok.head.lower_}
    if pos == "N" and tok.dep_ == "pobj" and tok.head.lower_ in ("on", "over", "into"):
        near.add(tok.head.head.lemma_.lower())  # "stepped on a mine": the verb of the preposition
    direct: set[str] | None = None  # the dependents a sense may forbid, read once when one does
    for key in keys:
        for sense in triggers().get(key, ()):
            if sense.needs and not (sense.needs & near):
                continue
            if sense.without:  # "gave a figure of 30", "slammed into a market"
                if direct is None:
                    direct = {
                        w
                        for c in tok.children
                        if c.dep_ in ("dobj", "prep", "prt")
                        for w in (c.lemma_.lower(), c.lower_)
                    }
                if sense.without & direct:
                    continue
            if sense.lemma in _NOT_AS_MODIFIER and tok.dep_ == "acl":
                continue  # "three civilians travelling to the market": what the victims were doing
            return sense
    return None


# verbs that tell no event when they only describe a noun ("civilians travelling to the market")
_NOT_AS_MODIFIER = frozenset({"travel"})

# crimes named as charges without an article ("charged with murder") tell no killing of their own
_CHARGES = frozenset({"murder"})


# what a trigger noun may name as a modifier without telling an event: "detention centre", "riot police"
_FACILITIES = frozenset(
    "center centre facility facilities camp camps cell cells chamber ward home helicopter helicopters "
    "aircraft jet jets dog dogs squad unit police gear rifle rifles weapon weapons".split()
)


def _regular_lemmas(word: str) -> list[str]:
    """Base forms a regular "-ed"/"-ing" form may come from, tried after the lemmatiser's own:
    "raped" -> rape, "whipped" -> whip, "strangling" -> strangle."""
    for suffix in ("ed", "ing"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            out = [stem + "e", stem]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                out.append(stem[:-1])  # "whipped" -> whip
            return out
    return []


_ILLNESS = frozenset({"heart", "panic", "asthma", "anxiety", "epileptic", "cardiac"})
