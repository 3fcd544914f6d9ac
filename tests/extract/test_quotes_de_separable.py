"""German separable verbs of saying with the particle right after the verb: "gab zu, dass ...",
"fügte hinzu: Es seien ...", and an addressee-free "räumte ein, dass" ("ein" is no article here)."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def quotes(doc):
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker, q.direct) for q in find_quotes(doc)]


KOPP = {"x:person:kopp": ("PERSON", ["Christian Kopp"])}


def test_gab_zu_dass_reports_the_clause():
    doc = make_doc("Der Landesbischof Christian Kopp gab zu, dass es Gewalt gab.", "de", KOPP)
    assert quotes(doc) == [("es Gewalt gab", "x:person:kopp", False)]


def test_raeumte_ein_dass_reports_the_clause():
    doc = make_doc("Der Landesbischof Christian Kopp räumte ein, dass es Gewalt gab.", "de", KOPP)
    assert quotes(doc) == [("es Gewalt gab", "x:person:kopp", False)]


def test_fuegte_hinzu_and_a_colon_reports_the_words_after_it():
    text = "Karin Krapp kritisierte die Reaktion und fügte hinzu: Es seien die gleichen Abwehrreaktionen sichtbar geworden."
    doc = make_doc(text, "de", {"x:person:krapp": ("PERSON", ["Karin Krapp"])})
    assert quotes(doc) == [("Es seien die gleichen Abwehrreaktionen sichtbar geworden", "x:person:krapp", False)]
