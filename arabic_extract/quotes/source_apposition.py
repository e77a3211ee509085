"""A trailing «according to» phrase whose source carries a title apposition: «…، بحسب ما
يقول فلان، مدير شركة …»: the phrase still closes its sentence after the apposition."""
from __future__ import annotations

from .context import COMMAS, SENTENCE_END, Context
from .cues import is_complementizer

#: words of the apposition after the comma, at most
_REACH = 14


def apposition_end(ctx: Context, b: int | None) -> int | None:
    """The token after a title apposition that starts after the comma at ``b``
    («، مدير شركة …» up to the next comma or sentence end), or None: it must open with a
    title word and hold no cue, complementizer or quote mark."""
    if b is None or b + 1 >= len(ctx.tokens) or ctx.tokens[b].text not in COMMAS \
            or not ctx.is_title(b + 1):
        return None
    end = min(ctx.sentence_end_token(b + 1), len(ctx.tokens))
    for j in range(b + 2, min(end, b + _REACH + 1)):
        tok = ctx.tokens[j]
        if tok.text in COMMAS or tok.text in SENTENCE_END:
            return j
        if ctx.cue(j) is not None or is_complementizer(tok) or not ctx.is_word(j):
            return None
    return end if end <= b + _REACH else None
