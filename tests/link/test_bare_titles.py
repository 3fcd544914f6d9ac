"""A title no country qualifies ("il premier", "der Kanzler") names whom its context gives: a holder
named in its sentence or the one before, a country named there as the place of the action or the
subject, the home country for a national title, the article's clear country (the home country when
none is named). A holder named only further back is no cue, and without a certain owner nobody is
named: a wrong speaker is worse than none."""
from __future__ import annotations

DAY = "2026-02-04"


def test_italian_bare_premier_with_no_country_named_is_italys(link_text, holders):
    doc = link_text("Il premier ha detto che il governo sosterrà le famiglie.", "it", DAY)
    assert holders(doc) == [("Giorgia Meloni", "premier")]


def test_italian_head_of_state_after_a_holder_named_in_the_previous_sentence_is_that_holder(link_text, holders):
    doc = link_text("Zelensky ha parlato ieri sera. Il capo dello Stato ha chiesto nuove armi.", "it", DAY)
    assert holders(doc) == [("Volodymyr Zelenskyy", "capo dello Stato")]


def test_italian_premier_after_a_country_named_as_the_place_is_that_countrys(link_text, holders):
    doc = link_text("In Ucraina, il premier ha annunciato nuove misure.", "it", DAY)
    assert holders(doc) == [("Yulia Svyrydenko", "premier")]


def test_italian_premier_of_another_country_named_further_back_is_not_the_one_meant(link_text, holders):
    doc = link_text("Svyrydenko ha parlato a Kiev. In Italia il governo ha approvato il bilancio. La legge "
                    "vale in tutta Italia da domani. Ieri sera il premier ha detto che le famiglie avranno aiuti.",
                    "it", DAY)
    assert ("Giorgia Meloni", "premier") in holders(doc)
    assert ("Yulia Svyrydenko", "premier") not in holders(doc)


def test_italian_support_to_a_capital_is_no_place_of_action(link_text, holders):
    doc = link_text("Il governo ha ribadito il sostegno a Kiev. Il premier ha detto che gli aiuti continueranno.",
                    "it", DAY)
    assert ("Yulia Svyrydenko", "premier") not in holders(doc)


def test_german_chancellor_is_germanys_even_after_frances_prime_minister_is_named(link_text, holders):
    doc = link_text("Macron und Lecornu sprachen in Paris. Der Kanzler sagte, man werde helfen.", "de", DAY)
    assert holders(doc) == [("Friedrich Merz", "Kanzler")]


def test_french_bare_prime_minister_with_no_country_named_is_frances(link_text, holders):
    doc = link_text("Le Premier ministre a présenté le budget hier soir.", "fr", DAY)
    assert holders(doc) == [("Sébastien Lecornu", "Premier ministre")]


def test_french_place_opening_the_sentence_names_the_country_of_the_title(link_text, holders):
    doc = link_text("À Kiev, le Premier ministre a présenté un plan de reconstruction.", "fr", DAY)
    assert holders(doc) == [("Yulia Svyrydenko", "Premier ministre")]


def test_english_bare_president_names_nobody_when_the_article_names_no_country(link_text, holders):
    doc = link_text("The president said he would meet the cabinet on Monday.", "en", DAY)
    assert holders(doc) == []


def test_english_title_with_an_indefinite_article_names_nobody(link_text, holders):
    doc = link_text("Donald Trump spoke in Ohio. Voters there want a president who listens.", "en", DAY)
    assert holders(doc) == []


def test_spanish_president_after_a_country_named_as_the_place_is_that_countrys(link_text, holders):
    doc = link_text("En Francia, el presidente anunció nuevas medidas.", "es", DAY)
    assert holders(doc) == [("Emmanuel Macron", "presidente")]


def test_english_predicative_title_names_nobody_even_after_a_holder(link_text, holders):
    doc = link_text("Donald Trump spoke in Ohio. Haley said that if she were to become president, she would "
                    "pardon him.", "en", DAY)
    assert holders(doc) == []
