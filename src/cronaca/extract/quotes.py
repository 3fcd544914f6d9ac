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

Other reported speech (all driven by speech_cue_words.tsv roles, none by language code):
- a comma and a main clause after the verb in a language with a reportive mood ("Merz sagte, die
  Lage sei ernst"; ``reportive``, ``comma_opener``), a reportive sentence with no cue continuing
  someone's words ("Die Plattform habe es unterlassen, ..."), "Die Lage sei ernst, so Merz";
- attribution words: "According to X, ...", "..., secondo cui ...", "Laut X ist ...", "X zufolge ...",
  "Pour X, ..." (``opinion``); an outlet asserting the clause is its speaker (GUIDELINES 3);
- a verb that points back: "Lo ha detto Lavrov", "Das sagte Merz" (``anaphor``) reports the
  sentence or quotation before; a reflexive verb reports its predicate ("si è detto soddisfatto");
- a quotation labelled "Merz: „...“" or signed "“...” ― Krystal Correa"; with no verb of saying,
  a name right before the colon opening it, else the subject opening its sentence ("Luna aprovechó
  la ocasión para atacar a los periodistas: “...”");
- an attribution inside the marks splits a quotation in two of its speaker ("«... - ha detto X -
  ...»", "« ..., a-t-il déclaré, ... »", "«... —dijo X— ...»");
- a clause of comparison after the content holds the verb (", wie Merz am Montag sagte", ", come ha
  detto X"; ``as_word``); quotations in a German reportive sentence are the reported person's; a
  longer quoted fragment after an attribution word and a name ("Secondo Perino «...»").

Speakers: see ``speakers``.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import ClassVar

from cronaca.document import CitedSource, Document, Mention, Quote, Span
from cronaca.extract.locate import same_paragraph, sentence_bounds, sentence_index
from cronaca.extract.quote_context import (CLOSING_MARKS, PHRASE_BREAK, QUOTE_MARKS, WORD, QuoteContext,
                                           quote_between)
from cronaca.extract.quotemarks import QuotedSpan
from cronaca.extract.sources import according_to
from cronaca.extract.speakers import (PHRASE_WORDS, SUBJECT_TYPES, Speaker, carry_over, confidence, first_subject,
                                      from_mention, inside_speaker, known_name, mention_after,
                                      phrase_after, phrase_breaks, speaker_of)
from cronaca.extract.speech import Cue, CueRow, speech_data
from cronaca.extract.tokens import tokens
from cronaca.pipeline import register

NO_CUE_MIN_WORDS = 6
#: Fewest words of a quoted fragment with no verb of saying that its sentence's subject is taken to
#: have said (shorter ones are mostly scare quotes), and most words before that subject.
FRAGMENT_WORDS = 4
FRAGMENT_LEAD_WORDS = 3
#: Most words before the subject of a sentence whose colon opens a quotation ("Sin embargo, el
#: ministro Pedro Sánchez aprovechó la ocasión para atacar a los periodistas: “...”").
COLON_LEAD_WORDS = 5
SHORT_QUOTE_WORDS = 2
TITLE_WORDS = 6
#: Most characters between a quote and a cue that follows it ("“...,” the influential US daily wrote").
RIGHT_GAP = 60
#: Most words between two quotations of the same cue for the second, short one to count as speech.
SHORT_GAP_WORDS = 3
#: Most words between the start of a sentence and its verb for that sentence to attribute the
#: quotation just before it ("“...?” Vitter demanded.").
AFTER_NAME_WORDS = 4
#: Most characters between a short quote and the cue before it.
SHORT_LEFT_GAP = 45
#: Most words after a verb whose reported content came before it (", sources said on Friday.").
PREPOSED_TAIL_WORDS = 8
#: Most words of an attribution phrase searched for its speaker ("according to a statement by ...").
ACCORDING_WORDS = 12
#: Most words between an opinion word and the person it names ("Pour le ministre Jean Dupont").
OPINION_WORDS = 3
#: Most words before a name that an attribution word follows ("Dem Minister Merz zufolge").
APPOSITIVE_HEAD_WORDS = 3
#: Most words of a speaker label before a colon ("Il ministro degli Esteri Luigi Di Maio: «...»").
LABEL_WORDS = 10
#: Most words of a subordinate clause of comparison holding the verb after the content (", wie
#: Bundeskanzler Friedrich Merz am Montag in Berlin sagte", ", come ha spiegato il ministro ...").
AS_CLAUSE_WORDS = 12
#: Fewest words of a clause after an addressee ("told reporters he would go").
MIN_CLAUSE_WORDS = 3
#: Most words between a speech verb set inside quotation marks and the dash or comma closing it
#: ("«Siamo pronti - ha detto il ministro degli Esteri Sergei Lavrov - a trattare»").
INSIDE_WORDS = 8
#: Most words of an apposition after the name in such an attribution ("..., explique Antony Fastier,
#: toxicologue, ancien de l’Anses. ...").
APPOSITION_WORDS = 10

_CLAUSE_BREAK = re.compile(r"[.;:!?“”«»„\"‹›()\n]")
_HARD_BREAK = re.compile(r"[.;:!?()\n]")
_CONTINUED_BREAK = re.compile(r"[;:!?“”«»„\"‹›\n]")
_COLON_GAP = re.compile(r"[^.!?\n]{0,40}:\s*")
_NEXT_WORD_AT = re.compile(r"\s+(\w+)(?=\s)")
_WORD_AT = re.compile(r"\s+(\w+)")
_NEXT_CHAR = re.compile(r"\s*(\S)")
_COMMA = re.compile(r"\s*,\s*")
_COMMA_AFTER = re.compile(r"[ \t]*,[ \t]*")
_SPACES = re.compile(r"\s+")
_FIRST_WORD = re.compile(r"\s*(\w+)")
#: Up to four words (an addressee, quotation marks and compounds allowed) and a comma.
_ADDRESSEE_COMMA = re.compile(r"(?:\s+[\w„“”\"»«‚‘’-]+){1,4}?\s*,\s*")
_COMPOUND_AFTER = re.compile(r" ?-\w")
_DASH = re.compile(r"[ \t]*[―—–][ \t]*")
#: A comma or a dash (a hyphen only with a space before it) right before a verb inside quotation marks.
_INSIDE_OPEN = re.compile(r"(,|\s-|[–—])\s*$")
_DASH_CLOSE = re.compile(r"\s*[–—]\s*|\s+-\s*")
_INSIDE_CLOSE = {",": re.compile(r"\s*,\s*"), "-": _DASH_CLOSE, "–": _DASH_CLOSE, "—": _DASH_CLOSE}
_SENTENCE_END = re.compile(r"[.;:!?]")
_TRANSCRIPT = re.compile(r"([A-Z][A-Z.' -]{1,30}[A-Z]):\s+")
#: A capitalised word (or an initialism with periods: "U.S.") and two more words opening a clause.
_NEXT_CAPITAL = re.compile(r"\s+(?=([A-Z](?:\.[A-Z])+\.?|[A-Z][\w’'-]*)\s+[\w’'-]+\s+[“\"«]?\w)")


def find_quotes(doc: Document) -> list[Quote]:
    speech = speech_data(doc.language)
    if speech.cues is None or not doc.text:
        return []
    ctx = QuoteContext(doc, speech)
    _reported_contents(ctx)
    events: list[tuple[int, int, object]] = [(q.open, 0, q) for q in ctx.quoted]
    events += [(s, 1, (s, e, cue)) for s, e, cue in ctx.contents]
    for _pos, order, item in sorted(events, key=lambda x: (x[0], x[1])):
        if order == 0:
            _direct(ctx, item)  # type: ignore[arg-type]
        else:
            _indirect(ctx, *item)  # type: ignore[misc]
    _according(ctx)
    _opinion(ctx)
    _reportive(ctx)
    ctx.quotes.sort(key=lambda q: (q.start, q.end))
    return ctx.quotes


def _according(ctx: QuoteContext) -> None:
    """"According to the senator, the plan failed." / "The plan failed, according to the senator.":
    the attribution cues of ``source_cues.tsv`` (kind according) in front of a person or a phrase
    that is not a cited outlet make reported speech."""
    text = ctx.text
    cited = {src.cue.start: src for src in ctx.doc.sources if src.cue is not None}
    for match, row in ctx.source_cues:
        if row.kind == "according" and row.positions == ("after",) and not ctx.in_quote(match.start()):
            _according_after(ctx, match, cited.get(match.start()))  # "Merz zufolge ist die Lage ernst"
            continue
        if row.kind != "according" or "before" not in row.positions or ctx.in_quote(match.start()):
            continue
        source = cited.get(match.start())
        sent_start, sent_end = sentence_bounds(ctx.doc, match.start())
        stops = phrase_breaks(ctx, match.end(), sent_end)
        who_end = stops[0] if stops else sent_end
        lead = text[sent_start:match.start()].strip()
        relative = _NEXT_WORD_AT.match(text, match.end()) or _WORD_AT.match(text, match.end())
        if relative is not None and relative.group(1).lower() in ctx.speech.relatives:
            # "Lo ha detto Lavrov, secondo cui la situazione è grave": the clause after the relative
            _according_relative(ctx, match, relative.end(1), sent_start, sent_end)
            continue
        if source is not None and source.end > who_end:  # "laut „Washington Post“ hatte sie ..."
            tail = source.end
            while tail < sent_end and text[tail] in CLOSING_MARKS:
                tail += 1
            stops = phrase_breaks(ctx, tail, sent_end)
            who_end = stops[0] if stops else sent_end
        if not lead:  # "According to X, <content>."
            head = _named_head(ctx, match.end(), who_end, source) if ctx.speech.verb_second else None
            if head is not None:
                start, end = _skip_space(text, head), sent_end  # "Laut Merz ist die Lage ernst."
            elif who_end >= sent_end or text[who_end] != ",":
                continue
            else:
                start, end = _skip_space(text, who_end + 1), sent_end
        elif lead.endswith(",") and who_end >= sent_end - 1:  # "<content>, according to X."
            start, end = sent_start, sent_start + len(text[sent_start:match.start()].rstrip()) - 1
        elif lead.endswith(",") and text[who_end] == "," \
                and len(WORD.findall(text, who_end, sent_end)) >= MIN_CLAUSE_WORDS:
            # "La Russia, secondo il ministro X, è favorevole alla tregua": the clause after it
            start, end = _skip_space(text, who_end + 1), sent_end
            if _speaker_in(ctx, match.end(), who_end) is None and source is None:
                continue  # "qui, selon les mesures sanitaires, devrait être fermé": no one speaks
        else:
            continue
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?…"):
            end -= 1
        if len(WORD.findall(text, start, end)) < 3 or quote_between(ctx, start, end):
            continue
        cue = Cue(match.start(), match.end(), CueRow(row.cue, "indirect", "according"))
        if source is not None:
            # "Selon l'OMS, il est toxique", "Laut Washington Post hatte sie ...": a cited body or
            # outlet with no speaker of its own in the clause is the one asserting it
            j = bisect_left(ctx.cue_starts, start)
            if ctx.types.get(source.entity_id) not in SUBJECT_TYPES | {"MEDIA"} \
                    or j < len(ctx.cues) and ctx.cues[j].start < end:
                continue
            span = Span(source.start, source.end, source.text)
            _emit(ctx, start, end, False, cue, Speaker(source.entity_id, source.text, span, "cited-source"),
                  "indirect:according", 0.6, according=False)
            continue
        m = mention_after(ctx, match.end(), min(who_end, start)) or _speaker_in(ctx, match.end(), min(who_end, start))
        if m is not None:
            speaker = from_mention(ctx, m, "after")
        else:
            phrase = phrase_after(ctx, match.end(), who_end)
            if phrase is None:
                continue
            speaker = Speaker(None, phrase.text, phrase, "phrase")
        _emit(ctx, start, end, False, cue, speaker, "indirect:according", confidence(speaker, 0.7))


def _according_after(ctx: QuoteContext, match: re.Match[str], source: CitedSource | None) -> None:
    """An attribution word after its speaker at the head of the sentence ("Merz zufolge ist die
    Lage ernst", ``according`` cues with position after): the rest of the sentence is reported."""
    text = ctx.text
    sent_start, sent_end = sentence_bounds(ctx.doc, match.start())
    if source is not None:
        span = Span(source.start, source.end, source.text)
        speaker = Speaker(source.entity_id, source.text, span, "cited-source")
    else:
        k = bisect_left(ctx.mention_starts, match.start()) - 1
        if k < 0 or ctx.mentions[k].start < sent_start or WORD.search(text, ctx.mentions[k].end, match.start()) \
                or ctx.types.get(ctx.mentions[k].entity_id) not in SUBJECT_TYPES:
            return
        speaker = from_mention(ctx, ctx.mentions[k], "before")
    if speaker.span is None or len(WORD.findall(text, sent_start, speaker.span.start)) > APPOSITIVE_HEAD_WORDS:
        return  # the name opens the sentence ("Dem Bericht des Ministeriums zufolge" is too far)
    start = _skip_space(text, match.end())
    if text.startswith(",", start):
        start = _skip_space(text, start + 1)
    end = sent_end
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?…"):
        end -= 1
    j = bisect_left(ctx.cue_starts, start)
    if len(WORD.findall(text, start, end)) < MIN_CLAUSE_WORDS or quote_between(ctx, start, end) \
            or j < len(ctx.cues) and ctx.cues[j].start < end:
        return
    cue = Cue(match.start(), match.end(), CueRow(match.group(), "indirect", "according"))
    _emit(ctx, start, end, False, cue, speaker, "indirect:according", confidence(speaker, 0.7), according=False)


def _named_head(ctx: QuoteContext, pos: int, who_end: int, source: CitedSource | None) -> int | None:
    """Where the name after an attribution word ends when a verb follows it at once (verb-second:
    "Laut Merz ist die Lage ernst", "Laut „Washington Post“ hatte sie ...")."""
    named = mention_after(ctx, pos, who_end)
    if named is not None:
        end = named.end
    elif source is not None:
        end = source.end
        while end < len(ctx.text) and ctx.text[end] in CLOSING_MARKS:
            end += 1
    else:
        return None
    if len(WORD.findall(ctx.text, end, who_end)) < MIN_CLAUSE_WORDS:
        return None  # "Laut Merz, ...": the comma comes first
    return end


def _according_relative(ctx: QuoteContext, match: re.Match[str], start: int, sent_start: int,
                        sent_end: int) -> None:
    """ "..., il ministro Sergei Lavrov, secondo cui la situazione è grave": the speaker is the
    person or body named last before the cue in the sentence."""
    text = ctx.text
    start = _skip_space(text, start)
    end = sent_end
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?…"):
        end -= 1
    i = bisect_left(ctx.mention_starts, match.start()) - 1
    while i >= 0 and ctx.mentions[i].start >= sent_start:
        m = ctx.mentions[i]
        if m.end <= match.start() and ctx.types.get(m.entity_id) in SUBJECT_TYPES:
            break
        i -= 1
    else:
        return
    if i < 0 or len(WORD.findall(text, start, end)) < MIN_CLAUSE_WORDS or quote_between(ctx, start, end):
        return
    cue = Cue(match.start(), match.end(), CueRow(match.group(), "indirect", "according"))
    speaker = from_mention(ctx, ctx.mentions[i], "before")
    _emit(ctx, start, end, False, cue, speaker, "indirect:according-relative", confidence(speaker, 0.7))


def _speaker_in(ctx: QuoteContext, start: int, end: int) -> Mention | None:
    """The person a longer attribution phrase names ("secondo le dichiarazioni del ministro della
    difesa russo Igor Konashenkov"), else its first organisation or group."""
    if len(WORD.findall(ctx.text, start, end)) > ACCORDING_WORDS:
        return None
    i = bisect_left(ctx.mention_starts, start)
    inside = []
    while i < len(ctx.mentions) and ctx.mentions[i].end <= end:
        if ctx.types.get(ctx.mentions[i].entity_id) in SUBJECT_TYPES:
            inside.append(ctx.mentions[i])
        i += 1
    people = [m for m in inside if ctx.types.get(m.entity_id) == "PERSON"]
    return people[-1] if people else (inside[0] if inside else None)


def _opinion(ctx: QuoteContext) -> None:
    """A sentence opening with a view ascribed to a person (``opinion`` words in
    speech_cue_words.tsv): "Pour Javier López, directeur de campagne, les niveaux étaient
    alarmants", "Per il ministro Rossi, la crisi è finita". The content follows the first comma
    after the name."""
    if not ctx.speech.opinion:
        return
    text = ctx.text
    for s_start, s_end in ctx.doc.sentences:
        word = _FIRST_WORD.match(text, s_start)
        if word is None or word.group(1).lower() not in ctx.speech.opinion:
            continue
        k = bisect_left(ctx.mention_starts, word.end())
        if k >= len(ctx.mentions) or ctx.mentions[k].end > s_end \
                or ctx.types.get(ctx.mentions[k].entity_id) != "PERSON" \
                or len(WORD.findall(text, word.end(), ctx.mentions[k].start)) > OPINION_WORDS:
            continue
        m = ctx.mentions[k]
        comma = text.find(",", m.end, s_end)
        if comma == -1 or len(WORD.findall(text, word.end(), comma)) > PHRASE_WORDS:
            continue
        start, end = _skip_space(text, comma + 1), s_end
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?…"):
            end -= 1
        j = bisect_left(ctx.cue_starts, start)
        if len(WORD.findall(text, start, end)) < MIN_CLAUSE_WORDS or quote_between(ctx, start, end) \
                or j < len(ctx.cues) and ctx.cues[j].start < end:
            continue
        cue = Cue(word.start(1), word.end(1), CueRow(word.group(1), "indirect", "opinion"))
        speaker = from_mention(ctx, m, "after")
        _emit(ctx, start, end, False, cue, speaker, "indirect:opinion", confidence(speaker, 0.6))


def _reportive(ctx: QuoteContext) -> None:
    """A sentence in the reportive mood (German Konjunktiv I, ``reportive`` in
    speech_cue_words.tsv) with no cue and no quotation of its own goes on with someone's words:
    "Noch vor zwei Jahren sei die Angst stärker gewesen. Aber am Ende hätten sie es loswerden
    wollen, sagt der Anwalt." / "Der Rat hatte Tiktok Vorwürfe gemacht. Die Plattform habe es
    unterlassen, ...". The speaker is that of a quote opening the next sentence of the paragraph,
    else of the last quote of the previous sentence, else the subject of the previous sentence."""
    pattern = ctx.speech.reportive
    sentences = ctx.doc.sentences
    if pattern is None or not sentences:
        return
    text = ctx.text
    taken = sorted((q.start, q.end) for q in ctx.quotes)
    starts = [s for s, _ in taken]
    tok = tokens(text)
    forms = ctx.speech.reportive_words
    candidates = {sentence_index(ctx.doc, tok.starts[i]) for i, key in enumerate(tok.keys) if key in forms}
    for k in sorted(c for c in candidates if c is not None):
        s_start, s_end = sentences[k]
        start, end = _skip_space(text, s_start), s_end
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?…"):
            end -= 1
        comma = text.find(",", start, end)  # the main clause: "..., er sei betrogen worden" is not reported
        if len(WORD.findall(text, start, end)) < NO_CUE_MIN_WORDS:
            continue
        j = bisect_left(ctx.cue_starts, start)
        if j < len(ctx.cues) and ctx.cues[j].start < end or ctx.in_quote(start):
            continue
        if quote_between(ctx, start, end) or any(c in text[start:end] for c in QUOTE_MARKS):
            if pattern.search(text, start, end):
                _reportive_quotations(ctx, k, start, end)  # "Die Jahre seien „intensiv“ gewesen."
            continue
        if not pattern.search(text, start, end if comma == -1 else comma):
            continue
        i = bisect_left(starts, end)
        if i and taken[i - 1][1] > start:
            continue  # already part of a quote
        speaker = _reportive_speaker(ctx, k)
        if speaker is not None:
            _emit(ctx, start, end, False, None, speaker, "indirect:reportive", confidence(speaker, 0.6))


def _reportive_quotations(ctx: QuoteContext, k: int, start: int, end: int) -> None:
    """Quotations left without a speaker in a reportive sentence with no verb of saying are the
    words of whoever the passage reports: "Da schrieb Annalena Baerbock einen Brief. Die Jahre als
    Außenministerin seien „intensiv“ gewesen. ... Dafür habe sie einen „privaten Preis“ gezahlt."
    (the speaker of ``_reportive_speaker``, else the one carried over from the sentences before)."""
    text = ctx.text
    i = bisect_left(ctx.quoted_starts, start)
    speaker: Speaker | None = None
    while i < len(ctx.quoted) and ctx.quoted[i].open < end:
        q = ctx.quoted[i]
        i += 1
        a, b = q.start, q.end
        while b > a and (text[b - 1].isspace() or text[b - 1] in ",;"):
            b -= 1
        if not WORD.search(text, a, b) or any(p.start < b and a < p.end for p in ctx.quotes) \
                or _is_title(text, a, b):
            continue
        if speaker is None:
            speaker = _reportive_speaker(ctx, k) or carry_over(ctx, start, rule="reportive")
            if speaker.entity_id is None and speaker.text is None:
                return
        _emit(ctx, a, b, True, None, speaker, "direct:reportive", confidence(speaker, 0.5))


def _reportive_speaker(ctx: QuoteContext, k: int) -> Speaker | None:
    sentences = ctx.doc.sentences
    if k + 1 < len(sentences) and same_paragraph(ctx.doc, k, k + 1):
        nxt = sentences[k + 1]
        for q in ctx.quotes:
            opens = nxt[0] <= q.start <= _skip_space(ctx.text, nxt[0])
            if opens and (q.speaker or q.speaker_text):
                return Speaker(q.speaker, q.speaker_text, q.speaker_span, "next-sentence")
    if k == 0 or not same_paragraph(ctx.doc, k - 1, k):
        return None
    prev = sentences[k - 1]
    said = [q for q in ctx.quotes if q.start < prev[1] and q.end > prev[0] and (q.speaker or q.speaker_text)]
    if said:
        q = said[-1]
        return Speaker(q.speaker, q.speaker_text, q.speaker_span, "previous-sentence")
    subject = first_subject(ctx, prev[0], prev[1])
    if subject is None:
        return None
    return from_mention(ctx, subject, "previous-subject")


# ---- reported (indirect) content ---------------------------------------------------------------

def _reported_contents(ctx: QuoteContext) -> None:
    comp = ctx.speech.complementizer
    if comp is None:
        return
    text = ctx.text
    for i, cue in enumerate(ctx.cues):
        if cue.row.tense == "postquote" and ctx.speech.reportive is not None:
            _reportive_preposed(ctx, cue)  # "Die Lage sei ernst, so Merz."
            continue
        if cue.row.kind == "direct" or cue.row.tense == "postquote":
            continue
        m = comp.match(text, cue.end)
        if m is not None and _object_before_relative(ctx, cue.end, m.end()):
            m = None
        rule = "complementizer"
        if m is None and cue.row.tense == "predicative":  # "si è detto soddisfatto dei risultati"
            m, rule = _SPACES.match(text, cue.end), "predicative"
        if (not m or _CLAUSE_BREAK.search(text, cue.end, m.end())) and cue.row.tense not in ("gerund", "predicative"):
            m = _bare_clause(ctx, cue)
            rule = "bare"
        sent_start, sent_end = sentence_bounds(ctx.doc, cue.start)
        # an addressee may hold a quoted name: "sagte der „Bild“-Zeitung, er wolle"
        breaks = _HARD_BREAK if m is not None and m.re is _ADDRESSEE_COMMA else _CLAUSE_BREAK
        if not m or breaks.search(text, cue.end, m.end()):
            preposed = _preposed(ctx, cue, sent_start, sent_end)
            if preposed is not None:
                start, end, comma = preposed
                ctx.contents.append((start, end, cue))
                ctx.content_rules[start] = "preposed" if end <= comma else "parenthetical"
                ctx.preposed[cue.start] = comma
            elif _anaphor_before(ctx, cue, sent_start):
                ctx.anaphoric.add(cue.start)
                previous = _previous_statement(ctx, sent_start)
                if previous is not None:  # "La Russia non cederà. Lo ha detto Lavrov."
                    ctx.contents.append((previous[0], previous[1], cue))
                    ctx.content_rules[previous[0]] = "anaphoric"
            continue
        start = _skip_space(text, m.end())
        if text.startswith((":", ","), start):  # "dichiara che: «...»", "afirma que, tras una reunión, ..."
            start = _skip_space(text, start + 1)
        end = _content_end(ctx, i, start, sent_end)
        if end - start < 3 or not WORD.search(text, start, end):
            continue
        ctx.contents.append((start, end, cue))
        ctx.content_rules[start] = rule
        ctx.following.add(cue.start)


def _anaphor_before(ctx: QuoteContext, cue: Cue, sent_start: int) -> bool:
    """The verb opens its sentence after a pronoun that points back: "Lo ha detto Lavrov", "Das
    sagte Merz", "Así lo afirmó" (``anaphor`` in speech_cue_words.tsv)."""
    words = WORD.findall(ctx.text, sent_start, cue.start)
    return bool(words) and len(words) <= 2 and all(w.lower() in ctx.speech.anaphors for w in words)


def _previous_statement(ctx: QuoteContext, sent_start: int) -> tuple[int, int] | None:
    """The sentence before, in the same paragraph, when it has no quotation and no verb of saying."""
    k = sentence_index(ctx.doc, sent_start)
    if not k or not same_paragraph(ctx.doc, k - 1, k):
        return None
    start, end = ctx.doc.sentences[k - 1]
    start = _skip_space(ctx.text, start)
    while end > start and (ctx.text[end - 1].isspace() or ctx.text[end - 1] in ".,;:!?…"):
        end -= 1
    j = bisect_left(ctx.cue_starts, start)
    if quote_between(ctx, start, end) or ctx.in_quote(start) or j < len(ctx.cues) and ctx.cues[j].start < end \
            or any(c in ctx.text[start:end] for c in QUOTE_MARKS) \
            or len(WORD.findall(ctx.text, start, end)) < MIN_CLAUSE_WORDS:
        return None
    return start, end


def _reportive_preposed(ctx: QuoteContext, cue: Cue) -> None:
    """A cue that otherwise only follows a quotation ("so Merz") reports a clause before it in the
    reportive mood: "Die Lage sei ernst, so Merz." """
    sent_start, sent_end = sentence_bounds(ctx.doc, cue.start)
    preposed = _preposed(ctx, cue, sent_start, sent_end)
    if preposed is None or preposed[1] > preposed[2]:
        return
    start, end, comma = preposed
    if ctx.speech.reportive.search(ctx.text, start, end) is None:
        return
    ctx.contents.append((start, end, cue))
    ctx.content_rules[start] = "preposed"
    ctx.preposed[cue.start] = comma


def _reportive_clause(ctx: QuoteContext, cue: Cue) -> re.Match[str] | None:
    """A comma and a main clause right after the verb (and its subject): in the reportive mood,
    "Merz sagte, die Lage sei ernst", "Gestern erklärte Merz, man müsse handeln", or opening with
    a subject (``comma_opener``): "Dettling sagte, die Linken wollten ..."."""
    text = ctx.text
    pos = cue.end
    sent_start, _ = sentence_bounds(ctx.doc, cue.start)
    if text[sent_start:cue.start].rstrip().endswith(","):
        return None  # "Das Ziel, sagt Balaous, müsse ...": a parenthetical verb (see ``_preposed``)
    k = bisect_left(ctx.mention_starts, pos)
    has_subject = bisect_left(ctx.mention_starts, sent_start) < k and ctx.mentions[k - 1].end <= cue.start
    if k < len(ctx.mentions) and not WORD.search(text, pos, ctx.mentions[k].start) \
            and ctx.mentions[k].start - pos <= 2 and not has_subject:
        pos = ctx.mentions[k].end  # the subject after the verb ("Gestern erklärte Merz, ...")
    else:
        word = _NEXT_WORD_AT.match(text, pos) or re.compile(r"\s+(\w+)").match(text, pos)
        if word is not None and word.group(1).lower() in ctx.speech.pronouns:
            pos = word.end(1)
    m = _COMMA.match(text, pos)
    addressee = None
    if m is None:  # "sagte der „Bild“-Zeitung, er wolle ...": an addressee before the comma
        addressee = m = _ADDRESSEE_COMMA.match(text, pos)
    if m is None:
        return None
    _, sent_end = sentence_bounds(ctx.doc, cue.start)
    stop = text.find(",", m.end(), sent_end)
    first = _FIRST_WORD.match(text, m.end())
    if ctx.speech.reportive.search(text, m.end(), sent_end if stop == -1 else stop) is None \
            and (addressee is not None or first is None or first.group(1).lower() not in ctx.speech.comma_openers) \
            and not _infinitive_clause(ctx, m.end(), sent_end if stop == -1 else stop):
        return None  # "Merz sagte, als er ankam, ...": a subordinate clause, not the report
    return m


def _infinitive_clause(ctx: QuoteContext, start: int, end: int) -> bool:
    """A clause ending in an infinitive after its marker reports what was said or promised:
    "betont, keine bezahlte politische Werbung zu akzeptieren", "versprechen daraufhin, das Zitat
    prüfen zu lassen" (``infinitive_marker``); not a purpose clause ("um ... zu helfen",
    ``infinitive_blocker``)."""
    words = [w.lower() for w in WORD.findall(ctx.text, start, end)]
    if len(words) < MIN_CLAUSE_WORDS or words[0] in ctx.speech.infinitive_blockers:
        return False
    return words[-2] in ctx.speech.infinitive_markers


def _object_before_relative(ctx: QuoteContext, start: int, end: int) -> bool:
    """ "ha sottolineato i forti legami che uniscono...": words that open with an article make a
    noun phrase, and the "che" after it starts a relative clause, not reported speech."""
    words = WORD.findall(ctx.text, start, end)
    if len(words) > 2 and words[-2].lower() in ctx.speech.content_nouns:
        return False  # "ha espresso la speranza che ...": the noun announces the reported clause
    return len(words) > 1 and words[0].lower() in ctx.speech.articles


def _bare_clause(ctx: QuoteContext, cue: Cue) -> re.Match[str] | None:
    """A reported clause right after the verb, without complementizer: "said he would",
    "says Hillary Clinton is lying" (a name counts when the verb already has its subject)."""
    if ctx.speech.reportive is not None:
        m = _reportive_clause(ctx, cue)
        if m is not None:
            return m
    if ctx.speech.opener is None:
        return None
    if ctx.text[cue.start:cue.end].lower() in ctx.speech.object_verbs:
        # "told reporters he would": the clause after the addressee
        m = ctx.speech.addressed.match(ctx.text, cue.end) if ctx.speech.addressed else None
        _, sent_end = sentence_bounds(ctx.doc, cue.start)
        if m is not None and len(WORD.findall(ctx.text, m.end(), sent_end)) >= MIN_CLAUSE_WORDS:
            return m  # not "told me this week."
        far = ctx.speech.addressed_far.match(ctx.text, cue.end) if ctx.speech.addressed_far else None
        if far is not None and far.end() < sent_end:
            return far  # "told a meeting of Pacific Island leaders that few people ..."
        k = bisect_left(ctx.mention_starts, cue.end)
        if k < len(ctx.mentions) and ctx.mentions[k].end < sent_end \
                and len(WORD.findall(ctx.text, cue.end, ctx.mentions[k].start)) <= 1:
            # "told the Associated Press he would": a named addressee, then the clause
            m = ctx.speech.opener.match(ctx.text, ctx.mentions[k].end)
            if m is not None and len(WORD.findall(ctx.text, m.end(), sent_end)) >= MIN_CLAUSE_WORDS:
                return m
        return None  # "told a private news channel as he ...": an addressee, no clause
    pos = cue.end
    day = _NEXT_WORD_AT.match(ctx.text, pos)
    if day is not None and day.group(1).lower() in ctx.calendar_words:
        pos = day.end()  # "said Monday the United States hopes"
    m = ctx.speech.opener.match(ctx.text, pos)
    if m is not None:
        sent_start, _ = sentence_bounds(ctx.doc, cue.start)
        if ctx.text[sent_start:cue.start].rstrip(" ,\u00a0").endswith(tuple(CLOSING_MARKS)):
            return None  # "“...,” said the resort's general manager": the quotation is what was said
        return m
    if ctx.text[cue.start:cue.end].lower() in ctx.speech.clause_verbs:
        m = _any_clause(ctx, cue, pos)
        if m is not None:
            return m
    m = _NEXT_CAPITAL.match(ctx.text, pos)
    if m is None or m.group(1).lower() in ctx.calendar_words:
        return None
    sent_start, _ = sentence_bounds(ctx.doc, cue.start)
    before = ctx.text[sent_start:cue.start].rstrip()
    if not WORD.search(before) or before.endswith((",", *CLOSING_MARKS)) or _anaphor_before(ctx, cue, sent_start):
        return None  # "said Trump", "Lo ha detto Lavrov": the name is the subject, not a clause
    return m


def _any_clause(ctx: QuoteContext, cue: Cue, pos: int) -> re.Match[str] | None:
    """After a verb that is followed by a clause or nothing ("said", ``clause_verb`` in
    speech_cue_words.tsv), any lower-case word opens the clause ("says hackers are taking aim",
    "said parents still want"), unless it is a preposition, an adverb, a day or month, or a word
    that is a whole answer ("said nothing", "said so"), and the verb has its subject before it."""
    m = _WORD_AT.match(ctx.text, pos)
    if m is None or not m.group(1)[:1].islower():
        return None
    word = m.group(1).lower()
    if word in ctx.speech.prepositions or word in ctx.speech.skippable or word in ctx.calendar_words \
            or word in ctx.speech.not_clause:
        return None
    sent_start, sent_end = sentence_bounds(ctx.doc, cue.start)
    before = ctx.text[sent_start:cue.start].rstrip()
    if not WORD.search(before) or before.endswith((",", *CLOSING_MARKS)):
        return None  # "..., said Smith": the subject follows
    if len(WORD.findall(ctx.text, pos, sent_end)) < MIN_CLAUSE_WORDS + 1:
        return None
    return _SPACES.match(ctx.text, pos)


def _preposed(ctx: QuoteContext, cue: Cue, sent_start: int, sent_end: int) -> tuple[int, int, int] | None:
    """Reported speech before the verb: "The plan failed, sources said." / ", said Mr. Burman." """
    text = ctx.text
    tail = text[cue.end:sent_end]
    stop = tail.find(",")
    after = tail if stop == -1 else tail[:stop]
    if len(WORD.findall(after)) > PREPOSED_TAIL_WORDS or any(c in after for c in QUOTE_MARKS):
        return None
    # "Se ciò non avvenisse, ha detto, ci saranno conseguenze": the content surrounds the verb
    parenthetical = stop != -1 and len(WORD.findall(tail[stop:])) >= 3
    comma = text.rfind(",", sent_start, cue.start)
    between = WORD.findall(text, comma, cue.start) if comma != -1 else []
    # ", wie Pressesprecher Reinald Achilles gegenüber dem Abendblatt sagte": a longer subordinate clause
    longest = AS_CLAUSE_WORDS if between and between[0].lower() in ctx.speech.as_words else PHRASE_WORDS
    if comma == -1 or len(between) > longest:
        return None
    if between and all(w.lower() in ctx.speech.conjunctions for w in between):
        return None  # "X ha indetto una riunione, e ha confermato ...": a second verb of the same subject
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
    if len(WORD.findall(text, start, end)) < (1 if parenthetical else 3):
        return None  # "The museum, Mr. Obama said, would make visitors ...": the subject may be short
    first = text.find(",", start, comma)
    head = WORD.findall(text, start, first) if first != -1 else []
    if head and all(w[0].isupper() for w in head) and text.find(",", first + 1, comma) == -1 \
            and bisect_left(ctx.mention_starts, first) \
            > bisect_left(ctx.mention_starts, start):
        return None  # "MK Naftali Bennett, Vorsitzender der Yamina-Partei, erklärte": the subject
    if parenthetical:
        if any(c in tail for c in QUOTE_MARKS):
            return None
        end = sent_end
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?…"):
            end -= 1
    return start, end, comma


def _content_end(ctx: QuoteContext, cue_index: int, start: int, sent_end: int) -> int:
    text = ctx.text
    end = sent_end
    semi = text.find(";", start, end)
    while semi != -1 and ctx.in_quote(semi):
        semi = text.find(";", semi + 1, end)
    if semi != -1:  # "...; Silvano Scrimali, un turista, ha detto: «...»": a semicolon ends the report
        end = semi
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
            if comma != -1 and not WORD.search(text, comma, min(src.cue.start, src.start)):
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


def _indirect(ctx: QuoteContext, start: int, end: int, cue: Cue) -> None:
    i = bisect_left(ctx.quoted_starts, start)
    first = ctx.quoted[i] if i < len(ctx.quoted) else None
    if first is not None and first.open == start and first.close >= end - 1:
        return  # "ha osservato che “...”": a direct quote, handled as such
    speaker = speaker_of(ctx, cue)
    _emit(ctx, start, end, False, cue, speaker, f"indirect:{ctx.content_rules.get(start, 'complementizer')}",
          confidence(speaker, 0.8))


# ---- direct quotes ----------------------------------------------------------------------------

def _direct(ctx: QuoteContext, q: QuotedSpan) -> None:
    text = ctx.text
    start, end = q.start, q.end
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    n_words = len(WORD.findall(text, start, end))
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
    if _interrupted(ctx, q, start, end):
        return
    if n_words <= TITLE_WORDS and _is_title(text, start, end) and not _said_next_to(ctx, q):
        return  # a title or a name in quotation marks: “Fox News Sunday”, “The Apprentice”
    if q.closed and _COMPOUND_AFTER.match(text, q.close):
        return  # part of a compound name: „Bild“-Zeitung, „Meet the Press“ -Programm
    labelled = _label(ctx, q, region)
    if labelled is not None:  # "Merz: „...“", "Il ministro Luigi Di Maio: «...»"
        _emit(ctx, start, end, True, None, labelled, "direct:label", 0.8)
        return
    cue, how = _cue_for(ctx, q, region)
    if cue is None:
        signed = _signature(ctx, q)
        if signed is not None:  # "“...” ― Krystal Correa"
            _emit(ctx, start, end, True, None, signed, "direct:signed", 0.8)
            return
        named = _named_before_colon(ctx, q, region)
        if named is not None:  # "condanne dure ... del presidente di zona Paolo Orneli: «...»"
            _emit(ctx, start, end, True, None, named, "direct:colon-name", 0.7)
            return
        if n_words < NO_CUE_MIN_WORDS or not _is_utterance(text, q, region):
            subject = _fragment_subject(ctx, q, region) if n_words >= FRAGMENT_WORDS else None
            if subject is not None:  # "ABB s'attend à rester « sous pression durant le reste de l'année »"
                speaker = from_mention(ctx, subject, "sentence-subject")
                _emit(ctx, start, end, True, None, speaker, "direct:fragment", 0.5)
            return
        speaker = carry_over(ctx, q.open, rule="previous-quote")
        _emit(ctx, start, end, True, None, speaker, "direct:no-cue", confidence(speaker, 0.4))
        return
    if n_words <= SHORT_QUOTE_WORDS and how == "sentence" and not _continues_quote(ctx, q, cue):
        return  # emphasis or a scare quote, not speech
    speaker = speaker_of(ctx, cue)
    base = 0.9 if how != "sentence" else 0.7
    _emit(ctx, start, end, True, cue, speaker, f"direct:{how}", confidence(speaker, base))


def _interrupted(ctx: QuoteContext, q: QuotedSpan, start: int, end: int) -> bool:
    """An attribution set inside the quotation marks splits it in two quotes of its speaker:
    "«Siamo pronti - ha detto il ministro - a trattare»", "«Tornerò - prosegue - da pendolare»",
    "« Nous sommes prêts, a déclaré le ministre, à négocier »", "«Estamos listos —dijo— para
    negociar»". The verb follows a comma or a dash at once, and the same mark closes the
    attribution within ``INSIDE_WORDS`` words and before any sentence end."""
    text = ctx.text
    i = bisect_left(ctx.inner_cue_starts, start)
    while i < len(ctx.inner_cues) and ctx.inner_cues[i].start < end:
        cue = ctx.inner_cues[i]
        i += 1
        if cue.row.kind == "indirect" or cue.row.tense == "gerund":
            continue
        opening = _INSIDE_OPEN.search(text, max(start, cue.start - 4), cue.start)
        if opening is None or len(WORD.findall(text, start, opening.start())) < 2:
            continue
        mark = opening.group(1).strip()
        closing = _INSIDE_CLOSE[mark].search(text, cue.end, end)
        if closing is None:
            continue
        inside = text[cue.end:closing.start()]
        if len(WORD.findall(inside)) > INSIDE_WORDS or _SENTENCE_END.search(inside) \
                or not WORD.search(text, closing.end(), end):
            continue
        speaker = inside_speaker(ctx, cue, closing.start(), q.open)
        resume = closing.end()
        if mark == "," and speaker.span is not None and speaker.span.end == closing.start():
            resume = _after_apposition(ctx, closing.end(), end)
        for a, b in ((start, opening.start()), (resume, end)):
            while a < b and (text[a].isspace() or text[a] in ".,;:"):
                a += 1
            while b > a and (text[b - 1].isspace() or text[b - 1] in ",;"):
                b -= 1
            _emit(ctx, a, b, True, cue, speaker, "direct:inside", confidence(speaker, 0.85))
        return True
    return False


def _after_apposition(ctx: QuoteContext, pos: int, end: int) -> int:
    """Where the quotation resumes after the name of an attribution inside the marks: past an
    apposition that ends its sentence ("« Absurde, explique Antony Fastier, toxicologue, ancien de
    l’Anses. Les études ... »"), else at ``pos``. An apposition opens with a lower-case word that is
    no preposition, article or conjunction ("à négocier" goes on quoting)."""
    text = ctx.text
    stop = _SENTENCE_END.search(text, pos, end)
    first = _FIRST_WORD.match(text, pos)
    if stop is None or stop.group() != "." or first is None or not first.group(1)[0].islower():
        return pos
    word = first.group(1).lower()
    if word in ctx.speech.prepositions or word in ctx.speech.articles or word in ctx.speech.conjunctions \
            or word in ctx.speech.complementizers or len(WORD.findall(text, pos, stop.start())) > APPOSITION_WORDS:
        return pos
    return stop.end()


def _fragment_subject(ctx: QuoteContext, q: QuotedSpan, region: tuple[int, int]) -> Mention | None:
    """The person or body an attribution word opening the sentence names, when the sentence quotes
    a longer fragment with no verb of saying: "Secondo Perino «una condanna così pesante è un caso
    unico»", "Selon le ministre Jean Dupont, « ... »" (without the attribution word, a quoted
    fragment is as often a title: "Provenzali, voce di «Tutto il calcio minuto per minuto»")."""
    if q.open <= region[0] + 1 or quote_between(ctx, region[0], q.open):
        return None
    subject = first_subject(ctx, region[0], q.open)
    if subject is None or len(WORD.findall(ctx.text, region[0], subject.start)) > FRAGMENT_LEAD_WORDS:
        return None
    for match, row in ctx.source_cues:
        if row.kind == "according" and region[0] <= match.start() and match.end() <= subject.start \
                and all(w.lower() in ctx.speech.articles for w in WORD.findall(ctx.text, match.end(), subject.start)):
            return subject
    return None


def _label(ctx: QuoteContext, q: QuotedSpan, region: tuple[int, int]) -> Speaker | None:
    """A name and a colon are all that stands before the quotation in its sentence: "Merz: „Wir
    müssen handeln“" (a headline or a subtitle that gives the speaker)."""
    head = ctx.text[region[0]:q.open].rstrip()
    if not head.endswith(":"):
        return None
    colon = region[0] + len(head) - 1
    if len(WORD.findall(ctx.text, region[0], colon)) > LABEL_WORDS:
        return None
    k = bisect_left(ctx.mention_starts, colon) - 1  # the name ends the head: "Bundeskanzler Merz:"
    if k >= 0 and ctx.mentions[k].start >= region[0] and not ctx.text[ctx.mentions[k].end:colon].strip() \
            and ctx.types.get(ctx.mentions[k].entity_id) in SUBJECT_TYPES:
        return from_mention(ctx, ctx.mentions[k], "label")
    return None


def _named_before_colon(ctx: QuoteContext, q: QuotedSpan, region: tuple[int, int]) -> Speaker | None:
    """A person or body named right before a colon that opens the quotation, in a sentence with no
    verb of saying: "... condanne dure da parte del presidente di zona Paolo Orneli: «Si tratta di
    un gesto di inaudita barbarie»" (the label of ``_label`` inside a longer sentence)."""
    colon = ctx.text.rfind(":", max(region[0], q.open - 4), q.open)
    if colon == -1 or ctx.text[colon + 1:q.open].strip():
        return None
    k = bisect_left(ctx.mention_starts, colon) - 1
    if k >= 0 and ctx.mentions[k].start >= region[0] and not ctx.text[ctx.mentions[k].end:colon].strip() \
            and ctx.types.get(ctx.mentions[k].entity_id) in SUBJECT_TYPES:
        return from_mention(ctx, ctx.mentions[k], "label")
    # "Luna aprovechó la ocasión para atacar a los periodistas: “...”": the subject opening the sentence
    j = bisect_left(ctx.quoted_starts, region[0])
    if j < len(ctx.quoted) and ctx.quoted[j].open < q.open:
        return None  # another quotation first: not a plain statement of the subject
    subject = first_subject(ctx, region[0], colon)
    if subject is not None and len(WORD.findall(ctx.text, region[0], subject.start)) <= COLON_LEAD_WORDS:
        return from_mention(ctx, subject, "sentence-subject")
    for word in list(WORD.finditer(ctx.text, region[0], colon))[:COLON_LEAD_WORDS + 1]:
        if word.group()[0].isupper():  # "Sin embargo, Luna aprovechó ...": "Luna" after "Osiris Luna"
            known = known_name(ctx, Span(word.start(), word.end(), word.group()))
            if known is not None:
                return known
    return None


def _signature(ctx: QuoteContext, q: QuotedSpan) -> Speaker | None:
    """A quotation signed with a dash and a name: "“...” ― Krystal Correa", "«...» — Macron"."""
    m = _DASH.match(ctx.text, q.close)
    if m is None:
        return None
    k = bisect_left(ctx.mention_starts, m.end())
    if k < len(ctx.mentions) and ctx.mentions[k].start == m.end() \
            and ctx.types.get(ctx.mentions[k].entity_id) in SUBJECT_TYPES:
        return from_mention(ctx, ctx.mentions[k], "signature")
    return None


def _continues_quote(ctx: QuoteContext, q: QuotedSpan, cue: Cue) -> bool:
    """A short quotation a few words after another one of the same cue: "adding the nations “are
    massively increasing” their “defense investments”" goes on quoting the same speaker."""
    last = ctx.quotes[-1] if ctx.quotes else None
    if last is None or not last.direct or last.cue is None or last.cue.start != cue.start:
        return False
    gap = ctx.text[last.end:q.open]
    return len(WORD.findall(gap)) <= SHORT_GAP_WORDS and not re.search(r"[.;:!?]", gap.strip(" ”»\"’"))


def _said_next_to(ctx: QuoteContext, q: QuotedSpan) -> bool:
    """A verb of saying right after the closing mark and a comma: "„Tyson hat Vorteile in Größe“,
    sagte Krassyuk" is speech even though every long word is capitalised (German nouns), not a title."""
    after = _COMMA_AFTER.match(ctx.text, q.close)
    if after is not None:
        i = bisect_left(ctx.cue_starts, after.end())
        if i < len(ctx.cues) and ctx.cues[i].start == after.end() and ctx.cues[i].row.kind != "indirect":
            return True
    return False


def _is_title(text: str, start: int, end: int) -> bool:
    """Every word longer than three letters starts with a capital, and there are at least two."""
    words = WORD.findall(text, start, end)
    long_words = [w for w in words if len(w) > 3 or w[0].isupper()]
    return len(long_words) >= 2 and all(w[0].isupper() for w in long_words) \
        and not text[start:end].rstrip().endswith((".", "!", "?", ","))


def _is_utterance(text: str, q: QuotedSpan, region: tuple[int, int]) -> bool:
    """A full quoted sentence: it opens its sentence or ends with sentence punctuation."""
    inner = text[q.start:q.end].rstrip()
    return q.open <= region[0] + 1 or inner.endswith((".", "!", "?", "…")) or not q.closed


def _cue_for(ctx: QuoteContext, q: QuotedSpan, region: tuple[int, int]) -> tuple[Cue | None, str]:
    text = ctx.text
    cues = ctx.cues
    i = bisect_left(ctx.cue_starts, q.close)
    # 1. right after the quote; when the sentence goes on after it ("“...,” Rep. Moore (D-Wis.)
    #    said", "“...?” he asks") the cue may sit past a sentence split or an abbreviation
    if i < len(cues):
        cue = cues[i]
        gap = text[q.close:cue.start]
        blockers = _CONTINUED_BREAK if _continues(text, q) else _CLAUSE_BREAK
        anaphoric = cue.start in ctx.anaphoric and _split_after(ctx, q, cue)  # "«...». Lo ha detto X"
        if cue.start - q.close <= RIGHT_GAP and (not blockers.search(gap) or anaphoric) and cue.row.kind != "indirect" \
                and (cue.start < region[1] or _split_after(ctx, q, cue)
                     or text[q.start:q.end].rstrip().endswith(",") and _abbreviated(ctx, gap)):
            if cue.row.tense != "postquote" or gap.strip() in ("", ","):
                return cue, "after"
    # 2. nearest before it, with no other quotation in between
    j = bisect_left(ctx.cue_starts, q.open) - 1
    if j >= 0:
        cue = cues[j]
        if cue.end <= q.open and cue.start >= region[0] and cue.row.tense != "postquote" \
                and not quote_between(ctx, cue.end, q.open):
            gap = text[cue.end:q.open]
            near = q.open - cue.end <= SHORT_LEFT_GAP and not PHRASE_BREAK.search(gap)
            if near or ":" in gap or _in_content_of(ctx, q.open, cue):
                return cue, "before"
            return cue, "sentence"
        # "The New York Times reports:" closing the previous paragraph
        if cue.end <= q.open and not quote_between(ctx, cue.end, q.open) \
                and _COLON_GAP.fullmatch(text, cue.end, q.open):
            return cue, "colon"
    # 3. any cue of the sentence
    for cue in cues[max(0, j):]:
        if cue.start >= region[1]:
            break
        if region[0] <= cue.start and cue.row.tense != "postquote":
            return cue, "sentence"
    return None, ""


def _abbreviated(ctx: QuoteContext, gap: str) -> bool:
    """Every period in ``gap`` ends an abbreviation or an initial, so no sentence ends there:
    "“...,” Rep. Elijah E. Cummings (D-Md.) said", not "“...,” reported Reuters. Another said"."""
    for m in re.finditer(r"(\w+)\.(?!\))", gap):
        if len(m.group(1)) > 1 and m.group(1).lower() not in ctx.abbreviations:
            return False
    return True


def _split_after(ctx: QuoteContext, q: QuotedSpan, cue: Cue) -> bool:
    """The cue's sentence starts right after the closing mark: the splitter cut "“...?” he asks"."""
    i = sentence_index(ctx.doc, cue.start)
    if i is None:
        return False
    start = ctx.doc.sentences[i][0]
    gap = ctx.text[q.close:start].strip(" ,\u00a0\t")
    if gap and not (gap == "." and _anaphor_before(ctx, cue, start)):  # "«...». Lo ha detto Lavrov"
        return False
    if ctx.text[start:start + 1].islower():
        return True
    # "“...?” Vitter demanded.": a name (or a pronoun) and the verb open the next sentence, after
    # a quotation that is a sentence of its own
    here = sentence_index(ctx.doc, q.open)
    if here is None or ctx.text[ctx.doc.sentences[here][0]:q.open].strip():
        return False
    words = WORD.findall(ctx.text, start, cue.start)
    k = bisect_left(ctx.mention_starts, start)
    named = k < len(ctx.mentions) and ctx.mentions[k].start == start and ctx.mentions[k].end <= cue.start
    return 0 < len(words) <= AFTER_NAME_WORDS and (named or words[0].lower() in ctx.speech.pronouns
                                                   or words[0].lower() in ctx.speech.anaphors)


def _continues(text: str, q: QuotedSpan) -> bool:
    """The sentence goes on after the closing mark: the quotation ends with a comma, a comma
    follows it, or the next word starts in lower case."""
    inner = text[q.start:q.end].rstrip()
    m = _NEXT_CHAR.match(text, q.close)
    return inner.endswith(",") or (m is not None and (m.group(1) == "," or m.group(1).islower()))


def _in_content_of(ctx: QuoteContext, pos: int, cue: Cue) -> bool:
    return any(c is cue and s <= pos <= e for s, e, c in ctx.contents)


# ---- speakers ---------------------------------------------------------------------------------

def _emit(ctx: QuoteContext, start: int, end: int, direct: bool, cue: Cue | None, speaker: Speaker,
          rule: str, confidence: float, according: bool = True) -> None:
    """``according`` False: the cited source is the speaker itself, not a relay."""
    if not direct and speaker.entity_id is None and speaker.text is None:
        return  # "es war kritisiert worden, dass ...": reported speech of no one is no quote
    if any(q.start == start and q.end == end and q.direct == direct for q in ctx.quotes[-3:]):
        return  # "a-t-il estimé, soulignant que ...": two verbs, one content
    text = ctx.text
    anchor = cue.start if cue is not None else start
    def interviewed(i: int) -> bool:  # the speaker is a person named or quoted in sentence i
        if speaker.entity_id is None or ctx.types.get(speaker.entity_id) != "PERSON":
            return False
        s_start, s_end = ctx.doc.sentences[i]
        return any(s_start <= m.start < s_end for m in ctx.mentions if m.entity_id == speaker.entity_id) \
            or any(q.speaker == speaker.entity_id and s_start <= q.start < s_end for q in ctx.quotes)

    source = according_to(ctx.doc, min(anchor, start), max(end, anchor + 1), interviewed) if according else None
    ctx.quotes.append(Quote(
        start=start, end=end, text=text[start:end], speaker=speaker.entity_id,
        speaker_text=speaker.text, direct=direct,
        cue=Span(cue.start, cue.end, text[cue.start:cue.end]) if cue is not None else None,
        according_to=source if source != speaker.entity_id else None,  # an outlet speaking relays no one
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
