"""", including X" continues the list before it: X joins the phrase the preposition before the comma
introduced ("tariffs on several countries, including Canada and Mexico"), it opens no gerund clause."""
from __future__ import annotations

from extract.events_support import document, events, summary

TRUMP = ("T", "Donald Trump", "PERSON", ["Trump"])
CANADA = ("CA", "Canada", "COUNTRY", ["Canada", "Canadá"], "CAN")
MEXICO = ("MX", "Mexico", "COUNTRY", ["Mexico", "México"], "MEX")


def test_including_joins_the_object_of_the_preposition_before_it() -> None:
    doc = document("Trump imposed tariffs on several countries, including Canada and Mexico.", "en",
                   [TRUMP, CANADA, MEXICO])
    assert [summary(e) for e in events(doc)] == [("SANCTION", ("T",), ("CA", "MX"), "occurred")]


def test_compreso_joins_the_object_it() -> None:
    doc = document("Trump ha imposto sanzioni contro vari paesi, compreso il Canada.", "it", [TRUMP, CANADA])
    assert [summary(e) for e in events(doc)] == [("SANCTION", ("T",), ("CA",), "occurred")]
