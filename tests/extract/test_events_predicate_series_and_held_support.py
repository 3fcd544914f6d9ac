"""Recall constructions of the evrecall22 round (issue #6): a series of predicates joined by commas and
closed by "and" shares the name that opened the clause; a verb of holding or enjoying before a help noun
("gode del sostegno di", "cuenta con el apoyo de") makes its subject the recipient and the noun's genitive
the helper. One behaviour per test, with the reading that must not change next to it where it matters."""
from __future__ import annotations

from cronaca.document import Quote
from extract.events_support import document, events, summary

BLINKEN = ("Q311440", "Antony Blinken", "PERSON", ["Antony Blinken"])
BAERBOCK = ("Q15831542", "Annalena Baerbock", "PERSON", ["Annalena Baerbock"])
ALBARES = ("Q16300637", "José Manuel Albares", "PERSON", ["José Manuel Albares"])
ZELENSKY = ("Q3874799", "Volodymyr Zelenskyy", "PERSON", ["Volodymyr Zelensky", "Volodímir Zelenski", "Zelensky"])
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia", "Rusia", "Russie"], "RUS")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ukraine", "Ucraina", "Ucrania"], "UKR")
GERMANY = ("Q183", "Germany", "COUNTRY", ["Germany", "Alemania", "Allemagne", "Deutschlands"], "DEU")
ISRAEL = ("Q801", "Israel", "COUNTRY", ["Israel"], "ISR")
HAMAS = ("Q38799", "Hamas", "GROUP", ["Hamas"])
LEGA = ("Q47729", "Lega Nord", "ORG", ["Lega Nord"])
PDL = ("Q16027", "The People of Freedom", "ORG", ["Pdl"])
ALL = [BLINKEN, BAERBOCK, ALBARES, ZELENSKY, RUSSIA, UKRAINE, GERMANY, ISRAEL, HAMAS, LEGA, PDL]


def _summaries(text: str, lang: str, dates: dict[str, str] | None = None) -> list[tuple]:
    return [summary(e) for e in events(document(text, lang, ALL, dates))]


# -- a series of predicates: "X did A, did B and did C" --------------------------------------------

def test_the_middle_predicate_of_a_series_shares_the_opening_name_en():
    assert _summaries("Antony Blinken landed late on Monday, met Volodymyr Zelensky and criticized Russia.", "en",
                      {"Monday": "2026-03-02"}) == [
        ("CONSULT", ("Q311440",), ("Q3874799",), "occurred"),
        ("ACCUSE", ("Q311440",), ("Q159",), "occurred")]


def test_the_middle_predicate_of_a_series_shares_the_opening_name_es():
    assert _summaries("José Manuel Albares llegó el lunes por la noche, se reunió con Volodímir Zelenski y criticó a Rusia.",
                      "es", {"el lunes": "2026-03-02"}) == [
        ("CONSULT", ("Q16300637",), ("Q3874799",), "occurred"),
        ("ACCUSE", ("Q16300637",), ("Q159",), "occurred")]


def test_the_last_predicate_after_a_comma_series_shares_the_opening_name_de():
    found = _summaries("Annalena Baerbock war umstritten, fiel durch klare Positionierung an der Seite der Ukraine auf "
                       "und vermittelte zuletzt mehrfach im Konflikt zwischen Israel und der Hamas.", "de")
    assert found == [("CONSULT", ("Q15831542",), ("Q801", "Q38799"), "occurred")]


def test_a_name_after_the_comma_opens_another_clause_and_takes_the_verb_en():
    # a noun phrase, not a predicate, follows the comma: the opening name is not the subject of "met"
    found = _summaries("Antony Blinken was in Kyiv, German officials met Volodymyr Zelensky and criticized Russia.", "en")
    assert all(s[1] != ("Q311440",) for s in found)


# -- holding or enjoying help: the subject receives, the genitive gives -----------------------------

def test_having_the_support_of_a_party_it():
    # (future "avrà": the support is planned, lightfuture22)
    assert _summaries("In Lombardia la Lega Nord avrà il sostegno del Pdl, spiega il segretario.", "it") == [
        ("SUPPORT", ("Q16027",), ("Q47729",), "planned")]


def test_counting_on_the_support_of_a_country_es():
    assert _summaries("Ucrania cuenta con el apoyo de Alemania.", "es") == [
        ("SUPPORT", ("Q183",), ("Q212",), "occurred")]


def test_enjoying_the_support_of_a_country_de():
    assert _summaries("Die Ukraine genießt die Unterstützung Deutschlands.", "de") == [
        ("SUPPORT", ("Q183",), ("Q212",), "occurred")]


def test_enjoying_the_backing_of_a_country_en():
    assert _summaries("Ukraine enjoys the backing of Germany.", "en") == [
        ("SUPPORT", ("Q183",), ("Q212",), "occurred")]


# -- an agentless arrest reported by the police or the prosecution is theirs -------------------------

CHEN = ("x:person:xuejun-chen", "Xuejun Chen", "PERSON", ["Xuejun Chen"])
FEDERAL_POLICE = ("x:org:federal-police", "Federal Police", "ORG", ["Federal Police"])
PROSECUTOR = ("kb:org:federal-prosecutor-general", "Federal Prosecutor General", "ORG", ["Generalbundesanwalt"])
PARTY = ("x:org:green-party", "Green Party", "ORG", ["Green Party"])
KINDS = {"x:org:federal-police": "police", "kb:org:federal-prosecutor-general": "prosecution", "x:org:green-party": "party"}


def _reported(text: str, lang: str, reported: str, speaker: str, entities: list[tuple]) -> list[tuple]:
    """The events of a sentence whose first clause is an indirect quotation of ``speaker`` (as the quotes
    stage attributes "..., the Federal Police said")."""
    doc = document(text, lang, entities)
    for entity in doc.entities:
        entity.kind = KINDS.get(entity.id)
    doc.quotes.append(Quote(0, len(reported), reported, speaker, None, False))
    return [summary(e) for e in events(doc)]


def test_an_arrest_the_police_report_is_theirs_en():
    text = "Xuejun Chen was arrested on Monday, the Federal Police said."
    assert _reported(text, "en", "Xuejun Chen was arrested on Monday", "x:org:federal-police",
                     [CHEN, FEDERAL_POLICE]) == [("COERCE", ("x:org:federal-police",), ("x:person:xuejun-chen",), "occurred")]


def test_an_arrest_the_prosecutor_reports_is_his_de():
    text = "Dabei wurde Xuejun Chen festgenommen, teilte der Generalbundesanwalt mit."
    assert _reported(text, "de", "Dabei wurde Xuejun Chen festgenommen", "kb:org:federal-prosecutor-general",
                     [CHEN, PROSECUTOR]) == [
        ("COERCE", ("kb:org:federal-prosecutor-general",), ("x:person:xuejun-chen",), "occurred")]


def test_an_arrest_a_party_reports_stays_without_actor_en():
    # a party does not arrest: the speaker is only the source of the report
    text = "Xuejun Chen was arrested on Monday, the Green Party said."
    assert _reported(text, "en", "Xuejun Chen was arrested on Monday", "x:org:green-party", [CHEN, PARTY]) == []
