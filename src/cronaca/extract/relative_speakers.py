"""A verb of saying in a relative clause on a name: the name speaks, even when a preposition governs
it ("Renzi ha sentito le delegazioni di Scelta Civica e PI che si sono dette disponibili", "se le
preguntó a Yurramendi, quien señaló que", "spoke with Nancy Pelosi, who said"). Walking back to the
sentence subject instead takes the one who asked, met or heard them.

A relative pronoun is a ``subject_relative`` row ("qui", "who", "il quale"), a ``relative`` word that
is also a ``pronoun`` row ("quien"), or a complementizer ("che", "que", "that"): right after a name
and right before a finite verb, a complementizer can only open a relative clause ("ha detto che"
needs a verb before it). An object relative has its subject after the verb ("lo que dijo Sánchez",
"quello che ha detto Renzi"): a name right after the verb leaves the clause alone. A complementizer
set off by a comma is on the whole noun phrase before it ("sectores cercanos a la ex Concertación, que
han manifestado", "Ciro Corona, capo di R - Esistenza Anticamorra, che ha sottolineato"), and is left
to the noun phrase rules; only the pronouns that are nothing but relatives ("quien", "who") take the
name before their comma.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from cronaca.document import Mention, Span
from cronaca.extract.quote_context import QuoteContext, WORD
from cronaca.extract.speaker_record import SUBJECT_TYPES
from cronaca.extract.speech import Cue

#: Between a name and the relative pronoun that takes it up: a space or a comma.
_NAME_TO_RELATIVE = re.compile(r"[ \u00a0]*,?[ \u00a0]*")
#: How far before the verb the relative pronoun may stand (auxiliaries, clitics, adverbs between).
RELATIVE_REACH = 40
#: Most characters between the verb and a name after it that makes the clause an object relative.
OBJECT_RELATIVE_GAP = 6


def is_relative_pronoun(ctx: QuoteContext, word: str) -> bool:
    low = word.lower()
    return low in ctx.speech.subject_relatives or (low in ctx.speech.relatives and low in ctx.speech.pronouns)


def antecedent(ctx: QuoteContext, pos: int) -> Mention | None:
    """The PERSON, ORG or GROUP mention right before a relative pronoun at ``pos`` (a comma may stand
    between)."""
    i = bisect_left(ctx.mention_starts, pos) - 1
    if i < 0:
        return None
    m = ctx.mentions[i]
    if m.end > pos or ctx.types.get(m.entity_id) not in SUBJECT_TYPES \
            or not _NAME_TO_RELATIVE.fullmatch(ctx.text, m.end, pos):
        return None
    return m


def pronoun_antecedent(ctx: QuoteContext, pronoun: Span) -> Mention | None:
    """A relative pronoun subject ("quien", "who", "qui") stands for the name right before it."""
    return antecedent(ctx, pronoun.start) if is_relative_pronoun(ctx, pronoun.text) else None


def relative_clause_subject(ctx: QuoteContext, cue: Cue, sent_start: int) -> Mention | None:
    """The name a complementizer-like relative pronoun right before the verb takes up: "Forza
    Italia che si è detta", "el PP que dijo", "the group that said" (auxiliaries, clitics and
    adverbs may stand between the pronoun and the verb)."""
    words = list(WORD.finditer(ctx.text, max(sent_start, cue.start - RELATIVE_REACH), cue.start))
    while words and words[-1].group().lower() in ctx.speech.skippable:
        words.pop()
    if not words:
        return None
    rel = words[-1]
    if rel.group().lower() not in ctx.speech.complementizers and not is_relative_pronoun(ctx, rel.group()):
        return None
    if any(not (c.isalnum() or c.isspace() or c in "'’") for c in ctx.text[rel.end():cue.start]):
        return None
    k = bisect_left(ctx.mention_starts, cue.end)
    if k < len(ctx.mentions) and ctx.mentions[k].start - cue.end <= OBJECT_RELATIVE_GAP:
        return None  # "lo que dijo Sánchez": the name after the verb is its subject
    m = antecedent(ctx, rel.start())
    if m is not None and "," in ctx.text[m.end:rel.start()]:
        # "otros sectores cercanos a la ex Concertación, que han manifestado", "Ciro Corona, capo di
        # R - Esistenza Anticamorra, che ha sottolineato": set off by a comma, the clause is on the
        # whole noun phrase before it (``phrase_before``), not on the last name inside it
        return None
    return m
