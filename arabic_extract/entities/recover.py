"""Find the occurrences of an entity's names that the tagger left out.

A name the tagger found once is the same name elsewhere in the article: every other
occurrence of a tagged surface form, alone or behind the proclitics و ف ب ل ك, becomes a
mention too («قال قطان» when only «أحمد عبدالعزيز قطان» and «السفير قطان» were tagged).
Only forms of two words or more, or of one word of at least four letters that the tagger
itself tagged alone, are searched, so common words are not turned into names.
"""
from __future__ import annotations

from bisect import bisect_left, insort

import unicodedata
from collections.abc import Iterable

from ..document import Document, Mention, Span
from .names import token_index

_MIN_SINGLE = 4


_PROCLITICS = frozenset("وفبلك")


def _wordish(ch: str) -> bool:
    return ch.isalpha() or unicodedata.category(ch).startswith("M")


def _clean_start(text: str, start: int) -> bool:
    """Nothing word-like before ``start``, except one or two proclitic letters."""
    i = start
    while i > 0 and start - i < 2 and text[i - 1] in _PROCLITICS:
        if i - 1 == 0 or not _wordish(text[i - 2]):
            return True
        i -= 1
    return start == 0 or not _wordish(text[start - 1])


def occurrences(text: str, form: str) -> list[tuple[int, int]]:
    """Spans of ``form`` standing as whole words, alone or behind و ف ب ل ك
    (plain string search: much cheaper than a compiled pattern per form)."""
    spans, pos = [], text.find(form)
    while pos >= 0:
        end = pos + len(form)
        if (end == len(text) or not _wordish(text[end])) and _clean_start(text, pos):
            spans.append((pos, end))
        pos = text.find(form, pos + 1)
    return spans


def searchable(form: str) -> bool:
    return len(form.split()) > 1 or len(form) >= _MIN_SINGLE


class Taken:
    """Spans already covered, sorted by start, with their longest length: whether a new
    span overlaps one is a binary search, not a scan of every span."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.longest = max((e - s for s, e in self.spans), default=0)

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_left(self.spans, (start - self.longest, start))
        while k < len(self.spans) and self.spans[k][0] < end:
            if self.spans[k][1] > start:
                return True
            k += 1
        return False

    def add(self, start: int, end: int) -> None:
        insort(self.spans, (start, end))
        self.longest = max(self.longest, end - start)


def missing_spans(text: str, forms: Iterable[str], taken: Taken) -> list[Span]:
    """Occurrences of ``forms`` in ``text`` that overlap none of the ``taken`` spans
    (which grows as spans are found; longer forms first)."""
    found: list[Span] = []
    for form in sorted(set(forms), key=len, reverse=True):
        if not searchable(form):
            continue
        for start, end in occurrences(text, form):
            if not taken.overlaps(start, end):
                taken.add(start, end)
                found.append(Span(start, end, text[start:end]))
    return found


def _family_name(word: str) -> bool:
    """A definite nisba word such as «السوداني», «المحمداوي»."""
    return word.startswith("ال") and word.endswith("ي") and len(word) >= 6


def complete_names(doc: Document, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """Extend a person mention over the family name the tagger cut off («محمد شياع
    [السوداني]») when that family name also stands alone elsewhere in the article."""
    counts: dict[str, int] = {}
    for tok in doc.tokens:
        counts[tok.norm] = counts.get(tok.norm, 0) + 1
    out = []
    for m in mentions:
        j = token_index(doc.tokens, m.end)
        nxt = doc.tokens[j] if j < len(doc.tokens) else None
        if m.label == "PER" and nxt is not None and doc.text[m.end:nxt.start] == " " \
                and _family_name(nxt.norm) and counts.get(nxt.norm, 0) > 1 \
                and not any(o.start == nxt.start for o in mentions):
            m = Mention(m.start, nxt.end, doc.text[m.start:nxt.end], m.label)
        out.append(m)
    return tuple(out)
