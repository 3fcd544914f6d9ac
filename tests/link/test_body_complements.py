"""Bodies' names that run past their head noun: a complement after "for"/"on", a domain after a place,
an acronym spelled by the capitalised words only, a law's word after the body's particle, and head
nouns of outlets: readable examples, one behaviour each, with the negative cases beside them."""
from __future__ import annotations


# -- English: a body's head noun, "for"/"on" and a capitalised complement make one name ----------

def test_complement_after_on_joins_the_body(link_text, typed):
    doc = link_text("The Working Group on Arbitrary Detention has also determined that.", "en")
    assert typed(doc) == {"Working Group on Arbitrary Detention": "ORG"}


def test_complement_takes_the_article_and_conjoined_words(link_text, typed):
    doc = link_text("The League for the Promotion and Defense of Human Rights issued a statement.", "en")
    assert typed(doc) == {"League for the Promotion and Defense of Human Rights": "ORG"}


def test_weekday_after_on_is_no_complement(link_text, typed):
    doc = link_text("The Office for National Statistics told the Senate on Tuesday that prices rose.", "en")
    assert "Office for National Statistics" in typed(doc)
    assert not any("Tuesday" in name for name in typed(doc))


def test_rare_word_after_and_opens_another_name(link_text, typed):
    doc = link_text("The International Association for Suicide Prevention and Befrienders Worldwide help.", "en")
    assert typed(doc)["International Association for Suicide Prevention"] == "ORG"


def test_person_after_for_is_no_complement(link_text, typed):
    doc = link_text("He briefed the Senate on Ukraine and spoke for Donald Trump.", "en")
    assert not any(" for " in name or " on " in name for name in typed(doc))


# -- a place inside a body's name followed by more capitalised words is its domain ----------------

def test_place_followed_by_capitalised_words_is_the_bodys_domain(link_text, typed):
    doc = link_text("Una ricerca condotta dal Centre for Berlin Studies è stata pubblicata.", "it")
    assert typed(doc) == {"Centre for Berlin Studies": "ORG"}


# -- a word naming a law after the body's particle is the body's domain ---------------------------

def test_body_head_before_a_law_word_names_the_body(link_text, typed):
    doc = link_text("Lo dijo Pablo Toloza, integrante de la Comisión de Normas Transitorias, ayer.", "es")
    assert typed(doc)["Comisión de Normas Transitorias"] == "ORG"


# -- a given name inside a body's name ending in its head noun -------------------------------------

def test_given_name_inside_an_agency_name_stays_in_it(link_text, typed):
    doc = link_text("Un organizzatore ha detto all'Agence France Press che il divieto è grave.", "it")
    assert typed(doc)["Agence France Press"] == "ORG"


# -- an acronym spelled by the capitalised words of a foreign name ---------------------------------

def test_acronym_spelled_by_capitalised_words_takes_the_whole_name(link_text, typed):
    doc = link_text("Das spezialisierte European Center for Constitutional and Human Rights (ECCHR) "
                    "unterstützt die Klage.", "de")
    assert typed(doc)["European Center for Constitutional and Human Rights"] == "ORG"


# -- a kind of body before a name types it ----------------------------------------------------------

def test_association_before_a_name_makes_it_an_organisation(link_text, typed):
    doc = link_text("Independent media association CamboJA said the reporter was released.", "en")
    assert typed(doc)["CamboJA"] == "ORG"


# -- German: capitalised words before a company's descriptor compound modify the descriptor ---------

def test_town_adjective_before_a_descriptor_compound_leaves_the_company_name(link_text, typed):
    doc = link_text("Getriebe, wie sie das Augsburger Rüstungsunternehmen Renk herstellt, fehlen.", "de")
    assert typed(doc)["Renk"] == "ORG"


# -- German: "der"/"des" join a body's name only after a compound head noun --------------------------

def test_genitive_after_a_compound_ministry_is_its_name(link_text, typed):
    doc = link_text("Das Bundesministerium der Finanzen teilte am Montag mit, die Zahlen seien gut.", "de")
    assert typed(doc) == {"Bundesministerium der Finanzen": "ORG"}


def test_genitive_after_a_plain_body_noun_names_no_body(link_text, typed):
    doc = link_text("Die Armee des Landes marschierte am Montag in die Hauptstadt.", "de")
    assert typed(doc) == {}


# -- an English name in an Italian text ends before an Italian article --------------------------------

def test_foreign_body_name_ends_before_an_article_of_the_language(link_text, typed):
    doc = link_text("I giornalisti sono entrati all'International Press Center del Cremlino ieri.", "it")
    assert typed(doc) == {"International Press Center": "ORG", "Kremlin": "PLACE"}
