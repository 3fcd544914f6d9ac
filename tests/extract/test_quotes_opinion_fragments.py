"""Words in quotation marks inside a view an opinion word ascribes to a person ("Per X il decreto è
«...»", "Pour X, ce budget est « ... »") are that person's, as after "secondo"/"selon". A title in
quotation marks there is no one's words."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes


def _quotes(text: str, lang: str, entities: dict) -> list[tuple[str, str | None, bool]]:
    return [(q.text, q.speaker, q.direct) for q in find_quotes(make_doc(text, lang, entities))]


def test_quoted_words_in_an_italian_opinion_clause_are_the_holders():
    text = "Per Carlo Calenda il decreto è «un errore grave che pagheremo tutti»."
    assert _quotes(text, "it", {"x:person:calenda": ("PERSON", ["Carlo Calenda"])}) == [
        ("un errore grave che pagheremo tutti", "x:person:calenda", True)]


def test_quoted_words_in_a_french_opinion_clause_are_the_holders():
    text = "Pour Emmanuel Macron, ce budget est « une provocation envers les Français »."
    assert _quotes(text, "fr", {"x:person:macron": ("PERSON", ["Emmanuel Macron"])}) == [
        ("une provocation envers les Français", "x:person:macron", True)]


def test_a_title_in_an_opinion_clause_is_no_quote():
    text = "Per Carlo Calenda il film «La Grande Bellezza» resta un capolavoro del cinema italiano."
    quotes = _quotes(text, "it", {"x:person:calenda": ("PERSON", ["Carlo Calenda"])})
    assert all(t != "La Grande Bellezza" for t, _, _ in quotes)
