"""Status of an act in the infinitive a control verb governs (evprec22, issue #6): wanting, hoping or trying to
do something, or wanting another party to, asserts no act ("wants the UK to extradite", "a tenté de
rencontrer", "vuole incontrare", "intentó reunirse", "versuchte, ... zu treffen"); failing or declining to do it
negates it. The verbs are data (lang/<code>/event_control_verbs.tsv), read by one rule
(extract/events/modality.py control_status). One behaviour per test; candidates below the confidence floor
are listed too (keep_all), since a hypothetical act told by the narrator falls below it."""
from __future__ import annotations

from cronaca.extract.events.extractor import extract
from extract.events_support import document

UK = ("Q145", "United Kingdom", "COUNTRY", ["UK"], "GBR")
US = ("Q30", "United States", "COUNTRY", ["US"], "USA")
ASSANGE = ("Q360", "Julian Assange", "PERSON", ["Assange"])
BIDEN = ("Q6279", "Joe Biden", "PERSON", ["Joe Biden"])
XI = ("Q15031", "Xi Jinping", "PERSON", ["Xi Jinping"])
MELONI = ("Q3903", "Giorgia Meloni", "PERSON", ["Giorgia Meloni"])
MACRON = ("Q3052772", "Emmanuel Macron", "PERSON", ["Emmanuel Macron"])
PUTIN = ("Q7747", "Vladimir Putin", "PERSON", ["Vladimir Poutine", "Wladimir Putin"])
SANCHEZ = ("Q193149", "Pedro Sánchez", "PERSON", ["Pedro Sánchez"])
SCHOLZ = ("Q61053", "Olaf Scholz", "PERSON", ["Olaf Scholz"])


def _acts(text: str, lang: str, entities: list[tuple]) -> list[tuple[str, str]]:
    """(type, status) of every event and candidate."""
    return [(e.type, e.status) for e in extract(document(text, lang, entities), keep_all=True)]


def test_en_an_act_another_party_is_wanted_to_do_is_hypothetical():
    text = "The US wants the UK to extradite Assange over his alleged role in the release of classified material."
    assert _acts(text, "en", [US, UK, ASSANGE]) == [("COOPERATE", "hypothetical")]


def test_en_an_attempted_meeting_is_hypothetical():
    assert _acts("Joe Biden tried to meet Xi Jinping in Beijing.", "en", [BIDEN, XI]) == [("CONSULT", "hypothetical")]


def test_en_a_declined_meeting_is_negated():
    assert _acts("Joe Biden declined to meet Xi Jinping in Beijing.", "en", [BIDEN, XI]) == [("CONSULT", "negated")]


def test_en_a_wanted_meeting_is_planned():
    assert _acts("Joe Biden wanted to meet Xi Jinping in Beijing.", "en", [BIDEN, XI]) == [("CONSULT", "planned")]


def test_en_a_finite_verb_after_the_control_verb_keeps_its_status():
    text = "Joe Biden wanted a deal and met Xi Jinping in Beijing."
    assert _acts(text, "en", [BIDEN, XI]) == [("CONSULT", "occurred")]


def test_it_a_bare_infinitive_after_volere_is_planned():
    text = "Giorgia Meloni vuole incontrare Emmanuel Macron a Parigi."
    assert _acts(text, "it", [MELONI, MACRON]) == [("CONSULT", "planned")]


def test_it_an_attempt_with_its_marker_is_hypothetical():
    text = "Giorgia Meloni ha cercato di incontrare Emmanuel Macron a Parigi."
    assert _acts(text, "it", [MELONI, MACRON]) == [("CONSULT", "hypothetical")]


def test_fr_an_attempted_meeting_is_hypothetical():
    text = "Emmanuel Macron a tenté de rencontrer Vladimir Poutine."
    assert _acts(text, "fr", [MACRON, PUTIN]) == [("CONSULT", "hypothetical")]


def test_es_a_bare_infinitive_after_intentar_is_hypothetical():
    text = "Pedro Sánchez intentó reunirse con Emmanuel Macron."
    assert _acts(text, "es", [SANCHEZ, MACRON]) == [("CONSULT", "hypothetical")]


def test_de_a_zu_infinitive_after_versuchen_is_hypothetical():
    text = "Olaf Scholz hat versucht, Wladimir Putin in Moskau zu treffen."
    assert _acts(text, "de", [SCHOLZ, PUTIN]) == [("CONSULT", "hypothetical")]


def test_it_a_noun_under_a_light_infinitive_takes_the_attempt():
    text = "Giorgia Meloni ha cercato di avere un incontro con Emmanuel Macron."
    assert _acts(text, "it", [MELONI, MACRON]) == [("CONSULT", "hypothetical")]


def test_en_a_quoted_adjective_still_governs_its_infinitive():
    text = "Joe Biden said last month that he was “inclined” to meet Xi Jinping in Beijing."
    assert _acts(text, "en", [BIDEN, XI]) == [("CONSULT", "hypothetical")]
