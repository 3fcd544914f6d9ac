"""Edits remember where they happened: every repair points at its `after` text in the final text."""
from __future__ import annotations

from cronaca.clean.edits import Edit, apply
from cronaca.document import Integrity


def test_repairs_of_earlier_passes_move_with_later_edits():
    integrity = Integrity()
    text = "ricerca spaziale.Nel discorso"
    text = apply(text, [Edit(17, 17, " ", "glue", "glue.test")], integrity)
    assert text == "ricerca spaziale. Nel discorso"
    text = apply(text, [Edit(0, 0, "La ", "other", "test.prefix"),
                        Edit(22, 30, "intervento", "substitution", "test.word")], integrity)
    assert text == "La ricerca spaziale. Nel intervento"
    assert [(r.rule, text[r.start:r.end], r.before) for r in integrity.repairs] == [
        ("test.prefix", "La ", ""), ("glue.test", " ", ""), ("test.word", "intervento", "discorso")]


def test_deleted_boilerplate_is_kept_as_removed():
    integrity = Integrity()
    text = apply("Foto: ANSA\nIl testo.", [Edit(0, 11, "", "removed", "bp", removed_kind="credit")], integrity)
    assert text == "Il testo."
    assert [(r.kind, r.text) for r in integrity.removed] == [("credit", "Foto: ANSA")]
    assert integrity.repairs == []


def test_overlapping_edits_keep_the_first():
    integrity = Integrity()
    assert apply("abcdef", [Edit(1, 4, "X", "other", "a"), Edit(2, 5, "Y", "other", "b")], integrity) == "aXef"
