"""A plural head before names («شركات سابك», «شركات سامسونغ وإل جي وقوقل»): the head is
no part of any name, and each name joined to the first by «و» is a mention of the first's
type.  The CRF and ``named_org_rule`` keep the head («شركات سابك», like «شركة سابك») and
stop at the first «و»; a plural head names several bodies, so it opens none of them.

A joined word is a name when it is listed as one of that type, rare in the news, or a
spelled Latin letter («إل جي»: ``letter_names.txt``); common words end the list («شركات
سابك والبنوك»).  Heads: ``plural_org_heads.txt``."""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .conll import spans
from .lexicon import Lexicon
from .tagging import is_definite
from .wordlists import ner_words

#: a joined word rarer than this in the news may be a name
RARE_NAME = 50
#: words of one joined name at most («وإل جي», «وكوكا كولا»)
MAX_WORDS = 2


@lru_cache(maxsize=1)
def plural_heads() -> frozenset[str]:
    return ner_words("plural_org_heads.txt")


@lru_cache(maxsize=1)
def letter_names() -> frozenset[str]:
    return ner_words("letter_names.txt")


def _name_word(word: str, label: str, lex: Lexicon) -> bool:
    return word in letter_names() or label in lex.words.get(word, ()) or \
        (len(word) > 2 and word.isalpha() and not word.startswith("ال")
         and lex.count(word) < RARE_NAME)


def _joined_name(norms: Sequence[str], tags: Sequence[str], j: int, label: str,
                 lex: Lexicon) -> int:
    """End of a name joined by «و» at word ``j`` (``j`` when there is none; a one-word
    mention of ``label`` there is passed over)."""
    if j < len(tags) and tags[j] == f"B-{label}" and \
            (j + 1 == len(tags) or tags[j + 1] != f"I-{label}"):
        return j + 1
    if j >= len(norms) or tags[j] != "O" or not norms[j].startswith("و") or \
            not _name_word(norms[j][1:], label, lex):
        return j
    end = j + 1
    letters = norms[j][1:] in letter_names()
    while end < len(norms) and end - j < MAX_WORDS and tags[end] == "O" and \
            (norms[end] in letter_names() if letters else False):
        end += 1
    return end


def _common_rest(word: str) -> bool:
    """An indefinite feminine noun or adjective, or a noun with a pronoun: no name."""
    return not word.startswith("ال") and word.endswith(("ه", "ها", "هم"))


def split_plural_heads(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                       lex: Lexicon) -> None:
    """Untag a plural organization head that opens a mention, and tag the names joined to
    it by «و»; a one-word rest before a free definite word is a construct, no name
    («شركات حجاج الداخل»), and so is a rest opened by an indefinite feminine word or one
    with a pronoun or a preposition («شركات ناشئة», «شركات ربحيتها», «شركات برؤوس»)."""
    heads = plural_heads()
    if heads.isdisjoint(stems):
        return
    for lo, hi, label in spans(tags):
        first = lo + 1 if stems[lo] in heads and hi - lo > 1 else lo
        if label != "ORG" or first == lo and (lo == 0 or stems[lo - 1] not in heads):
            continue
        if first > lo and (_common_rest(norms[first]) or norms[first] != stems[first] or
                           hi - first == 1 and hi < len(tags)
                           and tags[hi] == "O" and is_definite(norms[hi])):
            tags[lo:hi] = ["O"] * (hi - lo)
            continue
        tags[lo] = "O" if first > lo else tags[lo]
        tags[first] = "B-ORG"
        j = hi
        while (end := _joined_name(norms, tags, j, label, lex)) > j:
            tags[j:end] = ["B-ORG"] + ["I-ORG"] * (end - j - 1)
            j = end
