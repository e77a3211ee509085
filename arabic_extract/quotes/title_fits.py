"""Titles written after a name count for title anaphora: «أكد الشيخ فلان وزير الداخلية
أن …. وبين الوزير أن …» (the minister is the person seen with «وزير» after his name), and
an official named by nationality refers to the person introduced with it: «صرح المتحدث
باسم الخارجية الأمريكية فلان … . وقال المسؤول الأمريكي …» → فلان."""
from __future__ import annotations

from ..entities.names import bare, name_key
from ..ner.national import nationalities
from .context import Context, abbreviation_dot, word_set
from .title_match import same_word

#: tokens after a person's mention where a title written after the name is looked for
_APPOSED = 8


def title_fits(ctx: Context, entity: str | None, j: int) -> bool:
    """Can the title at token ``j`` («الملك», «الوزير») refer to ``entity``? Yes unless the
    entity was seen only with other titles («رئيس حزب …» is no king), before or right
    after its name («فلان وزير الداخلية»)."""
    titles = ctx.entities[entity].titles if entity else ()
    head = bare(ctx.norm(j))
    return not titles or any(bare(name_key(t).split()[0]) == head
                             for t in titles if name_key(t)) \
        or any(head in words for words in _apposed_words(ctx, entity)) \
        or any(head in words for words in _run_words(ctx, entity))


def _apposed_words(ctx: Context, entity: str | None) -> list[list[str]]:
    """For each mention of ``entity``, the bare words written right after it (past a
    comma) up to the sentence's end or the next comma: a title in apposition."""
    found = []
    for k, (mention, ent) in ctx.mention_at.items():
        if ent != entity or entity is None:
            continue
        m = ctx.past_commas(ctx.last_token(mention.end) + 1)
        stop = min(len(ctx.tokens), m + _APPOSED, ctx.sentence_end_token(k))
        words = []
        for p in range(m, stop):
            if not ctx.is_word(p) or p in ctx.mention_at:
                break
            words.append(bare(ctx.norm(p)))
        found.append(words)
    return found


def _run_words(ctx: Context, entity: str | None) -> list[list[str]]:
    """For each mention of ``entity``, the bare words of the title run right before it,
    back to a cue, a comma, another mention or the sentence's start: titles the entity
    stage does not list («أكد إمام وخطيب المسجد الشيخ فلان أن …. وأوضح إمام وخطيب
    المسجد أن …»)."""
    found = []
    for k, (_, ent) in ctx.mention_at.items():
        if ent != entity or entity is None:
            continue
        words = []
        for p in range(k - 1, max(ctx.sentence_start_token(k), k - _APPOSED) - 1, -1):
            if abbreviation_dot(ctx, p):
                continue  # «الشيخ د. فلان»
            if not ctx.is_word(p) or p in ctx.mention_at or ctx.cue(p) is not None:
                break
            words.append(bare(ctx.norm(p)))
        found.append(words)
    return found


def official_by_nationality(ctx: Context, j: int, last: int) -> str | None:
    """«المسؤول الأمريكي»: the person last mentioned before token ``j`` whose title (before
    or right after the name) has the same nationality word, else None."""
    if bare(ctx.norm(j)) not in word_set("official_heads.txt") or last <= j:
        return None
    adjective = ctx.norm(j + 1)
    if adjective not in nationalities():  # «المسؤول الحكومي» names no nation
        return None
    before, best, best_pos = ctx.tokens[j].start, None, -1
    for k, (mention, ent) in ctx.mention_at.items():
        if mention.label != "PER" or not ent or mention.start >= before \
                or mention.start <= best_pos or not _has_word(ctx, ent, adjective):
            continue
        best, best_pos = ent, mention.start
    return best


def _has_word(ctx: Context, entity: str, adjective: str) -> bool:
    words = [w for t in ctx.entities[entity].titles for w in name_key(t).split()]
    words += [w for ws in _apposed_words(ctx, entity) for w in ws]
    return any(same_word(_masculine(w), _masculine(adjective)) for w in words)


def _masculine(word: str) -> str:
    """«الأمريكية» → «الأمريكي» (title words compared by their masculine form)."""
    return word[:-1] if word.endswith(("ة", "ه")) else word
