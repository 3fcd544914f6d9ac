"""A quotation named by a participle whose agent follows it: "un'argomentazione definita «folle» da
Berlusconi", "un piano giudicato «irrealistico» dal ministro", "une réforme qualifiée d'« injuste »
par le syndicat". The agent after the preposition is the speaker of the words in the marks.

Driven by speech_cue_words.tsv roles: ``agent_participle`` (the participle forms, any gender and
number) and ``agent_preposition`` (the word that introduces the agent; a trailing * allows the
articled forms: "da*" = da, dal, dalla, dall'). A passive with no agent names no speaker and stays
dropped (see ``quotes``).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from cronaca.extract.locate import phrase_pattern, whole_words
from cronaca.extract.quote_context import QuoteContext, WORD
from cronaca.extract.quote_emit import emit, skip_space
from cronaca.extract.speaker_record import SUBJECT_TYPES, from_mention
from cronaca.extract.speech import Cue, CueRow

#: Most letters of the one short word allowed between the participle and the opening mark
#: ("definita come «...»", "qualifiée d'« ... »", "calificado de «...»").
LINK_WORD_LETTERS = 4


@cache
def _patterns(participles: frozenset[str], prepositions: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The participle before the opening mark, the agent preposition after the closing one."""
    if not participles or not prepositions:
        return None
    participle = whole_words(phrase_pattern(w) for w in sorted(participles, key=len, reverse=True))
    agent = whole_words(phrase_pattern(w) for w in sorted(prepositions, key=len, reverse=True))
    return (re.compile(rf"(?:{participle})(?:\s+\w{{1,{LINK_WORD_LETTERS}}}['’]?)?\s*$", re.IGNORECASE),
            re.compile(rf"\s*(?:{agent})\s*", re.IGNORECASE))


def agent_quotes(ctx: QuoteContext) -> None:
    """Each quotation no rule took, between an agent participle and its agent, becomes the agent's."""
    patterns = _patterns(ctx.speech.agent_participles, ctx.speech.agent_prepositions)
    if patterns is None:
        return
    participle, agent = patterns
    text = ctx.text
    taken = [(q.start, q.end) for q in ctx.quotes if q.direct]
    for q in ctx.quoted:
        if not q.closed or any(s < q.end and e > q.start for s, e in taken):
            continue
        before = participle.search(text, max(0, q.open - 40), q.open)
        prep = agent.match(text, q.close)
        if before is None or prep is None or not WORD.search(text, q.start, q.end):
            continue
        k = bisect_left(ctx.mention_starts, prep.end())
        if k >= len(ctx.mentions) or ctx.mentions[k].start != prep.end() \
                or ctx.types.get(ctx.mentions[k].entity_id) not in SUBJECT_TYPES:
            continue  # "definita «folle» da molti": no named agent
        cue = Cue(before.start(), before.end(), CueRow(before.group().strip(), "direct", "agent"))
        start, end = skip_space(text, q.start), q.end
        while end > start and text[end - 1].isspace():  # "« injuste »": spaces inside French marks
            end -= 1
        emit(ctx, start, end, True, cue, from_mention(ctx, ctx.mentions[k], "agent"), "direct:agent", 0.7)

