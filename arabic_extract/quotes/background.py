"""The reporter's background clause in the pluperfect after a comma: «…، وكانت الوزارة قد
أعلنت …», «…، وكان قد أصيب …» (data/function_words.txt, group ``background_kana``), or
without «قد» before a reporting verb («…، وكان الوزير اقترح …»).  The reported clause
before it ends at the comma."""

from __future__ import annotations

from .context import SENTENCE_END, Context, word_group
from .cues import VERB

MAX_SUBJECT_WORDS = 4


def background_at(ctx: Context, k: int) -> bool:
    """Does token ``k`` open «وكان(ت) … قد» with at most four words before «قد», or
    «وكان(ت)» + a subject of at most four words + a reporting verb with no «و»?"""
    if k >= len(ctx.tokens) or ctx.norm(k) not in word_group("background_kana"):
        return False
    for j in range(k + 1, min(k + 2 + MAX_SUBJECT_WORDS, len(ctx.tokens))):
        if not ctx.is_word(j) or ctx.tokens[j].text in SENTENCE_END:
            return False
        if ctx.norm(j) == "قد" or j > k + 1 and _reporting_verb(ctx, j):
            return True
    return False


def _reporting_verb(ctx: Context, j: int) -> bool:
    cue = ctx.cue(j)
    return cue is not None and cue.pos == VERB and cue.past and not cue.proclitic \
        and not cue.strict  # «وكانت نسبة الوفيات … بين»: «بين» may be "between"
