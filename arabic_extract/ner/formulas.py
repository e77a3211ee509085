"""Religious formulas are no names: «وتم بتوفيق الله تدمير …», «نجحت بحمد الله»,
«نحمد الله», «خدمة ضيوف الرحمن», «ولله الحمد».  The model reads «توفيق»/«حمد» + «الله»
as a given name + family name; a mention that opens with a formula word of
``formula_words.txt`` and a name of God (either order) is untagged.  Applied after the
sentence rules, on clitic-free stems (and the words before stripping, for «ولله»)."""
from __future__ import annotations

from collections.abc import Sequence

from .conll import spans
from .consistency import divine_names
from .wordlists import ner_words

#: names of God that end or open a formula, as written with a preposition («لله الحمد»)
#: or as an epithet («ضيوف الرحمن»); the given names «عبد الرحمن» are no formula
GOD = frozenset({"الرحمن", "لله", "ولله", "فلله"})


def formula_words() -> frozenset[str]:
    return ner_words("formula_words.txt")


def god_names() -> frozenset[str]:
    return divine_names() | GOD


def _formula(first: str, second: str, words: frozenset[str], god: frozenset[str]) -> bool:
    return (first in words and second in god) or (first in god and second in words)


def drop_formulas(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                  words: frozenset[str], god: frozenset[str]) -> None:
    """Untag every mention whose first two words are a formula word of ``words`` and a
    name of God of ``god`` (tags changed in place)."""
    if god.isdisjoint(stems) and god.isdisjoint(norms):
        return
    for lo, hi, _ in spans(tags):
        if hi - lo < 2:
            continue
        if _formula(stems[lo], stems[lo + 1], words, god) or \
                _formula(norms[lo], norms[lo + 1], words, god):
            tags[lo:hi] = ["O"] * (hi - lo)
