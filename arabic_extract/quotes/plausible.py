"""Can a phrase after a cue be its speaker?  Checks for unnamed speakers (no entity).

A speaker is a noun phrase headed by a name, a title or a source noun.  Never a speaker:
an oath or interjection («ووالله»: speech inside speech), a conjunction («أو أنثى»), an
accusative word («أمرًا»: the cue's object), a reflexive («نفسه»), a phrase inside a
quotation, a prepositional phrase («بوزارة الداخلية», «لـ"الوئام"», «باسمه»).  An honorific
with a possessive («فضيلته», «معاليه») is a pronoun: the person named earlier speaks.
"""
from __future__ import annotations

from functools import lru_cache

from ..entities import is_title_word
from ..entities.names import bare, name_heads
from ..normalize import strip_diacritics
from .clauses import long_quote, prep_at
from .honorifics import in_honorific_phrase
from .layout import line_break_before
from .adverbs import accusative_adverb
from .context import Context, word_group, word_set
from .counts import news_lexicon
from .cues import PARTICIPLE, VERB, Cue, is_complementizer

KEEP, NONE, DROP, REFER = "keep", "none", "drop", "refer"
WORDS = "speaker_words.txt"
_TANWEEN_FATH = "\u064b"
_POSSESSIVES = ("ه", "ها", "هم", "هما", "كم", "ك", "نا")
_TIME_PREPS = frozenset({"قبل", "بعد", "منذ", "خلال", "عقب", "اثر", "اثناء"})


def speaker_words(group: str) -> frozenset[str]:
    """Normalized words of a ``[group]`` of data/speaker_words.txt."""
    return word_group(group, WORDS)


@lru_cache(maxsize=1)
def _phrase_heads() -> frozenset[str]:
    """Nouns that after an attached ب/ل/ك make a prepositional phrase («لشرطة»)."""
    return speaker_words("org_heads") | name_heads() | word_group("name_heads") \
        | word_set("sources.txt") | speaker_words("honorifics")


def is_honorific(ctx: Context, k: int) -> bool:
    """«معالي», «فخامة», «سمو», «صاحب السمو», «رحمه الله»: an honorific next to a name."""
    return ctx.norm(k) in speaker_words("honorifics") or in_honorific_phrase(ctx, k)


def prepositional(ctx: Context, k: int) -> bool:
    """Does token ``k`` start a prepositional phrase: a preposition, «لـ», or ب/ل/ك attached
    to a known noun or to a possessed noun («بوزارة», «لوسائل», «باسمه», «لانهماكه»)?"""
    norm = ctx.norm(k).rstrip("ـ")
    if not ctx.is_word(k) or norm in ("ل", "ب", "ك") or ctx.is_preposition(k) \
            or norm in speaker_words("pronoun_preps"):
        return ctx.is_word(k)
    if len(norm) < 4 or norm[0] not in "بلك":
        return False
    rest = norm[1:]
    return bare(rest) in _phrase_heads() or is_title_word(rest) or _possessed(ctx, k) \
        or _on_common_word(norm)


def _on_common_word(norm: str) -> bool:
    """ب/ل/ك on a word the news uses at least twice as often alone («بتعديل», «بضرورة»,
    «بالتعاون»), never on a listed name («ليلى», «بالي») nor on a و-word («كوفي»)."""
    if norm[1] in "وف" or news_lexicon().words.get(norm):
        return False
    return frequent_alone(norm)


def frequent_alone(norm: str) -> bool:
    """Is ``norm`` without its first letter (a proclitic) a word the news uses at least 50
    times, and at least twice as often as ``norm`` itself («بتعديل», «وبدأ»)?"""
    count = news_lexicon().count
    return count(norm[1:]) >= 50 and count(norm[1:]) >= 2 * count(norm)


_TA_POSSESSIVES = ("ته", "تها", "تهم", "تهما", "تي", "تنا")


def possessed_noun(norm: str) -> bool:
    """A feminine noun with a possessive pronoun («علاقته», «مساعدته», «سعادتي»): its
    ta-marbuta form («علاقة») is a word the news uses at least 50 times; no name."""
    count = news_lexicon().count
    for suffix in _TA_POSSESSIVES:
        base = norm[:-len(suffix)] + "ه"
        if norm.endswith(suffix) and len(base) >= 4 and count(base) >= 50 \
                and count(base) >= count(norm):
            return True
    return False


def _possessed(ctx: Context, k: int) -> bool:
    """ب/ل/ك attached to a noun with a possessive pronoun («باسمه», «لانهماكه»)."""
    surface = strip_diacritics(ctx.tokens[k].text).rstrip("ـ")
    return len(surface) >= 5 and surface[0] in "بلك" and surface.endswith(_POSSESSIVES)


def conjoined_noun(ctx: Context, k: int) -> bool:
    """«واسم شعب», «وبوزارة»: a common noun or phrase joined by و (no name starts so)."""
    norm = ctx.norm(k)
    if len(norm) < 4 or not norm.startswith("و"):
        return False
    rest = norm[1:]
    return bare(rest) in _phrase_heads() or is_title_word(rest) \
        or rest[0] in "بلك" and bare(rest[1:]) in _phrase_heads() or _conjoined_verb(norm)


def _conjoined_verb(norm: str) -> bool:
    """«ويستهدف», «واندحرت»: و + a word far more frequent alone in the news than with و
    (a name such as «ويليام» or «وليد» is not: «يليام», «ليد» are no words)."""
    rest, count = norm[1:], news_lexicon().count
    return len(rest) >= 4 and count(rest) >= 50 and count(rest) > 5 * count(norm)


def phrase_stop(ctx: Context, k: int) -> bool:
    """Does token ``k`` end a subject phrase: an addressee «لـ"الوئام"», «لرويترز», a
    possessed prepositional phrase «باسمه», a time phrase «قبل أسبوعين», «أول من أمس», an
    honorific pronoun, an accusative adverb («وأكدت الهيئة مجددا منحها …»)?"""
    norm = ctx.norm(k).rstrip("ـ")
    return norm == "ل" or norm == "ب" and not ctx.is_word(k + 1) \
        or norm.startswith("ل") and prepositional(ctx, k) \
        or _possessed(ctx, k) and prepositional(ctx, k) or norm in _TIME_PREPS \
        or norm in speaker_words("honorific_pronouns") \
        or accusative_adverb(ctx, k) \
        or norm == "اول" and ctx.norm(k + 1) == "من" and ctx.norm(k + 2) == "امس"


def head_verdict(ctx: Context, j: int, start: int) -> str:
    """The verdict on an unnamed subject phrase whose first token is ``j`` (offset
    ``start``): KEEP a plausible one; NONE: no subject here (a prepositional phrase: the
    speaker is found as for a cue without subject); DROP: the cue is no reported speech;
    REFER: an honorific pronoun, a person named earlier."""
    norm = ctx.norm(j)
    if norm in speaker_words("honorific_pronouns"):
        return REFER
    if norm in speaker_words("oaths") or norm in speaker_words("conjunctions") \
            or norm in speaker_words("reflexives"):
        return DROP
    if _TANWEEN_FATH in ctx.tokens[j].text or norm in speaker_words("adverbials"):
        # «وقال طالباً …», «وقال وفقاً لما …», «وأضاف، رداً على …»: a circumstantial or
        # an adverb; after «يعتبر» («يعتبر أمرًا مستهجنًا») a passive's predicate
        cue = ctx.cue(j - 1) if j > 0 else None
        return DROP if cue is not None and cue.lemma in speaker_words("predicate_verbs") \
            else NONE
    if prepositional(ctx, j) or any(q.start <= start < q.end and long_quote(ctx, q)
                                    for q in ctx.quotes) \
            or norm in speaker_words("verbal_nouns") or possessed_common(ctx, j) \
            or norm in speaker_words("circumstantials"):
        return NONE  # «أكدت لهيئة …», a quotation, «أكد حرص(ه) …», «وقال وهو …»: none here
    return KEEP


def possessed_common(ctx: Context, j: int) -> bool:
    """A common noun with a possessive pronoun («حرصه», «ترشحه», «عثوركم»): its bare form
    (with or without «ال») is a word the news uses at least 50 times, and the word itself
    is no listed name («عبده», «سلامه»); not a preposition («خلاله»), nor a «ة» («المتحدثة»)."""
    norm, surface = ctx.norm(j), strip_diacritics(ctx.tokens[j].text)
    lexicon = news_lexicon()
    if lexicon.words.get(norm):
        return False
    preps = _TIME_PREPS | speaker_words("verbless_prepositions")
    for suffix in ("ه", "ها", "هم", "هما", "كم"):
        base = norm[:-len(suffix)]
        if surface.endswith(suffix) and len(base) >= 3 and base not in preps:
            return lexicon.count(base) + lexicon.count("ال" + base) >= 50
    return False


def noun_reading(ctx: Context, i: int, cue: Cue | None = None) -> bool:
    """Is the cue form at ``i`` a noun here: after a number or quantifier («ألف طالب»,
    «أي طالب»), coordinated with its feminine («طالب وطالبة»), or, for a bare verb form
    (``cue``: the cue at ``i``, without proclitic), right after a preposition, where only its verbal noun can stand («مع توقع
    الخبراء», «على تأكيد»; not «منذ أعلن», «من قال»: `verbless_prepositions`), or for a
    participle, a predicate right after a pronoun («وهي معلنة»)?"""
    before = ctx.tokens[i - 1].text if i > 0 else ""
    counted = cue is None or not cue.proclitic  # «عوامل ثلاثة وأوضح …»: a new clause
    if counted and (_count(before) and not line_break_before(ctx, i)
                    or ctx.norm(i - 1) in speaker_words("quantifiers")):  # not «… 12 /وقال …»
        return True
    if cue is None:
        return _feminine_pair(ctx, i)
    if cue.pos == VERB and not cue.proclitic and i > 0 \
            and ctx.norm(i - 1) in speaker_words("verbless_prepositions"):
        return True
    if cue.pos == PARTICIPLE and ctx.norm(i - 1) in speaker_words("predicate_subjects"):
        return True  # «وهي معلنة في البوابة»: a predicate adjective
    if cue.pos == PARTICIPLE and i > 0 and ctx.is_preposition(i - 1):
        return True  # «وكتب على لافتة …»: a noun after a preposition
    if cue.pos == PARTICIPLE and i > 0 and _TANWEEN_FATH in ctx.tokens[i - 1].text \
            and not (i + 1 < len(ctx.tokens) and is_complementizer(ctx.tokens[i + 1])):
        return True  # «مشروعاً مقترحاً» agrees with the noun; not before «أن» («… سياسيًا مؤكدين أن»)
    if cue.pos == PARTICIPLE and _bare_participle(ctx, i, cue):
        return True
    return _feminine_pair(ctx, i)


def _bare_participle(ctx: Context, i: int, cue: Cue) -> bool:
    """A participle right after a word is a noun or adjective when it bears a possessive
    («مرجعه», «ومقره») or is followed, instead of an opener or its own preposition, by a
    comma, another preposition or an adjective («كان متوقعا،», «زيارة غير معلنة للقاء»,
    «مرجعاً علمياً»); «مؤكداً أن», «مشيداً بجهود», «مقترحاً إنشاء …» report."""
    if cue.flags & {"say", "addr", "strict"} or i == 0 or i + 1 >= len(ctx.tokens) \
            or not ctx.is_word(i - 1):
        return False
    nxt = ctx.tokens[i + 1]
    if nxt.text[:1] in ":«\"“”" or is_complementizer(nxt) or prep_at(ctx, i + 1, cue) \
            or ctx.norm(i + 1) in word_group("channel_preps"):
        return False
    possessive = ctx.tokens[i].text.rstrip(_TANWEEN_FATH).endswith(("ه", "ها"))
    adjective = ctx.is_word(i + 1) and (_TANWEEN_FATH in nxt.text or ctx.norm(i + 1).endswith("يا"))
    return possessive or adjective or nxt.text in ("،", ",", ".") or ctx.is_preposition(i + 1)


def _feminine_pair(ctx: Context, i: int) -> bool:
    """«طالب وطالبة», «طالب وطالبات»: the cue form coordinated with its feminine."""
    stem = ctx.norm(i)
    stem = stem[:-1] if stem.endswith("ا") else stem
    return ctx.norm(i + 1) in ("و" + stem + "ه", "و" + stem + "ات")


def denied(ctx: Context, i: int) -> bool:
    """«ومع أن الاتحاد لم يوضح الآلية …», «لن يعلن …»: a denied cue reports nothing."""
    return i > 0 and ctx.norm(i - 1) in speaker_words("negations")


def _count(text: str) -> bool:
    """A number that counts things («1500»), not a date or a year («2015», «2025-12-31»)."""
    digits = text.replace(",", "").replace("٬", "")
    if not digits.isdigit():
        return False
    return not (len(digits) == 4 and digits[:2] in ("19", "20"))


def impersonal(ctx: Context, i: int, cue: Cue) -> bool:
    """A present verb without subject that is mostly the impersonal passive («ويُتوقع أن
    …», «يُعتقد أنها …») or a thing that indicates («تفيد بأن …»); not after a particle
    carrying the subject pronoun («إلا أنه يعتقد أن …», «لكنه يتوقع …»)."""
    if cue.pos != VERB or cue.past or cue.lemma not in speaker_words("impersonal_lemmas"):
        return False
    before = ctx.norm(i - 1)
    return not (before.endswith(("ه", "ها", "هم")) and
                (is_complementizer(ctx.tokens[i - 1]) or before.lstrip("و").startswith("لكن")))


def signing(ctx: Context, cue: Cue, first: int) -> bool:
    """«وتوقع الوزارة اليوم مذكرة تفاهم …»: «توقّع» (she signs, of وقّع) before what is
    signed, not «توقَّع» (he expected; also before «توقيع»: he expected the signing);
    ``first``: the first token of the object."""
    return cue.lemma == "توقع" and cue.past and cue.gender == "m" \
        and bare(ctx.norm(first)) != "توقيع" and any(
        bare(ctx.norm(k)) in speaker_words("signed_objects") for k in range(first, first + 3))


def describes(ctx: Context, i: int, cue: Cue) -> bool:
    """A verb right after an indefinite accusative noun inside a clause describes it
    («أصبحت خطراً يهدد حياة الشباب»: a danger that threatens), unless it reports what the
    noun holds («أصدرت بياناً تؤكد فيه …»); not after an adverb («أخيرًا يقول …»)."""
    return cue.pos == VERB and not cue.proclitic and i > 1 and ctx.is_word(i - 2) \
        and _TANWEEN_FATH in ctx.tokens[i - 1].text \
        and ctx.norm(i - 1) not in word_group("adverbs") | speaker_words("adverbials") \
        and ctx.norm(i + 1) not in speaker_words("resumptives")


def group_plural(ctx: Context, j: int) -> bool:
    """A definite masculine sound plural in «ـون» (nominative: the subject of a verb before
    it, «وأكد المشاركون»): a group of unnamed people.  Not «القانون», «الزيتون»: the word
    without «ون» must take the plural's other case («المشاركين») in the news, or look like
    a participle («المعتصم»), or be a nisba plural whose singular the news uses («الغزيون»:
    «الغزي»; not «التلفزيون»)."""
    norm = ctx.norm(j)
    if not ctx.is_word(j) or not norm.startswith("ال") or not norm.endswith("ون") \
            or len(norm) < 7 or ctx.norm(j) in word_group("not_nouns"):
        return False
    stem, count = norm[:-2], news_lexicon().count
    return count(stem + "ين") >= 3 or stem.startswith("الم") and len(stem) >= 6 \
        and count(stem) >= 5 or stem.endswith("ي") and count(stem) >= 3


def group_end(ctx: Context, j: int, stop: int) -> int:
    """Last token of a plural group phrase from ``j``: the head and the definite plural
    adjectives agreeing with it («المسؤولون الأميركيون»), not «الوزراء العنف …»."""
    k = j
    while k + 1 < stop and ctx.is_word(k + 1) and ctx.norm(k + 1).startswith("ال") \
            and ctx.norm(k + 1).endswith("ون"):
        k += 1
    return k


def family_name(ctx: Context, j: int) -> bool:
    """A lone definite nisba word standing as the subject («السوداني», «المالكي»): not
    followed by another word of its phrase."""
    norm = ctx.norm(j)
    nxt = ctx.tokens[j + 1] if j + 1 < len(ctx.tokens) else None
    alone = nxt is None or not ctx.is_word(j + 1) or ctx.cue(j + 1) is not None \
        or is_complementizer(nxt) or ctx.is_preposition(j + 1) \
        or ctx.norm(j + 1) in word_group("adverbs")
    return norm.startswith("ال") and norm.endswith("ي") and len(norm) >= 6 and alone \
        and not ctx.is_title(j) and not ctx.is_source(j) and norm not in word_group("not_nouns")
