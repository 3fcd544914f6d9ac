"""French names that carry an article: a family name opening with one ("Le Pen"), a particle run
("von der Leyen"), a compound given name before it ("Jean-Marie"), and a newspaper whose article
fuses with a preposition ("au Figaro" names Le Figaro)."""
from __future__ import annotations

import cronaca
from cronaca.link.automaton import family_name, family_name_openers


def names(text: str) -> dict[str, list[str]]:
    doc = cronaca.process(text, language="fr", published="2026-02-05")
    return {e.name: [m.text for m in e.mentions] for e in doc.entities}


def test_a_family_name_runs_from_its_article_or_particles_to_the_end():
    openers = family_name_openers()
    assert family_name(["Marine", "Le", "Pen"], openers) == "Le Pen"
    assert family_name(["Ursula", "von", "der", "Leyen"], openers) == "von der Leyen"
    assert family_name(["Emmanuel", "Macron"], openers) == "Macron"


def test_the_family_name_alone_refers_back_to_the_person_with_its_article():
    found = names("Marine Le Pen a répondu mardi. Selon Le Pen, la réforme est injuste.")
    assert found["Marine Le Pen"] == ["Marine Le Pen", "Le Pen"]


def test_another_given_name_before_the_family_name_is_another_person():
    found = names("Marine Le Pen a répondu. Jean-Marie Le Pen est mort en janvier.")
    assert found["Marine Le Pen"] == ["Marine Le Pen"]
    assert found["Jean-Marie Le Pen"] == ["Jean-Marie Le Pen"]


def test_a_newspaper_after_a_fused_preposition_is_named_without_it():
    assert names("Il a déclaré au Figaro que rien n'était décidé.") == {"Le Figaro": ["Figaro"]}


def test_a_common_word_after_a_fused_preposition_is_no_newspaper():
    assert "Le Monde" not in names("La finale de la Coupe du Monde aura lieu en juillet.")


def test_a_body_named_once_with_no_cue_is_found_by_the_knowledge_base():
    assert names("Publicis fait mieux qu'attendu au premier semestre.") == {"Publicis": ["Publicis"]}


def test_a_lower_case_title_is_no_family_name_with_an_article():
    found = names("Le préfet, le maire et les conseillers ont salué Bruno Le Maire.")
    assert found["Bruno Le Maire"] == ["Bruno Le Maire"]
