"""A state named like a country (Georgia the US state, Georgia the country) only with evidence.

The country is what a name shared with a country means unless the article says otherwise, and
mentioning the state's own country is no such sign: news about Georgia the country names the United
States too. The state is a candidate only when the article names a place inside it ("Atlanta",
whose KB parent is the state), another first-level subdivision of its country ("Arizona and
Georgia"), or when the name itself stands after a subdivision noun ("the state of Georgia",
"Bundesstaat Georgia") or next to the title of a subdivision's head ("Georgia Gov. Brian Kemp",
"il governatore della Georgia"); the nouns and titles are ``subdivision_nouns`` and
``subdivision_heads`` of the language's link_settings.tsv.
"""
from __future__ import annotations

from cronaca.kb import KBEntry, KnowledgeBase
from cronaca.link.automaton import Form, Match
from cronaca.link.lexicon import LinkLexicon
from cronaca.link.view import TextView

_POSSESSIVE = ("'s", "’s")


def cued_states(named: list[Match], view: TextView, lex: LinkLexicon, kb: KnowledgeBase) -> set[str]:
    """States a noun or title names somewhere in the article: they count as named there, so that
    the article's other bare mentions of the name follow ("il governatore della Georgia ... la
    Georgia ha votato")."""
    found: set[str] = set()
    for x in named:
        if len(x.forms) > 1:
            twins = _twins(x.forms, kb)
            if twins and _subdivision_cue(x, view, lex):
                found |= twins
    return found


def without_unevidenced_states(forms: list[Form], x: Match, anchors: set[str], view: TextView,
                               lex: LinkLexicon, kb: KnowledgeBase) -> list[Form]:
    """``forms`` less those of a subdivision that shares the name with a country and has no
    evidence in the article; only the subdivision's where a noun or title next to the name says so.
    Places inside or beside the state, or the state named so elsewhere, leave the choice to the
    resolver's context score."""
    twins = _twins(forms, kb) if len(forms) > 1 else set()
    if not twins:
        return forms
    if _subdivision_cue(x, view, lex):
        return [f for f in forms if f.entity_id in twins]  # the cue names the state, not the country
    dropped = {i for i in twins if i not in anchors and not _inside_or_beside(kb.entries[i], anchors, kb)}
    return [f for f in forms if f.entity_id not in dropped] if dropped else forms


def _twins(forms: list[Form] | tuple[Form, ...], kb: KnowledgeBase) -> set[str]:
    """The places among ``forms`` that share the name with a country they are not in."""
    entries = {f.entity_id: kb.entries[f.entity_id] for f in forms}
    countries = {e.country for e in entries.values() if e.type == "COUNTRY"}
    if not countries:
        return set()
    return {i for i, e in entries.items() if e.type == "PLACE" and e.country not in countries}


def _inside_or_beside(state: KBEntry, anchors: set[str], kb: KnowledgeBase) -> bool:
    for anchor_id in anchors:
        anchor = kb.entries[anchor_id]
        if anchor.parent == state.id:
            return True  # a city of the state
        if anchor_id != state.id and anchor.type == state.type and anchor.parent == state.parent \
                and anchor.source == state.source:
            return True  # another subdivision of the same country, from the same registry
    return False


def _subdivision_cue(x: Match, view: TextView, lex: LinkLexicon) -> bool:
    before = view.words_before(x.start, 2)
    if before and before[-1] in lex.subdivision_nouns:
        return True  # "Bundesstaat Georgia"
    if len(before) == 2 and before[-1] in lex.particles and (
            before[0] in lex.subdivision_nouns or before[0] in lex.subdivision_heads):
        return True  # "the state of Georgia", "il governatore della Georgia"
    rest = view.folded[x.end:x.end + 40]
    for mark in _POSSESSIVE:
        if rest.startswith(mark):
            rest = rest[len(mark):]
    after = rest.split(maxsplit=1)
    return bool(after) and after[0].strip(".,;:") in lex.subdivision_heads  # "Georgia Gov. Kemp"
