"""A noun of speech and its owner before a quotation give its speaker, with or without a colon and
with or without a copula, in every language that lists ``speech_noun`` words: "Il commento del
Vaticano «...»", "La réplique du Kremlin : « ... »", "Die Reaktion Moskaus: „...“"."""
from __future__ import annotations

import cronaca


def quotes(text: str, language: str) -> list[tuple[str, str | None]]:
    doc = cronaca.process(text, language=language, published="2026-02-05")
    names = {e.id: e.name for e in doc.entities}
    return [(q.text, names.get(q.speaker)) for q in doc.quotes]


def test_italian_noun_and_owner_without_a_colon():
    assert quotes("Il commento del Vaticano «non abbiamo nulla da nascondere».", "it") \
        == [("non abbiamo nulla da nascondere", "Vatican City")]


def test_italian_noun_whose_owner_is_followed_by_a_copula():
    assert quotes("La risposta di Dmitri Peskov è stata «non commentiamo le voci».", "it") \
        == [("non commentiamo le voci", "Dmitry Peskov")]


def test_italian_noun_that_also_reads_as_a_verb_gives_the_owner_not_the_article():
    assert quotes("La replica del Cremlino: «Sono accuse infondate».", "it") \
        == [("Sono accuse infondate", "Kremlin")]


def test_the_person_in_apposition_to_a_body_is_the_speaker():
    assert quotes("Immediata la replica del portavoce del Cremlino, Dmitri Peskov: «Sono accuse infondate».", "it") \
        == [("Sono accuse infondate", "Dmitry Peskov")]


def test_the_addressee_after_the_owner_does_not_speak():
    assert quotes("La risposta del Cremlino a Zelensky: «Sono accuse infondate».", "it") \
        == [("Sono accuse infondate", "Kremlin")]


def test_french_noun_before_a_spaced_colon():
    assert quotes("La réplique du Kremlin : « Ce sont des accusations sans fondement ».", "fr") \
        == [("Ce sont des accusations sans fondement", "Kremlin")]


def test_french_noun_with_a_short_clause_before_the_colon():
    assert quotes("La réaction de Dmitri Peskov ne s'est pas fait attendre : « Ce sont des accusations "
                  "sans fondement ».", "fr") == [("Ce sont des accusations sans fondement", "Dmitry Peskov")]


def test_german_genitive_state_owns_the_reaction():
    assert quotes("Die Reaktion Moskaus: „Das sind haltlose Vorwürfe.“", "de") \
        == [("Das sind haltlose Vorwürfe.", "Russia")]


def test_german_noun_without_a_colon():
    assert quotes("Die Reaktion des Kremls „Das sind haltlose Vorwürfe“ kam schnell.", "de") \
        == [("Das sind haltlose Vorwürfe", "Kremlin")]


def test_spanish_noun_with_a_short_clause_before_the_colon():
    assert quotes("La reacción del presidente Gustavo Petro no se hizo esperar: «Es una agresión».", "es") \
        == [("Es una agresión", "Gustavo Petro")]


def test_english_possessive_owner_before_the_noun():
    assert quotes("Moscow's reply: \"These are baseless accusations.\"", "en") \
        == [("These are baseless accusations.", "Russia")]


def test_english_title_between_body_and_person():
    assert quotes("The warning of NATO chief Mark Rutte was clear: \"We must spend more.\"", "en") \
        == [("We must spend more.", "Mark Rutte")]


def test_a_verb_of_saying_after_the_owner_keeps_its_own_speaker():
    assert quotes("Il messaggio di Papa Francesco per la pace «deve essere ascoltato da tutti», ha detto "
                  "Pietro Parolin.", "it") == [("deve essere ascoltato da tutti", "Pietro Parolin")]
