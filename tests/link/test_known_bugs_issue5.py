"""Known bugs of issue #5, each fixed as a class: month abbreviations that are surnames ("Uwe Jun"),
an outlet's name typed by a place word inside it ("Wall Street Journal"), and courts named by a country
adjective ("a Dutch court": Court of the Netherlands, English short form with its article)."""
from __future__ import annotations

from cronaca.document import Document, Source
from cronaca.lang.calendar import calendar_words
from cronaca.pipeline import Pipeline


def _entities(pipeline: Pipeline, text: str, lang: str) -> dict[str, tuple[str, list[str]]]:
    doc = pipeline(Document(raw=text, language=lang, source=Source(published="2026-02-20")))
    return {e.name: (e.type, [m.text for m in e.mentions]) for e in doc.entities}


def test_a_month_abbreviation_after_a_given_name_is_a_surname(pipeline):
    found = _entities(pipeline, "Der Politikwissenschaftler Uwe Jun hält die Partei für geschwächt.", "de")
    assert found["Uwe Jun"][0] == "PERSON"


def test_a_month_abbreviation_with_its_period_is_still_the_month(pipeline):
    found = _entities(pipeline, "Der Politikwissenschaftler Uwe Jun sagte das. Am 12. Jun. kam er zurück.", "de")
    assert found["Uwe Jun"][1] == ["Uwe Jun"]


def test_abbreviations_are_the_forms_that_begin_a_longer_name_of_the_same_month():
    german = calendar_words("de")
    assert "jun" in german.abbreviations and "juni" in german.names
    assert "mai" in german.names  # a full name that is short is no abbreviation


def test_an_abbreviation_next_to_a_day_number_is_a_calendar_word():
    english = calendar_words("en")
    text = "He came on Jun 12 and met Uwe Jun."
    assert english.at(text, text.lower(), 11, 14)
    assert not english.at(text, text.lower(), 30, 33)


def test_an_outlet_whose_name_holds_a_street_is_no_place(pipeline):
    found = _entities(pipeline, "Wie das Wall Street Journal berichtete, ist der Plan gescheitert.", "de")
    assert found["The Wall Street Journal"][0] == "MEDIA"


def test_an_unknown_name_is_typed_by_its_last_cue_word_after_another_name_word(pipeline):
    found = _entities(pipeline, "Selon le Harbour Street Gazette, la ville a voté.", "fr")
    assert found["Harbour Street Gazette"][0] == "ORG"


def test_a_court_named_by_a_country_adjective_uses_the_countrys_english_short_form(pipeline):
    found = _entities(pipeline, "Un tribunale olandese ha condannato l'uomo a cinque anni.", "it")
    assert found["Court of the Netherlands"] == ("ORG", ["tribunale olandese"])


def test_a_country_without_an_article_stays_bare_in_the_courts_name(pipeline):
    found = _entities(pipeline, "A Chilean court sentenced the former minister on Monday.", "en")
    assert "Court of Chile" in found


def test_the_link_stage_imports_nothing_from_extract():
    """Layering: link runs before extract, so it reads shared verb data through cronaca.lang.verbs."""
    import ast
    from pathlib import Path

    import cronaca.link

    imported = set()
    for path in Path(cronaca.link.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                imported.add((path.name, node.module))
            elif isinstance(node, ast.Import):
                imported.update((path.name, a.name) for a in node.names)
    assert [(f, m) for f, m in imported if m.startswith("cronaca.extract")] == []


def test_a_place_acting_is_found_with_the_shared_verb_data(pipeline):
    found = _entities(pipeline, "L'Europa ha risposto subito ai dazi americani.", "it")
    assert "European Union" in found


def test_an_abbreviation_before_a_year_is_a_calendar_word():
    english = calendar_words("en")
    text = "Prices rose in Jun 2020."
    assert english.at(text, text.lower(), 15, 18)
