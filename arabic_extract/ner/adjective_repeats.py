"""A nationality adjective after a definite noun describes the noun: it is no name.

A surname that is a nationality adjective («نبيل العربي», «عبدالله التركي», «اللواء
السويدي») is spread over the article, and so is a club or a person the tagger read in the
adjective alone; the spreading then tags the adjective wherever it stands: «العمل العربي
المشترك», «الأمن القومي العربي», «النظام المصري», «الدوري المصري», «الحارس الكوستاريكي».
A one-word mention made of a definite nationality adjective right after a definite word is
untagged, unless that word is an honorific or a rank that goes before names («الدكتور
العربي», «اللواء السويدي»: the surname).  Diplomatic and political titles describe
(«السفير التركي», «الوزير المصري», «المستشار الألماني»), so they do not keep it.  Person
and organization mentions only: «السعودية» after «والصين» is the country.  Applied
after the spreading, on clitic-free stems."""
from __future__ import annotations

from collections.abc import Sequence

from ..normalize import normalize
from .conll import spans
from .tagging import is_definite
from .wordlists import ner_words

#: a country's name is also its feminine adjective («السعودية»): places keep theirs
LABELS = frozenset({"PER", "ORG"})
#: honorifics of ``person_honorifics.txt`` that are also descriptions of office
OFFICES = frozenset(normalize(w) for w in (
    "السفير", "السفيرة", "القنصل", "الوزير", "الأمير", "الأميرة", "المستشار", "المستشارة"))


def name_honorifics() -> frozenset[str]:
    """Honorifics and ranks after which a nationality adjective is a surname."""
    return ner_words("person_honorifics.txt") - OFFICES


def drop_adjective_repeats(sentences: Sequence[tuple[Sequence[str], list[str]]],
                           nationalities: frozenset[str], honorifics: frozenset[str]) -> None:
    """Untag one-word nationality adjectives after a definite word (module doc; tags
    changed in place)."""
    for stems, tags in sentences:
        if nationalities.isdisjoint(stems):
            continue
        for lo, hi, label in spans(tags):
            if hi - lo == 1 and lo > 0 and label in LABELS and stems[lo] in nationalities \
                    and is_definite(stems[lo]) and is_definite(stems[lo - 1]) \
                    and stems[lo - 1] not in honorifics:
                tags[lo] = "O"
