"""Emitting one Quote: its text, speaker, cue span, rule and the outlet it is cited from
(``according_to``), dropping reported speech of no one and a second verb of the same content.
"""
from __future__ import annotations

from cronaca.document import Quote, Span
from cronaca.extract.quote_context import QuoteContext
from cronaca.extract.sources import according_to
from cronaca.extract.speaker_record import Speaker
from cronaca.extract.speech import Cue


def skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def emit(ctx: QuoteContext, start: int, end: int, direct: bool, cue: Cue | None, speaker: Speaker,
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
