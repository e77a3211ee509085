"""«وكان نتنياهو حث أعضاء الكونغرس على …», «وكانت الوزارة طالبت المواطنين بـ…»: after
«كان» the subject stands before the verb (the reporter's background, often without
«قد»), so the noun after the verb is its object or addressee, not a VSO subject."""
from __future__ import annotations

from .context import Context
from .named import Subject
from .preverbal import subject_before

_KANA = frozenset({"كان", "وكان", "كانت", "وكانت", "فكان", "فكانت"})


def kana_subject_first(ctx: Context, i: int) -> Subject | None:
    """The subject between «كان» and the verb cue at ``i``, when it fills that stretch."""
    found = subject_before(ctx, i)
    if found is None or ctx.cue(i).proclitic:
        return None
    first = ctx.token_at(found.start)
    verb = i - 1 if ctx.norm(i - 1) == "قد" else i
    if first is None or first < 1 or ctx.norm(first - 1) not in _KANA \
            or found.last != verb - 1:
        return None
    return found
