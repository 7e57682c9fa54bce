"""Event status from the sentence's syntax: reported, planned, hypothetical or negated.

(``historical`` is decided later, by the dates stage, from the event's resolved date.)

Rules, checked on the event's anchor token (the trigger verb, or the light verb that carries a
noun trigger: "will *hold* talks"), in this order:

- negated: a ``neg`` dependent ("did not attack", "never met"), a determiner "no" on a noun
  trigger ("no talks were held"), or a negated framing verb above it.
- hypothetical: the anchor sits inside a conditional clause ("if talks fail", "unless Baku
  withdraws").
- planned: a future auxiliary (will, shall, 'll, would in reported speech, "is going to", "is
  to", "is due to", "is set to"), a planning verb governing it ("plans to visit", "expects to
  sign", "decided to withdraw"), or, for nouns, a planning modifier ("the planned summit",
  "next week's talks", "a summit is planned").
- reported otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "'d"}
MODAL_POSSIBLE = {"may", "might", "could"}
PLAN_VERBS = {
    "plan",
    "intend",
    "expect",
    "schedule",
    "set",
    "due",
    "decide",
    "prepare",
    "aim",
    "hope",
    "want",
    "propose",
    "arrange",
    "agree",
    "promise",
    "pledge",
    "vow",
    "offer",
    "threaten",
    "refuse",
    "ready",
    "willing",
    "prepared",
    "going",
    "about",
    "likely",
    "poise",
    "announce",
}
PLAN_MODIFIERS = {
    "planned",
    "proposed",
    "upcoming",
    "scheduled",
    "expected",
    "future",
    "forthcoming",
    "next",
    "possible",
    "potential",
    "coming",
    "prospective",
    "anticipated",
}
CONDITIONAL_MARKS = {"if", "unless", "whether", "lest"}


@dataclass(frozen=True)
class StatusCue:
    status: str
    token: Any | None  # the cue token (its span is the evidence), None for "reported"
    rule: str
    condition: str | None = None  # "unless"/"if" attached to a planned act: a threat or a conditional offer


def _children(tok: Any, deps: set[str]) -> list[Any]:
    return [c for c in tok.children if c.dep_ in deps]


def negation(tok: Any) -> Any | None:
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ in ("det", "advmod") and c.lower_ in ("no", "never")):
            return c
    return None


def conditional_mark(tok: Any) -> Any | None:
    """The "if"/"unless" that makes ``tok``'s clause a condition, walking up to the clause head."""
    cur = tok
    for _ in range(6):
        for c in cur.children:
            if c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS:
                return c
        if cur.dep_ in ("advcl", "ccomp", "ROOT") or cur.head.i == cur.i:
            # an "if"-clause is an advcl; stop at the first clause boundary above the anchor
            for c in cur.children:
                if c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS:
                    return c
            return None
        cur = cur.head
    return None


def unless_clause(tok: Any) -> Any | None:  # noqa: D401
    """An "unless"/"if" condition attached to ``tok`` itself (a conditional threat or promise)."""
    for c in tok.children:
        if c.dep_ == "advcl":
            for m in c.children:
                if m.dep_ == "mark" and m.lower_ in ("unless", "if"):
                    return m
    return None


def _the_month(tok: Any) -> bool:
    """The tagger's modal "May" is the month after a day's number ("late on 3 May killed 25")."""
    return tok.text == "May" and tok.i > 0 and tok.doc[tok.i - 1].like_num


def future_cue(tok: Any) -> tuple[Any, str] | None:
    perfect = any(c.dep_ == "aux" and c.lower_ == "have" for c in tok.children)
    for c in tok.children:
        if c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX:
            return c, f"aux:{c.lower_}"
        if c.dep_ in ("aux", "auxpass") and c.lower_ in MODAL_POSSIBLE and not perfect and not _the_month(c):
            return c, f"modal:{c.lower_}"  # not "may have been killed": a past act, its toll uncertain
    # "is going to attack", "is to visit", "is due to sign", "is set to meet"
    if tok.dep_ == "xcomp":
        head = tok.head
        if head.lemma_ in PLAN_VERBS or head.lower_ in PLAN_VERBS:
            return head, f"plan-verb:{head.lemma_}"
        if head.lemma_ == "be" and any(c.lower_ == "to" for c in tok.children):
            return head, "be-to"
    if tok.dep_ in ("xcomp", "ccomp", "advcl") and tok.head.lemma_ in (
        "plan",
        "expect",
        "intend",
        "schedule",
    ):
        return tok.head, f"plan-verb:{tok.head.lemma_}"
    return None


def noun_plan_cue(noun: Any) -> tuple[Any, str] | None:
    for c in noun.children:
        if c.dep_ in ("amod", "compound", "nmod", "poss") and c.lower_ in PLAN_MODIFIERS:
            return c, f"modifier:{c.lower_}"
        if c.dep_ == "poss" and any(g.lower_ in ("next", "coming") for g in c.children):
            return c, "modifier:next-x's"
        if c.dep_ in ("acl", "relcl") and c.lemma_ in ("plan", "schedule", "propose", "expect", "set"):
            return c, f"acl:{c.lemma_}"
        if c.dep_ in ("acl", "relcl") and any(a.lower_ in FUTURE_AUX for a in c.children):
            return c, "acl:future"
    head = noun.head
    # "the attack is set for Monday"; not a deed: "a drone attack set several tanks ablaze", "set off"
    deed = head.lemma_ == "set" and any(c.dep_ in ("dobj", "ccomp", "prt") for c in head.children)
    if noun.dep_ == "dobj" and head.lemma_ in ("plan", "plot", "prepare"):
        return head, f"planned-object:{head.lemma_}"  # "suspected of planning an attack on the post"
    plan_head = head.lemma_ in ("plan", "schedule", "expect", "set", "due")
    if noun.dep_ in ("nsubjpass", "nsubj") and plan_head and not deed:
        return head, f"passive-plan:{head.lemma_}"
    if noun.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        fut = future_cue(head)
        if fut is not None:
            return fut
        if head.lemma_ in ("take", "begin", "open", "start", "be", "hold", "convene", "resume"):
            for c in head.children:
                if c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX:
                    return c, f"aux:{c.lower_}"
    return None


def event_status(anchor: Any, noun: Any | None = None, framed_by: Any | None = None) -> StatusCue:
    """Decide the status of an event anchored at ``anchor`` (and carried by ``noun``, if nominal)."""
    for tok in filter(None, (anchor, noun)):
        neg = negation(tok)
        if neg is not None:
            return StatusCue("negated", neg, f"negation:{neg.lower_}")
    if framed_by is not None:
        neg = negation(framed_by)
        if neg is not None:
            return StatusCue("negated", neg, f"negation-of-frame:{neg.lower_}")
    cond = conditional_mark(anchor)
    if cond is not None:
        return StatusCue("hypothetical", cond, f"conditional:{cond.lower_}")
    mark = unless_clause(anchor)
    condition = mark.lower_ if mark is not None else None
    fut = future_cue(anchor)
    if fut is not None:
        return StatusCue("planned", fut[0], fut[1], condition=condition)
    if noun is not None:
        cue = noun_plan_cue(noun)
        if (
            cue is None
            and noun.i == anchor.i
            and noun.dep_ in ("dobj", "nsubjpass", "attr")
            and noun.head.pos_ == "VERB"
        ):
            neg = negation(noun.head)
            if neg is not None:
                return StatusCue("negated", neg, f"negation-of-verb:{neg.lower_}")
            cue = future_cue(noun.head)
        if cue is not None:
            return StatusCue("planned", cue[0], cue[1], condition=condition)
    return StatusCue("reported", None, "default")
