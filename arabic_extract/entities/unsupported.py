"""Which clusters of the linker nothing supports (one-word persons that are common words,
words with «و/ف» glued on: :func:`unsupported`), and a person's titles (:func:`person_titles`)."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..document import Document, Mention
from .evidence import Neighbours, common_word, cut_from_word, glued_conjunction, supported
from .names import is_title_word, name_key, title_after, titles_before

if TYPE_CHECKING:
    from .linker import Cluster


def person_titles(doc: Document, type_: str, mentions: Iterable[Mention]) -> tuple[str, ...]:
    """The titles written before or after a person's mentions («رئيس الوزراء», …), in order."""
    if type_ != "PER" or not doc.tokens:
        return ()
    found: list[str] = []
    ends = _name_ends(doc)
    for m in sorted(mentions, key=lambda m: m.start):
        after = title_after(doc.text, doc.tokens, m.end)
        floor = ends[bisect_right(ends, m.start) - 1] if ends and ends[0] <= m.start else 0
        for title in [*titles_before(doc.text, doc.tokens, m.start, floor), *after]:
            if title not in found:
                found.append(title)
    return tuple(found)


def _name_ends(doc: Document) -> list[int]:
    """Ends of the person mentions a title run may not reach back over, sorted: names of
    two words or more with no title word at either end (not «الحوثي» of «القيادي الحوثي
    فلان», «خادم الحرمين الشريفين» of «مساعد السكرتير الخاص لخادم الحرمين الشريفين», a
    tagger's «شيخ شمل»)."""
    ends = []
    for m in doc.mentions:
        words = m.text.split()
        if m.label == "PER" and len(words) > 1 \
                and not is_title_word(words[0]) and not is_title_word(words[-1]):
            ends.append(m.end)
    return sorted(ends)


def _char_before(text: str, pos: int) -> str:
    """The last non-space character before ``pos`` («» at the start): what
    ``text[:pos].rstrip()[-1:]`` gives, without copying the text up to ``pos``."""
    k = pos - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return text[k] if k >= 0 else ""


def unsupported(doc: Document, clusters: list[Cluster]) -> list[Cluster]:
    """The one-word clusters that nothing supports: persons that are common words, and
    words of any type with «و/ف» glued on (see :mod:`.evidence`)."""
    from ..ner.lexicon import load_lexicon
    lexicon = load_lexicon()
    count = lexicon.count
    neighbours = Neighbours([m for c in clusters for m in c.mentions])

    def common(c: Cluster) -> bool:
        return c.type == "PER" and (all(common_word(k[0], count) for k in c.keys)
                                    or cut_from_word(doc, c.mentions))

    def partners(c: Cluster, glued: bool) -> list[Mention]:
        """Same-type mentions a name may be listed with; after a glued «و» only a name
        that «و» or a comma opens («وايومنج ومونتانا», not «وشكى عيسى»)."""
        first = min(m.start for m in c.mentions)
        near = dict.fromkeys(n for m in c.mentions for n in neighbours.near(m))
        return [m for m in near if m.label == c.type
                and (not glued or m.end <= first or m.text[:1] == "و"
                     or _char_before(doc.text, m.start) in ("و", "،", ","))]

    out = []
    for c in clusters:
        if not all(len(name_key(m.text).split()) == 1 for m in c.mentions) or person_titles(doc, c.type, c.mentions):
            continue
        glued = not common(c) and all(glued_conjunction(k[0], count, lexicon.words)
                                      for k in c.keys)
        if (glued or common(c)) and not supported(doc, c.mentions, partners(c, glued)):
            out.append(c)
    return out
