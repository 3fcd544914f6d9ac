"""A quotation that opens a story (alone or after a dateline) with no verb of saying is spoken by the
person the next sentence introduces, when the story quotes that person again further on. A person
named after it who is not quoted later is only named, not the speaker."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes


def _quotes(text: str, lang: str, entities: dict) -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker, q.rule) for q in find_quotes(make_doc(text, lang, entities))]


def test_opening_quotation_after_a_dateline_is_the_introduced_persons():
    text = ("CARPI. «Ci hanno portato via anche i regali dei bambini, non ci resta più niente». Non si dà pace "
            "Giulia Ferri, titolare del negozio di giocattoli di via Roma. «Sono entrati di notte dal retro» "
            "- racconta Giulia Ferri - «e hanno svuotato gli scaffali».")
    quotes = _quotes(text, "it", {"x:person:ferri": ("PERSON", ["Giulia Ferri"])})
    assert quotes[0] == ("Ci hanno portato via anche i regali dei bambini, non ci resta più niente",
                         "x:person:ferri", "direct:no-cue|speaker:introduced-after")


def test_a_person_named_after_but_never_quoted_is_not_the_speaker():
    text = ("CARPI. «Ci hanno portato via anche i regali dei bambini, non ci resta più niente». Il furto è "
            "stato denunciato a Giulia Ferri, comandante della stazione dei carabinieri.")
    quotes = _quotes(text, "it", {"x:person:ferri": ("PERSON", ["Giulia Ferri"])})
    assert [(t, s) for t, s, _ in quotes] == [
        ("Ci hanno portato via anche i regali dei bambini, non ci resta più niente", None)]


def test_french_opening_quotation_is_the_introduced_persons():
    text = ("« Nous n'avons rien vu venir, tout a été emporté en une nuit ». Marie Dupont tient la boutique "
            "depuis vingt ans. « Nous allons rouvrir lundi », a affirmé Marie Dupont.")
    quotes = _quotes(text, "fr", {"x:person:dupont": ("PERSON", ["Marie Dupont"])})
    assert quotes[0][:2] == ("Nous n'avons rien vu venir, tout a été emporté en une nuit", "x:person:dupont")
