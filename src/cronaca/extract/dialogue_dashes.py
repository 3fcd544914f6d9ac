"""Direct speech set off by a dash at the start of a paragraph, with the attribution in dashes
inside it: Spanish (and French, Italian) dialogue typography, "—No vamos a dar un paso atrás
—dijo el presidente Pedro Sánchez—. Lo haremos.", "—Es una vergüenza —afirmó un vecino.".

There are no quotation marks to pair, so ``quotemarks`` never sees these words. A paragraph that
opens with a dash is speech only when a verb of saying follows a second dash inside it; the words
before that dash are the quotation, and the words after the closing dash (if the paragraph goes on)
are its continuation by the same speaker. A dashed paragraph with no verb of saying (an interview's
question, a list item) is left alone: whose words they are is not written there.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from cronaca.extract.back_reference import carry_over
from cronaca.extract.cue_subjects import inverted_phrase, mention_after
from cronaca.extract.named_phrases import phrase_speaker
from cronaca.extract.quote_context import QuoteContext, WORD
from cronaca.extract.quote_emit import emit
from cronaca.extract.speaker_record import SUBJECT_TYPES, Speaker, confidence, from_mention
from cronaca.extract.speech import Cue

#: The dash opening a line of dialogue (em dash, horizontal bar; an en dash in careless copy).
_OPENING = re.compile(r"(?m)^[ \t]*[—―–][ \t]*(?=\S)")
#: The dash opening the attribution inside the line: a space, the dash, then a lower-case verb.
_INCISE = re.compile(r"\s[—―–]\s?(?=[^\W\d_])")
#: The dash closing the attribution when the quotation goes on after it.
_CLOSING = re.compile(r"[—―–]")
#: Punctuation that ends the quoted words before the attribution ("... atrás, —dijo").
_TRAILING = " \t,;:"


def dialogue_quotes(ctx: QuoteContext) -> None:
    text = ctx.text
    for line in _OPENING.finditer(text):
        start = line.end()
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        incise = _INCISE.search(text, start, end)
        if incise is None:
            continue
        cue = _cue_at(ctx, incise.end())
        if cue is None:
            continue
        closing = _CLOSING.search(text, cue.end, end)
        attribution_end = closing.start() if closing is not None else end
        speaker = _speaker(ctx, cue, attribution_end, start)
        first_end = len(text[:incise.start()].rstrip(_TRAILING))
        _emit(ctx, start, first_end, cue, speaker)
        if closing is not None:
            rest = closing.end()
            while rest < end and text[rest] in " \t.,;:":
                rest += 1
            rest_end = len(text[:end].rstrip(" \t."))  # the paragraph's full stop is no part of the words
            if len(WORD.findall(text, rest, rest_end)) >= 2:
                _emit(ctx, rest, rest_end, cue, speaker)


def _cue_at(ctx: QuoteContext, pos: int) -> Cue | None:
    """The verb of saying that opens the attribution ("dijo", "ha dicho", "afirmó")."""
    k = bisect_left(ctx.cue_starts, pos)
    if k < len(ctx.cues) and ctx.cues[k].start == pos:
        return ctx.cues[k]
    return None


def _speaker(ctx: QuoteContext, cue: Cue, end: int, line_start: int) -> Speaker:
    """A name after the verb, else the phrase there ("un vecino"), else whoever spoke last."""
    m = mention_after(ctx, cue.end, end)
    if m is not None and ctx.types.get(m.entity_id) in SUBJECT_TYPES:
        return from_mention(ctx, m, "after")
    phrase = inverted_phrase(ctx, cue.end, end)
    if phrase is not None:
        return phrase_speaker(ctx, phrase)
    return carry_over(ctx, line_start, rule="zero-subject", inverted=True)


def _emit(ctx: QuoteContext, start: int, end: int, cue: Cue, speaker: Speaker) -> None:
    text = ctx.text
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    if len(WORD.findall(text, start, end)) < 2:
        return
    if any(q.start < end and start < q.end for q in ctx.quotes):
        return  # words another rule already reported (quotation marks inside the line)
    emit(ctx, start, end, True, cue, speaker, "direct:dialogue-dash", confidence(speaker, 0.8))
