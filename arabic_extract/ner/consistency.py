"""Document-level consistency: a name found once is found again in the same article; a
"name" made only of function words («من», «هذا») is dropped first, so that no slip of the
CRF spreads over the article."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from .conll import spans
from .lexicon import Lexicon, load_lexicon
from .phrases import listed_phrases, phrase_words
from .tagging import is_free, is_nisba, put_label

#: groups of quotes/data/function_words.txt that are never a name by themselves
FUNCTION_GROUPS = ("prepositions", "not_nouns", "relative", "not_names")
#: … except the first name «علي», the normalized preposition «على»
NAMES_TOO = frozenset({"علي"})


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Normalized function words that never make a mention by themselves."""
    from ..entities.names import not_names
    from ..quotes.context import word_group
    return frozenset().union(not_names(), *map(word_group, FUNCTION_GROUPS)) - NAMES_TOO


def _untag(sentences: Sequence[tuple[Sequence[str], list[str]]],
           names_nothing: Callable[[Sequence[str]], bool]) -> None:
    """Untag every mention whose words ``names_nothing`` (tags changed in place)."""
    for stems, tags in sentences:
        for lo, hi, _ in spans(tags):
            if names_nothing(stems[lo:hi]):
                tags[lo:hi] = ["O"] * (hi - lo)


#: lexicon tags of words that head a name but are none by themselves («الشيخ», «وزارة»)
HEAD_TAGS = frozenset({"TITLE", "OHEAD", "PLACEW"})


def bare_heads(lexicon: Lexicon) -> frozenset[str]:
    """Titles, indefinite organization heads, place words and facility heads
    (``facility_heads.txt``): no name by themselves. Definite organization heads
    («الكونغرس»), the one-word sports clubs («الرائد») and the places that are also
    ordinary words (:func:`ambiguous_places`: «محافظة حقل», «حقل» also "field") can be."""
    heads = {w for w, tags in lexicon.words.items() if tags & HEAD_TAGS
             and not (tags & HEAD_TAGS == {"OHEAD"} and w.startswith("ال"))}
    heads |= phrase_words("facility_heads.txt") | role_plurals()
    return frozenset(heads - phrase_words("sports_clubs.txt") - ambiguous_places())


@lru_cache(maxsize=1)
def role_plurals() -> frozenset[str]:
    """Duals and plurals of the role words of the entity linker (``entities/data/titles.txt``):
    «خبيران», «مسؤولون», «الوزيرين» are no names."""
    from ..entities.names import title_heads
    bare = {t[2:] if t.startswith("ال") else t for t in title_heads() if " " not in t}
    bare = {b for b in bare if len(b) > 2}  # not «د» (doctor): «دان» is a name
    forms = {b[:-1] + "ت" + end if b.endswith("ه") else b + end
             for b in bare for end in ("ان", "ين", "ون")}
    return frozenset(forms | {"ال" + f for f in forms})


def drop_bare_heads(sentences: Sequence[tuple[Sequence[str], list[str]]],
                    heads: frozenset[str]) -> None:
    """Untag every one-word mention that is one of ``heads`` (tags changed in place)."""
    _untag(sentences, lambda words: len(words) == 1 and words[0] in heads)


#: hand-written place lists (general knowledge), whose one-word places are never persons
PLACE_LISTS = ("loc_curated.txt", "loc_world.txt")


def known_places(lexicon: Lexicon) -> frozenset[str]:
    """One-word places of :data:`PLACE_LISTS` that no name list has as a given name."""
    places = frozenset().union(*(phrase_words(name) for name in PLACE_LISTS))
    return frozenset(w for w in places if "PER" not in lexicon.words.get(w, ()))


def places_not_persons(sentences: Sequence[tuple[Sequence[str], list[str]]],
                       places: frozenset[str]) -> None:
    """A one-word person mention that is a known place is that place («مومباي»), unless
    the article names a person with it («بن رودس»)."""
    found = [(stems, tags, spans(tags)) for stems, tags in sentences]
    surnames = {stems[hi - 1] for stems, _, found_spans in found
                for lo, hi, label in found_spans if label == "PER" and hi - lo > 1}
    for stems, tags, found_spans in found:
        for lo, hi, label in found_spans:
            if label == "PER" and hi - lo == 1 and stems[lo] in places \
                    and stems[lo] not in surnames:
                tags[lo] = "B-LOC"


def listed_places() -> frozenset[str]:
    """One-word places of ``loc_world.txt`` that the list alone may tag: not a nationality
    adjective («السعودية») nor an ordinary word too (``ambiguous_places.txt``)."""
    from .national import nationalities
    return phrase_words("loc_world.txt") - nationalities() - ambiguous_places()


def ambiguous_places() -> frozenset[str]:
    """One-word places that are also ordinary words (``ambiguous_places.txt``)."""
    return frozenset(e[0] for e in listed_phrases("ambiguous_places.txt"))


def uncoordinated_places() -> frozenset[str]:
    """Those of them marked «-», which a list of places does not settle («المدينة المنورة
    والقرى التابعة لها»: «القرى» the villages)."""
    return frozenset(e[0] for e in listed_phrases("ambiguous_places.txt") if e[1:] == ("-",))


def tag_known_places(sentences: Sequence[tuple[Sequence[str], list[str]]],
                     places: frozenset[str], ambiguous: frozenset[str] = frozenset(),
                     norms: Sequence[Sequence[str]] = ()) -> None:
    """An untagged word that is one of ``places`` (:func:`listed_places`) is a place,
    unless «الجنسية» follows («سورية الجنسية»: a nationality, :mod:`.common_words`); one of
    ``ambiguous`` (``ambiguous_places.txt``: also an ordinary word) is one when coordinated
    with a place mention (:func:`_coordinated`; ``norms``: the sentences' written words),
    unless it is marked «-» there (:func:`uncoordinated_places`)."""
    from .common_words import NATIONALITY
    for k, (stems, tags) in enumerate(sentences):
        if places.isdisjoint(stems) and ambiguous.isdisjoint(stems):
            continue
        for i, stem in enumerate(stems):
            after = stems[i + 1] if i + 1 < len(stems) else ""
            if tags[i] == "O" and stem in places and after not in NATIONALITY:
                tags[i] = "B-LOC"
        if k < len(norms) and not ambiguous.isdisjoint(stems):
            _coordinated(norms[k], stems, tags, ambiguous - uncoordinated_places())


def _coordinated(norms: Sequence[str], stems: Sequence[str], tags: list[str],
                 ambiguous: frozenset[str]) -> None:
    """Tag the untagged ``ambiguous`` words in a list of places: «و» + the word right after
    a place mention («تبوك والجوف»), or the word right before «و» + a place («عسير وجازان»);
    until no more is found («على عسير والجوف وجازان»).  Not after a place that ends with an
    adjective, whose adjectives it goes on («أوروبا الغربية والشرقية», «الحدود الشمالية
    والشرقية»), nor right after a mention, which it describes («ألمانيا الشرقية والاتحاد
    السوفيتي»)."""
    found = True
    while found:
        found = False
        for i, stem in enumerate(stems):
            if tags[i] != "O" or stem not in ambiguous:
                continue
            after = i > 0 and norms[i] == "و" + stem and tags[i - 1].endswith("LOC") \
                and not is_nisba(stems[i - 1])
            before = i + 1 < len(stems) and tags[i + 1] == "B-LOC" and norms[i] == stem \
                and norms[i + 1] == "و" + stems[i + 1] and not (i and tags[i - 1] != "O")
            if after or before:
                tags[i] = "B-LOC"
                found = True


def _indefinite_adjective(word: str, count: Callable[[str], int]) -> bool:
    """An indefinite nisba-like adjective: «صينيه», «تجاري» (its definite form is common)."""
    return not word.startswith("ال") and len(word) > 3 and word.endswith(("ي", "يه")) \
        and count("ال" + word) >= COMMON_ADJECTIVE


COMMON_ADJECTIVE = 20  # corpus count of «ال» + the word


def drop_descriptions(sentences: Sequence[tuple[Sequence[str], list[str]]],
                      heads: frozenset[str], count: Callable[[str], int]) -> None:
    """Untag an indefinite head followed only by indefinite adjectives: «شركة صينية»,
    «بنك إسلامي» describe, they do not name (a name is definite: «الشركة السعودية للكهرباء»;
    «شركة هيونداي» stays, «الهيونداي» being rare)."""
    _untag(sentences, lambda words: len(words) > 1 and words[0] in heads
           and not words[0].startswith("ال")
           and all(_indefinite_adjective(w, count) for w in words[1:]))


#: regnal ordinals end names («عبد الله الثاني») but are common words alone
ORDINALS = frozenset({"الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع",
                      "الثامن", "التاسع", "العاشر"})


def never_spread() -> frozenset[str]:
    """One-word names that :func:`propagate` never spreads over the article."""
    return function_words() | NAMES_TOO | ORDINALS | divine_names()


def divine_names() -> frozenset[str]:
    """«الله» (``divine_names.txt``): alone, MISC and never spread."""
    return phrase_words("divine_names.txt")


def misc_alone(sentences: Sequence[tuple[Sequence[str], list[str]]],
               words: frozenset[str]) -> None:
    """A one-word mention that is one of ``words`` is MISC («قال الله تعالى»)."""
    for stems, tags in sentences:
        if words.isdisjoint(stems):
            continue
        for lo, hi, _ in spans(tags):
            if hi - lo == 1 and stems[lo] in words:
                tags[lo] = "B-MISC"


def drop_function_words(sentences: Sequence[tuple[Sequence[str], list[str]]],
                        words: frozenset[str]) -> None:
    """Untag every mention made only of ``words`` (tags changed in place)."""
    _untag([(stems, tags) for stems, tags in sentences if not words.isdisjoint(stems)],
           lambda mention: all(stem in words for stem in mention))


def propagate(sentences: Sequence[tuple[Sequence[str], list[str]]],
              never_alone: frozenset[str] = frozenset(),
              places: frozenset[str] = frozenset()) -> None:
    """Tag untagged repeats of the article's mentions (and PER surnames: «السوداني» after
    «محمد شياع السوداني») with the same label, across the whole document. A one-word name
    in ``never_alone`` is not spread: «علي» is also the normalized preposition «على»; nor is
    a surname that is one of ``places`` («مومباي» after a misread «بزيارة مومباي»), nor a
    title alone as a person (:mod:`.bare_titles`)."""
    from .bare_titles import definite_titles
    from .common_words import preposition_noun
    names: dict[tuple[str, ...], str] = {}
    for stems, tags in sentences:
        for lo, hi, label in sorted(spans(tags)):  # sorted: the same run for any hash seed
            names.setdefault(tuple(stems[lo:hi]), label)
            if label == "PER" and hi - lo >= 2 and len(stems[hi - 1]) > 2 \
                    and stems[hi - 1] not in places:
                names.setdefault((stems[hi - 1],), "PER")
    titles = definite_titles()  # a title alone is no person («الحارس»), a club may be one
    lexicon = load_lexicon()  # nor a preposition + noun («بواقع»: :mod:`.common_words`)
    for name in [n for n in names if len(n) == 1 and (
            n[0] in never_alone or names[n] == "PER" and (
                n[0] in titles or preposition_noun(n[0], lexicon)))]:
        del names[name]
    lengths = _lengths_by_first(names)
    for stems, tags in sentences:
        i = 0
        while i < len(stems):
            if stems[i] not in lengths:
                i += 1
                continue
            for n in lengths[stems[i]]:
                if n > len(stems) - i:
                    continue
                label = names.get(tuple(stems[i:i + n]))
                if label and is_free(tags, i, i + n):
                    put_label(tags, i, i + n, label)
                    i += n - 1
                    break
            i += 1


def _lengths_by_first(names: Iterable[tuple[str, ...]]) -> dict[str, list[int]]:
    """The lengths of the names each first word starts, longest first (only those are
    tried at a word: a run of thousands of words is not tried at every length)."""
    sizes: dict[str, set[int]] = {}
    for name in names:
        sizes.setdefault(name[0], set()).add(len(name))
    return {first: sorted(found, reverse=True) for first, found in sizes.items()}
