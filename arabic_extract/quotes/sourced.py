"""The reporter's «according to» phrase as attribution (``data/according_speech.txt``).

* trailing, with a reporting verb: «وقتل عشرون شخصا حسبما أعلنت الحكومة»,
  «…، بحسب ما ذكرت الوزارة», «…، كما قال فلان.»: the verb is the cue, its subject the
  speaker, the clause before the phrase the content (:func:`sourced_content`);
* without a verb («…، بحسب مصادر مطلعة.», «وبحسب مصادر أمنية، فإن …»): the marker word is
  the cue (:mod:`.sourced_pass`).

A source must speak: a person or organization mention, a title, or a listed speaker noun
(«مصادر», «وكالة», «المتحدث»); documents and rules («حسب الخطة», «وفق الأنظمة», «بحسب
التقرير») are no speakers.  The clause before the phrase runs from its sentence's start (a
leading «و» left out) or a semicolon, and must hold no reporting verb of its own.
"""
from __future__ import annotations

from functools import lru_cache

from ..entities.names import bare, is_title_word
from .anaphora import organization_with_head
from .clauses import Content, indirect
from .context import COMMAS, RELATIVE_PRONOUNS, SENTENCE_END, Context, word_group
from .counts import news_lexicon
from .cues import PARTICIPLE, VERB, Cue, is_complementizer
from .ends import clause_end, trim
from .plausible import frequent_alone
from .pronoun_cue import marker_before
from .source_apposition import apposition_end

_FILE = "according_speech.txt"
#: words of the clause before a trailing phrase, at least and at most
_MIN_WORDS, _MAX_WORDS = 2, 60
_BOUNDARIES = frozenset({"؛", ";", ":"})


def group(name: str) -> frozenset[str]:
    return word_group(name, _FILE)


@lru_cache(maxsize=None)
def _all_markers() -> frozenset[str]:
    return group("markers") | group("verb_markers")


def unjoined(norm: str) -> str:
    """``norm`` without a conjunction «و» before a marker («وبحسب» → «بحسب»)."""
    return norm[1:] if norm.startswith("و") and norm[1:] in _all_markers() else norm


def verb_marker(ctx: Context, i: int) -> int | None:
    """The token of the «according to» phrase right before the verb cue at ``i`` («حسبما»,
    «بحسب [ما]», «وفقا [لما]», «كما» after a comma), or None."""
    found = marker_before(ctx.tokens, i)
    if found is not None:
        return found
    if ctx.norm(i - 1) == "كما" and i > 1 and ctx.tokens[i - 2].text in COMMAS:
        return i - 1
    return None


def fronted(ctx: Context, marker: int) -> bool:
    """Does the phrase at ``marker`` open its sentence («وبحسب ما ذكرت الصحيفة، …»)?"""
    return marker == ctx.sentence_start_token(marker)


def applies(ctx: Context, i: int, cue: Cue, marker: int, opener: object | None) -> bool:
    """Does the verb cue at ``i`` after the phrase at ``marker`` attribute a clause outside
    its own object: a speaking subject, and for a trailing phrase, its subject closing the
    sentence or followed by a new clause («…، حسبما أعلنت الشرطة، وذلك …»); after «كما»
    also no opener of its own («، كما أكد فلان أن …» is a statement of its own); a fronted
    phrase only without any opener («وبحسب ما ذكرت الصحيفة، ألقى …»)?"""
    if cue.pos != VERB or ctx.norm(i + 1) in ("عنه", "عنها", "عنهم") \
            or source_token(ctx, i + 1) is None:
        return False
    if fronted(ctx, marker):
        return opener is None
    if ctx.norm(marker) == "كما" and opener is not None:
        return False
    end = _phrase_end(ctx, i + 1)
    return closes(ctx, end) or closes(ctx, apposition_end(ctx, end))  # «…، مدير …»


def foreign_opener(ctx: Context, marker: int, opener: object | None) -> bool:
    """Is the complementizer after a trailing phrase's verb («تعي باريس، وفق ما أكدت
    مصادرها «…» من أن …») another clause's, not the verb's content?  After «على ما» the
    verb has no content of its own at all («…، على ما أعلن مصدر، محملا …»)."""
    return getattr(opener, "kind", None) == "comp" and not fronted(ctx, marker) \
        and ctx.norm(marker) != "كما" or ctx.norm(marker) in group("what_markers")


def sourced_content(ctx: Context, marker: int) -> Content | None:
    """The content attributed by the phrase at ``marker``: the clause before it, or for a
    fronted phrase the clause after its comma."""
    if fronted(ctx, marker):
        return clause_after(ctx, marker)
    return clause_before(ctx, marker)


def _phrase_end(ctx: Context, k: int, reach: int = 8) -> int | None:
    """The first comma, sentence end or relative pronoun after token ``k`` within
    ``reach`` words, before any cue or complementizer; None when there is none."""
    end = min(ctx.sentence_end_token(k), len(ctx.tokens))
    for j in range(k + 1, min(end, k + reach + 1)):
        if ctx.tokens[j].text in COMMAS | SENTENCE_END or ctx.norm(j) in RELATIVE_PRONOUNS:
            return j  # «…، بحسب ما أكد فلان الذي قال: …»
        if ctx.cue(j) is not None or is_complementizer(ctx.tokens[j]):
            return None
    return end if end <= k + reach else None


def closes(ctx: Context, b: int | None) -> bool:
    """Does the source phrase ending before token ``b`` end its sentence, or is it followed
    by a comma and a new clause («…، بحسب مصادر، فيما …», «…، وفق المرصد، الذي …»)?"""
    if b is None:
        return False
    if b >= len(ctx.tokens) or b >= ctx.sentence_end_token(b - 1) \
            or ctx.tokens[b].text in SENTENCE_END:
        return True
    if ctx.tokens[b].text in COMMAS:
        b += 1
    if b >= len(ctx.tokens):
        return True
    norm = ctx.norm(b)
    return ctx.tokens[b].text in SENTENCE_END or norm in group("next_clause") or \
        norm.startswith("و") and len(norm) > 3


def clause_after(ctx: Context, marker: int, reach: int = 10) -> Content | None:
    """The clause after the comma that closes a fronted phrase, within ``reach`` words,
    no cue, complementizer or quote before it; it must not open with «و»."""
    end = ctx.sentence_end_token(marker)
    for j in range(marker + 2, min(end, marker + reach)):
        if ctx.tokens[j].text in COMMAS:
            k = j + 1
            if k >= end or not ctx.is_word(k) or ctx.norm(k).startswith("و") \
                    or ctx.cue(k) is not None:
                return None
            return indirect(ctx, ctx.tokens[k].start, clause_end(ctx, k))
        if ctx.cue(j) is not None and j > marker + 2 or is_complementizer(ctx.tokens[j]) \
                or not ctx.is_word(j):
            return None
    return None


def source_token(ctx: Context, k: int, linked: bool = False) -> tuple[int, int] | None:
    """(token, characters of an attached «ل»/«لل» to skip) of a speaking source at ``k``,
    or None: a PER/ORG mention, a title, a listed speaker noun, or the first word of an
    organization named before («وفق المرصد»).  Only a ``linked`` source (after «وفقا»,
    «طبقا») may take «لـ» («وفقا للشرطة», «وفقا لـ رويترز»)."""
    if linked and ctx.norm(k) in group("links"):
        k += 1
    k = _past_open_mark(ctx, k)  # «حسب «رويترز»»
    if not ctx.is_word(k):
        return None
    norm = ctx.norm(k)
    skip = 0 if not linked or not norm.startswith("ل") else 2 if norm.startswith("لل") else 1
    mention = ctx.mention_at.get(k)
    if mention is not None:
        return (k, skip) if mention[0].label in ("PER", "ORG") else None
    word = unlinked(norm, skip)
    head = bare(word)
    if head in group("speakers") or is_title_word(word) or named_head(ctx, head, k) \
            or word in word_group("partitives") and _speaking_noun(ctx, k + 1):
        return k, skip  # «بحسب أحد المسؤولين»: one of the speakers
    return None


def _past_open_mark(ctx: Context, k: int) -> int:
    """The token after the opening mark of a short quoted name at ``k`` («، حسب «رويترز».»,
    «بحسب “بوابة …”»: at most four words) that closes the phrase (a comma, the sentence's
    end or «فإن» after it; not «أضافت «…» إلى برنامجها»), else ``k``."""
    q = ctx.quote_opening_at(k) if k < len(ctx.tokens) else None
    if q is None or q.close is None or k + 1 >= len(ctx.tokens):
        return k
    words = len(ctx.doc.text[ctx.tokens[k + 1].start:q.end].split())
    b = ctx.last_token(q.outer_end) + 1
    after = b >= len(ctx.tokens) or ctx.tokens[b].text in COMMAS | SENTENCE_END \
        or ctx.norm(b) in group("openers") or b >= ctx.sentence_end_token(b - 1)
    return k + 1 if 0 < words <= 4 and after else k


def _speaking_noun(ctx: Context, k: int) -> bool:
    """Is token ``k`` a listed speaker noun or a title («المسؤولين», «الضباط»)?"""
    return ctx.is_word(k) and (bare(ctx.norm(k)) in group("speakers")
                               or is_title_word(ctx.norm(k)))


def unlinked(norm: str, skip: int) -> str:
    """A source word without the «ل» (``skip`` 1) or «لل» (``skip`` 2, the article's alef
    restored) attached to it: «للشرطة» → «الشرطة», «لوكالة» → «وكالة»."""
    return "ال" + norm[2:] if skip == 2 else norm[skip:]


def named_head(ctx: Context, head: str, k: int) -> str | None:
    """The organization last named before token ``k`` whose first word is ``head``."""
    return organization_with_head(ctx, head, ctx.tokens[k].start)


def clause_before(ctx: Context, marker: int) -> Content | None:
    """The clause before the phrase at ``marker``: from its sentence's start (after a
    leading «و») or a semicolon, without a reporting verb or participle of its own, at
    least two words; a closing «وذلك» is left out."""
    start = ctx.sentence_start_token(marker)
    if marker <= start:
        return None
    for j in range(start, marker):
        if ctx.tokens[j].text in _BOUNDARIES:
            start = j + 1
    if any(_speaks(ctx, j) for j in range(start, marker)):
        return None
    last = marker - 1
    while last >= start and (ctx.tokens[last].text in COMMAS
                             or ctx.norm(last) in group("fillers")):
        last -= 1
    if last < start:
        return None
    begin = _first_offset(ctx, start)
    end = trim(ctx, begin, ctx.tokens[last].end)
    words = len(ctx.doc.text[begin:end].split())
    return indirect(ctx, begin, end) if _MIN_WORDS <= words <= _MAX_WORDS else None


def _speaks(ctx: Context, j: int) -> bool:
    """Is token ``j`` a reporting verb or participle of the clause («أعلن», «مؤكدا»), not an
    ambiguous one («بين»: between) nor one in quotes?"""
    cue = ctx.cue(j)
    return cue is not None and cue.pos in (VERB, PARTICIPLE) and not cue.strict \
        and not ctx.quoted(ctx.tokens[j].start)


def _first_offset(ctx: Context, start: int) -> int:
    """Start offset of the clause: a conjunction «و» on its first word is left out when
    the word without it is a common word too («وقتل», «وفي», «وأصيب», «وقد»; not «وليد»)."""
    tok = ctx.tokens[start]
    norm = ctx.norm(start)
    if norm == "و" and start + 1 < len(ctx.tokens):
        return ctx.tokens[start + 1].start
    if not tok.text.startswith("و") or len(norm) < 3:
        return tok.start
    count = news_lexicon().count
    joined = norm in group("joined") or frequent_alone(norm) or len(norm) > 3 \
        and count(norm[1:]) >= 50 and 2 * count(norm[1:]) >= count(norm)  # «وأصيب»
    return tok.start + 1 if joined else tok.start
