"""Trigger families the dev no-trigger misses pointed to (evtrig29), completed in de/es/fr/it: talking with
someone, stated readiness, refusing or giving a confidence vote, silencing a speaker, dropped
cases, strengthening ties, road blockades and strikes called or held. One realistic sentence per
family with the exact actor, recipient, type and status (or mode)."""
from __future__ import annotations

from extract.events_support import document, events, summary

RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia", "Russie", "Rusia", "Russland"], "RUS")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ucraina", "Ukraine", "Ucrania"], "UKR")
FRANCE = ("Q142", "France", "COUNTRY", ["Francia", "France", "Frankreich"], "FRA")
INDIA = ("Q668", "India", "COUNTRY", ["India", "Inde", "Indien"], "IND")
CHINA = ("Q148", "China", "COUNTRY", ["Cina", "Chine", "China"], "CHN")
BRAZIL = ("Q155", "Brazil", "COUNTRY", ["Brasile", "Brésil", "Brasil", "Brasilien"], "BRA")
MELONI = ("Q3772094", "Giorgia Meloni", "PERSON", ["Giorgia Meloni", "Meloni"])
BIDEN = ("Q6279", "Joe Biden", "PERSON", ["Joe Biden", "Biden"])
SCHOLZ = ("Q61053", "Olaf Scholz", "PERSON", ["Olaf Scholz", "Scholz"])
PETRO = ("Q1375426", "Gustavo Petro", "PERSON", ["Gustavo Petro", "Petro"])
VENDOLA = ("Q53809", "Nichi Vendola", "PERSON", ["Nichi Vendola", "Vendola"])
RENZI = ("Q47559", "Matteo Renzi", "PERSON", ["Matteo Renzi", "Renzi"])
CGT = ("Q1125404", "CGT", "ORG", ["CGT"])


def found(text: str, lang: str, entities: list[tuple]) -> list[tuple]:
    return [summary(e) for e in events(document(text, lang, entities))]


def modes(text: str, lang: str, entities: list[tuple]) -> list[tuple]:
    return [(summary(e), e.mode) for e in events(document(text, lang, entities))]


def test_it_talking_with_someone_is_a_meeting():
    assert found("Giorgia Meloni ha parlato con Joe Biden della crisi.", "it",
                 [MELONI, BIDEN]) == [("CONSULT", ("Q3772094",), ("Q6279",), "occurred")]


def test_de_sprach_mit_right_before_the_name_is_a_meeting():
    # "mit" is also a separable prefix: the gapped "sprechen ~ mit" wants it at the clause end
    assert found("Olaf Scholz sprach mit Joe Biden über die Krise.", "de",
                 [SCHOLZ, BIDEN]) == [("CONSULT", ("Q61053",), ("Q6279",), "occurred")]


def test_es_hablar_con_in_the_future_is_a_planned_meeting():
    assert found("Gustavo Petro hablará con Joe Biden sobre la crisis.", "es",
                 [PETRO, BIDEN]) == [("CONSULT", ("Q1375426",), ("Q6279",), "planned")]


def test_it_refusing_a_confidence_vote_is_a_rejection_not_a_negated_support():
    assert found("Nichi Vendola ha detto che non darà la fiducia a Matteo Renzi.", "it",
                 [VENDOLA, RENZI]) == [("REJECT", ("Q53809",), ("Q47559",), "occurred")]


def test_fr_stated_readiness_is_agree():
    assert found("La Russie s'est dite prête à négocier avec l'Ukraine.", "fr",
                 [RUSSIA, UKRAINE])[:1] == [("AGREE", ("Q159",), ("Q212",), "occurred")]


def test_es_strengthening_ties_is_cooperation_of_both_parties():
    assert found("China y Brasil estrecharon lazos comerciales.", "es",
                 [CHINA, BRAZIL]) == [("COOPERATE", ("Q148", "Q155"), (), "occurred")]


def test_es_a_strike_held_by_a_union_is_a_protest():
    # "paro" alone is also unemployment: only with the verbs that call or hold it
    assert modes("La CGT realizó un paro de 24 horas.", "es",
                 [CGT]) == [(("PROTEST", ("Q1125404",), (), "occurred"), "strike")]


def test_fr_strengthening_ties_with_a_partner():
    assert found("La France a renforcé ses liens avec l'Inde.", "fr",
                 [FRANCE, INDIA]) == [("COOPERATE", ("Q142",), ("Q668",), "occurred")]
