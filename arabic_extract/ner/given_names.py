"""A common given name the tagger left out right before a one-word family name it tagged:
«مسؤول اللجنة زكية [الخضراوي]», «أكد عمر [أبو العيش] السفير …» → the whole name is one
person mention.  The given name is a common one (``quotes/data/given_names.txt``), or a
woman's name in ة that the lexicon knows as a person's name right after a title or the
name of the body she works for («مديرة جمعية … بجيزان منى [رزيق]»; not «نشر رواية [بدرية]»,
«عندي وصفة [حلو]»: «رواية», «وصفة» are nouns in ة too).  Neither word carries a clitic
(«وعمر» is also "and he built", «أحمد [وكريستينا]» two people), and names that are also
common words are left out (``ner/data/ambiguous_given_names.txt``: «المتحدث باسم [فلان]»).
A common foreign given name in Arabic transliteration (``ner/data/foreign_given_names.txt``)
joins the same way («بنيامين [نتنياهو]», «أشلي [يونغ]»).
The tagged mention must be a bare family name (one word, or «أبو/ابن/بن + word»), not a
full name of its own («محمد [أحمد علي]»)."""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..normalize import normalize
from ..resources import word_list
from .lexicon import GIVEN_NAME_KINDS, Lexicon
from .wordlists import ner_words

#: words that open a family name of two words («أبو العيش», «بن لادن»)
_FAMILY_OPENERS = frozenset({"ابو", "ابن", "بن"})


@lru_cache(maxsize=None)
def common_given_names() -> frozenset[str]:
    """The listed given names of both genders, normalized."""
    return frozenset(normalize(w) for w in word_list("quotes", "data", "given_names.txt")
                     if not w.startswith("["))


@lru_cache(maxsize=None)
def foreign_given_names() -> frozenset[str]:
    """Common foreign given names in Arabic transliteration («بنيامين», «أشلي»)."""
    return ner_words("foreign_given_names.txt")


def ambiguous_given_names() -> frozenset[str]:
    """Listed given names that are also common words («باسم», «حصة», «مني»)."""
    return ner_words("ambiguous_given_names.txt")


def _given(norms: Sequence[str], stems: Sequence[str], tags: Sequence[str], k: int,
           lex: Lexicon) -> bool:
    norm = norms[k]
    if norm != stems[k] or len(norm) < 3 or norm in ambiguous_given_names():
        return False
    if norm in common_given_names() or norm in foreign_given_names():
        return True
    female = norm.endswith("ه") and len(norm) > 3 and not norm.startswith("ال")
    if not female or lex.words.get(norm, frozenset()).isdisjoint(GIVEN_NAME_KINDS):
        return False
    before = tags[k - 1] if k else "O"
    return before.endswith(("-ORG", "-LOC")) or k > 0 and "TITLE" in lex.words.get(
        stems[k - 1], frozenset())


def _family_end(norms: Sequence[str], tags: Sequence[str], k: int) -> int | None:
    """The end of a bare family-name mention starting at ``k``, else None."""
    end = k + 1
    while end < len(tags) and tags[end] == "I-PER":
        end += 1
    size = end - k
    if size == 1 or size == 2 and norms[k] in _FAMILY_OPENERS:
        return end
    return None


def join_given_names(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                     lex: Lexicon) -> None:
    """Join an untagged given name to the family name after it (tags changed in place)."""
    for k in range(len(tags) - 1):
        if tags[k] != "O" or tags[k + 1] != "B-PER" or not _given(norms, stems, tags, k, lex):
            continue
        if norms[k + 1] in common_given_names() or norms[k + 1] in foreign_given_names() \
                or norms[k + 1] != stems[k + 1] \
                or _family_end(norms, tags, k + 1) is None:
            continue
        tags[k], tags[k + 1] = "B-PER", "I-PER"
