"""Places named after a head word, which the tagger leaves untagged.

1. An administrative head of ``admin_place_heads.txt`` (منطقة، محافظة، مدينة، قرية…) makes
   the listed place after it a place, even one that is also an ordinary word and is left to
   the context («منطقة عسير»: «عسير» is also "difficult", ``ambiguous_places.txt``), but
   not a word without the article whose form with it is common (an adjective: «ولاية
   جديدة»), unless that list has it («محافظة حقل»: «حقل» is also "field"); after a governor's title (``governor_titles.txt``: «أمير عسير», «محافظ ينبع»)
   or the head of a body named after the place it serves (:func:`.spread_bodies.spread_heads`:
   «صحة عسير», «أمانة حائل», «جامعة المجمعة»), only a place of ``ambiguous_places.txt``,
   which no list tags alone (the others are :func:`.consistency.tag_known_places`'s; the
   body is joined after the spreading, :mod:`.spread_bodies`), unless the two words are
   an idiom (``head_idioms.txt``: «صحة الخبر» is "the news being true", «منطقة العين»
   the eye area: no head at all then); the
   heads of villages and governorates marked «*» also make a rare word a place («قرية
   المفتاحة», «بلدة التويثير»).  The name alone is the mention («مدينة جدة» is «جدة»).
2. A district or street head of ``street_heads.txt`` before a definite noun that is neither
   a title nor an adjective is, with that noun, one LOC mention («حي النهضة», «شارع
   العليا»), as the other site heads (:mod:`.sites`); not after «و» («وحي» is also
   "revelation").
3. After a base, airport or crossing head (``strong_place_words.txt``: قاعدة، مطار، منفذ…),
   a definite noun is the place's name when a place list knows it or an adjective of
   ``base_adjectives.txt`` closes it («قاعدة العند الجوية», «منفذ الطوال البري»); the
   indefinite names are :func:`.rules.place_rule`'s.

Applied after the sentence rules, on normalized words and clitic-free stems."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..entities.evidence import common_word
from .lexicon import Lexicon
from .phrases import listed_phrases, longest_phrase, match_phrase
from .tagging import ARTICLE_STOP, is_definite, is_free, is_nisba, put_label
from .wordlists import ner_words
from ..normalize import normalize
from ..resources import word_list

#: a word rarer than this after a village head is a place name
RARE_PLACE = 100
#: kinds of words that name something else than a place, or head a name
OTHER_KINDS = frozenset({"PER", "ORG", "TITLE", "OHEAD", "PLACEW", "PART"})
#: kinds of words a place list knows (not the mined list, which holds common words: «الأفغان»)
PLACE_KINDS = frozenset({"LOC", "XLOC"})


@dataclass(frozen=True)
class PlaceHeads:
    """The head words and the place phrases the rules read."""

    admin: frozenset[str]
    villages: frozenset[str]
    streets: frozenset[str]
    places: frozenset[tuple[str, ...]]
    adjectives: frozenset[str] = frozenset()
    #: governors' titles and body heads, and the places that are also ordinary words
    settling: frozenset[str] = frozenset()
    ambiguous: frozenset[str] = frozenset()
    #: «head + word» idioms, no body named after a place («صحة الخبر»)
    idioms: frozenset[tuple[str, ...]] = frozenset()

    @classmethod
    def load(cls) -> PlaceHeads:
        entries = [line.split() for line in word_list("ner", "data", "admin_place_heads.txt")]
        admin = frozenset(normalize(e[0]) for e in entries if e)
        villages = frozenset(normalize(e[0]) for e in entries if len(e) > 1 and e[1] == "*")
        places = listed_phrases("loc_world.txt") | listed_phrases("gaz_loc.txt") \
            | listed_phrases("loc_curated.txt")
        from .consistency import ambiguous_places
        from .spread_bodies import spread_heads
        return cls(admin, villages, ner_words("street_heads.txt"), places,
                   ner_words("base_adjectives.txt"),
                   ner_words("governor_titles.txt") | spread_heads(),
                   ambiguous_places(), listed_phrases("head_idioms.txt", 2))


def _rare_place(stem: str, lex: Lexicon) -> bool:
    """Can a word no list knows, after a village head, be the village's name?"""
    return len(stem) > 2 and stem.isalpha() and lex.count(stem) < RARE_PLACE \
        and not is_nisba(stem) and stem not in ARTICLE_STOP \
        and lex.words.get(stem, frozenset()).isdisjoint(OTHER_KINDS)


def _place_after(norms: Sequence[str], stems: Sequence[str], tags: list[str], k: int,
                 heads: PlaceHeads, lex: Lexicon) -> int:
    """Length of the place name at word ``k`` after an administrative head (0: none)."""
    if norms[k] != stems[k]:  # «منطقة وعسير»: a conjunct, or a preposition
        return 0
    n = match_phrase(stems, k, heads.places, longest_phrase(heads.places))
    if n and is_free(tags, k, k + n):
        adjective = n == 1 and not is_definite(stems[k]) and common_word(stems[k], lex.count) \
            and stems[k] not in heads.ambiguous  # «ولاية جديدة»; «محافظة حقل» is a place
        return 0 if adjective else n
    return 1 if stems[k - 1] in heads.villages and tags[k] == "O" \
        and _rare_place(stems[k], lex) else 0


def _base_name(stems: Sequence[str], tags: list[str], k: int, heads: PlaceHeads,
               lex: Lexicon) -> bool:
    """Is the definite word ``k`` after a base head the base's name (module doc, 3)?"""
    stem, kinds = stems[k], lex.words.get(stems[k], frozenset())
    if tags[k] != "O" or not is_definite(stem) or is_nisba(stem) \
            or not kinds.isdisjoint(OTHER_KINDS):
        return False
    closed = k + 1 < len(stems) and tags[k + 1] == "O" and stems[k + 1] in heads.adjectives
    return closed or not kinds.isdisjoint(PLACE_KINDS)


def headed_places(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                  heads: PlaceHeads, lex: Lexicon, titles: frozenset[str],
                  bases: frozenset[str] = frozenset()) -> None:
    """Tag the places named after administrative, district and street heads (module doc)."""
    for i in range(len(stems) - 1):
        if tags[i] != "O":
            continue
        k = i + 1
        if (stems[i], stems[k]) in heads.idioms:  # «صحة الخبر», «منطقة العين»
            continue
        if stems[i] in heads.admin:
            n = _place_after(norms, stems, tags, k, heads, lex)
            if n:
                put_label(tags, k, k + n, "LOC")
        elif stems[i] in heads.settling and stems[k] in heads.ambiguous and tags[k] == "O" \
                and norms[k] == stems[k]:  # «أمير عسير», «صحة عسير»; not «صحة وعسير»
            put_label(tags, k, k + 1, "LOC")
        elif stems[i] in heads.streets and tags[k] == "O" and norms[k] == stems[k] \
                and not norms[i].startswith("و") \
                and is_definite(stems[k]) and not is_nisba(stems[k]) and stems[k] not in titles:
            put_label(tags, i, k + 1, "LOC")
        elif stems[i] in bases and norms[k] == stems[k] and _base_name(stems, tags, k, heads, lex):
            put_label(tags, k, k + 1, "LOC")
