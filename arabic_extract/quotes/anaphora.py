"""Title anaphora: «رئيس الحكومة» → the person last seen with that title, «الوزارة» → the
ministry named earlier, «الصحيفة» → the newspaper introduced as «صحيفة «…»»."""
from __future__ import annotations

from typing import Callable

from ..document import Entity
from ..entities.names import bare, name_key
from .context import QUOTE_CHARS, Context


def definite_phrase(ctx: Context, j: int, last: int) -> bool:
    """«الوزير», «وزير الخارجية», «سفير خادم الحرمين»: definite by the article or by a
    definite genitive within the first three words."""
    return any(ctx.norm(k).lstrip("وف").startswith("ال") for k in range(j, min(j + 3, last + 1)))


def title_anaphora(ctx: Context, j: int, last: int) -> str | None:
    """The entity last seen with this title («رئيس الحكومة» → «السوداني»), else None.
    Only definite titles refer back; «مصدر أمني» is a new, unnamed source."""
    if not definite_phrase(ctx, j, last):
        return None
    before = ctx.tokens[j].start
    if ctx.is_title(j):
        phrase = _title_key([ctx.norm(k) for k in range(j, last + 1)])
        found = _latest(ctx, before, "PER", lambda ent: any(
            k.startswith(phrase) or phrase.startswith(k)
            for k in (_title_key(name_key(t).split()) for t in ent.titles) if k))
        if found is not None:
            return found
    head = bare(ctx.norm(j))  # «أعلنت الوزارة» → the ministry named earlier
    return _latest(ctx, before, "ORG", lambda ent: bare(name_key(ent.name).split()[0]) == head
                   or _introduced_by(ctx, ent, head))


def _introduced_by(ctx: Context, ent: Entity, head: str) -> bool:
    """Was a mention of ``ent`` written right after ``head`` («لصحيفة «غانا …»»)?"""
    for span in ent.mentions:
        k = ctx.token_at(span.start)
        k = k - 1 if k is not None else -1
        while k >= 0 and ctx.tokens[k].text in QUOTE_CHARS:
            k -= 1
        word = bare(ctx.norm(k)) if k >= 0 else ""
        if head and head in (word, word[1:], bare(word[1:])):
            return True
    return False


def _title_key(words: list[str]) -> str:
    return " ".join([bare(words[0]), *words[1:2]]) if words else ""


def _latest(ctx: Context, before: int, type_: str, ok: Callable[[Entity], bool]) -> str | None:
    """The entity of ``type_`` satisfying ``ok`` whose last mention before ``before`` is
    the most recent."""
    best, best_pos = None, -1
    for ent in ctx.entities.values():
        if ent.type == type_ and ent.name.strip() and ok(ent):
            pos = max((m.start for m in ent.mentions if m.start < before), default=-1)
            if pos > best_pos:
                best, best_pos = ent.id, pos
    return best
