"""Wrong actors read on fresh untuned news (evactor28, issue #6, sample C's actor classes): each test is a sentence
written in the construction found there and the parties it must (or must not) yield."""
from __future__ import annotations

from extract.events_support import document, events, summary

RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia"], "RUS")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ukraine"], "UKR")
TRUMP = ("Q22686", "Donald Trump", "PERSON", ["Donald Trump", "Trump"])
CLINTON = ("Q6294", "Hillary Clinton", "PERSON", ["Hillary Clinton", "Clinton"])
OBAMA = ("Q76", "Barack Obama", "PERSON", ["Barack Obama", "Obama"])
PUTIN = ("Q7747", "Vladimir Putin", "PERSON", ["Vladimir Putin", "Putin"])
KREMLIN = ("Q2308", "Kremlin", "ORG", ["Kremlin"])
OBAMACARE = ("Q1414593", "Affordable Care Act", "ORG", ["Obamacare"])
ALL = [TRUMP, CLINTON, OBAMA, PUTIN, RUSSIA, UKRAINE, KREMLIN, OBAMACARE]


def test_an_invitation_hands_the_infinitive_to_its_unnamed_object() -> None:
    # the employees offer their support, not Trump
    doc = document("Trump invited employees to the microphone to offer their support.", "en", ALL)
    assert not any(e.type == "AGREE" for e in events(doc))


def test_an_invitation_hands_the_infinitive_to_its_named_object() -> None:
    # Putin would meet Obama: Trump only invites
    doc = document("Trump invited Putin to the White House to meet Obama.", "en", ALL)
    assert [summary(e) for e in events(doc)] == [("CONSULT", ("Q22686",), ("Q7747",), "occurred")]


def test_arranging_for_an_unnamed_person_to_meet_is_no_meeting_of_the_arranger() -> None:
    doc = document("Trump arranged for the former president to meet the Kremlin in January.", "en", ALL)
    assert not any("Q22686" in e.source for e in events(doc))


def test_arranging_to_meet_is_a_planned_meeting_of_the_subject() -> None:
    doc = document("Trump arranged to meet Putin in January.", "en", ALL)
    assert [summary(e) for e in events(doc)] == [("CONSULT", ("Q22686",), ("Q7747",), "planned")]


def test_an_unnamed_object_expected_to_act_is_not_the_expecter() -> None:
    # the administration would punish the Kremlin, not the lawmakers (nor Russia named before)
    doc = document("Russia hacked the election. Lawmakers said they now expect the administration to move to "
                   "punish the Kremlin.", "en", ALL)
    assert not any(e.type == "COERCE" for e in events(doc))


def test_an_act_allowed_is_the_allowed_objects_and_asserted() -> None:
    # "prosecutors allowed Epstein to plead guilty": he pleaded; an unnamed subject allows, Ukraine attacks
    doc = document("Russia said the generals allowed Ukraine to attack the Kremlin.", "en", ALL)
    assert [summary(e) for e in events(doc) if e.type == "ASSAULT"] == [("ASSAULT", ("Q212",), ("Q2308",), "occurred")]


def test_persuading_an_unnamed_body_hands_it_the_act() -> None:
    doc = document("Trump persuaded the state party to endorse Clinton.", "en", ALL)
    assert not any("Q22686" in e.source for e in events(doc))


def test_a_finite_verb_after_a_reported_modal_clause_is_the_reporters() -> None:
    # Trump criticizes Obama; Clinton only "should resign"
    doc = document("Trump also said that Clinton should resign, and criticized Obama.", "en", ALL)
    accusations = [summary(e) for e in events(doc) if e.type == "ACCUSE"]
    assert accusations == [("ACCUSE", ("Q22686",), ("Q76",), "occurred")]


def test_a_pronoun_reporter_goes_on_after_the_reported_clause() -> None:
    # "He" (Trump) mocked; Clinton, the reported clause's subject, did not
    doc = document("Trump spoke in Ohio on Monday. He also maintained that Clinton should focus on the budget, not "
                   "criticizing her party, and mocked Obama for losing.", "en", ALL)
    mocks = [summary(e) for e in events(doc) if e.type == "ACCUSE" and e.trigger.text == "mocked"]
    assert mocks == [("ACCUSE", ("Q22686",), ("Q76",), "occurred")]


def test_a_verb_after_a_dash_and_escapes_the_reported_negation() -> None:
    # Trump refused (occurred): "shouldn't" is Clinton's clause's
    doc = document("Trump said Clinton shouldn't even have been allowed to run -- and then, stunningly, refused to "
                   "say he would honor the results.", "en", ALL)
    refusals = [summary(e) for e in events(doc) if e.type == "REJECT"]
    assert refusals == [("REJECT", ("Q22686",), (), "occurred")]


def test_a_finite_verb_after_a_reported_clause_without_a_modal_stays_its_subjects() -> None:
    # "Trump said Clinton had lied, and criticized Obama" is ambiguous: with no modal the rule keeps out
    doc = document("Trump said Clinton had lied, and criticized Obama.", "en", ALL)
    assert not any(e.rule.endswith("reporter-coordinated") for e in events(doc))


def test_an_infinitive_past_a_finite_auxiliary_is_not_the_invited_objects() -> None:
    # "was only to mock": the tweet's author mocks, the invited woman does not
    flowers = ("Q5533340", "Gennifer Flowers", "PERSON", ["Gennifer Flowers"])
    doc = document("Trump's tweet to invite Gennifer Flowers to Monday night's debate was only to mock Hillary "
                   "Clinton.", "en", ALL + [flowers])
    mocks = [summary(e) for e in events(doc) if e.type == "ACCUSE"]
    assert mocks == [("ACCUSE", ("Q22686",), ("Q6294",), "occurred")]


def test_a_name_modifying_a_noun_of_people_does_not_act() -> None:
    # "Trump aides denied": the unnamed aides deny, not Trump
    doc = document("Trump aides denied the report.", "en", ALL)
    assert events(doc) == []


def test_a_name_modifying_a_body_noun_still_acts() -> None:
    # "Kremlin officials criticized": the Kremlin acts through its officials (not listed as people nouns)
    doc = document("Kremlin officials criticized Trump.", "en", ALL)
    assert [summary(e) for e in events(doc)] == [("ACCUSE", ("Q2308",), ("Q22686",), "occurred")]


def test_the_subject_of_is_to_blame_is_blamed_by_the_reporter() -> None:
    doc = document("Trump said Clinton and Obama are to blame for the crisis.", "en", ALL)
    assert [summary(e) for e in events(doc)] == [("ACCUSE", ("Q22686",), ("Q6294", "Q76"), "occurred")]


def test_is_to_blame_with_no_named_reporter_has_no_actor() -> None:
    # the unnamed governor blames the Democrats: Russia, the subject, blames nobody
    doc = document("The governor said Russia is partly to blame for the crisis.", "en", ALL)
    assert not any("Q159" in e.source for e in events(doc))


def test_an_unnamed_reporter_described_by_a_name_does_not_blame() -> None:
    # "The Russian governor said": an unnamed person speaks, Russia does not blame Clinton
    doc = document("The Russian governor said Clinton is to blame for the crisis.", "en", ALL)
    assert not any("Q159" in e.source for e in events(doc))


def test_a_name_inside_an_object_after_a_comma_predicate_is_no_subject() -> None:
    # Trump congratulated Obama: Obamacare is inside the object of "blasted", a verb no lexicon knows
    doc = document("Trump railed against bloated projects, blasted Obamacare price increases and congratulated Obama "
                   "for sparring.", "en", ALL)
    support = [summary(e) for e in events(doc) if e.type == "SUPPORT"]
    assert support == [("SUPPORT", ("Q22686",), ("Q76",), "occurred")]
