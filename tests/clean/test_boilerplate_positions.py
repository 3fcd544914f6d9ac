"""Captions that place the people in their picture, (c) credits, copy-link buttons, and the
closing appeal a related box below it hid from the text's end; the article's own lines stay."""
from __future__ import annotations

from cronaca.clean import boilerplate
from cronaca.clean.edits import apply
from cronaca.document import Integrity

BODY_EN = ("The city council approved the new budget on Tuesday after a long debate.\n"
           "The mayor said the plan would fund schools, roads and public transport.\n"
           "Opposition members voted against it, citing the cost of the transport plan.\n")
BODY_DE = ("Der Stadtrat hat am Dienstag nach langer Debatte den neuen Haushalt beschlossen.\n"
           "Die Bürgermeisterin sagte, der Plan finanziere Schulen, Straßen und den Nahverkehr.\n"
           "Die Opposition stimmte dagegen und verwies auf die Kosten des Verkehrsplans.\n")
BODY_ES = ("El gobierno anunció ayer nuevas medidas para contener la inflación en el país.\n"
           "Los sindicatos rechazaron la propuesta y convocaron una huelga para la próxima semana.\n"
           "La oposición pidió al ministro que explique el plan ante el Congreso.\n")


def removed(text: str, lang: str) -> list[tuple[str, str]]:
    integrity = Integrity()
    apply(text, boilerplate.propose(text, lang), integrity)
    return [(r.rule, r.text.strip()) for r in integrity.removed]


def between(body: str, line: str) -> str:
    first, rest = body.split("\n", 1)
    return f"{first}\n{line}\n{rest}{body}"


def test_a_caption_naming_the_people_from_left_is_removed():
    caption = "Murder victims from left: Kaylee Goncalves, Ethan Chapin, Xana Kernodle, Maddie Mogen"
    assert removed(between(BODY_EN, caption), "en") == [("boilerplate.caption", caption)]


def test_a_german_caption_with_left_and_right_in_brackets_is_removed():
    caption = "Olaf Scholz (links) und Emmanuel Macron (rechts) bei einem Treffen in Paris"
    assert removed(between(BODY_DE, caption), "de") == [("boilerplate.caption", caption)]


def test_a_sentence_pointing_at_the_picture_stays():
    # tabloids write "(left)" and "(pictured)" inside their sentences and summary points
    sentence = "Prince Harry (left) and his brother were seen together at the funeral on Saturday."
    point = "- Prince Harry (pictured) flew back to California after the funeral"
    assert removed(between(BODY_EN, sentence), "en") == []
    assert removed(between(BODY_EN, point), "en") == []


def test_a_partys_place_on_the_left_in_brackets_is_no_caption():
    line = "Podemos (izquierda) y Vox (extrema derecha) votaron en contra del decreto"
    assert removed(between(BODY_ES, line), "es") == []


def test_a_copyright_written_c_in_brackets_is_a_credit():
    assert removed(between(BODY_DE, "(c) Wiley-VCH"), "de") == [("boilerplate.credit", "(c) Wiley-VCH")]
    line = "Bildcredit: (c) yakushkina - depositphotos.com"
    assert removed(between(BODY_DE, line), "de") == [("boilerplate.credit", line)]


def test_the_third_point_of_an_enumeration_stays():
    assert removed(between(BODY_DE, "(c) Kontrolle der Anlagen"), "de") == []


def test_a_copied_link_button_is_removed():
    assert removed(between(BODY_DE, "Link kopiert"), "de") == [("boilerplate.other", "Link kopiert")]
    assert removed(between(BODY_ES, "Enlace copiado"), "es") == [("boilerplate.other", "Enlace copiado")]


def test_an_appeal_above_a_related_box_is_read_as_the_end_of_the_text():
    appeal = ("Informieren Sie sich durch die junge Welt: Testen Sie für zwei Wochen die gedruckte "
              "Zeitung. Sie bekommen sie kostenlos in Ihren Briefkasten.")
    box = ("Ähnliche:\n"
           "- 19.03.2024 Fahndung nach Verrätern: Strack-Zimmermann will Strafverfahren\n"
           "- 05.03.2024 Aufklärung nur intern? Ampelparteien gegen Untersuchungsausschuss\n"
           "- 04.03.2024 Russe hört mit: Bundeswehrgespräch über Taurus veröffentlicht")
    found = removed(BODY_DE + BODY_DE + appeal + "\n" + box, "de")
    assert ("boilerplate.advert", appeal) in found


def test_the_lines_after_a_closing_appeal_go_with_it():
    appeal = ("Wait! Before you go on about your day, ask yourself: How likely is it that the story "
              "you just read would have been produced by a different news outlet if The Intercept "
              "hadn’t done it?")
    rest = ("Consider what the world of media would look like without The Intercept. Who would "
            "hold party elites accountable to the values they proclaim to have?")
    found = removed(BODY_EN + BODY_EN + appeal + "\n" + rest + "\nJoin the conversation", "en")
    assert found[:2] == [("boilerplate.advert", appeal), ("boilerplate.appeal_rest", rest)]


def test_an_advertisement_label_before_the_last_paragraph_keeps_it():
    last = "The budget takes effect on January 1, the council said."
    found = removed(BODY_EN + BODY_EN + "Advertisement\n" + last, "en")
    assert found == [("boilerplate.advert", "Advertisement")]
