"""«وناشد المجلس في جلسته أمس برئاسة نائب الرئيس فلان …»: a person named after «برئاسة
/ بقيادة / بزعامة» chairs or leads the subject; the subject (the body before it) speaks,
and its phrase runs over the chair's name so that the content starts after it."""
from __future__ import annotations

from collections.abc import Callable

from .context import RELATIVE_PRONOUNS, Context, word_group
from .named import Subject, mention_subject

_CHAIR_GAP = 8  # tokens of titles between «برئاسة» and the chair's name


def led_subject(ctx: Context, j: int, k: int, stop: int,
                body: Callable[[], str | None]) -> Subject | None:
    """The subject phrase from token ``j`` when token ``k`` is «برئاسة»-like: the body
    (its entity given by ``body``, or None) over the words up to the chair's name; None when ``k``
    is no such word or no person is named within reach after it."""
    if k <= j or ctx.norm(k) not in word_group("led_by") \
            or any(ctx.norm(t) in RELATIVE_PRONOUNS for t in range(j, k)):
        return None  # «الاجتماع الذي عقد برئاسة فلان»: another clause's chair
    if k + 1 >= stop or not (ctx.is_title(k + 1) or k + 1 in ctx.mention_at):
        return None  # «المتحدث الرسمي بقيادة حرس الحدود»: the command, no chair
    for m in range(k + 1, min(stop, k + 1 + _CHAIR_GAP)):
        mention, _ = ctx.mention_at.get(m, (None, None))
        if mention is not None:
            chair = mention_subject(ctx, m, stop) if mention.label == "PER" else None
            if chair is None:
                return None
            return Subject(body(), ctx.tokens[j].start, chair.end, chair.last, "title")
        if not ctx.is_word(m):
            return None
    return None
