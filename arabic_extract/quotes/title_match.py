"""Whole title phrases in title anaphora: «وزير الخارجية اليمني» refers to the person seen
with that whole title, not to «وزير الخارجية القطري» named later (the first two words are
the same), and a title written right after a name without a comma («كشف فلان وزير
الاستثمار المصري عن …») introduces that person as well."""
from __future__ import annotations

from collections.abc import Callable

from ..document import Entity
from ..entities.names import bare, name_key
from .context import COMMAS, Context

#: letters left out when two title words are compared: spelling variants («الأمريكي»,
#: «الأميركي»; «السعودى», «السعودي») are the same word
_LOOSE = str.maketrans("", "", "اأإآىيوءةه")
#: tokens back a title written after a name is looked for
_REACH = 3000


def same_word(a: str, b: str) -> bool:
    return a == b or len(a) > 3 and len(b) > 3 and a.translate(_LOOSE) == b.translate(_LOOSE)


def agrees(phrase: list[str], title: list[str]) -> bool:
    """Same head word, and no later word that both phrases have differs («وزير الخارجية»
    agrees with «وزير الخارجية اليمني»; «… اليمني» does not with «… القطري»)."""
    return bool(phrase) and bool(title) and phrase[0] == title[0] \
        and all(same_word(a, b) for a, b in zip(phrase[1:], title[1:]))


def phrase_words(ctx: Context, j: int, last: int) -> list[str]:
    """The bare words of the title phrase at tokens ``j``–``last``: its first two words, then
    those with the article («وزير الخارجية اليمني»), up to the first other word («خادم
    الحرمين الشريفين بهذه المناسبة»: «بهذه» is no part of the title)."""
    words: list[str] = []
    for k in range(j, last + 1):
        if not ctx.is_word(k) or len(words) >= 2 and not ctx.norm(k).startswith(("ال", "وال")):
            break
        words.append(bare(ctx.norm(k)))
    return words


def fitting(phrase: list[str], candidates: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """The candidates seen with a title that agrees with the whole phrase."""
    return tuple(ent for ent in candidates if any(
        agrees(phrase, [bare(w) for w in name_key(t).split()]) for t in ent.titles))


def apposed_person(ctx: Context, j: int, phrase: list[str]) -> str | None:
    """The person whose name is followed, before token ``j``, by a title of two words or
    more agreeing with ``phrase`` («أشرف سالمان وزير الاستثمار المصري»), the latest first."""
    if len(phrase) < 2:
        return None
    return person_before_title(ctx, j, len(phrase), lambda head: head == phrase[0],
                               lambda words: len(words) >= 2 and agrees(phrase, words))


def person_before_title(ctx: Context, j: int, length: int, head_fits: Callable[[str], bool],
                        words_fit: Callable[[list[str]], bool], *,
                        past_comma: bool = False) -> str | None:
    """The latest person mention before token ``j`` written right before a title (also past
    a comma when ``past_comma``) whose head word ``head_fits`` and whose first ``length``
    words ``words_fit``; its entity, else None."""
    ends = _person_ends(ctx)
    for p in range(j - 1, max(0, j - _REACH), -1):
        if not head_fits(bare(ctx.norm(p))):
            continue
        e = p - 2 if past_comma and ctx.tokens[p - 1].text in COMMAS else p - 1
        if e in ends and words_fit(title_words(ctx, p, p + length - 1)):
            return ends[e]
    return None


def title_words(ctx: Context, j: int, last: int) -> list[str]:
    """The bare words of tokens ``j``–``last``, up to the first token that is no word."""
    found = []
    for k in range(j, min(last + 1, len(ctx.tokens))):
        if not ctx.is_word(k):
            break
        found.append(bare(ctx.norm(k)))
    return found


def _person_ends(ctx: Context) -> dict[int, str]:
    """Last token of each linked person mention → its entity (built once per document)."""
    key = ("person_ends", "")
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = tuple(
            (ctx.last_token(m.end), ent) for m, ent in ctx.mention_at.values()
            if m.label == "PER" and ent)
    return dict(found)
