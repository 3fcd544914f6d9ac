"""Picture credits in brackets, agency captions and datelines, in several languages: the caption
goes, the paragraph an agency signs stays, and a short sentence is never taken for a dateline."""
from __future__ import annotations

import pytest

from cronaca.clean import boilerplate
from cronaca.clean.edits import apply
from cronaca.document import Integrity

BODY = {
    "es": ("El Gobierno anunció este martes un paquete de medidas para contener la inflación, "
           "que alcanzó su nivel más alto en dos décadas.\n"
           "Según el ministro de Economía, las medidas entrarán en vigor el próximo mes."),
    "it": ("Il governo ha annunciato martedì un pacchetto di misure per contenere l'inflazione, "
           "salita al livello più alto da vent'anni.\n"
           "Secondo il ministro dell'Economia, le misure entreranno in vigore il mese prossimo."),
    "fr": ("Le gouvernement a annoncé mardi un ensemble de mesures pour contenir l'inflation, "
           "qui a atteint son plus haut niveau depuis vingt ans.\n"
           "Selon le ministre de l'Économie, les mesures entreront en vigueur le mois prochain."),
    "de": ("Die Regierung hat am Dienstag ein Maßnahmenpaket gegen die Inflation angekündigt, "
           "die den höchsten Stand seit zwei Jahrzehnten erreicht hat.\n"
           "Laut dem Wirtschaftsminister treten die Maßnahmen im kommenden Monat in Kraft."),
    "en": ("The government announced a package of measures on Tuesday to curb inflation, "
           "which has reached its highest level in two decades.\n"
           "According to the economy minister, the measures will take effect next month."),
}


def removed(line: str, lang: str) -> list[tuple[str, str]]:
    """(kind, text) of what goes when ``line`` stands between two paragraphs of a body."""
    first, second = BODY[lang].split("\n")
    text = f"{first}\n{line}\n{second}"
    integrity = Integrity()
    apply(text, boilerplate.propose(text, lang), integrity)
    return [(r.kind, r.text.strip()) for r in integrity.removed]


@pytest.mark.parametrize(("lang", "line"), [
    ("es", "El periodista ruso Dmitry Muratov durante una conferencia en Ginebra (EFE)"),
    ("it", "Il presidente Sergio Mattarella al Quirinale durante l'incontro (ANSA)"),
    ("fr", "Le président Emmanuel Macron à l'Élysée lors de la réunion (AFP)"),
    ("de", "Bundeskanzler Olaf Scholz bei einer Pressekonferenz in Berlin (dpa)"),
    ("en", "President Joe Biden speaks at the White House on Monday (Reuters)"),
])
def test_caption_closing_with_an_agency_in_brackets_goes(lang: str, line: str) -> None:
    assert removed(line, lang) == [("caption", line)]


@pytest.mark.parametrize(("lang", "line"), [
    ("es", "El juicio continuará el próximo lunes. (EFE)"),
    ("de", "Das Urteil ist noch nicht rechtskräftig. (dpa)"),
    ("en", "The trial resumes on Monday. (Reuters)"),
])
def test_a_paragraph_the_agency_signs_stays_and_the_signature_goes(lang: str, line: str) -> None:
    # the paragraph is no caption; the signature in brackets after its full stop is a credit
    assert removed(line, lang) == [("credit", line.rsplit(" ", 1)[1])]


@pytest.mark.parametrize(("lang", "line"), [
    ("de", "Die elektronische Patientenakte (ePA)"),  # an abbreviation, no agency
    ("en", "The Environmental Protection Agency (EPA)"),
    ("es", "Agencia de Protección Ambiental (EPA)"),
])
def test_a_name_with_its_abbreviation_is_no_dateline_or_credit(lang: str, line: str) -> None:
    assert removed(line, lang) == []


@pytest.mark.parametrize("line", [
    "Ciudad de México, 4 may (EFE)",
    "Río de Janeiro, 3 de mayo (EFE)",
    "MADRID, 3 May. (EUROPA PRESS) -",
])
def test_place_and_agency_alone_is_a_dateline(line: str) -> None:
    assert removed(line, "es") == [("other", line)]


@pytest.mark.parametrize("line", [
    "El presidente Nayib Bukele durante la conferencia. Foto LPG/Archivo",
    "El presidente Nayib Bukele durante la conferencia. (Archivo)",
    "El presidente Nayib Bukele durante la conferencia (Foto de archivo)",
    "El presidente Nayib Bukele durante la conferencia (Photo by Marvin Recinos / AFP)",
    "El presidente Nayib Bukele durante la conferencia. (Captura de video)",
])
def test_spanish_caption_with_archive_or_photographer_credit_goes(line: str) -> None:
    assert [kind for kind, _ in removed(line, "es")] == ["caption", "credit"]


@pytest.mark.parametrize(("lang", "line"), [
    ("es", "Fotografía cedida por la Presidencia que muestra al mandatario durante una reunión."),
    ("es", "Foto cortesía"),
    ("es", "Archivo particular"),
    ("it", "Foto di archivio"),
    ("fr", "Archives"),
])
def test_picture_lines_that_say_what_they_are_go(lang: str, line: str) -> None:
    assert [text for _, text in removed(line, lang)] == [line]


@pytest.mark.parametrize(("lang", "line"), [
    ("es", "Reportar un error"),
    ("es", "Continúa leyendo"),
    ("it", "Segnala un errore"),
    ("it", "Scarica la nostra app"),
    ("fr", "Signaler une erreur"),
    ("fr", "Télécharger notre application"),
    ("de", "Fehler melden"),
    ("de", "Treten Sie unserem WhatsApp-Kanal bei"),
    ("en", "Report an error"),
])
def test_page_buttons_go(lang: str, line: str) -> None:
    assert removed(line, lang) == [("navigation", line)]


def test_a_sentence_about_a_photograph_stays() -> None:
    line = "La fotografía tomada por el fotógrafo de la agencia recorrió el mundo en pocas horas."
    assert removed(line, "es") == []


@pytest.mark.parametrize(("lang", "line"), [
    ("de", "Titelbild: Flickr, CC BY 2.0"),
    ("en", "Photo Source: Markus Spiske from Pexels."),
    ("en", "Cover image: the lighting installation at the Amsterdam Light Festival"),
    ("es", "Imagen destacada: Presidencia de la República"),
    ("fr", "Image de une : la place de la République à Paris"),
    ("it", "Immagine di copertina: Palazzo Chigi a Roma"),
])
def test_the_lead_pictures_label_and_source_go(lang: str, line: str) -> None:
    # (a credit row may take "image: ..." first and leave "Cover" as its caption: all of it goes)
    assert " ".join(text for _, text in removed(line, lang)) == line


def test_template_tags_left_in_the_text_go() -> None:
    assert removed("{{#images}}", "de") == [("other", "{{#images}}")]
    assert removed("{{{title}}}", "en") == [("other", "{{{title}}}")]


def test_a_scripts_state_printed_as_a_list_goes_key_and_value() -> None:
    assert removed("- showPaywall:\n- false", "de") == [("other", "- showPaywall:\n- false")]


def test_a_list_label_in_camel_case_with_its_point_stays() -> None:
    # "iPhone:" heads a point of the article's list; its next line is text, no script value
    assert removed("- iPhone:\n- Das Display ist heller als beim Vorgänger.", "de") == []


def test_a_deck_that_asks_under_a_section_label_stays() -> None:
    text = ("Negocios\n"
            "¿Quiere poner un negocio? Miami le abre sus puertas, venga a generar ingresos y trabajo\n"
            "Miami queda en segundo lugar entre las mejores ciudades de Estados Unidos para comenzar "
            "una empresa, según una lista que encabeza Orlando.\n"
            "El sitio de finanzas personales WalletHub analizó cien ciudades grandes.")
    assert [e for e in boilerplate.propose(text, "es") if e.rule == "boilerplate.teaser"] == []


def test_a_question_teaser_between_paragraphs_still_goes() -> None:
    text = (BODY["es"].split("\n")[0] + "\n"
            "¿Quién ganará el Mundial? Los expertos apuestan por un equipo sorpresa\n"
            + BODY["es"].split("\n")[1])
    assert [e.rule for e in boilerplate.propose(text, "es")] == ["boilerplate.teaser"]


@pytest.mark.parametrize(("lang", "line"), [
    ("es", "Agentes de la PNC durante el operativo en San Salvador. Foto: Cortesía PNC."),
    ("it", "Il premier durante l'incontro a Palazzo Chigi. Foto: Ufficio stampa."),
    ("fr", "Le président lors de la réunion à l'Élysée. Photo : Service de presse."),
    ("de", "Die Ministerin während der Debatte im Bundestag. Foto: Pressestelle."),
    ("en", "The president speaks at the White House. Photo: Press office."),
])
def test_a_caption_whose_credit_closes_with_a_full_stop_goes(lang: str, line: str) -> None:
    assert removed(line, lang) == [("caption", line)]


def test_a_sentence_with_a_picture_word_before_a_colon_stays() -> None:
    assert removed("El ministro mostró la imagen: un documento firmado por todos.", "es") == []


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "The team's footballers training ahead of a match against Dominica. (FILE)"),
    ("de", "Die Ministerin bei einer Pressekonferenz in Berlin. (Archiv)"),
])
def test_a_caption_closing_with_a_file_credit_in_brackets_goes(lang: str, line: str) -> None:
    assert [kind for kind, _ in removed(line, lang)] == ["caption", "credit"]
