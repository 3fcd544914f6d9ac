"""The subject of a non-finite clause that opens a sentence (evrecall21, issue #6).

"After meeting Xi Jinping, Macron said", "Dopo aver incontrato Xi, Macron ha detto", "Après avoir
rencontré Xi, Macron a déclaré", "Tras reunirse con Xi, Macron dijo", "Incontrando Xi, Macron ha
criticato": a gerund, an infinitive after a temporal opener, or a participle after an infinitive
auxiliary has no subject of its own; grammar gives it the subject of the main clause after the comma.
Only a clause that opens its sentence counts: in the middle of one ("X criticised Y after meeting Z,
W said") the name after the comma may be somebody else. Language data (``event_grammar.tsv``):
``clause_suffixes`` and ``progressive_suffix`` (gerunds), ``infinitive_auxiliaries`` ("having",
"aver", "avoir", "haber") and ``nonfinite_openers`` (words after which an infinitive is a fronted
clause: "tras", "al", "antes de", "avant de", "prima di").
"""
from __future__ import annotations

from cronaca.extract.events.lexicon import Lexicon, _TOKEN, fold
from cronaca.extract.events.units import PREPOSITIONS, Clause, Unit

#: cues that may follow the main clause's subject: its verb, a speech verb, an auxiliary, a modality cue
SUBJECT_FOLLOWERS = frozenset({"report", "say", "aux", "passive", "light"})


def _words(lex: Lexicon, key: str) -> frozenset[str]:
    return frozenset(w.strip() for w in lex.grammar.get(key, "").split(",") if w.strip())


def _nonfinite(lex: Lexicon, text: str, clauses: list[Clause], unit: Unit) -> bool:
    """Is the verb unit a gerund, a participle after an infinitive auxiliary, or an infinitive after a
    fronted-clause opener?"""
    words = text[unit.start:unit.end].split()
    low = fold(words[0]) if words else ""
    gerunds = tuple(s for s in lex.grammar.get("clause_suffixes", "").split(",") if s)
    progressive = lex.grammar.get("progressive_suffix", "")
    if progressive:
        gerunds += (progressive,)
    if gerunds and len(low) > 5 and low.endswith(gerunds):
        return True
    if _after_auxiliary(lex, text, clauses, unit):
        return True
    if any(t.pos == "verb" and t.base for t in unit.triggers):
        openers = _words(lex, "nonfinite_openers")
        lead = " ".join(_TOKEN.findall(fold(text[clauses[0].start:unit.start])))
        return any(lead == o or lead.endswith(" " + o) for o in openers)
    return False


def _after_auxiliary(lex: Lexicon, text: str, clauses: list[Clause], unit: Unit) -> bool:
    """Is the word right before the verb an infinitive auxiliary ("having met", "aver incontrato")?"""
    before = _TOKEN.findall(fold(text[clauses[0].start:unit.start]))
    return bool(before) and before[-1] in _words(lex, "infinitive_auxiliaries")


def opening_subject(lex: Lexicon, text: str, clauses: list[Clause], ci: int) -> tuple[int, int, list[str]] | None:
    """(the fronted verb's or possessed noun's unit, the main subject's unit, its entity ids) for clause
    ci, or None. A noun trigger after a possessive determiner in a sentence-opening phrase ("After his
    meeting with Xi, Macron said", "Tras su reunión con Xi, Macron dijo", "Nach seinem Treffen mit Xi
    kritisierte Macron") is the main subject's act as well: the possessive stands for that subject."""
    if any(u.kind != "cue" for c in clauses[:ci] for u in c.units):
        return None  # something stands before: not a sentence-opening clause
    units = clauses[ci].units
    i = next((k for k, u in enumerate(units) if u.kind != "cue"), None)
    if i is None or units[i].kind != "trigger":
        return None
    if units[i].quote >= 0 or any(u.words_before for u in units[:i]):
        return None
    possessed = i > 0 and units[i - 1].is_cue("possessive") and units[i].words_before <= 1 \
        and any(t.pos == "noun" for t in units[i].triggers)
    if not possessed:
        if not any(t.pos == "verb" for t in units[i].triggers) or units[i].after_det:
            return None
        if units[i].words_before and not (units[i].words_before == 1 and _after_auxiliary(lex, text, clauses, units[i])):
            return None  # "In an October town hall meeting, UCLA students": a noun phrase, no gerund clause
        if not _nonfinite(lex, text, clauses, units[i]):
            return None
    for j in range(i + 1, len(units) - 1):
        u = units[j]
        if u.kind == "trigger":
            if possessed and lex.verb_second and not u.comma_before and any(t.pos == "verb" for t in u.triggers):
                # "Nach seinem Treffen mit Xi kritisierte Macron Russland": the subject right after the verb
                nxt = units[j + 1]
                p = nxt.phrase
                if nxt.kind == "phrase" and p is not None and p.prep is None and not p.anaphor \
                        and not p.adjectival and not nxt.words_before and not nxt.comma_before and p.heads():
                    return i, j + 1, p.heads()
            return None  # another predicate first: its clause, not ours
        if u.kind != "phrase" or not u.comma_before:
            continue
        p = u.phrase
        if p is None or p.prep is not None or p.anaphor or p.adjectival or u.words_before:
            return None  # an unnamed subject ("..., the French president said"): nobody we know
        nxt = units[j + 1]
        if nxt.comma_before:
            return None  # an apposition or a list: not plainly the subject
        verb = nxt.kind == "trigger" and any(t.pos == "verb" for t in nxt.triggers)
        cue = nxt.kind == "cue" and nxt.cue is not None and (
            nxt.cue.kind == "modality" or nxt.cue.value in SUBJECT_FOLLOWERS) and nxt.cue.value not in PREPOSITIONS
        if not (verb or cue):
            return None
        ids = p.heads()
        return (i, j, ids) if ids else None
    return None
