"""One-word places and organizations that are ordinary words.

A tagger slip makes a place or a body of an indefinite adjective or common noun:
«منطقة ريفية», «قاعدة عريضة» would not be names, nor «خامس», «كاميرا», «شيعة». A name written
without the article seldom takes it elsewhere («طهران», «داعش»), while an ordinary word
often does: the corpus counts «كاميرا» 134 times and «الكاميرا» 122, «حدودية» 33 and
«الحدودية» 391. So an entity whose every mention is one indefinite word is dropped when
the word with the article is frequent (:data:`DEFINITE_MIN`) and at least half as frequent
as the word, unless a name list has the word: the curated gazetteers of persons, places and
organizations, the world lists of places and organizations, clubs and media (so «سورية»,
«مالي», «حماس», «فتح» stay), or one of its mentions follows a place word or an organization
head, unless it ends in «ـة», an adjective agreeing with that head («قاعدة نخيل», «شركة
"منافع"» stay; «منطقة حدودية», «مرحلة خامسة» go).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, Sequence

from ..document import Mention
from ..normalize import normalize
from ..resources import word_list
from .names import name_key

#: the word with the article must be at least this frequent …
DEFINITE_MIN = 20
#: … and at least this share of the word's own count
DEFINITE_RATIO = 0.5
#: name lists (``ner/data``) whose one-word entries are names whatever the counts say
NAME_LISTS = ("loc_world.txt", "orgs_world.txt", "sports_clubs.txt", "foreign_clubs.txt",
              "known_orgs.txt", "media_names.txt", "latin_orgs.txt")
#: curated gazetteer kinds of the lexicon
NAME_KINDS = frozenset({"PER", "LOC", "ORG"})
#: lexicon kinds of the heads a name may follow (place words, organization heads)
HEAD_KINDS = frozenset({"PLACEW", "OHEAD"})
#: how far back the head word before a mention is looked for (quote marks, spaces)
HEAD_WINDOW = 30
_QUOTES = "\"'«»“”()"


@lru_cache(maxsize=1)
def listed_names() -> frozenset[str]:
    """One-word entries of :data:`NAME_LISTS`, normalized."""
    words = (normalize(w) for name in NAME_LISTS for w in word_list("ner", "data", name))
    return frozenset(w for w in words if w and " " not in w)


def _definite_common(word: str, count: Callable[[str], int]) -> bool:
    return count("ال" + word) >= max(DEFINITE_MIN, DEFINITE_RATIO * count(word))


def ordinary_word(word: str, count: Callable[[str], int],
                  kinds: dict[str, frozenset[str]]) -> bool:
    """Is the normalized one-word name ``word`` an ordinary indefinite word?"""
    if len(word) < 3 or word.startswith("ال") or not word.isalpha():
        return False
    if not kinds.get(word, frozenset()).isdisjoint(NAME_KINDS) or word in listed_names():
        return False
    return _definite_common(word, count)


def after_head(text: str, mention: Mention, kinds: dict[str, frozenset[str]]) -> bool:
    """Does a place word or an organization head (with a proclitic or not) stand right
    before ``mention`` («قاعدة X», «بشركة "X"»)?"""
    before = text[max(0, mention.start - HEAD_WINDOW):mention.start].rstrip(_QUOTES + " ")
    words = before.split()
    if not words:
        return False
    word = normalize(words[-1])
    return any(not kinds.get(w, frozenset()).isdisjoint(HEAD_KINDS)
               for w in (word, word[1:]) if w)


def ordinary(type_: str, mentions: Sequence[Mention], text: str, count: Callable[[str], int],
             kinds: dict[str, frozenset[str]]) -> bool:
    """Is a place or organization of these mentions an ordinary word in every mention?"""
    if type_ not in ("LOC", "ORG"):
        return False
    keys = {name_key(m.text) for m in mentions}
    if not all(" " not in k and ordinary_word(k, count, kinds) for k in keys):
        return False
    return any(k.endswith("ه") for k in keys) \
        or not any(after_head(text, m, kinds) for m in mentions)
