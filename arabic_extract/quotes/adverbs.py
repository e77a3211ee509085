"""Accusative adverbs after a subject («وأكدت الهيئة مجددا منحها …», «أعلنت الشركة رسميا
عن …»): they end the subject phrase, and the content starts after them."""
from __future__ import annotations

from .context import Context, word_group

_WORDS = "speaker_words.txt"


def accusative_adverb(ctx: Context, k: int) -> bool:
    """«مجددا», «رسميا»: an adverb of ``[adverbials]`` that takes no complement («وفقا
    لـ», «نقلا عن» of ``[linking_adverbials]`` take one)."""
    norm = ctx.norm(k)
    return norm.endswith("ا") and norm in word_group("adverbials", _WORDS) \
        and norm not in word_group("linking_adverbials", _WORDS)
