"""Finding the subject of a cue: after it (VSO, with titles and appositions), before it
(SVO, relative clauses), a title or unnamed-source phrase, a group or a definite noun
phrase; names are found by :mod:`.named`."""
from __future__ import annotations

from ..entities.names import bare, name_heads
from .anaphora import title_anaphora
from .clauses import long_quote, prep_at
from .context import (COMMAS, QUOTE_CHARS, Context, abbreviation_dot, channel, word_group,
                      word_set)
from .counts import news_lexicon
from .complement import late_name, object_starts
from .cues import is_complementizer
from .first_person import first_person_at
from .groups import group_phrase_end
from .issuers import issuer_noun, named_issuer
from .led_by import led_subject
from .quoted_name import quoted_name
from .named import (Subject, affiliation_end, appositive_end, described_name, known_name,
                    mention_subject, name_after_title, name_like, unlinked_name)
from .plausible import (family_name, group_end, group_plural, is_honorific, phrase_stop,
                        prepositional)

_MAX_TITLE_RUN = 16
_MAX_PHRASE = 6
_MAX_CONSTRUCT = 10
_MAX_HEADS = 3
_COMMON = 40  # as in unnamed.py: rarer first words are taken for missed names


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
    office = None
    for k in range(j, min(stop, j + _MAX_TITLE_RUN)):
        tok = ctx.tokens[k]
        if is_complementizer(tok) or tok.text == ":" or _speech_mark(ctx, k) \
                or k > j and channel(ctx, k):  # «الحكومة في بيان صادر عن مكتب فلان»
            break
        led = led_subject(ctx, j, k, stop, lambda: title_anaphora(ctx, j, _phrase_end(ctx, j, k)))
        if led is not None:  # «المجلس برئاسة فلان»: the chair does not speak for it
            return led
        if office is None and _office(ctx, j, k):
            office = k
        mention, _ = ctx.mention_at.get(k, (None, None))
        if mention is not None and mention.label == "PER" and not ctx.is_preposition(k - 1):
            found = mention_subject(ctx, k, stop, "name")
            if found is not None and (plural_source(ctx, j) or office is not None):
                # «مصادر مقربة من فلان», «بيان مكتب رئيس الوزراء فلان»: not the person
                first = j if office is None or plural_source(ctx, j) else office
                return Subject(None, ctx.tokens[first].start, found.end, found.last, "title")
            if found is not None:
                return found
    abbreviated = _after_abbreviation(ctx, j, stop)
    if abbreviated is not None:
        return abbreviated
    last = _phrase_end(ctx, j, stop)
    named = name_after_title(ctx, j, last, stop) if ctx.is_title(j) else None
    if named is not None:  # a source («مسؤولو جهاز الإطفاء في بغداد») names nobody after it
        return named
    start, end = ctx.tokens[j].start, ctx.tokens[last].end
    return Subject(title_anaphora(ctx, j, last), start, end, last, "title")


def _office(ctx: Context, j: int, k: int) -> bool:
    """An office word heading the run or after «بيان (صادر عن)» («مكتب رئيس الوزراء
    فلان»), not one a title governs («مدير مكتب الحملة فلان»: the director speaks)."""
    return bare(ctx.norm(k)) in word_group("offices") \
        and (k == j or ctx.is_preposition(k - 1) or ctx.cue(k - 1) is not None)


def subject_after(ctx: Context, i: int, stop: int) -> Subject | None:
    """The subject right after the cue at ``i`` (VSO), before token ``stop``: a name (also
    after a generic head, «مدينة سبوكين»), a title or unnamed-source phrase, or a definite
    noun phrase (an unnamed speaker unless it spells a known name)."""
    j = _past_addressee(ctx, skip_adverbs(ctx, i + 1, stop), stop)
    if j >= stop:
        return None
    found = _office_subject(ctx, j, stop) or mention_subject(ctx, j, stop)
    if found is None and bare(ctx.norm(j)) in name_heads() and j + 1 < stop:
        found = mention_subject(ctx, skip_marks(ctx, j + 1, stop), stop)  # «صحيفة «الحياة»»
    if found is None and bare(ctx.norm(j)) in word_set("speakerless.txt"):
        found = mention_subject(ctx, skip_marks(ctx, j + 1, stop), stop)  # «معلومات «المدينة»»
    found = found or known_name(ctx, j, stop) or _late_name(ctx, j, stop) \
        or quoted_name(ctx, j, stop)  # «موقع صحيفة "دايلي مايل"»
    if found is not None:
        return found
    if ctx.is_title(j) or ctx.is_source(j):
        return title_subject(ctx, j, stop)
    missed = _missed_name(ctx, i, j, stop)
    if missed is not None:
        return None if first_person_at(ctx, j) else missed  # «وأضاف نستعد …»: no name
    described = described_name(ctx, j, stop)
    if described is not None:  # «وقالت الطفلة زينب …»: a describing noun before a name
        return described
    last, cue = group_phrase_end(ctx, j, stop), ctx.cue(i)  # «وأكد عدد من المختصين»
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


def _office_subject(ctx: Context, j: int, stop: int) -> Subject | None:
    """«قال مكتب رئيس الوزراء فلان»: the office phrase up to the name speaks, unnamed; so
    does «أوضح مكتب رئيس الوزراء التركي أن …» (an office and a title, no name after it)."""
    if bare(ctx.norm(j)) not in word_group("offices"):
        return None
    office = title_subject(ctx, j, stop)
    named = office is not None and office.entity is None and (
        office.end in ctx.mention_ends or ctx.is_title(j + 1) and office.last >= j + 2)
    return office if named else None


def _after_abbreviation(ctx: Context, j: int, stop: int) -> Subject | None:
    """«وذكر د. فلان»: the name after a one-letter title with its dot («د.» = doctor)."""
    k = j + 2
    if k >= stop or not abbreviation_dot(ctx, j + 1):
        return None
    return mention_subject(ctx, k, stop) or (unlinked_name(ctx, k, stop)
                                             if name_like(ctx, k) else None)


def _missed_name(ctx: Context, i: int, j: int, stop: int) -> Subject | None:
    """A name the NER missed: «وقال بنيامين محمد …», «قالت مدينة سبوكين …» (not «طالب
    بإنهاء»), or the phrase of a body it names («وقال مكتب التحقيقات التابع لهيئة …»)."""
    headed = bare(ctx.norm(j)) in name_heads() and name_like(ctx, j + 1)
    cue = ctx.cue(i)
    if not (headed or name_like(ctx, j)) or cue is not None and prep_at(ctx, j, cue):
        return None
    last = None if headed else construct_end(ctx, j, stop)
    if last is not None:
        return Subject(None, ctx.tokens[j].start, ctx.tokens[last].end,
                       appositive_end(ctx, last, stop), "name")
    return unlinked_name(ctx, j, stop)


def construct_end(ctx: Context, j: int, stop: int) -> int | None:
    """Last token of an organization or title phrase the NER missed after the cue: a common
    noun (no given name) with its definite genitives and adjectives («مكتب التحقيقات»,
    «وكيلة عمادة الدراسات الجامعية»), on over «التابع لـ…» («… التابع لهيئة الطيران
    المدني السعودي»); None unless a definite word follows the noun."""
    head = j
    while head < min(stop, j + _MAX_HEADS) and _common_noun(ctx, head):
        head += 1  # «وكيلة عمادة الدراسات»: a chain of construct nouns
    if head == j or head >= stop or not _definite_word(ctx, j, head):
        return None
    k = head
    while k + 1 < min(stop, j + _MAX_CONSTRUCT):
        linked = affiliation_end(ctx, k + 1, stop)
        if linked is not None:
            k = linked
        elif _definite_word(ctx, j, k + 1):
            k += 1
        else:
            break
    conjoined = k + 1 < stop and ctx.is_word(k + 1) and ctx.norm(k + 1).startswith("و") \
        and ctx.cue(k + 1) is None and not is_complementizer(ctx.tokens[k + 1])
    return None if conjoined else k  # «نوعية النوم وكفايته»: where the phrase ends is unsure


def _definite_word(ctx: Context, j: int, k: int) -> bool:
    """Can the definite word ``k`` go on a noun phrase from ``j`` (no clause, cue, title,
    adverb, addressee or object)?"""
    norm = ctx.norm(k)
    return ctx.is_word(k) and norm.startswith("ال") and ctx.cue(k) is None \
        and not is_complementizer(ctx.tokens[k]) and not ctx.is_title(k) \
        and not any(norm in word_group(g)
                    for g in ("subject_end", "adverbs", "relative", "not_nouns")) \
        and not phrase_stop(ctx, k) and not channel(ctx, k) and not object_starts(ctx, j, k)


def _common_noun(ctx: Context, k: int) -> bool:
    """An indefinite word the news uses often, no listed given name, no mention, cue or
    preposition («مكتب», «وكيلة»)."""
    lexicon, norm = news_lexicon(), ctx.norm(k)
    return ctx.is_word(k) and not norm.startswith("ال") and k not in ctx.mention_at \
        and ctx.cue(k) is None and not prepositional(ctx, k) \
        and not is_complementizer(ctx.tokens[k]) \
        and "PER" not in (lexicon.words.get(norm) or ()) and lexicon.count(norm) >= _COMMON


def _late_name(ctx: Context, j: int, stop: int) -> Subject | None:
    k = None if ctx.is_source(j) else late_name(ctx, j, stop)
    return mention_subject(ctx, k, stop) if k is not None else None


def genitive_name(ctx: Context, i: int, stop: int) -> Subject | None:
    """«وعن قول كيري بأن …», «بيان وزارة الخارجية»: the name a bare nominal cue is
    annexed to; a statement's issuer («بيان لوزارة الخارجية», «بيان من الرئاسة»)."""
    if i + 1 >= stop:
        return None
    found = mention_subject(ctx, i + 1, stop)
    return found if found is not None or not issuer_noun(ctx, i) else named_issuer(ctx, i, stop)


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


