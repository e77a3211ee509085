"""A market index is no organization: «وارتفع مؤشر "داو جونز" الصناعي», «مؤشر ناسداك
المجمع», «مؤشر ستاندرد آند بورز 500».  An ORG or LOC mention right after a word of
``index_words.txt`` (a quote mark may stand between) names the index and becomes MISC,
unless an organization head opens it («مؤشر سوق الأسهم السعودية», «مؤشر وزارة العدل
العقاري»: the market or the body that computes it).  Not after the plural «مؤشرات» («مؤشرات
"الشرق الأوسط"» are the paper's figures).  Applied after the sentence rules, on normalized
words and clitic-free stems."""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..normalize import normalize
from ..resources import word_list
from .conll import spans
from .facilities import OPENING
from .lexicon import Lexicon
from .tagging import put_label


@lru_cache(maxsize=1)
def index_words() -> frozenset[str]:
    return frozenset(normalize(w) for w in word_list("ner", "data", "index_words.txt"))


def _after_index(stems: Sequence[str], lo: int, words: frozenset[str]) -> bool:
    """Is the word before ``lo`` (a quote mark skipped) an index word?"""
    k = lo - 1 if lo > 0 and stems[lo - 1] in OPENING else lo
    return k > 0 and stems[k - 1] in words


def _headed(stem: str, heads: frozenset[str], lex: Lexicon) -> bool:
    """Does an organization head open the name («سوق», «وزارة», «معهد»)?"""
    bare = stem.removeprefix("ال")
    return stem in heads or bare in heads or "OHEAD" in lex.words.get(bare, frozenset())


def index_names(stems: Sequence[str], tags: list[str], heads: frozenset[str],
                lex: Lexicon) -> None:
    """Retag the ORG/LOC mentions that name an index as MISC (tags changed in place)."""
    words = index_words()
    if words.isdisjoint(stems):
        return
    for lo, hi, label in spans(tags):
        if label in ("ORG", "LOC") and _after_index(stems, lo, words) \
                and not _headed(stems[lo], heads, lex):
            put_label(tags, lo, hi, "MISC")
