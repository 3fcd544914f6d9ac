"""An attribution inside the quotation marks that names the speaker's own channel ("- ha commentato
dalla sua pagina Facebook -") has no subject after the verb: the platform is where the words were
written, not who wrote them. A source phrase with no possessive ("- scrivono dal Comune -") still
names who speaks."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes


def _speakers(text: str, entities: dict) -> list[str | None]:
    return [q.speaker for q in find_quotes(make_doc(text, "it", entities))]


def test_a_platform_after_a_possessive_is_not_the_speaker():
    text = ("Il consigliere Marco Bianchi ha trovato il vetro della sua auto sfondato. «Questo è il livello di "
            "sicurezza garantito in città - ha commentato dalla sua pagina Facebook - è la Carpi che non "
            "vogliamo più».")
    entities = {"x:person:bianchi": ("PERSON", ["Marco Bianchi"]), "x:org:fb": ("ORG", ["Facebook"])}
    assert _speakers(text, entities) == ["x:person:bianchi", "x:person:bianchi"]


def test_a_body_after_a_source_preposition_still_speaks():
    text = "«Siamo pronti a collaborare - scrivono dal Comune di Carpi - per trovare una soluzione»."
    assert _speakers(text, {"x:org:comune": ("ORG", ["Comune di Carpi"])}) == ["x:org:comune", "x:org:comune"]
