"""The canonical name of an organization without the words that only describe it.

* A company's or a medium's head before its own proper name (``data/bare_name_heads.txt``):
  «شركة مونسانتو» is named «مونسانتو», «صحيفة وول ستريت جورنال» «وول ستريت جورنال» — the
  form of the later mentions and of the gold «name».  Only when the words after the head
  have no article («الشركة العربية …», «بنك الرياض», «بنك أبوظبي الوطني» keep it; a last
  nationality adjective aside), are not one listed place («بنك إنجلترا»), do not open with a
  common noun of ``data/bare_name_nouns.txt`` («وكالة أنباء فارس») and have no «بن/ابن/آل»
  («مؤسسة محمد بن راشد» is named after a person).
* A nationality adjective after a proper name without the article: «سي ليفل جلوبال
  [الأمريكية]», «شركة LoopPay [الأمريكية]» (the guidelines: adjectives are not mentions);
  not the adjectives that end official names («العربية», «الدولي»), nor the home country's
  («زين السعودية», «أرامكو السعودية»: the companies' own names in Saudi news), nor after a
  definite word («وزارة الدفاع الأمريكية», «مجلس الوزراء الكويتي»).

The mentions keep their text; only the entity's name changes, so both forms key it."""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from ..document import Entity, Mention

from ..ner.national import nationalities
from ..ner.place_adjectives import NAME_ADJECTIVES
from ..normalize import normalize
from ..resources import word_list
from .elision import restored_name
from .names import bare, name_key

#: words that make the name after a head a person's («مؤسسة محمد بن راشد»)
PERSON_WORDS = frozenset(normalize(w) for w in ("بن", "ابن", "بنت", "آل", "أبو", "ابو"))
#: quote marks around a name after its head («شركة "يو تي سي"»)
QUOTES = "\"'«»“”„‘’"
#: the home country's adjective, part of its companies' names («زين السعودية»)
HOME_ADJECTIVES = frozenset(normalize(w) for w in ("السعودي", "السعودية"))


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return frozenset(normalize(w) for w in word_list("entities", "data", "bare_name_heads.txt"))


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    return frozenset(normalize(w) for w in word_list("entities", "data", "bare_name_nouns.txt"))


def _one_place(key: str) -> bool:
    from ..ner.lexicon import load_lexicon
    return "LOC" in load_lexicon().words.get(key, ())


def _proper(words: list[str]) -> bool:
    """Words of a company's own proper name after its head (module doc)."""
    keys = [normalize(w.strip(QUOTES)) for w in _without_adjective(words)]
    if not keys or not keys[0] or keys[0] in _nouns() or not PERSON_WORDS.isdisjoint(keys):
        return False
    return not any(k.startswith("ال") for k in keys) and not (len(keys) == 1
                                                               and _one_place(keys[0]))


def _without_adjective(words: list[str]) -> list[str]:
    """``words`` without a last nationality adjective after article-less words."""
    if len(words) < 2:
        return words
    last = normalize(words[-1])
    if last not in nationalities() or last in NAME_ADJECTIVES or last in HOME_ADJECTIVES:
        return words
    if any(normalize(w).startswith("ال") for w in words[:-1]):
        return words
    return words[:-1]


def bare_name(type_: str, name: str) -> str:
    """An organization's ``name`` without a company/medium head and a nationality
    adjective (module doc); other names unchanged."""
    words = name.split()
    if type_ != "ORG" or len(words) < 2:
        return name
    if normalize(words[0]) in _heads() and _proper(words[1:]):
        words = words[1:]
    words = _without_adjective(words)
    return " ".join(words) if words else name


def entity_name(text: str, mention: Mention, count: Callable[[str], int]) -> str:
    """The name of the entity whose fullest mention is ``mention``: its text with an elided
    article restored (:func:`.elision.restored_name`), an organization's bare (above)."""
    return bare_name(mention.label, restored_name(text, mention, count))


def head_names(entity: Entity) -> tuple[str, ...]:
    """The entity's name and, for an organization, the mentions whose head its name left
    out («شركة مونسانتو» for «مونسانتو»): what «الشركة» may point back to."""
    if entity.type != "ORG":
        return (entity.name,)
    return (entity.name, *(m.text for m in entity.mentions
                           if bare_name("ORG", m.text) != m.text))


def opens_with(entity: Entity, head: str) -> bool:
    """Is ``head`` (bare, normalized) the first word of one of :func:`head_names`?"""
    return any(bare(key.split()[0]) == head
               for key in (name_key(n) for n in head_names(entity)) if key)
