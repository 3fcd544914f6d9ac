"""Spanish and German recall on the dev articles added for this round (events5), each rule checked on
unlabelled fundus / trafilatura news too: one behaviour per test, with the negative next to it.
Entities (and, where a rule reads them, direct quotations) are given by hand."""
from __future__ import annotations

from cronaca.document import Quote
from extract.events_support import document, events, summary

ALMEIDA = ("x:person:taty-almeida", "Taty Almeida", "PERSON", ["Taty Almeida"])
SANCHEZ = ("Q57492", "Pedro Sánchez", "PERSON", ["Pedro Sánchez"])
MELONI = ("Q3099714", "Giorgia Meloni", "PERSON", ["Giorgia Meloni"])
RUSSIA = ("Q159", "Russia", "COUNTRY", ["Rusia", "Russland", "Russia", "adjective:russische"], "RUS")
GERMANY = ("Q183", "Germany", "COUNTRY", ["Deutschland"], "DEU")
TURKEY = ("Q43", "Turkey", "COUNTRY", ["Türkei"], "TUR")
UN = ("Q1065", "United Nations", "ORG", ["UN"])
US = ("Q30", "United States", "COUNTRY", ["US", "USA"], "USA")
HAMAS = ("Q38799", "Hamas", "ORG", ["Hamas"])
BOOS_JOHN = ("x:person:colette-boos-john", "Colette Boos-John", "PERSON", ["Colette Boos-John"])
HOECKE = ("Q1161465", "Björn Höcke", "PERSON", ["Björn Höcke", "Höcke"])
REITSCHUSTER = ("x:person:boris-reitschuster", "Boris Reitschuster", "PERSON", ["Boris Reitschuster"])
REYMANN = ("x:person:carsten-reymann", "Carsten Reymann", "PERSON", ["Carsten Reymann"])
STARMER = ("Q6384977", "Keir Starmer", "PERSON", ["Keir Starmer"])
COURT = ("x:org:corte-suprema", "Corte Suprema", "ORG", ["Corte Suprema", "Corte"])
POLICE = ("x:org:pnc", "Policía Nacional Civil", "ORG", ["Policía Nacional Civil"])
ALL = [ALMEIDA, SANCHEZ, MELONI, RUSSIA, GERMANY, TURKEY, UN, US, HAMAS, BOOS_JOHN, HOECKE, REITSCHUSTER,
       REYMANN, STARMER, COURT, POLICE]


def found(text: str, lang: str, quoted: tuple[str, str] | None = None) -> list[tuple]:
    """quoted: (words of a direct quotation, its speaker's id), as the quotes stage would give them."""
    doc = document(text, lang, ALL)
    if quoted:
        words, speaker = quoted
        at = text.index(words)
        doc.quotes.append(Quote(at, at + len(words), words, speaker, None, True))
    return [summary(e) for e in events(doc)]


# --- a zero subject opening a direct quotation is its speaker (pro-drop languages) ---

def test_spanish_first_person_plural_in_a_quotation_is_the_speakers_request():
    text = "“Vamos a exigir la reforma de la justicia”, dice Taty Almeida."
    assert found(text, "es", ("Vamos a exigir la reforma de la justicia", ALMEIDA[0])) == [
        ("REQUEST", (ALMEIDA[0],), (), "planned")]


def test_capitalised_verb_opening_a_quotation_is_a_trigger():
    text = "“Exigimos la libertad de los presos”, dijo Taty Almeida."
    assert found(text, "es", ("Exigimos la libertad de los presos", ALMEIDA[0])) == [
        ("REQUEST", (ALMEIDA[0],), (), "occurred")]


def test_italian_quotation_speaker_acts_not_the_previous_sentence_subject():
    text = "Pedro Sánchez è arrivato a Roma. «Chiediamo la liberazione dei prigionieri», ha detto Giorgia Meloni."
    assert found(text, "it", ("Chiediamo la liberazione dei prigionieri", MELONI[0])) == [
        ("REQUEST", (MELONI[0],), (), "occurred")]


def test_zero_subject_outside_a_quotation_still_carries_over():
    text = "Taty Almeida habló con la prensa. Exigió la reforma de la justicia."
    assert found(text, "es") == [("REQUEST", (ALMEIDA[0],), (), "occurred")]


# --- the author of a judged act, named in a "by" phrase after it, is the target ---

def test_german_criticised_appearance_by_hoecke_targets_hoecke():
    text = ("Auf ihrer Internetseite kritisiert die Landesvorsitzende der Familienunternehmen, Colette Boos-John, "
            "den Auftritt von AfD-Landeschef Björn Höcke hart.")
    assert found(text, "de") == [("ACCUSE", (BOOS_JOHN[0],), (HOECKE[0],), "occurred")]


def test_english_condemned_attack_by_russia_targets_russia():
    assert ("ACCUSE", (STARMER[0],), ("Q159",), "occurred") in found(
        "Keir Starmer condemned the attack by Russia.", "en")


def test_agent_of_a_received_object_is_no_target():
    assert found("Keir Starmer received a letter sent by Russia.", "en") == []


# --- German compounds: a name glued to a noun is the compound's first part ---

def test_german_un_candidacy_is_no_party():
    assert found("Auch Russland lehnt die UN-Kandidatur ab.", "de") == [("REJECT", ("Q159",), (), "occurred")]


def test_german_compound_with_event_noun_gives_its_actor():
    assert found("Nach dem Hamas-Massaker in Israel trauerten viele.", "de") == [
        ("ASSAULT", (HAMAS[0],), (), "occurred")]


def test_german_names_joined_by_hyphens_stay_parties():
    assert found("Die Russland-Türkei-Gespräche wurden abgesagt.", "de") == [
        ("CONSULT", ("Q159", "Q43"), (), "occurred")]


# --- expulsions (SANCTION expel) ---

def test_german_sent_back_to_russia_is_an_expulsion():
    assert found("Die Türkei hat Boris Reitschuster zurück nach Russland geschickt.", "de") == [
        ("SANCTION", ("Q43",), (REITSCHUSTER[0],), "occurred")]


def test_german_participle_zurueckgeschickt_is_an_expulsion():
    assert found("Die Türkei hat Boris Reitschuster nach Russland zurückgeschickt.", "de") == [
        ("SANCTION", ("Q43",), (REITSCHUSTER[0],), "occurred")]


def test_german_expelled_from_the_country():
    assert found("Die Türkei hat Boris Reitschuster des Landes verwiesen.", "de") == [
        ("SANCTION", ("Q43",), (REITSCHUSTER[0],), "occurred")]


def test_german_letter_sent_back_is_no_expulsion():
    assert found("Die Türkei schickte Boris Reitschuster einen Brief zurück.", "de") == []


# --- idioms a speaker would list ---

def test_german_taking_ones_hat_is_resigning():
    assert found("Kurz danach nahm Carsten Reymann seinen Hut.", "de") == [
        ("RETREAT", (REYMANN[0],), (), "occurred")]


def test_german_taking_the_hat_off_the_hook_is_no_resignation():
    assert found("Carsten Reymann nahm den Hut vom Haken und ging.", "de") == []


def test_spanish_backing_down_is_a_concession():
    assert found("La Corte Suprema dio marcha atrás un año después.", "es") == [
        ("CONCEDE", (COURT[0],), (), "occurred")]


def test_spanish_arrests_carried_out_by_the_police():
    assert found("Hasta ayer la Policía Nacional Civil había ejecutado 14,571 capturas.", "es") == [
        ("COERCE", (POLICE[0],), (), "occurred")]


# --- name-calling: an accusation only with a short quoted label that is not praise ([label] frames) ---

HEUSGEN = ("x:person:christoph-heusgen", "Christoph Heusgen", "PERSON", ["Christoph Heusgen"])
BAERBOCK = ("Q15130", "Annalena Baerbock", "PERSON", ["Annalena Baerbock"])
BUKELE = ("Q16147599", "Nayib Bukele", "PERSON", ["Nayib Bukele"])
MARTINEZ = ("x:person:juan-martinez", "Juan Martínez", "PERSON", ["Juan Martínez"])


def named(text: str, lang: str) -> list[tuple]:
    return [summary(e) for e in events(document(text, lang, [HEUSGEN, BAERBOCK, BUKELE, MARTINEZ]))]


def test_german_quoted_label_is_an_accusation():
    assert named("Christoph Heusgen nannte Annalena Baerbock ein „Auslaufmodell“.", "de") == [
        ("ACCUSE", (HEUSGEN[0],), (BAERBOCK[0],), "occurred")]


def test_german_naming_without_label_is_no_accusation():
    assert named("Christoph Heusgen nannte Annalena Baerbock beim Vornamen.", "de") == []


def test_german_praising_label_is_no_accusation():
    assert named("Christoph Heusgen nannte Annalena Baerbock eine „gute Freundin“.", "de") == []


def test_spanish_label_before_the_named_person():
    assert named("Nayib Bukele llamó “basura” a Juan Martínez.", "es") == [
        ("ACCUSE", (BUKELE[0],), (MARTINEZ[0],), "occurred")]


def test_spanish_participle_llamado_names_someone():
    assert named("Un líder, llamado Juan Martínez, alias “Crook”, fue liberado.", "es") == []


# --- ruling out ([ruleout]): negated, it leaves a possibility open ---

MERZ = ("Q57390", "Friedrich Merz", "PERSON", ["Friedrich Merz"])
AFD = ("Q18199", "Alternative for Germany", "ORG", ["AfD"])


def test_german_ruling_out_a_coalition_is_a_rejection():
    assert [summary(e) for e in events(document("Friedrich Merz schloss eine Koalition mit der AfD aus.",
                                                "de", [MERZ, AFD]))] == [("REJECT", (MERZ[0],), (AFD[0],), "occurred")]


def test_german_not_ruling_out_is_no_event():
    assert events(document("Friedrich Merz schloss eine Koalition mit der AfD nicht aus.", "de", [MERZ, AFD])) == []


def test_spanish_not_ruling_out_inside_a_quotation_is_no_event():
    text = "“No descartaría la posibilidad de un ataque”, alertó Taty Almeida."
    assert found(text, "es", ("No descartaría la posibilidad de un ataque", ALMEIDA[0])) == []
