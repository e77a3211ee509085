"""A body named by the relative adjective of an organization in the article: «وكانت الإدارة
الشبابية قد نفت …» is the management of «نادي الشباب», «الإدارة النصراوية» of «النصر»,
«الإدارة الأهلاوية» of «الأهلي». The adjective's stem must be the last word of a sports
club (ner/data/sports_clubs.txt, after «نادي») named in the document, so «البعثة السعودية» is
no «جامعة الملك سعود» and «الإدارة الوطنية» no newspaper «الوطن» (the heads:
data/club_adjective_heads.txt)."""
from __future__ import annotations

from ..entities.names import bare, name_key
from ..ner.phrases import listed_phrases
from ..normalize import normalize
from .context import Context, word_set


def _stems(adjective: str) -> frozenset[str]:
    """«شبابيه» → {«شباب»}; «اهلاويه» → {«اهلاو», «اهل», «اهلي»}."""
    if not adjective.endswith(("يه", "ية")) or len(adjective) < 5:
        return frozenset()
    stem = adjective[:-2]
    if stem.endswith("او"):
        return frozenset({stem, stem[:-2], stem[:-2] + "ي"})
    return frozenset({stem})


def nisba_body(ctx: Context, j: int, last: int) -> str | None:
    """The organization that the definite head + relative adjective at ``j``, ``j + 1``
    (and nothing more) names, last seen before the phrase; else None."""
    if last != j + 1 or bare(ctx.norm(j)) not in word_set("club_adjective_heads.txt") \
            or not ctx.norm(j + 1).startswith("ال"):
        return None
    stems = _stems(bare(ctx.norm(j + 1)))
    before, best, best_pos = ctx.tokens[j].start, None, -1
    for ent in ctx.entities.values():
        words = name_key(ent.name).split()
        if ent.type != "ORG" or not words or bare(words[-1]) not in stems or not _club(ent.name):
            continue
        pos = max((m.start for m in ent.mentions if m.start < before), default=-1)
        if pos > best_pos:
            best, best_pos = ent.id, pos
    return best


def _club(name: str) -> bool:
    """Is ``name`` a listed sports club, with or without «نادي» before it?"""
    words = tuple(normalize(name).split())
    words = words[1:] if words[:1] == (normalize("نادي"),) else words
    return words in listed_phrases("sports_clubs.txt")
