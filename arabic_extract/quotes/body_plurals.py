"""Plurals of bodies and sources agree with a feminine singular verb in Arabic («وترفض
السلطات المصرية …، مؤكدة أن …», «وواصلت القوات الموالية …، مشيرة إلى …», «وذكرت مصادر
…، لافتة»): as the subject of its sentence's first verb such a plural goes on with a
feminine singular participle later in the sentence.  Sound masculine plurals («المسؤولون»)
take a plural participle (:func:`.preverbal.is_group`)."""
from __future__ import annotations

from ..entities.names import bare
from .context import Context, word_group
from .cues import Cue
from .named import Subject
from .plausible import WORDS

#: words kept after the head («قوات حرس الحدود», «مصادر لبنانية مطلعة»)
_ADJECTIVES = 3


def body_plural(ctx: Context, k: int) -> bool:
    """A broken or «ـات» plural of bodies or sources at token ``k``: a listed plural
    source («مصادر», «السلطات»), a listed plural body head («قوات») or the «ـات» plural of a
    body head («الحكومات», «الهيئات»); not a sound masculine plural."""
    word = bare(ctx.norm(k))
    if not ctx.is_word(k) or word.endswith(("ون", "ين")):
        return False
    heads = word_group("org_heads", WORDS)
    plural_head = word.endswith("ات") and (word in heads or word[:-2] + "ة" in heads)
    return word in word_group("plural_sources") or plural_head


def feminine_subject(ctx: Context, found: Subject, cue: Cue, verb: int) -> Subject | None:
    """The unnamed plural of bodies ``found`` after the feminine verb at ``verb``, cut to its
    head and definite adjectives, when the feminine singular ``cue`` goes on with it."""
    from .topics import verb_gender  # topics → preverbal → this module
    j = ctx.token_at(found.start)
    if j is None or found.entity is not None or cue.gender != "f" \
            or verb_gender(ctx, verb) != "f" or not body_plural(ctx, j):
        return None
    last = j
    while last < min(found.last, j + _ADJECTIVES) and _modifier(ctx, j, last + 1):
        last += 1
    return Subject(None, found.start, ctx.tokens[last].end, last, "title")


def _modifier(ctx: Context, j: int, k: int) -> bool:
    """Is token ``k`` still a word of the plural phrase headed at ``j``: a feminine or
    nisba adjective agreeing in definiteness («السلطات المصرية», «مصادر لبنانية مطلعة»),
    or a definite genitive of an indefinite head and its adjective («قوات حرس الحدود»:
    «قوات الدفاع الشعبي»); no object («السلطات المواطنين»)?"""
    if not ctx.is_word(k) or ctx.is_preposition(k) or ctx.cue(k) is not None:
        return False
    word, definite = ctx.norm(k), ctx.norm(j).lstrip("وف").startswith("ال")
    adjective = word.endswith(("ه", "ي")) and word.startswith("ال") == definite
    construct = not definite and k == j + 1 and word not in word_group("adverbs")
    return adjective or not definite and word.startswith("ال") or construct
