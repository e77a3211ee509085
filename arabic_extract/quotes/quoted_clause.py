"""A quote that opens an أن/إن clause: «وقال إن "…"، طبقا لما ورد …».

When the quote closes the clause, or is followed by a comma and words that do not go on
with the speaker's own clause («، وأن …», «، وإن …»), the quote is all that was said:
the words after its comma are the reporter's («طبقا لما …», «في إشارة إلى …», a prayer).
"""
from __future__ import annotations

from .context import COMMAS, Context
from .cues import is_complementizer
from .ends import long_quote, quote_here, trim
from .marks import Quote


def whole_quote(ctx: Context, k: int, end: int) -> Quote | None:
    """The quote opening at token ``k`` when it is the whole of the clause that ends at
    offset ``end``, else None."""
    q = quote_here(ctx, k)
    if q is None or q.close is None:
        return None
    if trim(ctx, q.start, q.outer_end + 1) >= end - 1:
        return q
    return q if long_quote(ctx, q) and _reporter_after(ctx, q) else None


def _reporter_after(ctx: Context, q: Quote) -> bool:
    """Do a comma and words not joined to the speaker's clause follow the closing mark?"""
    last = ctx.token_at(q.close)
    j = last + 1 if last is not None else len(ctx.tokens)
    if j >= len(ctx.tokens) or ctx.tokens[j].text not in COMMAS:
        return False
    j = ctx.past_commas(j)
    return j < len(ctx.tokens) and ctx.is_word(j) and not is_complementizer(ctx.tokens[j])
