"""Small facts about where a token stands: after a line break, inside a recognized name."""
from __future__ import annotations

from .context import Context


def line_break_before(ctx: Context, i: int) -> bool:
    """Does a line break separate token ``i`` from the token before it (a new paragraph)?"""
    return 0 < i < len(ctx.tokens) and "\n" in ctx.doc.text[ctx.tokens[i - 1].end:ctx.tokens[i].start]


def inside_name(ctx: Context, j: int) -> bool:
    """Is token ``j`` a word of a name: after «بن», «أبو» …, or inside an entity mention
    («عبدالرحمن المحنا», whose «المحنا» reads like «ألمحنا»: "we hinted")?"""
    return ctx.in_name(j) or ctx.mention_reach.covers(ctx.tokens[j].start)
