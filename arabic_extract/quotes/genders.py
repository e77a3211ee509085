"""The likely gender of a speaker that no cue has shown yet: a common given name
(``data/given_names.txt``; «عبد…» and «أبو» masculine, «أم» and names in ة feminine) or the title of an
unnamed speaker («مدير الإدارة» masculine, «مديرة المدرسة» feminine)."""
from __future__ import annotations

from ..document import Speaker
from ..entities.names import bare, name_key, title_heads
from .context import word_group

_FILE = "given_names.txt"


def name_gender(name: str | None) -> str | None:
    """"m" or "f" from the first word of a person's name, else None."""
    words = name_key(name).split()
    if not words:
        return None
    first = words[0]
    if first in word_group("male", _FILE) or first.startswith("عبد") and len(first) > 4 \
            or first == "ابو":
        return "m"
    female = first in word_group("female", _FILE) \
        or first.endswith("ه") and len(first) > 3 and not first.startswith("ال")
    return "f" if female else None  # «عزيزة», «نجلاء»: ة marks a woman's name


def title_gender(text: str | None) -> str | None:
    """"m" or "f" from a title opening an unnamed speaker phrase («المتحدثة باسم …»)."""
    words = name_key(text).split()
    head = bare(words[0]) if words else ""
    if head not in title_heads():
        return None
    return "f" if head.endswith("ه") else "m"


def likely_gender(speaker: Speaker) -> str | None:
    """A named speaker's gender from the given name; an unnamed one's from the title."""
    if speaker.entity is not None:
        return name_gender(speaker.name)
    return title_gender(speaker.name or speaker.text)


def gender_key(speaker: Speaker) -> str:
    """The key under which a speaker's cued gender is remembered: the entity, else the
    phrase (the same for «قال مدير الإدارة» and the continued speaker of «وأضاف»)."""
    return speaker.entity or speaker.name or speaker.text or ""
