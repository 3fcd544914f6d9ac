"""German verb-second subjects (evroles8 round): a neuter pronoun or an unlinked noun phrase before the verb
is the subject, so the name after the verb is its object and never the subject of a verb coordinated later."""
from __future__ import annotations

from extract.events_support import document, events, summary

HAMAS = ("kb:group:hamas", "Hamas", "GROUP", ["Hamas"])
ISRAEL = ("Q801", "Israel", "COUNTRY", ["Israel"], "ISR")
EGYPT = ("Q79", "Egypt", "COUNTRY", ["Ägypten"], "EGY")
SCHOLZ = ("Q61053", "Olaf Scholz", "PERSON", ["Scholz"])
ALL = [HAMAS, ISRAEL, EGYPT, SCHOLZ]


def _found(text: str) -> list[tuple]:
    return [summary(e) for e in events(document(text, "de", ALL))]


def test_a_sentence_opening_es_is_the_subject_and_the_name_after_the_verb_its_object():
    assert _found("Es macht die Hamas dafür verantwortlich und reagierte mit Luftangriffen.") == []


def test_es_stands_for_the_previous_state_subject():
    assert _found("Israel griff Ägypten an. Es macht die Hamas dafür verantwortlich und reagierte mit Luftangriffen.") == [
        ("ASSAULT", ("Q801",), ("Q79",), "occurred"),
        ("ACCUSE", ("Q801",), ("kb:group:hamas",), "occurred"),
        ("ASSAULT", ("Q801",), (), "occurred")]


def test_es_never_stands_for_a_person():
    assert _found("Scholz traf Ägypten. Es macht die Hamas dafür verantwortlich.") == [
        ("CONSULT", ("Q61053",), ("Q79",), "occurred")]


def test_es_before_a_plural_verb_is_an_expletive():
    assert _found("Israel griff Ägypten an. Es drohen Angriffe.") == [("ASSAULT", ("Q801",), ("Q79",), "occurred")]


def test_es_after_the_verb_is_its_object_not_its_subject():
    assert _found("Am Montag bezeichnete es Scholz als „zynisch“, dass die Hamas das Wort benutzt.") == [
        ("ACCUSE", ("Q61053",), ("kb:group:hamas",), "occurred")]


def test_an_unlinked_noun_phrase_before_the_verb_leaves_the_name_after_it_an_object():
    assert _found("Die Regierung kritisierte die Hamas und griff Ägypten an.") == []


def test_a_fronted_time_phrase_still_puts_the_subject_after_the_verb():
    assert _found("Am Montag kritisierte Israel die Hamas und griff Ägypten an.") == [
        ("ACCUSE", ("Q801",), ("kb:group:hamas",), "occurred"),
        ("ASSAULT", ("Q801",), ("Q79",), "occurred")]


def test_a_fronted_object_noun_trigger_leaves_the_name_after_the_verb_its_subject():
    assert _found("Die Vorwürfe wies Israel zurück.")[0][:2] == ("REJECT", ("Q801",))


def test_a_nominative_article_after_the_verb_marks_its_subject_after_a_fronted_object():
    assert _found("Die eingelegte Beschwerde wies der Staat Israel zurück.")[0][:2] == ("REJECT", ("Q801",))


UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ukraine"], "UKR")
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russland"], "RUS")


def _de(text: str) -> list[tuple]:
    return [summary(e) for e in events(document(text, "de", [UKRAINE, RUSSIA]))]


def test_a_fronted_plural_before_a_singular_verb_is_the_object():
    # (evroles9) "Die Pläne" does not agree with "lehnte": Russia, after the verb, rejects
    assert _de("Die Pläne lehnte Russland ab.") == [("REJECT", ("Q159",), (), "occurred")]


def test_a_fronted_singular_noun_stays_the_subject():
    assert _de("Die Regierung kritisierte Russland.") == []


def test_the_genitive_of_a_fronted_plural_object_is_whose_plans_are_rejected():
    assert _de("Die Friedenspläne der Ukraine lehnte Russland ab.") == [("REJECT", ("Q159",), ("Q212",), "occurred")]


def test_the_genitive_of_a_fronted_singular_subject_acts():
    assert _de("Die Regierung der Ukraine kritisierte Russland.") == [("ACCUSE", ("Q212",), ("Q159",), "occurred")]


UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ukraine"], "UKR")


def test_a_plural_verb_keeps_the_fronted_subject_and_der_after_it_is_a_dative():
    # a singular nominative ("der") cannot agree with "warfen": "der Ukraine" is the dative, the unnamed
    # advisers the subject, so nobody named accuses
    found = [summary(e) for e in events(document("Die Berater warfen der Ukraine Sabotage vor.", "de", ALL + [UKRAINE]))]
    assert found == []
