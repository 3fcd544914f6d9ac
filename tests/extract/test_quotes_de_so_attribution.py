"""German ", so X." after a clause attributes it in any mood; "so dass", "so etwa" attribute nothing."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def quotes(doc):
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker, q.direct) for q in find_quotes(doc)]


def test_so_and_a_titled_name_attributes_an_indicative_clause():
    text = "Die Lage an der Grenze ist ernst, so Bundeskanzler Friedrich Merz."
    doc = make_doc(text, "de", {"Q57792": ("PERSON", ["Friedrich Merz"])})
    assert quotes(doc) == [("Die Lage an der Grenze ist ernst", "Q57792", False)]


def test_so_and_a_role_noun_attributes_the_clause_to_the_person_named_before():
    text = ("Yotam Ophir leitet ein Labor in Buffalo. Während der Pandemie verknüpften sich Fehlinformationen "
            "stärker mit politischer Identität, so der Experte.")
    doc = make_doc(text, "de", {"x:person:ophir": ("PERSON", ["Yotam Ophir"])})
    assert [q[0] for q in quotes(doc)] == [
        "Während der Pandemie verknüpften sich Fehlinformationen stärker mit politischer Identität"]


def test_so_dass_is_no_attribution():
    text = "Merz kam spät an, so dass Friedrich Merz die Rede verpasste."
    doc = make_doc(text, "de", {"Q57792": ("PERSON", ["Friedrich Merz", "Merz"])})
    assert quotes(doc) == []


def test_so_and_a_name_inserted_mid_sentence_reports_the_whole_sentence():
    text = "Die Bundesregierung werde, so Hebestreit am Mittwoch, alles tun, um die Ukraine zu unterstützen."
    doc = make_doc(text, "de", {"x:person:hebestreit": ("PERSON", ["Hebestreit"])})
    assert quotes(doc) == [("Die Bundesregierung werde, so Hebestreit am Mittwoch, alles tun, "
                            "um die Ukraine zu unterstützen", "x:person:hebestreit", False)]


def test_so_and_an_article_inserted_mid_sentence_reports_the_sentence_in_any_mood():
    text = ("Olaf Scholz besuchte am Montag Kiew. Die Hilfe für die Ukraine wird, so der Kanzler, "
            "auch im nächsten Jahr weitergehen.")
    doc = make_doc(text, "de", {"Q61053": ("PERSON", ["Olaf Scholz"])})
    assert [q[0] for q in quotes(doc)] == [
        "Die Hilfe für die Ukraine wird, so der Kanzler, auch im nächsten Jahr weitergehen"]


def test_so_heisst_es_inserted_mid_sentence_names_no_speaker_and_reports_nothing():
    text = "Die Entscheidung, so heißt es nun, sei erst kurzfristig gefallen, nach langen Beratungen."
    doc = make_doc(text, "de", {})
    assert quotes(doc) == []


def test_so_and_a_name_inserted_before_a_short_rest_still_reports_the_whole_sentence():
    text = "Friedrich Merz besuchte Kiew. Die Ukraine werde, so Merz, weiter unterstützt."
    doc = make_doc(text, "de", {"Q57792": ("PERSON", ["Friedrich Merz", "Merz"])})
    assert quotes(doc) == [("Die Ukraine werde, so Merz, weiter unterstützt", "Q57792", False)]


def test_so_and_an_article_before_no_noun_of_office_inserted_mid_sentence_reports_nothing():
    text = "Friedrich Merz besuchte Kiew. Die Preise sinken, so die Hoffnung, bald wieder deutlich."
    doc = make_doc(text, "de", {"Q57792": ("PERSON", ["Friedrich Merz"])})
    assert quotes(doc) == []
