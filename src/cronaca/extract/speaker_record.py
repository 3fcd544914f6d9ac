"""The Speaker value every speaker rule returns: an entity id, the words that name it, their span
and the rule; and the confidence scaling a weaker speaker rule implies.
"""
from __future__ import annotations

from dataclasses import dataclass

from cronaca.document import Mention, Span
from cronaca.extract.quote_context import QuoteContext

SUBJECT_TYPES = frozenset({"PERSON", "ORG", "GROUP"})


@dataclass(slots=True)
class Speaker:
    entity_id: str | None
    text: str | None
    span: Span | None
    rule: str


NOBODY = Speaker(None, None, None, "none")


def from_mention(ctx: QuoteContext, m: Mention, where: str) -> Speaker:
    from cronaca.extract.role_nouns import title_holder  # role_nouns builds Speakers too
    holder = title_holder(ctx, m)
    if holder is not None:  # "el ministro de Hacienda" after "Elián Villegas, ministro de Hacienda"
        return Speaker(holder.entity_id, m.text, m.span(), f"mention-{where}+title-holder")
    return Speaker(m.entity_id, m.text, m.span(), f"mention-{where}")


def confidence(speaker: Speaker, base: float) -> float:
    if speaker.entity_id is None and speaker.text is None:
        return round(base * 0.4, 3)
    if speaker.rule.startswith("carry-over") or speaker.entity_id is None:
        return round(base * 0.8, 3)
    return base
