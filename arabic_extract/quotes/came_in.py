"""«وجاء في بيان الوزارة: …», «وجاء في بيان للتنظيم تداولته حسابات مؤيدة له "…"»: a
nominal cue (a statement, a letter) framed by «جاء في» (it came in) introduces what it says
even after its issuer, a relative clause or a colon.  Word list: ``[came_forms]`` of
``quotes/data/function_words.txt``."""
from __future__ import annotations

from .context import Context, word_group
from .cues import NOUN

_IN = "في"


def came_in(ctx: Context, i: int) -> bool:
    """Is the nominal cue at token ``i`` right after «جاء في» («وجاء في بيان», «كما جاء في
    رسالة»)?"""
    cue = ctx.cue(i)
    return cue is not None and cue.pos == NOUN and not cue.proclitic \
        and ctx.norm(i - 1) == _IN and ctx.norm(i - 2) in word_group("came_forms")
