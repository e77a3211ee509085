"""The first word of a place name of two words or more is no place alone («سان» of «سان
بطرسبرج», «شبه» of «شبه الجزيرة», «خميس» of «خميس مشيط»; ``place_openers.txt``).  The
gazetteers list it and the tagger tags it alone: «في [سان] [بطرسبرج]», «من [شبه] المؤكد»,
«اللاعب عوض [خميس]».  A one-word LOC mention of such a word joins the LOC mention right after
it; with none after it, it is no mention.  Applied after the sentence rules, on clitic-free
stems.
"""
from __future__ import annotations

from collections.abc import Sequence

from .wordlists import ner_words


def place_openers() -> frozenset[str]:
    return ner_words("place_openers.txt")


def join_place_openers(stems: Sequence[str], tags: list[str], openers: frozenset[str]) -> None:
    """Join or drop the one-word LOC mentions of the words of ``openers`` (module doc)."""
    for i, stem in enumerate(stems):
        if tags[i] != "B-LOC" or stem not in openers \
                or i + 1 < len(tags) and tags[i + 1] == "I-LOC":
            continue
        if i + 1 < len(tags) and tags[i + 1] == "B-LOC":
            tags[i + 1] = "I-LOC"
        else:
            tags[i] = "O"
