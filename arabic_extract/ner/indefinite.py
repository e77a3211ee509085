"""An indefinite common word after a definite word ends an organization or place name.

A definite noun takes no indefinite adjective and stands in no construct with a following
word, so a frequent word without the article right after «ال…» starts a new phrase: «دعا
الاتحاد ضرورة …» → «الاتحاد», «الكونغرس إمكانية إسقاط الفيتو» → «الكونغرس», «الجزيرة لوحات»
→ «الجزيرة».  A word that names something in the gazetteers stays («الأهلي جدة»), and so does
a rare word (a transliterated part of a name: «الراشد مول»), a word with a proclitic
(«الاتحاد السعودي لكرة القدم») and a name particle («السلطان بن …»).  Applied after the
sentence rules, on normalized words and clitic-free stems."""
from __future__ import annotations

from collections.abc import Sequence

from ..entities.names import PROCLITICS as NAME_PROCLITICS
from .conll import spans
from .lexicon import NAMING_KINDS, Lexicon
from .tagging import is_definite

#: a word is a common word only if the corpus has it this often …
COMMON = 100
#: … and it names nothing in the gazetteers (any kind of person, place or organization)
LABELS = frozenset({"ORG", "LOC"})


#: prepositions that organization names take («تحالف دعم الشرعية في اليمن»)
PREPOSITIONS = frozenset({"في", "من", "على", "عن", "الى", "علي"})
#: a proclitic + a word at least this frequent is that word with the proclitic
ATTACHED = 20
#: letters of the proclitics (و ف ب ل ك), which the stems keep on some rarer words
PROCLITICS = frozenset(NAME_PROCLITICS)
#: quotation marks: opening, closing, and the ones that do both
OPEN_QUOTES = frozenset("«“")
CLOSE_QUOTES = frozenset("»”")
BOTH_QUOTES = frozenset('"')


def inside_quotes(stems: Sequence[str], lo: int, i: int) -> bool:
    """Is word ``i`` inside a quotation opened in the mention from ``lo`` («متحف «السلام
    عليك …»»: a quoted title is a name, whatever its words)?"""
    depth = 0
    for stem in stems[lo:i]:
        if stem in OPEN_QUOTES or stem in BOTH_QUOTES and depth == 0:
            depth += 1
        elif depth and (stem in CLOSE_QUOTES or stem in BOTH_QUOTES):
            depth -= 1
    return depth > 0


def _attached(norm: str, lex: Lexicon) -> bool:
    """Does the word read as a proclitic + a word («والقروية», «لمكافحة», «للسياحة»)?"""
    return norm[:1] in PROCLITICS and (norm[1:].startswith("ال") or norm.startswith("لل")
                                      or lex.count(norm[1:]) >= min(ATTACHED, lex.count(norm)))


def _indefinite(norm: str, stem: str, lex: Lexicon) -> bool:
    """Is the word an indefinite common word (no article, no proclitic, frequent, no name)?"""
    return norm == stem and not stem.startswith("ال") and stem.isalpha() \
        and stem not in PREPOSITIONS \
        and not _attached(norm, lex) and lex.count(stem) >= COMMON \
        and lex.words.get(stem, frozenset()).isdisjoint(NAMING_KINDS)


def trim_indefinite(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                    lex: Lexicon) -> None:
    """An ORG or LOC mention ends before an indefinite common word that follows one of its
    definite words, itself a frequent word (a rare transliteration with the article
    goes on: «السناب شات», «الفاينانشيال تايمز», and so does a quoted title; tags changed in
    place)."""
    for lo, hi, label in spans(tags):
        if label not in LABELS:
            continue
        cut = next((i for i in range(lo + 1, hi) if is_definite(stems[i - 1])
                    and lex.count(stems[i - 1]) >= COMMON
                    and _indefinite(norms[i], stems[i], lex)
                    and not inside_quotes(stems, lo, i)), None)
        if cut is not None:
            tags[cut:hi] = ["O"] * (hi - cut)
