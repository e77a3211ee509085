"""A nationality nisba as a family or stage name: «الشاعر بيرم التونسي», «الممثل سامر
المصري».  After an occupation of ``artist_titles.txt``, a one-word person mention that the
name lists know as a given name, followed by a nationality adjective, takes the adjective
into the name.  Without the occupation the adjective stays out («ميسي الأرجنتيني»: name +
adjective, as the guidelines have it), and so it does after a ruler's or an official's
title («الملك عبدالله الأردني»).  A two-word name, a kunya («أبو قتادة») or a given name and
a second name («خالد جبار»), takes a nationality adjective right after it: «أبو قتادة
التونسي», «خالد جبار العراقي» (`name_nisbas`)."""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .conll import spans
from .lexicon import Lexicon
from .wordlists import ner_words


@lru_cache(maxsize=1)
def artist_titles() -> frozenset[str]:
    """Normalized occupation words of ``artist_titles.txt``."""
    return ner_words("artist_titles.txt")


def _given_name(stems: Sequence[str], tags: Sequence[str], i: int, lex: Lexicon) -> bool:
    """Is word ``i`` a one-word person mention of a listed given name?"""
    return tags[i] == "B-PER" and tags[i + 1] == "O" and \
        "PER" in lex.words.get(stems[i], frozenset())


def nisba_surnames(stems: Sequence[str], tags: list[str], lex: Lexicon,
                   nationalities: frozenset[str], titles: frozenset[str] | None = None
                   ) -> None:
    """«occupation + given name + nationality adjective» is one person mention."""
    titles = artist_titles() if titles is None else titles
    if titles.isdisjoint(stems):
        return
    for i in range(1, len(stems) - 1):
        if stems[i - 1] in titles and stems[i + 1] in nationalities \
                and _given_name(stems, tags, i, lex):
            tags[i + 1] = "I-PER"


#: «العراقي الأصل», «المصري المولد»: the adjective describes the person's origin
ORIGIN_WORDS = frozenset({"الاصل", "الاصول", "المولد", "الجنسيه", "المنشا"})


def _opens_name(stem: str, lex: Lexicon) -> bool:
    """A kunya «أبو» or a listed given name."""
    return stem == "ابو" or "PER" in lex.words.get(stem, frozenset())


def name_nisbas(norms: Sequence[str], stems: Sequence[str], tags: list[str], lex: Lexicon,
                nationalities: frozenset[str]) -> None:
    """A two-word person mention opened by a kunya or a given name, its second word without
    the article, takes the masculine nationality adjective right after it as its family
    name; not before a «لل» word («دوري عبداللطيف جميل السعودي للمحترفين»: a league) nor
    before a word of origin («خالد جبار العراقي الأصل»).  Not
    in sports reports, where a club the tagger read as a person is followed by its country
    («روبين كازان الروسي»): the caller leaves them out."""
    for lo, hi, label in sorted(spans(tags)):
        if label != "PER" or hi - lo != 2 or hi >= len(tags) or tags[hi] != "O":
            continue
        if norms[hi] not in nationalities or not norms[hi].endswith("ي") \
                or stems[lo + 1].startswith("ال") \
                or not _opens_name(stems[lo], lex):
            continue
        if hi + 1 < len(norms) and (norms[hi + 1].startswith("لل")
                                    or norms[hi + 1] in ORIGIN_WORDS):
            continue
        tags[hi] = "I-PER"
