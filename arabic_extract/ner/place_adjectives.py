"""Nationality adjectives that the tagger took into a name they only describe.

* A place named without the article, then a nationality adjective: the adjective says where
  the place is and is no part of its name (the guidelines: adjectives are not mentions):
  «سان فرانسيسكو [الأمريكية]», «زيوريخ [السويسرية]».  Not «العربية», «الدولي» and the
  regions' adjectives, which end official names («مصر العربية», «مطار … الدولي»), nor a
  phrase of the place lists.  The tagger may also read the adjective as a place of its own,
  right after the place it describes («مدينة سوسة [التونسية]», «ميلانو [الإيطالية]»): a
  one-word place mention, with no clitic, made of such an adjective and written right after
  another mention, is untagged.
* A plural body noun (``plural_agreement_heads.txt``: «قوات», «أجهزة», «عناصر»), a definite
  masculine noun, then a feminine nationality adjective: the adjective agrees with the
  plural noun, not with the masculine one, so «قوات الأمن الأفغانية» is «forces of
  security, Afghan»: the common phrase names no body, and the CRF's «الأمن الأفغانية» is
  untagged (the guidelines: a common noun with a nationality is no name).

Applied after the sentence rules, on clitic-free stems."""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..normalize import normalize
from .conll import spans
from .tagging import is_definite, put_label
from .wordlists import ner_words

#: adjectives of the nationality list that end official names («مصر العربية», «مطار … الدولي»)
#: or name a region, not a country
NAME_ADJECTIVES = frozenset(normalize(w + end) for w in (
    "العربي", "الخليجي", "الأوروبي", "الآسيوي", "الأفريقي", "الإفريقي", "الدولي")
    for end in ("", "ة"))


@lru_cache(maxsize=1)
def plural_agreement_heads() -> frozenset[str]:
    return ner_words("plural_agreement_heads.txt")


def _feminine(stem: str) -> bool:
    return stem.endswith("ه")


def _masculine_noun(stem: str) -> bool:
    """A definite noun that takes a masculine adjective: no «ة», no sound plural «ات»."""
    return is_definite(stem) and not stem.endswith(("ه", "ات", "ى", "اء"))


def trim_place_adjectives(stems: Sequence[str], tags: list[str],
                          nationalities: frozenset[str],
                          places: frozenset[tuple[str, ...]]) -> None:
    """«place + nationality adjective» → the place alone (module doc)."""
    for lo, hi, label in sorted(spans(tags)):
        if label != "LOC" or hi - lo < 2 or is_definite(stems[lo]):
            continue
        last = stems[hi - 1]
        if last in nationalities and last not in NAME_ADJECTIVES \
                and tuple(stems[lo:hi]) not in places:
            put_label(tags, lo, hi - 1, "LOC")
            tags[hi - 1] = "O"


def drop_split_adjectives(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                          nationalities: frozenset[str],
                          places: frozenset[tuple[str, ...]]) -> None:
    """Untag «mention + [nationality adjective]» read as a place of its own (module doc)."""
    for lo, hi, label in sorted(spans(tags)):
        if label != "LOC" or hi - lo != 1 or not lo or tags[lo - 1] == "O" \
                or norms[lo] != stems[lo]:
            continue
        if stems[lo] in nationalities and stems[lo] not in NAME_ADJECTIVES \
                and (stems[lo],) not in places:
            tags[lo] = "O"


def drop_plural_agreement(stems: Sequence[str], tags: list[str],
                          nationalities: frozenset[str]) -> None:
    """Untag «masculine noun + feminine nationality» after a plural body noun (module doc)."""
    heads = plural_agreement_heads()
    if heads.isdisjoint(stems):
        return
    for lo, hi, label in sorted(spans(tags)):
        if label == "ORG" and hi - lo == 2 and lo and tags[lo - 1] == "O" \
                and stems[lo - 1] in heads and _masculine_noun(stems[lo]) \
                and stems[lo + 1] in nationalities and _feminine(stems[lo + 1]):
            tags[lo:hi] = ["O", "O"]
