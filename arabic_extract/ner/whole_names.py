"""A foreign name whose first letters only look like proclitics keeps them.

The clitic counts strip «ب», «ف», «و» or «ك» before an article-like «ال» from a word too rare
to weigh («بالوتيلي» → «الوتيلي», «فاليري» → «اليري», «والتر» → «التر»): the tagger's mention
then starts inside the name.  A remainder the corpus never has while the whole written word
is a corpus word is no word of its own: the name keeps its first letter.  (A real clitic +
word is rarer than the word alone: «بالمخيمات» against «المخيمات».)  Not after «و»: the
conjunction is common enough before rare words and set phrases («والهرسك», «والإكوادوري»);
listed names such as «والتر» are kept whole by the gazetteer check.  Applied where the stage
turns a mention's first token into its start offset."""
from __future__ import annotations

from collections.abc import Callable

from .clitics import stem_of

#: the whole written word must be at least this frequent …
WHOLE_MIN = 5
#: … and the remainder rarer than this (the corpus counts start at 5)
STEM_RARE = 5


def whole_name(norm: str, count: Callable[[str], int]) -> bool:
    """Is the normalized token ``norm`` a name whose proclitic-like letters belong to it?"""
    prefix, stem = stem_of(norm, count)
    if count(norm) < WHOLE_MIN:
        return unseen_article(prefix, stem, count)
    return bool(prefix) and "و" not in prefix and count(stem) < STEM_RARE


#: one-letter proclitics that may hide a name's first letter before an article-like «ال»
#: (not «ب»: «ب» + «ال» + a rare noun is common, «بالموتر»)
LETTER_CLITICS = frozenset({"ف", "ك"})


def unseen_article(prefix: str, stem: str, count: Callable[[str], int]) -> bool:
    """A rare word «ف/ب/ك + ال…» whose «ال…» part the corpus never has: a mention starting
    with it is a foreign name («فاليريا», «كالينينغراد»), not a clitic + article + noun (the
    noun after a clitic is seen without it: «بالمستشفى» against «المستشفى»)."""
    return prefix in LETTER_CLITICS and stem.startswith("ال") and count(stem) == 0
