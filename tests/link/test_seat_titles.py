"""A seat of government stands for its office holder after a holder word (lang/<code>/seat_titles.tsv and
link_settings.tsv seat_holder_words): "il titolare del Viminale" is Italy's interior minister on the article
date, "le locataire de Matignon" France's prime minister. An article of the other gender than the holder's
given name names no one, and a holder word before anything but a seat ("il titolare del bar") is no title."""
from __future__ import annotations


DAY = "2026-02-04"


def test_italian_holder_of_the_viminale_is_the_interior_minister_on_the_day(shipped_text, holders):
    doc = shipped_text("«Non ci sono rischi», ha spiegato il titolare del Viminale ai giornalisti.", "it", DAY)
    assert holders(doc) == [("Matteo Piantedosi", "titolare del Viminale")]


def test_italian_holder_of_the_viminale_in_2020_is_the_minister_then(shipped_text, holders):
    doc = shipped_text("La titolare del Viminale ha detto che gli sbarchi sono calati.", "it", "2020-06-01")
    assert holders(doc) == [("Luciana Lamorgese", "titolare del Viminale")]


def test_italian_feminine_article_before_a_male_holder_names_no_one(shipped_text, holders):
    doc = shipped_text("La titolare del Viminale ha detto che gli sbarchi sono calati.", "it", DAY)
    assert holders(doc) == []


def test_italian_holder_word_before_no_seat_is_no_title(shipped_text, holders):
    doc = shipped_text("Il titolare del bar ha chiamato i carabinieri.", "it", DAY)
    assert holders(doc) == []


def test_french_tenant_of_matignon_is_the_prime_minister_on_the_day(shipped_text, holders):
    doc = shipped_text("« La réforme est nécessaire », a dit le locataire de Matignon.", "fr", DAY)
    assert holders(doc) == [("Sébastien Lecornu", "locataire de Matignon")]


def test_french_host_of_the_elysee_after_an_elided_article_is_the_president(shipped_text, holders):
    doc = shipped_text("L'hôte de l'Élysée a affirmé que la France restera ferme.", "fr", DAY)
    assert holders(doc) == [("Emmanuel Macron", "hôte de l'Élysée")]


def test_spanish_tenant_of_the_moncloa_is_the_prime_minister_on_the_day(shipped_text, holders):
    doc = shipped_text("El inquilino de la Moncloa dijo que el Gobierno seguirá adelante.", "es", DAY)
    assert holders(doc) == [("Pedro Sánchez", "inquilino de la Moncloa")]


def test_a_former_holder_named_before_is_the_one_the_seat_stands_for(shipped_text, holders):
    doc = shipped_text("Barack Obama ha parlato alla nazione. L'inquilino della Casa Bianca ha detto che l'economia "
                       "si sta riprendendo.", "it", DAY)
    assert holders(doc) == [("Barack Obama", "inquilino della Casa Bianca")]
