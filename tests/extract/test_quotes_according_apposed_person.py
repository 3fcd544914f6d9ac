"""An attribution word before a spokesperson's office and the person's name in apposition: the
person speaks, not the body in the title, and the name is not part of the content."""
from __future__ import annotations

import cronaca


def quotes(text: str, language: str) -> list[tuple[str, str | None]]:
    doc = cronaca.process(text, language=language, published="2026-02-05")
    names = {e.id: e.name for e in doc.entities}
    return [(q.text, names.get(q.speaker)) for q in doc.quotes]


def test_italian_secondo_quanto_riferito_dal_portavoce_and_a_name_in_commas():
    assert quotes("Secondo quanto riferito dal portavoce del Cremlino, Dmitri Peskov, i colloqui proseguiranno.",
                  "it") == [("i colloqui proseguiranno", "Dmitry Peskov")]


def test_french_selon_le_porte_parole_and_a_name_in_commas():
    assert quotes("Selon le porte-parole du Kremlin, Dmitri Peskov, les négociations continueront.", "fr") \
        == [("les négociations continueront", "Dmitry Peskov")]


def test_spanish_segun_el_portavoz_and_a_name_in_commas():
    assert quotes("Según el portavoz del Kremlin, Dmitri Peskov, las negociaciones continuarán.", "es") \
        == [("las negociaciones continuarán", "Dmitry Peskov")]


def test_german_laut_dem_sprecher_and_a_name_in_commas():
    assert quotes("Laut dem Sprecher des Kremls, Dmitri Peskow, werden die Gespräche fortgesetzt.", "de") \
        == [("werden die Gespräche fortgesetzt", "Dmitry Peskov")]


def test_english_possessive_office_and_a_name_in_commas():
    assert quotes("According to the Kremlin's spokesman, Dmitry Peskov, the talks will continue.", "en") \
        == [("the talks will continue", "Dmitry Peskov")]


def test_a_body_alone_before_the_comma_still_speaks_about_the_person_after_it():
    assert quotes("Selon le Kremlin, Volodymyr Zelensky ne veut pas la paix.", "fr") \
        == [("Volodymyr Zelensky ne veut pas la paix", "Kremlin")]


def test_french_apposition_after_a_source_that_follows_the_content():
    assert quotes("Les comptes des hôpitaux publics se sont fortement dégradés en 2022, selon l'Insee, le service "
                  "statistique national.", "fr") \
        == [("Les comptes des hôpitaux publics se sont fortement dégradés en 2022",
             "Institut national de la statistique et des études économiques")]


def test_italian_apposition_after_a_source_that_follows_the_content():
    assert quotes("La disoccupazione è scesa al 6 per cento, secondo l'Istat, l'istituto nazionale di statistica.",
                  "it") == [("La disoccupazione è scesa al 6 per cento", "Istat")]


def test_a_scene_setting_lead_leaves_the_clause_after_the_source_as_content():
    assert quotes("En 2022, selon l'Insee, la croissance est restée forte.", "fr") \
        == [("la croissance est restée forte", "Institut national de la statistique et des études économiques")]
