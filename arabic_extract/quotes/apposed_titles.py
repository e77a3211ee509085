"""An indefinite title refers to the person it was written after: «قال فلان مدير عام جمرك
المطار: … . وأكد مدير عام جمرك المطار أن …» (the title in the construct state, made definite by
what follows, names the person introduced with it)."""
from __future__ import annotations

from ..entities.names import bare
from .context import COMMAS, Context
from .title_match import _person_ends, _same

#: words of the title compared (at least ``_MIN``: «مدير عام» alone names many people)
_MIN, _MAX = 3, 4
#: tokens back the earlier title is looked for
_REACH = 3000


def apposed_title(ctx: Context, j: int, last: int) -> str | None:
    """The person last named right before (past a comma) the same title as tokens
    ``j``–``last``, its first three or four words agreeing; else None."""
    words = _words(ctx, j, min(last, j + _MAX - 1))
    if len(words) < _MIN:
        return None
    ends = _person_ends(ctx)
    for p in range(j - 1, max(0, j - _REACH), -1):
        if not _same(bare(ctx.norm(p)), words[0]):
            continue
        e = p - 1 if ctx.tokens[p - 1].text not in COMMAS else p - 2
        seen = _words(ctx, p, p + len(words) - 1)
        if e in ends and len(seen) == len(words) and all(map(_same, seen, words)):
            return ends[e]
    return None


def _words(ctx: Context, j: int, last: int) -> list[str]:
    found = []
    for k in range(j, min(last + 1, len(ctx.tokens))):
        if not ctx.is_word(k):
            break
        found.append(bare(ctx.norm(k)))
    return found
