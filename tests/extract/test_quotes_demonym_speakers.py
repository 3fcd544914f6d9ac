"""A person named by origin or age ("der Deutsch-Israeli", "die Britin", "der 59-Jährige") is the
person just quoted or named, and the pronouns of the quotations after it follow."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def quotes(doc):
    doc.sources = find_sources(doc)
    return find_quotes(doc)


def test_a_demonym_compound_after_the_name_in_the_same_sentence_is_that_person():
    text = ("Zwei Jahre war Rom Braslavski in Geiselhaft der Hamas, zwei Jahre lang sei er gedemütigt worden, "
            "sagt der Deutsch-Israeli. „Sie haben mir alle Kleider vom Leib gerissen“, sagt er.")
    found = quotes(make_doc(text, "de", {"x:person:braslavski": ("PERSON", ["Rom Braslavski"]),
                                         "x:group:hamas": ("GROUP", ["Hamas"])}))
    assert [q.speaker for q in found] == ["x:person:braslavski", "x:person:braslavski"]


def test_a_feminine_demonym_is_the_one_person_named_before():
    text = ("Emma Watson besuchte am Montag das Lager. „Die Lage ist verzweifelt“, sagte die Britin.")
    found = quotes(make_doc(text, "de", {"x:person:watson": ("PERSON", ["Emma Watson"])}))
    assert [(q.text, q.speaker) for q in found] == [("Die Lage ist verzweifelt", "x:person:watson")]


def test_an_age_noun_is_the_one_person_named_before():
    text = ("Klaus Weber leitet den Betrieb seit 1990. „Wir machen weiter“, sagt der 59-Jährige.")
    found = quotes(make_doc(text, "de", {"x:person:weber": ("PERSON", ["Klaus Weber"])}))
    assert [(q.text, q.speaker) for q in found] == [("Wir machen weiter", "x:person:weber")]


def test_a_demonym_adjective_before_a_body_noun_is_no_person():
    text = ("Keir Starmer reiste nach Kiew. „Wir stehen an der Seite der Ukraine“, teilte die britische "
            "Regierung mit.")
    found = quotes(make_doc(text, "de", {"x:person:starmer": ("PERSON", ["Keir Starmer"])}))
    assert [q.speaker for q in found] == [None]


def test_an_italian_age_noun_of_a_number_is_the_one_person_named_before():
    text = ("Mario Rossi è stato fermato a Milano. «Non ho fatto niente», ha detto il 59enne agli agenti.")
    found = quotes(make_doc(text, "it", {"x:person:rossi": ("PERSON", ["Mario Rossi"])}))
    assert [(q.text, q.speaker) for q in found] == [("Non ho fatto niente", "x:person:rossi")]


def test_a_spanish_demonym_is_the_one_person_named_before():
    text = ("Emma Raducanu perdió en la segunda ronda. “Estoy muy decepcionada”, dijo la británica.")
    found = quotes(make_doc(text, "es", {"x:person:raducanu": ("PERSON", ["Emma Raducanu"])}))
    assert [(q.text, q.speaker) for q in found] == [("Estoy muy decepcionada", "x:person:raducanu")]


def test_an_italian_body_qualified_by_a_demonym_is_no_person():
    text = ("Mario Rossi è stato fermato a Milano. «Collaboreremo con le autorità», ha detto il governo "
            "italiano.")
    found = quotes(make_doc(text, "it", {"x:person:rossi": ("PERSON", ["Mario Rossi"])}))
    assert [q.speaker for q in found] == [None]


def test_a_feminine_demonym_with_an_umlaut_is_the_one_person_named_before():
    text = ("Marine Le Pen sprach am Abend in Paris. „Wir werden gewinnen“, sagte die Französin.")
    found = quotes(make_doc(text, "de", {"x:person:le-pen": ("PERSON", ["Marine Le Pen"])}))
    assert [(q.text, q.speaker) for q in found] == [("Wir werden gewinnen", "x:person:le-pen")]
