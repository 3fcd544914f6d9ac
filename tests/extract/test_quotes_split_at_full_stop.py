"""An attribution inside the quotation marks that a full stop closes ("« ..., a expliqué X. Il ... »")
splits the quotation in two quotes of that speaker, past abbreviations ("M. Macron")."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def speakers(text: str, lang: str, entities: dict) -> list[tuple[str, str | None]]:
    doc = make_doc(text, lang, entities)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker) for q in find_quotes(doc)]


def test_attribution_closed_by_a_full_stop_splits_the_quotation_french():
    text = "« Nous devons réduire la dette, a expliqué Bruno Le Maire. Il n'y aura pas de hausse d'impôts. »"
    assert speakers(text, "fr", {"x:person:le-maire": ("PERSON", ["Bruno Le Maire"])}) == [
        ("Nous devons réduire la dette", "x:person:le-maire"),
        ("Il n'y aura pas de hausse d'impôts.", "x:person:le-maire")]


def test_attribution_closed_by_a_full_stop_splits_the_quotation_italian():
    text = "«Non faremo passi indietro, ha detto Giorgia Meloni. L'Italia è pronta»."
    assert speakers(text, "it", {"x:person:meloni": ("PERSON", ["Giorgia Meloni"])}) == [
        ("Non faremo passi indietro", "x:person:meloni"), ("L'Italia è pronta", "x:person:meloni")]


def test_the_full_stop_of_an_abbreviation_does_not_close_the_attribution():
    text = "« Nous sommes prêts, a déclaré M. Macron. Nous allons négocier. »"
    assert speakers(text, "fr", {"x:person:macron": ("PERSON", ["Macron"])}) == [
        ("Nous sommes prêts", "x:person:macron"), ("Nous allons négocier.", "x:person:macron")]
