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

from typing import Sequence

from .clubs import Clubs, club_person_rule, club_rule, competition_rule
from .phrases import ELATIVES, first_words, longest_phrase, match_phrase, listed_phrases, whole_span, phrase_words, tag_listed
from .tagging import ARTICLE_STOP, is_definite, one_loc, put_label

#: stems never opening the genitive of a «… لـX» name («لأن الحكومة», «لكن الوزير»)
LAM_STOP = frozenset({"لان", "لكن", "لدي", "ليس", "لقد", "لما", "لعل", "لهذا", "لذلك",
                      "لهذه", "لها", "لهم", "لكل", "لنا", "لكم", "لغير", "لمده", "لعده"})
#: events a team prepares for or takes part in, never the field a body is named for
#: («المنتخب الكويتي للمباراة», «الفريق الساعي للفوز», «اللجنة المنظمة للبطولة»)
LAM_EVENTS = frozenset({"المباراه", "المباريات", "اللقاء", "الفوز", "البطوله", "النهائي",
                        "الموسم", "المنافسه", "المنافسات"})
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
#: first ordinals (the others: data/ordinal_units.txt), normalized
ORDINALS = frozenset({"الاول", "الاولي"})
LONGEST_LAM = 10  # longest «head … لـX …» name
#: heads after which any definite name is a newspaper («صحيفة الوئام»)
PAPER_HEADS = frozenset({"صحيفه", "جريده", "مجله", "صحيفتا"})
#: … also with a proclitic the corpus counts left on them («بصحيفة»)
PAPER_FORMS = PAPER_HEADS | {p + h for p in "وفبلك" for h in PAPER_HEADS}


def _adjective(stem: str) -> bool:
    """A definite adjective: nisba («السعودية»), feminine («العامة», not a participle such as
    «المقدمة» unless a usual name word: «المستقلة») or elative («الأعلى»)."""
    return is_definite(stem) and (stem.endswith(("ي", "يه")) or stem in ELATIVES or
                                stem.endswith("ه") and (not stem.startswith("الم")
                                                        or stem in NAME_PARTICIPLES))


def _lam_open(stems: Sequence[str], norms: Sequence[str], tags: Sequence[str], j: int) -> int:
    """Index after the genitive that word ``j`` opens with لـ/لل («للحياة», «لحقوق الإنسان»),
    or 0 when it opens none (nor does a purpose clause «لإصدار القرارات»)."""
    norm = norms[j]
    if tags[j] != "O" or not norm.startswith("ل") or norm in LAM_STOP or len(norm) < 4 \
            or stems[j] in LAM_EVENTS:
        return 0
    if norm.startswith("لل") and len(norm) > 4:
        return j + 1
    nxt = j + 1
    if nxt < len(stems) and tags[nxt] == "O" and is_definite(stems[nxt]) \
            and not norms[nxt].startswith("و") and norm[1] != "ا":
        return nxt + 1
    return 0


def lam_rule(stems: Sequence[str], norms: Sequence[str], tags: list[str],
             heads: frozenset[str], not_name: frozenset[str] = frozenset(),
             ordinals: frozenset[str] = frozenset()) -> None:
    """«definite head + adjectives + لـ/لل + definite words» is one organization: «الهيئة
    السعودية للحياة الفطرية», «المنظمة العربية للتربية والثقافة والعلوم»; it ends at the first
    word that is neither a definite adjective nor a «و + definite» conjunct.  An adjective
    of ``not_name`` (time, praise: «القيادة الحكيمة لـ…») makes no such name, nor does an
    ordinal right after the head («المجموعة الثانية للتصفيات», «الفريق الأول للنادي»; not
    «المنتخب السعودي الأول لكرة القدم»)."""
    if heads.isdisjoint(stems):
        return
    for i, stem in enumerate(stems[:-2]):
        if stem not in heads or tags[i] != "O" or (stem, stems[i + 1]) in LAM_SKIP:
            continue
        j = i + 1
        while j < len(stems) and j - i <= 3 and _adjective(stems[j]) \
                and norms[j].startswith("ال") and (tags[j] == "O" or one_loc(tags, j)):
            j += 1
        if not_name.intersection(stems[i + 1:j]) or stems[i + 1] in ordinals:
            continue
        end = _lam_open(stems, norms, tags, j) if i + 1 < j < len(stems) else 0
        if not end:
            continue
        while end < min(len(stems), i + LONGEST_LAM) and tags[end] == "O" \
                and is_definite(stems[end]) and stems[end] not in heads \
                and (_adjective(stems[end]) or norms[end].startswith("وال")):
            end += 1
        put_label(tags, i, end, "ORG")


def known_rule(stems: Sequence[str], tags: list[str],
               known: frozenset[tuple[str, ...]], norms: Sequence[str] | None = None) -> None:
    """Well-known organizations («داعش», «البيت الأبيض») are ORG wherever they stand, also
    over a CRF mention of another type that lies within the name."""
    tag_listed(stems, tags, known, "ORG", norms)


def media_rule(stems: Sequence[str], tags: list[str], media: frozenset[tuple[str, ...]],
               heads: frozenset[str], names: frozenset[tuple[str, ...]]) -> None:
    """Platforms, agencies and papers with unmistakable names are organizations wherever
    they stand («تويتر», «رويترز»); a paper or channel named by a common word is one after a
    media head, the head left out as the name is written alone elsewhere («صحيفة الرياض» →
    «الرياض», also when the CRF called it a place), unless an adjective follows («قناة
    العربية الرسمية» is no such name); so is any definite name after a newspaper head
    («بصحيفة الوئام» → «الوئام»; not after «قناة»: «قناة السويس»)."""
    if first_words(media).isdisjoint(stems) and heads.isdisjoint(stems) \
            and PAPER_FORMS.isdisjoint(stems):
        return  # nothing can match (a quick test before the scan)
    longest = longest_phrase(media, names)
    i = 0
    while i < len(stems):
        n = match_phrase(stems, i, media, longest)
        if n and whole_span(tags, i, i + n) and all(t == "O" or t[2:] != "LOC"
                                                for t in tags[i:i + n]):
            put_label(tags, i, i + n, "ORG")
            i += n
            continue
        n = match_phrase(stems, i + 1, names, longest) if stems[i] in heads and tags[i] == "O" \
            else 0
        if n and i + 1 + n < len(stems) and _adjective(stems[i + 1 + n]):
            n = 0
        if not n and stems[i] in PAPER_FORMS and tags[i] == "O":
            n = _paper_name(stems, tags, i + 1)
        if n and whole_span(tags, i + 1, i + 1 + n):
            put_label(tags, i + 1, i + 1 + n, "ORG")
            i += n
        i += 1


def _paper_name(stems: Sequence[str], tags: Sequence[str], start: int) -> int:
    """Length of the definite name of a newspaper at ``start`` (at most two words, the
    second not an adjective of its own: «الشرق الأوسط»), or 0."""
    n = 0
    while n < 2 and start + n < len(stems) and is_definite(stems[start + n]) \
            and stems[start + n] not in ARTICLE_STOP \
            and (tags[start + n] == "O" or n == 0 and one_loc(tags, start)) \
            and not (n and _adjective(stems[start + n])):
        n += 1
    return n


class OrgPatterns:
    """The organization patterns with their word lists, loaded once."""

    def __init__(self, towns: frozenset[str] = frozenset()) -> None:
        heads = phrase_words("org_heads.txt") | LAM_HEADS
        self.lam_heads = frozenset(h if h.startswith("ال") else "ال" + h
                                   for h in heads) - LAM_NOT_HEADS
        self.media = listed_phrases("media.txt")
        self.media_heads = phrase_words("media_heads.txt")
        self.media_names = listed_phrases("media_names.txt")
        self.clubs = Clubs(towns)
        self.known = listed_phrases("known_orgs.txt") | listed_phrases("orgs_world.txt")
        self.not_name = phrase_words("not_name_adjectives.txt")
        self.ordinals = ORDINALS | phrase_words("ordinal_units.txt")

    def apply(self, stems: Sequence[str], tags: list[str], norms: Sequence[str],
              sports: bool | None = None) -> None:
        """All the patterns over one sentence (``sports``: is the document a sports report;
        ``None``: decide from the sentence)."""
        if sports is None:
            sports = self.clubs.sports(stems)
        lam_rule(stems, norms, tags, self.lam_heads, self.not_name, self.ordinals)
        media_rule(stems, tags, self.media, self.media_heads, self.media_names)
        club_rule(stems, norms, tags, sports, self.clubs)
        known_rule(stems, tags, self.known, norms)
        competition_rule(stems, tags)
        club_person_rule(stems, tags, self.clubs)
