"""A far «أن» that belongs to another head than the cue: a reason clause («واعتبر فلان وجوده
… من الأخطاء لأنه يحمل …») or a pretext noun («… رفض استقبال الأطفال بحجة أن …»).  The
cue then takes its noun complement, not that clause."""
from __future__ import annotations

from .clauses import Opener
from .context import Context, word_group
from .cues import Cue


def others_opener(ctx: Context, cue: Cue, opener: Opener, near_end: int) -> bool:
    """Is ``opener`` (a complementizer beyond token ``near_end``) another head's clause?"""
    k = opener.index
    if opener.kind != "comp" or k <= near_end:
        return False
    if ctx.norm(k).startswith("لان"):  # «لأن», «لأنه»: a reason
        return True
    return ctx.norm(k - 1) in word_group("pretext_heads")
