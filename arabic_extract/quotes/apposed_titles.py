"""An indefinite title refers to the person it was written after: «قال فلان مدير عام جمرك
المطار: … . وأكد مدير عام جمرك المطار أن …» (the title in the construct state, made definite by
what follows, names the person introduced with it); two words are enough when the second is
a place or body name («الأمير فلان محافظ جدة … . وأشار محافظ جدة إلى أن …»)."""
from __future__ import annotations

from .context import Context
from .title_match import person_before_title, same_word, title_words

#: words of the title compared (at least ``_MIN``: «مدير عام» alone names many people)
_MIN, _MAX = 3, 4
_NAMES = ("LOC", "ORG")


def _place_title(ctx: Context, j: int, last: int, words: list[str]) -> bool:
    """A two-word title whose second word is a place or body name («محافظ جدة», «سفير
    فرنسا»): as specific as a longer one."""
    found = ctx.mention_at.get(j + 1) if len(words) == 2 and last == j + 1 else None
    return found is not None and found[0].label in _NAMES \
        and ctx.last_token(found[0].end) == last


def apposed_title(ctx: Context, j: int, last: int) -> str | None:
    """The person last named right before (past a comma) the same title as tokens
    ``j``–``last``, its first three or four words agreeing; else None."""
    words = title_words(ctx, j, min(last, j + _MAX - 1))
    if len(words) < _MIN and not _place_title(ctx, j, last, words):
        return None
    return person_before_title(
        ctx, j, len(words), lambda head: same_word(head, words[0]),
        lambda seen: len(seen) == len(words) and all(map(same_word, seen, words)),
        past_comma=True)
