"""ORG, PER or LOC mentions that describe a thing and name none.

* A head followed by an adjective of an activity, a season, a treatment or a body system
  (``activity_adjectives.txt``) is a description: «البرنامج التدريبي الأول للمتحدثين»,
  «البرنامج الصيفي للطلاب», «النادي الصيفي للنزيلات», «الجهاز العصبي للإنسان».  A body's
  name takes an identifying adjective instead («البرنامج الوطني للحرف», «البرنامج السعودي
  لكفاءة الطاقة»).  The whole ORG mention is untagged.
* The noun of a work (``work_nouns.txt``) is the head of a quoted title, no name:
  «وأوبريت "الحزم"», «مسرحية "العيال كبرت"».  It is untagged where it opens a mention.
Applied after the sentence rules, on clitic-free normalized stems."""
from __future__ import annotations

from collections.abc import Sequence

from .conll import spans
from .wordlists import ner_words


def description_words() -> tuple[frozenset[str], frozenset[str]]:
    """(activity adjectives, work nouns)."""
    return ner_words("activity_adjectives.txt"), ner_words("work_nouns.txt")


def drop_activity_bodies(stems: Sequence[str], tags: list[str],
                         adjectives: frozenset[str]) -> None:
    """Untag an ORG mention whose second word is an activity adjective (in place)."""
    for lo, hi, label in spans(tags):
        if label == "ORG" and hi - lo > 1 and stems[lo + 1] in adjectives:
            tags[lo:hi] = ["O"] * (hi - lo)


def drop_work_nouns(stems: Sequence[str], tags: list[str], works: frozenset[str]) -> None:
    """Untag a work noun that opens a PER, LOC or ORG mention (in place); a title after it
    in the same mention stays a mention of its own («مسلسل باب الحارة» → «باب الحارة»)."""
    for lo, hi, label in spans(tags):
        if label in ("PER", "LOC", "ORG") and stems[lo] in works:
            tags[lo] = "O"
            if hi - lo > 1:
                tags[lo + 1] = f"B-{label}"
