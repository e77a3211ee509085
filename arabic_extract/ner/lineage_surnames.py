"""A person named by lineage, «A بن B», then a definite word: the family name the tagger
left out («عبدالعزيز بن إبراهيم [الجراح]», «ثامر بن جابر [الصباح]»).  Family names are
often ordinary words too («الجراح» the surgeon, «الصباح» the morning), so the counts of
:mod:`.surnames` cannot tell them; after «بن B» a definite word is a family name unless it
is a function word (``name_breakers.txt``: «الذي»), a title or role («النائب»), a feminine
nisba adjective (a school's «الابتدائية») or a word common in the news («الرجل», «السجن»),
or whose bare form is («العديدة», «المعروف»: «عديدة», «معروف» are adjectives).  A listed
person's name counts as a family name whatever its frequency.  Applied after the
sentence rules, on normalized words and clitic-free stems."""
from __future__ import annotations

from collections.abc import Collection, Sequence

from .conll import spans
from ..entities.names import LINEAGE
from .lexicon import GIVEN_NAME_KINDS, Lexicon
from .tagging import is_definite

#: an unlisted word after «بن B» at least this frequent is an ordinary word
COMMON = 400
#: … and its form without «ال» at least this frequent
BARE_COMMON = 60


def _family_name(word: str, lex: Lexicon, excluded: Sequence[Collection[str]]) -> bool:
    kinds = lex.words.get(word, frozenset())
    if not is_definite(word) or any(word in words for words in excluded) or "TITLE" in kinds or word.endswith("يه"):
        return False
    return bool(kinds & GIVEN_NAME_KINDS) or \
        lex.count(word) < COMMON and lex.count(word[2:]) < BARE_COMMON


def join_lineage_surnames(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                          lex: Lexicon, excluded: Sequence[Collection[str]],
                          eponym_heads: Collection[str] = frozenset()) -> None:
    """A PER mention ending in «بن B» takes the family name right after it (module doc;
    ``excluded``: lists of function words, titles and roles; not after a head naming a
    place or body after the person, «مدرسة سعد بن حارثة المتوسطة»; tags changed in place)."""
    for lo, hi, label in spans(tags):
        if label != "PER" or hi - lo < 3 or hi >= len(tags) or tags[hi] != "O" or \
                stems[hi - 2] not in LINEAGE or stems[hi - 1].startswith("ال") or \
                lo > 0 and stems[lo - 1] in eponym_heads:
            continue
        if norms[hi] == stems[hi] and _family_name(norms[hi], lex, excluded):
            tags[hi] = "I-PER"
