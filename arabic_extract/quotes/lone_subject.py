"""A lone subject between a reporting verb and its «أن»: «وأوضح الصندوق أن …», «وأضاف
المركز أن …», «وقالت العمدة إن …», «وكشف البرقان أنه …», «وقال السياسي اليمني إن …».
Nothing but the subject (one word, or a definite noun and its definite adjectives) stands
between the verb and its clause, so it is who spoke: a body or a person the lexicons do
not list, or a name the NER missed.  `attribution` otherwise drops such an unlisted noun
as a thing.  Documents and data («وكشفت النتائج أن»), times, «الجميع», the object of
«وصف/برر/لفت» and a bare «بين/عقب» are left alone (data/speaker_words.txt)."""
from __future__ import annotations

from ..entities.names import bare
from .context import Context, word_group
from .cues import VERB, Cue, is_complementizer
from .named import Subject

_FILE = "speaker_words.txt"


def lone_subject(ctx: Context, i: int, cue: Cue, subject: Subject) -> bool:
    """Is ``subject`` of the verb cue at ``i`` right after it and right before a
    complementizer (or the cue's own preposition and one: «وأشار المدعي العام إلى أن»),
    a definite noun with at most two definite adjectives («وقال السياسي اليمني إن»; a
    definite noun takes no genitive with the article), and no document, thing, time or
    object?"""
    k, last = ctx.token_at(subject.start), subject.last
    if cue.pos != VERB or k != i + 1 or not k <= last <= k + _MAX_ADJECTIVES \
            or _noun_like(cue) or not _opener_after(ctx, last + 1, cue):
        return False
    if last > k and not all(ctx.norm(j).startswith("ال") for j in range(k, last + 1)):
        return False
    word = bare(ctx.norm(k))
    return ctx.is_word(k) and len(word) > 2 and not any(
        word in word_group(group, _FILE) for group in _NOT_SPEAKERS)


_MAX_ADJECTIVES = 2


def _opener_after(ctx: Context, j: int, cue: Cue) -> bool:
    """A complementizer at ``j``, or one of the cue's prepositions there and one after."""
    if j < len(ctx.tokens) and ctx.norm(j) in cue.preps:
        j += 1
    return j < len(ctx.tokens) and is_complementizer(ctx.tokens[j])


_NOT_SPEAKERS = ("documents", "non_speakers", "thing_nouns", "group_words")


def _noun_like(cue: Cue) -> bool:
    """Is the cue one whose next word is mostly its object, or a bare «بين» (between) or
    «عقب» (after) written without its shadda?"""
    return cue.lemma in word_group("no_lone_subject_cues", _FILE) \
        or "shadda" in cue.flags and "voweled" not in cue.flags and cue.gender == "m"
