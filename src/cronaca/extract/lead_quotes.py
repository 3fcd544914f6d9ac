"""A quotation that opens a report, its speaker introduced right after it.

News stories often open on someone's words and only then say who spoke them:

    MODENA. «Hanno portato via tutto il nostro oro ...». È stato uno choc il furto subito da Valentina ...
    CAMPOSANTO. «Siamo amareggiati ...». Alberto Panza, titolare col fratello Luca di "Agrigarden", ...
    « Nous n'avons rien vu venir ». Pour Marie Dupont, gérante du magasin, ...

Such an opening quotation has no verb of saying and no earlier quotation to carry its speaker over
from, so it is left with no one. It is read as the words of the person the next sentence names first,
but only when that person is quoted again further on (the article goes on with that person's words),
which tells the introduction of a speaker from a sentence that merely names someone else. No language
data: the construction is one of layout (a quotation that opens its paragraph, alone or after a
dateline) and of the linker's PERSON mentions.
"""
from __future__ import annotations

import re

from cronaca.extract.locate import sentence_index
from cronaca.extract.quote_context import QuoteContext
from cronaca.document import Mention

#: A speaker read from the layout and a later quotation, not from a verb of saying.
LEAD_CONFIDENCE = 0.5
#: What may stand between a paragraph's start and its opening quotation: nothing, or a dateline of
#: capitalised words ("MODENA.", "CAMPOSANTO -", "PARIS,", bare "MODENA «...»").
_DATELINE = re.compile(r"\s*(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ -]{1,40}\s*[.,:–—-]?)?\s*$")


def lead_quotes(ctx: QuoteContext) -> bool:
    """Give an opening quotation with no speaker the person the next sentence introduces, when that
    person speaks a later quotation. True when one was given (later quotations with no cue may then
    carry it over)."""
    quotes = sorted(ctx.quotes, key=lambda x: x.start)
    found = False
    for k, q in enumerate(quotes):
        if q.speaker is not None or q.speaker_text is not None:
            break  # an earlier quotation has a speaker: later ones carry over from it
        if not q.direct or not q.rule.endswith("carry-over:previous-quote:none"):
            continue
        person = _introduced_after(ctx, q.start, q.end)
        if person is None or not any(o.speaker == person.entity_id for o in quotes[k + 1:]):
            continue
        q.speaker, q.speaker_text, q.speaker_span = person.entity_id, None, person.span()
        q.rule = q.rule.rsplit("|speaker:", 1)[0] + "|speaker:introduced-after"
        q.confidence = LEAD_CONFIDENCE
        found = True
        break
    return found


def _introduced_after(ctx: QuoteContext, start: int, end: int) -> Mention | None:
    """The first PERSON mention of the sentence after the quotation, when the quotation opens its
    paragraph (alone or after a dateline)."""
    text = ctx.text
    line = text.rfind("\n", 0, start) + 1
    if not _DATELINE.fullmatch(text[line:start].rstrip("«“\"„‘ ")):
        return None
    here = sentence_index(ctx.doc, max(start, end - 1))
    if here is None or here + 1 >= len(ctx.doc.sentences):
        return None
    s_start, s_end = ctx.doc.sentences[here + 1]
    if s_start < end:
        return None
    for m in ctx.mentions:
        if s_start <= m.start < s_end and ctx.types.get(m.entity_id) == "PERSON":
            return m
    return None
