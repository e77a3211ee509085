"""A foreign place of two words that the tagger read as two places: «شانلي أورفة», «نورث
داكوتا», «لاس فيغاس», «بوينوس آيريس», «طوز خورماتو».  Two one-word place mentions side by
side (no punctuation between them) are one place when neither word carries a clitic or
opens with «و» (the corpus counts may leave the conjunction on a rare word: «سيالكوت
[ومولتان]» are two towns), neither is a place of the gazetteers by itself (then the two are two places, or a
place and what it qualifies: «سوروتش انقرة», «تمور بريدة»), neither is a nationality
adjective («تريبلينكا البولندية») and both are rare words of the corpus (a common word is a
head or a noun: «مهرجان لوكارنو», «غابة رغدان»).  Applied after the sentence rules, on
normalized words and clitic-free stems."""
from __future__ import annotations

from collections.abc import Sequence

from .lexicon import Lexicon
from .tagging import put_label

#: a word of a split foreign place name is rarer than this in the corpus counts
RARE = 100


def _name_word(norm: str, stem: str, places: frozenset[tuple[str, ...]],
               nationalities: frozenset[str], lexicon: Lexicon) -> bool:
    """Can this word be one half of a foreign place name (module doc)?"""
    return norm == stem and not stem.startswith("و") and (stem,) not in places and stem not in nationalities \
        and lexicon.count(stem) < RARE


def _single(tags: Sequence[str], i: int) -> bool:
    """Is word ``i`` a place mention of its own, one word long?"""
    return tags[i] == "B-LOC" and (i + 1 == len(tags) or not tags[i + 1].startswith("I-"))


def join_split_places(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                      places: frozenset[tuple[str, ...]], nationalities: frozenset[str],
                      lexicon: Lexicon) -> None:
    """Join two one-word place mentions side by side into one (module doc)."""
    for i in range(len(tags) - 1):
        if _single(tags, i) and _single(tags, i + 1) \
                and all(_name_word(norms[k], stems[k], places, nationalities, lexicon)
                        for k in (i, i + 1)):
            put_label(tags, i, i + 2, "LOC")
