"""Victims told without a number word next to a cue, read after the number scan of
:mod:`whimbrel.casualty_counts` (``find_counts`` calls each rule and adds what it finds).

One victim told by a pronoun: a bomber who dies with the victims ("killing herself and eight others",
"killing five people as well as himself", "killing only himself"), one killed after a killing verb or
shot dead ("killing him and four of his bodyguards", "police shot him dead"), "strangled her to
death", "beat him unconscious" (one injured) and a suicide ("turned the gun on himself";
``reflexive``). One victim told by a definite noun or a taken
life ("shot the attacker dead", "took his own life"; ``one_named``) or by a name after a role word
("killed rights activist Ana Ruiz"; ``titled_victim``). A body found ("his body was found", "the body
of Marvin Castillo") is one dead; "their bodies" and "shot them dead" stand for the people counted
before (``one_body``, ``killed_them``, ``last_count_before``). A headline's bare noun is one victim
("Teenager stabbed to death outside lounge", "Luton: policeman shot dead"; ``headline_victim``).
"""

from __future__ import annotations

from collections.abc import Sequence

from .casualty_cues import SHOT_DEAD, CasualtyMention, build, cue_at, is_break, people_noun
from .casualty_words import (
    AFTER_INTRANSITIVE,
    ATTACKERS,
    DISCOVERED,
    MONTHS,
    PASSIVE_AUX,
    PERSON_NOUNS,
    POSSESSIVES,
    SHOOT,
    SPEECH,
    TO_DEATH,
    TRANSITIVE,
    UNIT_WORDS,
)
from .numbers import NumberExpr, Tok, article_at, number_at, words, year_like

_BEAT = frozenset({"beat", "beaten", "beating", "knocked", "left", "kicked", "clubbed"})
_SHOT_HIM = {("shot", ("dead",)), ("gunned", ("down",))}
# "before shooting himself dead": the gunman's own death
_SHOT_HIMSELF = {(shot, ("dead",)) for shot in ("shot", "shooting", "shoots")}
_DEFINITE_ONE = frozenset({"the", "his", "her", "their"})
_OWN_LIFE = {(took, p, "own", "life") for took in ("took", "taking", "takes") for p in ("his", "her")}
# the nouns of a killing whose "of" names the victim: "the murder of Efrain Salgado"
_KILLING_NOUNS = frozenset({"killing", "murder", "assassination", "execution", "lynching"})
# the words of a killing whose object (or "of") names its victim: "shot dead radio journalist X"
_ACTIVE_KILLING = _KILLING_NOUNS | {"killed", "murdered", "assassinated", "executed", "lynched", "beheaded"}


def reflexive(toks: Sequence[Tok], text: str, base: int) -> list[CasualtyMention]:
    """A bomber who dies with the victims counts one: "killing herself and eight others", "killing
    only himself" ("blew himself up" alone tells no death); so does one victim told by a pronoun after
    a killing verb ("ambushed the chairman's van, killing him and four of his bodyguards") or shot dead
    ("police shot him dead"); one beaten unconscious is one injured ("beat him unconscious")."""
    out = []
    for k, t in enumerate(toks):
        if t.low == "themselves" and k > 0:
            out.extend(_bombers_too(toks, k, text, base))  # "killing 12 people besides themselves"
            continue
        if t.low not in ("himself", "herself", "him", "her") or k == 0:
            continue
        if t.low in ("him", "her") and words(toks, k + 1, 1) == ("unconscious",) and toks[k - 1].low in _BEAT:
            ne = NumberExpr(1, 1, 1, base + t.start, base + t.end, k, k + 1, "person")
            out.append(build("injured", ne, toks, k - 1, k + 2, text, base, [], False, False, "object"))
            continue  # "beat him unconscious"
        to_death = words(toks, k + 1, 2) == ("to", "death")
        if t.low in ("him", "her") and to_death and toks[k - 1].low in TO_DEATH:
            ne = NumberExpr(1, 1, 1, base + t.start, base + t.end, k, k + 1, "person")
            out.append(build("dead", ne, toks, k + 1, k + 3, text, base, [], False, False, "object"))
            continue  # "strangled her to death"
        if t.low in ("himself", "herself") and toks[k - 1].low in _SHOT_SELF and _died_after(toks, k + 1):
            ne = NumberExpr(1, 1, 1, base + t.start, base + t.end, k, k + 1, "person")
            out.append(build("dead", ne, toks, k - 1, k, text, base, [], False, False, "object"))
            continue  # "shot himself when officers surrounded him; he died later in hospital"
        if t.low in ("himself", "herself") and _turned_on(toks, k):
            ne = NumberExpr(1, 1, 1, base + t.start, base + t.end, k, k + 1, "person")
            out.append(build("dead", ne, toks, k - 4, k + 1, text, base, [], False, False, "object"))
            continue  # "then turned the gun on himself"
        shot = (toks[k - 1].low, words(toks, k + 1, 1))
        if shot in (_SHOT_HIM if t.low in ("him", "her") else _SHOT_HIMSELF):
            ne = NumberExpr(1, 1, 1, base + t.start, base + t.end, k, k + 1, "person")
            out.append(build("dead", ne, toks, k - 1, k + 2, text, base, [], False, False, "object"))
            continue  # "before police shot him dead", "before shooting himself dead"
        verb = _killing_before_joiner(toks, k) if t.low in ("himself", "herself") else None
        if verb is not None:
            ne = NumberExpr(1, 1, 1, base + t.start, base + t.end, k, k + 1, "person")
            out.append(build("dead", ne, toks, verb, verb + 1, text, base, [], False, False, "object"))
            continue  # "killing five people as well as himself"
        if t.low in ("him", "her") and not (k + 1 < len(toks) and toks[k + 1].low in ("and", ",", ".", ";")):
            continue  # "killing her husband": a possessive, not the victim
        v = k - 2 if toks[k - 1].low == "only" and k >= 2 else k - 1
        if TRANSITIVE.get(toks[v].low) != "dead":
            continue
        ne = NumberExpr(1, 1, 1, base + t.start, base + t.end, k, k + 1, "person")
        out.append(build("dead", ne, toks, v, v + 1, text, base, [], False, False, "object"))
    return out


def _bombers_too(toks: Sequence[Tok], k: int, text: str, base: int) -> list[CasualtyMention]:
    """Attackers counted among the dead by "themselves" after their victims ("Three suicide bombers
    blew themselves up ..., killing 12 people besides themselves"): as many dead as the attackers the
    sentence counted before the killing verb."""
    verb = _killing_before_joiner(toks, k)
    if verb is None:
        return []
    for j in range(verb - 1, -1, -1):
        ne = number_at(toks, j, base)
        if ne is None or ne.best < 2 or ne.best > 20:
            continue
        nouns = [x.low for x in toks[ne.last : ne.last + 3]]
        if any(w in ATTACKERS or w.rstrip("s") in ATTACKERS for w in nouns):
            t = toks[k]
            them = NumberExpr(ne.best, ne.best, ne.best, base + t.start, base + t.end, k, k + 1, "exact")
            return [build("dead", them, toks, verb, verb + 1, text, base, [], False, False, "object")]
    return []


_SHOT_SELF = frozenset({"shot", "stabbed", "shooting", "stabbing"})
_HE_DIED = frozenset({("he", "died"), ("she", "died"), ("and", "died"), ("later", "died"), ("he", "later")})


def _died_after(toks: Sequence[Tok], j: int) -> bool:
    """The one who shot or stabbed himself died, told later in the sentence: "...; he died later in
    hospital", "and died on the way to hospital" (within fifteen words)."""
    for k in range(j, min(len(toks) - 1, j + 15)):
        if (toks[k].low, toks[k + 1].low) in _HE_DIED:
            return toks[k + 1].low == "died" or words(toks, k + 2, 1) == ("died",)
    return False


def _killing_before_joiner(toks: Sequence[Tok], k: int) -> int | None:
    """The killing verb whose victims the bomber joins: "killing five people *as well as himself*",
    "killed eight worshippers *and herself*", "killing three officers *besides himself*"; the verb
    stands within eight words before the joiner, with no break between but a comma right before it."""
    if words(toks, k - 3, 3) == ("as", "well", "as"):
        j = k - 3
    elif words(toks, k - 3, 3) == ("in", "addition", "to"):
        j = k - 3  # "killing four guards in addition to himself"
    elif toks[k - 1].low in ("and", "besides"):
        j = k - 1  # "killed eight worshippers and herself", "killing three soldiers besides himself"
    elif toks[k - 1].low == "then" and k >= 2 and toks[k - 2].low == "and":
        j = k - 2  # "killed three people and then himself"
    else:
        return None
    if j > 0 and toks[j - 1].low == ",":
        j -= 1
    for v in range(j - 1, max(-1, j - 9), -1):
        if TRANSITIVE.get(toks[v].low) == "dead":
            return v if v + 1 < j else None  # the verb has victims of its own before the joiner
        if is_break(toks[v]):
            return None
    return None


def _turned_on(toks: Sequence[Tok], k: int) -> bool:
    """ "turned the gun on himself", "turning his weapon on herself": a suicide."""
    return (
        k >= 4
        and toks[k - 1].low == "on"
        and toks[k - 2].low in ("gun", "weapon", "rifle", "pistol")
        and toks[k - 3].low in ("the", "his", "her")
        and toks[k - 4].low in ("turned", "turning", "turns", "turn")
    )


def kin_wounded(toks: Sequence[Tok], text: str, base: int, taken: set[int]) -> list[CasualtyMention]:
    """One person wounded told by a possessive and a person noun, a few words describing them between:
    "injured his 17-year-old cousin", "wounded her teenage son" (1 injured). Only the wounded: a
    killing so told is often another crime the story recalls ("accused of murdering his wife")."""
    out = []
    for k in range(len(toks) - 2):
        if TRANSITIVE.get(toks[k].low) != "injured":
            continue
        ne = kin_at(toks, k + 1, base, reach=2)
        if ne is None or any(i in taken for i in range(ne.first, ne.last)):
            continue
        out.append(build("injured", ne, toks, k, k + 1, text, base, [], False, False, "object"))
        taken.update(range(ne.first, ne.last))
        more = number_at(toks, ne.last + 1, base) if words(toks, ne.last, 1) == ("and",) else None
        if (
            more is not None
            and not year_like(toks, more)
            and not any(i in taken for i in range(more.first, more.last))
        ):
            out.append(build("injured", more, toks, k, k + 1, text, base, [], False, False, "object"))
            taken.update(range(more.first, more.last))  # "wounded his brother and two friends"
    return out + _kin_wounded_gapped(toks, text, base, taken)


def _kin_wounded_gapped(toks: Sequence[Tok], text: str, base: int, taken: set[int]) -> list[CasualtyMention]:
    """One relative wounded in a passive whose "was" is left out after the first clause: "A farmer was
    hacked to death and his wife injured when fighters broke in" (1 injured)."""
    out = []
    for k in range(3, len(toks)):
        if toks[k].low not in ("injured", "wounded", "hurt"):
            continue
        if k + 1 < len(toks) and toks[k + 1].low[0].isalnum() and toks[k + 1].low not in AFTER_INTRANSITIVE:
            continue  # "and his son wounded two guards": active
        for j in range(k - 3, k - 1):
            ne = kin_at(toks, j, base, reach=2) if j >= 1 and toks[j - 1].low == "and" else None
            if ne is None or ne.last != k or any(i in taken for i in range(ne.first, ne.last)):
                continue
            if not any(t.low in ("was", "were") for t in toks[: j - 1]):
                continue  # no passive told before to leave its "was" out
            out.append(build("injured", ne, toks, k, k + 1, text, base, [], False, False, "object"))
            taken.update(range(ne.first, ne.last))
            break
    return out


def one_named(toks: Sequence[Tok], text: str, base: int, taken: set[int]) -> list[CasualtyMention]:
    """One victim told by a definite noun between "shot" and "dead" ("his colleague shot the attacker
    dead", "shot his wife dead"), and a suicide told as a taken life ("took his own life")."""
    out = []
    for k in range(len(toks) - 3):
        if toks[k].low in SHOOT and toks[k + 1].low in _DEFINITE_ONE:
            m = next((m for m in range(k + 2, min(len(toks), k + 5)) if toks[m].low == "dead"), None)
            if m is None or m in taken or any(is_break(t) for t in toks[k + 2 : m]):
                continue
            noun = toks[m - 1].low
            if not (noun in PERSON_NOUNS or noun in ATTACKERS or noun == "suspect"):
                continue
            ne = NumberExpr(1, 1, 1, base + toks[k + 1].start, base + toks[m - 1].end, k + 1, m, "person")
            out.append(build("dead", ne, toks, k, m + 1, text, base, [], False, False, "object"))
        elif words(toks, k, 4) in _OWN_LIFE and toks[k + 1].low in POSSESSIVES:
            ne = NumberExpr(1, 1, 1, base + toks[k + 1].start, base + toks[k + 3].end, k + 1, k + 4, "person")
            out.append(build("dead", ne, toks, k, k + 4, text, base, [], False, False, "object"))
        elif (who := _the_attacker_killed(toks, k, text)) is not None:
            verb = k + 2 if toks[k + 1].low == "being" else k + 3
            ne = NumberExpr(1, 1, 1, base + toks[who].start, base + toks[who].end, who, who + 1, "person")
            nouns = ["attacker"]  # the attackers' own loss
            out.append(build("dead", ne, toks, verb, verb + 1, text, base, nouns, False, False, "subject"))
        elif (group := _the_attackers_killed(toks, k, base)) is not None:
            # "Two armed men opened fire ..., wounding two officers before being shot dead"
            nouns = ["attackers"]
            out.append(build("dead", group, toks, k + 2, k + 3, text, base, nouns, False, False, "subject"))
    return out


def _the_attackers_killed(toks: Sequence[Tok], k: int, base: int) -> NumberExpr | None:
    """The attackers a sentence opened with by their number, killed in the end: "Two armed men opened
    fire on a police post, wounding two officers, before being shot dead by security forces"."""
    if toks[k].low not in _THEN or words(toks, k + 1, 1) != ("being",):
        return None
    verb = k + 2
    if verb >= len(toks) or not (
        toks[verb].low == "killed" or words(toks, verb, 2) in (("shot", "dead"), ("gunned", "down"))
    ):
        return None
    first = next((j for j in range(k) if toks[j].low[0].isalnum()), None)  # the sentence's first word
    ne = number_at(toks, first, base) if first is not None else None
    if ne is None or ne.best < 2:
        return None
    nouns = range(ne.last, min(k, ne.last + 3))
    noun = next((j for j in nouns if people_noun(toks[j].low) or toks[j].low in ATTACKERS), None)
    if noun is None or words(toks, noun + 1, 1) in (("was",), ("were",), ("had",)):
        return None  # "Two men were stabbed ... before being shot dead": victims, told in the passive
    return ne


def _the_attacker_killed(toks: Sequence[Tok], k: int, text: str) -> int | None:
    """The lone attacker the sentence opened with, killed in the end: "A gunman shot dead two people
    ... before he was killed by an off-duty police officer", "A man stabbed a unionist to death ...
    before being shot dead by police". The index of the word told dead ("he", or the opening noun
    when "being" stands for it), else None."""
    if toks[k].low not in _THEN:
        return None
    if words(toks, k + 1, 2) in (("he", "was"), ("she", "was")):
        who, verb = k + 1, k + 3
    elif words(toks, k + 1, 1) == ("being",):
        opener = _lone_opener(toks, k, text)
        if opener is None:
            return None
        who, verb = opener, k + 2
    else:
        return None
    if verb >= len(toks) or toks[verb].low not in ("killed", "shot", "gunned"):
        return None
    if toks[verb].low != "killed" and words(toks, verb + 1, 1) != (
        ("dead",) if toks[verb].low == "shot" else ("down",)
    ):
        return None
    before = {t.low for t in toks[:k]}
    if before & (ATTACKERS - _LONE_ATTACKER):
        return None
    if who == k + 1 and not before & _LONE_ATTACKER:
        return None
    return who


def _lone_opener(toks: Sequence[Tok], k: int, text: str) -> int | None:
    """The one person a sentence opens with ("A man stabbed ...", "BRATISLAVA — A gunman ..."): the
    noun after an opening "a"/"an"."""
    first = next((j for j in range(k) if toks[j].low in ("a", "an")), None)
    if first is None:
        return None
    if any(
        toks[j].low[0].isalpha() and not text[toks[j].start : toks[j].end].isupper() for j in range(first)
    ):
        return None  # the article opens the sentence, after a dateline at most
    who = next((j for j in range(first + 1, min(k, first + 4)) if toks[j].low in _ONE_WHO_ATTACKS), None)
    if who is None or words(toks, who + 1, 1) in (("was",), ("had",)):
        return None  # "A man was stabbed ... before being shot dead": the victim, told in the passive
    return who


_THEN = frozenset({"before", "until", "after", "when"})
_LONE_ATTACKER = frozenset({"attacker", "assailant", "gunman", "bomber", "perpetrator", "hijacker", "raider"})
# who may open a sentence as its one attacker: "A man stabbed ...", "A conscript opened fire ..."
_ONE_WHO_ATTACKS = PERSON_NOUNS | _LONE_ATTACKER | {"conscript", "youth", "sergeant"}


def _object_start(toks: Sequence[Tok], k: int) -> int | None:
    """Where the object of an active killing verb at ``k`` begins ("shot dead | the mayor", "killed |
    rights activist Ana Ruiz"); None when no such verb stands at ``k``."""
    if k + 1 < len(toks) and (toks[k].low, toks[k + 1].low) in SHOT_DEAD:
        return k + 2
    if toks[k].low in _ACTIVE_KILLING and not (k > 0 and toks[k - 1].low in ("was", "were", "been")):
        return k + 1
    return None


def titled_victim(toks: Sequence[Tok], text: str, base: int, taken: set[int]) -> list[CasualtyMention]:
    """One victim named after a role word, whatever the parser made of the sentence: "shot dead radio
    journalist Julio Cárdenas Ramos", "killed rights activist Ana Ruiz" (the name's span)."""
    out = []
    for k in range(len(toks) - 1):
        j = _object_start(toks, k)
        if j is None:
            continue
        role = j
        while role < len(toks) and role - j < 3 and text[toks[role].start : toks[role].start + 1].islower():
            role += 1
        if role >= len(toks):
            continue
        end = _name_end(toks, text, role)
        # "condemns the killing of Efrain Salgado": a full name after the killing's noun, no role word
        of_name = toks[k].low in _KILLING_NOUNS and words(toks, j, 1) == ("of",) and role == j + 1
        if not (of_name and 2 <= end - role <= 4) and (
            role == j or not any(t.low in PERSON_NOUNS for t in toks[j:role])
        ):
            continue
        if end == role or any(i in taken for i in range(j, end)):
            continue
        ne = NumberExpr(1, 1, 1, base + toks[role].start, base + toks[end - 1].end, role, end, "person")
        out.append(build("dead", ne, toks, k, j, text, base, [], False, False, "object"))
        taken.update(range(j, end))
        kin = _and_kin(toks, end, base)
        if kin is not None and not any(i in taken for i in range(kin.first, kin.last)):
            out.append(build("dead", kin, toks, k, j, text, base, [], False, False, "object"))
            taken.update(range(kin.first, kin.last))
    return out


def definite_list(toks: Sequence[Tok], text: str, base: int, taken: set[int]) -> list[CasualtyMention]:
    """Victims listed after a killing verb, the first told with "the", whatever the parser made of the
    list: "killing the driver, his assistant and two passengers" (1 + 1 + 2)."""
    out: list[CasualtyMention] = []
    for k in range(len(toks) - 2):
        j = _object_start(toks, k)
        if j is None:
            continue
        first = _the_person(toks, j, base)
        if first is None or any(i in taken for i in range(j, first.last)):
            continue
        items, e = _listed_after(toks, first, base, taken)
        if len(items) < 2 or e > len(toks) or toks[e - 1].low in (",", "and"):
            continue
        for item in items:
            out.append(build("dead", item, toks, k, j, text, base, [], False, False, "object"))
        taken.update(range(j, e))
    return out


def definite_subjects(toks: Sequence[Tok], text: str, base: int, taken: set[int]) -> list[CasualtyMention]:
    """Victims listed as the subject of the verb that tells their fate, the first told with "the":
    "Police said the MP, two of his bodyguards and the bomber died in the blast" (1 + 2 + 1), "The mayor
    and his driver were killed" (1 + 1). Items after the first that other rules counted already
    ("The mayor and two of his bodyguards": the two) are not counted again."""
    n = len(toks)
    for k in range(n - 3):
        if toks[k].low != "the" or not (k == 0 or toks[k - 1].low in _SUBJECT_AFTER):
            continue
        first = _the_person(toks, k, base, PERSON_NOUNS | ATTACKERS)
        if first is None or any(i in taken for i in range(k, first.last)):
            continue
        # the items after the first may be counted already, as subjects of the same verb
        items, e = _listed_after(toks, first, base, set())
        if len(items) < 2 or e >= n or toks[e - 1].low in (",", "and"):
            continue
        at = e + 1 if toks[e].low in PASSIVE_AUX else e
        cue = cue_at(toks, at) if at < n else None
        if cue is None or cue[0] not in ("dead", "injured") or (cue[2] and at == e):
            continue  # "the driver and two passengers killed a guard": the doers
        fresh = [it for it in items if not any(i in taken for i in range(it.first, it.last))]
        taken.update(range(k, e))
        return [
            build(cue[0], it, toks, at, cue[1], text, base, [], False, False, "subject-list") for it in fresh
        ]
    return []


# what a list told as the subject of its clause follows: the sentence's start, a speaker, "that"
_SUBJECT_AFTER = SPEECH | frozenset({"that", ":", ";"})


def _listed_after(
    toks: Sequence[Tok], first: NumberExpr, base: int, taken: set[int]
) -> tuple[list[NumberExpr], int]:
    """The people a list goes on with after its first ("the driver, his assistant and two passengers")
    and the index past the list."""
    items, e = [first], first.last
    while e + 1 < len(toks) and toks[e].low in (",", "and"):
        at = e + 1
        item = kin_at(toks, at, base, reach=2) or _the_person(toks, at, base, PERSON_NOUNS | ATTACKERS)
        if item is None and toks[at].low in POSSESSIVES and number_at(toks, at + 1, base) is not None:
            at += 1  # "killing the village chief, his two wives and a teacher": the number counts
        if item is None:
            item = number_at(toks, at, base) or article_at(toks, at, base)
            if item is not None and not any(people_noun(t.low) for t in _noun_words(toks, item)):
                item = None
        if item is None or any(i in taken for i in range(at, item.last)):
            break
        end = item.last if item.kind == "person" else max(item.last, _noun_end(toks, item))
        if end < len(toks) and toks[end].low in SPEECH:
            break  # "killing the driver, the conductor said": who told it
        items.append(item)
        e = end
        if toks[e - 1].low == "and" or (e < len(toks) and toks[e].low not in (",", "and")):
            break
    return items, e


def _the_person(
    toks: Sequence[Tok], j: int, base: int, nouns: frozenset[str] = PERSON_NOUNS
) -> NumberExpr | None:
    """One person told with "the" and up to two words before a singular person noun ("the driver",
    "the village chief"), as a count of one over the noun phrase."""
    if j >= len(toks) or toks[j].low != "the":
        return None
    for m in range(j + 1, min(len(toks), j + 4)):
        w = toks[m].low
        if w in nouns and not w.endswith("s"):
            return NumberExpr(1, 1, 1, base + toks[j].start, base + toks[m].end, j, m + 1, "person")
        if not w.isalpha():
            return None
    return None


def _noun_words(toks: Sequence[Tok], ne: NumberExpr) -> Sequence[Tok]:
    return toks[ne.last : _noun_end(toks, ne)]


def _noun_end(toks: Sequence[Tok], ne: NumberExpr) -> int:
    """The end of the words after a count up to the next comma or "and" (at most three)."""
    m = ne.last
    while m < len(toks) and m - ne.last < 3 and toks[m].low.isalpha() and toks[m].low != "and":
        m += 1
    return m


def _and_kin(toks: Sequence[Tok], k: int, base: int) -> NumberExpr | None:
    """One more victim told after a named one by a possessive and a person noun: "shot dead the mayor of
    Tominian *and his driver*", "killed journalist Ana Ruiz and her teenage son" (1)."""
    return kin_at(toks, k + 1, base) if words(toks, k, 1) == ("and",) else None


def kin_at(toks: Sequence[Tok], i: int, base: int, reach: int = 1) -> NumberExpr | None:
    """One person told by a possessive at ``i`` and a person noun, up to ``reach`` words describing them
    between (no comma): "his wife", "their teenage son", "his 17-year-old cousin" (reach 2)."""
    if i + 1 >= len(toks) or toks[i].low not in POSSESSIVES:
        return None
    for k in range(i + 1, min(len(toks), i + 2 + reach)):
        if toks[k].low in PERSON_NOUNS:
            return NumberExpr(1, 1, 1, base + toks[i].start, base + toks[k].end, i, k + 1, "person")
        if not toks[k].low[0].isalnum():
            return None  # a comma or a bracket between: not one noun phrase
    return None


def killed_them(toks: Sequence[Tok], text: str, base: int, taken: set[int]) -> list[CasualtyMention]:
    """The people counted before, killed after another act: "abducted three aid workers ... and shot
    them dead", "captured five soldiers and executed them" (the count the sentence told first)."""
    out = []
    for k, t in enumerate(toks):
        if t.low != "them" or k == 0:
            continue
        shot = (toks[k - 1].low, words(toks, k + 1, 1)[:1]) in (("shot", ("dead",)), ("gunned", ("down",)))
        cue = k - 1 if shot or TRANSITIVE.get(toks[k - 1].low) == "dead" else None
        if cue is None or any(j in taken for j in range(k)):
            continue  # the sentence's own count already tells the toll
        counted = last_count_before(toks, k, base, taken)
        if counted is not None:
            out.append(build("dead", counted, toks, cue, cue + 1, text, base, [], False, False, "object"))
    return out


def last_count_before(toks: Sequence[Tok], k: int, base: int, taken: set[int]) -> NumberExpr | None:
    """The last count of people told before token ``k`` and not taken by another mention (no year):
    whom "them" or "their bodies" stand for."""
    before = [ne for j in range(k) if (ne := number_at(toks, j, base)) is not None and ne.last <= k]
    before = [
        ne
        for ne in before
        if not year_like(toks, ne)
        and not _day_of_month(toks, ne)
        and words(toks, ne.last, 1) not in _UNITS  # "at about 9 pm", "two hours later"
        and not any(i in taken for i in range(ne.first, ne.last))
    ]
    return before[-1] if before else None


_UNITS = {(w,) for w in UNIT_WORDS}


def _day_of_month(toks: Sequence[Tok], ne: NumberExpr) -> bool:
    """ "on November 10", "on 10 November": a date, not people."""
    after = words(toks, ne.last, 1)
    return (ne.first > 0 and toks[ne.first - 1].low in MONTHS) or (bool(after) and after[0] in MONTHS)


def one_body(toks: Sequence[Tok], text: str, base: int, taken: set[int]) -> list[CasualtyMention]:
    """One body found is one dead: "His body was found by the roadside", "her corpse was dumped"; the
    bodies of people counted before are that many: "abducted two farmers ...; their bodies were found
    the next day"."""
    out = []
    for k, t in enumerate(toks):
        own = t.low in ("body", "corpse") and k > 0 and toks[k - 1].low in ("his", "her")
        theirs = t.low in ("bodies", "corpses") and k > 0 and toks[k - 1].low == "their"
        name = _name_after_of(toks, text, k) if t.low in ("body", "corpse") else None
        if not (own or theirs or name) or k in taken:
            continue
        reach = (
            5 if name is None else name[1] - k + 12
        )  # "The body of Marvin Castillo, an activist, was found"
        cue = next((j for j in range(k + 1, min(len(toks), k + reach)) if toks[j].low in DISCOVERED), None)
        if cue is None or any(x.low in ("not", "never", "yet") for x in toks[k:cue]):
            continue  # "her body has not been found"
        if name is not None:
            ne = NumberExpr(
                1, 1, 1, base + toks[name[0]].start, base + toks[name[1] - 1].end, *name, "person"
            )
        elif own:
            if any(j in taken for j in range(k - 1)):
                continue  # "One of the attackers was killed ... and his body was recovered": the one
            ne = NumberExpr(1, 1, 1, base + toks[k - 1].start, base + t.end, k - 1, k + 1, "person")
        else:
            counted = last_count_before(toks, k - 1, base, taken)  # before "their"
            if counted is None:
                continue
            ne = counted
        out.append(build("dead", ne, toks, cue, cue + 1, text, base, [], False, False, "subject"))
    return out


def _name_after_of(toks: Sequence[Tok], text: str, k: int) -> tuple[int, int] | None:
    """The capitalised name in "the body of Marvin Castillo" (token range), if any."""
    if k == 0 or words(toks, k - 1, 1) != ("the",) or words(toks, k + 1, 1) != ("of",):
        return None
    end = _name_end(toks, text, k + 2)
    return (k + 2, end) if end > k + 2 else None


def _name_end(toks: Sequence[Tok], text: str, start: int) -> int:
    """The end of the capitalised name starting at token ``start`` (``start`` itself when none); a
    word the tokeniser cut at its accent goes on ("Cárdenas")."""
    end = start
    while end < len(toks) and (
        text[toks[end].start : toks[end].start + 1].isupper()
        or (end > start and toks[end].start == toks[end - 1].end and toks[end].low.isalpha())
    ):
        end += 1
    return end


# words that make a noun no headline's bare noun: an article, a possessive, a determiner
_NOT_BARE = frozenset({"a", "an", "the", "his", "her", "their", "its", "this", "that", "another", "one"})


def headline_victim(toks: Sequence[Tok], text: str, base: int, taken: set[int]) -> list[CasualtyMention]:
    """A headline drops the article: a singular person noun opening the line (after a place and a
    colon, "Luton: ...") right before a death or injury cue is one victim ("Teenager stabbed to death
    outside lounge", "Police officer shot dead in Kumasi", "Man, 34, shot dead outside bar"). A
    sentence of a body never opens so."""
    k = 2 if len(toks) > 2 and toks[1].low == ":" else 0
    if k >= len(toks):
        return []
    noun = next((j for j in range(k, min(len(toks), k + 3)) if toks[j].low in PERSON_NOUNS), None)
    if noun is None or noun in taken or noun + 1 >= len(toks):
        return []
    j = noun + 1
    if (
        j + 2 < len(toks)
        and (toks[j].low, toks[j + 2].low) in ((",", ","), ("(", ")"))
        and toks[j + 1].low.isdigit()
    ):
        j += 3  # "Man, 34, shot dead outside bar": his age
    children = number_at(toks, j + 1, base) if words(toks, j, 1) == ("of",) else None
    if children is not None:
        j = children.last  # "father of two gunned down": his children, not victims
    if j >= len(toks):
        return []
    if toks[j].low in TO_DEATH and words(toks, j + 1, 2) == ("to", "death"):
        j += 1  # "stabbed to death": the cue is "to death"
    cue = cue_at(toks, j)
    if cue is None or cue[0] not in ("dead", "injured") or any(is_break(t) for t in toks[k:noun]):
        return []
    if any(t.low in _NOT_BARE or number_at(toks, m, base) for m, t in enumerate(toks[: noun + 1])):
        return []  # "A policeman wounded ...", "One soldier killed": counted by the number scan
    ne = NumberExpr(1, 1, 1, base + toks[k].start, base + toks[noun].end, k, noun + 1, "person")
    return [build(cue[0], ne, toks, j, cue[1], text, base, [toks[noun].low], False, False, "headline")]
