"""An organization's name goes on after the rules stopped it (a late rule).

``head_rule`` takes only nisba or feminine adjectives after the genitive, so it cuts
«مديرية الأمن [العام]», «وزارة التعليم [العالي]», and no rule joins a second field with
«و»: «وزارة التربية [والتعليم]», «وزارة الشؤون الإسلامية [والأوقاف والدعوة والإرشاد]».
After a mention that opens with an organization or facility head and ends with a definite word
(or «لل» + a word), the name goes on over

* a masculine name adjective of ``org_name_adjectives.txt`` («العام», «العالي», «الأعلى»;
  also after a name: «مستشفى جازان العام»; not «العام» of «العام الماضي»),
* «و» + a definite field of ``org_conjunct_fields.txt`` or ``domain_nouns.txt``
  («والتعليم»; not a body or a person: «وزارة الحج والقطاعات الحكومية»), and a definite
  nisba adjective right after that field («للتنمية والتطوير [العمراني]»; not one of
  nationality or of time).  A nisba after the name itself stays out: it is mostly a
  description («حزب الله الموالي لإيران», «وكالة أنباء الإمارات الرسمية») or a noun
  («مكتب التحقيقات الفدرالي الجندي»).

Applied after the sentence rules, on normalized words and clitic-free stems."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..normalize import normalize
from .conll import spans
from .tagging import definite_nisba, is_definite
from .wordlists import ner_words

#: at most this many words are added to one name
LONGEST = 4


@dataclass(frozen=True)
class EndingWords:
    """The word lists of the rule (normalized)."""

    heads: frozenset[str]
    adjectives: frozenset[str]
    fields: frozenset[str]
    not_name: frozenset[str]

    @classmethod
    def load(cls, nationalities: frozenset[str] = frozenset()) -> EndingWords:
        return cls(ner_words("org_heads.txt") | ner_words("facility_heads.txt"),
                   ner_words("org_name_adjectives.txt"),
                   ner_words("org_conjunct_fields.txt") | ner_words("domain_nouns.txt"),
                   ner_words("not_name_adjectives.txt") | nationalities)


#: words after «العام» that make it «the year» («وزارة الصحة العام الماضي»)
YEAR_WORDS = frozenset(normalize(w) for w in (
    "الماضي", "المقبل", "الحالي", "الجاري", "القادم", "الدراسي", "المالي", "السابق",
    "المنصرم", "الهجري", "الميلادي", "نفسه", "ذاته"))
YEAR = normalize("العام")


def _ends_definite(norm: str, stem: str) -> bool:
    return is_definite(stem) or norm.startswith(("لل", "وال"))


def _year(norms: Sequence[str], k: int) -> bool:
    """Is word ``k`` «العام» meaning the year (a time word or a number after it)?"""
    after = norms[k + 1] if k + 1 < len(norms) else ""
    return norms[k] == YEAR and (after in YEAR_WORDS or after[:1].isdigit())


def _field(norm: str, fields: frozenset[str]) -> bool:
    """Is the word «و» + the article + a field («والتعليم», «والأوقاف»)?"""
    return norm.startswith("وال") and norm[3:] in fields


def _field_adjective(norm: str, stem: str, words: EndingWords) -> bool:
    """Is this word a nisba adjective that may follow a joined field («العمراني»)?"""
    return norm == stem and norm not in words.not_name and definite_nisba(stem)


def _end(norms: Sequence[str], stems: Sequence[str], tags: Sequence[str], hi: int,
         words: EndingWords) -> int:
    end, field = hi, False
    while end < min(len(tags), hi + LONGEST) and tags[end] == "O" and not _year(norms, end):
        norm, stem = norms[end], stems[end]
        if norm in words.adjectives and norm == stem:
            field = False  # «مستشفى جازان العام» also after a name
        elif _ends_definite(norms[end - 1], stems[end - 1]) and _field(norm, words.fields):
            field = True
        elif not (field and _field_adjective(norm, stem, words)):
            break
        end += 1
    return end


def join_org_endings(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                     words: EndingWords) -> None:
    """Extend organization mentions over the end of their name (module doc; tags changed
    in place)."""
    for lo, hi, label in sorted(spans(tags)):
        if label != "ORG" or hi - lo < 2 or stems[lo] not in words.heads:
            continue
        end = _end(norms, stems, tags, hi, words)
        tags[hi:end] = ["I-ORG"] * (end - hi)
