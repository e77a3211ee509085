"""«head + name» organizations the CRF left untagged: «شركة/نادي/جماعة + rare non-definite
words» («شركة كوداك») and a quoted name after the head («صحيفة "أخبار اليوم"»).  Part of
the sentence rules of :mod:`.rules`, on normalized clitic-free stems."""
from __future__ import annotations

from typing import Iterator, Sequence

from .lexicon import Lexicon
from .tagging import is_definite, is_nisba, put_label

RARE_NAME = 300  # a non-definite word after a place word is a name only if rarer than this
QUOTES = frozenset('"«»“”')
QUOTED = 6  # longest quoted name after an organization head
CONJUNCT_REST = 20  # «و» + a word this frequent is a conjunct, not a name in «و»
RARE_NEXT = 50  # a further untagged word continues a foreign name only if rarer than this


def free_heads(stems: Sequence[str], tags: list[str], heads: frozenset[str]) -> Iterator[int]:
    """Positions (not the last) of head words the CRF left ``O``, read as the rule runs."""
    if not heads.isdisjoint(stems):
        yield from (i for i, stem in enumerate(stems[:-1]) if stem in heads and tags[i] == "O")

def _conjunct(stems: Sequence[str], norms: Sequence[str] | None, k: int, lex: Lexicon) -> bool:
    """Does word ``k`` carry a conjunction «و» (stripped from its stem, or the word without
    it is a known word too)?  It opens a new phrase, not the next word of a name («جماعة
    ودعوا», «شرطة وجرح»; not «وليد», «وورلد»: «ليد», «ورلد» are rare)."""
    if norms is None or not norms[k].startswith("و"):
        return False
    return not stems[k].startswith("و") or lex.count(norms[k][1:]) >= CONJUNCT_REST


def _name_end(stems: Sequence[str], tags: list[str], start: int, lex: Lexicon,
              norms: Sequence[str] | None = None) -> int:
    """End of the non-definite name words from ``start``: rare words or words the CRF put
    in a name, up to the first definite word («شركة كاريير الرائدة» → «كاريير») or a word
    joined by «و»."""
    end = start
    while end < len(stems) and end - start < 3 and not is_definite(stems[end]) \
            and not _conjunct(stems, norms, end, lex) \
            and len(stems[end]) >= 3 and stems[end].isalpha() \
            and (tags[end] in ("O", "B-ORG", "B-MISC", "B-PER") if end == start
                 else tags[end] in ("O", "I-ORG", "I-MISC", "I-PER")) \
            and (tags[end] != "O" or lex.count(stems[end]) < (RARE_NAME if end == start
                                                                else RARE_NEXT)):
        end += 1
    return end


def after_quote(stems: Sequence[str], tags: list[str], j: int) -> int:
    """``j + 1`` when ``stems[j]`` is a free quote mark opening a name («شركة "كوداك"»)."""
    return j + 1 if j < len(stems) and stems[j] in QUOTES and tags[j] == "O" else j


def _closing_quote(stems: Sequence[str], tags: list[str], start: int) -> int:
    """Index after the quote mark closing a quoted name of at most ``QUOTED`` words, or 0."""
    for j in range(start + 1, min(len(stems), start + QUOTED + 1)):
        if stems[j] in QUOTES:
            return j + 1 if all(t == "O" or t[2:] in ("ORG", "MISC") for t in tags[start:j]) \
                else 0
    return 0


def named_org_rule(stems: Sequence[str], tags: list[str], heads: frozenset[str],
                   lex: Lexicon, norms: Sequence[str] | None = None) -> None:
    """«شركة/نادي/جماعة + rare non-definite words» is an organization named by those words
    («شركة كوداك»), and so is a quoted name after the head, which is the mention without
    head and quote marks («صحيفة "أخبار اليوم"» → «أخبار اليوم»); the CRF's trailing
    non-nisba words leave the name («شركة كاريير الرائدة»)."""
    for i in free_heads(stems, tags, heads):
        start = after_quote(stems, tags, i + 1)
        end = _closing_quote(stems, tags, start) if start > i + 1 else 0
        if end:
            put_label(tags, start, end - 1, "ORG")
            continue
        end = _name_end(stems, tags, start, lex, norms)
        while end < len(tags) and tags[end].startswith("I-") and is_nisba(stems[end]):
            end += 1
        if end == start:
            continue
        j = end
        while j < len(tags) and tags[j].startswith("I-"):
            tags[j] = "O"
            j += 1
        put_label(tags, i, end, "ORG")


