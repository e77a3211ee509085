"""In a sports report, the town or club after a player's or staff member's role is the
club: «ومهاجم [الدرعية] ماجد الدوسري», «مدرب [نجران]», «لاعب وسط [الطائي]», «أعضاء شرف
[الرياض]».  The roles are those of ``club_roles.txt`` (one word, also with «و») and the
pairs of ``club_member_words.txt``; the club is a one-word place mention or an untagged
one-word club of ``sports_clubs.txt``, followed by no other word of its name (an «I-» tag).
:mod:`.clubs` leaves a town the tagger called a place a place unless it stands after
«نادي/فريق» or in a list of clubs.  Applied after the sentence rules, on clitic-free
stems, only in documents that read as sports reports."""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..normalize import normalize
from ..resources import word_list
from .phrases import whole_span
from .tagging import put_label


@lru_cache(maxsize=1)
def member_pairs() -> frozenset[tuple[str, str]]:
    """The normalized two-word roles of ``club_member_words.txt``."""
    pairs = (normalize(line).split() for line in word_list("ner", "data", "club_member_words.txt"))
    return frozenset((p[0], p[1]) for p in pairs if len(p) == 2)


def _after_role(stems: Sequence[str], i: int, roles: frozenset[str],
                pairs: frozenset[tuple[str, str]]) -> bool:
    """Does a club role end right before word ``i``?"""
    return i > 0 and (stems[i - 1] in roles or i > 1 and (stems[i - 2], stems[i - 1]) in pairs)


def role_clubs(stems: Sequence[str], tags: list[str], sports: bool | None,
               roles: frozenset[str], clubs: frozenset[tuple[str, ...]],
               openers: frozenset[str] = frozenset()) -> None:
    """A one-word place or an untagged listed club after a club role is the club (tags
    changed in place); not the first word of a longer place name («سان» of «سان جرمان»:
    ``openers``)."""
    if not sports:
        return
    pairs = member_pairs()
    for i in range(1, len(stems)):
        if not whole_span(tags, i, i + 1) or stems[i] in openers \
                or not _after_role(stems, i, roles, pairs):
            continue
        if tags[i] == "B-LOC" or tags[i] == "O" and (stems[i],) in clubs:
            put_label(tags, i, i + 1, "ORG")
