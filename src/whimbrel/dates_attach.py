"""Which clause a date expression belongs to: the trigger's own, one that dominates it, or a past
clause beside it (``attached``), read from the dependency parse.

"killed a gendarme and wounded three others on Friday" dates both verbs; "met X and will meet Y on
Friday" does not date the meeting with X; a participle describing a noun ("a grenade thrown into a
shop on Sunday night") carries the act's date; "arrested him after he addressed a rally on Sunday"
does not date the arrest. Used by :mod:`whimbrel.dates`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from .casualty_words import ATTACK_NOUNS, TALLY_NOUNS
from .lexicon import DYING_LEMMAS, HARM_LEMMAS, PLANNING_LEMMAS
from .nlp import span_root, tokens_in
from .types import Event

T = TypeVar("T")

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "ll"})


def has_aux(verb: Any) -> bool:
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def tokens_of(sent: Any, start: int, end: int) -> list[Any]:
    """Tokens of a parsed sentence overlapping the story range [start, end)."""
    return tokens_in(sent.doc, start - sent.start, end - sent.start)


# a dateline the sentence opens with, its date then a dash: "Port Sudan / Nairobi, 14 June 2024 —"
_PLACE_WORDS_BEFORE = re.compile(r"\A\s*(?:[A-ZÀ-Þ][\w'’.-]*[ ,/]*){1,5}\Z")
_DASH_AFTER = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:—|–|--|-)\s")


def _filed(sent: Any, start: int, end: int) -> bool:
    """The expression is a dateline's filing date at the sentence's head, not when anything told
    happened."""
    text = sent.doc.text
    s, e = start - sent.start, end - sent.start
    return bool(_PLACE_WORDS_BEFORE.match(text[:s])) and _DASH_AFTER.match(text, e) is not None


def _reaches(tok: Any, target: Any, own: set[int]) -> bool:
    """Whether the head path from ``tok`` meets ``target`` before passing through another verb (a
    participle describing an attack noun does not count as one)."""
    for _ in range(12):
        if tok.i == target.i:
            return True
        if tok.head.i == tok.i:
            return False
        if tok.pos_ in ("VERB", "AUX") and tok.i not in own and not _describes(tok):
            return False
        tok = tok.head
    return False


def _anniversary_of(first: Any) -> bool:
    """The expression names what an anniversary marks ("the anniversary of the 1973 uprising")."""
    before = [t.lower_ for t in first.doc[max(0, first.i - 3) : first.i]]
    return "anniversary" in before and "of" in before


def _describes(verb: Any) -> bool:
    """A participle describing a noun of the clause at the time of the act: "a grenade *thrown* into
    a shop on Sunday night", "fired on a crowd *protesting* the arrest on Tuesday", "three others
    *injured* in a blast"; the act's result told as a participle ("..., *killing* four on Sunday"); a
    gerund subject ("*fighting* on Friday claimed eight lives"); or an attack gerund the tagger took for a
    verb ("in *firing* on ...")."""
    if verb.dep_ == "acl":
        return (
            verb.head.lemma_.lower() in ATTACK_NOUNS
            or verb.tag_ == "VBG"
            or verb.lemma_.lower() in _CASUALTY_LEMMAS
        )
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        return verb.lemma_.lower() in _CASUALTY_LEMMAS  # the act's result: "clashed ..., killing 4 on Sunday"
    if verb.dep_ in ("nsubj", "csubj") and verb.tag_ == "VBG":
        return True  # the act as its toll's subject: "fighting ... on Friday and Saturday claimed 8 lives"
    return verb.dep_ == "pcomp" and verb.lower_ in ATTACK_NOUNS


def _first_verb(tok: Any, own: set[int]) -> Any | None:
    """The first verb on the head path from ``tok`` (outside the expression's own tokens), past the
    participles that only describe a noun ("refugees *protesting* ... on Monday")."""
    for _ in range(12):
        if tok.pos_ in ("VERB", "AUX") and tok.i not in own and not _describes(tok):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def attached(
    sent: Any, ev: Event, found: Sequence[T], span: Callable[[T], tuple[int, int]]
) -> tuple[list[T], list[T], list[T], list[T]]:
    """Expressions in the trigger's clause, then those of clauses that dominate the trigger, then
    those of other past clauses beside a past act's, then the rest that no rule rules out.

    An expression whose verb is beside or below the trigger ("... and will meet on Friday",
    "said rebels attacked on Monday" for the event "said") belongs to that other clause; it dates
    the trigger only when nothing else does and both are past ("a bomb targeted the convoy on
    Friday; the commander survived but four of his guards were killed"). The rest are expressions
    the parse hangs somewhere else without telling another time or a future one ("fired at
    demonstrators protesting the cost of living in Kano on 1 August": the tagger's "living"). The
    date of a proceeding above an attack's verb ("Prosecutors on Monday filed charges against a man
    accused of opening fire ... on 12 July, killing two") dates the attack only when nothing else does.
    """
    trig = tokens_of(sent, ev.trigger.start, ev.trigger.end)
    if not trig:
        return [], list(found), [], []
    trigger = span_root(trig)
    above = {t.i for t in trigger.ancestors}
    acts = _coordinated_past(trigger)
    clause: list[T] = []
    outer: list[T] = []
    loose: list[T] = []
    rest: list[T] = []

    def below(verb: Any) -> bool:
        """A clause under the trigger that tells another time: an adverbial clause ("arrested him after
        he addressed a rally on Sunday"; not "as crowds gathered"), a gerund after "despite", "after",
        "before", "since" or "following" ("detained despite lifting the ban in June 2018") or what a
        speech verb reports ("said rebels attacked on Monday")."""
        path = [verb]
        for a in verb.ancestors:
            if a.i == trigger.i:
                return _speech(trigger) or any(
                    (t.dep_ == "advcl" and _marked(t, _OTHER_TIME_MARKS))
                    or (t.dep_ == "pcomp" and t.head.lower_ in _OTHER_TIME_PREPS)
                    for t in path
                )
            path.append(a)
        return False

    # an attack told by a verb below the proceeding ("..., killing two"), not one it names as its object
    violent_verb = ev.event_type == "ASSAULT" and trigger.pos_ == "VERB"
    proceeding: list[T] = []
    for f in found:
        toks = tokens_of(sent, *span(f))
        if not toks:
            continue
        own = {t.i for t in toks}
        head = span_root(toks)
        if any(_reaches(head, act, own) for act in acts):
            clause.append(f)
            continue
        if _anniversary_of(toks[0]):
            continue  # "a march marking the anniversary of the 1973 uprising": the uprising's year
        if _filed(sent, *span(f)):
            continue  # "Port Sudan / Nairobi, 14 June 2024 — ... the shelling on Thursday night": filed
        verb = _first_verb(head, own)
        if verb is not None and verb.i != trigger.i and verb.lemma_.lower() in _BURIAL_LEMMAS:
            continue  # "Villagers buried 19 victims the next day": the burial's day, not the attack's
        if verb is not None and verb.i in above and _toll_update(verb, trigger):
            if trigger.i < head.i < verb.i:
                # "The death toll from a missile strike on a block in Kharkiv early on Thursday rose
                # to eight on Friday": told in the tally's subject, after the act, it is the act's day
                clause.append(f)
            continue  # "The death toll from the strike rose to seven on Sunday": the toll's day
        if (
            verb is not None
            and verb.i in above
            and verb.lemma_.lower() in _SPEECH_LEMMAS
            and verb.i < head.i < trigger.i
            and not _opens_report(sent, verb, own)
        ):
            continue  # "the ministry said on Saturday that 54 had been killed": when it was said
        if (
            verb is not None
            and verb.i in above
            and verb.lemma_.lower() in _PROCEEDING_LEMMAS
            and head.i < trigger.i
            and violent_verb
        ):
            proceeding.append(f)  # the attack's own date, if the sentence tells one, goes first
            continue
        if verb is None or verb.i in above or (verb.dep_ == "xcomp" and verb.head.i == trigger.i):
            outer.append(f)
        elif verb.dep_ == "conj" and verb.head.i in above and _past(verb) and not _has_subject(verb):
            outer.append(f)  # "shelling killed a woman and injured nine on the night of 4 October"
        elif any(_simultaneous(verb, act, trigger.lemma_.lower() in _CASUALTY_LEMMAS) for act in acts):
            outer.append(f)
        elif below(verb):
            continue  # "arrested him after he addressed a rally on Sunday"
        elif _past(verb) and (trigger.pos_ not in ("VERB", "AUX") or _past(trigger)):
            loose.append(f)  # a past clause beside the trigger's, not one below it ("after he ...")
        elif not any(_future(v) for v in (verb, *verb.ancestors)):
            rest.append(f)
    if not (clause or outer or loose or rest):
        outer = proceeding  # "convicted on 22 September 2017 ... for killing two": no later than that
    return clause, outer, loose, rest


# the rites after an attack, whose days are not its own
_BURIAL_LEMMAS = frozenset({"bury", "cremate", "exhume"})


# a tally's verbs of change ("the toll rose to seven on Sunday") and the tallies they tell of
_TOLL_VERB_LEMMAS = frozenset({"rise", "climb", "reach", "stand", "increase", "jump", "mount", "hit", "grow"})


def _toll_update(verb: Any, trigger: Any) -> bool:
    """The verb tells a tally's change and the trigger lies inside its subject ("The death toll
    from a missile strike on a block of flats rose to seven on Sunday"): a date on the verb is the day
    the figure was given, not the strike's."""
    if verb.lemma_.lower() not in _TOLL_VERB_LEMMAS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in TALLY_NOUNS:
        return False
    return any(a.i == subject.i for a in trigger.ancestors)


def said_after(sent: Any, ev: Event, start: int, end: int) -> bool:
    """Whether the expression at [start, end) tells when the act was reported, not when it happened:
    it hangs on a speech verb above the trigger, on the far side of the verb from the act ("Eight
    miners were killed, a police spokesman said on Monday", "On Monday the army said four soldiers
    had died in the attack"), or qualifies a report whose clause holds the act ("In a Monday statement
    the army put its losses at four", "according to a report on Monday"). Such a date is the act's
    only when the story tells no other."""
    trig = tokens_of(sent, ev.trigger.start, ev.trigger.end)
    toks = tokens_of(sent, start, end)
    if not trig or not toks:
        return False
    trigger, head = span_root(trig), span_root(toks)
    own = {t.i for t in toks}
    verb = _first_verb(head, own)
    if verb is None:
        return False
    if _report_told(verb):
        return True
    clause = verb.head if verb.lower_ == "according" else verb  # "according to a report on Monday"
    if not (clause.i == trigger.i or any(a.i == clause.i for a in trigger.ancestors)):
        return False
    if _of_report(head, own, trigger.i):
        return True
    return (
        (trigger.i < verb.i < head.i or head.i < verb.i < trigger.i)  # not "... on Friday, X said"
        and verb.lemma_.lower() in _SPEECH_LEMMAS
    )


def of_participant(sent: Any, ev: Event, start: int, end: int) -> bool:
    """Whether the expression at [start, end) hangs on a clause describing one of the act's own
    participants: "killed by a missile *that hit* the block on Thursday evening", "Gunmen *who blocked*
    the highway on Saturday evening killed six"; or, for a noun trigger, the place its verb took it
    from when an attack befell that place ("recovered bodies from a settlement *that was attacked* on
    Saturday night")."""
    trig = tokens_of(sent, ev.trigger.start, ev.trigger.end)
    toks = tokens_of(sent, start, end)
    if not trig or not toks:
        return False
    trigger, own = span_root(trig), {t.i for t in toks}
    verb = _first_verb(span_root(toks), own)
    if verb is None or verb.dep_ not in ("relcl", "acl"):
        return False
    above = {a.i for a in verb.ancestors}
    if trigger.i in above:
        return True
    return (
        trigger.pos_ == "NOUN"
        and trigger.head.pos_ == "VERB"
        and trigger.head.i in above
        and verb.lemma_.lower() in _ATTACK_VERBS
    )


_ATTACK_VERBS = frozenset("attack hit strike raid bomb shell ambush storm target".split())


def a_later_death(sent: Any, ev: Event, start: int, end: int) -> bool:
    """Whether the expression at [start, end) tells when a victim died after the act, in a clause of
    its own: "stabbed a man in the abdomen; the victim died in hospital *four days later*" dates the
    death, not the stabbing (nor is it counted from the last day told before it)."""
    toks = tokens_of(sent, start, end)
    trig = tokens_of(sent, ev.trigger.start, ev.trigger.end)
    if not toks or not trig or toks[-1].lower_ != "later":
        return False
    verb = _first_verb(span_root(toks), {t.i for t in toks})
    return verb is not None and verb.lemma_.lower() in DYING_LEMMAS and verb.i != span_root(trig).i


def _report_told(verb: Any) -> bool:
    """A document described by when it was made, cited as a source: "according to the indictment
    *announced* on Monday", "in a statement *released* on Sunday"."""
    noun = verb.head
    return (
        verb.dep_ == "acl"
        and verb.lemma_.lower() in _PUBLISHING_LEMMAS
        and noun.dep_ == "pobj"
        and (noun.head.lower_ == "in" or (noun.head.lower_ == "to" and noun.head.head.lower_ == "according"))
    )


def when_told(sent: Any, start: int, end: int) -> bool:
    """Whether the expression at [start, end) tells when something was reported, whatever the act: it
    hangs on a speech verb ("police said on Monday") or qualifies a report noun ("a Monday statement")."""
    toks = tokens_of(sent, start, end)
    if not toks:
        return False
    head, own = span_root(toks), {t.i for t in toks}
    verb = _first_verb(head, own)
    if verb is not None and _opens_report(sent, verb, own):
        return False
    return _of_report(head, own) or (verb is not None and verb.lemma_.lower() in _SPEECH_LEMMAS)


def _opens_report(sent: Any, verb: Any, own: set[int]) -> bool:
    """Whether the expression opens what the speech verb reports, right after its "that": "police
    reported that on Tuesday, 7 April, two men opened fire" dates the shooting, whatever the parse
    hangs it on ("said on Saturday that ..." is when it was said)."""
    first = min(own)
    if not verb.i < first:
        return False
    i = first - 1
    while i > verb.i and (sent.doc[i].lower_ in _OPENERS or _clock(sent.doc[i])):
        i -= 1  # "said that at about 2300 hrs on Saturday 12 July, two armed men ...": the time first
    return i > verb.i and sent.doc[i].lower_ == "that"


_OPENERS = frozenset({"on", "in", "at", "early", "late", ","})
# the words of a time of day told before the date: "at about 2300 hrs", "at around 6 p.m. local time"
_CLOCK_WORDS = frozenset(
    "about around approximately approx. approx hrs hours h am pm a.m. p.m. local time gmt utc".split()
)


def _clock(tok: Any) -> bool:
    return tok.lower_ in _CLOCK_WORDS or tok.like_num or ":" in tok.text


# nouns of a report whose date is when it was made: "In a *Monday statement* the army put its losses at
# four", "according to a communique on Sunday"
_REPORT_NOUNS = frozenset(
    "statement communique communiqué release briefing announcement bulletin report".split()
)


def _of_report(head: Any, own: set[int], trigger: int = -1) -> bool:
    """Whether the expression qualifies a report noun (not the trigger at index ``trigger``) below
    its first verb."""
    tok = head
    for _ in range(12):
        if tok.pos_ in ("VERB", "AUX") and tok.i not in own or tok.i == trigger:
            return False
        if tok.i not in own and tok.pos_ == "NOUN" and tok.lemma_.lower() in _REPORT_NOUNS:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _speech(verb: Any) -> bool:
    """A verb of speech, not "claimed 14 lives"."""
    if verb.lemma_.lower() not in _SPEECH_LEMMAS:
        return False
    return not any(c.dep_ == "dobj" and c.lemma_.lower() in ("life", "lives") for c in verb.children)


def _coordinated_past(trigger: Any) -> list[Any]:
    """The trigger and the past-tense verbs coordinated with it: "killed a gendarme and wounded three
    others ... on Friday" tells one act's date once ("met X and will meet Y on Friday" does not)."""
    if trigger.pos_ not in ("VERB", "AUX") or not _past(trigger):
        return [trigger]
    out = [trigger]
    for c in trigger.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and (_past(c) or _bare_conjunct(c)) and not _has_subject(c):
            out.append(c)
    if (
        trigger.dep_ == "conj"
        and trigger.head.pos_ == "VERB"
        and _past(trigger.head)
        and not _has_subject(trigger)
    ):
        out.append(trigger.head)
    return out


def _has_subject(verb: Any) -> bool:
    """A conjoined verb with a doer of its own is another act ("shelling killed two in X on Saturday,
    and a bomb killed one in Y on Sunday"), not a second verb of the same act ("a soldier was killed
    and two others were wounded when ... on Monday", "... and another went missing after ..." are one)."""
    if verb.tag_ == "VBN" and not has_aux(verb):
        return False  # "and his son critically injured": a reduced passive
    return any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children)


def _bare_conjunct(verb: Any) -> bool:
    """A base-form conjunct with no subject or auxiliary of its own shares the trigger's tense: the
    tagger's "fired tear gas and *live* ammunition" ("will meet" has its own auxiliary)."""
    return verb.tag_ == "VB" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children
    )


def _future(verb: Any) -> bool:
    """A verb with "will"/"would"/"may" or a plan: "will travel to Doha on Friday", "is due to appear"."""
    return verb.lemma_.lower() in _PLAN_LEMMAS or any(
        c.dep_ == "aux" and (c.lower_ in FUTURE_AUX or c.tag_ == "MD") for c in verb.children
    )


_PLAN_LEMMAS = PLANNING_LEMMAS | {"vow", "threaten", "promise"}


def _past(verb: Any) -> bool:
    return verb.tag_ in ("VBD", "VBN") and not any(
        c.dep_ in ("aux", "auxpass") and (c.lower_ in FUTURE_AUX or c.tag_ == "MD") for c in verb.children
    )


_SIMULTANEOUS_MARKS = frozenset({"while", "when", "as"})
_OTHER_TIME_MARKS = frozenset({"after", "before", "since", "until", "till", "once", "because", "following"})
# a gerund after these tells another act than the trigger: "detained *despite* lifting the ban in June 2018"
_OTHER_TIME_PREPS = frozenset({"despite", "after", "before", "since", "following"})
_SPEECH_LEMMAS = frozenset(
    {"say", "tell", "report", "claim", "announce", "accuse", "deny", "state", "confirm"}
)
# acts about an earlier act: "Prosecutors on Monday filed charges against a man accused of opening
# fire ..., killing two" (the parser hangs "killing" on "filed"); a killing named as their object
# ("condemned on Tuesday the killing of ...") keeps their date, having none of its own
_PROCEEDING_LEMMAS = frozenset(
    {"file", "charge", "indict", "arraign", "convict", "sentence", "condemn", "denounce", "invoke", "mourn"}
)
_PUBLISHING_LEMMAS = _SPEECH_LEMMAS | {"release", "publish", "issue", "post"}


_CASUALTY_LEMMAS = HARM_LEMMAS | {"shoot", "lose"}


def _simultaneous(verb: Any, trigger: Any, cause: bool = False) -> bool:
    """Whether ``verb`` is in a "while"/"when"/"as" clause of the trigger (through purpose infinitives):
    "was arrested while taking her daughter to see her parents in April 2016" happened then too. A
    casualty verb's "after" clause is its cause, of the same day: "three died after two groups
    clashed on Monday" (an arrest "after he addressed a rally on Sunday" is not)."""
    marks = _SIMULTANEOUS_MARKS | ({"after"} if cause else set())
    for _ in range(3):
        if verb.head.i == trigger.i:
            return verb.dep_ == "advcl" and _marked(verb, marks)
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        if verb.dep_ not in ("advcl", "xcomp") or not infinitive:
            return False  # only a purpose infinitive ("to see") may sit between
        verb = verb.head
    return False


def _marked(verb: Any, marks: frozenset[str] | set[str]) -> bool:
    """Whether a clause is introduced by one of ``marks`` ("*as* crowds gathered", "*while* taking")."""
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in marks for c in verb.children)
