"""A definite verbal noun after a body's name opens the verb's object, not the name:
«قرر مجلس الوزراء [الموافقة] على …» → «مجلس الوزراء», «أعلن مجلس الشورى [البدء] في …».
In a construct chain only the last noun takes the article, so a definite noun right after
another definite word (no «و» before it) that is no adjective can not continue the name;
the verbal nouns are curated (``verbal_noun_objects.txt``: «الموافقة», «الإعلان», «البدء»),
no field of activity («هيئة التعليم» stays).  The mention loses such a word at its end.
Applied after the sentence rules, on normalized words."""
from __future__ import annotations

from collections.abc import Sequence

from .conll import spans
from .wordlists import ner_words

LABELS = frozenset({"ORG", "LOC"})


def verbal_noun_objects() -> frozenset[str]:
    return ner_words("verbal_noun_objects.txt")


def trim_masdar_tails(norms: Sequence[str], tags: list[str], masdars: frozenset[str]) -> None:
    """Untag a listed verbal noun ending an organization after a definite word (module doc;
    tags changed in place)."""
    for lo, hi, label in spans(tags):
        if label in LABELS and hi - lo >= 2 and norms[hi - 1] in masdars \
                and norms[hi - 2].startswith("ال"):
            tags[hi - 1] = "O"
