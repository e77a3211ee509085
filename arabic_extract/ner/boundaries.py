"""Boundary rules: words that are never part of a name leave their mention (reporting
verbs, titles, future-tense verbs), and punctuation or a «و» conjunct splits one mention in
two.  Applied first by ``Rules.sentence``, on normalized clitic-free stems."""
from __future__ import annotations

from collections.abc import Sequence

from .lexicon import GIVEN_NAME_KINDS, PERSON_KINDS, Lexicon
from .tagging import conjoined


def trim_verbs(stems: Sequence[str], tags: list[str], lex: Lexicon) -> None:
    """End a mention before a future-tense verb («التحالف الدولي سيغادر» → «التحالف الدولي»):
    an inside word «س…» whose form without س is the more frequent one."""
    for i, stem in enumerate(stems):
        if tags[i].startswith("I-") and stem[:2] in FUTURE and \
                len(stem) >= (FIRST_PERSON_FUTURE if stem[:2] == "سا" else 0) and \
                lex.count(stem[1:]) > max(20, 5 * lex.count(stem)):
            _cut(tags, i)


def _cut(tags: list[str], i: int) -> None:
    """Untag word ``i`` and the rest of its mention."""
    tags[i] = "O"
    while i + 1 < len(tags) and tags[i + 1].startswith("I-"):
        i += 1
        tags[i] = "O"


FUTURE = frozenset({"سي", "ست", "سن", "سا"})
#: letters of the shortest «سأ» + imperfect verb («سأعود»); a shorter «سا…» is a name
#: («سابا», «سامر»: not «سـ» + «أبا», «أمر»)
FIRST_PERSON_FUTURE = 5


def trim_words(stems: Sequence[str], tags: list[str], words: frozenset[str],
               label: str = "") -> None:
    """Words that are never part of a name leave their mention (of type ``label``, or of
    any type): reporting verbs («الشافعي يعزو» → «الشافعي»), titles inside a person's
    name («سالم وكيل» → «سالم»); a following inside word starts a new mention."""
    for i, stem in enumerate(stems):
        if tags[i] != "O" and stem in words and (not label or tags[i].endswith(label)):
            tags[i] = "O"
            if i + 1 < len(tags) and tags[i + 1].startswith("I-"):
                tags[i + 1] = "B-" + tags[i + 1][2:]


def trim_from(stems: Sequence[str], tags: list[str], words: frozenset[str]) -> None:
    """A word of ``words`` followed by «الله» ends its mention, and the rest of that
    mention goes with it: «عبدالله بن عبدالعزيز رحمه الله» → «عبدالله بن عبدالعزيز», «رضي
    الله» → nothing («رحمة الحويطي», a woman's name, is normalized «رحمه» too: it stays)."""
    if words.isdisjoint(stems):
        return
    for i, stem in enumerate(stems[:-1]):
        if tags[i] != "O" and stem in words and stems[i + 1] == "الله":
            _cut(tags, i)


def trim_leading(stems: Sequence[str], tags: list[str], words: frozenset[str],
                 label: str) -> None:
    """Words of ``words`` leave the start of a mention of type ``label`` that goes on after
    them: «الرئيس بشار الأسد» → «بشار الأسد», «القيادي أبو سياف» → «أبو سياف» (a mention of
    that word alone stays: «القاضي» may be a surname)."""
    if f"I-{label}" not in tags or words.isdisjoint(stems):
        return
    for i, stem in enumerate(stems[:-1]):
        if tags[i] == f"B-{label}" and stem in words and tags[i + 1] == f"I-{label}":
            tags[i], tags[i + 1] = "O", f"B-{label}"


def split_punctuation(stems: Sequence[str], tags: list[str]) -> None:
    """A comma, semicolon, colon or bracket is never inside a name: it ends the mention and
    a following inside word starts a new one («أحمد العلي، عبدالهادي …»)."""
    if SPLITTERS.isdisjoint(stems):
        return
    for i in range(1, len(tags)):
        if tags[i].startswith("I-") and stems[i] in SPLITTERS:
            tags[i] = "O"
            if i + 1 < len(tags) and tags[i + 1].startswith("I-"):
                tags[i + 1] = "B-" + tags[i + 1][2:]


SPLITTERS = frozenset({",", "،", ";", "؛", ":", "(", ")", "[", "]"})


def split_conjuncts(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                    heads: frozenset[str] = frozenset(), lex: Lexicon | None = None) -> None:
    """«X وY» inside a person or place mention is two mentions («بغداد والبصرة»): a word
    whose stripped proclitic starts with و opens a new one (organization names keep it:
    «وزارة العمل والتنمية», but a «و» + organization head or title ends one: «الصندوق وشركة
    …», «جبهة النصرة والقيادي …»); inside a person, a given name of ``lex`` that starts
    with و is no conjunct («وفيق وجدي», «محمد وليد»)."""
    for i in range(1, len(tags)):
        if not tags[i].startswith("I-") or not conjoined(norms[i], stems[i]):
            continue
        if tags[i] in ("I-PER", "I-LOC"):
            if tags[i] == "I-PER" and (_verb_remainder(norms[i], stems[i]) or lex is not None
                                       and lex.words.get(norms[i], frozenset())
                                       & GIVEN_NAME_KINDS):
                continue  # «كريس ويفر»: no «و» + verb inside a name; «وجدي» a name
            tags[i] = "B-" + tags[i][2:]
        elif tags[i] == "I-ORG" and stems[i] in heads:
            tags[i] = "O"
            if i + 1 < len(tags) and tags[i + 1] == "I-ORG":
                tags[i + 1] = "B-ORG"


def _verb_remainder(norm: str, stem: str) -> bool:
    """«و» + a three-letter stem that reads as a present verb («ويفر», «ويلز»): inside a
    person's name the «و» is then a letter of a foreign name, not a conjunction (not after
    two proclitics: «وليد» is no «ول» + «يد»; longer names «ويوسف» still split)."""
    return stem.startswith("ي") and len(stem) <= 3 and len(norm) == len(stem) + 1


def join_split_names(norms: Sequence[str], stems: Sequence[str], tags: list[str]) -> None:
    """A person's name goes on through a word whose first letter the corpus counts took
    for the preposition ب: «بيتاني [ب]ارون جيبس» is one name, as a preposition does not
    stand between two parts of a name."""
    for i in range(1, len(tags)):
        if tags[i] == "B-PER" and tags[i - 1] in ("B-PER", "I-PER") and \
                norms[i].startswith("ب") and stems[i] == norms[i][1:]:
            tags[i] = "I-PER"




def extend_surnames(stems: Sequence[str], tags: list[str], lex: Lexicon,
                    nationalities: frozenset[str]) -> None:
    """A family name in nisba form after a person's name belongs to it («أحمد الخازم
    [الغامدي]») when the name lists know the word; a nationality adjective does not
    («ميسي الأرجنتيني»), nor an ordinary adjective («الفني»)."""
    for i in range(1, len(tags)):
        stem = stems[i]
        if tags[i] == "O" and tags[i - 1] in ("B-PER", "I-PER") and stem.startswith("ال") \
                and stem.endswith("ي") and len(stem) > 4 and stem not in nationalities \
                and lex.words.get(stem, frozenset()) & PERSON_KINDS:
            tags[i] = "I-PER"


def split_listed_conjuncts(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                           lex: Lexicon) -> None:
    """«X وY» inside a person mention is two persons also when the counts left the «و» on
    a rarer given name («يوسف الغامدي وهيثم الحارثي»): a later word «و» + a listed given
    name that is no listed name itself («وليد», «وائل» stay) opens a new mention."""
    for i in range(1, len(tags)):
        norm = norms[i]
        if tags[i] == "I-PER" and norm.startswith("و") and norm == stems[i] and len(norm) > 3 \
                and "PER" in lex.words.get(norm[1:], ()) \
                and lex.words.get(norm, frozenset()).isdisjoint(PERSON_KINDS):
            tags[i] = "B-PER"
