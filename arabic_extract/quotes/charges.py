"""The complement of a verb of accusation or attribution (cue flag ``charge``: «اتهم»,
«عزا»): an object, then the verb's own preposition — «اتهم الحكومة بالتقصير», «عزا السبب
إلى …».  The object is what was charged or explained and belongs to the content.  A
preposition right after the cue or its subject has no object before it: unvocalized, that
is the passive («اتُّهم بالفساد») or the noun «متهم» («خمسة متهمين بالتحرش»), no speech."""
from __future__ import annotations

from .adverbs import accusative_adverb
from .context import Context
from .cues import Cue, is_complementizer
from .demands import starts_complement

#: most words of the object before the cue's preposition («قوات النظام السوري بـ…»)
CHARGE_OBJECT = 5
_PREP_ARTICLE = ("بال", "لل", "كال", "وبال")


def charged(ctx: Context, k: int, cue: Cue) -> bool:
    """Does a noun complement starting at token ``k`` read object + the cue's own
    preposition within a few words («الحكومة المعترف بها دوليا بأنها …»)?"""
    if starts_complement(ctx, k, cue) or ctx.norm(k - 1).rstrip("ـ") in cue.preps \
            or ctx.is_preposition(k) or ctx.norm(k).startswith(_PREP_ARTICLE) \
            or is_complementizer(ctx.tokens[k]) or accusative_adverb(ctx, k):
        return False  # an object starts with no preposition («بالمشاهير») nor «لأنه»; «كثيرا» is no object
    end = min(k + 1 + CHARGE_OBJECT, len(ctx.tokens))
    for j in range(k + 1, end):
        if starts_complement(ctx, j, cue):
            return True
        if not ctx.is_word(j) or ctx.cue(j) is not None:
            return False
    return False
