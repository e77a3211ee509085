"""The built-in NER stage: a CRF trained with python-crfsuite, decoded with numpy over
features cached per word type."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable, Sequence

from ..document import LABELS, Document, Mention, Token
from ..errors import ModelNotFoundError, PipelineConfigError
from ..normalize import normalize, strip_diacritics
from ..resources import data_path
from .attached import tag_attached_places, town_places
from .clitics import proclitic_length
from . import late_rules
from .prayers import drop_prayers
from .hyphens import join_hyphens
from .adjacent_persons import join_adjacent_persons
from .acronyms import join_dotted
from .adjective_repeats import drop_adjective_repeats, name_honorifics
from .common_bodies import recurring_pairs
from .conll import spans
from .edge_words import trim_possessives
from .generic import drop_generic_bodies, generic_bodies
from .whole_names import whole_name
from .waw_names import TYPE_GAZETTEERS, listed_after_waw
from .listed_places import listed_place
from .consistency import (ambiguous_places, bare_heads, divine_names, drop_bare_heads,
                          drop_descriptions, drop_function_words, function_words, known_places, listed_places,
                          misc_alone, never_spread, places_not_persons, propagate,
                          tag_known_places)
from .features import ALL_GROUPS, FeatureExtractor
from .latin import latin_rules
from .lexicon import load_lexicon
from .misc_heads import misc_heads, retype_misc
from .spread_bodies import join_spread_bodies, spread_heads
from .place_tails import join_place_tails, place_tail_bodies
from .model import CrfTagger, CrfWeights
from .rules import Rules
from .surface import (ali_after, ali_names, distinguishes_ali, trim_latin, trim_preposition,
                      trim_tanween)
from .tagging import conjoined

MODEL_NAME = "ner_model.npz"
TRAIN_COMMAND = "python -m arabic_extract.train ner"
_PROCLITIC_UPOS = frozenset({"CCONJ", "ADP", "SCONJ"})


def default_model_path() -> Path:
    return data_path("ner", "data", MODEL_NAME)


def _surface_skip(text: str, letters: int) -> int:
    """Characters of ``text`` covering its first ``letters`` normalized letters (and the
    diacritics or tatweel that follow them)."""
    if letters <= 0:
        return 0
    seen = 0
    for i, ch in enumerate(text):
        if normalize(ch):
            if seen == letters:
                return i
            seen += 1
    return len(text)


#: particles that no name starts with, spelled without hamza as in transliterated names:
#: a mention's first word that reads as proclitic + one of them is whole («فان غال»,
#: «واين روني», «كاي ترينور», «فلان»; not «فإن», «وأين», whose hamza marks the particle)
PARTICLES = frozenset({"ان", "اين", "اي", "لان"})


def listed_whole(words: Any, token: Token, skip: int, label: str) -> bool:
    """Is ``token`` a listed name of type ``label`` (after «ك», also a listed spelling:
    «كابل») while its part after ``skip`` proclitic characters is not?  Then its first
    letters only look like proclitics: «وليد» is not و + ل + «يد», «كميل» not ك + «ميل»,
    «فورد» not ف + «ورد»; «ومحمد» is still و + «محمد», and so is a clitic before the
    article, a written hamza or an organization's head («والجيش», «وأين», «ومؤسسة»,
    which the mined list took in)."""
    gaz = TYPE_GAZETTEERS.get(label, frozenset())
    surface = strip_diacritics(token.text[skip:])
    if surface.startswith(("ال", "أ", "إ", "آ")) or \
            "OHEAD" in words.get(normalize(surface), ()):  # «ومؤسسة»: و + a head
        return False
    if token.norm.startswith("ك"):  # ك + a place is rare: a listed spelling is the name
        gaz = gaz | {"X" + label}
    return bool(gaz & words.get(token.norm, frozenset())) and \
        not gaz & words.get(normalize(surface), frozenset())


#: proclitics written apart («كـ"…"», «لـ»): never the last word of a name
LONE_CLITICS = frozenset({"ك", "ل", "ب", "و", "ف"})


def proclitic_chars(token: Token, count: Any) -> int:
    """Surface characters of ``token`` that are attached proclitics (و ب ل ك ف)."""
    segs = token.segments
    if len(segs) > 1 and segs[0].upos in _PROCLITIC_UPOS:
        rest = [s for s in segs if s.upos not in _PROCLITIC_UPOS]
        if rest and rest[0].start is not None:
            return max(0, rest[0].start - token.start)
    n = _surface_skip(token.text, proclitic_length(token.norm, count))
    return n if n < len(token.text) else 0


class BuiltinNER:
    """Pipeline stage ``ner``: fills ``doc.mentions`` (PER, LOC, ORG, MISC).

    ``rules=False`` gives the bare CRF (ANERcorp conventions); the default adds the rules of
    :mod:`arabic_extract.ner.rules` and :mod:`arabic_extract.ner.late_rules` (project
    guidelines, document-level consistency); ``disable`` names late rules to switch off."""

    name = "ner"
    needs = frozenset({"tokens"})
    provides = frozenset({"mentions"})

    def __init__(self, model_path: str | Path | None = None, *, rules: bool = True,
                 disable: Iterable[str] = ()) -> None:
        path = Path(model_path) if model_path else default_model_path()
        if not path.exists():
            raise ModelNotFoundError(
                f"NER model not found at {path}; train it with: {TRAIN_COMMAND}")
        meta_path = path.with_suffix(".json")
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        self.model_path = path
        self.groups: tuple[str, ...] = tuple(meta.get("groups", ALL_GROUPS))
        self.lexicon = load_lexicon()
        self._rules = Rules(self.lexicon) if rules else None
        self._data = late_rules.RuleData.load(self.lexicon, self._rules) if self._rules \
            else None
        unknown = set(disable) - set(late_rules.RULE_NAMES)
        if unknown:
            raise PipelineConfigError(f"unknown NER rules {sorted(unknown)}; "
                                      f"known: {', '.join(late_rules.RULE_NAMES)}")
        self._late = late_rules.select(disable)
        self._roles = frozenset(w for w in self._rules.definite_titles | self._data.roles
                                if w.startswith("ال")) if self._rules else frozenset()
        self._given = frozenset(w for w, kinds in self.lexicon.words.items() if "PER" in kinds)
        self._function_words = function_words()
        self._person_stops = self._function_words | (
            self._rules.titles | self._rules.definite_titles | self._rules.nationalities
            | self._rules.kin | self._data.roles if self._rules else frozenset())
        self._bare_heads = bare_heads(self.lexicon)
        self._generic = generic_bodies()
        self._never_spread = never_spread() | self._bare_heads
        self._places = known_places(self.lexicon)
        self._listed = listed_places()
        self._ambiguous = ambiguous_places()
        self._towns = town_places(self._listed)
        self._divine = divine_names()
        self._misc_heads = misc_heads()
        self._honorifics = name_honorifics()
        self._tagger = CrfTagger(CrfWeights.load(path), FeatureExtractor(self.lexicon,
                                                                         self.groups))

    def tag(self, norms: Sequence[str], sports: bool | None = None) -> list[str]:
        """BIO tags for one sentence of normalized words (CRF, then sentence rules;
        ``sports``: is the document a sports report, ``None``: judge by the sentence)."""
        stems, tags = self._tagger.tag_document([norms])
        return self._apply_rules(norms, stems[0], tags[0], sports)

    def _apply_rules(self, norms: Sequence[str], stems: Sequence[str], tags: list[str],
                     sports: bool | None,
                     recurring: frozenset[tuple[str, str]] = frozenset()) -> list[str]:
        if not norms or not self._rules:
            return tags
        tags = self._rules.sentence(stems, tags, norms, sports)
        late_rules.apply(self._late, late_rules.Sentence(norms, stems, tags, sports, recurring),
                         self._data)
        return tags

    def __call__(self, doc: Document) -> Document:
        ranges = [(s.token_start, s.token_end) for s in doc.sentences] or [(0, len(doc.tokens))]
        chunks = [doc.tokens[lo:hi] for lo, hi in ranges]
        norms = [[t.norm for t in tokens] for tokens in chunks]
        stems, crf = self._tagger.tag_document(norms)
        sports = self._rules.sports([s for sent in stems for s in sent]) if self._rules \
            else None
        pairs = recurring_pairs(stems, norms, self._data.body_heads) if self._rules \
            else frozenset()
        tagged = [(sent, self._apply_rules(words, sent, tags, sports, pairs))
                  for sent, words, tags in zip(stems, norms, crf)]
        if self._rules:
            for tokens, (sent, tags) in zip(chunks, tagged):
                latin_rules([t.text for t in tokens], sent, tags)
            self._surface_rules(doc.text, chunks, stems, [tags for _, tags in tagged])
            for tokens, (_, tags) in zip(chunks, tagged):
                trim_possessives([t.text for t in tokens], [t.norm for t in tokens], tags,
                                 self.lexicon.count, self._roles, self._given)
            drop_function_words(tagged, self._function_words)
            drop_bare_heads(tagged, self._bare_heads)
            drop_descriptions(tagged, self._bare_heads, self.lexicon.count)
            drop_generic_bodies(tagged, self._generic)
            places_not_persons(tagged, self._places)
            misc_alone(tagged, self._divine)
            retype_misc(tagged, self._misc_heads)
            propagate(tagged, self._never_spread, self._places)
            drop_adjective_repeats(tagged, self._rules.nationalities, self._honorifics)
            if not sports:  # there a town may be its club («الوكرة», «ليون»)
                tag_known_places(tagged, self._listed, self._ambiguous, norms)
            else:
                tag_attached_places(norms, tagged, self._towns)
            self._after_spreading(doc.text, chunks, tagged)
        mentions = [m for tokens, (_, tags) in zip(chunks, tagged)
                    for m in self._mentions(doc, tokens, tags)]
        if self._rules:
            mentions = join_dotted(doc.text, mentions)
        return doc.replace(mentions=tuple(mentions), annotations=doc.annotations | self.provides)

    def _after_spreading(self, text: str, chunks: Sequence[Sequence[Token]],
                         tagged: Sequence[tuple[Sequence[str], list[str]]]) -> None:
        """Rules after the spreading, which tags every repeat: bodies named after a spread
        place (:mod:`.spread_bodies`), tanween words again, the sunset prayer
        (:mod:`.prayers`), hyphenated and side-by-side persons (:mod:`.hyphens`,
        :mod:`.adjacent_persons`); before them, bodies named with their place
        (:mod:`.place_tails`: after the spreading, so the place still spreads)."""
        for tokens, (sent, tags) in zip(chunks, tagged):
            join_place_tails([t.norm for t in tokens], sent, tags, place_tail_bodies(),
                             self._data.place_heads)
            join_spread_bodies([t.norm for t in tokens], sent, tags, spread_heads())
            trim_tanween([t.text for t in tokens], tags)
            drop_prayers(sent, tags, self._data.prayers)
            join_hyphens(tokens, tags)
            join_adjacent_persons(text, tokens, sent, tags, self._person_stops,
                                  self._given)

    @staticmethod
    def _surface_rules(text: str, chunks: Sequence[Sequence[Token]],
                       stems: Sequence[Sequence[str]], tagged: Sequence[list[str]]) -> None:
        """The rules of :mod:`.surface` over every sentence (tags changed in place)."""
        ali = distinguishes_ali(text)
        for tokens, sent, tags in zip(chunks, stems, tagged):
            if all(tag == "O" for tag in tags):
                continue
            surfaces = [t.text for t in tokens]
            if ali and "B-PER" in tags:  # the «علي» rules concern persons
                joined = [conjoined(t.norm, stem) for t, stem in zip(tokens, sent)]
                ali_names(surfaces, joined, tags)
                ali_after(surfaces, tags)
                trim_preposition(surfaces, tags)
            trim_latin(surfaces, tags)
            trim_tanween(surfaces, tags)

    def _mentions(self, doc: Document, tokens: Sequence[Token],
                  tags: Sequence[str]) -> list[Mention]:
        mentions = []
        for first, last, label in sorted(spans(tags)):
            while last - first > 1 and tokens[last - 1].norm.rstrip("ـ") in LONE_CLITICS \
                    and len(tokens[last - 2].norm) > 1:  # not the letters of «أ ف ب»
                last -= 1  # «عمر الجاسر كـ»: a detached proclitic ends no name
            if label not in LABELS:
                continue
            skip = self._club_skip(tokens[first:last])
            if skip is None:
                skip = proclitic_chars(tokens[first], self.lexicon.count)
                if skip and strip_diacritics(tokens[first].text[skip:]) in PARTICLES:
                    skip = 0  # «واين روني», «فان غال», «كاي»: no name starts with «ان»
                if skip and (listed_whole(self.lexicon.words, tokens[first], skip, label)
                             or whole_name(tokens[first].norm, self.lexicon.count)
                             or listed_place([t.norm for t in tokens[first:last]])):
                    skip = 0  # «وليد», «فاليري»: letters of the name
                if not skip and (listed_after_waw(self.lexicon.words, tokens[first], label) or (
                        mentions and mentions[-1].label == label and self._conjunct(
                            doc.text[mentions[-1].end:tokens[first].start], tokens[first],
                            label))):
                    skip = _surface_skip(tokens[first].text, 1)
            start = tokens[first].start + skip
            end = tokens[last - 1].end
            mentions.append(Mention(start, end, doc.text[start:end], label))
        return mentions

    def _conjunct(self, gap: str, token: Token, label: str) -> bool:
        """Is ``token`` «و» + a name, right after a mention of the same type, only spaces or
        commas between («الفوعة وكفريا», «وأنعام، وبترورابغ»)?  The counts left the rare
        name's «و» on; the name without it must be at least as frequent as with it, and the
        word no listed name («نيويورك وواشنطن» is stripped before; «عمر واشنطن» stays)."""
        norm = token.norm
        if gap.strip(" ،,\n\t") or not norm.startswith("و") or len(norm) < 4:
            return False
        count = self.lexicon.count
        return count(norm[1:]) >= count(norm) and \
            not listed_whole(self.lexicon.words, token, 1, label)

    def _club_skip(self, tokens: Sequence[Token]) -> int | None:
        """Characters before a foreign club's name in its first token: 0 when its first
        letters only look like proclitics («وست هام», «بوروسيا دورتموند»), 1 after «و»
        («وكريستال بالاس»); None for any other mention."""
        if self._rules is None:
            return None
        foreign = self._rules.patterns.clubs.foreign
        norms = tuple(t.norm for t in tokens)
        if norms in foreign:
            return 0
        if norms[0].startswith("و") and (norms[0][1:], *norms[1:]) in foreign:
            return _surface_skip(tokens[0].text, 1)
        return None

    def pipe(self, docs: Iterable[Document]) -> list[Document]:
        return [self(doc) for doc in docs]
