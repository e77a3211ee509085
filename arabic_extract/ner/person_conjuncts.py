"""«X Y وZ W» inside one person mention is two full names joined by «و» («آدم سميث وكارل
ماركس»), also when the «و» is glued to a foreign given name that no list knows («وكارس»),
so that neither the corpus counts nor the listed names split it
(:func:`.boundaries.split_listed_conjuncts`).  Split at such a word only between two full
names: at least two words on each side, the word before it no name link («بن», «أبو»,
«عبد»), and the word with its «و» is no known name itself («وليد», «وائل», «ويليام» stay).
Applied after the sentence rules, on normalized words and clitic-free stems."""
from __future__ import annotations

from collections.abc import Sequence

from .conll import spans
from .lexicon import Lexicon

#: words after which the next is part of the same name
NAME_LINKS = frozenset({"بن", "ابن", "بنت", "ابو", "ابي", "ام", "عبد", "ال", "آل", "ولد"})
#: lexicon kinds of a word that names something (then it is no «و» + name)
NAME_KINDS = frozenset({"PER", "MPER", "XPER", "LOC", "MLOC", "XLOC", "ORG", "MORG", "XORG"})
#: the word with its «و» this rare in the corpus at most
RARE = 2
SHORTEST = 4


def _split_here(norms: Sequence[str], stems: Sequence[str], i: int, lex: Lexicon) -> bool:
    norm = norms[i]
    return norm.startswith("و") and norm == stems[i] and len(norm) >= SHORTEST \
        and not norm.startswith("وو") and norms[i - 1] not in NAME_LINKS \
        and lex.count(norm) <= RARE and not lex.curated_name(norm) \
        and lex.words.get(norm, frozenset()).isdisjoint(NAME_KINDS)


def split_person_conjuncts(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                           lex: Lexicon) -> None:
    """Open a new person at «و» + an unknown name between two full names (module doc; tags
    changed in place)."""
    for lo, hi, label in spans(tags):
        if label != "PER":
            continue
        for i in range(lo + 2, hi - 1):
            if _split_here(norms, stems, i, lex):
                tags[i] = "B-PER"
                break
