"""A role, a particle and the role's domain before a family name: the name is the person's
("il ministro del Lavoro Poletti"), the domain no part of it."""
from __future__ import annotations


def test_family_name_after_a_lower_case_role_and_its_domain_is_a_person(link_text, typed):
    doc = link_text("Lo ha confermato ieri il ministro del Lavoro Poletti ai giornalisti.", "it")
    assert typed(doc) == {"Poletti": "PERSON"}


def test_the_role_may_open_the_capitalised_run(link_text, typed):
    doc = link_text("Lo ha confermato ieri il Ministro del Lavoro Poletti ai giornalisti.", "it")
    assert typed(doc) == {"Poletti": "PERSON"}


def test_a_family_name_that_is_also_a_common_word_needs_the_kb_to_know_it(link_text, typed):
    doc = link_text("Lo ha confermato ieri il ministro dei Trasporti Istruzione ai giornalisti.", "it")
    assert "Istruzione" not in typed(doc)


def test_a_domain_of_two_words_is_no_person(link_text, typed):
    doc = link_text("Lo ha confermato ieri il ministro della Pubblica Istruzione ai giornalisti.", "it")
    assert all(t != "PERSON" for t in typed(doc).values())


# -- a capitalised role and its particle open a run: the words after them name whose role it is -----

def test_capitalised_mayor_of_a_town_names_the_town(link_text, typed):
    doc = link_text("Il Sindaco di Pincopallo ha parlato ai cittadini.", "it")
    assert typed(doc) == {"Pincopallo": "PLACE"}


def test_capitalised_role_of_a_domain_alone_names_nothing(link_text, typed):
    doc = link_text("Lo ha annunciato ieri il Ministro del Turismo in conferenza.", "it")
    assert typed(doc) == {}


# -- a country adjective between a place noun and its particle ------------------------------------

def test_village_noun_country_adjective_and_particle_type_the_name_a_place(link_text, typed):
    doc = link_text("I colpi sono partiti dal villaggio georgiano di Zemo Nikozi ieri sera.", "it")
    assert typed(doc)["Zemo Nikozi"] == "PLACE"


def test_role_and_an_article_before_a_body_keep_the_body_whole(link_text, typed):
    doc = link_text("Ha parlato ieri il Presidente della Regione Pincopallo ai giornalisti.", "it")
    assert "Pincopallo" not in typed(doc)


# -- a function word ending a run opens the next sentence, it ends no name ------------------------

def test_run_ending_in_an_article_of_a_glued_title_stops_before_it(link_text, typed):
    doc = link_text("Il furto del quadro di Claude Monet Le point d'Argenteuil risale al 1874.", "it")
    assert "Claude Monet" in typed(doc)
    assert not any(name.endswith(" Le") for name in typed(doc))
