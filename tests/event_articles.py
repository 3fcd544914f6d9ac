"""Two hand-made articles with entities, events, quotes, repairs and removed lines, for the
DataFrame and event-export tests. Every offset is computed from the text, so the spans are real."""
from __future__ import annotations

from cronaca.document import (Document, Entity, Event, Integrity, Mention, Quote, Removed, Repair, Source,
                              Span, Tone)

IT_TEXT = ("Mosca, 4 febbraio. Putin ha parlato al telefono con Xi, secondo AP. "
           "La Russia e la Cina coopereranno nel settore dell'energia a marzo. "
           "Un attacco ha colpito la periferia. Putin ha detto: «amici veri».")
EN_TEXT = "Vladimir Putin spoke by phone\twith Xi Jinping on Wednesday,\nthe Kremlin said."


def at(text: str, words: str, after: int = 0) -> Span:
    start = text.index(words, after)
    return Span.of(text, start, start + len(words))


def sentence_of(text: str, words: str) -> Span:
    """The sentence holding ``words``: from the previous ". " (or the start) to its closing period."""
    inside = text.index(words)
    start = text.rfind(". ", 0, inside)
    start = 0 if start < 0 else start + 2
    end = text.index(".", inside + len(words)) + 1
    return Span.of(text, start, end)


def entity(text: str, qid: str, name: str, type_: str, country: str | None, *words: str) -> Entity:
    mentions = []
    for w in words:
        span = at(text, w)
        mentions.append(Mention(span.start, span.end, span.text, qid, "test:name"))
    return Entity(qid, name, type_, country, wikidata=qid, mentions=mentions)


def italian_article() -> Document:
    text = IT_TEXT
    doc = Document(raw=text, source=Source(uri="https://notizie.example.it/a", outlet="Il Test",
                                           published="2026-02-04"), language="it")
    doc.text = text
    doc.title = "Putin e Xi al telefono"
    doc.entities = [
        entity(text, "Q7747", "Vladimir Putin", "PERSON", "RUS", "Putin"),
        entity(text, "Q15031", "Xi Jinping", "PERSON", "CHN", "Xi"),
        entity(text, "Q159", "Russia", "COUNTRY", "RUS", "Russia"),
        entity(text, "Q148", "China", "COUNTRY", "CHN", "Cina"),
        entity(text, "Q649", "Moscow", "PLACE", "RUS", "Mosca"),
        entity(text, "Q40469", "Associated Press", "MEDIA", "USA", "AP"),
    ]
    doc.events = [
        Event("CONSULT", ["Q7747"], ["Q15031"], "occurred", "2026-02-04", at(text, "parlato al telefono"),
              sentence_of(text, "parlato"), mode="phone", location="Q649", according_to="Q40469",
              intensity=1.5, confidence=0.9, rule="test:consult", id="e1"),
        Event("COOPERATE", ["Q159", "Q148"], [], "planned", "2026-03", at(text, "coopereranno"),
              sentence_of(text, "coopereranno"), date_text="a marzo", intensity=9.5, confidence=0.7,
              rule="test:cooperate", id="e2"),
        Event("ASSAULT", [], [], "occurred", None, at(text, "attacco"), sentence_of(text, "attacco"),
              intensity=-9.0, confidence=0.6, rule="test:assault", id="e3"),
    ]
    quote = at(text, "amici veri")
    doc.quotes = [Quote(quote.start, quote.end, quote.text, "Q7747", "Putin", True,
                        cue=at(text, "ha detto"), according_to="Q40469", confidence=0.8, rule="test:quote",
                        speaker_span=at(text, "Putin", quote.start - 30))]
    fixed = at(text, "settore")
    doc.integrity = Integrity(0.8, ["spinner"], [Repair("substitution", fixed.start, fixed.end, "sector",
                                                        "settore", 0.9, "test:spinner")],
                              [Removed("caption", "Foto: Putin al Cremlino", "test:caption")])
    doc.tone = Tone(-2.5, 1.0, 3.5, 30)
    return doc


def english_article() -> Document:
    """Another outlet's report of the same phone call, a day later."""
    text = EN_TEXT
    doc = Document(raw=text, source=Source(uri="https://news.example.org/b", outlet="Example News",
                                           published="2026-02-05"), language="en")
    doc.text = text
    doc.entities = [
        entity(text, "Q7747", "Vladimir Putin", "PERSON", "RUS", "Vladimir Putin"),
        entity(text, "Q15031", "Xi Jinping", "PERSON", "CHN", "Xi Jinping"),
    ]
    doc.events = [Event("CONSULT", ["Q7747"], ["Q15031"], "occurred", "2026-02-04", at(text, "spoke by phone"),
                        Span.of(text, 0, len(text)), mode="phone", intensity=1.5, confidence=0.8,
                        rule="test:consult", id="e1")]
    doc.tone = Tone(1.0, 2.0, 1.0, 12)
    return doc
