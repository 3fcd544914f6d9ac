"""A party in brackets after a bare surname the linker left alone is not the speaker: "Vendola (SEL)
ha detto" names Vendola (unlinked), not SEL; a linked name or a multi-word body keeps its mention."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources

RENZI = {"x:person:r": ("PERSON", ["Matteo Renzi"])}


def speakers(text: str, entities: dict) -> list[tuple[str | None, str | None]]:
    doc = make_doc(text, "it", {**RENZI, **entities})
    doc.sources = find_sources(doc)
    return [(q.speaker, q.speaker_text) for q in find_quotes(doc)]


def test_unlinked_surname_before_a_bracketed_party_speaks():
    text = "Matteo Renzi ha ricevuto le minoranze. Vendola (SEL) ha detto che non darà la fiducia al governo."
    assert speakers(text, {"x:org:sel": ("ORG", ["SEL"])}) == [(None, "Vendola")]


def test_bracketed_acronym_after_a_multi_word_name_stays_the_speaker():
    text = "Matteo Renzi ha ricevuto i partiti. Il Movimento Cinque Stelle (M5S) ha detto che non darà la fiducia."
    assert speakers(text, {"x:org:m": ("ORG", ["M5S"])}) == [("x:org:m", "M5S")]


def test_capitalised_noun_after_an_article_before_a_bracket_is_no_surname():
    doc = make_doc("Am Montag hat die Partei (SPD) erklärt, dass sie den Haushalt ablehnt.", "de",
                   {"x:org:spd": ("ORG", ["SPD"])})
    doc.sources = find_sources(doc)
    assert [(q.speaker, q.speaker_text) for q in find_quotes(doc)] == [("x:org:spd", "SPD")]
