"""Wrong actors read on fresh untuned news (evactor27, issue #6): each test is a sentence written in the
construction found there and the parties it must (or must not) yield."""
from __future__ import annotations

from extract.events_support import document, events, summary

RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia", "Russland"], "RUS")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ukraine"], "UKR")
TRUMP = ("Q22686", "Donald Trump", "PERSON", ["Donald Trump", "Trump"])
CLINTON = ("Q6294", "Hillary Clinton", "PERSON", ["Hillary Clinton", "Clinton"])
OBAMA = ("Q76", "Barack Obama", "PERSON", ["Barack Obama", "Obama"])
NATO = ("Q7184", "NATO", "ORG", ["Nato", "NATO"])
GOP = ("Q29468", "Republican Party", "ORG", ["Republican"])
SPD = ("Q49768", "Social Democratic Party of Germany", "ORG", ["SPD"])
ZAEV = ("Q2617473", "Zoran Zaev", "PERSON", ["Zoran Zaev", "Zaev"])
MERZ = ("Q60149", "Friedrich Merz", "PERSON", ["Friedrich Merz", "Merz"])
ALL = [RUSSIA, UKRAINE, TRUMP, CLINTON, OBAMA, NATO, GOP, SPD, ZAEV, MERZ]


def test_german_impersonal_man_names_no_actor() -> None:
    # "Man habe ... informiert und Anzeige erstattet": the party informed is no accuser
    doc = document("Die Firma wurde Opfer eines Angriffs. Man habe außerdem die SPD informiert und Anzeige "
                   "gegen Unbekannt erstattet.", "de", ALL)
    assert not any("Q49768" in e.source for e in events(doc))


def test_a_speaker_pronoun_keeps_the_actor_place_before_an_early_object() -> None:
    # "Wir haben mit X gesprochen": the writer speaks, X is no actor
    doc = document("Wir haben die SPD informiert und Anzeige gegen Unbekannt erstattet.", "de", ALL)
    assert not any("Q49768" in e.source for e in events(doc))


def test_a_pronoun_does_not_point_back_to_a_name_after_a_preposition() -> None:
    # the coalition's representatives (unnamed) ask Zaev: "Sie" is not Zaev
    doc = document("Die Vertreter der Koalition sicherten auf einem Treffen mit Premier Zaev der Regierung ihre "
                   "Unterstützung zu. Sie ersuchten Zaev, seinen Rücktritt zu überdenken.", "de", ALL)
    assert not any(e.type == "REQUEST" and "Q2617473" in e.source for e in events(doc))


def test_a_pronoun_points_back_to_an_agent_after_by() -> None:
    doc = document("The memo follows a series of attacks on the organisation by US President Donald Trump. "
                   "He has repeatedly criticised Nato allies for their reluctance.", "en", ALL)
    accusations = [summary(e) for e in events(doc) if e.type == "ACCUSE"]
    assert accusations == [("ACCUSE", ("Q22686",), ("Q7184",), "occurred")]


def test_a_she_keeps_the_one_woman_named_after_a_preposition() -> None:
    doc = document("Washington is rolling out the red carpet for Hillary Clinton, who had breakfast with "
                   "congressional leaders. She criticized Russia on Thursday.", "en", ALL)
    accusations = [summary(e) for e in events(doc) if e.type == "ACCUSE"]
    assert accusations == [("ACCUSE", ("Q6294",), ("Q159",), "occurred")]


def test_the_act_requested_of_an_unnamed_object_is_not_the_requesters() -> None:
    # the voters would punish the officeholders, not Clinton
    doc = document("Hillary Clinton urged black voters in North Carolina to vote early and punish Republican "
                   "officeholders.", "en", ALL)
    assert [e.type for e in events(doc)] == ["REQUEST"]


def test_the_act_requested_of_a_named_object_is_not_the_requesters() -> None:
    doc = document("Barack Obama urged Russia to withdraw its troops and to meet Ukraine.", "en", ALL)
    assert [summary(e) for e in events(doc)] == [("REQUEST", ("Q76",), ("Q159",), "occurred")]


def test_a_pronoun_does_not_point_back_to_a_name_inside_a_quotation() -> None:
    # the narrative's "Er" is the speaker, not the man the quotation speaks of
    doc = document("Die Fraktionen verurteilten die Störung. «Wenn Herr Zaev jetzt davon spricht, dass er Opfer "
                   "ist, ist das die typische Inszenierung», sagte der Abgeordnete Friedrich Merz am Samstag. "
                   "Er kritisierte Russland.", "de", ALL)
    accusations = [summary(e) for e in events(doc) if e.type == "ACCUSE"]
    assert accusations == [("ACCUSE", ("Q60149",), ("Q159",), "occurred")]


def test_an_owned_noun_after_a_hyphenated_capitalised_adjective_acts_itself() -> None:
    # "Russia's main English-language network complained": the network complains, not Russia
    doc = document("Russia's main English-language satellite network complained on Monday that the bank was "
                   "closing its accounts.", "en", ALL)
    assert events(doc) == []


def test_a_negation_past_a_comma_is_the_infinitive_clauses_own() -> None:
    # "forderte ... auf, die Ukraine nicht anzugreifen": the demand happened; what is demanded is negated
    doc = document("Die SPD forderte Russland auf, die Ukraine nicht anzugreifen.", "de", ALL)
    assert [summary(e) for e in events(doc) if e.type == "REQUEST"] == [
        ("REQUEST", ("Q49768",), ("Q159",), "occurred")]


def test_a_negation_before_the_comma_still_negates_the_verb() -> None:
    doc = document("Die SPD unterstützt die Ukraine nicht, weil sie Russland fürchtet.", "de", ALL)
    assert [summary(e) for e in events(doc) if e.type == "SUPPORT"] == [
        ("SUPPORT", ("Q49768",), ("Q212",), "negated")]


def test_a_verb_after_a_comma_and_returns_to_the_requester() -> None:
    doc = document("In his speech, Obama urged Republicans to join the ranks of climate change believers, and "
                   "criticized Russia.", "en", ALL)
    assert [summary(e) for e in events(doc) if e.type == "ACCUSE"] == [("ACCUSE", ("Q76",), ("Q159",), "occurred")]


def test_a_possessive_of_the_other_gender_is_not_the_speakers_act() -> None:
    doc = document("Donald Trump said her harsh criticism of Russia raised questions.", "en", ALL)
    assert not any(e.type == "ACCUSE" for e in events(doc))


def test_a_possessive_of_the_same_gender_keeps_the_subject() -> None:
    doc = document("Hillary Clinton said her harsh criticism of Russia raised questions.", "en", ALL)
    assert [summary(e) for e in events(doc)] == [("ACCUSE", ("Q6294",), ("Q159",), "occurred")]


def test_its_names_no_person() -> None:
    doc = document("Barack Obama said he would not interfere with the board and its internal investigation into "
                   "Russia.", "en", ALL)
    assert not any(e.type == "ACCUSE" for e in events(doc))
