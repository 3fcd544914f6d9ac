"""Tone: lexicon counts and a GDELT-like score."""
import pytest
from extract.handmade import make_doc, seed_doc

from cronaca.extract.tone import ToneStage, lexicon, measure, tone_of


def test_score_is_the_difference_of_percentages():
    tone = measure("The peace agreement ended the war.", "en")
    # peace +1, agreement +0.9 (VADER 2.2 / 2.5), war -1 over 6 words
    assert (tone.positive, tone.negative, tone.words) == (pytest.approx(1.9), 1.0, 6)
    assert tone.score == pytest.approx(100 * 0.9 / 6)


def test_counts_are_weighted_by_strength():
    # killed (VADER -3.7) weighs more than condemned (-2.0): strong words are not just counted
    lex = lexicon("en")
    assert lex.value("killed") == -1.4 and lex.value("condemned") == -0.8


@pytest.mark.parametrize("lang,text", [
    ("it", "L'esercito ha bombardato la città: decine di morti."),
    ("en", "Police arrested dozens of protesters after violent clashes."),
    ("fr", "Le ministre a dénoncé une attaque terroriste."),
    ("es", "El gobierno denunció el secuestro de tres periodistas."),
    ("de", "Die Regierung kritisierte den Angriff scharf."),
    ("ru", "Россия обвинила Украину в нападении."),
])
def test_a_conflict_sentence_scores_below_zero(lang, text):
    tone = measure(text, lang)
    assert tone.score < 0 and tone.negative > 0 and tone.positive == 0


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


def test_a_neutral_entry_shields_a_name_from_a_stem():
    lex = lexicon("it")
    assert lex.value("vittoria") > 0  # vittori*: victory
    assert lex.value("vittorio") == 0  # a first name, listed neutral
    assert lexicon("es").value("embargo") == 0  # "sin embargo" (however) is far commoner than the sanction


def test_words_of_names_and_institutions_are_neutral():
    # "United Nations Security Council": no praise in the name of an institution
    assert measure("The United Nations Security Council met on Tuesday.", "en").score == 0.0


def test_a_negator_turns_the_next_tone_word_at_half_weight():
    plain = measure("Il governo ha condannato l'attacco.", "it")
    negated = measure("Il governo non ha condannato l'attacco.", "it")
    assert (plain.positive, plain.negative) == (0, 2.0)  # condannato -1, attacco -1
    assert (negated.positive, negated.negative) == (0.5, 1.0)  # condannato turned: +0.5


def test_two_negators_turn_a_word_once():
    # "n'a pas critiqué": both "n" and "pas" reach "critiqué", which turns once, not back again
    tone = measure("Il n'a pas critiqué le gouvernement.", "fr")
    assert tone.positive > 0 and tone.negative == 0


def test_a_negator_reaches_two_words_only():
    far = measure("No one in the village of Kafr was killed.", "en")
    assert far.negative > 0  # "killed" is 6 words after "no": not negated


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
