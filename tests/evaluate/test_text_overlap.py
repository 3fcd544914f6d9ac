"""The two public extraction metrics, on texts small enough to count by hand."""
from __future__ import annotations

from cronaca.evaluate.text_overlap import ShingleMean, shingle_counts, snippet_counts

GOLD = "one two three four five six"  # shingles: 1-2-3-4, 2-3-4-5, 3-4-5-6


def test_identical_text_has_only_true_positive_shingles():
    assert shingle_counts(GOLD, " one, two; three four\nfive six ") == (1.0, 0.0, 0.0)


def test_shingles_are_case_sensitive_like_the_zyte_benchmark():
    # "One" differs from "one": the first shingle is a miss and a false positive
    assert shingle_counts(GOLD, "One two three four five six") == (2 / 4, 1 / 4, 1 / 4)


def test_extra_boilerplate_adds_false_positive_shingles_normalised_per_page():
    # output = gold + "menu": one more shingle 4-5-6-menu; tp 3, fp 1, fn 0 -> normalised over 4
    assert shingle_counts(GOLD, GOLD + " menu") == (0.75, 0.25, 0.0)


def test_text_shorter_than_a_shingle_is_one_shingle():
    assert shingle_counts("brief note", "brief note") == (1.0, 0.0, 0.0)


def test_zyte_precision_ignores_pages_without_output_but_recall_counts_them():
    mean = ShingleMean()
    mean.add(0.75, 0.25, 0.0)  # P 0.75, R 1.0
    mean.add(0.0, 0.0, 1.0)  # empty output: no precision, recall 0
    assert mean.result() == {"precision": 0.75, "recall": 0.5, "f1": 0.6}


def test_snippets_found_and_boilerplate_leaked_after_whitespace_normalisation():
    output = "Die GEMA dreht völlig\n am Zeiger! Impressum"
    assert snippet_counts(output, ["Die GEMA dreht völlig am Zeiger!", "openpetition"],
                          ["Impressum", "31. Mai"]) == (1, 1, 1, 1)


def test_no_output_misses_every_wanted_snippet_and_leaks_nothing():
    assert snippet_counts(None, ["a b", "c"], ["menu"]) == (0, 0, 2, 1)
