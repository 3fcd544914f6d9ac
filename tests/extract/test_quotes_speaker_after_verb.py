"""Speakers named after the verb past an addressee or a compound title, a bare surname whose full
name the linker met only later, and a role of a party naming the one person met just before."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def quotes(doc):
    doc.sources = find_sources(doc)
    return find_quotes(doc)


def test_subject_after_a_short_addressee_speaks_spanish():
    text = "“No hay pruebas”, declaró a la prensa el fiscal general, Alejandro Gertz Manero."
    found = quotes(make_doc(text, "es", {"x:person:gertz": ("PERSON", ["Alejandro Gertz Manero"])}))
    assert [(q.text, q.speaker) for q in found] == [("No hay pruebas", "x:person:gertz")]


def test_subject_after_a_channel_speaks_italian():
    text = "«Non ci faremo intimidire», ha scritto su X la premier Giorgia Meloni."
    found = quotes(make_doc(text, "it", {"x:person:meloni": ("PERSON", ["Giorgia Meloni"])}))
    assert [(q.text, q.speaker) for q in found] == [("Non ci faremo intimidire", "x:person:meloni")]


def test_a_name_after_the_addressee_noun_is_the_addressee_not_the_speaker():
    text = ("Hugo Bustos habló del contrabando. “Es imposible”, aseguró a la red Unitel.")
    found = quotes(make_doc(text, "es", {"x:person:bustos": ("PERSON", ["Hugo Bustos"]),
                                         "x:media:unitel": ("MEDIA", ["Unitel"])}))
    assert [(q.text, q.speaker) for q in found] == [("Es imposible", "x:person:bustos")]


def test_person_named_right_after_a_compound_title_with_a_body_speaks():
    text = ("Es sei erschreckend, wie ahnungslos die Landesregierung war, sagt SWR-Landeskorrespondent "
            "Matthias Zahn.")
    found = quotes(make_doc(text, "de", {"x:media:swr": ("MEDIA", ["SWR"]),
                                         "x:person:zahn": ("PERSON", ["Matthias Zahn"])}))
    assert [(q.text, q.speaker) for q in found] == [
        ("Es sei erschreckend, wie ahnungslos die Landesregierung war", "x:person:zahn")]


def test_bare_surname_takes_the_full_name_met_later_when_the_first_was_missed():
    text = ("Umgekehrt seien deutsche Ausfuhren von großer Bedeutung für die iranische Wirtschaft, erklärt "
            "Lohmann. „Das Druckpotential ist ausgeschöpft“, sagt Sascha Lohmann.")
    found = quotes(make_doc(text, "de", {"x:person:lohmann": ("PERSON", ["Sascha Lohmann"])}))
    assert [(q.text, q.speaker) for q in found] == [
        ("Umgekehrt seien deutsche Ausfuhren von großer Bedeutung für die iranische Wirtschaft", "x:person:lohmann"),
        ("Das Druckpotential ist ausgeschöpft", "x:person:lohmann")]


def test_role_of_a_party_names_the_one_person_met_just_before():
    text = ("Matteo Salvini è arrivato a Pontida. Il leader della Lega ha detto che «l'autonomia si farà "
            "entro l'anno».")
    found = quotes(make_doc(text, "it", {"x:person:salvini": ("PERSON", ["Matteo Salvini"]),
                                         "x:org:lega": ("ORG", ["Lega"])}))
    assert {q.speaker for q in found} == {"x:person:salvini"}


def test_role_of_a_party_with_two_people_before_names_no_one():
    text = ("Matteo Salvini ha incontrato Giorgia Meloni a Roma. Il leader della Lega ha detto che «l'autonomia "
            "si farà entro l'anno».")
    found = quotes(make_doc(text, "it", {"x:person:salvini": ("PERSON", ["Matteo Salvini"]),
                                         "x:person:meloni": ("PERSON", ["Giorgia Meloni"]),
                                         "x:org:lega": ("ORG", ["Lega"])}))
    assert found and {q.speaker for q in found} == {None}
