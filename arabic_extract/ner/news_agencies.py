"""A news agency named «وكالة أنباء» + its name: «[وكالة أنباء دوجان]», «[وكالة أنباء
الأناضول]», «[وكالة أنباء فارس]».  The tagger reads the name alone, often as a place or a
person («الأناضول», «فارس»), or leaves a rare name untagged.  The indefinite «وكالة أنباء»
and the mention right after it, or one untagged name word (no function word, verb or
indefinite adjective: «وكالة أنباء فارسية» describes an agency), are one ORG mention, the
head included as in «وكالة رويترز».  An untagged name word shaped as an adjective keeps up
to two adjectives after it («وكالة أنباء [الجمهورية الإسلامية الإيرانية]»; not «وكالة أنباء
الأناضول [الحكومية]»).  Applied after the sentence rules, on normalized words and
clitic-free stems."""
from __future__ import annotations

from collections.abc import Sequence

from .consistency import function_words
from .lexicon import Lexicon
from .tagging import definite_nisba, is_definite, is_nisba, one_loc, put_label, \
    span_end
from .verbs import is_verb

#: the normalized «وكالة أنباء»
HEAD = ("وكاله", "انباء")


def _name_end(norms: Sequence[str], stems: Sequence[str], tags: Sequence[str], k: int,
              lex: Lexicon) -> int:
    """End of the agency's name starting at ``k`` (``k`` when there is none)."""
    if k >= len(tags):
        return k
    if tags[k].startswith("B-"):
        return span_end(tags, k)
    free = tags[k] == "O" and stems[k].isalpha() and len(stems[k]) > 1 \
        and stems[k] not in function_words() and not is_verb(norms[k], lex) \
        and (is_definite(stems[k]) or not is_nisba(stems[k]))
    if not free:
        return k
    end = k + 1
    while definite_nisba(stems[k]) and end < min(len(tags), k + 3) and \
            (tags[end] == "O" or one_loc(tags, end)) and definite_nisba(stems[end]):
        end += 1
    return end


def news_agencies(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                  lex: Lexicon) -> None:
    """Tag ORG «وكالة أنباء + name» (module doc; tags changed in place)."""
    for i in range(len(stems) - 2):
        if (stems[i], stems[i + 1]) != HEAD or tags[i] not in ("O", "B-ORG") \
                or tags[i + 1] not in ("O", "I-ORG"):
            continue
        end = _name_end(norms, stems, tags, i + 2, lex)
        if end > i + 2:
            put_label(tags, i, end, "ORG")
