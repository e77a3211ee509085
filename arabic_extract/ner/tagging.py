"""Helpers over a sentence's BIO tags and normalized clitic-free stems, shared by the rule
modules (:mod:`.rules`, :mod:`.patterns`, :mod:`.clubs`, :mod:`.sites`, :mod:`.national`,
:mod:`.consistency`)."""
from __future__ import annotations

from collections.abc import Sequence

#: articles words (ال…) that never continue a name
ARTICLE_STOP = frozenset({"الي", "الا", "الان", "الذي", "التي", "الذين", "اللذين", "اللتين",
                          "اللذان", "اللتان", "اللاتي", "اللواتي", "اللتي"})


def is_free(tags: list[str], lo: int, hi: int) -> bool:
    return hi <= len(tags) and all(t == "O" for t in tags[lo:hi])


def put_label(tags: list[str], lo: int, hi: int, label: str) -> None:
    tags[lo:hi] = [f"B-{label}"] + [f"I-{label}"] * (hi - lo - 1)


def is_definite(stem: str) -> bool:
    return stem.startswith("ال") and len(stem) > 3 and stem not in ARTICLE_STOP


def is_nisba(stem: str) -> bool:
    return stem.endswith(("ي", "يه", "يين", "يون"))


def definite_nisba(stem: str) -> bool:
    """A singular nisba adjective with the article («الذكي», «الدولية»)."""
    return is_definite(stem) and stem.endswith(("ي", "يه"))


def one_loc(tags: Sequence[str], i: int) -> bool:
    """Is word ``i`` a one-word LOC mention (a nisba the CRF read as the country)?"""
    return tags[i] == "B-LOC" and (i + 1 == len(tags) or not tags[i + 1].startswith("I-"))


def span_end(tags: Sequence[str], k: int) -> int:
    """End of the mention word ``k`` starts or continues, whatever its label: past the
    ``I-`` tags after it."""
    end = k + 1
    while end < len(tags) and tags[end].startswith("I-"):
        end += 1
    return end


def mention_end(tags: Sequence[str], start: int, label: str) -> int:
    """End of the ``label`` mention starting at ``start`` (``start`` itself when none does)."""
    if start >= len(tags) or tags[start] != f"B-{label}":
        return start
    end = start + 1
    while end < len(tags) and tags[end] == f"I-{label}":
        end += 1
    return end


def conjoined(norm: str, stem: str) -> bool:
    """Does the word carry a «و» proclitic its stem left out («والشباب» / «الشباب»)?"""
    return norm.startswith("و") and len(norm) > len(stem)


#: a preposition before the article («للسلام», «بالمدينة»): no genitive of a construct name
PREPOSITION_ARTICLE = ("لل", "بال", "كال")


def prepositional(norms: Sequence[str] | None, k: int) -> bool:
    """Is word ``k`` (of the words before clitic stripping) a preposition + definite noun?
    Then a head before it is indefinite and describes («مؤسسة للسلام»: a foundation for
    peace, «شركة للإنتاج»): it opens no name."""
    return norms is not None and k < len(norms) and norms[k].startswith(PREPOSITION_ARTICLE)
