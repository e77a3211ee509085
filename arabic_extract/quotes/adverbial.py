"""A quote after a time or manner clause between the speaker and the quote: «وقال الوزير
قبل أن يغادر القاعة “…”», «وقال البيان دون أن يقدم تفاصيل: “…”».  The «أن» of such a clause
opens no reported content (:data:`~.ends.NOT_REPORTED`); a long quote right after the
clause does."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .context import COMMAS, SENTENCE_END, Context
from .ends import is_stop_cue, long_quote, quote_here

if TYPE_CHECKING:
    from .clauses import Opener

#: words before «أن» that open a time or manner clause («قبل أن», «دون أن»)
ADVERBIAL = frozenset({"قبل", "بعد", "دون", "بدون", "منذ", "ريثما"})
#: words of the adverbial clause at most before the quote
MAX_CLAUSE = 12
#: words of the quote at least (shorter ones name things: «ثورة «17 فبراير (شباط)»»)
MIN_WORDS = 5


def adverbial_quote(ctx: Context, j: int, end: int) -> Opener | None:
    """The quote opening the content after the adverbial clause whose «أن» is token ``j``
    (a colon before it allowed), or None: a comma, a sentence end, another cue or a short
    quote (a name: «ثورة «17 فبراير»») first ends the search."""
    from .clauses import Opener, names_quote  # clauses calls this module
    if ctx.norm(j - 1) not in ADVERBIAL:
        return None
    for k in range(j + 1, min(end, j + 1 + MAX_CLAUSE)):
        tok = ctx.tokens[k]
        if tok.text in SENTENCE_END or tok.text in COMMAS or is_stop_cue(ctx, k):
            return None
        q = quote_here(ctx, k + 1 if tok.text == ":" else k)
        if q is None:
            continue
        if long_quote(ctx, q) and ctx.quote_words(q) >= MIN_WORDS \
                and (tok.text == ":" or not names_quote(ctx, k - 1)
                     and not ctx.is_preposition(k - 1)):
            return Opener("quote", k + 1 if tok.text == ":" else k, q)
        return None
    return None
