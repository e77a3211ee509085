"""«المغرب» the sunset prayer is no place: «صلاة المغرب», «أذان المغرب», «بعد صلاتي المغرب
والعشاء», «بين المغرب والعشاء».  A one-word LOC mention «المغرب» right after a prayer word
(``prayer_words.txt``: «صلاة», «أذان», and time words «بعد», «قبل», «وقت») or right before
«والعشاء» is untagged.  After «بعد» the country reads too («بعد المغرب فازت تونس»), so the time
words count only when another prayer follows or the sentence names a prayer before it.
Applied after the sentence rules, on clitic-free stems."""
from __future__ import annotations

from collections.abc import Sequence

from ..normalize import normalize
from .conll import spans
from .wordlists import ner_words

SUNSET = normalize("المغرب")
#: the other prayers, whose names are no names of anything else here
PRAYERS = frozenset(normalize(w) for w in ("العشاء", "الفجر", "العصر", "الظهر"))
#: words of ``prayer_words.txt`` that name a prayer themselves
PRAYER_NOUNS = frozenset(normalize(w) for w in ("صلاة", "صلاتي", "الصلاة", "أذان", "الأذان",
                                                "آذان", "فريضة", "إقامة"))


def prayer_words() -> frozenset[str]:
    return ner_words("prayer_words.txt")


def _is_prayer(stems: Sequence[str], i: int, words: frozenset[str]) -> bool:
    before = stems[i - 1] if i else ""
    after = stems[i + 1] if i + 1 < len(stems) else ""
    if before in PRAYER_NOUNS or after in PRAYERS:
        return True
    return before in words and not PRAYER_NOUNS.isdisjoint(stems[:i])


def drop_prayers(stems: Sequence[str], tags: list[str], words: frozenset[str]) -> None:
    """Untag «المغرب» read as the sunset prayer (module doc; tags changed in place)."""
    if SUNSET not in stems:
        return
    for lo, hi, label in spans(tags):
        if label == "LOC" and hi - lo == 1 and stems[lo] == SUNSET \
                and _is_prayer(stems, lo, words):
            tags[lo] = "O"
