"""The dependency rule for casualty counts: numbers (or one named or singular person) on a cue's
passive subject, its conjuncts, or a killing verb's object, where the surface scan of
:mod:`whimbrel.casualty_counts` cannot reach them ("Six civilians who had ... were killed",
"killed journalist X and two others", "The farmer had been stabbed to death").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any

from .arguments import reduced_passive
from .casualty_cues import CasualtyMention, build, cue_at, declared_dead, part_of
from .casualty_periods import running_total
from .casualty_words import (
    ATTACK_NOUNS,
    ATTACKERS,
    PERSON_NOUNS,
    PROPERTY,
    SPEECH,
    SUFFERED,
    TO_DEATH,
    TRANSITIVE,
    VEHICLES,
)
from .numbers import UNITS, NumberExpr, Tok, article_at, digit_value, number_at, words

# deaths told by an intransitive verb and "to death": "The driver burned to death", "bled to death"
_INTRANSITIVE_DEATHS = frozenset({"burned", "burnt", "bled", "froze"})
# verbs whose object is the harm, not a victim: "a third lost a leg", "suffered a stab wound"
_OBJECT_NO_VICTIM = SUFFERED | {"lost", "took", "caught"}  # ("took a bullet": no victim)
# nouns of a figure, never a victim counted by its article
_TALLY_NOUNS = frozenset({"toll", "tally", "figure", "count", "number", "total"})
# what tells of an act, never a victim of it: "said in a notice that three people were killed"
_TELLING_NOUNS = frozenset(
    {
        "notice",
        "statement",
        "report",
        "communique",
        "communiqué",
        "bulletin",
        "message",
        "post",
        "video",
        "letter",
    }
)
# bodies of people, of whom one is told as "a member of the X": "stabbed a member of the
# congregation, who died" is the member who died, not the congregation
_BODIES = frozenset(
    {
        "congregation",
        "family",
        "community",
        "group",
        "team",
        "staff",
        "crew",
        "parish",
        "choir",
        "club",
        "household",
    }
)


def counts_from_parse(
    doc: Any, toks: Sequence[Tok], taken: set[int], text: str, base: int
) -> list[CasualtyMention]:
    """Dependency rule: numbers (or "a") on a cue's passive subject ("died": its subject) and on the
    subject's conjuncts that the surface rules missed ("nine fighters and a medic were killed"); for
    a death or injury cue, also on its object ("killed journalist X and two others", "injuring their
    neighbour"), where one named or singular person counts 1 ("Jean Bosco and his wife were killed"
    -> 2, "beheaded the headman" -> 1)."""
    out: list[CasualtyMention] = []
    index = {t.start: k for k, t in enumerate(toks)}
    for tok in doc:
        cue = None
        if tok.idx in index:  # a subject cue ("were killed"), or a killing verb for its object
            at = index[tok.idx]
            cue = cue_at(toks, at) or (
                (TRANSITIVE[tok.lower_], at + 1, True) if tok.lower_ in TRANSITIVE else None
            )
            if cue is None and tok.lower_ in TO_DEATH:  # "The farmer had been stabbed to death"
                k = next((k for k in range(at + 1, at + 6) if words(toks, k, 2) == ("to", "death")), None)
                cue = ("dead", k + 2, False) if k is not None else None  # "beat the thief to death"
        if cue is None or cue[0] == "casualties":
            continue
        if cue[0] == "injured" and declared_dead(toks, cue[1]) is not None:
            cue = ("dead", cue[1], cue[2])  # "was rushed to the hospital but was declared dead on arrival"
        # "A woman who was also shot at the house remains in hospital": the cue "in hospital" tells of
        # the subject of the verb it hangs on
        care = tok.lower_ == "in" and cue[0] == "injured" and tok.head.pos_ in ("VERB", "AUX")
        for subj in _arguments(tok.head if care else tok):
            if care and any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children):
                continue  # "four of the six remained in hospital": some of the wounded told before
            passive = (
                (care and subj.dep_ == "nsubj")
                or subj.dep_ == "nsubjpass"
                or (subj.i == tok.head.i and tok.dep_ == "acl")
                or (
                    subj.dep_ == "nsubj"
                    and (
                        tok.lower_ in ("died", "perished", "suffered", "sustained", "survived", "escaped")
                        # "The driver burned to death": the verb told of its subject, no object
                        or (tok.lower_ in _INTRANSITIVE_DEATHS and not _has_object(tok))
                        or (tok.lower_ == "lost" and cue[0] == "dead")  # "X and Y lost their lives"
                        or reduced_passive(tok)
                        or tok.dep_ == "acomp"
                        or subj.head.dep_ == "auxpass"
                    )
                )
            )  # "... and his son critically injured": a participle without auxiliary is passive;
            # "their mother was critically injured": the tagger's adjective after "was" too
            if not passive and not (
                subj.dep_ == "dobj"
                and cue[0] in ("dead", "injured")
                and tok.pos_ == "VERB"
                and tok.lower_ not in _OBJECT_NO_VICTIM  # "a third lost a leg": the leg is no victim
            ):
                continue
            if passive and subj.lower_ == "who" and tok.dep_ == "relcl" and _after_comma(doc, subj):
                subj = tok.head  # "officers shot the suspect, who died at the scene": the suspect
                if subj.lemma_.lower() in _BODIES and subj.dep_ == "pobj" and subj.head.lower_ == "of":
                    subj = subj.head.head  # "a 71-year-old member of the congregation, who died"
            # "killed 13 civilians, residents and a health worker said": the last ones are who told it
            # ("two residents and a doctor at the city's main hospital said": after the phrase's end)
            told = any(
                k + 1 < len(doc) and doc[k + 1].lower_ in SPEECH
                for c in subj.conjuncts
                for k in {c.i, c.right_edge.i}
            )
            if _named_after_dash(subj):
                continue  # "killed four miners - A, B, C and D -": the four, by name
            if told and subj.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < subj.i for c in tok.children):
                continue  # "wounding 15, a war monitor and local medics said": the tellers, a second object
            for noun in (subj, *([] if told else (*subj.conjuncts, *_stranded_first(tok, subj)))):
                if _among_them(noun):
                    continue  # "killing five people, a girl of 12 among them": part of the five
                nums = [c for c in noun.children if c.dep_ == "nummod" or c.lower_ in ("a", "an")]
                if noun.lemma_.lower() in VEHICLES or noun.lemma_.lower() in ATTACK_NOUNS:
                    # the tagger's "a motorbike shot dead ...", "A drone strike ... late on 18 November
                    # killed around 40 people" (a passive to the tagger): no victim
                    continue
                if noun.lemma_.lower() in PROPERTY:
                    continue  # "12 shophouses and 8 vehicles were burned": things, not people
                if noun.lemma_.lower() in _TALLY_NOUNS:
                    continue  # "an overall toll of eleven dead and 24 wounded": the figure's noun, no one
                if noun.lemma_.lower() in _TELLING_NOUNS:
                    continue  # "said in a notice that three were killed": the notice tells of them
                if _apposition_counted(noun, toks, index, taken):
                    continue  # "a fourth member of the family, a girl of 14, survived": one, counted
                k = _surface_index(toks, index, (nums[0] if nums else noun).idx)
                if k is None or k in taken or _an_age(toks, k):
                    continue
                # ("shot dead his former wife and her parents": her parents are two)
                ne = number_at(toks, k, base) or article_at(toks, k, base) or _pair(noun, toks, index, base)
                numbered = nums or digit_value(toks[k].low) is not None or toks[k].low in UNITS
                if ne is None or not (numbered or ne.kind == "pair"):
                    ne = _one_person(doc, noun, toks, index, base) if cue[0] in ("dead", "injured") else None
                    left = index.get(noun.left_edge.idx, ne.first) if ne is not None else 0
                    if ne is None or taken.intersection(range(min(left, ne.first), ne.last)):
                        continue  # "their civilian driver", "a rural workers' union leader": counted
                period = running_total(toks, ne)  # "six ... killed this year"
                subset = part_of(toks, ne) or period
                m = build(
                    cue[0],
                    ne,
                    toks,
                    index[tok.idx],
                    cue[1],
                    text,
                    base,
                    [noun.lower_],
                    subset,
                    False,
                    "dependency",
                )
                out.append(dataclasses.replace(m, period=True) if period else m)
                taken.update(range(ne.first, ne.last))
    return out


def _has_object(tok: Any) -> bool:
    return any(c.dep_ == "dobj" for c in tok.children)


def _pair(noun: Any, toks: Sequence[Tok], index: dict[int, int], base: int) -> NumberExpr | None:
    """Kin who are two by their word, told with a possessive and no number: "her parents"."""
    if noun.lower_ not in ("parents", "grandparents"):
        return None
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    k0 = _surface_index(toks, index, poss.idx) if poss is not None else None
    k1 = _surface_index(toks, index, noun.idx)
    if k0 is None or k1 is None:
        return None
    return NumberExpr(2, 2, 2, toks[k0].start + base, toks[k1].end + base, k0, k1 + 1, "pair")


def _an_age(toks: Sequence[Tok], k: int) -> bool:
    """The number at token ``k`` is an age told after "aged"/"ages", alone or in a list ("two men,
    ages 34 and 41, were found dead": no 34 or 41 dead)."""
    if not toks[k].low.isdigit():
        return False  # "two brothers aged 17 and 19, and eight wounded": eight more people
    j = k - 1
    while j >= 0 and (toks[j].low in ("and", ",", "&") or toks[j].low.isdigit()):
        j -= 1
    return j >= 0 and toks[j].low in ("aged", "ages", "age")


def _named_after_dash(noun: Any) -> bool:
    """The noun opens a list of names set off by a dash or colon after a count the tagger hung on it
    ("four miners - Tendai Moyo, Blessing Ncube, ..."): the counted people named one by one."""
    lefts = [t for t in noun.subtree if t.i < noun.i]
    # a dash standing apart, not the hyphens of "a 28-year-old"
    dash = next((t for t in lefts if t.text in ("-", "—", "–", ":") and t.whitespace_), None)
    return dash is not None and any(t.like_num and t.i < dash.i for t in lefts)


def _after_comma(doc: Any, tok: Any) -> bool:
    """A comma right before ``tok``: "the suspect, who died" tells more of one already named ("a man
    and a woman who died at the scene" names the dead, whom the surface scan counts)."""
    return tok.i > 0 and doc[tok.i - 1].lower_ == ","


def _apposition_counted(noun: Any, toks: Sequence[Tok], index: dict[int, int], taken: set[int]) -> bool:
    """The surface scan already counted the person in apposition to the singular noun: the same one
    (not a list the tagger read as apposition: "Five displaced civilians, a peacekeeper and ...")."""
    if noun.tag_ != "NN":
        return False
    for c in noun.children:
        if c.dep_ != "appos":
            continue
        # not the people listed after the name, whom the tagger may hang on it ("A nurse, Fatmata
        # Kamara, and a security guard were shot dead")
        listed = {t.i for k in c.children if k.dep_ in ("conj", "cc") for t in k.subtree}
        if any(index.get(t.idx) in taken for t in c.subtree if t.i not in listed):
            return True
    return False


def _among_them(noun: Any) -> bool:
    """A conjunct told as part of the count before it: "five people, a girl of 12 among them", "a
    child among the dead"; not "a woman among the rescued passengers", a description."""
    doc = noun.doc
    for t in noun.subtree:
        if t.lower_ != "among" or t.i + 1 >= len(doc):
            continue
        after = [w.lower_ for w in doc[t.i + 1 : t.i + 4]]
        if after[0] == "them" or (after[0] == "the" and _COUNTED.intersection(after[1:])):
            return True
    return False


# who a count was told of before: "among the dead", "among the wounded"
_COUNTED = frozenset(
    {"dead", "victims", "killed", "wounded", "injured", "casualties", "fatalities", "deceased", "hurt"}
)


def _surface_index(toks: Sequence[Tok], index: dict[int, int], at: int) -> int | None:
    """The surface token holding a parser token at character ``at``: the parser splits words the
    surface scan keeps whole ("his turn-boy": "boy")."""
    if at in index:
        return index[at]
    return next((k for k, t in enumerate(toks) if t.start < at < t.end), None)


def _stranded_first(verb: Any, subj: Any) -> list[Any]:
    """The first of two subjects the tagger left as the root when the verb hangs on it as a conjunct:
    "Siobhan, 46, and Conor, 17, died" reads "Siobhan" as the root and "died" as its conjunct with
    "Conor" alone as subject; "Siobhan" is the other who died."""
    first = verb.head
    if not (
        verb.dep_ == "conj"
        and subj.dep_ in ("nsubj", "nsubjpass")
        and first.dep_ == "ROOT"
        and first.pos_ in ("PROPN", "NOUN")
        and first.i < subj.i
    ):
        return []
    return [first] if any(c.dep_ == "cc" and first.i < c.i < subj.i for c in first.children) else []


# verbs of finding whose passive subject a participle after them tells the state of ("were found
# beheaded", "was discovered strangled")
_FOUND = frozenset({"find", "discover", "recover"})


def _arguments(verb: Any) -> list[Any]:
    """The verb's dependents, and for a conjoined participle without a subject of its own the
    subject it shares: "a civilian was stabbed and seriously *wounded*"; for a participle the tagger
    read as the complement of "was", or whose "was" holds the subject, the subject of "was"; for a
    participle describing a noun, that noun ("his driver *wounded* by gunmen")."""
    own = list(verb.children)
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in own):
        own += [c for c in verb.head.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "acomp" and verb.tag_ == "VBN" and verb.head.lemma_ == "be":
        own += [c for c in verb.head.children if c.dep_ == "nsubj"]  # "was critically injured"
    for aux in verb.children:  # the subject the tagger hung on the auxiliary: "their mother *was* ..."
        if aux.dep_ == "auxpass":
            own += [c for c in aux.children if c.dep_ == "nsubj"]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        own.append(verb.head)  # "... was shot dead and his driver *wounded* by gunmen"
    if verb.dep_ in ("xcomp", "oprd") and verb.tag_ == "VBN" and verb.head.lemma_.lower() in _FOUND:
        # "Three woodcutters carried off ... last week were discovered *beheaded* on Monday"
        own += [c for c in verb.head.children if c.dep_ == "nsubjpass"]
    if verb.dep_ == "oprd" and verb.lower_ == "dead":  # "the driver was pronounced *dead* at the hospital"
        doc = verb.doc  # (not a subject the parser hung across a semicolon)
        own += [
            c
            for c in verb.head.children
            if c.dep_ == "nsubjpass" and not any(t.lower_ == ";" for t in doc[c.i : verb.i])
        ]
    for dead in verb.children:  # the object the tagger hung on "dead": "shot dead his former partner"
        if dead.dep_ == "oprd" and dead.lower_ == "dead":
            own += [c for c in dead.children if c.dep_ == "dobj"]
    return own


_DIGIT_RANK = re.compile(r"\d+(?:st|nd|rd|th)")
_RANKS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth latest".split())


def _full_name(noun: Any) -> bool:
    """A given name and a surname the entity tagger took for a place ("Gunmen killed Efrain Salgado":
    GPE): two or three capitalised words, the victim of a killing verb, are a person."""
    names = [c for c in noun.children if c.dep_ == "compound" and c.tag_ == "NNP" and c.i < noun.i]
    return (
        noun.tag_ == "NNP"
        and noun.ent_type_ in ("GPE", "")
        and 1 <= len(names) <= 2
        and all(t.is_title for t in (*names, noun))
        and len(list(noun.children))
        == len(names) + sum(c.dep_ in ("cc", "conj", "punct") for c in noun.children)
    )


def _one_person(
    doc: Any, noun: Any, toks: Sequence[Tok], index: dict[int, int], base: int
) -> NumberExpr | None:
    """One victim named by a singular noun without a number: a person's name ("Ahmed Ali", or a name
    with a person noun in apposition), or a person noun with "the"/"this" or a possessive ("the
    headman", "his wife"). Its span is the name."""
    if noun.tag_ == "PRP" and noun.lower_ in ("he", "she") and noun.dep_ in ("nsubj", "nsubjpass"):
        # a profile's "He was stabbed to death on Saturday", "She died before reaching hospital": the
        # person the story is about, named before as no victim (a victim counted before is no new one:
        # a repeated one-person toll is not added)
        k = _surface_index(toks, index, noun.idx)
        return (
            None
            if k is None
            else NumberExpr(1, 1, 1, toks[k].start + base, toks[k].end + base, k, k + 1, "person")
        )
    if noun.tag_ not in ("NN", "NNP"):
        return None
    if noun.dep_ == "nsubj" and noun.left_edge.i and doc[noun.left_edge.i - 1].tag_ == "VB":
        return None  # "a father who helped restrain the attacker suffered cuts": the verb's object
    if any(
        c.ent_type_ == "ORDINAL" or c.lower_ in _RANKS or _DIGIT_RANK.fullmatch(c.lower_)
        for c in noun.children
    ):
        return None  # "she was the 141st community leader killed this year": a rank in a tally
    named = (
        noun.ent_type_ == "PERSON"
        or _full_name(noun)
        or (
            noun.tag_ == "NNP"
            and any(
                (c.dep_ == "appos" and (c.lemma_.lower() in PERSON_NOUNS or c.tag_ == "CD"))
                or (c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children))
                for c in noun.children
            )
        )
    )  # "shot dead Marta Elena Zúniga, a land-rights activist", "X, 22, who was shot ..., died": a person
    # the determiner may hang on the name of the unit before the noun: "A District Reserve Guard jawan"
    unit = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    marked = any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) for c in noun.children
    ) or any(c.dep_ == "det" and c.lower_ in ("a", "an") for u in unit for c in u.subtree if c.i < u.i)
    if not named and not (marked and (noun.lemma_.lower() in PERSON_NOUNS or noun.lower_ in ATTACKERS)):
        return None
    first = min(
        [noun.i]
        + [
            c.i
            for c in noun.children
            if c.dep_ in ("compound", "amod") and c.i < noun.i and c.lower_ not in ("dead", "alive", "down")
        ]
    )
    # "his 16-year-old son": the surface scan keeps the age whole, the parser ends it at "old"
    k0, k1 = _surface_index(toks, index, doc[first].idx), _surface_index(toks, index, noun.idx)
    if k0 is None or k1 is None:
        return None
    return NumberExpr(1, 1, 1, toks[k0].start + base, toks[k1].end + base, k0, k1 + 1, "person")
