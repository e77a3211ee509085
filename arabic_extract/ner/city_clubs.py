"""In a sports report a town followed by a masculine nationality adjective is its club.

A town is feminine in Arabic («باريس الفرنسية»), a club is «النادي» and masculine:
«وسار دورتموند الألماني», «ضيفه بازل السويسري», «تعثر موناكو الفرنسي», «المنتقل إلى بورتو
البرتغالي» name the clubs.  The adjective stays out of the name (it is the club's
country).  «العربي» is left alone: it names regions too («المغرب العربي»).  Applied after
the sentence rules, on clitic-free stems, only in documents that read as sports reports."""
from __future__ import annotations

from collections.abc import Sequence

from .conll import spans

#: the longest town name read as a club («سان لورينزو»)
MAX_WORDS = 2
#: nationality adjectives that name regions too
REGION_ADJECTIVES = frozenset({"العربي", "الاسلامي", "الاوروبي", "الافريقي", "الاسيوي"})


def masculine_adjectives(nationalities: frozenset[str]) -> frozenset[str]:
    """The masculine definite nationality adjectives («الألماني», not «الألمانية»)."""
    return frozenset(w for w in nationalities if w.startswith("ال") and w.endswith("ي")
                     and w not in REGION_ADJECTIVES)


def city_clubs(stems: Sequence[str], tags: list[str], adjectives: frozenset[str],
               sports: bool | None) -> None:
    """A place mention of one or two words right before a masculine nationality adjective
    becomes an organization, in a sports report (tags changed in place)."""
    if not sports:
        return
    for lo, hi, label in spans(tags):
        if label == "LOC" and hi - lo <= MAX_WORDS and hi < len(tags) and tags[hi] == "O" \
                and stems[hi] in adjectives and all(s.isalpha() for s in stems[lo:hi]):
            tags[lo:hi] = ["B-ORG"] + ["I-ORG"] * (hi - lo - 1)
