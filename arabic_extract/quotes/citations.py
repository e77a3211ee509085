"""A prophet or a companion cited with a eulogy after his name («فقال نوح عليه السلام:
((…))», «وقال رسول الله صلى الله عليه وسلم: "…"», «رضي الله عنه»; data/eulogies.txt):
the statement is his, but inside a sermon or a column he is cited by the one speaking,
so he does not become the running speaker that a later «وأضاف», «مبينا» goes on with.
He is remembered apart (``SpeakerState.cited``): a cue with no subject and a eulogy right
after it («وقال عليه السلام: …») is his; with nobody cited before it is none."""
from __future__ import annotations

from .context import Context, phrase_set
from .named import Subject

#: marks around a eulogy («-صلى الله عليه وسلم-», «(عليه السلام)»)
_MARKS = frozenset("-–—()")


def cited(ctx: Context, subject: Subject | None) -> bool:
    """Is the ``subject``'s name followed by a eulogy of a prophet or companion?"""
    return subject is not None and eulogy_at(ctx, subject.last + 1)


def eulogy_at(ctx: Context, k: int) -> bool:
    """Does a eulogy start at token ``k``, past dashes and brackets?  Right after a cue
    with no subject («وقال عليه السلام: …») it names the one cited last as the speaker."""
    while k < len(ctx.tokens) and ctx.tokens[k].text in _MARKS:
        k += 1
    return any(tuple(ctx.norm(m) for m in range(k, k + len(p))) == p
               for p in phrase_set("eulogies.txt"))
