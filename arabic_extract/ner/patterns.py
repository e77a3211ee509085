"""Organization patterns of Arabic news that the CRF misses, applied by ``Rules.sentence``:

* «definite head + adjectives + لـ/لل + genitive» names: «الهيئة السعودية للحياة الفطرية»,
  «المرصد السوري لحقوق الإنسان», «الشركة العربية للأنابيب المحدودة»;
* media: platforms and agencies with unmistakable names («تويتر», «رويترز») anywhere, and
  newspapers or channels named by a common word only after a media head («صحيفة الرياض»);
* sports clubs: foreign clubs of several words anywhere («ريال مدريد»), the other clubs only
  in a sports report, bare club words («الهلال», «الشباب» — common nouns too) only in a club
  position (after a match or club word, in «X وY» pairs).

Like the rules of :mod:`.rules`, the patterns work on normalized clitic-free stems and fill
only tokens the CRF left ``O`` (a few named exceptions re-label a whole CRF mention).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from ..normalize import normalize
from ..resources import word_list
from .rules import _definite, _put

#: stems never opening the genitive of a «… لـX» name («لأن الحكومة», «لكن الوزير»)
LAM_STOP = frozenset({"لان", "لكن", "لدي", "ليس", "لقد", "لما", "لعل", "لهذا", "لذلك",
                      "لهذه", "لها", "لهم", "لكل", "لنا", "لكم", "لغير", "لمده", "لعده"})
#: definite adjectives other than nisba or feminine forms («المجلس الأعلى للقضاء»)
ELATIVES = frozenset({"الاعلي", "العليا", "الكبري", "الاكبر", "العام", "الاول", "الاولي"})
#: words before a place, after which a city-named foreign club stays a place («في ليفربول»)
PLACE_PREPS = frozenset({"في", "من", "الي", "مدينه", "ملعب"})
#: prepositions a club may follow when the word before them is a club or a match word
#: («فاز الهلال على النصر», «انتقل من الشباب إلى الهلال»)
MATCH_PREPS = frozenset({"علي", "الي", "من"})
#: heads of «… لـX» names besides those of org_heads.txt («المرصد السوري لحقوق الإنسان»)
LAM_HEADS = frozenset({"مرصد", "شبكه", "مفوضيه", "نقابه", "منتدي", "برنامج", "حمله", "مكتب",
                       "مجمع", "دار", "مصلحه", "سلطه", "وحده"})
#: organization heads that do not open «… لـX» names: «القوات العراقية لتولي الملف» is forces
#: *for* a task, not a name
LAM_NOT_HEADS = frozenset({"القوات", "الشرطه", "الامن", "الجيش", "الحرس"})
#: feminine participles usual in organization names («الهيئة المستقلة للانتخابات»)
NAME_PARTICIPLES = frozenset({"المستقله", "المتحده", "المشتركه", "المحدوده", "المتخصصه",
                              "المركزيه"})
#: «head + adjective» phrases that are common nouns («الجهاز الفني للفريق»: the coaching staff)
LAM_SKIP = frozenset({("الجهاز", "الفني"), ("الجهاز", "الطبي"), ("الجهاز", "الاداري")})
#: definite words of time that may follow a club («يلتقي الشباب الأسبوع المقبل»)
TIME_WORDS = frozenset({"اليوم", "الليله", "الاسبوع", "الشهر", "الموسم", "السبت", "الاحد",
                        "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "مساء"})
SPORTS_HITS = 2  # a document is a sports report with this many sports words
PROCLITICS = frozenset("وفبل")  # left on a word when corpus counts keep it («بهدفين»)
LONGEST_LAM = 10  # longest «head … لـX …» name


def _load(name: str) -> list[tuple[str, ...]]:
    """The normalized entries of a data file, each as a tuple of words."""
    return [tuple(normalize(e).split()) for e in word_list("ner", "data", name)]


def _words(name: str) -> frozenset[str]:
    return frozenset(e[0] for e in _load(name) if len(e) == 1)


def _phrases(name: str, shortest: int = 1) -> frozenset[tuple[str, ...]]:
    return frozenset(e for e in _load(name) if len(e) >= shortest)


def _adjective(stem: str) -> bool:
    """A definite adjective: nisba («السعودية»), feminine («العامة», not a participle such as
    «المقدمة» unless a usual name word: «المستقلة») or elative («الأعلى»)."""
    return _definite(stem) and (stem.endswith(("ي", "يه")) or stem in ELATIVES or
                                stem.endswith("ه") and (not stem.startswith("الم")
                                                        or stem in NAME_PARTICIPLES))


def _whole(tags: Sequence[str], lo: int, hi: int) -> bool:
    """Does no CRF mention cross the borders of ``[lo, hi)`` (it may lie inside it)?"""
    return hi <= len(tags) and not tags[lo].startswith("I-") and \
        (hi == len(tags) or not tags[hi].startswith("I-"))


def _one_loc(tags: Sequence[str], i: int) -> bool:
    """Is word ``i`` a one-word LOC mention (a nisba the CRF read as the country)?"""
    return tags[i] == "B-LOC" and (i + 1 == len(tags) or not tags[i + 1].startswith("I-"))


@lru_cache(maxsize=32)
def _first_words(phrases: frozenset[tuple[str, ...]]) -> frozenset[str]:
    """The words the phrases start with (a cheap test before slicing)."""
    return frozenset(p[0] for p in phrases if p)


@lru_cache(maxsize=32)
def _longest(*sets: frozenset[tuple[str, ...]]) -> int:
    """The length of the longest phrase in the sets (at least 1)."""
    return max((len(p) for phrases in sets for p in phrases), default=1)


def _match(stems: Sequence[str], i: int, phrases: frozenset[tuple[str, ...]],
           longest: int) -> int:
    """Length of the longest phrase of ``phrases`` starting at word ``i`` (0: none)."""
    if i >= len(stems) or stems[i] not in _first_words(phrases):
        return 0
    for n in range(min(longest, len(stems) - i), 0, -1):
        if tuple(stems[i:i + n]) in phrases:
            return n
    return 0


def _lam_open(stems: Sequence[str], norms: Sequence[str], tags: Sequence[str], j: int) -> int:
    """Index after the genitive that word ``j`` opens with لـ/لل («للحياة», «لحقوق الإنسان»),
    or 0 when it opens none (nor does a purpose clause «لإصدار القرارات»)."""
    norm = norms[j]
    if tags[j] != "O" or not norm.startswith("ل") or norm in LAM_STOP or len(norm) < 4:
        return 0
    if norm.startswith("لل") and len(norm) > 4:
        return j + 1
    nxt = j + 1
    if nxt < len(stems) and tags[nxt] == "O" and _definite(stems[nxt]) \
            and not norms[nxt].startswith("و") and norm[1] != "ا":
        return nxt + 1
    return 0


def lam_rule(stems: Sequence[str], norms: Sequence[str], tags: list[str],
             heads: frozenset[str]) -> None:
    """«definite head + adjectives + لـ/لل + definite words» is one organization: «الهيئة
    السعودية للحياة الفطرية», «المنظمة العربية للتربية والثقافة والعلوم»; it ends at the first
    word that is neither a definite adjective nor a «و + definite» conjunct."""
    if heads.isdisjoint(stems):
        return
    for i, stem in enumerate(stems[:-2]):
        if stem not in heads or tags[i] != "O" or (stem, stems[i + 1]) in LAM_SKIP:
            continue
        j = i + 1
        while j < len(stems) and j - i <= 3 and _adjective(stems[j]) \
                and norms[j].startswith("ال") and (tags[j] == "O" or _one_loc(tags, j)):
            j += 1
        end = _lam_open(stems, norms, tags, j) if i + 1 < j < len(stems) else 0
        if not end:
            continue
        while end < min(len(stems), i + LONGEST_LAM) and tags[end] == "O" \
                and _definite(stems[end]) and stems[end] not in heads \
                and (_adjective(stems[end]) or norms[end].startswith("وال")):
            end += 1
        _put(tags, i, end, "ORG")


def media_rule(stems: Sequence[str], tags: list[str], media: frozenset[tuple[str, ...]],
               heads: frozenset[str], names: frozenset[tuple[str, ...]]) -> None:
    """Platforms, agencies and papers with unmistakable names are organizations wherever
    they stand («تويتر», «رويترز»); a paper or channel named by a common word is one after a
    media head, the head included («صحيفة الرياض», also when the CRF called «الرياض» a
    place), unless an adjective follows («قناة العربية الرسمية» is no such name)."""
    if _first_words(media).isdisjoint(stems) and heads.isdisjoint(stems):
        return  # nothing can match (a quick test before the scan)
    longest = _longest(media, names)
    i = 0
    while i < len(stems):
        n = _match(stems, i, media, longest)
        if n and _whole(tags, i, i + n) and all(t == "O" or t[2:] != "LOC"
                                                for t in tags[i:i + n]):
            _put(tags, i, i + n, "ORG")
            i += n
            continue
        n = _match(stems, i + 1, names, longest) if stems[i] in heads and tags[i] == "O" \
            else 0
        if n and _whole(tags, i + 1, i + 1 + n) and not (
                i + 1 + n < len(stems) and _adjective(stems[i + 1 + n])):
            _put(tags, i, i + 1 + n, "ORG")
            i += n
        i += 1


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
               heads: frozenset[str]) -> bool:
    """May word ``i`` be a club given the word after it? Not before a definite word other
    than a masculine nisba, a time word or a «و» conjunct («الهلال الأحمر», «الوحدة الوطنية»; «الهلال
    السعودي», «الهلال والنصر» are clubs), nor an organization head before any definite word
    («الاتحاد الآسيوي» is the federation)."""
    if i + 1 == len(stems) or not _definite(stems[i + 1]):
        return True
    nxt = stems[i + 1]
    if nxt in TIME_WORDS or norms[i + 1].startswith("و") and len(norms[i + 1]) > len(nxt):
        return True
    return nxt.endswith("ي") and nxt not in ELATIVES and stems[i] not in heads


def _club_prev(stems: Sequence[str], norms: Sequence[str], tags: Sequence[str], i: int,
               openers: frozenset[str]) -> bool:
    """May word ``i`` be a club given the words before it? At the start of a sentence or
    clause, after a match or club word («فاز الهلال», «مدرب النصر»), after «و» joining it to
    a club («الهلال والنصر»), or after على/إلى/من that follow a club or match word."""
    if i == 0 or not stems[i - 1].isalpha() or stems[i - 1] in openers:
        return True
    if norms[i].startswith("و") and len(norms[i]) > len(stems[i]):
        return tags[i - 1].endswith("ORG")
    return stems[i - 1] in MATCH_PREPS and i >= 2 and \
        (tags[i - 2].endswith("ORG") or stems[i - 2] in openers)


def _foreign_club(stems: Sequence[str], tags: Sequence[str], i: int) -> bool:
    """Is word ``i`` a city-named foreign club the CRF called a place or a person
    («ليفربول»)? Not after a place preposition («في ليفربول»)."""
    return not _definite(stems[i]) and tags[i] in ("B-LOC", "B-PER") \
        and _whole(tags, i, i + 1) and (i == 0 or stems[i - 1] not in PLACE_PREPS)


def club_rule(stems: Sequence[str], norms: Sequence[str], tags: list[str], sports: bool,
              clubs: Clubs) -> None:
    """Foreign clubs of several words are organizations anywhere («ريال مدريد»); in a sports
    report, so are the other clubs of several words, and one-word clubs in a club position."""
    if not sports and _first_words(clubs.foreign).isdisjoint(stems):
        return  # outside sports reports only foreign clubs count
    i = 0
    while i < len(stems):
        n = _match(stems, i, clubs.foreign, clubs.longest)
        if n < 2 and sports:
            n = _match(stems, i, clubs.phrases, clubs.longest)
        if n > 1 and _whole(tags, i, i + n):
            _put(tags, i, i + n, "ORG")
            i += n
            continue
        if sports and not n and _bare(stems[i]) in clubs.phrases:
            n = 1
        if sports and n == 1 and (tags[i] == "O" or _foreign_club(stems, tags, i)) \
                and _club_next(stems, norms, i, clubs.heads) \
                and _whole(tags, i, i + 1) and _club_prev(stems, norms, tags, i, clubs.openers):
            _put(tags, i, i + 1, "ORG")
        i += 1


class Clubs:
    """The club names and the words of sports reports."""

    def __init__(self) -> None:
        self.foreign = _phrases("foreign_clubs.txt")
        self.phrases = _phrases("sports_clubs.txt") | self.foreign
        self.longest = max(map(len, self.phrases), default=1)
        self.context = _words("sports_context.txt")
        self.openers = _words("club_openers.txt")
        self.heads = frozenset("ال" + h for h in _words("org_heads.txt"))

    def sports(self, stems: Sequence[str]) -> bool:
        """Is this text (a sentence or a whole document) a sports report?"""
        return sum(s in self.context or s[:1] in PROCLITICS and s[1:] in self.context
                   for s in stems) >= SPORTS_HITS


class OrgPatterns:
    """The organization patterns with their word lists, loaded once."""

    def __init__(self) -> None:
        heads = _words("org_heads.txt") | LAM_HEADS
        self.lam_heads = frozenset(h if h.startswith("ال") else "ال" + h
                                   for h in heads) - LAM_NOT_HEADS
        self.media = _phrases("media.txt")
        self.media_heads = _words("media_heads.txt")
        self.media_names = _phrases("media_names.txt")
        self.clubs = Clubs()

    def apply(self, stems: Sequence[str], tags: list[str], norms: Sequence[str],
              sports: bool | None = None) -> None:
        """All the patterns over one sentence (``sports``: is the document a sports report;
        ``None``: decide from the sentence)."""
        if sports is None:
            sports = self.clubs.sports(stems)
        lam_rule(stems, norms, tags, self.lam_heads)
        media_rule(stems, tags, self.media, self.media_heads, self.media_names)
        club_rule(stems, norms, tags, sports, self.clubs)
