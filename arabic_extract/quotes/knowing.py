"""«اعلم أن …», «وأعلم أن …»: the causative «أعلمَ» (informed) names whom it informs
before what («أعلمه أن …», «أعلم الوزير أن …»); a complementizer right after its bare form
is the imperative «اعلمْ» (know that) or the first person «أعلمُ» (I know): the writer
addressing the reader or speaking for himself, no reported speech."""
from __future__ import annotations

from ..normalize import strip_diacritics
from .context import Context
from .cues import VERB, Cue, is_complementizer

#: the bare forms, without و/ف: «اعلم», «أعلم», «إعلم»
_BARE = frozenset({"اعلم", "أعلم", "إعلم"})


def knowing(ctx: Context, i: int, cue: Cue) -> bool:
    """Is the cue at token ``i`` «اعلم/أعلم» with a complementizer right after it?"""
    if cue.pos != VERB or i + 1 >= len(ctx.tokens) or not is_complementizer(ctx.tokens[i + 1]):
        return False
    surface = strip_diacritics(ctx.tokens[i].text)
    if surface[:1] in "وف" and surface[1:] in _BARE:
        surface = surface[1:]
    return surface in _BARE
