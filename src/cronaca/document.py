"""The data model: one Document flows through every stage and becomes one Article record.

All offsets are Python ``str`` indices (code points) into ``Document.text`` (the cleaned text),
end exclusive, so every fact can point back to the exact characters it came from.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any

SCHEMA_VERSION = "1"


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Repair:
    """One change the clean stage made; ``start``/``end`` locate ``after`` in the cleaned text."""

    kind: str  # substitution | glue | mojibake | whitespace | other
    start: int
    end: int
    before: str
    after: str
    confidence: float
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "start": self.start, "end": self.end, "before": self.before,
            "after": self.after, "confidence": round(self.confidence, 3), "rule": self.rule,
        }


@dataclass(slots=True)
class Removed:
    """Text taken out of the body (caption, credit, teaser...), kept so nothing is lost."""

    kind: str  # caption | credit | teaser | navigation | advert | other
    text: str
    rule: str = ""
    raw_start: int | None = None  # offset in the raw input, when known

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "text": self.text}
        if self.rule:
            out["rule"] = self.rule
        if self.raw_start is not None:
            out["raw_start"] = self.raw_start
        return out


@dataclass(slots=True)
class Integrity:
    score: float = 1.0
    flags: list[str] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)

    def flag(self, name: str) -> None:
        if name not in self.flags:
            self.flags.append(name)

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": round(self.score, 3),
            "flags": list(self.flags),
            "repairs": [r.to_dict() for r in self.repairs],
            "removed": [r.to_dict() for r in self.removed],
        }


@dataclass(slots=True)
class Mention:
    """A stretch of text that refers to an entity, and how it was recognised."""

    start: int
    end: int
    text: str
    entity_id: str
    rule: str
    confidence: float = 1.0
    kind: str = "name"  # name | surname | title | adjective | acronym | pronoun

    def span(self) -> Span:
        return Span(self.start, self.end, self.text)


@dataclass(slots=True)
class Entity:
    id: str
    name: str
    type: str  # PERSON | ORG | COUNTRY | PLACE | GROUP | MEDIA
    country: str | None = None
    wikidata: str | None = None
    roles: list[str] = field(default_factory=list)
    in_kb: bool = True
    mentions: list[Mention] = field(default_factory=list)
    # named by no span of the text, only held by an event ("attacked Kharkiv": Ukraine); evaluation
    # scores the entities the text names, so it skips these (not serialised: mentions are empty)
    implied: bool = False
    # what an organisation is ("company", "agency", "party"... kb/data/SCHEMA.md), when the KB or the
    # noun that introduced it says (link/org_kinds.py); None for other types and untyped bodies
    kind: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "type": self.type, "country": self.country,
            "wikidata": self.wikidata, "roles": list(self.roles), "in_kb": self.in_kb, "kind": self.kind,
            "mentions": [
                {"start": m.start, "end": m.end, "text": m.text, "rule": m.rule,
                 "kind": m.kind, "confidence": round(m.confidence, 3)}
                for m in self.mentions
            ],
        }


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    text: str
    speaker: str | None
    speaker_text: str | None
    direct: bool
    cue: Span | None = None
    according_to: str | None = None
    confidence: float = 0.5
    rule: str = ""
    speaker_span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start, "end": self.end, "text": self.text, "speaker": self.speaker,
            "speaker_text": self.speaker_text, "direct": self.direct,
            "cue": self.cue.to_dict() if self.cue else None,
            "according_to": self.according_to, "confidence": round(self.confidence, 3),
            "rule": self.rule,
            "speaker_span": self.speaker_span.to_dict() if self.speaker_span else None,
        }


@dataclass(slots=True)
class Event:
    type: str
    source: list[str]
    target: list[str]
    status: str  # occurred | planned | negated | hypothetical
    date: str | None
    trigger: Span
    sentence: Span
    mode: str | None = None
    location: str | None = None
    date_text: str | None = None
    according_to: str | None = None
    intensity: float = 0.0
    confidence: float = 0.5
    rule: str = ""
    id: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "type": self.type, "mode": self.mode, "source": list(self.source),
            "target": list(self.target), "location": self.location, "status": self.status,
            "date": self.date, "date_text": self.date_text, "trigger": self.trigger.to_dict(),
            "sentence": self.sentence.to_dict(), "according_to": self.according_to,
            "intensity": round(self.intensity, 2), "confidence": round(self.confidence, 3),
            "rule": self.rule,
        }


@dataclass(slots=True)
class TimeExpression:
    """A date in the text, resolved against the publication date (day or month precision)."""

    start: int
    end: int
    text: str
    value: str | None  # YYYY-MM-DD or YYYY-MM (or YYYY); None when it cannot be resolved
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "value": self.value,
                "rule": self.rule}


@dataclass(slots=True)
class CitedSource:
    """An outlet or agency the article relies on ("secondo AP", "according to Reuters", an agency's
    credit "Mit Material von dpa" or dateline "MADRID (EFE) -").

    ``start``/``end`` (and ``cue``) are offsets into ``Document.text``, except for a source read from
    a removed credit (``removed``: the index of its record in ``integrity.removed``, offsets into that
    record's text) or from the page's authors (``author``: the index in ``source.authors``, offsets
    into that name)."""

    entity_id: str
    start: int  # the mention of the source
    end: int
    text: str
    cue: Span | None = None
    rule: str = ""
    confidence: float = 0.5
    removed: int | None = None
    author: int | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"entity": self.entity_id, "start": self.start, "end": self.end, "text": self.text,
                               "cue": self.cue.to_dict() if self.cue else None,
                               "confidence": round(self.confidence, 3), "rule": self.rule}
        if self.removed is not None:
            out["removed"] = self.removed
        if self.author is not None:
            out["author"] = self.author
        return out


@dataclass(slots=True)
class Tone:
    score: float = 0.0
    positive: float = 0.0
    negative: float = 0.0
    words: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"score": round(self.score, 3), "positive": self.positive,
                "negative": self.negative, "words": self.words}


@dataclass(slots=True)
class Source:
    uri: str | None = None
    outlet: str | None = None
    published: str | None = None
    format: str = "text"
    authors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"uri": self.uri, "outlet": self.outlet, "published": self.published,
                "format": self.format, "authors": list(self.authors)}


@dataclass(slots=True)
class Document:
    """The one currency of the pipeline: raw input in, annotations added stage by stage."""

    raw: str
    source: Source = field(default_factory=Source)
    record: str = ""  # where it came from, for error messages: "path", "path:line", "<stdin>"
    title: str | None = None
    language: str | None = None  # forced by the caller, or set by the language stage
    language_confidence: float = 0.0
    text: str = ""
    sentences: list[tuple[int, int]] = field(default_factory=list)
    integrity: Integrity = field(default_factory=Integrity)
    entities: list[Entity] = field(default_factory=list)
    dates: list[TimeExpression] = field(default_factory=list)
    sources: list[CitedSource] = field(default_factory=list)
    # sources the article credits as a whole (an agency's signature, credit or dateline), kept apart
    # from ``sources`` (citations in its sentences, which quotes and events are attributed to)
    credits: list[CitedSource] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    tone: Tone = field(default_factory=Tone)
    removed_meta: dict[str, Any] = field(default_factory=dict)  # bylines, datelines, captions from HTML

    @property
    def id(self) -> str:
        return article_id(self.text)

    def sentence_spans(self) -> list[Span]:
        return [Span.of(self.text, s, e) for s, e in self.sentences]

    def mentions(self) -> list[Mention]:
        """Every mention of every entity, in text order."""
        return sorted((m for e in self.entities for m in e.mentions), key=lambda m: (m.start, -m.end))

    def entity(self, entity_id: str) -> Entity | None:
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        return None

    def to_dict(self) -> dict[str, Any]:
        """The article contract (spec/article.schema.json)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "source": self.source.to_dict(),
            "language": self.language or "und",
            "language_confidence": round(self.language_confidence, 3),
            "title": self.title,
            "text": self.text,
            "sentences": [{"start": s, "end": e} for s, e in self.sentences],
            "integrity": self.integrity.to_dict(),
            "entities": [e.to_dict() for e in self.entities],
            "dates": [d.to_dict() for d in self.dates],
            "cited_sources": [c.to_dict() for c in (*self.sources, *self.credits)],
            "quotes": [q.to_dict() for q in self.quotes],
            "events": [e.to_dict() for e in self.events],
            "tone": self.tone.to_dict(),
            "metadata": self.removed_meta,
        }


def day_of(value: str | None) -> date | None:
    """The day a date string of the model names ("YYYY-MM-DD" or full ISO 8601), else None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def article_id(text: str) -> str:
    """Stable id of an article: a hash of its cleaned text, so re-ingesting is idempotent."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]

#: What the pipeline returns: a Document with all its annotations.
Article = Document
