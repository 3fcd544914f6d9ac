"""German verb-final order: perfect tenses, modal verbs, zu-infinitives, clause-final light verbs and
passives with "worden" keep their arguments before the verb."""
from __future__ import annotations

from extract.events_support import document, events, summary

SCHOLZ = ("Q61053", "Olaf Scholz", "PERSON", ["Olaf Scholz", "Scholz"])
MERZ = ("Q56039", "Friedrich Merz", "PERSON", ["Friedrich Merz", "Merz"])
XI = ("Q15031", "Xi Jinping", "PERSON", ["Xi Jinping", "Xi"])
NAVALNY = ("Q4", "Alexei Navalny", "PERSON", ["Alexej Nawalny", "Nawalny"])
POLICE = ("x:org:polizei", "Polizei", "ORG", ["Polizei"])
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russland"], "RUS")
CHINA = ("Q148", "China", "COUNTRY", ["China"], "CHN")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ukraine"], "UKR")
EU = ("Q458", "European Union", "ORG", ["EU"])
KYIV = ("Q1899", "Kyiv", "PLACE", ["Kiew"], "UKR")
TRUMP = ("Q22686", "Donald Trump", "PERSON", ["Donald Trump", "Trump"])
BONDI = ("Q7130", "Pam Bondi", "PERSON", ["Pam Bondi", "Bondi"])
ALL = [SCHOLZ, MERZ, XI, NAVALNY, POLICE, RUSSIA, CHINA, UKRAINE, EU, KYIV, TRUMP, BONDI]


def test_a_preposition_role_before_a_clause_final_participle():
    [event] = events(document("Olaf Scholz hat am Dienstag mit Xi telefoniert.", "de", ALL))
    assert summary(event) == ("CONSULT", ("Q61053",), ("Q15031",), "occurred")


def test_a_destination_before_an_infinitive_after_a_modal_verb():
    [event] = events(document("Merz will nächste Woche nach China reisen.", "de", ALL))
    assert summary(event) == ("CONSULT", ("Q56039",), ("Q148",), "planned")


def test_a_passive_perfect_with_worden_after_the_participle():
    [event] = events(document("Nawalny ist am Montag von der Polizei festgenommen worden.", "de", ALL))
    assert summary(event) == ("COERCE", ("x:org:polizei",), ("Q4",), "occurred")


def test_a_noun_trigger_before_a_clause_final_light_verb_takes_the_subject():
    [event] = events(document("Die EU hat Sanktionen gegen Russland verhängt.", "de", ALL))
    assert summary(event) == ("SANCTION", ("Q458",), ("Q159",), "occurred")


def test_talks_held_in_the_perfect():
    [event] = events(document("Merz hat Gespräche mit Xi geführt.", "de", ALL))
    assert summary(event) == ("CONSULT", ("Q56039",), ("Q15031",), "occurred")


def test_a_dative_recipient_between_subject_and_noun_before_a_light_verb():
    [event] = events(document("China hat Russland schwere Vorwürfe gemacht.", "de", ALL))
    assert summary(event) == ("ACCUSE", ("Q148",), ("Q159",), "occurred")


def test_a_zu_infinitive_acts_for_the_announcer_and_is_planned():
    [event] = events(document("Die EU kündigte an, Russland zu sanktionieren.", "de", ALL))
    assert summary(event) == ("SANCTION", ("Q458",), ("Q159",), "planned")


def test_a_zu_infinitive_without_a_report_verb_acts_for_the_first_phrase():
    [event] = events(document("Merz plant, China zu besuchen.", "de", ALL))
    assert summary(event) == ("CONSULT", ("Q56039",), ("Q148",), "planned")


def test_als_without_a_comma_is_no_clause_break():
    text = "Der designierte US-Präsident Donald Trump hat seine ehemalige Anwältin Pam Bondi als Justizministerin nominiert."
    [event] = events(document(text, "de", ALL))
    assert summary(event) == ("SUPPORT", ("Q22686",), ("Q7130",), "occurred")


def test_a_promise_with_a_separable_verb():
    [event] = events(document("Merz sicherte der Ukraine Unterstützung zu.", "de", ALL))
    assert summary(event) == ("AGREE", ("Q56039",), ("Q212",), "occurred")


def test_an_accusation_in_the_present_plural():
    found = events(document("Die USA werfen Russland vor, die Ukraine anzugreifen.", "de",
                            ALL + [("Q30", "United States", "COUNTRY", ["USA"], "USA")]))
    assert summary(found[0])[:2] == ("ACCUSE", ("Q30",))
    assert "Q159" in found[0].target


def test_a_compound_that_only_ends_like_a_trigger_is_no_event():
    # "Gebäudereinigung" is cleaning: "Einigung" (agreement) inside it is not read
    text = "Olaf Scholz arbeitet als Servicekraft bei einem Fachbetrieb für Gebäudereinigung."
    assert events(document(text, "de", ALL)) == []


SHEIB = ("x:person:sheib", "Ayman Sheib ad-Din", "PERSON", ["Sheib ad-Din"])
SHARAA = ("Q2", "Ahmed al-Sharaa", "PERSON", ["Achmed al-Scharaa", "Scharaa"])
SYRIA = ("Q858", "Syria", "COUNTRY", ["adjective:syrisches"], "SYR")


def test_a_criticism_targets_the_subject_of_its_dass_clause():
    [event] = events(document("Merz kritisierte, dass China alle Schlüsselstellen besetzt hat.", "de", ALL))
    assert summary(event) == ("ACCUSE", ("Q56039",), ("Q148",), "occurred")


def test_a_pronoun_after_a_quotation_stands_for_its_speaker_not_for_a_name_inside_it():
    text = ("«Jetzt wird einer als Befreier gefeiert, der selber syrisches Blut an den Händen hat», sagt "
            "Sheib ad-Din über Achmed al-Scharaa. Er kritisiert, dass Scharaa alle Schlüsselstellen besetzt hat.")
    [event] = events(document(text, "de", [SHEIB, SHARAA, SYRIA]))
    assert summary(event) == ("ACCUSE", ("x:person:sheib",), ("Q2",), "occurred")


def test_noch_is_no_negation():
    [event] = events(document("Merz hat noch am Montag Xi getroffen.", "de", ALL))
    assert summary(event) == ("CONSULT", ("Q56039",), ("Q15031",), "occurred")


def test_a_reported_obligation_is_the_speakers_demand():
    [event] = events(document("Merz sagte, Russland müsse die Angriffe beenden.", "de", ALL))
    assert summary(event) == ("REQUEST", ("Q56039",), ("Q159",), "occurred")


def test_condemning_an_attack_named_by_its_adjective_targets_the_attacker():
    found = events(document("Merz verurteilte den russischen Angriff auf die Ukraine.", "de",
                            ALL + [("Q159", "Russia", "COUNTRY", ["adjective:russischen"], "RUS")]))
    assert summary(found[0]) == ("ACCUSE", ("Q56039",), ("Q159",), "occurred")


HEZBOLLAH = ("Q41053", "Hezbollah", "GROUP", ["Hizbullah"])
ISRAEL = ("Q801", "Israel", "COUNTRY", ["Israel"], "ISR")


def test_an_exchange_of_fire_between_two_parties():
    text = "Im Grenzgebiet ist es erneut zu einem heftigen Schusswechsel zwischen der Hizbullah und Israel gekommen."
    [event] = events(document(text, "de", [HEZBOLLAH, ISRAEL]))
    assert summary(event) == ("ASSAULT", ("Q41053", "Q801"), (), "occurred")


def test_a_refusal_given_with_erteilen_belongs_to_the_subject():
    [event] = events(document("Dem Vorsitz erteilte Merz mit dem Brief eine Absage.", "de", ALL))
    assert summary(event)[:2] == ("REJECT", ("Q56039",))


PUTIN = ("Q7747", "Vladimir Putin", "PERSON", ["Putin"], "RUS")
USA = ("Q30", "United States", "COUNTRY", ["USA"], "USA")


def test_a_relative_clause_after_a_comma_acts_for_its_antecedent():
    found = events(document("Russland, das die Ukraine seit 2022 angreift, wurde von der EU sanktioniert.", "de", ALL))
    assert [summary(e) for e in found] == [
        ("ASSAULT", ("Q159",), ("Q212",), "occurred"),
        ("SANCTION", ("Q458",), ("Q159",), "occurred"),
    ]


def test_the_main_verb_after_a_relative_aside_keeps_the_name_before_it():
    found = events(document("Putin, der Xi am Montag traf, kritisierte die USA.", "de", ALL + [PUTIN, USA]))
    assert [summary(e) for e in found] == [
        ("CONSULT", ("Q7747",), ("Q15031",), "occurred"),
        ("ACCUSE", ("Q7747",), ("Q30",), "occurred"),
    ]


def test_a_list_after_a_comma_is_no_relative_clause():
    # "die Ukraine" ends in a capitalised noun: an enumeration, the subject stays the three of them
    found = events(document("Russland, die Ukraine und China verurteilten die EU.", "de", ALL))
    assert [summary(e) for e in found] == [("ACCUSE", ("Q159", "Q212", "Q148"), ("Q458",), "occurred")]


def test_a_noun_trigger_between_subject_and_dative_does_not_hide_the_object():
    [event] = events(document("Merz hat Xi weitere Unterstützung zugesagt.", "de", ALL))
    assert summary(event) == ("AGREE", ("Q56039",), ("Q15031",), "occurred")


def test_nach_angaben_names_a_source_not_a_destination():
    [event] = events(document("Nach Angaben der Ukraine hat Russland die Ukraine angegriffen.", "de", ALL))
    assert summary(event) == ("ASSAULT", ("Q159",), ("Q212",), "occurred")


def test_a_dative_between_a_light_verb_and_its_noun_is_the_recipient():
    [event] = events(document("Gestern machte Merz Xi schwere Vorwürfe.", "de", ALL))
    assert summary(event) == ("ACCUSE", ("Q56039",), ("Q15031",), "occurred")


def test_a_single_name_after_a_fronted_light_verb_is_its_subject():
    [event] = events(document("Am Montag führte Merz Gespräche mit Xi.", "de", ALL))
    assert summary(event) == ("CONSULT", ("Q56039",), ("Q15031",), "occurred")


def test_a_time_phrase_does_not_swallow_the_object_after_it():
    [event] = events(document("Russland hat in der Nacht Kiew angegriffen.", "de", ALL))
    assert summary(event) == ("ASSAULT", ("Q159",), ("Q212",), "occurred")


def test_condemning_the_attack_judges_the_last_attack_and_its_author():
    found = events(document("Russland hat in der Nacht Kiew angegriffen. Merz verurteilte den Angriff.", "de", ALL))
    assert [summary(e) for e in found] == [
        ("ASSAULT", ("Q159",), ("Q212",), "occurred"),
        ("ACCUSE", ("Q56039",), ("Q159",), "occurred"),
    ]
