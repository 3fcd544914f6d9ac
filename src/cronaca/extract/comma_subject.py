"""A subject cut off from its verb by a stray comma: "Por otra parte, el ministro de Hacienda,
indicó el miércoles que ...". Many Latin American (and hurried) newsrooms put a comma between a
subject and its verb; without this rule the verb looks subject-less and takes the last speaker.

Only a noun phrase that plainly names a person by office or a body is taken: a definite article and
a role noun ("el ministro de Hacienda", "la portavoz del Gobierno"), or a name the linker found.
A clause before the comma ("Tras la reunión, indicó que") is a circumstance, not a subject.
"""
from __future__ import annotations

from bisect import bisect_left

from cronaca.document import Span
from cronaca.extract.cue_subjects import PHRASE_WORDS, phrase_breaks
from cronaca.extract.named_phrases import phrase_speaker
from cronaca.extract.quote_context import QuoteContext, WORD
from cronaca.extract.role_nouns import person_noun
from cronaca.extract.speaker_record import SUBJECT_TYPES, Speaker, from_mention
from cronaca.extract.speech import Cue


def subject_before_comma(ctx: QuoteContext, cue: Cue, sent_start: int) -> Speaker | None:
    """The noun phrase between the previous break and a comma right before the verb."""
    text = ctx.text
    lead = text[sent_start:cue.start].rstrip()
    if not lead.endswith(",") or any(w.lower() not in ctx.speech.skippable
                                     for w in WORD.findall(text, sent_start + len(lead), cue.start)):
        return None
    comma = sent_start + len(lead) - 1
    breaks = phrase_breaks(ctx, sent_start, comma)
    start = breaks[-1] + 1 if breaks else sent_start
    words = list(WORD.finditer(text, start, comma))
    if not words or len(words) > PHRASE_WORDS:
        return None
    k = bisect_left(ctx.mention_starts, words[0].start())
    if k < len(ctx.mentions) and ctx.mentions[k].end <= comma \
            and ctx.types.get(ctx.mentions[k].entity_id) in SUBJECT_TYPES \
            and not WORD.search(text, words[0].start(), ctx.mentions[k].start) \
            and (ctx.mentions[k].end >= words[-1].end() or _role_phrase(ctx, words)):
        return from_mention(ctx, ctx.mentions[k], "before-comma")  # "Elián Villegas, indicó que"
    if not _role_phrase(ctx, words):
        return None
    phrase = Span(words[0].start(), words[-1].end(), text[words[0].start():words[-1].end()])
    found = phrase_speaker(ctx, phrase)
    return Speaker(found.entity_id, found.text, found.span, found.rule + "+before-comma")


def _role_phrase(ctx: QuoteContext, words: list) -> bool:
    """A definite article and a noun of office: "el ministro de Hacienda", "the spokeswoman"."""
    return len(words) >= 2 and words[0].group().lower() in ctx.speech.definite \
        and person_noun(ctx, words[1].group())
