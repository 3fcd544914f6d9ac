"""Where an unknown name begins and ends: elided articles and Arabic name particles."""
from __future__ import annotations


def test_an_elided_article_is_not_part_of_an_acronym(link_text, by_name):
    doc = link_text("Le produit sera interdit. L'OFAG a publié un communiqué jeudi.", "fr")
    assert "OFAG" in by_name(doc)
    assert "L'OFAG" not in by_name(doc)


def test_a_word_after_an_elided_particle_stays_in_the_name(link_text, by_name):
    doc = link_text("Laut dem Anwalt Ayman Sheib ad-Din wurde niemand verhaftet.", "de")
    person = by_name(doc)["Ayman Sheib ad-Din"]
    assert person.type == "PERSON"


def test_a_very_common_noun_after_a_cue_is_no_name_in_german(link_text, by_name):
    doc = link_text("Mit dieser Miliz half sein Sohn Anfang Dezember bei der Eroberung.", "de")
    assert "Anfang" not in by_name(doc)


def test_a_cue_after_an_elided_article_types_the_name(link_text, by_name):
    doc = link_text("Selon l'avocat Kvetoslav, rien n'a changé.", "fr")
    assert by_name(doc)["Kvetoslav"].type == "PERSON"


def test_an_inflected_common_noun_is_no_name_in_german(link_text, by_name):
    doc = link_text("Die Finanzierung des Wahlkampfs von Georgescu wird geprüft.", "de")
    assert "Wahlkampfs von Georgescu" not in by_name(doc)


def test_a_cue_word_before_spaced_closing_punctuation_types_nothing_after_it(link_text, typed):
    doc = link_text("« Comment faire la couleur d’une radio ? » Laura Frémy analyse la fabrique.", "fr")
    assert typed(doc).get("Laura Frémy") != "ORG"


def test_a_capital_after_a_government_noun_and_a_preposition_is_the_country(link_text):
    doc = link_text("Das Regime in Moskau lehnt die Kandidatur ab.", "de")
    assert [(e.name, m.kind) for e in doc.entities for m in e.mentions if m.text == "Moskau"] \
        == [("Russia", "metonym")]


def test_a_capital_after_a_plain_preposition_stays_the_town(link_text):
    doc = link_text("Sie lebt seit Jahren in Moskau.", "de")
    assert [(e.name, m.kind) for e in doc.entities for m in e.mentions if m.text == "Moskau"] \
        == [("Moscow", "name")]
