"""The party criticised when the criticised thing is an act or a situation (evtarget30): the author of a
nominalised act ("the Chinese government's treatment of Uyghurs", "il trattamento degli uiguri da parte del
governo cinese"), the country of a situation ("the human rights situation in China") and a German "von" owner
before the participle ("hat die Migrationspolitik von Scholz kritisiert"). Sentences written for these
constructions (probe sentences, not gold)."""
from __future__ import annotations

from extract.events_support import document, events, summary

CHINA = ("Q148", "China", "COUNTRY",
         ["metonym:Chinese government", "metonym:governo cinese", "metonym:gouvernement chinois",
          "metonym:gobierno chino", "metonym:chinesische Regierung", "China", "Cina", "Chine"], "CHN")
UYGHURS = ("kb:group:uyghurs", "Uyghurs", "GROUP", ["Uyghurs", "uiguri", "Ouïghours", "uigures", "Uiguren"])
GAZA = ("Q39760", "Gaza", "PLACE", ["Gaza"], "PSE")
USA = ("Q30", "United States", "COUNTRY", ["metonym:Washington", "United States"], "USA")
AMNESTY = ("kb:org:amnesty-international", "Amnesty International", "ORG",
           ["Amnesty International", "Amnistía Internacional", "Amnesty"])
MERZ = ("kb:person:friedrich-merz", "Friedrich Merz", "PERSON", ["Friedrich Merz", "Merz"], "DEU")
SCHOLZ = ("Q61053", "Olaf Scholz", "PERSON", ["Olaf Scholz", "Scholz"], "DEU")
ALL = [CHINA, UYGHURS, GAZA, USA, AMNESTY, MERZ, SCHOLZ]


def parties(text: str, lang: str) -> list[tuple]:
    return [summary(e) for e in events(document(text, lang, ALL))]


# 1. the owner or "by" agent of a nominalised act is criticised; the act's "of" object is what it is about

def test_the_owner_of_an_act_after_its_article_is_criticised_in_english() -> None:
    assert parties("Washington condemned the Chinese government's treatment of Uyghurs.", "en") \
        == [("ACCUSE", ("Q30",), ("Q148",), "occurred")]


def test_an_article_before_an_owner_of_people_still_names_nobody_criticised() -> None:
    # "the United States' trading partners" are the ones criticised, and they are unnamed
    assert parties("Washington criticised the United States' trading partners.", "en") == []


def test_the_by_agent_of_an_act_is_criticised_in_english() -> None:
    assert parties("Washington condemned the treatment of Uyghurs by the Chinese government.", "en") \
        == [("ACCUSE", ("Q30",), ("Q148",), "occurred")]


def test_the_da_parte_di_agent_of_an_act_is_criticised_in_italian() -> None:
    assert parties("Amnesty International ha condannato il trattamento degli uiguri da parte del governo cinese.",
                   "it") == [("ACCUSE", ("kb:org:amnesty-international",), ("Q148",), "occurred")]


def test_the_par_agent_of_an_act_is_criticised_in_french() -> None:
    assert parties("Amnesty International a condamné le traitement des Ouïghours par le gouvernement chinois.",
                   "fr") == [("ACCUSE", ("kb:org:amnesty-international",), ("Q148",), "occurred")]


def test_the_por_parte_de_agent_of_an_act_is_criticised_in_spanish() -> None:
    assert parties("Amnistía Internacional condenó el trato a los uigures por parte del gobierno chino.", "es") \
        == [("ACCUSE", ("kb:org:amnesty-international",), ("Q148",), "occurred")]


def test_the_durch_agent_of_an_act_is_criticised_in_german() -> None:
    assert parties("Amnesty verurteilte die Behandlung der Uiguren durch die chinesische Regierung.", "de") \
        == [("ACCUSE", ("kb:org:amnesty-international",), ("Q148",), "occurred")]


def test_a_by_phrase_after_a_party_object_is_no_agent() -> None:
    # the object right after the verb is the party itself, not an act's object
    assert parties("Washington condemned Uyghurs by the Chinese government.", "en") \
        == [("ACCUSE", ("Q30",), ("kb:group:uyghurs",), "occurred")]


# 2. the country of a criticised situation is criticised

def test_the_country_of_a_criticised_situation_is_criticised_in_english() -> None:
    assert parties("Amnesty International denounced the human rights situation in China.", "en") \
        == [("ACCUSE", ("kb:org:amnesty-international",), ("Q148",), "occurred")]


def test_the_country_of_a_criticised_situation_is_criticised_in_italian() -> None:
    assert parties("Amnesty International ha denunciato la situazione dei diritti umani in Cina.", "it") \
        == [("ACCUSE", ("kb:org:amnesty-international",), ("Q148",), "occurred")]


def test_the_country_of_a_criticised_situation_is_criticised_in_french() -> None:
    assert parties("Amnesty International a dénoncé la situation des droits de l'homme en Chine.", "fr") \
        == [("ACCUSE", ("kb:org:amnesty-international",), ("Q148",), "occurred")]


def test_the_country_of_a_criticised_situation_is_criticised_in_spanish() -> None:
    assert parties("Amnistía Internacional denunció la situación de los derechos humanos en China.", "es") \
        == [("ACCUSE", ("kb:org:amnesty-international",), ("Q148",), "occurred")]


def test_the_country_of_a_criticised_situation_is_criticised_in_german() -> None:
    assert parties("Amnesty prangerte die Menschenrechtslage in China an.", "de") \
        == [("ACCUSE", ("kb:org:amnesty-international",), ("Q148",), "occurred")]


def test_the_country_of_a_situation_before_a_german_participle_is_criticised() -> None:
    assert parties("Amnesty hat die Lage in China scharf kritisiert.", "de") \
        == [("ACCUSE", ("kb:org:amnesty-international",), ("Q148",), "occurred")]


def test_a_place_of_a_situation_is_nobody_criticised() -> None:
    # Gaza is where the situation is, no party: a criticism of nobody named is no event
    assert parties("Washington criticised the humanitarian situation in Gaza.", "en") == []


def test_a_country_after_a_noun_that_is_no_situation_stays_a_place() -> None:
    assert parties("Washington criticised the hate crimes in China.", "en") == []


def test_a_situation_country_is_no_recipient_of_a_meeting() -> None:
    assert parties("Merz met Scholz to discuss the situation in China.", "en")[0][:3] \
        == ("CONSULT", ("kb:person:friedrich-merz",), ("Q61053",))


# 3. German perfect: the "von" owner of the criticised object before the participle

def test_the_von_owner_before_a_german_participle_is_criticised() -> None:
    assert parties("Merz hat die Migrationspolitik von Scholz kritisiert.", "de") \
        == [("ACCUSE", ("kb:person:friedrich-merz",), ("Q61053",), "occurred")]


def test_the_von_agent_of_a_german_passive_still_criticises() -> None:
    assert parties("Merz wurde von Scholz kritisiert.", "de") \
        == [("ACCUSE", ("Q61053",), ("kb:person:friedrich-merz",), "occurred")]
