"""Words after a complete organization or place name that end it.

* «ب» + a word: names rarely go on through the preposition «ب» («منظمة التجارة العالمية
  بالحواجز» → «منظمة التجارة العالمية», «مستشفى بألمانيا», «نادي الاتحاد بشكل»); a place
  after it is a place of its own («وزارة العمل بالرياض» → «وزارة العمل» + «الرياض»), and a
  given name after that place opens a person («بالقطيف سعد …»).  The
  word reads as ب + word when that word has the article and is a corpus word, or is a
  frequent word itself and the whole names nothing; without the article the word before it
  must be a frequent definite word or an organization head (a transliteration goes on:
  «واشنطن بوست», «الواشنطن بوست», «جوجل بلاي», «أطباء بلا حدود»).  No name is cut inside
  a quotation it opened.
* a title with the article (or «لل» + title): «الحزب الشيوعي للرئيس …», «قناة السويس
  المهندس …»; a person's name after the title is that person.  Only after two words: a title
  right after the head (or a quote) is its genitive («مكتب الرئيس», «مستشفى الملك فهد»).
* a given name right after a definite word that is no title: «نقابة … للمحامين سعد …» →
  the organization, then the person («جامعة الملك سعود» stays).

Applied after the sentence rules, on normalized words and clitic-free stems."""
from __future__ import annotations

from collections.abc import Sequence

from ..entities.names import PROCLITICS as NAME_PROCLITICS
from .conll import spans
from .indefinite import inside_quotes
from .lexicon import GIVEN_NAME_KINDS, NAMING_KINDS, Lexicon
from .phrases import longest_phrase, match_phrase
from .tagging import is_definite, is_nisba

LABELS = frozenset({"ORG", "LOC"})
#: ب + a word with the article: the word this frequent in the corpus
ARTICLE_MIN = 20
#: ب + a word without it: the word this frequent
WORD_MIN = 100
PLACE_KINDS = frozenset({"LOC", "MLOC"})
NOT_PERSON_KINDS = NAMING_KINDS - GIVEN_NAME_KINDS - {"XPER"}
#: titles that are ordinary nouns of names too («رابطة العالم الإسلامي»)
NOT_TITLES = frozenset({"العالم"})
#: … and after «لل» («البرنامج الإعدادي للفريق»: the team)
NOT_ATTACHED_TITLES = frozenset({"الفريق"})
PROCLITICS = frozenset(NAME_PROCLITICS)
PLURAL_ENDINGS = ("ين", "ون", "ان", "ات")


def _kinds(word: str, lex: Lexicon) -> frozenset[str]:
    return lex.words.get(word, frozenset())


def _with_ba(norms: Sequence[str], stems: Sequence[str], i: int, lex: Lexicon) -> bool:
    """Is word ``i`` the preposition ب + a word that ends the name before it?"""
    norm = norms[i]
    rest = norm[1:]
    if not norm.startswith("ب") or len(rest) < 3:
        return False
    if rest.startswith("ال"):
        return lex.count(rest) >= ARTICLE_MIN
    before = stems[i - 1]  # a rare word with the article is a transliteration: «الواشنطن بوست»
    return lex.count(rest) >= WORD_MIN and _kinds(norm, lex).isdisjoint(NAMING_KINDS) \
        and (is_definite(before) and lex.count(before) >= ARTICLE_MIN
             or "OHEAD" in _kinds(before, lex))


def _retag(tags: list[str], i: int, hi: int, label: str) -> None:
    """Words ``i`` to ``hi`` become a mention of ``label`` (untagged when it is empty)."""
    for k in range(i, hi):
        tags[k] = "O" if not label else ("B-" if k == i else "I-") + label


def _person_after(stems: Sequence[str], i: int, lex: Lexicon) -> bool:
    return _kinds(stems[i], lex) & GIVEN_NAME_KINDS != frozenset() \
        and _kinds(stems[i], lex).isdisjoint(NOT_PERSON_KINDS)


def _given_name(norms: Sequence[str], stems: Sequence[str], i: int, lex: Lexicon) -> bool:
    """Is word ``i`` a listed given name with no proclitic and no other reading («لرعاية»
    is ل + «رعاية»)?"""
    norm = norms[i]
    return len(norm) > 2 and norm == stems[i] and not norm.startswith("ال") \
        and "PER" in _kinds(norm, lex) \
        and _person_after(stems, i, lex) and not (norm[0] in PROCLITICS
                                                  and lex.count(norm[1:]) >= ARTICLE_MIN)


def _title(norms: Sequence[str], stems: Sequence[str], i: int, titles: frozenset[str]) -> bool:
    """Is word ``i`` a title that no name goes on through: not an adjective or plural
    («المكتب الإعلامي», «هيئة المهندسين»), nor a word of «عبد الملك», nor a title that is an
    ordinary noun too («رابطة العالم الإسلامي»)?"""
    stem = stems[i]
    if stem in NOT_ATTACHED_TITLES and norms[i] != stem:
        return False
    return stem in titles and stem not in NOT_TITLES and not is_nisba(stem) \
        and not stem.endswith(PLURAL_ENDINGS) and not stems[i - 1].endswith("عبد")


def _cut(norms: Sequence[str], stems: Sequence[str], start: tuple[int, int], hi: int,
         lex: Lexicon, titles: frozenset[str], eponyms: frozenset[str]
         ) -> tuple[int, int, str] | None:
    """Where the name ``lo``–``hi`` ends (``start``: ``lo`` and the first word that may end
    it): (first word left out, first word of what follows, its label), or ``None``."""
    lo, first = start
    for i in range(first, hi):
        if inside_quotes(stems, lo, i):
            continue
        if _with_ba(norms, stems, i, lex):
            place = not _kinds(stems[i], lex).isdisjoint(PLACE_KINDS) or \
                not _kinds(norms[i][1:], lex).isdisjoint(PLACE_KINDS)
            return i, i, "LOC" if place else ""
        if sum(s.isalpha() for s in stems[lo:i]) > 1 and _title(norms, stems, i, titles):
            person = i + 1 < hi and _person_after(stems, i + 1, lex)
            return i, i + 1, "PER" if person else ""
        if is_definite(stems[i - 1]) and stems[i - 1] not in titles | eponyms \
                and _given_name(norms, stems, i, lex):
            return i, i, "PER"
    return None


def trim_org_tails(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                   lex: Lexicon, titles: frozenset[str], eponyms: frozenset[str],
                   known: frozenset[tuple[str, ...]] = frozenset()) -> None:
    """End ORG and LOC mentions before ب + word, a title or a given name (tags changed in
    place; ``titles``: definite titles, ``eponyms``: titles that open an eponym; a name of
    the ``known`` list is never cut inside: «هيئة الأمر بالمعروف والنهي عن المنكر»)."""
    longest = longest_phrase(known) if known else 1
    for lo, hi, label in spans(tags):
        if label not in LABELS:
            continue
        listed = match_phrase(stems, lo, known, longest, norms) if known else 0
        cut = _cut(norms, stems, (lo, max(lo + 1, lo + listed)), hi, lex, titles, eponyms)
        if cut is not None:
            left, start, rest = cut
            _retag(tags, left, start, "")
            person = next((k for k in range(start + 1, hi) if rest == "LOC"
                           and _given_name(norms, stems, k, lex)), hi)
            _retag(tags, start, person, rest)  # «بالقطيف فلان …»: the place, then the person
            _retag(tags, person, hi, "PER")
