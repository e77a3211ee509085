"""The writer's own claims, with no speaker: a reporting verbal noun after a modal word
(«يمكن القول إن …», «ولا بد من الإشارة إلى أن …») and a reporting verb after a
speakerless subject written before it («والمثل الشعبي يقول …», «لأن الواقع يؤكد أن …»;
«يقول المثل» after the verb is :func:`~.speakers.is_speakerless`'s)."""
from __future__ import annotations

from ..entities.names import bare
from .context import Context, phrase_set, word_group, word_set
from .cues import NOUN, VERB

#: adjectives between a speakerless subject and its verb («المثل العراقي يقول»)
_ADJECTIVES = 2


def authorial(ctx: Context, i: int) -> bool:
    """Is the cue at token ``i`` the writer's own claim (see the module)?"""
    cue = ctx.cue(i)
    if cue is None:
        return False
    if cue.pos == NOUN:
        return _after_modal(ctx, i)
    return cue.pos == VERB and not cue.proclitic and _speakerless_before(ctx, i)


def _after_modal(ctx: Context, i: int) -> bool:
    """«يمكن القول», «لا بد من الإشارة»: the tokens right before end with a modal phrase."""
    before = tuple(ctx.norm(k) for k in range(max(0, i - 3), i))
    return any(len(p) <= len(before) and before[len(before) - len(p):] == p
               for p in phrase_set("modal_words.txt"))


def _speakerless_before(ctx: Context, i: int) -> bool:
    """A speakerless noun («المثل», «الواقع», «التقديرات») right before the verb, or
    before one or two adjectives with the article («المثل العراقي»)."""
    k = i - 1
    for _ in range(_ADJECTIVES + 1):
        if k < 0 or not ctx.is_word(k) or k in ctx.mention_at:
            return False
        word = ctx.norm(k)
        if bare(word) in word_set("speakerless.txt") and "ال" in word[:3]:
            return k == 0 or not _preposition(ctx, k - 1)  # not «وفي الواقع يؤكد فلان»
        if not word.startswith("ال"):
            return False
        k -= 1
    return False


def _preposition(ctx: Context, k: int) -> bool:
    """A preposition, also after و/ف («وفي»)."""
    word = ctx.norm(k)
    return ctx.is_preposition(k) or word[:1] in ("و", "ف") \
        and word[1:] in word_group("prepositions")
