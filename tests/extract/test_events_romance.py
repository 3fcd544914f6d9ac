"""Italian, French and Spanish events: constructions shared by the three languages (recall round).
One behaviour per test, each with the reading that must not change next to it where it matters."""
from __future__ import annotations

from extract.events_support import document, events, summary

PUTIN = ("Q7747", "Vladimir Putin", "PERSON", ["Vladimir Putin", "Putin", "Poutine"])
XI = ("Q15031", "Xi Jinping", "PERSON", ["Xi Jinping", "Xi"])
MACRON = ("Q3052772", "Emmanuel Macron", "PERSON", ["Emmanuel Macron", "Macron"])
SANCHEZ = ("Q1208324", "Pedro Sánchez", "PERSON", ["Pedro Sánchez", "Sánchez"])
MELONI = ("Q3891101", "Giorgia Meloni", "PERSON", ["Giorgia Meloni", "Meloni"])
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia", "Rusia", "Russie", "adjective:russo", "adjective:ruso"], "RUS")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ucraina", "Ucrania", "Ukraine"], "UKR")
CHINA = ("Q148", "China", "COUNTRY", ["Cina", "China", "Chine"], "CHN")
FRANCE = ("Q142", "France", "COUNTRY", ["Francia", "France"], "FRA")
NATO = ("Q7184", "NATO", "ORG", ["Nato", "OTAN", "Otan"])
POLAND = ("Q36", "Poland", "COUNTRY", ["Polonia", "Pologne"], "POL")
IRAN = ("Q794", "Iran", "COUNTRY", ["Iran", "Irán"], "IRN")
ALL = [PUTIN, XI, MACRON, SANCHEZ, MELONI, RUSSIA, UKRAINE, CHINA, FRANCE, NATO, POLAND, IRAN]


# -- an act answered by a verb: its author is the target -------------------------------------------

def test_condemning_an_attack_targets_its_author_it():
    found = events(document("La Francia ha condannato duramente l'attacco della Russia contro l'Ucraina.", "it", ALL))
    assert [summary(e) for e in found] == [("ACCUSE", ("Q142",), ("Q159",), "occurred"),
                                           ("ASSAULT", ("Q159",), ("Q212",), "occurred")]


def test_condemning_an_attack_targets_its_author_es():
    found = events(document("Francia condenó el ataque de Rusia contra Ucrania.", "es", ALL))
    assert [summary(e) for e in found] == [("ACCUSE", ("Q142",), ("Q159",), "occurred"),
                                           ("ASSAULT", ("Q159",), ("Q212",), "occurred")]


def test_praising_an_act_targets_its_author():
    found = events(document("Putin ha elogiato l'aiuto della Cina.", "it", ALL))
    assert [summary(e) for e in found] == [("SUPPORT", ("Q7747",), ("Q148",), "occurred")]


def test_a_condemnation_with_a_name_between_keeps_its_own_object():
    found = events(document("Macron a condamné la Russie pour l'attaque contre l'Ukraine.", "fr", ALL))
    assert summary(found[0]) == ("ACCUSE", ("Q3052772",), ("Q159",), "occurred")


# -- sentence adverbs before a zero subject --------------------------------------------------------

def test_an_adverb_before_a_verb_keeps_the_carried_subject_es():
    found = events(document("Putin criticó a la OTAN. Luego amenazó a Polonia.", "es", ALL))
    assert [summary(e) for e in found] == [("ACCUSE", ("Q7747",), ("Q7184",), "occurred"),
                                           ("THREATEN", ("Q7747",), ("Q36",), "occurred")]


def test_an_adverb_before_a_verb_keeps_the_carried_subject_it():
    found = events(document("Putin ha criticato la Nato. Successivamente ha minacciato la Polonia.", "it", ALL))
    assert [summary(e) for e in found][1] == ("THREATEN", ("Q7747",), ("Q36",), "occurred")


# -- a noun trigger scheduled by the verb after it --------------------------------------------------

def test_a_visit_that_is_scheduled_is_planned_fr():
    [event] = events(document("La visite de Macron en Chine est prévue en avril.", "fr", ALL))
    assert summary(event) == ("CONSULT", ("Q3052772",), ("Q148",), "planned")


def test_a_planned_visit_in_a_month_already_past_this_year_is_next_year():
    doc = document("La visita di Macron in Cina è prevista a marzo.", "it", ALL, {"marzo": "2026-03"},
                   published="2026-05-14")
    [event] = events(doc)
    assert (event.status, event.date) == ("planned", "2027-03")


def test_a_visit_that_took_place_keeps_its_month():
    doc = document("Macron ha visitato la Cina a marzo.", "it", ALL, {"marzo": "2026-03"}, published="2026-05-14")
    [event] = events(doc)
    assert (event.status, event.date) == ("occurred", "2026-03")


# -- what is requested is no event of its own -------------------------------------------------------

def test_the_content_of_a_request_after_que_is_no_event():
    found = events(document("Sánchez pidió a Irán que libere a los rehenes.", "es", ALL))
    assert [summary(e) for e in found] == [("REQUEST", ("Q1208324",), ("Q794",), "occurred")]


def test_a_that_clause_after_a_statement_still_holds_events():
    found = events(document("Sánchez dijo que Rusia atacó Ucrania.", "es", ALL))
    assert [e.type for e in found] == ["ASSAULT"]


# -- a title, then the person's name after a comma --------------------------------------------------

def test_a_title_then_the_name_after_a_comma_keeps_the_preposition_es():
    [event] = events(document("Xi se reunió con el presidente del Gobierno, Pedro Sánchez.", "es", ALL))
    assert summary(event) == ("CONSULT", ("Q15031",), ("Q1208324",), "occurred")


def test_a_title_then_the_name_after_a_comma_keeps_the_preposition_it():
    [event] = events(document("Xi si è incontrato con il presidente del Consiglio, Giorgia Meloni.", "it", ALL))
    assert summary(event) == ("CONSULT", ("Q15031",), ("Q3891101",), "occurred")


def test_a_fronted_phrase_before_a_comma_leaves_the_subject_alone():
    found = events(document("Tras la reunión con los ministros, Sánchez criticó a Rusia.", "es", ALL))
    assert [summary(e) for e in found] == [("ACCUSE", ("Q1208324",), ("Q159",), "occurred")]


# -- weapons fired and delivered ---------------------------------------------------------------------

ISRAEL = ("Q801", "Israel", "COUNTRY", ["Israele", "Israël", "Israel"], "ISR")
USA = ("Q30", "United States", "COUNTRY", ["Stati Uniti", "États-Unis", "Estados Unidos"], "USA")
VENEZUELA = ("Q717", "Venezuela", "COUNTRY", ["Venezuela"], "VEN")
KOREAS = [("Q423", "North Korea", "COUNTRY", ["Corea del Norte"], "PRK"),
          ("Q884", "South Korea", "COUNTRY", ["Corea del Sur"], "KOR")]
MORE = ALL + [ISRAEL, USA, VENEZUELA] + KOREAS


def test_missiles_launched_after_a_light_verb_are_an_attack():
    [event] = events(document("L'Iran ha lanciato missili contro Israele.", "it", MORE))
    assert summary(event) == ("ASSAULT", ("Q794",), ("Q801",), "occurred")


def test_a_light_verb_before_a_noun_trigger_still_governs_it():
    [event] = events(document("L'Iran ha lanciato un attacco contro Israele.", "it", MORE))
    assert (summary(event), event.rule) == (("ASSAULT", ("Q794",), ("Q801",), "occurred"),
                                            "it:attacco|attacchi/noun:nominal-light")


def test_missiles_delivered_are_military_aid_fr():
    [event] = events(document("Les États-Unis ont livré des missiles à l'Ukraine.", "fr", MORE))
    assert (summary(event), event.mode) == (("AID", ("Q30",), ("Q212",), "occurred"), "military")


def test_a_new_package_of_sanctions_approved():
    found = events(document("Estados Unidos aprobó un nuevo paquete de sanciones contra Venezuela.", "es", MORE))
    assert [summary(e) for e in found] == [("SANCTION", ("Q30",), ("Q717",), "occurred")]


# -- lifting a measure, threatening with an act, accusing an unnamed party ----------------------------

def test_lifting_sanctions_concedes_to_their_target():
    [event] = events(document("Washington a levé les sanctions contre le Venezuela.", "fr",
                              MORE + [("Q30", "United States", "COUNTRY", ["Washington"], "USA")]))
    assert summary(event) == ("CONCEDE", ("Q30",), ("Q717",), "occurred")


def test_what_a_threat_is_made_with_is_its_content():
    found = events(document("Corea del Norte amenazó con atacar a Corea del Sur.", "es", MORE))
    assert [summary(e) for e in found] == [("THREATEN", ("Q423",), ("Q884",), "occurred")]


def test_an_accusation_of_an_unnamed_party_has_no_target_in_its_charge():
    found = events(document("Putin accusa l'Occident de vouloir détruire la Russie.", "fr", ALL))
    # before: ACCUSE Putin -> Russia; an allegation by a named speaker stands with no named target (evtrig)
    assert [summary(e) for e in found] == [("ACCUSE", ("Q7747",), (), "occurred")]


def test_condemning_the_actions_of_a_country_targets_it():
    [event] = events(document("La Cina non ha condannato le azioni della Russia.", "it", ALL))
    assert summary(event) == ("ACCUSE", ("Q148",), ("Q159",), "negated")


# -- the subject a later sentence carries --------------------------------------------------------------

LAVROV = ("Q80137", "Sergey Lavrov", "PERSON", ["Serguéi Lavrov", "Lavrov"])


def test_a_title_with_a_country_adjective_then_the_name_carries_the_person():
    found = events(document("El canciller ruso, Serguéi Lavrov, criticó a Francia. También criticó a la OTAN.", "es",
                            ALL + [LAVROV]))
    assert [summary(e) for e in found] == [("ACCUSE", ("Q80137",), ("Q142",), "occurred"),
                                           ("ACCUSE", ("Q80137",), ("Q7184",), "occurred")]


# -- coordinated actors whose second conjunct is a title with a genitive or a possessive --------------

SCHOLZ = ("Q61053", "Olaf Scholz", "PERSON", ["Olaf Scholz", "Scholz"])
MICHEL = ("Q12978", "Charles Michel", "PERSON", ["Charles Michel"])
EUCO = ("Q8886", "European Council", "ORG", ["Conseil européen"])


def test_a_conjunct_introduced_by_a_title_with_a_genitive_it():
    found = events(document("Putin e il ministro degli Esteri cinese Xi Jinping hanno incontrato Macron.", "it", ALL))
    assert [summary(e) for e in found] == [("CONSULT", ("Q7747", "Q15031"), ("Q3052772",), "occurred")]


def test_a_conjunct_introduced_by_a_possessive_and_a_title():
    found = events(document("Macron et son homologue chinois Xi Jinping ont rencontré Poutine.", "fr", ALL))
    assert [summary(e) for e in found] == [("CONSULT", ("Q3052772", "Q15031"), ("Q7747",), "occurred")]


def test_an_organisation_inside_the_title_is_no_party():
    found = events(document("Macron et le président du Conseil européen Charles Michel ont rencontré Xi.", "fr",
                            ALL + [MICHEL, EUCO]))
    assert [summary(e) for e in found] == [("CONSULT", ("Q3052772", "Q12978"), ("Q15031",), "occurred")]


# -- statements in different sentences are different acts ---------------------------------------------

def test_two_statements_of_support_by_two_verbs_in_two_sentences_are_two_events():
    found = events(document("Putin ha elogiato la Cina. Putin ha affermato che sostiene fermamente la Cina.", "it", ALL))
    assert [summary(e) for e in found] == [("SUPPORT", ("Q7747",), ("Q148",), "occurred"),
                                           ("SUPPORT", ("Q7747",), ("Q148",), "occurred")]


def test_a_meeting_told_twice_is_one_event():
    found = events(document("Putin ha incontrato Xi. Putin ha incontrato Xi a lungo.", "it", ALL))
    assert len(found) == 1


# -- the visitor is the source of a reception, active or passive ---------------------------------------

SALL = ("Q57339", "Macky Sall", "PERSON", ["Macky Sall"])


def test_a_host_receiving_a_visitor_makes_the_visitor_the_source():
    [event] = events(document("Emmanuel Macron a reçu Macky Sall.", "fr", ALL + [SALL]))
    assert summary(event) == ("CONSULT", ("Q57339",), ("Q3052772",), "occurred")


def test_a_visitor_received_by_a_host_is_the_source():
    [event] = events(document("Macky Sall a été reçu par Emmanuel Macron.", "fr", ALL + [SALL]))
    assert summary(event) == ("CONSULT", ("Q57339",), ("Q3052772",), "occurred")


# -- announced measures and broken relations -----------------------------------------------------------

def test_sanctions_announced_after_a_partitive_de_belong_to_the_speaker():
    [event] = events(document("Macron a annoncé de nouvelles sanctions contre la Russie.", "fr", ALL))
    assert summary(event) == ("SANCTION", ("Q3052772",), ("Q159",), "occurred")


def test_relations_broken_with_a_possessive_and_an_adjective():
    [event] = events(document("La France a rompu ses relations diplomatiques avec la Russie.", "fr", ALL))
    assert (summary(event), event.mode) == (("SANCTION", ("Q142",), ("Q159",), "occurred"), "withdraw")


def test_an_offer_without_an_addressee_is_no_agreement():
    found = events(document("Pechino ha continuato a commerciare con Mosca, offrendo un certo sollievo dalle sanzioni.",
                            "it", ALL + [("Q148", "China", "COUNTRY", ["Pechino"], "CHN"),
                                         ("Q159", "Russia", "COUNTRY", ["Mosca"], "RUS")]))
    assert [e.type for e in found] == ["COOPERATE"]


def test_an_offer_to_someone_is_an_agreement():
    [event] = events(document("Putin offre alla Cina una tregua commerciale.", "it", ALL))
    assert summary(event) == ("AGREE", ("Q7747",), ("Q148",), "occurred")


# -- a fronted phrase before the subject, readiness, the charge of an accusation -------------------------

def test_a_meeting_in_a_fronted_during_phrase_belongs_to_the_main_subject():
    found = events(document("Durante l'incontro con Xi Jinping, Putin ha criticato la Nato.", "it", ALL))
    assert [summary(e) for e in found] == [("CONSULT", ("Q7747",), ("Q15031",), "occurred"),
                                           ("ACCUSE", ("Q7747",), ("Q7184",), "occurred")]


def test_a_list_with_and_after_a_preposition_stays_a_list():
    [event] = events(document("Putin si è incontrato con Macron, Meloni e Xi Jinping.", "it", ALL))
    assert summary(event) == ("CONSULT", ("Q7747",), ("Q3052772", "Q3891101", "Q15031"), "occurred")


def test_an_act_someone_is_ready_to_do_is_no_event():
    assert events(document("Poutine a affirmé qu'il était prêt à rencontrer Macron.", "fr", ALL)) == []


def test_the_charge_of_an_accusation_is_no_event():
    found = events(document("La Francia ha accusato la Cina di sostenere la Russia.", "it", ALL))
    assert [summary(e) for e in found] == [("ACCUSE", ("Q142",), ("Q148",), "occurred")]


def test_an_adverb_of_place_before_a_carried_subject():
    found = events(document("Putin è arrivato a Pechino. Lì ha incontrato Xi Jinping.", "it", ALL))
    assert [summary(e) for e in found] == [("CONSULT", ("Q7747",), ("Q15031",), "occurred")]


# -- an object clitic stands for the previous verb's party -----------------------------------------------

def test_an_object_clitic_after_and_stands_for_the_party_met_es():
    found = events(document("Pedro Sánchez se reunió con Xi Jinping y le pidió que presione a Rusia.", "es", ALL))
    assert [summary(e) for e in found] == [("CONSULT", ("Q1208324",), ("Q15031",), "occurred"),
                                           ("REQUEST", ("Q1208324",), ("Q15031",), "occurred")]


def test_an_object_clitic_after_and_stands_for_the_party_met_fr():
    found = events(document("Macron a rencontré Xi Jinping et lui a demandé de faire pression sur la Russie.", "fr", ALL))
    assert [summary(e) for e in found][1] == ("REQUEST", ("Q3052772",), ("Q15031",), "occurred")


# -- threats and suspensions ---------------------------------------------------------------------------

def test_threatening_to_do_something_is_a_threat_whose_content_names_the_target():
    found = events(document("La Russia ha minacciato di cancellare la Polonia dalla carta geografica.", "it", ALL))
    assert [summary(e) for e in found] == [("THREATEN", ("Q159",), ("Q36",), "occurred")]


def test_minaccia_right_after_a_name_is_the_verb():
    found = events(document("La Russia minaccia di attaccare la Polonia.", "it", ALL))
    assert [summary(e) for e in found] == [("THREATEN", ("Q159",), ("Q36",), "occurred")]


def test_la_minaccia_di_after_an_article_is_the_noun():
    found = events(document("Putin ha respinto la minaccia della Polonia contro la Russia.", "it", ALL))
    assert [e.type for e in found] == ["REJECT", "THREATEN"]


def test_suspending_a_member_is_a_sanction():
    [event] = events(document("La Nato ha sospeso la Russia.", "it", ALL))
    assert summary(event) == ("SANCTION", ("Q7184",), ("Q159",), "occurred")


def test_suspending_a_thing_is_no_event():
    assert events(document("La Russia ha sospeso la partita.", "it", ALL)) == []


def test_military_exercises_with_a_partner_are_cooperation():
    [event] = events(document("La Chine a annoncé la fin d'exercices militaires dans ses eaux avec la Russie.", "fr", ALL))
    assert (summary(event), event.mode) == (("COOPERATE", ("Q148", "Q159"), (), "occurred"), "military")


def test_military_exercises_alone_are_a_mobilization():
    [event] = events(document("La Russia ha avviato esercitazioni militari in Bielorussia.", "it",
                              ALL + [("Q184", "Belarus", "COUNTRY", ["Bielorussia"], "BLR")]))
    assert summary(event)[0] == "MOBILIZE"


def test_the_owner_of_a_decision_is_the_subject_of_its_infinitive():
    [event] = events(document("La decisione di Putin di inviare altri 20.000 militari in Ucraina.", "it", ALL))
    assert summary(event) == ("MOBILIZE", ("Q7747",), ("Q212",), "occurred")


def test_ruling_out_a_plan_is_a_rejection_but_ruling_out_that_is_a_statement():
    assert [e.type for e in events(document("Putin ha escluso un intervento.", "it", ALL))] == ["REJECT"]
    assert events(document("Putin ha escluso che la Russia attacchi.", "it", ALL)) == []


# -- a relative clause whose antecedent is acted upon ----------------------------------------------------

def test_a_quien_makes_the_antecedent_the_target_and_the_main_subject_the_actor():
    found = events(document("Sánchez habló del presidente Xi Jinping, a quien acusó de apoyar a Rusia.", "es", ALL))
    assert [summary(e) for e in found] == [("ACCUSE", ("Q1208324",), ("Q15031",), "occurred")]


def test_con_cui_makes_the_antecedent_the_partner():
    found = events(document("Putin ha ricevuto Xi Jinping, con cui ha firmato un accordo.", "it", ALL))
    assert [summary(e) for e in found][1] == ("SUPPORT", ("Q7747",), ("Q15031",), "occurred")


def test_a_relative_with_its_own_subject_keeps_it():
    found = events(document("Putin ha parlato di Xi Jinping, a cui Macron ha chiesto aiuto.", "it", ALL))
    assert [summary(e) for e in found] == [("REQUEST", ("Q3052772",), ("Q15031",), "occurred")]


def test_a_noun_right_after_a_verb_is_its_object_not_a_second_verb():
    found = events(document("Macron ha chiesto aiuto a Xi Jinping.", "it", ALL))
    assert [summary(e) for e in found] == [("REQUEST", ("Q3052772",), ("Q15031",), "occurred")]


def test_a_one_party_act_with_a_carried_subject_is_kept():
    found = events(document("Mosca ha criticato la Nato. Poi ha dato disponibilità a studiare il progetto.", "it",
                            ALL + [("Q159", "Russia", "COUNTRY", ["Mosca"], "RUS")]))
    assert [summary(e) for e in found][1] == ("AGREE", ("Q159",), (), "occurred")


def test_recognising_a_state_is_support_but_admitting_is_no_event():
    [event] = events(document("La France a reconnu la Palestine.", "fr",
                              ALL + [("Q219060", "Palestine", "COUNTRY", ["Palestine"], "PSE")]))
    assert summary(event) == ("SUPPORT", ("Q142",), ("Q219060",), "occurred")
    assert events(document("Macron a reconnu avoir commis une erreur.", "fr", ALL)) == []


def test_a_country_in_a_location_phrase_is_no_partner_of_talks():
    found = events(document("Putin ha incontrato Xi Jinping e ha discusso della guerra in Ucraina.", "it", ALL))
    assert [summary(e) for e in found] == [("CONSULT", ("Q7747",), ("Q15031",), "occurred")]


def test_speaking_on_the_phone_is_a_call():
    [event] = events(document("Putin e Xi Jinping si sono parlati al telefono.", "it", ALL))
    assert (summary(event), event.mode) == (("CONSULT", ("Q7747", "Q15031"), (), "occurred"), "phone")


def test_speaking_at_length_is_no_event():
    assert events(document("Putin ha parlato a lungo con Xi Jinping della guerra.", "it", ALL)) == []
