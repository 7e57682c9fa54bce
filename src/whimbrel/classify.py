"""Event detection and PLOVER typing, with CAMEO code, quad class and Goldstein score.

Per parsed sentence:

1. **Match** every token against the trigger lexicon (``data/triggers.tsv``) by lemma and part
   of speech, checking required dependents ("call" + "on" is an appeal, "call" + "off" a concession).
2. **Group** matches that describe one act: a noun trigger that is the object of a verb trigger
   is its content ("condemned the attack" is one ACCUSE), unless the noun's sense names the verb
   ("struck a deal": the deal wins and "strike" is a light verb); a same-type noun that is the
   subject or prepositional object of a verb trigger merges with it ("clashes killed",
   "killed in an attack"); compounds fold into their head ("ceasefire agreement").
3. **Frame**: a framing trigger ("agreed to", "threatened to", "called on ... to", "refused to")
   absorbs the triggers in its complement, which refine its mode and CAMEO code and are not coded
   separately (the framed act has not happened).
4. **Code** each remaining act: anchor (the verb that carries a noun trigger: "held talks"),
   status (``status.py``), PLOVER's future rule (a planned cooperative act is coded AGREE, a
   planned hostile act THREATEN, with ``planned_type`` keeping the act), source and target
   (``arguments.py`` + ``actors.py``), confidence, and evidence for every field.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import arguments as args
from .actors import Coreference, person_span, resolve_phrase
from .lexicon import Trigger, read_table, triggers
from .nlp import ParsedSentence, parse_of
from .ontology import goldstein, quad_class
from .registry import stage
from .status import StatusCue, event_status
from .types import Actor, Event, Evidence, Span, Story

STAGE = "classify.events.v1"
LIGHT_VERBS = {
    "hold",
    "have",
    "conduct",
    "launch",
    "stage",
    "carry",
    "begin",
    "start",
    "continue",
    "resume",
    "mount",
    "wage",
    "attend",
    "join",
    "open",
    "undertake",
    "make",
    "issue",
    "lodge",
    "impose",
    "announce",
    "organize",
    "organise",
    "reach",
    "strike",
    "seal",
    "conclude",
    "complete",
    "convene",
    "order",
    "pursue",
    "step",
    "escalate",
    "intensify",
    "renew",
    "take",
    "go",
    "enter",
    "initiate",
    "deliver",
    "reiterate",
    "repeat",
    "voice",
    "express",
    "press",
}
# Verb types that take an act as their content ("condemned the attack", "called for talks").
CONTENT_TYPES = {
    "ACCUSE",
    "REQUEST",
    "REJECT",
    "SUPPORT",
    "THREATEN",
    "AGREE",
    "CONCEDE",
    "CONSULT",
    "PROTEST",
}
COOPERATIVE = {"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
HOSTILE = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"}
OF_IS_TARGET = {"ASSAULT", "COERCE", "ACCUSE", "SANCTION", "SUPPORT", "REJECT", "AID", "CONSULT"}
POS = {"VERB": "V", "NOUN": "N", "PROPN": "N", "ADJ": "A", "AUX": "V"}


@dataclass
class Act:
    """One act under construction: its trigger, the token carrying its arguments, what it absorbed."""

    token: Any
    sense: Trigger
    anchor: Any
    noun: Any | None = None
    light: Any | None = None
    content: list[tuple[Any, Trigger]] = field(default_factory=list)  # framed or absorbed triggers
    merged: list[Any] = field(default_factory=list)
    target_tok: Any | None = None  # an explicit target ("X said *Libya* must hand over ...")


@functools.lru_cache(maxsize=1)
def mode_words() -> dict[tuple[str, str], tuple[str, str]]:
    return {(r["word"], r["type"]): (r["mode"], r["cameo"]) for r in read_table("modes.tsv")}


def match_token(tok: Any) -> Trigger | None:
    """The trigger sense this token realises, if any."""
    pos = POS.get(tok.pos_)
    if pos is None:
        return None
    if tok.tag_ in ("VBN", "VBD", "VBG", "VBZ", "VBP", "VB") and pos != "V":
        pos = "V"
    keys = [(tok.lemma_.lower(), pos), (tok.lower_, pos)]
    if pos == "V":
        keys.append((tok.lower_, "A"))  # participles used as adjectives: "committed", "prepared"
    if pos == "A":
        keys.append((tok.lemma_.lower(), "V"))
    if pos == "N" and tok.lower_.endswith("ing"):
        keys.append((tok.lemma_.lower(), "V"))
    near: set[str] = set()
    for c in tok.children:
        if c.dep_ in ("aux", "auxpass", "mark", "punct", "neg", "det"):
            continue
        near |= {c.lemma_.lower(), c.lower_}
        if c.dep_ in ("dobj", "nsubjpass", "attr", "prep", "pobj"):
            near |= {d.lemma_.lower() for d in list(c.subtree)[:8]}
    if pos in ("N", "A") or tok.dep_ in ("amod", "compound"):
        near |= {tok.head.lemma_.lower(), tok.head.lower_}
    for key in keys:
        for sense in triggers().get(key, ()):
            if sense.needs and not (sense.needs & near):
                continue
            return sense
    return None


def _describing_clause(c: Any) -> bool:
    """A relative or participial clause describing a noun ("the truce *agreed in May*"), not an
    infinitive complement ("a consensus *to exchange* data")."""
    return c.dep_ == "relcl" or (c.dep_ == "acl" and not any(a.lower_ == "to" for a in c.children))


def lemma_in(tok: Any, words: set[str] | frozenset[str]) -> bool:
    """Whether the token's lemma (or its inflected form, when the lemmatiser slipped) is in ``words``."""
    low = tok.lower_
    forms = {tok.lemma_.lower(), low}
    for suffix in ("ed", "d", "s", "es", "ing"):
        if low.endswith(suffix):
            forms.add(low[: -len(suffix)])
    return bool(forms & words)


def _verb_wins(verb_sense: Trigger, noun_sense: Trigger, verb: Any) -> bool:
    if verb_sense.needs:
        return True
    if verb.lemma_.lower() in noun_sense.needs:
        return False
    return True


def find_acts(doc: Any) -> list[Act]:
    """Match triggers in one sentence Doc and group them into acts (steps 1-3 above)."""
    matches: dict[int, Trigger] = {}
    for tok in doc:
        sense = match_token(tok)
        if sense is not None:
            matches[tok.i] = sense
    absorbed: dict[int, int] = {}  # token index -> index of the act that absorbed it
    light: dict[int, Any] = {}
    for i, sense in matches.items():
        tok = doc[i]
        head = tok.head
        if tok.dep_ in ("amod", "compound") and head.i in matches and head is not tok:
            absorbed[i] = head.i  # "a water-sharing agreement", "ceasefire talks"
            continue
        if sense.pos != "N" or head is tok:
            continue
        if tok.dep_ in ("dobj", "attr", "nsubjpass", "oprd") and head.i in matches and head.i != i:
            if _verb_wins(matches[head.i], sense, head):
                absorbed[i] = head.i
            else:
                absorbed[head.i] = i
                light[i] = head
        elif tok.dep_ == "pobj" and head.dep_ in ("prep", "agent") and head.head.i in matches:
            verb = head.head
            vs = matches[verb.i]
            if vs.event_type == sense.event_type or vs.event_type in CONTENT_TYPES:
                absorbed[i] = verb.i
        elif any(_describing_clause(c) and c.i in matches and matches[c.i].pos == "V" for c in tok.children):
            verb = next(c for c in tok.children if _describing_clause(c) and c.i in matches)
            absorbed[i] = verb.i  # "the ceasefire that was agreed": one AGREE act
        elif tok.dep_ in ("nsubj",) and head.i in matches and matches[head.i].event_type == sense.event_type:
            absorbed[i] = head.i
        elif tok.dep_ in ("compound", "amod", "nmod") and head.i in matches:
            absorbed[i] = head.i
        elif tok.dep_ == "conj" and head.i in matches and matches[head.i].event_type == sense.event_type:
            absorbed[i] = head.i
    for i, sense in matches.items():
        tok = doc[i]
        # "clashes killed 60 people and wounded 150": conjoined verbs of one type sharing a subject
        if (
            sense.pos == "V"
            and tok.dep_ == "conj"
            and tok.head.i in matches
            and i not in absorbed
            and matches[tok.head.i].event_type == sense.event_type
            and (sense.event_type == "ASSAULT" or matches[tok.head.i].lemma == sense.lemma)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for c in tok.children)
        ):
            absorbed[i] = tok.head.i
        # "attacked the village, killing 14", "marched to protest": a participle or purpose clause of
        # the same type is the same act
        elif (
            sense.pos == "V"
            and tok.dep_ in ("advcl", "xcomp")
            and tok.head.i in matches
            and i not in absorbed
            and (
                matches[tok.head.i].event_type == sense.event_type
                or sense.event_type in ("REQUEST", "ACCUSE")
            )
            and not matches[tok.head.i].frame
        ):
            absorbed[i] = tok.head.i  # "blocked roads demanding ...": the demand is the act's goal
    # framing: complements of a framing trigger are its content; what a content verb is about
    # ("accused Asmara *of arming rebels*") is its content too
    for i, sense in matches.items():
        if i in absorbed:
            continue
        if not sense.frame:
            if sense.pos != "V" or sense.event_type not in CONTENT_TYPES:
                continue
            comps = [
                c for c in doc[i].children if c.dep_ == "prep" and c.lower_ in ("of", "for", "over", "about")
            ]
        else:
            comps = list(_complements(doc[i]))
        for comp in comps:
            for t in _content_tokens(comp):
                if t.i in matches and t.i != i and t.i not in absorbed:
                    absorbed[t.i] = i
    acts: dict[int, Act] = {}
    for i, sense in matches.items():
        if i in absorbed:
            continue
        tok = doc[i]
        anchor, noun, lv = tok, None, light.get(i)
        if sense.pos == "N":
            noun = tok
            if lv is None and tok.dep_ in ("dobj", "nsubjpass", "attr") and lemma_in(tok.head, LIGHT_VERBS):
                lv = tok.head
            anchor = lv if lv is not None else tok
        elif sense.pos == "A" and tok.head.pos_ in ("AUX", "VERB") and tok.dep_ in ("acomp", "amod", "oprd"):
            anchor = tok.head
        acts[i] = Act(tok, sense, anchor, noun, lv)
    for tok in doc:
        obligation = _obligation(tok)
        if obligation is not None and obligation.i not in acts:
            speaker = obligation
            must = next((c for c in tok.children if c.lower_ in OBLIGATION), speaker)
            act = Act(must, OBLIGATION_SENSE, speaker, target_tok=_subject_of(tok))
            if tok.i in matches:
                absorbed.setdefault(tok.i, -1)
                act.content.append((tok, matches[tok.i]))
                acts.pop(tok.i, None)
            acts[must.i] = act
    for i, j in absorbed.items():
        if j < 0:
            continue
        root = j
        seen = set()
        while root in absorbed and root not in seen:
            seen.add(root)
            root = absorbed[root]
        if root in acts:
            act = acts[root]
            sense = matches[i]
            if sense.event_type == act.sense.event_type and not act.sense.frame:
                act.merged.append(doc[i])
            else:
                act.content.append((doc[i], sense))
    for act in acts.values():
        act.content.sort(key=lambda c: _distance(act.token, c[0]))
    _fold_casualty_verbs(acts)
    return sorted(acts.values(), key=lambda a: a.token.i)


def _distance(frame: Any, tok: Any) -> int:
    """Tree steps from a framing token down to an absorbed token (99 when not below it)."""
    steps = 0
    cur = tok
    while cur is not frame and cur.head is not cur and steps < 99:
        cur = cur.head
        steps += 1
    return steps if cur is frame else 99


CASUALTY_VERBS = {"kill", "wound", "injure", "die", "hurt", "slay"}


def _fold_casualty_verbs(acts: dict[int, Act]) -> None:
    """ "Gunmen attacked a bus; five passengers were killed": in one sentence, a bare casualty verb is
    the toll of the attack named beside it, not a second attack; it joins the nearest other ASSAULT."""
    attacks = [
        a for a in acts.values() if a.sense.event_type == "ASSAULT" and a.sense.lemma not in CASUALTY_VERBS
    ]
    if not attacks:  # "two were killed and 18 wounded": the first casualty verb carries the others
        attacks = [a for a in acts.values() if a.sense.event_type == "ASSAULT" and not a.content][:1]
    if not attacks:
        return
    for i, act in list(acts.items()):
        if (
            act.sense.event_type == "ASSAULT"
            and act.sense.lemma in CASUALTY_VERBS
            and not act.content
            and act is not attacks[0]
        ):
            nearest = min(attacks, key=lambda a: abs(a.token.i - act.token.i))
            nearest.merged.extend([act.token, *act.merged])
            del acts[i]


OBLIGATION = {"must", "should"}
SPEECH_VERBS = {
    "say",
    "announce",
    "declare",
    "reiterate",
    "insist",
    "conclude",
    "state",
    "stress",
    "tell",
    "issue",
    "add",
    "write",
    "note",
    "argue",
    "believe",
    "emphasize",
    "emphasise",
    "demand",
    "urge",
    "warn",
    "repeat",
}
OBLIGATION_SENSE = Trigger("must", "V", frozenset(), "REQUEST", None, "100", (), "obj", 0.8, 0)


EXPECT_VERBS = {"expect", "want", "wish"}


def _obligation(tok: Any) -> Any | None:
    """The verb that makes ``tok``'s clause a demand on someone else, else None:
    "X said Y must do Z" (the speech verb) or "X expects Y to do Z" (the expecting verb)."""
    head = tok.head
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    if head.lemma_.lower() in EXPECT_VERBS and tok.dep_ in ("ccomp", "xcomp") and has_subject:
        return head
    if not any(c.dep_ == "aux" and c.lower_ in OBLIGATION for c in tok.children):
        return None
    if tok.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in SPEECH_VERBS:
        return head
    return None


def _subject_of(tok: Any) -> Any | None:
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c
    return None


def _content_tokens(comp: Any) -> Iterable[Any]:
    """The tokens of a complement, without the side remarks hung on it (appositions, relative clauses:
    "..., an allegation Eritrea denied")."""
    stack = [comp]
    while stack:
        t = stack.pop()
        yield t
        stack.extend(c for c in t.children if c.dep_ not in ("appos", "relcl", "parataxis"))


def _complements(tok: Any) -> Iterable[Any]:
    head = tok.head if tok.pos_ == "ADJ" and tok.dep_ in ("acomp",) else None
    if tok.pos_ in ("NOUN", "PROPN"):
        # "a consensus to exchange information", "reached a deal to withdraw"
        for c in tok.children:
            if c.dep_ in ("acl", "relcl") and any(a.lower_ == "to" for a in c.children):
                yield c
        if lemma_in(tok.head, LIGHT_VERBS):
            for c in tok.head.children:
                if c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children):
                    yield c
        return
    for c in tok.children:
        if c.dep_ in ("xcomp", "ccomp"):
            yield c
        elif c.dep_ == "prep" and c.lower_ in ("to", "for", "on", "upon", "of"):
            yield c
    if head is not None:
        for c in head.children:
            if c.dep_ in ("xcomp", "ccomp") and c is not tok:
                yield c


# ------------------------------------------------------------------------------- coding an act


def _refine(act: Act) -> tuple[str | None, str, tuple[str, ...], str | None]:
    """Mode, CAMEO code, contexts and the content type of an act, from what it absorbed."""
    sense = act.sense
    mode, code, context = sense.mode, sense.cameo, list(sense.context)
    content = act.content[0][1] if act.content else None
    if content is not None:
        for c in content.context:
            if c not in context:
                context.append(c)
        mode, code = _frame_code(sense, content, mode, code)
    words = mode_words()
    near = [act.token, *act.merged, *(c for t in (act.token, *act.merged) for c in t.children)]
    if act.noun is not None:
        near.extend(act.noun.children)
    # modifiers of the participants and instruments: "a *suicide* bomber", "*car* bomb"
    near = [g for c in near for g in c.children if g.dep_ in ("compound", "amod") and g not in near] + near
    for t in near:
        hit = words.get((t.lemma_.lower(), sense.event_type)) or words.get((t.lower_, sense.event_type))
        if hit:
            mode, code = hit
            break
    return mode, code, tuple(context), content.event_type if content else None


def _frame_code(sense: Trigger, content: Trigger, mode: str | None, code: str) -> tuple[str | None, str]:
    ct = content.event_type
    cm = content.mode
    t = sense.event_type
    if t == "REQUEST":
        demand = code.startswith("10")
        if ct in ("ASSAULT", "MOBILIZE") or (ct == "RETREAT" and cm in ("ceasefire", "withdraw", "disarm")):
            return "yield", "1056" if demand else "0256"
        if ct == "RETREAT" and cm == "release":
            return "yield", "1053" if demand else "0253"
        if ct in ("CONSULT", "AGREE"):
            return "meet", "106" if demand else "026"
        if ct in ("AID", "COOPERATE", "SUPPORT"):
            return "assist", "103" if demand else "023"
        if ct in ("CONCEDE", "RETREAT"):
            return "yield", "105" if demand else "025"
        return "change", "104" if demand else "024"
    if t == "REJECT":
        if ct == "CONSULT":
            return "meet", "125"
        if ct in ("AID", "COOPERATE"):
            return "assist", "122"
        if ct == "RETREAT" and cm == "release":
            return "yield", "1243"
        if ct in ("RETREAT", "CONCEDE"):
            return "yield", "1246" if cm in ("ceasefire", "withdraw") else "124"
        return mode, code
    if t == "THREATEN":
        if ct == "ASSAULT":
            return "violence", "1384"
        if ct == "SANCTION":
            return "relations", "1313"
        if ct == "COERCE":
            return ("arrest" if cm == "arrest" else "restrict"), "132"
        if ct == "PROTEST":
            return "restrict", "133"
        return mode, code
    if t == "AGREE":
        table = {"CONSULT": "036", "AID": "033", "COOPERATE": "031", "SUPPORT": "032", "CONCEDE": "035"}
        if ct == "RETREAT":
            return None, {"release": "0353", "ceasefire": "0356", "withdraw": "0356", "disarm": "0356"}.get(
                cm or "", "035"
            )
        return None, table.get(ct, code)
    return mode, code


def _sense(lemma: str) -> Trigger:
    return triggers()[(lemma, "V")][-1]


def future_aux(tok: Any) -> bool:
    return any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "would", "shall", "wo", "'ll")
        for c in tok.children
    )


class _Sentence:
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
        if cur.head is cur:
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


def code_act(act: Act, ctx: _Sentence) -> Event:
    story = ctx.story
    sense = act.sense
    mode, code, context, content_type = _refine(act)
    cue: StatusCue = event_status(act.anchor, act.noun, None)
    etype = sense.event_type
    planned_type = None
    status = cue.status
    primary = act.content[0][0] if act.content else None
    if etype == "AGREE" and content_type in HOSTILE | {"THREATEN"} and _distance(act.token, primary) <= 3:
        # "vowed to attack", "is prepared to impose martial law": an intent to harm is a threat
        planned_type, etype = content_type, "THREATEN"
        mode, code = _frame_code(_sense("threaten"), act.content[0][1], None, "130")
    if (
        status == "negated"
        and cue.rule.startswith("negation")
        and etype in COOPERATIVE | {"AGREE"}
        and (
            future_aux(act.anchor)
            or (act.noun is not None and act.noun.head.pos_ == "VERB" and future_aux(act.noun.head))
        )
    ):
        # "will not accept refugees", "would not meet the demands": a refusal
        planned_type, etype, status = None, "REJECT", "reported"
        mode, code = _frame_code(_sense("refuse"), sense, None, "120")
    elif status == "planned" or (status == "hypothetical" and cue.rule.startswith("modal")):
        if cue.condition == "unless" and etype not in ("AGREE", "REQUEST", "ACCUSE", "REJECT"):
            planned_type, etype, mode, code = etype, "THREATEN", None, "130"
        elif etype in COOPERATIVE:
            planned_type, etype = etype, "AGREE"
            mode, code = None, _frame_code(_sense("agree"), sense, None, "030")[1]
        elif etype in HOSTILE:
            planned_type, etype = etype, "THREATEN"
            mode, code = _frame_code(_sense("threaten"), sense, None, "130")
    # participants
    sources, targets, had_subject = _participants(act, ctx, etype)
    how = "syntax"
    if not sources and not had_subject:
        fallback = _nearest_mention(ctx, act.token, exclude=targets)
        if fallback is not None:
            sources, how = [fallback], "nearest"
    t_start, t_end = ctx.tok_span(act.token)
    confidence = _confidence(act, sense, how, sources, status)
    evidence = [
        Evidence("event_type", t_start, t_end, story.text[t_start:t_end], STAGE, sense.rule_id, sense.weight),
    ]
    for tok, content in act.content[:1]:
        s, e = ctx.tok_span(tok)
        evidence.append(Evidence("content", s, e, story.text[s:e], STAGE, content.rule_id, content.weight))
    if act.light is not None:
        s, e = ctx.tok_span(act.light)
        evidence.append(Evidence("event_type", s, e, story.text[s:e], STAGE, "light-verb", None))
    for tok in act.merged:
        s, e = ctx.tok_span(tok)
        evidence.append(Evidence("event_type", s, e, story.text[s:e], STAGE, "merged-trigger", None))
    if cue.token is not None:
        s, e = ctx.tok_span(cue.token)
        evidence.append(Evidence("status", s, e, story.text[s:e], STAGE, f"status:{cue.rule}", None))
    for role, group in (("source", sources), ("target", targets)):
        for a in group:
            evidence.append(Evidence(role, a.start, a.end, a.text, STAGE, a.method, a.score))
    return Event(
        story_id=story.id,
        sentence_index=ctx.sent.index,
        sentence=Span(ctx.sent.start, ctx.sent.end),
        trigger=Span(t_start, t_end),
        trigger_text=story.text[t_start:t_end],
        event_type=etype,
        mode=mode,
        context=context,
        cameo=code,
        quad_class=quad_class(etype),
        goldstein=goldstein(code, etype),
        status=status,
        planned_type=planned_type
        if planned_type is not None
        else (content_type if etype == "AGREE" else None),
        source=tuple(sources),
        target=tuple(targets),
        confidence=confidence,
        evidence=tuple(evidence),
    )


def _participants(act: Act, ctx: _Sentence, etype: str) -> tuple[list[Actor], list[Actor], bool]:
    """Sources, targets, and whether the act had a subject at all (resolved or not)."""
    anchor = act.anchor
    had_subject = False
    if anchor.pos_ in ("VERB", "AUX") or act.light is not None:
        subjects = args.verb_subjects(anchor)
        had_subject = bool(subjects) or any(c.dep_ in args.PASS_SUBJ for c in anchor.children)
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


def _nearest_mention(ctx: _Sentence, tok: Any, exclude: Sequence[Actor]) -> Actor | None:
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


def _confidence(act: Act, sense: Trigger, how: str, sources: Sequence[Actor], status: str) -> float:
    c = sense.weight
    if not sources:
        c *= 0.55
    elif how == "nearest":
        c *= 0.75
    elif any(a.method.split(":")[-1].startswith("coref") for a in sources):
        c *= 0.9
    anchor = act.anchor
    main = anchor.dep_ == "ROOT" or (anchor.dep_ == "conj" and anchor.head.dep_ == "ROOT")
    reported = (
        anchor.dep_ in ("ccomp", "parataxis")
        and anchor.head.dep_ == "ROOT"
        and match_token(anchor.head) is None
    )
    if main or sense.frame and anchor.dep_ in ("ROOT", "conj", "ccomp"):
        c = min(1.0, c * 1.1)
    elif not reported:
        c *= 0.75
    if status == "hypothetical":
        c *= 0.8
    if act.noun is not None and act.light is None and not sources:
        c *= 0.8
    return max(0.05, min(0.99, c))


DOMESTIC = {
    "GOV",
    "MIL",
    "COP",
    "REB",
    "OPP",
    "CVL",
    "LEG",
    "JUD",
    "PRM",
    "UAF",
    "JRN",
    "MED",
    "LAB",
    "AGR",
    "PTY",
    "SPY",
    "REL",
    "BUS",
    "CRM",
    "REF",
    "EDU",
}


def story_country(story: Story) -> str | None:
    """The country a story is about: its dateline's country, else the most-mentioned country."""
    from .nlp import dateline

    line = dateline(story.text)
    counts: dict[str, int] = {}
    for m in story.actors:
        if m.role == "agency" or not m.country or m.kind in ("igo", "group") and m.sector != "PRE":
            continue
        if line is not None and m.start < line[1]:
            return m.country
        counts[m.country] = counts.get(m.country, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda c: counts[c])


def _with_home_country(event: Event, home: str | None) -> Event:
    """PLOVER codes an actor named only by role ("the army", "police") with a country: the country
    where the event happened (its clause or sentence place), else the story's country."""
    loc = event.location
    if loc is not None and loc.country and loc.precision in ("clause", "sentence"):
        home = loc.country
    if home is None:
        return event

    def fix(actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
        return tuple(
            dataclasses.replace(a, country=home, method=a.method + "+story-country", score=a.score * 0.8)
            if a.country is None and a.sector in DOMESTIC
            else a
            for a in actors
        )

    return dataclasses.replace(event, source=fix(event.source), target=fix(event.target))


def _reported_by(story: Story, sent: ParsedSentence) -> Actor | None:
    agencies = [a for a in story.actors if a.role == "agency"]
    for a in agencies:
        if sent.start <= a.start and a.end <= sent.end:
            return a
    for a in agencies:  # a dateline agency: "KYIV, Nov 3 (Reuters) -"
        if a.start < 120 and story.text[max(0, a.start - 1) : a.start] == "(":
            return a
    return None


@stage(
    STAGE,
    requires=("doc", "sentences", "actors"),
    assigns=("events", "event.source", "event.target", "event.status", "event.confidence"),
)
class ClassifyEvents:
    """Find and code every event in the parsed sentences of a story."""

    def __init__(self, *, min_confidence: float = 0.0) -> None:
        self.min_confidence = min_confidence

    def __call__(self, story: Story) -> Story:
        parse = parse_of(story)
        coref = Coreference()
        events: list[Event] = []
        for sent in parse.sentences:
            in_sent = [m for m in story.actors if sent.start <= m.start and m.end <= sent.end]
            if sent.doc is not None:
                ctx = _Sentence(story, sent, in_sent, coref)
                for act in find_acts(sent.doc):
                    event = code_act(act, ctx)
                    if event.confidence >= self.min_confidence:
                        agency = _reported_by(story, sent)
                        if agency is not None:
                            event = dataclasses.replace(event, reported_by=agency)
                        events.append(event)
                for e in events:
                    if e.sentence_index == sent.index:
                        coref.remember((*e.source, *e.target))
                        coref.remember_group(e.source)
                        coref.remember_group(e.target)
            coref.remember(m for m in in_sent if m.role != "agency")
        return dataclasses.replace(story, events=tuple(events))


@stage("classify.finalize.v1", requires=("events",), assigns=("events", "event.source", "event.target"))
def finalize(story: Story) -> Story:
    """Give role-only actors a country, order events by position, drop exact duplicates."""
    home = story_country(story)
    seen: set[tuple[int, int, str]] = set()
    out = []
    for e in sorted(story.events, key=lambda e: (e.trigger.start, e.event_type)):
        key = (e.trigger.start, e.trigger.end, e.event_type)
        if key not in seen:
            seen.add(key)
            out.append(_with_home_country(e, home))
    return dataclasses.replace(story, events=tuple(out))
