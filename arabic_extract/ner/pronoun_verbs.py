"""A word of an imperfect verb or a verbal noun with a plural ending and an object pronoun is
no name: «سيستعبدونك», «ويؤذونك», «يقدمونها», «تمكينهم» (prefix ي/ت/ن, the future «س» and
«و»/«ف» allowed before it; ending ون/ين + ك/كم/ني/هم/ها/نا).  No given name, family name or
place is shaped so; the tagger reads a run of such rare words as a person («إذا كنت فتاة
[سيستعبدونك ويؤذونك]»).  A mention loses such words at its edges; one of such words alone is
no mention.  Applied after the sentence rules, on normalized words."""
from __future__ import annotations

from collections.abc import Sequence

import regex

from .conll import spans

_SHAPE = regex.compile(r"^[وف]?س?[يتن]\S{2,}(?:ون|ين)(?:ك|كم|ني|هم|ها|نا)$")


def pronoun_verb(norm: str) -> bool:
    return bool(_SHAPE.match(norm))


def trim_pronoun_verbs(norms: Sequence[str], tags: list[str]) -> None:
    """Trim or untag mentions at such words (module doc; tags changed in place)."""
    for lo, hi, label in spans(tags):
        first, last = lo, hi
        while first < last and pronoun_verb(norms[first]):
            first += 1
        while last > first and pronoun_verb(norms[last - 1]):
            last -= 1
        if (first, last) == (lo, hi):
            continue
        tags[lo:hi] = ["O"] * (hi - lo)
        if last > first:
            tags[first:last] = [f"B-{label}"] + [f"I-{label}"] * (last - first - 1)
