"""Two conjoined people as the subject of a dual cue without subject: «التقى محمد … وخالد
… وقالا إن …», «وكان فلان وفلان قد اجتمعا. وأضافا أن …».  The first person speaks (the
second is the co-speaker)."""
from __future__ import annotations

from .context import SENTENCE_END, Context

#: tokens allowed between the two conjoined mentions (a title or a role of the first)
_GAP = 4
#: sentences looked back over
_SENTENCES = 2


def conjoined_first(ctx: Context, i: int) -> str | None:
    """Entity of the first of two PER mentions «A [title …] وB» nearest before token
    ``i`` (in its sentence or the one before), else None."""
    ends = 0
    for k in range(i - 1, -1, -1):
        if ctx.tokens[k].text in SENTENCE_END:
            ends += 1
            if ends >= _SENTENCES:
                return None
        found = ctx.mention_at.get(k)
        if found is None or found[0].label != "PER" or not found[1]:
            continue
        if ctx.tokens[k].text.startswith("و") or ctx.norm(k - 1).startswith("و") \
                and ctx.is_title(k - 1):
            first = _previous_person(ctx, k)
            if first is not None and first != found[1]:
                return first
    return None


def _previous_person(ctx: Context, k: int) -> str | None:
    for j in range(k - 1, max(-1, k - 1 - _GAP - 4), -1):
        found = ctx.mention_at.get(j)
        if found is not None:
            return found[1] if found[0].label == "PER" and found[1] else None
        if ctx.tokens[j].text in SENTENCE_END or ctx.cue(j) is not None:
            return None
    return None
