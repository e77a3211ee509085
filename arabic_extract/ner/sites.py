"""Natural features, districts and streets keep their head word, as the project's guidelines
annotate them: «حي الصفا», «نهر النيل», «قناة السويس» are one LOC mention each
(``site_heads.txt``), where ANERcorp and the CRF tag the name alone («الصفا»).  Applied by ``Rules.sentence`` after
the place rule, on normalized clitic-free stems.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence

from .phrases import listed_phrases, phrase_words, tag_listed
from .tagging import mention_end, put_label

#: longest name a site head may take in (words after the head)
LONGEST_SITE = 4


def headed_places(stems: Sequence[str], tags: Sequence[str],
                  heads: frozenset[str]) -> Iterator[tuple[int, int]]:
    """(head, end of the place mention) for each untagged head of ``heads`` right before
    a LOC mention («حي» + «الصفا», «مطار» + «القاهرة»); the tags may change between
    two yields."""
    if heads.isdisjoint(stems):
        return
    for i, stem in enumerate(stems[:-1]):
        if stem in heads and tags[i] == "O":
            end = mention_end(tags, i + 1, "LOC")
            if end > i + 1:
                yield i, end


def site_rule(stems: Sequence[str], tags: list[str], heads: frozenset[str]) -> None:
    """An untagged indefinite site head followed by a place mention of at most
    :data:`LONGEST_SITE` words joins it: «حي» + «الصفا» → «حي الصفا»."""
    for i, end in headed_places(stems, tags, heads):
        if end <= i + 1 + LONGEST_SITE:
            put_label(tags, i, end, "LOC")


def listed_sites(site_heads: frozenset[str]) -> frozenset[tuple[str, ...]]:
    """Places of several words in ``loc_world.txt`` («باب المندب», «مضيق هرمز»), except
    those opened by a place word that leaves the name («مدينة تدمر» is known by «تدمر»)."""
    leave = phrase_words("place_words.txt") - site_heads
    return frozenset(p for p in listed_phrases("loc_world.txt", shortest=2) if p[0] not in leave)


def listed_site_rule(stems: Sequence[str], tags: list[str],
                     sites: frozenset[tuple[str, ...]]) -> None:
    """A listed place of several words is one LOC mention wherever no mention crosses its
    borders, also over shorter mentions inside it («قناة [السويس]» → «قناة السويس»)."""
    tag_listed(stems, tags, sites, "LOC")
