"""A named hospital, clinic, hotel, mosque or museum is a place, whatever the rule that
tagged it: the rules of organizations read «مستشفى» as a body's head when a town names the
hospital («مستشفى [جازان] العام» → ORG), while a hospital named after a person («مستشفى
الملك فهد») is a place; the tagger reads a hotel's or a mosque's name alone as a company
or a body («فندق [شيراتون]», «مسجد [القبلتين]»).  The guidelines: named facilities are LOC.

* An ORG mention opened by a head of ``facility_org_heads.txt`` becomes LOC; a head marked
  «+» there («مدينة», «مجمع») only when an adjective of ``facility_kind_adjectives.txt``
  closes the name: «مدينة الملك عبدالله الاقتصادية», «مدينة الأمير … الرياضية» are places,
  «مدينة الملك عبدالعزيز للعلوم والتقنية» stays a body.
* A PER mention opened by an unmarked head, before a definite word, is the facility
  named after a family («جامع الراجحي»).
* An untagged unmarked head right before an ORG mention joins it as one LOC mention
  («فندق [بيبلوس]»), unless the mention opens with an organization's head (``OHEAD``:
  «مسجد [قوات الطوارئ]» names the body the mosque belongs to) or a proclitic («مسجد
  [لبيت] …»: a mosque near a house), or is one ordinary indefinite word (its form with
  the article is common: «مسجد [بني] في…», a mosque built in…).

Applied last among the sentence rules, on clitic-free stems."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..normalize import normalize
from ..resources import word_list
from ..entities.evidence import common_word
from .conll import spans
from .lexicon import Lexicon
from .tagging import is_definite, put_label
from .wordlists import ner_words

#: the lexicon kind of the words that head an organization's name («قوات», «إدارة»)
ORG_HEAD = "OHEAD"


@dataclass(frozen=True)
class FacilityHeads:
    """Facility heads (``plain``), those that need a kind adjective (``kinds``), and the
    kind adjectives."""

    plain: frozenset[str]
    kinds: frozenset[str]
    adjectives: frozenset[str]

    def all(self) -> frozenset[str]:
        return self.plain | self.kinds


@lru_cache(maxsize=1)
def facility_org_heads() -> FacilityHeads:
    rows = [line.split() for line in word_list("ner", "data", "facility_org_heads.txt")]
    plain = frozenset(normalize(r[0]) for r in rows if len(r) == 1)
    kinds = frozenset(normalize(r[0]) for r in rows if len(r) > 1 and r[1] == "+")
    return FacilityHeads(plain, kinds, ner_words("facility_kind_adjectives.txt"))


def _is_facility(stems: Sequence[str], lo: int, hi: int, label: str,
                 heads: FacilityHeads) -> bool:
    """Does the mention ``[lo, hi)`` name a facility by its head (module doc)?"""
    if hi - lo < 2:
        return False
    if label == "ORG":
        return stems[lo] in heads.plain or \
            stems[lo] in heads.kinds and stems[hi - 1] in heads.adjectives
    return label == "PER" and stems[lo] in heads.plain and is_definite(stems[lo + 1])


def _names_facility(norms: Sequence[str], stems: Sequence[str], lo: int, hi: int,
                    lex: Lexicon) -> bool:
    """Can the ORG mention ``[lo, hi)`` after a facility head be the facility's name?"""
    first = stems[lo]
    if norms[lo] != first or ORG_HEAD in lex.words.get(first, ()):
        return False
    return hi - lo > 1 or is_definite(first) or not common_word(first, lex.count)


def retype_facility_orgs(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                         heads: FacilityHeads, lex: Lexicon) -> None:
    """Retype to LOC the mentions that name a facility (tags changed in place)."""
    if heads.all().isdisjoint(stems):
        return
    for lo, hi, label in list(spans(tags)):
        if _is_facility(stems, lo, hi, label, heads):
            put_label(tags, lo, hi, "LOC")
        elif label == "ORG" and lo and tags[lo - 1] == "O" and stems[lo - 1] in heads.plain \
                and _names_facility(norms, stems, lo, hi, lex):
            put_label(tags, lo - 1, hi, "LOC")
