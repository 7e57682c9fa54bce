"""Deaths told as a cause, not as a sentence's toll: a death in an "after" clause that holds none of
the sentence's attacks ("... when police fired on a crowd, after a student died in custody"; "The
violence began after a young man died in a road accident"), or the killing a crowd protests. Read by
:mod:`whimbrel.casualties` and :mod:`whimbrel.casualty_tolls`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .casualty_cues import CasualtyMention
from .casualty_words import KILLING_OF
from .lexicon import DYING_LEMMAS
from .nlp import token_at
from .numbers import ws
from .types import Event

# verbs and nouns whose object is a killing told as a cause, not as this sentence's toll
_ABOUT = ws(
    "protest protesting condemn denounce mourn decry investigate probe avenge demand blame outrage anger"
)
_CAUSE_MARKS = ws("after since following")  # not "before": what follows the act is its end
# legal steps taken after a killing: the death told in their "after" clause is the crime itself
_CHARGED = ws("charge arrest detain convict sentence remand indict jail")
_CLAUSES = ws("advcl conj ccomp parataxis relcl ROOT")


def _victim_told_of(cue: Any, sent_start: int, events: Sequence[Event]) -> bool:
    """The victims after "the killing of" are described by a clause holding one of the sentence's
    attacks: "the killing of journalist Ana Castillo, *who was shot dead* on 14 June", "the murder of
    Efrain Salgado and his son, *killed* on 5 May ... when armed men *fired* on their vehicle"."""
    victims = [t for c in cue.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
    clauses = [t for t in cue.doc if t.dep_ in ("relcl", "acl", "advcl") and t.head in victims + [cue.head]]
    told = {sent_start + t.idx for c in clauses for t in c.subtree if c.head in victims or c.i > cue.i}
    return any(ev.event_type == "ASSAULT" and ev.trigger.start in told for ev in events)


def another_act(m: CasualtyMention, doc: Any, sent_start: int, events: Sequence[Event]) -> bool:
    """The count belongs to an act the sentence tells as a cause, not to its events: a death or a
    passive toll in an "after" clause that holds none of the sentence's attacks ("... when police
    fired on a crowd, after a student died in custody"), or the killing a crowd protests ("fired on a
    crowd protesting the killing of a farmer, killing two protesters")."""
    cue = token_at(doc, m.cue_start - sent_start)
    if cue is None or m.attackers:  # "... before he was killed by an off-duty officer": the attack's end
        return False
    if cue.lower_ in KILLING_OF:
        if any(ev.trigger.start == sent_start + cue.idx for ev in events):
            return False  # "investigating the murders of three men": the killing is an act of its own
        head = cue.head.head if cue.dep_ == "pobj" and cue.head.lower_ in ("over", "against") else cue.head
        if _victim_told_of(cue, sent_start, events):
            return False  # "condemns the killing of X, who was shot dead on 14 June": that attack's dead
        return head.lemma_.lower() in _ABOUT or head.lower_ in _ABOUT
    verb = next((t for t in [cue, *cue.ancestors] if t.dep_ in _CLAUSES), None)  # the cue's own clause
    if verb is None or not any(c.dep_ == "mark" and c.lower_ in _CAUSE_MARKS for c in verb.children):
        return False
    if verb.dep_ not in ("advcl", "conj"):  # the tagger may hang the clause on as a conjunct
        return False
    if verb.head.lemma_.lower() in _CHARGED:
        return False  # "charged with murder after a man died": the death is the crime charged
    if any(c.dep_ == "nsubj" for c in verb.children) and verb.lemma_.lower() not in DYING_LEMMAS:
        return False  # "three raiders were killed after they shot dead five herders": one clash
    inside, stack = set(), [verb]
    while stack:  # the clause itself, not clauses the tagger hung on it
        t = stack.pop()
        inside.add(t.idx + sent_start)
        # "died following an assault": the tagger's clause of "following" is the death's cause
        stack.extend(c for c in t.children if c.dep_ not in _CLAUSES or c.lower_ == "following")
    return not any(ev.event_type == "ASSAULT" and ev.trigger.start in inside for ev in events)
