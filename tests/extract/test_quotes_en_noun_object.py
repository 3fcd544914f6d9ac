"""A verb of saying followed by an article and a noun naming an act (``act_noun``) that a
preposition or the clause end follows, with no finite verb after it, has an object, not a reported
clause."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def reported(text: str, entities: dict) -> list[tuple[str, str | None, bool]]:
    doc = make_doc(text, "en", entities)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker, q.direct) for q in find_quotes(doc)]


BIDEN = {"x:person:biden": ("PERSON", ["Joe Biden"])}


def test_announced_the_noun_of_is_an_object():
    assert reported("President Joe Biden announced the activation of the National Guard in three states.",
                    BIDEN) == []


def test_claimed_the_noun_of_is_an_object():
    text = "The group Hamas claimed the killing of two soldiers near the border on Sunday."
    assert reported(text, {"x:organization:hamas": ("ORGANIZATION", ["Hamas"])}) == []


def test_concluded_a_noun_with_is_an_object():
    assert reported("President Joe Biden concluded a summit with European leaders in London.", BIDEN) == []


def test_act_noun_and_a_finite_verb_is_a_reported_clause():
    assert reported("President Joe Biden announced the deployment would end in May.", BIDEN) == [
        ("the deployment would end in May", "x:person:biden", False)]


def test_act_noun_of_and_a_finite_verb_is_a_reported_clause():
    assert reported("President Joe Biden announced the deployment of the troops would begin next week.",
                    BIDEN) == [("the deployment of the troops would begin next week", "x:person:biden", False)]


def test_noun_naming_what_was_said_stays_reported():
    assert reported("President Joe Biden acknowledged the reality of climate change in his speech.", BIDEN) == [
        ("the reality of climate change in his speech", "x:person:biden", False)]


def test_noun_and_a_complementizer_is_reported():
    assert reported("President Joe Biden announced the decision that the troops would stay.", BIDEN) == [
        ("the decision that the troops would stay", "x:person:biden", False)]
