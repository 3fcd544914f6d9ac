"""A role noun phrase right after the verb that ends in the name of its holder, with no comma: "a
déclaré le porte-parole du gouvernement Gabriel Attal", "ha detto il capogruppo dei senatori del Pd
Francesco Boccia", "dijo el ministro de Economía de Argentina Luis Caputo", "a assuré le directeur
adjoint du Village Augustin Tran Van Chau". The phrase's complement may hold other names (the body,
the country); the PERSON closing the phrase is the one who speaks, not the body nor someone new.
A name in apposition after one comma names the holder too ("ha detto il suo legale, l'avvocato
Enrico Aimi"). Not a name after a preposition ("dice la madre di Khaldun Zein": the mother speaks), nor after a
noun of relation ("la madre del ministro Mario Rossi").
"""
from __future__ import annotations

from bisect import bisect_left

from cronaca.document import Mention
from cronaca.extract.cue_subjects import governed
from cronaca.extract.quote_context import QuoteContext, WORD
from cronaca.extract.role_nouns import person_noun

#: Most words from the article to the name closing the phrase.
ROLE_PHRASE_WORDS = 9
#: Most words of an apposition between its comma and the name ("l'avvocato", "un altro residente").
APPOSITION_WORDS = 3


def _apposition(ctx: QuoteContext, between: str, m: Mention) -> bool:
    """The PERSON ``m`` stands in apposition to the role phrase: one comma, then at most a few words with
    no preposition before the name ("ha detto il suo legale, l'avvocato Enrico Aimi", "spiega la
    titolare, Anna Rossi"): the same person, named."""
    head, comma, tail = between.partition(",")
    if not comma or any(c in _BREAKS for c in head + tail) or ctx.types.get(m.entity_id) != "PERSON":
        return False
    words = [w.lower() for w in WORD.findall(tail)]
    return len(words) <= APPOSITION_WORDS and not any(w in ctx.speech.prepositions for w in words) \
        and all(w in ctx.speech.definite or w in ctx.speech.articles or person_noun(ctx, w) for w in words)


#: Characters that end the phrase before any name: a clause or an aside begins.
_BREAKS = frozenset(",;:.!?()«»“”\"„\n–—")


def person_closing_role(ctx: QuoteContext, pos: int, sent_end: int) -> Mention | None:
    """The PERSON mention that closes a definite role phrase starting right after ``pos``."""
    words = list(WORD.finditer(ctx.text, pos, min(sent_end, pos + 200)))
    while words and words[0].group().lower() in ctx.speech.skippable:
        words.pop(0)
    if len(words) < 3 or words[0].group().lower() not in ctx.speech.definite:
        return None
    if not any(person_noun(ctx, w.group()) for w in words[1:3]):
        return None  # "il governo", "la compañía": a body, no person's role
    start = words[0].start()
    k = bisect_left(ctx.mention_starts, start)
    while k < len(ctx.mentions):
        m = ctx.mentions[k]
        between = ctx.text[start:m.start]
        if len(WORD.findall(between)) > ROLE_PHRASE_WORDS:
            return None
        if any(c in _BREAKS for c in between):
            return m if _apposition(ctx, between, m) else None
        if ctx.types.get(m.entity_id) == "PERSON":
            if governed(ctx, m.start) or any(w.lower() in ctx.speech.relation_nouns for w in WORD.findall(between)):
                return None  # "dice la madre di Khaldun Zein", "la madre del ministro Rossi": someone else
            return m
        k += 1
    return None
