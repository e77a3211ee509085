"""«أحد المداخلين الأمريكيين دعا …», «بعض المراقبين يرون …»: a partitive and a plural of
people (genitive «ـين») opening an SVO subject speak as an unnamed group member."""
from __future__ import annotations

from .context import Context, word_group
from .counts import news_lexicon
from .named import Subject


def partitive_group(ctx: Context, j: int, stop: int) -> Subject | None:
    """The unnamed subject from the partitive at ``j`` to the word before the verb at
    ``stop``, when a people plural follows the partitive and no clause or mark stands
    between."""
    if ctx.norm(j) not in word_group("partitives") or j + 1 >= stop \
            or not _people_plural(ctx, j + 1):
        return None
    if any(not ctx.is_word(k) or ctx.cue(k) is not None for k in range(j + 1, stop)):
        return None
    return Subject(None, ctx.tokens[j].start, ctx.tokens[stop - 1].end, stop - 1, "title")


def _people_plural(ctx: Context, k: int) -> bool:
    """A definite masculine sound plural in «ـين» whose nominative «ـون» the news uses, or
    that looks like a participle («المداخلين», «المراقبين»); not «الطرفين» (a dual)."""
    norm = ctx.norm(k)
    if not norm.startswith("ال") or not norm.endswith("ين") or len(norm) < 7 \
            or norm in word_group("not_nouns"):
        return False
    stem, count = norm[:-2], news_lexicon().count
    return count(stem + "ون") >= 3 or stem.startswith("الم") and len(stem) >= 6
