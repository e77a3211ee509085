"""A prophet or a companion cited with a eulogy after his name («فقال نوح عليه السلام:
((…))», «وقال رسول الله صلى الله عليه وسلم: "…"», «رضي الله عنه»; data/eulogies.txt):
the statement is his, but inside a sermon or a column he is cited by the one speaking,
so he does not become the running speaker that a later «وأضاف», «مبينا» goes on with."""
from __future__ import annotations

from .context import Context, phrase_set
from .named import Subject

#: marks around a eulogy («-صلى الله عليه وسلم-», «(عليه السلام)»)
_MARKS = frozenset("-–—()")


def cited(ctx: Context, subject: Subject | None) -> bool:
    """Is the ``subject``'s name followed by a eulogy of a prophet or companion?"""
    if subject is None:
        return False
    k = subject.last + 1
    while k < len(ctx.tokens) and ctx.tokens[k].text in _MARKS:
        k += 1
    return any(tuple(ctx.norm(m) for m in range(k, k + len(p))) == p
               for p in phrase_set("eulogies.txt"))
