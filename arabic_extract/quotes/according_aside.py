"""An «according to» aside between the subject and the opener: «وقال متحدث باسم الشرطة،
وفقاً لما نقلته صحيفة …، إن …», «وقال الوزير، بحسب ما نقلت عنه وكالة …، إن …».  The aside
names the channel; its verb («نقلته») is no statement of its own, and the opener after it is
the cue's own."""
from __future__ import annotations

from .clauses import Opener
from .context import COMMAS, SENTENCE_END, Context
from .cues import is_complementizer
from .sourced import group, unjoined

#: tokens the aside may span after its marker, its closing comma included
_REACH = 12


def opener_past_aside(ctx: Context, k: int) -> Opener | None:
    """The complementizer opener right after an aside that starts with a comma at token
    ``k`` and an «according to» marker («بحسب», «وفقا», «حسبما», «نقلا»), or None."""
    n = len(ctx.tokens)
    if k + 2 >= n or ctx.tokens[k].text not in COMMAS \
            or unjoined(ctx.norm(k + 1)) not in group("markers") | group("verb_markers"):
        return None
    for j in range(k + 3, min(n, k + 2 + _REACH)):
        tok = ctx.tokens[j]
        if tok.text in SENTENCE_END:
            return None
        if tok.text in COMMAS:
            return Opener("comp", j + 1) if j + 1 < n and is_complementizer(ctx.tokens[j + 1]) \
                else None
        if is_complementizer(tok):
            return Opener("comp", j)
    return None
