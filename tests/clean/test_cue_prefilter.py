"""The prefiltered alternation finds what the plain alternation of the same rows finds."""
from __future__ import annotations

import re

from cronaca.clean import boilerplate
from cronaca.clean.cue_prefilter import RowAlternation

HEAD = r"\s*(?:[-–•*·▪]\s*)?[(\[]?\s*"
ROWS = (r"(?P<c0>(?i:(?:read more|see also)\s*:))",
        r"(?P<c1>(?i:[\w ,-]{3,80}\bcontributed reporting))",
        r"(?P<c2>(?i:(?:\w+\s+)?\([a-z]{2,5}\)\s*$))",
        r"(?P<c3>(?-i:[A-Z][\w.]+(?:\s+[A-Z][\w.]+){0,2}\s*[-–—]\s*$))")


def plain(line: str) -> str | None:
    match = re.compile(HEAD + "(?:" + "|".join(ROWS) + ")").match(line)
    return match.lastgroup if match else None


def prefiltered(line: str) -> str | None:
    match = RowAlternation(HEAD, ROWS, "-–•*·▪([").match(line)
    return match.lastgroup if match else None


def test_same_row_wins_as_in_the_plain_alternation():
    lines = ["Read more: Budget cuts spark anger", "- See also: The vote", "(dpa)", "MDR (dst)",
             "Jane Doe contributed reporting", "Buenos Aires -", "Berlin –",
             "The minister said the budget would pass.", "read more about it", "", "   ",
             "   Read more: indented", "(AP) —", "Kyiv - the city woke up"]
    for line in lines:
        assert prefiltered(line) == plain(line), line


def test_a_bracketed_cue_needs_the_head_to_give_the_bracket_back():
    # the head takes "(" first; only its shorter match lets row c2 see "(dpa)"
    assert prefiltered("(dpa)") == "c2"


def test_leading_spaces_are_not_shared_out_quadratically():
    line = " " * 5000 + "Macrumors berichtet"
    assert prefiltered(line) is None and plain(" " * 200 + "Macrumors berichtet") is None


def test_english_cues_of_real_lines():
    cues = boilerplate._cues("en")
    found = {line: (m := cues.line.match(line)) and cues.kinds[m.lastgroup][0]
             for line in ("Read more: Trump signs the order", "Reporting by Jane Doe; Editing by John Roe",
                          "(AP)", "Share this article", "Jane Doe contributed reporting from Kyiv.",
                          "The president read more than a hundred letters.")}
    assert found == {"Read more: Trump signs the order": "navigation",
                     "Reporting by Jane Doe; Editing by John Roe": "credit",
                     "(AP)": "credit", "Share this article": "navigation",
                     "Jane Doe contributed reporting from Kyiv.": "credit",
                     "The president read more than a hundred letters.": None}


def test_of_two_matching_rows_the_one_the_heads_first_path_allows_wins():
    # row a needs the head to give its "(" back; row b matches after it, on the head's first path:
    # the plain alternation takes b although a comes first, and so must the prefiltered one
    rows = (r"(?P<a>\(dpa\))", r"(?P<b>dpa\))")
    found = RowAlternation(HEAD, rows, "-–•*·▪([").match("(dpa)")
    assert found is not None and (found.lastgroup, found.span()) == ("b", (0, 5))
    assert re.compile(HEAD + "(?:" + "|".join(rows) + ")").match("(dpa)").lastgroup == "b"
