"""Who speaks: the found subject as a :class:`Speaker`, speakerless claims, and the most
recent compatible speaker for a cue without subject (gender agreement أكد / أكدت)."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..document import Speaker
from ..entities.names import bare
from ..normalize import normalize
from .authorial import authorial
from .generic_who import generic_who
from .context import Context, phrase_set, word_group, word_set
from .genders import gender_key, likely_gender
from .issuers import issued_phrase
from .same_source import source_phrase
from .cues import VERB, Cue, is_complementizer
from .pairs import conjoined_pair
from .preverbal import adverbial_ma, subject_before
from .plausible import DROP, KEEP, NONE, REFER, head_verdict, speaker_words
from .named import Subject
from .sourced import verb_marker
from .subjects import skip_adverbs, skip_marks


@dataclass
class SpeakerState:
    """Memory across the article: the last speaker, whether it was named with another one
    («قال فلان وفلان …»: ``group``), and the gender each entity was cued with."""

    last: Speaker | None = None
    genders: dict[str, str] = field(default_factory=dict)
    group: bool = False
    topics: object = None  # clause subjects that could speak (:class:`~.topics.Topics`)
    last_at: int = -1  # token index of the cue that set ``last``
    co: tuple[Speaker, ...] = ()  # the people named with the last explicit speaker
    cited: Speaker | None = None  # the last prophet or companion cited (quotes/citations.py)

    @property
    def topic(self):  # -> topics.Topic | None (not imported: topics imports this module)
        """The last clause subject that could speak, newer than the last speaker's cue."""
        return self.topics.latest(self.last_at) if self.topics is not None else None

    def cite(self, speaker: Speaker, cue: Cue, explicit: bool) -> None:
        """Remember a prophet or companion cited (quotes/citations.py), with the gender a
        named one was cued with («قال رسول الله …» is no «فقالت …» after him)."""
        self.cited = speaker
        if explicit and gender_key(speaker) and cue.gender in ("m", "f"):
            self.genders.setdefault(gender_key(speaker), cue.gender)

    def remember(self, speaker: Speaker, cue: Cue, explicit: bool, group: bool = False,
                 at: int = -1, co: tuple[Speaker, ...] = ()) -> None:
        if explicit or self.last is None or speaker.entity is not None \
                or self.last.entity is not None \
                or self.topic is not None and speaker == self.topic.speaker \
                and self.topic.at > self.last_at:
            kept = not explicit and self.last is not None and continued(self.last) == speaker
            self.last = self.last if kept else speaker  # the phrase stays («وذكر البيان»)
            self.last_at = at  # an unnamed source goes on as itself
        if explicit:
            self.group, self.co = group or bool(co), co
        if explicit and gender_key(speaker) and cue.gender in ("m", "f") \
                and not spoken_by_noun(speaker):  # «وأكد بيان الرئاسة»: the statement's
            self.genders.setdefault(gender_key(speaker), cue.gender)


def to_speaker(ctx: Context, subject: Subject | None) -> Speaker | None:
    if subject is None:
        return None
    ent = ctx.entities.get(subject.entity) if subject.entity else None
    text = ctx.doc.text[subject.start:subject.end]
    name = ent.name if ent else text if subject.how == "name" else None
    return Speaker(subject.entity, name, subject.start, subject.end, text)


def is_speakerless(ctx: Context, i: int) -> bool:
    """«تشير التقديرات …», «يقول المثل …», «يذكر أن …»: claims without a speaker."""
    if authorial(ctx, i) or generic_who(ctx, i):
        return True  # «يمكن القول إن …», «والمثل يقول …», «هناك من يقول …»: nobody speaks
    if ctx.norm(i - 1) in word_group("relative") and not _while(ctx, i) and not _swift(ctx, i) \
            and verb_marker(ctx, i) is None or _fact_subject(ctx, i):
        return True  # «وهذا ما يؤكد أن …», «وهذا يؤكد أن …»
    words = tuple(ctx.norm(k) for k in range(i, min(i + 4, len(ctx.tokens))))
    j = skip_adverbs(ctx, i + 1, len(ctx.tokens))
    if j + 1 < len(ctx.tokens) and skip_marks(ctx, j + 1, len(ctx.tokens)) in ctx.mention_at \
            and not is_complementizer(ctx.tokens[j]):  # not «ويذكر أن صحيفة «…» نشرت»
        return False  # «أشارت معلومات «المدينة»»: the information has an owner
    bare_words = (ctx.norm(i)[len(ctx.cue(i).proclitic):], *words[1:]) if ctx.cue(i) else words
    for phrase in phrase_set("speakerless.txt"):
        if words[:len(phrase)] == phrase or bare_words[:len(phrase)] == phrase:
            return True
    second = () if ctx.is_source(j) else (j + 1,)  # «ذكرت وكالة أنباء …»: the agency speaks
    return any(ctx.is_word(k) and bare(ctx.norm(k)) in word_set("speakerless.txt")
               for k in ((j, *second) if ctx.is_word(j) else ()))  # «وأضاف: مثل …» is speech


def _fact_subject(ctx: Context, i: int) -> bool:
    """A demonstrative subject of the verb cue at ``i`` («وهذا يؤكد أن …»: a fact confirms),
    not one governed by a preposition («إلى ذلك قال فلان …»: meanwhile, somebody speaks)."""
    if ctx.norm(i - 1) not in word_group("demonstratives") or ctx.cue(i) is None \
            or ctx.cue(i).pos != VERB:
        return False
    before = ctx.norm(i - 2) if i > 1 else ""
    prepositions = word_group("prepositions")
    return not (before in prepositions or before.startswith("و") and before[1:] in prepositions)


def _swift(ctx: Context, i: int) -> bool:
    """«لكن الوزير سرعان ما نفى …»: an adverbial «ما» after the speaker named before it (not
    «وإنني دائما ما أوضح …», «دائما ما يقول العارفون …»: nobody named before)."""
    return adverbial_ma(ctx, i) and subject_before(ctx, i) is not None


def _while(ctx: Context, i: int) -> bool:
    """Is «فيما» before the verb cue at ``i`` the conjunction "while" («…، فيما أكد الوزير أن
    …», «فيما قالت إن …»), not "in what" («وهذا فيما يؤكد …»: after a demonstrative)?"""
    cue = ctx.cue(i)
    return ctx.norm(i - 1) == "فيما" and cue is not None and cue.pos == VERB \
        and (i < 2 or ctx.norm(i - 2) not in word_group("demonstratives"))


def compatible(state: SpeakerState, speaker: Speaker, cue: Cue, strict: bool = False) -> bool:
    """Does the speaker's gender (cued before, else guessed from the name or title) agree
    with the cue? ``strict``: only a speaker known to agree does."""
    if cue.gender == "m" and spoken_by_noun(speaker):
        return True  # «وذكر البيان أن …. وبين أن …»: the statement goes on
    known = state.genders.get(gender_key(speaker)) or likely_gender(speaker)
    return cue.gender not in ("m", "f") or known is None and not strict or known == cue.gender


def recent_speaker(ctx: Context, i: int, cue: Cue, state: SpeakerState) -> Speaker | None:
    """A cue without subject: the last speaker if compatible, else the nearest person; a
    third-person plural or dual cue («مشيرين», «وأوضحوا») never refers to one person."""
    if cue.gender in ("pl", "du") and cue.person == 3:
        last = state.last
        one_person = last is None or (ctx.entities[last.entity].type == "PER"
                                      if last.entity else _one_named(last.name))
        if one_person and not state.group:
            pair = conjoined_pair(ctx, i) if cue.gender == "du" else None
            return Speaker(pair[0], ctx.entities[pair[0]].name) if pair else None
        return continued(last)
    if state.last is not None and compatible(state, state.last, cue) \
            and not (cue.gender in ("m", "f") and _group(state.last)):
        return continued(state.last)  # «وقال الباحثون … وأضاف»: no longer the group
    return nearest_person(ctx, i, cue, state)


def _group(last: Speaker) -> bool:
    """An unnamed plural of people («الباحثون», «محامون», «عدد من المختصين»): a singular
    cue is someone else."""
    words = (last.name or last.text or "").split() if last.entity is None else []
    first = normalize(words[0]) if words else ""
    if _indefinite_group(first):
        return True
    return first.endswith(("ون", "ين")) and len(first) > 5 and (
        first.startswith("ال") or bare(first) in word_set("sources.txt"))


def continued(last: Speaker) -> Speaker:
    """The previous speaker going on without a phrase at the cue («وأضاف أن …»): an
    unnamed source keeps its phrase as its name («مصدر أمني»)."""
    return Speaker(last.entity, last.name if last.entity or last.name else last.text)


def _one_named(name: str | None) -> bool:
    """An unlinked name that is no plural phrase («خبيران عقاريان», «سياسيون يمنيون»)."""
    if not name:
        return False
    first = bare(name.split()[0])
    return not (_indefinite_group(normalize(name.split()[0]))
                or len(first) > 4 and first.endswith(("ون", "ين", "ان")))


def nearest_person(ctx: Context, i: int, cue: Cue, state: SpeakerState) -> Speaker | None:
    """The person (PER entity) mentioned last before token ``i``, within 2000 characters,
    compatible with the cue's gender; past one who disagrees, only one known to agree
    (past «خالد», «ولفتت» is no reason to guess farther back)."""
    strict = False
    start = ctx.tokens[i].start
    for k in sorted((k for k in ctx.mention_at if k < i), reverse=True):
        mention, entity = ctx.mention_at[k]
        if mention.label == "PER" and entity and start - mention.start < 2000 \
                and not _byline(ctx, mention.start, mention.end):
            speaker = Speaker(entity, ctx.entities[entity].name)
            if compatible(state, speaker, cue, strict):
                return speaker
            strict = strict or not compatible(state, speaker, cue)
    return None


def _byline(ctx: Context, start: int, end: int) -> bool:
    """A reporter's name opening the article before a dash («فلان – متابعات»): no speaker."""
    text = ctx.doc.text
    return not text[:start].strip() and text[end:end + 3].strip()[:1] in ("–", "-", "—")


def vet(ctx: Context, subject: Subject | None) -> tuple[Subject | None, str]:
    """An unnamed subject checked by :func:`~.plausible.head_verdict`: the subject to use
    (None when there is none here) and the verdict (KEEP, NONE, DROP or REFER)."""
    if subject is None or subject.entity is not None:
        return subject, KEEP
    j = ctx.token_at(subject.start)
    verdict = KEEP if j is None else head_verdict(ctx, j, subject.start)
    if verdict == REFER and j is not None:
        tok = ctx.tokens[j]
        return Subject(None, tok.start, tok.end, j, REFER), REFER
    return (None, verdict) if verdict in (NONE, DROP) else (subject, verdict)


def honored_person(ctx: Context, i: int, cue: Cue, state: SpeakerState,
                   found: Speaker) -> Speaker:
    """«وأكد فضيلته»: the last speaker when a named person, else the nearest person; the
    honorific stays the speaker phrase."""
    last = state.last
    person = last if last is not None and last.entity \
        and ctx.entities[last.entity].type == "PER" else nearest_person(ctx, i, cue, state)
    if person is None:
        return found
    return Speaker(person.entity, person.name, found.start, found.end, found.text)


def _indefinite_group(word: str) -> bool:
    """«عدد (من …)», «كثيرون», «البعض»: the first word of an indefinite group phrase."""
    return word in speaker_words("group_heads") or word in speaker_words("group_words")


def spoken_by_noun(speaker: Speaker) -> bool:
    """A speaker named through a masculine noun standing for it («البيان», «المصدر نفسه»):
    the cue agrees with the noun, not with the speaker (an unnamed «المصدر» is itself)."""
    resolved = bool(speaker.name) and speaker.name != speaker.text  # not «مصدر» itself
    return resolved and (issued_phrase(speaker.text) or source_phrase(speaker.text))
