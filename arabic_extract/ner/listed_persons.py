"""Names in a list of persons that the tagger skipped: «هم ماجد الجهني، ويوسف أبو عوف،
[وعمر النجراني]، [وعلي الوادعي]، وأسعد عزوز».  An item between commas (or between a comma
and the sentence's end or a full stop) is a person when it is a listed given name, with or
without «و» («وعمر» is also "and he built"; «وعلي» is «وعلى» once normalized), then one or
two name words (a family name with the article, a listed name or a rare word), and the item
before or after it is one person mention.  An item the tagger named in part («وعلي
[هوساوي]») is named whole.  A given name that opens place names («عين», «جبل»:
``place_openers.txt``, the place words) or is a title («الإمام») opens no person here
(«وعين أم خيسة» is a spring).  Applied after the sentence rules, on normalized words and
clitic-free stems; passes run until the list is named (each named item makes its neighbour
an item next to a person)."""
from __future__ import annotations

from collections.abc import Sequence

from .lexicon import GIVEN_NAME_KINDS, PERSON_KINDS, Lexicon
from .surnames import _family_name
from .tagging import put_label

COMMAS = frozenset({"،", ","})
ENDS = frozenset({".", "؛", ";"})
#: words of an item: a given name and one or two more
SHORTEST, LONGEST = 2, 3
#: a word less frequent than this may be a family name no list knows («هوساوي»)
RARE = 200
PASSES = 4
#: kinds of a listed given name that also opens places or is a title («جبل», «الإمام»)
NOT_GIVEN = frozenset({"PLACEW", "TITLE"})


def _items(norms: Sequence[str]) -> list[tuple[int, int]]:
    """The runs of words after a comma up to the next comma, a stop or the end (the first
    item, before the first comma, has no clear start: «وقال كل من [هادي شرعبي]،»)."""
    cuts = [i for i, w in enumerate(norms) if w in COMMAS]
    items = []
    for k, lo in enumerate(cuts):
        hi = cuts[k + 1] if k + 1 < len(cuts) else \
            next((j for j in range(lo + 1, len(norms)) if norms[j] in ENDS), len(norms))
        items.append((lo + 1, hi))
    return items


def _person(tags: Sequence[str], lo: int, hi: int) -> bool:
    """Is ``[lo, hi)`` exactly one person mention?"""
    return hi > lo and tags[lo] == "B-PER" and all(t == "I-PER" for t in tags[lo + 1:hi]) \
        and (hi == len(tags) or not tags[hi].startswith("I-"))


def _name_item(norms: Sequence[str], stems: Sequence[str], tags: Sequence[str],
               lo: int, hi: int, lex: Lexicon, openers: frozenset[str]) -> bool:
    """Given name + one or two name words, untagged or tagged PER in part?"""
    if not SHORTEST <= hi - lo <= LONGEST or tags[lo].startswith("I-") \
            or any(t != "O" and not t.endswith("-PER") for t in tags[lo:hi]):
        return False
    given = stems[lo]
    kinds = lex.words.get(given, frozenset())
    if norms[lo] not in (given, "و" + given) or kinds.isdisjoint(GIVEN_NAME_KINDS) \
            or given in openers or not kinds.isdisjoint(NOT_GIVEN):
        return False
    return all(w.isalpha() and _name_word(w, lex) for w in norms[lo + 1:hi])


def _name_word(word: str, lex: Lexicon) -> bool:
    """A family name with the article, a listed person's name, or a rare word no list
    names as anything else («هوساوي»)?"""
    kinds = lex.words.get(word, frozenset())
    if kinds:
        return not kinds.isdisjoint(PERSON_KINDS)
    return _family_name(word, lex) or lex.count(word) < RARE


def listed_persons(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                   lex: Lexicon, openers: frozenset[str]) -> None:
    """Name the skipped persons of a list of persons (tags changed in place)."""
    if COMMAS.isdisjoint(norms):
        return
    items = _items(norms)
    for _ in range(PASSES):
        changed = False
        for k, (lo, hi) in enumerate(items):
            if _person(tags, lo, hi) or not _name_item(norms, stems, tags, lo, hi, lex, openers):
                continue
            near = items[max(0, k - 1):k] + items[k + 1:k + 2]
            if any(_person(tags, a, b) for a, b in near):
                put_label(tags, lo, hi, "PER")
                changed = True
        if not changed:
            return
