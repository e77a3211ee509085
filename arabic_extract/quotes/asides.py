"""A dash-enclosed aside between the subject and the opener: «وبين المصدر - فضل عدم ذكر
اسمه - أن …», «وأكد فلان -وهو مدير الإدارة- أن …».  The aside describes the speaker; the
opener after it is the cue's own, as near as one right after the subject."""
from __future__ import annotations

from .context import SENTENCE_END, Context
from .cues import is_complementizer

DASHES = frozenset({"-", "–", "—"})
#: tokens an aside may span, its closing dash included
_REACH = 14


def past_aside(ctx: Context, k: int) -> int:
    """The token after a dash-enclosed aside starting at token ``k``, else ``k``.  An aside
    with a cue, an opener or a sentence end in it is none («- كما قال فلان -»)."""
    n = len(ctx.tokens)
    if k >= n or ctx.tokens[k].text not in DASHES:
        return k
    for j in range(k + 1, min(n - 1, k + _REACH)):
        tok = ctx.tokens[j]
        if tok.text in DASHES:
            return j + 1 if j > k + 1 else k
        if tok.text in SENTENCE_END or is_complementizer(tok) or ctx.cue(j) is not None:
            return k
    return k
