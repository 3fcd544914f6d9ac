"""Pages of show business, software, cooking and games read like politics to a trigger lexicon: "Dion joined
forces with Peabo Bryson", "Sharon asked me to make a cake", "Linux systems supported by Parallels", "Feck greets
the teenagers with a gun", "Donna Kelce has praised Taylor Swift". Their verbs are no acts between political
actors. A language's ``event_domain_words.tsv`` lists words only such pages use (album, actress, recipe,
software...); a document holding ``DOCUMENT_WORDS`` different ones is of another domain, and there an event
stands only when a state takes part (a country, or a state body acting: ``complements.state_party``), so "the
EU fined Apple over its app store" keeps its event on a software page.

Unlike sport words (``offtopic.py``), one such word does not silence its sentence: "the film" or "the album"
is named in political news too; only several different ones make a page of another domain."""
from __future__ import annotations

import re
from functools import cache

import ahocorasick

from cronaca.lang import load

#: different domain words that make a page one of show business, software, cooking or games
DOCUMENT_WORDS = 3


#: what may not stand right before or right after a domain word (a word goes on, or a hyphenated compound)
_GLUE = re.compile(r"[\w-]")


@cache
def _automaton(code: str) -> ahocorasick.Automaton | None:
    """The language's domain words in one Aho-Corasick automaton over lower-cased text: one pass in C
    finds every occurrence of every word (an alternation of some ninety words made the regex engine try
    them at every letter they open with: 0.3-0.4 ms an article where the check runs)."""
    words = {row["word"].strip().lower() for row in load(code).table("event_domain_words.tsv")
             if row.get("word", "").strip()}
    if not words:
        return None
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def _longest_at(low: str, automaton: ahocorasick.Automaton) -> dict[int, str]:
    """For each offset where a whole domain word starts, the longest one: nothing of a word or a hyphen
    right before it nor right after it ("albums" is not "album", "co-star" no "star")."""
    glued = _GLUE.match
    longest: dict[int, str] = {}
    for last, word in automaton.iter(low):
        start = last + 1 - len(word)
        if start and glued(low, start - 1) or glued(low, last + 1):
            continue
        if len(word) > len(longest.get(start, "")):
            longest[start] = word
    return longest


def domain_words(text: str, code: str) -> set[str]:
    """The different domain words the text holds (lower case), read left to right as a search for the
    alternation of the words, longest first, would read them: a word inside one already read (the
    "game" of "video game") is not read again."""
    automaton = _automaton(code)
    if automaton is None:
        return set()
    longest = _longest_at(text.lower(), automaton)
    found: set[str] = set()
    reach = 0
    for start in sorted(longest):
        if start >= reach:
            found.add(longest[start])
            reach = start + len(longest[start])
    return found


def other_domain(text: str, code: str) -> bool:
    """Is the page one of show business, software, cooking or games (several different domain words)?"""
    return len(domain_words(text, code)) >= DOCUMENT_WORDS


#: (file, column) of a language's words of public affairs: titles of office, national bodies and the words
#: of ``event_political_words.tsv`` (elections, parties, laws, conflict, protest, churches, unions)
_PUBLIC_FILES = (("titles.tsv", "phrase"), ("institution_nouns.tsv", "noun"), ("organisation_nouns.tsv", "noun"),
                 ("event_political_words.tsv", "word"))


def _public_cue(word: str) -> str:
    """A word as a regular expression: "*" at its end matches any ending, at its start any beginning."""
    return (r"\w*" if word.startswith("*") else "") + re.escape(word.strip("*")) + (r"\w*" if word.endswith("*") else "")


@cache
def _public_pattern(code: str) -> re.Pattern[str] | None:
    words = {(row.get(column) or "").strip().lower() for name, column in _PUBLIC_FILES
             for row in load(code).table(name)}
    words = {w for w in words if w.strip("*")}
    if not load(code).table("event_political_words.tsv") or not words:
        return None  # a language without the list: every page counts as public affairs
    parts = sorted((_public_cue(w) for w in words), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")


def public_affairs(text: str, code: str) -> bool:
    """Does the page speak of public affairs (a title of office, a national body, an election, a party, a
    law, a war, a protest...)? A page that holds none (a shop's product page, a life-style column, a firm's
    news) has no political actors, whatever its verbs say: "Gerne können Sie Ihre Freunde einladen", "die
    Deutsche Bank nominiert Wynaendts", "Banken verlangen eine BWA". ``event_political_words.tsv`` lists
    the words; a language without it counts every page."""
    pattern = _public_pattern(code)
    return pattern is None or pattern.search(text.lower()) is not None
