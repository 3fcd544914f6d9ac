"""German recall (quotesde27): verbs of opinion after a reported clause ("..., findet X"), a body that
"meldete" a clause, "so dass" inside a quotation, and a speech verb inside a preposed clause."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def quotes(doc):
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker, q.direct) for q in find_quotes(doc)]


def test_findet_after_a_konjunktiv_clause_attributes_it():
    text = ("Aus Sicht der betroffenen Menschen sei das vollkommen verständlich, findet auch Harald Prüß "
            "von der Berliner Charité.")
    doc = make_doc(text, "de", {"x:person:pruss": ("PERSON", ["Harald Prüß"])})
    assert quotes(doc) == [("Aus Sicht der betroffenen Menschen sei das vollkommen verständlich",
                            "x:person:pruss", False)]


def test_prognostizierte_after_a_quotation_names_its_speaker():
    text = ("Der Ökonom Volker Brühl ist skeptisch. \"Rentieren würde sich das für die Banken frühestens "
            "nach zehn Jahren\", prognostizierte Brühl.")
    doc = make_doc(text, "de", {"x:person:bruhl": ("PERSON", ["Volker Brühl", "Brühl"])})
    assert quotes(doc) == [("Rentieren würde sich das für die Banken frühestens nach zehn Jahren",
                            "x:person:bruhl", True)]


def test_glaubt_dass_is_a_belief_not_a_quote():
    text = "Karl Müller glaubt, dass die Reform zu spät kommt."
    doc = make_doc(text, "de", {"x:person:muller": ("PERSON", ["Karl Müller"])})
    assert quotes(doc) == []


def test_a_body_that_meldete_a_konjunktiv_clause_is_its_speaker():
    text = ("Bei einem weiteren Angriff im Zentrum von Gaza seien ein Kind, drei Frauen und ein Mann getötet "
            "worden, meldete das Gesundheitsministerium.")
    doc = make_doc(text, "de", {"x:org:gaza-health": ("ORG", ["Gesundheitsministerium"])})
    assert quotes(doc) == [("Bei einem weiteren Angriff im Zentrum von Gaza seien ein Kind, drei Frauen und "
                            "ein Mann getötet worden", "x:org:gaza-health", False)]


def test_an_outlet_that_meldete_a_clause_stays_a_cited_source():
    text = "Diese Beobachtungen seien deutliche Hinweise auf eine Übertragbarkeit des Virus, meldete die dpa."
    doc = make_doc(text, "de", {"Q153093": ("MEDIA", ["dpa"])})
    assert quotes(doc) == []


def test_so_dass_inside_a_quotation_does_not_split_it():
    text = ("„Peña hat einen Tarif festgelegt, der höher ist als die Kosten, so dass es einen Überschuss gibt, "
            "und in seiner Auslegung gibt er ihm einen Spielraum“, sagte Ricardo Canese.")
    doc = make_doc(text, "de", {"x:person:canese": ("PERSON", ["Ricardo Canese"])})
    assert quotes(doc) == [("Peña hat einen Tarif festgelegt, der höher ist als die Kosten, so dass es einen "
                            "Überschuss gibt, und in seiner Auslegung gibt er ihm einen Spielraum",
                            "x:person:canese", True)]


def test_a_speech_verb_ending_the_preposed_clause_does_not_lend_its_object_as_speaker():
    text = "Der Minister habe die Länder nicht gefragt, sagte Karl Müller der Zeitung."
    doc = make_doc(text, "de", {"x:person:muller": ("PERSON", ["Karl Müller"])})
    assert quotes(doc) == [("Der Minister habe die Länder nicht gefragt", "x:person:muller", False)]


def test_a_colon_after_a_narrating_clause_opens_the_reported_words():
    text = ("Verbandschef Karl Müller äußerte sich am Montag. Müller sieht das anders: Die Kosten seien "
            "viel zu hoch.")
    doc = make_doc(text, "de", {"x:person:muller": ("PERSON", ["Karl Müller", "Müller"])})
    assert quotes(doc) == [("Die Kosten seien viel zu hoch", "x:person:muller", False)]


def test_a_colon_frame_without_a_named_subject_keeps_the_previous_speaker():
    text = ("Die Politikerin Anna Berger hat am Montag die Pläne kritisiert. Sie warnt vor Kürzungen: "
            "Die Länder seien sonst überfordert.")
    doc = make_doc(text, "de", {"x:person:berger": ("PERSON", ["Anna Berger"])})
    assert quotes(doc) == [("Die Länder seien sonst überfordert", "x:person:berger", False)]


def test_a_predicative_verb_and_a_colon_report_the_words_after_the_colon():
    text = "Verbandschef Karl Müller zeigte sich optimistisch: Die Bahn werde die Wende schaffen."
    doc = make_doc(text, "de", {"x:person:muller": ("PERSON", ["Karl Müller"])})
    assert quotes(doc) == [("Die Bahn werde die Wende schaffen", "x:person:muller", False)]


def test_a_konjunktiv_ii_stand_in_before_glaubt_is_reported_too():
    text = "Nur durch Wettbewerb könnten die Klimaziele wirklich erreicht werden, glaubt Fabian Stenger."
    doc = make_doc(text, "de", {"x:person:stenger": ("PERSON", ["Fabian Stenger"])})
    assert quotes(doc) == [("Nur durch Wettbewerb könnten die Klimaziele wirklich erreicht werden",
                            "x:person:stenger", False)]
