"""A title, rank or occupation alone is no person's name: «يكتب الطبيب للطفل …»,
«مستقبل الحارس الأساسي …», «وقال المهندس إن …».  The CRF tags such a word alone now and
then, and :func:`.consistency.propagate` spread it over the article as a one-word name,
or as the family name of a mention that ran on into the title («فيكتور فالديس الحارس»).
:func:`drop_bare_titles` untags one-word person mentions of a definite title word, and
:func:`.consistency.propagate` never spreads one as a person.  Titles that are also
family names (``title_surnames.txt``: «السيد», «الأمين») are kept."""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .conll import spans
from .wordlists import ner_words


@lru_cache(maxsize=1)
def definite_titles() -> frozenset[str]:
    """Normalized definite title, rank and occupation words (entities' ``titles.txt``,
    ``person_honorifics.txt``, ``artist_titles.txt``) without the family names."""
    from ..entities.names import title_heads
    from .honorifics import honorifics
    words = {"ال" + w for w in title_heads() if len(w) > 1}
    words |= {w for (w, *rest) in honorifics() if not rest and w.startswith("ال")}
    words |= ner_words("artist_titles.txt")
    return frozenset(words) - ner_words("title_surnames.txt")


def drop_bare_titles(stems: Sequence[str], tags: list[str]) -> None:
    """Untag each one-word PER mention whose word is a definite title (see module)."""
    titles = definite_titles()
    for lo, hi, label in spans(tags):
        if label == "PER" and hi - lo == 1 and stems[lo] in titles:
            tags[lo] = "O"
