"""People (or bodies) speaking together.  Two conjoined people as the subject of a dual cue without
subject: «التقى محمد … وخالد … وقالا إن …», «وكان فلان وفلان قد اجتمعا. وأضافا أن …» (the
first speaks, the second is its co-speaker); people conjoined to a named subject: «وقال فلان
وفلان إن …», «وأكد المهندس فلان، والمثمن المعتمد فلان، أن …» (co-speakers)."""
from __future__ import annotations

from ..document import Speaker
from ..entities.names import is_title_word
from .context import COMMAS, SENTENCE_END, Context, word_group
from .cues import Cue, is_complementizer

#: tokens allowed between the two conjoined mentions (a title or a role of the first)
_GAP = 4
#: sentences looked back over
_SENTENCES = 2
#: words of a conjoined person's title or role before the name («والمثمن العقاري المعتمد»)
_ROLE_WORDS = 5
#: mention types that speak together: people with people, bodies with bodies and countries
PEOPLE = frozenset({"PER"})
BODIES = frozenset({"ORG", "LOC"})


def conjoined_pair(ctx: Context, i: int) -> tuple[str, str] | None:
    """Entities of the two PER mentions «A [title …] وB» nearest before token ``i`` (in its
    sentence or the one before), else None."""
    ends = 0
    for k in range(i - 1, -1, -1):
        if ctx.tokens[k].text in SENTENCE_END:
            ends += 1
            if ends >= _SENTENCES:
                return None
        found = ctx.mention_at.get(k)
        if found is None or found[0].label != "PER" or not found[1]:
            continue
        if ctx.tokens[k].text.startswith("و") or ctx.norm(k - 1).startswith("و") \
                and ctx.is_title(k - 1):
            first = _previous_person(ctx, k)
            if first is not None and first != found[1]:
                return first, found[1]
    return None


def _previous_person(ctx: Context, k: int) -> str | None:
    for j in range(k - 1, max(-1, k - 1 - _GAP - 4), -1):
        found = ctx.mention_at.get(j)
        if found is not None:
            return found[1] if found[0].label == "PER" and found[1] else None
        if ctx.tokens[j].text in SENTENCE_END or ctx.cue(j) is not None:
            return None
    return None


def partners(ctx: Context, after: int, limit: int, speaker: str | None,
             labels: frozenset[str] = PEOPLE) -> tuple[Speaker, ...]:
    """Named people (or bodies and countries: ``labels``) joined by «و» to a subject ending
    at token ``after - 1``, before token ``limit``: each «و» opens a mention, or role words
    with the article or titles before one («وفلان», «ونظيره فلان», «، والمثمن العقاري
    المعتمد فلان،», «أعلنت السعودية والإمارات»)."""
    found: list[Speaker] = []
    k = after
    while k < limit:
        if ctx.tokens[k].text in COMMAS:
            k += 1
            continue
        j = _conjoined_person(ctx, k, limit, labels)
        if j is None or k == after and _in_complement(ctx, k - 1):
            break
        mention, entity = ctx.mention_at[j]
        if entity and entity != speaker and all(s.entity != entity for s in found):
            found.append(Speaker(entity, ctx.entities[entity].name, mention.start,
                                 mention.end, mention.text))
        k = ctx.last_token(mention.end) + 1
    return tuple(found)


def _conjoined_person(ctx: Context, k: int, limit: int, labels: frozenset[str]) -> int | None:
    """Token of the mention of ``labels`` opened by the «و» of token ``k``, or None."""
    text = ctx.tokens[k].text
    if not text.startswith("و") or ctx.cue(k) is not None:
        return None
    for j in range(k, min(limit, k + _ROLE_WORDS + 1)):
        found = ctx.mention_at.get(j)
        if found is not None:  # not after a preposition: «والممثل لولاية …»
            return j if found[0].label in labels and (
                j == k or found[0].start == ctx.tokens[j].start) else None
        word = ctx.norm(j)[1:] if j == k else ctx.norm(j)
        if not (word.startswith("ال") or is_title_word(word) or j == k and text == "و"
                or j == k and _companion(word)) \
                or is_complementizer(ctx.tokens[j]) or ctx.cue(j) is not None:
            return None
    return None


def _in_complement(ctx: Context, k: int) -> bool:
    """Does the subject end at token ``k`` in a prepositional complement («الهيئة الملكية
    للجبيل»)?  Then «و» + a name right after it joins that complement («وينبع»), no
    second speaker."""
    norm = ctx.norm(k)
    return len(norm) > 3 and norm[0] in "لب" and norm[1:].startswith(("ال", "ل")) \
        or norm.startswith("لل")


def _companion(word: str) -> bool:
    """«نظيره», «مساعدها», «زملاؤه»: a companion noun with a possessive pronoun."""
    for pronoun in ("ه", "ها", "هم"):
        if word.endswith(pronoun) and word[:-len(pronoun)] in word_group(
                "companions", "speaker_words.txt"):
            return True
    return False


def co_speakers(ctx: Context, i: int, cue: Cue, speaker: Speaker, after: int | None,
                limit: int, group: tuple[Speaker, ...]) -> tuple[Speaker, ...]:
    """The people speaking with ``speaker`` at the cue of token ``i``: those conjoined to
    the subject from token ``after`` on; without a subject (``after`` None), a dual or
    plural cue goes on with the ``group`` of the last named subject, or a dual with the
    second of two conjoined people."""
    if speaker.entity is None:
        return ()  # «وقال مشايخ قبائل X وY»: an unnamed group has no partners
    person = ctx.entities[speaker.entity].type == "PER"
    if after is not None:
        return partners(ctx, after, limit, speaker.entity, PEOPLE if person else BODIES)
    if cue.person != 3 or cue.gender not in ("du", "pl"):
        return ()
    if group:
        return group
    pair = conjoined_pair(ctx, i) if cue.gender == "du" and person else None
    if pair is None or pair[0] != speaker.entity:
        return ()
    return (Speaker(pair[1], ctx.entities[pair[1]].name),)
