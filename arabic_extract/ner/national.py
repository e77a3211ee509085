"""Bodies named after a nation or a place are organizations (the project's guidelines:
teams, federations, armed forces, companies, police): «الاتحاد السعودي», «المنتخب المصري»,
«الجيش العراقي» (a head and a nationality), «بورصة نيويورك», «جامعة بغداد», «شرطة مدينة
لافاييت» (an organization head and a place mention).  Applied by ``Rules.sentence`` on
normalized clitic-free stems, to words the CRF left ``O`` (or read as a place).
"""
from __future__ import annotations

from functools import lru_cache

from collections.abc import Sequence

from ..normalize import normalize
from ..resources import word_list
from .tagging import mention_end, one_loc, put_label

#: definite heads of national bodies (normalized)
NATIONAL_HEADS = frozenset(normalize(w) for w in (
    "الاتحاد", "المنتخب", "الجيش", "البرلمان", "الكونغرس", "الحرس"))
#: organization heads that take a place as their name, besides named_org_heads.txt (not
#: «قناة»: «قناة السويس» is the canal)
PLACE_HEADS = frozenset(normalize(w) for w in ("بورصة", "سفارة", "قنصلية", "بلدية", "أمانة",
                                               "محكمة", "جامعة", "اتحاد", "غرفة",
                                               "مولودية"))
NOT_PLACE_HEADS = frozenset({normalize("قناة")})
#: administrative words between the head and the place («شرطة مدينة لافاييت»)
ADMIN_WORDS = frozenset(normalize(w) for w in ("مدينة", "محافظة", "ولاية", "منطقة", "إمارة"))
LONGEST_PLACE = 3


@lru_cache(maxsize=1)
def nationalities() -> frozenset[str]:
    """Normalized one-word nationality adjectives, masculine and feminine (read once)."""
    words = {normalize(w) for w in word_list("ner", "data", "nationality_adjectives.txt")
             if " " not in w}
    return frozenset(words | {w + "ه" for w in words})


def _free_word(tags: Sequence[str], k: int) -> bool:
    """Is word ``k`` untagged, or a one-word place the CRF made of a nisba?"""
    return k < len(tags) and (tags[k] == "O" or one_loc(tags, k))


def national_rule(stems: Sequence[str], tags: list[str], adjectives: frozenset[str]) -> None:
    """«definite head + nationality adjective» is one ORG mention."""
    if NATIONAL_HEADS.isdisjoint(stems):
        return
    for i, stem in enumerate(stems[:-1]):
        if stem in NATIONAL_HEADS and tags[i] == "O" and stems[i + 1] in adjectives \
                and _free_word(tags, i + 1):
            put_label(tags, i, i + 2, "ORG")


def _adjective(stem: str) -> bool:
    """A definite nisba adjective («الأدبي», «الدولية»)."""
    return stem.startswith("ال") and len(stem) > 4 and stem.endswith(("ي", "يه"))


def place_end(stems: Sequence[str], tags: Sequence[str], start: int,
              norms: Sequence[str] | None = None) -> int:
    """End of a place mention of at most :data:`LONGEST_PLACE` words at ``start`` (after an
    untagged administrative word), or 0; with ``norms``, neither may carry a proclitic
    («مستشفى بالطائف» is a hospital in Taif)."""
    def bare(k: int) -> bool:
        return norms is None or norms[k] == stems[k]

    if start < len(stems) and tags[start] == "O" and stems[start] in ADMIN_WORDS and bare(start):
        start += 1
    if norms is not None and (start >= len(stems) or not bare(start)):
        return 0
    end = mention_end(tags, start, "LOC")
    return end if start < end <= start + LONGEST_PLACE else 0


def place_body_rule(stems: Sequence[str], tags: list[str], heads: frozenset[str]) -> None:
    """«organization head + place mention (+ nisba adjectives)» is one ORG mention
    («بورصة نيويورك», «نادي الباحة الأدبي»)."""
    if heads.isdisjoint(stems):
        return
    for i, stem in enumerate(stems[:-1]):
        if stem in heads and tags[i] == "O":
            end = place_end(stems, tags, i + 1)
            while end and end < len(stems) and tags[end] == "O" and _adjective(stems[end]):
                end += 1  # «نادي الباحة الأدبي»
            if end:
                put_label(tags, i, end, "ORG")
