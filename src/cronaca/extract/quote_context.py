"""The working state of the quotes stage for one document, shared by quote finding and speakers.

Mentions that can speak (no adjectives, no plain places, none inside quotations or cited sources),
the quotation-mark pairs, the speech cues (none inside a quotation, none capitalised inside a
sentence: "The United States said"), the reported contents found so far and the speakers resolved.
Cues and mentions inside quotations are kept apart (``inner_*``): an attribution set inside the
marks ("«Siamo pronti - ha detto il ministro - a trattare»") names the quotation's speaker.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from cronaca.document import Document, Mention, Quote
from cronaca.extract.locate import sentence_bounds
from cronaca.extract.quotemarks import find_quoted
from cronaca.extract.sources import cues_for
from cronaca.extract.speech import Cue, SpeechData, abbreviations, calendar_words

if TYPE_CHECKING:
    from cronaca.link.governed import GovernedCountry
    from cronaca.extract.speaker_record import Speaker

WORD = re.compile(r"\w+")
#: Punctuation that ends a speaker phrase ("Mr." is handled by the caller).
PHRASE_BREAK = re.compile(r"[,.;:!?“”«»„\"‹›()\n—–]")
CLOSING_MARKS = "”»“\"›’«'"
QUOTE_MARKS = "“”„«»‹›\"‘’‚"


#: The last word before a position, followed only by spaces.
_LAST_WORD = re.compile(r"(\w+)[ \u00a0]+$")


class QuoteContext:
    """Per-document working state: mentions, quotations, cues, resolved speakers."""

    def __init__(self, doc: Document, speech: SpeechData) -> None:
        self.doc = doc
        self.text = doc.text
        self.speech = speech
        self.quoted = find_quoted(doc.text)
        self.quoted_starts = [q.open for q in self.quoted]
        source_starts = {s.start for s in doc.sources}
        types = {e.id: e.type for e in doc.entities}
        self.mentions: list[Mention] = []
        self.inner_mentions: list[Mention] = []
        self.country_adjectives: list[Mention] = []  # "la présidence française": France speaking
        # names the linker typed PLACE with no KB entry ("ha detto Della Valle"): kept apart, since a
        # place says nothing, but one standing where only a speaker can stand is a person's name
        unknown = {e.id for e in doc.entities if e.type == "PLACE" and not e.in_kb}
        self.unknown_places: list[Mention] = []
        for m in doc.mentions():
            etype = types.get(m.entity_id, "")
            if m.kind == "adjective" and etype == "COUNTRY":
                self.country_adjectives.append(m)
            if m.entity_id in unknown and m.kind in ("name", "surname") and not self.in_quote(m.start):
                self.unknown_places.append(m)
            if m.kind == "adjective" or (etype == "PLACE" and m.kind != "metonym"):
                continue
            if m.start in source_starts:
                continue
            if self.in_quote(m.start):
                if not self.inner_mentions or m.start >= self.inner_mentions[-1].end:
                    self.inner_mentions.append(m)
                continue
            if self.mentions and m.start < self.mentions[-1].end:
                continue  # nested inside a longer mention already kept
            if m.kind == "title" and self._designate(m):
                continue  # "il premier in pectore": the title of an office he does not hold yet
            self.mentions.append(m)
        self.mention_starts = [m.start for m in self.mentions]
        self.types = types
        self.names = {e.id: e.name for e in doc.entities}
        self.kinds = {e.id: e.kind for e in doc.entities if e.kind}  # organisation kinds (link/org_kinds.py)
        self.inner_mention_starts = [m.start for m in self.inner_mentions]
        found = speech.find(doc.text)
        self.cues = [c for c in found if not self.in_quote(c.start) and not self._capitalised_inside(c.start)
                     and not self._infinitive(c.start)]
        self.inner_cues = [c for c in found if self.in_quote(c.start)]
        self.inner_cue_starts = [c.start for c in self.inner_cues]
        self.cue_starts = [c.start for c in self.cues]
        source_cues = cues_for(doc.language).cues  # "según", "according to": attribution, never a speaker
        self.source_cues = list(source_cues.finditer(doc.text)) if source_cues is not None else []
        self.source_cue_spans = {(m.start(), m.end()) for m, _row in self.source_cues}
        self.contents: list[tuple[int, int, Cue]] = []  # reported content spans, by cue
        self.content_rules: dict[int, str] = {}
        self.following: set[int] = set()  # cues whose reported content follows them
        self.preposed: dict[int, int] = {}  # cue start -> the comma after the content before it
        self.anaphoric: set[int] = set()  # cues after a pronoun pointing back ("Lo ha detto X")
        self.calendar_words = calendar_words(doc.language)
        self.abbreviations = abbreviations(doc.language)
        self.speakers: dict[int, Speaker] = {}
        self.genders: dict[str, str | None] = {}  # PERSON entity id -> F | M | None (speaker_gender)
        self.quotes: list[Quote] = []
        self.governed: GovernedCountry | None = None  # whose a bare "officials" is: built on first use (state_speakers)

    def _designate(self, m: Mention) -> bool:
        """A title with a word next to it saying its holder is only chosen ("il premier in pectore",
        "el presidente electo", "der designierte Kanzler"): the linker's incumbent is not meant; the
        phrase then names whom it introduced, as a role noun does."""
        pattern = self.speech.designate
        if pattern is None:
            return False
        if self.text[m.end:m.end + 1] == " " and pattern.match(self.text, m.end + 1):
            return True
        return any(x.end() == m.start - 1 and self.text[x.end()] == " "
                   for x in pattern.finditer(self.text, max(0, m.start - 30), m.start))

    def _infinitive(self, pos: int) -> bool:
        """In a verb-second language the infinitive marker before a verb makes it an infinitive, never
        the finite verb of a report: "Umso höher sei die Leistung zu bewerten", "Er weigerte sich, das
        zu erklären" (the plural present "bewerten", "erklären" is read as a cue elsewhere)."""
        if not self.speech.verb_second:
            return False
        before = _LAST_WORD.search(self.text, max(0, pos - 20), pos)
        return before is not None and before.group(1).lower() in self.speech.infinitive_markers

    def _capitalised_inside(self, pos: int) -> bool:
        """A capitalised word inside a sentence is a name, not a verb: "The United States said"."""
        if not self.text[pos].isupper():
            return False
        sent_start, _ = sentence_bounds(self.doc, pos)
        return bool(self.text[sent_start:pos].strip(" \t\n\"'“”«»„‘’‹›—–-("))

    def in_quote(self, pos: int) -> bool:
        i = bisect_right(self.quoted_starts, pos) - 1
        return i >= 0 and self.quoted[i].open <= pos < self.quoted[i].close


def quote_between(ctx: QuoteContext, a: int, b: int) -> bool:
    i = bisect_left(ctx.quoted_starts, a)
    return i < len(ctx.quoted) and ctx.quoted[i].open < b


def cue_between(ctx: QuoteContext, a: int, b: int) -> bool:
    """A verb of saying stands in [a, b): the words there are its speaker's, not a source's."""
    j = bisect_left(ctx.cue_starts, a)
    return j < len(ctx.cues) and ctx.cues[j].start < b
