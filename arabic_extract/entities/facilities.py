"""A facility named after a place («مطار جدة», «ميناء جدة الإسلامي») is another entity
than the place («جدة»): its LOC mention keeps the head in its matching key, where other
generic heads are dropped («مدينة جدة» = «جدة»); the place alone, where the tagger missed
it, is recovered as a place of its own (:func:`lost_places`), when it is a name: a definite
word only if the hand-written place lists know it («ملعب الرمادي» … «الرمادي»; not «كورنيش
الضباب» … «الضباب», the fog)."""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..document import Mention
from ..resources import word_list
from .kind_nouns import kind_noun
from .names import name_key, quoted_name
from .recover import Taken, missing_spans


@lru_cache(maxsize=1)
def facility_heads() -> frozenset[str]:
    """Normalized heads of facilities named after a place (data/facility_heads.txt)."""
    return frozenset(name_key(w) for w in word_list("entities", "data", "facility_heads.txt"))


#: hand-written place lists (``ner/data``), which leave out the places that are ordinary words
PLACE_LISTS = ("loc_world.txt", "loc_curated.txt")


@lru_cache(maxsize=1)
def _listed_places() -> frozenset[str]:
    """Normalized one-word entries of :data:`PLACE_LISTS`."""
    return frozenset(name_key(w) for name in PLACE_LISTS for w in word_list("ner", "data", name)
                     if " " not in w.strip())


def _named_place(place: str) -> bool:
    """Can ``place`` be recovered alone: no definite word («الضباب») that no list knows?"""
    key = name_key(place)
    return " " in key or not key.startswith("ال") or key in _listed_places()


#: heads of one kind of facility, unified in the key («استاد القاهرة» = «ملعب القاهرة»)
SAME_HEAD = {"استاد": "ملعب", "ستاد": "ملعب"}


def facility_words(label: str, words: tuple[str, ...]) -> tuple[str, ...]:
    """The key of a facility named after a place, head kept and the adjectives that end
    such names dropped («مطار جدة الدولي» = «مطار جدة», «مستشفى صبيا العام» = «مستشفى
    صبيا»; ``words``: a mention's normalized words), or () for other mentions."""
    if label != "LOC" or len(words) < 2 or words[0] not in facility_heads():
        return ()
    while len(words) > 2 and words[-1] in _adjectives():
        words = words[:-1]
    return (SAME_HEAD.get(words[0], words[0]), *words[1:])


@lru_cache(maxsize=1)
def _adjectives() -> frozenset[str]:
    return frozenset(name_key(w) for w in word_list("ner", "data", "facility_adjectives.txt"))


def place_of(mention: Mention) -> str:
    """The place a facility mention is named after, as written («جدة» of «مطار جدة
    الدولي»), or «» for other mentions and for quoted names («ملعب "المحالة"»)."""
    words = mention.text.split()
    if quoted_name(mention.text) != mention.text:  # «ملعب "المحالة"»: its own name
        return ""
    if not facility_words(mention.label, tuple(name_key(w) for w in words)):
        return ""
    words = words[1:]
    while len(words) > 1 and name_key(words[-1]) in _adjectives():
        words = words[:-1]
    return " ".join(words)


def lost_places(text: str, mentions: Sequence[Mention]) -> list[list[Mention]]:
    """LOC mentions of the places that facilities are named after, where the article
    also names the place alone but the tagger missed it («ملعب ملبورن» … «في ملبورن»):
    one group per place that no mention already spells."""
    spelled = {m.text for m in mentions}
    taken = Taken((m.start, m.end) for m in mentions)
    groups = []
    for place in sorted({place_of(m) for m in mentions} - spelled - {""}):
        if kind_noun(place) or not _named_place(place):  # «ميناء المدينة»: .kind_nouns
            continue
        found = missing_spans(text, [place], taken)
        if found:
            groups.append([Mention(s.start, s.end, s.text, "LOC") for s in found])
    return groups
