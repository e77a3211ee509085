"""A quoted paper that relayed, published or obtained the news: «وفقاً لما نقلته "الشرق
الأوسط"», «أبلغ "الرياض" مسؤول …», «الإحصائية التي اطلعت عليها "الاقتصادية"».

A newspaper named by a common word or a city (``media_names.txt``) stands alone in quote
marks right after a verb of relaying or learning news (``media_relay_words.txt``, also
«عليه/عليها» after such a verb): it is the paper, an organization, also over a CRF place.
:mod:`.told` covers «لـ» + the quoted paper; this rule the paper as subject or object of
the verb.  Applied after the sentence rules, on normalized words."""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..normalize import normalize
from ..resources import word_list
from .facilities import OPENING
from .tagging import put_label
from .told import quoted_name_length, replaceable

#: «اطلعت عليها "الاقتصادية"»: the pronoun's preposition between the verb and the quote
ON = frozenset({"عليه", "عليها"})


@lru_cache(maxsize=1)
def relay_words() -> frozenset[str]:
    """Normalized verbs of relaying news (``media_relay_words.txt``), with «و» too."""
    words = {normalize(w) for w in word_list("ner", "data", "media_relay_words.txt")}
    return frozenset(words | {"و" + w for w in words})


def _relayed(norms: Sequence[str], quote: int, verbs: frozenset[str]) -> bool:
    """Is the word before the opening quote at ``quote`` a relaying verb (or «عليها» after
    one)?"""
    if quote < 1:
        return False
    before = norms[quote - 1]
    return before in verbs or before in ON and quote >= 2 and norms[quote - 2] in verbs


def quoted_media(norms: Sequence[str], tags: list[str],
                 names: frozenset[tuple[str, ...]], verbs: frozenset[str]) -> None:
    """A listed paper alone in quote marks after a relaying verb is an organization."""
    for i in range(1, len(norms) - 2):
        if norms[i] not in OPENING or not _relayed(norms, i, verbs):
            continue
        n = quoted_name_length(norms, i + 1, names)
        if n and replaceable(tags, i + 1, i + 1 + n):
            put_label(tags, i + 1, i + 1 + n, "ORG")
