"""The complement of a verb of demand or appeal (cue flag ``addr``: «طالب», «دعا», «حث»).

Such a verb takes an addressee and then its own preposition: «طالبت الهيئة بإنزال …»,
«مطالبا المجالس التشريعية والبرلمانات الدولية بإدانة …».  The prepositional complement is
what was demanded; an «أن» further on belongs to another clause («… من دون جدوى لتوجيه
رسالة مفادها أن …», «… في حين بين المفتي أن …»), and the addressee is not content.
"""
from __future__ import annotations

from .context import COMMAS, Context
from .appeal_object import past_public
from .cues import Cue

#: definite words an addressee may run to before the cue's preposition
ADDRESSEE_REACH = 6


def starts_complement(ctx: Context, k: int, cue: Cue) -> bool:
    """Does token ``k`` start the cue's prepositional complement: the preposition alone
    («إلى») or joined to a common noun («بإنزال», «لهيكلة»), not to a name («بالسعودية»)?"""
    norm = ctx.norm(k).rstrip("ـ")
    if norm in cue.preps:
        return True
    joined = any(len(p) == 1 and norm.startswith(p) and len(norm) > 3 for p in cue.preps)
    return joined and ctx.is_word(k) and not _named(ctx, k)


def _named(ctx: Context, k: int) -> bool:
    """Is token ``k`` part of a name, maybe after a proclitic («الكونغرس», «بالسعودية»)?"""
    tok = ctx.tokens[k]
    return any(ctx.mention_reach.covers(at) for at in range(tok.start, min(tok.start + 3, tok.end)))


def past_addressee(ctx: Context, k: int, cue: Cue) -> int:
    """The token of the cue's preposition after a definite addressee at ``k``
    («المجالس التشريعية الخليجية والبرلمانات الدولية بإدانة …»); else ``k``."""
    if "addr" not in cue.flags:
        return k
    public = past_public(ctx, k, cue)  # «ناشدت الأمانة المواطنين أخذ الحيطة»
    if public != k:
        return public
    for j in range(k, min(k + ADDRESSEE_REACH + 1, len(ctx.tokens))):
        if j > k and starts_complement(ctx, j, cue):
            return j
        if not ctx.is_word(j) or ctx.cue(j) is not None or starts_complement(ctx, j, cue) \
                or not (_named(ctx, j) or ctx.norm(j).startswith(("ال", "وال"))) \
                or j > k and _after_name(ctx, j):
            return k
    return k


def _after_name(ctx: Context, j: int) -> bool:
    """Does a common word follow a name with no «و» («وزارة التجارة القيام بدورها»: the
    object starts; «المجالس التشريعية والبرلمانات» goes on)?"""
    return _named(ctx, j - 1) and not _named(ctx, j) and not ctx.norm(j).startswith("و")


def demand_before(ctx: Context, start: int, opener: int, cue: Cue) -> int | None:
    """The first token of the cue's prepositional complement from ``start`` (after the
    subject) when it comes before the opener at ``opener`` with words between, past at most
    a definite addressee, not across a comma; None when the «أن» is the preposition's own
    («طالب بأن …», «دعا إلى أن …»)."""
    if "addr" not in cue.flags or not cue.preps or start >= opener:
        return None
    k = past_addressee(ctx, start, cue)
    if ctx.tokens[k].text in COMMAS or not starts_complement(ctx, k, cue):
        return None
    return k if k + 1 < opener else None


def demand_end(ctx: Context, k: int, opener: int, end: int) -> int:
    """The end of the complement from token ``k``: the clause's ``end``, or the last comma
    before the opener of another clause («بإنزال …، في حين بين المفتي أن …»)."""
    commas = [t.start for t in ctx.tokens[k + 1:opener] if t.text in COMMAS]
    return min(end, commas[-1]) if commas else end
