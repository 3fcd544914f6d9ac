"""Party finding (evparties24): who acts in three constructions whose trigger was read but whose parties
were lost. A past participle after a noun with its agent right after it is a reduced passive relative
("rebels supported by Iran"); a light verb's participle opening an aside after a noun trigger names the
noun's agent ("l'attacco contro Israele, compiuto da Hamas,"); an apposition closed by a comma before a
light verb leaves the opening name the subject ("Mancino, già Presidente del Senato, ha espresso").
The readings that must not change stand next to them."""
from __future__ import annotations

from extract.events_support import document, events, summary

IRAN = ("Q794", "Iran", "COUNTRY", ["Iran"], "IRN")
FRANCE = ("Q142", "France", "COUNTRY", ["France", "Francia"], "FRA")
TURKEY = ("Q43", "Turkey", "COUNTRY", ["Turkey", "Turquie", "Turchia", "Turquía"], "TUR")
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia", "Russie", "Rusia"], "RUS")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ukraine", "Ucraina", "Ucrania"], "UKR")
ISRAEL = ("Q801", "Israel", "COUNTRY", ["Israel", "Israele", "Israël"], "ISR")
HAMAS = ("kb:group:hamas", "Hamas", "ORG", ["Hamas"])
MANCINO = ("kb:person:mancino", "Nicola Mancino", "PERSON", ["Mancino"])
SENATE = ("kb:org:senato", "Italian Senate", "ORG", ["Senato", "Sénat"])
RENZI = ("kb:person:renzi", "Matteo Renzi", "PERSON", ["Renzi"])
ALL = [IRAN, FRANCE, TURKEY, RUSSIA, UKRAINE, ISRAEL, HAMAS, MANCINO, SENATE, RENZI]


def _events(text: str, lang: str) -> list[tuple]:
    return [summary(e) for e in events(document(text, lang, ALL))]


def test_an_english_participle_with_its_agent_after_a_noun_is_passive():
    assert _events("Rebels supported by Iran attacked the port.", "en") == [
        ("SUPPORT", ("Q794",), (), "occurred")]


def test_an_english_simple_past_without_an_agent_stays_active():
    assert _events("Russia criticized Ukraine.", "en") == [("ACCUSE", ("Q159",), ("Q212",), "occurred")]


def test_an_english_by_before_a_gerund_is_no_agent():
    # "by announcing": the manner of the act, whose subject is Russia
    assert _events("Russia retaliated by announcing tariffs on Ukraine.", "en")[0][:2] == ("SANCTION", ("Q159",))


def test_an_italian_bare_participle_takes_its_agent_after_a_separate_by_word():
    # "dalla" stands as a unit of its own before the article's name: the agent is still right after
    assert _events("I ribelli sostenuti dalla Turchia hanno attaccato la città.", "it") == [
        ("SUPPORT", ("Q43",), (), "occurred")]


def test_a_spanish_bare_participle_takes_its_agent():
    assert _events("La propuesta apoyada por Francia fue discutida.", "es") == [
        ("SUPPORT", ("Q142",), (), "occurred")]


def test_a_french_participle_of_an_ir_verb_is_passive():
    # "soutenus" (soutenir): before, read active with Turkey as the supported
    assert _events("Les rebelles soutenus par la Turquie ont attaqué la ville.", "fr") == [
        ("SUPPORT", ("Q43",), (), "occurred")]


def test_a_french_present_that_ends_like_a_participle_stays_active():
    # "attaque" (attaquer) ends in -ue like "soutenue", but is the lemma's own present
    assert _events("La Russie attaque l'Ukraine.", "fr") == [("ASSAULT", ("Q159",), ("Q212",), "occurred")]


def test_a_performing_participle_in_an_aside_names_the_noun_agent_in_italian():
    assert _events("L'attacco contro Israele, compiuto da Hamas, ha provocato dieci vittime.", "it") == [
        ("ASSAULT", ("kb:group:hamas",), ("Q801",), "occurred")]


def test_a_performing_participle_in_an_aside_names_the_noun_agent_in_german():
    assert _events("Der Angriff auf Israel, verübt von der Hamas, forderte zehn Opfer.", "de") == [
        ("ASSAULT", ("kb:group:hamas",), ("Q801",), "occurred")]


def test_a_place_after_the_performing_participle_is_no_agent():
    # "condotto da Kiev": from where, not who (the place does nothing)
    assert _events("L'attacco contro Israele, condotto da Kiev, ha provocato dieci vittime.", "it") == []


def test_an_apposition_before_a_light_verb_leaves_the_opening_name_the_subject():
    # before, the Senate of the apposition expressed the admiration
    assert _events("Mancino, già Presidente del Senato, ha espresso forti critiche contro Renzi.", "it") == [
        ("ACCUSE", ("kb:person:mancino",), ("kb:person:renzi",), "occurred")]


def test_a_french_apposition_before_a_light_verb_leaves_the_opening_name_the_subject():
    # before, the Senate met Renzi ("a eu un entretien": a light verb and its noun)
    assert _events("Mancino, ancien président du Sénat, a eu un entretien avec Renzi.", "fr") == [
        ("CONSULT", ("kb:person:mancino",), ("kb:person:renzi",), "occurred")]


SCHOLZ = ("kb:person:scholz", "Olaf Scholz", "PERSON", ["Scholz"])
DE = [FRANCE, RUSSIA, UKRAINE, SCHOLZ, ("Q142d", "France", "COUNTRY", ["Frankreich"], "FRA"),
      ("Q159d", "Russia", "COUNTRY", ["Russland"], "RUS")]


def test_a_german_attributive_participle_after_its_agent_is_passive():
    # "unterstützte" stands inside the noun phrase, its agent before it: France supports the proposal
    assert [summary(e) for e in events(document(
        "Der von Frankreich unterstützte Vorschlag wurde von Russland abgelehnt.", "de", DE))] == [
        ("SUPPORT", ("Q142d",), (), "occurred"), ("REJECT", ("Q159d",), (), "occurred")]


def test_a_german_finite_verb_before_an_attributive_agent_stays_active():
    # "besuchte" is no participle: "von Russland" belongs to the participle after it (before: Russia
    # visited Scholz and Ukraine)
    assert [summary(e) for e in events(document(
        "Scholz besuchte die von Russland angegriffene Ukraine.", "de", DE))] == [
        ("CONSULT", ("kb:person:scholz",), ("Q212",), "occurred")]
