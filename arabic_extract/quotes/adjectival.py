"""A participle cue that only describes the noun before it: «في زيارة غير معلنة …»,
«وسط إجراءات أمنية مشددة في …», «تسجيل حالات إيجابية مؤكدة بفيروس …»: the participle
agrees with an indefinite noun phrase right before it (no comma, no و) and no opener of
speech follows it; nobody speaks (not «…، مشددة على أن …», «مؤكداً أن …»)."""
from __future__ import annotations

from .context import QUOTE_CHARS, Context, word_group
from .cues import PARTICIPLE, Cue, is_complementizer

#: endings of an indefinite feminine or plural noun or adjective a participle can describe
_ENDINGS = ("يه", "ية", "ات")


def adjectival(ctx: Context, i: int, cue: Cue) -> bool:
    """Is the participle cue at ``i`` an adjective of the word before it (see module)?"""
    if cue.pos != PARTICIPLE or cue.proclitic or i < 1 or not ctx.is_word(i - 1):
        return False
    before = ctx.norm(i - 1)
    described = before == "غير" or cue.gender == "f" and not before.startswith(("ال", "وال")) \
        and before.endswith(_ENDINGS) and len(before) > 4  # agreeing: «أمنية مشددة»
    return described and not _opener(ctx, i + 1)


def _opener(ctx: Context, k: int) -> bool:
    """Does token ``k`` open reported speech («أن», «:», «على», «إلى», a quote)?"""
    if k >= len(ctx.tokens):
        return False
    tok = ctx.tokens[k]
    return is_complementizer(tok) or tok.text in (":",) or tok.text in QUOTE_CHARS \
        or ctx.norm(k) in word_group("speech_prepositions")
