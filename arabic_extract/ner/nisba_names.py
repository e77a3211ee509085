"""A nationality nisba as a family or stage name: «الشاعر بيرم التونسي», «الممثل سامر
المصري».  After an occupation of ``artist_titles.txt``, a one-word person mention that the
name lists know as a given name, followed by a nationality adjective, takes the adjective
into the name.  Without the occupation the adjective stays out («ميسي الأرجنتيني»: name +
adjective, as the guidelines have it), and so it does after a ruler's or an official's
title («الملك عبدالله الأردني»)."""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

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
