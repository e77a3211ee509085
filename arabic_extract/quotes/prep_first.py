"""A cue's own preposition after its subject opens a noun complement: a complementizer
further on belongs to that complement, not to the cue («كاشفاً عن مشروع للتوظيف …، من
المتوقع أن يقام قريباً»: what was revealed is the project), and a short alias of the
subject in brackets or quotes stands between («أعلن الحلف (ناتو) اليوم عن …»)."""
from __future__ import annotations

from .context import COMMAS, Context, word_group
from .clauses import PREP_REACH, prep_at
from .cues import Cue, is_complementizer

#: words of a bracketed or quoted alias after a subject («(ناتو)», «سابك»)
_ALIAS_WORDS = 3


def own_prep_first(ctx: Context, cue: Cue, k: int, opener: int) -> bool:
    """Is token ``k`` (right after the subject) the cue's own preposition as a whole word
    («عن», «إلى»), with a noun and no complementizer right after it, and the opener at
    ``opener`` further on, not right after a comma («أشار إلى أن …» keeps its opener)?"""
    if not cue.takes_object or k + 1 >= len(ctx.tokens) or opener <= k + 1:
        return False
    word = ctx.norm(k).rstrip("ـ")
    if word not in cue.preps or word not in word_group("complement_preps") \
            or is_complementizer(ctx.tokens[k + 1]):  # not «القائمون على الدراسة أن …»
        return False
    if ctx.tokens[opener - 1].text in COMMAS:
        return False  # «كشف نائب عن الحزب في البرلمان، أن …»: the subject's phrase, then «، أن»
    return ctx.is_word(k + 1) and ctx.quote_opening_at(k + 1) is None


def _alias_end(ctx: Context, k: int) -> int | None:
    """Last token of a short alias opening at token ``k``: «(ناتو)», «سابك»."""
    q = ctx.quote_opening_at(k)
    if q is not None and not q.depth:
        last = ctx.last_token(q.outer_end)
        return last if 0 < last - k <= _ALIAS_WORDS + 1 else None
    if ctx.tokens[k].text != "(":
        return None
    return next((j for j in range(k + 1, min(k + _ALIAS_WORDS + 2, len(ctx.tokens)))
                 if ctx.tokens[j].text == ")"), None)


def past_alias(ctx: Context, cue: Cue, k: int) -> int:
    """The token after a short alias at ``k`` when the cue's own preposition follows it
    within reach of a subject's tail («(ناتو) اليوم الأحد في بروكسل عن …»), else ``k``."""
    last = _alias_end(ctx, k) if k < len(ctx.tokens) else None
    if last is None:
        return k
    reach = range(last + 1, min(last + PREP_REACH + 2, len(ctx.tokens)))
    own = any(ctx.norm(j).rstrip("ـ") in cue.preps and prep_at(ctx, j, cue) for j in reach)
    return last + 1 if own else k
