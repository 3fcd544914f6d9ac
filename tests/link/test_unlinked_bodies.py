"""Bodies a speaker phrase names without a name of their own: a body's noun with who controls it,
a hospital named by its noun and a name, and national bodies named by a lower-case common noun."""
from __future__ import annotations

import pytest

from cronaca.document import Document, Source
from cronaca.kb import load
from cronaca.link.stage import Link
from cronaca.pipeline import Pipeline, build


@pytest.fixture(scope="module")
def link_text():
    """The link stage over the shipped KB: the bodies here are its entries (Gaza's, Italy's)."""
    pipeline = Pipeline(build(["language", "clean", "segment"]).stages + (Link(load()),))
    return lambda text, lang: pipeline(Document(raw=text, language=lang, source=Source(published="2026-02-20")))


def names(doc) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in doc.entities}


def test_german_body_controlled_by_an_armed_group_is_its_territory_s_body(link_text):
    doc = link_text("Der von der Hamas kontrollierte Zivilschutz teilte mit, drei Kinder seien getötet worden.", "de")
    assert names(doc)["Palestinian Civil Defense"] == ["Zivilschutz"]


def test_german_body_under_a_group_s_control_after_it(link_text):
    doc = link_text("Das meldete das Gesundheitsministerium, das ebenfalls unter der Kontrolle der Hamas steht.", "de")
    assert names(doc)["Gaza Health Ministry"] == ["Gesundheitsministerium"]


def test_english_group_run_ministry(link_text):
    doc = link_text("The Hamas-run health ministry said 40 people were killed.", "en")
    assert names(doc)["Gaza Health Ministry"] == ["health ministry"]


def test_capitalised_word_after_a_body_noun_goes_on_its_name_not_to_a_controller(link_text):
    doc = link_text("Secondo il ministero della Sanità controllato da Hamas, i morti sono 40.", "it")
    assert names(doc)["Gaza Health Ministry"] == ["ministero della Sanità"]


def test_bare_civil_defence_without_controller_names_no_body(link_text):
    doc = link_text("Der Zivilschutz übt den Ernstfall in den Schulen.", "de")
    assert not any(e.type == "ORG" for e in doc.entities)


def test_german_hospital_named_after_a_word_that_is_also_an_adjective_form(link_text):
    # "nasser" is an inflected form of "nass" (wet), but a compound's modifier is never inflected
    doc = link_text("In der Nacht seien neun Menschen getötet worden, teilte das Nasser-Krankenhaus mit.", "de")
    assert names(doc)["Nasser-Krankenhaus"] == ["Nasser-Krankenhaus"]


def test_german_compound_of_a_common_word_stays_a_common_noun(link_text):
    doc = link_text("Das Kinder-Krankenhaus in der Stadt wird renoviert.", "de")
    assert "Kinder-Krankenhaus" not in names(doc)


def test_lower_case_hospital_noun_before_a_name_makes_the_hospital(link_text):
    doc = link_text("L'ospedale Cardarelli di Napoli ha comunicato che il paziente è grave.", "it")
    found = names(doc)
    assert found["ospedale Cardarelli"] == ["ospedale Cardarelli"]
    assert "Cardarelli" not in found


def test_hospital_of_a_town_leaves_the_town_a_place(link_text):
    doc = link_text("Les blessés ont été transportés à l'hôpital de Rafah, selon des témoins.", "fr")
    found = names(doc)
    assert found["Rafah"] == ["Rafah"]
    assert not any(e.type == "ORG" for e in doc.entities)


def test_lower_case_carabinieri_are_the_italian_body_and_speak(link_text):
    doc = link_text("I carabinieri hanno detto che l'uomo era armato.", "it")
    assert names(doc)["Carabinieri"] == ["carabinieri"]


def test_a_national_army_named_by_its_country_s_adjective_has_its_canonical_name(link_text):
    de = link_text("Die libanesische Armee teilte mit, sie habe Truppen entsandt.", "de")
    en = link_text("The Lebanese army said it deployed troops.", "en")
    assert names(de)["Lebanese Armed Forces"] == ["libanesische Armee"]
    assert names(en)["Lebanese Armed Forces"] == ["Lebanese army"]


def test_a_national_relief_society_speaks_by_its_name_in_each_language(link_text):
    doc = link_text("Der Palästinensische Rote Halbmond teilte mit, ein Sanitäter sei getötet worden.", "de")
    assert names(doc)["Palestine Red Crescent Society"] == ["Palästinensische Rote Halbmond"]


def test_the_red_crescent_without_a_country_is_an_organisation_not_a_person(link_text):
    doc = link_text("The Red Crescent said a paramedic was killed.", "en")
    assert {e.name: e.type for e in doc.entities}["Red Crescent"] == "ORG"


def test_german_town_adjective_before_the_police_names_the_town_s_police(link_text):
    doc = link_text("Die Berliner Polizei teilte mit, es habe drei Festnahmen gegeben.", "de")
    assert names(doc)["Berliner Polizei"] == ["Berliner Polizei"]


def test_town_adjective_with_a_dropped_ending(link_text):
    doc = link_text("Die Münchner Staatsanwaltschaft ermittelt gegen den Mann.", "de")
    assert names(doc)["Münchner Staatsanwaltschaft"] == ["Münchner Staatsanwaltschaft"]


def test_capitalised_adjective_of_no_town_owns_no_police(link_text):
    doc = link_text("Die Grüner Polizei ist ein Verein.", "de")
    assert not any(e.type == "ORG" and "Polizei" in e.name for e in doc.entities)


def test_english_town_name_before_police_names_the_town_s_police(link_text):
    doc = link_text("Chicago police said the suspect fled.", "en")
    found = names(doc)
    assert found["Chicago police"] == ["Chicago police"]
    assert found["Chicago"] == ["Chicago"]


def test_town_inside_a_longer_capitalised_name_owns_no_police(link_text):
    doc = link_text("Greater Manchester police said the suspect fled.", "en")
    assert "Manchester police" not in names(doc)


def test_an_embassy_with_its_seat_is_named_as_wikipedia_titles_embassies(link_text):
    doc = link_text("Die deutsche Botschaft in Kabul teilte mit, alle Mitarbeiter seien in Sicherheit.", "de")
    found = names(doc)
    assert found["Embassy of Germany, Kabul"] == ["deutsche Botschaft in Kabul"]
    assert found["Kabul"] == ["Kabul"]


def test_an_embassy_seated_in_a_country_is_named_as_written(link_text):
    doc = link_text("Dall'ambasciata degli Stati Uniti d'America in Myanmar fanno sapere che le vittime sono molte.", "it")
    assert names(doc)["Ambasciata degli Stati Uniti d'America in Myanmar"] \
        == ["ambasciata degli Stati Uniti d'America in Myanmar"]


def test_a_message_to_a_country_is_no_embassy(link_text):
    doc = link_text("Das ist eine klare Botschaft an Russland.", "de")
    assert not any(e.type == "ORG" for e in doc.entities)


def test_a_capital_before_embassy_is_its_seat_and_the_possessor_its_country(link_text):
    doc = link_text("Guatemala's Washington embassy directed reporters to earlier comments.", "en")
    assert names(doc)["Embassy of Guatemala, Washington, D.C."] == ["Guatemala's Washington embassy"]


def test_an_embassy_in_front_of_which_people_protest_is_no_body_acting(link_text):
    doc = link_text("Manifestazioni davanti all'ambasciata britannica a Roma hanno indotto il governo a cedere.", "it")
    found = names(doc)
    assert not any(e.type == "ORG" for e in doc.entities)
    assert not any(name.startswith("Embassy") for name in found)
