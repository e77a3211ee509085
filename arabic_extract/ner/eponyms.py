"""A facility, institution or award named after a person is one mention, the person's name
inside it no PER mention of its own: «مطار الملك خالد الدولي» is a place, «جامعة الإمام
محمد بن سعود الإسلامية» an organization (``eponym_heads.tsv`` gives each head's type;
MISC for awards and cups, «جائزة الملك فيصل», which are no entities).  The CRF reads the
name after the title as a person («خالد الدولي»).  Applied by ``Rules.sentence`` last, on
normalized clitic-free stems.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..normalize import normalize
from ..resources import word_list
from ..entities.names import LINEAGE
from .tagging import is_definite, is_nisba, put_label


def eponym_heads() -> dict[str, str]:
    """Normalized head → type of the whole name (LOC, ORG or MISC)."""
    return {head: kind for head, kind, _ in _eponym_rows()}


def bare_eponym_heads() -> dict[str, str]:
    """The heads that take a person's name also without a title (no «titled» column)."""
    return {head: kind for head, kind, titled in _eponym_rows() if not titled}


def _eponym_rows() -> list[tuple[str, str, bool]]:
    """(normalized head, type, needs a title) of ``eponym_heads.tsv``."""
    rows = (line.split("\t") for line in word_list("ner", "data", "eponym_heads.tsv"))
    return [(normalize(r[0].strip()), r[1].strip(), len(r) > 2 and r[2].strip() == "titled")
            for r in rows]


def eponym_titles() -> dict[str, bool]:
    """Normalized title → does a surname follow the given name («الدكتور»; not «الملك»)?"""
    rows = (line.split("\t") for line in word_list("ner", "data", "eponym_titles.txt"))
    return {normalize(row[0].strip()): len(row) > 1 for row in rows}


def _adjective(stem: str, not_adjectives: frozenset[str]) -> bool:
    """A definite nisba or feminine adjective («الدولي», «الطبيه»), not one of time or
    praise."""
    return is_definite(stem) and (is_nisba(stem) or stem.endswith("ه")) and \
        stem not in not_adjectives


#: words that link a person's name to its next word («بن», «آل», «عبد» of «عبد العزيز»)
LINKS = frozenset({"بن", "بنت", "ابن", "ال", "عبد", "ابو", "ابي", "ام"})


def _name_end(stems: Sequence[str], tags: Sequence[str], start: int, surname: bool) -> int:
    """End of the person's name from ``start``: a given name and the CRF's PER words
    linked to it by «بن», «آل», «عبد»…, and one more PER word after a title that a surname
    follows («الدكتور سليمان الحبيب»); not «بالعقيق», «القريب» after «نايف», which the
    CRF took in."""
    j = start + 1
    while j < len(tags) and tags[j] == "I-PER":
        if stems[j - 1] in LINKS:
            j += 1
        elif stems[j] in LINKS and j + 1 < len(tags) and tags[j + 1] == "I-PER":
            j += 2
        else:
            break
    return j + 1 if surname and j < len(tags) and tags[j] == "I-PER" else j


def adjectives_end(stems: Sequence[str], norms: Sequence[str], tags: Sequence[str], j: int,
                    not_adjectives: frozenset[str]) -> int:
    """End of the adjectives from ``j`` that close the name («الدولي», «الطبيه»; not
    «بالنادي», whose «ب» makes it a new phrase)."""
    while j < len(tags) and tags[j] in ("O", "I-PER") and norms[j] == stems[j] and \
            _adjective(stems[j], not_adjectives):
        j += 1
    return j


def _head_and_title(tags: Sequence[str], i: int) -> bool:
    """Are the head at ``i`` and the title after it a mention of their own, the person's
    name a PER mention right after it?"""
    return tags[i] != "O" and tags[i + 1] == "I" + tags[i][1:] and tags[i + 2] == "B-PER"


def _titled_name(tags: list[str], i: int) -> bool:
    """Are the title at ``i + 1`` and the name after it, or the name alone, an ORG mention
    of the CRF's («مستشفى» + «الملك فيصل» typed as a university's name; «مستشفى الملك» +
    «فهد المركزي»)?  Then retag it as a title and a PER name, which the eponym rule joins
    to the head.  (A LOC mention there is a place named so: «مدينة الشيخ زويد».)"""
    if tags[i] != "O" or (tags[i + 1], tags[i + 2]) not in (("B-ORG", "I-ORG"),
                                                            ("O", "B-ORG")):
        return False
    tags[i + 1], tags[i + 2] = "O", "B-PER"
    k = i + 3
    while k < len(tags) and tags[k] == "I-ORG":
        tags[k] = "I-PER"
        k += 1
    return True


def eponym_rule(stems: Sequence[str], norms: Sequence[str], tags: list[str],
                heads: Mapping[str, str], titles: Mapping[str, bool],
                not_adjectives: frozenset[str]) -> None:
    """«head + title + PER mention (+ adjectives)» → one mention of the head's type
    (``norms``: the words before clitic stripping)."""
    if titles.keys().isdisjoint(stems):
        return
    for i, stem in enumerate(stems[:-2]):
        kind = heads.get(stem)
        if kind is None or tags[i] not in ("O", "B-ORG", "B-LOC", "B-MISC") \
                or stems[i + 1] not in titles:
            continue
        if tags[i + 1] == "B-PER" and tags[i + 2] == "I-PER":
            start = i + 2
            tags[start] = "B-PER"
        elif tags[i + 1] == "O" and tags[i + 2] == "B-PER":
            start = i + 2
        elif _head_and_title(tags, i) or _titled_name(tags, i):  # «مؤسسة الملك» + «عبدالله …»
            start = i + 2
        else:
            continue
        end = _name_end(stems, tags, start, titles[stems[i + 1]])
        end = adjectives_end(stems, norms, tags, end, not_adjectives)
        k = end
        while k < len(tags) and tags[k] == "I-PER":
            tags[k] = "O"
            k += 1
        put_label(tags, i, end, kind)


def eponym_lineage(stems: Sequence[str], norms: Sequence[str], tags: list[str],
                   heads: Mapping[str, str], not_adjectives: frozenset[str]) -> None:
    """A facility or institution mention of a head and a given name («مؤسسة محمد») goes on
    through «بن» + name, as often as it comes, and the adjectives after it («مؤسسة محمد بن
    فلان بن فلان الخيرية»): the person's name is part of the institution's."""
    for i, stem in enumerate(stems[:-3]):
        kind = heads.get(stem)
        if kind is None or tags[i] != f"B-{kind}" or tags[i + 1] != f"I-{kind}" \
                or stems[i + 2] not in LINEAGE or tags[i + 2] == f"I-{kind}":
            continue
        j = i + 2
        while j + 1 < len(stems) and stems[j] in LINEAGE and tags[j + 1] in ("O", "B-PER",
                                                                           "I-PER"):
            j += 2
        end = k = adjectives_end(stems, norms, tags, j, not_adjectives)
        while k < len(tags) and tags[k] == "I-PER":
            tags[k] = "O"
            k += 1
        put_label(tags, i, end, kind)
