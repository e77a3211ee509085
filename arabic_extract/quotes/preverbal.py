"""SVO: the speaker written before the cue («لكن المسؤول الحكومي قال …»), a relative
clause's antecedent («الشرطة التي رجحت …») and the topic of «أما … ف»."""
from __future__ import annotations

from dataclasses import replace

from .antecedents import person_before_relative
from .context import COMMAS, QUOTE_CHARS, RELATIVE_PRONOUNS, Context, word_group
from .amma import topic_name
from .body_plurals import feminine_subject
from .cues import NOUN, PARTICIPLE
from .groups import group_phrase_end
from .kana_subject import kana_name
from .partitive_groups import partitive_group
from ..entities.names import bare
from .plausible import WORDS, group_plural
from .unnamed import unnamed_clause_subject
from .openers import past_stance
from .named import SPEAKING_TYPES, Subject, mention_subject
from .subjects import plural_source, subject_after, title_subject


def adverbial_ma(ctx: Context, i: int) -> bool:
    """Is «ما» before the cue at ``i`` adverbial («سرعان ما نفى», «غالبا ما يؤكد»), no relative?"""
    return i > 1 and ctx.norm(i - 1) == "ما" and ctx.norm(i - 2) in word_group("ma_adverbs")


def subject_before(ctx: Context, i: int) -> Subject | None:
    """SVO: a name or unnamed source right before the cue, at the start of its clause
    («لكن المسؤول الحكومي قال …», «بيد أن السلطات أكدت …», «أحدهم قال: …», «الشرطة التي
    رجحت …»)."""
    if ctx.cue(i) is None:
        return None
    if ctx.cue(i).proclitic:
        return _topic(ctx, i) if ctx.cue(i).proclitic == "ف" else None
    if ctx.norm(i - 1) in RELATIVE_PRONOUNS:
        return _antecedent(ctx, i - 2)
    named = kana_name(ctx, i)  # «وكان المتهم الأول في القضية فلان قد أقر …»
    if named is not None:
        return named
    first = ctx.sentence_start_token(i)
    verb = i - 1 if ctx.norm(i - 1) in ("قد", "لقد") else i  # «وكان فلان قد قال …»
    verb = i - 2 if adverbial_ma(ctx, i) else verb  # «لكن الوزير سرعان ما نفى …»
    for j in range(verb - 1, max(first, verb - 10) - 1, -1):
        if not ctx.is_word(j):
            if ctx.tokens[j].text in COMMAS or ctx.tokens[j].text in QUOTE_CHARS:
                continue
            return None
        if _prepositional_mark(ctx, j, first, verb):  # «على موقع «تويتر» يقول»: no subject
            continue
        opener = ctx.norm(j - 1) in word_group("clause_openers")
        if j > first and ctx.is_word(j - 1) and not opener \
                and ctx.norm(j - 1) not in word_group("adverbs"):
            continue
        found = phrase_subject(ctx, j, verb)
        if opener and found is not None and not _led_by(ctx, found.last + 1, verb) \
                and any(ctx.is_word(k) for k in range(found.last + 1, verb)):
            return None  # «أن الرئيس تعامل مع … عندما قال»: the phrase is no subject of it
        return found
    return None


def _prepositional_mark(ctx: Context, j: int, first: int, verb: int) -> bool:
    """Is the word at ``j`` quoted after a preposition right before the verb («على موقع
    «تويتر» يقول»), so inside a prepositional phrase, no clause subject?  Not before a
    comma («… من صحيفة «…»، يشير»: the phrase may close a subject)."""
    p = j - 1
    while p >= first and ctx.tokens[p].text in QUOTE_CHARS:
        p -= 1
    return first <= p < j - 1 and ctx.is_word(p) and (
        ctx.is_preposition(p) or p > first and ctx.is_preposition(p - 1)) \
        and not any(ctx.tokens[k].text in COMMAS for k in range(j, verb))


def _led_by(ctx: Context, k: int, verb: int) -> bool:
    """«وكان التحالف بقيادة السعودية قد أعلن …»: a short "led by" phrase closes the subject."""
    return ctx.norm(k) in word_group("led_by") and verb - k <= 4


def phrase_subject(ctx: Context, j: int, stop: int) -> Subject | None:
    """The name, title or unnamed source starting at token ``j`` (after a partitive:
    «بعض المحللين», «أحد المسؤولين»), ending before ``stop``."""
    if j in ctx.mention_at:
        return mention_subject(ctx, j, stop)
    group = group_phrase_end(ctx, j, stop)  # «عدد من المختصين أكدوا …»
    if group is not None and group + 1 == stop:
        return Subject(None, ctx.tokens[j].start, ctx.tokens[group].end, group, "title")
    head = j + 1 if ctx.norm(j) in word_group("partitives") and j + 1 < stop else j
    if not (ctx.is_source(head) or ctx.is_title(head)):
        return partitive_group(ctx, j, stop)
    found = title_subject(ctx, head, stop)
    return replace(found, start=ctx.tokens[j].start) if found is not None and head != j \
        else found


def _topic(ctx: Context, i: int) -> Subject | None:
    """«أما القاص تركي العسيري، فيقول: …»: the topic after «أما» speaks."""
    first = max(ctx.sentence_start_token(i), i - 12)
    for a in range(i - 2, first - 1, -1):
        if ctx.norm(a) in ("اما", "واما"):
            found = phrase_subject(ctx, a + 1, i) or topic_name(ctx, a + 1, i)
            place = found is not None and found.entity is not None \
                and ctx.entities[found.entity].type == "LOC"  # «أما البحرين، فيذكر المؤرخ»
            return found if found is not None and found.last < i and not place else None
    return None


def name_ending_at(ctx: Context, k: int) -> Subject | None:
    """The name whose last token is ``k``."""
    for mention, entity in ctx.ending_at.get(k, ()):
        if mention.label in SPEAKING_TYPES:
            return Subject(entity, mention.start, mention.end, k)
    return None


def _antecedent(ctx: Context, k: int) -> Subject | None:
    """«الشرطة التي رجحت …», «قطان الذي قال …»: the noun or name before the relative (or
    before a comma and a title in apposition: :mod:`.antecedents`)."""
    found = name_ending_at(ctx, k) or person_before_relative(ctx, k)
    if found is None and (ctx.is_source(k) or ctx.is_title(k)):
        return Subject(None, ctx.tokens[k].start, ctx.tokens[k].end, k, "title")
    return found


#: words of a relative clause's antecedent phrase looked at before «التي»/«الذي»
_ANTECEDENT_SPAN = 4
_PRONOUNS = frozenset({"هو", "وهو", "هي", "وهي", "هم", "وهم"})
_PEOPLE_GROUPS = (("kinship", WORDS), ("group_heads", WORDS), ("org_heads", WORDS),
                  ("plural_people", "function_words.txt"),
                  ("plural_sources", "function_words.txt"))


def thing_antecedent(ctx: Context, i: int) -> bool:
    """Is the present-tense cue at ``i`` the verb of a thing's relative clause: right after
    «التي»/«الذي», agreeing with it, the antecedent phrase (a few words, a comma and quote
    marks skipped) holding no name, title, source, pronoun nor word of people or bodies
    («سير المعسكرات الداخلية والخارجية التي تؤكد أن …»: camps say nothing)?  A past verb
    or one not agreeing has another subject («الهجوم الذي قال إن حصيلته …», «الاتفاق الذي
    تقول الإدارة إنه …»); «الذين» refers to people, «في الوقت الذي» is a conjunction."""
    cue, rel = ctx.cue(i), ctx.norm(i - 1)
    if cue is None or cue.past or (rel, cue.gender) not in (("التي", "f"), ("الذي", "m")):
        return False
    k = i - 2 if ctx.tokens[i - 2].text not in COMMAS else i - 3
    if not ctx.is_word(k) and ctx.tokens[k].text not in QUOTE_CHARS or ctx.norm(k) == "الوقت":
        return False
    seen = 0
    while k >= 0 and seen < _ANTECEDENT_SPAN:
        if not ctx.is_word(k):
            if ctx.tokens[k].text not in QUOTE_CHARS | {"(", ")"}:
                break
        elif _people_word(ctx, k):
            return False
        elif ctx.is_preposition(k) and ctx.tokens[k].text != "علي" \
                or ctx.norm(k) in word_group("new_clause"):
            break
        else:
            seen += 1
        k -= 1
    return True


def _people_word(ctx: Context, k: int) -> bool:
    """A name, title, source, pronoun or word of people or bodies at token ``k``."""
    word = bare(ctx.norm(k))
    word = word[2:] if word.startswith("لل") and len(word) > 4 else word  # «للأسر»
    return ctx.mention_reach.covers(ctx.tokens[k].start) or ctx.is_title(k) \
        or ctx.is_source(k) or ctx.norm(k) in _PRONOUNS or group_plural(ctx, k) \
        or any(word in word_group(g, f) for g, f in _PEOPLE_GROUPS)


def sentence_subject(ctx: Context, i: int) -> Subject | None:
    """«وأبدى فلان سعادته …، وقال: …», «ويخضع فلان لبرنامج …، مؤكداً أن …»: a cue without
    a subject of its own, joined by و or as a participle to its sentence's first clause,
    (or resumed by «فيها»: «ألقى فلان كلمة، أكد فيها …») has the subject of that clause's verb: a name (person or organization) right after
    the sentence's first word; a plural cue only two names joined by و («والتقى فلان
    وفلان بالوفد، مؤكدين …»)."""
    cue = ctx.cue(i)
    joined = cue is not None and (cue.proclitic == "و" or cue.pos == PARTICIPLE
                                  or ctx.norm(i + 1) in word_group("resumptives", WORDS))
    if cue is None or cue.pos == NOUN or not joined:  # «ألقى فلان كلمة، أكد فيها …»
        return None
    s = first_verb(ctx, ctx.sentence_start_token(i), i)
    if s is None:
        return None
    found = subject_after(ctx, s, i)
    if found is None or found.last >= i \
            or any(ctx.norm(k) in word_group("new_clause") for k in range(found.last + 1, i - 1)):
        return None  # «وترفض مصر مثلما يرفض المكتب …، ويطالب»: another clause's subject
    if cue.gender in ("pl", "du"):  # «استنكر دبلوماسيون عرب …، مؤكدين»
        if is_group(ctx, found):
            return _head_phrase(ctx, found)
        return found if conjoined(ctx, ctx.last_token(found.end)) else None
    if found.entity is None:  # «واستغربت إدارة المدرسة …، مشيرة»
        if unnamed_clause_subject(ctx, found, cue) and not is_group(ctx, found):
            return found
        return feminine_subject(ctx, found, cue, s)  # «وترفض السلطات …، مؤكدة»
    single = found.how == "name" and not conjoined(ctx, ctx.last_token(found.end))
    return found if single else None


def first_verb(ctx: Context, s: int, i: int) -> int | None:
    """The first word of the sentence starting at ``s`` when it can be a verb; after an
    opening prepositional phrase, the word after its comma («وفي كلمته أمس، كرر فلان …»)."""
    while s < i and not ctx.is_word(s):
        s += 1
    s = past_stance(ctx, s, i)  # «من جهته ثمّن فلان …»
    if s + 1 < i and ctx.norm(s) in word_group("then_words", WORDS):
        s += 1  # «ثم عزز فلان …»: «ثم» (then) opens the clause before its verb
    if s < i and _not_verb(ctx, s):
        comma = next((k for k in range(s + 1, min(i, s + 10)) if ctx.tokens[k].text in COMMAS),
                     None)
        named = comma is not None and any(k in ctx.mention_at for k in range(s, comma))
        s = comma + 1 if comma is not None and not named else i  # «من جانبه رفض فلان،»
    if s >= i - 2 or s in ctx.mention_at or _not_verb(ctx, s):
        return None
    return s


def is_group(ctx: Context, found: Subject) -> bool:
    """A plural of people: a plural source («دبلوماسيون»), an indefinite group («عدد من
    المختصين»), a definite sound plural («المشاركون», «الغزيون») or a listed broken plural
    («الوزراء», «أهالي القتلى» even when taken for a missed name), also after a partitive
    («بعض الخبراء»)."""
    j = ctx.token_at(found.start) or 0
    if found.how == "title" and (plural_source(ctx, j)
                                  or group_phrase_end(ctx, j, j + 9) is not None):
        return True  # «مصادر», «عدد من المختصين»
    head = j + 1 if ctx.norm(j) in word_group("partitives") and j < found.last else j
    return found.entity is None and found.how in ("title", "noun", "name") and (
        group_plural(ctx, head) or bare(ctx.norm(head)) in word_group("plural_people"))


def _head_phrase(ctx: Context, found: Subject) -> Subject:
    """A common-noun group cut to its head and a definite genitive («الوزراء بشدة …» →
    «الوزراء», «أسر الشهداء»)."""
    if found.how != "noun":
        return found
    j = ctx.token_at(found.start) or 0
    definite = ctx.norm(j).lstrip("وف").startswith("ال")
    last = j + 1 if not definite and j < found.last and ctx.norm(j + 1).startswith("ال") else j
    return Subject(None, found.start, ctx.tokens[last].end, last, "title")


def _not_verb(ctx: Context, s: int) -> bool:
    """A sentence's first word that is no verb: a preposition («وحول»), a conjunction of
    contrast («ولكن»)."""
    word = ctx.norm(s)
    short = word[1:] in word_group("prepositions")  # «وفي», «ومن»
    word = word[1:] if word[:1] in ("و", "ف") and (len(word) > 3 or short) else word
    if word == "عبر" and (s + 1 in ctx.mention_at or _about_follows(ctx, s)):
        return False  # «وعبّر فلان عن سعادته»: the verb, not the preposition «عبر»
    return ctx.is_preposition(s) or word in word_group("prepositions") \
        or word in word_group("new_clause")


def _about_follows(ctx: Context, s: int) -> bool:
    """Does «عن» follow «عبر» at ``s`` in its clause, within 12 words before a comma
    («وعبر مساعد المدير اللواء فلان عن سعادته»: the verb «عبّر عن», not "via")?"""
    for k in range(s + 2, min(s + 13, len(ctx.tokens))):
        if ctx.tokens[k].text in COMMAS or ctx.sentence_start_token(k) == k:
            return False
        if ctx.norm(k) == "عن":
            return True
    return False


def conjoined(ctx: Context, k: int) -> bool:
    """Is the name ending at token ``k`` joined by و to another name («فلان وفلان»)?"""
    nxt = k + 1 if ctx.norm(k + 1) != "و" else k + 2
    mention, _ = ctx.mention_at.get(nxt, (None, None))
    return mention is not None and mention.label == "PER" \
        and (nxt == k + 2 or ctx.tokens[nxt].text.startswith("و"))
