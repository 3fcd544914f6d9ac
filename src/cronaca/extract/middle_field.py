"""The subject at the head of a German middle field: "wie er gegenüber dem Abendblatt sagte", "wie ein
Sprecher auf Anfrage bestätigte", "teilte eine Sprecherin am Dienstag mit".

In a verb-second language (``word_order`` verb-second in speech_cue_words.tsv) the words between a
subordinator and the final verb, or between the finite verb and its particle, form the middle field,
and its first phrase is the subject (unstressed pronouns and definite subjects come first); the
adverbials after it (a preposition: "auf Anfrage", "am Abend", "gegenüber dem Abendblatt") say when,
how or to whom, not who. A speaker phrase read up to the verb therefore ends at the first
preposition after its head: a pronoun alone there is carried over like any subject pronoun, a noun
phrase ("ein Sprecher", "die Polizei") is read as a speaker phrase of its own.
"""
from __future__ import annotations

from bisect import bisect_left

from cronaca.document import Mention, Span
from cronaca.extract.cue_subjects import governed
from cronaca.extract.quote_context import QuoteContext, WORD

#: Most words of the subject before the adverbial ("der neue Sprecher").
SUBJECT_WORDS = 3


def middle_field_subject(ctx: QuoteContext, phrase: Span) -> Span | None:
    """The subject opening ``phrase`` when a preposition follows it within the phrase, else None."""
    words = list(WORD.finditer(ctx.text, phrase.start, phrase.end))
    cut = next((k for k, w in enumerate(words) if k and w.group().lower() in ctx.speech.prepositions), None)
    if cut is None or cut > SUBJECT_WORDS:
        return None
    head = words[:cut]
    first = head[0].group()
    pronoun = len(head) == 1 and first.lower() in ctx.speech.pronouns
    determined = first.lower() in ctx.speech.articles
    named = all(w.group()[0].isupper() for w in head)
    if not (pronoun or determined or named):
        return None
    return Span(head[0].start(), head[-1].end(), ctx.text[head[0].start():head[-1].end()])


def first_middle_field_mention(ctx: QuoteContext, limit: int, cue_start: int, preposed: bool) -> Mention | None:
    """The first mention no preposition governs in the middle field of a verb-final "wie" clause after
    its content ("..., wie die Berliner Polizei der Deutschen Presse-Agentur mitteilte", "..., wie sein
    Sohn Álvaro auf der Plattform X mitteilte"): the subject comes first; a later name is the
    addressee or an adverbial, which the nearest mention before the verb would take instead."""
    if not (ctx.speech.verb_second and preposed):
        return None
    first = WORD.search(ctx.text, limit, cue_start)
    if first is None or first.group().lower() not in ctx.speech.as_words:
        return None
    k = bisect_left(ctx.mention_starts, first.end())
    while k < len(ctx.mentions) and ctx.mentions[k].end <= cue_start:
        m = ctx.mentions[k]
        if not governed(ctx, m.start):
            return m
        k += 1
    return None
