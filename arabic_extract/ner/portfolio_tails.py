"""An organization's name goes on through «لل» + a field that is also an official's
portfolio (``portfolio_fields.txt``: «شؤون»): «وكالة الرئاسة [للشؤون الرياضية]», «الإدارة
العامة [للشؤون الدينية]».  After a title in construct the field is the official's, not the
body's («وكيل جامعة الملك سعود للشؤون الأكاديمية», «مساعد مدير الأمن العام للشؤون
الأمنية»), so the name does not take it when a title (:func:`.title_ends.title_words`)
stands right before the mention, and after a deputy's title (``portfolio_titles.txt``) a
mention that already runs on over «للشؤون …» loses it («مساعد رئيس [الديوان الملكي] للشؤون
التنفيذية»; «مدير الإدارة العامة لشؤون الزراعة» keeps its name).  The tail itself is read
as in :mod:`.domain_tails` (the field and up to two nisba adjectives).  Applied after the sentence rules, on normalized
words and clitic-free stems."""
from __future__ import annotations

from collections.abc import Sequence

from .conll import spans
from .domain_tails import tail_end
from .wordlists import ner_words

#: how many words before the body a deputy's title may stand («مساعد [رئيس] الديوان»)
DEPUTY_WINDOW = 2


def portfolio_fields() -> frozenset[str]:
    return ner_words("portfolio_fields.txt")


def deputy_titles() -> frozenset[str]:
    return ner_words("portfolio_titles.txt")


def join_portfolio_tails(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                         fields: frozenset[str], heads: frozenset[str],
                         titles: frozenset[str]) -> None:
    """Extend organization mentions over a portfolio field (module doc; tags changed in
    place)."""
    for lo, hi, label in sorted(spans(tags)):
        head = stems[lo][2:] if stems[lo].startswith("ال") else stems[lo]
        if label != "ORG" or head not in heads:
            continue
        if lo > 0 and (stems[lo - 1] in titles or norms[lo - 1] in titles):
            if deputy_titles().intersection(stems[max(0, lo - DEPUTY_WINDOW):lo]):
                _cut_field(norms, tags, lo, hi, fields)
            continue
        end = tail_end(norms, stems, tags, hi, fields) if hi < len(tags) else hi
        tags[hi:end] = ["I-ORG"] * (end - hi)


def _cut_field(norms: Sequence[str], tags: list[str], lo: int, hi: int,
               fields: frozenset[str]) -> None:
    """Untag a definite portfolio field («للشؤون») and what follows it inside the mention
    ``lo:hi`` (a body's own name also reads «لشؤون الزراعة»)."""
    for k in range(lo + 2, hi):
        norm = norms[k]
        if norm.startswith("لل") and norm[2:] in fields:
            tags[k:hi] = ["O"] * (hi - k)
            return
