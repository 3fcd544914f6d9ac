"""Reported infinitives: "ha detto di trovarsi ...", "a promis de réformer ...", "dijo sentirse ...".

The language data names an infinitive by its ending (a leading ``*`` in an opener), so the rule
covers every verb of the language, and the linking preposition ("di", "de") is left out of the report.
"""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def reported(text: str, lang: str, entities: dict) -> list[tuple[str, str | None, bool]]:
    doc = make_doc(text, lang, entities)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker, q.direct) for q in find_quotes(doc)]


def test_italian_di_and_any_infinitive_reports_the_infinitive_clause():
    text = "Matteo Salvini ha detto di trovarsi in disaccordo su quasi tutti i punti del programma."
    assert reported(text, "it", {"x:person:salvini": ("PERSON", ["Matteo Salvini"])}) == [
        ("trovarsi in disaccordo su quasi tutti i punti del programma", "x:person:salvini", False)]


def test_italian_di_and_a_capitalised_word_is_no_infinitive():
    text = "Il sindaco Mario Rossi ha scritto di Cesare Battisti nel suo ultimo libro."
    assert reported(text, "it", {"x:person:rossi": ("PERSON", ["Mario Rossi"])}) == []


def test_french_de_and_an_infinitive_reports_the_clause():
    text = "Le ministre Jean Dupont a promis de réformer la loi électorale avant l'été."
    assert reported(text, "fr", {"x:person:dupont": ("PERSON", ["Jean Dupont"])}) == [
        ("réformer la loi électorale avant l'été", "x:person:dupont", False)]


def test_spanish_infinitive_with_a_clitic_reports_the_clause():
    text = "El ministro Juan Pérez dijo sentirse traicionado por sus socios de gobierno."
    assert reported(text, "es", {"x:person:perez": ("PERSON", ["Juan Pérez"])}) == [
        ("sentirse traicionado por sus socios de gobierno", "x:person:perez", False)]


def test_phrase_pattern_leading_star_matches_a_lower_case_word_by_its_ending():
    import re

    from cronaca.extract.locate import phrase_pattern, word_boundary
    pattern = re.compile(word_boundary(phrase_pattern("di *arsi")), re.IGNORECASE)
    assert [bool(pattern.match(t)) for t in ("di trovarsi", "di Marsi", "di marsina")] == [True, False, False]


def test_italian_addressee_between_the_verb_and_the_infinitive():
    text = "Il deputato Mario Rossi ha chiesto al governo di intervenire subito per fermare la crisi."
    assert reported(text, "it", {"x:person:rossi": ("PERSON", ["Mario Rossi"])}) == [
        ("intervenire subito per fermare la crisi", "x:person:rossi", False)]


def test_italian_object_that_is_no_addressee_opens_no_infinitive_report():
    text = "Il deputato Mario Rossi ha annunciato il piano di ridurre le tasse entro l'anno."
    assert reported(text, "it", {"x:person:rossi": ("PERSON", ["Mario Rossi"])}) == []


def test_italian_modal_before_an_infinitive_speech_verb_makes_a_cue():
    text = "Mario Rossi ha voluto sottolineare che la situazione resta molto difficile per tutti."
    assert reported(text, "it", {"x:person:rossi": ("PERSON", ["Mario Rossi"])}) == [
        ("la situazione resta molto difficile per tutti", "x:person:rossi", False)]


def test_italian_second_noun_phrase_after_the_addressee_opens_no_infinitive_report():
    text = "Mario Rossi ricorda al mondo l'urgenza di agire per ridurre rapidamente le emissioni."
    assert reported(text, "it", {"x:person:rossi": ("PERSON", ["Mario Rossi"])}) == []


def test_german_zu_opening_the_clause_is_an_adverb_and_stays_in_the_report():
    text = "Christian Kopp hatte eingeräumt, zu schnell Interviews gegeben zu haben."
    assert reported(text, "de", {"x:person:kopp": ("PERSON", ["Christian Kopp"])}) == [
        ("zu schnell Interviews gegeben zu haben", "x:person:kopp", False)]
