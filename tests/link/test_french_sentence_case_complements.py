"""French writes a body's name in sentence case: after its capitalised head noun and the lower-case
words of its name, a particle and one lower-case noun end it ("l'Office fédéral de l'agriculture");
link_settings.tsv complement_particles."""
from __future__ import annotations


def _names(link_text, text: str) -> list[str]:
    return [e.name for e in link_text(text, "fr").entities]


def test_a_particle_and_a_lower_case_noun_end_the_body_s_name(link_text):
    assert _names(link_text, "L'Office fédéral de l'agriculture a décidé de retirer l'autorisation.") \
        == ["Office fédéral de l'agriculture"]


def test_a_plural_article_joins_the_noun_too(link_text):
    assert _names(link_text, "L'Office national des forêts a publié un rapport.") == ["Office national des forêts"]


def test_a_possessive_after_the_particle_is_no_complement(link_text):
    assert _names(link_text, "L'Office fédéral de son côté refuse.") == ["Office fédéral"]
