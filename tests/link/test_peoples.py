"""Peoples without a state of their own (tools/kb/curated/organisations_peoples.tsv) are GROUP actors:
"the Kurds", "die Drusen", "les Ouïghours", "i curdi", "los kurdos"; their adjectives ("forces kurdes",
"milizie curde") and a count of persons ("120 Palästinenser") name no group."""
from __future__ import annotations


def test_english_plural_noun_names_the_people(mentions):
    assert mentions("The Kurds in northern Syria demand more autonomy.", "en", "type", "name")["Kurds"] \
        == ("GROUP", "Kurds")


def test_german_plural_noun_names_the_people(mentions):
    assert mentions("Die Drusen blieben im Krieg neutral.", "de", "type", "name")["Drusen"] == ("GROUP", "Druze")


def test_french_noun_is_the_people_and_the_adjective_is_not(mentions):
    found = mentions("Les Ouïghours dénoncent la répression, et les forces kurdes reculent.", "fr")
    assert found.get("Ouïghours") == "Uyghurs" and "kurdes" not in found


def test_a_number_before_the_noun_counts_persons(mentions):
    found = mentions("Nach Angaben der Behörden wurden 120 Palästinenser getötet.", "de")
    assert "Palästinenser" not in found


def test_italian_noun_after_an_article_and_not_the_adjective(mentions):
    found = mentions("I curdi chiedono più autonomia, mentre le milizie curde avanzano.", "it", "type", "name")
    assert found.get("curdi") == ("GROUP", "Kurds") and "curde" not in found


def test_italian_people_noun_wins_over_the_country_adjective(mentions):
    found = mentions("Il ministro ha incontrato i palestinesi a Ramallah.", "it", "type", "name")
    assert found.get("palestinesi") == ("GROUP", "Palestinians")


def test_spanish_noun_after_the_personal_a(mentions):
    found = mentions("El gobierno recibió a los kurdos en Madrid.", "es", "type", "name")
    assert found.get("kurdos") == ("GROUP", "Kurds")
