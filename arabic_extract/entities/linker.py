"""Cluster the PER/LOC/ORG mentions of an article into entities.

Rules, applied to mentions from the longest to the shortest of each type:

* same key (:func:`name_key`: alef/ya/ta marbuta/diacritics/quote marks unified),
  also after dropping a generic head («شركة مونسانتو» = «مونسانتو»);
* a proclitic glued to a predicted mention («وبغداد») is dropped when the rest is known;
* a mention whose article lost its alef after ل («للولايات» → «لولايات …») joins the
  «ال…» form when the article has it;
* PER: a shorter name that is a contiguous part of a fuller one (surname «السوداني», given
  name «كاظم», «شياع السوداني») joins it, but not a lone father's name after «بن»
  («سلمان» is not «محمد بن سلمان»); ORG: a shorter name that begins or ends the fuller
  one («التحالف» ⊂ «التحالف الدولي», «العمليات المشتركة» ⊂ «قيادة العمليات المشتركة»).
  When several entities fit, the one mentioned last before wins."""
from __future__ import annotations

from collections import Counter
from bisect import bisect_left, insort
from dataclasses import dataclass, field

from ..document import Document, Entity, Mention, Span
from .adjectives import drop_adjectives
from .apposed import merge_apposed
from .aliases import canonical_words
from .bare_names import entity_name
from .facilities import facility_words, lost_places
from .keyindex import KeyIndex
from .middle_names import skips_middle
from .names import (PROCLITICS, is_title_word, name_heads, name_key, not_names, quoted_name,
                    strip_head, without_lineage)
from .kind_nouns import common_noun_entity
from .ordinary import ordinary
from .adjective_names import described
from .recover import Taken, complete_names, missing_spans
from .votes import vote_labels
from .unsupported import person_titles, unsupported

TYPES = ("PER", "LOC", "ORG")


@dataclass
class Cluster:
    """Mutable working cluster (becomes a frozen :class:`Entity` at the end)."""

    type: str
    position: int = 0  # in the list of its type's clusters
    mentions: list[Mention] = field(default_factory=list)
    keys: set[tuple[str, ...]] = field(default_factory=set)
    words: list[tuple[str, ...]] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # sorted, for :meth:`last_before`

    def add(self, mention: Mention, words: tuple[str, ...]) -> None:
        self.mentions.append(mention)
        self.keys.add(words)
        self.words.append(words)
        insort(self.starts, mention.start)

    def last_before(self, offset: int) -> int:
        i = bisect_left(self.starts, offset)
        return self.starts[i - 1] if i else -1


def mention_words(mention: Mention) -> tuple[str, ...]:
    """Key words of a mention; for groups and places, generic heads are dropped anywhere
    («شرطة مدينة لافاييت» = «شرطة لافاييت») and the plural case ending is unified
    («الحوثيين» = «الحوثيون»)."""
    raw = tuple(name_key(quoted_name(mention.text)).split())
    facility = facility_words(mention.label, raw)
    if facility:  # «مطار جدة» is not «جدة»
        return facility
    words = strip_head(raw)
    if mention.label == "PER":
        while len(words) > 1 and is_title_word(words[0]):  # «الرئيس باراك اوباما»
            words = words[1:]
        return words
    if len(words) > 1:
        words = tuple(w for w in words[:-1] if w not in name_heads()) + words[-1:]
    return tuple(_plural(w) for w in words)


def _is_name(mention: Mention) -> bool:
    """Not empty, not a lone letter, not only function words (a tagger's «إلى»)."""
    words = mention_words(mention)
    return bool(words) and len("".join(words)) > 1 and not all(w in not_names() for w in words)


def _plural(word: str) -> str:
    return word[:-2] + "ون" if len(word) > 5 and word.endswith("ين") else word


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...], type_: str) -> bool:
    n = len(shorter)
    if not n or n >= len(longer):
        return False
    if type_ == "ORG":
        return longer[:n] == shorter or longer[-n:] == shorter
    if n > 1 and (without_lineage(longer) == shorter or skips_middle(longer, shorter)):
        return True  # «فلان الفلاني» = «فلان بن علان الفلاني», «دييجو [أرماندو] مارادونا»
    return any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1)
               if not (i > 1 and longer[i - 1] in PATRONYMIC))  # «بن رودس»


#: «X بن Y …»: «Y …» alone is the father, not X («سلمان» is not «محمد بن سلمان بن عبدالعزيز»)
PATRONYMIC = frozenset({"بن", "بنت", "ابن", "ابنه"})


def _pick(found: list[Cluster], offset: int) -> Cluster | None:
    if not found:
        return None
    return max(found, key=lambda c: c.last_before(offset))


def _elided(word: str) -> bool:
    """Could ``word`` be a definite word whose alef was elided after the preposition ل
    («للولايات» → mention «لولايات»)? Only then is «ال…» tried as its key."""
    return word.startswith("ل") and not word.startswith("ال") and len(word) > 3


def _listed(type_: str, words: tuple[str, ...]) -> tuple[str, ...]:
    """The key words of the canonical name when ``words`` are those of a well-known alias
    («الجامعة العربية» → «جامعة الدول العربية», :mod:`.aliases`), else ``words``."""
    return canonical_words(type_, words, mention_words)


def _find(clusters: list[Cluster], index: KeyIndex, mention: Mention,
          words: tuple[str, ...], type_: str) -> tuple[Cluster | None, tuple[str, ...]]:
    variants = [words]
    if words and _elided(words[0]):  # «للتحالف» → «لتحالف»: the article lost its alef
        variants.append(("ا" + words[0], *words[1:]))
    if words and words[0][0] in PROCLITICS and len(words[0]) > 3:
        variants.append(strip_head((words[0][1:], *words[1:])))
    variants += [_listed(type_, v) for v in variants]  # «الجامعة العربية»: a known alias
    for variant in variants:
        exact = [clusters[p] for p in index.exact(variant)]
        if exact:
            return _pick(exact, mention.start), variant
    if type_ == "LOC":
        return None, words
    partial = [c for c in (clusters[p] for p in index.sharing(words[0] if words else ""))
               if any(_contains(k, words, type_) for k in c.keys)]
    return _pick(partial, mention.start), words


def _glued(words: tuple[str, ...], spelled: set[tuple[str, ...]]) -> bool:
    """Is ``words`` another mention's words with a proclitic glued to the first one
    («وكفريا» beside «كفريا»)?  Such a mention comes after that one, so that it joins its
    cluster instead of opening one of its own, whichever comes first in the text."""
    return bool(words) and words[0][:1] in PROCLITICS and len(words[0]) > 3 and \
        (words[0][1:], *words[1:]) in spelled


def cluster_mentions(mentions: tuple[Mention, ...], text: str = "") -> list[Cluster]:
    """Clusters of PER/LOC/ORG mentions (MISC and empty keys are left out; ``text``:
    the article's, for the labels of :func:`.votes.vote_labels`)."""
    clusters: list[Cluster] = []
    mentions = vote_labels(mentions, text)
    for type_ in TYPES:
        own: list[Cluster] = []
        index = KeyIndex()
        typed = [m for m in mentions if m.label == type_ and _is_name(m)]
        spelled = {mention_words(m) for m in typed}
        typed.sort(key=lambda m: (-len(mention_words(m)), _elided(name_key(m.text)),
                                  _glued(mention_words(m), spelled), m.start))
        for mention in typed:
            cluster, words = _find(own, index, mention, mention_words(mention), type_)
            if cluster is None:
                cluster = Cluster(type_, position=len(own))
                own.append(cluster)
            cluster.add(mention, words)
            cluster.keys.add(_listed(type_, words))
            index.add(cluster.position, words)
            index.add(cluster.position, _listed(type_, words))
        clusters.extend(own)
    return clusters


def _canonical(cluster: Cluster) -> Mention:
    """The mention of the fullest form: most name words, then most letters, then no leading
    title («باراك اوباما» before «الرئيس باراك اوباما») nor glued proclitic («كفريا»
    before «وكفريا»), then most written words («شركة مونسانتو» before «مونسانتو»), then
    the first."""
    def rank(pair: tuple[Mention, tuple[str, ...]]) -> tuple[int, ...]:
        mention, words = pair
        raw = name_key(mention.text).split()
        titled = int(bool(raw) and is_title_word(raw[0]) and len(raw) > len(words))
        elided = int(bool(raw) and _elided(raw[0]) and words and words[0] != raw[0])
        glued = int(bool(raw) and bool(words) and raw[0][1:] == words[0])  # «وكفريا»
        return (len(words), len("".join(words)), -titled, -elided, -glued, len(raw),
                -mention.start)
    return max(zip(cluster.mentions, cluster.words), key=rank)[0]


def _recover(doc: Document, clusters: list[Cluster]) -> None:
    """Add the untagged occurrences of each entity's names (see :mod:`.recover`); a form
    shared by two entities («الاتحاد») is left alone."""
    owners = Counter(f for c in clusters for f in {m.text for m in c.mentions})
    taken = Taken((m.start, m.end) for m in doc.mentions)
    names = [(m.start, m.end) for m in doc.mentions if m.label in ("PER", "LOC")]
    for cluster in clusters:
        forms = {m.text for m in cluster.mentions if owners[m.text] == 1}
        for span in missing_spans(doc.text, forms, taken):
            mention = Mention(span.start, span.end, span.text, cluster.type)
            if not described(doc, mention, names):  # «الأسرة السعودية», «العمل العربي»
                cluster.add(mention, mention_words(mention))


def build_entities(doc: Document) -> tuple[Entity, ...]:
    """The article's entities: people, places, organizations, each by first mention."""
    from ..ner.lexicon import load_lexicon
    lex = load_lexicon()
    mentions = drop_adjectives(doc, doc.mentions)
    clusters = cluster_mentions(complete_names(doc, mentions) if doc.tokens else mentions,
                                doc.text)
    if doc.tokens:
        dropped = unsupported(doc, clusters)
        places = [m for m in doc.mentions if m.label == "LOC"]
        clusters = [c for c in clusters if c not in dropped
                    and not ordinary(c.type, c.mentions, doc.text, lex.count, lex.words)
                    and not common_noun_entity(c.type, c.mentions, doc.text, places)]
    _recover(doc, clusters)
    for group in lost_places(doc.text, [*doc.mentions, *(m for c in clusters for m in c.mentions)]):
        clusters.append(Cluster("LOC", position=len(clusters)))  # «ملعب ملبورن» … «ملبورن»
        for m in group:
            clusters[-1].add(m, mention_words(m))
    order = sorted(merge_apposed(doc.text, clusters),
                   key=lambda c: (TYPES.index(c.type), min(m.start for m in c.mentions)))
    entities = []
    for i, cluster in enumerate(order, 1):
        spans = tuple(Span(m.start, m.end, m.text)
                      for m in sorted(cluster.mentions, key=lambda m: (m.start, m.end)))
        name = entity_name(doc.text, _canonical(cluster), lex.count)
        entities.append(Entity(f"e{i}", cluster.type, name, spans,
                               person_titles(doc, cluster.type, cluster.mentions)))
    return tuple(entities)


class EntityLinker:
    """Pipeline stage: clusters ``doc.mentions`` into ``doc.entities``."""

    name = "entities"
    needs = frozenset({"mentions"})
    provides = frozenset({"entities"})

    def __call__(self, doc: Document) -> Document:
        return doc.replace(entities=build_entities(doc),
                           annotations=doc.annotations | self.provides)
