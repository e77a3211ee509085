"""Sports clubs in news: foreign clubs of several words anywhere («ريال مدريد»), the other
clubs of ``sports_clubs.txt`` only in a sports report, and there a one-word club
(«الهلال», «الشباب» — common nouns too) only in a club position: after a match or club word,
in a list of clubs joined by و («الاتحاد والشباب والفتح»), or a city after «نادي»
(«نادي نجران»); a cup named after its organizer is a competition («كأس الاتحاد
الإنجليزي»).  Part of the organization patterns (:mod:`.patterns`).
"""
from __future__ import annotations

from typing import Sequence

from .conll import spans
from .phrases import ELATIVES, first_words, match_phrase, listed_phrases, whole_span, phrase_words
from .tagging import is_definite, put_label, conjoined

#: words before a place, after which a city-named foreign club stays a place («في ليفربول»)
PLACE_PREPS = frozenset({"في", "من", "الي", "مدينه", "ملعب"})
#: prepositions a club may follow when the word before them is a club or a match word
#: («فاز الهلال على النصر», «انتقل من الشباب إلى الهلال»)
MATCH_PREPS = frozenset({"علي", "الي", "من"})
#: definite words of time that may follow a club («يلتقي الشباب الأسبوع المقبل»)
TIME_WORDS = frozenset({"اليوم", "الليله", "الاسبوع", "الشهر", "الموسم", "السبت", "الاحد",
                        "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "مساء"})
SPORTS_HITS = 2  # a document is a sports report with this many sports words
PROCLITICS = frozenset("وفبل")  # left on a word when corpus counts keep it («بهدفين»)
#: words of competitions named after their organizer («كأس الاتحاد الآسيوي»)
COMPETITIONS = frozenset({"كاس", "بطوله", "جائزه"})
#: nouns after which a town is the club named after it («نادي نجران», «فريق الرياض»)
CLUB_NOUNS = frozenset({"نادي", "ناديي", "فريق", "فريقي"})


def _bare(stem: str) -> tuple[str, ...]:
    """A word without the proclitics the corpus counts left on it, as a one-word phrase
    («والفيحاء» → «الفيحاء», «للفيحاء» → «الفيحاء»)."""
    from .clitics import PREFIXES, _rest
    for prefix in PREFIXES:
        if stem.startswith(prefix) and len(stem) - len(prefix) > 3:
            rest = _rest(stem, prefix)
            if rest.startswith("ال"):
                return (rest,)
    return (stem,)


def _club_next(stems: Sequence[str], norms: Sequence[str], i: int,
               heads: frozenset[str], phrases: frozenset[tuple[str, ...]]) -> bool:
    """May word ``i`` be a club given the word after it? Not before a definite word other
    than a masculine nisba, a time word or a «و» conjunct that is a club too («الهلال الأحمر»,
    «الوحدة الوطنية», «الشباب والشابات»; «الهلال السعودي», «الهلال والنصر» are clubs), nor an organization head before any definite word
    («الاتحاد الآسيوي» is the federation)."""
    if i + 1 == len(stems) or not is_definite(stems[i + 1]):
        return True
    nxt = stems[i + 1]
    if nxt in TIME_WORDS or _conjunct(stems, norms, i + 1) and _bare(nxt) in phrases:
        return True
    return nxt.endswith("ي") and nxt not in ELATIVES and stems[i] not in heads


def _club_prev(stems: Sequence[str], norms: Sequence[str], tags: Sequence[str], i: int,
               openers: frozenset[str]) -> bool:
    """May word ``i`` be a club given the words before it? At the start of a sentence or
    clause, after a match or club word («فاز الهلال», «مدرب النصر»), after «و» joining it to
    a club («الهلال والنصر»), or after على/إلى/من that follow a club or match word."""
    if i == 0 or not stems[i - 1].isalpha() or stems[i - 1] in openers:
        return True
    if _conjunct(stems, norms, i):
        return tags[i - 1].endswith("ORG")
    return stems[i - 1] in MATCH_PREPS and i >= 2 and \
        (tags[i - 2].endswith("ORG") or stems[i - 2] in openers)


def _conjunct(stems: Sequence[str], norms: Sequence[str], i: int) -> bool:
    """Is word ``i`` joined to the word before it by «و» («والشباب»)?"""
    return 0 < i < len(stems) and conjoined(norms[i], stems[i])


def _listed(stems: Sequence[str], norms: Sequence[str], i: int,
            phrases: frozenset[tuple[str, ...]]) -> bool:
    """Is word ``i`` the first of a list of clubs («الاتحاد والشباب والفتح»): is the next
    word a club joined to it by «و»?"""
    return _conjunct(stems, norms, i + 1) and _bare(stems[i + 1]) in phrases


def _town_club(stems: Sequence[str], norms: Sequence[str], tags: Sequence[str], i: int,
               towns: frozenset[str]) -> bool:
    """Is word ``i`` a one-word place right after «نادي»/«فريق» («نادي نجران»): a one-word
    LOC mention, or an untagged word of the place gazetteers (``towns``), not followed by
    an adjective («نادي الباحة الأدبي» is no football club)?"""
    return i > 0 and stems[i - 1] in CLUB_NOUNS and whole_span(tags, i, i + 1) and \
        (tags[i] == "B-LOC" or tags[i] == "O" and stems[i] in towns) and \
        (i + 1 == len(stems) or not is_definite(stems[i + 1]) or _conjunct(stems, norms, i + 1))


def _club_slot(stems: Sequence[str], norms: Sequence[str], tags: Sequence[str], i: int,
               clubs: Clubs) -> bool:
    """Is the one-word club name at ``i`` a club here (see :func:`club_rule`)?"""
    if not whole_span(tags, i, i + 1) or not _club_next(stems, norms, i, clubs.heads, clubs.phrases):
        return False
    listed = _listed(stems, norms, i, clubs.phrases)
    if tags[i] != "O" and not _foreign_club(stems, tags, i):  # «والخليج» in a list of clubs
        return tags[i] == "B-LOC" and (listed or _conjunct(stems, norms, i)
                                       and tags[i - 1].endswith("ORG"))
    return listed or _club_prev(stems, norms, tags, i, clubs.openers)


def _foreign_club(stems: Sequence[str], tags: Sequence[str], i: int) -> bool:
    """Is word ``i`` a city-named foreign club the CRF called a place or a person
    («ليفربول»)? Not after a place preposition («في ليفربول»)."""
    return not is_definite(stems[i]) and tags[i] in ("B-LOC", "B-PER") \
        and whole_span(tags, i, i + 1) and (i == 0 or stems[i - 1] not in PLACE_PREPS)


def _claim(tags: list[str], lo: int, hi: int) -> bool:
    """Make room for a known name at ``[lo, hi)``: untag the mentions that cross its
    borders or run on after it («وست هام [يونايتد وكريستال بالاس]», «[مانشستر سيتي
    برباعية]»); False, leaving the tags, when a mention ends with it («نادي ريال مدريد»)."""
    found = [(a, b) for a, b, _ in spans(tags) if a < hi and lo < b]
    if any(a < lo and b == hi for a, b in found):
        return False
    for a, b in found:
        tags[a:b] = ["O"] * (b - a)
    return True


def _foreign_at(stems: Sequence[str], norms: Sequence[str], i: int, clubs: "Clubs") -> int:
    """Length of a foreign club's name at word ``i``, read on the clitic-stripped words, on
    the words as written («وست هام» is no و + «ست هام») or after «و» («وكريستال بالاس»)."""
    found = match_phrase(stems, i, clubs.foreign, clubs.longest) or \
        match_phrase(norms, i, clubs.foreign, clubs.longest)
    if not found and norms[i].startswith("و"):
        words = (norms[i][1:], *norms[i + 1:i + clubs.longest])
        found = match_phrase(words, 0, clubs.foreign, clubs.longest)
    return found


def club_rule(stems: Sequence[str], norms: Sequence[str], tags: list[str], sports: bool,
              clubs: Clubs) -> None:
    """Foreign clubs of several words are organizations anywhere («ريال مدريد»); in a sports
    report, so are the other clubs of several words, one-word clubs in a club position
    (after a match or club word, first in a list of clubs, «و» after a club) and towns after
    «نادي»/«فريق»."""
    firsts = first_words(clubs.foreign)
    if not sports and firsts.isdisjoint(stems) and firsts.isdisjoint(norms):
        return  # outside sports reports only foreign clubs count
    i = 0
    while i < len(stems):
        n = _foreign_at(stems, norms, i, clubs)
        if n > 1 and _claim(tags, i, i + n):
            put_label(tags, i, i + n, "ORG")
            i += n
            continue
        if n < 2 and sports:
            n = match_phrase(stems, i, clubs.phrases, clubs.longest)
        if n > 1 and whole_span(tags, i, i + n):
            put_label(tags, i, i + n, "ORG")
            i += n
            continue
        if sports and not n and _bare(stems[i]) in clubs.phrases:
            n = 1
        if sports and (n == 1 and _club_slot(stems, norms, tags, i, clubs)
                       or _town_club(stems, norms, tags, i, clubs.towns)):
            put_label(tags, i, i + 1, "ORG")
        i += 1


def competition_rule(stems: Sequence[str], tags: list[str]) -> None:
    """A cup or championship named after its organizer is a competition, not the
    organization: «كأس الاتحاد الإنجليزي» → MISC, head included."""
    if COMPETITIONS.isdisjoint(stems):
        return
    for i, stem in enumerate(stems[:-1]):
        if stem in COMPETITIONS and tags[i] == "O" and tags[i + 1] == "B-ORG":
            end = i + 2
            while end < len(tags) and tags[end] == "I-ORG":
                end += 1
            tags[i:end] = ["B-MISC"] + ["I-MISC"] * (end - i - 1)


def club_person_rule(stems: Sequence[str], tags: list[str], clubs: "Clubs") -> None:
    """A role, a one-word club, then indefinite words: the club, then the person holding the
    role there («مدرب [الاتحاد] [بولوني]», «مدرب [الأهلي] [كريستيان جروس]»), where the
    CRF made one organization of them (a definite word after the club stays: «الاتحاد
    الأوروبي»)."""
    for lo, hi, label in spans(tags):
        if label == "ORG" and hi - lo > 1 and lo > 0 and stems[lo - 1] in clubs.roles \
                and is_definite(stems[lo]) and (stems[lo],) in clubs.phrases \
                and tuple(stems[lo:hi]) not in clubs.phrases \
                and not any(is_definite(s) or s in clubs.towns for s in stems[lo + 1:hi]):
            put_label(tags, lo, lo + 1, "ORG")
            put_label(tags, lo + 1, hi, "PER")


class Clubs:
    """The club names, the words of sports reports and the place names (``towns``) a
    club may be named after."""

    def __init__(self, towns: frozenset[str] = frozenset()) -> None:
        self.towns = towns
        self.foreign = listed_phrases("foreign_clubs.txt")
        self.phrases = listed_phrases("sports_clubs.txt") | self.foreign
        self.longest = max(map(len, self.phrases), default=1)
        self.context = phrase_words("sports_context.txt")
        self.openers = phrase_words("club_openers.txt")
        self.heads = frozenset("ال" + h for h in phrase_words("org_heads.txt"))
        self.roles = phrase_words("club_roles.txt")

    def sports(self, stems: Sequence[str]) -> bool:
        """Is this text (a sentence or a whole document) a sports report?"""
        return sum(s in self.context or s[:1] in PROCLITICS and s[1:] in self.context
                   for s in stems) >= SPORTS_HITS


