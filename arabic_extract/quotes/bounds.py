"""Where the speaker phrase after a cue verb ends (VSO), refining ``subjects.subject_after``:

* a partitive with a plural of people is the subject («وطالب بعض أعضاء المنظمة بخفض …»,
  «وأكد أحد النواب …»), not an addressee;
* a title or honorific word right before a person's name is no name of its own («دعا
  الشيخ فلان …»: not the surname «الشيخ» of «آل الشيخ»);
* a title goes on over «لشؤون …» («نائب الرئيس لشؤون الانتخابات اللواء فلان»);
* after a verb of demand a definite plural after a singular definite head is the
  addressee, no adjective of it («وطالب المجلس الاتحادات الرياضية بـ…»).
"""
from __future__ import annotations

from ..entities.names import bare
from .anaphora import title_anaphora
from .context import Context, word_group
from .cues import VERB
from .plausible import is_honorific, speaker_words
from .named import Subject, mention_subject, name_like, unlinked_name
from .subjects import plural_source, skip_adverbs, subject_after as _subject_after

_PLURAL_ENDS = ("ات", "ين", "ون")
_RELAYS = frozenset({"نقل", "تناقل"})


def subject_after(ctx: Context, i: int, stop: int) -> Subject | None:
    """The subject right after the cue at ``i``, before token ``stop``; none after
    «وكان فلان قد أعلن …», whose subject stands before «قد»."""
    if _subject_first(ctx, i):
        return None
    found = _subject_after(ctx, i, stop)
    j = skip_adverbs(ctx, i + 1, stop)
    group = partitive_subject(ctx, j, stop) if j < stop else None
    if group is not None and (found is None or found.how != "name"):
        return group  # not «أحد المواطنين لـ«رويترز» وهو التاجر فلان»: the name
    if found is None:
        return None
    if found.entity is None and _pronoun_object(ctx, found):
        return None  # «وأعلن خلاله عن …», «أرجعوا علينا …»
    found = _past_title_word(ctx, found, stop)
    found = _title_link(ctx, found, stop)
    return _before_own_prep(ctx, i, _without_addressee(ctx, i, found))


def _before_own_prep(ctx: Context, i: int, found: Subject) -> Subject:
    """«وأشارت مصادر طبية إلى سقوط …»: an unnamed subject ends before the cue's own
    preposition, which opens the complement (not «مصدر أمني في الوزارة»)."""
    cue, j = ctx.cue(i), ctx.token_at(found.start)
    if cue is None or not cue.preps or found.entity is not None or j is None:
        return found
    for k in range(j + 1, found.last + 1):
        if ctx.norm(k).rstrip("ـ") in cue.preps:
            return Subject(None, found.start, ctx.tokens[k - 1].end, k - 1, found.how)
    return found


def _subject_first(ctx: Context, i: int) -> bool:
    """«وكان التحالف قد أعلن أمس هدنة …»: a verb cue after «قد» whose subject comes
    before it (not a relay verb, whose agency may follow: «قد نقلت عنه وكالة …»)."""
    from .preverbal import subject_before  # preverbal → subjects; bounds is imported first
    cue = ctx.cue(i)
    if cue is None or cue.pos != VERB or cue.lemma in _RELAYS \
            or ctx.norm(i - 1) not in ("قد", "لقد"):
        return False
    return subject_before(ctx, i) is not None


def _pronoun_object(ctx: Context, found: Subject) -> bool:
    """Is the subject one word, a preposition with an attached pronoun («خلاله», «علينا»,
    «لديهم», «معه»)?"""
    j = ctx.token_at(found.start)
    if j is None or ctx.tokens[j].end != found.end:
        return False
    norm = ctx.norm(j)
    preps = word_group("prepositions") | {"ب", "ل", "ك"}
    return any(norm.endswith(suffix) and norm[:-len(suffix)] in preps
               for suffix in word_group("pronoun_suffixes"))


def _people(ctx: Context, k: int) -> bool:
    word = bare(ctx.norm(k))
    return word in word_group("plural_people") or plural_source(ctx, k) \
        or ctx.norm(k).startswith("ال") and word.endswith(("ين", "ون")) and len(word) > 4


def partitive_subject(ctx: Context, j: int, stop: int) -> Subject | None:
    """«بعض أعضاء المنظمة», «أحد النواب», «معظم المسؤولين»: a partitive and a plural of
    people (with its genitive when indefinite) as an unnamed group subject."""
    if ctx.norm(j) not in word_group("partitives") or j + 1 >= stop \
            or not ctx.is_word(j + 1) or not _people(ctx, j + 1):
        return None
    last = j + 1
    if not ctx.norm(last).startswith("ال") and last + 1 < stop and ctx.is_word(last + 1) \
            and (ctx.norm(last + 1).startswith("ال") or ctx.mention_at.get(last + 1)) \
            and not ctx.is_preposition(last + 1) and ctx.cue(last + 1) is None:
        mention, _ = ctx.mention_at.get(last + 1, (None, None))
        last = ctx.last_token(mention.end) if mention is not None else last + 1
    return Subject(None, ctx.tokens[j].start, ctx.tokens[last].end, last, "title")


def _past_title_word(ctx: Context, found: Subject, stop: int) -> Subject:
    """A one-word speaker that is a title word right before a person's name: the name."""
    j = ctx.token_at(found.start)
    if j is None or ctx.tokens[j].end != found.end or j + 1 >= stop:
        return found
    mention, _ = ctx.mention_at.get(j + 1, (None, None))
    titled = ctx.norm(j).startswith("ال") or ctx.is_title(j) or is_honorific(ctx, j)
    if mention is None or mention.label != "PER" or not titled:
        return found
    return mention_subject(ctx, j + 1, stop) or found


def _title_link(ctx: Context, found: Subject, stop: int) -> Subject:
    """«مستشار رئيس الوزراء» + «لشؤون الانتخابات» (+ a title and a name)."""
    j, k = ctx.token_at(found.start), found.last + 1
    if found.how != "title" or j is None or k + 1 >= stop \
            or ctx.norm(k) not in word_group("title_links", "title_links.txt") or not ctx.is_word(k + 1):
        return found
    last = k + 1
    if last + 2 < stop and ctx.is_title(last + 1) and name_like(ctx, last + 2):
        return _without_masdar(ctx, unlinked_name(ctx, last + 2, stop))
    mention, _ = ctx.mention_at.get(last + 1, (None, None))
    if mention is not None and mention.label == "PER":
        return mention_subject(ctx, last + 1, stop) or found
    return Subject(title_anaphora(ctx, j, last), found.start, ctx.tokens[last].end, last,
                   "title")


def _without_masdar(ctx: Context, found: Subject) -> Subject:
    """«اللواء فلان إجراء الانتخابات»: a name does not end in the verb's verbal noun."""
    j, k = ctx.token_at(found.start), ctx.last_token(found.end)
    if found.entity is not None or j is None or k <= j \
            or ctx.norm(k) not in speaker_words("verbal_nouns"):
        return found
    return Subject(None, found.start, ctx.tokens[k - 1].end, k - 1, found.how)


def _without_addressee(ctx: Context, i: int, found: Subject) -> Subject:
    """«وطالب المجلس الاتحادات …»: a definite plural after a singular definite head of an
    unnamed subject of a verb of demand starts the addressee."""
    cue, j = ctx.cue(i), ctx.token_at(found.start)
    if cue is None or "addr" not in cue.flags or found.entity is not None or j is None \
            or j + 1 > found.last or found.how not in ("noun", "title"):
        return found
    head, nxt = ctx.norm(j), ctx.norm(j + 1)
    if not head.startswith("ال") or head.endswith(_PLURAL_ENDS) \
            or not nxt.startswith("ال") or not nxt.endswith(_PLURAL_ENDS) or len(nxt) < 6:
        return found
    return Subject(None, found.start, ctx.tokens[j].end, j, found.how)
