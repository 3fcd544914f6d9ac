"""False events read on untuned news (issue #6, precision round): each test is a sentence shape whose
emitted event was wrong when read by eye, next to the reading that must stay. Entities are given by
hand (events_support)."""
from __future__ import annotations

from extract.events_support import document, events, summary

RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia", "Russland", "Rusia", "Russie"], "RUS")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ukraine", "Ucraina", "Kiev"], "UKR")
TRUMP = ("Q22686", "Donald Trump", "PERSON", ["Donald Trump", "Trump"])
BIDEN = ("Q6279", "Joe Biden", "PERSON", ["Joe Biden", "Biden"])
PUTIN = ("Q7747", "Vladimir Putin", "PERSON", ["Vladimir Putin", "Putin", "Vladimir Poutine", "Poutine"])
MACRON = ("Q3052772", "Emmanuel Macron", "PERSON", ["Emmanuel Macron", "Macron"])
MELONI = ("Q3802966", "Giorgia Meloni", "PERSON", ["Giorgia Meloni", "Meloni"])
DESANTIS = ("Q19324", "Ron DeSantis", "PERSON", ["Ron DeSantis"])
ALL = [RUSSIA, UKRAINE, TRUMP, BIDEN, PUTIN, MACRON, MELONI, DESANTIS]


def found(text: str, lang: str) -> list[tuple]:
    return [summary(e) for e in events(document(text, lang, ALL))]


# --- a stance noun with one party is no act (evidence.tsv `verb`: SUPPORT, AGREE, CONCEDE, THREATEN) ---

def test_support_noun_with_only_its_owner_is_no_event():
    assert found("Trump said the bill would have his full support in the Senate.", "en") == []


def test_threat_noun_with_only_its_author_is_no_event():
    assert found("He told the truth about the threat posed by Trump.", "en") == []


def test_german_support_noun_reaffirmed_without_recipient_is_no_event():
    assert found("Ron DeSantis bekräftigte seine Unterstützung für einen gescheiterten Gesetzesentwurf.", "de") == []


def test_support_noun_with_a_recipient_is_still_an_event():
    assert found("Russia's support for Ukraine surprised the diplomats.", "en") == [
        ("SUPPORT", ("Q159",), ("Q212",), "occurred")]


def test_support_verb_with_one_party_is_still_an_event():
    assert found("Trump praised the reform of the courts.", "en") == [
        ("SUPPORT", ("Q22686",), (), "occurred")]


# --- a verb of asking followed by an indirect question asks, it demands nothing (`question_words`) ---

def test_asked_whether_is_a_question_not_a_request():
    assert found("Biden asked Putin whether Russia would stop the war.", "en") == []


def test_asked_why_without_addressee_is_a_question():
    assert found("Trump asked why Ukraine was still at war.", "en") == []


def test_asked_to_is_still_a_request():
    assert found("Biden asked Putin to withdraw the troops.", "en") == [
        ("REQUEST", ("Q6279",), ("Q7747",), "occurred")]


def test_if_inside_the_requested_content_keeps_the_request():
    assert found("Biden urged Russia to stop the war if it wanted talks.", "en") == [
        ("REQUEST", ("Q6279",), ("Q159",), "occurred")]


def test_italian_chiesto_se_is_a_question():
    assert found("Giorgia Meloni ha chiesto a Vladimir Putin se fosse pronto a trattare.", "it") == []


def test_french_demande_s_il_is_a_question():
    assert found("Emmanuel Macron a demandé à Vladimir Poutine s'il voulait la paix.", "fr") == []


# --- a verb form right after a possessor's apostrophe is a noun ---

def test_verb_form_after_possessive_is_a_noun():
    assert found("Despite Trump's vows, Russia sells more gas.", "en") == []


def test_contracted_has_is_no_possessive():
    assert found("Biden met Putin in Geneva. He's asked Russia to withdraw its troops.", "en")[-1] == (
        "REQUEST", ("Q6279",), ("Q159",), "occurred")


# --- lexicon: English readings that were never events on untuned news (en_exclude.txt) ---

def test_dying_is_no_attack():
    text = "Her mother was a Russian-Ukrainian scientist who died in 2009."
    entities = [("Q159", "Russia", "COUNTRY", ["adjective:Russian"]), ("Q212", "Ukraine", "COUNTRY", ["adjective:Ukrainian"])]
    assert events(document(text, "en", entities)) == []


def test_a_number_that_declined_is_no_refusal():
    assert found("Even in 2023, when cases across Russia declined to 653, the region held out.", "en") == []


# --- where the object lies is no target ---

def test_a_place_after_across_is_no_subject():
    assert found("Protesters across Russia rejected the plan.", "en") == []


def test_a_country_after_in_is_no_fallback_target():
    assert found("Trump rejected the plan drafted in Ukraine last week.", "en") == [
        ("REJECT", ("Q22686",), (), "occurred")]


def test_a_bare_object_country_is_still_the_target():
    assert found("Trump slammed Ukraine for the hate crimes.", "en") == [
        ("ACCUSE", ("Q22686",), ("Q212",), "occurred")]


# --- the narrator's own possibility asserts no act ---

def test_a_narrated_would_is_only_a_candidate():
    assert found("Putin would later ask Biden for a meeting.", "en") == []


def test_a_reported_would_is_the_speakers_announcement():
    # the future told in the past is a plan (gold en-003 "would resume cooperation", en-023 "would ask")
    assert found("Biden said that Russia would ask Ukraine for talks.", "en") == [
        ("REQUEST", ("Q159",), ("Q212",), "planned")]


# --- a place no country stands behind is acted upon by nobody ---

def test_a_town_without_a_country_is_no_target():
    text = "Putin asked Bakhmutka to surrender its archives."
    assert [summary(e) for e in events(document(text, "en", ALL + [("x:place:bakhmutka", "Bakhmutka", "PLACE", ["Bakhmutka"])]))] == [
        ("REQUEST", ("Q7747",), (), "occurred")]


# --- a gerund right after a verb is that verb's topic ---

def test_a_gerund_after_a_verb_is_its_topic():
    assert found("Biden discussed imposing further sanctions on Russia.", "en") == []


def test_a_progressive_gerund_is_still_an_act():
    assert found("Russia is attacking Ukraine.", "en") == [("ASSAULT", ("Q159",), ("Q212",), "occurred")]


# --- "it" stands for no person ---

def test_it_does_not_stand_for_a_person():
    assert found("Trump praised the new tent. It strikes the best compromise for most backpackers.", "en") == [
        ("SUPPORT", ("Q22686",), (), "occurred")]


# --- an unnamed part of a body is no actor (`subset_words`) ---

DIPROVE = ("x:org:diprove", "Diprove", "ORG", ["Diprove"])
DEMOCRATS = ("Q29552", "Democratic Party", "ORG", ["Democratic Party"])


def test_some_officers_of_a_body_are_no_actor():
    text = "Incluso, señala que algunos policías de Diprove piden un incentivo a Donald Trump."
    assert events(document(text, "es", ALL + [DIPROVE])) == []


def test_the_body_itself_still_acts():
    text = "The Democratic Party criticized Donald Trump."
    assert [summary(e) for e in events(document(text, "en", ALL + [DEMOCRATS]))] == [
        ("ACCUSE", ("Q29552",), ("Q22686",), "occurred")]


def test_a_quantifier_before_a_comma_belongs_to_another_phrase():
    text = "Tras algunos días, el presidente de Rusia Vladimir Putin pidió ayuda a Ucrania."
    assert [e.type for e in events(document(text, "es", ALL))] == ["REQUEST"]


# --- sport reports (event_offtopic.txt) ---

def test_a_tennis_draw_is_no_meeting():
    assert found("Biden will meet Putin, who saved three match points in a five-setter, in the second round.", "en") == []
