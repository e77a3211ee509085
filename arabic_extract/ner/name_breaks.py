"""Words that end a name the model ran on too far: a function word («داسيلفا لم يشرك» →
«داسيلفا», ``name_breakers.txt``) and, in a person's name, a common word behind a
preposition («ديفيد لين لشاب» → «ديفيد لين», «أينيستا لحمل شارة» → «أينيستا», «فلان
للصحفيين» → «فلان»): names do not
take prepositions, while organization names do («المرصد السوري لحقوق الإنسان»).  Applied by
``Rules.sentence`` with the boundary rules, on normalized words."""
from __future__ import annotations

from collections.abc import Sequence

from .conll import spans
from .lexicon import PERSON_KINDS, Lexicon
from .wordlists import ner_words

#: proclitic prepositions a person's name never carries on a later word
PREPOSITIONS = frozenset({"ل", "ب"})
#: «ل» + the article without its alef
ARTICLE_L = "لل"
#: a bare word that itself starts like a clitic is ambiguous («بلان» is not «ب» + «لان»,
#: «بولو» not «ب» + «ولو»): the name stays
CLITIC_LETTERS = frozenset("وفلبك")
#: a preposition + word is a common word only if the bare word is this frequent …
COMMON = 50
#: … and this many times more frequent than the whole written form (so «لطيفة», «بشار»,
#: rarer bare than whole, stay names)
RATIO = 5


def name_breakers() -> frozenset[str]:
    return ner_words("name_breakers.txt")


def _end(tags: list[str], i: int, hi: int) -> None:
    tags[i:hi] = ["O"] * (hi - i)


def trim_function_words(stems: Sequence[str], tags: list[str],
                        words: frozenset[str]) -> None:
    """A mention ends before the first function word after its first word."""
    if words.isdisjoint(stems):
        return
    for lo, hi, _ in spans(tags):
        cut = next((i for i in range(lo + 1, hi) if stems[i] in words), None)
        if cut is not None:
            _end(tags, cut, hi)


def _prepositional(norm: str, stem: str, lex: Lexicon) -> bool:
    """Is ``norm`` a preposition + a common word (not a name)?  «لل» is «ل» + the article,
    whose alef is not written («للصحفيين», «للتو»): no given name of the lists but
    «لليان» starts so («لله» is too short)."""
    if norm.startswith(ARTICLE_L) and len(norm) > len(ARTICLE_L) + 1:
        return "PER" not in lex.words.get(norm, frozenset())
    if norm[:1] not in PREPOSITIONS or not norm[1:].startswith(stem) or len(stem) < 3:
        return False
    return stem[0] not in CLITIC_LETTERS and not lex.words.get(stem, frozenset()) & PERSON_KINDS \
        and lex.count(stem) >= max(COMMON, RATIO * lex.count(norm))


def trim_prepositional(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                       lex: Lexicon) -> None:
    """A person's mention ends before a later word that is a preposition + common word."""
    for lo, hi, label in spans(tags):
        if label != "PER":
            continue
        cut = next((i for i in range(lo + 1, hi) if _prepositional(norms[i], stems[i], lex)),
                   None)
        if cut is not None:
            _end(tags, cut, hi)
