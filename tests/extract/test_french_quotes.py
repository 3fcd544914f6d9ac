"""French attribution as Le Monde, AFP or Le Figaro write it, through the whole pipeline: speaker
after the quotation with inversion ("a-t-il poursuivi"), "selon" before a body whose name goes on
past its noun, "pour X, « ... »", the opinion verb after the quotation."""
from __future__ import annotations

import cronaca


def quotes(text: str) -> list[tuple[str, str | None]]:
    doc = cronaca.process(text, language="fr", published="2026-02-05")
    names = {e.id: e.name for e in doc.entities}
    return [(q.text, names.get(q.speaker)) for q in doc.quotes]


def test_selon_a_ministry_named_with_its_country_in_the_middle_reports_the_clause_after_the_comma():
    assert quotes("Selon le ministère ukrainien de la Défense, l'armée russe a perdu plus de mille soldats.") \
        == [("l'armée russe a perdu plus de mille soldats", "Ministry of Defence")]


def test_an_inverted_pronoun_after_the_quotation_is_the_speaker_of_the_quotation_before():
    text = ("« La situation est grave », a déclaré jeudi Emmanuel Macron à Lille. "
            "« Nous avons fait notre part du travail », a-t-il poursuivi.")
    assert quotes(text) == [("La situation est grave", "Emmanuel Macron"),
                            ("Nous avons fait notre part du travail", "Emmanuel Macron")]


def test_pour_and_a_name_before_a_quotation_make_the_name_its_speaker():
    assert quotes("Pour Jean-Luc Mélenchon, « ce budget est une déclaration de guerre sociale ».") \
        == [("ce budget est une déclaration de guerre sociale", "Jean-Luc Mélenchon")]


def test_a_present_opinion_verb_after_the_quotation_with_the_speaker_after_it():
    assert quotes("« Il faut agir vite », estime l'économiste Thomas Piketty.") \
        == [("Il faut agir vite", "Thomas Piketty")]


def test_d_apres_a_seat_of_power_reports_what_follows():
    assert quotes("D'après le Kremlin, les négociations n'ont pas encore commencé.") \
        == [("les négociations n'ont pas encore commencé", "Kremlin")]


def test_porte_parole_and_a_name_in_apposition_after_an_inverted_verb_name_the_speaker():
    assert quotes("La situation reste tendue, a déclaré le porte-parole du Kremlin, Dmitri Peskov.") \
        == [("La situation reste tendue", "Dmitry Peskov")]


def test_an_impersonal_on_joined_to_the_verb_speaks_from_the_place_named_after_it():
    assert quotes("« C'est inacceptable », explique-t-on à l'Élysée.") == [("C'est inacceptable", "Élysée Palace")]


def test_the_entourage_of_a_person_is_someone_unnamed_not_the_person():
    assert quotes("« C'est inacceptable », précise-t-on dans l'entourage du président Emmanuel Macron.") \
        == [("C'est inacceptable", None)]


def test_a_verb_of_advice_after_the_quotation_attributes_it():
    assert quotes("« Il faut consommer des probiotiques pendant quatre mois », conseille Olivier Panisset.") \
        == [("Il faut consommer des probiotiques pendant quatre mois", "Olivier Panisset")]
