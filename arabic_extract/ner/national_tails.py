"""A body named by definite words keeps the nationality adjective that follows it:
«البنك المركزي» + «الياباني», «القوات المسلحة» + «الأمريكية».  The CRF often ends the
mention before an adjective it saw less often with that body; the adjective tells whose
body it is and belongs to the name like the one of «وزارة الخارجية الأمريكية».

Only a definite head + definite adjectives, the last agreeing in gender with the new one
(«قوات الأمن المركزي المصرية»: «المصرية» describes «قوات»), outside sports reports, where
a club with its country's adjective is described, not named («الترجي الجرجيسي التونسي»)."""
from __future__ import annotations

from collections.abc import Sequence

from .conll import spans
from .tagging import is_definite, is_nisba


def _adjective(stem: str) -> bool:
    """A definite adjective: nisba («المركزي») or feminine («المسلحة»)."""
    return is_definite(stem) and (is_nisba(stem) or stem.endswith("ه"))


def _agrees(last: str, adjective: str) -> bool:
    return last.endswith("ه") == adjective.endswith("ه")


def join_national_tails(stems: Sequence[str], tags: list[str], adjectives: frozenset[str],
                        sports: bool | None = False) -> None:
    """Extend an ORG mention «definite head + definite adjectives» over the untagged
    nationality adjective right after it."""
    if sports or adjectives.isdisjoint(stems):
        return
    for lo, hi, label in spans(tags):
        if label == "ORG" and hi - lo > 1 and hi < len(tags) and tags[hi] == "O" and \
                stems[hi] in adjectives and stems[hi].startswith("ال") and \
                is_definite(stems[lo]) and all(map(_adjective, stems[lo + 1:hi])) and \
                _agrees(stems[hi - 1], stems[hi]):
            tags[hi] = "I-ORG"
