"""A quotation that a colon opens and that ends its sentence is words said even when the clause before
the colon has no verb of saying ("X aveva lanciato un appello: «...»."): the clause announces it, and
its subject speaks (a name, or a definite noun of a person or body). With no subject, or a short
quotation (a title or a term), nothing is emitted."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def _quotes(text: str, lang: str, entities: dict) -> list[tuple[str, str | None, str | None, str]]:
    doc = make_doc(text, lang, entities)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker, q.speaker_text, q.rule) for q in find_quotes(doc)]


def test_minister_expressing_himself_before_a_colon_speaks_the_quotation():
    text = ("Il ministro dell'Agricoltura Luca Zaia ha parlato ieri. Già la settimana prima il ministro nel "
            "corso di una conferenza stampa si era espresso con parole molto chiare: «Dopo la legge "
            "sull'etichettatura ci occuperemo ora di una vicenda altrettanto complessa».")
    assert _quotes(text, "it", {"x:person:zaia": ("PERSON", ["Luca Zaia"])}) == [
        ("Dopo la legge sull'etichettatura ci occuperemo ora di una vicenda altrettanto complessa",
         "x:person:zaia", "il ministro", "direct:announced|speaker:role-noun:introduced")]


def test_definite_body_noun_before_a_colon_speaks_the_quotation():
    text = ("L'Osservatore Romano critica la decisione delle Poste. La testata pone l'accento su un dato "
            "storico: «La continuità del servizio postale non era stata messa a repentaglio neppure nei "
            "periodi bellici».")
    assert _quotes(text, "it", {"x:org:or": ("ORG", ["L'Osservatore Romano"])}) == [
        ("La continuità del servizio postale non era stata messa a repentaglio neppure nei periodi bellici",
         None, "La testata", "direct:announced|speaker:phrase")]


def test_a_short_title_after_a_colon_is_no_quote():
    text = "È stato presentato ieri a Breno il volume: «Il santuario di Minerva»."
    assert _quotes(text, "it", {}) == []


def test_a_speech_noun_owned_by_someone_after_a_preposition_names_no_subject():
    # "il commento del gestore": the manager is after a preposition, "commento" is no person: no speaker
    # found for the clause, so the quotation is left out rather than given to whoever spoke before
    text = ("I carabinieri sono intervenuti sul posto. Alla luce dell'ennesimo furto, il commento del gestore "
            "del negozio è significativo: «In accordo con la proprietà, stiamo ora valutando il da farsi».")
    assert _quotes(text, "it", {"x:org:cc": ("ORG", ["carabinieri"])}) == []


def test_a_colon_clause_with_no_subject_goes_on_about_the_one_named_before():
    text = ("A raccontare la vicenda è il titolare del negozio, Christian D'Assenza. È arrabbiato e molto "
            "amareggiato: «Sono un giovane imprenditore, credo nel mio lavoro e do occupazione a tre persone».")
    found = _quotes(text, "it", {"x:person:dassenza": ("PERSON", ["Christian D'Assenza"])})
    assert [(q[0], q[1]) for q in found] == [
        ("Sono un giovane imprenditore, credo nel mio lavoro e do occupazione a tre persone", "x:person:dassenza")]
