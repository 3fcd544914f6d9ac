"""English events: one behaviour per test."""
from __future__ import annotations

from extract.events_support import document, events, summary

PUTIN = ("Q7747", "Vladimir Putin", "PERSON", ["Vladimir Putin", "Putin"])
XI = ("Q15031", "Xi Jinping", "PERSON", ["Xi Jinping", "Xi"])
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia", "adjective:Russian"], "RUS")
CHINA = ("Q148", "China", "COUNTRY", ["China", "adjective:Chinese"], "CHN")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ukraine", "adjective:Ukrainian"], "UKR")
USA = ("Q30", "United States", "COUNTRY", ["United States", "adjective:American", "adjective:U.S."], "USA")
EU = ("Q458", "European Union", "ORG", ["European Union", "EU"])
BEIJING = ("Q956", "Beijing", "PLACE", ["Beijing"], "CHN")
AP = ("Q40469", "Associated Press", "MEDIA", ["AP"])
ALL = [PUTIN, XI, RUSSIA, CHINA, UKRAINE, USA, EU, BEIJING, AP]


def test_a_visit():
    [event] = events(document("Putin visited Beijing on Tuesday.", "en", ALL, {"Tuesday": "2026-02-03"}))
    assert summary(event) == ("CONSULT", ("Q7747",), ("Q148",), "occurred")
    assert (event.mode, event.location, event.date) == ("visit", "Q956", "2026-02-03")


def test_a_planned_visit():
    [event] = events(document("Xi is expected to visit Russia next month.", "en", ALL))
    assert summary(event) == ("CONSULT", ("Q15031",), ("Q159",), "planned")


def test_a_negated_condemnation():
    [event] = events(document("China did not condemn Russia.", "en", ALL))
    assert summary(event) == ("ACCUSE", ("Q148",), ("Q159",), "negated")


def test_passive_voice():
    [event] = events(document("Russia was attacked by Ukraine.", "en", ALL))
    assert summary(event) == ("ASSAULT", ("Q212",), ("Q159",), "occurred")


def test_passive_without_an_agent_is_not_coded():
    assert events(document("Russia was attacked on Monday.", "en", ALL)) == []


def test_coordinated_actors():
    [event] = events(document("The United States and the European Union imposed sanctions on Russia.", "en", ALL))
    assert summary(event) == ("SANCTION", ("Q30", "Q458"), ("Q159",), "occurred")


def test_reported_speech():
    [event] = events(document("Putin said Ukraine attacked Russia.", "en", ALL))
    assert summary(event) == ("ASSAULT", ("Q212",), ("Q159",), "occurred")
    assert event.according_to == "Q7747"


def test_a_nominal_trigger_between_two_parties():
    [event] = events(document("Talks between Russia and Ukraine resumed in Beijing.", "en", ALL))
    assert summary(event) == ("CONSULT", ("Q159", "Q212"), (), "occurred")
    assert event.location == "Q956"


def test_a_symmetric_meeting():
    [event] = events(document("Putin and Xi held talks.", "en", ALL))
    assert summary(event) == ("CONSULT", ("Q7747", "Q15031"), (), "occurred")


def test_met_with_has_a_recipient():
    [event] = events(document("Putin met with Xi in Beijing.", "en", ALL))
    assert summary(event) == ("CONSULT", ("Q7747",), ("Q15031",), "occurred")


def test_a_relative_clause_takes_its_antecedent_as_subject():
    found = events(document("Russia criticized China, which attacked Ukraine.", "en", ALL))
    assert [summary(e) for e in found] == [("ACCUSE", ("Q159",), ("Q148",), "occurred"),
                                           ("ASSAULT", ("Q148",), ("Q212",), "occurred")]


def test_an_actor_in_another_sentence_is_never_used():
    assert events(document("Putin spoke for an hour. Sanctions were announced later.", "en", ALL)) == []


def test_english_has_no_zero_subject_carry_over():
    assert events(document("Putin spoke for an hour. Then criticized China.", "en", ALL)) == []


def test_a_threat():
    [event] = events(document("Russia threatened Ukraine with new strikes.", "en", ALL))
    assert (event.type, event.source, event.target) == ("THREATEN", ["Q159"], ["Q212"])


def test_a_possessive_name_is_the_actor_of_a_noun_trigger():
    [event] = events(document("Putin's visit to China ended on Friday.", "en", ALL))
    assert summary(event) == ("CONSULT", ("Q7747",), ("Q148",), "occurred")
    assert event.rule == "en:visit|visits/noun:nominal"


def test_a_parenthesis_does_not_cut_the_subject_from_its_verb():
    [event] = events(document("The European Union (EU) condemned Russia on Monday.", "en", ALL))
    assert summary(event) == ("ACCUSE", ("Q458",), ("Q159",), "occurred")


def test_a_hyphenated_pair_before_a_noun_trigger_is_its_parties():
    [event] = events(document("Rubio arrived for U.S.-Ukraine talks on Tuesday.", "en", ALL))
    assert summary(event) == ("CONSULT", ("Q30", "Q212"), (), "occurred")


def test_a_name_between_an_article_and_a_trigger_makes_it_a_noun_with_that_actor():
    [event] = events(document("The EU talks in Brussels ended.", "en", ALL))
    assert (event.type, event.source, event.target, event.rule) == ("CONSULT", ["Q458"], [], "en:talks/noun:nominal")


def test_a_place_between_an_article_and_a_noun_trigger_is_where_not_who():
    assert events(document("The Beijing talks ended.", "en", ALL)) == []


def test_a_vague_cameo_verb_is_not_a_trigger():
    assert events(document("Analysts suggest Putin will determine the outcome.", "en", ALL)) == []


def test_a_pronoun_subject_after_other_words_stands_for_the_speaker():
    [event] = events(document("Putin said on Monday that he condemned Ukraine.", "en", ALL))
    assert summary(event) == ("ACCUSE", ("Q7747",), ("Q212",), "occurred")


def test_a_country_adjective_on_another_noun_is_no_target():
    [event] = events(document("Putin affirmed his support for American farmers.", "en", ALL))
    assert (event.type, event.source, event.target) == ("SUPPORT", ["Q7747"], [])


def test_a_name_after_a_preposition_and_article_still_makes_the_trigger_a_noun():
    [event] = events(document("Putin went to the EU talks with Xi.", "en", ALL))
    assert (event.type, event.rule) == ("CONSULT", "en:talks/noun:nominal")


def test_a_country_adjective_on_an_agent_noun_is_the_country():
    [event] = events(document("Putin's talks with Ukrainian officials ended.", "en", ALL))
    assert (event.type, event.source, event.target) == ("CONSULT", ["Q7747"], ["Q212"])


def test_a_curated_noun_does_not_hide_the_verb_of_the_same_spelling():
    [event] = events(document("China supports Russia.", "en", ALL))
    assert (summary(event), event.rule) == (("SUPPORT", ("Q148",), ("Q159",), "occurred"), "en:support/verb:subject")


def test_a_leader_reporting_his_country_s_act_is_its_source():
    doc = document("Putin said that Russia supports China.", "en", ALL)
    for entity in doc.entities:
        entity.country = {"Q7747": "RUS", "Q159": "RUS", "Q148": "CHN"}.get(entity.id)
    [event] = events(doc)
    assert summary(event) == ("SUPPORT", ("Q7747",), ("Q148",), "occurred")


def test_a_speaker_reporting_another_country_s_act_is_not_its_source():
    doc = document("Putin said that Ukraine supports China.", "en", ALL)
    for entity in doc.entities:
        entity.country = {"Q7747": "RUS", "Q212": "UKR", "Q148": "CHN"}.get(entity.id)
    [event] = events(doc)
    assert summary(event) == ("SUPPORT", ("Q212",), ("Q148",), "occurred")


def test_a_relative_clause_subject_is_its_antecedent_even_after_an_adverb():
    found = events(document("Xi praised Russia, which reportedly attacked Ukraine.", "en", ALL))
    assert [summary(e) for e in found] == [("SUPPORT", ("Q15031",), ("Q159",), "occurred"),
                                           ("ASSAULT", ("Q159",), ("Q212",), "occurred")]
