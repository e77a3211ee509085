"""The title «ولي العهد» (crown prince) is no part of a name (a late rule).

The tagger runs a prince's name on over his title: «الأمير محمد بن نايف [ولي العهد]»,
«… بن سلمان [وليا لولي العهد]»; the rules cut «ولي» as a title word and leave «العهد» (or
«وليا» without its «و»: «يا») as a one-word person, which the document then spreads to
every «ولي العهد».  Every word of «ولي العهد», «وليا للعهد», «ولي ولي العهد», «ولي عهده»
(any proclitic on «ولي») is untagged, and a name word after the title opens a new mention.
Applied after the sentence rules, on normalized words."""
from __future__ import annotations

from collections.abc import Sequence

from ..entities.names import PROCLITICS
from ..normalize import normalize

#: «ولي» as a noun (nominative/genitive, accusative «وليا»), without its proclitics
GUARDIAN = frozenset(normalize(w) for w in ("ولي", "وليا", "وليًا"))
#: «العهد» after it, also with «ل» or a possessive («للعهد», «عهده»)
SUCCESSION = frozenset(normalize(w) for w in ("العهد", "للعهد", "عهده", "عهدهم"))


def _guardian(norm: str) -> bool:
    return norm in GUARDIAN or (norm[:1] in PROCLITICS and norm[1:] in GUARDIAN)


def _title_end(norms: Sequence[str], i: int) -> int:
    """End of the title «ولي (ولي) العهد» opening at word ``i``, or ``i`` if none."""
    if not _guardian(norms[i]):
        return i
    j = i
    while j < len(norms) and j - i < 3 and _guardian(norms[j]):
        j += 1
    if j > i and j < len(norms) and norms[j] in SUCCESSION:
        return j + 1
    return i


def untag_crown_titles(norms: Sequence[str], tags: list[str]) -> None:
    """Untag the words of «ولي العهد» titles (module doc; tags changed in place)."""
    i = 0
    while i < len(norms):
        end = _title_end(norms, i)
        if end == i:
            i += 1
            continue
        if any(tag.endswith("PER") for tag in tags[i:end]):
            tags[i:end] = ["O"] * (end - i)
            if end < len(tags) and tags[end].startswith("I-"):
                tags[end] = "B-" + tags[end][2:]
        i = end
