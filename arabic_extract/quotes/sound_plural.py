"""A subject phrase ends after an indefinite sound plural («ناشطون», «سكان محليون»): a
nominative in «ـون» is never in construct and no definite word describes it, so a
definite word after it starts the object («واتهم ناشطون القوات الحكومية بـ…»)."""
from __future__ import annotations

from ..entities.names import bare
from .context import Context

#: shortest bare «ـيون» word read as a nisba adjective in the plural
_MIN_PLURAL = 5
_PROCLITIC_ARTICLE = ("ال", "وال", "فال", "بال", "لل", "كال")


def after_sound_plural(ctx: Context, j: int, k: int) -> bool:
    """Does the definite token ``k`` follow the indefinite sound plural source ``j``
    («ناشطون») or its nisba adjective («علماء بريطانيون», «ناشطون سوريون»)?"""
    if k <= j or k > j + 2 or not ctx.is_word(k) or not ctx.norm(k).startswith("ال") \
            or not _indefinite_plural(ctx, j) and not ctx.is_source(j):
        return False
    if k == j + 1:
        return _indefinite_plural(ctx, j)
    prev = ctx.norm(j + 1)
    return ctx.is_word(j + 1) and prev.endswith("يون") and not prev.startswith(_PROCLITIC_ARTICLE) \
        and len(bare(prev)) >= _MIN_PLURAL and ctx.cue(j + 1) is None


def _indefinite_plural(ctx: Context, j: int) -> bool:
    norm = ctx.norm(j)
    return ctx.is_source(j) and norm.endswith("ون") and not norm.startswith(_PROCLITIC_ARTICLE)


#: most words between the subject and «بـ«…»» of «اتهم فلان القوات الحكومية بـ«…»»
_MAX_OBJECT = 3


def quoted_charge(ctx: Context, after_subject: int, opener_index: int, quoted: bool) -> bool:
    """«واتهم ناشطون القوات الحكومية بـ«ارتكاب …»»: a short object, then a lone «بـ» before
    the quote: the quote is the speaker's charge, however strict the cue.  So is a clause
    with «بأن» after a short object («ووصف فلان هذه الخطوة بأنها …», «متهما جهات بأنها …»)."""
    if opener_index < 1:
        return False
    if ctx.norm(opener_index).startswith("بان"):
        between = range(after_subject, opener_index)
    elif quoted and ctx.norm(opener_index - 1).rstrip("ـ") == "ب":
        between = range(after_subject, opener_index - 1)
    else:
        return False
    return 0 < len(between) <= _MAX_OBJECT and all(
        ctx.is_word(k) and ctx.cue(k) is None for k in between)
