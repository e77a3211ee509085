"""Does a cue verb with its own «و»/«ف» inside a reported clause start the next statement
(:func:`.ends._is_new_statement`)?

In the past tense it is the reporter's next sentence («… وقال …»).  In the present, or as a
participle, only with an opener of its own («… ويؤكد فلان أن …», «… ويقول الشاعر فلان يصف
…: …») or a subject of its own («… وتهيب الوزارة بالمواطنين …»): without one it goes on
the reported clause, whose subject it shares («أن المشروع سيكون إضافة جيدة ويقلل من
معاناة …», «صورة مشرقة ومؤكدة لـ…»).
"""
from __future__ import annotations

from .context import COMMAS, SENTENCE_END, Context
from .cues import Cue, is_complementizer

#: words a present verb's own opener may stand after it («وتحذر في الوقت ذاته كل من …
#: بأن …»), not across a comma or a sentence end
FAR_OPENER = 16


def joined_act(ctx: Context, j: int, cue: Cue, opener: bool) -> bool:
    """Is the cue at token ``j`` a verb with «و»/«ف» that starts a statement, ``opener``
    telling whether an opener follows it closely?"""
    if cue.proclitic not in ("و", "ف"):
        return False
    return cue.past or opener or _far_opener(ctx, j) or _own_subject(ctx, j + 1)


def _far_opener(ctx: Context, j: int) -> bool:
    for x in range(j + 1, min(j + FAR_OPENER, len(ctx.tokens))):
        tok = ctx.tokens[x]
        if tok.text in COMMAS or tok.text in SENTENCE_END:
            return False
        if is_complementizer(tok) or tok.text == ":":
            return True
    return False


def _own_subject(ctx: Context, k: int) -> bool:
    """Does a subject of its own follow the verb: a name, a title or a source word?"""
    return k < len(ctx.tokens) and (k in ctx.mention_at or ctx.is_title(k) or ctx.is_source(k))
