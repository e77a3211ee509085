"""The reporter's attribution phrase after a reported clause («… "اربعة اشخاص …" وفق
المرصد، الذي …», «… بحسب وكالة رويترز», «وفقا للشرطة», «نقلا عن مصادر»): a marker of
``quotes/data/according.txt`` followed by a name, a source noun or the head of an
organization or person named in the article ends the content before it."""
from __future__ import annotations

from ..entities.bare_names import opens_with
from ..entities.names import bare, name_heads
from .context import Context, word_group, word_set

_FILE = "according.txt"


def according_at(ctx: Context, j: int) -> bool:
    """Does an attribution phrase with its source start at token ``j``?"""
    if not ctx.is_word(j) or ctx.norm(j) not in word_group("markers", _FILE):
        return False
    k = j + 1
    if k < len(ctx.tokens) and ctx.norm(k) in word_group("links", _FILE):
        k += 1
    if k >= len(ctx.tokens) or not ctx.is_word(k):
        return False
    if k in ctx.mention_at:
        return ctx.mention_at[k][0].label in ("PER", "ORG")
    word = bare(ctx.norm(k))
    words = {word, bare("ا" + word[1:] if word.startswith("لل") else word[1:])} \
        if word.startswith("ل") else {word}  # «للمرصد», «لوكالة»
    return any(w in word_set("sources.txt") or w in name_heads() and _head_names(ctx, k)
               or _named_head(ctx, w, j) for w in words if w)


def _head_names(ctx: Context, k: int) -> bool:
    """Does the head noun at ``k`` («حركة», «الشركة») stand for a body: definite (one the
    article spoke of) or followed by a name or quote («بحسب شركة "…"»), not in construct
    with an ordinary noun («حسب حركة السوق»: depending on the market's movement)?"""
    nxt = k + 1
    return ctx.norm(k).lstrip("وف").startswith(("ال", "لل")) or nxt in ctx.mention_at \
        or nxt < len(ctx.tokens) and ctx.quote_opening_at(nxt) is not None


def _named_head(ctx: Context, word: str, j: int) -> bool:
    """Is ``word`` the first word of an organization or person named before token ``j``
    («وفق المرصد» after «المرصد السوري لحقوق الإنسان»)?"""
    before = ctx.tokens[j].start
    return any(ent.type in ("ORG", "PER") and ent.name.strip()
               and opens_with(ent, word)
               and any(m.start < before for m in ent.mentions)
               for ent in ctx.entities.values())
