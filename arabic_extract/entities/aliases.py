"""Well-known alternative names of one entity (``data/aliases.tsv``): «الجامعة العربية» is
«جامعة الدول العربية», «أمريكا» is «الولايات المتحدة». The linker gives every listed form
the key words of the entity's canonical name, so that their mentions make one entity."""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from ..document import Mention
from ..resources import word_list
from .general_forms import short_form
from .key_forms import full_forms, one_g

Words = tuple[str, ...]


def _rows() -> list[tuple[str, str, list[str]]]:
    rows = []
    for line in word_list("entities", "data", "aliases.tsv"):
        type_, canonical, *aliases = [f.strip() for f in line.split("\t") if f.strip()]
        rows.append((type_, canonical, aliases))
    return rows


@lru_cache(maxsize=1)
def _table(key_words: Callable[[Mention], Words]) -> dict[tuple[str, Words], Words]:
    table: dict[tuple[str, Words], Words] = {}
    for type_, canonical, aliases in _rows():
        target = key_words(Mention(0, len(canonical), canonical, type_))
        for alias in aliases:
            table[(type_, key_words(Mention(0, len(alias), alias, type_)))] = target
    return table


def canonical_words(type_: str, words: Words, key_words: Callable[[Mention], Words]) -> Words:
    """The key words of the listed entity that ``words`` (a mention's key words, as
    ``key_words`` makes them) name, else ``words``; a general body's long name gives the key
    words of its short form (:mod:`.general_forms`), a short word its full form
(:mod:`.key_forms`); the foreign «g» is written «ج»."""
    short = short_form(words) if type_ == "ORG" else None
    if short is not None:
        words = key_words(Mention(0, len(short), short, type_))
    if type_ == "ORG":  # «اتحاد الكرة» = «اتحاد كرة القدم»
        words = full_forms(words)
    return one_g(_table(key_words).get((type_, words), words))  # «الكونغرس» = «الكونجرس»
