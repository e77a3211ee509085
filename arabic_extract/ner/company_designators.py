"""A transliterated company word closes a company's name: «[بلاكستون جروب]», «[جلف
كابيتال]», «[جنرال موتورز]» (``company_designators.txt``).  The word before it, untagged and
no function word or verb, is the name; a mention ending right before it becomes the company
(«[الجزيرة] كابيتال»: the tagger read a place); a second designator extends the first
(«التراتيك انترناشيونال انكوربوريشن»).  The name goes back over up to two more free definite
words before a definite one («[السعودي الفرنسي] كابيتال»), not over an indefinite word,
which may be a verb the counts do not know («تحالفت [بلاكستون جروب]»).  Applied after the sentence rules, on normalized words and
clitic-free stems."""
from __future__ import annotations

from collections.abc import Sequence

from .consistency import function_words
from .lexicon import Lexicon
from .tagging import is_definite, put_label
from .verbs import is_verb
from .wordlists import ner_words


def company_designators() -> frozenset[str]:
    return ner_words("company_designators.txt")


def _name_word(norm: str, stem: str, lex: Lexicon) -> bool:
    """Can the untagged word ``stem`` be (the last word of) a company's own name?"""
    return len(stem) > 1 and stem.isalpha() and stem not in function_words() \
        and not is_verb(norm, lex)


def _first(norms: Sequence[str], stems: Sequence[str], tags: Sequence[str], i: int,
           lex: Lexicon) -> int:
    """First word of the free name that ends at ``i``."""
    first = i
    while first > max(0, i - 2) and tags[first - 1] == "O" and \
            _name_word(norms[first - 1], stems[first - 1], lex) and \
            is_definite(stems[first - 1]) and is_definite(stems[first]):
        first -= 1
    return first


def _start(tags: Sequence[str], i: int) -> int:
    """First word of the mention whose last word is at ``i``."""
    while i > 0 and tags[i].startswith("I-"):
        i -= 1
    return i


def tag_company_designators(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                            designators: frozenset[str], lex: Lexicon) -> None:
    """Tag ORG «name + company word» (module doc; tags changed in place)."""
    for i in range(1, len(stems)):
        if stems[i] not in designators or tags[i] != "O":
            continue
        if tags[i - 1] != "O":
            put_label(tags, _start(tags, i - 1), i + 1, "ORG")
        elif stems[i - 1] not in designators and _name_word(norms[i - 1], stems[i - 1], lex):
            put_label(tags, _first(norms, stems, tags, i - 1, lex), i + 1, "ORG")
