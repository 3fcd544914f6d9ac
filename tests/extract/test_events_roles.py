"""Role assignment (evroles round): who acts and who is acted upon, one construction per test, with the
reading that must not change next to it."""
from __future__ import annotations

from extract.events_support import document, events, summary

RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russland"], "RUS")
BAERBOCK = ("Q1", "Annalena Baerbock", "PERSON", ["Baerbock"])
TRUMP = ("Q22686", "Donald Trump", "PERSON", ["Donald Trump", "Trump"])
GAETZ = ("Q2", "Matt Gaetz", "PERSON", ["Matt Gaetz"])
BONDI = ("Q7130", "Pam Bondi", "PERSON", ["Pam Bondi"])
FAESER = ("Q3", "Nancy Faeser", "PERSON", ["Nancy Faeser"])
SPD = ("Q49768", "Social Democratic Party of Germany", "ORG", ["SPD"])
MUSLIM = ("x:org:mi", "Muslim Interaktiv", "ORG", ["Muslim Interaktiv"])
DE = [RUSSIA, BAERBOCK, TRUMP, GAETZ, BONDI, FAESER, SPD, MUSLIM]


def test_verb_second_names_side_by_side_after_the_verb_are_subject_and_object():
    [event] = events(document("Am Montag kritisierte Russland Baerbock.", "de", DE))
    assert summary(event) == ("ACCUSE", ("Q159",), ("Q1",), "occurred")


def test_a_bracketed_party_after_a_name_is_not_the_subject():
    [event] = events(document("Innenministerin Nancy Faeser (SPD) kritisierte Muslim Interaktiv.", "de", DE))
    assert summary(event) == ("ACCUSE", ("Q3",), ("x:org:mi",), "occurred")


def test_verb_final_the_first_of_three_bare_names_is_the_subject():
    text = ("Der designierte US-Präsident Donald Trump hat nach dem Rückzug seines Wunschkandidaten Matt Gaetz "
            "seine ehemalige Anwältin Pam Bondi als Justizministerin nominiert.")
    [event] = events(document(text, "de", DE))
    assert summary(event) == ("SUPPORT", ("Q22686",), ("Q7130",), "occurred")


HOECKE = ("Q13", "Björn Höcke", "PERSON", ["Höcke"])
VOIGT = ("Q14", "Mario Voigt", "PERSON", ["Voigt"])
MIERSCH = ("Q11", "Matthias Miersch", "PERSON", ["Miersch"])
FDP = ("Q12", "Free Democratic Party", "ORG", ["FDP"])


def test_a_light_verb_after_and_shares_the_subject_standing_after_the_first_verb():
    text = ("„Wir machen mittelstandsfreundliche Politik“, protestiert Höcke und macht Voigt etwas später "
            "in der Sendung einen schweren Vorwurf.")
    found = {summary(e) for e in events(document(text, "de", [HOECKE, VOIGT]))}
    assert ("ACCUSE", ("Q13",), ("Q14",), "occurred") in found
    assert ("PROTEST", ("Q13",), ("Q14",), "occurred") not in found  # the light verb's dative is not the protest's


def test_a_short_quoted_word_does_not_open_a_quotation_that_hides_the_dass_clause():
    text = "Gegenüber dem Sender bezeichnete es Miersch als „zynisch“, dass die FDP das Wort benutzt."
    [event] = events(document(text, "de", [MIERSCH, FDP]))
    assert summary(event) == ("ACCUSE", ("Q11",), ("Q12",), "occurred")


TRIBUNAL = ("x:org:tribunal", "Tribunal de Apelación", "ORG", ["Tribunal de Apelación"])
CORTE = ("Q2", "Supreme Court of Justice of Paraguay", "ORG", ["Corte Suprema de Justicia"])
DUARTE = ("Q3", "Liz Paola Duarte Meza", "PERSON", ["Liz Paola Duarte Meza"])


def test_a_rejected_request_is_answered_to_its_author_not_to_where_it_is_pending():
    text = ("El Tribunal de Apelación rechazó este jueves el pedido de no ejecutar la condena por una excepción "
            "pendiente en la Corte Suprema de Justicia por parte de la defensa de Liz Paola Duarte Meza.")
    [event] = events(document(text, "es", [TRIBUNAL, CORTE, DUARTE]))
    assert summary(event) == ("REJECT", ("x:org:tribunal",), ("Q3",), "occurred")


SHABAB = ("Q1", "Al-Shabaab", "GROUP", ["Al-Shabab"])
SOMALIA = ("Q3", "Somalia", "COUNTRY", ["Somalia"], "SOM")
IS = ("Q2", "Islamic State", "GROUP", ["Stato islamico", "IS"])


def test_an_aside_without_names_between_two_commas_keeps_the_subject():
    [event] = events(document("Al-Shabab, a terrorist group, attacked Somalia.", "en", [SHABAB, SOMALIA]))
    assert summary(event) == ("ASSAULT", ("Q1",), ("Q3",), "occurred")


def test_one_comma_before_unknown_words_still_hides_the_phrase():
    assert events(document("Beyond Somalia, militants attacked the hotel.", "en", [SHABAB, SOMALIA])) == []


def test_claiming_responsibility_makes_the_claimant_the_author_of_the_attack():
    [event] = events(document("Al-Shabab claimed responsibility for the attack.", "en", [SHABAB]))
    assert summary(event) == ("ASSAULT", ("Q1",), (), "occurred")
    [event] = events(document("Lo Stato islamico ha rivendicato l'attentato.", "it", [IS]))
    assert summary(event) == ("ASSAULT", ("Q2",), (), "occurred")
    [event] = events(document("Der IS bekannte sich zu dem Anschlag.", "de", [IS]))
    assert summary(event) == ("ASSAULT", ("Q2",), (), "occurred")


US = ("Q30", "United States", "COUNTRY", ["United States"], "USA")


def test_agents_in_a_country_at_the_subject_stand_for_the_country():
    [event] = events(document("Officials in the United States said they arrested ten Al-Shabab members.", "en",
                              [SHABAB, US]))
    assert summary(event) == ("COERCE", ("Q30",), ("Q1",), "occurred")


SOMALI = ("Q3", "Somalia", "COUNTRY", ["adjective:Somali"], "SOM")
US_MILITARY = ("Q31", "United States Armed Forces", "ORG", ["U.S. military"])


def test_a_participle_after_the_subject_phrase_and_its_comma_is_passive_also_after_and():
    text = ("Somali government soldiers, supported by local clan militias and the U.S. military, are conducting "
            "operations against Al-Shabab.")
    found = {summary(e) for e in events(document(text, "en", [SHABAB, SOMALI, US_MILITARY]))}
    assert ("SUPPORT", ("Q31",), ("Q3",), "occurred") in found


CHINA = ("Q148", "China", "COUNTRY", ["China", "adjective:chinesische"], "CHN")
EU = ("Q458", "European Union", "ORG", ["EU"])


def test_an_adjective_in_the_on_phrase_of_a_noun_trigger_is_its_recipient():
    [event] = events(document("Die EU hat Zölle auf chinesische Elektroautos verhängt.", "de", [CHINA, EU]))
    assert summary(event) == ("SANCTION", ("Q458",), ("Q148",), "occurred")


RUSSIA_IT = ("Q159", "Russia", "COUNTRY", ["Russia", "Rusia"], "RUS")
EU_IT = ("Q458", "European Union", "ORG", ["Unione europea", "Unión Europea"])


def test_the_agent_of_a_passive_whose_subject_is_a_noun_trigger_is_its_actor():
    text = "Le sanzioni contro la Russia sono state imposte dall'Unione europea."
    [event] = events(document(text, "it", [RUSSIA_IT, EU_IT]))
    assert summary(event) == ("SANCTION", ("Q458",), ("Q159",), "occurred")
    text = "Las sanciones contra Rusia habían sido impuestas por la Unión Europea."
    [event] = events(document(text, "es", [RUSSIA_IT, EU_IT]))
    assert summary(event) == ("SANCTION", ("Q458",), ("Q159",), "occurred")


def test_a_passive_verb_of_another_type_keeps_its_agent_for_itself():
    text = "Le sanzioni contro la Russia sono state criticate dall'Unione europea."
    found = {summary(e) for e in events(document(text, "it", [RUSSIA_IT, EU_IT]))}
    assert ("SANCTION", ("Q458",), ("Q159",), "occurred") not in found


MACRON = ("Q3", "Emmanuel Macron", "PERSON", ["Macron"])
RUSSIA_ALL = ("Q159", "Russia", "COUNTRY", ["Russia", "Russie"], "RUS")
FRANCE = ("Q142", "France", "COUNTRY", ["Francia"], "FRA")


def test_with_a_possessor_or_by_agent_the_nouns_own_genitive_undergoes_it():
    [event] = events(document("Macron's criticism of Russia was harsh.", "en", [MACRON, RUSSIA_ALL]))
    assert summary(event) == ("ACCUSE", ("Q3",), ("Q159",), "occurred")
    [event] = events(document("La condamnation de la Russie par Macron a été ferme.", "fr", [MACRON, RUSSIA_ALL]))
    assert summary(event) == ("ACCUSE", ("Q3",), ("Q159",), "occurred")


def test_a_by_phrase_right_after_a_noun_trigger_is_its_agent_in_any_frame():
    text = "La condanna della Russia da parte della Francia è arrivata."
    [event] = events(document(text, "it", [RUSSIA_ALL, FRANCE]))
    assert summary(event) == ("ACCUSE", ("Q142",), ("Q159",), "occurred")


USSR = ("Q15180", "Soviet Union", "COUNTRY", ["URSS"], "SUN")
RUSSIE = ("Q159", "Russia", "COUNTRY", ["Russie"], "RUS")


def test_a_genitive_inside_a_relative_clause_is_not_its_verbs_subject():
    text = "Les anciens pays communistes qui se sont émancipés de la tutelle de l’URSS refusent ce plan."
    assert events(document(text, "fr", [USSR])) == []


def test_the_antecedent_still_acts_in_its_relative_clause():
    text = "Macron, qui a critiqué la politique de la Russie, a rencontré les dirigeants."
    found = {summary(e) for e in events(document(text, "fr", [MACRON, RUSSIE]))}
    assert ("ACCUSE", ("Q3",), ("Q159",), "occurred") in found


HAYAT = ("Q5", "Imran Hayat", "PERSON", ["Imran Hayat"])
SCHOLZ = ("Q4", "Olaf Scholz", "PERSON", ["Olaf Scholz", "Scholz"])
RUSSIA_EN = ("Q159", "Russia", "COUNTRY", ["Russia", "Russland"], "RUS")


def test_a_bare_plural_noun_subject_keeps_its_pronoun_from_the_previous_sentence():
    text = "Imran Hayat spoke to reporters. Militants said they attacked Russia."
    assert events(document(text, "en", [HAYAT, RUSSIA_EN])) == []


def test_an_adverb_before_the_verb_still_lets_the_pronoun_reach_back():
    text = "Olaf Scholz spoke to reporters. Later he condemned Russia."
    [event] = events(document(text, "en", [SCHOLZ, RUSSIA_EN]))
    assert summary(event) == ("ACCUSE", ("Q4",), ("Q159",), "occurred")
    text = "Olaf Scholz sprach in Berlin. Am Montag kritisierte er Russland."
    [event] = events(document(text, "de", [SCHOLZ, RUSSIA_EN]))
    assert summary(event) == ("ACCUSE", ("Q4",), ("Q159",), "occurred")


BAERBOCK2 = ("Q1", "Annalena Baerbock", "PERSON", ["Annalena Baerbock", "Baerbock"])
FRAKTION = ("Q2", "Grünen-Fraktion", "ORG", ["Grünen-Fraktion"])


def test_a_pronoun_right_after_the_light_verb_is_its_subject_after_a_fronted_phrase():
    text = "Annalena Baerbock schrieb einen Brief. Dem Vorsitz der Grünen-Fraktion erteilte sie mit dem Brief eine Absage."
    found = [summary(e) for e in events(document(text, "de", [BAERBOCK2, FRAKTION]))]
    assert found and all(f[1] == ("Q1",) for f in found)


BENNETT = ("Q6", "Naftali Bennett", "PERSON", ["Naftali Bennett"])
YAMINA = ("Q7", "Yamina", "ORG", ["Yamina"])


def test_a_name_inside_an_aside_before_the_speech_verb_does_not_speak():
    text = "Naftali Bennett, Vorsitzender der Partei Yamina, erklärte am Samstag, warum er sich weigert, Minister zu werden."
    [event] = events(document(text, "de", [BENNETT, YAMINA]))
    assert summary(event)[:2] == ("REJECT", ("Q6",))


SERBIA = ("Q403", "Serbia", "COUNTRY", ["governo"], "SRB")
IMF = ("Q7804", "International Monetary Fund", "ORG", ["Fondo monetario internazionale"])


def test_a_gapped_triggers_preposition_tail_still_opens_its_role_phrase():
    text = "Il governo sta trattando con il Fondo monetario internazionale per un prestito."
    found = {summary(e) for e in events(document(text, "it", [SERBIA, IMF]))}
    assert ("CONSULT", ("Q403",), ("Q7804",), "occurred") in found


GERMANY = ("Q183", "Germany", "COUNTRY", ["Germany"], "DEU")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ukraine"], "UKR")
US_FR = ("Q30", "United States", "COUNTRY", ["États-Unis"], "USA")


def test_the_object_of_a_giving_verb_is_the_subjects_own_act():
    found = {summary(e) for e in events(document("Germany granted aid to Ukraine.", "en", [GERMANY, UKRAINE]))}
    assert ("AID", ("Q183",), ("Q212",), "occurred") in found


def test_a_giving_light_verb_gives_the_noun_its_subject():
    text = "Les États-Unis ont fourni une aide militaire à l'Ukraine."
    [event] = events(document(text, "fr", [US_FR, UKRAINE]))
    assert summary(event) == ("AID", ("Q30",), ("Q212",), "occurred")


CHINESE = ("Q148", "China", "COUNTRY", ["adjective:Chinese"], "CHN")
KENYA = ("Q4", "Kenya", "COUNTRY", ["Kenya"], "KEN")


def test_a_demonym_in_an_of_phrase_names_people_not_the_state():
    text = "The first large group of Chinese immigrants arrived in Kenya in the 1940s."
    assert events(document(text, "en", [CHINESE, KENYA])) == []


UN = ("Q1", "United Nations", "ORG", ["United Nations"])
US_ADJ = ("Q30", "United States", "COUNTRY", ["adjective:U.S."], "USA")
FRENCH = ("Q142", "France", "COUNTRY", ["adjective:French"], "FRA")
CONILLE = ("Q5", "Garry Conille", "PERSON", ["Garry Conille"])


def test_a_list_after_the_passive_agent_and_its_comma_names_more_agents():
    text = "Garry Conille spoke. Later he was criticized by United Nations, U.S. and French representatives."
    [event] = events(document(text, "en", [UN, US_ADJ, FRENCH, CONILLE]))
    assert summary(event) == ("ACCUSE", ("Q1", "Q30", "Q142"), ("Q5",), "occurred")


BEIJING = ("Q148", "China", "COUNTRY", ["Beijing"], "CHN")
KANNAVEE = ("Q9", "Kannavee Suebsang", "PERSON", ["Kannavee"])


def test_a_verb_form_after_a_possessor_is_a_noun_with_no_act_of_its_own():
    # issue #6 precision: "Trump's vows", "the campaign's pledge" named stances, never an act, on untuned news
    text = "Kannavee says they take little comfort in Beijing's promises."
    assert events(document(text, "en", [BEIJING, KANNAVEE])) == []


BERISHA = ("Q10", "Sali Berisha", "PERSON", ["Berisha"])
US_EN = ("Q30", "United States", "COUNTRY", ["United States"], "USA")


def test_a_base_verb_form_after_from_is_a_noun():
    text = "Under the sanctions, Berisha is barred from travel to the United States."
    found = {summary(e)[0] for e in events(document(text, "en", [BERISHA, US_EN]))}
    assert "CONSULT" not in found


HAMAS = ("Q11", "Hamas", "GROUP", ["Hamas"])
ISRAEL = ("Q801", "Israel", "COUNTRY", ["Israel"], "ISR")


def test_an_against_phrase_names_the_adversary_of_an_allied_act_not_its_recipient():
    found = {summary(e) for e in events(document("Hamas unterstützt den Kampf gegen Israel.", "de", [HAMAS, ISRAEL]))}
    assert all(f[2] != ("Q801",) for f in found if f[0] == "SUPPORT")


BELGIUM = ("Q31", "Belgium", "COUNTRY", ["Belgique"], "BEL")


def test_an_impersonal_il_is_nobodys_pronoun():
    text = "Des chercheurs sont venus de Belgique. Mais il s’agit de chercheurs, et certains signent encore avec une adresse."
    assert events(document(text, "fr", [BELGIUM])) == []


SUMMIT = ("Q12", "Democracy Summit", "ORG", ["Democracy Summit"])
RASMUSSEN = ("Q13", "Anders Fogh Rasmussen", "PERSON", ["Anders Fogh Rasmussen"])
NATO = ("Q7184", "NATO", "ORG", ["NATO"])
POLAND = ("Q36", "Poland", "COUNTRY", ["Poland"], "POL")
RUSSIA_E = ("Q159", "Russia", "COUNTRY", ["Russia"], "RUS")


def test_the_object_of_an_unknown_verb_is_not_the_subject_after_comma_and():
    text = "The organization concluded a Democracy Summit this week, and called on democratic nations to act."
    assert events(document(text, "en", [SUMMIT])) == []


def test_a_known_verb_before_comma_and_still_shares_its_subject():
    text = "Anders Fogh Rasmussen met NATO, and called on Russia to withdraw."
    found = {summary(e) for e in events(document(text, "en", [RASMUSSEN, NATO, RUSSIA_E]))}
    assert ("REQUEST", ("Q13",), ("Q159",), "occurred") in found


DUMA = ("Q14", "State Duma", "ORG", ["Duma"])


def test_a_place_in_front_of_which_people_protest_is_where_not_who():
    text = "Una trentina di ragazzi sono stati arrestati per aver protestato sotto la Duma."
    assert all(summary(e)[1] != ("Q14",) for e in events(document(text, "it", [DUMA])))


def test_a_relative_aside_with_its_own_boundaries_still_ends_at_its_comma():
    text = ("Berisha, who resigned as leader of his party but remained in Parliament after being defeated as prime "
            "minister in 2013, rejected the allegations by the United States.")
    found = {summary(e) for e in events(document(text, "en", [BERISHA, US_EN]))}
    assert any(f[0] == "REJECT" and f[1] == ("Q10",) for f in found)


def test_filing_a_request_makes_the_filer_its_author():
    [event] = events(document("Kenya filed several requests for the hearing to be postponed.", "en", [KENYA]))
    assert summary(event) == ("REQUEST", ("Q4",), (), "occurred")


ARCORE = ("x:place:arcore", "Arcore", "PLACE", ["Arcore"], "ITA")
BERLUSCONI = ("Q15", "Silvio Berlusconi", "PERSON", ["Silvio Berlusconi"])
MARONI = ("Q16", "Roberto Maroni", "PERSON", ["Roberto Maroni"])


def test_a_place_right_before_a_persons_name_is_not_the_persons_title():
    text = "La scorsa notte ad Arcore Silvio Berlusconi ha stretto un patto con Roberto Maroni."
    found = {summary(e) for e in events(document(text, "it", [ARCORE, BERLUSCONI, MARONI]))}
    assert any(f[0] == "SUPPORT" and "Q15" in f[1] for f in found)


FUERZA = ("Q17", "Fuerza Pública", "ORG", ["Fuerza Pública"])


def test_the_offensive_a_force_deploys_is_its_own_attack():
    text = "La Fuerza Pública desplegó una ofensiva contra esta zona de la ciudad."
    found = {summary(e) for e in events(document(text, "es", [FUERZA]))}
    assert ("ASSAULT", ("Q17",), (), "occurred") in found


GACHAGUA = ("Q18", "Rigathi Gachagua", "PERSON", ["Rigathi Gachagua", "Gachagua"])
RUTO = ("Q19", "William Ruto", "PERSON", ["William Ruto"])


def test_an_act_charged_by_an_accusation_noun_is_its_content_not_an_event():
    text = ("Gachagua was convicted on five charges, which included accusations of gross misconduct, irregular "
            "acquisition of wealth and undermining William Ruto.")
    assert all(summary(e)[0] != "SANCTION" for e in events(document(text, "en", [GACHAGUA, RUTO])))
