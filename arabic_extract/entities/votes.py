"""One type per spelling (label voting), except for newspapers named like a place: the
name right after a newspaper head («صحيفة "الرياض"», «بجريدة المدينة») is the paper, an
organization, though the article also names the city «الرياض»; it keeps its label and
its vote does not count for the mentions tagged as a place, so that the city stays one."""
from __future__ import annotations

from collections import Counter

from ..document import Mention
from .names import PROCLITICS, name_key

TYPES = ("PER", "LOC", "ORG")
#: quote marks and spaces between a head and the paper's name
_BETWEEN = " \t\n\"'«»“”"


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
    papers = {m for m in mentions if after_paper_head(text, m)}
    votes = _votes(mentions, set())
    place_votes = _votes(mentions, papers) if papers else votes
    out = []
    for m in mentions:
        counts = None if m in papers else (place_votes if m.label == "LOC" else votes) \
            .get(name_key(m.text))
        best = max(counts, key=counts.__getitem__) if counts else m.label
        out.append(m if best == m.label else Mention(m.start, m.end, m.text, best))
    return tuple(out)
