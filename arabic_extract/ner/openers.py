"""Plural common nouns before a name (``plural_openers.txt``: «أغاني كاظم», «شركات
سابك») leave the mention the CRF opened with them; what follows stays a mention only if it
can be a name: not an indefinite adjective or a common noun («شركات أجنبية», «شركات
تكنولوجيا» name nothing). Applied by ``Rules.sentence`` with the boundary rules."""
from __future__ import annotations

from collections.abc import Sequence

from .conll import spans
from .lexicon import Lexicon
from .tagging import is_definite, is_nisba

#: curated gazetteers (not the mined lists) whose words may follow an opener as a name
NAME_KINDS = frozenset({"PER", "LOC", "ORG"})
#: an unlisted word after an opener is a name only if rarer than this
RARE_NAME = 50


def _name_like(stem: str, lex: Lexicon) -> bool:
    """Can ``stem``, right after a plural opener, begin a name?"""
    if is_nisba(stem) and not is_definite(stem):
        return False  # «أجنبية», «أميركية», «راعية»
    return bool(lex.words.get(stem, frozenset()) & NAME_KINDS) or is_definite(stem) \
        or lex.count(stem) < RARE_NAME


def trim_openers(stems: Sequence[str], tags: list[str], openers: frozenset[str],
                 lex: Lexicon) -> None:
    """Untag a plural opener that starts a mention of several words; the next word starts
    the mention if it can be a name, else the whole mention goes."""
    if openers.isdisjoint(stems):
        return
    for lo, hi, label in spans(tags):
        if hi - lo < 2 or stems[lo] not in openers:
            continue
        tags[lo] = "O"
        if _name_like(stems[lo + 1], lex):
            tags[lo + 1] = f"B-{label}"
        else:
            tags[lo + 1:hi] = ["O"] * (hi - lo - 1)
