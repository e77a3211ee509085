"""The document model: frozen dataclasses with character offsets into the original text.

Invariant everywhere: ``doc.text[x.start:x.end] == x.text`` for every token, sentence,
mention, entity mention, cue, content and named speaker.  The text itself is never changed;
normalized forms live beside the surface (``Token.norm``).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any, Iterable, Iterator, Mapping

LABELS = ("PER", "LOC", "ORG", "MISC")
KINDS = ("direct", "indirect", "mixed")
RECORD_GROUPS = (("people", "PER"), ("places", "LOC"), ("organizations", "ORG"))


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the original text: ``text == doc.text[start:end]``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Span":
        return cls(data["start"], data["end"], data["text"])


@dataclass(frozen=True, slots=True)
class Segment:
    """A morphological piece of a token (stanza's *word*): proclitic, stem or enclitic.

    ``start``/``end`` are set only when the piece lines up with the surface token
    (``و`` + ``بغداد`` in «وبغداد»); otherwise they are ``None`` (e.g. «للحكومة» = ل + الحكومة,
    whose ا is not written).  ``feats`` uses the UD format ``Gender=Masc|Number=Sing``.
    """

    text: str
    start: int | None = None
    end: int | None = None
    lemma: str | None = None
    upos: str | None = None
    feats: str | None = None

    @property
    def feats_dict(self) -> dict[str, str]:
        if not self.feats or self.feats == "_":
            return {}
        return dict(pair.split("=", 1) for pair in self.feats.split("|") if "=" in pair)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end,
                "lemma": self.lemma, "upos": self.upos, "feats": self.feats}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Segment":
        return cls(data["text"], data.get("start"), data.get("end"), data.get("lemma"),
                   data.get("upos"), data.get("feats"))


@dataclass(frozen=True, slots=True)
class Token:
    """A surface token: what the tokenizer cut out of the text, with its normalized form."""

    start: int
    end: int
    text: str
    norm: str
    segments: tuple[Segment, ...] = ()

    @property
    def stem(self) -> Segment | None:
        """The segment that carries the content word (not a clitic), if analysed."""
        for seg in self.segments:
            if seg.upos not in _CLITIC_UPOS or len(self.segments) == 1:
                return seg
        return self.segments[0] if self.segments else None

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "norm": self.norm,
                "segments": [s.to_dict() for s in self.segments]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Token":
        segs = tuple(Segment.from_dict(s) for s in data.get("segments", ()))
        return cls(data["start"], data["end"], data["text"], data["norm"], segs)


_CLITIC_UPOS = frozenset({"CCONJ", "ADP", "PART", "PRON", "DET"})


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence span plus the indices of its tokens: ``doc.tokens[token_start:token_end]``."""

    start: int
    end: int
    text: str
    token_start: int
    token_end: int

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text,
                "token_start": self.token_start, "token_end": self.token_end}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Sentence":
        return cls(data["start"], data["end"], data["text"], data["token_start"],
                   data["token_end"])


@dataclass(frozen=True, slots=True)
class Mention:
    """A named-entity mention: PER, LOC, ORG or MISC; proclitics stay outside the span."""

    start: int
    end: int
    text: str
    label: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "label": self.label}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Mention":
        return cls(data["start"], data["end"], data["text"], data["label"])


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world entity of the article with all its mentions clustered."""

    id: str
    type: str
    name: str
    mentions: tuple[Span, ...]
    titles: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "type": self.type, "name": self.name,
                "mentions": [m.to_dict() for m in self.mentions], "titles": list(self.titles)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Entity":
        mentions = tuple(Span.from_dict(m) for m in data.get("mentions", ()))
        return cls(data["id"], data["type"], data["name"], mentions,
                   tuple(data.get("titles", ())))


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who said it: an entity id (or ``None`` for an unnamed source) and the text at the cue.

    ``start``/``end``/``text`` point at the mention, title or phrase naming the speaker at
    the cue; they are ``None`` for a pronoun or a speaker only implied by the verb.
    """

    entity: str | None
    name: str | None
    start: int | None = None
    end: int | None = None
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"entity": self.entity, "name": self.name, "start": self.start,
                "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Speaker":
        return cls(data.get("entity"), data.get("name"), data.get("start"), data.get("end"),
                   data.get("text"))


@dataclass(frozen=True, slots=True)
class Statement:
    """An attributed statement: speaker, cue, content (without quote marks), kind, via, and
    the people speaking together with the speaker («وقال فلان وفلان إن …», «وقالا»)."""

    speaker: Speaker
    cue: Span
    content: Span
    kind: str
    via: str | None = None
    co_speakers: tuple[Speaker, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"speaker": self.speaker.to_dict(), "cue": self.cue.to_dict(),
                "content": self.content.to_dict(), "kind": self.kind, "via": self.via,
                "co_speakers": [s.to_dict() for s in self.co_speakers]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Statement":
        return cls(Speaker.from_dict(data["speaker"]), Span.from_dict(data["cue"]),
                   Span.from_dict(data["content"]), data["kind"], data.get("via"),
                   tuple(Speaker.from_dict(s) for s in data.get("co_speakers", ())))


@dataclass(frozen=True, slots=True)
class Document:
    """An article and everything the pipeline found in it.

    Stages never mutate a Document; they return a new one (``doc.replace(...)``).
    """

    text: str
    id: str | None = None
    source: str | None = None
    tokens: tuple[Token, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    entities: tuple[Entity, ...] = ()
    statements: tuple[Statement, ...] = ()
    error: Mapping[str, str] | None = None
    annotations: frozenset[str] = field(default_factory=frozenset)

    def replace(self, **changes: Any) -> "Document":
        """A copy with some fields changed (the dataclass is frozen)."""
        return replace(self, **changes)

    def __len__(self) -> int:
        return len(self.tokens)

    def __iter__(self) -> Iterator[Token]:
        return iter(self.tokens)

    def sentence_tokens(self, sentence: Sentence) -> tuple[Token, ...]:
        return self.tokens[sentence.token_start:sentence.token_end]

    def entities_of(self, type_: str) -> tuple[Entity, ...]:
        return tuple(e for e in self.entities if e.type == type_)

    def spans(self) -> Iterable[Any]:
        """Every object carrying offsets, for checking the invariant."""
        yield from self.tokens
        yield from self.sentences
        yield from self.mentions
        for entity in self.entities:
            yield from entity.mentions
        for st in self.statements:
            yield st.cue
            yield st.content
            yield from (s for s in (st.speaker, *st.co_speakers) if s.start is not None)

    def to_dict(self, *, full: bool = False) -> dict[str, Any]:
        """The article record of ``docs/schema.md``; ``full=True`` adds text, tokens,
        sentences and mentions so that :meth:`from_dict` rebuilds the Document exactly."""
        record: dict[str, Any] = {"id": self.id, "source": self.source,
                                  "text_length": len(self.text)}
        for key, label in RECORD_GROUPS:
            record[key] = [e.to_dict() for e in self.entities if e.type == label]
        record["statements"] = [s.to_dict() for s in self.statements]
        record["error"] = dict(self.error) if self.error else None
        if full:
            record["text"] = self.text
            record["tokens"] = [t.to_dict() for t in self.tokens]
            record["sentences"] = [s.to_dict() for s in self.sentences]
            record["mentions"] = [m.to_dict() for m in self.mentions]
            record["annotations"] = sorted(self.annotations)
        return record

    def to_json(self, *, full: bool = False, **kwargs: Any) -> str:
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(full=full), **kwargs)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], text: str | None = None) -> "Document":
        """Rebuild a Document from :meth:`to_dict` output (give ``text`` for a plain record).

        Entities come back grouped as in the record: people, places, organizations."""
        text = data.get("text", text)
        if text is None:
            raise ValueError("from_dict needs the article text: pass text= for a plain record")
        entities = tuple(Entity.from_dict(e) for key, _ in RECORD_GROUPS
                         for e in data.get(key, ()))
        return cls(
            text=text, id=data.get("id"), source=data.get("source"),
            tokens=tuple(Token.from_dict(t) for t in data.get("tokens", ())),
            sentences=tuple(Sentence.from_dict(s) for s in data.get("sentences", ())),
            mentions=tuple(Mention.from_dict(m) for m in data.get("mentions", ())),
            entities=entities,
            statements=tuple(Statement.from_dict(s) for s in data.get("statements", ())),
            error=data.get("error"),
            annotations=frozenset(data.get("annotations", ())),
        )

    def _repr_html_(self) -> str:
        from .display import render
        return render(self)

    def to_dataframes(self) -> dict[str, Any]:
        """pandas DataFrames ``entities``, ``mentions``, ``statements`` (extra [notebook])."""
        from .frames import to_dataframes
        return to_dataframes([self.to_dict()])
