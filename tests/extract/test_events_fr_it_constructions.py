"""French and Italian constructions read from untuned news (evfrit14 round): each class of sentence
the event rules misread, with the exact events expected. Sentences are written in the style of the news
they came from (Wikinews, Swiss and French press), not copied from any evaluation set."""
from __future__ import annotations

from extract.events_support import document, events, summary

PUTIN = ("Q7747", "Vladimir Putin", "PERSON", ["Vladimir Putin", "Poutine", "Putin"], "RUS")
MACRON = ("Q3052772", "Emmanuel Macron", "PERSON", ["Emmanuel Macron", "Macron"], "FRA")
MELONI = ("Q3891101", "Giorgia Meloni", "PERSON", ["Giorgia Meloni", "Meloni"], "ITA")
ZELENSKY = ("Q3874799", "Volodymyr Zelensky", "PERSON", ["Volodymyr Zelensky", "Zelensky"], "UKR")
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia", "Russie"], "RUS")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ucraina", "Ukraine"], "UKR")
BELGIUM = ("Q31", "Belgium", "COUNTRY", ["Belgique", "Belgio"], "BEL")
BRUSSELS = ("Q239", "Brussels", "PLACE", ["Bruxelles"], "BEL")
ELYSEE = ("Q194453", "Élysée Palace", "ORG", ["Élysée"], "FRA")
ALL = [PUTIN, MACRON, MELONI, ZELENSKY, RUSSIA, UKRAINE, BELGIUM, BRUSSELS, ELYSEE]


def found(text: str, lang: str) -> list[tuple]:
    return [summary(e) for e in events(document(text, lang, ALL))]


# -- an article after a place opens the object's noun phrase: a title and its name, not the place's ------

def test_a_place_then_a_titled_object_it():
    assert found("Giorgia Meloni ha incontrato ieri a Bruxelles il presidente francese Emmanuel Macron.", "it") == [
        ("CONSULT", ("Q3891101",), ("Q3052772",), "occurred")]


def test_a_palace_then_a_titled_visitor_fr():
    # the host receives the visitor: the visitor is the source (guidelines, Meetings)
    assert found("Emmanuel Macron a reçu lundi à l'Élysée le président ukrainien Volodymyr Zelensky.", "fr") == [
        ("CONSULT", ("Q3874799",), ("Q3052772",), "occurred")]


# -- a negation inside a request's or a promise's infinitive is the content's, not the act's ---------------

def test_asking_someone_not_to_act_is_a_request_that_occurred_fr():
    assert found("Emmanuel Macron a demandé à Vladimir Poutine de ne pas attaquer l'Ukraine.", "fr") == [
        ("REQUEST", ("Q3052772",), ("Q7747",), "occurred")]


def test_asking_not_to_be_forgotten_fr():
    assert found("La Belgique demande à ne pas être oubliée dans les invitations.", "fr") == [
        ("REQUEST", ("Q31",), (), "occurred")]


def test_urging_not_to_act_it():
    assert found("Giorgia Meloni ha chiesto a Vladimir Putin di non attaccare l'Ucraina.", "it") == [
        ("REQUEST", ("Q3891101",), ("Q7747",), "occurred")]


def test_a_refused_request_stays_negated_fr():
    assert found("Emmanuel Macron n'a pas demandé à Vladimir Poutine de partir.", "fr") == [
        ("REQUEST", ("Q3052772",), ("Q7747",), "negated")]


# -- a dative clitic before the auxiliary points back to the person just named ---------------------------

ERDOGAN = ("Q39259", "Recep Tayyip Erdoğan", "PERSON", ["Recep Tayyip Erdogan", "Erdogan"], "TUR")


def found_with(text: str, lang: str, extra: list[tuple]) -> list[tuple]:
    return [summary(e) for e in events(document(text, lang, ALL + extra))]


def test_gli_ha_chiesto_after_a_call_it():
    assert found_with("Putin ha telefonato a Erdogan e gli ha chiesto di mediare.", "it", [ERDOGAN]) == [
        ("CONSULT", ("Q7747",), ("Q39259",), "occurred"),
        ("REQUEST", ("Q7747",), ("Q39259",), "occurred")]


def test_le_ha_promesso_it():
    assert found("Zelensky ha incontrato Meloni e le ha promesso di tornare.", "it")[-1] == (
        "AGREE", ("Q3874799",), ("Q3891101",), "occurred")


def test_il_lui_a_demande_in_the_next_sentence_fr():
    assert found("Emmanuel Macron a rencontré Volodymyr Zelensky. Il lui a demandé de négocier.", "fr") == [
        ("CONSULT", ("Q3052772",), ("Q3874799",), "occurred"),
        ("REQUEST", ("Q3052772",), ("Q3874799",), "occurred")]


def test_et_lui_a_promis_fr():
    assert found("Poutine a téléphoné à Macron et lui a promis de revenir.", "fr") == [
        ("CONSULT", ("Q7747",), ("Q3052772",), "occurred"),
        ("AGREE", ("Q7747",), ("Q3052772",), "occurred")]


# -- forms the inflection table makes that are nouns in news ------------------------------------------

GOOGLE = ("Q95", "Google", "ORG", ["Google"])
MICROSOFT = ("Q2283", "Microsoft", "ORG", ["Microsoft"])
MARINI = ("Q53809", "Franco Marini", "PERSON", ["Franco Marini"])
RODOTA = ("Q363424", "Stefano Rodotà", "PERSON", ["Stefano Rodotà"])


def test_colpo_is_a_noun_colpire_has_no_such_form_it():
    # colpire takes -isc- ("colpisce"): "colpo" is only the noun (a blow, a coup)
    assert found_with("Google ha messo a segno un nuovo colpo contro Microsoft.", "it", [GOOGLE, MICROSOFT]) == []


def test_colpisce_is_still_an_attack_it():
    assert found("La Russia colpisce l'Ucraina.", "it") == [("ASSAULT", ("Q159",), ("Q212",), "occurred")]


def test_voti_are_votes_not_a_second_person_it():
    assert found_with("Franco Marini con 521 voti, Stefano Rodotà con 240.", "it", [MARINI, RODOTA]) == []


# -- a host's guest is the verb's own object, never a name past a comma ---------------------------------

def test_votes_received_name_no_guest_it():
    assert found_with("Franco Marini ha ricevuto solo 521 voti sui 672 necessari, Stefano Rodotà ne ha avuti 240.", "it", [MARINI, RODOTA]) == []


def test_a_guest_named_right_after_the_verb_it():
    assert found("Giorgia Meloni ha ricevuto a Palazzo Chigi il presidente Volodymyr Zelensky.", "it") == [
        ("CONSULT", ("Q3874799",), ("Q3891101",), "occurred")]


# -- a participle opening the sentence with its agent: the main clause's subject undergoes it ----------

MATTARELLA = ("Q3956186", "Sergio Mattarella", "PERSON", ["Sergio Mattarella", "Mattarella"], "ITA")
QUIRINALE = ("Q11970", "Quirinal Palace", "ORG", ["Quirinale"], "ITA")


def test_a_fronted_participle_of_receiving_it():
    # the host receives the visitor: the visitor is the source
    assert found_with("Ricevuto al Quirinale da Sergio Mattarella, Volodymyr Zelensky ha parlato di pace.", "it",
                      [MATTARELLA, QUIRINALE]) == [("CONSULT", ("Q3874799",), ("Q3956186",), "occurred")]


def test_a_fronted_participle_of_accusing_fr():
    assert found("Accusée par la Russie de sabotage, l'Ukraine a démenti.", "fr")[0] == (
        "ACCUSE", ("Q159",), ("Q212",), "occurred")


def test_a_fronted_participle_without_agent_is_no_passive_it():
    # "Arrivato a Kiev": no agent, the participle only sets the scene
    assert found("Arrivato a Kiev, Emmanuel Macron ha incontrato Volodymyr Zelensky.", "it") == [
        ("CONSULT", ("Q3052772",), ("Q3874799",), "occurred")]


# -- after an object pronoun a form that is also a noun is the verb -------------------------------------

def test_lui_demande_is_the_verb_fr():
    assert found("Emmanuel Macron a rencontré Volodymyr Zelensky. Il lui demande de négocier.", "fr")[-1] == (
        "REQUEST", ("Q3052772",), ("Q3874799",), "occurred")


def test_les_menace_after_the_subject_is_the_verb_fr():
    assert found("Poutine les menace de représailles.", "fr") == [("THREATEN", ("Q7747",), (), "occurred")]


def test_la_demande_after_nothing_stays_a_noun_fr():
    # a request noun needs its addressee; the article makes it the noun
    assert found("La demande de la Russie a été rejetée.", "fr") == []


# -- a passive request: its infinitive is the content, its agent may follow the infinitive -------------

PS = ("Q170972", "Socialist Party", "ORG", ["Parti socialiste"])
PDL = ("Q47729", "The People of Freedom", "ORG", ["PdL"])
PIAZZA = ("x:person:antonio-piazza", "Antonio Piazza", "PERSON", ["Antonio Piazza"])
DUPONT = ("x:person:jean-dupont", "Jean Dupont", "PERSON", ["Jean Dupont"])


def test_invited_to_resign_is_no_resignation_fr():
    assert found_with("Le ministre Jean Dupont a été invité à démissionner.", "fr", [DUPONT]) == []


def test_called_on_to_resign_by_a_party_fr():
    assert found_with("Jean Dupont a été appelé à démissionner par le Parti socialiste.", "fr", [DUPONT, PS]) == [
        ("REQUEST", ("Q170972",), ("x:person:jean-dupont",), "occurred")]


def test_invited_to_resign_by_a_party_it():
    assert found_with("Antonio Piazza è stato invitato a dimettersi dal PdL.", "it", [PIAZZA, PDL]) == [
        ("REQUEST", ("Q47729",), ("x:person:antonio-piazza",), "occurred")]


# -- a verb that files a request passes its subject to the request noun --------------------------------

SPAIN = ("Q29", "Spain", "COUNTRY", ["Spagna"], "ESP")
ITALY = ("Q38", "Italy", "COUNTRY", ["Italia"], "ITA")


def test_inoltrare_richiesta_it():
    assert found_with("La Spagna ha inoltrato richiesta di rogatoria all'Italia.", "it", [SPAIN, ITALY]) == [
        ("REQUEST", ("Q29",), ("Q38",), "occurred")]


# -- "soutenir que" claims, as "sostenere che" ------------------------------------------------------------

def test_soutenir_que_is_a_claim_fr():
    assert found("Emmanuel Macron juge difficile de soutenir que la Russie a gagné.", "fr") == []


def test_soutenir_a_country_is_support_fr():
    assert found("La Russie continue de soutenir l'Ukraine.", "fr") == [("SUPPORT", ("Q159",), ("Q212",), "occurred")]
