"""State institutions with the shipped KB (kb 2026.12.2, tools/kb/curated/organisations_states.tsv), and
words every article uses that are also the surnames of KB office holders (link/resolve.py)."""
from __future__ import annotations

import pytest


def test_a_language_name_is_no_surname(mentions):
    linked = mentions("The report was published in English and in Maori on Tuesday.", "en", "id", "name",
                      published="2025-06-01")
    assert "English" not in linked


def test_a_title_before_the_language_word_keeps_the_person(mentions):
    linked = mentions("Former prime minister English said the budget was sound.", "en", "id", "name",
                      published="2025-06-01")
    assert linked["English"][1] == "Bill English"


def test_an_adjective_written_in_lower_case_leaves_a_capitalised_surname(mentions):
    """Italian writes "albanese" for Albanian: "Albanese" is the Australian prime minister."""
    linked = mentions("Albanese ha detto che la visita a Pechino è confermata.", "it", "id", "name",
                      published="2025-06-01")
    assert linked["Albanese"][1] == "Anthony Albanese"


def test_an_abbreviated_title_is_no_surname(mentions):
    linked = mentions("Candidates include Sen. Chris Murphy and Gov. Gavin Newsom.", "en", "id", "name",
                      published="2025-06-01")
    assert "Sen" not in linked


@pytest.mark.parametrize(("text", "lang", "mention", "name"), [
    ("Das Europaparlament stimmte am Mittwoch dem Gesetz zu.", "de", "Europaparlament", "European Parliament"),
    ("La Eurocámara aprobó el miércoles la ley.", "es", "Eurocámara", "European Parliament"),
    ("L'Eurocamera ha approvato mercoledì la legge.", "it", "Eurocamera", "European Parliament"),
    ("Die Duma in Moskau stimmte dem Gesetz zu.", "de", "Duma", "State Duma"),
    ("In Dublin, the Dáil voted on Tuesday.", "en", "Dáil", "Dáil Éireann"),
    ("Die Tweede Kamer in Den Haag stimmte zu.", "de", "Tweede Kamer", "House of Representatives"),
    ("En Madrid, las Cortes aprobaron la ley.", "es", "Cortes", "Cortes Generales"),
    ("À Athènes, Syriza a perdu les élections.", "fr", "Syriza", "Syriza"),
    ("In The Hague, the PVV won the election.", "en", "PVV", "Party for Freedom"),
])
def test_chambers_and_parties_by_their_own_names(mentions, text, lang, mention, name):
    assert mentions(text, lang, "id", "name", published="2025-06-01")[mention][1] == name


@pytest.mark.parametrize(("text", "lang", "mention", "country"), [
    ("Der Nationalrat in Wien stimmte am Mittwoch dem Budget zu.", "de", "Nationalrat", "AUT"),
    ("Der Nationalrat in Bern stimmte am Mittwoch dem Budget zu.", "de", "Nationalrat", "CHE"),
])
def test_a_chamber_two_states_name_alike_goes_by_the_town(pipeline, text, lang, mention, country, mentions):
    entity_id = mentions(text, lang, "id", "name", published="2025-06-01")[mention][0]
    assert pipeline.stages[-1].kb.get(entity_id).country == country


@pytest.mark.parametrize(("text", "lang", "mention", "name", "country"), [
    ("Il ministero degli Esteri polacco ha convocato l'ambasciatore.", "it", "ministero degli Esteri polacco",
     "Ministry of Foreign Affairs", "POL"),
    ("The Indian foreign ministry said on Monday that talks would resume.", "en", "Indian foreign ministry",
     "Ministry of External Affairs", "IND"),
    ("Le ministère grec de la Défense a annoncé l'exercice.", "fr", "ministère grec de la Défense",
     "Ministry of National Defence", "GRC"),
])
def test_a_ministry_named_by_noun_and_country_is_that_state_s(pipeline, text, lang, mention, name, country, mentions):
    entity_id, entity_name = mentions(text, lang, "id", "name", published="2025-06-01")[mention]
    assert entity_name == name
    assert pipeline.stages[-1].kb.get(entity_id).country == country


@pytest.mark.parametrize(("text", "lang", "mention", "name"), [
    ("« On est prêt », a assuré le directeur adjoint sur franceinfo.", "fr", "franceinfo", "Franceinfo"),
    ("Selon la Préfecture de police, deux personnes ont été interpellées.", "fr", "Préfecture de police",
     "Paris Police Prefecture"),
])
def test_french_bodies_by_the_names_the_press_writes(mentions, text, lang, mention, name):
    assert mentions(text, lang, "id", "name", published="2025-06-01")[mention][1] == name
