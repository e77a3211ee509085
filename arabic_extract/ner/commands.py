"""«قيادة» + a word that is no armed force is leadership, not a command: «تحت قيادة المنتخب»,
«بقيادة الملك», «قيادة الدراجات النارية».  An ORG mention that starts with «قيادة» is
untagged unless its next word (with or without the article) is in ``command_words.txt``
(«قيادة القوات المشتركة», «قيادة الجيش اللبناني», «قيادة الشرطة الاتحادية»).  Applied after
the sentence rules, on clitic-free stems; «القيادة العامة», «مجلس قيادة الثورة» are not
concerned."""
from __future__ import annotations

from collections.abc import Sequence

from ..normalize import normalize
from .conll import spans
from .wordlists import ner_words

#: the head «قيادة» (normalized)
LEADERSHIP = normalize("قيادة")


def command_words() -> frozenset[str]:
    return ner_words("command_words.txt")


def drop_leadership(stems: Sequence[str], tags: list[str], commands: frozenset[str]) -> None:
    """Untag an ORG mention «قيادة» + a word that is no armed force (in place)."""
    for lo, hi, label in spans(tags):
        if label == "ORG" and hi - lo > 1 and stems[lo] == LEADERSHIP:
            word = stems[lo + 1]
            if (word[2:] if word.startswith("ال") else word) not in commands:
                tags[lo:hi] = ["O"] * (hi - lo)
