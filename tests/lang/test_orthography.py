"""Facts of a writing system are stated once, in orthography.tsv, and read by every stage."""
from __future__ import annotations

from cronaca.lang import load


def test_german_writes_nouns_with_a_capital():
    assert load("de").writes("capitalised_nouns")


def test_italian_does_not():
    assert not load("it").writes("capitalised_nouns")


def test_french_sets_a_space_before_question_marks_and_drops_capital_accents():
    assert load("fr").writes("space_before_marks") and load("fr").writes("unaccented_capitals")


def test_no_stage_file_restates_an_orthography_fact():
    facts = {"capitalised_nouns", "space_before_marks", "unaccented_capitals"}
    for code in ("de", "en", "es", "fr", "it", "ru"):
        data = load(code)
        for name in ("clean.tsv", "event_grammar.tsv", "link_settings.tsv"):
            assert not facts & {row["key"] for row in data.table(name)}, (code, name)
