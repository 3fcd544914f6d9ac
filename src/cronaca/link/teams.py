"""A country named in a sports report is its national team: "l'Italia ha battuto la Georgia", "die Franzosen".

News names national teams by their country ("la Russia vince il girone") or, in German and French,
by its people after a plural article ("die Franzosen", "les Bleus" aside): in a sentence that a
sports word marks (``sports_words.txt``: "partita", "Halbfinale", "sélectionneur") that name is the
team, an ORG, not the country acting; the gold sets (KIND, the project's) read it so. The team is an
entity outside the KB named as written, like a club named by its town (clubs.py). A country after a
locative preposition stays the country ("i Mondiali in Russia"), as does one in brackets after a
player's name or one ending a longer name ("Coppa Italia"), and one in a sentence with
no sports word, even in the same article.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

import ahocorasick

from cronaca import lang as langdata
from cronaca.document import Mention
from cronaca.kb import KBEntry, KnowledgeBase
from cronaca.link.adjectives import people_noun
from cronaca.link.lexicon import LinkLexicon
from cronaca.link.unknown import Unknown, recast
from cronaca.link.view import TextView

RULE = "unknown:team"
#: How sure a team read from a sports word in its sentence is.
TEAM_CONFIDENCE = 0.6


@cache
def _sports_forms(code: str) -> tuple[str, ...]:
    """The language's sports words, lower case, longest first."""
    return tuple(sorted({w.strip().lower() for w in langdata.load(code).words("sports_words.txt") if w.strip()},
                        key=len, reverse=True))


@cache
def sports_words(code: str) -> re.Pattern[str] | None:
    """One regex of the language's sports words as whole words (None where the list is absent)."""
    words = _sports_forms(code)
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


@cache
def _sports_automaton(code: str) -> ahocorasick.Automaton | None:
    """The language's sports words as one Aho-Corasick automaton (None where the list is absent)."""
    words = _sports_forms(code)
    if not words:
        return None
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def _mentions_sport(folded: str, code: str) -> bool:
    """False when no sports word or score occurs anywhere in the text, even inside another word: then
    no sentence is a sports report. Most news names no sport: one automaton pass over the text stops
    at the first sports word (a substring test per word scanned the whole text once per word, ~0.15 ms
    an article), where the whole-word regex is tried at every character of a sentence."""
    automaton = _sports_automaton(code)
    return (automaton is not None and next(automaton.iter(folded), None) is not None) \
        or _SCORE.search(folded) is not None


#: A match score, one digit each side ("3-0", "(2-1)", "2:1"): it makes a sentence a sports report
#: in any language ("Le Stade rennais a battu Nantes 3-0"); wider numbers are ranges, times and votes.
# (the digit comes first and the look-behind checks the character before it: a pattern that opens with a
# look-behind is tried at every character, one that opens with a digit skips to the digits, ~3x faster)
_SCORE = re.compile(r"\d(?<![\w.,/:-]\d)[-:–]\d(?![\w,/:%-]|\.\d)")


def teams_over_countries(kb_mentions: list[Mention], view: TextView, lex: LinkLexicon,
                         kb: KnowledgeBase) -> tuple[list[Mention], list[Unknown]]:
    """``kb_mentions`` without the countries named as national teams, and the teams (ORG, outside the KB)."""
    return _recast_in_sports_reports(kb_mentions, view, lex, kb, lambda entry, x: entry.type == "COUNTRY", RULE)


def clubs_over_sports_towns(kb_mentions: list[Mention], view: TextView, lex: LinkLexicon,
                            kb: KnowledgeBase) -> tuple[list[Mention], list[Unknown]]:
    """Where towns and clubs are written alike (no club article: French, German, English), a town named
    in a sports report, not after a locative, is its club ("Le Stade rennais a battu Nantes 3-0",
    "Schalke verlor gegen Mainz 1:2"): ``kb_mentions`` without those towns, and the clubs (ORG)."""
    if lex.club_articles:
        return kb_mentions, []  # clubs.py reads the article there ("el Sevilla ganó")

    def town(entry: KBEntry, x: Mention) -> bool:
        return entry.type == "PLACE" and bool(entry.population) and not _capitalised_word_before(view, x.start)

    return _recast_in_sports_reports(kb_mentions, view, lex, kb, town, CLUB_RULE)


def _recast_in_sports_reports(kb_mentions: list[Mention], view: TextView, lex: LinkLexicon, kb: KnowledgeBase,
                              fits: Callable[[KBEntry, Mention], bool],
                              rule: str) -> tuple[list[Mention], list[Unknown]]:
    """The mentions whose KB entry ``fits``, written as a team and inside a sports sentence, recast as
    ORG teams: the one test national teams and town clubs share."""
    pattern = sports_words(lex.code)
    if pattern is None or not _mentions_sport(view.folded, lex.code):
        return kb_mentions, []
    starts = [s for s, _ in view.sentences]
    place_ends = {x.end for x in kb_mentions if x.entity_id in kb.entries and kb.entries[x.entity_id].type == "PLACE"}
    sporty: dict[int, bool] = {}

    def team(x: Mention) -> bool:
        entry = kb.entries.get(x.entity_id)
        return entry is not None and fits(entry, x) and _team_form(x, view, lex, place_ends) \
            and _in_sports_sentence(x.start, view, starts, pattern, sporty)

    return recast(kb_mentions, team, "ORG", rule, TEAM_CONFIDENCE)


CLUB_RULE = "unknown:sports-town"


def _team_form(x: Mention, view: TextView, lex: LinkLexicon, place_ends: set[int]) -> bool:
    """The country's own name, not after a locative ("in Russia"), or its people after a plural article."""
    if x.kind == "adjective":
        return people_noun(x, view, lex)
    if x.kind != "name" or not view.text[x.start:x.start + 1].isupper() \
            or view.text[max(0, x.start - 2):x.start].strip(" \u00a0") in _BRACKETS:
        return False  # "Veselin Topalov (Bulgaria)": a player's country in brackets
    if not view.sentence_initial(x.start) and _capitalised_word_before(view, x.start):
        return False  # "Coppa Italia", "calcio Germania 2006": the country ends a longer name
    if len(view.text[:x.start].rstrip(" \u00a0").rstrip(",").rstrip(" \u00a0")) in place_ends \
            and view.text[:x.start].rstrip(" \u00a0").endswith(","):
        return False  # "Glasgow, Reino Unido": the country of a town
    following = _NEXT_WORD.match(view.text, x.end)
    if following is not None and following.group(1).isupper():
        return False  # "United States Tennis Association": the country begins a longer name
    return view.phrase_before(x.start, lex.locatives) is None \
        and view.phrase_before(x.start, lex.article_locatives) is None  # "nelle Filippine"


_BRACKETS = frozenset("([")
_WORD_BEFORE = re.compile(r"(\w+)[ \u00a0]+\Z")
_NEXT_WORD = re.compile(r"[ \u00a0]+(\w)")


def _capitalised_word_before(view: TextView, start: int) -> bool:
    found = _WORD_BEFORE.search(view.text, max(0, start - 40), start)
    return found is not None and found.group(1)[:1].isupper()


def sports_report_at(pos: int, view: TextView, code: str) -> bool:
    """Is the sentence around ``pos`` a sports report (a sports word or a score in it)?"""
    pattern = sports_words(code)
    if pattern is None or not _mentions_sport(view.folded, code):
        return False
    return _in_sports_sentence(pos, view, [s for s, _ in view.sentences], pattern, {})


def _in_sports_sentence(pos: int, view: TextView, starts: list[int], pattern: re.Pattern[str],
                        sporty: dict[int, bool]) -> bool:
    i = bisect_right(starts, pos) - 1
    if i < 0:
        return False
    if i not in sporty:
        start, end = view.sentences[i]
        sporty[i] = pattern.search(view.folded, start, end) is not None \
            or _SCORE.search(view.folded, start, end) is not None
    return sporty[i]
