"""Acronyms written letter by letter with dots between («بي.بي.سي», «إتش. إس. بي. سي»,
«إس.إي.إس») are one name.  The tokenizer and the sentence splitter cut them at the dots,
and the tagger takes each letter for a name of its own («بي», «سي»).  Over the text of the
document: a chain of letter names (``letter_names.txt``) joined by dots, at least two
letters when no space follows a dot and three otherwise, becomes one mention when a mention
falls inside it (an organization when one of them is); an ORG mention that starts before
the chain and ends inside it («مجموعة إتش») goes on to the chain's end, and a mention that
starts inside the chain and goes on after it («اس.بي.دي.ار جولد شيرز», «بي.في.إم أويل»:
the tagger took the last letter and the words after it for a name) takes the joined
mention to its end.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from ..document import Mention
from ..resources import word_list


#: quote marks, which an acronym's name does not reach over
QUOTES = frozenset('«»"“”')


@lru_cache(maxsize=1)
def _chain() -> re.Pattern[str]:
    names = sorted(word_list("ner", "data", "letter_names.txt"), key=len, reverse=True)
    letter = "(?:" + "|".join(map(re.escape, names)) + ")"
    return re.compile(rf"(?<!\w){letter}(?:\. ?{letter})+(?![\w])")


def dotted_chains(text: str) -> list[tuple[int, int]]:
    """(start, end) of the acronyms of letter names with dots in ``text``."""
    chains = []
    for match in _chain().finditer(text):
        letters = match.group().count(".") + 1
        if letters >= 3 or " " not in match.group():
            chains.append(match.span())
    return chains


def _joined(text: str, lo: int, hi: int, inside: Sequence[Mention]) -> Mention:
    """One mention of the chain ``lo:hi``: an organization when any mention inside is one,
    and then from the start of an ORG mention that opens before it («مجموعة إتش»; not over a
    quote mark: «مجموعة «إتش»), up to the end of a mention that goes on after it."""
    label = "ORG" if any(m.label == "ORG" for m in inside) else inside[0].label
    start = min([lo] + [m.start for m in inside if m.label == label
                        and not QUOTES.intersection(text[m.start:lo])])
    end = max([hi] + [m.end for m in inside])
    return Mention(start, end, text[start:end], label)


def _goes_past(lo: int, hi: int, inside: Sequence[Mention]) -> bool:
    """Does a mention cross the chain's end other than one mention starting inside it?"""
    past = [m for m in inside if m.end > hi]
    return len(past) > 1 or any(m.start < lo for m in past)


def join_dotted(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """``mentions`` with those inside a dotted acronym joined into one (module doc); a
    mention of another type that opens before the chain goes («تلفزيون بي» PER)."""
    result = list(mentions)
    for lo, hi in dotted_chains(text):
        inside = [m for m in result if m.end > lo and m.start < hi]
        if not inside or _goes_past(lo, hi, inside):
            continue
        result = [m for m in result if m not in inside] + [_joined(text, lo, hi, inside)]
    return sorted(result, key=lambda m: m.start)
