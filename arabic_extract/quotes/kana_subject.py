"""«وكان المتهم الأول في القضية فلان قد أقر …», «كان فلان، الباحث في شركة «…»، قد كشف
…»: in the pluperfect «كان … قد + verb», a person's name right after «كان», or standing
right before «قد» after whatever describes him, is the subject."""
from __future__ import annotations

from .context import COMMAS, QUOTE_CHARS, RELATIVE_PRONOUNS, Context, word_group
from .named import Subject, mention_subject

_REACH = 14  # tokens between «كان» and «قد» looked at


def kana_name(ctx: Context, i: int) -> Subject | None:
    """The person subject of «كان … قد» + the cue at ``i``, else None."""
    if i < 3 or ctx.norm(i - 1) != "قد":
        return None
    k = _kana_before(ctx, i - 2)
    if k is None:
        return None
    if _person_at(ctx, k + 1):
        return mention_subject(ctx, k + 1, i - 1)
    name = _person_ending_at(ctx, i - 2)
    if name is None or name <= k + 1 or any(
            not ctx.is_word(t) or _person_at(ctx, t) for t in range(k + 1, name)):
        return None
    return mention_subject(ctx, name, i - 1)


def _kana_before(ctx: Context, last: int) -> int | None:
    """The «كان» opening the clause that ends at ``last``, within reach: only words, commas
    and quote marks between, no relative, cue, «برئاسة فلان» («وكان المجلس برئاسة فلان قد
    حذر» is the council's) nor sentence start."""
    first = max(ctx.sentence_start_token(last), last - _REACH)
    for k in range(last, first - 1, -1):
        norm = ctx.norm(k)
        if norm in word_group("background_kana") or norm in ("كان", "كانت"):
            return k if k < last else None
        text = ctx.tokens[k].text
        if not ctx.is_word(k) and text not in COMMAS and text not in QUOTE_CHARS \
                or norm in RELATIVE_PRONOUNS or ctx.cue(k) is not None \
                or norm in word_group("led_by"):
            return None
    return None


def _person_at(ctx: Context, k: int) -> bool:
    mention, _ = ctx.mention_at.get(k, (None, None))
    return mention is not None and mention.label == "PER"


def _person_ending_at(ctx: Context, k: int) -> int | None:
    """The first token of the PER mention whose last token is ``k``."""
    for mention, _ in ctx.ending_at.get(k, ()):
        if mention.label == "PER":
            while k > 0 and ctx.tokens[k].start > mention.start:
                k -= 1
            return k
    return None
