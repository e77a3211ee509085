"""Prayer and honorific phrases next to a name («الشيخ رحمه الله», «صاحب السمو الملكي
الأمير فلان», data/honorific_phrases.txt): never a speaker, the person named next to them is."""
from __future__ import annotations

from functools import lru_cache

from .context import Context, phrase_set


@lru_cache(maxsize=1)
def _phrases() -> tuple[frozenset[tuple[str, ...]], frozenset[str]]:
    phrases = phrase_set("honorific_phrases.txt")
    return phrases, frozenset(w for p in phrases for w in p)


def in_honorific_phrase(ctx: Context, k: int) -> bool:
    """Is token ``k`` part of a prayer or honorific phrase?"""
    phrases, words = _phrases()
    if ctx.norm(k) not in words:
        return False
    for phrase in phrases:
        n = len(phrase)
        for a in range(max(0, k - n + 1), min(k, len(ctx.tokens) - n) + 1):
            if tuple(ctx.norm(m) for m in range(a, a + n)) == phrase:
                return True
    return False
