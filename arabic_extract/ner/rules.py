"""Rules applied after the CRF, following the project's annotation guidelines where the
training data (ANERcorp) differs: ministries, agencies and commands are organizations
(«وزارة الداخلية», «قيادة العمليات المشتركة»), named bases, airports and crossings are
places («قاعدة حرير»), and a name found once is found again in the same article.

The rules fill only tokens the CRF left ``O`` (``trim_verbs`` alone cuts a mention short);
they work on normalized clitic-free stems.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from ..entities.names import title_heads
from ..normalize import normalize
from ..resources import word_list
from .lexicon import Lexicon
from .national import (
    NOT_PLACE_HEADS,
    PLACE_HEADS,
    national_rule,
    nationalities,
    place_body_rule,
)
from .consistency import role_plurals
from .companies import company_suffix_rule, company_suffixes
from .honorifics import HonorificRule
from .duals import dual_heads, dual_rule
from .sites import listed_site_rule, listed_sites, site_rule
from .facilities import facility_heads, quoted_facility_rule
from .eponyms import eponym_heads, eponym_lineage, eponym_rule, eponym_titles
from .ports import port_rule
from .openers import trim_openers
from .name_breaks import name_breakers, trim_function_words, trim_prepositional
from .conjunct_orgs import conjunct_heads, conjunct_org_rule
from .verbs import cue_verbs
from .boundaries import (extend_surnames, join_split_names, split_conjuncts, split_punctuation,
                         trim_from, trim_leading, trim_verbs, trim_words)
from .mined import field_phrases, org_phrases, org_starts
from .nisba_names import name_nisbas, nisba_surnames
from .named_orgs import RARE_NAME, after_quote, free_heads, named_org_rule
from .tagging import is_definite, is_nisba, prepositional, put_label



def _strong(name: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in word_list("ner", "data", name))


#: adjectives of time, rank or praise, which describe a body or an event but are no part of
#: a name («جلسة مجلس الوزراء الأسبوعية», «شركة السيارات الألمانية الرائدة»)
NOT_NAME_ADJECTIVES = _strong("not_name_adjectives.txt")


def _modifier(stem: str) -> bool:
    """Can a definite word after the first genitive still belong to an organization name?
    Only adjectives (nisba or feminine: «الأمريكية», «العامة»), not a verbal noun
    («وزارة الإسكان القيام») nor an adjective of time or praise («الأسبوعية»)."""
    return (is_nisba(stem) or stem.endswith("ه")) and \
        stem not in NOT_NAME_ADJECTIVES


def _nisba_place(stems: Sequence[str], tags: list[str], k: int) -> bool:
    """Is word ``k`` a nisba adjective the CRF read as a one-word place («جمعية الثقافة
    السعودية»: «السعودية»)?"""
    return tags[k] == "B-LOC" and is_nisba(stems[k]) and \
        (k + 1 == len(tags) or not tags[k + 1].startswith("I-"))


def _construct_noun(stems: Sequence[str], tags: Sequence[str], k: int) -> bool:
    """Is word ``k`` an untagged indefinite noun in a construct chain before a definite
    genitive («جمعية مراكز الأحياء», «هيئة حقوق الإنسان»)?"""
    return k + 1 < len(stems) and tags[k] == "O" and tags[k + 1] == "O" and \
        stems[k].isalpha() and len(stems[k]) > 2 and not stems[k].startswith("ال") and \
        is_definite(stems[k + 1]) and not is_nisba(stems[k + 1])


def head_rule(stems: Sequence[str], tags: list[str], heads: frozenset[str],
              chain_words: frozenset[str] = frozenset(),
              norms: Sequence[str] | None = None) -> None:
    """«head + definite genitive + adjectives» (وزارة الخارجية الأمريكية, also when the CRF
    read the adjective as a place) becomes one ORG mention; it ends at the first word that
    is not a definite adjective.  The genitive may be a construct chain opened by one of
    ``chain_words`` («هيئة حقوق الإنسان»); it never starts with a preposition (``norms``:
    the words before clitic stripping)."""
    for i in free_heads(stems, tags, heads):
        if prepositional(norms, i + 1):
            continue
        first = i + 2 if stems[i + 1] in chain_words and _construct_noun(stems, tags, i + 1) \
            else i + 1
        end = first
        while end < len(stems) and end - first <= 2 and is_definite(stems[end]) \
                and (tags[end] == "O" or end > first and _nisba_place(stems, tags, end)) \
                and (end == first or _modifier(stems[end])):
            end += 1
        if end > first:
            put_label(tags, i, end, "ORG")


def _construct(stems: Sequence[str], tags: list[str], j: int) -> bool:
    """Is ``stems[j]`` a free definite noun that can close a construct name (عين الأسد)?"""
    return j < len(stems) and is_definite(stems[j]) and not is_nisba(stems[j]) and tags[j] == "O"


def _retaggable(tags: list[str], k: int) -> bool:
    """Is word ``k`` free, or a one-word ORG/MISC mention a place word may make a place?"""
    return k < len(tags) and (tags[k] == "O" or tags[k] in ("B-ORG", "B-MISC") and
                              (k + 1 == len(tags) or not tags[k + 1].startswith("I-")))


def place_rule(stems: Sequence[str], tags: list[str], places: frozenset[str],
               lex: Lexicon) -> None:
    """After قاعدة/مطار/ملعب…, a rare non-adjective word is a place («قاعدة حرير», also when the
    CRF called it an organization), and so is any non-adjective word closed by a definite noun
    («قاعدة عين الأسد»)."""
    if places.isdisjoint(stems):
        return
    for i, stem in enumerate(stems[:-1]):
        k = after_quote(stems, tags, i + 1)
        name = stems[k] if k < len(stems) else ""
        if stem not in places or not _retaggable(tags, k) or is_definite(name) or is_nisba(name) \
                or len(name) < 3 or not name.isalpha():
            continue
        if _construct(stems, tags, k + 1):
            put_label(tags, k, k + 2, "LOC")
        elif lex.count(name) < RARE_NAME:
            put_label(tags, k, k + 1, "LOC")


@lru_cache(maxsize=1)
def media_names() -> frozenset[tuple[str, ...]]:
    """Names of papers and channels (``media.txt`` and ``media_names.txt``), which the place
    list leaves to the media rule («الشرق الأوسط» is a newspaper too) and a time word at
    their end keeps («روسيا اليوم»)."""
    from .phrases import listed_phrases
    return listed_phrases("media.txt") | listed_phrases("media_names.txt")


class Rules:
    """The rule set, with its word lists loaded once."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self.heads = _strong("strong_org_heads.txt")
        self.places = _strong("strong_place_words.txt")
        self.sites = _strong("site_heads.txt")
        self.facilities = facility_heads()
        self.openers = _strong("plural_openers.txt") | _strong("singular_openers.txt")
        self.listed_sites = listed_sites(self.sites) - media_names()
        self.chain_words = _strong("org_chain_words.txt")
        self.nationalities = nationalities()
        self.verbs = cue_verbs(lexicon)
        titles = frozenset(w for w, kinds in lexicon.words.items() if "TITLE" in kinds)
        linker = frozenset(w for w in title_heads() if "PER" not in lexicon.words.get(w, ()))
        roles = role_plurals()  # «خبيران», «الحارسين»
        self.titles = frozenset(w for w in titles | linker | roles if not w.startswith("ال"))
        self.definite_titles = frozenset(w if w.startswith("ال") else "ال" + w
                                         for w in titles | title_heads() | roles)
        self.name_heads = _strong("named_org_heads.txt")
        self.kin = _strong("kinship.txt")
        self.duals = dual_heads()
        self.blessings = _strong("blessings.txt")
        self.breakers = name_breakers()
        self.fields = field_phrases(lexicon, self.nationalities)
        self.place_bodies = (self.name_heads | PLACE_HEADS) - NOT_PLACE_HEADS
        self.suffixes = company_suffixes()
        self.eponyms = (eponym_heads(), eponym_titles(), NOT_NAME_ADJECTIVES)
        self.conjunct_heads = conjunct_heads()
        self.org_starts = org_starts(lexicon)
        self.honorific = HonorificRule(lexicon, self.titles | self.definite_titles | self.verbs
                                       | self.kin | self.blessings, self.nationalities,
                                       self.definite_titles)
        from .patterns import OrgPatterns  # patterns builds on this module's helpers
        self.patterns = OrgPatterns(frozenset(w for w, kinds in lexicon.words.items()
                                              if "LOC" in kinds))

    def sentence(self, stems: Sequence[str], tags: list[str],
                 norms: Sequence[str] | None = None, sports: bool | None = None) -> list[str]:
        """The rules over one sentence (``norms``: the words before clitic stripping;
        ``sports``: is the document a sports report, ``None``: judge by the sentence)."""
        tags = list(tags)
        trim_verbs(stems, tags, self.lex)
        trim_from(stems, tags, self.blessings)
        trim_words(stems, tags, self.verbs)
        trim_words(stems, tags, self.titles | self.kin, "PER")
        trim_leading(stems, tags, self.definite_titles, "PER")
        trim_openers(stems, tags, self.openers, self.lex)
        split_punctuation(stems, tags)
        trim_function_words(stems, tags, self.breakers)
        if norms is not None:
            split_conjuncts(norms, stems, tags, self.heads | self.definite_titles, self.lex)
            join_split_names(norms, stems, tags)
            trim_prepositional(norms, stems, tags, self.lex)
        extend_surnames(stems, tags, self.lex, self.nationalities)
        self._nisbas(stems, tags, norms, sports)
        if norms is not None:
            self.honorific(stems, norms, tags)
        self.patterns.apply(stems, tags, stems if norms is None else norms, sports)
        head_rule(stems, tags, self.heads, self.chain_words, norms)
        org_phrases(stems, tags, self.lex, self.heads, self.org_starts, self.fields, norms)
        named_org_rule(stems, tags, self.name_heads, self.lex, norms)
        place_rule(stems, tags, self.places, self.lex)
        site_rule(stems, tags, self.sites)
        listed_site_rule(stems, tags, self.listed_sites)
        quoted_facility_rule(stems, tags, self.facilities, self.lex)
        national_rule(stems, tags, self.nationalities)
        place_body_rule(stems, tags, self.place_bodies)
        if norms is not None:
            dual_rule(stems, norms, tags, self.duals, self.lex.count)
            company_suffix_rule(norms, tags, self.suffixes)
            conjunct_org_rule(norms, stems, tags, self.conjunct_heads, self.definite_titles)
        eponym_rule(stems, stems if norms is None else norms, tags, *self.eponyms)
        eponym_lineage(stems, stems if norms is None else norms, tags, self.eponyms[0],
                       self.eponyms[2])
        port_rule(stems, stems if norms is None else norms, tags)
        return tags

    def _nisbas(self, stems: Sequence[str], tags: list[str], norms: Sequence[str] | None,
                sports: bool | None) -> None:
        """Nationality adjectives that are family names (`nisba_names`); not in sports
        reports, where clubs read as persons are followed by their country."""
        nisba_surnames(stems, tags, self.lex, self.nationalities)
        if norms is not None and not (self.sports(stems) if sports is None else sports):
            name_nisbas(norms, stems, tags, self.lex, self.nationalities)

    def sports(self, stems: Sequence[str]) -> bool:
        """Is a document of these stems a sports report (club names are clubs in it)?"""
        return self.patterns.clubs.sports(stems)
