"""German reported speech missed on untuned news pages (tools/quotes/judged/de_fundus_2026-11-30.tsv):
a reportive main clause after a fronted clause, a sentence opening with the adverb "so", plural
verbs of saying, and "zu" + verb, which is no cue."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources

MUELLER = {"x:person:mueller": ("PERSON", ["Hans Müller"])}


def found(text, entities=None):
    doc = make_doc(text, "de", entities or MUELLER)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker, q.speaker_text) for q in find_quotes(doc)]


def test_reportive_main_clause_after_a_fronted_conditional_goes_on_with_the_report():
    text = ("Hans Müller sagte, das Feuer sei unter Kontrolle. Sollte der Wind drehen, sei aber mit "
            "neuen Bränden zu rechnen.")
    assert ("Sollte der Wind drehen, sei aber mit neuen Bränden zu rechnen", "x:person:mueller",
            "Hans Müller") in found(text)


def test_reportive_main_clause_after_a_relative_clause_in_the_first_position():
    text = ("Hans Müller sagte, das Feuer sei unter Kontrolle. Mit dem Einsatz, an dem 100 Kräfte beteiligt "
            "waren, sei ein Übergreifen verhindert worden.")
    assert ("Mit dem Einsatz, an dem 100 Kräfte beteiligt waren, sei ein Übergreifen verhindert worden",
            "x:person:mueller", "Hans Müller") in found(text)


def test_concessive_sei_es_after_a_comma_is_no_report():
    text = "Hans Müller kam nach Berlin. Alle Gäste, seien es Kinder oder Erwachsene, zahlen dort Eintritt."
    assert found(text) == []


def test_sentence_opening_with_the_adverb_so_is_no_attribution_of_its_own():
    text = ("Hans Müller sagte, das Feuer sei unter Kontrolle. So lange es kühl bleibe, sei nicht mit "
            "Zwischenfällen zu rechnen.")
    assert ("So lange es kühl bleibe, sei nicht mit Zwischenfällen zu rechnen", "x:person:mueller",
            "Hans Müller") in found(text)


def test_plural_present_verb_before_dass():
    text = "Die Sprecher erläutern, dass Kunden die neuen Bedingungen akzeptieren müssten."
    assert found(text) == [("Kunden die neuen Bedingungen akzeptieren müssten", None, "Die Sprecher")]


def test_plural_present_verb_after_a_preposed_report():
    text = "Das Verfahren sei einfach und sicher, unterstreichen die Gewerkschaften."
    assert found(text) == [("Das Verfahren sei einfach und sicher", None, "die Gewerkschaften")]


def test_verb_after_the_infinitive_marker_is_no_cue_of_the_sentence():
    text = ("Hans Müller sagte, das Feuer sei unter Kontrolle. Umso höher sei die Leistung der Helfer "
            "zu bewerten.")
    assert ("Umso höher sei die Leistung der Helfer zu bewerten", "x:person:mueller", "Hans Müller") in found(text)


def test_adverb_between_the_impersonal_verb_and_its_source():
    text = "Hans Müller kam. Die Truppe sei in 50 Ländern im Einsatz gewesen, heißt es stolz in dem Papier."
    assert found(text) == [("Die Truppe sei in 50 Ländern im Einsatz gewesen", None, "dem Papier")]


def test_impersonal_verb_with_an_adverb_and_no_source_is_still_no_ones_quotation():
    text = "Hans Müller schweigt. Bald heißt es wieder „Möge die Macht mit Dir sein“!"
    assert found(text) == []


def test_according_to_a_public_institute_named_by_its_field():
    text = "Hans Müller kam. Laut der Landesanstalt für Weinbau und Gartenbau ist dieses Allergen viel stärker."
    assert [q[0] for q in found(text)] == ["ist dieses Allergen viel stärker"]


def test_long_clause_of_comparison_opening_the_sentence():
    text = ("Wie die Europäische Payment-Initiative (EPI) am Montag mitteilte, glückten den Banken mehrere "
            "Transaktionen.")
    found_quotes = found(text, {"x:org:epi": ("ORG", ["Europäische Payment-Initiative", "EPI"])})
    assert [(q[0], q[1]) for q in found_quotes] == [("glückten den Banken mehrere Transaktionen", "x:org:epi")]


def test_separable_verb_joined_at_the_end_of_a_clause_of_comparison():
    text = "Die Lage sei ernst, wie Hans Müller am Montag einräumte."
    assert found(text) == [("Die Lage sei ernst", "x:person:mueller", "Hans Müller")]
