"""A currency's name after an amount is no person, place or body: «بتكلفة 362 مليون [ريال]»,
«بقيمة 5 ملايين [دينار]», «(84.540.000) ريال».  The tagger takes «ريال» (of «ريال مدريد») and
«دينار» (a given name) for names there.  A one-word mention of a word of ``currencies.txt``
right after a number, a number word (``NUMBER_WORDS``) or a number in brackets is MISC, as
ANERcorp tags currencies (so no article entity).  Applied after the sentence rules, on
normalized words.
"""
from __future__ import annotations

from collections.abc import Sequence

from ..normalize import normalize
from .wordlists import ner_words

#: words of amounts that stand before a currency's name
NUMBER_WORDS = frozenset(normalize(w) for w in (
    "ألف", "ألفا", "آلاف", "مليون", "ملايين", "مليونا", "مليار", "مليارات", "مليارا",
    "تريليون", "عشرات", "مئات", "بليون"))


def currencies() -> frozenset[str]:
    return ner_words("currencies.txt")


def _amount(norms: Sequence[str], i: int) -> bool:
    """Does an amount end at word ``i`` («500», «مليون», «(84.540.000)»)?"""
    if i >= 1 and norms[i] == ")":
        i -= 1
    return i >= 0 and (any(c.isdigit() for c in norms[i]) or norms[i] in NUMBER_WORDS)


def retype_currencies(norms: Sequence[str], tags: list[str], names: frozenset[str]) -> None:
    """One-word mentions of currencies after an amount become MISC (module doc)."""
    for i, norm in enumerate(norms):
        if tags[i].startswith("B-") and norm in names and i >= 1 and _amount(norms, i - 1) \
                and (i + 1 == len(tags) or not tags[i + 1].startswith("I-")):
            tags[i] = "B-MISC"
