"""Contrastive connectives that open the reporter's next clause.

«لكن», and a contrast head followed by «أن» («إلا أن», «بيد أن», «غير أن»: "however"),
start a clause of their own: its «أن» is never the complementizer of a reporting cue
before it («حذرت الحركة التنظيم من التوسع، إلا أن ذلك لم يمنع …»).  After a concessive
«رغم …» the «إلا أن» is the main clause, and the cue's («وأوضح رغم الصعوبات إلا أن …»)."""
from __future__ import annotations

from .context import Context, word_group
from .cues import is_complementizer
from .ends import BUT


def contrast_at(ctx: Context, j: int, cue: int) -> bool:
    """Does token ``j`` open a contrasting clause after the cue at token ``cue``?"""
    return ctx.norm(j) in BUT or however_at(ctx, j, cue)


def however_at(ctx: Context, j: int, cue: int) -> bool:
    """«إلا أن», «بيد أن», «غير أن» at token ``j``, not after a concessive «رغم»."""
    if ctx.norm(j) not in word_group("contrast_heads") or j + 1 >= len(ctx.tokens) \
            or not is_complementizer(ctx.tokens[j + 1]):
        return False
    concessive = word_group("concessives")
    return not any(ctx.norm(k) in concessive for k in range(cue + 1, j))

