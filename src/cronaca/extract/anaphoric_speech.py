"""A verb of saying that points back: "La Russia non cederà. Lo ha detto Lavrov.", "Das sagte Merz"
(``anaphor`` words in speech_cue_words.tsv): the sentence before is the reported content.
"""
from __future__ import annotations

from cronaca.extract.locate import same_paragraph, sentence_index
from cronaca.extract.quote_context import QUOTE_MARKS, QuoteContext, WORD, cue_between, quote_between
from cronaca.extract.quote_emit import skip_space
from cronaca.extract.speech import Cue

#: Fewest words of a clause after an addressee ("told reporters he would go").
MIN_CLAUSE_WORDS = 3
#: Most words before the verb, all pointing back ("Questo è quanto sostiene X").
ANAPHOR_WORDS = 3


def anaphor_before(ctx: QuoteContext, cue: Cue, sent_start: int) -> bool:
    """The verb opens its sentence after a pronoun that points back: "Lo ha detto Lavrov", "Das
    sagte Merz", "Así lo afirmó", "È quanto ha dichiarato X" (``anaphor`` in speech_cue_words.tsv; a row
    of several words is a whole lead: "C'est ce qu'a affirmé X");
    adverbs do not count ("Questo, almeno, è quanto sostiene X"). A cleft opening its sentence points
    back by itself: "«...». A dirlo è Guido Crosetto"."""
    words = [w for w in WORD.findall(ctx.text, sent_start, cue.start) if w.lower() not in ctx.speech.skippable]
    if cue.row.tense == "cleft":
        return not words
    if tuple(w.lower() for w in words) in ctx.speech.anaphor_phrases:
        return True  # "C'est ce qu'a affirmé X", "Voilà ce qu'a déclaré X"
    return bool(words) and len(words) <= ANAPHOR_WORDS and all(w.lower() in ctx.speech.anaphors for w in words)


def previous_statement(ctx: QuoteContext, sent_start: int) -> tuple[int, int] | None:
    """The sentence before, in the same paragraph, when it has no quotation and no verb of saying."""
    k = sentence_index(ctx.doc, sent_start)
    if not k or not same_paragraph(ctx.doc, k - 1, k):
        return None
    start, end = ctx.doc.sentences[k - 1]
    start = skip_space(ctx.text, start)
    while end > start and (ctx.text[end - 1].isspace() or ctx.text[end - 1] in ".,;:!?…"):
        end -= 1
    if quote_between(ctx, start, end) or ctx.in_quote(start) or cue_between(ctx, start, end) \
            or any(c in ctx.text[start:end] for c in QUOTE_MARKS) \
            or len(WORD.findall(ctx.text, start, end)) < MIN_CLAUSE_WORDS:
        return None
    return start, end
