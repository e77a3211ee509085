"""«هناك من يقول إن …», «ثمة من يؤكد أن …», «أن يأتيك من يقول لك …»: «من» (whoever) right
before a reporting verb names nobody; the claim is unattributed (the guidelines: no
statement), not a statement of the person named last."""
from __future__ import annotations

from .context import Context, word_group
from .cues import VERB


def generic_who(ctx: Context, i: int) -> bool:
    """Is the verb cue at ``i`` right after a «من» of nobody: after an existential
    («هناك», «ثمة») or, for a present tense verb, after anything but «أول», «آخر» …
    («وكانت رويترز أول من ذكرت …» keeps its antecedent)?"""
    cue = ctx.cue(i)
    if cue is None or cue.pos != VERB or i < 1 or ctx.norm(i - 1) not in word_group("who"):
        return False
    before = ctx.norm(i - 2) if i >= 2 else ""
    if before in word_group("existentials"):
        return True
    verb = ctx.norm(i)[len(cue.proclitic):]
    return verb.startswith("ي") and before not in word_group("who_antecedents")
