"""A two-word religious title before a name: «آية الله [علي خامنئي]», «حجة الإسلام [حسن
روحاني]» (``religious_titles.txt``; «العظمى» may follow the title).  The title is no part
of the person («[آية الله صادق لاريجاني]» → «[صادق لاريجاني]»), and its «الله» no divine
name («الله» alone, «الله الخميني» as MISC).  The name is the mention starting right after
the title, joined to an untagged given name before it («علي [السيستاني]»), or two untagged
name words («علي خامنئي»); no function word, verb or title.  Without a name after it the
title is left alone («آية الله في كتابه»).  Applied after the sentence rules, on
normalized words and clitic-free stems."""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..normalize import normalize
from ..resources import word_list
from .consistency import function_words
from .honorifics import role_words
from .lexicon import Lexicon
from .tagging import put_label, span_end
from .verbs import is_verb

#: an adjective that may follow the title («آية الله العظمى»)
GRAND = "العظمي"


@lru_cache(maxsize=None)
def religious_titles() -> frozenset[tuple[str, ...]]:
    """Normalized two-word titles (data/religious_titles.txt)."""
    return frozenset(tuple(normalize(w) for w in t.split())
                     for t in word_list("ner", "data", "religious_titles.txt"))


def _word(norms: Sequence[str], stems: Sequence[str], tags: Sequence[str], k: int,
          lex: Lexicon) -> bool:
    """Is word ``k`` an untagged word that can be part of a name?"""
    return k < len(stems) and tags[k] == "O" and stems[k].isalpha() and len(stems[k]) > 1 \
        and stems[k] not in function_words() and stems[k] not in role_words() \
        and not is_verb(norms[k], lex)


def _name_end(norms: Sequence[str], stems: Sequence[str], tags: Sequence[str], k: int,
              lex: Lexicon) -> int:
    """End of the name starting at ``k`` (``k`` when there is none)."""
    if k < len(tags) and tags[k] != "O":
        return span_end(tags, k)
    if not _word(norms, stems, tags, k, lex):
        return k
    if k + 1 < len(tags) and tags[k + 1].startswith("B-"):
        return span_end(tags, k + 1)
    return k + 2 if _word(norms, stems, tags, k + 1, lex) else k


def religious_names(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                    titles: frozenset[tuple[str, ...]], lex: Lexicon) -> None:
    """Untag the title and tag the name after it as PER (module doc; tags in place)."""
    for i in range(len(stems) - 2):
        if (stems[i], stems[i + 1]) not in titles:
            continue
        k = i + 3 if stems[i + 2] == GRAND else i + 2
        end = _name_end(norms, stems, tags, k, lex)
        if end > k:
            tags[i:k] = ["O"] * (k - i)
            put_label(tags, k, end, "PER")
