"""Speech after a colon written between brackets instead of quote marks («وقال: (لن نتراجع)
…», a verse «قال تعالى: {…}», «﴿…﴾», a hadith «((…))»): the brackets are its marks, and the
reporter's words after the closing bracket («…)، فهو …», «…). متفق عليه») are no part of it.
"""
from __future__ import annotations

from .context import Context

#: opening brackets used as quote marks and their closers
BRACKETS = {"(": ")", "{": "}", "﴾": "﴿", "﴿": "﴾"}
#: at least this many words inside: «(مطار أوكلاند) ما ماهيته …» is a heading, no speech
MIN_WORDS = 3


def bracketed_speech(ctx: Context, k: int) -> tuple[int, int] | None:
    """The inside of the brackets opening at token ``k`` (doubled brackets included) when
    they close within the paragraph around at least ``MIN_WORDS`` words, else None."""
    text = ctx.doc.text
    pos = ctx.tokens[k].start
    opener = text[pos:pos + 1]
    closer = BRACKETS.get(opener)
    if closer is None:
        return None
    close = _closing(text, pos, opener, closer, ctx.paragraph_end(pos))
    if close is None:
        return None
    start, end = pos, close
    while start < end and (text[start] == opener or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] == closer or text[end - 1].isspace()):
        end -= 1
    return (start, end) if len(text[start:end].split()) >= MIN_WORDS else None


def _closing(text: str, pos: int, opener: str, closer: str, limit: int) -> int | None:
    """Offset of the bracket closing the one at ``pos`` (after nested pairs), before
    ``limit``; for doubled brackets «((…))» the offset of the first closer."""
    depth = 0
    for i in range(pos, limit):
        if text[i] == opener and opener != closer:
            depth += 1
        elif text[i] == closer:
            depth -= 1
            if depth == 0:
                return i - 1 if i > pos and text[i - 1] == closer else i
    return None
