"""Quotes: direct and indirect speech with speaker, cue and according_to.

Direct quotes are the outermost quotation-mark pairs (``quotemarks``). Each one looks for its speech
cue (``speech``) in the sentences it spans, in this order:
1. right after it ("“...”, ha affermato", "“...,” the daily wrote", "„...“, so Merz"),
2. the nearest cue before it with no other quotation in between ("Putin said: “...”",
   "definendola “...”", and the second half of a split quote "“...”, ha detto Putin, “...”"),
3. any other cue in the sentence.
Scare quotes: a quote of one or two words is kept only when its cue is next to it (no clause
boundary in between: "definendola “veramente strategica”", "described ties as a “stabilising”
factor"); a quote with no cue at all is kept only when it is a full utterance of at least
``NO_CUE_MIN_WORDS`` words, and takes the speaker of the previous quote. Everything else ("the
“exemplary” nature", a headline's “Smaschera”) is emphasis, not speech, and is dropped.

Indirect quotes: a cue of kind indirect|both followed by
- a complementizer ("che", "that", "que", "dass"; a short object may stand between: "told
  reporters that"), or
- a clause opener from the language data ("said he would", "said the plan") or, when the verb
  already has its subject, a capitalised word that is not a weekday or month ("says Hillary
  Clinton is lying").
The content runs to the end of the sentence, cut before a comma that introduces another cue or a
cited source (", ha riferito AP") and before a conjunction that joins a second speech verb
("... e ha osservato che"). Preposed content: a verb near the end of its sentence after a comma
("The talks failed, a senior official said.", "La situazione è grave, ha detto il ministro.")
reports the clause before the comma; when the sentence goes on after the verb ("X, ha detto il
ministro, Y") the verb is parenthetical and the whole sentence is the content. Not when that
clause has its own verb of saying or a quotation, or the verb is a cited source's cue
(", AP reported").

Speaker of a cue (first that applies):
- a cue inside the reported content of an earlier cue of the same sentence ("ha affermato che ...
  quella che ha descritto come “...”") keeps that earlier speaker, unless a mention stands right
  before it;
- inverted order, right after a quote or a comma: the entity mention right after the cue
  ("ha detto Putin", "said Johnson");
- the nearest entity mention before the cue in the same sentence, outside quotations, cited sources
  and earlier reported content (subject position: "Xi, nei commenti ..., ha detto");
- a subject pronoun next to the cue ("she said", "a-t-il déclaré", "sagte er") or no subject at all
  ("Ha affermato che", Italian drops subject pronouns): carry-over (below);
- a plain noun phrase next to the cue when no entity is there ("a spokesman said",
  "ha detto il portavoce"): speaker None, speaker_text that phrase; a definite role noun ("ha
  aggiunto il senatore") takes the PERSON quoted last, within ``CARRY_SENTENCES`` sentences;
Carry-over: walking back at most ``CARRY_SENTENCES`` sentences, the speaker of the last quote of the
nearest sentence that has one, else that sentence's subject (its first PERSON, ORG or GROUP
mention outside quotations and cited sources).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import ClassVar

from cronaca.document import Document, Mention, Quote, Span
from cronaca.extract.quotemarks import QuotedSpan, find_quoted
from cronaca.extract.sources import according_to, cues_for
from cronaca.extract.speech import Cue, CueRow, SpeechData, abbreviations, calendar_words, speech_data
from cronaca.extract.locate import sentence_bounds, sentence_index
from cronaca.pipeline import register

NO_CUE_MIN_WORDS = 6
SHORT_QUOTE_WORDS = 2
TITLE_WORDS = 6
CARRY_SENTENCES = 3
#: Most characters between a quote and a cue that follows it ("“...,” the influential US daily wrote").
RIGHT_GAP = 60
#: Most characters between a short quote and the cue before it.
SHORT_LEFT_GAP = 45
#: Most characters between a speaker mention and its cue.
SUBJECT_GAP = 80
AFTER_GAP = 50
#: Most words between a verb and the speaker after it ("said the senior US official Smith").
AFTER_WORDS = 4
PHRASE_WORDS = 6
APPOSITIVE_WORDS = 4
ROLE_NOUN_WORDS = 3
#: Most words after a verb whose reported content came before it (", sources said on Friday.").
PREPOSED_TAIL_WORDS = 8
SUBJECT_TYPES = frozenset({"PERSON", "ORG", "GROUP"})

_WORD = re.compile(r"\w+")
_CLAUSE_BREAK = re.compile(r"[.;:!?“”«»„\"‹›()\n]")
_CONTINUED_BREAK = re.compile(r"[;:!?“”«»„\"‹›\n]")
_COLON_GAP = re.compile(r"[^.!?\n]{0,40}:\s*")
_NEXT_CHAR = re.compile(r"\s*(\S)")
_NEXT_WORD = re.compile(r"\s+(\w+)")
_HYPHEN_PRONOUN = re.compile(r"-(?:t-)?(\w+)")
_TRANSCRIPT = re.compile(r"([A-Z][A-Z.' -]{1,30}[A-Z]):\s+")
_CLOSING_MARKS = "”»“\"›’«'"
_QUOTE_MARKS = "“”„«»‹›\"‘’‚"
_NEXT_CAPITAL = re.compile(r"\s+(?=([A-Z][\w’'-]*)\s+[\w’'-]+\s+\w)")
_WORD_BEFORE = re.compile(r"\w+$")
_PHRASE_BREAK = re.compile(r"[,.;:!?“”«»„\"‹›()\n—–]")


@dataclass(slots=True)
class Speaker:
    entity_id: str | None
    text: str | None
    span: Span | None
    rule: str


_NOBODY = Speaker(None, None, None, "none")


class _Context:
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
        for m in doc.mentions():
            etype = types.get(m.entity_id, "")
            if m.kind == "adjective" or (etype == "PLACE" and m.kind != "metonym"):
                continue
            if m.start in source_starts or self.in_quote(m.start):
                continue
            if self.mentions and m.start < self.mentions[-1].end:
                continue  # nested inside a longer mention already kept
            self.mentions.append(m)
        self.mention_starts = [m.start for m in self.mentions]
        self.types = types
        self.cues = [c for c in speech.find(doc.text)
                     if not self.in_quote(c.start) and not self._capitalised_inside(c.start)]
        self.cue_starts = [c.start for c in self.cues]
        self.contents: list[tuple[int, int, Cue]] = []  # reported content spans, by cue
        self.content_rules: dict[int, str] = {}
        self.following: set[int] = set()  # cues whose reported content follows them
        self.preposed: dict[int, int] = {}  # cue start -> the comma after the content before it
        self.calendar_words = calendar_words(doc.language)
        self.abbreviations = abbreviations(doc.language)
        self.speakers: dict[int, Speaker] = {}
        self.quotes: list[Quote] = []

    def _capitalised_inside(self, pos: int) -> bool:
        """A capitalised word inside a sentence is a name, not a verb: "The United States said"."""
        if not self.text[pos].isupper():
            return False
        sent_start, _ = sentence_bounds(self.doc, pos)
        return bool(self.text[sent_start:pos].strip(" \t\n\"'“”«»„‘’‹›—–-("))

    def in_quote(self, pos: int) -> bool:
        i = bisect_right(self.quoted_starts, pos) - 1
        return i >= 0 and self.quoted[i].open <= pos < self.quoted[i].close


def find_quotes(doc: Document) -> list[Quote]:
    speech = speech_data(doc.language)
    if speech.cues is None or not doc.text:
        return []
    ctx = _Context(doc, speech)
    _reported_contents(ctx)
    events: list[tuple[int, int, object]] = [(q.open, 0, q) for q in ctx.quoted]
    events += [(s, 1, (s, e, cue)) for s, e, cue in ctx.contents]
    for _pos, order, item in sorted(events, key=lambda x: (x[0], x[1])):
        if order == 0:
            _direct(ctx, item)  # type: ignore[arg-type]
        else:
            _indirect(ctx, *item)  # type: ignore[misc]
    _according(ctx)
    ctx.quotes.sort(key=lambda q: (q.start, q.end))
    return ctx.quotes


def _according(ctx: _Context) -> None:
    """"According to the senator, the plan failed." / "The plan failed, according to the senator.":
    the attribution cues of ``source_cues.tsv`` (kind according) in front of a person or a phrase
    that is not a cited outlet make reported speech."""
    cues = cues_for(ctx.doc.language).cues
    if cues is None:
        return
    text = ctx.text
    cited = {src.cue.start for src in ctx.doc.sources if src.cue is not None}
    for match, row in cues.finditer(text):
        if row.kind != "according" or "before" not in row.positions or match.start() in cited \
                or ctx.in_quote(match.start()):
            continue
        sent_start, sent_end = sentence_bounds(ctx.doc, match.start())
        stops = _phrase_breaks(ctx, match.end(), sent_end)
        who_end = stops[0] if stops else sent_end
        lead = text[sent_start:match.start()].strip()
        if not lead:  # "According to X, <content>."
            if who_end >= sent_end or text[who_end] != ",":
                continue
            start, end = _skip_space(text, who_end + 1), sent_end
        elif lead.endswith(",") and who_end >= sent_end - 1:  # "<content>, according to X."
            start, end = sent_start, sent_start + len(text[sent_start:match.start()].rstrip()) - 1
        else:
            continue
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?…"):
            end -= 1
        if len(_WORD.findall(text, start, end)) < 3 or _quote_between(ctx, start, end):
            continue
        m = _mention_after(ctx, match.end(), who_end)
        if m is not None:
            speaker = _from_mention(ctx, m, "after")
        else:
            phrase = _phrase_after(ctx, match.end(), who_end)
            if phrase is None:
                continue
            speaker = Speaker(None, phrase.text, phrase, "phrase")
        cue = Cue(match.start(), match.end(), CueRow(row.cue, "indirect", "according"))
        _emit(ctx, start, end, False, cue, speaker, "indirect:according", _confidence(speaker, 0.7))


# ---- reported (indirect) content ---------------------------------------------------------------

def _reported_contents(ctx: _Context) -> None:
    comp = ctx.speech.complementizer
    if comp is None:
        return
    text = ctx.text
    for i, cue in enumerate(ctx.cues):
        if cue.row.kind == "direct" or cue.row.tense == "postquote":
            continue
        m = comp.match(text, cue.end)
        if m is not None and _object_before_relative(ctx, cue.end, m.end()):
            m = None
        rule = "complementizer"
        if (not m or _CLAUSE_BREAK.search(text, cue.end, m.end())) and cue.row.tense != "gerund":
            m = _bare_clause(ctx, cue)
            rule = "bare"
        sent_start, sent_end = sentence_bounds(ctx.doc, cue.start)
        if not m or _CLAUSE_BREAK.search(text, cue.end, m.end()):
            preposed = _preposed(ctx, cue, sent_start, sent_end)
            if preposed is not None:
                start, end, comma = preposed
                ctx.contents.append((start, end, cue))
                ctx.content_rules[start] = "preposed" if end <= comma else "parenthetical"
                ctx.preposed[cue.start] = comma
            continue
        start = _skip_space(text, m.end())
        end = _content_end(ctx, i, start, sent_end)
        if end - start < 3 or not _WORD.search(text, start, end):
            continue
        ctx.contents.append((start, end, cue))
        ctx.content_rules[start] = rule
        ctx.following.add(cue.start)


def _object_before_relative(ctx: _Context, start: int, end: int) -> bool:
    """ "ha sottolineato i forti legami che uniscono...": words that open with an article make a
    noun phrase, and the "che" after it starts a relative clause, not reported speech."""
    words = _WORD.findall(ctx.text, start, end)
    return len(words) > 1 and words[0].lower() in ctx.speech.articles


def _bare_clause(ctx: _Context, cue: Cue) -> re.Match[str] | None:
    """A reported clause right after the verb, without complementizer: "said he would",
    "says Hillary Clinton is lying" (a name counts when the verb already has its subject)."""
    if ctx.speech.opener is None:
        return None
    m = ctx.speech.opener.match(ctx.text, cue.end)
    if m is not None:
        return m
    m = _NEXT_CAPITAL.match(ctx.text, cue.end)
    if m is None or m.group(1).lower() in ctx.calendar_words:
        return None
    sent_start, _ = sentence_bounds(ctx.doc, cue.start)
    before = ctx.text[sent_start:cue.start].rstrip()
    if not _WORD.search(before) or before.endswith((",", *_CLOSING_MARKS)):
        return None  # "said Trump": the name is the subject, not a clause
    return m


def _preposed(ctx: _Context, cue: Cue, sent_start: int, sent_end: int) -> tuple[int, int, int] | None:
    """Reported speech before the verb: "The plan failed, sources said." / ", said Mr. Burman." """
    text = ctx.text
    tail = text[cue.end:sent_end]
    stop = tail.find(",")
    after = tail if stop == -1 else tail[:stop]
    if len(_WORD.findall(after)) > PREPOSED_TAIL_WORDS or any(c in after for c in _QUOTE_MARKS):
        return None
    # "Se ciò non avvenisse, ha detto, ci saranno conseguenze": the content surrounds the verb
    parenthetical = stop != -1 and len(_WORD.findall(tail[stop:])) >= 3
    comma = text.rfind(",", sent_start, cue.start)
    if comma == -1 or len(_WORD.findall(text, comma, cue.start)) > PHRASE_WORDS:
        return None
    start = sent_start
    i = bisect_left(ctx.quoted_starts, comma) - 1
    if i >= 0 and ctx.quoted[i].close > sent_start:
        return None  # a quotation in the clause: the direct quote carries it
    while start < comma and text[start].isspace():
        start += 1
    end = comma
    j = bisect_left(ctx.cue_starts, start)
    if j < len(ctx.cues) and ctx.cues[j].start < end:
        return None  # "Ha affermato che ..., ha riferito AP": the clause has its own verb of saying
    if any(src.cue is not None and src.cue.start == cue.start for src in ctx.doc.sources):
        return None  # "..., AP reported": a cited source, not a speaker
    if len(_WORD.findall(text, start, end)) < 3:
        return None
    if parenthetical:
        if any(c in tail for c in _QUOTE_MARKS):
            return None
        end = sent_end
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?…"):
            end -= 1
    return start, end, comma


def _content_end(ctx: _Context, cue_index: int, start: int, sent_end: int) -> int:
    text = ctx.text
    end = sent_end
    # a later cue introduced by a comma or a conjunction closes this content
    for later in ctx.cues[cue_index + 1:]:
        if later.start >= end:
            break
        if later.start < start:
            continue
        before = text[start:later.start].rstrip()
        words = before.split()
        if before.endswith(","):
            end = start + len(before) - 1
            break
        if words and words[-1].lower() in ctx.speech.conjunctions:
            end = start + len(before) - len(words[-1])
            break
    for src in ctx.doc.sources:
        if src.cue and start < src.cue.start < end:
            comma = text.rfind(",", start, min(src.cue.start, src.start))
            if comma != -1 and not _WORD.search(text, comma, min(src.cue.start, src.start)):
                end = comma
            elif comma != -1:
                end = comma
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?…"):
        end -= 1
    return end


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _indirect(ctx: _Context, start: int, end: int, cue: Cue) -> None:
    text = ctx.text
    i = bisect_left(ctx.quoted_starts, start)
    first = ctx.quoted[i] if i < len(ctx.quoted) else None
    if first is not None and first.open == start and first.close >= end - 1:
        return  # "ha osservato che “...”": a direct quote, handled as such
    speaker = _speaker(ctx, cue)
    _emit(ctx, start, end, False, cue, speaker, f"indirect:{ctx.content_rules.get(start, 'complementizer')}",
          _confidence(speaker, 0.8))


# ---- direct quotes ----------------------------------------------------------------------------

def _direct(ctx: _Context, q: QuotedSpan) -> None:
    text = ctx.text
    start, end = q.start, q.end
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    n_words = len(_WORD.findall(text, start, end))
    if n_words == 0:
        return
    first = sentence_index(ctx.doc, q.open)
    last = sentence_index(ctx.doc, max(q.open, q.close - 1))
    if first is None or last is None:
        region = (0, len(text))
    else:
        region = (ctx.doc.sentences[first][0], ctx.doc.sentences[last][1])
    label = _TRANSCRIPT.match(text, start, end)
    if label is not None:  # "WALLACE: Let's start ...", an interview transcript
        span = Span(label.start(1), label.end(1), label.group(1))
        _emit(ctx, label.end(), end, True, None, Speaker(None, span.text, span, "transcript-label"),
              "direct:transcript", 0.7)
        return
    if n_words <= TITLE_WORDS and _is_title(text, start, end):
        return  # a title or a name in quotation marks: “Fox News Sunday”, “The Apprentice”
    cue, how = _cue_for(ctx, q, region)
    if cue is None:
        if n_words < NO_CUE_MIN_WORDS or not _is_utterance(text, q, region):
            return
        speaker = _carry_over(ctx, q.open, rule="previous-quote")
        _emit(ctx, start, end, True, None, speaker, "direct:no-cue", _confidence(speaker, 0.4))
        return
    if n_words <= SHORT_QUOTE_WORDS and how == "sentence":
        return  # emphasis or a scare quote, not speech
    speaker = _speaker(ctx, cue)
    base = 0.9 if how != "sentence" else 0.7
    _emit(ctx, start, end, True, cue, speaker, f"direct:{how}", _confidence(speaker, base))


def _is_title(text: str, start: int, end: int) -> bool:
    """Every word longer than three letters starts with a capital, and there are at least two."""
    words = _WORD.findall(text, start, end)
    long_words = [w for w in words if len(w) > 3 or w[0].isupper()]
    return len(long_words) >= 2 and all(w[0].isupper() for w in long_words) \
        and not text[start:end].rstrip().endswith((".", "!", "?", ","))


def _is_utterance(text: str, q: QuotedSpan, region: tuple[int, int]) -> bool:
    """A full quoted sentence: it opens its sentence or ends with sentence punctuation."""
    inner = text[q.start:q.end].rstrip()
    return q.open <= region[0] + 1 or inner.endswith((".", "!", "?", "…")) or not q.closed


def _cue_for(ctx: _Context, q: QuotedSpan, region: tuple[int, int]) -> tuple[Cue | None, str]:
    text = ctx.text
    cues = ctx.cues
    i = bisect_left(ctx.cue_starts, q.close)
    # 1. right after the quote; when the sentence goes on after it ("“...,” Rep. Moore (D-Wis.)
    #    said", "“...?” he asks") the cue may sit past a sentence split or an abbreviation
    if i < len(cues):
        cue = cues[i]
        gap = text[q.close:cue.start]
        blockers = _CONTINUED_BREAK if _continues(text, q) else _CLAUSE_BREAK
        if cue.start - q.close <= RIGHT_GAP and not blockers.search(gap) and cue.row.kind != "indirect" \
                and (cue.start < region[1] or _split_after(ctx, q, cue)):
            if cue.row.tense != "postquote" or gap.strip() in ("", ","):
                return cue, "after"
    # 2. nearest before it, with no other quotation in between
    j = bisect_left(ctx.cue_starts, q.open) - 1
    if j >= 0:
        cue = cues[j]
        if cue.end <= q.open and cue.start >= region[0] and cue.row.tense != "postquote" \
                and not _quote_between(ctx, cue.end, q.open):
            gap = text[cue.end:q.open]
            near = q.open - cue.end <= SHORT_LEFT_GAP and not _PHRASE_BREAK.search(gap)
            if near or ":" in gap or _in_content_of(ctx, q.open, cue):
                return cue, "before"
            return cue, "sentence"
        # "The New York Times reports:" closing the previous paragraph
        if cue.end <= q.open and not _quote_between(ctx, cue.end, q.open) \
                and _COLON_GAP.fullmatch(text, cue.end, q.open):
            return cue, "colon"
    # 3. any cue of the sentence
    for cue in cues[max(0, j):]:
        if cue.start >= region[1]:
            break
        if region[0] <= cue.start and cue.row.tense != "postquote":
            return cue, "sentence"
    return None, ""


def _split_after(ctx: _Context, q: QuotedSpan, cue: Cue) -> bool:
    """The cue's sentence starts right after the closing mark: the splitter cut "“...?” he asks"."""
    i = sentence_index(ctx.doc, cue.start)
    if i is None:
        return False
    start = ctx.doc.sentences[i][0]
    return not ctx.text[q.close:start].strip(" ,\u00a0\t") and ctx.text[start:start + 1].islower()


def _continues(text: str, q: QuotedSpan) -> bool:
    """The sentence goes on after the closing mark: the quotation ends with a comma, a comma
    follows it, or the next word starts in lower case."""
    inner = text[q.start:q.end].rstrip()
    m = _NEXT_CHAR.match(text, q.close)
    return inner.endswith(",") or (m is not None and (m.group(1) == "," or m.group(1).islower()))


def _quote_between(ctx: _Context, a: int, b: int) -> bool:
    i = bisect_left(ctx.quoted_starts, a)
    return i < len(ctx.quoted) and ctx.quoted[i].open < b


def _in_content_of(ctx: _Context, pos: int, cue: Cue) -> bool:
    return any(c is cue and s <= pos <= e for s, e, c in ctx.contents)


# ---- speakers ---------------------------------------------------------------------------------

def _speaker(ctx: _Context, cue: Cue) -> Speaker:
    cached = ctx.speakers.get(cue.start)
    if cached is None:
        cached = _resolve(ctx, cue)
        ctx.speakers[cue.start] = cached
    return cached


def _resolve(ctx: _Context, cue: Cue) -> Speaker:
    text = ctx.text
    sent_start, sent_end = sentence_bounds(ctx.doc, cue.start)
    pronoun = _pronoun_in_cue(ctx, cue)
    # nested inside an earlier cue's reported content
    outer = next((c for s, e, c in ctx.contents
                  if s <= cue.start < e and c.start < cue.start and c.start in ctx.following), None)
    if outer is not None:
        near = _mention_before(ctx, cue.start, max(sent_start, cue.start - 25))
        if near is not None and not _WORD.search(text, near.end, cue.start):
            return _from_mention(ctx, near, "before")
        sp = _speaker(ctx, outer)
        return Speaker(sp.entity_id, sp.text, sp.span, sp.rule + "+nested")
    limit = _subject_limit(ctx, cue, sent_start)
    shared = _shared_subject(ctx, cue, sent_start)
    if shared is not None:
        return shared
    before_text = text[limit:cue.start]
    has_content = cue.start in ctx.following
    # inverted order ("“...”, ha detto Putin", "“...,” said Johnson"): only right after a quotation
    lead = text[max(0, cue.start - 8):cue.start].rstrip(" ,\u00a0\t")
    inverted = (not has_content and not before_text.strip(" ,\u00a0\t")
                and (lead[-1:] in tuple(_CLOSING_MARKS) or cue.start in ctx.preposed))
    if inverted and pronoun is None:
        after = _mention_after(ctx, cue.end, sent_end)
        if after is not None:
            return _from_mention(ctx, after, "after")
        pron = _pronoun_after(ctx, cue.end)
        if pron is not None:
            return _carried(ctx, cue.start, pron)
    if pronoun is not None:
        return _carried(ctx, cue.start, pronoun)
    m = _mention_before(ctx, cue.start, limit)
    pron = _pronoun_before(ctx, cue.start, limit)
    if pron is not None and (m is None or m.end <= pron.start):
        return _carried(ctx, cue.start, pron)
    if m is not None:
        return _from_mention(ctx, m, "before")
    phrase = _phrase_after(ctx, cue.end, sent_end) if inverted else _phrase_before(ctx, limit, cue.start)
    if phrase is not None:
        return _role_noun(ctx, phrase) or Speaker(None, phrase.text, phrase, "phrase")
    return _carry_over(ctx, cue.start, rule="zero-subject")


def _role_noun(ctx: _Context, phrase: Span) -> Speaker | None:
    """A definite role noun ("il ministro", "the senator", "der Anwalt", "la titular") names
    someone already quoted: the PERSON who spoke last, within ``CARRY_SENTENCES`` sentences.
    An indefinite one ("a spokesman") is someone new; so is a role noun with no recent speaker."""
    words = _WORD.findall(phrase.text)
    if not 2 <= len(words) <= ROLE_NOUN_WORDS or words[0].lower() not in ctx.speech.definite:
        return None
    i = bisect_left(ctx.mention_starts, phrase.end) - 1
    if i >= 0 and ctx.mentions[i].end > phrase.start:
        return None  # the phrase holds a name of its own
    here = sentence_index(ctx.doc, phrase.start)
    floor = ctx.doc.sentences[max(0, here - CARRY_SENTENCES)][0] if here is not None else 0
    for q in reversed(ctx.quotes):
        if q.start < floor:
            break
        if q.start < phrase.start and q.speaker and ctx.types.get(q.speaker) == "PERSON":
            return Speaker(q.speaker, phrase.text, phrase, "role-noun")
    return None


def _shared_subject(ctx: _Context, cue: Cue, sent_start: int) -> Speaker | None:
    """A second speech verb of the same clause shares the first one's subject:
    "... e ha osservato che", "said, adding", "ha sottolineato ..., sottolineando che"."""
    i = bisect_left(ctx.cue_starts, cue.start) - 1
    prev = ctx.cues[i] if i >= 0 and ctx.cues[i].start >= sent_start else None
    if prev is None:
        # "Clinton spoke out Tuesday about ..., arguing that": the subject of the sentence
        if cue.row.tense == "gerund" and ctx.text[sent_start:cue.start].rstrip().endswith(","):
            subject = _first_subject(ctx, sent_start, cue.start)
            if subject is not None and not _governed(ctx, subject.start):
                return _from_mention(ctx, subject, "sentence-subject")
        return None
    between = ctx.text[prev.end:cue.start]
    words = [w.lower() for w in _WORD.findall(between)]
    coordinated = all(w in ctx.speech.conjunctions for w in words) and not _quote_between(ctx, prev.end, cue.start)
    gerund = cue.row.tense == "gerund" and between.rstrip().endswith(",")
    if not (coordinated or gerund):
        return None
    sp = _speaker(ctx, prev)
    return Speaker(sp.entity_id, sp.text, sp.span, sp.rule + "+shared")


def _subject_limit(ctx: _Context, cue: Cue, sent_start: int) -> int:
    """Where the subject of ``cue`` may start: after the sentence start, the last quotation and
    the last reported content before the cue."""
    limit = max(sent_start, cue.start - SUBJECT_GAP, ctx.preposed.get(cue.start, -1) + 1)
    i = bisect_left(ctx.quoted_starts, cue.start) - 1
    if i >= 0 and ctx.quoted[i].close <= cue.start:
        limit = max(limit, ctx.quoted[i].close)
    for s, e, c in ctx.contents:
        if limit < e <= cue.start:
            limit = e
    return limit


def _mention_before(ctx: _Context, pos: int, limit: int) -> Mention | None:
    i = bisect_left(ctx.mention_starts, pos) - 1
    while i >= 0:
        m = ctx.mentions[i]
        if m.start < limit:
            return None
        if m.end <= pos and not _governed(ctx, m.start):
            return m
        i -= 1
    return None


def _governed(ctx: _Context, pos: int) -> bool:
    """A preposition stands before the mention (articles skipped): "sings to Clinton",
    "con il presidente cinese", "the death of Terence Crutcher" - not a subject."""
    words = _WORD.findall(ctx.text, max(0, pos - 30), pos)
    while words and words[-1].lower() in ctx.speech.articles:
        words.pop()
    return bool(words) and words[-1].lower() in ctx.speech.prepositions


def _mention_after(ctx: _Context, pos: int, sent_end: int) -> Mention | None:
    i = bisect_left(ctx.mention_starts, pos)
    if i < len(ctx.mentions):
        m = ctx.mentions[i]
        if (m.start - pos <= AFTER_GAP and m.end <= sent_end
                and len(_WORD.findall(ctx.text, pos, m.start)) <= AFTER_WORDS
                and not _PHRASE_BREAK.search(ctx.text, pos, m.start) and not _governed(ctx, m.start)):
            return m
    return None


def _pronoun_in_cue(ctx: _Context, cue: Cue) -> Span | None:
    """A pronoun written into the cue: "a-t-il déclaré", "dit-elle"."""
    if "-" not in ctx.text[cue.start:cue.end]:
        return None
    for m in _HYPHEN_PRONOUN.finditer(ctx.text[cue.start:cue.end]):
        if m.group(1).lower() in ctx.speech.pronouns:
            s = cue.start + m.start(1)
            return Span(s, s + len(m.group(1)), m.group(1))
    return None


def _pronoun_after(ctx: _Context, pos: int) -> Span | None:
    m = _NEXT_WORD.match(ctx.text, pos)
    if m and m.group(1).lower() in ctx.speech.pronouns:
        return Span(m.start(1), m.end(1), m.group(1))
    return None


def _pronoun_before(ctx: _Context, pos: int, limit: int) -> Span | None:
    words = list(_WORD.finditer(ctx.text, limit, pos))
    for w in reversed(words[-2:]):  # "she said", "she has said", "lui ha detto"
        if w.group().lower() in ctx.speech.pronouns:
            return Span(w.start(), w.end(), w.group())
    return None


def _phrase_before(ctx: _Context, limit: int, pos: int) -> Span | None:
    text = ctx.text
    breaks = [limit] + [b + 1 for b in _phrase_breaks(ctx, limit, pos)]
    words = list(_WORD.finditer(text, breaks[-1], pos))
    if not words and len(breaks) >= 3 and text[breaks[-1] - 1] == "," and text[breaks[-2] - 1] == ",":
        # "Xi, nei commenti di apertura ..., ha detto": the subject before a parenthetical
        head = list(_WORD.finditer(text, breaks[-3], breaks[-2] - 1))
        if 0 < len(head) <= APPOSITIVE_WORDS and head[0].group()[0].isupper():
            words = head
    cut = [i for i, w in enumerate(words) if w.group().lower() in ctx.speech.complementizers]
    if cut:
        words = words[cut[-1] + 1:]  # "cree que todo apunta": only what follows "que"
    while words and words[-1].group().lower() in ctx.speech.skippable:
        words.pop()  # "the doctor is calling", "Trump also said"
    while words and words[0].group().lower() in ctx.speech.skippable:
        words.pop(0)  # "When Clinton noted"
    if words and words[0].group().lower() in ctx.speech.prepositions:
        return None  # "En la denuncia la mujer asegura": a circumstance, not a clean subject
    if not words or len(words) > PHRASE_WORDS:
        return None
    return Span(words[0].start(), words[-1].end(), text[words[0].start():words[-1].end()])


def _phrase_breaks(ctx: _Context, start: int, end: int) -> list[int]:
    """Offsets of the punctuation that ends a speaker phrase, skipping the period of an
    abbreviation ("Mr. Burman", "Sen. Tester")."""
    out = []
    for m in _PHRASE_BREAK.finditer(ctx.text, start, end):
        if m.group() == ".":
            word = _WORD_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
            if word and (word.group().lower() in ctx.abbreviations or len(word.group()) == 1):
                continue
        out.append(m.start())
    return out


def _phrase_after(ctx: _Context, pos: int, sent_end: int) -> Span | None:
    text = ctx.text
    stops = _phrase_breaks(ctx, pos, sent_end)
    end = stops[0] if stops else sent_end
    words = list(_WORD.finditer(text, pos, end))
    while words and words[0].group().lower() in ctx.speech.skippable:
        words.pop(0)
    if words and words[0].group().lower() in ctx.speech.prepositions:
        return None  # "dice sobre el británico": an object, not the speaker
    for k, w in enumerate(words):
        if k and w.group().lower() in ctx.speech.prepositions:
            words = words[:k]  # "sagt Sheib ad-Din über HTS-Chef ...": the phrase ends there
            break
    if not words or len(words) > PHRASE_WORDS:
        return None
    return Span(words[0].start(), words[-1].end(), text[words[0].start():words[-1].end()])


def _from_mention(ctx: _Context, m: Mention, where: str) -> Speaker:
    return Speaker(m.entity_id, m.text, m.span(), f"mention-{where}")


def _carried(ctx: _Context, pos: int, pronoun: Span) -> Speaker:
    found = _carry_over(ctx, pos, rule="pronoun")
    return Speaker(found.entity_id, pronoun.text, pronoun, found.rule)


def _carry_over(ctx: _Context, pos: int, rule: str) -> Speaker:
    here = sentence_index(ctx.doc, pos)
    if here is None:
        return _NOBODY
    # an earlier speaker in the same sentence, before this position
    for q in reversed(ctx.quotes):
        if q.start < pos and sentence_index(ctx.doc, q.start) == here and (q.speaker or q.speaker_text):
            return Speaker(q.speaker, q.speaker_text, q.speaker_span, f"carry-over:{rule}")
    # the subject of the same sentence, before this position
    subject = _first_subject(ctx, ctx.doc.sentences[here][0], pos)
    if subject is not None:
        return Speaker(subject.entity_id, subject.text, subject.span(), f"carry-over:{rule}")
    for i in range(here - 1, max(-1, here - 1 - CARRY_SENTENCES), -1):
        s_start, s_end = ctx.doc.sentences[i]
        said = [q for q in ctx.quotes if s_start <= q.start < s_end and (q.speaker or q.speaker_text)]
        if said:
            q = said[-1]
            return Speaker(q.speaker, q.speaker_text, q.speaker_span, f"carry-over:{rule}")
        subject = _first_subject(ctx, s_start, s_end)
        if subject is not None:
            return Speaker(subject.entity_id, subject.text, subject.span(), f"carry-over:{rule}")
    return Speaker(None, None, None, f"carry-over:{rule}:none")


def _first_subject(ctx: _Context, start: int, end: int) -> Mention | None:
    """The first PERSON, ORG or GROUP mention between ``start`` and ``end``."""
    j = bisect_left(ctx.mention_starts, start)
    while j < len(ctx.mentions) and ctx.mentions[j].start < end:
        m = ctx.mentions[j]
        if ctx.types.get(m.entity_id) in SUBJECT_TYPES:
            return m
        j += 1
    return None


def _confidence(speaker: Speaker, base: float) -> float:
    if speaker.entity_id is None and speaker.text is None:
        return round(base * 0.4, 3)
    if speaker.rule.startswith("carry-over") or speaker.entity_id is None:
        return round(base * 0.8, 3)
    return base


def _emit(ctx: _Context, start: int, end: int, direct: bool, cue: Cue | None, speaker: Speaker,
          rule: str, confidence: float) -> None:
    text = ctx.text
    anchor = cue.start if cue is not None else start
    ctx.quotes.append(Quote(
        start=start, end=end, text=text[start:end], speaker=speaker.entity_id,
        speaker_text=speaker.text, direct=direct,
        cue=Span(cue.start, cue.end, text[cue.start:cue.end]) if cue is not None else None,
        according_to=according_to(ctx.doc, min(anchor, start), max(end, anchor + 1)),
        confidence=confidence, rule=f"{rule}|speaker:{speaker.rule}", speaker_span=speaker.span,
    ))


@register
class Quotes:
    name: ClassVar[str] = "quotes"
    reads: ClassVar[tuple[str, ...]] = ("text", "sentences", "entities", "sources", "language")
    writes: ClassVar[tuple[str, ...]] = ("quotes",)

    def __call__(self, doc: Document) -> Document:
        doc.quotes = find_quotes(doc)
        return doc
