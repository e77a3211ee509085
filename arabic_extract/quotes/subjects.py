"""Finding the subject of a cue: after it (VSO, with titles and appositions), before it
(SVO, relative clauses), a known name the NER missed, or an unnamed source phrase."""
from __future__ import annotations

from dataclasses import dataclass

from ..entities.names import bare, name_heads, name_key
from ..normalize import strip_diacritics
from .anaphora import title_anaphora
from .clauses import long_quote, prep_at
from .context import COMMAS, QUOTE_CHARS, SENTENCE_END, Context, channel, word_group, word_set
from .known import known_entity
from .complement import late_name, object_starts
from .cues import is_complementizer
from .groups import group_phrase_end
from .plausible import (conjoined_noun, family_name, group_end, group_plural, is_honorific,
                        phrase_stop, possessed_noun, prepositional)

_MAX_TITLE_RUN = 16
_MAX_PHRASE = 6
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


def skip_adverbs(ctx: Context, j: int, stop: int) -> int:
    while j < stop and (ctx.norm(j) in word_group("adverbs") or ctx.tokens[j].text in COMMAS
                        or is_honorific(ctx, j)
                        or ctx.tokens[j].text in QUOTE_CHARS and not _speech_mark(ctx, j)):
        j += 1
    return j


def skip_marks(ctx: Context, j: int, stop: int) -> int:
    while j < stop and ctx.tokens[j].text in QUOTE_CHARS:
        j += 1
    return j


def _speech_mark(ctx: Context, j: int) -> bool:
    return long_quote(ctx, ctx.quote_opening_at(j))


def appositive_end(ctx: Context, k: int, stop: int) -> int:
    """Last token of a name plus its comma-delimited apposition («قطان، سفير …،»)."""
    if k + 1 >= stop or ctx.tokens[k + 1].text not in COMMAS:
        return k
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
        known = _known_name(ctx, j, cut)
        entity = known.entity if known is not None else None
        return Subject(entity, mention.start, ctx.tokens[cut - 1].end,
                       appositive_end(ctx, last, stop), how)
    return Subject(entity, mention.start, mention.end, appositive_end(ctx, last, stop), how)


def _addressee_inside(ctx: Context, j: int, last: int) -> int | None:
    """The first token after ``j`` up to ``last`` opening an addressee with ل («لـ»,
    «للصحفيين», «لشبكة …»): no name goes on so."""
    for k in range(j + 1, last + 1):
        norm = ctx.norm(k).rstrip("ـ")
        if norm == "ل" or len(norm) > 4 and (norm.startswith("لل") or norm.startswith("ل")
                                             and prepositional(ctx, k)):
            return k
    return None


def _phrase_end(ctx: Context, j: int, stop: int) -> int:
    """Last token of a subject phrase from ``j``: up to six words, not into a clause, a
    cue or an adverb; a definite phrase or a title also stops at a preposition («الشرطة في
    بيان», «أمير منطقة عسير في حفل»), an unnamed source keeps it («مصدر أمني في وزارة
    الداخلية»)."""
    definite = ctx.norm(j).lstrip("وف").startswith("ال") or \
        ctx.is_title(j) and not ctx.is_source(j)
    k = j
    while k + 1 < min(stop, j + _MAX_PHRASE) and ctx.is_word(k + 1) \
            and not is_complementizer(ctx.tokens[k + 1]) and ctx.cue(k + 1) is None \
            and ctx.norm(k + 1) not in word_group("subject_end") \
            and ctx.norm(k + 1) not in word_group("adverbs") \
            and ctx.norm(k + 1) not in word_group("relative") \
            and ctx.norm(k + 1) not in word_group("not_nouns") \
            and not ctx.norm(k + 1).startswith(("بال", "لل")) and not phrase_stop(ctx, k + 1) \
            and not channel(ctx, k + 1) and not object_starts(ctx, j, k + 1) \
            and not (definite and ctx.is_preposition(k + 1) and ctx.norm(k + 1) != "باسم"):
        k += 1
    return k


def plural_source(ctx: Context, j: int) -> bool:
    """A plural source noun («مصادر», «دبلوماسيون», «المسؤولين»): a group, no one person."""
    word = bare(ctx.norm(j))
    return ctx.is_source(j) and (word.endswith(("ون", "ين")) or word.endswith("و") and len(word) > 4
                                 or word in word_group("plural_sources"))


def title_subject(ctx: Context, j: int, stop: int) -> Subject | None:
    for k in range(j, min(stop, j + _MAX_TITLE_RUN)):
        tok = ctx.tokens[k]
        if is_complementizer(tok) or tok.text == ":" or _speech_mark(ctx, k):
            break
        mention, _ = ctx.mention_at.get(k, (None, None))
        if mention is not None and mention.label == "PER" and not ctx.is_preposition(k - 1):
            found = mention_subject(ctx, k, stop, "name")
            if found is not None and plural_source(ctx, j):  # «مصادر مقربة من فلان»
                return Subject(None, ctx.tokens[j].start, found.end, found.last, "title")
            if found is not None:
                return found
    last = _phrase_end(ctx, j, stop)
    named = _name_after_title(ctx, j, last, stop) if ctx.is_title(j) else None
    if named is not None:  # a source («مسؤولو جهاز الإطفاء في بغداد») names nobody after it
        return named
    start, end = ctx.tokens[j].start, ctx.tokens[last].end
    return Subject(title_anaphora(ctx, j, last), start, end, last, "title")


def _name_after_title(ctx: Context, j: int, last: int, stop: int) -> Subject | None:
    """A name the NER missed after a definite title: an adjective agrees in definiteness,
    so the first indefinite word after «السفير» / «وزير الخارجية الأمريكي» starts a name."""
    definite = False
    for k in range(j, last + 1):  # the article's alef has no hamza: «ألمانية» is no «ال»
        if strip_diacritics(ctx.tokens[k].text).lstrip("وف").startswith("ال"):
            definite = True
        elif definite and name_like(ctx, k):
            return unlinked_name(ctx, k, stop)
    return None


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
    known = _known_name(ctx, k, last + 1)
    if known is not None:
        return known
    return Subject(None, ctx.tokens[k].start, ctx.tokens[last].end,
                   appositive_end(ctx, last, stop), "name")


def subject_after(ctx: Context, i: int, stop: int) -> Subject | None:
    """The subject right after the cue at ``i`` (VSO), before token ``stop``: a name (also
    after a generic head, «مدينة سبوكين»), a title or unnamed-source phrase, or a definite
    noun phrase (an unnamed speaker unless it spells a known name)."""
    j = _past_addressee(ctx, skip_adverbs(ctx, i + 1, stop), stop)
    if j >= stop:
        return None
    found = mention_subject(ctx, j, stop)
    if found is None and bare(ctx.norm(j)) in name_heads() and j + 1 < stop:
        found = mention_subject(ctx, skip_marks(ctx, j + 1, stop), stop)  # «صحيفة «الحياة»»
    if found is None and bare(ctx.norm(j)) in word_set("speakerless.txt"):
        found = mention_subject(ctx, skip_marks(ctx, j + 1, stop), stop)  # «معلومات «المدينة»»
    found = found or _known_name(ctx, j, stop) or _late_name(ctx, j, stop)
    if found is not None:
        return found
    if ctx.is_title(j) or ctx.is_source(j):
        return title_subject(ctx, j, stop)
    # a name the NER missed: «وقال بنيامين محمد …», «قالت مدينة سبوكين …» (not «طالب بإنهاء»)
    headed = bare(ctx.norm(j)) in name_heads() and name_like(ctx, j + 1)
    cue = ctx.cue(i)
    if (headed or name_like(ctx, j)) and not (cue is not None and prep_at(ctx, j, cue)):
        return unlinked_name(ctx, j, stop)
    described = _described_name(ctx, j, stop)
    if described is not None:  # «وقالت الطفلة زينب …»: a describing noun before a name
        return described
    last = group_phrase_end(ctx, j, stop)  # «وأكد عدد من المختصين», «وأعرب كثيرون»
    if last is None and (group_plural(ctx, j) and (cue is None or cue.gender == "m")
                         or bare(ctx.norm(j)) in word_group("plural_people")):
        last = group_end(ctx, j, stop)  # «وأكد المشاركون»
    if last is not None:
        return Subject(None, ctx.tokens[j].start, ctx.tokens[last].end, last, "title")
    if family_name(ctx, j):  # «وتابع السوداني قائلاً»: a nisba surname the NER missed
        return Subject(None, ctx.tokens[j].start, ctx.tokens[j].end,
                       appositive_end(ctx, j, stop), "name")
    if ctx.is_word(j) and ctx.norm(j).startswith("ال") and not is_complementizer(ctx.tokens[j]) \
            and ctx.norm(j) not in word_group("not_nouns"):
        last = min(_phrase_end(ctx, j, stop), j + 2)
        return Subject(None, ctx.tokens[j].start, ctx.tokens[last].end, last, "noun")
    return None


def _late_name(ctx: Context, j: int, stop: int) -> Subject | None:
    k = None if ctx.is_source(j) else late_name(ctx, j, stop)
    return mention_subject(ctx, k, stop) if k is not None else None


def _described_name(ctx: Context, j: int, stop: int) -> Subject | None:
    """«الطفلة زينب العبيدي», «الشاب خالد»: a definite noun (one or two words) right
    before a person's name; «آل خليفة»: a family name the NER missed."""
    if strip_diacritics(ctx.tokens[j].text) == "آل" and j + 1 < stop and name_like(ctx, j + 1):
        known = _known_name(ctx, j, stop)
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


def genitive_name(ctx: Context, i: int, stop: int) -> Subject | None:
    """«وعن قول كيري بأن …», «بيان وزارة الخارجية»: the name a bare nominal cue is
    annexed to."""
    return mention_subject(ctx, i + 1, stop) if i + 1 < stop else None


def _past_addressee(ctx: Context, j: int, stop: int) -> int:
    """The token after an addressee standing before the subject («وأوضح لـ«عكاظ» الأمير
    …»: the name after «لـ» or attached to ل), else ``j``."""
    if j >= stop:
        return j
    alone = ctx.norm(j).rstrip("ـ") == "ل"
    quote = ctx.quote_opening_at(j + 1) if alone and j + 1 < stop else None
    k = skip_marks(ctx, j + 1, stop) if alone else j
    mention, _ = ctx.mention_at.get(k, (None, None))
    if quote is not None and quote.close is not None:
        end = quote.outer_end  # «لـ«عكاظ»»
    elif mention is not None and (alone or ctx.doc.text[ctx.tokens[j].start:mention.start]
                                  == "ل"):
        end = mention.end
    else:
        return j
    after = skip_adverbs(ctx, skip_marks(ctx, ctx.last_token(end) + 1, stop), stop)
    return after if after < stop and ctx.is_word(after) else j


def _name_word(ctx: Context, k: int) -> bool:
    """Can token ``k`` continue a name («محمد» in «بنيامين محمد», «الأحمري»)?"""
    norm = ctx.norm(k)
    if not ctx.is_word(k) or prepositional(ctx, k) or norm.startswith(("لل", "بال")):
        return False  # «لصحيفة», «بالوزارة»
    return name_like(ctx, k) or norm.startswith("ال") and not ctx.is_title(k) \
        and not any(norm in word_group(g) for g in ("not_nouns", "adverbs"))


def _known_name(ctx: Context, j: int, stop: int) -> Subject | None:
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
