"""A body noun speaks for a body of its kind ("écrit l'agence": the agency, not the company named more
often), and a German or French pronoun for a body named with a noun of its gender ("die Behörde ...
sagte sie", not the Konzern met last; extract/body_gender.py)."""
from __future__ import annotations

from cronaca.document import Document, Source
from cronaca.pipeline import default_pipeline


def _speakers(text: str, lang: str) -> list[tuple[str, str | None]]:
    doc = default_pipeline()(Document(raw=text, language=lang, source=Source(published="2025-03-01")))
    names = {e.id: e.name for e in doc.entities}
    return [(q.text, names.get(q.speaker or "")) for q in doc.quotes]


def test_the_agency_is_the_agency_not_the_company_named_more_often():
    text = ("Monsanto a fait appel du jugement. Monsanto conteste aussi l'amende. Les avocats de Monsanto "
            "ont parlé d'une erreur. L'EPA américaine n'a pas changé d'avis. "
            "« Le produit n'est pas cancérogène », écrit l'agence.")
    assert _speakers(text, "fr") == [("Le produit n'est pas cancérogène",
                                      "United States Environmental Protection Agency")]


def test_sie_passes_over_the_konzern_met_last_for_the_behoerde():
    text = ("Die Bundesnetzagentur prüft den Fall seit Wochen. Der Konzern Siemens hat am Montag neue Zahlen "
            "vorgelegt. \"Wir sehen keinen Grund zur Sorge\", sagte sie am Dienstag in Bonn.")
    assert _speakers(text, "de") == [("Wir sehen keinen Grund zur Sorge", "Federal Network Agency")]


def test_er_is_not_a_ministry_named_with_a_neuter_noun():
    text = ("Der Bauernverband kritisierte die Pläne. Das Gesundheitsministerium hat am Montag neue Zahlen "
            "vorgelegt. \"Wir sehen keinen Grund zur Sorge\", sagte er am Dienstag.")
    # "der Bauernverband" (masculine) may speak, once linked; "das Ministerium" never does for "er"
    assert "Gesundheitsministerium" not in [speaker for _, speaker in _speakers(text, "de")]


def test_elle_passes_over_the_groupe_met_last_for_the_agence():
    text = ("L'agence Health Canada examine le dossier depuis des semaines. Le groupe Bolloré a présenté ses "
            "résultats lundi. « Nous ne voyons aucun risque », a-t-elle indiqué mardi.")
    assert _speakers(text, "fr") == [("Nous ne voyons aucun risque", "Health Canada")]


def test_the_car_military_is_the_central_african_armed_forces():
    # quotespk28: "C.A.R." (kb curated country_aliases.tsv) owns the force named after it
    text = ("Fighting between rebels and government troops displaced thousands in the Central African "
            "Republic this week. The C.A.R. military says bodies of five soldiers have been found.")
    assert _speakers(text, "en") == [("bodies of five soldiers have been found", "Central African Armed Forces")]
