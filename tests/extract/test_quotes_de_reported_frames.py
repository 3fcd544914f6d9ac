"""German reported speech framed in ways the plain "sagte, ..." rules miss: a verb set inside the
sentence after "so", a verb that otherwise only follows a quotation set between commas, a reportive
sentence opened by a quotation, a reportive clause before a quotation, a short reportive sentence
after a verb of saying, an unlisted Konjunktiv I form known by the article after it, and a document
with no issuer of its own."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources

PEOPLE = {
    "x:person:spahn": ("PERSON", ["Jens Spahn", "Spahn"]),
    "x:org:kulturministerium": ("ORG", ["Das Kulturministerium"]),
}


def reported(text: str) -> list[tuple[str, str | None, bool]]:
    doc = make_doc(text, "de", PEOPLE)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker, q.direct) for q in find_quotes(doc)]


def test_a_verb_after_so_inside_the_sentence_reports_the_whole_sentence():
    text = "Jens Spahn war in Paris. Die Gespräche, so sagte er, seien gut verlaufen."
    assert reported(text) == [("Die Gespräche, so sagte er, seien gut verlaufen", "x:person:spahn", False)]


def test_so_heisst_es_inside_the_sentence_does_not_report_the_whole_sentence():
    text = "Die Lage ist ernst – und das, so heißt es in Berlin, sei auch ein Signal an die Partner."
    assert not any(quote.startswith("Die Lage") for quote, _, _ in reported(text))


def test_a_quotation_verb_between_commas_with_its_subject_reports_the_sentence():
    text = "Jens Spahn verlor die Wahl. Immerhin, fand Spahn, habe man einen guten Wahlkampf geführt."
    assert reported(text) == [("Immerhin, fand Spahn, habe man einen guten Wahlkampf geführt", "x:person:spahn", False)]


def test_a_sentence_opened_by_a_quotation_and_going_on_in_the_reportive_is_reported():
    text = ("„Sie haben mir alles genommen“, sagte Jens Spahn. „Die Unterlagen, alles“ habe man "
            "ihm weggenommen, ihn gefesselt und verhört.")
    assert ("Die Unterlagen, alles", "x:person:spahn", True) in reported(text)


def test_a_quotation_with_no_reportive_verb_outside_it_is_not_reported():
    text = "Jens Spahn sagte, die Lage sei ernst. „Ich habe das nicht gewollt.“ Dann ging er."
    assert reported(text) == [("die Lage sei ernst", "x:person:spahn", False)]


def test_a_reportive_clause_before_a_quotation_is_indirect_speech_of_its_speaker():
    text = ("Jens Spahn sagte: „Ich habe falsch informiert.“ Als Minister übernehme er die politische "
            "Verantwortung, „um Schaden von meinem Amt abzuwenden“.")
    assert ("Als Minister übernehme er die politische Verantwortung", "x:person:spahn", False) in reported(text)


def test_a_short_reportive_sentence_after_a_verb_of_saying_is_reported():
    text = "Jens Spahn äußerte sich am Montag. Die Lage sei ernst. Man müsse jetzt handeln."
    assert reported(text) == [("Die Lage sei ernst", "x:person:spahn", False),
                              ("Man müsse jetzt handeln", "x:person:spahn", False)]


def test_an_unlisted_form_before_an_article_is_reportive():
    text = ("Nur durch Wettbewerb könne man die Ziele erreichen, sagt Jens Spahn. Wettbewerb zwinge "
            "die Bahn zudem, besser zu werden.")
    assert ("Wettbewerb zwinge die Bahn zudem, besser zu werden", "x:person:spahn", False) in reported(text)


def test_an_adverb_in_weise_before_an_article_is_no_verb():
    text = "Jens Spahn sagte, die Lage sei ernst. Dazu gehört beispielsweise die Anerkennung von Abschlüssen."
    assert reported(text) == [("die Lage sei ernst", "x:person:spahn", False)]


def test_a_statement_with_no_issuer_is_the_paper_of_the_subject_before():
    text = ("Das Kulturministerium stellte die Funde am Montag vor. Die Entdeckung sei ein Schatz von "
            "nationaler Bedeutung, heißt es in einer Erklärung.")
    assert reported(text) == [("Die Entdeckung sei ein Schatz von nationaler Bedeutung", "x:org:kulturministerium", False)]
