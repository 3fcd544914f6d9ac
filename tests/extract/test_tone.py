"""Tone: lexicon counts and a GDELT-like score."""
import pytest
from extract.handmade import make_doc, seed_doc

from cronaca.extract.tone import ToneStage, lexicon, measure, tone_of


def test_score_is_the_difference_of_percentages():
    tone = measure("The peace agreement ended the war.", "en")
    # peace +1, agreement +1, war -1 over 6 words
    assert (tone.positive, tone.negative, tone.words) == (2.0, 1.0, 6)
    assert tone.score == pytest.approx(100 / 6)


@pytest.mark.parametrize("lang,text,sign", [
    ("it", "L'attacco ha causato morti e distruzione.", -1),
    ("it", "I due leader hanno elogiato la cooperazione.", 1),
    ("en", "Troops killed dozens in a brutal attack.", -1),
    ("fr", "Les deux pays ont signé un accord de coopération.", 1),
    ("es", "La guerra dejó miles de muertos.", -1),
    ("de", "Die Partner begrüßten die Zusammenarbeit.", 1),
])
def test_polarity_in_every_language(lang, text, sign):
    assert measure(text, lang).score * sign > 0


def test_stems_match_inflections_and_exact_forms_win():
    lex = lexicon("it")
    assert lex.value("sanzioni") < 0 and lex.value("sanzionato") < 0
    assert lex.value("persone") == 0  # no stem "pers*": people are neutral


def test_numbers_are_not_words():
    assert measure("In 2022 there were 300 attacks.", "en").words == 4


def test_seed_article_is_mildly_positive():
    doc = ToneStage()(seed_doc())
    assert 0 < doc.tone.score < 10
    assert doc.tone.words > 500


def test_tone_of_a_span():
    doc = make_doc("Peace returned. War broke out.", "en")
    assert tone_of(doc, 0, 15) > 0 > tone_of(doc, 16, len(doc.text))


def test_unknown_language_is_neutral():
    assert measure("whatever text", "xx").score == 0.0
