"""Trigger recall (issue #6): classes of trigger constructions the lexicon scan or the unit builder missed.
One behaviour per test, real sentences."""
from __future__ import annotations

from extract.events_support import document, events, summary

CDU = ("Q49762", "Christian Democratic Union of Germany", "ORG", ["CDU"])
LANDESREGIERUNG = ("x:org:landesregierung", "Landesregierung", "ORG", ["Landesregierung"])
VGH = ("x:org:vgh", "Hessischer Verwaltungsgerichtshof", "ORG", ["Hessische Verwaltungsgerichtshof"])
RUBIO = ("Q324546", "Marco Rubio", "PERSON", ["Marco Rubio", "Rubio"], "USA")
FRANCE = ("Q142", "France", "COUNTRY", ["France"], "FRA")


def test_a_separable_particle_closes_its_clause_even_far_from_the_verb():
    text = "Dagegen wirft die Opposition, allen voran die CDU, in erster Linie der Landesregierung Versagen vor."
    [event] = events(document(text, "de", [CDU, LANDESREGIERUNG]))
    assert summary(event) == ("ACCUSE", ("Q49762",), ("x:org:landesregierung",), "occurred")


def test_a_separable_particle_before_a_parenthesis_still_closes_the_clause():
    text = "Die eingelegte Beschwerde wies der Hessische Verwaltungsgerichtshof vor einem Monat zurück (Beschl. v. 3.4.)."
    [event] = events(document(text, "de", [VGH]))
    assert (event.type, event.source) == ("REJECT", ["x:org:vgh"])


def test_a_particle_of_the_next_sentence_is_not_the_verbs():
    text = "Der Hessische Verwaltungsgerichtshof wies in Kassel. Am Abend kam er zurück."
    assert events(document(text, "de", [VGH])) == []


def test_a_phrasal_verb_in_the_progressive_is_active():
    [event] = events(document("France is calling on Marco Rubio to act.", "en", [RUBIO, FRANCE]))
    assert summary(event) == ("REQUEST", ("Q142",), ("Q324546",), "occurred")


# --- stances stated with an adjective or a preposition phrase (evtrig lexicon round) ---

ORELLANA = ("x:person:antonia-orellana", "Antonia Orellana", "PERSON", ["Antonia Orellana"])
BERRIOS = ("x:person:felipe-berrios", "Felipe Berríos", "PERSON", ["Felipe Berríos"])
URUGUAY = ("Q77", "Uruguay", "COUNTRY", ["Uruguay"], "URY")
BRAZIL = ("Q155", "Brazil", "COUNTRY", ["Brasil"], "BRA")
SEL = ("Q1426916", "Left Ecology Freedom", "ORG", ["SEL"])
LEGA = ("Q47729", "Lega Nord", "ORG", ["Lega Nord"])
PD = ("Q47729x", "Democratic Party", "ORG", ["Pd"])
RENZI = ("Q47559", "Matteo Renzi", "PERSON", ["Matteo Renzi"])
MERZ = ("Q56039", "Friedrich Merz", "PERSON", ["Friedrich Merz", "Merz"])
EU = ("Q458", "European Union", "ORG", ["EU"])
MACRON = ("Q3052772", "Emmanuel Macron", "PERSON", ["Emmanuel Macron"])
TURKEY = ("Q43", "Turkey", "COUNTRY", ["Turquie"], "TUR")


def test_es_being_against_a_nomination_rejects_the_nominee():
    text = "Antonia Orellana estaba en contra de la nominación de Felipe Berríos."
    [event] = events(document(text, "es", [ORELLANA, BERRIOS]))
    assert summary(event) == ("REJECT", ("x:person:antonia-orellana",), ("x:person:felipe-berrios",), "occurred")


def test_es_declaring_oneself_against_a_proposal():
    text = "El gobierno de Uruguay se pronunció en contra de la propuesta de Brasil."
    [event] = events(document(text, "es", [URUGUAY, BRAZIL]))
    assert summary(event) == ("REJECT", ("Q77",), ("Q155",), "occurred")


def test_it_siding_with_the_opposition_is_a_rejection():
    text = "Le delegazioni di SEL e Lega Nord, invece, si schiereranno all'opposizione."
    [event] = events(document(text, "it", [SEL, LEGA]))
    assert summary(event) == ("REJECT", ("Q1426916", "Q47729"), (), "planned")


def test_it_saying_oneself_favourable_is_support():
    [event] = events(document("Il Pd si è detto favorevole a Matteo Renzi.", "it", [PD, RENZI]))
    assert summary(event) == ("SUPPORT", ("Q47729x",), ("Q47559",), "occurred")


def test_it_saying_the_opposite_is_no_rejection():
    assert events(document("Il Pd ha detto il contrario a Matteo Renzi.", "it", [PD, RENZI])) == []


def test_de_speaking_out_against_a_plan_rejects_its_owner():
    text = "Merz sprach sich am Montag klar gegen die Pläne der EU aus."
    [event] = events(document(text, "de", [MERZ, EU]))
    assert summary(event) == ("REJECT", ("Q56039",), ("Q458",), "occurred")


def test_de_standing_behind_someone_is_support():
    [event] = events(document("Die CDU stellte sich hinter Merz.", "de", [CDU, MERZ]))
    assert summary(event) == ("SUPPORT", ("Q49762",), ("Q56039",), "occurred")


def test_fr_declaring_oneself_against():
    text = "Emmanuel Macron s'est prononcé contre l'adhésion de la Turquie."
    [event] = events(document(text, "fr", [MACRON, TURKEY]))
    assert summary(event) == ("REJECT", ("Q3052772",), ("Q43",), "occurred")


# --- harsh criticism verbs ---

KIRCHNER = ("Q2479", "Cristina Fernández de Kirchner", "PERSON", ["Cristina Kirchner"])
MACRI = ("Q2968", "Mauricio Macri", "PERSON", ["Mauricio Macri"])
CANADA = ("Q16", "Canada", "COUNTRY", ["Canada"], "CAN")
USA = ("Q30", "United States", "COUNTRY", ["United States"], "USA")
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia"], "RUS")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ukraine"], "UKR")


def test_es_lashing_at_a_government():
    text = "Cristina Kirchner fustigó al gobierno de Mauricio Macri."
    [event] = events(document(text, "es", [KIRCHNER, MACRI]))
    assert summary(event) == ("ACCUSE", ("Q2479",), ("Q2968",), "occurred")


def test_en_slammed_is_criticism():
    [event] = events(document("Canada slammed the United States over the tariffs.", "en", [CANADA, USA]))
    assert summary(event) == ("ACCUSE", ("Q16",), ("Q30",), "occurred")


def test_en_ruling_out_talks_is_a_rejection():
    [event] = events(document("Russia ruled out talks with Ukraine.", "en", [RUSSIA, UKRAINE]))
    assert (event.type, event.source) == ("REJECT", ["Q159"])


# --- allegations, inquiries and insults stand with their named author alone (evidence.tsv `active`) ---

STA = ("x:org:staatsanwaltschaft-bukarest", "Staatsanwaltschaft Bukarest", "ORG", ["Staatsanwaltschaft Bukarest"])
FAESER = ("Q1818498", "Nancy Faeser", "PERSON", ["Nancy Faeser"])
PROCURA = ("x:org:procura-di-benevento", "Procura di Benevento", "ORG", ["Procura di Benevento"])


def test_an_allegation_without_a_named_target_is_an_accusation():
    [event] = events(document("Merz warf der Regierung Versagen vor.", "de", [MERZ]))
    assert (summary(event), event.mode) == (("ACCUSE", ("Q56039",), (), "occurred"), "allege")


def test_a_passive_allegation_has_no_author():
    assert events(document("Merz wurde Versagen vorgeworfen.", "de", [MERZ])) == []


def test_an_inquiry_by_a_named_body_is_an_accusation():
    text = "Zur Finanzierung ermittelt inzwischen die Staatsanwaltschaft Bukarest."
    [event] = events(document(text, "de", [STA]))
    assert (summary(event), event.mode) == (("ACCUSE", ("x:org:staatsanwaltschaft-bukarest",), (), "occurred"),
                                            "investigate")


def test_an_inquiry_in_italian():
    [event] = events(document("La Procura di Benevento sta indagando per abuso d'ufficio.", "it", [PROCURA]))
    assert summary(event) == ("ACCUSE", ("x:org:procura-di-benevento",), (), "occurred")


def test_an_insult_with_its_quoted_label_is_an_accusation():
    [event] = events(document("Nancy Faeser nannte die Kundgebung „schwer erträglich“.", "de", [FAESER]))
    assert summary(event) == ("ACCUSE", ("Q1818498",), (), "occurred")


def test_criticism_of_a_thing_stays_a_statement():
    assert events(document("Merz kritisierte die Verfahren.", "de", [MERZ])) == []


def test_a_name_calling_label_without_a_negative_word_stays_a_statement():
    # "klasse" is praise the tone lexicon does not know: no insult, so no one-party accusation
    assert events(document("Nancy Faeser nannte die Kundgebung „ausdrücklich klasse“.", "de", [FAESER])) == []


def test_a_bare_search_is_no_inquiry():
    assert events(document("France will search the archives.", "en", [FRANCE])) == []


# --- what a speaker says another party must do is the speaker's demand (obligation cues, es / it) ---

BORRELL = ("Q356944", "Josep Borrell", "PERSON", ["Borrell"])
RUSSIA_ES = ("Q159", "Russia", "COUNTRY", ["Rusia", "Russia"], "RUS")
MACRON_IT = ("Q3052772", "Emmanuel Macron", "PERSON", ["Macron"])


def test_es_should_in_reported_speech_is_a_request():
    text = "Borrell dijo que Rusia debería retirar sus tropas."
    found = [summary(e) for e in events(document(text, "es", [BORRELL, RUSSIA_ES]))]
    assert found == [("REQUEST", ("Q356944",), ("Q159",), "occurred")]


def test_it_must_in_reported_speech_is_a_request():
    text = "Macron ha detto che la Russia deve ritirarsi."
    found = [summary(e) for e in events(document(text, "it", [MACRON_IT, RUSSIA_ES]))]
    assert found == [("REQUEST", ("Q3052772",), ("Q159",), "occurred")]


def test_it_expected_is_no_obligation():
    # "dovrebbe recarsi": expected to go, a plan (modality.tsv keeps "dovrebbe" planned)
    text = "Macron ha detto che la Russia dovrebbe ritirarsi."
    assert [e.type for e in events(document(text, "it", [MACRON_IT, RUSSIA_ES]))] == ["RETREAT"]


# --- a person attacking a person or an institution attacks with words ---

DE_GIROLAMO = ("Q3880405", "Nunzia De Girolamo", "PERSON", ["Nunzia De Girolamo"])
ALFANO = ("Q53004", "Angelino Alfano", "PERSON", ["Angelino Alfano"])
PUTIN = ("Q7747", "Vladimir Putin", "PERSON", ["Vladimir Putin"])
UKRAINE_IT = ("Q212", "Ukraine", "COUNTRY", ["Ucraina"], "UKR")


def test_a_politician_attacking_a_politician_is_an_accusation():
    [event] = events(document("Nunzia De Girolamo attacca Angelino Alfano.", "it", [DE_GIROLAMO, ALFANO]))
    assert (summary(event), event.mode) == (("ACCUSE", ("Q3880405",), ("Q53004",), "occurred"), "disapprove")


def test_a_leader_attacking_a_country_is_still_an_assault():
    [event] = events(document("Vladimir Putin ha attaccato l'Ucraina.", "it", [PUTIN, UKRAINE_IT]))
    assert summary(event) == ("ASSAULT", ("Q7747",), ("Q212",), "occurred")


# --- English consonant doubling in gapped CAMEO patterns, resignations ---

SOMALIA = ("Q1045", "Somalia", "COUNTRY", ["Somalia"], "SOM")
KENYA = ("Q114", "Kenya", "COUNTRY", ["Kenya"], "KEN")


def test_a_doubled_consonant_before_ing_still_cuts_ties():
    [event] = events(document("Somalia is cutting ties with Kenya.", "en", [SOMALIA, KENYA]))
    assert summary(event) == ("SANCTION", ("Q1045",), ("Q114",), "occurred")


def test_stepping_down_is_a_resignation():
    [event] = events(document("Marco Rubio stepped down from the post.", "en", [RUBIO]))
    assert (summary(event), event.mode) == (("RETREAT", ("Q324546",), (), "occurred"), "resign")


TRUMP = ("Q22686", "Donald Trump", "PERSON", ["Trump"])


def test_slapping_tariffs_is_a_sanction_not_a_slap():
    [event] = events(document("Trump slapped tariffs on Canada.", "en", [TRUMP, CANADA]))
    assert (summary(event), event.mode) == (("SANCTION", ("Q22686",), ("Q16",), "occurred"), "discontinue")


# --- a demand may name no addressee; an application still needs one ---

JXC = ("x:org:jxc", "Juntos por el Cambio", "ORG", ["JxC"])
VERGARA = ("x:person:ulpiano-vergara", "Ulpiano Vergara", "PERSON", ["Ulpiano Vergara"])


def test_a_demand_noun_of_a_named_party_stands_without_an_addressee():
    text = "Pero en caso de que no lo consiga, entonces el pedido de JxC seguirá en pie."
    [event] = events(document(text, "es", [JXC]))
    assert summary(event) == ("REQUEST", ("x:org:jxc",), (), "occurred")


def test_an_application_without_an_addressee_is_no_request():
    text = "Ulpiano Vergara presentó este jueves una solicitud para el registro de su marca."
    assert events(document(text, "es", [VERGARA])) == []


# --- a guilty plea is the defendant's concession; a court's verdict is not ---

ROSSI = ("x:person:mario-rossi", "Mario Rossi", "PERSON", ["Mario Rossi"])


def test_it_pleading_guilty_is_a_concession():
    [event] = events(document("Mario Rossi si è dichiarato colpevole.", "it", [ROSSI]))
    assert summary(event) == ("CONCEDE", ("x:person:mario-rossi",), (), "occurred")


def test_it_a_court_declaring_guilty_is_no_plea():
    assert [e.type for e in events(document("Il giudice ha dichiarato colpevole Mario Rossi.", "it", [ROSSI]))] \
        != ["CONCEDE"]


def test_en_pleaded_guilty():
    [event] = events(document("Marco Rubio pleaded guilty.", "en", [RUBIO]))
    assert summary(event) == ("CONCEDE", ("Q324546",), (), "occurred")


def test_en_a_reduced_passive_headline_names_the_accused_not_the_accuser():
    assert events(document("Marco Rubio accused of blackmail.", "en", [RUBIO])) == []


def test_en_a_passive_accusation_with_its_agent():
    [event] = events(document("Marco Rubio was accused of blackmail by France.", "en", [RUBIO, FRANCE]))
    assert summary(event) == ("ACCUSE", ("Q142",), ("Q324546",), "occurred")


GERMANY = ("Q183", "Germany", "COUNTRY", ["Deutschland"], "DEU")
FRANCE_DE = ("Q142", "France", "COUNTRY", ["Frankreich"], "FRA")


def test_de_a_plural_present_separable_verb_closes_at_its_particle():
    text = "Deutschland und Frankreich lehnen den Vorschlag der Kommission ab."
    [event] = events(document(text, "de", [GERMANY, FRANCE_DE]))
    assert (event.type, sorted(event.source)) == ("REJECT", ["Q142", "Q183"])


def test_de_a_certificate_is_no_agreement():
    """"Bescheinigung" ends like "Einigung" but is a certificate (not_compound_heads)."""
    agreement = "Die Einigung zwischen Deutschland und Frankreich wurde unterschrieben."
    certificate = "Die Bescheinigung zwischen Deutschland und Frankreich wurde unterschrieben."
    assert [e.type for e in events(document(agreement, "de", [GERMANY, FRANCE_DE]))] == ["SUPPORT"]
    assert events(document(certificate, "de", [GERMANY, FRANCE_DE])) == []


# --- Italian and Spanish pronoun forms and stance words (evtrig2 round) ---

E2_GRILLO = ("Q44", "Beppe Grillo", "PERSON", ["Beppe Grillo", "Grillo"])
E2_RENZI2 = ("Q47559", "Matteo Renzi", "PERSON", ["Matteo Renzi", "Renzi"])
E2_ALFANO = ("Q47565", "Angelino Alfano", "PERSON", ["Angelino Alfano", "Alfano"])
E2_CASINI = ("Q47631", "Pier Ferdinando Casini", "PERSON", ["Pier Ferdinando Casini", "Casini"])
E2_MONTI_CABINET = ("Q3936316", "Monti Cabinet", "ORG", ["governo Monti"])
E2_ADDIOPIZZO = ("Q3604693", "Addiopizzo", "ORG", ["Addiopizzo"])
E2_MILEI = ("Q1", "Javier Milei", "PERSON", ["Javier Milei", "Milei"])
E2_KIRCHNER = ("Q2", "Cristina Kirchner", "PERSON", ["Cristina Kirchner", "Kirchner"])


def test_it_a_gerund_with_an_enclitic_pronoun_is_a_trigger():
    text = "Matteo Renzi ha risposto a Beppe Grillo, accusandolo di mentire sui conti."
    [event] = events(document(text, "it", [E2_RENZI2, E2_GRILLO]))
    assert summary(event) + (event.mode,) == ("ACCUSE", ("Q47559",), (), "occurred", "allege")


def test_it_a_gerund_with_gli_is_a_request():
    text = "Matteo Renzi ha scritto a Beppe Grillo, chiedendogli di ritirare la proposta."
    [event] = events(document(text, "it", [E2_RENZI2, E2_GRILLO]))
    assert summary(event) == ("REQUEST", ("Q47559",), (), "occurred")


def test_it_an_infinitive_with_an_enclitic_after_di_is_a_verb():
    text = "Matteo Renzi ha deciso di querelarlo."
    [event] = events(document(text, "it", [E2_RENZI2]))
    assert (event.type, event.mode, event.source) == ("ACCUSE", "allege", ["Q47559"])


def test_it_gli_before_a_finite_verb_is_a_pronoun_not_an_article():
    text = "Matteo Renzi ha ricevuto Beppe Grillo. Renzi gli chiede di ritirare la proposta."
    request = [e for e in events(document(text, "it", [E2_RENZI2, E2_GRILLO])) if e.type == "REQUEST"]
    assert [summary(e) for e in request] == [("REQUEST", ("Q47559",), (), "occurred")]


def test_it_an_article_before_a_verb_form_still_makes_a_noun():
    text = "Matteo Renzi ha letto la proposta di Beppe Grillo. La richiesta è arrivata ieri."
    assert [e.type for e in events(document(text, "it", [E2_RENZI2, E2_GRILLO]))] == []


def test_it_commenting_negatively_is_disapproval():
    text = "Anche l'associazione Addiopizzo ha commentato negativamente l'uscita di Beppe Grillo."
    [event] = events(document(text, "it", [E2_ADDIOPIZZO, E2_GRILLO]))
    assert summary(event) + (event.mode,) == ("ACCUSE", ("Q3604693",), ("Q44",), "occurred", "disapprove")


def test_it_a_rebuttal_rejects_the_author_of_the_words():
    text = "Pier Ferdinando Casini l'ha ribadita alla festa del suo partito, ribattendo alle parole di Alfano."
    [event] = events(document(text, "it", [E2_CASINI, E2_ALFANO]))
    assert summary(event) == ("REJECT", ("Q47631",), ("Q47565",), "occurred")


def test_it_calling_a_government_to_keep_a_pact_is_a_request():
    text = "Alfano ha richiamato il governo Monti al rispetto del patto stipulato il 15 marzo."
    [event] = events(document(text, "it", [E2_ALFANO, E2_MONTI_CABINET]))
    assert summary(event) == ("REQUEST", ("Q47565",), ("Q3936316",), "occurred")


def test_es_la_before_a_preterite_is_an_object_pronoun():
    text = "Javier Milei habló con Cristina Kirchner. Milei la acusó de mentir."
    # the first sentence is a meeting of its own ("habló con", evtrig29): only the accusation is looked at here
    [event] = [e for e in events(document(text, "es", [E2_MILEI, E2_KIRCHNER])) if e.type == "ACCUSE"]
    assert summary(event) + (event.mode,) == ("ACCUSE", ("Q1",), ("Q2",), "occurred", "allege")  # "la": Kirchner


def test_es_an_irregular_gerund_with_an_enclitic_is_a_request():
    text = "Javier Milei escribió a Cristina Kirchner, pidiéndole que renuncie."
    [event] = events(document(text, "es", [E2_MILEI, E2_KIRCHNER]))
    assert summary(event) == ("REQUEST", ("Q1",), (), "occurred")


def test_es_an_infinitive_with_an_enclitic_after_para_is_a_verb():
    [event] = events(document("Javier Milei viajó a Salta para respaldarla.", "es", [E2_MILEI]))
    assert summary(event) == ("SUPPORT", ("Q1",), (), "occurred")


def test_es_coming_to_someones_defence_is_support():
    [event] = events(document("Javier Milei salió en defensa de Cristina Kirchner.", "es", [E2_MILEI, E2_KIRCHNER]))
    assert summary(event) == ("SUPPORT", ("Q1",), ("Q2",), "occurred")


def test_es_salir_al_cruce_is_a_rebuttal():
    [event] = events(document("Javier Milei salió al cruce de Cristina Kirchner.", "es", [E2_MILEI, E2_KIRCHNER]))
    assert summary(event) == ("REJECT", ("Q1",), ("Q2",), "occurred")


def test_es_complaining_about_someone_is_disapproval():
    [event] = events(document("Javier Milei se quejó de Cristina Kirchner.", "es", [E2_MILEI, E2_KIRCHNER]))
    assert summary(event) + (event.mode,) == ("ACCUSE", ("Q1",), ("Q2",), "occurred", "disapprove")


def test_es_demandar_a_someone_is_a_lawsuit():
    text = "Javier Milei indicó que demandará a Cristina Kirchner."
    [event] = events(document(text, "es", [E2_MILEI, E2_KIRCHNER]))
    assert summary(event) + (event.mode,) == ("ACCUSE", ("Q1",), ("Q2",), "planned", "allege")
