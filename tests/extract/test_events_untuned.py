"""Errors read by eye on untuned news (VOA stories and fundus / trafilatura pages not in the gold set,
events4 round): each test is a real-news sentence shape that misfired, with the reading that must
still fire next to it. Entities are given by hand (events_support)."""
from __future__ import annotations

from extract.events_support import document, events, summary

RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia", "Russland", "Moscow", "Moskau"], "RUS")
IRAQ = ("Q796", "Iraq", "COUNTRY", ["adjective:Iraqi"], "IRQ")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ukraine"], "UKR")
NATO = ("Q7184", "NATO", "ORG", ["Nato", "NATO"])
UN = ("Q1065", "United Nations", "ORG", ["UN"])
PUTIN = ("Q7747", "Vladimir Putin", "PERSON", ["Wladimir Putin", "Vladimir Putin", "Putin"])
ZELENSKYY = ("Q3874799", "Volodymyr Zelenskyy", "PERSON", ["Volodymyr Zelenskyy", "Zelenskyy"])
MHIKE = ("x:person:mhike", "Chris Mhike", "PERSON", ["Mhike"])
MHLANGA = ("x:person:mhlanga", "Blessed Mhlanga", "PERSON", ["Mhlanga"])
STREECK = ("x:person:streeck", "Hendrik Streeck", "PERSON", ["Streeck"])
HEALTH = ("x:org:ministerio-de-salud", "Ministerio de Salud", "ORG", ["Ministerio de Salud"])
MINSA = ("x:org:minsa", "Minsa", "ORG", ["Minsa"])
SANCHEZ = ("Q57492", "Pedro Sánchez", "PERSON", ["Pedro Sánchez", "Sánchez"])
PUTIN_ES = ("Q7747", "Vladimir Putin", "PERSON", ["Vladimir Putin"])
RUSSIA_ADJ = ("Q159", "Russia", "COUNTRY", ["adjective:ruso"], "RUS")
VILLALBA = ("x:person:villalba", "Cosme Damián Villalba", "PERSON", ["Cosme Damián Villalba"])
GONZALEZ = ("x:person:gonzalez", "Lorenzo Ramón González", "PERSON", ["Lorenzo Ramón González"])
ALL = [RUSSIA, IRAQ, UKRAINE, NATO, UN, PUTIN, ZELENSKYY, MHIKE, MHLANGA, STREECK]


def found(text: str, lang: str, entities: list[tuple] = ALL) -> list[tuple]:
    return [summary(e) for e in events(document(text, lang, entities))]


# --- "say" verbs report content only: a noun right after them is no act of the speaker ---

def test_noun_after_said_is_not_the_speakers_act():
    # the strike is the subject of the reported clause, not something Iraq did by saying so
    assert found("Iraqi officials said the strike was the result of a two-year effort.", "en") == []


def test_arrest_after_said_takes_no_speaker_as_actor():
    assert found("Mhike said the arrest of Mhlanga sent a chilling message.", "en") == []


def test_announced_ceasefire_is_still_the_speakers_act():
    assert found("Russia announced a ceasefire.", "en") == [("RETREAT", ("Q159",), (), "occurred")]


def test_german_warning_of_an_attack_is_no_attack_by_the_speaker():
    assert found("Der russische Präsident Wladimir Putin warnte vor einem Angriff.", "de") == []


# --- a warning is a threat only when aimed at somebody (German frame "X V Y!") ---

def test_german_warning_without_addressee_is_no_threat():
    assert found("„Kokain macht abhängig“, warnte Streeck.", "de") == []


def test_german_warning_to_nato_is_a_threat():
    assert found("Der russische Präsident Wladimir Putin warnte die Nato.", "de") == [
        ("THREATEN", ("Q7747",), ("Q7184",), "occurred")]


def test_german_bedrohung_is_a_danger_not_a_threat_made():
    assert found("Die größte Bedrohung durch Spionage gehe von Russland aus.", "de") == []


# --- a judging verb's target is the owner of its object ---

def test_dismissed_putins_response_targets_putin():
    assert found("Zelenskyy dismissed Putin's response as a delay.", "en") == [
        ("REJECT", ("Q3874799",), ("Q7747",), "occurred")]


def test_owner_after_an_article_is_not_judged():
    # "the United Nations' partners": the partners are criticised, not the United Nations
    assert found("Russia criticised the UN's partners in Africa.", "en") == []


# --- an inverted subject is no name that restates the phrase before it ---

def test_spanish_acronym_in_parentheses_is_no_inverted_subject():
    assert found("También estamos coordinando con el Ministerio de Salud (Minsa).", "es", [HEALTH, MINSA]) == []


def test_spanish_inverted_subject_after_its_title_still_acts():
    assert found("Ayer se reunió con Pedro Sánchez el presidente ruso, Vladimir Putin.", "es",
                 [SANCHEZ, PUTIN_ES, RUSSIA_ADJ]) == [("CONSULT", ("Q7747",), ("Q57492",), "occurred")]


# --- passives of state ("wird" stays a future marker: it is a modality cue, not a passive one) ---

def test_spanish_estar_participle_is_passive():
    # the accused undergo the charge: they are not its actors
    assert found("Cosme Damián Villalba y Lorenzo Ramón González se encuentran procesados en rebeldía.", "es",
                 [VILLALBA, GONZALEZ]) == []


def test_spanish_estar_participle_in_a_relative_clause_is_passive():
    assert found("Se trata de Cosme Damián Villalba y Lorenzo Ramón González, quienes están imputados por "
                 "secuestro.", "es", [VILLALBA, GONZALEZ]) == []


def test_german_wird_with_infinitive_is_a_future_not_a_passive():
    assert found("Wladimir Putin wird die Nato angreifen.", "de") == [
        ("ASSAULT", ("Q7747",), ("Q7184",), "planned")]


# --- "we" opening a direct quotation is its speaker, never the previous sentence's subject ---

INDIA = ("Q668", "India", "COUNTRY", ["India", "Indian"], "IND")
PAKISTAN = ("Q843", "Pakistan", "COUNTRY", ["Pakistan"], "PAK")
JAISWAL = ("x:person:jaiswal", "Randhir Jaiswal", "PERSON", ["Randhir Jaiswal"])
QUOTED = ("Pakistan accused India. “We reject the baseless allegations made by Pakistan,” "
          "spokesperson Randhir Jaiswal told reporters.")


def test_we_in_a_quotation_without_known_speaker_is_nobody():
    assert found(QUOTED, "en", [INDIA, PAKISTAN, JAISWAL]) == [("ACCUSE", ("Q843",), ("Q668",), "occurred")]


def test_we_in_a_quotation_is_its_speaker():
    from cronaca.document import Quote

    doc = document(QUOTED, "en", [INDIA, PAKISTAN, JAISWAL])
    start = QUOTED.index("“")
    end = QUOTED.index("”") + 1
    doc.quotes.append(Quote(start, end, QUOTED[start:end], "x:person:jaiswal", "Randhir Jaiswal", True))
    assert [summary(e) for e in events(doc)][1][:2] == ("REJECT", ("x:person:jaiswal",))


# --- a participle after a determiner is an adjective, no act ---

def test_freed_after_another_is_an_adjective():
    nabi = ("x:person:nabi", "Ghulam Nabi", "PERSON", ["Ghulam Nabi"])
    assert found("Ghulam Nabi, another freed passenger, told media about the attack.", "en", [nabi]) == []


# --- a name glued to a lower-case prefix ("anti-Pakistan") modifies a noun: no party ---

TALIBAN = ("x:group:taliban", "Taliban", "GROUP", ["Taliban"])
PAKISTAN_ = ("Q843", "Pakistan", "COUNTRY", ["Pakistan"], "PAK")


def test_anti_prefixed_name_is_no_target():
    assert found("The Taliban routinely deny providing sanctuary to anti-Pakistan fighters.", "en",
                 [TALIBAN, PAKISTAN_]) == [("REJECT", ("x:group:taliban",), (), "occurred")]


def test_hyphenated_pair_of_names_still_talks():
    assert found("The Russia-Ukraine talks ended.", "en") == [("CONSULT", ("Q159", "Q212"), (), "occurred")]


# --- where the object goes is no target unless the verb's frame names it ---

THAILAND = ("Q869", "Thailand", "COUNTRY", ["Thailand"], "THA")
TURKEY = ("Q43", "Turkey", "COUNTRY", ["Turkey"], "TUR")


def test_deported_to_a_country_does_not_target_it():
    assert found("Thailand deported 173 mostly women and children to Turkey in 2015.", "en",
                 [THAILAND, TURKEY]) == []


def test_urged_a_named_party_still_targets_it():
    assert found("Thailand urged Turkey to accept the refugees.", "en", [THAILAND, TURKEY]) == [
        ("REQUEST", ("Q869",), ("Q43",), "occurred")]


# --- a relative clause hangs on the noun before a location phrase, not on the place ---

CHINA = ("Q148", "China", "COUNTRY", ["Beijing"], "CHN")
VOA = ("Q190218", "Voice of America", "MEDIA", ["VOA"])


def test_relative_after_a_location_does_not_hang_on_the_place():
    assert found("A college student in Beijing, who spoke with VOA on condition of anonymity, said she agreed.",
                 "en", [CHINA, VOA]) == []


# --- "during" gives a noun the clause subject, unless that subject underwent a passive ---

CHIDI = ("x:person:chidi", "Chengeto Chidi", "PERSON", ["Chengeto Chidi"])


def test_passive_subject_does_not_perform_the_noun_during():
    assert found("In 2022, Chengeto Chidi was arrested for taking photos of the police during the arrest of an "
                 "opposition lawmaker.", "en", [CHIDI]) == []


def test_active_subject_still_performs_the_noun_during():
    assert found("During the talks with Ukraine, Wladimir Putin criticised the UN.", "en") == [
        ("CONSULT", ("Q7747",), ("Q212",), "occurred"), ("ACCUSE", ("Q7747",), ("Q1065",), "occurred")]


# --- recall (dev misses, events4 round): clause subjects past nouns and title genitives ---

CASTRO = ("x:person:ernesto-castro", "Ernesto Castro", "PERSON", ["Ernesto Castro"])
MARTINEZ = ("x:person:juan-martinez", "Juan Martínez", "PERSON", ["Juan Martínez"])
ASSEMBLY = ("x:org:asamblea", "Asamblea Legislativa", "ORG", ["Asamblea Legislativa"])


def test_verb_form_after_a_possessive_is_a_noun_not_the_clause_verb():
    # "su nombre" (his name) is no form of "nombrar": the clause's subject is still found after it
    assert found("Aunque no mencionó su nombre, Ernesto Castro hizo referencia al periodista Juan Martínez, "
                 "a quien acusó de ser cómplice de las pandillas.", "es", [CASTRO, MARTINEZ]) == [
        ("ACCUSE", ("x:person:ernesto-castro",), ("x:person:juan-martinez",), "occurred")]


def test_title_genitive_then_name_after_a_comma_is_the_name():
    assert found("El presidente de la Asamblea Legislativa, Ernesto Castro, hizo referencia al periodista "
                 "Juan Martínez, a quien acusó de ser cómplice.", "es", [CASTRO, MARTINEZ, ASSEMBLY]) == [
        ("ACCUSE", ("x:person:ernesto-castro",), ("x:person:juan-martinez",), "occurred")]



# --- signing needs a counterpart or two signers ---

EGYPT = ("Q79", "Egypt", "COUNTRY", ["Egypt"], "EGY")
GREECE = ("Q41", "Greece", "COUNTRY", ["Greece"], "GRC")


def test_signing_alone_is_no_event_between_parties():
    assert found("In 2019, Egypt signed a new constitutional declaration.", "en", [EGYPT, GREECE]) == []


def test_two_signers_still_support_each_other():
    assert found("Egypt and Greece signed an agreement on Thursday.", "en", [EGYPT, GREECE]) == [
        ("SUPPORT", ("Q79", "Q41"), (), "occurred")]


# --- "thanks to" is a cause, not a thank-you ---

SPAIN = ("Q29", "Spain", "COUNTRY", ["Spain"], "ESP")


def test_thanks_to_is_no_support():
    assert found("Spain is happy because thanks to Russia the revenues grew.", "en", [SPAIN, RUSSIA]) == []


def test_thanks_as_a_verb_still_supports():
    assert found("Spain thanks Russia for its help.", "en", [SPAIN, RUSSIA]) == [
        ("SUPPORT", ("Q29",), ("Q159",), "occurred")]


SERBS = ("x:group:serb", "Serb", "GROUP", ["Serb"])
STEVANDIC = ("x:person:stevandic", "Nenad Stevandic", "PERSON", ["Nenad Stevandic"])


def test_name_glued_to_a_lower_case_suffix_is_no_target():
    # "the Serb-controlled republic": the republic is acted upon, not the Serbs
    assert found("Nenad Stevandic denounced the moves against the Serb-controlled autonomous republic.", "en",
                 [SERBS, STEVANDIC]) == []


def test_ripping_off_is_no_assault():
    assert found("Russia has been ripping off the UN for decades.", "en") == []
