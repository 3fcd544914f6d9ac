"""A lone capitalised word right next to a verb of saying is the name of a person speaking, even when
it is also a word or opens its sentence; a plural verb, a descriptive noun before it, a word that
opens the reported clause, or a very common word is no such evidence."""
from __future__ import annotations


def test_surname_opening_the_sentence_before_a_bracket_and_ha_detto(link_text, typed):
    doc = link_text("Vendola (SEL) ha detto che non darà la fiducia al governo.", "it")
    assert typed(doc)["Vendola"] == "PERSON"


def test_surname_after_a_profession_and_before_a_relative_verb_of_saying(link_text, typed):
    doc = link_text("Più drastico il comico e showman Fiorello, che ha dichiarato che il leader ha sbagliato.", "it")
    assert typed(doc)["Fiorello"] == "PERSON"


def test_surname_that_is_a_word_after_an_inverted_verb(link_text, typed):
    doc = link_text("«Non ci sto», ha aggiunto Grillo ai giornalisti.", "it")
    assert typed(doc)["Grillo"] == "PERSON"


def test_french_name_after_a_quotation_and_its_verb(link_text, typed):
    doc = link_text("La langue est la meilleure et la pire des choses, disait Esope.", "fr")
    assert typed(doc)["Esope"] == "PERSON"


def test_a_plural_verb_makes_no_person(link_text, typed):
    doc = link_text("Los dirigentes de la ex Concertación, que han manifestado su preocupación, votarán hoy.", "es")
    assert typed(doc).get("Concertación") != "PERSON"


def test_a_descriptive_noun_before_the_name_keeps_its_type(link_text, typed):
    doc = link_text("Le tabloïd Blesk note que le ministre a menti. Le tabloïd Blesk révèle aussi sa photo.", "fr")
    assert typed(doc).get("Blesk") != "PERSON"


def test_a_common_plural_noun_opening_the_sentence_is_no_name(link_text, typed):
    doc = link_text("Survivors told VOA the attackers singled out security personnel.", "en")
    assert "Survivors" not in typed(doc)


def test_the_subject_of_the_reported_clause_is_not_taken_for_the_speaker(link_text, typed):
    doc = link_text("The minister said Europeans can no longer rely on others.", "en")
    assert typed(doc).get("Europeans") != "PERSON"


def test_where_every_noun_is_capitalised_a_noun_before_the_verb_stays_a_noun(link_text, typed):
    doc = link_text("Blinken hat vor einer Eskalation des Konflikts gewarnt.", "de")
    assert "Konflikts" not in typed(doc)


def test_a_name_after_a_plural_article_is_no_person(link_text, typed):
    doc = link_text("Les Lyonnais réclament un penalty après une intervention du défenseur.", "fr")
    assert typed(doc).get("Lyonnais") != "PERSON"


def test_the_addressee_after_told_is_no_speaker(link_text, typed):
    doc = link_text("“We are delighted,” said the adviser, told Observer on Monday.", "en")
    assert typed(doc).get("Observer") != "PERSON"


def test_surname_after_a_verb_inside_dashes_in_a_quotation(link_text, typed):
    doc = link_text("«Le banche hanno commesso degli errori - sottolinea Pini - speriamo che passi.»", "it")
    assert typed(doc)["Pini"] == "PERSON"


def test_a_name_a_cue_types_elsewhere_keeps_that_type(link_text, typed):
    doc = link_text("La società Rivaltech ha chiuso il bilancio. Rivaltech ha detto che assumerà cento persone.", "it")
    assert typed(doc)["Rivaltech"] == "ORG"


def test_a_family_name_met_in_a_longer_name_makes_no_new_person(link_text, typed):
    doc = link_text("Il caso è stato sollevato dalla deputata Giuditta Pini: «Le banche hanno sbagliato - sottolinea "
                    "Pini - speriamo che passi».", "it")
    assert "Pini" not in typed(doc)
