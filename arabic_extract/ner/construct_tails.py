"""A body's name does not stop on a noun in construct: «لجنة ألعاب [كرة القدم]», «شرطة
مقاطعة [هامبشاير]», «وكالة شؤون [الشباب]».  An indefinite common noun at the end of an
organization mention opened by a head (``org_heads.txt``) waits for its genitive, so the
mention goes on over up to ``LONGEST_CHAIN`` more indefinite common nouns and then one
definite noun (with up to two nisba adjectives after it) or one place mention.  A word is
a common noun when the corpus writes it with the article at least ``COMMON_MIN`` times and
no curated list names it («أوبك», «أرامكو» and given names stay name ends); a nisba
(«وكالة تصنيف ائتماني»), a participle («مجموعة مسؤولة»), a verb, a compass, time or
function word, a quantifier («العديد») or any tagged word ends the chain, and without the
closing definite noun or place nothing changes («منظمة أوبك في …»); nor after a pronoun,
which makes the phrase a description («وهي شركة تكنولوجيا الطيران»).  Applied after the
sentence rules, on normalized words and clitic-free stems."""
from __future__ import annotations

from collections.abc import Sequence

from functools import lru_cache

from .conll import spans
from .consistency import function_words
from .edge_words import time_words
from .lexicon import Lexicon
from .tagging import definite_nisba, is_definite, is_nisba, span_end
from .verbs import is_verb
from .wordlists import ner_words

#: corpus count of «ال» + the word from which the word is a common noun
COMMON_MIN = 20
#: indefinite nouns that may stand between the mention and its definite genitive
LONGEST_CHAIN = 2
LONGEST_ADJECTIVES = 2
#: a pronoun before the head makes the phrase a description («وهي شركة تكنولوجيا الطيران»)
PRONOUNS = frozenset({"هي", "هو", "وهي", "وهو", "فهي", "فهو"})


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Words that are no link of the chain: compass words («مركز X شمال محافظة …»), time
    words, function words and quantifiers (``quantifier_nouns.txt``)."""
    compass = {w for w in ner_words("compass_words.txt") if not w.startswith("=")}
    return frozenset(compass) | time_words() | function_words() \
        | ner_words("quantifier_nouns.txt")


def _common(norm: str, stem: str, lex: Lexicon) -> bool:
    """An indefinite common noun written as it stands (no article, no proclitic; the count
    of «ال» + the word also tells «العاب» (ألعاب) from a definite word)?"""
    return norm == stem and len(stem) > 2 and stem not in stop_words() \
        and not _participle(stem) \
        and not is_nisba(stem) and not lex.curated_name(stem) \
        and lex.count("ال" + stem) >= COMMON_MIN and not is_verb(stem, lex)


def _participle(stem: str) -> bool:
    """A participle-shaped «مفعول/مفتعل» word is an adjective («مجموعة مسؤولة الهجوم»), not a
    noun in construct (the plural «معارض», «مطاعم» has an alef as its third letter)."""
    return len(stem) > 3 and stem[0] == "م" and stem[2] != "ا"


def _genitive_end(norms: Sequence[str], stems: Sequence[str], tags: Sequence[str],
                  i: int, lex: Lexicon) -> int:
    """End of the genitive chain starting at word ``i``, or ``i`` when there is none."""
    n, j = len(norms), i
    while j < n and j - i < LONGEST_CHAIN and tags[j] == "O" \
            and _common(norms[j], stems[j], lex):
        j += 1
    if j < n and tags[j] == "B-LOC" and norms[j] == stems[j]:  # not «بولاية X»
        return span_end(tags, j)
    if j >= n or tags[j] != "O" or norms[j] != stems[j] or not is_definite(stems[j]) \
            or definite_nisba(stems[j]) or stems[j] in stop_words():
        return i
    end = j + 1
    while end < min(n, j + 1 + LONGEST_ADJECTIVES) and tags[end] == "O" \
            and norms[end] == stems[end] and definite_nisba(stems[end]):
        end += 1
    return end


def join_construct_tails(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                         heads: frozenset[str], lex: Lexicon) -> None:
    """Extend organization mentions over the genitive of their last noun (module doc;
    tags changed in place)."""
    for lo, hi, label in sorted(spans(tags)):
        head = stems[lo][2:] if stems[lo].startswith("ال") else stems[lo]
        if label != "ORG" or hi - lo < 2 or head not in heads or hi >= len(tags) \
                or not _common(norms[hi - 1], stems[hi - 1], lex) \
                or lo > 0 and norms[lo - 1] in PRONOUNS:
            continue
        end = _genitive_end(norms, stems, tags, hi, lex)
        tags[hi:end] = ["I-ORG"] * (end - hi)
