"""A subject that is a name: a NER mention after the cue (with its apposition, without an
addressee the NER took in), or a name the NER missed (a known entity's spelling, an
indefinite word after a definite title, a name after a describing noun)."""
from __future__ import annotations

from dataclasses import dataclass

from ..entities.names import bare, name_heads, name_key
from ..normalize import strip_diacritics
from .context import COMMAS, SENTENCE_END, Context, word_group
from .known import known_entity
from .cues import is_complementizer
from .plausible import (conjoined_noun, phrase_stop, possessed_noun, prepositional,
                        speaker_words)

SPEAKING_TYPES = ("PER", "ORG", "LOC")


@dataclass(frozen=True)
class Subject:
    """A speaker found in the text: its entity (None for an unnamed source), the phrase's
    offsets, the index of the subject's last token, and how it is named."""

    entity: str | None
    start: int
    end: int
    last: int
    how: str = "name"


def appositive_end(ctx: Context, k: int, stop: int) -> int:
    """Last token of a name plus its comma-delimited apposition («قطان، سفير …،»)."""
    if k + 1 >= stop or ctx.tokens[k + 1].text not in COMMAS:
        return k
    if k + 2 < stop and ctx.norm(k + 2) in word_group("complement_preps"):
        return k  # «أعرب فلان، عن أمله …»: the verb's complement, no apposition
    for j in range(k + 2, min(stop, k + 25)):
        if is_complementizer(ctx.tokens[j]) or ctx.tokens[j].text in SENTENCE_END:
            return j - 1
        if ctx.tokens[j].text in COMMAS:
            return j
    return k + 1


def mention_subject(ctx: Context, j: int, stop: int, how: str = "name") -> Subject | None:
    mention, entity = ctx.mention_at.get(j, (None, None))
    if mention is None or mention.label not in SPEAKING_TYPES:
        return None
    if ctx.doc.text[ctx.tokens[j].start:mention.start] in ("ب", "ل", "ك", "لل", "وب", "ول"):
        return None  # «بالشافعي», «لصحيفة»: a name inside a prepositional phrase
    last = ctx.last_token(mention.end)
    named = mention.label == "PER" or name_like(ctx, j)  # not «المرصد السوري لحقوق …»
    cut = _addressee_inside(ctx, j, last) if named else None
    if cut is not None:  # «مارتينيز للصحفيين»: the NER took the addressee into the name
        known = known_name(ctx, j, cut)
        entity = known.entity if known is not None else None
        return Subject(entity, mention.start, ctx.tokens[cut - 1].end,
                       appositive_end(ctx, last, stop), how)
    more = _adjectives_end(ctx, last, stop) if mention.label == "ORG" else last
    end = ctx.tokens[more].end if more > last else mention.end
    return Subject(entity, mention.start, end, appositive_end(ctx, more, stop), how)


def _adjectives_end(ctx: Context, last: int, stop: int) -> int:
    """«البنك المركزي» + «البريطاني», «منظمة الصحة» + «العالمية»: definite relative
    adjectives (nisba, «…ي», «…ية») the NER left out of an organization's name."""
    k = last
    while k + 1 < stop:
        linked = affiliation_end(ctx, k + 1, stop)
        if linked is None and not nisba_at(ctx, k + 1):
            return k
        k = linked if linked is not None else k + 1
    return k


def affiliation_end(ctx: Context, k: int, stop: int) -> int | None:
    """Last token of «التابع لهيئة الطيران المدني», «الموالية للرئيس اليمني فلان» from the
    adjective of belonging at ``k``: its «لـ» word, the definite words and names after it."""
    if ctx.norm(k) not in speaker_words("affiliation") or k + 1 >= stop \
            or not ctx.is_word(k + 1) or not ctx.norm(k + 1).startswith("ل") \
            or len(ctx.norm(k + 1)) < 4:
        return None
    last = k + 1
    while last + 1 < stop and ctx.is_word(last + 1) and ctx.cue(last + 1) is None:
        mention, _ = ctx.mention_at.get(last + 1, (None, None))
        if mention is not None:
            last = ctx.last_token(mention.end)
        elif ctx.norm(last + 1).startswith("ال") and not is_complementizer(ctx.tokens[last + 1]):
            last += 1
        else:
            break
    mention, _ = ctx.mention_at.get(k + 1, (None, None))
    return max(last, ctx.last_token(mention.end)) if mention is not None else last


def nisba_at(ctx: Context, k: int) -> bool:
    """Is token ``k`` a definite nisba adjective («اللبناني», «الدولية») and no mention,
    cue, title or complementizer?"""
    norm = ctx.norm(k)
    return ctx.is_word(k) and norm.startswith("ال") and norm.endswith(("ي", "يه")) \
        and len(norm) > 5 and k not in ctx.mention_at and ctx.cue(k) is None \
        and not ctx.is_title(k) and not is_complementizer(ctx.tokens[k])


def _addressee_inside(ctx: Context, j: int, last: int) -> int | None:
    """The first token after ``j`` up to ``last`` opening an addressee with ل («لـ»,
    «للصحفيين», «لشبكة …»): no name goes on so."""
    for k in range(j + 1, last + 1):
        norm = ctx.norm(k).rstrip("ـ")
        if norm == "ل" or len(norm) > 4 and (norm.startswith("لل") or norm.startswith("ل")
                                             and prepositional(ctx, k)):
            return k
    return None


def name_after_title(ctx: Context, j: int, last: int, stop: int) -> Subject | None:
    """A name the NER missed after a definite title: an adjective agrees in definiteness,
    so the first indefinite word after «السفير» / «وزير الخارجية الأمريكي» starts a name."""
    definite = False
    for k in range(j, last + 1):  # the article's alef has no hamza: «ألمانية» is no «ال»
        if strip_diacritics(ctx.tokens[k].text).lstrip("وف").startswith("ال"):
            definite = True
        elif definite and name_like(ctx, k) and not _inside_body(ctx, j, k):
            return unlinked_name(ctx, k, stop)
    return None


def _inside_body(ctx: Context, j: int, k: int) -> bool:
    """Is token ``k`` a word of an organization or place mention that started after token
    ``j``, after a title or opening its «لـ» complement («مدير جامعة الملك سعود»: «سعود»
    names the university, not the director; «الاتحاد السعودي لكرة القدم»)?  A person's
    name the NER swallowed into a body after a common noun stays a name («رئيس مجلس إدارة
    الجمعية فلان»)."""
    for i in range(k - 1, j, -1):
        found = ctx.mention_at.get(i)
        if found is not None:
            return found[0].label != "PER" and found[0].end > ctx.tokens[k].start \
                and (ctx.is_title(k - 1) or ctx.is_preposition(k) or ctx.norm(k)[:1] == "ل")
    return False


def name_like(ctx: Context, k: int) -> bool:
    """Could token ``k`` start a personal name (indefinite, not a function word, not a
    possessed noun «رئيسها»; «كاميرون» ends like a plural, so plurals are not excluded)?"""
    norm = ctx.norm(k)
    inflected = len(norm) >= 5 and norm.endswith(("ها", "هم", "هما"))
    return ctx.is_word(k) and not norm.startswith(("ال", "لل", "بال")) and len(norm) > 1 \
        and not inflected and norm not in word_group("name_heads") \
        and ctx.cue(k) is None and not is_complementizer(ctx.tokens[k]) \
        and not prepositional(ctx, k) and not ctx.is_title(k) and not ctx.is_source(k) \
        and bare(norm) not in name_heads() and not phrase_stop(ctx, k) \
        and not conjoined_noun(ctx, k) and not possessed_noun(norm) \
        and not any(norm in word_group(g)
                    for g in ("not_names", "adverbs", "not_nouns", "relative"))


def unlinked_name(ctx: Context, k: int, stop: int) -> Subject:
    """A name of up to three words from ``k`` (after a generic head such as «مدينة», one
    word), linked to a known entity when it spells one."""
    if bare(ctx.norm(k)) in name_heads() and k + 1 < stop and ctx.is_word(k + 1):
        k, limit = k + 1, k + 2
    else:
        limit = k + 3
    last = k
    while last + 1 < min(stop, limit) and _name_word(ctx, last + 1):
        last += 1
    known = known_name(ctx, k, last + 1)
    if known is not None:
        return known
    return Subject(None, ctx.tokens[k].start, ctx.tokens[last].end,
                   appositive_end(ctx, last, stop), "name")


def described_name(ctx: Context, j: int, stop: int) -> Subject | None:
    """«الطفلة زينب العبيدي», «الشاب خالد»: a definite noun (one or two words) right
    before a person's name; «آل خليفة»: a family name the NER missed."""
    if strip_diacritics(ctx.tokens[j].text) == "آل" and j + 1 < stop and name_like(ctx, j + 1):
        known = known_name(ctx, j, stop)
        return known or Subject(None, ctx.tokens[j].start, ctx.tokens[j + 1].end,
                                appositive_end(ctx, j + 1, stop), "name")
    if not ctx.norm(j).startswith("ال"):
        return None
    for k in range(j + 1, min(j + 3, stop)):
        mention, _ = ctx.mention_at.get(k, (None, None))
        if mention is not None and mention.label == "PER":
            return mention_subject(ctx, k, stop)
        if not ctx.is_word(k) or not ctx.norm(k).startswith("ال") or ctx.cue(k) is not None:
            return None
    return None


def _name_word(ctx: Context, k: int) -> bool:
    """Can token ``k`` continue a name («محمد» in «بنيامين محمد», «الأحمري»)?"""
    norm = ctx.norm(k)
    if not ctx.is_word(k) or prepositional(ctx, k) or norm.startswith(("لل", "بال")):
        return False  # «لصحيفة», «بالوزارة»
    return name_like(ctx, k) or norm.startswith("ال") and not ctx.is_title(k) \
        and not any(norm in word_group(g) for g in ("not_nouns", "adverbs"))


def known_name(ctx: Context, j: int, stop: int) -> Subject | None:
    """Up to three words at ``j`` spelling a mention of a known entity («وقال قطان»)."""
    if not ctx.is_word(j) or ctx.is_preposition(j) or is_complementizer(ctx.tokens[j]):
        return None
    for n in (3, 2, 1):
        last = j + n - 1
        if last >= stop or not all(ctx.is_word(k) for k in range(j, last + 1)):
            continue
        key = name_key(ctx.doc.text[ctx.tokens[j].start:ctx.tokens[last].end])
        words = key.split()
        ent_tail = n == 1 or not (ctx.is_title(j) or ctx.is_source(j))
        entity = known_entity(ctx, key, words, ent_tail)
        if entity is not None:
            return Subject(entity, ctx.tokens[j].start, ctx.tokens[last].end,
                           appositive_end(ctx, last, stop))
    return None
