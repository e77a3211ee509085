"""One type per spelling (label voting), except for newspapers named like a place: the
name right after a newspaper head («صحيفة "الرياض"», «بجريدة المدينة») is the paper, an
organization, though the article also names the city «الرياض»; it keeps its label and
its vote does not count for the mentions tagged as a place, so that the city stays one.
So is a listed paper that the NER made an organization alone in quote marks («في حديثهم
لـ"الرياض"», «نقلته "الشرق الأوسط"»: :mod:`..ner.told`, :mod:`..ner.quoted_media`)."""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from ..document import Mention
from .names import PROCLITICS, name_key

TYPES = ("PER", "LOC", "ORG")
#: quote marks and spaces between a head and the paper's name
_BETWEEN = " \t\n\"'«»“”"
_QUOTES = "\"«»“”"


def paper_heads() -> frozenset[str]:
    """Normalized newspaper heads (the NER's :data:`~arabic_extract.ner.patterns.PAPER_HEADS`)."""
    from ..ner.patterns import PAPER_HEADS  # imported on first use, as the NER stage
    return PAPER_HEADS


def _word_before(text: str, pos: int) -> str:
    """The normalized word before ``pos``, quote marks and spaces skipped."""
    k = pos
    while k > 0 and text[k - 1] in _BETWEEN:
        k -= 1
    start = k
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in _BETWEEN:
        start -= 1
    return name_key(text[start:k])


def after_paper_head(text: str, mention: Mention) -> bool:
    """Is ``mention`` an organization right after a newspaper head («وذكرت صحيفة "الرياض"»)?"""
    if mention.label != "ORG" or not text:
        return False
    word = _word_before(text, mention.start)
    heads = paper_heads()
    return word in heads or word[:1] in PROCLITICS and word[1:] in heads


@lru_cache(maxsize=1)
def media_keys() -> frozenset[str]:
    """Name keys of the newspapers named by a common word or a city (``media_names.txt``;
    read once)."""
    from ..ner.phrases import listed_phrases
    return frozenset(name_key(" ".join(p)) for p in listed_phrases("media_names.txt"))


def quoted_paper(text: str, mention: Mention, papers: frozenset[str]) -> bool:
    """Is ``mention`` a listed paper's name alone in quote marks («لـ"الرياض"»)?"""
    return 0 < mention.start and mention.end < len(text) \
        and text[mention.start - 1] in _QUOTES and text[mention.end] in _QUOTES \
        and name_key(mention.text) in papers


def _papers(mentions: tuple[Mention, ...], text: str) -> set[Mention]:
    """The papers: organizations after a paper head or alone in quote marks, and the place
    mentions alone in quote marks with the spelling of such a quoted paper («حصل «الشرق
    الأوسط» على نسخة» beside «قال لـ«الشرق الأوسط»»)."""
    keys = media_keys()
    quoted = [m for m in mentions if m.label in ("ORG", "LOC") and quoted_paper(text, m, keys)]
    told = {name_key(m.text) for m in quoted if m.label == "ORG"}
    return {m for m in mentions if after_paper_head(text, m)} | \
        {m for m in quoted if name_key(m.text) in told}


def _votes(mentions: tuple[Mention, ...], skip: set[Mention]) -> dict[str, Counter[str]]:
    votes: dict[str, Counter[str]] = {}
    for m in mentions:
        if m.label in TYPES and m not in skip:
            votes.setdefault(name_key(m.text), Counter())[m.label] += 1
    return votes


def vote_labels(mentions: tuple[Mention, ...], text: str = "") -> tuple[Mention, ...]:
    """One type per spelling: a name tagged PER twice and ORG once is PER everywhere
    (ties go to the first label seen); a paper after its head keeps its label, and its
    vote does not count for the places of its spelling."""
    papers = _papers(mentions, text) if text else set()
    votes = _votes(mentions, set())
    place_votes = _votes(mentions, papers) if papers else votes
    out = []
    for m in mentions:
        counts = {"ORG": 1} if m in papers else (place_votes if m.label == "LOC" else votes) \
            .get(name_key(m.text))
        best = max(counts, key=counts.__getitem__) if counts else m.label
        out.append(m if best == m.label else Mention(m.start, m.end, m.text, best))
    return tuple(out)
