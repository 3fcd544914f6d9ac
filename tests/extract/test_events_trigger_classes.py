"""Trigger classes the lexicons lacked (evrecall19, issue #6): German perfect participles of multiword
verbs, French stem-vowel verbs, English nouns and phrasal verbs of types whose verbs were there. Each test
is one news sentence and the event or trigger type it must give, or a look-alike that must stay silent."""
from __future__ import annotations

import pytest
from extract.events_support import document, events, summary

from cronaca.extract.events.lexicon import lexicon

RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia", "Russland", "Russie"], "RUS")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ukraine"], "UKR")
FRANCE = ("Q142", "France", "COUNTRY", ["France", "Frankreich"], "FRA")
USA = ("Q30", "United States", "COUNTRY", ["United States"], "USA")
SAUDI = ("Q851", "Saudi Arabia", "COUNTRY", ["Saudi Arabia"], "SAU")
ALL = [RUSSIA, UKRAINE, FRANCE, USA, SAUDI]


def types(lang: str, text: str) -> set[str]:
    return {t.type for m in lexicon(lang).scan(text) for t in m.triggers}


@pytest.mark.parametrize("lang,text,expected", [
    # German perfect: the participle closes the clause after its phrase
    ("de", "Die Partei hat sich gegen den Plan ausgesprochen.", "REJECT"),
    ("de", "Die Abgeordneten haben gegen den Antrag gestimmt.", "REJECT"),
    ("de", "Die Regierung hat Besorgnis geäußert.", "ACCUSE"),
    ("de", "Die USA haben Druck ausgeübt.", "REQUEST"),
    ("de", "Die Zeitung hat sich gegen den Minister gestellt.", "ACCUSE"),
    ("de", "Der Kanzler räumte Fehler ein.", "CONCEDE"),
    # French -érer / -eler verbs open their stem vowel in the present
    ("fr", "Le Hamas libère deux otages.", "RETREAT"),
    ("fr", "Le pape appelle à la retenue.", "REQUEST"),
    # English nouns and phrasal verbs
    ("en", "Police cracked down on protesters.", "COERCE"),
    # a promise of revenge is a threat, not an offer
    ("en", "Iran vowed to retaliate against Israel.", "THREATEN"),
    ("it", "L'Iran ha promesso vendetta contro Israele.", "THREATEN"),
    ("es", "Irán prometió represalias contra Israel.", "THREATEN"),
    ("fr", "L'Iran a promis des représailles contre Israël.", "THREATEN"),
    ("de", "Der Iran hat Rache geschworen.", "THREATEN"),
    # suspending cooperation is a sanction (the noun "cooperation" is the verb's tail, no COOPERATE)
    ("fr", "La France a suspendu sa coopération avec le Niger.", "SANCTION"),
    ("de", "Frankreich setzte die Zusammenarbeit mit Niger aus.", "SANCTION"),
    # an internet shutdown is coercion
    ("es", "El gobierno cortó internet.", "COERCE"),
    ("it", "Il governo ha bloccato internet.", "COERCE"),
    # a no-confidence motion is disapproval, not censorship
    ("es", "El Congreso aprobó una moción de censura contra el ministro.", "ACCUSE"),
    ("de", "Die Opposition stellte ein Misstrauensvotum gegen den Minister.", "ACCUSE"),
    # appealing a ruling is a rejection of it
    ("de", "Der Angeklagte legte Berufung gegen das Urteil ein.", "REJECT"),
    ("fr", "Il a fait appel de la décision.", "REJECT"),
    # German weak verbs with a stem in -t take -ete
    ("de", "Der Verband erstattete Anzeige gegen den Minister.", "ACCUSE"),
])
def test_missing_classes_are_read(lang: str, text: str, expected: str) -> None:
    assert expected in types(lang, text)


@pytest.mark.parametrize("lang,text,silent", [
    ("de", "Die Marktplätze stellen nur ihre Plattform gegen Provision bereit.", "ACCUSE"),  # not "sich gegen X stellen"
    ("en", "Amnesty International said the attacks were unacceptable.", "CONCEDE"),  # an organisation, no pardon
    ("en", "The driver reserves the right of refusal.", "REJECT"),  # refusal nouns left out (untuned hits wrong)
    ("fr", "La France a suspendu sa coopération avec le Niger.", "COOPERATE"),
    ("es", "El Congreso aprobó una moción de censura contra el ministro.", "COERCE"),
    ("fr", "Macron a fait appel à l'armée.", "REJECT"),  # "faire appel à" calls on someone
])
def test_lookalikes_stay_silent(lang: str, text: str, silent: str) -> None:
    assert silent not in types(lang, text)


@pytest.mark.parametrize("text", [
    "The United States froze military aid to Ukraine.",
    "The United States suspended military aid to Ukraine.",  # the noun "military aid" is the tail, no AID
])
def test_stopping_aid_with_words_between_is_a_sanction(text: str) -> None:
    [event] = events(document(text, "en", ALL))
    assert summary(event) == ("SANCTION", ("Q30",), ("Q212",), "occurred")


def test_arms_sales_go_to_their_buyer() -> None:
    found = events(document("France's arms sales to Saudi Arabia rose.", "en", ALL))
    assert [summary(e)[:3] for e in found if e.type == "COOPERATE"] == [("COOPERATE", ("Q142",), ("Q851",))]


@pytest.mark.parametrize("text,expected", [
    ("Frankreich hat sich am Dienstag gegen Russland gestellt.", ("ACCUSE", ("Q142",), ("Q159",))),
    ("Frankreich hat gegen Russland gestimmt.", ("REJECT", ("Q142",), ("Q159",))),
])
def test_german_perfect_keeps_the_name_in_its_gap_as_target(text: str, expected: tuple) -> None:
    [event] = events(document(text, "de", ALL))
    assert summary(event)[:3] == expected
