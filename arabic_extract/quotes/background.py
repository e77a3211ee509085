"""The reporter's background clause in the pluperfect after a comma: «…، وكانت الوزارة قد
أعلنت …», «…، وكان قد أصيب …» (data/function_words.txt, group ``background_kana``).  The
reported clause before it ends at the comma."""

from __future__ import annotations

from .context import SENTENCE_END, Context, word_group

MAX_SUBJECT_WORDS = 4


def background_at(ctx: Context, k: int) -> bool:
    """Does token ``k`` open «وكان(ت) … قد» with at most four words before «قد»?"""
    if k >= len(ctx.tokens) or ctx.norm(k) not in word_group("background_kana"):
        return False
    for j in range(k + 1, min(k + 2 + MAX_SUBJECT_WORDS, len(ctx.tokens))):
        if not ctx.is_word(j) or ctx.tokens[j].text in SENTENCE_END:
            return False
        if ctx.norm(j) == "قد":
            return True
    return False
