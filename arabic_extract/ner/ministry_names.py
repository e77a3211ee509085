"""A ministry named by its field and the state's adjective, without «وزارة»: «أعلنت
[الخارجية الأمريكية]», «بيان صادر عن [الداخلية السعودية]» (``ministry_names.txt``).  The
feminine adjective agrees with the left-out «وزارة», not with the field.  Only untagged
words (the adjective may be a one-word place: the tagger reads «السعودية» as the country), and
not after a definite word or a title, where the field is an adjective or a
genitive («السياسة الخارجية الأمريكية», «وزيرة الخارجية الأسترالية»).  Applied after the
sentence rules, on normalized words and clitic-free stems."""
from __future__ import annotations

from collections.abc import Sequence

from .honorifics import role_words
from .tagging import is_definite, one_loc, put_label
from .wordlists import ner_words


def ministry_names() -> frozenset[str]:
    return ner_words("ministry_names.txt")


def _free_field(norms: Sequence[str], stems: Sequence[str], i: int) -> bool:
    """Is the field at ``i`` no adjective or genitive of the word before it?"""
    if i == 0:
        return True
    before = stems[i - 1]
    return not is_definite(before) and before not in role_words() \
        and not norms[i - 1].startswith("ال")


def tag_ministry_names(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                       fields: frozenset[str], nationalities: frozenset[str]) -> None:
    """Tag ORG «field + feminine nationality adjective» (module doc; tags in place)."""
    for i in range(len(stems) - 1):
        if stems[i] in fields and tags[i] == "O" and (tags[i + 1] == "O" or one_loc(tags, i + 1)) \
                and stems[i + 1] in nationalities and stems[i + 1].endswith("يه") \
                and norms[i + 1] == stems[i + 1] and _free_field(norms, stems, i):
            put_label(tags, i, i + 2, "ORG")
