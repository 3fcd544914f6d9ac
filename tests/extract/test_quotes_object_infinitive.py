"""A verb of asking or charging, its object, then a marked infinitive: the infinitive clause is the
report ("ha invitato i partiti a votare", "a exhorté les Européens à agir", "instó al Congreso a
adoptar"); a participle with no auxiliary describes ("gli uomini accusati di aver ucciso")."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def reported(text: str, lang: str, entities: dict) -> list[tuple[str, str | None, bool]]:
    doc = make_doc(text, lang, entities)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker, q.direct) for q in find_quotes(doc)]


MATTARELLA = {"x:person:mattarella": ("PERSON", ["Sergio Mattarella"])}


def test_italian_object_then_a_and_infinitive_reports_the_infinitive():
    text = "Il presidente Sergio Mattarella ha invitato i partiti a votare la riforma entro l'estate."
    assert reported(text, "it", MATTARELLA) == [
        ("votare la riforma entro l'estate", "x:person:mattarella", False)]


def test_italian_charge_with_di_and_a_perfect_infinitive():
    text = "Il segretario Elly Schlein ha accusato Meloni di aver mentito agli italiani."
    assert reported(text, "it", {"x:person:schlein": ("PERSON", ["Elly Schlein"])}) == [
        ("aver mentito agli italiani", "x:person:schlein", False)]


def test_italian_participle_without_auxiliary_describes_and_reports_nothing():
    text = "I due uomini accusati di aver ucciso il commerciante sono stati arrestati da Sergio Mattarella."
    assert reported(text, "it", MATTARELLA) == []


def test_italian_invitation_to_a_place_is_no_report():
    text = "Sergio Mattarella ha invitato il presidente ucraino a Roma per la conferenza."
    assert reported(text, "it", MATTARELLA) == []


def test_french_object_then_a_and_infinitive_reports_the_infinitive():
    text = "Le président Emmanuel Macron a exhorté les Européens à agir sans attendre."
    assert reported(text, "fr", {"x:person:macron": ("PERSON", ["Emmanuel Macron"])}) == [
        ("agir sans attendre", "x:person:macron", False)]


def test_french_elided_marker_before_avoir():
    text = "Jean-Luc Mélenchon a accusé le gouvernement d'avoir trahi ses promesses."
    assert reported(text, "fr", {"x:person:melenchon": ("PERSON", ["Jean-Luc Mélenchon"])}) == [
        ("avoir trahi ses promesses", "x:person:melenchon", False)]


def test_spanish_personal_a_object_then_a_and_infinitive():
    text = "El presidente Gabriel Boric instó al Congreso a adoptar medidas urgentes contra la inflación."
    assert reported(text, "es", {"x:person:boric": ("PERSON", ["Gabriel Boric"])}) == [
        ("adoptar medidas urgentes contra la inflación", "x:person:boric", False)]


def test_spanish_adverb_between_verb_and_marker():
    text = "Miguel Díaz-Canel instó asimismo a reconocer el protagonismo de la dirección colectiva."
    assert reported(text, "es", {"x:person:diaz": ("PERSON", ["Miguel Díaz-Canel"])}) == [
        ("reconocer el protagonismo de la dirección colectiva", "x:person:diaz", False)]
