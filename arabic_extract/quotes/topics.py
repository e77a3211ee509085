"""The clause subject a subjectless cue goes on with: in news Arabic «وقال: …» after
«وزار الوزير فلان المعرض …» or «لكن صحيفة X عارضت …» continues the last clause subject
that could speak (a person or an organization), not only the last speaker of a statement."""
from __future__ import annotations

from dataclasses import dataclass

from ..document import Speaker
from .according_topic import according_person
from .citations import cited
from .context import Context, word_group
from .cues import Cue
from .plausible import KEEP, speaker_words
from .preverbal import is_group, phrase_subject, first_verb
from .speakers import continued, to_speaker, vet
from .bounds import subject_after
from .named import Subject

_TYPES = ("PER", "ORG")


@dataclass(frozen=True)
class Topic:
    """A clause's subject that could speak, the gender of its verb and its sentence start."""

    speaker: Speaker
    gender: str
    at: int


def sentence_topic(ctx: Context, s: int) -> Topic | None:
    """The subject of the first clause of the sentence starting at token ``s``, else the
    person of a trailing «according to» phrase («…، بحسب فلان.»: :mod:`.according_topic`)."""
    found = _clause_topic(ctx, s)
    if found is not None:
        return found
    person = according_person(ctx, s, ctx.sentence_end_token(s))
    return Topic(person[0], person[1], s) if person is not None else None


def _clause_topic(ctx: Context, s: int) -> Topic | None:
    """The subject of the first clause of the sentence starting at token ``s``: after its
    verb («وزار الوزير فلان …», «ولم يجد الوزير …») or after a clause opener before its verb
    («لكن صحيفة X عارضت …»)."""
    stop = ctx.sentence_end_token(s)
    verb = first_verb(ctx, s, stop)
    if verb is not None and ctx.norm(verb) in speaker_words("negations"):
        verb = verb + 1 if verb + 1 < stop and ctx.is_word(verb + 1) else None
    found = subject_after(ctx, verb, stop) if verb is not None else None
    if found is None and verb is None and ctx.norm(s) in word_group("new_clause"):
        found = phrase_subject(ctx, s + 1, stop)  # «لكن صحيفة X عارضت …»
        verb = found.last + 1 if found is not None and found.last + 1 < stop else None
        if verb is None or not ctx.is_word(verb) or ctx.is_preposition(verb):
            return None
    if found is None or not _could_speak(ctx, found) or cited(ctx, found):
        return None  # «وقال رسول الله صلى الله عليه وسلم …»: cited, no topic
    return Topic(continued(to_speaker(ctx, found)), verb_gender(ctx, verb), s)


def _could_speak(ctx: Context, found: Subject) -> bool:
    """A person or organization, or a singular title or source phrase («الوزير»)."""
    if found.entity is not None:
        return ctx.entities[found.entity].type in _TYPES
    j = ctx.token_at(found.start)
    if found.how != "title" or j is None or not (ctx.is_title(j) or ctx.is_source(j)):
        return False
    return vet(ctx, found)[1] == KEEP and not is_group(ctx, found)


def verb_gender(ctx: Context, k: int) -> str:
    """The gender of a third-person verb: «عارضت», «تعارض» feminine, else masculine."""
    cue = ctx.cue(k)
    if cue is not None and cue.gender in ("m", "f"):
        return cue.gender
    word = ctx.norm(k)
    word = word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word
    if word in word_group("masculine_t_verbs"):
        return "m"  # «وبات فلان يريد …»: the ت is the root's
    return "f" if word.endswith("ت") or word.startswith("ت") else "m"


def fits(topic: Topic, cue: Cue) -> bool:
    """Can a singular cue («وقال», «وأضافت», «مؤكداً») continue the topic?"""
    return cue.gender not in ("pl", "du") and (cue.gender not in ("m", "f")
                                               or cue.gender == topic.gender)


def recent(ctx: Context, topic: Topic, i: int) -> bool:
    """Is the topic's sentence the cue's own or the one right before it (past one short
    verbless fragment cut off by a stray full stop: «… في الاعتقال في 1987. بتهمة التجسس.
    وقال: …»)?"""
    start = ctx.sentence_start_token(i)
    before = ctx.sentence_start_token(start - 1) if start > 0 else 0
    if topic.at >= before:
        return True
    return before > 0 and _fragment(ctx, before, start) \
        and topic.at >= ctx.sentence_start_token(before - 1)


#: words of a verbless sentence at most that only continues the one before it
_FRAGMENT_WORDS = 12


def _fragment(ctx: Context, s: int, end: int) -> bool:
    """A short sentence without a cue or person of its own («بتهمة التجسس للخارج.») cut
    off by the full stop after a number: it names no one else who could speak next."""
    words = sum(1 for k in range(s, end) if ctx.is_word(k))
    return words <= _FRAGMENT_WORDS and _after_number(ctx, s) and not any(
        ctx.cue(k) is not None or k in ctx.mention_at and ctx.mention_at[k][0].label == "PER"
        for k in range(s, end))


def _after_number(ctx: Context, s: int) -> bool:
    """Does the sentence before token ``s`` end with a number and its full stop within the
    paragraph («… في 1987. بتهمة …»)?"""
    k = s - 1
    while k > 0 and not ctx.is_word(k) and not ctx.tokens[k].text.isdigit():
        k -= 1
    gap = ctx.doc.text[ctx.tokens[k].end:ctx.tokens[s].start]
    return ctx.tokens[k].text.isdigit() and "\n" not in gap


class Topics:
    """The sentence starts a topic may come from (outside quotes and found contents), noted
    as the stage walks the text; each topic is worked out only when a cue asks for it."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self._starts: list[int] = []
        self._memo: dict[int, Topic | None] = {}

    def note(self, s: int) -> None:
        self._starts.append(s)

    def latest(self, after: int) -> Topic | None:
        """The topic of the last noted sentence that has one, if it starts after token
        ``after`` (an older topic is never used: a statement came since)."""
        for s in reversed(self._starts):
            if s <= after:
                return None
            if s not in self._memo:
                self._memo[s] = sentence_topic(self._ctx, s)
            if self._memo[s] is not None:
                return self._memo[s]
        return None
