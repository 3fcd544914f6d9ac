"""Object pronouns that point back: "Giordano lo aveva accusato", "Sánchez la acusó", "Martin l'a
accusée", "Merz hat ihn kritisiert" — the person named before undergoes the act, never the actor."""
from __future__ import annotations

from extract.events_support import document, events, summary


def person(eid: str, name: str) -> tuple:
    return (eid, name, "PERSON", [name])


def test_italian_clitic_before_auxiliary_points_to_previous_sentence_subject() -> None:
    doc = document("Mario Rossi ha parlato ieri. Luigi Giordano lo aveva accusato di mentire.", "it",
                   [person("R", "Mario Rossi"), person("G", "Luigi Giordano")])
    assert [summary(e) for e in events(doc)] == [("ACCUSE", ("G",), ("R",), "occurred")]


def test_italian_clitic_in_relative_clause_takes_the_sentence_subject_not_the_nearest_name() -> None:
    doc = document("Vittorio Feltri difende Silvio Berlusconi e attacca Mario Giordano, che lo aveva accusato di "
                   "mancanza di stile.", "it",
                   [person("F", "Vittorio Feltri"), person("B", "Silvio Berlusconi"), person("G", "Mario Giordano")])
    assert ("ACCUSE", ("G",), ("F",), "occurred") in [summary(e) for e in events(doc)]


def test_spanish_feminine_clitic_skips_a_man() -> None:
    doc = document("María López se reunió con Pedro Gómez. Juan Pérez la acusó de mentir.", "es",
                   [person("L", "María López"), person("G", "Pedro Gómez"), person("P", "Juan Pérez")])
    assert ("ACCUSE", ("P",), ("L",), "occurred") in [summary(e) for e in events(doc)]


def test_french_elided_clitic_before_auxiliary() -> None:
    doc = document("Marie Dupont a parlé hier. Jean Martin l'a accusée de mentir.", "fr",
                   [person("D", "Marie Dupont"), person("M", "Jean Martin")])
    assert [summary(e) for e in events(doc)] == [("ACCUSE", ("M",), ("D",), "occurred")]


def test_german_ihn_before_the_final_participle() -> None:
    doc = document("Olaf Scholz sprach gestern. Friedrich Merz hat ihn scharf kritisiert.", "de",
                   [person("S", "Olaf Scholz"), person("M", "Friedrich Merz")])
    assert [summary(e) for e in events(doc)] == [("ACCUSE", ("M",), ("S",), "occurred")]


def test_english_him_after_the_verb() -> None:
    doc = document("Milorad Dodik spoke on Monday. The Constitutional Court banned him from politics.", "en",
                   [("C", "Constitutional Court", "ORG", ["Constitutional Court"]), person("D", "Milorad Dodik")])
    assert [summary(e) for e in events(doc)] == [("COERCE", ("C",), ("D",), "occurred")]


def test_english_her_before_a_noun_is_a_possessive() -> None:
    doc = document("Marie Dupont spoke on Monday. Christian Schmidt criticized her policies.", "en",
                   [person("D", "Marie Dupont"), person("S", "Christian Schmidt")])
    assert all(e.target != ["D"] for e in events(doc))


def test_no_person_before_no_recipient() -> None:
    doc = document("Luigi Giordano lo aveva accusato di mentire.", "it", [person("G", "Luigi Giordano")])
    assert [summary(e) for e in events(doc)] == [("ACCUSE", ("G",), (), "occurred")]


def test_in_its_own_sentence_the_nearest_person_before_the_pronoun() -> None:
    doc = document("Jim Risch met Pete Ricketts and sent a letter to Marco Rubio, urging him to stop the shipments.",
                   "en", [person("J", "Jim Risch"), person("P", "Pete Ricketts"), person("R", "Marco Rubio")])
    assert [e.target for e in events(doc) if e.type == "REQUEST"] == [["R"]]
