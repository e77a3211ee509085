"""Where the subject of a verb of demand or appeal (cue flag ``addr``: «دعا», «ناشد»,
«طالب», «حث») ends and its addressee begins.

«ودعت الجامعة المواطنين ممن …», «ودعت القيادة الفلسطينية المجتمع الدولي إلى …», «دعا موقع
الشركة الإيرانيين المهتمين …», «دعت الحكومة الألمانية تركيا إلى …»: after a closed subject
phrase (a definite word or a name's end) a word for the public, a definite sound plural in
the oblique case («المواطنين», «الإيرانيين») or a country's name cannot go on the subject.
(Not handled: an addressee the NER took into an organization's name, or one after «التابعة
لـ…».)  The subject is nominative and a definite word
takes no genitive, so such a word is the accusative object: the people addressed.
"""
from __future__ import annotations

from ..entities.names import bare
from .context import Context, word_group, word_set
from .cues import Cue

#: tokens looked at before the subject for its cue (adverbs and commas may stand between)
_CUE_REACH = 3
#: shortest definite sound plural read as the object («المواطنين»)
_MIN_PLURAL = 6


def demand_cue(ctx: Context, j: int) -> Cue | None:
    """The verb of demand whose subject starts at token ``j``, if any."""
    for t in range(j - 1, max(-1, j - 1 - _CUE_REACH), -1):
        cue = ctx.cue(t)
        if cue is not None:
            return cue if "addr" in cue.flags else None
    return None


def addressee_starts(ctx: Context, j: int, k: int) -> bool:
    """Does token ``k`` start the addressee of the demand verb whose subject starts at
    ``j`` (not the subject's adjective or genitive)?"""
    if k <= j or not ctx.is_word(k) or not _closed(ctx, k - 1) or _plural(ctx, k - 1) \
            or demand_cue(ctx, j) is None:  # «العلماء كافة»: the object goes on
        return False
    norm = ctx.norm(k)
    if norm.startswith("و"):  # «… والبرلمانات»: the subject goes on
        return False
    if bare(norm) in word_set("addressee_words.txt"):
        return True
    mention = ctx.mention_at.get(k)
    if mention is not None:
        return mention[0].label == "LOC" and k - 1 > j
    return oblique_plural(norm) and not _plural(ctx, j)


def _closed(ctx: Context, k: int) -> bool:
    """A definite word or a name's last word, not a preposition: no genitive follows."""
    norm = ctx.norm(k)
    return ctx.is_word(k) and not ctx.is_preposition(k) \
        and (norm.startswith("ال") or ctx.tokens[k].end in ctx.mention_ends)


def oblique_plural(norm: str) -> bool:
    return norm.startswith("ال") and norm.endswith("ين") and len(norm) >= _MIN_PLURAL


def _plural(ctx: Context, k: int) -> bool:
    """A plural noun («المسؤولين», «العلماء»): an oblique plural may agree with it."""
    word = bare(ctx.norm(k))
    return word.endswith(("ين", "ون", "ات")) or word in word_group("plural_people") \
        or word in word_group("plural_sources")



#: words of an addressee phrase skipped before the demanded act
_ADDRESSEE_REACH = 5
#: quantifiers heading an addressee («جميع المواطنين»): a genitive follows, no act
_QUANTIFIERS = frozenset({"جميع", "كافه", "كل"})
#: words after an addressee that start no act: relatives, «من» of a description
_NOT_ACTS = frozenset({"ممن", "من", "مما", "ما", "الذين", "اللذين", "اللاتي", "اللواتي"})


def past_public(ctx: Context, k: int, cue: Cue) -> int:
    """The first token of the demanded act after an addressee phrase at ``k`` that names
    the public («ناشدت الأمانة المواطنين والمقيمين أخذ الحيطة …»: «أخذ»; «طالب فلان جميع
    الحكام بالانضباط»: «بالانضباط»), else ``k``.  The phrase holds words for the public
    and their agreeing adjectives («الجهات المختصة»); the act is an indefinite word, not
    a relative («ممن»), nor a genitive after «جميع», nor a prepositional phrase other
    than the cue's own («المصابين بمرض الربو من …»)."""
    from .demands import starts_complement  # demands imports this module
    if "addr" not in cue.flags or not _public(ctx, k):
        return k
    j = k + 1
    while j < min(len(ctx.tokens), k + _ADDRESSEE_REACH) and _goes_on(ctx, j):
        j += 1
    if j >= len(ctx.tokens) or ctx.norm(j - 1) in _QUANTIFIERS:
        return k
    return j if starts_complement(ctx, j, cue) or _act(ctx, j) else k


def _public(ctx: Context, k: int) -> bool:
    """A definite word for the public («المواطنين», «الجهات») or a quantifier."""
    norm = ctx.norm(k).lstrip("و")
    return ctx.is_word(k) and k not in ctx.mention_at and (
        norm in _QUANTIFIERS or norm.startswith("ال") and (
            bare(norm) in word_set("addressee_words.txt") or oblique_plural(norm)))


def _goes_on(ctx: Context, j: int) -> bool:
    """Does token ``j`` go on an addressee phrase: a word for the public or a definite
    plural or feminine adjective («المختصة», «المعنيين»)?"""
    norm = ctx.norm(j)
    return _public(ctx, j) or ctx.is_word(j) and ctx.cue(j) is None \
        and norm.startswith("ال") and norm.endswith(("ه", "ين", "ات")) and j not in ctx.mention_at


def _act(ctx: Context, j: int) -> bool:
    from .plausible import prepositional  # plausible imports clauses, which imports this
    norm = ctx.norm(j)
    return ctx.is_word(j) and ctx.cue(j) is None and len(norm) > 2 \
        and not norm.startswith(("ال", "و", "لل")) and not norm.endswith("ي") \
        and norm not in _NOT_ACTS and j not in ctx.mention_at and not ctx.is_preposition(j) \
        and not prepositional(ctx, j) \
        and not any(norm in word_group(g) for g in ("relative", "not_nouns", "adverbs"))
