"""The participants of an act as actors: phrases from the parse (``arguments.py``) resolved by the
actor dictionaries (``actors.py``), with pronouns, surnames and group references resolved to
earlier actors, recipients taken from nested objects or from the place the act happens, and a
nearest-mention fallback when the act has no subject at all.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from typing import Any

from . import arguments as args
from .actors import Coreference, person_span, resolve_phrase
from .acts import Act
from .lexicon import triggers
from .nlp import ParsedSentence
from .trigger_match import match_token
from .types import Actor, Story

OF_IS_TARGET = {"ASSAULT", "COERCE", "ACCUSE", "SANCTION", "SUPPORT", "REJECT", "AID", "CONSULT"}


class SentenceContext:
    """Helpers bound to one parsed sentence of a story."""

    def __init__(
        self, story: Story, sent: ParsedSentence, mentions: Sequence[Actor], coref: Coreference
    ) -> None:
        self.story = story
        self.sent = sent
        self.base = sent.start
        self.mentions = mentions
        self.coref = coref

    def tok_span(self, tok: Any) -> tuple[int, int]:
        return self.base + tok.idx, self.base + tok.idx + len(tok.text)

    def actors(self, phrases: Iterable[args.Phrase]) -> list[Actor]:
        out: list[Actor] = []
        for p in phrases:
            if (
                p.head.pos_ in ("NOUN", "PROPN")
                and match_token(p.head) is not None
                and p.head.ent_type_ == ""
            ):
                continue  # an event noun ("artillery duels", "the talks") is not a participant
            if p.head.pos_ == "PRON" and p.head.lower_ in PRONOUNS:
                antecedent = _speaker_antecedent(p.head)
                if antecedent is not None:
                    resolved = self.actors(args.phrases(antecedent, "pronoun-antecedent"))
                    if resolved:
                        s, e = self.base + p.start, self.base + p.end
                        text = self.story.text[s:e]
                        out.extend(
                            dataclasses.replace(a, text=text, start=s, end=e, method=f"{p.how}:{a.method}")
                            for a in resolved
                        )
                        continue
            s, e = self.base + p.start, self.base + p.end
            actor = resolve_phrase(
                self.story.text,
                s,
                e,
                p.head.lemma_,
                self.mentions,
                person_span(self.sent.doc, self.base, s, e),
            )
            if actor is None or (actor.country is None and actor.kind == "unknown"):
                refs = self.coref.resolve(self.story.text[s:e], s, e, p.head.lemma_.lower())
                if refs:
                    out.extend(refs)
                    continue
            if actor is None and p.head.pos_ == "PROPN":
                earlier = self.coref.surname(p.head.text, s)
                if earlier is not None:
                    actor = Coreference._as_reference(earlier, self.story.text[s:e], s, e, "coref:surname")
            if actor is not None and actor.kind == "person" and actor.country is None:
                actor = _with_country_from(actor, self.coref.history)
            if actor is not None and actor.country is None:
                actor = self._country_from_place(actor, p.head)
            if actor is not None:
                out.append(dataclasses.replace(actor, method=f"{p.how}:{actor.method}"))
        return _dedupe(out)

    def places_as_actors(self, act: Act) -> list[Actor]:
        """Countries and capitals named where the act happens ("in Baghdad", "to Haiti"): the recipient
        when no one else is named."""
        out: list[Actor] = []
        for tok in filter(None, (act.anchor, act.noun)):
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in (
                    "in",
                    "at",
                    "to",
                    "into",
                    "inside",
                    "near",
                    "across",
                    "on",
                ):
                    for p in c.children:
                        if p.dep_ != "pobj":
                            continue
                        lo, hi = args.np_range(p)
                        s, e = self.base + lo, self.base + hi
                        for m in self.mentions:
                            if m.start >= s and m.end <= e and m.country and m.role != "agency":
                                out.append(
                                    dataclasses.replace(
                                        m,
                                        sector=None,
                                        method=f"place:{c.lower_}:{m.method}",
                                        score=m.score * 0.6,
                                    )
                                )
                                break
        return _dedupe(out)

    def _country_from_place(self, actor: Actor, head: Any) -> Actor:
        where = args.place_context(head)
        if where is None:
            return actor
        s, e = self.base + where[0], self.base + where[1]
        for m in self.mentions:
            if m.start >= s and m.end <= e and m.country and m.role != "agency":
                return dataclasses.replace(actor, country=m.country, method=actor.method + "+place-in")
        return actor


PRONOUNS = {"it", "they", "he", "she", "we", "its", "their", "his", "her", "our"}


def _speaker_antecedent(pron: Any) -> Any | None:
    """ "Nigeria announced that it will withdraw": the pronoun's antecedent is a governing subject."""
    cur = pron.head
    for _ in range(5):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        for c in cur.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" and c.i < pron.i:
                return c
    return None


def _with_country_from(actor: Actor, history: Sequence[Actor]) -> Actor:
    """A person seen earlier with a country keeps it ("Pashinyan" after "Armenian PM Nikol Pashinyan")."""
    last = actor.name.split()[-1].lower()
    for h in reversed(history):
        if h.kind == "person" and h.country and h.name.split()[-1].lower() == last:
            return dataclasses.replace(
                actor, country=h.country, sector=actor.sector or h.sector, method=actor.method + "+coref:name"
            )
    return actor


def _dedupe(actors: Iterable[Actor]) -> list[Actor]:
    seen: set[tuple[int, int, str | None, str]] = set()
    out = []
    for a in actors:
        key = (a.start, a.end, a.country, a.name)
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


def participants(act: Act, ctx: SentenceContext, etype: str) -> tuple[list[Actor], list[Actor], bool]:
    """Sources, targets, and whether the act had a subject at all (resolved or not)."""
    anchor = act.anchor
    had_subject = False
    # a gerund used as a noun ("Fighting between the army and the RSF killed ...") takes noun roles
    gerund = anchor.tag_ == "VBG" and anchor.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
    if (anchor.pos_ in ("VERB", "AUX") or act.light is not None) and not gerund:
        subjects = args.verb_subjects(anchor)
        had_subject = (
            bool(subjects)
            or any(c.dep_ in args.PASS_SUBJ for c in anchor.children)
            or args.reduced_passive(anchor)  # a passive names no doer unless "by" does
        )
        src = ctx.actors(subjects)
        tgt = ctx.actors(args.verb_objects(anchor))
        if act.noun is not None:
            src = src or ctx.actors(args.noun_sources(act.noun))
            tgt = tgt or ctx.actors(args.noun_targets(act.noun, etype in OF_IS_TARGET))
        for t in act.merged:
            if t.pos_ in ("NOUN", "PROPN"):
                src = src or ctx.actors(args.noun_sources(t))
                tgt = tgt or ctx.actors(args.noun_targets(t, etype in OF_IS_TARGET))
    else:
        noun = act.noun if act.noun is not None else anchor
        src = ctx.actors(args.noun_sources(noun))
        if not src and etype not in OF_IS_TARGET:
            src = ctx.actors(args.noun_of_sources(noun))
        tgt = ctx.actors(args.noun_targets(noun, etype in OF_IS_TARGET))
        if not src and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ == "VERB":
            tgt = tgt or ctx.actors(args.verb_objects(noun.head))
    if act.target_tok is not None:
        if act.target_tok.pos_ == "PRON":
            # "a reminder *to Iraq* that *it* must cooperate": the pronoun is the one addressed
            tgt = tgt or ctx.actors(args.phrases(act.target_tok, "obligation-subject"))
        else:
            tgt = ctx.actors(args.phrases(act.target_tok, "obligation-subject")) or tgt
    if not src and had_subject and ((act.token.lower_, "A") in triggers() or act.sense.pos == "A"):
        # adjectival passives ("Israel is opposed to", "Syria is prepared to"): the subject is the doer
        passive = [a for a in tgt if a.method.startswith("nsubjpass")]
        if passive:
            src, tgt = passive, [a for a in tgt if a not in passive]
    if etype in ("AID", "MOBILIZE", "RETREAT") or act.sense.event_type in ("AID", "MOBILIZE", "RETREAT"):
        # "peacekeepers were deployed", "Russia pulled out its troops": the forces moved are the doer's
        moved = [
            a
            for a in tgt
            if a.sector in ("MIL", "COP")
            and (a.method.split(":")[0] in ("dobj", "nsubjpass") or a.method.startswith("prep:of"))
        ]
        tgt = [a for a in tgt if a not in moved]
        if not src:
            src = moved
    src_keys = {(a.start, a.end, a.country) for a in src}
    tgt = [a for a in tgt if (a.start, a.end, a.country) not in src_keys]
    if not tgt:
        tgt = [a for a in ctx.actors(_nested_objects(act)) if (a.start, a.end, a.country) not in src_keys]
    if not tgt:
        tgt = [a for a in ctx.places_as_actors(act) if a.country not in {s.country for s in src}]
    return src, tgt, had_subject


def _nested_objects(act: Act) -> list[args.Phrase]:
    """Objects inside the act's object ("an aid program *for Bosnia*", "demonstrations *against X*")."""
    holders = [c for c in act.anchor.children if c.dep_ in ("dobj", "pobj", "attr")]
    holders += [p for c in act.anchor.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    if act.noun is not None:
        holders.append(act.noun)
    holders += [t for t, _ in act.content]
    out: list[args.Phrase] = []
    for h in holders:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("for", "against", "of", "to", "on", "with", "from", "by"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        out.extend(args.phrases(p, f"nested:{c.lower_}"))
    return out


def nearest_mention(ctx: SentenceContext, tok: Any, exclude: Sequence[Actor]) -> Actor | None:
    t_start = ctx.base + tok.idx
    taken = {(a.start, a.end) for a in exclude}
    best = None
    for m in ctx.mentions:
        if m.role == "agency" or (m.start, m.end) in taken:
            continue
        if ctx.sent.start <= m.start and m.end <= t_start:
            best = m
    if best is None:
        return None
    return dataclasses.replace(best, method=f"nearest-before-trigger:{best.method}", score=best.score * 0.7)
