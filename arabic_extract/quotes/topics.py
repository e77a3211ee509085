"""The clause subject a subjectless cue goes on with: in news Arabic «وقال: …» after
«وزار الوزير فلان المعرض …» or «لكن صحيفة X عارضت …» continues the last clause subject
that could speak (a person or an organization), not only the last speaker of a statement."""
from __future__ import annotations

from dataclasses import dataclass

from ..document import Speaker
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
    if found is None or not _could_speak(ctx, found):
        return None
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
    return "f" if word.endswith("ت") or word.startswith("ت") else "m"


def fits(topic: Topic, cue: Cue) -> bool:
    """Can a singular cue («وقال», «وأضافت», «مؤكداً») continue the topic?"""
    return cue.gender not in ("pl", "du") and (cue.gender not in ("m", "f")
                                               or cue.gender == topic.gender)


def recent(ctx: Context, topic: Topic, i: int) -> bool:
    """Is the topic's sentence the cue's own or the one right before it?"""
    start = ctx.sentence_start_token(i)
    return topic.at >= (ctx.sentence_start_token(start - 1) if start > 0 else 0)


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
