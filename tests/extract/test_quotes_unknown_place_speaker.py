"""A name the linker typed PLACE with no KB entry, standing right after an inverted verb of saying, is
who speaks: places say nothing, so "ha detto Della Valle" names a person the linker misread. A place
the KB knows stays out of that slot."""
from extract.handmade import make_doc

from cronaca.document import Entity, Mention
from cronaca.extract.quotes import find_quotes


def _doc(text: str, lang: str, name: str, in_kb: bool):
    doc = make_doc(text, lang, {"x:org:fio": ("ORG", ["Fiorentina"])})
    start = text.index(name)
    ent = Entity(id="x:place:p", name=name, type="PLACE", in_kb=in_kb,
                 mentions=[Mention(start, start + len(name), name, "x:place:p", "unknown:inside-cue")])
    doc.entities.append(ent)
    return doc


def test_unknown_name_typed_place_after_the_verb_speaks():
    text = ("La Fiorentina ha chiuso il mercato. «Siamo soddisfatti della squadra che abbiamo costruito», "
            "ha detto Della Valle ai giornalisti.")
    quotes = find_quotes(_doc(text, "it", "Della Valle", in_kb=False))
    assert [(q.speaker, q.rule) for q in quotes] == [("x:place:p", "direct:after|speaker:mention-after-unknown-place")]


def test_french_unknown_name_typed_place_after_the_verb_speaks():
    text = "« Le made in France n'est pas mort », a déclaré Montebourg lors de son déplacement."
    quotes = find_quotes(_doc(text, "fr", "Montebourg", in_kb=False))
    assert [q.speaker for q in quotes] == ["x:place:p"]


def test_a_known_place_after_the_verb_is_not_taken_for_a_speaker():
    text = ("La Fiorentina ha chiuso il mercato. «Siamo soddisfatti della squadra che abbiamo costruito», "
            "ha detto Firenze ai giornalisti.")
    quotes = find_quotes(_doc(text, "it", "Firenze", in_kb=True))
    assert [q.speaker for q in quotes] != ["x:place:p"]
