"""Casualty cues and the counts they govern in one tokenised sentence: the pieces
:mod:`whimbrel.casualty_counts` (the surface scan), :mod:`whimbrel.casualty_unnumbered` (victims told
without a number word) and :mod:`whimbrel.casualty_syntax` (the dependency rule) share.

``cue_at`` reads a cue starting at a token ("killed", "shot dead", "to death", "lost their lives",
"taken to hospital", "hit by stray bullets"); ``subject_cue`` / ``object_cue`` / ``toll_cue`` find the
cue a number is the subject, object or toll of ("six civilians were killed", "killing six", "the death
toll rose to 45"); ``build`` makes the :class:`CasualtyMention`. The word lists are in
:mod:`whimbrel.casualty_words`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .casualty_words import (
    AFTER_INTRANSITIVE,
    ASIDE_OPENERS,
    ATTACKERS,
    BODIES,
    BREAK,
    DEAD_PASSIVE,
    DISCOVERED,
    INJ_PASSIVE,
    KILLING_OF,
    KNOWN_TO_HAVE,
    LOST_MEN,
    MONTHS,
    NOT_AFTER_A,
    NOT_AFTER_ONE,
    PASSIVE_AUX,
    PERSON_NOUNS,
    REVISED,
    RISE,
    SHOOT,
    SUBSET_AFTER,
    SUBSET_BEFORE,
    SUFFERED,
    TAKE_LIVES,
    TALLIED,
    TALLY_OWNERS,
    TO_DEATH,
    TOLL_VERBS,
    TRANSITIVE,
    UNIT_WORDS,
    WOUNDING_OF,
)
from .lexicon import KILLING_PHRASES
from .numbers import (
    SCHOOL_YEARS,
    TENS,
    UNITS,
    NumberExpr,
    Tok,
    article_at,
    digit_value,
    followed_by,
    glued_name,
    number_at,
    words,
    ws,
)
from .types import Count


@dataclass(frozen=True, slots=True)
class CasualtyMention:
    """One count found in a sentence, with its cue; offsets are story offsets when ``base`` was given."""

    kind: str  # "dead" | "injured" | "casualties"
    count: Count
    cue_start: int
    cue_end: int
    cue_text: str
    attackers: bool = False  # the counted people are the attackers ("three gunmen were killed")
    subset: bool = False  # part of another count ("including 2 women", "5 of them children")
    toll: bool = False  # a total ("the death toll rose to 45", "45 deaths")
    method: str = ""  # rule:number kind, e.g. "object:low", "subject:vague", "toll:exact", "dependency:one"
    period: bool = False  # a period's total, not the event's ("27 killed so far this year")
    # one of the people listed as the dead ("The dead included two soldiers and a nurse"): part of the
    # act's toll, and the toll itself only when no other figure is told
    listed: bool = False


# --------------------------------------------------------------------------- casualty cues


# how the dead come to be counted as bodies: found, or brought in ("the hospital received four bodies")
_BODIES_CAME = DISCOVERED | ws("received receives brought taken delivered carried transported")


# the dead told by their burial or cremation ("were buried", "cremated the 14 victims"); "buried
# under the rubble" and "buried alive" tell people trapped, not yet dead
_BURIED = frozenset({"buried", "burying", "buries", "bury", "cremated", "cremating"})
_TRAPPED = frozenset({"under", "beneath", "alive", "by"})
_FALLEN_MATTER = frozenset({"rubble", "debris", "mud", "landslide", "mudslide", "snow", "avalanche", "ruins"})
# the nouns of the dead a burial's object names ("buried 14 victims", "cremated the bodies of nine")
_BURIED_NOUNS = {(w,) for w in ("victims", "bodies", "corpses", "dead", "remains")}

# what soldiers fall in: "fell in combat", "fell during the fighting", "fell in the line of duty"
_IN_BATTLE = frozenset("fighting combat battle action clashes clash attack exchange line".split())
# how a communiqué honours its fallen: "fell with honour", "fell on the field of honour"
_HONOUR = frozenset("honour honor".split())


def cue_at(toks: Sequence[Tok], j: int) -> tuple[str, int, bool] | None:
    """A cue beginning at token j: (kind, next index, whether it may be an active transitive verb)."""
    n, w = len(toks), toks[j].low
    nxt = toks[j + 1].low if j + 1 < n else ""
    prev = toks[j - 1].low if j > 0 else ""
    if (w, nxt) in SHOT_DEAD or (w, nxt) in (("burnt", "alive"), ("burned", "alive")):
        return "dead", j + 2, (w, nxt) in SHOT_DEAD  # "gunmen who shot dead five policemen" is active
    if (w, nxt) == ("to", "death") and prev in TO_DEATH:
        return "dead", j + 2, False
    if w in TO_DEATH and nxt == "and" and j + 2 < n and toks[j + 2].low in TO_DEATH:
        # "were beaten and stoned to death", "were beaten and burned alive": one fate, told twice
        if words(toks, j + 3, 2) == ("to", "death"):
            return "dead", j + 5, False
        if toks[j + 2].low in ("burned", "burnt") and words(toks, j + 3, 1) == ("alive",):
            return "dead", j + 4, False
    if w == "fell" and nxt in ("in", "during") and any(t.low in _IN_BATTLE for t in toks[j + 2 : j + 5]):
        return "dead", j + 1, False  # "Three volunteers and one soldier fell during the fighting"
    if w == "fell" and nxt in ("with", "on") and any(t.low in _HONOUR for t in toks[j + 2 : j + 6]):
        return "dead", j + 1, False  # a communiqué's "Eleven soldiers fell with honour"
    if w == "succumbed":
        k = j + 2 if nxt == "to" else j + 1
        k = k + 1 if k < n and toks[k].low in ("his", "her", "their") else k
        return "dead", k + 1 if k < n and toks[k].low in ("injuries", "wounds") else j + 1, False
    if w == "lost" and nxt in ("their", "his", "her") and j + 2 < n and toks[j + 2].low in ("lives", "life"):
        return "dead", j + 3, False
    if w in ("paid", "paying") and nxt == "the" and words(toks, j + 2, 2) in _SUPREME_PRICE:
        return "dead", j + 4, False  # "four soldiers paid the supreme price": a military release's dead
    if (w, nxt) == ("sent", "to") and j + 2 < n and toks[j + 2].low == "hell":
        return "dead", j + 3, False  # "six terrorists were sent to hell": a military statement's dead
    # translated press: "two elements found death", "met their death", "were deprived of life"
    at = j + 2 if nxt in ("their", "his", "her") else j + 1
    if w in ("found", "met") and words(toks, at, 1) == ("death",):
        return "dead", at + 1, False
    at = j + 3 if words(toks, j + 2, 1) in (("their",), ("his",), ("her",)) else j + 2
    if (w, nxt) == ("deprived", "of") and words(toks, at, 1) in (("life",), ("lives",)):
        return "dead", at + 1, False
    if (w, nxt) == ("without", "life") and prev not in ("a", "the"):
        return "dead", j + 2, False  # "leaving five persons without life": dead, in translated press
    if w in ("embraced", "attained", "achieved") and nxt in ("martyrdom", "shahadat"):
        return "dead", j + 2, False  # "Two police constables embraced martyrdom"
    if w in ("bodies", "corpses") and any(t.low in _BODIES_CAME for t in toks[j + 1 : j + 6]):
        return "dead", j + 1, False  # "14 bodies were found", "Four bodies were brought to the hospital"
    if w in _BURIED and prev in PASSIVE_AUX and not _trapped(toks, j + 1):
        return "dead", j + 1, False  # "Eleven of the victims were buried on Wednesday"
    if (w, nxt) == ("laid", "to") and words(toks, j + 2, 1) == ("rest",) and prev in PASSIVE_AUX:
        return "dead", j + 3, False  # "The nine traders were laid to rest on Friday"
    if w in SUFFERED and any(t.low in _HURTS for t in toks[j + 1 : j + 5]):
        return "injured", j + 1, False  # "a girl living next door suffered burns", "survived with injuries"
    if w in ("took", "caught") and nxt == "a" and words(toks, j + 2, 1) == ("bullet",):
        return "injured", j + 3, False  # "His cousin ... took a bullet in the leg"
    hurt = _hurt_later(toks, j + 1) if w in _SURVIVED else None
    if hurt == "injured":
        return "injured", j + 1, False  # "survived by hiding in a field and was treated for a wound"
    if hurt == "dead" and w == "found":
        return "dead", j + 1, False  # "was found with gunshot wounds and was later pronounced dead"
    if w in _TAKEN and nxt == "to" and any(t.low in _CARE for t in toks[j + 2 : j + 6]):
        return "injured", j + 1, False  # "The mother was taken to hospital with gunshot wounds."
    by_projectile = "by" in words(toks, j + 1, 5) and any(t.low in _PROJECTILES for t in toks[j + 1 : j + 8])
    if w == "hit" and by_projectile:
        return "injured", j + 1, False  # "residents were hit by stray bullets", "hit in the leg by an arrow"
    limb = next((m for m in range(j + 1, min(n, j + 4)) if toks[m].low in _LIMBS), None)
    if w == "lost" and limb is not None:
        return "injured", limb + 1, False  # "a third lost a leg"
    shot_in = next((m for m in range(j + 2, min(n, j + 5)) if toks[m].low in _LIMBS | _SHOT_IN), None)
    if w in ("shot", "hit") and nxt == "in" and shot_in is not None and (prev in PASSIVE_AUX or prev == ","):
        return "injured", shot_in + 1, False  # "An officer was shot in the leg", "A girl, hit in the arm,"
    if w == "in" and nxt in _CARE and prev in _STILL_IN:
        return "injured", j + 2, False  # "six others were in hospital"
    state = _in_a_condition(toks, j)
    if state is not None and (prev in _STILL_IN or prev in _TAKEN or prev in ("transported", "admitted")):
        return "injured", state, False  # "a sixth victim was in a critical condition", "in stable condition"
    if w == "receiving" and nxt == "treatment":
        return "injured", j + 2, False  # "four others are receiving treatment"
    if w in _NEEDED and (nxt == "treatment" or words(toks, j + 1, 2) in _CARE_TREATMENT):
        return "injured", j + (2 if nxt == "treatment" else 3), False  # "needed hospital treatment"
    if w == "treated" and prev in ("being", "were", "was", "are", "is"):
        return "injured", j + 1, False  # "eight others are still being treated"
    if w == "wounds" and prev not in ("his", "her", "their", "its") and not _died_after(toks, j + 1):
        return "injured", j + 1, False  # "a third person escaped with gunshot wounds"
    if w in INJ_PASSIVE:
        return "dead" if prev in ("fatally", "mortally") else "injured", j + 1, w in TRANSITIVE
    if w == "dead" and nxt in _DEAD_IDIOMS:
        return None  # "channelled into a dead end", "a dead heat"
    if w in DEAD_PASSIVE:
        return "dead", j + 1, w in TRANSITIVE
    return ("casualties", j + 1, False) if w == "casualties" else None


def _trapped(toks: Sequence[Tok], j: int) -> bool:
    """The burial cue ending before ``j`` tells people trapped: "buried under the rubble", "buried
    alive", "buried in mud" (not "buried in a mass grave")."""
    if words(toks, j, 1) and toks[j].low in _TRAPPED:
        return True
    return any(t.low in _FALLEN_MATTER for t in toks[j : j + 4])


def _object_at(toks: Sequence[Tok], k: int) -> bool:
    """A verb's object starts at ``k``: a number, an article or a possessive ("shot dead three
    villagers", "killed a guard", "wounded his brother")."""
    if k >= len(toks):
        return False
    return toks[k].low in ("his", "her", "their") or bool(number_at(toks, k, 0) or article_at(toks, k, 0))


def _passive_cue_at(toks: Sequence[Tok], j: int) -> bool:
    """A passive auxiliary at ``j`` and a cue right after it ("were admitted to hospital")."""
    return j + 1 < len(toks) and toks[j].low in PASSIVE_AUX and cue_at(toks, j + 1) is not None


def _hurt_later(toks: Sequence[Tok], j: int) -> str | None:
    """Within the clause from ``j``: "with" or "treated for" a few words before a word for wounds
    ("... was rescued by police with serious burns", "... and was treated for a bullet wound"):
    "injured", or "dead" when the clause goes on to tell the death ("... was found with gunshot
    wounds and was later pronounced dead")."""
    for m in range(j, min(len(toks), j + 14)):
        if toks[m].low in (".", ";", "but", "while") or (toks[m].low in _MORE_DEAD):
            return None
        if toks[m].low in _HURTS:
            if not any(t.low in ("with", "for") for t in toks[max(j, m - 4) : m]):
                return None
            return "dead" if _died_after(toks, m + 1) else "injured"
    return None


def _died_after(toks: Sequence[Tok], j: int) -> bool:
    """The clause from ``j`` tells that the wounded died: "found with gunshot wounds and pronounced
    dead", "... and later succumbed"; or the clause after a semicolon that tells of them again: "found
    two men with gunshot wounds; both were pronounced dead"."""
    for m in range(j, min(len(toks), j + 12)):
        t = toks[m]
        if t.low == ";" and words(toks, m + 1, 1) and words(toks, m + 1, 1)[0] in _THEM_AGAIN:
            continue
        if t.low in (".", ";"):
            return False
        if t.low in _MORE_DEAD or t.low == "succumbed":
            return True
    return False


# who a clause after a semicolon opens with when it tells again of the people just counted
_THEM_AGAIN = frozenset({"both", "all", "he", "she", "they"})


# who survived, escaped, was rescued, found or pulled out, told with wounds further on in the clause
_SURVIVED = frozenset({"survived", "escaped", "rescued", "found", "pulled"})
_MORE_DEAD = frozenset({"killed", "dead", "died"})
_DEAD_IDIOMS = frozenset({"end", "ends", "heat", "letter", "weight", "wood", "zone", "silence", "serious"})
_SUPREME_PRICE = {
    ("supreme", "price"),
    ("ultimate", "price"),
    ("supreme", "sacrifice"),
    ("ultimate", "sacrifice"),
}
_HURTS = frozenset(
    {
        "burns",
        "injuries",
        "wounds",
        "fractures",
        "injury",
        "wound",
        "cuts",
        "lacerations",
        "inhalation",
        "bruises",
    }
)  # "was treated for smoke inhalation"
_TAKEN = frozenset({"taken", "rushed", "admitted", "airlifted", "evacuated", "flown", "shifted", "referred"})
_TOOK = frozenset({"took", "rushed", "airlifted", "evacuated", "ferried", "carried", "brought"})
_CARE = frozenset({"hospital", "hospitals", "clinic", "infirmary"})
_PROJECTILES = frozenset(
    {
        "bullet",
        "bullets",
        "shrapnel",
        "gunfire",
        "pellets",
        "fragments",
        "debris",
        "arrow",
        "arrows",
        "rounds",
    }
)
_STILL_IN = frozenset({"were", "was", "are", "is", "remain", "remained", "remains", "still"})
# the hurt who needed care: "a woman and her son needed hospital treatment for smoke inhalation"
_NEEDED = frozenset({"needed", "required", "needing", "requiring"})
_CARE_TREATMENT = frozenset({("hospital", "treatment"), ("medical", "treatment")})
# the state of the hurt: "in a critical condition", "in stable condition", "in non-critical condition"
_CONDITIONS = frozenset(
    {"critical", "serious", "stable", "grave", "non-critical", "life-threatening", "satisfactory", "fair"}
)


def _in_a_condition(toks: Sequence[Tok], j: int) -> int | None:
    """``toks[j]`` is "in" opening a state of health ("in a critical condition"): the index past it."""
    if toks[j].low != "in":
        return None
    k = j + 2 if words(toks, j + 1, 1) == ("a",) else j + 1
    if k + 1 < len(toks) and toks[k].low in _CONDITIONS and toks[k + 1].low == "condition":
        return k + 2
    return None


# where a shot wounds rather than kills ("was shot in the leg", "shot in both arms")
_SHOT_IN = frozenset({"thigh", "thighs", "shoulder", "knee", "knees", "ankle", "buttocks", "hip"})
_LIMBS = frozenset(
    {"leg", "legs", "arm", "arms", "eye", "eyes", "hand", "hands", "foot", "feet", "limb", "limbs"}
)


def _then_died(toks: Sequence[Tok], k: int) -> int | None:
    """The index of "died" or "succumbed" a few words after a participle, in the same clause, or of
    the death cue after a passive auxiliary ("One soldier hit by shrapnel was killed")."""
    for m in range(k, min(len(toks), k + 8)):
        if toks[m].low in ("died", "succumbed"):
            return m
        if toks[m].low in PASSIVE_AUX and m + 1 < len(toks) and toks[m + 1].low in DEAD_PASSIVE:
            return m + 1
        if is_break(toks[m]):
            return None
    return None


# the death a doctor or the police tell: "pronounced dead", "declared dead on arrival", "confirmed dead"
_DECLARED = frozenset({"pronounced", "declared", "confirmed", "certified"})


def declared_dead(toks: Sequence[Tok], k: int) -> int | None:
    """The index of "dead" in "pronounced/declared/confirmed dead" told of the same people after they
    were taken to hospital or found wounded, in the same sentence: "was rushed to the hospital but
    was declared dead on arrival", "were taken to hospital, where they were confirmed dead". No
    number on the way ("..., where one of them was pronounced dead": some of them)."""
    for m in range(k, min(len(toks) - 1, k + 16)):
        w = toks[m].low
        if w in (".", ";", "while", "whereas") or number_at(toks, m, 0) is not None:
            return None
        if w in _DECLARED and toks[m + 1].low == "dead":
            return m + 1
    return None


def _and_died(toks: Sequence[Tok], k: int) -> int | None:
    """The index of "died" told with "and" after the wounds someone suffered, asides between: "suffered
    stab wounds and, despite the efforts of paramedics, died at the scene" (16 words at most, within
    the sentence and its clause: no ";" and no "while" or "but" on the way; not "..., where one of them
    died": some of them)."""
    joined = False
    for m in range(k, min(len(toks), k + 16)):
        w = toks[m].low
        if w in ("died", "succumbed") and joined:
            return m
        if (
            w in (";", ".", "while", "but", "whereas", "where")
            or (w[0].isdigit() and not joined)
            or w in UNITS
        ):
            return None
        joined = joined or w == "and"
    return None


def people_noun(word: str) -> bool:
    """A noun for people, singular or plural ("people", "civilians", "a guard")."""
    plural = (
        (word.endswith("s") and word[:-1] in PERSON_NOUNS)
        or (word.endswith("men") and word[:-3] + "man" in PERSON_NOUNS)  # "fishermen", "policemen"
        or (word.endswith("ves") and word[:-3] + "fe" in PERSON_NOUNS)  # "wives"
    )
    return word in _PLURAL_PEOPLE or word in PERSON_NOUNS or plural


_PLURAL_PEOPLE = frozenset({"people", "persons", "men", "women", "children"})
_THEN_DIED = {(w,) for w in ("died", "later", "succumbed")}


def _dies_next(toks: Sequence[Tok], j: int) -> bool:
    """The people told at ``j`` died after being hurt: "six wounded men died", "... later died", "...
    had died" (not "20 wounded people had been treated")."""
    if words(toks, j, 1) in (("have",), ("had",)):
        return _then_died(toks, j) is not None
    return words(toks, j, 1) in _THEN_DIED


def is_break(t: Tok) -> bool:
    return t.low in BREAK or (not t.low[0].isalnum() and t.low not in ("-", "'", "’"))


# a time told right after a passive cue: "two had been killed and 16 injured the previous day"
_DAY_BEFORE = frozenset(
    ("the", w) for w in ("previous", "following", "next", "same", "day", "night", "evening", "morning")
)
# after "NUM wounded", a verb of the wounded themselves: "Nine wounded have been airlifted"
_AUXILIARIES = frozenset({"have", "has", "had", "are", "were", "was", "is", "remain", "remained"})
# the words that make a number approximate when they stand before it ("a man of about 70")
ROUGHLY = frozenset({"about", "around", "some", "nearly", "almost", "roughly"})


def age_after(toks: Sequence[Tok], j: int) -> int:
    """The index past "of (about) 80" or "of about thirty years" at ``j`` after a person's noun (0 when
    there is none): an age, not a number of people."""
    if toks[j].low != "of":
        return 0
    k = j + 1
    while k < len(toks) and toks[k].low in ROUGHLY:
        k += 1
    if k >= len(toks):
        return 0
    w = toks[k].low
    if not (
        (w.isdigit() and len(w) <= 3) or w in TENS or (w in UNITS and words(toks, k + 1, 1) == ("years",))
    ):
        return 0
    return k + 2 if words(toks, k + 1, 1) == ("years",) else k + 1  # "of about thirty years"


# people told as one of a body: "a member of a local vigilante group", "a leader of the union"
_MEMBERS = frozenset({"member", "leader", "official", "officer", "commander", "employee", "volunteer"})


def subject_cue(toks: Sequence[Tok], ne: NumberExpr) -> tuple[str, int, int, list[str]] | None:
    """NUM words* CUE: "six civilians were killed", "45 deaths", "12 wounded", "a soldier was hurt".

    The words may hold one comma-enclosed aside ("Six civilians, including two children, were killed");
    a cue that may be active ("two gunmen killed ...") needs a passive auxiliary or a clause end after it.
    """
    n = len(toks)
    j, passive, skipped, relative = ne.last, False, False, False
    single = not (ne.first > 0 and toks[ne.first - 1].low == "and")  # "four raiders and a guard were"
    nouns: list[str] = []
    while j < n and len(nouns) <= 8:
        cue = cue_at(toks, j) if toks[j - 1].low != "the" else None  # "one of the injured died"
        if cue is not None:
            kind, k, transitive = cue
            if words(toks, j, 2) == ("to", "death") and not passive and _object_at(toks, k):
                return None  # "A mob beat to death two suspected thieves": the doers, not victims
            bare = nouns in ([], ["of"])  # "12 wounded people", "dozens of wounded people"
            if (
                transitive
                and not passive
                and k < n
                and toks[k].low[0].isalnum()
                and (toks[k].low not in AFTER_INTRANSITIVE or number_at(toks, k, 0) is not None)
                and words(toks, k, 2) not in _DAY_BEFORE  # "16 injured the previous day"
                and not (bare and people_noun(toks[k].low) and not _dies_next(toks, k + 1))
                and not (bare and toks[k].low in _AUXILIARIES)  # "Nine wounded have been airlifted"
            ):  # ("1,026 injured people" is a count; "six wounded men died" another)
                return None  # "two gunmen killed five", "two groups killed at least 7": active
            died = _then_died(toks, k) if kind == "injured" and (relative or not passive) else None
            if died is None and kind == "injured" and toks[j].low in ("suffered", "sustained", "received"):
                died = _and_died(toks, k)  # "suffered stab wounds and, despite ..., died at the scene"
            if died is None and kind == "injured":
                died = declared_dead(toks, k)  # "were taken to hospital, where they were confirmed dead"
            if died is not None:  # "A woman wounded in the raid died in hospital the next day"
                return "dead", died, died + 1, nouns
            return kind, j, k, nouns
        t = toks[j]
        if t.low in _DOING_ELSE and not relative:
            return None  # "Thousands of people attended funerals ... for worshippers killed": mourners
        if t.low == "," and words(toks, j + 1, 1) == ("who",) and _passive_cue_at(toks, j + 2):
            passive = relative = True  # "Police rescued three others, who were admitted to hospital"
            j += 3
            continue
        aside = cue_at(toks, j + 1) if t.low == "," and nouns and j + 1 < n else None
        if aside is not None and aside[2] and _object_at(toks, aside[1]):
            return None  # "about a dozen armed men arrived at dawn, shot dead three villagers": the doers
        if aside is not None:  # "A girl, shot in the arm, survived", "Two soldiers, wounded ..., were flown"
            close = next((m for m in range(j + 2, min(n, j + 12)) if toks[m].low == ","), None)
            if close is not None and aside[0] == "injured":
                died = _then_died(toks, close + 1)
                if died is not None and died <= close + 2:  # "A soldier, wounded in the ambush, later died"
                    return "dead", died, died + 1, nouns
            passive = relative = True
            j += 1
            continue
        if t.low == "," and not skipped and (nouns or ne.last - ne.first > 1):
            close = next((m for m in range(j + 1, min(n, j + 15)) if toks[m].low == ","), None)
            aux = j + 1 < n and toks[j + 1].low in PASSIVE_AUX
            if close is None and aux and not _relative_object(toks, ne):
                close = j  # "two brothers from the market, were killed"
            if close is None:
                return None
            skipped, j = True, close + 1
            continue
        age = age_after(toks, j) if ne.kind == "one" and nouns and nouns[-1] in PERSON_NOUNS else 0
        if age:  # "A woman of about 80 was wounded": her age, not a number of people
            j = age
            continue
        if t.low in ("left", "leaving") and (number_at(toks, j + 1, 0) or article_at(toks, j + 1, 0)):
            return None  # "a fight between the two factions left a man dead": the cause, not victims
        pronoun = t.low in ("him", "them") or (t.low == "her" and words(toks, j + 1, 1) == ("dead",))
        if pronoun and (toks[j - 1].low in SHOOT or toks[j - 1].low in TRANSITIVE):
            return None  # "a school officer shot him dead": the doer, not a victim ("two of them" is)
        if (
            t.low == "and"
            and nouns
            and people_noun(nouns[-1])
            and j + 1 < n
            and people_noun(toks[j + 1].low)
            and toks[j + 1].low.endswith(("s", "men", "people", "children"))
        ):
            nouns.append(t.low)  # "Dozens of soldiers and civilians were killed": one mixed group
            j += 1
            continue
        if t.low == "and" and "with" in nouns[-2:] and any(x.low in _HURTS for x in toks[j + 1 : j + 3]):
            nouns.append(t.low)  # "21 people with gunshot and baton wounds"
            j += 1
            continue
        number = (
            (digit_value(t.low) is not None and not glued_name(toks, j)) or t.low in UNITS or t.low in TENS
        )
        if number and nouns and nouns[-1] in SCHOOL_YEARS:
            nouns.append(t.low)  # "Three Form Three students were injured": their class, no count
            j += 1
            continue
        if is_break(t) or (t.low in UNIT_WORDS and not nouns) or number:
            return None
        if (
            t.low == "who"
            and ne.kind == "one"
            and nouns
            and nouns[-1] in PERSON_NOUNS
            and j + 2 < n
            and toks[j + 1].low in PASSIVE_AUX
            and (cue_at(toks, j + 2) is not None or (toks[j + 2].low == "also" and cue_at(toks, j + 3)))
        ):  # "A woman who was hit by a stray bullet is in a stable condition", "who was also shot"
            passive = relative = True
            j += 3 if toks[j + 2].low == "also" else 2
            continue
        if (
            t.low == "who"
            and ne.kind == "one"
            and nouns
            and nouns[-1] in PERSON_NOUNS
            and words(toks, j + 1, 1) in _DIED
        ):  # "an opposition activist who died in police cells"
            relative = True
            j += 1
            continue
        if ne.kind == "one" and t.low == "of" and nouns and nouns[-1] in _MEMBERS and "of" not in nouns:
            # "a member of a local vigilante group was killed": the body the one counted belongs to
            nouns.append(t.low)
            j += 2 if words(toks, j + 1, 1) in (("a",), ("an",), ("the",)) else 1
            continue
        hurt_with = t.low == "with" and any(x.low in ("wounds", "injuries") for x in toks[j + 1 : j + 4])
        if ne.kind == "one" and (
            len(nouns) >= (9 if "of" in nouns else 5)
            or (t.low in (NOT_AFTER_ONE if single else NOT_AFTER_A) and not hurt_with)
        ):
            return None  # ("a third person escaped *with* gunshot wounds" goes on)
        passive = passive or t.low in PASSIVE_AUX
        nouns.append(t.low)
        j += 1
    return None


_MORE_OF_THEM = {(w,) for w in ("more", "further", "other", "additional")}
_DIED = {(w,) for w in ("died", "perished", "succumbed")}
_RELATIVE = ("who", "which", "that", "whose")


def _relative_object(toks: Sequence[Tok], ne: NumberExpr) -> bool:
    """The number is counted inside a relative clause ("The mayor, who won 12,400 votes, was shot
    dead"): what the clause's verb took, not the subject of the verb after the clause."""
    for k in range(ne.first - 1, max(-1, ne.first - 5), -1):
        if toks[k].low in _RELATIVE:
            return k < ne.first - 1
        if is_break(toks[k]) or not toks[k].low[0].isalpha():
            return False
    return False


def _with_hurts(toks: Sequence[Tok], j: int) -> bool:
    """ "with" and a word for wounds follow within a few words of ``j``: "... man with serious head
    injuries", "two others with gunshot wounds"."""
    w = next((k for k in range(j, min(len(toks), j + 3)) if toks[k].low == "with"), None)
    return w is not None and any(t.low in _HURTS for t in toks[w + 1 : w + 5])


# a death an act followed from is another incident, told as its cause: "after the death of a student"
_CAUSE_OF = {
    (prep, "the", noun)
    for prep in ws("after following over since protesting protest mourning by at about")
    for noun in ("death", "deaths")
}


# what comes before a noun of wounding: "the wounding of", "... and injury of 20 others"
_WOUNDING_AFTER = frozenset({"the", "and"})


def object_cue(toks: Sequence[Tok], ne: NumberExpr) -> tuple[str, int, int] | None:
    """CUE NUM: "killing six civilians", "killed at least 12", "killing himself and 12 others"."""
    if words(toks, ne.last, 1) in _SPANS_OF_TIME:
        return None  # "were killed two days ago", "killed three weeks before the vote": when, not whom
    i = ne.first - 1
    if i >= 1 and toks[i].low in ("all", "'", '"', "‘", "“") and toks[i - 1].low in TRANSITIVE:
        i -= 1  # "killing all five crew members", "killed 'dozens of terrorists'"
    if (
        i >= 1
        and toks[i].low == "and"
        and toks[i - 1].low in ("himself", "herself", "themselves", "him", "her")
    ):
        i -= 2  # "killing himself and 12 others", "killing him and four of his bodyguards"
    if (
        i >= 3
        and toks[i].low == "of"
        and toks[i - 1].low in ("throats", "throat")
        and toks[i - 3].low in _SLIT
    ):
        return "dead", i - 3, i + 1  # "slit the throats of four people"
    if i >= 0 and toks[i].low in ("lost", "losing") and _person_after(toks, ne.last):
        return "dead", i, i + 1  # "killed five gang members and lost one officer": their own dead
    q = i - 1 if i >= 1 and toks[i].low in ("'", '"', "‘", "“", "’", "”") else i  # 'put "out of action" 18'
    if q >= 3 and words(toks, q - 3, 4) == ("put", "out", "of", "action"):
        return "dead", q - 3, q + 1  # a communiqué's "its units put out of action 18 terrorists"
    loss = i >= 2 and toks[i].low == "of" and toks[i - 1].low in ("loss", "losses")
    if loss and _person_after(toks, ne.last):
        return "dead", i - 1, i + 1  # a communiqué's "we regret the loss of two soldiers"
    if i >= 2 and toks[i].low == "of" and toks[i - 1].low in KILLING_OF:
        if i >= 3 and words(toks, i - 3, 3) in _CAUSE_OF:
            return None  # "rioted after the death of a student in custody": the unrest's cause, told before
        return "dead", i - 1, i + 1  # "the deaths of six miners", "a massacre of five people"
    if (
        i >= 2
        and toks[i].low == "of"
        and toks[i - 1].low in WOUNDING_OF
        and toks[i - 2].low in _WOUNDING_AFTER
    ):
        # "resulted in ... and the wounding of two other soldiers"; a translated brief's "caused the
        # death of 6 civilians and injury of 20 others"
        return "injured", i - 1, i + 1
    if i >= 1 and toks[i].low == "of" and toks[i - 1].low in BODIES:
        # "the bodies of six men were found", "the hospital had received the bodies of eight civilians"
        if any(t.low in _BODIES_CAME for t in toks):
            return "dead", i - 1, i + 1
    if i >= 0 and toks[i].low in _BURIED and words(toks, ne.last, 1) in _BURIED_NOUNS:
        return "dead", i, i + 1  # "Residents buried 14 victims on Wednesday"
    if i >= 3 and words(toks, i - 2, 3) == ("the", "lives", "of") and toks[i - 3].low in TAKE_LIVES:
        return "dead", i - 2, i + 1  # "claimed the lives of 16", not "saved the lives of several"
    if i >= 0 and toks[i].low in TAKE_LIVES and words(toks, ne.last, 1) in (("lives",), ("life",)):
        return "dead", i, i + 1  # "claimed 11 lives"
    if i >= 0 and toks[i].low in ("lost", "losing") and words(toks, ne.last, 1)[:1] in LOST_MEN:
        return "dead", i, i + 1  # "the army said it had lost 23 men"
    if i >= 0 and toks[i].low == "left" and _with_hurts(toks, ne.last):
        return "injured", i, i + 1  # "left a third man with serious head injuries"
    more = 1 if words(toks, ne.last, 1) in _MORE_OF_THEM else 0  # "recovered two further bodies"
    found = toks[i].low in _BODIES_CAME or toks[i].low in ("counted", "collected") if i >= 0 else False
    if found and words(toks, ne.last + more, 1) in (("bodies",), ("corpses",)):
        # "police recovered 7 bodies", "volunteers had counted 18 bodies", "the hospital received four
        # bodies"
        return "dead", i, i + 1
    if i >= 0 and toks[i].low in _TOOK:
        to = next((k for k in range(ne.last, min(len(toks), ne.last + 5)) if toks[k].low == "to"), None)
        if to is not None and any(t.low in _CARE for t in toks[to + 1 : to + 4]):
            return "injured", i, i + 1  # "Paramedics took six other people to hospitals"
    value = ne.last >= len(toks) or not toks[ne.last].low[0].isalnum()  # no noun after it
    if i >= 1 and toks[i].low == ":" and toks[i - 1].low in _FIELD_KINDS and value:
        return _FIELD_KINDS[toks[i - 1].low], i - 1, i  # a coder's field: "Fatalities: 4"
    if i >= 1 and (toks[i - 1].low, toks[i].low) in SHOT_DEAD:
        return "dead", i - 1, i + 1
    if i >= 2 and words(toks, i - 1, 2) == ("to", "death") and toks[i - 2].low in TO_DEATH:
        return "dead", i - 2, i + 1  # "hacked to death 11 villagers"
    if i >= 0 and toks[i].low in TO_DEATH:  # "stabbed two men to death", "burned two men alive"
        alive = toks[i].low in ("burned", "burnt", "burning")
        k = next(
            (
                k
                for k in range(ne.last, min(len(toks), ne.last + 8))
                if is_break(toks[k])
                or words(toks, k, 2) == ("to", "death")
                or (alive and toks[k].low == "alive")
            ),
            None,
        )
        if k is not None and (words(toks, k, 2) == ("to", "death") or toks[k].low == "alive"):
            return "dead", i, i + 1
    return (TRANSITIVE[toks[i].low], i, i + 1) if i >= 0 and toks[i].low in TRANSITIVE else None


_SPANS_OF_TIME = {(w,) for w in "minutes hours days weeks months years decades".split()}
_SLIT = frozenset({"slit", "slitting", "slitted", "cut", "cutting", "slashed", "slashing"})


def _person_after(toks: Sequence[Tok], j: int) -> bool:
    """A person noun right after a count ("lost one officer", "losing two of its soldiers")."""
    k = j + 2 if words(toks, j, 1) == ("of",) and j + 2 < len(toks) else j
    k = k + 1 if k < len(toks) and toks[k].low in ("its", "their", "his", "her", "the") else k
    return k < len(toks) and people_noun(toks[k].low)


_FIELD_KINDS = {
    **dict.fromkeys(("fatalities", "deaths", "dead", "killed"), "dead"),
    **dict.fromkeys(("injured", "wounded", "injuries"), "injured"),
}
_UNITS = frozenset({"state", "province", "region", "district", "county", "governorate", "department"})
_BEARINGS = frozenset(
    "north south east west northeast northwest southeast southwest north-east north-west south-east "
    "south-west outside near".split()
)
_GAVE = frozenset({"gave", "give", "gives", "giving", "cited", "offered"})  # "officials gave a figure of 30"


_BROUGHT = frozenset({"bringing", "brought", "raising", "raised", "taking", "took"})
_HURT_AFTER = {(w,) for w in ("injured", "wounded", "hurt")}
_WHEN_WORDS = MONTHS | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday night morning evening afternoon".split()
)


# what a counted crowd does instead of dying: "Thousands of people attended funerals for those killed"
_DOING_ELSE = frozenset(
    "attended attend attending mourned gathered marched protested demonstrated rallied".split()
)


def toll_cue(toks: Sequence[Tok], ne: NumberExpr) -> tuple[str, int, int, bool] | None:
    """ "the death toll (from the bombing) rose to 45", "the number of injured stood at 30"
    -> (kind, cue start, cue end, rising)."""
    if ne.first == 0 or toks[ne.first - 1].low not in TOLL_VERBS:
        return None
    if (
        toks[ne.first].low in ("a", "an")
        and toks[ne.first - 1].low == "of"
        and words(toks, ne.first - 2, 1) != ("toll",)
    ):
        return None  # "the toll from the shelling of a crowded market": the market is no toll of one
    rising = False
    j = ne.first
    while j > max(0, ne.first - 30):
        j -= 1
        w = toks[j].low
        gave_a = w == "figure" and j > 1 and toks[j - 1].low == "a" and toks[j - 2].low in _GAVE
        brought = w == "total" and j > 1 and toks[j - 1].low == "the" and toks[j - 2].low in _BROUGHT
        if (
            w == "toll"
            or gave_a
            or brought  # "found two more on Wednesday, bringing the total to seven"
            or (w in ("count", "tally", "figure") and j > 0 and toks[j - 1].low in TALLY_OWNERS)
        ):
            s = j - 1 if j > 0 and toks[j - 1].low in ("death", "casualty", "fatality") else j
            if s == j and words(toks, ne.last, 1) in _HURT_AFTER:
                return "injured", s, j + 1, rising  # "the police gave a figure of 31 injured"
            return "dead", s, j + 1, rising  # "the death toll rose to 45", "revised its count to 15"
        if j >= 2 and words(toks, j - 2, 2) in (("number", "of"), ("tally", "of")) and w in TALLIED:
            return TALLIED[w], j - 2, j + 1, rising
        if j >= 3 and words(toks, j - 3, 2) == ("number", "of") and w in TALLIED:
            return TALLIED[w], j - 3, j + 1, rising  # "the number of people killed ... had risen to 14"
        known = _number_known_to(toks, j)
        if known is not None:
            return "dead", known, j + 1, rising  # "the number of people known to have died ... rose to 24"
        if w == "number" and j > 0 and toks[j - 1].low == "the" and words(toks, j + 1, 1) != ("of",):
            told = next(
                (TALLIED[t.low] for t in reversed(toks[max(0, j - 20) : j - 1]) if t.low in TALLIED), None
            )
            if told is not None:  # "initially reported four dead, but said ... the number had risen to six"
                return told, j - 1, j + 1, rising
        rising = rising or w in RISE
        if w == ",":  # "the toll, first put at 15, was revised down to 11": over the aside
            aside = next((k for k in range(j - 1, max(0, j - 10), -1) if toks[k].low == ","), None)
            # also over a place's unit: "the toll from the attack in Shendi, River Nile state, rose to 7"
            unit = aside is not None and any(t.low in _UNITS for t in toks[aside + 1 : j])
            # ... or where the place lies: "the toll from the bombing in Ar Rastan, north of Homs, rose"
            bearing = (
                aside is not None
                and "of" in {t.low for t in toks[aside + 1 : j]}
                and (toks[aside + 1].low in _BEARINGS or digit_value(toks[aside + 1].low) is not None)
            )
            # ... or the region it lies in: "the toll from the attack on Tullus, in South Darfur, has risen"
            region = aside is not None and toks[aside + 1].low == "in" and j - aside <= 5
            # ... or when it happened: "the toll from the attack on the camp, on the night of 3 to 4
            # June, has risen to 27"
            dated = aside is not None and any(t.low in _WHEN_WORDS for t in toks[aside + 1 : j])
            if aside is not None and (
                toks[aside + 1].low in ASIDE_OPENERS or unit or bearing or region or dated
            ):
                j = aside
                continue
        if w in ("'s", "’s"):
            continue  # "the toll from Monday's attack"
        if digit_value(w) is not None and any(t.low in REVISED for t in toks[j + 1 : ne.first]):
            continue  # "an initial toll of 15 dead was revised down to 11": over the first figure
        if (
            w in ("when", "after")
            and toks[ne.first - 1].low in ("to", "at")
            and any(t.low in TALLIED for t in toks[max(0, j - 3) : j])
        ):
            continue  # "the number of people killed when a missile hit ... had risen to 14"
        if (
            w in ("that", "which")
            and toks[ne.first - 1].low in ("to", "at")
            and any(t.low in TALLIED for t in toks[max(0, j - 8) : j])
        ):
            continue  # "the number of people killed by a missile that hit a block ... has risen to nine"
        if w == "and" and _nouns_joined(toks, j):
            continue  # "the number of people killed in a clash between farmers and herders ... rose to 11"
        if is_break(toks[j]) or digit_value(w) is not None:
            return None
    return None


def _number_known_to(toks: Sequence[Tok], j: int) -> int | None:
    """The start of "the number of PEOPLE known/confirmed/reported to have died" (or "... been
    killed") ending at ``j``: a tally of the dead told through what is known of them."""
    if toks[j].low not in ("died", "killed") or j < 6:
        return None
    k = j - 1
    k = k - 1 if toks[j].low == "killed" and toks[k].low == "been" else k
    if words(toks, k - 2, 3) not in {(v, "to", "have") for v in KNOWN_TO_HAVE}:
        return None
    k -= 3  # the people
    if k < 2 or not people_noun(toks[k].low) or words(toks, k - 2, 2) != ("number", "of"):
        return None
    return k - 2


def _nouns_joined(toks: Sequence[Tok], j: int) -> bool:
    """The "and" at ``j`` joins two plain words inside a noun phrase ("farmers and herders"), not two
    tallies ("dead and injured") or clauses."""
    if j == 0 or j + 1 >= len(toks):
        return False
    a, b = toks[j - 1].low, toks[j + 1].low
    return (
        a.isalpha()
        and b.isalpha()
        and a not in TALLIED
        and b not in TALLIED
        and a not in BREAK
        and b not in BREAK
        and cue_at(toks, j - 1) is None
        and cue_at(toks, j + 1) is None
        and b not in ("the", "a", "an", "his", "her", "their")
    )


SHOT_DEAD = frozenset(KILLING_PHRASES)  # "shot dead", "gunning down"


def inside_count(toks: Sequence[Tok], ne: NumberExpr) -> bool:
    """The count is told as part of another: "including 2", "among them 3" ("two children were among
    five civilians killed": the five is the total)."""
    within = bool({t.low for t in toks[max(0, ne.first - 2) : ne.first]} & SUBSET_BEFORE)
    # further into the list: "Six people, including the village chief and two of his sons,"
    if not within:
        for k in range(ne.first - 1, max(-1, ne.first - 9), -1):
            w = toks[k].low
            if w in (",", ".", ";", ":") or w in TRANSITIVE or w in DEAD_PASSIVE or w in INJ_PASSIVE:
                break
            if w == "including" or (w == "them" and k > 0 and toks[k - 1].low == "among"):
                within = True  # "..., among them a woman and her two teenage sons,"
                break
    within = within or _broken_down(toks, ne)
    return within and not (ne.first > 0 and toks[ne.first - 1].low == "among")


_DASH_OR_BRACKET = frozenset({"-", "—", "–", "("})


def _broken_down(toks: Sequence[Tok], ne: NumberExpr) -> bool:
    """The count is part of a breakdown set off by dashes or brackets after a count: "Three
    protesters - two farmers and a university student - were killed", "five people (three women and
    two children)"."""
    for k in range(ne.first - 1, max(-1, ne.first - 8), -1):
        w = toks[k].low
        if w in _DASH_OR_BRACKET:
            counted = k >= 2 and (toks[k - 2].low in UNITS or toks[k - 2].low.isdigit())
            closed = ")" if w == "(" else w
            return (
                counted
                and toks[k - 1].low.isalpha()
                and (k < 3 or toks[k - 3].low not in (":", "."))  # not "8:00am - Police said that two"
                and any(t.low == closed for t in toks[ne.last : ne.last + 12])
            )
        if w in (",", ".", ";", ":") or w in TRANSITIVE or w in DEAD_PASSIVE or w in INJ_PASSIVE:
            return False
    return False


def part_of(toks: Sequence[Tok], ne: NumberExpr) -> bool:
    # "among them 3", "5 of them", "Of the six injured, two were admitted"
    return (
        inside_count(toks, ne)
        or _one_of_those_told(toks, ne)
        or followed_by(toks, ne.last, SUBSET_AFTER)
        or _of_the_told(toks, ne)
        or _set_off_among_them(toks, ne)
    )


def _one_of_those_told(toks: Sequence[Tok], ne: NumberExpr) -> bool:
    """A bare "one" opening a relative clause after a count: one of those ("Three others were wounded
    and taken to the district hospital, from where one, a teenage girl, was flown to Pemba")."""
    if ne.best != 1 or toks[ne.first].low != "one" or ne.first < 1 or words(toks, ne.last, 1) != (",",):
        return False  # ("a clash in which one person died": the one told by its noun, a toll)
    return toks[ne.first - 1].low in ("where", "whom") and any(
        t.low[0].isdigit() or t.low in UNITS for t in toks[: ne.first - 1]
    )


def _set_off_among_them(toks: Sequence[Tok], ne: NumberExpr) -> bool:
    """The count is set off by commas after another and ends with "among them": "30 people, four
    policemen among them, were hospitalised" (some of the 30)."""
    if ne.first < 2 or toks[ne.first - 1].low != ",":
        return False
    for k in range(ne.last, min(len(toks) - 2, ne.last + 5)):
        if toks[k].low in (",", ".", ";", ":", "and"):
            return False
        if toks[k].low == "among" and toks[k + 1].low == "them" and toks[k + 2].low == ",":
            return True
    return False


def _of_the_told(toks: Sequence[Tok], ne: NumberExpr) -> bool:
    """The count right after a sentence's opening "Of the N ...," is some of those N: "Of the six
    injured, two were admitted with stab wounds"."""
    comma = ne.first - 1
    if not 3 <= comma <= 8 or words(toks, 0, 2) not in (("of", "the"), ("of", "those")):
        return False
    return toks[comma].low == "," and all(t.low != "," for t in toks[2:comma])


def build(
    kind: str,
    ne: NumberExpr,
    toks: Sequence[Tok],
    cs: int,
    ce: int,
    text: str,
    base: int,
    nouns: Sequence[str],
    subset: bool,
    toll: bool,
    method: str,
) -> CasualtyMention:
    count = Count(ne.low, ne.high, ne.best, text[ne.start - base : ne.end - base], ne.start, ne.end)
    c0, c1 = toks[cs].start, toks[ce - 1].end
    # "three gunmen were killed" is the attackers' own loss; "troops killed three gunmen": the victims
    attackers = not method.startswith("object") and any(w in ATTACKERS for w in nouns)
    return CasualtyMention(
        kind, count, base + c0, base + c1, text[c0:c1], attackers, subset, toll, f"{method}:{ne.kind}"
    )
