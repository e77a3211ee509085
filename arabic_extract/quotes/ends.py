"""Where reported content ends, and which cues start a new statement.

Indirect content runs to the end of the reported clause: the sentence end, a comma followed
by the reporter's gloss («، في إشارة إلى …») or by a new cue («، مضيفاً …», «، وقال …»,
«، كما أشار …»), a participle cue after a closing quote («» مضيفاً: …»), a contrasting
clause whose subject speaks.  Colon speech runs to the paragraph end, at most three
sentences, and never over a new cue.
"""
from __future__ import annotations

from .according import according_at
from .ambiguous import bare_ambiguous, clause_start, preposition_form
from .background import background_at
from .charges import charged
from .joined_act import joined_act
from .context import (COMMAS, RELATIVE_PRONOUNS, SENTENCE_END, Context, abbreviation_dot,
                      channel, phrase_set, word_group)
from .cues import NOUN, PARTICIPLE, VERB, Cue, is_complementizer
from .marks import Quote
from .nonspeech import no_cue

MIN_QUOTE_WORDS = 3
MAX_COLON_SENTENCES = 3
_TRAIL = " \t\n.,،؛:;"


def long_quote(ctx: Context, q: Quote | None) -> bool:
    """A quote that can be speech: at least three words and not just a name
    («لصحيفة «غانا سبورتس أون لاين»»)."""
    if q is None or ctx.quote_words(q) < MIN_QUOTE_WORDS:
        return False
    return not ctx.mention_reach.reaches(q.start + 1, q.end - 1)  # a name in quotes



def quote_here(ctx: Context, j: int) -> Quote | None:
    q = ctx.quote_opening_at(j)
    return q if q is not None and q.depth == 0 else None



#: words before «أن» that make it a time, manner, reason or modal clause, not reported
#: content («توقع ارتداد المؤشر بعد أن أظهر …», «دون أن يوضح», «وأكد على أهمية …، حيث إن
#: …», «شددت على اتخاذ التدابير، خصوصاً أن المنطقة …», «العلاقة بين الرئيس والجمهور يجب أن»,
#: «يهدد الأمن ولا شك أن …»: the writer's own certainty)
NOT_REPORTED = frozenset({"بعد", "قبل", "منذ", "دون", "بدون", "بدل", "عوضا", "ريثما",
                          "حيث", "خصوصا", "خاصه", "لاسيما", "سيما", "اذ", "كون", "بحكم",
                          "يجب", "ينبغي", "يمكن", "يتعين", "يجوز", "بد", "يفترض", "يحق",
                          "شك", "لاشك", "ولاشك", "ريب"})



def is_stop_cue(ctx: Context, j: int) -> bool:
    """A cue that starts a new statement (not a nominal cue in the middle of a clause nor
    the channel of the verb's speech: «وقالت الوزارة في بيان إن …»)."""
    cue = ctx.cue(j)
    if cue is None or ctx.quoted(ctx.tokens[j].start) or channel(ctx, j - 1) \
            or no_cue(ctx, j, cue):
        return False
    if _relative(ctx, j):  # «وأوضح الوزير، الذي تحدث للصحيفة، أن …»: the subject's clause
        return _opener_follows(ctx, j, True, until_comma=True)
    if preposition_form(cue) and not clause_start(ctx, j):
        return False  # «في تصريح عقب الزيارة: …»: "after", no clause starts there
    if "charge" in cue.flags and cue.pos != NOUN and charged(ctx, j + 1, cue):
        return True  # «…، واتهمت بعض صناعها باقتباس …»: an object and its charge
    return not (cue.pos == NOUN or cue.strict) or _opener_follows(  # «، عقب الجلسة، أن …»
        ctx, j, cue.pos != NOUN, until_comma=bare_ambiguous(cue))  # is the main cue's


#: «كان» between a relative pronoun and its verb («الذي كان يتحدث»)
_WAS = frozenset({"كان", "كانت", "كانوا"})


def _relative(ctx: Context, j: int) -> bool:
    """Is the cue at token ``j`` the verb of a relative clause («الذي تحدث», «التي كانت
    تتحدث»)?  Without an opener of its own it describes someone and starts no statement."""
    k = j - 2 if ctx.norm(j - 1) in _WAS else j - 1
    return ctx.norm(k) in RELATIVE_PRONOUNS


def _opener_follows(ctx: Context, j: int, near: bool, until_comma: bool = False) -> bool:
    """Does an opener come right after token ``j`` («بقوله:»), or with ``near`` within
    three tokens («يعزو السبب «…»»)?  With ``until_comma`` a comma comes first: the opener
    after it is another clause's («الذي تحدث للصحيفة، أن …»)."""
    for nxt in range(j + 1, min(j + (4 if near else 2), len(ctx.tokens))):
        tok = ctx.tokens[nxt]
        if is_complementizer(tok) or tok.text == ":" or long_quote(ctx, quote_here(ctx, nxt)):
            return True
        if tok.text in SENTENCE_END or until_comma and tok.text in COMMAS:
            return False
    return False


def _gloss_at(ctx: Context, k: int) -> bool:
    words = tuple(ctx.norm(x) for x in range(k, min(k + 5, len(ctx.tokens))))
    return any(words[:len(p)] == p for p in phrase_set("gloss_markers.txt")) \
        or background_at(ctx, k)  # «…، وكانت الوزارة قد أعلنت …»


def clause_end(ctx: Context, k: int) -> int:
    """End offset of the reported clause starting at token ``k``."""
    end = ctx.sentence_end_token(k)
    stop = _boundary(ctx, k, end, True)
    if stop is not None:
        return trim(ctx, ctx.tokens[k].start, ctx.tokens[stop].start)
    last = ctx.tokens[min(end, len(ctx.tokens)) - 1]
    return trim(ctx, ctx.tokens[k].start, min(last.end, ctx.paragraph_end(ctx.tokens[k].start)))


def _boundary(ctx: Context, k: int, end: int, sentence: bool) -> int | None:
    """The first token from ``k`` before ``end`` where the reported clause ends (a sentence
    end only when ``sentence``), or None."""
    j = k
    while j < end:
        tok = ctx.tokens[j]
        q = quote_here(ctx, j)
        if q is not None:
            j = ctx.last_token(q.outer_end) + 1
            if j < end and (_participle_cue(ctx, j) or _joined_cue(ctx, j)):
                return j  # «… «نص» مضيفاً: …», «… «نص» وتساءل عن …»
            continue
        if sentence and tok.text in SENTENCE_END and j > k and not _title_dot(ctx, j):
            return j
        if j > k and tok.text in COMMAS and (_gloss_at(ctx, j + 1) or is_stop_cue(ctx, j + 1)
                                             or _connective_cue(ctx, j + 1)
                                             or _participle_cue(ctx, j + 1)):
            return j
        if j > k + 1 and (_is_new_statement(ctx, j, sentence) or _contrast_speaks(ctx, j)) \
                or j > k and (_no_doubt(ctx, j) or according_at(ctx, j)
                              or ctx.norm(j) == "كما" and _connective_cue(ctx, j)):
            return j
        j += 1
    return None


def _title_dot(ctx: Context, j: int) -> bool:
    """The dot of «د.», «م.» before a name or inside an acronym; not «1436 هـ.», «2015 م.»
    after a date, which end their sentence."""
    return abbreviation_dot(ctx, j) and not (j > 1 and ctx.tokens[j - 2].text[-1:].isdigit())


def _no_doubt(ctx: Context, j: int) -> bool:
    """«ولا شك أن …», «ولاشك أن»: the writer's own certainty starts."""
    norm = ctx.norm(j)
    return norm in ("لاشك", "ولاشك") or norm in ("لا", "ولا") and ctx.norm(j + 1) == "شك"


def _participle_cue(ctx: Context, j: int) -> bool:
    cue = ctx.cue(j)
    return cue is not None and cue.pos == PARTICIPLE and not ctx.quoted(ctx.tokens[j].start)


def _joined_cue(ctx: Context, j: int) -> bool:
    """A reporting verb with its own «و»/«ف» right after a closing quote («"…" وتساءل عن
    …»): the next act of speech, even a verb that needs an opener elsewhere."""
    cue = ctx.cue(j)
    return cue is not None and cue.pos == VERB and cue.proclitic in ("و", "ف") \
        and not ctx.quoted(ctx.tokens[j].start)


def _connective_cue(ctx: Context, j: int) -> bool:
    """«، كما أشارت إلى …», «، فيما أكدت …»: a connective opening the reporter's next
    sentence with a reporting verb (with or without its own opener)."""
    if ctx.norm(j) not in word_group("speech_connectives"):
        return False
    cue = ctx.cue(j + 1)
    if cue is not None and cue.strict and ctx.norm(j) == "حيث" and not is_stop_cue(ctx, j + 1):
        return False  # «، حيث يبلغ طول الجسر …»: «amounts to», no speech without an opener
    return cue is not None and cue.pos == VERB and not cue.proclitic \
        and not ctx.quoted(ctx.tokens[j + 1].start)


def _is_new_statement(ctx: Context, j: int, own_opener: bool = True) -> bool:
    """A cue verb with its own conjunction («وقال»; in the present only with an opener,
    see :mod:`.joined_act`; in colon speech always) or, with ``own_opener``, its own opener
    («تقول القضية إن»; not in colon speech: «يجعله يعتقد أنه …» is the speaker's) or a
    participle with its own preposition (:func:`_participle_with_prep`)."""
    cue = ctx.cue(j)
    if cue is None or cue.pos == NOUN or not is_stop_cue(ctx, j) or after_complementizer(ctx, j) \
            or inside_clause(ctx, j):
        return False
    opener = any(is_complementizer(ctx.tokens[x]) for x in range(j + 1, min(j + 6, len(ctx.tokens))))
    near = opener or not own_opener or _opener_follows(ctx, j, True)
    return joined_act(ctx, j, cue, near) or own_opener and opener \
        or own_opener and _participle_with_prep(ctx, j, cue)


def _participle_with_prep(ctx: Context, j: int, cue: Cue) -> bool:
    """«… مع إسرائيل مشيرا إلى مضادات الصواريخ»: a participle with its own preposition; not
    a feminine one, which may describe the noun before it («قيود مشددة على …»)."""
    return cue.pos == PARTICIPLE and ctx.norm(j + 1) in cue.preps \
        and not ctx.norm(j).endswith(("ه", "ة"))


def after_complementizer(ctx: Context, j: int) -> bool:
    """Is the verb at ``j`` inside a reported clause, its complementizer a few words
    before it and no comma between («… وأن الوزارة تتوقع أن …»)?"""
    for k in range(j - 1, max(j - 4, -1), -1):
        if ctx.tokens[k].text in COMMAS or ctx.tokens[k].text in SENTENCE_END:
            return False
        if is_complementizer(ctx.tokens[k]):  # not «إلا أن», «بعد أن», «إضافة إلى أن»
            before = ctx.norm(k - 2) if ctx.norm(k - 1) == "الي" else ctx.norm(k - 1)
            return before not in CONTRAST | NOT_REPORTED | CONNECTIVES
    return False


#: subject words a reported clause's subject may span before its verb («أن السفير البريطاني
#: في لبنان فلان أكد له …»)
_SUBJECT_SPAN = 8


def inside_clause(ctx: Context, j: int) -> bool:
    """Is the verb cue at ``j`` (without و/ف) part of the reported clause around it: after a
    relative pronoun or a time conjunction («… الجبير الذي ذكر أن …», «حين قالت …»), or the
    predicate of the subject right after a complementizer («… أن تقديرات الائتلاف ترجح أن
    …», «إن معارضي القانون أكدوا أن …»)?  Its own statement is then nested in the content."""
    cue = ctx.cue(j)
    if cue is None or cue.pos != VERB or cue.proclitic or j < 2:
        return False
    before = ctx.norm(j - 1)
    if before in RELATIVE_PRONOUNS or before in word_group("subordinators") \
            and ctx.norm(j - 2) != "في":  # «في حين قال …» contrasts
        return True
    for k in range(j - 1, max(j - _SUBJECT_SPAN - 1, 0), -1):
        tok = ctx.tokens[k]
        if tok.text in COMMAS or tok.text in SENTENCE_END or ctx.cue(k) is not None \
                or ctx.norm(k) in word_group("new_clause") | word_group("subordinators"):
            return False
        if is_complementizer(tok):
            opener = ctx.norm(k - 2) if ctx.norm(k - 1) == "الي" else ctx.norm(k - 1)
            return k < j - 1 and opener not in CONTRAST | NOT_REPORTED | CONNECTIVES | {"حين"}
    return False


#: «بالإضافة إلى أن …», «بيد أن», «غير أن»: a connective, not a reported clause
CONNECTIVES = frozenset({"اضافه", "بالاضافه", "علاوه", "فضلا", "بيد", "غير", "رغم", "برغم"})


#: «لكن» opens another clause: a cue's opener is never looked for beyond it
BUT = frozenset({"لكن", "ولكن"})
#: connectors that open a contrasting main clause («لكن دريك قال إن …»)
CONTRAST = BUT | {"بينما", "فيما", "الا"}


def _contrast_speaks(ctx: Context, j: int) -> bool:
    """«… ، لكن دريك قال إن …», «… في حين قال …»: a contrasting clause whose subject
    speaks ends the content."""
    contrast = ctx.norm(j) in CONTRAST or ctx.norm(j) == "في" and ctx.norm(j + 1) == "حين"
    return contrast and any(
        ctx.cue(x) is not None and ctx.cue(x).pos == VERB and _is_new_statement(ctx, x)
        for x in range(j + 1, min(j + 5, len(ctx.tokens))))


def colon_speech_end(ctx: Context, k: int) -> int:
    """Speech after a colon without quote marks: to the paragraph end, but at most three
    sentences and not into a sentence that holds a new cue."""
    para_end = ctx.paragraph_end(ctx.tokens[k].start)
    end = ctx.sentence_end_token(k)
    stop = _boundary(ctx, k, end, False)  # «وأضاف: …، وأضاف: …», «…، مضيفاً أن …»
    if stop is not None:
        return ctx.tokens[stop].start
    for _ in range(MAX_COLON_SENTENCES - 1):
        if end >= len(ctx.tokens) or ctx.tokens[end].start >= para_end:
            break
        nxt = ctx.sentence_end_token(end)
        if any(is_stop_cue(ctx, x) for x in range(end, nxt)):
            break
        end = nxt
    return min(para_end, ctx.tokens[end - 1].end)


def trim(ctx: Context, start: int, end: int) -> int:
    text = ctx.doc.text
    end = min(end, len(text))  # «… « »» at the text's end: a caller's end may pass it
    while end > start and (text[end - 1] in _TRAIL or _stray_close(text, start, end)):
        end -= 1
    return end


#: closing quote marks and their opening marks
_CLOSING = {"»": "«", "”": "“", '"': '"'}


def _stray_close(text: str, start: int, end: int) -> bool:
    """Is the last character a closing mark opened before the content («، مشيرا إلى أن
    المعسكر حقق أهدافه».»: the mark closes the quote before the participle)?"""
    close = text[end - 1]
    if close not in _CLOSING:
        return False
    while start > 0 and text[start - 1].isspace():
        start -= 1
    inner = text[max(0, start - 1):end - 1]  # with the mark right before a quote's content
    if close == '"':
        return inner.count('"') % 2 == 0
    return inner.count(_CLOSING[close]) <= inner.count(close)
