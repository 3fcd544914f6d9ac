"""A quotation inside a quotation, attributed inside it: „Smotrich sagt: ‚Ich werde mit Netanyahu
gehen‘ – ich glaube nicht daran.“ The speaker quotes someone else; the inner words are that
person's when a verb of saying stands right before the inner opening mark (only a colon, comma or
space between) with a person, organisation or group named just before the verb (or a bare surname of one person
of the article that the linker left unlinked there). The outer quote
stays its speaker's; inner quotations with no such attribution (scare quotes, titles) are left alone.
"""
from __future__ import annotations

from bisect import bisect_left

from cronaca.document import Span
from cronaca.extract.quote_context import QuoteContext, WORD
from cronaca.extract.quote_emit import emit
from cronaca.extract.quotemarks import find_quoted
from cronaca.extract.speaker_record import SUBJECT_TYPES, Speaker, confidence, from_mention

#: Most words between the inner speaker's name and the verb ("Smotrich sagt immer wieder").
NAME_TO_VERB_WORDS = 2


def nested_quotes(ctx: QuoteContext) -> None:
    text = ctx.text
    for outer in [q for q in ctx.quotes if q.direct]:
        for inner in find_quoted(text[outer.start:outer.end]):
            open_at, start, end = outer.start + inner.open, outer.start + inner.start, outer.start + inner.end
            k = bisect_left(ctx.inner_cue_starts, open_at) - 1
            if k < 0:
                continue
            cue = ctx.inner_cues[k]
            if cue.start < outer.start or text[cue.end:open_at].strip(" ,:\u00a0") or cue.row.kind == "indirect":
                continue
            speaker = _inner_speaker(ctx, outer.start, cue.start)
            if speaker is None:
                continue
            while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
                end -= 1
            if WORD.search(text, start, end):
                emit(ctx, start, end, True, cue, speaker, "direct:nested", confidence(speaker, 0.7))


def _inner_speaker(ctx: QuoteContext, floor: int, cue_start: int) -> Speaker | None:
    """The entity named right before an inner verb of saying, or a bare name the linker left
    unlinked there that belongs to exactly one person of the article ("Smotrich sagt")."""
    text = ctx.text
    j = bisect_left(ctx.inner_mention_starts, cue_start) - 1
    if j >= 0:
        m = ctx.inner_mentions[j]
        if m.start >= floor and ctx.types.get(m.entity_id) in SUBJECT_TYPES \
                and len(WORD.findall(text, m.end, cue_start)) <= NAME_TO_VERB_WORDS \
                and not any(c in text[m.end:cue_start] for c in ".;:!?"):
            return from_mention(ctx, m, "inside-quote")
    words = list(WORD.finditer(text, floor, cue_start))
    if not 1 <= len(words) <= NAME_TO_VERB_WORDS or not all(w.group()[0].isupper() for w in words):
        return None
    span = Span(words[0].start(), words[-1].end(), text[words[0].start():words[-1].end()])
    names = {w.group() for w in words if len(w.group()) >= 3}
    # one person of the article bearing that name, named before or after, in quotations or not
    found = {m.entity_id for m in (*ctx.mentions, *ctx.inner_mentions)
             if ctx.types.get(m.entity_id) == "PERSON" and names & set(WORD.findall(m.text))}
    return Speaker(found.pop(), span.text, span, "known-name:inside-quote") if len(found) == 1 else None
