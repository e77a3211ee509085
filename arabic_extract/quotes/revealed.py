"""«وكشفت صور قريبة عن …», «وكشفت جولة "الصحيفة" …», «كشف وجه المرأة»: «كشف» (revealed)
is transitive, and a common noun right after it that names no speaker — no mention,
source or kin, title, person or organization word of the lexicon, nor rare word that may
be a name the NER missed — is the thing that shows or the thing revealed: no statement
here.  A masculine singular noun before «أن» is left («وكشف ضابط ليبي أن …»)."""
from __future__ import annotations

from ..entities import is_title_word
from ..normalize import normalize
from .context import Context
from .counts import news_lexicon
from .cues import VERB, Cue

_REVEAL = normalize("كشف")
#: a word the news uses at least this often is a common noun, not a missed name (as
#: :data:`.unnamed._RARE`)
_COMMON = 40
#: lexicon labels of words that name people or organizations («حرس», «مدرب», «طبيب»)
_SPEAKING = frozenset({"PER", "MPER", "XPER", "TITLE", "MORG", "OHEAD"})
#: endings of a feminine or plural noun («جولة», «ثغرات»), normalized («ة» → «ه»)
_FEMININE = ("ه", "ة", "ات")


def speaker_word(ctx: Context, k: int) -> bool:
    """May the word at token ``k`` start a speaker's phrase?"""
    norm = ctx.norm(k)
    lexicon = news_lexicon()
    return k in ctx.mention_at or ctx.in_name(k) or ctx.is_source(k) \
        or is_title_word(ctx.tokens[k].text) or lexicon.count(norm) < _COMMON \
        or bool(set(lexicon.words.get(norm) or ()) & _SPEAKING)


def revealed_thing(ctx: Context, i: int, cue: Cue) -> bool:
    """Is the cue at token ``i`` «كشف» whose subject, right after it, is an unlinked
    «name» (no entity, title nor source) starting with a common noun that names no
    speaker?"""
    from .bounds import subject_after  # bounds → plausible → clauses → nonspeech → here
    if cue.lemma != _REVEAL or cue.pos != VERB or i + 1 >= len(ctx.tokens):
        return False
    k = i + 1
    if not ctx.is_word(k) or ctx.is_preposition(k) or speaker_word(ctx, k):
        return False
    found = subject_after(ctx, i, min(len(ctx.tokens), ctx.sentence_end_token(i)))
    return found is not None and found.entity is None and found.how == "name" \
        and ctx.token_at(found.start) == k and not _person_reports(ctx, i, k)


def _person_reports(ctx: Context, i: int, k: int) -> bool:
    """«وكشف ضابط ليبي أن …», «كشف منسق اللجنة أن …»: a masculine singular noun (no «ة»,
    no «ات») before a complementizer may be a person reporting; «وكشفت جولة "الصحيفة"
    أن …» is a thing."""
    from .clauses import find_opener  # clauses → nonspeech → here
    opener = find_opener(ctx, i)
    return opener is not None and opener.kind == "comp" \
        and not ctx.norm(k).endswith(_FEMININE)
