"""Wrong actors and recipients read on fresh untuned news and in the lead's known cases (evactor29, issue #6):
each test is a sentence written in the construction found there and the parties it must (or must not) yield."""
from __future__ import annotations

from extract.events_support import document, events, summary

UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ukraine", "Ucraina", "Ucrania", "l’Ukraine"], "UKR")
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russland", "Russia", "Rusia", "la Russie"], "RUS")
USA = ("Q30", "United States", "COUNTRY", ["USA", "Stati Uniti", "Estados Unidos", "Les États-Unis"], "USA")
KREMLIN = ("Q1372", "Kremlin", "ORG", ["Kreml"], "RUS")
BIDEN = ("Q6279", "Joe Biden", "PERSON", ["Biden"], "USA")
SCHOLZ = ("Q61053", "Olaf Scholz", "PERSON", ["Scholz"], "DEU")
ALL = [UKRAINE, RUSSIA, USA, KREMLIN, BIDEN, SCHOLZ]


def test_a_countrys_name_after_another_countrys_body_is_a_dative_recipient() -> None:
    # "der Ukraine" after "der Kreml" is no genitive of the Kremlin (a Russian body belongs to no Ukraine)
    doc = document("Am Montag warf der Kreml der Ukraine erneut Sabotage vor.", "de", ALL)
    assert [summary(e) for e in events(doc)] == [("ACCUSE", ("Q1372",), ("Q212",), "occurred")]


def test_an_act_allowed_to_a_dative_object_is_the_objects_in_italian() -> None:
    doc = document("Gli Stati Uniti hanno permesso all’Ucraina di attaccare la Russia.", "it", ALL)
    assert [summary(e) for e in events(doc)] == [("ASSAULT", ("Q212",), ("Q159",), "occurred")]


def test_an_act_allowed_to_a_personal_a_object_is_the_objects_in_spanish() -> None:
    doc = document("Estados Unidos permitió a Ucrania atacar a Rusia.", "es", ALL)
    assert [summary(e) for e in events(doc)] == [("ASSAULT", ("Q212",), ("Q159",), "occurred")]


def test_an_act_allowed_to_a_dative_object_is_the_objects_in_french() -> None:
    doc = document("Les États-Unis ont permis à l’Ukraine de frapper la Russie.", "fr", ALL)
    assert [summary(e) for e in events(doc)] == [("ASSAULT", ("Q212",), ("Q159",), "occurred")]


def test_the_one_persuaded_does_the_zu_infinitive_in_german() -> None:
    # a comma stands between the object and its infinitive clause: Scholz supports, not Biden
    doc = document("Biden überredete Scholz, die Ukraine zu unterstützen.", "de", ALL)
    assert [e.source for e in events(doc) if e.type == "SUPPORT"] == [["Q61053"]]


def test_a_passive_control_verb_leaves_the_act_to_its_subject() -> None:
    doc = document("Biden è stato convinto a sostenere l’Ucraina.", "it", ALL)
    assert [e.source for e in events(doc) if e.type == "SUPPORT"] == [["Q6279"]]


BOLSONARO = ("kb:person:jair-bolsonaro", "Jair Bolsonaro", "PERSON", ["Bolsonaro", "Bolsonaros"], "BRA")
CONGRESS = ("kb:org:national-congress-of-brazil", "National Congress of Brazil", "ORG",
            ["Congresso", "Congrès", "Congreso", "Kongress", "Congress"], "BRA")
PARTIES = [BOLSONARO, CONGRESS]


def test_the_supporters_genitive_does_not_attack_in_italian() -> None:
    # the supporters attack, not Bolsonaro
    doc = document("I sostenitori di Bolsonaro hanno attaccato il Congresso.", "it", PARTIES)
    assert not any("kb:person:jair-bolsonaro" in e.source for e in events(doc))


def test_the_supporters_genitive_does_not_attack_in_spanish() -> None:
    doc = document("Los seguidores de Bolsonaro atacaron el Congreso.", "es", PARTIES)
    assert not any("kb:person:jair-bolsonaro" in e.source for e in events(doc))


def test_the_supporters_genitive_does_not_attack_in_english() -> None:
    doc = document("Supporters of Bolsonaro attacked the Congress.", "en", PARTIES)
    assert not any("kb:person:jair-bolsonaro" in e.source for e in events(doc))


def test_a_postnominal_genitive_of_supporters_does_not_attack_in_german() -> None:
    doc = document("Anhänger Bolsonaros griffen den Kongress an.", "de", PARTIES)
    assert not any("kb:person:jair-bolsonaro" in e.source for e in events(doc))


def test_the_name_a_husband_is_described_by_does_not_ask() -> None:
    # "Marzouk, marito di Raffaella Castagna, ha chiesto": the husband asks, not the wife
    castagna = ("x:person:raffaella-castagna", "Raffaella Castagna", "PERSON", ["Raffaella Castagna"])
    doc = document("Il marito di Raffaella Castagna ha chiesto la pena di morte.", "it", [castagna])
    assert not any(e.type == "REQUEST" and e.source for e in events(doc))


def test_a_bodys_own_genitive_still_acts() -> None:
    # a body noun is no people noun: "il governo della Russia" is Russia acting
    russia = ("Q159", "Russia", "COUNTRY", ["Russia"], "RUS")
    doc = document("Il governo della Russia ha attaccato il Congresso.", "it", [russia, CONGRESS])
    assert [e.source for e in events(doc) if e.type == "ASSAULT"] == [["Q159"]]


def test_a_verb_with_no_direct_object_after_und_is_no_passive_of_the_agent() -> None:
    # "kooperiert" looks like a participle, but "kooperieren mit" has no passive: the funded group cooperates,
    # not the government that funds it
    germany = ("Q183", "Germany", "COUNTRY", ["Bundesregierung"], "DEU")
    doc = document("Die Gruppe wird von der Bundesregierung gefördert und kooperiert eng mit der Ukraine.", "de",
                   [germany, UKRAINE])
    assert not any(e.type == "COOPERATE" and "Q183" in e.source for e in events(doc))


def test_a_noun_triggers_genitive_of_people_of_a_body_is_not_the_body() -> None:
    # "contestazioni di alcuni dipendenti dell'azienda": some employees protest, not the company
    trenord = ("x:org:trenord", "Trenord", "ORG", ["Trenord"])
    doc = document("Il treno è stato oggetto delle contestazioni di alcuni dipendenti di Trenord.", "it", [trenord])
    assert not any("x:org:trenord" in e.source for e in events(doc))
