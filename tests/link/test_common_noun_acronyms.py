"""Acronyms of common nouns name nothing alone: those listed in lang/<code>/common_acronyms.txt ("AI",
"PDG"), those that also make a longer name no actor (OTHER inside rows of entity_cues.tsv: "PIL", "KI"),
and any acronym counted with a lower-case plural "s" ("LLMs", "ONGs"); other acronyms still name bodies."""
from __future__ import annotations


def test_artificial_intelligence_is_no_organisation(link_text, typed):
    doc = link_text("Chinese AI companies are racing to compete in the AI market.", "en")
    assert "AI" not in typed(doc)


def test_a_plural_acronym_after_in_is_no_place(link_text, typed):
    doc = link_text("Alibaba is now a clear leader in LLMs, the analyst said.", "en")
    assert "LLMs" not in typed(doc)


def test_gross_domestic_product_is_no_organisation_in_italian(link_text, typed):
    doc = link_text("Secondo l'Istat il PIL è cresciuto dello 0,4 per cento.", "it")
    assert "PIL" not in typed(doc)


def test_a_chief_executive_is_no_organisation_in_french(link_text, typed):
    doc = link_text("Le PDG a annoncé la fermeture de deux usines en Lorraine.", "fr")
    assert "PDG" not in typed(doc)


def test_a_plural_acronym_is_no_organisation_in_spanish(link_text, typed):
    doc = link_text("Varias ONGs denunciaron la situación en la frontera.", "es")
    assert "ONGs" not in typed(doc)


def test_artificial_intelligence_is_no_organisation_in_german(link_text, typed):
    doc = link_text("Die Firma setzt bei der Auswertung auf KI und spart so Personal.", "de")
    assert "KI" not in typed(doc)


def test_an_acronym_that_is_no_common_noun_stays_a_body(link_text, typed):
    doc = link_text("The ISPR said two soldiers were killed in the attack.", "en")
    assert typed(doc)["ISPR"] == "ORG"
