"""Title anaphora: «رئيس الحكومة» → the person last seen with that title, «الوزارة» → the
ministry named earlier, «الصحيفة» → the newspaper introduced as «صحيفة «…»»."""
from __future__ import annotations

from typing import Callable

from ..document import Entity
from ..entities.bare_names import opens_with
from ..entities.names import bare, name_key
from .context import QUOTE_CHARS, Context, word_set
from .apposed_titles import apposed_title
from .generic_titles import generic_titled_person
from .nisba_bodies import nisba_body
from .title_fits import official_by_nationality
from .title_match import apposed_person, fitting, phrase_words


def definite_phrase(ctx: Context, j: int, last: int) -> bool:
    """«الوزير», «وزير الخارجية», «سفير خادم الحرمين»: definite by the article or by a
    definite genitive within the first three words."""
    return any(ctx.norm(k).lstrip("وف").startswith("ال") for k in range(j, min(j + 3, last + 1)))


def title_anaphora(ctx: Context, j: int, last: int) -> str | None:
    """The entity last seen with this title («رئيس الحكومة» → «السوداني»), else None.
    Only definite titles refer back; «مصدر أمني» is a new, unnamed source."""
    if not definite_phrase(ctx, j, last):
        return (named_title(ctx, j, last) or apposed_title(ctx, j, last)) \
            if ctx.is_title(j) else None  # «وأكد مدير عام جمرك المطار»
    before = ctx.tokens[j].start
    official = official_by_nationality(ctx, j, last)  # «المسؤول الأمريكي» → فلان
    if official is not None:
        return official
    if ctx.is_title(j):
        found = _titled_person(ctx, j, last, before)
        if found is not None:
            return found
    club = nisba_body(ctx, j, last)  # «الإدارة الشبابية» → «نادي الشباب»
    if club is not None:
        return club
    head = bare(ctx.norm(j))  # «أعلنت الوزارة» → the ministry named earlier
    titled = ctx.is_title(j)  # «قائد الجيش»: the body after a title is not its bearer
    titled = titled or head in word_set("member_nouns.txt")  # «مصادر «الصحيفة»»: a part
    return _latest(before, _matching(
        ctx, ("head", head), "ORG", lambda ent: opens_with(ent, head)
        or not titled and _introduced_by(ctx, ent, head)))


def _titled_person(ctx: Context, j: int, last: int, before: int) -> str | None:
    """The person last seen with the title phrase at ``j``–``last``, the whole phrase
    agreeing («وزير الخارجية اليمني» is not «… القطري»), else one introduced by it right
    after the name («فلان وزير الاستثمار»)."""
    phrase = _title_key([ctx.norm(k) for k in range(j, last + 1)])
    words = phrase_words(ctx, j, last)
    seen = _matching(ctx, ("title", phrase), "PER", lambda ent: any(
        k.startswith(phrase) or phrase.startswith(k)
        for k in (_title_key(name_key(t).split()) for t in ent.titles) if k))
    found = _latest(before, fitting(words, seen))
    found = found if found is not None else apposed_person(ctx, j, words)
    return found if found is not None else generic_titled_person(ctx, j, words, before)


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


def _matching(ctx: Context, key: tuple[str, str], type_: str,
              ok: Callable[[Entity], bool]) -> tuple[Entity, ...]:
    """The named entities of ``type_`` satisfying ``ok``, found once per document and
    ``key`` (the title phrase or head word ``ok`` tests for)."""
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = tuple(ent for ent in ctx.entities.values()
                                      if ent.type == type_ and ent.name.strip() and ok(ent))
    return found


def organization_with_head(ctx: Context, head: str, before: int) -> str | None:
    """The organization last named before offset ``before`` whose name's first word is
    ``head`` («وفق المرصد» → «المرصد السوري لحقوق الإنسان»)."""
    return _latest(before, _matching(ctx, ("first word", head), "ORG",
                                     lambda ent: opens_with(ent, head)))


def _latest(before: int, candidates: tuple[Entity, ...]) -> str | None:
    """The candidate whose last mention before ``before`` is the most recent."""
    best, best_pos = None, -1
    for ent in candidates:
        pos = max((m.start for m in ent.mentions if m.start < before), default=-1)
        if pos > best_pos:
            best, best_pos = ent.id, pos
    return best


#: how far back (tokens) a title's introduction is looked for: a few thousand words of an
#: article; on a book-length text the search must not be quadratic
TITLE_REACH = 5000
#: tokens between a title and the name it introduces («أمير منطقة عسير [الأمير] فيصل»)
_NAME_GAP = 4


def named_title(ctx: Context, j: int, last: int) -> str | None:
    """«وأكد أمير منطقة عسير أن …», «رئيس تحرير «عرب نيوز»»: a title of two words or more
    without the article (made definite by a name, a quoted name after it) refers to the
    person last introduced right after the same words («… أمير منطقة عسير الأمير فيصل بن
    خالد …»)."""
    end = _quoted_name_end(ctx, last)
    if end == j:
        return None  # one word («وزير») names no one
    key = [bare(ctx.norm(j))] + [ctx.tokens[k].text for k in range(j + 1, end + 1)]
    found = None
    for p in range(j - len(key), max(-1, j - TITLE_REACH), -1):
        if bare(ctx.norm(p)) == key[0] and \
                [t.text for t in ctx.tokens[p + 1:p + len(key)]] == key[1:]:
            found = _person_after(ctx, p + len(key), j)
            if found is not None:
                return found
    return found


def _quoted_name_end(ctx: Context, last: int) -> int:
    """The token closing a quoted name right after token ``last`` («تحرير «عرب نيوز»»),
    else ``last``."""
    q = ctx.quote_opening_at(last + 1) if last + 1 < len(ctx.tokens) else None
    if q is None or q.close is None or ctx.quote_words(q) > 3:
        return last
    return ctx.last_token(q.outer_end)


def _person_after(ctx: Context, k: int, stop: int) -> str | None:
    """The person mentioned within a few tokens from ``k`` (titles and marks between)."""
    for m in range(k, min(k + _NAME_GAP, stop)):
        mention, entity = ctx.mention_at.get(m, (None, None))
        if mention is not None:
            return entity if mention.label == "PER" else None
        if ctx.is_word(m) and not ctx.is_title(m):
            return None
    return None
