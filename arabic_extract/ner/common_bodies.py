"""An organization head followed only by indefinite common words names no body.

A name after a head is a proper noun («شركة أرامكو»), a definite phrase («وزارة الخارجية»)
or a listed name; an indefinite adjective, participle, common noun or verb after the head
makes it a description: «شركات أميركية», «مجموعة مسؤولة», «جبهة قتال واحدة», «مصنع غاز»,
«شركات تنتج».  Such an ORG mention (the head of ``common_body_heads.txt`` first, at least
one word after it) is untagged when every later word is an ordinary word: no article, no
proclitic, in no curated name list, and a word the corpus also has with the article (a
name seldom takes it: «تنظيم داعش», «شركة موبايلي») or an imperfect verb.  When a name
mention follows right after a last word that is a noun (no nisba adjective, no verb), it
is that noun's genitive and the whole chain is the organization («شركة واحة مكة»,
«مصنع كسوة الكعبة المشرفة»).  A head + one noun that the document repeats names a body
(«شركة صدارة» twice): a description is seldom repeated word for word, a name is; not
a nisba, a participle («مسؤولة», «معترف») or a verb, nor a pair ever followed by a
definite word or a nisba (a cut chain or a description).
Applied after the sentence rules, on normalized words and clitic-free stems."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Container, Sequence

from ..entities.evidence import common_word
from .conll import spans
from .lexicon import Lexicon
from .tagging import is_definite, is_nisba, span_end
from .wordlists import ner_words

#: prefixes of the imperfect verb (third person and «we»), which a verb may trade
IMPERFECT = ("ي", "ت", "ن")
#: the verb with another prefix must be at least this frequent («تنتج» / «ينتج»)
VERB_MIN = 20
#: a name genitive completing the chain: a place or a named thing
GENITIVES = frozenset({"B-LOC", "B-MISC"})
#: a «head + noun» pair found this often in a document is a name
RECUR_MIN = 2


def common_body_heads() -> frozenset[str]:
    return ner_words("common_body_heads.txt")


def recurring_pairs(stems: Sequence[Sequence[str]], norms: Sequence[Sequence[str]],
                    heads: frozenset[str]) -> frozenset[tuple[str, str]]:
    """The «head + word» pairs of a document's sentences (stems) found at least ``RECUR_MIN``
    times («شركة صدارة» … «شركة صدارة») and never before a definite word or a nisba: that
    is a longer chain the tagger cut («مؤسسة تسويق النفط») or a description («مصرف
    استثمار محلي»)."""
    seen: Counter[tuple[str, str]] = Counter()
    chained = set()
    for sent, words in zip(stems, norms):
        for i in range(len(sent) - 1):
            if sent[i] in heads:
                seen[sent[i], sent[i + 1]] += 1
                after = words[i + 2] if i + 2 < len(words) else ""
                if is_definite(after) or len(after) > 3 and is_nisba(after):
                    chained.add((sent[i], sent[i + 1]))
    return frozenset(pair for pair, n in seen.items() if n >= RECUR_MIN and pair not in chained)


def _participle(stem: str) -> bool:
    """Does ``stem`` look like a participle «مفعول/مفتعل…» («مسؤولة», «معترف»; not the
    plural «معادن», whose third letter is an alef)?"""
    return len(stem) > 3 and stem[0] == "م" and stem[2] != "ا"


def _verb(stem: str, count: Callable[[str], int]) -> bool:
    """Is ``stem`` an imperfect verb: with another person prefix a frequent word too
    («تنتج» / «ينتج»; not «تويتر» / «يويتر»)?"""
    return len(stem) > 3 and stem[0] in IMPERFECT and count("ال" + stem) == 0 and any(
        count(p + stem[1:]) >= VERB_MIN for p in IMPERFECT if p != stem[0])


def _ordinary(norm: str, stem: str, lex: Lexicon) -> bool:
    """Is the word an indefinite ordinary word: no article or clitic, in no curated name
    list, and a common word with the article too («أميركية» / «الأميركية»; a name is
    seldom definite: «داعش», «موبايلي») or an imperfect verb?"""
    if norm != stem or not stem.isalpha() or stem.startswith("ال") \
            or lex.curated_name(stem):
        return False
    return common_word(stem, lex.count) or _verb(stem, lex.count)


def _genitive_end(stems: Sequence[str], tags: Sequence[str], hi: int) -> int:
    """End of a name genitive right after ``hi`` (a place or MISC mention, then its definite
    adjectives: «مصنع كسوة» + «الكعبة المشرفة»), or ``hi`` when none follows."""
    if hi >= len(tags) or tags[hi] not in GENITIVES:  # «شركة X لجنة …»: two bodies
        return hi
    end = span_end(tags, hi)
    while end < len(tags) and tags[end] == "O" and is_definite(stems[end]) \
            and (is_nisba(stems[end]) or stems[end].startswith("الم")):
        end += 1
    return end


def drop_common_bodies(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                       heads: frozenset[str], lex: Lexicon,
                       recurring: Container[tuple[str, str]] = frozenset(),
                       listed: Container[tuple[str, ...]] = frozenset()) -> None:
    """Untag an ORG mention made of a head and ordinary words only, or complete it when a
    name follows as the genitive of its last noun («شركة واحة» + «مكة»; in place); a head +
    one noun of ``recurring`` (:func:`recurring_pairs`) stays, and so does a ``listed``
    name whose word is also a common one («شركة أبل»: «الإبل», «شركة معادن»)."""
    for lo, hi, label in spans(tags):
        if label == "ORG" and hi - lo > 1 and stems[lo] in heads \
                and tuple(stems[lo:hi]) not in listed \
                and all(_ordinary(norms[i], stems[i], lex) for i in range(lo + 1, hi)):
            last = stems[hi - 1]
            noun = not (is_nisba(last) or _verb(last, lex.count))
            end = _genitive_end(stems, tags, hi) if noun else hi
            if end == hi and hi - lo == 2 and noun and not _participle(last) \
                    and (stems[lo], last) in recurring:
                continue
            tags[lo:end] = ["O"] * (hi - lo) if end == hi else \
                ["B-ORG"] + ["I-ORG"] * (end - lo - 1)
