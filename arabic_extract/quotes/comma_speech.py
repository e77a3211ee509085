"""Speech after a comma with no opener: «وأضاف، كل محافظة لديها استعداد كبير …».  A say
verb with its «و» and no subject continues the last speaker; when a comma follows it and no
opener comes at all, the words after the comma are the speaker's own (direct speech)."""
from __future__ import annotations

from .clauses import Content
from .context import COMMAS, Context, word_group
from .cues import VERB, Cue, is_complementizer
from .ends import clause_end


def comma_speech(ctx: Context, i: int, cue: Cue, subject: object | None) -> Content | None:
    """Direct content after «وأضاف،» (token ``i``), or None.  Not after an aside that
    opens with a preposition, an adverb or a name («وأضاف، في حديثه …»)."""
    k = i + 2
    if subject is not None or cue.pos != VERB or cue.proclitic != "و" \
            or "say" not in cue.flags or k >= len(ctx.tokens) \
            or ctx.tokens[i + 1].text not in COMMAS:
        return None
    if not ctx.is_word(k) or ctx.is_preposition(k) or ctx.cue(k) is not None \
            or k in ctx.mention_at or ctx.norm(k) in word_group("adverbs"):
        return None
    start, end = ctx.tokens[k].start, clause_end(ctx, k)
    last = min(ctx.sentence_end_token(k), len(ctx.tokens) - 1)
    if "\u064b" in ctx.tokens[k].text or any(  # «رداً على سؤال …»: an adverbial accusative
            ctx.tokens[j].text in COMMAS and is_complementizer(ctx.tokens[j + 1])
            for j in range(k, last)):
        return None  # «وأضاف، رداً على سؤال …، أن …»: an aside, then a far opener
    return Content(start, end, "direct") if end > start else None
