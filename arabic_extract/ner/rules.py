"""Rules applied after the CRF, following the project's annotation guidelines where the
training data (ANERcorp) differs: ministries, agencies and commands are organizations
(«وزارة الداخلية», «قيادة العمليات المشتركة»), named bases, airports and crossings are
places («قاعدة حرير»), and a name found once is found again in the same article.

The rules fill only tokens the CRF left ``O`` (``trim_verbs`` alone cuts a mention short);
they work on normalized clitic-free stems.
"""
from __future__ import annotations

from typing import Sequence

from ..normalize import normalize
from ..resources import word_list
from .lexicon import Lexicon

#: articles words (ال…) that never continue a name
ARTICLE_STOP = frozenset({"الي", "الا", "الان", "الذي", "التي", "الذين", "اللذين", "اللتين",
                          "اللذان", "اللتان", "اللاتي", "اللواتي", "اللتي"})
RARE_NAME = 300  # a non-definite word after a place word is a name only if rarer than this


def _strong(name: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in word_list("ner", "data", name))


def _free(tags: list[str], lo: int, hi: int) -> bool:
    return hi <= len(tags) and all(t == "O" for t in tags[lo:hi])


def _put(tags: list[str], lo: int, hi: int, label: str) -> None:
    tags[lo:hi] = [f"B-{label}"] + [f"I-{label}"] * (hi - lo - 1)


def _definite(stem: str) -> bool:
    return stem.startswith("ال") and len(stem) > 3 and stem not in ARTICLE_STOP


def _nisba(stem: str) -> bool:
    return stem.endswith(("ي", "يه", "يين", "يون"))


def org_phrases(stems: Sequence[str], tags: list[str], lex: Lexicon,
                heads: frozenset[str]) -> None:
    """Mined organization phrases opened by a strong head or an article («وزاره
    الداخليه», «العمليات المشتركه») become ORG."""
    i = 0
    while i < len(stems):
        if stems[i] not in heads and not stems[i].startswith("ال"):
            i += 1
            continue
        for n in range(min(lex.max_phrase, len(stems) - i), 1, -1):
            kinds = lex.phrases.get(tuple(stems[i:i + n]), ())
            if "MORG" in kinds and _free(tags, i, i + n):
                _put(tags, i, i + n, "ORG")
                i += n - 1
                break
        i += 1


def head_rule(stems: Sequence[str], tags: list[str], heads: frozenset[str]) -> None:
    """«head + definite words» (وزارة الخارجية الأمريكية) becomes one ORG mention."""
    for i, stem in enumerate(stems[:-1]):
        if stem not in heads or tags[i] != "O":
            continue
        end = i + 1
        while end < len(stems) and end - i <= 3 and _definite(stems[end]) \
                and tags[end] == "O":
            end += 1
        if end > i + 1:
            _put(tags, i, end, "ORG")


def _construct(stems: Sequence[str], tags: list[str], j: int) -> bool:
    """Is ``stems[j]`` a free definite noun that can close a construct name (عين الأسد)?"""
    return j < len(stems) and _definite(stems[j]) and not _nisba(stems[j]) and tags[j] == "O"


def place_rule(stems: Sequence[str], tags: list[str], places: frozenset[str],
               lex: Lexicon) -> None:
    """After قاعدة/مطار/معبر…, a rare non-adjective word is a place («قاعدة حرير»), and so is
    any non-adjective word closed by a definite noun («قاعدة عين الأسد»)."""
    for i, stem in enumerate(stems[:-1]):
        name = stems[i + 1]
        if stem not in places or tags[i + 1] != "O" or _definite(name) or _nisba(name) \
                or len(name) < 3 or not name.isalpha():
            continue
        if _construct(stems, tags, i + 2):
            _put(tags, i + 1, i + 3, "LOC")
        elif lex.count(name) < RARE_NAME:
            _put(tags, i + 1, i + 2, "LOC")


def trim_verbs(stems: Sequence[str], tags: list[str], lex: Lexicon) -> None:
    """End a mention before a future-tense verb («التحالف الدولي سيغادر» → «التحالف الدولي»):
    an inside word «س…» whose form without س is the more frequent one."""
    for i, stem in enumerate(stems):
        if tags[i].startswith("I-") and stem[:2] in FUTURE and \
                lex.count(stem[1:]) > max(20, 5 * lex.count(stem)):
            j = i
            while j < len(tags) and tags[j].startswith("I-"):
                tags[j] = "O"
                j += 1


FUTURE = frozenset({"سي", "ست", "سن", "سا"})


class Rules:
    """The rule set, with its word lists loaded once."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self.heads = _strong("strong_org_heads.txt")
        self.places = _strong("strong_place_words.txt")

    def sentence(self, stems: Sequence[str], tags: list[str]) -> list[str]:
        tags = list(tags)
        trim_verbs(stems, tags, self.lex)
        head_rule(stems, tags, self.heads)
        org_phrases(stems, tags, self.lex, self.heads)
        place_rule(stems, tags, self.places, self.lex)
        return tags


def propagate(sentences: Sequence[tuple[Sequence[str], list[str]]]) -> None:
    """Tag untagged repeats of the article's mentions (and PER surnames: «السوداني» after
    «محمد شياع السوداني») with the same label, across the whole document."""
    from .conll import spans
    names: dict[tuple[str, ...], str] = {}
    for stems, tags in sentences:
        for lo, hi, label in spans(tags):
            names.setdefault(tuple(stems[lo:hi]), label)
            if label == "PER" and hi - lo >= 2 and len(stems[hi - 1]) > 2:
                names.setdefault((stems[hi - 1],), "PER")
    longest = max(map(len, names), default=0)
    for stems, tags in sentences:
        i = 0
        while i < len(stems):
            for n in range(min(longest, len(stems) - i), 0, -1):
                label = names.get(tuple(stems[i:i + n]))
                if label and _free(tags, i, i + n):
                    _put(tags, i, i + n, label)
                    i += n - 1
                    break
            i += 1
