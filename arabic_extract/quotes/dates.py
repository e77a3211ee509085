"""A date between a cue and its object: «أعلنت في 8 يوليو الحالي الاستغناء عن …», «قررت
في مايو 2015 إغلاق …».  The date is the cue's adjunct of time, not reported content; the
object starts after it.  A month name (ner/data/month_names.txt) must be in the phrase; the
date is a preposition «في», an optional day number or «مطلع/منتصف/أواخر …», the month, then
an optional year number or «الحالي/الماضي/الجاري/المقبل» (with «م»/«هـ»)."""
from __future__ import annotations

from functools import lru_cache

from ..ner.months import month_names
from .context import Context, word_group
from .cues import Cue, is_complementizer


#: era letters after a year («1374 هـ», «2015 م»), normalized
_ERAS = frozenset({"م", "هـ", "ه"})


@lru_cache(maxsize=1)
def _months() -> frozenset[str]:
    return month_names()


def _number(ctx: Context, j: int) -> bool:
    """A day or year number, also with its era letter («1374هـ», «2015م»)."""
    return 0 <= j < len(ctx.tokens) and ctx.tokens[j].text[:1].isdigit()


def past_date(ctx: Context, k: int, cue: Cue) -> int:
    """The first token after a date phrase starting at ``k``, when a plain word (no
    preposition, conjunction, complementizer or cue) or the cue's own preposition follows
    it; else ``k``."""
    if ctx.norm(k) != "في":
        return k
    j = k + 1
    if _number(ctx, j) or ctx.norm(j) in word_group("date_parts"):
        j += 1
    if ctx.norm(j) not in _months():
        return k
    j += 1
    if ctx.norm(j) in ("عام", "سنه") and _number(ctx, j + 1):
        j += 1  # «في صفر عام 1374هـ»
    if _number(ctx, j) or ctx.norm(j) in word_group("date_parts"):
        j += 1
    j += ctx.norm(j) in _ERAS
    if j + 1 < len(ctx.tokens) and ctx.tokens[j].text == "/" and _number(ctx, j + 1):
        j += 2  # «1374هـ / 1954م»
        j += ctx.norm(j) in _ERAS
    nxt = ctx.norm(j)
    if nxt.rstrip("ـ") in cue.preps and j + 1 < len(ctx.tokens):
        return j + 1
    plain = ctx.is_word(j) and ctx.cue(j) is None and not is_complementizer(ctx.tokens[j]) \
        and not ctx.is_preposition(j) and not nxt.startswith("و") and len(nxt) > 2
    return j if plain else k
