"""A bare "the government" / "el gobierno" / "die Regierung": the country the text clearly says, or none.

link/governed.py weighs the countries the article names, those named just before the noun and the
language's home country; a country named once among others does not make the government its own.
"""
from __future__ import annotations


def _governments(doc) -> dict[str, str]:
    """Text of each bare government mention -> the entity it went to."""
    return {m.text: e.name for e in doc.entities for m in e.mentions if m.rule == "metonym:organisation"}


def test_a_country_named_once_among_helpers_does_not_own_the_government(link_text):
    doc = link_text("Los hackers atacaron varios ministerios. El gobierno pidió el apoyo de especialistas "
                    "de Estados Unidos, España e Israel. Ayer, el gobierno anunció nuevas medidas.", "es")
    assert _governments(doc) == {}


def test_the_country_the_article_is_about_owns_the_government(link_text):
    doc = link_text("Francia enfrenta una crisis de seguridad. En París, Francia endureció los controles. "
                    "Ayer el gobierno presentó un proyecto de ley con apoyo de España.", "es")
    assert _governments(doc) == {"gobierno": "France"}


def test_two_countries_named_alike_leave_the_government_unlinked(link_text):
    doc = link_text("Russia and Ukraine traded accusations. Russia said Ukraine had attacked first, and "
                    "Ukraine said Russia had. On Monday the government announced new measures.", "en")
    assert _governments(doc) == {}


def test_the_country_the_sentence_is_set_in_decides_between_two(link_text):
    doc = link_text("The United States and Canada signed the deal, the United States said. "
                    "In Canada, the government issued new advice.", "en")
    assert _governments(doc) == {"government": "Canada"}


def test_a_country_acting_in_the_sentence_does_not_own_the_government(link_text):
    doc = link_text("The United States and Canada signed the deal, Canada said. "
                    "The United States then criticised the government for its delays.", "en")
    assert _governments(doc) == {}


def test_a_government_in_a_capital_is_that_capitals_country(link_text):
    doc = link_text("Deutschland kritisiert die Entscheidung. Das Regime in Moskau weist das zurück.", "de")
    assert _governments(doc) == {"Regime": "Russia"}


def test_a_state_of_emergency_is_no_government(link_text):
    doc = link_text("España prorrogó la medida. El régimen de excepción seguirá vigente en España.", "es")
    assert _governments(doc) == {}


def test_a_regime_of_a_named_president_is_still_a_government(link_text):
    doc = link_text("Le proteste in Russia continuano contro il regime del presidente Putin.", "it")
    assert _governments(doc) == {"regime": "Russia"}


def test_a_provincial_government_is_not_the_country(link_text):
    doc = link_text("Argentina anunció el plan. En Argentina, el gobierno provincial implementará la estrategia.",
                    "es")
    assert _governments(doc) == {}


def test_an_italian_government_in_an_article_naming_no_country_is_italys(link_text):
    doc = link_text("Alle 21.42 la notizia delle dimissioni; il governo rimane in carica per gli affari "
                    "correnti.", "it")
    assert _governments(doc) == {"governo": "Italy"}


def test_an_armed_group_named_alone_does_not_own_the_government(link_text):
    # an armed group is no state: the government that blames it is not its country's (nor, in a text naming
    # only that group, the language's home country's)
    doc = link_text("Die Regierung macht die Wagner-Gruppe für den Anschlag verantwortlich.", "de")
    assert _governments(doc) == {}
