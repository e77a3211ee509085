"""Common words that the document-level steps must not turn into names.

* A preposition glued to a common noun («بواقع» = «ب» + «واقع», «بنسبة», «بشكل») that the
  tagger leaves at the end of a person («آيس بواقع») is no surname: :func:`.consistency.propagate`
  does not spread it alone over the article (the corpus counts of the package's lexicon say
  the bare noun and the glued word are common; a listed name «كمال», «بدر» and a rarer
  foreign surname «بلان» stay surnames).
* An interrogative never opens a name («أين بيتي؟», «لماذا …»): it is cut off a mention's
  start (a late sentence rule), unless it is a listed given name too («واين», «متي»).
* «ما» written together with a common word («ماتقدم» = «ما تقدم», what preceded) is no
  one-word name (a late rule).
* A place name right before «الجنسية» is a nationality («سورية الجنسية» = of Syrian
  nationality), not a mention of the place (guidelines): it is untagged."""
from __future__ import annotations

from collections.abc import Sequence

from .lexicon import Lexicon
from .wordlists import ner_words

#: one-letter prepositions glued to a noun
PREPOSITIONS = frozenset("بلك")
#: starts of the rest that make no glued noun: the article («بالواقع» is written so, and
#: a name such as «بالمر» is no preposition) and the imperfect «ي» («كيري» is no «ك» + «يري»)
VERBAL = ("ال", "ي")
#: corpus count of the noun without its preposition, and of the glued word itself, from
#: which the glued word is a common word (a foreign surname «بلان», «كاين» is rarer)
COMMON_NOUN = 100
#: interrogatives (data/interrogatives.txt) and «الجنسية» forms (data/nationality_nouns.txt)
INTERROGATIVES = ner_words("interrogatives.txt")
NATIONALITY = ner_words("nationality_nouns.txt")


def preposition_noun(word: str, lexicon: Lexicon) -> bool:
    """Is ``word`` (normalized) a common preposition glued to a common noun, and no
    listed name?"""
    return len(word) >= 4 and word[0] in PREPOSITIONS and not word[1:].startswith(VERBAL) \
        and lexicon.count(word[1:]) >= COMMON_NOUN and lexicon.count(word) >= COMMON_NOUN \
        and not lexicon.curated_name(word)


def trim_interrogatives(norms: Sequence[str], tags: list[str], lexicon: Lexicon) -> None:
    """Cut an interrogative off the start of any mention (tags changed in place): «إلى
    أين [شارل]؟»; not one that is a listed given name too once normalized («واين روني»
    = Wayne Rooney, «متي» = «متى» and Matti)."""
    for i, norm in enumerate(norms):
        if tags[i].startswith("B-") and norm in INTERROGATIVES \
                and "PER" not in lexicon.words.get(norm, ()):
            label = tags[i][2:]
            tags[i] = "O"
            if i + 1 < len(tags) and tags[i + 1] == "I-" + label:
                tags[i + 1] = "B-" + label


#: how many times more often the corpus writes the word without «ما» glued on
GLUED_RATIO = 10


def glued_ma(word: str, lexicon: Lexicon) -> bool:
    """«ما» written together with a common word («ماتقدم», «ماحدث»): the bare word is
    common, the glued one rare, and no listed name («مالك», «ماجد»)."""
    rest = lexicon.count(word[2:])
    return word.startswith("ما") and len(word) >= 5 and rest >= COMMON_NOUN \
        and rest >= GLUED_RATIO * lexicon.count(word) and not lexicon.curated_name(word)


def drop_glued_ma(norms: Sequence[str], tags: list[str], lexicon: Lexicon) -> None:
    """Untag a one-word mention that is «ما» glued to a common word (tags changed in place)."""
    for i, norm in enumerate(norms):
        if tags[i].startswith("B-") and (i + 1 == len(tags) or not tags[i + 1].startswith("I-")) \
                and glued_ma(norm, lexicon):
            tags[i] = "O"


def drop_nationality_places(norms: Sequence[str], tags: list[str]) -> None:
    """Untag a one-word place right before «الجنسية» (tags changed in place)."""
    for i in range(len(norms) - 1):
        if tags[i] == "B-LOC" and not tags[i + 1].startswith("I-") \
                and norms[i + 1] in NATIONALITY:
            tags[i] = "O"
