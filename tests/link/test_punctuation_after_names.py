"""A name's mention ends where the name ends: the punctuation after it belongs to the sentence."""
from __future__ import annotations


def test_a_comma_after_a_german_name_ending_in_z_is_no_genitive_apostrophe(link_text):
    # "Scholz'" (the genitive) is a listed form; the matcher's keys space punctuation out, so it
    # must not match "Scholz," or "Scholz." (the comma is what the events stage reads appositions by)
    doc = link_text("Olaf Scholz, der Kanzler, sprach lange. Danach schwieg Olaf Scholz.", "de")
    texts = [m.text for e in doc.entities if e.name == "Olaf Scholz" for m in e.mentions if m.kind == "name"]
    assert texts == ["Olaf Scholz", "Olaf Scholz"]


def test_the_genitive_apostrophe_stays_in_the_mention(link_text):
    doc = link_text("Olaf Scholz' Rede war lang.", "de")
    assert [m.text for e in doc.entities if e.name == "Olaf Scholz" for m in e.mentions] == ["Olaf Scholz'"]
