"""Subjects after the verb and appositions before it (evargs27, issue #6): a reciprocal "si"/"se" with the
group that meets after the verb, a person after a place, auxiliaries after an aside's closing comma."""
from __future__ import annotations

from extract.events_support import document, events, summary

MACRON = ("Q3052772", "Emmanuel Macron", "PERSON", ["Emmanuel Macron", "Macron"], "FRA")
MELONI = ("Q3830", "Giorgia Meloni", "PERSON", ["Giorgia Meloni", "Meloni"], "ITA")
XI = ("Q15031", "Xi Jinping", "PERSON", ["Xi Jinping", "Xi"], "CHN")
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia", "Rusia", "Russie"], "RUS")
CHINA = ("Q148", "China", "COUNTRY", ["China", "Cina"], "CHN")
IRAN = ("Q794", "Iran", "COUNTRY", ["Iran", "Irán"], "IRN")
EU = ("Q458", "European Union", "ORG", ["Unión Europea", "Unione europea"])
ROME = ("Q220", "Rome", "PLACE", ["Roma"], "ITA")
PARIS = ("Q90", "Paris", "PLACE", ["París", "Parigi"], "FRA")
ALL = [MACRON, MELONI, XI, RUSSIA, CHINA, IRAN, EU, ROME, PARIS]


def _found(text: str, lang: str) -> list[tuple]:
    return [summary(e) for e in events(document(text, lang, ALL))]


def test_a_reciprocal_si_makes_the_pair_after_the_verb_its_actors():
    assert _found("Si sono incontrati ieri a Roma Meloni e Macron.", "it") == [
        ("CONSULT", ("Q3830", "Q3052772"), (), "occurred")]


def test_the_rule_is_named_and_less_sure():
    event = events(document("Si sono incontrati Meloni e Macron.", "it", ALL))[0]
    assert (event.rule, event.confidence) == ("it:incontrare/verb:reciprocal-inverted", 0.65)


def test_one_name_with_a_partner_after_a_reciprocal_si():
    assert _found("Ieri si è incontrato Macron con Meloni.", "it") == [
        ("CONSULT", ("Q3052772",), ("Q3830",), "occurred")]


def test_an_impersonal_si_with_one_genitive_name_has_no_actor():
    assert _found("Si è discusso il piano di Meloni.", "it") == []


def test_a_listed_group_after_a_reflexive_meeting_verb_all_act():
    assert _found("Se reunieron el directorio de la Unión Europea, China e Irán.", "es") == [
        ("CONSULT", ("Q458", "Q148", "Q794"), (), "occurred")]


def test_a_person_after_a_place_restates_nothing():
    assert _found("Se reunieron el lunes en París Macron y Xi.", "es") == [
        ("CONSULT", ("Q3052772", "Q15031"), (), "occurred")]


def test_an_aside_closed_before_the_auxiliary_keeps_the_subject():
    assert _found("Macron, ex banchiere, ha condannato la Russia.", "it") == [
        ("ACCUSE", ("Q3052772",), ("Q159",), "occurred")]


def test_an_aside_closed_before_the_french_auxiliary():
    assert _found("Macron, ancien banquier, a condamné la Russie.", "fr") == [
        ("ACCUSE", ("Q3052772",), ("Q159",), "occurred")]


def test_a_sentence_opening_gerund_after_in_is_a_verb_of_the_main_subject():
    assert _found("In announcing the sanctions on Russia, Macron said the measures were needed.", "en") == [
        ("SANCTION", ("Q3052772",), ("Q159",), "occurred")]
