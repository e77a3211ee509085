"""Light proclitic stripping (و ف + ب ل ك) decided by corpus counts, for features and spans.

«وبغداد» → «بغداد» because «بغداد» is far more frequent than «وبغداد»; «لبنان» stays whole
because «بنان» is rare.  «للحكومة» (ل + الحكومة, alef not written) is looked up as
«الحكومة» (its surface name keeps the article's ل: «لحكومة»); «للبنان» is ل + «لبنان»
because «البنان» is rare.  A preposition never comes before a conjunction, so a remainder
that itself starts with «و/ف» + a word is no remainder: «كولو» is not ك + و + «لو»
(checked for «ك» only).
"""
from __future__ import annotations

from typing import Callable

CONJ = ("", "و", "ف")
PREP = ("", "ب", "ل", "ك")
PREFIXES = tuple(sorted({c + p for c in CONJ for p in PREP} - {""}, key=len, reverse=True))
_FIRST = frozenset(p[0] for p in PREFIXES)


def _rest(word: str, prefix: str, count: Callable[[str], int] | None = None) -> str:
    """``word`` after ``prefix``; after ل, a remainder starting with ل is an article that
    lost its alef (لل → ل + ال) unless ``count`` finds that reading rare and the bare
    remainder ten times more frequent («للبنان» is ل + «لبنان»)."""
    rest = word[len(prefix):]
    if prefix.endswith("ل") and rest.startswith("ل"):
        if count is None or count("ا" + rest) >= min(20, count(rest) / 10):
            return "ا" + rest
    return rest


def _conjunction_after_preposition(prefix: str, rest: str,
                                   count: Callable[[str], int]) -> bool:
    """Does ``rest`` read as «و/ف» + a word after the preposition «ك» that ends ``prefix``:
    the word without «و/ف» at least as frequent as with it («ولو» against «لو»; not «وسيط»)?
    Only «ك», which seldom comes before a name: after «ب/ل» the tagger learnt the split
    forms («لورد» as ل + «ورد»)."""
    if not prefix.endswith("ك") or rest[:1] not in ("و", "ف"):
        return False
    return count(rest[1:]) >= count(rest)


def proclitic_length(word: str, count: Callable[[str], int]) -> int:
    """How many leading characters of the normalized ``word`` are attached proclitics.

    Every prefix whose remainder is a known word qualifies; the most frequent remainder
    wins, so «وبشار» is و + «بشار», not وب + «شار»."""
    if word[:1] not in _FIRST:
        return 0  # no proclitic starts so
    own = count(word)
    best, best_count = 0, -1
    for prefix in PREFIXES:
        if not word.startswith(prefix) or len(word) - len(prefix) < 2:
            continue
        rest = _rest(word, prefix, count)
        if _conjunction_after_preposition(prefix, rest, count):
            continue
        rest_count = count(rest)
        if (rest.startswith("ال") and len(rest) > 3 and own < 50) or \
                rest_count >= max(3, 2 * own):
            if rest_count > best_count:
                best, best_count = len(prefix), rest_count
    return best


def stem_of(word: str, count: Callable[[str], int]) -> tuple[str, str]:
    """``(proclitics, stem)`` of a normalized word; the stem restores the alef of لل."""
    n = proclitic_length(word, count)
    return (word[:n], _rest(word, word[:n], count)) if n else ("", word)
