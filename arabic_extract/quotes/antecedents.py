"""The person a relative clause's cue is about when a comma or a title in apposition stands
between the name and the relative pronoun: «… رئيس النادي فلان، الذي تمنى أن …», «فلان،
المدعي العام للمقاطعة، الذي قال إن …», «فلان، رئيس النادي الأرجنتيني الذي قال …»."""
from __future__ import annotations

from .context import COMMAS, Context, word_group
from .genders import name_gender
from .named import Subject

#: words of a title in apposition between the name and the relative pronoun at most
_APPOSITION = 7


def person_before_relative(ctx: Context, k: int) -> Subject | None:
    """The person whose name ends before token ``k`` (the token before «الذي»/«التي»),
    agreeing with the pronoun («توجيهات الأمير فلان، التي تدعو …» are the directives)."""
    if ctx.norm(k + 1) not in ("الذي", "التي"):
        return None  # «ميسي، الذين يقولون …»: a plural is about others
    cue = ctx.cue(k + 2) if k + 2 < len(ctx.tokens) else None
    if cue is not None and cue.lemma in word_group("passive_relatives"):
        return None  # «فلان، الذي يُعتقد أنه …»: believed by others
    found = _person_before(ctx, k)
    if found is None or found.entity is None:
        return found
    gender = name_gender(ctx.entities[found.entity].name)
    feminine = ctx.norm(k + 1) == "التي"
    return found if (gender == "f") == feminine else None


def _person_before(ctx: Context, k: int) -> Subject | None:
    """Right before a comma at ``k``, or before a comma opening a title phrase that runs up
    to ``k`` (the phrase holds no name, clause or verb cue)."""
    if k >= 0 and ctx.tokens[k].text in COMMAS:
        found = _person_ending(ctx, k - 1)
        if found is not None:
            return found
        k -= 1  # «فلان، المدعي العام، الذي قال»: the apposition closed by a comma
    words = 0
    for p in range(k, max(-1, k - _APPOSITION - 1), -1):
        if ctx.tokens[p].text in COMMAS:
            return _person_ending(ctx, p - 1) if words and _title_word(ctx, p + 1) else None
        if not ctx.is_word(p) or p in ctx.mention_at and ctx.mention_at[p][0].label == "PER" \
                or ctx.cue(p) is not None:
            return None
        words += 1
    return None


def _person_ending(ctx: Context, k: int) -> Subject | None:
    for mention, entity in ctx.ending_at.get(k, ()):
        if mention.label == "PER":
            return Subject(entity, mention.start, mention.end, k)
    return None


def _title_word(ctx: Context, k: int) -> bool:
    """A title or a definite noun opening an apposition («رئيس النادي», «المدعي العام»)."""
    return ctx.is_title(k) or ctx.norm(k).startswith("ال")
