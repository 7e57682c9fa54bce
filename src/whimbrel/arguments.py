"""Who did it and to whom: the source and target phrases of an event in the dependency parse.

For a verb anchor: the subject (or the passive "by"-agent) is the source; the direct object,
the passive subject, and objects of "with", "to", "against", "on" are targets. Subjects missing
from an infinitive or a conjoined verb are inherited from the verb that governs it ("Baku agreed
to withdraw" -> Baku; "urged Baku to withdraw" -> Baku). For a noun anchor ("Russia's withdrawal",
"Israeli strikes", "talks between Armenia and Azerbaijan") possessives, demonym modifiers and
"by"/"between" phrases are sources; "against"/"on"/"with" phrases are targets.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .lexicon import DYING_LEMMAS, HARM_LEMMAS

SUBJ = {"nsubj", "csubj"}
PASS_SUBJ = {"nsubjpass", "csubjpass"}
OBJ = {"dobj", "iobj", "dative", "attr", "oprd"}
TARGET_PREPS = {"with", "to", "against", "on", "upon", "toward", "towards", "into", "from", "for", "of"}
SOURCE_NOUN_PREPS = {"by", "between", "among"}
NP_CUT = {"relcl", "acl", "advcl", "cc", "conj", "punct", "prep", "mark", "ccomp", "xcomp", "parataxis"}
NP_KEEP_PREPS = {"of"}
RELATIVE = {"who", "which", "that", "whom"}
NOT_ACTORS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
OBJECT_CONTROL_PREPS = {"on", "upon"}


@dataclass(frozen=True)
class Phrase:
    """A noun phrase standing for one participant: its head token and character range (sentence offsets)."""

    head: Any
    start: int
    end: int
    how: str  # the syntactic rule that found it, e.g. "nsubj", "prep:with", "poss"


def np_range(tok: Any) -> tuple[int, int]:
    """Character range of the noun phrase headed by ``tok``, without clauses and most preps."""
    toks = [tok]
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            if (
                c.dep_ in NP_CUT
                and c.dep_ != "punct"
                and not (c.dep_ == "prep" and c.lower_ in NP_KEEP_PREPS and t.pos_ in ("NOUN", "PROPN"))
            ):
                continue
            if c.lower_ in RELATIVE and c.dep_ in SUBJ or c.dep_ == "case":
                continue
            toks.append(c)
            stack.append(c)
    words = sorted((t for t in toks if not t.is_punct or t.text in "-'"), key=lambda t: t.i)
    while len(words) > 1 and words[0].is_punct:
        words.pop(0)
    while len(words) > 1 and words[-1].is_punct:
        words.pop()
    if not words:  # a bracket the tagger made a phrase's head ("the commune of [name withheld]")
        return tok.idx, tok.idx + len(tok.text)
    first, last = words[0], words[-1]
    return first.idx, last.idx + len(last.text)


def conjuncts(tok: Any) -> list[Any]:
    """``tok`` and the tokens coordinated with it ("Armenia and Azerbaijan")."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out.extend(conjuncts(c))
    return out


def phrases(tok: Any, how: str) -> Iterator[Phrase]:
    for t in conjuncts(tok):
        if t.lower_ in RELATIVE:
            # "the rebels who attacked": the relative pronoun stands for the noun the clause modifies
            rel = t.head
            if rel.dep_ == "relcl":
                s, e = np_range(rel.head)
                yield Phrase(rel.head, s, e, how + ":relative")
            continue
        if t.ent_type_ in NOT_ACTORS:
            # "hundreds of residents": the people counted are the participants
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            yield from phrases(p, how)
            continue
        if t.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "ADJ", "X", "DET"):
            s, e = np_range(t)
            yield Phrase(t, s, e, how)


def _prep_objects(tok: Any, preps: set[str]) -> Iterator[tuple[str, Any]]:
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps | {"by"}:
            for p in c.children:
                if p.dep_ == "pobj":
                    yield c.lower_, p
                elif p.dep_ == "pcomp":
                    for q in p.children:
                        if q.dep_ == "pobj":
                            yield c.lower_, q


def reduced_passive(verb: Any) -> bool:
    """A past participle without auxiliary or object is a passive: "three people detained in Iran"
    (a reduced relative) or a headline's "Two women detained in Tehran" (its subject is the patient)."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") or c.dep_ in OBJ for c in verb.children):
        return False
    if any(c.dep_ == "conj" and any(o.dep_ in OBJ for o in c.children) for c in verb.children):
        return False  # "groups donated and delivered goods": a misparsed active pair
    return (verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN")) or any(
        c.dep_ == "nsubj" for c in verb.children
    )


# casualty verbs whose passive, reported by a speaker, tells a toll and no doer
_TOLL_LEMMAS = HARM_LEMMAS | {"behead", "lynch", "massacre", "murder"}


def verb_subjects(verb: Any, depth: int = 0) -> list[Phrase]:
    """Source phrases of a verb: subject, passive agent, or inherited from a governing verb."""
    out: list[Phrase] = []
    reduced = reduced_passive(verb)
    passive = reduced or any(c.dep_ in PASS_SUBJ or c.dep_ == "auxpass" for c in verb.children)
    for c in verb.children:
        if c.dep_ in SUBJ and not reduced:
            out.extend(phrases(c, c.dep_))
    if passive:
        for prep, obj in _prep_objects(verb, set()):
            if prep == "by":
                out.extend(phrases(obj, "agent"))
    if out or depth > 3 or reduced:
        return out
    head = verb.head
    if head.i == verb.i:
        return out
    if verb.dep_ in ("conj", "acomp"):
        if head.lemma_.lower() in DYING_LEMMAS:
            return out  # "a worker died and a dozen people were injured": the dead did no harm
        return verb_subjects(head, depth + 1)
    if verb.dep_ == "ccomp" and passive and verb.lemma_.lower() in _TOLL_LEMMAS:
        return out  # "three attackers were killed, an official said": the speaker did not kill them
    if verb.dep_ in ("xcomp", "ccomp") or (verb.dep_ == "pcomp" and head.dep_ == "prep"):
        governor = head if verb.dep_ != "pcomp" else head.head
        objs = verb_objects(governor, control=True)
        if objs:
            return objs
        if governor.pos_ == "ADJ" and governor.dep_ in ("acomp", "xcomp") and governor.head.i != governor.i:
            governor = governor.head  # "is due to travel", "is ready to talk"
        return verb_subjects(governor, depth + 1)
    if verb.dep_ in ("advcl", "acl") and verb.tag_ == "VBG":
        # "..., killing six civilians": the participle's doer is the main clause's subject
        return (
            verb_subjects(head, depth + 1)
            if head.pos_ in ("VERB", "AUX")
            else list(phrases(head, "acl-head"))
        )
    if verb.dep_ == "relcl":
        return list(phrases(head, "relcl-head"))
    return out


def verb_objects(verb: Any, control: bool = False) -> list[Phrase]:
    """Target phrases of a verb. With ``control``, only an object that controls a complement."""
    out: list[Phrase] = []
    for c in verb.children:
        if c.dep_ in OBJ and c.pos_ != "VERB":
            if control and not any(x.dep_ in ("xcomp", "ccomp", "acl") for x in verb.children):
                continue
            out.extend(phrases(c, c.dep_))
        elif c.dep_ in PASS_SUBJ and not control:
            out.extend(phrases(c, c.dep_))
    if not control and reduced_passive(verb):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        for c in subjects or ([verb.head] if verb.dep_ == "acl" else []):
            out.extend(phrases(c, "reduced-passive"))
    preps = OBJECT_CONTROL_PREPS if control else TARGET_PREPS
    for prep, obj in _prep_objects(verb, preps):
        if prep == "by":
            continue
        if control and prep not in OBJECT_CONTROL_PREPS:
            continue
        out.extend(phrases(obj, f"prep:{prep}"))
    # "called on both sides to end": "on" may attach as a particle with the object on the verb
    return out


def noun_sources(noun: Any) -> list[Phrase]:
    out: list[Phrase] = []
    for c in noun.children:
        if c.dep_ == "poss":
            out.extend(phrases(c, "poss"))
        elif c.dep_ in ("amod", "compound", "nmod") and (
            c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN"
        ):
            out.extend(phrases(c, c.dep_))
    for prep, obj in _prep_objects(noun, SOURCE_NOUN_PREPS):
        out.extend(phrases(obj, f"prep:{prep}"))
    return out


def noun_targets(noun: Any, of_is_target: bool) -> list[Phrase]:
    out: list[Phrase] = []
    preps = {"against", "on", "with", "to", "upon", "toward", "towards", "into"} | (
        {"of"} if of_is_target else set()
    )
    for prep, obj in _prep_objects(noun, preps):
        out.extend(phrases(obj, f"prep:{prep}"))
    return out


def noun_of_sources(noun: Any) -> list[Phrase]:
    """ "the withdrawal of Russian troops": "of" names the doer of intransitive acts."""
    return [p for prep, obj in _prep_objects(noun, {"of"}) for p in phrases(obj, "prep:of")]


def place_context(tok: Any) -> tuple[int, int] | None:
    """The "in X"/"from X" phrase of a noun ("demonstrators in Baghdad"), a hint for the actor's country."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "from"):
            for p in c.children:
                if p.dep_ == "pobj":
                    return np_range(p)
    return None
