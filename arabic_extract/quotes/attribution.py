"""The quote stage: every reporting cue outside quoted text becomes a statement when its
content (a quote, colon speech, an أن-clause or a noun complement) and its speaker are
found.  Unbalanced quote marks never fail an article (see :mod:`.marks`)."""
from __future__ import annotations

from dataclasses import replace

from ..document import Document, Span, Speaker, Statement
from .anaphora import definite_phrase, title_anaphora
from .clauses import find_opener
from .content_of import cue_content, unthreatened
from .citations import cited, eulogy_at
from .cue_subject import cue_subject
from .context import RELATIVE_PRONOUNS, Context, channel
from .cues import VERB, Cue
from .ends import inside_clause
from .found import Found
from .groups import group_opinion
from .issuers import issuer_speaker
from .same_source import same_source
from .speaking_body import speaking_body
from .addressees import addressee_speaker
from .kin import kin_subject
from .nonspeech import no_speech, prayer
from .pairs import co_speakers
from .sourced_pass import sourced_statements
from .plausible import DROP, NONE, REFER, denied, describes, impersonal, noun_reading
from .speakers import (SpeakerState, compatible, honored_person, is_speakerless,
                       recent_speaker, to_speaker, vet)
from .preverbal import (conjoined, sentence_subject, subject_before,
                        thing_antecedent)
from .named import Subject
from .lone_subject import lone_subject
from .titled import person_title
from .title_fits import title_fits
from .topics import Topics, fits, recent
from .unnamed import thing_name

def _issuer(ctx: Context, subject: Subject) -> Subject:
    """A noun that speaks through a channel («وقال المرصد في بيان إن …») is an unnamed
    body, or the organization named earlier with that head."""
    j = ctx.token_at(subject.start) or 0
    return replace(subject, entity=title_anaphora(ctx, j, subject.last), how="title")


def _speaker(ctx: Context, i: int, cue: Cue, subject: Subject | None,
             state: SpeakerState) -> Speaker | None:
    """The subject's speaker; a definite title nobody was seen with («وأكد الوزير») refers
    to the last named person speaking; no subject: the last compatible speaker."""
    found = issuer_speaker(ctx, subject, state) or same_source(ctx, subject, state) \
        or to_speaker(ctx, subject)  # «وأضاف البيان», «وتابع المصدر نفسه»
    found = speaking_body(ctx, subject, found, state.last, state.genders)  # «وبيّنت الهيئة»
    if found is None:
        own = to_speaker(ctx, sentence_subject(ctx, i))
        if own is not None and compatible(state, own, cue):
            return Speaker(own.entity, own.name or own.text)  # «وأبدى فلان سعادته …، وقال: …»
        topic = state.topic
        if topic is not None and topic.at > state.last_at and fits(topic, cue) \
                and compatible(state, topic.speaker, cue) and recent(ctx, topic, i):
            return topic.speaker  # «وزار الوزير فلان المعرض … . وقال: …»
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
                and title_fits(ctx, last.entity, ctx.token_at(subject.start) or 0):
            return Speaker(last.entity, last.name, found.start, found.end, found.text)
    return found


def _vetted_subject(ctx: Context, i: int, cue: Cue) -> tuple[Subject | None, str | None] | None:
    """The cue's subject and relaying agency, or None when nobody speaks here."""
    stop = min(len(ctx.tokens), ctx.sentence_end_token(i))
    subject, via = cue_subject(ctx, i, cue, stop)
    if subject is None and cue.pos == VERB and not cue.proclitic and thing_antecedent(ctx, i):
        return None  # «المعسكرات التي تؤكد أن …»: a thing's relative clause
    if subject is not None and subject.entity is None and group_opinion(ctx, cue, subject.start):
        return None  # «ويرى البعض أن …»: an opinion of some, no statement
    subject, verdict = vet(ctx, person_title(ctx, subject, stop))
    if subject is not None and thing_name(ctx, subject, i):
        subject, verdict = None, NONE  # «وقال صيد السمك لم يعد مربحا»
    if verdict == DROP:
        return None  # «تقول، ووالله …», «ذكراً أو أنثى»: no reported speech here
    if verdict == NONE and cue.pos == VERB:
        subject = subject_before(ctx, i)  # «أكدت لهيئة …»: the prepositional phrase is no subject
    if subject is None and impersonal(ctx, i, cue):
        return None  # «ويُتوقع أن …»: nobody speaks
    if subject is not None and subject.how == "noun":
        if not channel(ctx, subject.last + 1) and not lone_subject(ctx, i, cue, subject):
            return None  # «تشير الميزانية …», «شددت الإجراءات …»: things do not speak
        subject = _issuer(ctx, subject)
    return subject or kin_subject(ctx, i, cue), via  # «ويقول والده إن …»


def _nested_ok(ctx: Context, i: int, subject: Subject | None) -> bool:
    """Can the cue at ``i`` inside another statement's content speak: a named or titled
    subject of its own («أن فلان أكد …»), or none after a relative pronoun («الهجوم الذي
    قالت إنه …»: the reporter goes on), and its opener right after the subject (or an
    object pronoun or word: «أكد له بأنه …», «أعلم لاعبيه بأن …»)?"""
    if "think" in ctx.cue(i).flags:
        return False  # «أعلن الكرملين أن روسيا تعتبر أن …»: the belief is what was said
    if subject is None and ctx.norm(i - 1) not in RELATIVE_PRONOUNS or subject is not None \
            and subject.entity is None and subject.how != "title":
        return False
    opener = find_opener(ctx, i)
    after = subject.last + 1 if subject is not None and subject.last > i else i + 1
    return opener is not None and opener.index <= after + 1


def statement_at(ctx: Context, i: int, cue: Cue, state: SpeakerState,
                 used: set[int], outer: Statement | None = None) -> Statement | None:
    """The statement whose cue is token ``i``, or None.  A statement nested in the content
    of an ``outer`` one (:func:`_nested_ok`) leaves the speaker memory alone; without a
    subject («الذي قالت إنه …») its speaker is the outer one's."""
    tok = ctx.tokens[i]
    if is_speakerless(ctx, i) or denied(ctx, i) \
            or noun_reading(ctx, i, cue) or describes(ctx, i, cue) or no_speech(ctx, i, cue):
        return None
    found = _vetted_subject(ctx, i, cue)
    nested = outer is not None
    if found is None or nested and not _nested_ok(ctx, i, found[0]):
        return None
    subject, via = found
    addressed = addressee_speaker(ctx, i, cue, subject, state)  # «ودعا الهند إلى …»
    subject = None if addressed is not None else subject
    content = cue_content(ctx, i, cue, subject, used)
    if content is None or unthreatened(ctx, cue, content, i) or content.end <= content.start \
            or prayer(ctx, i, cue, content.start) or "subj" in cue.flags and subject is None \
            and not cue.proclitic \
            or content.start < tok.end and tok.start < content.end:  # never over its own cue
        return None
    speaker = addressed or (outer.speaker if outer is not None and subject is None
                            else _speaker(ctx, i, cue, subject, state))
    citing = cited(ctx, subject) or subject is None and eulogy_at(ctx, i + 1)
    speaker = _cited_speaker(state, cue, speaker) if citing and subject is None else speaker
    if speaker is None:
        return None
    if content.quote is not None:
        used.add(content.quote.open)
    co = () if nested and subject is None else co_speakers(
        ctx, i, cue, speaker, _after_speaker(ctx, subject, speaker),
        _partner_limit(ctx, i, subject, content.start), state.co if state.group else ())
    _note(ctx, state, (speaker, cue, co), subject, i, (nested, citing))
    text = ctx.doc.text
    return Statement(speaker, Span(tok.start, tok.end, tok.text),
                     Span(content.start, content.end, text[content.start:content.end]),
                     content.kind, via, co)


def _note(ctx: Context, state: SpeakerState, said: tuple[Speaker, Cue, tuple[Speaker, ...]],
          subject: Subject | None, i: int, where: tuple[bool, bool]) -> None:
    """Remember the speaker of the statement at ``i`` (``said``: speaker, cue, co-speakers;
    ``where``: nested in another statement, citing a prophet or companion): one cited is
    remembered apart, and «فقال نوح عليه السلام» leaves the preacher the running speaker;
    a nested statement leaves the memory alone."""
    speaker, cue, co = said
    nested, citing = where
    if citing:
        state.cite(speaker, cue, subject is not None)
    elif not nested:
        state.remember(speaker, cue, subject is not None, subject is not None
                       and conjoined(ctx, ctx.last_token(subject.end)), i, co)


def _cited_speaker(state: SpeakerState, cue: Cue, usual: Speaker | None) -> Speaker | None:
    """The speaker of a cue with no subject and a eulogy after it («وقال عليه السلام: …»):
    the one cited last when the cue's gender fits him (none when nobody was cited); a
    companion speaking on herself keeps the usual reading («فقالت رضي الله عنها»)."""
    if state.cited is None or compatible(state, state.cited, cue):
        return state.cited
    return usual


def _after_speaker(ctx: Context, subject: Subject | None, speaker: Speaker) -> int | None:
    """Token after the speaker's phrase at the cue (None without a subject)."""
    if subject is None:
        return None
    end = speaker.end if speaker.end is not None and speaker.end <= subject.end else subject.end
    return ctx.last_token(end) + 1


def _partner_limit(ctx: Context, i: int, subject: Subject | None, content: int) -> int:
    """Token before which people conjoined to the subject are looked for: the cue after a
    subject before it, the content after it, else the sentence's end."""
    if subject is None or subject.last < i:
        return i
    start = ctx.token_at(content)
    return start if start is not None and start > subject.last \
        else ctx.sentence_end_token(subject.last)


def attribute(doc: Document) -> tuple[Statement, ...]:
    """All statements of a tokenized document with entities, in text order.  A cue inside
    a content found before speaks only as part of the reported clause («… أن الجبير الذي
    ذكر أن …»: :func:`~.ends.inside_clause`)."""
    ctx = Context.build(doc)
    state, used = SpeakerState(topics=Topics(ctx)), set()
    found = Found()
    for i, tok in enumerate(doc.tokens):
        if ctx.sentence_start_token(i) == i and found.covering(tok.start) is None \
                and not ctx.quoted(tok.start):
            state.topics.note(i)
        cue = ctx.cue(i)
        if cue is None or ctx.quoted(tok.start) or i in ctx.mention_at:
            continue
        outer = found.covering(tok.start)
        if outer is not None and not inside_clause(ctx, i):
            continue
        st = statement_at(ctx, i, cue, state, used, outer)
        if st is not None:
            found.add(st)
    for st in sourced_statements(ctx, found.statements):  # «…، بحسب مصادر مطلعة.»
        found.add(st)
    return found.in_text_order()


class QuoteAttributor:
    """Pipeline stage: fills ``doc.statements`` from tokens, sentences and entities."""

    name = "quotes"
    needs = frozenset({"tokens", "sentences", "entities"})
    provides = frozenset({"statements"})

    def __call__(self, doc: Document) -> Document:
        return doc.replace(statements=attribute(doc), annotations=doc.annotations | self.provides)
