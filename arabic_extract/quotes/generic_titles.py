"""«من جانبه أكد مدير الجامعة المكلف …» after «… مدير جامعة الملك سعود المكلف الدكتور
فلان …»: a title whose second word is a common noun with the article stands for the same
title with that noun's name («جامعة الملك سعود» → «الجامعة»), so it refers to the person
last seen with it («رئيس الهيئة» → «رئيس هيئة حقوق الإنسان فلان»)."""
from __future__ import annotations

from ..entities.names import bare, name_key
from .context import Context
from .title_match import same_word


def generic_titled_person(ctx: Context, j: int, words: list[str], before: int) -> str | None:
    """The person last mentioned before offset ``before`` whose title has the head and the
    (named) second noun of the phrase at token ``j`` (bare ``words``), and every later word
    of the phrase; None unless the phrase's second word has the article."""
    if len(words) < 2 or not ctx.norm(j + 1).lstrip("وف").startswith("ال"):
        return None
    best, best_pos = None, -1
    for ent in ctx.entities.values():
        if ent.type != "PER" or not any(_fits(words, t) for t in ent.titles):
            continue
        pos = max((m.start for m in ent.mentions if m.start < before), default=-1)
        if pos > best_pos:
            best, best_pos = ent.id, pos
    return best


def _fits(words: list[str], title: str) -> bool:
    """«مدير جامعة الملك سعود المكلف» fits «مدير الجامعة المكلف»: same head, the same noun
    followed by its name, and the phrase's later words among the title's."""
    found = [bare(w) for w in name_key(title).split()]
    if len(found) < 3 or found[0] != words[0] or not same_word(found[1], words[1]):
        return False
    return all(any(same_word(w, t) for t in found[2:]) for w in words[2:])
