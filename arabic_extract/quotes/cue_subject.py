"""Who a cue's subject is: the name after a verb (or before it), the governing verb's subject
for a participle or verbal noun («وتابع السوداني قائلاً»), and the relayed source of «نقلت
وكالة X عن Y» (:func:`cue_subject`)."""
from __future__ import annotations

from .addressees import governing_subject
from .bounds import subject_after
from .citations import cited
from .content_of import weak_subject
from .context import COMMAS, RELATIVE_PRONOUNS, Context, word_group
from .cues import NOUN, PARTICIPLE, VERB, Cue, is_complementizer
from .kana_first import kana_subject_first
from .named import Subject
from .plausible import noun_reading
from .preverbal import name_ending_at, subject_before
from .subjects import genitive_name
from .unnamed import thing_subject


_RELAY_LEMMAS = frozenset({"نقل", "تناقل"})
_ABOUT = frozenset({"عنه", "عنها", "عنهم"})


def _relay(ctx: Context, i: int, stop: int) -> tuple[Subject | None, str | None]:
    """«نقلت وكالة X عن Y …»: (Y, X's entity) when the cue is a relay verb; «ونقلت عنها
    وكالة X أن …»: nobody named (the speaker goes on) via X."""
    if ctx.norm(i + 1) in _ABOUT:
        via = subject_after(ctx, i + 1, stop)
        return None, via.entity if via else None
    via = subject_after(ctx, i, stop)
    for k in range(i + 1, stop):
        if ctx.norm(k) == "عن":
            return subject_after(ctx, k, stop), via.entity if via else None
    return via, None


def _governed_speaker(ctx: Context, i: int) -> tuple[Subject | None, str | None]:
    """Speaker of a nominal cue or participle: the name after a preceding «عن» (via the
    relay verb), else the subject of the verb cue before it in the sentence («وتابع
    السوداني قائلاً»)."""
    own = ctx.cue(i)
    if own.pos == NOUN and own.gender == "?":  # a bare noun: «قول كيري»
        owner = genitive_name(ctx, i, ctx.sentence_end_token(i))
        if owner is not None:
            return owner, None
    first = _reach(ctx, i)
    for k in range(i - 1, first, -1):
        if ctx.norm(k) in _ABOUT and own.pos == NOUN:
            return None, None  # «ونُقل عنه قوله»: the person named before speaks
        if ctx.norm(k) == "عن" and own.pos == NOUN:
            speaker = subject_after(ctx, k, i)
            relay = next((r for r in range(k - 1, first, -1) if ctx.cue(r) and
                          ctx.cue(r).lemma in _RELAY_LEMMAS), None)
            via = subject_after(ctx, relay, k) if relay is not None else None
            return speaker, via.entity if via else None
        cue = ctx.cue(k)
        if cue is not None and cue.pos == VERB and not ctx.quoted(ctx.tokens[k].start) \
                and not _embedded(ctx, k) and not noun_reading(ctx, k, cue):
            found = governing_subject(ctx, k, i)
            if found is not None and thing_subject(ctx, found):
                return None, None  # «وتوقع جذب أعداد كبيرة …، مشدداً»: the verb's object
            if cue.strict and found is not None and weak_subject(ctx, found) \
                    and ("say" not in cue.flags or found.how == "noun"):
                continue  # «بين أظهر المسلمين، مبيناً …»: the preposition, not the verb
            if own.pos == PARTICIPLE and (_inner(ctx, k) or cited(ctx, found)):
                continue  # «وأكد فلان قدرة … على ما يهدد أمن الوطن، مشيراً»: «وأكد» speaks;
                # «فقال نوح عليه السلام ((…))، مبينا»: the one citing him goes on
            return found, None
    if own.pos == NOUN:  # «وجدد نعسان تأكيده أن …»: the name right before
        return name_ending_at(ctx, i - 1), None
    return None, None


#: tokens back from a participle (or from the participle before it in a chain) to its verb
_GOVERNING_REACH = 26


def _reach(ctx: Context, i: int) -> int:
    """Token before the first one searched for the governing verb of the participle or noun
    at ``i``: up to the sentence start, at most ``_GOVERNING_REACH`` tokens before it or
    before an earlier participle cue of its gender after a comma, which shares that verb
    («وأعرب فلان عن …، داعين الله …، مؤكدين أنهم …»: the chain goes on as far as its links
    reach; «مضيفة …، معتبرا» is no link)."""
    start, gender = ctx.sentence_start_token(i) - 1, ctx.cue(i).gender
    first, k = max(start, i - _GOVERNING_REACH), i - 1
    while k > first:
        cue = ctx.cue(k)
        if cue is not None and cue.pos == PARTICIPLE and cue.gender == gender \
                and ctx.tokens[k - 1].text in COMMAS and not ctx.quoted(ctx.tokens[k].start):
            first = max(start, k - _GOVERNING_REACH)
        k -= 1
    return first


def _inner(ctx: Context, k: int) -> bool:
    """Is the verb cue at ``k`` inside the clause of an earlier verb cue of its sentence,
    not opening a clause of its own (after a comma, «كما», a relative pronoun, or joined by و
    when unambiguous: «الذي أشاد … وطالبهم …، مؤكداً»)?"""
    cue = ctx.cue(k)
    if ctx.tokens[k - 1].text in COMMAS or ctx.norm(k - 1) in word_group("speech_connectives") \
            or ctx.norm(k - 1) in RELATIVE_PRONOUNS or cue.proclitic and not cue.strict:
        return False
    return any(ctx.cue(m) is not None and ctx.cue(m).pos == VERB
               and not ctx.quoted(ctx.tokens[m].start) and not noun_reading(ctx, m, ctx.cue(m))
               for m in range(ctx.sentence_start_token(k), k))


def _embedded(ctx: Context, k: int) -> bool:
    """Is the verb at ``k`` inside reported content, a complementizer a few words before it
    («مشيراً إلى أنها تعتبر بطولة …، مؤكداً»: «تعتبر» governs no participle after it)?"""
    for j in range(k - 1, max(k - 4, -1), -1):
        if ctx.tokens[j].text in COMMAS:
            return False
        if is_complementizer(ctx.tokens[j]):
            return True
    return False


def cue_subject(ctx: Context, i: int, cue: Cue, stop: int) -> tuple[Subject | None, str | None]:
    """The subject of the cue at ``i`` (searched up to token ``stop``) and the entity it is
    relayed through: the governing verb's for a noun or participle, «نقلت X عن Y» for a
    relay verb, else the subject after the verb or before it."""
    if cue.pos in (NOUN, PARTICIPLE):
        return _governed_speaker(ctx, i)
    if cue.lemma in _RELAY_LEMMAS:
        return _relay(ctx, i, stop)
    about = ctx.norm(i + 1) in _ABOUT  # «قالت عنها الشركة إنها …»: «about it» comes first
    if (kana := kana_subject_first(ctx, i)) is not None:  # «وكان فلان حث الأعضاء على …»
        return kana, None
    after = subject_after(ctx, i + 1 if about else i, stop)
    if after is None or after.how == "noun":  # «مغرد … يعزو السبب»: SVO beats an object
        addressee = after is not None and "addr" in cue.flags  # «وطالب الجميع ببذل …»
        return subject_before(ctx, i) or (None if addressee else after), None
    return after, None
