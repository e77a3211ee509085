"""A listed given name and the word after it, right after a rank or honorific, are a
person's name even when nothing closes the name: «ويرى المهندس علي كريم عدم وجود فرق»,
«وحضر الدكتور سعيد جميل الحفل».  :class:`.honorifics.HonorificRule` needs «أن»/«إن» or
punctuation after the name, and the CRF leaves such names untagged when their words are
also common adjectives («كريم», «جميل»).  The honorific makes the name sure: the first
word must be a given name the lexicon lists, the second a listed name too («كريم»,
«الحربي», not «الفعل») or a rare indefinite word («دمشقية», not «مرارا», «يعد»), never
a verb («الأمير علي يهاجم»); later words are taken while the lexicon lists them as names.
Applied to untagged words only, on normalized clitic-free stems."""
from __future__ import annotations

from collections.abc import Sequence

from .consistency import divine_names
from .honorifics import MAX_WORDS, HonorificRule
from .lexicon import GIVEN_NAME_KINDS
from .tagging import is_definite, put_label
from .verbs import is_verb

#: an unlisted second word this frequent is a common word («مرارا», «يعد»), not a name
RARE = 100


def _listed(rule: HonorificRule, stem: str) -> bool:
    return bool(rule.lex.words.get(stem, frozenset()) & GIVEN_NAME_KINDS)


def _second(rule: HonorificRule, stem: str) -> bool:
    """Can ``stem`` follow the given name: no verb («يهاجم»), no «الله» («الأمير أدام الله
    عزه»), and listed or a rare indefinite word («دمشقية»)."""
    if is_verb(stem, rule.lex) or stem in divine_names():
        return False
    return _listed(rule, stem) or (not is_definite(stem) and rule.lex.count(stem) < RARE)


def _clean(stems: Sequence[str], norms: Sequence[str], lo: int, hi: int) -> bool:
    """No clitic on the honorific's later words: «الفريق بركن» is no «الفريق ركن»."""
    return all(norms[k] == stems[k] for k in range(lo, hi))


def _name_end(rule: HonorificRule, stems: Sequence[str], norms: Sequence[str],
              tags: Sequence[str], start: int) -> int:
    """End of «given name + word (+ listed or family names)» from ``start`` (or ``start``)."""
    if start + 1 >= len(stems) or tags[start] != "O" or tags[start + 1] != "O" \
            or not _listed(rule, stems[start]) \
            or not rule.name_word(stems[start], norms[start], True) \
            or not rule.name_word(stems[start + 1], norms[start + 1], False) \
            or not _second(rule, stems[start + 1]):
        return start
    end = start + 2
    while end < len(stems) and end - start < MAX_WORDS and tags[end] == "O" \
            and rule.name_word(stems[end], norms[end], False) and _listed(rule, stems[end]) \
            and not is_verb(stems[end], rule.lex):
        end += 1
    return end


def tag_titled_names(stems: Sequence[str], norms: Sequence[str], tags: list[str],
                     rule: HonorificRule) -> None:
    """Tag PER the name after each honorific whose given name is listed (see module)."""
    firsts = rule.first_words
    for i in range(len(stems) - 2):
        if tags[i] != "O" or stems[i] not in firsts:
            continue
        start = rule.name_start(stems, i)
        if start == i or not _clean(stems, norms, i + 1, start):
            continue
        end = _name_end(rule, stems, norms, tags, start)
        if end > start:
            put_label(tags, start, end, "PER")
