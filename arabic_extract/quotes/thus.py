"""A quote before its cue across the sentence's end: ««…».. هكذا قال فلان», ««…». هكذا
يقول الوزير»: «هكذا» ("thus") points back at the quote, whose speaker follows the verb."""
from __future__ import annotations

from .context import COMMAS, Context, word_group
from .cues import NOUN

_FILE = "according_speech.txt"


def before_thus(ctx: Context, i: int) -> int:
    """The token before «هكذا» right before the verb cue at ``i`` and the dots or commas
    before it («».. هكذا قال»), where the quote's closing mark should be; else ``i - 1``.
    A cue that is also a preposition («هكذا بين …»: between) points back at nothing."""
    cue = ctx.cue(i)
    if ctx.norm(i - 1) not in word_group("thus", _FILE) or cue is None or cue.pos == NOUN \
            or ctx.is_preposition(i):
        return i - 1
    j = i - 2
    while j >= 0 and (ctx.tokens[j].text in COMMAS or set(ctx.tokens[j].text) <= set(".…")):
        j -= 1
    return j
