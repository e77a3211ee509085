"""A short quote right after a head noun without the article is that noun's genitive, a
name, not speech: «وقال ممثل "يورو سبورت عربية" فلان …», «قالت فلانة، المديرة التنفيذية
لتحالف "حركة ألمانيا تساعد"»; the speech is looked for after it.  Nouns that speak when
indefinite («وقال مسؤول "…"») are not heads.  Words: ``quotes/data/construct_heads.txt``."""
from __future__ import annotations

from .context import Context, word_group

_FILE = "construct_heads.txt"
#: words of a quoted name at most; a longer quote may be speech after an indefinite speaker
_NAME_WORDS = 4
_PROCLITICS = ("و", "ف", "ل", "ب", "ك")


def construct_names_quote(ctx: Context, k: int) -> bool:
    """Is token ``k`` a head noun in construct (no article, a proclitic allowed) with a
    quote of at most four words right after it?"""
    if not ctx.is_word(k) or k + 1 >= len(ctx.tokens):
        return False
    heads = word_group("construct_heads", _FILE)
    word = ctx.norm(k)
    if word not in heads and not (word[:1] in _PROCLITICS and word[1:] in heads):
        return False
    q = ctx.quote_opening_at(k + 1)
    return q is not None and 0 < ctx.quote_words(q) <= _NAME_WORDS
