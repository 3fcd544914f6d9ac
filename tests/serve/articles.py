"""Hand-made article records with entities, events, quotes, repairs and removed lines, so the API
and UI tests see facts whatever the extractors find today. Spans are computed from the text."""
from __future__ import annotations

import re

from cronaca.document import (Document, Entity, Event, Integrity, Mention, Quote, Removed, Repair, Source,
                              Span)

PUTIN, XI, RUSSIA, CHINA = "Q7747", "Q15031", "Q159", "Q148"
SHOIGU, WANG = "Q380793", "Q40597"
EVIL_ID = "x:person:evil"
SCRIPT = "<script>window.__pwned = 1</script>"


def _span(text: str, needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(start, start + len(needle), needle)


def _sentence(text: str, inner: Span) -> Span:
    bounds = [(m.start(), m.end()) for m in re.finditer(r"[^\s.!?][^.!?\n]*[.!?]?", text)]
    for start, end in bounds:
        if start <= inner.start < end:
            return Span(start, end, text[start:end])
    raise ValueError(f"no sentence holds {inner}")


def _document(text: str, title: str, language: str, published: str, uri: str) -> Document:
    doc = Document(raw=text, source=Source(uri=uri, outlet="Example News", published=published),
                   title=title, language=language, language_confidence=1.0, text=text, record=uri)
    doc.sentences = [(m.start(), m.end()) for m in re.finditer(r"[^\s.!?][^.!?\n]*[.!?]?", text)]
    return doc


def _entity(doc: Document, eid: str, name: str, etype: str, surfaces: list[str], country: str | None = None,
            roles: list[str] | None = None, in_kb: bool = True) -> Entity:
    mentions = []
    for surface in surfaces:
        for m in re.finditer(re.escape(surface), doc.text):
            mentions.append(Mention(m.start(), m.end(), surface, eid, rule="test.alias", confidence=0.9))
    entity = Entity(eid, name, etype, country=country, wikidata=eid if eid.startswith("Q") else None,
                    roles=roles or [], in_kb=in_kb, mentions=mentions)
    doc.entities.append(entity)
    return entity


def _event(doc: Document, eid: str, etype: str, source: list[str], target: list[str], trigger: str,
           status: str = "occurred", date: str | None = None, intensity: float = 1.0, mode: str | None = None,
           nth: int = 0) -> Event:
    trig = _span(doc.text, trigger, nth)
    event = Event(etype, source, target, status, date, trig, _sentence(doc.text, trig), mode=mode,
                  intensity=intensity, confidence=0.8, rule=f"test.{etype.lower()}", id=eid)
    doc.events.append(event)
    return event


def putin_xi() -> Document:
    text = ("Mercoledì il presidente russo Vladimir Putin ha avuto una videochiamata con il presidente cinese "
            "Xi Jinping. Putin ha definito la cooperazione \u201cveramente strategica\u201d. "
            "La Cina non ha condannato la Russia per la guerra. "
            "I due leader hanno concordato di mantenere stretti legami.")
    doc = _document(text, "Putin e Xi in videochiamata", "it", "2026-02-04", "https://example.org/putin-xi")
    _entity(doc, PUTIN, "Vladimir Putin", "PERSON", ["Vladimir Putin", "Putin"], "RUS",
            ["head of state of RUS, 2012-05-07.."])
    _entity(doc, XI, "Xi Jinping", "PERSON", ["Xi Jinping"], "CHN", ["head of state of CHN, 2013-03-14.."])
    _entity(doc, CHINA, "China", "COUNTRY", ["Cina"], "CHN")
    _entity(doc, RUSSIA, "Russia", "COUNTRY", ["Russia"], "RUS")
    _event(doc, "e0", "CONSULT", [PUTIN], [XI], "videochiamata", date="2026-02-04", intensity=1.0, mode="phone")
    _event(doc, "e1", "ACCUSE", [CHINA], [RUSSIA], "condannato", status="negated", date="2026-02-04",
           intensity=-2.0)
    _event(doc, "e2", "AGREE", [PUTIN, XI], [XI, PUTIN], "concordato", date="2026-02-04", intensity=2.0)
    quote = _span(text, "veramente strategica")
    doc.quotes.append(Quote(quote.start, quote.end, quote.text, PUTIN, "Putin", True,
                            cue=_span(text, "ha definito"), confidence=0.9, rule="test.quote"))
    leader = _span(text, "leader")
    doc.integrity = Integrity(score=0.7, flags=["spinner"],
                              repairs=[Repair("substitution", leader.start, leader.end, "chief", "leader", 0.9,
                                              "test.spinner")],
                              removed=[Removed("caption", "Putin al Cremlino (Credito immagine: AP)", "test.caption")])
    return doc


def shoigu_wang() -> Document:
    text = ("Russian Security Council secretary Sergei Shoigu met Chinese Foreign Minister Wang Yi in Beijing "
            "on Saturday. Russia and China agreed to deepen their cooperation on energy.")
    doc = _document(text, "Shoigu meets Wang Yi in Beijing", "en", "2026-01-31", "https://example.org/shoigu")
    _entity(doc, SHOIGU, "Sergei Shoigu", "PERSON", ["Sergei Shoigu"], "RUS")
    _entity(doc, WANG, "Wang Yi", "PERSON", ["Wang Yi"], "CHN")
    _entity(doc, RUSSIA, "Russia", "COUNTRY", ["Russia"], "RUS")
    _entity(doc, CHINA, "China", "COUNTRY", ["China"], "CHN")
    _event(doc, "e0", "CONSULT", [SHOIGU], [WANG], "met", date="2026-01-31", intensity=1.0, mode="visit")
    _event(doc, "e1", "COOPERATE", [RUSSIA], [CHINA], "agreed to deepen", date="2026-01-31", intensity=3.0)
    return doc


def energy_deal() -> Document:
    text = ("Russia and China signed an energy agreement in December. "
            "Putin said the deal was \u201ca new chapter\u201d for both countries.")
    doc = _document(text, "Energy deal", "en", "2025-12-20", "https://example.org/energy")
    _entity(doc, RUSSIA, "Russia", "COUNTRY", ["Russia"], "RUS")
    _entity(doc, CHINA, "China", "COUNTRY", ["China"], "CHN")
    _entity(doc, PUTIN, "Vladimir Putin", "PERSON", ["Putin"], "RUS")
    _event(doc, "e0", "COOPERATE", [RUSSIA], [CHINA], "signed", date="2025-12", intensity=4.0)
    quote = _span(text, "a new chapter")
    doc.quotes.append(Quote(quote.start, quote.end, quote.text, PUTIN, "Putin", True,
                            cue=_span(text, "said"), confidence=0.8, rule="test.quote"))
    return doc


def hostile() -> Document:
    """Scraped news is untrusted: script and markup in the title, text, names and quotes."""
    text = (f"Breaking {SCRIPT} news: <img src=x onerror=\"window.__pwned = 2\"> Mallory <b>Evil</b> "
            "threatened Russia. He said \u201c<script>window.__pwned = 3</script>\u201d to reporters.")
    doc = _document(text, f"{SCRIPT}<b>Hostile</b> title", "en", "2026-02-01", "javascript:alert(1)")
    _entity(doc, EVIL_ID, "Mallory <b>Evil</b><script>window.__pwned = 4</script>", "PERSON",
            ["Mallory <b>Evil</b>"], in_kb=False)
    _entity(doc, RUSSIA, "Russia", "COUNTRY", ["Russia"], "RUS")
    _event(doc, "e0", "THREATEN", [EVIL_ID], [RUSSIA], "threatened", date="2026-02-01", intensity=-4.0)
    quote = _span(text, "<script>window.__pwned = 3</script>")
    doc.quotes.append(Quote(quote.start, quote.end, quote.text, EVIL_ID, "Mallory", True, confidence=0.7,
                            rule="test.quote"))
    doc.integrity.removed.append(Removed("teaser", f"Read more {SCRIPT}", "test.teaser"))
    return doc


def all_documents() -> list[Document]:
    return [putin_xi(), shoigu_wang(), energy_deal(), hostile()]
