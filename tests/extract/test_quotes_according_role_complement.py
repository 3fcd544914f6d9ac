"""An attribution word, a role noun with its complement and the person's name, then the clause with
no comma: "Secondo il portavoce del Cremlino Dmitri Peskov i colloqui ...". The person speaks and
the reported clause starts after the name."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources

PESKOV = {"x:person:peskov": ("PERSON", ["Dmitri Peskov"]),
          "kb:organization:kremlin": ("ORGANIZATION", ["Cremlino", "Kremlin"])}


def reported(text: str, lang: str, entities: dict = PESKOV) -> list[tuple[str, str | None, bool]]:
    doc = make_doc(text, lang, entities)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker, q.direct) for q in find_quotes(doc)]


def test_italian_secondo_role_of_a_body_and_a_name_without_commas():
    text = "Secondo il portavoce del Cremlino Dmitri Peskov i colloqui sono stati utili e costruttivi."
    assert reported(text, "it") == [("i colloqui sono stati utili e costruttivi", "x:person:peskov", False)]


def test_spanish_segun_role_of_a_body_and_a_name_without_commas():
    text = "Según el portavoz del Kremlin Dmitri Peskov las conversaciones fueron útiles y constructivas."
    assert reported(text, "es") == [
        ("las conversaciones fueron útiles y constructivas", "x:person:peskov", False)]


def test_french_selon_hyphenated_role_of_a_body_and_a_name_without_commas():
    text = "Selon le porte-parole du Kremlin Dmitri Peskov les discussions ont été utiles et constructives."
    assert reported(text, "fr") == [
        ("les discussions ont été utiles et constructives", "x:person:peskov", False)]


def test_english_according_to_role_of_a_body_and_a_name_without_commas():
    text = "According to the spokesman of the Kremlin Dmitri Peskov the talks were useful and constructive."
    assert reported(text, "en") == [("the talks were useful and constructive", "x:person:peskov", False)]


def test_role_complement_without_a_person_reports_nothing():
    text = "Secondo il presidente della Regione i lavori finiranno entro la fine del mese."
    assert reported(text, "it", {}) == []


def test_a_name_followed_by_an_auxiliary_is_the_clauses_subject_not_the_roles_holder():
    text = "Secondo il portavoce della Casa Bianca Donald Trump avrebbe firmato il decreto sui dazi."
    assert reported(text, "it", {"x:person:trump": ("PERSON", ["Donald Trump"])}) == []
