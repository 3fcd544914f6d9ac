"""A quotation named by a participle whose agent follows: "definita «folle» da Berlusconi"."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def quoted(text: str, lang: str, entities: dict) -> list[tuple[str, str | None, str]]:
    doc = make_doc(text, lang, entities)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker, q.rule) for q in find_quotes(doc)]


def test_italian_participle_and_agent_make_the_agent_the_speaker():
    text = "I giudici hanno motivato il reato con un'argomentazione definita «folle» da Silvio Berlusconi."
    assert quoted(text, "it", {"x:person:b": ("PERSON", ["Silvio Berlusconi"])}) == [
        ("folle", "x:person:b", "direct:agent|speaker:mention-agent")]


def test_italian_participle_with_an_unnamed_agent_is_no_quote():
    text = "Il presidente Silvio Berlusconi presenta un piano giudicato «irrealistico» da molti osservatori."
    assert quoted(text, "it", {"x:person:b": ("PERSON", ["Silvio Berlusconi"])}) == []


def test_french_participle_and_par_agent_trim_the_spaces_inside_the_marks():
    text = "Une réforme qualifiée d'« injuste » par Jean Dupont a été adoptée hier."
    assert quoted(text, "fr", {"x:person:d": ("PERSON", ["Jean Dupont"])}) == [
        ("injuste", "x:person:d", "direct:agent|speaker:mention-agent")]
