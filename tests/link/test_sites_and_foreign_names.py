"""Sites named by a lower-case noun, foreign bodies' own names, appositions, language names and
acronyms: readable examples, one behaviour each, with the negative cases beside them."""
from __future__ import annotations


# -- a site noun before a name makes the name the site's -------------------------------------------

def test_river_noun_joins_an_unknown_name(link_text, typed):
    doc = link_text("Il delta del fiume Irrawaddy è stato colpito dal ciclone.", "it")
    assert typed(doc) == {"fiume Irrawaddy": "PLACE"}


def test_street_named_after_a_city_is_a_street_not_the_city(link_text, typed):
    doc = link_text("Il corteo è partito da via Berlino ed è arrivato in centro.", "it")
    assert typed(doc) == {"via Berlino": "PLACE"}


def test_site_noun_after_a_verb_is_no_site(link_text, typed):
    doc = link_text("Il voto ha spazzato via Putin e il suo partito.", "it")
    assert typed(doc) == {"Vladimir Putin": "PERSON"}


def test_station_of_a_town_names_the_town(link_text, typed):
    doc = link_text("Il treno era fermo alla stazione di Garbagnate da un'ora.", "it")
    assert typed(doc) == {"Garbagnate": "PLACE"}


def test_palace_noun_joins_across_a_particle_in_french(link_text, typed):
    doc = link_text("Le sommet s'est tenu au palais de Blenheim, dans la campagne anglaise.", "fr")
    assert typed(doc)["palais de Blenheim"] == "PLACE"
    assert "Blenheim" not in typed(doc)


# -- English words inside foreign bodies' names type them in any language --------------------------

def test_english_company_word_types_a_name_in_a_french_article(link_text, typed):
    doc = link_text("Samsung s'offre la start-up britannique Oxford Semantic Technologies.", "fr")
    assert typed(doc)["Oxford Semantic Technologies"] == "ORG"


def test_city_opens_the_name_of_a_school(link_text, typed):
    doc = link_text("Ha studiato alla Berlin School of Economics per due anni.", "it")
    assert typed(doc) == {"Berlin School of Economics": "ORG"}


def test_law_named_in_english_is_no_body(link_text, typed):
    doc = link_text("Die Kommission prüft die Plattform nach dem Digital Services Act.", "de")
    assert not any("Act" in name for name in typed(doc))


def test_country_inside_a_body_name_makes_no_country(link_text, typed):
    doc = link_text("Les musiciens du Chœur de Radio France ont signé la pétition.", "fr")
    assert typed(doc) == {"Chœur de Radio France": "ORG"}


# -- an apposition with an indefinite article says what the name is --------------------------------

def test_indefinite_apposition_types_an_organisation(link_text, typed):
    doc = link_text("Selon Javier López, directeur de campagne à Oceana, une organisation de défense "
                    "des océans, les stocks baissent.", "fr")
    assert typed(doc)["Oceana"] == "ORG"


def test_definite_noun_after_a_fronted_place_opens_a_clause(link_text, typed):
    doc = link_text("En Los Gallardos, la teniente de alcalde, Antonia Martínez, aseguró que no hay "
                    "peligro.", "es")
    assert typed(doc)["Los Gallardos"] == "PLACE"


# -- a country adjective that names a language -----------------------------------------------------

def test_language_after_en_is_no_country(link_text, typed):
    doc = link_text("La revue est publiée en allemand depuis 1990.", "fr")
    assert typed(doc) == {}


def test_languages_coordinated_after_auf_are_no_countries(link_text, typed):
    doc = link_text("Das Buch erscheint auf Russisch und Deutsch im Herbst.", "de")
    assert typed(doc) == {}


def test_adjective_of_a_government_still_names_the_country(link_text, typed):
    doc = link_text("Le gouvernement allemand a protesté hier soir.", "fr")
    assert typed(doc) == {"Germany": "COUNTRY"}


# -- capitals: acronyms and shouting ---------------------------------------------------------------

def test_frequent_acronym_among_lower_case_words_is_an_organisation(link_text, typed):
    doc = link_text("Selon la direction, la SNCF a signé un accord avec les syndicats.", "fr")
    assert typed(doc) == {"SNCF": "ORG"}


def test_headline_in_capitals_is_shouting(link_text, typed):
    doc = link_text("SCARICA L'APP DI NOTIZIE\nIl governo ha deciso di rinviare il voto.", "it")
    # (no name from the headline; "il governo" of an Italian text naming no country is Italy's)
    assert typed(doc) == {"Italy": "COUNTRY"}


def test_long_word_in_capitals_is_emphasis(link_text, typed):
    doc = link_text("“Estos son los REFERENTES de la comunidad internacional”, agregó el presidente.", "es")
    assert "REFERENTES" not in typed(doc)


def test_capital_inside_a_word_makes_a_name_where_nouns_are_capitalised(link_text, typed):
    doc = link_text("Vor der Wahl warnt die AfD vor der Migration.", "de")
    assert typed(doc) == {"Alternative for Germany": "ORG"}


# -- a government title names no president who heads both state and government ---------------------

def test_prime_minister_title_is_not_the_president_named_before(link_text):
    doc = link_text("Donald Trump a parlé hier soir. Le Premier ministre a ensuite répondu aux questions.", "fr")
    trump = next(e for e in doc.entities if e.name == "Donald Trump")
    assert [m.text for m in trump.mentions] == ["Donald Trump"]


def test_prime_minister_title_still_names_a_prime_minister(link_text):
    doc = link_text("Keir Starmer a parlé hier soir. Le Premier ministre a ensuite répondu aux questions.", "fr")
    starmer = next(e for e in doc.entities if e.name == "Keir Starmer")
    assert [m.text for m in starmer.mentions] == ["Keir Starmer", "Premier ministre"]


# -- a capitalised site noun and a particle before a known place name the feature itself -----------

def test_capitalised_lake_noun_before_a_known_town_names_the_lake_alone(link_text, typed):
    doc = link_text("Una barca è affondata nel Lago di Como ieri mattina.", "it")
    assert typed(doc) == {"Lago di Como": "PLACE"}


def test_capitalised_gulf_noun_names_the_gulf_in_french_too(link_text, typed):
    doc = link_text("Le bateau a coulé dans le Lac de Genève hier matin.", "fr")
    assert typed(doc) == {"Lac de Genève": "PLACE"}


def test_capitalised_direction_before_a_town_is_no_feature(link_text, typed):
    doc = link_text("Il corteo si è fermato a Nord di Roma ieri.", "it")
    assert typed(doc) == {"Rome": "PLACE"}


# -- where every noun is capitalised, a place noun before a name is its cue, not part of it --------

def test_german_district_noun_in_a_capitalised_run_types_the_name_after_it(link_text, typed):
    doc = link_text("Der Verein ist im Münchner Stadtteil Solln gemeldet, direkt neben einer Schule.", "de")
    assert typed(doc)["Solln"] == "PLACE"
    assert not any("Stadtteil" in name for name in typed(doc))


def test_german_place_noun_before_a_common_noun_is_a_body_name(link_text, typed):
    doc = link_text("Beim Insel Verlag begnügten sie sich mit der alten Übersetzung.", "de")
    assert "Verlag" not in typed(doc)
