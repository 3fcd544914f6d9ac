"""Honorifics and titles before a surname: "Herr Scholz", "M. Macron", "Mrs Smith", "la signora Rossi".

An honorific (an entity cue of type PERSON before a name, lang/<code>/entity_cues.tsv) or a title word
says the next capitalised word is a person's surname, even where the lower-cased word is frequent
(German wordfreq counts "scholz" like a noun). When the honorific also carries a gender
(gender_cues.tsv), a KB person whose given name is of the other gender (gendered_words.tsv, any
language that lists it and agrees) is not the one meant: "Frau Merz" is not Friedrich Merz.
"""
from __future__ import annotations

from cronaca.kb import KBEntry
from cronaca.lang.gendered_words import given_name_genders
from cronaca.link.automaton import Matcher
from cronaca.link.descriptions import gender_cues
from cronaca.link.view import TextView


def honorific_before(view: TextView, start: int, m: Matcher) -> str | None:
    """The honorific right before ``start`` (as listed, "m." or "herr"), or None."""
    words = view.words_before(start, 1)
    if not words:
        return None
    for word in (words[0], words[0] + "."):
        if m.lex.cues_before.get(word) == "PERSON":
            return word
    return None


def person_cue_before(view: TextView, start: int, m: Matcher) -> bool:
    """An honorific or a single-word title right before ``start`` ("Herr Scholz", "Kanzler Merz")."""
    if honorific_before(view, start, m) is not None:
        return True
    words = view.words_before(start, 1)
    return bool(words) and words[0] in m.lex.title_phrases


def other_gender(view: TextView, start: int, m: Matcher, person: KBEntry) -> bool:
    """True when an honorific before ``start`` and the KB person's given name disagree in gender."""
    honorific = honorific_before(view, start, m)
    if honorific is None:
        return False
    said = gender_cues(m.lex.code).before.get(honorific)
    if said is None:
        return False
    first = person.name.split(" ", 1)[0]
    # a compound given name takes its first part's gender: "Hans-Rudolf", "Jean-Claude", "Marie-Christine"
    given = given_name_genders().get(first) or given_name_genders().get(first.split("-", 1)[0])
    return given is not None and given != said
