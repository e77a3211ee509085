"""Reporting verbs and nouns that report no speech where they stand: a thing that shows
or claims («فيديو يكشف …», «فرضيات كثيرة تدعي …», «وأظهرت بيانات ملاحية أن …»), the
passive «يُدعى» before a name (is called), a self-description («الذي يصف نفسه بأنه …»),
an announced intention as the object («أعلن عزمه زيارة …»), the imperative or first
person «اعلم أن …» (:mod:`.knowing`), a cause for a feeling «يدعو للقلق»
(:mod:`.feelings`), a thing revealed or revealing «كشفت صور …» (:mod:`.revealed`) and a
reduction, not a downplaying «يقلل من العمر الافتراضي» (:mod:`.downplay`), a participle
describing a noun «زيارة غير معلنة» (:mod:`.adjectival`).  Word lists:
``quotes/data/nonspeech.txt``."""
from __future__ import annotations

from functools import lru_cache

from ..entities.names import bare
from ..normalize import strip_diacritics
from .context import Context, word_group
from .cues import NOUN, VERB, Cue, is_complementizer
from .adjectival import adjectival
from .conditional import hypothetical
from .impersonal import impersonal
from .downplay import reduces
from .feelings import gives_cause
from .knowing import knowing
from .revealed import revealed_thing
from .subjunctive import subjunctive

_FILE = "nonspeech.txt"
_CALLED = "ادعي"  # «يُدعى فلان»: the passive of «دعا» (is called), spelled like «يدعي»
_SUFFIXES = ("ه", "ها", "هم", "هما", "هن")


@lru_cache(maxsize=None)
def _bare_group(name: str) -> frozenset[str]:
    return frozenset(bare(w) for w in word_group(name, _FILE))


def no_speech(ctx: Context, i: int, cue: Cue) -> bool:
    """Does the cue at token ``i`` report nothing here?"""
    return _shown(ctx, i, cue) or no_cue(ctx, i, cue) or announced_thing(ctx, i, cue) \
        or knowing(ctx, i, cue) or gives_cause(ctx, i, cue) or revealed_thing(ctx, i, cue) \
        or reduces(ctx, i, cue) or adjectival(ctx, i, cue)


def announced_thing(ctx: Context, i: int, cue: Cue) -> bool:
    """«تعلن نتائج القبول», «يعلن عن موعد البطولة»: a verb of announcing whose object,
    right after it (or after «عن»), is a thing made public, not reported speech."""
    if cue.pos != VERB or cue.lemma not in word_group("announcing", _FILE):
        return False
    k = i + 2 if ctx.norm(i + 1) == "عن" else i + 1
    return k < len(ctx.tokens) and bare(ctx.norm(k)) in _bare_group("announced")


def no_cue(ctx: Context, i: int, cue: Cue) -> bool:
    """A cue word that is no reporting verb here, nor a stop for an earlier cue's opener
    («وقال مقيم يُدعى فلان "…"», «وقال فلان الذي يصف نفسه بأنه خبير إن …»): «يُدعى» +
    name, or a reflexive object (a self-description)."""
    return called(ctx, i, cue) or ctx.norm(i + 1) in word_group("reflexive", _FILE) \
        or hypothetical(ctx, i, cue) or impersonal(ctx, i) \
        or subjunctive(ctx, i, cue)  # «إذا اعتقد الحزب أن …», «من المقرر أن يعلن …»


def _shown(ctx: Context, i: int, cue: Cue) -> bool:
    """A verb right after a thing (or a thing and its adjective) that is its subject, not
    inside a prepositional phrase («في تسجيل صوتي قال …») nor speaking through it («فيديو
    يقول فيه …»); a bare noun cue right after a verb of showing («وأظهرت بيانات …»)."""
    if cue.pos == NOUN:
        before = ctx.norm(i - 1)
        return cue.gender == "?" and (before in word_group("showing", _FILE)
                                      or before[:1] in "وف" and before[1:] in
                                      word_group("showing", _FILE))
    if cue.pos != VERB or cue.proclitic or ctx.norm(i + 1) in word_group("resumptives", "speaker_words.txt"):
        return False
    for k in (i - 1, i - 2):
        if k < 1 or not ctx.is_word(k) or k in ctx.mention_at:
            return False
        if bare(ctx.norm(k)) in _bare_group("evidence"):
            return not ctx.is_preposition(k - 1)
    return False


#: words of a prayer's object looked at from the content's start («للفقيد بالرحمة»)
_PRAYER_REACH = 4


def prayer(ctx: Context, i: int, cue: Cue, start: int) -> bool:
    """Is the cue at ``i`` of praying, with content from offset ``start``, a prayer: God
    addressed right after the cue («داعياً المولى أن يتغمده …») or a blessing asked for at
    its start («تدعو للفقيد بالرحمة والمغفرة»)?  «دعا إلى الحوار» is a call, still reported."""
    if cue.lemma not in word_group("prayer_lemmas", _FILE):
        return False
    k = ctx.token_at(start)
    if k is None:
        return False
    if any(ctx.norm(j) in word_group("prayer_addressees", _FILE) and j not in ctx.mention_at
           for j in range(i + 1, min(i + 3, k + 1))):
        return True  # right after the cue, or the object: «داعين الله ألا …»; not «دعت فيه حزب الله …»
    return any(_stem(ctx.norm(j)) in _bare_group("prayer_objects")
               for j in range(k, min(k + _PRAYER_REACH, len(ctx.tokens))))


def _stem(word: str) -> str:
    """A word without و, an attached ب/ل before the article, and the article («بالرحمة»)."""
    word = word[1:] if word[:1] == "و" and len(word) > 4 else word
    word = word[1:] if word[:1] in "بل" and word[1:3] == "ال" else word
    return bare(word)


def self_described(ctx: Context, j: int) -> bool:
    """Is the complementizer at ``j`` a self-description's («يصف نفسه بأنه …»)?"""
    return ctx.norm(j - 1) in word_group("reflexive", _FILE) and ctx.cue(j - 2) is not None


def called(ctx: Context, i: int, cue: Cue) -> bool:
    """«ويُدعى فلان», «شخص يدعى …»: the present of «ادّعى» spelled with a final ى and no
    complementizer after it names someone."""
    surface = strip_diacritics(ctx.tokens[i].text)
    return cue.lemma == _CALLED and cue.pos == VERB and not cue.past \
        and surface.endswith("ى") and i + 1 < len(ctx.tokens) \
        and not is_complementizer(ctx.tokens[i + 1])


def intent_object(ctx: Context, k: int, cue: Cue) -> bool:
    """Is the object starting at token ``k`` an intention with its owner («عزمه», «نيتها»),
    announced rather than denied («نفت نيتها بيع …» reports a denial)?"""
    norm = ctx.norm(k)
    if cue.lemma in word_group("denials", _FILE):
        return False
    for suffix in _SUFFIXES:
        stem = norm[:-len(suffix)]
        if norm.endswith(suffix) and (stem[:-1] + "ه" if stem.endswith("ت") else stem) \
                in word_group("intent", _FILE):
            return True
    return False
