"""Domain vocabulary of de/es/fr/it walked per PLOVER type (evtrig26): acts of diplomacy, conflict,
coercion and aid that no lexicon row read before. One realistic sentence per row class, with the exact
actor, recipient, type and mode; and the noun look-alikes of new Italian verbs that must stay silent."""
from __future__ import annotations

from extract.events_support import document, events, summary

RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia", "Russie", "Rusia", "Russland"], "RUS")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ucraina", "Ukraine", "Ucrania"], "UKR")
ISRAEL = ("Q801", "Israel", "COUNTRY", ["Israele", "Israël", "Israel"], "ISR")
SAUDI = ("Q851", "Saudi Arabia", "COUNTRY", ["Arabia Saudita", "Arabie saoudite", "Saudi-Arabien"], "SAU")
HAMAS = ("Q38799", "Hamas", "ORG", ["Hamas", "Hamás"])
FRANCE = ("Q142", "France", "COUNTRY", ["Francia", "France"], "FRA")
USA = ("Q30", "United States", "COUNTRY", ["Stati Uniti", "Estados Unidos", "États-Unis"], "USA")
IRAN = ("Q794", "Iran", "COUNTRY", ["Iran"], "IRN")
VENEZUELA = ("Q717", "Venezuela", "COUNTRY", ["Venezuela"], "VEN")
COLOMBIA = ("Q739", "Colombia", "COUNTRY", ["Colombia"], "COL")
TURKEY = ("Q43", "Turkey", "COUNTRY", ["Turchia", "Turquie", "Turquía"], "TUR")
GREECE = ("Q41", "Greece", "COUNTRY", ["Grecia", "Grèce"], "GRC")
NORTH_KOREA = ("Q423", "North Korea", "COUNTRY", ["Corea del Nord", "Corée du Nord", "Corea del Norte"], "PRK")


def found(text: str, lang: str, entities: list[tuple]) -> list[tuple]:
    return [(summary(e), e.mode) for e in events(document(text, lang, entities))]


# --- Italian ---

def test_it_taking_hostages_is_an_abduction_by_the_captor():
    assert found("I miliziani di Hamas hanno preso in ostaggio tre soldati di Israele.", "it",
                 [HAMAS, ISRAEL]) == [(("ASSAULT", ("Q38799",), ("Q801",), "occurred"), "abduct")]


def test_it_restoring_relations_is_cooperation_of_both_parties():
    assert found("Israele e Arabia Saudita hanno ristabilito le relazioni diplomatiche.", "it",
                 [ISRAEL, SAUDI]) == [(("COOPERATE", ("Q801", "Q851"), (), "occurred"), None)]


def test_it_a_protest_note_is_a_diplomatic_accusation_not_a_street_protest():
    assert found("La Francia ha fatto recapitare una nota di protesta alla Russia.", "it",
                 [FRANCE, RUSSIA]) == [(("ACCUSE", ("Q142",), ("Q159",), "occurred"), "disapprove")]


def test_it_closing_an_embassy_is_a_diplomatic_sanction_on_its_host():
    assert found("Gli Stati Uniti hanno chiuso l'ambasciata in Iran.", "it",
                 [USA, IRAN]) == [(("SANCTION", ("Q30",), ("Q794",), "occurred"), "withdraw")]


def test_it_voting_against_a_proposal_rejects_its_author():
    assert found("La Turchia ha votato contro la proposta della Grecia.", "it",
                 [TURKEY, GREECE]) == [(("REJECT", ("Q43",), ("Q41",), "occurred"), None)]


def test_it_coming_to_the_rescue_is_aid():
    assert found("Gli Stati Uniti sono venuti in soccorso dell'Ucraina.", "it",
                 [USA, UKRAINE]) == [(("AID", ("Q30",), ("Q212",), "occurred"), None)]


def test_it_a_missile_test_is_a_show_of_force():
    assert found("Martedì la Corea del Nord ha effettuato un test missilistico.", "it",
                 [NORTH_KOREA]) == [(("MOBILIZE", ("Q423",), (), "occurred"), "weapons")]


def test_it_nouns_that_look_like_forms_of_new_verbs_are_no_trigger():
    # "freddo" (cold), "fucili" (rifles), "bersaglio" (target), "incendio" (fire)
    text = ("Israele ha trovato fucili e un bersaglio di Hamas nel freddo, dopo un incendio: "
            "i rischi per Hamas sono lievi.")
    assert found(text, "it", [ISRAEL, HAMAS]) == []


# --- French ---

def test_fr_restoring_relations_is_cooperation_of_both_parties():
    assert found("Israël et l'Arabie saoudite ont rétabli les relations diplomatiques.", "fr",
                 [ISRAEL, SAUDI]) == [(("COOPERATE", ("Q801", "Q851"), (), "occurred"), None)]


def test_fr_a_protest_note_is_a_diplomatic_accusation():
    assert found("La France a adressé une note de protestation à la Russie.", "fr",
                 [FRANCE, RUSSIA]) == [(("ACCUSE", ("Q142",), ("Q159",), "occurred"), "disapprove")]


def test_fr_a_counter_offensive_is_an_assault_on_the_named_enemy():
    assert found("L'Ukraine a lancé une contre-offensive contre la Russie.", "fr",
                 [UKRAINE, RUSSIA]) == [(("ASSAULT", ("Q212",), ("Q159",), "occurred"), None)]


def test_fr_a_nuclear_test_is_a_show_of_force():
    assert found("Mardi, la Corée du Nord a procédé à un essai nucléaire.", "fr",
                 [NORTH_KOREA]) == [(("MOBILIZE", ("Q423",), (), "occurred"), "weapons")]


# --- Spanish ---

def test_es_restoring_relations_is_cooperation_of_both_parties():
    assert found("Venezuela y Colombia restablecieron relaciones diplomáticas.", "es",
                 [VENEZUELA, COLOMBIA]) == [(("COOPERATE", ("Q717", "Q739"), (), "occurred"), None)]


def test_es_closing_an_embassy_is_a_diplomatic_sanction():
    assert found("Estados Unidos cerró su embajada en Venezuela.", "es",
                 [USA, VENEZUELA]) == [(("SANCTION", ("Q30",), ("Q717",), "occurred"), "withdraw")]


def test_es_taking_hostages_is_an_abduction():
    assert found("Hamás tomó como rehenes a soldados de Israel.", "es",
                 [HAMAS, ISRAEL]) == [(("ASSAULT", ("Q38799",), ("Q801",), "occurred"), "abduct")]


def test_es_voting_against_without_a_named_party_is_no_event():
    assert found("Turquía votó en contra de la reforma.", "es", [TURKEY]) == []


# --- German ---

def test_de_resuming_relations_with_a_separable_verb():
    assert found("Israel und Saudi-Arabien nahmen die diplomatischen Beziehungen wieder auf.", "de",
                 [ISRAEL, SAUDI]) == [(("COOPERATE", ("Q801", "Q851"), (), "occurred"), None)]


def test_de_conceding_defeat():
    assert found("Russland räumte seine Niederlage ein.", "de",
                 [RUSSIA]) == [(("CONCEDE", ("Q159",), (), "occurred"), None)]
