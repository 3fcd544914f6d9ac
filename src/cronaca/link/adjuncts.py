"""A bare noun that modifies the noun after it: "the military base", "the police station".

English puts a noun before another as a modifier, so "the military" followed by a lower-case noun
names no body and points back to none; followed by a verb ("the military said", "the police
arrested"), an adverb or a function word it is the body. Without a tagger the words that may follow
the body itself are listed (``not_adjunct_words`` of link_settings.tsv; "*ed" an ending): any other
lower-case word is the modified noun. A language without the key has no such adjuncts; a hyphen
right after the noun makes it part of a compound in every language ("military-backed", "Militär- und Wirtschaftsabkommen").
"""
from __future__ import annotations

import re

from cronaca.link.lexicon import LinkLexicon

_NEXT_WORD = re.compile(r" (\w+)(['’]\w)?")


def noun_adjunct(text: str, end: int, lex: LinkLexicon) -> bool:
    """True when the noun ending at ``end`` modifies the lower-case noun right after it."""
    if text[end:end + 1] == "-":
        return True  # "military-backed", "Militär- und Wirtschaftsabkommen": part of a compound
    if not lex.not_adjunct_words:
        return False
    found = _NEXT_WORD.match(text, end)
    if found is None or not found.group(1).islower() or found.group(2):
        return False  # "the military's", "the military, which", "the party hasn't": the body itself
    word = found.group(1)
    if word in lex.not_adjunct_words:
        return False
    return not any(w.startswith("*") and word.endswith(w[1:]) for w in lex.not_adjunct_words)
