"""``whole_words``: any of several phrase patterns as whole words, behind one look-behind (speed), with
the matches of the alternation of ``word_boundary`` patterns it replaces."""
import re

from cronaca.extract.locate import phrase_pattern, whole_words, word_boundary

FORMS = ["sei", "seien", "habe", "dall'", "da*"]


def _both(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    joined = re.compile("|".join(word_boundary(phrase_pattern(f)) for f in FORMS), re.IGNORECASE)
    factored = re.compile(whole_words(phrase_pattern(f) for f in FORMS), re.IGNORECASE)
    return [m.span() for m in joined.finditer(text)], [m.span() for m in factored.finditer(text)]


def test_whole_words_matches_listed_forms_only_as_whole_words():
    text = "Er sei krank, die Kosten seien hoch; Seiendes nicht, ich habe, Gehabe nicht."
    joined, factored = _both(text)
    assert factored == joined == [(3, 6), (25, 30), (57, 61)]


def test_whole_words_keeps_elided_and_wildcard_forms():
    text = "dall'Italia, dalla Francia, Soda"
    joined, factored = _both(text)
    assert factored == joined == [(0, 5), (13, 18)]


def test_whole_words_of_no_form_is_empty():
    assert whole_words([]) == ""
