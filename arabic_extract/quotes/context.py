"""What the quote rules look at: tokens, quotes, mentions with their entities, word groups."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..document import Document, Entity, Mention, Token
from ..entities import is_title_word
from ..entities.names import bare, name_key
from ..normalize import normalize
from ..resources import word_list
from ..spans import Reach, Within
from ..tokenize import in_acronym
from .cues import DATA, NOUN, PARTICIPLE, VERB, Cue, lookup
from ..entities.hamza import hamza_title
from .marks import Quote, find_quotes
from .opening_cue import context_cue

SENTENCE_END = frozenset({".", "!", "?", "؟", "…", "...", "!!", "؟!", "!؟", "?!", "؟؟"})
COMMAS = frozenset({",", "،"})
QUOTE_CHARS = frozenset("«»“”„‹›\"'")
RELATIVE_PRONOUNS = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})


@lru_cache(maxsize=None)
def word_group(name: str, file: str = "function_words.txt") -> frozenset[str]:
    """Normalized words of a ``[group]`` of a grouped data file (data/function_words.txt
    unless ``file`` names another, e.g. data/speaker_words.txt)."""
    groups: dict[str, set[str]] = {}
    current = ""
    for line in word_list(*DATA, file):
        if line.startswith("["):
            current = line.strip("[]")
        else:
            groups.setdefault(current, set()).add(normalize(line))
    return frozenset(groups.get(name, ()))


@lru_cache(maxsize=None)
def word_set(file: str) -> frozenset[str]:
    """Normalized entries of a one-word-per-line data file (bare forms, no ال)."""
    return frozenset(bare(name_key(w)) for w in word_list(*DATA, file) if not w.startswith("="))


@lru_cache(maxsize=None)
def phrase_set(file: str) -> frozenset[tuple[str, ...]]:
    """Token sequences (lines starting with '=' or containing spaces) of a data file."""
    return frozenset(tuple(name_key(w.lstrip("=")).split()) for w in word_list(*DATA, file)
                     if w.startswith("=") or " " in w)


@dataclass
class Context:
    """Indexes over one document, built once per document."""

    doc: Document
    quotes: tuple[Quote, ...] = ()
    starts: list[int] = field(default_factory=list)
    mention_at: dict[int, tuple[Mention, str | None]] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    sentence_starts: list[int] = field(default_factory=list)
    quoted_text: Reach = field(default_factory=lambda: Reach(()))
    mention_reach: Reach = field(default_factory=lambda: Reach(()))
    #: quoted fragments of speech (three words or more) by (opening mark, end of the closing
    #: mark), to find one inside an indirect content: one or two quoted words are a name or
    #: a term («لـ"داعش"», «مبادرة "نرسم بسمتهم"»), which leave the statement indirect
    speech_quotes: Within = field(default_factory=lambda: Within(()))
    #: entity mentions by their last token, and the set of their end offsets
    ending_at: dict[int, list[tuple[Mention, str | None]]] = field(default_factory=dict)
    #: the cue of each token asked for so far (:meth:`cue`)
    cues: dict[int, Cue | None] = field(default_factory=dict)
    #: the tokens' normalized forms (:meth:`norm`)
    norms: list[str] = field(default_factory=list)
    mention_ends: frozenset[int] = frozenset()
    #: per-document answers of rules that ask the same question at many cues
    memo: dict[tuple[str, str], tuple[Entity, ...]] = field(default_factory=dict)

    @classmethod
    def build(cls, doc: Document) -> "Context":
        ctx = cls(doc, find_quotes(doc.text, opens_with_verb), [t.start for t in doc.tokens],
                  norms=[t.norm for t in doc.tokens])
        from .unclosed import cut_unclosed  # unclosed reads this module's Context
        ctx.quotes = tuple(cut_unclosed(ctx, q) for q in ctx.quotes)
        ctx.quoted_text = Reach((q.start, q.end) for q in ctx.quotes)
        ctx.mention_reach = Reach((m.start, m.end) for m in doc.mentions)
        ctx.entities = {e.id: e for e in doc.entities}
        ctx.sentence_starts = [s.token_start for s in doc.sentences]
        spans = sorted((s.start, s.end, s.text, e.type, e.id)
                       for e in doc.entities for s in e.mentions)
        for start, end, text, type_, entity in spans:  # the entity stage's mentions only
            i = ctx.token_at(start)
            if i is not None and i not in ctx.mention_at:
                ctx.mention_at[i] = (Mention(start, end, text, type_), entity)
        ctx.speech_quotes = Within((q.open, q.outer_end) for q in ctx.quotes
                                   if ctx.quote_words(q) > 2)
        for mention, entity in ctx.mention_at.values():
            ctx.ending_at.setdefault(ctx.last_token(mention.end), []).append((mention, entity))
        ctx.mention_ends = frozenset(m.end for m, _ in ctx.mention_at.values())
        return ctx

    def quote_words(self, q: Quote) -> int:
        """How many words a quote holds (its marks left out)."""
        return len(self.doc.text[q.start:q.end].split())

    @property
    def tokens(self) -> tuple[Token, ...]:
        return self.doc.tokens

    def token_at(self, offset: int) -> int | None:
        i = bisect_right(self.starts, offset) - 1
        return i if i >= 0 and offset < self.tokens[i].end else None

    def last_token(self, offset: int) -> int:
        """Index of the last token starting before ``offset``."""
        return bisect_right(self.starts, offset - 1) - 1

    def cue(self, i: int) -> Cue | None:
        """The cue at token ``i``; none for a bare verb form after a noun that takes only a
        verbal noun («عدم كشف اسمه»), nor for a word of a name («صالح آل طالب»).  Kept per
        token: it depends on the tokens alone."""
        if i not in self.cues:
            self.cues[i] = self._cue(i)
        return self.cues[i]

    def _cue(self, i: int) -> Cue | None:
        found = lookup(self.tokens[i]) if 0 <= i < len(self.tokens) else None
        if found is None and 0 <= i < len(self.tokens):
            found = context_cue(self.tokens, i, self.doc.text)  # «بحسب ما ذكرته», «وعبر»
        if found is not None and self.in_name(i):
            return None
        if found is not None and found.pos == VERB and not found.proclitic \
                and self.norm(i - 1) in word_group("masdar_heads"):
            return None
        if found is not None and found.past and found.gender == "du" and not found.proclitic \
                and i > 0 and self.tokens[i - 1].text in COMMAS and found.lemma[1:2] == "ا":
            # «، طالباً من الجميع …»: after a comma the accusative participle of form I
            # (طالِب), not the dual past of form III (طالَبا)
            return replace(found, pos=PARTICIPLE, gender="m", past=False)
        return found

    def in_name(self, i: int) -> bool:
        """Is token ``i`` a part of a personal name, right after «أبو», «بن», «آل» …?"""
        return self.norm(i - 1) in word_group("name_links", "speaker_words.txt")

    def norm(self, i: int) -> str:
        return self.norms[i] if 0 <= i < len(self.norms) else ""

    def is_word(self, i: int) -> bool:
        return 0 <= i < len(self.tokens) and self.tokens[i].text[0].isalpha()

    def past_commas(self, i: int) -> int:
        """The first token from ``i`` on that is no comma."""
        while i < len(self.tokens) and self.tokens[i].text in COMMAS:
            i += 1
        return i

    def quoted(self, offset: int) -> bool:
        """Is ``offset`` inside the content of a quote?"""
        return self.quoted_text.covers(offset)

    def quote_opening_at(self, i: int) -> Quote | None:
        """The first quote (in :attr:`quotes` order) whose opening mark is in token ``i``."""
        return self._mark_in(i, 0)

    def quote_closing_at(self, i: int) -> Quote | None:
        """The first quote whose closing mark is in token ``i``."""
        return self._mark_in(i, 1)

    def _mark_in(self, i: int, side: int) -> Quote | None:
        """Binary search over the quotes' marks (``side`` 0: opening, 1: closing), sorted
        once per value of :attr:`quotes`."""
        cached = self.__dict__.get("_marks")
        if cached is None or cached[0] is not self.quotes:
            marks = tuple(sorted((q.open if s == 0 else q.close, n)
                                 for n, q in enumerate(self.quotes)
                                 if s == 0 or q.close is not None) for s in (0, 1))
            cached = self.__dict__["_marks"] = (self.quotes, marks)
        marks, tok = cached[1][side], self.tokens[i]
        k = bisect_left(marks, (tok.start, -1))
        found = []
        while k < len(marks) and marks[k][0] < tok.end:
            found.append(marks[k][1])
            k += 1
        return self.quotes[min(found)] if found else None

    def paragraph_end(self, offset: int) -> int:
        end = self.doc.text.find("\n", offset)
        return len(self.doc.text) if end < 0 else end

    def _sentence(self, i: int) -> tuple[int, int]:
        k = bisect_right(self.sentence_starts, i) - 1
        if k < 0 or i >= self.doc.sentences[k].token_end:
            return 0, len(self.tokens)
        return self.doc.sentences[k].token_start, self.doc.sentences[k].token_end

    def sentence_end_token(self, i: int) -> int:
        """Index one past the last token of the sentence holding token ``i``."""
        return self._sentence(i)[1]

    def sentence_start_token(self, i: int) -> int:
        return self._sentence(i)[0]

    def is_title(self, i: int) -> bool:
        text = self.tokens[i].text
        return self.is_word(i) and (is_title_word(text) or hamza_title(text, self.norm(i)))

    def is_source(self, i: int) -> bool:
        """A source noun of sources.txt; a listed «…ون» plural also as «…ين» and «…و»
        («مسؤولو جهاز الإطفاء»); a relative of kin_speakers.txt with «ال» («الزوج»); a dual
        («المسؤولان», «الرئيسان»); an indefinite accusative after «إنّ» or a sister
        («لكن مسؤولا قال …»)."""
        if not self.is_word(i):
            return False
        norm, sources = self.norm(i), word_set("sources.txt")
        word = bare(norm)
        return word in sources or word.endswith("ين") and word[:-2] + "ون" in sources \
            or word.endswith("و") and word + "ن" in sources \
            or _definite_kin(norm) or self._dual_source(word) or self._inna_noun(i, word)

    def _inna_noun(self, i: int, word: str) -> bool:
        """«لكن مسؤولا قال …», «إلا أن مصدرا أكد …»: the indefinite accusative (alif of
        tanwin) of a source noun as the noun of «إنّ» or a sister right before it; not
        «مواطنينا» (our citizens)."""
        return word.endswith("ا") and not word.endswith("ينا") \
            and word[:-1] in word_set("sources.txt") \
            and self.norm(i - 1) in word_group("inna_particles")

    def _dual_source(self, word: str) -> bool:
        """A dual of a source noun or title, or of a side («المسؤولان», «الوزيران»,
        «الجانبان»): its singular without «ان» is listed."""
        single = word[:-2]
        return word.endswith("ان") and len(single) >= 3 and (
            single in word_set("sources.txt") or single in word_group("sides", "speaker_words.txt")
            or is_title_word(single))

    def is_preposition(self, i: int) -> bool:  # not «إمام» (imam): a title
        return self.norm(i).rstrip("ـ") in word_group("prepositions") and not self.is_title(i)


def _definite_kin(norm: str) -> bool:
    """«الزوج», «والوالدة»: a relative of kin_speakers.txt written with the article
    (``bare`` would read the و of «والدة» as a proclitic)."""
    for prefix in ("ال", "وال", "فال"):
        if norm.startswith(prefix) and norm[len(prefix):] in word_group("", "kin_speakers.txt"):
            return True
    return False


def channel(ctx: Context, j: int) -> bool:
    """Is token ``j`` a preposition before a nominal cue naming the channel of a verb's
    speech («قالت الوزارة [في] بيان إن …», «وأكد [خلال] كلمته أن …»)?"""
    cue = ctx.cue(j + 1)
    return cue is not None and cue.pos == NOUN and ctx.norm(j) in word_group("channel_preps")


def opens_with_verb(paragraph: str) -> bool:
    """Does ``paragraph`` open with a third-person reporting verb with و/ف («وقال سالم …»)?"""
    words = paragraph.split(maxsplit=1)
    cue = lookup(Token(0, len(words[0]), words[0], normalize(words[0]))) if words else None
    return cue is not None and cue.pos == VERB and bool(cue.proclitic)


def god_willing(ctx: Context, j: int) -> bool:
    """Is token ``j`` the «إن» of «إن شاء الله» (no complementizer)?"""
    return ctx.norm(j) in ("ان", "وان") and ctx.norm(j + 1) == "شاء" and \
        ctx.norm(j + 2).endswith("الله")


def abbreviation_dot(ctx: Context, j: int) -> bool:
    """Is token ``j`` the dot of a one-letter abbreviation («د.» = doctor) or a dot inside
    an acronym («بي.بي.سي»), no sentence end?"""
    return ctx.tokens[j].text == "." and j > 0 and (
        len(ctx.norm(j - 1)) == 1 and ctx.is_word(j - 1)
        and ctx.tokens[j - 1].end == ctx.tokens[j].start or in_acronym(ctx.tokens, j))
