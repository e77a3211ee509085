"""Indefinite groups as speakers: a quantity noun with «من» and the people it counts
(«أكد عدد من المختصين أن …», «أوضح مجموعة من رجال الفكر والمختصين أن …», «العديد من
الخبراء يرون أن …») or a word naming some people («أعرب كثيرون عن …», «ويرى البعض أن …»).
No one is named: the group phrase is the speaker, without an entity."""
from __future__ import annotations

from ..entities.names import bare
from .context import COMMAS, Context, word_group
from .cues import Cue, is_complementizer
from .plausible import speaker_words

#: words between the quantity noun and «من» («عدد كبير من»)
_GAP = 2
#: words of the counted phrase after its head («رجال الفكر والمختصين»)
_TAIL = 4


def group_phrase_end(ctx: Context, j: int, stop: int) -> int | None:
    """Last token of an indefinite group phrase starting at token ``j`` (before ``stop``),
    else None."""
    norm = ctx.norm(j)
    if norm in speaker_words("group_words"):
        return j
    if norm not in speaker_words("group_heads"):
        return None
    of = next((k for k in range(j + 1, min(j + 2 + _GAP, stop)) if ctx.norm(k) == "من"), None)
    if of is None or not all(_plain(ctx, k) for k in range(j + 1, of)) \
            or of + 1 >= stop or not _plain(ctx, of + 1) or not _people(ctx, of + 1):
        return None  # «نقلت لنا الكثير من الصور أنه …»: things, no group of people
    last = of + 1
    while last + 1 < min(stop, of + 2 + _TAIL) and _plain(ctx, last + 1) \
            and ctx.norm(last + 1).lstrip("و").startswith("ال") and not ctx.is_preposition(last + 1):
        last += 1
    return last


def _people(ctx: Context, k: int) -> bool:
    """A plural of people, bodies or sources («المختصين», «الشعراء», «الإدارات», «أهالي»,
    «التقارير»); not a broken plural of things («الصور»)."""
    word = bare(ctx.norm(k))
    return word in word_group("plural_people") or word in word_group("plural_sources") \
        or ctx.is_source(k) or word.endswith(("ين", "ون", "ات", "اء")) and len(word) > 4


def _plain(ctx: Context, k: int) -> bool:
    """A word of the phrase: no mark, cue, complementizer or comma."""
    tok = ctx.tokens[k]
    return ctx.is_word(k) and tok.text not in COMMAS and ctx.cue(k) is None \
        and not is_complementizer(tok)


def group_opinion(ctx: Context, cue: Cue, start: int) -> bool:
    """«ويرى البعض أن …», «عدد كبير من الخبراء يشكك في أن …»: an indefinite group holding
    a belief, doubt or evaluation (cue flag ``think``) says nothing; it speaks only with
    verbs of speech («أكد عدد من المختصين أن …»)."""
    j = ctx.token_at(start)
    return "think" in cue.flags and j is not None \
        and group_phrase_end(ctx, j, min(j + 9, len(ctx.tokens))) is not None
