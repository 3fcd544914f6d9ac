"""Verbs of announcing, deciding, ordering and approving govern a noun trigger as light verbs do: the
subject acts (evargs27, issue #6; German separable verbs, Italian and Spanish "ordinare/ordenar")."""
from __future__ import annotations

from extract.events_support import document, events, summary

EU = ("Q458", "European Union", "ORG", ["EU"])
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russland", "Russia", "Rusia"], "RUS")
CHINA = ("Q148", "China", "COUNTRY", ["China", "Cina"], "CHN")
USA = ("Q30", "United States", "COUNTRY", ["Stati Uniti", "USA"], "USA")
IRAN = ("Q794", "Iran", "COUNTRY", ["Iran", "Irán"], "IRN")
ALL = [EU, RUSSIA, CHINA, USA, IRAN]


def test_announced_sanctions_are_the_announcers():
    found = events(document("Die EU kündigte Sanktionen gegen Russland an.", "de", ALL))
    assert [summary(e) for e in found] == [("SANCTION", ("Q458",), ("Q159",), "occurred")]


def test_decided_sanctions_are_the_deciders():
    found = events(document("Die EU beschloss neue Sanktionen gegen Russland.", "de", ALL))
    assert [summary(e) for e in found] == [("SANCTION", ("Q458",), ("Q159",), "occurred")]


def test_approved_sanctions_are_the_approvers():
    found = events(document("Die EU billigte neue Sanktionen gegen Russland.", "de", ALL))
    assert [summary(e) for e in found] == [("SANCTION", ("Q458",), ("Q159",), "occurred")]


def test_an_ordered_attack_is_the_orderers():
    found = events(document("China hat einen Angriff auf Russland angeordnet.", "de", ALL))
    assert [summary(e) for e in found] == [("ASSAULT", ("Q148",), ("Q159",), "occurred")]


def test_a_clause_final_participle_governs_too():
    found = events(document("Die EU hat am Montag neue Sanktionen gegen Russland beschlossen.", "de", ALL))
    assert [summary(e) for e in found] == [("SANCTION", ("Q458",), ("Q159",), "occurred")]


def test_italian_ordered_attack():
    found = events(document("Gli Stati Uniti hanno ordinato un attacco contro l'Iran.", "it", ALL))
    assert [summary(e) for e in found] == [("ASSAULT", ("Q30",), ("Q794",), "occurred")]


def test_spanish_ordered_attack_in_the_perfect():
    found = events(document("China ha ordenado un ataque contra Irán.", "es", ALL))
    assert [summary(e) for e in found] == [("ASSAULT", ("Q148",), ("Q794",), "occurred")]


def test_an_arrest_order_stays_the_gapped_row():
    # "ordinare ~ l'arresto" (THREATEN arrest, a recipient required) beats the light verb: no COERCE by China
    found = events(document("La Cina ha ordinato l'arresto del leader.", "it", ALL))
    assert found == []


def test_arms_exports_an_a_state_name_their_recipient():
    israel = ("Q801", "Israel", "COUNTRY", ["Israel"], "ISR")
    germany = ("Q183", "Germany", "COUNTRY", ["Deutschland"], "DEU")
    found = events(document("Deutschland hat bis Mitte 2025 Rüstungsexporte an Israel genehmigt.", "de",
                            [israel, germany]))
    assert [summary(e) for e in found] == [("COOPERATE", ("Q183",), ("Q801",), "occurred")]


def test_a_separable_verb_of_ordering_in_other_senses_governs_nothing():
    lgbt = ("x:org:lgbt", "LGBTQ-Bewegung", "ORG", ["LGBTQ-Bewegung"])
    found = events(document("Die Lautsprecher der LGBTQ-Bewegung ordneten die Angriffe in vertraute Kategorien ein.",
                            "de", [lgbt]))
    assert found == []


def test_a_light_verb_does_not_reach_past_and():
    g7 = ("Q1753", "G7", "ORG", ["G7"])
    found = events(document("Ziel ist, Empfehlungen an die G7 zu beschließen und die Forderungen am Ende einzubringen.",
                            "de", [g7]))
    assert found == []
