"""The quote stage: every reporting cue outside quoted text becomes a statement when its
content (a quote, colon speech, an أن-clause or a noun complement) and its speaker are
found.  Unbalanced quote marks never fail an article (see :mod:`.marks`)."""
from __future__ import annotations

from dataclasses import replace

from ..document import Document, Span, Speaker, Statement
from ..entities.names import bare, name_key
from .anaphora import definite_phrase, title_anaphora
from .clauses import (Content, content_after, find_opener, long_quote, object_content,
                      prep_at, trim)
from .context import COMMAS, RELATIVE_PRONOUNS, Context, channel, word_group
from .cues import NOUN, PARTICIPLE, VERB, Cue, is_complementizer
from .found import Found
from .plausible import (DROP, NONE, REFER, denied, describes, frequent_alone, impersonal,
                        noun_reading, signing)
from .speakers import (SpeakerState, compatible, honored_person, is_speakerless,
                       recent_speaker, to_speaker, vet)
from .preverbal import conjoined, name_ending_at, sentence_subject, subject_before
from .subjects import Subject, genitive_name, subject_after

_RELAY_LEMMAS = frozenset({"نقل", "تناقل"})
_NEAR = 1


def _left_quote(ctx: Context, i: int, used: set[int]) -> Content | None:
    """A quote right before the cue: «…»، قال فلان."""
    k = i - 1
    while k >= 0 and ctx.tokens[k].text in COMMAS:
        k -= 1
    q = ctx.quote_closing_at(k) if k >= 0 else None
    if q is None or q.depth or q.open in used or not long_quote(ctx, q):
        return None
    return Content(q.start, q.end, "direct", q)


def _relay(ctx: Context, i: int, stop: int) -> tuple[Subject | None, str | None]:
    """«نقلت وكالة X عن Y …»: (Y, X's entity) when the cue is a relay verb."""
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
    first = max(ctx.sentence_start_token(i) - 1, i - 26)
    for k in range(i - 1, first, -1):
        if ctx.norm(k) in ("عنه", "عنها") and own.pos == NOUN:
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
            found = subject_after(ctx, k, i) or subject_before(ctx, k)
            if cue.strict and found is not None and _weak_subject(ctx, found) \
                    and ("say" not in cue.flags or found.how == "noun"):
                continue  # «بين أظهر المسلمين، مبيناً …»: the preposition, not the verb
            if own.pos == PARTICIPLE and _inner(ctx, k):
                continue  # «وأكد فلان قدرة … على ما يهدد أمن الوطن، مشيراً»: «وأكد» speaks
            return found, None
    if own.pos == NOUN:  # «وجدد نعسان تأكيده أن …»: the name right before
        return name_ending_at(ctx, i - 1), None
    return None, None


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


def _subject(ctx: Context, i: int, cue: Cue, stop: int) -> tuple[Subject | None, str | None]:
    if cue.pos in (NOUN, PARTICIPLE):
        return _governed_speaker(ctx, i)
    if cue.lemma in _RELAY_LEMMAS:
        return _relay(ctx, i, stop)
    after = subject_after(ctx, i, stop)
    if after is None or after.how == "noun":  # «مغرد … يعزو السبب»: SVO beats an object
        addressee = after is not None and "addr" in cue.flags  # «وطالب الجميع ببذل …»
        return subject_before(ctx, i) or (None if addressee else after), None
    return after, None


def _content(ctx: Context, i: int, cue: Cue, subject: Subject | None,
             used: set[int]) -> Content | None:
    opener = find_opener(ctx, i)
    after_subject = (subject.last if subject and subject.last > i else i) + 1
    if opener is not None:
        far = opener.index > after_subject + _NEAR and not channel(ctx, after_subject)
        if (cue.strict or cue.pos == NOUN) and (far or cue.pos == VERB and subject is not None
                                               and _weak_subject(ctx, subject)):
            return None
        if opener.kind == "colon" and "say" not in cue.flags:
            return None  # «ذكر التقرير: …» introduces a list more often than speech
        content = content_after(ctx, opener)
        return _parenthetical(ctx, i, content) if content is not None else None
    left = _left_quote(ctx, i, used)
    if left is not None:
        return left
    if _object_allowed(cue, subject) or subject is None and cue.takes_object \
            and ctx.norm(i - 1) in word_group("speech_connectives"):  # «، كما أكد على …»
        content = object_content(ctx, after_subject, cue)
        first = ctx.token_at(content.start) if content is not None else None
        if first is not None and (_coordinated(ctx, first) or signing(ctx, cue, first)):
            return None  # «هدد بوتين وبدأ ينفذ …»: a coordinated clause, not the object
        return content
    return None


def _coordinated(ctx: Context, k: int) -> bool:
    """و + a word the news uses at least twice as often alone («وبدأ»; not «وجود»)."""
    norm = ctx.norm(k)
    return norm.startswith("و") and len(norm) > 3 and frequent_alone(norm)


def _parenthetical(ctx: Context, i: int, content: Content) -> Content:
    """«وأطلق القاتل، الذي قالت السلطات إنه يدعى فلان، 13 رصاصة»: speech inside a
    comma-delimited relative clause ends at the clause's closing comma."""
    if content.kind == "direct" or ctx.norm(i - 1) not in RELATIVE_PRONOUNS \
            or i < 2 or ctx.tokens[i - 2].text not in COMMAS:
        return content
    first = ctx.token_at(content.start) or 0
    comma = next((t for t in ctx.tokens[first:]
                  if t.text in COMMAS and content.start < t.start < content.end), None)
    if comma is None:
        return content
    return Content(content.start, trim(ctx, content.start, comma.start), content.kind)


def _object_allowed(cue: Cue, subject: Subject | None) -> bool:
    """Noun complements only after a speaking subject, or after a cue that continues the
    previous speaker («ونفى …», «مشدداً على …»), never after a non-human noun subject."""
    if not cue.takes_object or cue.pos == NOUN:
        return False
    if subject is None:
        return bool(cue.proclitic) or cue.pos != VERB
    return subject.how != "noun"


def _issuer(ctx: Context, subject: Subject) -> Subject:
    """A noun that speaks through a channel («وقال المرصد في بيان إن …») is an unnamed
    body, or the organization named earlier with that head."""
    j = ctx.token_at(subject.start) or 0
    return replace(subject, entity=title_anaphora(ctx, j, subject.last), how="title")


def _weak_subject(ctx: Context, subject: Subject) -> bool:
    """A subject that rarely speaks with an ambiguous cue («بين الفرضيات»، «بين بغداد»)."""
    ent = ctx.entities.get(subject.entity or "")
    unlinked = subject.how == "name" and subject.entity is None  # «بين عامي …»
    return subject.how == "noun" or unlinked or ent is not None and ent.type != "PER"


def _speaker(ctx: Context, i: int, cue: Cue, subject: Subject | None,
             state: SpeakerState) -> Speaker | None:
    """The subject's speaker; a definite title nobody was seen with («وأكد الوزير») refers
    to the last named person speaking; no subject: the last compatible speaker."""
    found = to_speaker(ctx, subject)
    if found is None:
        own = to_speaker(ctx, sentence_subject(ctx, i))
        if own is not None and compatible(state, own, cue):
            return Speaker(own.entity, own.name or own.text)  # «وأبدى فلان سعادته …، وقال: …»
        return recent_speaker(ctx, i, cue, state)
    if subject is not None and subject.how == REFER:
        return honored_person(ctx, i, cue, state, found)
    if found.entity is None and subject is not None and subject.how == "title" \
            and ctx.is_title(ctx.token_at(subject.start) or 0) \
            and definite_phrase(ctx, ctx.token_at(subject.start) or 0, subject.last):
        last = state.last
        person = last is not None and (last.entity and ctx.entities[last.entity].type == "PER"
                                       or not last.entity and last.name)
        if person and compatible(state, last, cue) \
                and _title_fits(ctx, last.entity, ctx.token_at(subject.start) or 0):
            return Speaker(last.entity, last.name, found.start, found.end, found.text)
    return found


def _unthreatened(ctx: Context, cue: Cue, content: Content) -> bool:
    """A cue flagged ``prep`` reports only with its preposition («هدد بالانسحاب», «هدد
    بأن …»); «يهدد حياته», «تهدد الهدنة» threaten, they say nothing."""
    k = ctx.token_at(content.start)
    if "prep" not in cue.flags or k is None:
        return False
    return not (any(prep_at(ctx, j, cue) for j in range(k, min(k + 3, len(ctx.tokens))))
                or any(ctx.norm(k - 1).startswith(p) for p in cue.preps))  # «عام 2010 بمقاطعة»


def _title_fits(ctx: Context, entity: str | None, j: int) -> bool:
    """Can the title at token ``j`` («الملك») refer to ``entity``? Yes unless the entity was
    seen only with other titles («رئيس حزب …» is no king)."""
    titles = ctx.entities[entity].titles if entity else ()
    head = bare(ctx.norm(j))
    return not titles or any(bare(name_key(t).split()[0]) == head
                             for t in titles if name_key(t))


def statement_at(ctx: Context, i: int, cue: Cue, state: SpeakerState,
                 used: set[int]) -> Statement | None:
    """The statement whose cue is token ``i``, or None."""
    tok = ctx.tokens[i]
    if is_speakerless(ctx, i) or denied(ctx, i) \
            or noun_reading(ctx, i, cue) or describes(ctx, i, cue):
        return None
    stop = min(len(ctx.tokens), ctx.sentence_end_token(i))
    subject, via = _subject(ctx, i, cue, stop)
    subject, verdict = vet(ctx, subject)
    if verdict == DROP:
        return None  # «تقول، ووالله …», «ذكراً أو أنثى»: no reported speech here
    if verdict == NONE and cue.pos == VERB:
        subject = subject_before(ctx, i)  # «أكدت لهيئة …»: the prepositional phrase is no subject
    if subject is None and impersonal(ctx, i, cue):
        return None  # «ويُتوقع أن …»: nobody speaks
    if subject is not None and subject.how == "noun":
        if not channel(ctx, subject.last + 1):
            return None  # «تشير الميزانية …», «شددت الإجراءات …»: things do not speak
        subject = _issuer(ctx, subject)
    content = _content(ctx, i, cue, subject, used)
    if content is None or _unthreatened(ctx, cue, content) or content.end <= content.start \
            or content.start < tok.end and tok.start < content.end:  # never over its own cue
        return None
    speaker = _speaker(ctx, i, cue, subject, state)
    if speaker is None:
        return None
    if content.quote is not None:
        used.add(content.quote.open)
    state.remember(speaker, cue, subject is not None, subject is not None
                   and conjoined(ctx, ctx.last_token(subject.end)))
    text = ctx.doc.text
    return Statement(speaker, Span(tok.start, tok.end, tok.text),
                     Span(content.start, content.end, text[content.start:content.end]),
                     content.kind, via)


def attribute(doc: Document) -> tuple[Statement, ...]:
    """All statements of a tokenized document with entities, in text order."""
    ctx = Context.build(doc)
    state, used = SpeakerState(), set()
    found = Found()
    for i, tok in enumerate(doc.tokens):
        cue = ctx.cue(i)
        if cue is None or ctx.quoted(tok.start) or i in ctx.mention_at \
                or found.covers(tok.start):
            continue
        st = statement_at(ctx, i, cue, state, used)
        if st is not None:
            found.add(st)
    return found.in_text_order()


class QuoteAttributor:
    """Pipeline stage: fills ``doc.statements`` from tokens, sentences and entities."""

    name = "quotes"
    needs = frozenset({"tokens", "sentences", "entities"})
    provides = frozenset({"statements"})

    def __call__(self, doc: Document) -> Document:
        return doc.replace(statements=attribute(doc), annotations=doc.annotations | self.provides)
