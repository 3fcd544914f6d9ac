"""A quotation inside a quotation with its own attribution inside the outer marks."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources

PEOPLE = {"x:person:bennett": ("PERSON", ["Naftali Bennett"]), "x:person:smotrich": ("PERSON", ["Bezalel Smotrich"])}


def found(text, lang="de"):
    doc = make_doc(text, lang, PEOPLE)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker) for q in find_quotes(doc)]


def test_inner_quotation_after_an_inner_verb_of_saying_is_the_named_persons():
    text = ("Naftali Bennett sagte: „Bezalel Smotrich sagt: ‚Ich werde mit Netanyahu gehen‘ – ich glaube "
            "nicht daran.“")
    assert found(text) == [
        ("Bezalel Smotrich sagt: ‚Ich werde mit Netanyahu gehen‘ – ich glaube nicht daran.", "x:person:bennett"),
        ("Ich werde mit Netanyahu gehen", "x:person:smotrich")]


def test_inner_quotation_without_attribution_stays_part_of_the_outer_quote():
    text = "Naftali Bennett sagte: „Das ist keine ‚Reform‘, das ist ein Angriff auf die Gerichte.“"
    assert found(text) == [("Das ist keine ‚Reform‘, das ist ein Angriff auf die Gerichte.", "x:person:bennett")]


def test_a_quotation_holding_only_an_outlets_name_is_no_quote():
    text = "Der Dorfratsvorsitzende erklärte gegenüber „Wafa“, die Armee sei gekommen."
    doc = make_doc(text, "de", {"x:media:wafa": ("MEDIA", ["Wafa"])})
    doc.sources = find_sources(doc)
    assert [q.text for q in find_quotes(doc) if q.direct] == []


def test_verb_after_an_inner_quotation_opening_the_outer_one_does_not_split_it():
    # the speaker tells what others asked her: "fragten sie" attributes the inner words, not the quotation
    text = ("„Sie waren schockiert“, erzählt Naftali Bennett. „‚Was isst du denn dann?‘, fragten sie. "
            "Ich sagte, dass ich Pizza mag.“")
    assert found(text) == [
        ("Sie waren schockiert", "x:person:bennett"),
        ("‚Was isst du denn dann?‘, fragten sie. Ich sagte, dass ich Pizza mag.", "x:person:bennett")]
