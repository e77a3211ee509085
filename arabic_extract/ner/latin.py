"""Names written in Latin script inside Arabic text («على MBC», «شركة “GlobalWebIndex”»).

* A word of ``latin_orgs.txt`` (broadcasters, operators, technology companies: general
  knowledge) left untagged is an organization («عبر Twitter»).
* A mention made only of Latin words is an English gloss or a term
  («(EBITDA Margin)», «“لا تتنازل” Never Settle») unless an organization or media head
  stands in the three words before it (punctuation not counted) («قناة "CBC"», «شركة الأبحاث البريطانية
  “GlobalWebIndex”») or the list names it: the CRF, trained on Arabic only, reads such
  capitalised words as names of any type (places are left: «Belgravia»).
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from ..normalize import normalize
from ..resources import word_list
from .conll import spans

_LATIN = regex.compile(r"^\p{Latin}[\p{Latin}\d&'’.\-]*$")
HEAD_WINDOW = 3  # words before a Latin mention searched for an organization head
HEAD_FILES = ("strong_org_heads.txt", "named_org_heads.txt", "media_heads.txt")


@lru_cache(maxsize=1)
def latin_orgs() -> frozenset[str]:
    """Organization names written in Latin script (case-sensitive)."""
    return frozenset(word_list("ner", "data", "latin_orgs.txt"))


@lru_cache(maxsize=1)
def org_heads() -> frozenset[str]:
    """Normalized organization and media heads («شركة», «قناة», «صحيفة» …)."""
    return frozenset(normalize(w) for name in HEAD_FILES for w in word_list("ner", "data", name))


def latin(word: str) -> bool:
    """Is the word written in Latin script (letters, then letters, digits or «&.-'»)?"""
    return _LATIN.match(word) is not None


def tag_latin_orgs(surfaces: Sequence[str], tags: list[str],
                   names: frozenset[str] | None = None) -> None:
    """An untagged word of the Latin organization list is a one-word ORG mention."""
    names = latin_orgs() if names is None else names
    for i, word in enumerate(surfaces):
        if tags[i] == "O" and word in names:
            tags[i] = "B-ORG"


def drop_latin_glosses(surfaces: Sequence[str], stems: Sequence[str], tags: list[str],
                       heads: frozenset[str] | None = None) -> None:
    """A mention of Latin words only, not listed and with no organization head among the
    :data:`HEAD_WINDOW` words before it, is no mention; places stay («Henan», «DC»)."""
    heads = org_heads() if heads is None else heads
    names = latin_orgs()
    for lo, hi, label in spans(tags):
        words = surfaces[lo:hi]
        if label == "LOC" or not all(latin(w) for w in words) or any(w in names for w in words):
            continue
        if heads.isdisjoint(_words_before(stems, lo)):
            tags[lo:hi] = ["O"] * (hi - lo)


def _words_before(stems: Sequence[str], lo: int) -> list[str]:
    """The :data:`HEAD_WINDOW` words before position ``lo`` (quote marks and brackets
    skipped)."""
    words = [s for s in stems[max(0, lo - 2 * HEAD_WINDOW):lo] if s[:1].isalpha()]
    return words[-HEAD_WINDOW:]


def latin_rules(surfaces: Sequence[str], stems: Sequence[str], tags: list[str]) -> None:
    """Both rules over one sentence (tags changed in place)."""
    if any(latin(w) for w in surfaces):
        drop_latin_glosses(surfaces, stems, tags)
        tag_latin_orgs(surfaces, tags)
