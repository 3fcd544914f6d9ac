"""Boilerplate kinds a copied news page leaves that earlier cues missed: an agency credit after a
bar or in brackets without a colon, "more news from <place>" links, cookie notices that say
"Website"; the article's sentences around them stay."""
from __future__ import annotations

import pytest

from clean.plain_article import BODY, amid, removals as removed


@pytest.mark.parametrize("lang, caption, credit", [
    ("es", "El presidente Gustavo Petro durante su discurso en la Plaza de Bolívar", "| EFE"),
    ("it", "Il presidente Sergio Mattarella al Quirinale durante la cerimonia", "(Foto Ansa)"),
    ("fr", "Le président Emmanuel Macron à l'Élysée lors de la cérémonie", "(Photo AFP)"),
    ("de", "Bundeskanzler Friedrich Merz bei einer Pressekonferenz in Berlin", "| dpa"),
    ("en", "President Joe Biden speaks at the White House on Tuesday", "(Photo Reuters)"),
])
def test_a_caption_ending_with_an_agency_after_a_bar_or_in_brackets_goes_whole(lang, caption, credit):
    assert removed(amid(f"{caption} {credit}", lang), lang) == [("caption", caption),
                                                                ("credit", credit)]


@pytest.mark.parametrize("lang, line", [
    ("it", "Altre notizie da Milano"),
    ("fr", "Toute l'actualité de Lyon"),
    ("es", "Todas las noticias de Economía"),
    ("de", "Mehr Nachrichten aus Berlin"),
    ("en", "More news from Scotland"),
    ("de", "Diese Website verwendet Cookies."),
    ("es", "Agencias"),
    ("es", "Redacción BBC Mundo"),
    ("es", "Recibí el newsletter"),
])
def test_more_news_links_cookie_notices_and_agency_signatures_are_removed(lang, line):
    assert [text for _, text in removed(amid(line, lang), lang)] == [line]


def test_a_sentence_about_more_news_from_a_place_stays():
    line = "Mehr Nachrichten aus Berlin erreichen die Redaktion jeden Tag."
    assert removed(amid(line, "de"), "de") == []


@pytest.mark.parametrize("lang, caption, credit", [
    ("es", "El presidente Gustavo Petro durante su discurso en la Plaza de Bolívar", "Foto: EFE"),
    ("it", "Il presidente russo Vladimir Putin in videoconferenza al Cremlino a Mosca",
     "(Credito immagine: AP)"),
    ("de", "Protestaktion der Kampagne gegen autonome Waffen in London", "© Oli Scarff/Getty Images"),
    ("en", "President Joe Biden speaks at the White House on Tuesday", "Reuters"),
])
def test_a_caption_line_right_above_a_picture_credit_line_is_the_caption(lang, caption, credit):
    kinds = removed(amid(f"{caption}\n{credit}", lang), lang)
    assert sorted(kinds) == sorted([("caption", caption), ("credit", credit)])


def test_a_paragraph_above_a_credit_line_stays_since_it_ends_a_sentence():
    line = "El presidente Gustavo Petro habló durante su discurso en la Plaza de Bolívar.\nFoto: EFE"
    assert removed(amid(line, "es"), "es") == [("credit", "Foto: EFE")]


def test_a_line_above_a_source_credit_is_no_caption():
    line = "Mehr Informationen dazu gibt es bei der Handwerkskammer Stuttgart\nQuelle: HWK Stuttgart"
    assert removed(amid(line, "de"), "de") == [("credit", "Quelle: HWK Stuttgart")]


@pytest.mark.parametrize("lang, line", [
    ("es", "Juan Pérez / Los Tiempos"),
    ("en", "John Smith, Reuters"),
    ("es", "Juan Pérez - Corresponsal"),
])
def test_a_byline_with_its_outlet_opening_the_text_is_removed(lang, line):
    assert removed(line + "\n" + BODY[lang], lang) == [("other", line)]


@pytest.mark.parametrize("lang, line", [
    ("en", "5:45 AM PST 11/19/2019 by Patrick Shanley"),
    ("en", "New Delhi, News Nation Bureau | Updated : 19 November 2019, 09:01 AM"),
    ("es", "Juan Pérez | 4 de mayo de 2022"),
])
def test_a_date_line_with_a_byline_or_a_place_opening_the_text_is_removed(lang, line):
    assert removed(line + "\n" + BODY[lang], lang) == [("other", line)]


def test_a_sentence_with_a_date_and_a_name_stays():
    line = "On 19 November 2019, Patrick Shanley said the talks would resume."
    assert removed(line + "\n" + BODY["en"], "en") == []


@pytest.mark.parametrize("line", ["@juanperez", "Twitter: @juanperez", "@juanperez · @diario_x"])
def test_a_line_of_social_handles_is_removed(line):
    assert removed(amid(line, "es"), "es") == [("other", line)]


def test_a_handle_inside_a_sentence_stays():
    line = "El ministro escribió en su cuenta @ministro_x que la reforma seguirá adelante."
    assert removed(amid(line, "es"), "es") == []


@pytest.mark.parametrize("lang, line", [
    ("es", "Redacción: Juan Pérez"),
    ("es", "Copiar link"),
    ("es", "Para más noticias, síguenos en Google News"),
    ("es", "Ahora puedes recibir las noticias de El Heraldo en tu WhatsApp"),
    ("es", "Otras noticias que te pueden interesar"),
    ("es", "Tomado de El Tiempo"),
    ("es", "—Con información de agencias"),
    ("es", "Por Juan Pérez / Enviado especial"),
    ("es", "La Paz, 4 de mayo (ANF).-"),
    ("it", "Riproduzione vietata"),
    ("it", "Testo di Mario Rossi"),
    ("fr", "Votre navigateur ne supporte pas la vidéo."),
    ("fr", "Par Jean Dupont, envoyé spécial à Kiev"),
    ("de", "Ein Kommentar von Hans Müller"),
    ("de", "Zur Merkliste hinzufügen"),
    ("en", "Save article"),
    ("en", "Elsewhere on the BBC"),
    ("en", "Photos: John Smith and Jane Doe"),
    ("en", "Updated 5:13 PM EDT, Wed May 4, 2022"),
    ("es", "Caracas, 4 de mayo de 2022"),
    ("es", "Puedes leer: Gobierno aprueba nuevo presupuesto para salud"),
    ("es", "Leer nota completa"),
])
def test_role_credits_buttons_prompts_and_date_lines_are_removed(lang, line):
    assert [text for _, text in removed(line + "\n" + BODY[lang], lang)] == [line]


@pytest.mark.parametrize("lang, line", [
    ("es", "Tomado de un informe del Banco Central, el dato muestra una caída del consumo."),
    ("de", "Ein Kommentar von Hans Müller sorgte am Dienstag für Aufregung im Landtag."),
    ("en", "Save for the opening remarks, the minister said little about the reform."),
])
def test_sentences_opening_with_the_same_words_stay(lang, line):
    assert removed(amid(line, lang), lang) == []


@pytest.mark.parametrize("lang, line", [
    ("es", "VIDEO RECOMENDADO"),
    ("it", "Video consigliati"),
    ("fr", "À voir également"),
    ("de", "Empfehlungen der Redaktion"),
    ("en", "Must read"),
])
def test_recommended_video_and_reading_labels_are_removed_anywhere(lang, line):
    assert [text for _, text in removed(amid(line, lang), lang)] == [line]


def test_topic_tags_without_a_label_closing_the_text_are_removed():
    text = BODY["es"] + "Economía · Inflación · Banco Central"
    assert removed(text, "es") == [("navigation", "Economía · Inflación · Banco Central")]


def test_a_closing_list_of_names_joined_by_a_word_stays():
    text = BODY["es"] + "Asistieron Juan Pérez, Pedro Gómez y María López"
    assert removed(text, "es") == []


def test_a_byline_with_the_authors_handle_opening_the_text_is_removed():
    line = "Juan Pérez @juanperez"
    assert removed(line + "\n" + BODY["es"], "es") == [("other", line)]


def test_a_photographer_and_an_outlet_between_paragraphs_credit_the_caption_above():
    first, second, third = BODY["es"].splitlines(keepends=True)
    caption = "El presidente Gustavo Petro durante su discurso en la Plaza de Bolívar"
    text = first + second + third + caption + "\nJuan Pérez / El Heraldo\n" + first + second + third
    assert sorted(removed(text, "es")) == [("caption", caption), ("credit", "Juan Pérez / El Heraldo")]


def test_a_listing_of_dated_entries_is_no_date_line():
    listing = ("Die Konzerte der Woche:\n29.11.2022 - Sophie and the Giants - Grelle Forelle\n"
               "30.11.2022 - Bonobo - Gasometer\n")
    assert removed(listing + BODY["de"], "de") == []
