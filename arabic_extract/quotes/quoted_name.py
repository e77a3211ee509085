"""A body's name in quote marks after its head noun, which the NER did not tag: «وذكر موقع
صحيفة "دايلي مايل" أن …», «وكشفت قناة «سي إن إن» أن …».  The quoted words are the
speaker's name (linked to a known entity when they spell one), not the bare head."""
from __future__ import annotations

from ..entities.names import name_key
from .context import Context, word_group
from .cues import is_complementizer
from .known import known_entity
from .named import Subject, appositive_end, mention_subject
from .plausible import WORDS

#: words a quoted name may have
_MAX_WORDS = 4
#: head nouns before the quote mark («موقع صحيفة»)
_MAX_HEADS = 2


def quoted_name(ctx: Context, j: int, stop: int) -> Subject | None:
    """The quoted name after the head noun(s) from token ``j``, else None."""
    k = j
    while k < min(stop, j + _MAX_HEADS) and quoted_name_head(ctx, k):
        k += 1
    quote = ctx.quote_opening_at(k) if j < k < stop else None
    if quote is None or quote.close is None or quote.start >= quote.end:
        return None
    first, last = ctx.token_at(quote.start), ctx.last_token(quote.end)
    if first is None or not 0 <= last - first < _MAX_WORDS or last >= stop:
        return None
    if first in ctx.mention_at:  # «قناة «سي إن إن»»: a tagged name may hold «إن»
        return mention_subject(ctx, first, stop)
    if any(not ctx.is_word(i) or ctx.cue(i) is not None or is_complementizer(ctx.tokens[i])
           for i in range(first, last + 1)):
        return None
    key = name_key(ctx.doc.text[quote.start:quote.end])
    entity = known_entity(ctx, key, key.split(), True)
    end = appositive_end(ctx, ctx.last_token(quote.outer_end), stop)
    return Subject(entity, quote.start, quote.end, end, "name")


def quoted_name_head(ctx: Context, k: int) -> bool:
    """Is token ``k`` a body's head noun that a quoted name may follow («موقع», «قناة»)?"""
    return ctx.is_word(k) and ctx.norm(k).lstrip("و") in word_group("quoted_name_heads", WORDS)
