"""Pair quotation marks: « », “ ”, „ “, ‹ ›, ASCII " and ', nested, never failing.

* A closing mark with nothing open is read as an opener (news text often writes ” or »
  on both sides: «قال: ” …”»), when its partner follows within the next two paragraphs.
* A quote still open at the end of its paragraph goes on into the next paragraph when that
  paragraph starts with the same opener or closes it (after nested pairs), unless the
  reporter opens it («وقال …», told by the caller); otherwise it ends at the end of its
  paragraph.
* An ASCII mark shaped as an opener while another is open nests when two closers follow in
  its paragraph («"… داخل "فيفا"، …"»); one right after a colon opens new speech and ends
  the open quote, which lost its closing mark, at its last sentence end («وقال: "…»).
* At most ``MAX_OPEN`` quotes are open at once: news never nests deeper, and text with
  thousands of unclosed marks («قال «… «… «…») would make every later step quadratic; the
  outermost open quote ends, unclosed, where one more opens.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

OPEN_TO_CLOSE = {"«": "»", "“": "”", "„": "“", "‹": "›"}
CLOSE_TO_OPEN = {"»": "«", "”": "“", "›": "‹"}
SYMMETRIC = frozenset({'"', "'"})
ALL_MARKS = frozenset(OPEN_TO_CLOSE) | frozenset(CLOSE_TO_OPEN) | SYMMETRIC
_PRIME = "″"  # publishing software writes the ” after a digit as a double prime
_SPACE_OR_PUNCT = frozenset(" \t\n\r.,،؛:;!?؟()[]{}-")
MAX_OPEN = 8


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted stretch: marks at ``open``/``close`` (``close`` None when unclosed);
    ``start``/``end`` delimit the content without marks and outer spaces."""

    open: int
    close: int | None
    start: int
    end: int
    depth: int

    @property
    def outer_end(self) -> int:
        return self.close + 1 if self.close is not None else self.end


def _is_apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before not in _SPACE_OR_PUNCT and after not in _SPACE_OR_PUNCT


def _paragraph_end(text: str, i: int) -> int:
    end = text.find("\n", i)
    return len(text) if end < 0 else end


def _partner_ahead(text: str, i: int, closer: str) -> bool:
    """Is ``closer`` found after position ``i`` within this and the next paragraph?"""
    limit = _paragraph_end(text, _paragraph_end(text, i) + 1)
    return closer in text[i + 1:limit]


def _continues(text: str, para_end: int, opener: str, closer: str,
               reporter: Callable[[str], bool] | None) -> bool:
    nxt = text[para_end:_paragraph_end(text, para_end + 1)].strip()
    if reporter is not None and reporter(nxt):
        return False  # «قال: «لن نتراجع\nوقال سالم إن …»: the reporter speaks again
    if nxt.startswith(opener):
        return True
    depth = 0
    for ch in nxt:
        if ch == closer and depth == 0:
            return True
        if ch in OPEN_TO_CLOSE:
            depth += 1
        elif ch in CLOSE_TO_OPEN:
            depth = max(0, depth - 1)
    return False


def _make(text: str, open_pos: int, close: int | None, end: int, depth: int) -> Quote:
    start = open_pos + 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Quote(open_pos, close, start, end, depth)


def find_quotes(text: str, reporter: Callable[[str], bool] | None = None) -> tuple[Quote, ...]:
    """All quotes of ``text`` in order of their opening mark (outer before inner);
    ``reporter`` tells a paragraph that the reporter opens («وقال …»): no quote goes on
    into it."""
    found: list[Quote] = []
    stack: list[tuple[str, int, str]] = []  # (opener char, position, expected closer)
    skip: set[int] = set()
    for i, ch in enumerate(text):
        if ch == "\n" and stack:
            stack = _paragraph_break(text, i, stack, found, skip, reporter)
        elif ch in ALL_MARKS and i not in skip and not (ch == "'" and _is_apostrophe(text, i)):
            _mark(text, i, ch, stack, found)
        elif ch == _PRIME and stack and stack[-1][2] == "”":
            _mark(text, i, "”", stack, found)  # «“جالكسي 6″»: a closer after a digit
    for opener, pos, _ in stack:
        found.append(_make(text, pos, None, len(text), _depth(stack, pos)))
    return tuple(sorted(found, key=lambda q: (q.open, q.depth)))


def _depth(stack: list[tuple[str, int, str]], pos: int) -> int:
    return [p for _, p, _ in stack].index(pos)


_PROCLITICS = frozenset({"و", "ف", "ب", "ل", "ك", "لل", "وب", "ول", "فب", "فل", "وك", "بال",
                         "ولل", "بـ", "لـ", "وبـ", "ولـ", "فـ", "كـ"})


def _glued_opener(text: str, i: int) -> bool:
    """A closing-shaped mark right after a proclitic and before a word opens a quote
    («بـ”الإعلام التقليدي”», «و”تويتر”»): a closing mark follows its word, never a lone
    و or ب."""
    j = i
    while j > 0 and not text[j - 1].isspace() and i - j < 4:
        j -= 1
    before = text[j - 1] if j else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isspace() and text[j:i] in _PROCLITICS and not after.isspace() \
        and after not in _SPACE_OR_PUNCT


_CLAUSE_END = frozenset(".،,؛;!?؟")


def _stray_closer(text: str, i: int) -> bool:
    """Is the ASCII mark at ``i`` (nothing open) shaped as a closer ending a clause: glued
    to the word before it and followed by a clause-ending mark («وتمنعهم".», «الليلة"،»)?
    An opener precedes a word; such a mark opening would pair with the next opener and
    shift every later quote."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else "."
    return before not in _SPACE_OR_PUNCT and after in _CLAUSE_END and _pair_follows(text, i)


def _pair_follows(text: str, i: int) -> bool:
    """Do the next two ASCII marks after ``i`` make a well-shaped pair (an opener before a
    word, a closer after one)?  Otherwise the marks are too tangled to drop one."""
    first = text.find('"', i + 1)
    second = text.find('"', first + 1) if first >= 0 else -1
    if second < 0:
        return False
    return text[first - 1] in _SPACE_OR_PUNCT and text[first + 1:first + 2] not in _SPACE_OR_PUNCT \
        and text[second - 1] not in _SPACE_OR_PUNCT \
        and text[second + 1:second + 2] in _SPACE_OR_PUNCT | {""}


def _nested_ascii(text: str, i: int) -> bool:
    """Is the ASCII mark at ``i`` (another one open) an inner opener: shaped as an opener
    (a space before it, a word after it) and followed in its paragraph by two closers
    (glued to the word before them), the inner one's and the outer one's («"نحارب داخل
    "فيفا"، ونريد …"»)?"""
    end = _paragraph_end(text, i)
    first = text.find('"', i + 1, end)
    second = text.find('"', first + 1, end) if first >= 0 else -1
    return second >= 0 and text[i - 1:i] in (" ", "\u00a0") \
        and text[i + 1:i + 2] not in _SPACE_OR_PUNCT | {""} \
        and all(text[k - 1] not in _SPACE_OR_PUNCT for k in (first, second))


def _close_all(text: str, i: int, stack: list[tuple[str, int, str]], found: list[Quote],
               k: int) -> None:
    """End the quotes open from ``stack[k]`` on as unclosed at the last sentence end before
    position ``i`` (else at ``i``): an ASCII mark after a colon opens new speech («وقال:
    "…"»), a closing mark never follows a colon, so the quote still open there lost its
    closing mark, and the reporter's sentence that introduces the new speech is no part
    of it."""
    for _, pos, _ in stack[k:]:
        stop = max(text.rfind(mark, pos + 1, i) for mark in ".!?؟")
        found.append(_make(text, pos, None, stop if stop > pos else i, _depth(stack, pos)))
    del stack[k:]


def _mark(text: str, i: int, ch: str, stack: list[tuple[str, int, str]],
          found: list[Quote]) -> None:
    closers = [k for k, (_, _, c) in enumerate(stack) if c == ch or (c == "“" and ch == "”")]
    if ch in CLOSE_TO_OPEN and _glued_opener(text, i) and _partner_ahead(text, i, ch) \
            or ch == '"' and closers and _nested_ascii(text, i):
        closers = []
    if closers and ch == '"' and text[max(0, i - 2):i].strip() == ":":
        _close_all(text, i, stack, found, closers[-1])  # «وقال: "…» lost its closer
        closers = []
    if closers:
        k = closers[-1]
        for opener, pos, _ in stack[k + 1:]:
            found.append(_make(text, pos, None, i, _depth(stack, pos)))
        found.append(_make(text, stack[k][1], i, i, k))
        del stack[k:]
    elif ch in OPEN_TO_CLOSE:
        _push(text, (ch, i, OPEN_TO_CLOSE[ch]), stack, found)
    elif ch == '"' and _stray_closer(text, i):
        return  # «… وتمنعهم". وأشار "فلان" …»: a closer with nothing open opens nothing
    elif ch in SYMMETRIC or _partner_ahead(text, i, ch):
        _push(text, (ch, i, ch), stack, found)


def _push(text: str, entry: tuple[str, int, str], stack: list[tuple[str, int, str]],
          found: list[Quote]) -> None:
    """Open a quote; with ``MAX_OPEN`` open already, the outermost ends (unclosed) here."""
    if len(stack) >= MAX_OPEN:
        found.append(_make(text, stack[0][1], None, entry[1], 0))
        del stack[0]
    stack.append(entry)


def _paragraph_break(text: str, i: int, stack: list[tuple[str, int, str]],
                     found: list[Quote], skip: set[int],
                     reporter: Callable[[str], bool] | None) -> list[tuple[str, int, str]]:
    kept = []
    for opener, pos, closer in stack:
        if opener not in SYMMETRIC and _continues(text, i, opener, closer, reporter):
            kept.append((opener, pos, closer))
            nxt = len(text[i:]) - len(text[i:].lstrip())
            if text[i + nxt:i + nxt + 1] == opener:
                skip.add(i + nxt)
        else:
            found.append(_make(text, pos, None, i, _depth(stack, pos)))
    return kept
