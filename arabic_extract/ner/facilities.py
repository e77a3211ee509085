"""A facility or site head followed by a quoted name is one LOC mention, head and quote
marks included, as the project's guidelines annotate named facilities: «ملعب "المحالة"»,
«مستشفى "بهية"», «حقل «بارس»» (the CRF leaves a definite quoted name out, or reads a
rare one as an organization). Applied by ``Rules.sentence``, on normalized clitic-free stems.

Heads: ``facility_heads.txt``, ``strong_place_words.txt`` and ``site_heads.txt``, except
the media heads (``media_heads.txt``: «قناة "الجزيرة"» is a channel, an organization), and
a head in an idiom (``head_idioms.txt``: «عن طريق "…"» is «by way of», no road).
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .lexicon import Lexicon
from .phrases import listed_phrases, phrase_words
from .tagging import is_definite, is_nisba, put_label

#: marks that open a quoted name, and those that close one
OPENING, CLOSING = frozenset('"«“'), frozenset('"»”')
#: longest quoted facility name, in words
LONGEST_NAME = 4
#: an untagged quoted word names a facility only if rarer than this, or definite
RARE_NAME = 300


def facility_heads() -> frozenset[str]:
    """Normalized heads that a quoted facility or site name may follow."""
    heads = phrase_words("facility_heads.txt") | phrase_words("strong_place_words.txt") \
        | phrase_words("site_heads.txt")
    return heads - phrase_words("media_heads.txt")


@lru_cache(maxsize=1)
def head_idioms() -> frozenset[tuple[str, ...]]:
    """Normalized «word + head» idioms (``head_idioms.txt``)."""
    return listed_phrases("head_idioms.txt", 2)


def is_idiom(stems: Sequence[str], i: int) -> bool:
    """Is the head at ``i`` part of an idiom with the word before it («عن طريق»)?"""
    return i > 0 and (stems[i - 1], stems[i]) in head_idioms()


def _closing(stems: Sequence[str], start: int) -> int:
    """Index of the quote mark closing a name that starts at ``start`` (0 if none near, or
    if punctuation comes first: «طريق "الخرمة- رنية"» names two places)."""
    for j in range(start, min(len(stems), start + LONGEST_NAME + 1)):
        if stems[j] in CLOSING:
            return j if j > start else 0
        if not stems[j].isalnum():
            return 0
    return 0


def _names(stems: Sequence[str], tags: Sequence[str], lo: int, hi: int, lex: Lexicon) -> bool:
    """Do the quoted words ``[lo, hi)`` make a name: at most one mention of the CRF lying
    wholly inside, or, untagged, a definite noun or a rare word («"حيوي"» is a quoted
    adjective)?"""
    inside = tags[lo:hi]
    if inside[0].startswith("I-") or hi < len(tags) and tags[hi].startswith("I-") or \
            sum(t.startswith("B-") for t in inside) > 1:
        return False
    if any(t != "O" for t in inside):
        return True
    first = stems[lo]
    return is_definite(first) and not is_nisba(first) or \
        not is_nisba(first) and lex.count(first) < RARE_NAME


def quoted_facility_rule(stems: Sequence[str], tags: list[str], heads: frozenset[str],
                         lex: Lexicon) -> None:
    """«head + "name"» → one LOC mention from the head to the closing quote mark."""
    if heads.isdisjoint(stems):
        return
    for i, stem in enumerate(stems[:-3]):
        if stem not in heads or tags[i] != "O" or stems[i + 1] not in OPENING \
                or is_idiom(stems, i):
            continue
        end = _closing(stems, i + 2)
        if end and _names(stems, tags, i + 2, end, lex):
            put_label(tags, i, end + 1, "LOC")
