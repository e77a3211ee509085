"""Rules that need the surface spelling, lost by normalization (``ى`` → ``ي``):

* the first name «علي» before a person's name: normalized, it is the preposition «على», so
  the CRF leaves it out («علي عبدالله صالح» → «عبدالله صالح»); in a text that writes the
  preposition «على» with alef maqsura, a surface «علي» right before a person is the name;
* in such a text a surface «علي» right after a person mention is the next name of its chain
  («محمد علي النقي»): it joins, with a person mention or a nisba word right after it;
* in such a text the surface «على» at the edge of a person mention is the preposition
  («وشدد البكري على أن …»);
* a Latin-script word at the edge of an Arabic name (of any type) is no part of it
  («Previous عبدالعزيز السنيد», a web page's navigation glued to a name);
* a word written with tanween (ً ٌ ٍ) is an indefinite common word, an adverb or an
  accusative («شخصياً», «إياباً», «خلفًا», «أرضاً»), never part of a name: a mention ends
  before it, and one that starts with it is none.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from .conll import spans

ALI = "علي"
PREPOSITION = "على"
MIN_NAME = 4  # characters of the shortest one-word name left after trimming Latin words
_LATIN = regex.compile(r"^\p{Latin}+$")
_ARABIC = regex.compile(r"\p{Arabic}")
_TANWEEN = regex.compile("[\u064b-\u064d]")
NAME_LABELS = ("PER", "LOC", "ORG")


def distinguishes_ali(text: str) -> bool:
    """Does the text write the preposition «على» with alef maqsura (so «علي» is a name)?"""
    return PREPOSITION in text


def ali_names(surfaces: Sequence[str], joined: Sequence[bool], tags: list[str]) -> None:
    """«علي» (surface spelling) right before a person mention opens it, unless the mention
    is joined to it by «و» (``joined[i]``: word ``i`` carries a «و» proclitic)."""
    for i in range(1, len(tags)):
        if tags[i] == "B-PER" and tags[i - 1] == "O" and surfaces[i - 1] == ALI \
                and not joined[i]:
            tags[i - 1], tags[i] = "B-PER", "I-PER"


def ali_after(surfaces: Sequence[str], tags: list[str]) -> None:
    """The surface «علي» right after a person mention is the next name of its chain
    («محمد علي النقي», «نجلاء علي الشرقي»): it joins the mention, and so does a person
    mention or a definite nisba word («ال…ي») right after it."""
    for i in range(1, len(tags) - 1):
        if surfaces[i] != ALI or tags[i] != "O" or tags[i - 1] not in ("B-PER", "I-PER"):
            continue
        tags[i] = "I-PER"
        nxt = surfaces[i + 1]
        if tags[i + 1] == "B-PER" or tags[i + 1] == "O" and nxt.startswith("ال") \
                and nxt.endswith("ي") and len(nxt) > 4:
            tags[i + 1] = "I-PER"  # a joined mention's other words are I-PER already


def trim_preposition(surfaces: Sequence[str], tags: list[str]) -> None:
    """In a text that tells «على» from «علي», the surface «على» leaves the edges of a person
    mention («البكري على» → «البكري»)."""
    _trim_edges(surfaces, tags, lambda word: word == PREPOSITION, 1, ("PER",))


def trim_latin(surfaces: Sequence[str], tags: list[str]) -> None:
    """Latin words leave the edges of a person mention that has Arabic words, and the start
    of any other mention (a company's Latin name after «شركة» stays)."""
    _trim_edges(surfaces, tags, lambda word: _LATIN.match(word) is not None, MIN_NAME,
                ("PER", "LOC", "ORG", "MISC"))


def _trim_edges(surfaces: Sequence[str], tags: list[str], drop: Callable[[str], bool],
                shortest: int, labels: Sequence[str]) -> None:
    """Words for which ``drop`` holds leave the edges of every mention with one of
    ``labels`` that keeps an Arabic word (only the start of a non-person); a one-word rest
    shorter than ``shortest`` characters goes too."""
    for lo, hi, label in spans(tags):
        if label not in labels \
                or not any(_ARABIC.search(w) and not drop(w) for w in surfaces[lo:hi]) \
                or not (drop(surfaces[lo]) or drop(surfaces[hi - 1])):
            continue
        while lo < hi and drop(surfaces[lo]):
            tags[lo] = "O"
            lo += 1
        while hi > lo and drop(surfaces[hi - 1]) and label == "PER":  # «شركة EURO SPORT»
            tags[hi - 1] = "O"
            hi -= 1
        if hi - lo == 1 and len(surfaces[lo]) < shortest:
            tags[lo] = "O"  # nothing of a name is left («الـF» → «الـ»)
        elif lo < hi:
            tags[lo] = "B-" + label


def trim_tanween(surfaces: Sequence[str], tags: list[str]) -> None:
    """A PER, LOC or ORG mention ends before its first word with tanween («فهد شخصياً» →
    «فهد»); a mention that opens with such a word is dropped («أرضاً»)."""
    for lo, hi, label in spans(tags):
        if label not in NAME_LABELS:
            continue  # currencies are MISC («ريالاً»)
        cut = next((i for i in range(lo, hi) if _TANWEEN.search(surfaces[i])), None)
        if cut is None:
            continue
        for i in range(lo if cut == lo else cut, hi):
            tags[i] = "O"
