"""Verbal or physical attack (issue #6, evsense): "attaccare", "atacar", "attaquer", "angreifen", "attack"
are PLOVER ACCUSE when the attack is made in words (cues of speech, a person or an organisation as
target) and stay ASSAULT with words of force, a place as target or an armed group acting
(extract/events/senses.py, lang/<code>/attack_senses.tsv). One behaviour per test."""
from __future__ import annotations

from extract.events_support import document, events, summary

RENZI = ("x:person:matteo-renzi", "Matteo Renzi", "PERSON", ["Renzi"])
GRILLO = ("x:person:beppe-grillo", "Beppe Grillo", "PERSON", ["Grillo"])
RUSSIA_IT = ("Q159", "Russia", "COUNTRY", ["Russia"], "RUS")
UKRAINE_IT = ("Q212", "Ukraine", "COUNTRY", ["Ucraina"], "UKR")
MILEI = ("Q55172076", "Javier Milei", "PERSON", ["Milei"])
CONGRESO = ("Q1424931", "Argentine National Congress", "ORG", ["Congreso"])
HAMAS = ("kb:group:hamas", "Hamas", "GROUP", ["Hamás"])
ISRAEL_ES = ("Q801", "Israel", "COUNTRY", ["Israel"], "ISR")
MERZ = ("Q56039", "Friedrich Merz", "PERSON", ["Merz"])
RUSSIA_DE = ("Q159", "Russia", "COUNTRY", ["Russland"], "RUS")
UKRAINE_DE = ("Q212", "Ukraine", "COUNTRY", ["Ukraine"], "UKR")
KHARKIV = ("Q42308", "Kharkiv", "PLACE", ["Charkiw"], "UKR")
MACRON = ("Q3052772", "Emmanuel Macron", "PERSON", ["Macron"], "FRA")
LFI = ("Q27978402", "La France Insoumise", "ORG", ["LFI"], "FRA")
TRUMP = ("Q22686", "Donald Trump", "PERSON", ["Trump"])
CANADA = ("Q16", "Canada", "COUNTRY", ["Canada"], "CAN")
RUSSIA_EN = ("Q159", "Russia", "COUNTRY", ["Russia"], "RUS")
UKRAINE_EN = ("Q212", "Ukraine", "COUNTRY", ["Ukraine"], "UKR")


def test_it_a_politician_attacking_another_accuses_him():
    [event] = events(document("Renzi ha attaccato Grillo.", "it", [RENZI, GRILLO]))
    assert summary(event) == ("ACCUSE", ("x:person:matteo-renzi",), ("x:person:beppe-grillo",), "occurred")


def test_it_an_attack_in_an_interview_on_a_country_is_words():
    [event] = events(document("Renzi ha attaccato duramente la Russia in un'intervista.", "it", [RENZI, RUSSIA_IT]))
    assert (event.type, event.mode) == ("ACCUSE", "disapprove")


def test_it_an_attack_with_missiles_stays_physical():
    text = "La Russia ha attaccato l'Ucraina con missili e droni."
    [event] = events(document(text, "it", [RUSSIA_IT, UKRAINE_IT]))
    assert summary(event) == ("ASSAULT", ("Q159",), ("Q212",), "occurred")


def test_it_the_noun_attack_of_one_politician_on_another_is_words():
    [event] = events(document("L'attacco di Renzi a Grillo.", "it", [RENZI, GRILLO]))
    assert event.type == "ACCUSE"


def test_es_attacking_congress_in_a_speech_is_an_accusation():
    [event] = events(document("Milei atacó al Congreso en su discurso.", "es", [MILEI, CONGRESO]))
    assert summary(event) == ("ACCUSE", ("Q55172076",), ("Q1424931",), "occurred")


def test_es_an_armed_group_attacking_a_country_is_an_assault():
    [event] = events(document("Hamás atacó a Israel.", "es", [HAMAS, ISRAEL_ES]))
    assert summary(event) == ("ASSAULT", ("kb:group:hamas",), ("Q801",), "occurred")


def test_de_attacking_sharply_is_words():
    [event] = events(document("Merz griff Russland scharf an.", "de", [MERZ, RUSSIA_DE]))
    assert summary(event) == ("ACCUSE", ("Q56039",), ("Q159",), "occurred")


def test_de_a_country_attacking_a_country_stays_physical():
    [event] = events(document("Russland griff die Ukraine an.", "de", [RUSSIA_DE, UKRAINE_DE]))
    assert event.type == "ASSAULT"


def test_de_speech_cues_do_not_turn_an_attack_on_a_city_into_words():
    text = "Merz sagte in einem Interview, Russland habe Charkiw angegriffen."
    found = [e for e in events(document(text, "de", [MERZ, RUSSIA_DE, KHARKIV])) if e.trigger.text == "angegriffen"]
    assert [e.type for e in found] == ["ASSAULT"]


def test_fr_a_president_attacking_a_party_accuses_it():
    [event] = events(document("Macron a attaqué LFI.", "fr", [MACRON, LFI]))
    assert summary(event) == ("ACCUSE", ("Q3052772",), ("Q27978402",), "occurred")


def test_en_attacking_a_country_on_social_media_is_words():
    [event] = events(document("Trump attacked Canada on social media.", "en", [TRUMP, CANADA]))
    assert summary(event) == ("ACCUSE", ("Q22686",), ("Q16",), "occurred")


def test_en_speech_in_another_clause_leaves_the_attack_physical():
    text = "Russia attacked Ukraine overnight, Zelensky said in an interview."
    found = [e for e in events(document(text, "en", [RUSSIA_EN, UKRAINE_EN])) if e.trigger.text == "attacked"]
    assert [e.type for e in found] == ["ASSAULT"]


def test_en_a_compound_strike_word_is_never_read_as_words():
    # "airstrike" does not begin with the ambiguous prefix: no cue can re-type it
    text = "Trump ordered an airstrike on Canada in a speech."
    assert all(e.type != "ACCUSE" for e in events(document(text, "en", [TRUMP, CANADA])))


NATO = ("Q7184", "NATO", "ORG", ["Nato"])
PUTIN = ("Q7747", "Vladimir Putin", "PERSON", ["Putin"], "RUS")


def test_de_a_leader_attacking_an_international_alliance_stays_physical():
    [event] = events(document("Putin griff die Nato an.", "de", [PUTIN, NATO]))
    assert event.type == "ASSAULT"


# --- clashes (accuse29): both sides of a clash of words accuse, a clash of armed forces stays one ---

MUSK = ("Q317521", "Elon Musk", "PERSON", ["Musk"])
FATAH = ("kb:org:fatah", "Fatah", "GROUP", ["Fatah"])
HAMAS_EN = ("kb:group:hamas", "Hamas", "GROUP", ["Hamas"])
SCHOLZ = ("Q61053", "Olaf Scholz", "PERSON", ["Scholz"])


def test_en_a_clash_between_two_politicians_is_one_of_words():
    [event] = events(document("Aid stopped after the clash between Trump and Musk.", "en", [TRUMP, MUSK]))
    assert summary(event) == ("ACCUSE", ("Q22686", "Q317521"), (), "occurred")


def test_it_both_sides_of_a_spat_accuse():
    [event] = events(document("Nuovo battibecco tra Renzi e Grillo sulle alleanze.", "it", [RENZI, GRILLO]))
    assert summary(event) == ("ACCUSE", ("x:person:matteo-renzi", "x:person:beppe-grillo"), (), "occurred")



def test_en_a_clash_between_armed_groups_stays_physical():
    [event] = events(document("Ten people were killed in a clash between Hamas and Fatah.", "en", [HAMAS_EN, FATAH]))
    assert event.type == "ASSAULT"


def test_en_both_sides_of_a_spat_accuse():
    [event] = events(document("There was a spat between Musk and Trump over the bill.", "en", [MUSK, TRUMP]))
    assert summary(event) == ("ACCUSE", ("Q317521", "Q22686"), (), "occurred")


def test_de_a_verbal_exchange_between_two_politicians_is_an_accusation():
    [event] = events(document("Der Schlagabtausch zwischen Merz und Scholz dauerte eine Stunde.", "de", [MERZ, SCHOLZ]))
    assert summary(event) == ("ACCUSE", ("Q56039", "Q61053"), (), "occurred")
