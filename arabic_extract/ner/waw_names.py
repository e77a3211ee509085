"""«و» before a name that a gazetteer lists with the mention's type: «وبلغاريا»,
«ولوكسمبورغ», «وصبراتة», «وشيبان».  The proclitic stripping (:mod:`.clitics`) decides by
corpus counts, and a rare name written with «و» about as often as without keeps it; the
mention then starts after the «و» when the word without it is a listed name of the
mention's type and the whole word is not («وسام», «وهران», «واشنطن» are names as
written)."""
from __future__ import annotations

from collections.abc import Mapping

from ..document import Token

#: gazetteers that list a name of each mention type (see :data:`.lexicon.GAZETTEERS`)
TYPE_GAZETTEERS = {"PER": frozenset({"PER", "MPER"}), "LOC": frozenset({"LOC", "MLOC"}),
                   "ORG": frozenset({"ORG", "MORG"})}
#: the shortest name after «و»
SHORTEST = 3


def listed_after_waw(words: Mapping[str, frozenset[str]], token: Token, label: str) -> bool:
    """Is ``token`` «و» + a listed name of type ``label``, and no listed name itself?"""
    norm = token.norm
    if not norm.startswith("و") or len(norm) - 1 < SHORTEST or not token.text.startswith("و"):
        return False
    gaz = TYPE_GAZETTEERS.get(label, frozenset())
    return bool(gaz & words.get(norm[1:], frozenset())) and \
        not words.get(norm, frozenset()) & (gaz | {"X" + label})
