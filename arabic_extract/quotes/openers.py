"""Stance openers before a sentence's verb: «من جهته ثمّن فلان …، منوهاً بـ …», «ومن
جانبها أكدت …», «بدوره قال …».  They name no one; the sentence's first verb and its
subject come right after them (or after a comma), so a later participle or subjectless
cue of the sentence goes on with that subject."""
from __future__ import annotations

from .context import COMMAS, Context, word_group

_FILE = "stance_openers.txt"


def past_stance(ctx: Context, s: int, stop: int) -> int:
    """Token after a stance opener starting at token ``s`` (and after a comma after it),
    else ``s``; never at or past ``stop``."""
    if s + 1 < stop and ctx.norm(s) in word_group("stance_preps", _FILE) \
            and ctx.norm(s + 1) in word_group("stance_nouns", _FILE):
        k = s + 2
    elif s < stop and ctx.norm(s) in word_group("stance_words", _FILE):
        k = s + 1
    else:
        return s
    if k < stop and ctx.tokens[k].text in COMMAS:
        k += 1
    return k if k < stop else s
