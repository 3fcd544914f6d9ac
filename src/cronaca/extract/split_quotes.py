"""An attribution set inside the quotation marks splits it in two quotes of one speaker: "«Siamo
pronti - ha detto il ministro - a trattare»", "« Nous sommes prêts, a déclaré le ministre, à
négocier »", "«Estamos listos —dijo— para negociar»".
"""
from __future__ import annotations

import re
from bisect import bisect_left

from cronaca.extract.clause_openers import FIRST_WORD
from cronaca.extract.quote_context import QuoteContext, WORD
from cronaca.extract.quote_emit import emit
from cronaca.extract.quotemarks import QuotedSpan
from cronaca.extract.speaker_record import confidence
from cronaca.extract.speakers import inside_speaker
from cronaca.extract.speech import AFTER_QUOTE

#: Most words between a speech verb set inside quotation marks and the dash or comma closing it
#: ("«Siamo pronti - ha detto il ministro degli Esteri Sergei Lavrov - a trattare»").
INSIDE_WORDS = 8
#: The same between dashes, which close an attribution plainly enough for a relative clause on its
#: speaker ("«... - spiega Andrea Silingardi che porta avanti l'attività con il fratello e il padre - ...»"),
#: or an apposition holding one ("«Noi - spiega Paolo Ferretti, consigliere del circolo orti di via Emilia,
#: associazione che conta cento soci e trecento tesserati - siamo veterani»").
INSIDE_DASH_WORDS = 24
#: Most words of an apposition after the name in such an attribution ("..., explique Antony Fastier,
#: toxicologue, ancien de l’Anses. ...").
APPOSITION_WORDS = 10
#: A comma or a dash (a hyphen only with a space before it) right before a verb inside quotation marks.
_INSIDE_OPEN = re.compile(r"(,|\s-|[–—])\s*$")
_DASH_CLOSE = re.compile(r"\s*[–—]\s*|\s+-\s*")
_INSIDE_CLOSE = {",": re.compile(r"\s*,\s*"), "-": _DASH_CLOSE, "–": _DASH_CLOSE, "—": _DASH_CLOSE}
_SENTENCE_END = re.compile(r"[.;:!?]")
#: A full stop closing an attribution after a comma, the quotation going on with a new sentence
#: ("« Nous devons réduire la dette, a expliqué Bruno Le Maire. Il n'y aura pas de hausse »").
_STOP_CLOSE = re.compile(r"\.\s+(?=[^\W\d_])")


def split_quote(ctx: QuoteContext, q: QuotedSpan, start: int, end: int) -> bool:
    """An attribution set inside the quotation marks splits it in two quotes of its speaker:
    "«Siamo pronti - ha detto il ministro - a trattare»", "«Tornerò - prosegue - da pendolare»",
    "« Nous sommes prêts, a déclaré le ministre, à négocier »", "«Estamos listos —dijo— para
    negociar»". The verb follows a comma or a dash at once (after at least one word for a dash, two for a comma), and the same mark closes the
    attribution within ``INSIDE_WORDS`` words and before any sentence end; after a comma, a full stop
    and a capitalised word may close it too ("« ..., a expliqué Bruno Le Maire. Il n'y aura ... »")."""
    text = ctx.text
    i = bisect_left(ctx.inner_cue_starts, start)
    while i < len(ctx.inner_cues) and ctx.inner_cues[i].start < end:
        cue = ctx.inner_cues[i]
        i += 1
        if cue.row.kind == "indirect" or cue.row.tense == "gerund":
            continue
        if cue.row.tense in AFTER_QUOTE and (nxt := FIRST_WORD.match(text, cue.end)) is not None \
                and nxt.group(1).lower() in ctx.speech.as_words | ctx.speech.only_complementizers:
            continue  # "«..., così come la polizia, tanto che ...»": a comparison, not "«..., così Rossi, ...»";
            # "„..., so dass es einen Überschuss gibt, und ...“": a conjunction, not "„..., so Merz, ...“"
        verb_start = _before_clitics(ctx, start, cue.start)
        opening = _INSIDE_OPEN.search(text, max(start, verb_start - 4), verb_start)
        if opening is None:
            continue
        mark = opening.group(1).strip()
        if _nested_quotation(text[start:opening.start()]):
            continue  # "„‚Was isst du denn dann?‘, fragten sie. Ich sagte ...“": the verb is the quoted
            # person's own narration of someone else's words, not the attribution of the quotation
        # a dash may follow one word ("«Tornerò - prosegue - da pendolare»"); a comma after one
        # word is mostly an interjection ("«Sì, ha detto, ...»" needs two)
        if len(WORD.findall(text, start, opening.start())) < (1 if mark != "," else 2):
            continue
        closing = _INSIDE_CLOSE[mark].search(text, cue.end, end)
        stop = next((x for x in _STOP_CLOSE.finditer(text, cue.end, end)
                     if text[x.end()].isupper() and not _abbreviation(ctx, x.start())), None)
        # after a comma a full stop may close the attribution; after a dash only when no dash closes
        # it before that stop ("«Siamo soddisfatti – ha detto l'avvocato Rossetti, che assiste la
        # famiglia. Il giudice ...»": the writer dropped the closing dash at the sentence's end)
        if stop is not None and (closing is None or stop.start() < closing.start()) \
                and (mark == "," or _SENTENCE_END.search(text, cue.end, stop.start()) is None):
            closing = stop
        if closing is None:
            continue
        inside = text[cue.end:closing.start()]
        if len(WORD.findall(inside)) > (INSIDE_WORDS if mark == "," else INSIDE_DASH_WORDS) \
                or any(not (x.group() == "." and _abbreviation(ctx, x.start()))
                       for x in _SENTENCE_END.finditer(text, cue.end, closing.start())) \
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
            if a == b:  # an apposition closing the quotation: "« ..., a dit X, présidente du RN. »"
                continue
            emit(ctx, a, b, True, cue, speaker, "direct:inside", confidence(speaker, 0.85))
        return True
    return False


#: Marks that open and close a quotation inside another one (‚…‘ in „…“, ‹…› in «…», '…' in "…").
_NESTED_OPEN = "‚‘‹'\"“"
_NESTED_CLOSE = "‘’›'\"”"


def _nested_quotation(before: str) -> bool:
    """The words before the verb are a quotation of their own, from its opening mark to its closing one."""
    before = before.strip()
    return len(before) > 2 and before[0] in _NESTED_OPEN and before[-1] in _NESTED_CLOSE


def _before_clitics(ctx: QuoteContext, start: int, pos: int) -> int:
    """Where the verb's group starts once object clitics before it are counted in: "«... - ci ha detto la
    donna - ...»", "«... - mi ha spiegato -»" (``clitic`` in speech_cue_words.tsv)."""
    while True:
        word = re.search(r"(\w+)\s*$", ctx.text[max(start, pos - 12):pos])
        if word is None or word.group(1).lower() not in ctx.speech.clitics:
            return pos
        pos -= len(word.group(0))


def _abbreviation(ctx: QuoteContext, dot: int) -> bool:
    """The full stop at ``dot`` ends an abbreviation or an initial ("Gen.", "M.", "J."), not a sentence."""
    word = re.search(r"\w+$", ctx.text[max(0, dot - 20):dot])
    return word is not None and (len(word.group()) == 1 or word.group().lower() in ctx.abbreviations)


def _after_apposition(ctx: QuoteContext, pos: int, end: int) -> int:
    """Where the quotation resumes after the name of an attribution inside the marks: past an
    apposition that ends its sentence ("« Absurde, explique Antony Fastier, toxicologue, ancien de
    l’Anses. Les études ... »"), else at ``pos``. An apposition opens with a lower-case word that is
    no preposition, article, conjunction or other closed-class word ("à négocier" goes on quoting,
    and so does a clause opening with a pronoun: "« ..., a dit Marine Le Pen, nous irons jusqu'au
    bout. »")."""
    text = ctx.text
    stop = _SENTENCE_END.search(text, pos, end)
    first = FIRST_WORD.match(text, pos)
    if stop is None or stop.group() != "." or first is None or not first.group(1)[0].islower():
        return pos
    word = first.group(1).lower()
    if word in ctx.speech.prepositions or word in ctx.speech.articles or word in ctx.speech.conjunctions \
            or word in ctx.speech.complementizers or word in ctx.speech.closed_words \
            or len(WORD.findall(text, pos, stop.start())) > APPOSITION_WORDS:
        return pos
    return stop.end()
