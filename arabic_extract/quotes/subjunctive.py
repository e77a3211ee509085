"""A reporting verb in the imperfect right after «أن» (or «كي») is a subjunctive: what
someone is to, wants to or must say («ومن المنتظر أن يعلن النادي …», «من أجل أن يعلن منذ
البداية أنه قادر …», «بتبرير … بأن تصرح بأن …»).  It reports nothing, and it is no stop
for the content of the cue before it («وقال إنه يجب أن يعلن الجميع أن …»: one statement).
Still a statement after «قبل» («…، قبل أن يضيف أن …»), «إلا» («لا يسعه إلا أن يؤكد») and
a verb of wishing («تود الوزارة أن توضح أن …»).  Words: ``quotes/data/subjunctive.txt``."""
from __future__ import annotations

from .context import Context, word_group
from .cues import VERB, Cue

_FILE = "subjunctive.txt"
#: words a verb of wishing may stand before the particle («يود المركز الإعلامي بالنادي أن»)
_WISH_REACH = 5


def subjunctive(ctx: Context, i: int, cue: Cue) -> bool:
    """Is the imperfect verb cue at token ``i`` right after a subjunctive particle, not
    after a narrating word («قبل أن يضيف»)?"""
    if cue.pos != VERB or cue.past or cue.proclitic or i < 1:
        return False
    k = i - 1
    if not ctx.is_word(k) or ctx.norm(k) not in word_group("particles", _FILE):
        return False
    if k > 0 and ctx.norm(k - 1) in word_group("narrating", _FILE):
        return False
    wishing = word_group("wishing", _FILE)
    return not any(ctx.norm(j) in wishing for j in range(max(0, k - _WISH_REACH), k))
