"""Boilerplate known by cue and position: author notes and blurbs closing a text, related
headlines asked as questions, labelled timestamps, agency credits; the article's own lines stay."""
from __future__ import annotations

from cronaca.clean import boilerplate
from cronaca.clean.edits import apply
from cronaca.document import Integrity

BODY_EN = ("The city council approved the new budget on Tuesday after a long debate.\n"
           "The mayor said the plan would fund schools, roads and public transport.\n"
           "Opposition members voted against it, citing the cost of the transport plan.\n")
BODY_ES = ("El gobierno anunció ayer nuevas medidas para contener la inflación en el país.\n"
           "Los sindicatos rechazaron la propuesta y convocaron una huelga para la próxima semana.\n"
           "La oposición pidió al ministro que explique el plan ante el Congreso.\n")


def removed(text: str, lang: str) -> list[tuple[str, str]]:
    integrity = Integrity()
    apply(text, boilerplate.propose(text, lang), integrity)
    return [(r.rule, r.text.strip()) for r in integrity.removed]


def test_an_author_note_closing_the_text_is_removed():
    note = "Jane Doe is a senior reporter covering city politics for the Daily Courier."
    assert removed(BODY_EN + note, "en") == [("boilerplate.author_bio", note)]


def test_the_same_note_between_paragraphs_stays():
    note = "Jane Doe is a senior reporter covering city politics for the Daily Courier.\n"
    text = BODY_EN[:74] + note + BODY_EN[74:] + BODY_EN + BODY_EN
    assert removed(text, "en") == []


def test_a_closing_line_about_a_reporter_in_the_story_stays():
    text = ("Evan Gershkovich was detained in Yekaterinburg in March.\n" + BODY_EN
            + "Evan Gershkovich is a reporter for the Wall Street Journal.")
    assert removed(text, "en") == []


def test_an_author_note_closing_the_text_goes_though_the_byline_names_the_author():
    note = "Jane Doe is a senior reporter covering city politics for the Daily Courier."
    assert removed("| by Jane Doe\n" + BODY_EN + note, "en") == [("boilerplate.author_bio", note)]


def test_a_long_subscription_blurb_closing_the_text_is_removed():
    blurb = ("Stay informed with The Courier – your source for credible journalism. Get in-depth "
             "reporting and opinions for only $5 a month. Invest in journalism, invest in "
             "democracy – subscribe now and never miss a story from your city and your region.")
    assert len(blurb.split()) > 25
    assert removed(BODY_EN + blurb, "en") == [("boilerplate.advert", blurb)]


def test_related_headlines_asked_as_questions_are_removed():
    related = ("- Bad Bunny: ¿cuál es el origen de esta canción y por qué se llama así?\n"
               "- Lionel Messi: ¿cuánto dinero gana el jugador y cuáles son sus negocios?\n"
               "- ¿Cuánto gastas de luz al utilizar una freidora de aire?\n")
    text = "¿Cuándo serán las vacaciones escolares?\n" + related + BODY_ES
    assert removed(text, "es") == [("boilerplate.related_list", related.strip())]


def test_a_labelled_timestamp_between_paragraphs_is_metadata_a_count_stays():
    text = (BODY_ES + "Actualizado el 3 de mayo de 2022 a las 10:45\n" + BODY_ES
            + "Minutos 90 y 91\n" + BODY_ES + BODY_ES)
    assert removed(text, "es") == [("boilerplate.timestamp",
                                    "Actualizado el 3 de mayo de 2022 a las 10:45")]


def test_a_subhead_in_capitals_with_a_colon_is_no_credit():
    text = BODY_ES + "MAGALY MEDINA: ME ESCAPÉ DEL COLEGIO\n" + BODY_ES
    assert removed(text, "es") == []


def test_a_related_note_with_its_headline_is_removed():
    line = "Nota relacionada: La secretaria que tumbó al contralor"
    assert removed(BODY_ES + line + "\n" + BODY_ES, "es") == [("boilerplate.navigation", line)]


def test_an_agency_alone_and_an_agency_with_its_photographer_are_credits():
    text = (BODY_ES + "EFE\n" + BODY_ES
            + "Le président Macron à l'Élysée (AFP/Ludovic Marin)\n")
    assert removed(text, "es")[0] == ("boilerplate.credit", "EFE")
    assert removed(text, "es")[-1] == ("boilerplate.credit", "(AFP/Ludovic Marin)")


def test_a_video_card_with_its_length_goes_with_its_headlines():
    card = ("Video Zu Besuch beim Schlachter in Schmalkalden\n"
            "Thüringen: Vor diesen Herausforderungen stehen Schlachtbetriebe\n"
            "Do 27.04.2023 15:17Uhr 01:00 min\n")
    body = ("Die großen Betriebe haben vergleichsweise geringere Kosten.\n"
            "Das Spiel endete um 10:45 Uhr mit einem Sieg der Gastgeber.\n")
    assert removed(body + card + body, "de") == [("boilerplate.media_card", card.strip())]


def test_title_case_headlines_after_an_english_article_are_removed():
    related = ("- 15 Amazing Images of Stars\n"
               "- 11 Fascinating Facts About Our Milky Way Galaxy\n"
               "- The 11 Biggest Unanswered Questions About Dark Matter\n")
    body = ("Astronomers mapped the stars of the galaxy with a new telescope this year.\n"
            "The team plans to study dark matter in the galaxy with the same telescope.\n")
    assert removed(body + related + body, "en") == [("boilerplate.related_list", related.strip())]


def test_title_case_product_names_in_an_italian_list_stay():
    items = ("- Indiana Jones Collection Quattro Film Restaurati\n"
             "- Magnum Complete Collection Tutte Stagioni Rimasterizzate\n")
    body = ("Le offerte di oggi riguardano cofanetti di film e serie in alta definizione.\n"
            "I prezzi sono scontati fino a domenica per tutti i clienti registrati.\n")
    assert removed(body + items + body, "it") == []


def test_a_line_led_by_an_arrow_is_a_link_a_german_quote_and_a_python_prompt_stay():
    text = (BODY_ES + "► Policía captura a sospechoso del robo\n" + BODY_ES
            + ">>> print(x)\n" + "»Das ist nicht akzeptabel«, sagte der Minister\n" + BODY_ES)
    assert removed(text, "es") == [("boilerplate.arrow_link",
                                    "► Policía captura a sospechoso del robo")]


def test_voseo_and_regional_prompts_are_removed():
    for line in ("Seguí leyendo:", "Leé también: Cayó el dólar", "Revisa también: El nuevo gabinete",
                 "El intendente junto a los vecinos. Gentileza Municipalidad"):
        assert removed(BODY_ES + line + "\n" + BODY_ES, "es"), line


def test_points_of_a_list_ending_on_a_semicolon_stay():
    text = (BODY_EN + "Vendors must:\nOperate only within designated areas;\n"
            "Avoid restricted or prohibited spaces;\nKeep their permits on them at all times.\n"
            + BODY_EN)
    assert removed(text, "en") == []


def test_the_articles_own_headline_on_the_first_line_stays_despite_its_marks():
    text = ("BUDGET 3.0 | Sars gets R4bn to hire army of debt collectors\n"
            "Finance minister Enoch Godongwana has allocated R4bn to Sars to hire debt collectors.\n"
            "The tax agency will hire more than 1,000 debt collectors this year.\n")
    assert removed(text, "en") == []


def test_a_long_consent_notice_of_an_embedded_graphic_goes_wherever_it_stands():
    notice = ("Für die Darstellung von ZDFheute Infografiken nutzen wir die Software von "
              "Datawrapper. Erst wenn Sie hier klicken, werden die Grafiken nachgeladen. Ihre "
              "IP-Adresse wird dabei an externe Server von Datawrapper übertragen. Über den "
              "Datenschutz von Datawrapper können Sie sich auf der Seite des Anbieters informieren.")
    body = ("Die Regierung hat gestern neue Maßnahmen gegen die Inflation angekündigt.\n"
            "Die Gewerkschaften lehnten den Vorschlag ab und riefen zum Streik auf.\n")
    assert len(notice.split()) > 25
    assert removed(body + notice + "\n" + body + body, "de") == [("boilerplate.navigation", notice)]


def test_a_read_here_prompt_with_its_headline_is_removed():
    line = "Lea aquí: Operación Orión, una sombra de odio"
    assert removed(BODY_ES + line + "\n" + BODY_ES, "es") == [("boilerplate.navigation", line)]
