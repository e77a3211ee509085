"""Places named only by the noun of their kind: «المدينة» is Medina, but in «وسيطر التنظيم على
المدينة» it is «the city» the article spoke of before, and the tagger (with the document's
consistency) makes a place of each of its repeats.  A LOC entity whose every mention is one
of these nouns (``data/kind_nouns.txt``; also with the article's alef elided after «ل»:
«لمدينة») is no name, unless one mention follows an administrative head of the list
(«منطقة المدينة», «أمير المدينة»: Medina) or is listed with another place («جدة ومكة
والمدينة», «من جدة إلى المدينة»).

Likewise an organization named by one definite word that a definite nisba adjective (no
nationality) follows at least twice is a common noun that the adjectives describe: «الاتفاق
النووي» is the agreement, not the club «الاتفاق»; «اللجنة الثقافية» a committee; a club named
by one word seldom takes such an adjective (once «الهلال الكروي», else its nationality).

An entity of any type named only by a people, a sect or a community (``data/group_nouns.txt``:
«الأكراد», «الشيعة», «السنة») is no entity either."""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..document import Mention
from ..ner.national import nationalities
from ..resources import word_list
from .names import name_key

#: how far back the head word before a mention is looked for
HEAD_WINDOW = 20
#: an organization's word must be described this many times (a club may be «الهلال الكروي»)
DESCRIBED_MIN = 2
#: what may stand between two places listed together
LISTING = frozenset({"", "و", "،", ",", "الى", "إلى", "ثم"})
#: … at most this long
LISTING_GAP = 6


@lru_cache(maxsize=1)
def _groups() -> frozenset[str]:
    return frozenset(name_key(e) for e in word_list("entities", "data", "group_nouns.txt"))


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    """(kind nouns, administrative heads), as name keys."""
    entries = word_list("entities", "data", "kind_nouns.txt")
    nouns = frozenset(name_key(e) for e in entries if not e.startswith("="))
    heads = frozenset(name_key(e[1:]) for e in entries if e.startswith("="))
    return nouns, heads


def _kind_noun(key: str, nouns: frozenset[str]) -> bool:
    return key in nouns or (key.startswith("ل") and "ا" + key in nouns)


def kind_noun(text: str) -> bool:
    """Is ``text`` one of the kind nouns («المدينة»)?"""
    return _kind_noun(name_key(text), _lists()[0])


def _after_head(text: str, mention: Mention, heads: frozenset[str]) -> bool:
    words = text[max(0, mention.start - HEAD_WINDOW):mention.start].split()
    if not words:
        return False
    word = name_key(words[-1])
    return word in heads or word[1:] in heads


def _listed(text: str, mention: Mention, places: Sequence[Mention]) -> bool:
    """Is another place right before or after ``mention``, with only «و», a comma or «إلى»
    between them?"""
    for p in places:
        gap = text[p.end:mention.start] if p.end <= mention.start else \
            text[mention.end:p.start] if mention.end <= p.start else None
        if gap is not None and len(gap) <= LISTING_GAP and gap.strip() in LISTING:
            return True
    return False


def _described(text: str, mention: Mention) -> bool:
    """Does a definite nisba adjective that is no nationality follow ``mention``?"""
    after = text[mention.end:mention.end + 30].split()
    word = name_key(after[0]) if after and mention.end < len(text) \
        and text[mention.end].isspace() else ""
    return word.startswith("ال") and len(word) > 5 and word.endswith(("ي", "يه")) \
        and word not in nationalities()  # read once (lru_cache)


def described_body(type_: str, mentions: Sequence[Mention], text: str) -> bool:
    """Is an organization of these mentions one definite word that a nisba adjective
    describes (module doc)?"""
    keys = {name_key(m.text) for m in mentions}
    return type_ == "ORG" and all(" " not in k and k.startswith(("ال", "ل")) for k in keys) \
        and sum(_described(text, m) for m in mentions) >= DESCRIBED_MIN


def group_entity(mentions: Sequence[Mention]) -> bool:
    """Is every mention a people, a sect or a community («الأكراد», «الشيعة»)?"""
    return all(_kind_noun(name_key(m.text), _groups()) for m in mentions)


def kind_noun_place(mentions: Sequence[Mention], text: str,
                    places: Sequence[Mention] = ()) -> bool:
    """Is a place of these mentions only named by the noun of its kind (module doc)?
    ``places``: the article's other place mentions."""
    nouns, heads = _lists()
    return all(_kind_noun(name_key(m.text), nouns) for m in mentions) \
        and not any(_after_head(text, m, heads) or _listed(text, m, places)
                    for m in mentions)


def common_noun_entity(type_: str, mentions: Sequence[Mention], text: str,
                       places: Sequence[Mention] = ()) -> bool:
    """Is an entity of these mentions no name: a people or sect (any type), a described
    common noun (ORG) or a place named by its kind noun (LOC)?"""
    if group_entity(mentions):
        return True
    if type_ == "LOC":
        return kind_noun_place(mentions, text, places)
    return described_body(type_, mentions, text)
