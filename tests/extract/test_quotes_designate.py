"""A title with a word saying its holder is only chosen ("il premier in pectore", "der designierte
Kanzler") does not name the incumbent the linker gave it: it names whom it introduced."""
from extract.handmade import make_doc

from cronaca.document import Mention
from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def with_title(text: str, lang: str, people: dict, title: str, incumbent: str):
    """A document whose linker (as the real one does by date) took the bare title for the incumbent."""
    doc = make_doc(text, lang, people | {incumbent: ("PERSON", ["Incumbent"])})
    at = text.index(title)
    entity = next(e for e in doc.entities if e.id == incumbent)
    entity.mentions = [Mention(at, at + len(title), title, incumbent, "title", 0.9, "title")]
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker) for q in find_quotes(doc)]


def test_premier_in_pectore_is_the_man_the_title_introduced_not_the_incumbent():
    text = ("Ieri il presidente del Consiglio incaricato Matteo Renzi ha concluso le consultazioni. Poi il premier "
            "in pectore ha detto che «ci sono le condizioni per fare un ottimo lavoro».")
    found = with_title(text, "it", {"x:person:renzi": ("PERSON", ["Matteo Renzi"])}, "premier", "x:person:letta")
    assert {s for _, s in found} == {"x:person:renzi"}


def test_designierte_kanzler_is_the_one_person_named_before():
    text = "Friedrich Merz traf sich mit der SPD-Spitze. Der designierte Kanzler sagte, die Lage sei ernst."
    found = with_title(text, "de", {"x:person:merz": ("PERSON", ["Friedrich Merz"])}, "Kanzler", "x:person:scholz")
    assert found == [("die Lage sei ernst", "x:person:merz")]


def test_a_plain_title_still_names_its_incumbent():
    text = "Friedrich Merz traf sich mit der SPD-Spitze. Der Kanzler sagte, die Lage sei ernst."
    found = with_title(text, "de", {"x:person:merz": ("PERSON", ["Friedrich Merz"])}, "Kanzler", "x:person:scholz")
    assert found == [("die Lage sei ernst", "x:person:scholz")]
