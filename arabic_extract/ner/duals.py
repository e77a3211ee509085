"""Two names after a dual head: «محافظتي مأرب وتعز», «قريتي كفريا والفوعة» are two places,
«فريقي بلنسية وفياريال» two clubs (``dual_heads.txt``).  The dual says that exactly two
names follow, joined by «و», so the words before and after the «و» are names of the head's
type even when the CRF missed one of them, read them as one mention or gave another type.
Applied by ``Rules.sentence`` on normalized clitic-free stems.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from ..normalize import normalize
from ..resources import word_list
from .tagging import mention_end, put_label, conjoined

#: words of the first name at most (the second is one word or a mention starting there)
LONGEST_FIRST = 3
#: an untagged word this frequent is a common word, not a name («الكبيرة»)
COMMON_WORD = 300
OPENERS = frozenset({"«", '"', "“", "(", "'"})
CLOSERS = frozenset({"»", '"', "”", ")", "'"})


def dual_heads() -> dict[str, str]:
    """The dual heads of ``dual_heads.txt`` (normalized) with the type of their names."""
    rows = (line.split("\t") for line in word_list("ner", "data", "dual_heads.txt"))
    return {normalize(word.strip()): label.strip() for word, label in rows}


def _name_words(stems: Sequence[str], tags: Sequence[str], lo: int, hi: int,
                count: Callable[[str], int]) -> bool:
    """Are all words of ``[lo, hi)`` possible name words (tagged, or rare enough)?"""
    return all(stems[k] not in OPENERS | CLOSERS and stems[k].isalpha() and
               (tags[k] != "O" or count(stems[k]) < COMMON_WORD)
               for k in range(lo, hi))


def _second(stems: Sequence[str], norms: Sequence[str], k: int) -> int | None:
    """Start of the second name if word ``k`` opens it with «و» («وتعز», «و (تعز)»)."""
    if norms[k] == "و":
        k += 1 + (k + 1 < len(stems) and stems[k + 1] in OPENERS)
        return k if k < len(stems) else None
    return k if conjoined(norms[k], stems[k]) or len(norms[k]) > 3 and \
        norms[k].startswith("و") else None


def _first_name(stems: Sequence[str], norms: Sequence[str], start: int) -> tuple[int, int] | None:
    """(end of the first name, start of the second) after a dual head's first name word."""
    for k in range(start + 1, min(start + 1 + LONGEST_FIRST, len(stems))):
        second = _second(stems, norms, k)
        if second is not None:
            return k - (stems[k - 1] in CLOSERS), second
    return None


def dual_rule(stems: Sequence[str], norms: Sequence[str], tags: list[str],
              heads: Mapping[str, str], count: Callable[[str], int]) -> None:
    """Dual head + name + «و» name: both names get the head's type."""
    for i, stem in enumerate(stems[:-2]):
        label = heads.get(stem)
        if label is None or tags[i] != "O":
            continue
        first = i + 1 + (stems[i + 1] in OPENERS)
        found = _first_name(stems, norms, first)
        if found is None:
            continue
        end, second = found
        second_end = max(second + 1, mention_end(tags, second, tags[second][2:] or "O"))
        if first < end and _name_words(stems, tags, first, end, count) and \
                _name_words(stems, tags, second, second_end, count):
            put_label(tags, first, end, label)
            put_label(tags, second, second_end, label)
