"""An attribution phrase inside the sentence ("..., según el ministro, ...", "... bestünden laut der
Politikerin große Lücken") makes the sentence reported speech of the person it names, like the
sentence-opening form ("Según el ministro, ...")."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources

ASAR = {"x:person:asar": ("PERSON", ["Ayşe Asar"])}


def indirect(doc):
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker) for q in find_quotes(doc) if not q.direct]


def test_german_laut_after_the_finite_verb_reports_the_whole_sentence():
    text = ("Die Abgeordnete Ayşe Asar kritisierte das Ministerium. In der Schule bestünden laut der "
            "Politikerin große Lücken.")
    doc = make_doc(text, "de", ASAR)
    assert indirect(doc) == [("In der Schule bestünden laut der Politikerin große Lücken", "x:person:asar")]


def test_german_laut_with_a_long_rest_reports_what_follows_it():
    text = "In der Schule bestünden laut Ayşe Asar große Lücken bei der Sicherheit."
    doc = make_doc(text, "de", ASAR)
    assert indirect(doc) == [("große Lücken bei der Sicherheit", "x:person:asar")]


def test_german_laut_a_record_after_the_finite_verb_reports_nothing():
    text = "Die Exporte sind laut der Statistik deutlich gestiegen."
    doc = make_doc(text, "de", {})
    assert indirect(doc) == []


def test_german_laut_before_a_verb_of_saying_leaves_the_sentence_to_its_speaker():
    text = "Die Abgeordnete Ayşe Asar sagte am Montag laut der Polizei wenig."
    doc = make_doc(text, "de", ASAR)
    assert ("Die Abgeordnete Ayşe Asar sagte am Montag laut der Polizei wenig", "x:person:asar") \
        not in indirect(doc)


def test_spanish_segun_between_commas_after_the_verb():
    text = ("El ministro Luis Caputo habló ayer. En la frontera hay, según el ministro, un riesgo muy "
            "alto de nuevos incidentes.")
    doc = make_doc(text, "es", {"x:person:caputo": ("PERSON", ["Luis Caputo"])})
    assert indirect(doc) == [("un riesgo muy alto de nuevos incidentes", "x:person:caputo")]


def test_french_selon_between_commas_after_the_verb():
    text = "La réforme est, selon Jean-Noël Barrot, nécessaire pour le pays et ses voisins."
    doc = make_doc(text, "fr", {"x:person:barrot": ("PERSON", ["Jean-Noël Barrot"])})
    assert indirect(doc) == [("nécessaire pour le pays et ses voisins", "x:person:barrot")]


def test_italian_secondo_between_commas_after_the_verb():
    text = ("Il ministro Sergei Lavrov ha parlato ieri. La Russia è, secondo il ministro, pronta a "
            "trattare con Kiev.")
    doc = make_doc(text, "it", {"x:person:lavrov": ("PERSON", ["Sergei Lavrov"])})
    assert indirect(doc) == [("pronta a trattare con Kiev", "x:person:lavrov")]


def test_english_according_to_between_commas_after_the_verb():
    text = "The plan is, according to Marco Rubio, a historic mistake for the region."
    doc = make_doc(text, "en", {"x:person:rubio": ("PERSON", ["Marco Rubio"])})
    assert indirect(doc) == [("a historic mistake for the region", "x:person:rubio")]


def test_italian_secondo_estimates_between_commas_reports_nothing():
    text = "Il piano è, secondo le prime stime, costoso per tutti i contribuenti italiani."
    doc = make_doc(text, "it", {})
    assert indirect(doc) == []


def test_german_laut_a_role_noun_before_the_last_word_reports_the_whole_sentence():
    text = "Kanzler Friedrich Merz sprach am Montag. Die Lage ist laut dem Kanzler ernst."
    doc = make_doc(text, "de", {"x:person:merz": ("PERSON", ["Friedrich Merz"])})
    assert indirect(doc) == [("Die Lage ist laut dem Kanzler ernst", "x:person:merz")]


def test_french_selon_lui_between_commas_is_the_person_met_before():
    text = ("Le ministre Jean-Noël Barrot a parlé hier. Le gouvernement doit, selon lui, agir vite sur "
            "ce dossier.")
    doc = make_doc(text, "fr", {"x:person:barrot": ("PERSON", ["Jean-Noël Barrot"])})
    assert indirect(doc) == [("agir vite sur ce dossier", "x:person:barrot")]


def test_english_according_to_him_between_commas_is_the_person_met_before():
    text = "Senator Marco Rubio spoke on Monday. The government must, according to him, act fast on this."
    doc = make_doc(text, "en", {"x:person:rubio": ("PERSON", ["Marco Rubio"])})
    assert indirect(doc) == [("act fast on this", "x:person:rubio")]


def test_spanish_a_su_juicio_inside_a_relative_clause_is_not_the_last_speaker():
    text = ("El diputado Tomás Hirsch habló ayer. La centroderecha apoyará todas las normas que, a su "
            "juicio, sean beneficiosas para el desarrollo del país.")
    doc = make_doc(text, "es", {"x:person:hirsch": ("PERSON", ["Tomás Hirsch"])})
    assert indirect(doc) == []


MERZ = {"x:person:merz": ("PERSON", ["Friedrich Merz", "Merz"])}


def test_german_name_zufolge_after_the_finite_verb_reports_the_whole_sentence():
    text = ("Kanzler Friedrich Merz sprach am Montag. In der Schule bestünden Merz zufolge große Lücken "
            "bei der Sicherheit.")
    doc = make_doc(text, "de", MERZ)
    assert indirect(doc) == [("In der Schule bestünden Merz zufolge große Lücken bei der Sicherheit",
                              "x:person:merz")]


def test_german_a_report_zufolge_at_the_head_still_reports_nothing():
    text = "Kanzler Friedrich Merz sprach am Montag. Dem Bericht des Ministeriums zufolge ist die Lage ernst."
    doc = make_doc(text, "de", MERZ)
    assert indirect(doc) == []
