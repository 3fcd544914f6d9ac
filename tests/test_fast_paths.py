"""Fast paths give what the slower forms they replaced gave (speed work, session 23).

The sports check (link/teams.py) finds a sports word by one automaton pass and a score with a regex
that opens with its digit; the event lexicon (extract/events/lexicon.py) stores a key's offsets as
distances back from its last character; the spinner's own-word count (clean/spinner.py) stops at
the count it needs; the reduced-passive check (extract/events/participles.py) reads its words once.
"""
from __future__ import annotations

from cronaca.clean import spinner
from cronaca.extract.events import participles
from cronaca.extract.events.lexicon import lexicon
from cronaca.link import teams


def test_a_sports_word_inside_another_word_marks_a_sports_text():
    # a substring, as before: "partitamente" holds "partita"
    assert teams._mentions_sport("ne parlava partitamente ieri", "it")


def test_a_text_with_no_sports_word_or_score_is_no_sports_text():
    assert not teams._mentions_sport("il governo ha approvato la riforma delle pensioni", "it")


def test_a_score_marks_a_sports_text():
    assert teams._mentions_sport("l'italia ha vinto 3-1 contro la georgia", "it")


def test_a_number_range_or_a_decimal_is_no_score():
    assert teams._SCORE.search("tra il 12.3-4 e il 2-3% dei voti") is None
    assert teams._SCORE.search("le ore 1:30") is None


def test_a_score_in_brackets_and_at_the_start_is_found():
    assert [m.group() for m in teams._SCORE.finditer("3-0 ieri (2-1) e 2:1")] == ["3-0", "2-1", "2:1"]


def test_the_score_look_behind_reads_before_the_search_start():
    # "13-0" searched from the "3": the digit before it still makes it no one-digit score
    assert teams._SCORE.search("13-0", 1) is None


def test_event_lexicon_matches_carry_the_words_offsets():
    text = "Macron met Xi in Beijing."
    lex = lexicon("en")
    found = {text[m.start:m.end] for m in lex.scan(text)}
    assert "met" in found and "in" in found


def test_own_word_count_stops_at_the_wanted_number():
    asked: list[str] = []

    class Detector:
        def own(self, word: str) -> bool:
            asked.append(word)
            return True

    assert spinner._own_words(["la", "casa", "rossa"], Detector(), 2)  # type: ignore[arg-type]
    assert asked == ["la", "casa"]


def test_own_word_count_below_the_wanted_number_is_false():
    class Detector:
        def own(self, word: str) -> bool:
            return word == "casa"

    assert not spinner._own_words(["la", "casa", "spam"], Detector(), 2)  # type: ignore[arg-type]
    assert not spinner._own_words([], Detector(), 2)  # type: ignore[arg-type]


def test_subordinating_words_are_read_once_per_grammar_value():
    participles._subordinators.cache_clear()
    first = participles._subordinators("when, once ,if")
    again = participles._subordinators("when, once ,if")
    assert first == frozenset({"when", "once", "if"}) and again is first


def test_entry_lemmas_are_the_head_verbs():
    assert participles._lemmas("presentare ~ ricorso|se prononcer ~ contre") == ("presentare", "prononcer")
