"""The machine_translated flag: evidence that adds up is flagged, one weak trace is not."""
from __future__ import annotations

from pathlib import Path

import pytest

from cronaca.clean import translation
from cronaca.clean.stage import Clean
from cronaca.document import Document

SEED = Path("/work/shared/samples/000_beafc6d1797c5a5a.txt")

ITALIAN = ("Il ministro degli Esteri ha incontrato ieri il suo omologo per discutere della crisi. "
           "I colloqui sono durati più di tre ore e si sono conclusi con una dichiarazione comune. "
           "Secondo fonti diplomatiche, le due parti hanno concordato un nuovo calendario di incontri.")


def kinds(verdict: translation.Verdict) -> list[tuple[str, str]]:
    return [(cue.kind, cue.text) for cue in verdict.cues]


def test_an_italian_disclosure_sentence_is_enough():
    verdict = translation.assess(ITALIAN + "\nQuesto articolo è stato tradotto automaticamente dall'inglese.", "it")
    assert verdict.flagged
    assert kinds(verdict) == [("disclosure", "articolo è stato tradotto automaticamente")]


def test_a_disclosure_in_english_counts_in_a_german_article():
    text = ("Der Außenminister traf am Dienstag seinen Amtskollegen in Brüssel.\n"
            "This article was machine translated from the original French.")
    verdict = translation.assess(text, "de")
    assert verdict.flagged
    assert verdict.cues[0].kind == "disclosure"


def test_a_bare_label_counts_as_a_short_first_line():
    verdict = translation.assess("Traduzione automatica\n" + ITALIAN, "it")
    assert kinds(verdict) == [("label", "Traduzione automatica")]
    assert verdict.flagged


def test_the_same_words_inside_an_essay_are_no_label():
    essay = (ITALIAN + "\nLa traduzione automatica ha fatto grandi progressi negli ultimi anni, "
             "secondo i ricercatori dell'università di Bologna che hanno confrontato diversi sistemi.\n" + ITALIAN)
    assert translation.assess(essay, "it").cues == ()


def test_two_separate_english_sentences_in_an_italian_article_are_flagged():
    text = ("Il ministro degli Esteri ha incontrato ieri il suo omologo per discutere della crisi. "
            "The talks lasted more than three hours and ended with a joint statement. "
            "Secondo fonti diplomatiche, le due parti hanno concordato un nuovo calendario di incontri. "
            "Both sides said they would meet again before the end of the year.")
    verdict = translation.assess(text, "it")
    assert verdict.flagged
    assert [c.text for c in verdict.cues] == [
        "The talks lasted more than three hours and ended with a joint statement.",
        "Both sides said they would meet again before the end of the year."]
    for cue in verdict.cues:
        assert text[cue.start:cue.end] == cue.text


def test_one_english_sentence_alone_is_not_enough():
    text = ITALIAN + " The talks lasted more than three hours and ended with a joint statement."
    verdict = translation.assess(text, "it")
    assert kinds(verdict) == [("foreign_sentence",
                               "The talks lasted more than three hours and ended with a joint statement.")]
    assert not verdict.flagged


def test_english_inside_quotation_marks_is_journalism_not_translation():
    text = ("Il premier ha risposto in inglese: “We will not back down, and we will win this fight "
            "together with our allies.” Poi ha aggiunto: “This is not the time for division "
            "and we have to stay united.”")
    assert translation.assess(text, "it").cues == ()


def test_consecutive_english_sentences_count_once_as_an_embedded_post():
    text = (ITALIAN + "\nThe FDA has moved mountains and we are very grateful for that. "
            "Hopefully they will both be used together with the other drugs that we have. " + ITALIAN)
    verdict = translation.assess(text, "it")
    assert [c.kind for c in verdict.cues] == ["foreign_sentence"]
    assert verdict.cues[0].text.startswith("The FDA") and verdict.cues[0].text.endswith("that we have.")
    assert not verdict.flagged


def test_english_exonyms_alone_are_capped_below_the_threshold():
    text = ("Il presidente è partito per Moscow, dove resterà due giorni. "
            "Poi volerà a Beijing per incontrare il presidente cinese.")
    verdict = translation.assess(text, "it")
    assert kinds(verdict) == [("exonym", "Moscow"), ("exonym", "Beijing")]
    assert verdict.score == 0.5 and not verdict.flagged


def test_exonyms_calendar_words_and_number_formats_add_up_in_french():
    text = ("Le président a rencontré son homologue à Moscow le 5 March. "
            "Les échanges commerciaux ont atteint 2.5 milliards d'euros, "
            "et une nouvelle réunion est prévue Monday à Beijing.")
    verdict = translation.assess(text, "fr")
    assert sorted({c.kind for c in verdict.cues}) == ["calendar", "exonym", "number_format"]
    assert verdict.flagged


def test_an_exonym_inside_a_longer_name_is_no_cue():
    text = "Secondo il Moscow Times, il governo ha annunciato nuove misure economiche."
    assert translation.assess(text, "it").cues == ()


def test_a_month_name_is_a_date_only_next_to_a_number():
    assert kinds(translation.assess("Il governo ha varato il piano il 5 March.", "it")) == [("calendar", "March")]
    assert translation.assess("La band ha suonato March of the Pigs.", "it").cues == ()


@pytest.mark.parametrize("text", ["Il debito è salito a 1.500 milioni di euro.",
                                  "La riunione è fissata alle 10.30 a Palazzo Chigi.",
                                  "Il Pil è cresciuto dello 0,5% nel trimestre."])
def test_italian_number_formats_are_no_evidence(text):
    assert translation.assess(text, "it").cues == ()


def test_a_decimal_point_before_a_scale_word_is_an_english_format_in_italian():
    verdict = translation.assess("L'export è cresciuto di 1.5 milioni di euro, pari al 3.5% in più.", "it")
    assert kinds(verdict) == [("number_format", "1.5 milioni"), ("number_format", "3.5%")]


def test_a_decimal_point_is_no_evidence_in_spanish():
    # Mexico writes "1.5 millones": es has no scale rows.
    assert translation.assess("Las exportaciones crecieron 1.5 millones de dólares.", "es").cues == ()


def test_english_sentences_are_no_evidence_in_an_english_article():
    text = "The talks lasted more than three hours. Both sides said they would meet again."
    assert translation.assess(text, "en").cues == ()


def test_the_clean_stage_flags_and_records_the_evidence_as_suspects():
    raw = (ITALIAN + "\nQuesto articolo è stato tradotto automaticamente dall'inglese.\n")
    doc = Clean()(Document(raw=raw, language="it"))
    assert translation.FLAG in doc.integrity.flags
    (evidence,) = [r for r in doc.integrity.repairs if r.rule.startswith("translation.")]
    assert (evidence.kind, evidence.rule, evidence.before) == (
        "other", "translation.disclosure", "articolo è stato tradotto automaticamente")
    assert evidence.after == evidence.before == doc.text[evidence.start:evidence.end]
    assert doc.integrity.score == pytest.approx(0.8)  # suspect tokens and the translation itself


def test_the_clean_stage_leaves_honest_text_unflagged():
    doc = Clean()(Document(raw=ITALIAN, language="it"))
    assert doc.integrity.flags == [] and doc.integrity.score == 1.0


@pytest.mark.skipif(not SEED.exists(), reason="seed article not available")
def test_the_seed_is_spun_but_not_machine_translated():
    doc = Clean()(Document(raw=SEED.read_text(encoding="utf-8"), language="it"))
    assert "spun_text" in doc.integrity.flags
    assert translation.FLAG not in doc.integrity.flags
    assert translation.assess(doc.text, "it").cues == ()


def test_decimal_points_count_as_one_weak_cue_however_many():
    # Italian Wikinews writes election results this way.
    text = ("Il candidato del centrosinistra ha ottenuto il 49.3% dei voti, "
            "quello del centrodestra il 33.5%, mentre l'affluenza si è fermata al 69.06%.")
    verdict = translation.assess(text, "it")
    assert [c.text for c in verdict.cues] == ["49.3%", "33.5%", "69.06%"]
    assert verdict.score == 0.25
