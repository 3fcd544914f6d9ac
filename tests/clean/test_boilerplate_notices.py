"""Site notices a copied page leaves between the paragraphs: cookie menu labels, a newsletter
form's small print, paywall prompts to subscribers, the usted form of a follow prompt, a reading
prompt before a bar; an article's sentences about cookies, newsletters or subscriptions stay."""
from __future__ import annotations

import pytest

from cronaca.clean import boilerplate

from clean.plain_article import BODY, amid, removals


def removed(text: str, lang: str) -> list[str]:
    return [text for _, text in removals(text, lang)]


@pytest.mark.parametrize("lang, label", [
    ("en", "Cookie Settings"),
    ("en", "Do Not Sell My Personal Information"),
    ("de", "Cookie-Einstellungen"),
    ("es", "Política de cookies"),
    ("fr", "Paramétrer les cookies"),
    ("it", "Impostazioni cookie"),
])
def test_a_cookie_menu_label_alone_on_its_line_goes(lang, label):
    assert removed(amid(label, lang), lang) == [label]


def test_a_french_tracker_banner_goes():
    line = "ARTE France et des tiers utilisent des cookies et autres traceurs."
    assert removed(amid(line, "fr"), "fr") == [line]


def test_an_article_sentence_about_cookies_stays():
    line = ("La CNIL a infligé une amende à Google pour des cookies publicitaires déposés sans "
            "le consentement des utilisateurs.")
    assert removed(amid(line, "fr"), "fr") == []


@pytest.mark.parametrize("lang, line", [
    ("en", "No spam, we promise. You can unsubscribe at any time and we'll never share your details "
           "without your permission."),
    ("en", "Our community members are treated to special offers, promotions, and adverts from us and "
           "our partners. You can check out at any time. Read our Privacy Policy"),
    ("de", "Der Newsletter ist kostenlos und kann jederzeit abonniert und wieder abbestellt werden. "
           "Ihre E-Mail-Adresse wird nicht für Werbezwecke genutzt."),
    ("es", "Puedes darte de baja en cualquier momento desde el enlace al pie de cada correo."),
    ("fr", "Votre adresse est uniquement utilisée pour l'envoi de la newsletter. Vous pouvez à tout "
           "moment utiliser le lien de désabonnement intégré dans la newsletter."),
    ("it", "Puoi disiscriverti in qualsiasi momento cliccando sul link in fondo a ogni email."),
])
def test_a_newsletter_forms_small_print_goes_even_when_long(lang, line):
    assert removed(amid(line, lang), lang) == [line]


def test_an_article_sentence_about_unsubscribing_stays():
    line = ("The regulator said customers must be able to cancel their contracts at any time "
            "without a fee, the ministry said.")
    assert removed(amid(line, "en"), "en") == []


@pytest.mark.parametrize("line", [
    "Si ya sos suscriptor podés ingresar con tu usuario",
    "Los comentarios en esta sección son exclusivos para suscriptores. Suscríbase aquí.",
    "La nota a la que intentas acceder es exclusiva para suscriptores",
    "Creemos que estás usando un bloqueador de anuncios y queremos decirte que la publicidad "
    "es una de nuestras formas de generar ingresos.",
])
def test_a_spanish_paywall_or_ad_blocker_notice_goes(line):
    assert removed(amid(line, "es"), "es") == [line]


def test_a_spanish_sentence_about_subscribers_stays():
    line = "La plataforma perdió 200.000 suscriptores en el último trimestre, según su informe anual."
    assert removed(amid(line, "es"), "es") == []


@pytest.mark.parametrize("line", ["Síganos", "Suscríbase para acceso digital ilimitado – solo $2 por 2 meses."])
def test_the_usted_form_of_a_follow_or_subscribe_prompt_goes(line):
    assert removed(amid(line, "es"), "es") == [line]


def test_a_reading_prompt_before_a_bar_goes_with_its_headline():
    line = "LEE MÁS | Kenji Fujimori: exministro Giuffra niega que haya negociado obras con excongresista"
    assert removed(amid(line, "es"), "es") == [line]


def test_a_plural_photo_credit_in_brackets_goes_and_takes_its_caption():
    text = amid("Nicole sostiene su casco entre sus manos. (Créditos: Guatemala.com)", "es")
    assert removed(text, "es") == ["Nicole sostiene su casco entre sus manos.",
                                   "(Créditos: Guatemala.com)"]


def test_a_german_consent_notice_with_an_aside_goes():
    line = ("An dieser Stelle finden Sie einen von unseren Redakteuren ausgewählten, externen Inhalt, "
            "der den Artikel für Sie mit zusätzlichen Informationen anreichert.")
    assert removed(amid(line, "de"), "de") == [line]


@pytest.mark.parametrize("lang, line", [
    ("en", "Your email address will not be published. Required fields are marked *"),
    ("de", "Schreibe einen Kommentar Antworten abbrechen"),
    ("es", "Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *"),
    ("fr", "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *"),
    ("it", "Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *"),
])
def test_a_comment_forms_furniture_goes(lang, line):
    assert removed(amid(line, lang), lang) == [line]


@pytest.mark.parametrize("lang, note", [
    ("en", "The writer is a senior fellow at the Brookings Institution."),
    ("es", "*El autor es profesor de economía en la Universidad de Chile."),
    ("de", "*Der Autor ist Professor für Volkswirtschaft an der Universität Köln."),
    ("fr", "*L'auteur est professeur d'économie à l'université de Lyon."),
    ("it", "*L'autore è professore di economia all'Università di Bologna."),
])
def test_a_note_on_who_the_author_is_closing_the_text_goes(lang, note):
    assert removals(BODY[lang] + note, lang) == [("other", note)]


def test_a_closing_sentence_about_an_author_in_the_news_stays():
    line = "The author is expected to appear in court on Monday, his lawyer said."
    assert removed(BODY["en"] + line, "en") == []


@pytest.mark.parametrize("line", ["Reproducir video", "Te podría interesar",
                                  "Este artículo fue publicado originalmente en The Conversation."])
def test_spanish_player_buttons_labels_and_republication_notes_go(line):
    assert removed(amid(line, "es"), "es") == [line]


@pytest.mark.parametrize("lang, caption", [
    ("en", "Pictured: Joe Biden at the White House on Tuesday"),
    ("en", "The photo shows the damaged bridge near Kyiv"),
    ("de", "Unser Bild zeigt den Bürgermeister bei der Eröffnung"),
    ("it", "In foto Giorgia Meloni a Palazzo Chigi"),
])
def test_a_caption_saying_what_the_picture_shows_goes(lang, caption):
    assert removals(amid(caption, lang), lang) == [("caption", caption)]


def test_a_sentence_of_a_fact_check_about_what_a_photo_shows_stays():
    line = "The photo shows a crowd in Lagos in 2019, not at this year's protest, the agency found."
    assert removed(amid(line, "en"), "en") == []


@pytest.mark.parametrize("lang, byline", [("en", "By Jane Doe @janedoe"),
                                          ("es", "Por Juan Pérez @juanperez"),
                                          ("de", "Von Anna Schmidt | @annaschmidt")])
def test_a_byline_with_the_authors_handle_goes_to_metadata(lang, byline):
    text = byline + "\n" + BODY[lang]
    found = [(e.rule, text[e.start:e.end].strip()) for e in boilerplate.propose(text, lang)]
    assert found == [("boilerplate.byline", byline)]
