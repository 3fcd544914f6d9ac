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
from collections.abc import Iterator
from functools import cache

import ahocorasick

from cronaca.lang import load

#: different domain words that make a page one of show business, software, cooking or games
DOCUMENT_WORDS = 3


#: what may not stand right before or right after a listed word (a word goes on, or a hyphenated compound)
_GLUE = re.compile(r"[\w-]")
_WORD_CHAR = re.compile(r"\w")
_WORD_CHARS = re.compile(r"\w*")


class WordMatcher:
    """Whole words and phrases of a list found in lower-cased text in one Aho-Corasick pass (in C: an
    alternation of some ninety words made the regex engine try them at every letter they open with, 0.3-0.4
    ms an article). A word may carry "*" at its end (any ending: "elect*") or at its start (any beginning:
    "*partei"); nothing of a word or a hyphen may stand right before or after the whole word ("albums" is
    not "album", "co-star" no "star")."""

    def __init__(self, words: set[str]) -> None:
        variants: dict[str, set[tuple[bool, bool]]] = {}
        for word in words:
            if word.strip("*"):
                variants.setdefault(word.strip("*"), set()).add((word.startswith("*"), word.endswith("*")))
        self.automaton = ahocorasick.Automaton()
        for stem, wild in variants.items():
            self.automaton.add_word(stem, (stem, tuple(sorted(wild))))
        if variants:
            self.automaton.make_automaton()

    def __bool__(self) -> bool:
        return len(self.automaton) > 0

    def spans(self, low: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, listed word without its "*") of every whole word of the list in ``low``; a "*"
        end reaches over the rest of the word."""
        glued = _GLUE.match
        for last, (stem, wild) in self.automaton.iter(low):
            for any_start, any_end in wild:
                start, end = last + 1 - len(stem), last + 1
                if any_start:
                    while start and _WORD_CHAR.match(low, start - 1):
                        start -= 1
                if any_end:
                    end = _WORD_CHARS.match(low, end).end()
                if start and glued(low, start - 1) or glued(low, end):
                    continue
                yield start, end, stem


@cache
def _domain_matcher(code: str) -> WordMatcher:
    """The language's domain words."""
    return WordMatcher({row["word"].strip().lower() for row in load(code).table("event_domain_words.tsv")
                        if row.get("word", "").strip()})


def domain_words(text: str, code: str) -> set[str]:
    """The different domain words the text holds (lower case), read left to right as a search for the
    alternation of the words, longest first, would read them: a word inside one already read (the
    "game" of "video game") is not read again."""
    matcher = _domain_matcher(code)
    if not matcher:
        return set()
    longest: dict[int, tuple[int, str]] = {}  # start -> (end, word) of the longest word starting there
    for start, end, word in matcher.spans(text.lower()):
        if end > longest.get(start, (start, ""))[0]:
            longest[start] = (end, word)
    found: set[str] = set()
    reach = 0
    for start in sorted(longest):
        if start >= reach:
            end, word = longest[start]
            found.add(word)
            reach = end
    return found


def other_domain(text: str, code: str) -> bool:
    """Is the page one of show business, software, cooking or games (several different domain words)?"""
    return len(domain_words(text, code)) >= DOCUMENT_WORDS


#: (file, column) of a language's words of public affairs: titles of office, national bodies and the words
#: of ``event_political_words.tsv`` (elections, parties, laws, conflict, protest, churches, unions)
_PUBLIC_FILES = (("titles.tsv", "phrase"), ("institution_nouns.tsv", "noun"), ("organisation_nouns.tsv", "noun"),
                 ("event_political_words.tsv", "word"))


@cache
def _public_matcher(code: str) -> WordMatcher | None:
    # (a title that needs an owner, "chef", "leader", is no word of public affairs by itself)
    words = {(row.get(column) or "").strip().lower() for name, column in _PUBLIC_FILES
             for row in load(code).table(name) if (row.get("owner") or "").strip() != "required"}
    words = {w for w in words if w.strip("*")}
    if not load(code).table("event_political_words.tsv") or not words:
        return None  # a language without the list: every page counts as public affairs
    return WordMatcher(words)


def public_affairs(text: str, code: str) -> bool:
    """Does the page speak of public affairs (a title of office, a national body, an election, a party, a
    law, a war, a protest...)? A page that holds none (a shop's product page, a life-style column, a firm's
    news) has no political actors, whatever its verbs say: "Gerne können Sie Ihre Freunde einladen", "die
    Deutsche Bank nominiert Wynaendts", "Banken verlangen eine BWA". ``event_political_words.tsv`` lists
    the words; a language without it counts every page."""
    matcher = _public_matcher(code)
    return matcher is None or next(matcher.spans(text.lower()), None) is not None
