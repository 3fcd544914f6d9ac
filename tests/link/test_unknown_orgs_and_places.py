"""Unknown organisations and places typed by the words around them (issue #5): a preposition with
its article before a region, an article before a club, a body's lower-case lead noun, a country
adjective inside a body's name, a given name a KB person bears alone. Real KB, real sentences."""
from __future__ import annotations

from cronaca.document import Document, Source
from cronaca.pipeline import Pipeline


# -- a preposition fused with an article before a lone rare name: a region ----------------------

def test_italian_nel_before_a_rare_name_is_a_region(mentions):
    found = mentions("Nuove scosse di terremoto sono state registrate nel Mugello.", "it", "type", "name")
    assert found["Mugello"][0] == "PLACE"


def test_german_im_before_a_capitalised_noun_makes_no_place(mentions):
    # German capitalises every noun: "im Weltall", "im Warenkorb" are no names (no German list)
    found = mentions("Die Kinder schauen sich virtuell im Weltall um.", "de", "type", "name")
    assert "Weltall" not in found


def test_spanish_en_el_before_a_rare_name_is_a_region(mentions):
    found = mentions("Los incendios siguen en el Bierzo desde el lunes.", "es", "type", "name")
    assert found["Bierzo"][0] == "PLACE"


def test_french_dans_le_before_a_rare_name_is_a_region(mentions):
    found = mentions("Les orages ont frappé dans le Var lundi soir.", "fr", "type", "name")
    assert found["Var"][0] == "PLACE"


def test_english_in_the_before_a_modifier_makes_no_place(mentions):
    found = mentions("Docker is fast. The layers stay in the Docker cache for a week.", "en", "type", "name")
    assert found.get("Docker", ("ORG",))[0] != "PLACE"


def test_a_body_of_several_words_after_en_la_is_no_place(mentions):
    # a name of several common words after "en la" is left to the other rules: a body here
    found = mentions("Hay tensiones en la Fuerza Pública desde marzo.", "es", "type", "name")
    assert found.get("Fuerza Pública", ("ORG",))[0] != "PLACE"


def test_a_historical_period_after_nel_is_no_name(mentions):
    found = mentions("La villa fu costruita nel Novecento e restaurata nel Medioevo.", "it", "type", "name")
    assert "Novecento" not in found and "Medioevo" not in found


# -- a town after an article towns do not take: its club -----------------------------------------

def test_italian_town_after_a_masculine_article_is_its_club(pipeline, mentions):
    found = mentions("Ha portato alla salvezza il Parma, poi è tornato a vivere a Parma.", "it", "type", "name")
    assert found["Parma"] == ("PLACE", "Parma")  # the last mention: "a Parma", the town
    doc = pipeline(Document(raw="Ha portato alla salvezza il Parma.", language="it"))
    assert [(e.type, e.name) for e in doc.entities] == [("ORG", "Parma")]


def test_spanish_town_after_el_is_its_club(mentions):
    found = mentions("El domingo ganó el Valencia por dos goles.", "es", "type", "name")
    assert found["Valencia"][0] == "ORG"


def test_a_town_whose_name_holds_the_article_stays_the_town(mentions):
    found = mentions("L'aereo è atterrato al Cairo nella notte.", "it", "type", "name")
    assert found["Cairo"] == ("PLACE", "Cairo")


# -- a body's lower-case lead noun takes the town into the body's name ---------------------------

def test_a_lower_case_university_of_a_town_is_one_organisation(mentions):
    found = mentions("Un gruppo di ricercatori dell'università di Nottingham ha scoperto un virus.",
                     "it", "type", "name")
    assert found == {"università di Nottingham": ("ORG", "università di Nottingham")}


def test_french_lower_case_university_of_a_town_is_one_organisation(mentions):
    found = mentions("Des chercheurs de l'université de Strasbourg ont publié l'étude.", "fr", "type", "name")
    assert found["université de Strasbourg"][0] == "ORG"


# -- names of bodies and people that a KB match broke in two ------------------------------------

def test_words_after_a_country_adjective_stay_in_the_body_name(mentions):
    found = mentions("È stato presidente della Federazione Italiana Scherma per 34 anni.", "it", "type", "name")
    assert found["Federazione Italiana Scherma"][0] == "ORG"


def test_a_kb_given_name_before_an_unknown_family_name_is_one_person(mentions):
    found = mentions("È morto Albert Hofmann, il chimico svizzero. Hofmann aveva 102 anni.", "it", "type", "name")
    assert found["Albert Hofmann"] == ("PERSON", "Albert Hofmann")
    assert found["Hofmann"] == ("PERSON", "Albert Hofmann")


# -- members of a list are of one kind -----------------------------------------------------------

def test_a_bare_name_after_a_cued_person_in_a_list_is_a_person(mentions):
    found = mentions("MM. Briand et Viviani sont arrivés à Lyon hier soir.", "fr", "type", "name")
    assert found["Viviani"][0] == "PERSON"


def test_a_name_after_a_weakly_typed_name_keeps_its_own_guess(pipeline):
    # "Zorbex" is typed by no cue: it gives "Vantrel" no type through the list
    text = "Gli accordi tra Zorbex e Vantrel sono saltati. Zorbex e Vantrel hanno smentito."
    assert "unknown:listed" not in _rules(pipeline, text, "it")


def _rules(pipeline: Pipeline, text: str, lang: str) -> list[str]:
    doc = pipeline(Document(raw=text, language=lang))
    return [m.rule for e in doc.entities for m in e.mentions]


def test_a_plural_feature_noun_types_every_name_of_its_list(mentions):
    found = mentions("Hubo combates en las zonas de los ríos Ariari, Guayabero y Guaviare.", "es", "type", "name")
    assert [found[n][0] for n in ("Ariari", "Guayabero", "Guaviare")] == ["PLACE", "PLACE", "PLACE"]
