"""A continent's mention the tagger cut out of a listed region that compass words open goes
on over them: «شمال [أفريقيا]», «جنوب شرق [آسيا]» are regions, not the continent.  When one
or two untagged compass words (``compass_words.txt``, with the continents) before a LOC
mention of a continent make, with it, a phrase of the place lists (``loc_world.txt``,
``gaz_loc.txt``, ``loc_curated.txt``), the mention takes them; not before a country («جنوب
لبنان»: the south of the country), and other listed heads stay out («مدينة حمص» is «حمص»).  Applied after the sentence rules, on clitic-free stems (the first
word may carry a proclitic: «بجنوب السودان»)."""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .conll import spans
from .tagging import put_label
from .wordlists import ner_words

LONGEST = 2


@lru_cache(maxsize=1)
def compass_words() -> tuple[frozenset[str], frozenset[str]]:
    """(compass words, continents), normalized."""
    entries = ner_words("compass_words.txt")
    return (frozenset(e for e in entries if not e.startswith("=")),
            frozenset(e[1:].strip() for e in entries if e.startswith("=")))


def _start(stems: Sequence[str], tags: Sequence[str], lo: int, hi: int,
           places: frozenset[tuple[str, ...]]) -> int:
    """Start of the longest listed place «compass words + the mention ``[lo, hi)``» (``lo``
    when none is)."""
    compass, continents = compass_words()
    if tuple(stems[lo:hi]) not in {(c,) for c in continents}:
        return lo
    for before in range(LONGEST, 0, -1):
        start = lo - before
        if start >= 0 and all(t == "O" for t in tags[start:lo]) \
                and all(s in compass for s in stems[start:lo]) \
                and tuple(stems[start:hi]) in places:
            return start
    return lo


def join_listed_extents(stems: Sequence[str], tags: list[str],
                        places: frozenset[tuple[str, ...]]) -> None:
    """Extend LOC mentions over the compass words of a listed place (module doc)."""
    for lo, hi, label in sorted(spans(tags)):
        if label == "LOC":
            start = _start(stems, tags, lo, hi, places)
            if start != lo:
                put_label(tags, start, hi, "LOC")
