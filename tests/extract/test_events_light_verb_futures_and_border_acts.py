"""Trigger coverage of the lexesfr23 round (issue #6): the future of French light "avoir" and of light verbs
listed only in the past, and PLOVER senses the Spanish, French and English lexicons lacked (annexation,
border closures, breaking off talks, phone exchanges). One behaviour per test; where a word has another
sense, the reading that must stay empty is next to it. Also: the narrator's "would" inside an indirect
quotation with a speaker is the speaker's announced plan, not a possibility."""
from __future__ import annotations

from cronaca.document import Quote
from extract.events_support import document, events, summary

MACRON = ("Q3052772", "Emmanuel Macron", "PERSON", ["Emmanuel Macron", "Macron"])
SANCHEZ = ("Q1208324", "Pedro Sánchez", "PERSON", ["Pedro Sánchez", "Sánchez"])
PUTIN = ("Q7747", "Vladimir Putin", "PERSON", ["Vladimir Poutine", "Vladimir Putin", "Poutine", "Putin"])
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Rusia", "Russie", "la Russie", "Russia", "Moscow", "Moscou"], "RUS")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ucrania", "Ukraine", "l'Ukraine"], "UKR")
CRIMEA = ("Q7835", "Crimea", "PLACE", ["Crimea", "Crimée", "la Crimée"], "UKR")
POLAND = ("Q36", "Poland", "COUNTRY", ["Polonia", "Poland", "Pologne", "la Pologne"], "POL")
BELARUS = ("Q184", "Belarus", "COUNTRY", ["Bielorrusia", "Belarus", "Biélorussie", "la Biélorussie"], "BLR")
BIDEN = ("Q6279", "Joe Biden", "PERSON", ["Joe Biden", "Biden"])
WHITE_HOUSE = ("Q35525", "White House", "ORG", ["White House"])
ALL = [MACRON, SANCHEZ, PUTIN, RUSSIA, UKRAINE, CRIMEA, POLAND, BELARUS, BIDEN, WHITE_HOUSE]


def found(text: str, lang: str) -> list[tuple]:
    return [summary(e) for e in events(document(text, lang, ALL))]


# -- French light verbs in the future ------------------------------------------------------------------

def test_a_meeting_one_will_have_is_planned_fr():
    assert found("Emmanuel Macron aura un entretien avec Vladimir Poutine jeudi à l'Élysée.", "fr") == [
        ("CONSULT", ("Q3052772",), ("Q7747",), "planned")]


def test_the_future_of_a_light_verb_listed_in_the_past_makes_its_noun_planned_fr():
    assert found("Emmanuel Macron effectuera une visite officielle en Pologne la semaine prochaine.", "fr") == [
        ("CONSULT", ("Q3052772",), ("Q36",), "planned")]


# -- annexation and border closures ----------------------------------------------------------------------

def test_annexing_a_place_is_taking_control_of_it_es():
    assert found("Rusia anexó Crimea en 2014 tras un referéndum no reconocido.", "es") == [
        ("COERCE", ("Q159",), ("Q212",), "occurred")]  # a place stands for its country


def test_an_appendix_is_no_annexation_fr():
    assert found("Voir en annexe : la liste des revues dépouillées par la Russie.", "fr") == []


def test_closing_a_border_is_a_restriction_fr():
    assert found("La Pologne a fermé sa frontière avec la Biélorussie mardi.", "fr") == [
        ("COERCE", ("Q36",), ("Q184",), "occurred")]


def test_near_a_border_is_no_closure_en():
    assert found("Poland built a new fence close to the border with Belarus.", "en") == []


# -- talks broken off, telephone exchanges --------------------------------------------------------------

def test_breaking_off_talks_is_no_meeting_en():
    assert found("Russia broke off talks with Ukraine on Tuesday.", "en") == [
        ("SANCTION", ("Q159",), ("Q212",), "occurred")]


def test_breaking_off_negotiations_es():
    assert found("Rusia rompió las negociaciones con Ucrania el martes.", "es") == [
        ("SANCTION", ("Q159",), ("Q212",), "occurred")]


def test_a_telephone_exchange_is_a_phone_consultation_es():
    assert found("Pedro Sánchez mantuvo un intercambio telefónico con Vladimir Putin.", "es") == [
        ("CONSULT", ("Q1208324",), ("Q7747",), "occurred")]


# -- "would" in reported speech ------------------------------------------------------------------------

def _with_indirect_quote(text: str, quoted: str, speaker: str) -> list[tuple]:
    """The events of ``text`` whose words ``quoted`` the quotes stage attributed to ``speaker`` (indirect)."""
    doc = document(text, "en", ALL)
    at = text.index(quoted)
    doc.quotes.append(Quote(at, at + len(quoted), quoted, speaker, None, False))
    return [summary(e) for e in events(doc)]


def test_would_in_a_quotation_with_a_trailing_speaker_is_a_plan_en():
    text = "Joe Biden would hold talks with Vladimir Putin in Geneva next week, the White House said on Monday."
    quoted = "Joe Biden would hold talks with Vladimir Putin in Geneva next week"
    assert _with_indirect_quote(text, quoted, "Q35525") == [("CONSULT", ("Q6279",), ("Q7747",), "planned")]


def test_the_narrators_would_alone_stays_no_event_en():
    assert found("Joe Biden would hold talks with Vladimir Putin in Geneva next week.", "en") == []
