"""The one line a page sets under the article's last paragraph (a signature with the desk, a
credit, a source or a link line) goes; the article's own last sentence, a closing heading that
takes up the body's words, and a closing line under a list stay."""
from __future__ import annotations

from cronaca.clean import boilerplate
from cronaca.clean.edits import apply
from cronaca.document import Integrity

BODY_EN = ("The city council approved the new budget on Tuesday after a long debate that lasted "
           "well into the night and divided the governing coalition.\n"
           "The mayor said the plan would fund schools, roads and public transport, and promised "
           "that local taxes would not rise before the next election.\n"
           "Opposition members voted against the budget, citing the cost of the transport plan and "
           "the lack of money for social housing in the poorer districts.\n")
BODY_DE = ("Der Stadtrat hat am Dienstag nach einer langen Debatte, die bis in die Nacht dauerte, "
           "den neuen Haushalt für die kommenden zwei Jahre beschlossen.\n"
           "Die Bürgermeisterin sagte, der Plan finanziere Schulen, Straßen und den Nahverkehr, "
           "und versprach, die Gewerbesteuer vor der nächsten Wahl nicht zu erhöhen.\n"
           "Die Opposition stimmte gegen den Haushalt und verwies auf die hohen Kosten des "
           "Verkehrsplans und auf fehlendes Geld für den sozialen Wohnungsbau.\n")
BODY_ES = ("El gobierno municipal aprobó el martes el nuevo presupuesto tras un largo debate que "
           "se prolongó hasta la noche y dividió a la coalición de gobierno.\n"
           "La alcaldesa dijo que el plan financiará escuelas, carreteras y transporte público, y "
           "prometió que los impuestos locales no subirán antes de las próximas elecciones.\n"
           "La oposición votó en contra del presupuesto por el costo del plan de transporte y por "
           "la falta de dinero para vivienda social en los barrios más pobres.\n")


def removed(text: str, lang: str) -> list[tuple[str, str]]:
    integrity = Integrity()
    apply(text, boilerplate.propose(text, lang), integrity)
    return [(r.rule, r.text.strip()) for r in integrity.removed]


def test_a_signature_with_the_desk_closing_the_text_is_removed():
    line = "Anna Weber und Redaktion Stadtanzeiger.de"
    assert removed(BODY_DE + line, "de") == [("boilerplate.closing_line", line)]


def test_a_download_line_closing_the_text_is_removed():
    line = "Descarga aquí el informe completo en formato PDF"
    assert removed(BODY_ES + line, "es") == [("boilerplate.closing_line", line)]


def test_a_link_line_closing_the_text_is_removed():
    line = "If you're on the mobile app, tap here to watch the video"
    assert removed(BODY_EN + line, "en") == [("boilerplate.closing_line", line)]


def test_the_articles_last_sentence_stays():
    line = "A final vote on the transport plan is expected in March."
    assert removed(BODY_EN + line, "en") == []


def test_a_closing_heading_on_the_articles_topic_stays():
    line = "Budget for schools and public transport"
    assert removed(BODY_EN + line, "en") == []


def test_a_closing_line_with_a_sentence_before_a_credit_stays():
    # the sentence belongs to the article; the credit after it is not a line of its own
    line = "Die Gemeindepolitik in Petersberg bleibt spannend. (Christian Meier) +++"
    assert removed(BODY_DE + line, "de") == []


def test_a_closing_line_under_a_short_line_stays():
    # the line above is no paragraph (a list item): the closing line may be the last point of
    # the article's own list
    text = BODY_EN + "The new budget at a glance:\n- Forty new buses\nTwo new tram lines for the city"
    assert removed(text, "en") == []


def test_the_closing_line_is_read_once_a_box_below_it_is_gone():
    line = "Photos and words by Tom Fischer for Metro Weekly"
    text = BODY_EN + line + "\nShare this article"
    assert removed(text, "en") == [("boilerplate.closing_line", line),
                                   ("boilerplate.navigation", "Share this article")]


def test_a_last_sentence_cut_short_stays():
    # a pasted text cut off mid-sentence ends on an article or a preposition, no credit does
    line = "Meanwhile the central bank kept its key interest rate unchanged at"
    assert removed(BODY_EN + line, "en") == []
