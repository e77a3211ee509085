"""Words before which an opener no longer belongs to the cue being read.

A contrasting clause («لكن», «إلا أن»: :mod:`.contrasts`), and a coordinated reporting
verb with an object pronoun: «وأكد فلان ضرورة التمسك بالاتفاق ووصفه بأنه خط أحمر» — the
«بأن» is «ووصفه»'s, so «أكد» keeps its noun complement."""
from __future__ import annotations

from .context import COMMAS, Context, word_group
from .contrasts import contrast_at, however_at
from .cues import NOUN, is_complementizer, lexicon
from .ends import trim


def suffixed_verb(ctx: Context, j: int) -> bool:
    """و + a reporting verb + an object pronoun, then its own opener or «ب…» («ووصفه بأنه»,
    «وأبلغهم أن»; not «وطالبة», «ونقلتها وسائل الإعلام», «وبينهم فلان»)."""
    norm, text = ctx.norm(j), ctx.tokens[j].text
    if not norm.startswith("و") or ctx.cue(j) is not None or j + 1 >= len(ctx.tokens) \
            or not (is_complementizer(ctx.tokens[j + 1]) or ctx.norm(j + 1).startswith("ب")):
        return False
    for suffix in word_group("pronoun_suffixes"):
        entry = lexicon().get(norm[:-len(suffix)]) if text.endswith(suffix) else None
        if entry is not None and entry.pos != NOUN and entry.proclitic == "و":
            return True
    return False


def barrier_at(ctx: Context, j: int, cue: int) -> bool:
    """Does token ``j`` start a clause whose opener is not the cue's at token ``cue``?"""
    return contrast_at(ctx, j, cue) or j > cue + 1 and suffixed_verb(ctx, j)


def complement_end(ctx: Context, k: int, end: int) -> int:
    """End offset of a noun complement from token ``k``: before a comma and a contrasting
    clause («حذرت التنظيم من التوسع في منطقتها، إلا أن ذلك لم يمنع …») or before a
    coordinated reporting verb with an object pronoun («… ووصفه بأنه …»), else ``end``.
    Clauses after «أن» keep it (the speaker's «…، إلا أن …» goes on), and so does «، لكن»
    («مؤكدا على التسامح، ولكن لا عفو …» is still speech)."""
    j = k + 1
    while j + 1 < len(ctx.tokens) and ctx.tokens[j].start < end:
        if ctx.tokens[j].text in COMMAS and however_at(ctx, j + 1, k) or suffixed_verb(ctx, j):
            return trim(ctx, ctx.tokens[k].start, ctx.tokens[j].start)
        j += 1
    return end
