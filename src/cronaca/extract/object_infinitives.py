"""A verb of asking or charging, its object, then a marked infinitive: "ha invitato i partiti a votare
la riforma", "ha accusato Meloni di aver mentito", "a exhorté les Européens à agir", "instó al
Gobierno a actuar". The infinitive clause is what was asked or charged, reported speech after a
verb of saying (GUIDELINES 3); the object is the addressee or the accused and stays out of it, as the
marker does ("ha detto di trovarsi").

Data, no language code: the verbs are ``object_infinitive_verb`` rows of speech_cue_words.tsv (every
form that must also be a cue in speech_verbs.tsv; a participle is a cue only after its auxiliary, so
"gli uomini accusati di aver ucciso" is a description, not a report), the marked infinitives
``object_infinitive`` rows ("a *are", "di aver*", "à *er"). An infinitive inside quotation marks
("a «trattare con urgenza il caso»") is left to the quotation.
"""
from __future__ import annotations

from cronaca.extract.quote_context import QuoteContext, WORD
from cronaca.extract.speech import Cue


def object_infinitive_start(ctx: QuoteContext, cue: Cue, sent_end: int) -> int | None:
    """Where the reported infinitive after ``cue`` and its object starts, or None."""
    speech = ctx.speech
    if speech.object_infinitive is None:
        return None
    if ctx.in_quote(cue.start):
        return None  # "«Ho invitato tutti a votare»": the quotation is the speech
    if not asks_an_object(ctx, cue):
        return None
    m = speech.object_infinitive.match(ctx.text, cue.end)
    if m is None or m.end() >= sent_end or ctx.in_quote(m.end()):
        return None
    return m.end()


def asks_an_object(ctx: QuoteContext, cue: Cue) -> bool:
    """The verb of ``cue`` asks or charges someone (``object_infinitive_verb``): a name right after it
    is its object ("hanno sollecitato il primo ministro Gordon Brown a «...»"), not its subject."""
    verbs = WORD.findall(ctx.text, cue.start, cue.end)
    return bool(verbs) and verbs[-1].lower() in ctx.speech.object_infinitive_verbs
