"""A listed given name alone, then a rare definite word: the word is its family name
(«عبدالله المريبض», «حاتم الطائي»), which the tagger left out.  The word has the article,
its bare form is (almost) no corpus word, so it is no common noun or adjective with the
article («عبدالله الأسبوع» stays), and it is rare itself.  Applied after the sentence
rules, on normalized words and clitic-free stems."""
from __future__ import annotations

from collections.abc import Sequence

from .conll import spans
from .lexicon import Lexicon

#: the bare form (without «ال») at most this frequent in the corpus
BARE_MAX = 4
#: the word itself less frequent than this
WORD_MAX = 300


def _family_name(word: str, lex: Lexicon) -> bool:
    return word.startswith("ال") and len(word) > 4 and lex.count(word[2:]) <= BARE_MAX \
        and lex.count(word) < WORD_MAX


def join_surnames(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                  lex: Lexicon) -> None:
    """A one-word PER that is a listed given name takes a rare definite word after it
    (tags changed in place)."""
    for lo, hi, label in spans(tags):
        if label != "PER" or hi - lo != 1 or hi >= len(tags) or tags[hi] != "O":
            continue
        if norms[lo] == stems[lo] and "PER" in lex.words.get(stems[lo], frozenset()) \
                and norms[hi] == stems[hi] and _family_name(norms[hi], lex):
            tags[hi] = "I-PER"
