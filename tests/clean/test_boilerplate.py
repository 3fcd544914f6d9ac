"""Boilerplate lines leave the body as Removed records; the article's own subheads stay."""
from __future__ import annotations

import pytest

from cronaca.clean import boilerplate
from cronaca.clean.edits import apply
from cronaca.document import Integrity
from support import SEED


def clean(text: str, lang: str) -> tuple[str, Integrity]:
    integrity = Integrity()
    return apply(text, boilerplate.propose(text, lang), integrity), integrity


def test_seed_caption_credit_and_teaser_go_subheads_stay():
    raw = SEED.read_text(encoding="utf-8")
    text, integrity = clean(raw, "it")
    kinds = [(r.kind, r.text[:40]) for r in integrity.removed]
    assert kinds == [
        ("caption", "Il presidente russo Vladimir Putin parla"),
        ("credit", "(Credito immagine: AP)"),
        ("teaser", "Il Primo Ministro della Groenlandia si s"),
    ]
    assert "Xi chiede una cooperazione strategica più profonda\n" in text
    assert "La Cina bilancia il coinvolgimento occidentale e i legami con Mosca\n" in text
    assert text.startswith("Mercoledì il presidente russo Vladimir Putin ha elogiato")
    assert "Groenlandia" not in text


def test_english_credit_line_and_read_more_are_removed():
    raw = ("Protesters gather outside parliament in London on Tuesday. Photo: Reuters\n"
           "Thousands of people marched through central London on Tuesday to protest against "
           "the new budget, police said.\n"
           "Read more: Budget cuts spark anger across the country\n"
           "The government said the measures were necessary.")
    text, integrity = clean(raw, "en")
    assert [r.kind for r in integrity.removed] == ["caption", "credit", "navigation"]
    assert text.startswith("Thousands of people marched")
    assert "Read more" not in text


def test_french_spanish_german_navigation_lines_are_removed():
    for lang, nav in (("fr", "Lire aussi : La réforme des retraites adoptée"),
                      ("es", "Lee también: El Congreso aprueba los presupuestos"),
                      ("de", "Lesen Sie auch: Regierung beschließt neues Gesetz")):
        raw = f"Erster Absatz des Artikels mit genug Text.\n{nav}\nZweiter Absatz des Artikels."
        text, integrity = clean(raw, lang)
        assert [r.kind for r in integrity.removed] == ["navigation"], lang
        assert nav not in text


def test_german_image_credit_is_removed():
    raw = ("Bundeskanzler Friedrich Merz im Bundestag (Bildquelle: dpa)\n"
           "Der Bundestag hat am Donnerstag über den Haushalt beraten.")
    text, integrity = clean(raw, "de")
    assert [r.kind for r in integrity.removed] == ["caption", "credit"]
    assert text == "Der Bundestag hat am Donnerstag über den Haushalt beraten."


def test_byline_is_recorded_for_metadata():
    raw = "By John Smith\nThe president arrived in Paris on Monday for two days of talks."
    text, integrity = clean(raw, "en")
    assert text.startswith("The president arrived")
    assert [(r.rule, r.text) for r in integrity.removed] == [("boilerplate.byline", "By John Smith")]


def test_a_subhead_sharing_the_body_vocabulary_stays():
    raw = ("Gli agricoltori protestano contro i prezzi del grano a Bruxelles.\n"
           "I prezzi del grano crollano\n"
           "Secondo gli agricoltori, i prezzi del grano sono scesi del 30 per cento in un anno.")
    text, integrity = clean(raw, "it")
    assert integrity.removed == []
    assert text == raw


def test_a_sentence_ending_with_a_credit_keeps_its_text():
    sentence = ("Il ministro ha incontrato i sindacati per oltre tre ore al ministero, discutendo "
                "di salari, pensioni, sicurezza sul lavoro e dei contratti scaduti da anni nel "
                "settore pubblico e privato.")
    raw = sentence + " (Foto: ANSA)\nIl testo continua qui."
    text, integrity = clean(raw, "it")
    assert [r.kind for r in integrity.removed] == ["credit"]
    assert text.startswith(sentence)


def test_a_follow_us_prompt_broken_over_lines_is_removed_whole():
    raw = ("El presidente habló ayer en la Casa Blanca sobre la economía.\n"
           "Siguenos en\nTelegram,\nInstagram,\nFacebook y\nTwitter\n"
           "para recibir en directo todas nuestras actualizaciones\n"
           "El Congreso votará la ley la próxima semana.")
    text, integrity = clean(raw, "es")
    assert text == ("El presidente habló ayer en la Casa Blanca sobre la economía.\n"
                    "El Congreso votará la ley la próxima semana.")
    (removed,) = integrity.removed
    assert removed.kind == "navigation" and removed.text.startswith("Siguenos en\nTelegram,")
    assert removed.text.endswith("todas nuestras actualizaciones")


def test_section_label_glued_to_the_first_sentence_is_removed():
    text, integrity = clean("AgricultureL'Office fédéral de l'agriculture a décidé de retirer "
                            "l'autorisation.\nLe chlorothalonil sera interdit dès 2020.", "fr")
    assert text.startswith("L'Office fédéral de l'agriculture a décidé")
    assert [(r.kind, r.text) for r in integrity.removed] == [("other", "Agriculture")]


def test_german_section_label_glued_to_the_first_sentence_is_removed():
    text, _ = clean("WirtschaftDer Bund plant neue Regeln für Banken.\nMehr dazu morgen.", "de")
    assert text.startswith("Der Bund plant")


def test_camel_case_names_at_the_start_stay():
    for raw in ("YouTube ha annunciato ieri nuove regole.\nAltro testo.",
                "PlayStation 5 arriva nei negozi.\nAltro testo.",
                "McDonald ha aperto un nuovo ristorante.\nAltro testo."):
        assert boilerplate.propose(raw, "it") == []


def test_spanish_plural_photo_credit_after_a_caption_is_removed():
    text, integrity = clean("El ministro llega al Congreso este martes. Fotos: EFE / Juan Pérez\n"
                            "El Gobierno presentó ayer su plan de vivienda.", "es")
    assert text == "El Gobierno presentó ayer su plan de vivienda."
    assert [r.kind for r in integrity.removed] == ["caption", "credit"]


def test_french_credit_line_is_removed():
    text, _ = clean("Crédits : AFP\nLe gouvernement a présenté mardi son budget.", "fr")
    assert text == "Le gouvernement a présenté mardi son budget."


def test_german_photo_credit_line_is_removed():
    text, _ = clean("Bildnachweis: dpa\nDie Regierung hat am Dienstag den Haushalt vorgelegt.", "de")
    assert text == "Die Regierung hat am Dienstag den Haushalt vorgelegt."


def test_follow_and_share_prompts_are_removed():
    cases = [("es", "Únete a nuestro canal de WhatsApp\nEl Gobierno presentó su plan."),
             ("fr", "Rejoignez-nous sur Telegram\nLe gouvernement a présenté son budget."),
             ("de", "Folgen Sie der Zeitung auf Instagram\nDie Regierung legt den Haushalt vor."),
             ("it", "Unisciti al nostro canale WhatsApp\nIl governo ha presentato la manovra.")]
    for lang, raw in cases:
        text, integrity = clean(raw, lang)
        assert text == raw.split("\n", 1)[1], lang
        assert [r.kind for r in integrity.removed] == ["navigation"], lang


def test_a_sentence_that_starts_like_a_prompt_but_is_body_text_stays():
    raw = ("Los vecinos se unieron a la protesta.\nSiguen en huelga los trabajadores del metro "
           "desde el lunes, según el sindicato.")
    assert boilerplate.propose(raw, "es") == []


def test_spanish_label_then_headline_prompts_go_even_in_brackets():
    raw = ("El ministro anunció este martes un nuevo paquete de medidas económicas para contener "
           "la inflación, que alcanzó el 7% en abril.\n"
           "Lea más: El Banco Central sube las tasas por cuarta vez en el año\n"
           "(Le puede interesar: Buscan responsables de bus quemado en Anorí)\n"
           "Las medidas entrarán en vigor el próximo lunes, según el decreto publicado.")
    text, integrity = clean(raw, "es")
    assert [r.text.strip() for r in integrity.removed] == [
        "Lea más: El Banco Central sube las tasas por cuarta vez en el año",
        "(Le puede interesar: Buscan responsables de bus quemado en Anorí)"]
    assert text.endswith("en abril.\nLas medidas entrarán en vigor el próximo lunes, según el "
                         "decreto publicado.")


def test_a_bare_related_label_takes_its_headlines_and_dates_along():
    raw = ("Las medidas entrarán en vigor el próximo lunes, según el decreto publicado en el "
           "diario oficial del país.\n"
           "NOTAS RELACIONADAS\n"
           "Hackers ofrecen descuento del 35% al Gobierno y prometen no tocar al sector privado\n"
           "Jueves 21 abril, 2022\n"
           "El Gobierno no pagará ningún rescate, dijo la ministra de la Presidencia en una "
           "conferencia de prensa.")
    text, integrity = clean(raw, "es")
    (removed,) = integrity.removed
    assert removed.text.startswith("NOTAS RELACIONADAS\nHackers ofrecen")
    assert "Jueves 21 abril, 2022" in removed.text
    assert text.endswith("El Gobierno no pagará ningún rescate, dijo la ministra de la "
                         "Presidencia en una conferencia de prensa.")


def test_a_follow_us_sentence_naming_social_networks_goes():
    raw = ("El estudio fue publicado en la revista Nature y revisado por tres equipos "
           "independientes.\n"
           "Puede escribirnos a redaccion@diario.com o seguir a Materia en Facebook, Twitter, "
           "Instagram o suscribirse aquí a nuestra newsletter.")
    text, integrity = clean(raw, "es")
    assert [r.kind for r in integrity.removed] == ["navigation"]
    assert text.strip() == ("El estudio fue publicado en la revista Nature y revisado por tres "
                            "equipos independientes.")


def test_a_bracketed_credit_followed_by_a_full_stop_splits_caption_and_credit():
    raw = ("Cristina Kirchner y Alberto Fernández, el 1 de marzo, en el Congreso (Foto: Natacha "
           "Pisarenko/Pool via REUTERS).\n"
           "La vicepresidenta no participó de la reunión del gabinete convocada este lunes.")
    text, integrity = clean(raw, "es")
    assert [r.kind for r in integrity.removed] == ["caption", "credit"]
    assert text == "La vicepresidenta no participó de la reunión del gabinete convocada este lunes."


def test_a_french_paywall_prompt_goes_with_its_broken_lines():
    raw = ("Le sociologue décrit une société de plus en plus fragmentée, où les classes moyennes "
           "se sentent abandonnées.\n"
           "Pour lire la suite\n"
           "et accéder gratuitement à 3 articles par mois,\n"
           "créez votre compte")
    text, integrity = clean(raw, "fr")
    assert [r.kind for r in integrity.removed] == ["advert"]
    assert "créez votre compte" not in text


def test_list_items_are_not_teasers():
    raw = ("Für die Umstellung auf HTTPS sind drei Schritte nötig, die wir hier beschreiben.\n"
           "- Die Anpassung der entsprechenden .htaccess-Rules um HTTPS zu erzwingen\n"
           "- Die Einrichtung des Zertifikats über die Kommandozeile des Servers\n"
           "Danach ist die Seite nur noch verschlüsselt erreichbar.")
    assert boilerplate.propose(raw, "de") == []


def test_headlines_of_other_stories_closing_the_text_go_with_their_label():
    raw = ("El candidato presentó su programa de gobierno ante los estudiantes de la universidad.\n"
           "El debate fue organizado por la Universidad Eafit y tuvo apoyo de la embajada.\n"
           "MEDELLÍN\n"
           "-Escándalo en Cartagena: graban a una pareja en las murallas\n"
           "-La angustia que vive un barrio familiar que se llenó de empresas de webcam")
    text, integrity = clean(raw, "es")
    (removed,) = integrity.removed
    assert (removed.kind, removed.rule) == ("teaser", "boilerplate.trailing_headlines")
    assert removed.text.startswith("MEDELLÍN\n-Escándalo")
    assert text.endswith("tuvo apoyo de la embajada.\n")


def test_a_closing_subhead_alone_is_not_a_headline_box():
    raw = ("El candidato presentó su programa de gobierno ante los estudiantes de la universidad.\n"
           "Las propuestas del candidato para la educación pública\n")
    assert boilerplate.propose(raw, "es") == []


def test_an_agency_photo_credit_line_is_removed():
    raw = ("Die Rettungskräfte suchten die ganze Nacht nach Überlebenden.\n"
           "STR/AFP via Getty Images\n"
           "Am Morgen wurden zwei weitere Menschen gefunden.")
    text, integrity = clean(raw, "de")
    assert [(r.kind, r.text) for r in integrity.removed] == [("credit", "STR/AFP via Getty Images")]
    assert "Getty" not in text


def test_a_caption_ending_with_an_agency_credit_goes_whole():
    raw = ("Uwe Schubert möchte mit dem MSV Duisburg noch so viele Punkte wie möglich sammeln. "
           "IMAGO/Nico Herbertz\n"
           "Der MSV Duisburg hat am Samstag gegen Aue verloren.")
    text, integrity = clean(raw, "de")
    assert [r.kind for r in integrity.removed] == ["caption", "credit"]
    assert text == "Der MSV Duisburg hat am Samstag gegen Aue verloren."


def test_date_and_reading_time_lines_go_to_metadata():
    for lang, stamp in (("en", "17:41 JST, October 13, 2024"), ("en", "Updated at 1:23 p.m."),
                        ("de", "- Veröffentlicht am 13. Mai 2026 um 15:44"), ("de", "Lesedauer: 4 Minuten"),
                        ("it", "Pubblicato il 13 maggio 2026 alle 15:44"),
                        ("fr", "Publié le 13 mai 2026 à 15h44"), ("es", "Actualizado: 14/05/2026")):
        raw = f"{stamp}\nThe minister arrived in the capital on Monday for talks."
        text, integrity = clean(raw, lang)
        assert [r.rule for r in integrity.removed] == ["boilerplate.timestamp"], stamp
        assert text == "The minister arrived in the capital on Monday for talks."


def test_a_sentence_with_a_date_and_a_phone_number_are_no_timestamps():
    raw = ("On October 13, 2024 the minister resigned.\n"
           "+81 158-23-2012\n"
           "1997: Blair wins the general election for Labour")
    assert boilerplate.propose(raw, "en") == []


def test_comment_paywall_and_affiliate_prompts_are_removed():
    raw = ("The company reported record profits for the third quarter, its chief executive said.\n"
           "Join the conversation\n"
           "Log in or create an account to continue\n"
           "If you buy something through this post, IGN may get a share of the sale.\n"
           "(Reporting by Greg Roumeliotis; editing by Martin Howell)")
    text, integrity = clean(raw, "en")
    # the bare label "Join the conversation" takes the short prompt under it along
    assert [r.kind for r in integrity.removed] == ["navigation", "advert", "credit"]
    assert text == "The company reported record profits for the third quarter, its chief executive said.\n"


def test_embedded_content_placeholders_are_removed():
    raw = ("Die Polizei sperrte die Innenstadt am Nachmittag ab.\n"
           "Externer Inhalt nicht verfügbar\n"
           "Deine Privatsphäre-Einstellungen verhindern das Laden und Anzeigen aller externen Inhalte.\n"
           "Am Abend wurde die Sperrung aufgehoben.")
    text, integrity = clean(raw, "de")
    assert [r.kind for r in integrity.removed] == ["navigation", "navigation"]
    assert text == ("Die Polizei sperrte die Innenstadt am Nachmittag ab.\n"
                    "Am Abend wurde die Sperrung aufgehoben.")


def test_a_list_of_other_stories_headlines_is_removed():
    raw = ("Der Bundestag hat am Donnerstag über den Haushalt für das kommende Jahr beraten.\n"
           "Die Opposition kritisierte die geplanten Kürzungen bei der Bahn scharf.\n"
           "- Russische Drohnen: Auch in Deutschland versteckt? Experten warnen\n"
           "- Hackerangriffe: Mit diesen miesen Tricks werden User getäuscht\n"
           "- Familie: „Tradwives“ – Wie radikale Rechte den Herd politisieren\n"
           "Eine Einigung wird für Freitag erwartet.")
    text, integrity = clean(raw, "de")
    (removed,) = integrity.removed
    assert removed.rule == "boilerplate.related_list"
    assert "Drohnen" not in text and "Tricks" not in text and "Tradwives" not in text


def test_a_paragraph_of_two_sentences_is_no_teaser():
    raw = ("The labels signed new deals with streaming services last year.\n"
           "Why? Because, capitalism, of course. You see, owning music catalogs has become a "
           "lucrative business *Sharks begin circling*\n"
           "The deals were worth billions.")
    assert boilerplate.propose(raw, "en") == []


def test_a_related_label_does_not_take_the_articles_next_subhead():
    raw = ("Die Schlachtmengen in Thüringen sinken deutlich, weil immer weniger Betriebe schlachten.\n"
           "Link des Videos\n"
           "https://www.mdr.de/nachrichten/thueringen/video-schlachtung-fleisch100.html\n"
           "Schlachtmengen in Thüringen sinken deutlich\n"
           "Die großen Betriebe in Thüringen haben geringere Kosten, weil sie mehr schlachten.")
    text, integrity = clean(raw, "de")
    assert [r.text.splitlines()[0] for r in integrity.removed] == ["Link des Videos"]
    assert "Schlachtmengen in Thüringen sinken deutlich\n" in text


def test_bylines_with_several_authors_go_to_metadata():
    for lang, byline in (("de", "- Von: Bill MCCARTHY, Marisha GOLDHAMER"),
                         ("en", "By Greg Roumeliotis and Joshua Franklin"),
                         ("it", "Di Marco Rossi e Giulia Bianchi"),
                         ("fr", "Par Jean Dupont et Marie Martin"),
                         ("es", "Por Ana García y Luis Pérez")):
        raw = f"{byline}\nLe texte de l'article commence ici avec une phrase complète."
        text, integrity = clean(raw, lang)
        assert [(r.rule, r.text) for r in integrity.removed] == [("boilerplate.byline", byline)], lang


def test_a_sentence_opening_with_the_byline_word_stays():
    raw = ("By Tuesday the talks had collapsed, officials said.\n"
           "The minister left the capital.")
    assert boilerplate.propose(raw, "en") == []


def test_a_date_heading_inside_a_live_ticker_stays():
    raw = ("Die wichtigsten Ereignisse der Woche im Überblick.\n"
           "Der Nationalrat hat am Morgen getagt.\n"
           "Die Debatte dauerte bis in den Abend.\n"
           "Am Ende wurde abgestimmt.\n"
           "Donnerstag, 18. 7.\n"
           "Der Ständerat folgte dem Nationalrat.\n"
           "Die Vorlage geht nun an den Bundesrat.\n"
           "Der Entscheid fällt im Herbst.\n"
           "Die Parteien kündigten Widerstand an.")
    assert boilerplate.propose(raw, "de") == []


def test_share_buttons_gallery_counters_and_tag_lines_are_removed():
    for lang, furniture in (("en", "Share | Facebook | Twitter | Email"), ("en", "Photo 3 of 12"),
                            ("de", "Teilen Drucken WhatsApp"), ("de", "Themen: Bundestag, Haushalt"),
                            ("it", "Condividi Facebook Twitter"), ("fr", "Partager sur Facebook"),
                            ("es", "Compartir en WhatsApp")):
        raw = f"The parliament approved the budget on Thursday.\n{furniture}\nThe vote was close."
        text, integrity = clean(raw, lang)
        assert [r.text for r in integrity.removed] == [furniture], (lang, furniture)


def test_a_sentence_naming_social_networks_stays():
    raw = ("The parliament approved the budget on Thursday.\n"
           "Facebook and Twitter removed the posts after complaints.\n"
           "The vote was close.")
    assert boilerplate.propose(raw, "en") == []


@pytest.mark.parametrize("lang, line", [
    ("en", "Source: Reuters"), ("en", "Join our WhatsApp channel"), ("en", "You might also like:"),
    ("de", "Symbolbild"), ("de", "Unsere Empfehlung"), ("de", "Folgen Sie unserem WhatsApp-Kanal"),
    ("it", "Immagine di repertorio"), ("it", "Redazione"), ("it", "Ti consigliamo"),
    ("fr", "Photo d'archives"), ("fr", "Rejoignez notre chaîne WhatsApp"), ("fr", "La rédaction"),
    ("es", "Foto ilustrativa: Archivo"), ("es", "Agencia EFE"), ("es", "Escucha la noticia"),
])
def test_sources_stock_images_newsroom_credits_and_labels_are_removed(lang, line):
    raw = f"The parliament approved the budget on Thursday.\n{line}\nThe vote was close."
    text, integrity = clean(raw, lang)
    assert [r.text for r in integrity.removed] == [line]
    assert text == "The parliament approved the budget on Thursday.\nThe vote was close."


def test_a_reference_and_a_reading_list_with_addresses_stay():
    raw = ("Alarm fatigue is a known hazard in intensive care units, the report says.\n"
           "[2] Joint Commission National Patient Safety Goal: Alarm Management | ECRI top 10 Hazard\n"
           "Links der Woche:\n"
           "- Presseförderung: Studie zweifelt an Stütze vom Staat via Horizont https://ift.tt/2loCdek\n"
           "- Gewalt im Netz – Schuldzuweisung statt Opferschutz via netzpolitik.org https://netzpolitik.org\n"
           "- Instant Ink: HP sperrt Druckerpatrone bei Kündigung via t3n News https://t3n.de/news")
    assert [e.rule for e in boilerplate.propose(raw, "en")] == []


def test_a_teaser_card_with_its_repeated_headline_is_removed():
    raw = ("Die Schlachtbetriebe in Thüringen kämpfen mit steigenden Kosten.\n"
           "Verdi Neuer Tarifvertrag für Klinik-Beschäftigte: Einigung von SRH und Verdi\n"
           "Neuer Tarifvertrag für Klinik-Beschäftigte: Einigung von SRH und Verdi\n"
           "Die großen Betriebe haben geringere Kosten.")
    text, integrity = clean(raw, "de")
    assert [r.rule for r in integrity.removed] == ["boilerplate.teaser_card"]
    assert text == ("Die Schlachtbetriebe in Thüringen kämpfen mit steigenden Kosten.\n"
                    "Die großen Betriebe haben geringere Kosten.")


def test_a_long_paragraph_ending_with_a_sign_and_a_source_keeps_its_text():
    paragraph = ("Ein weit verbreiteter Vertreter von KI-Modellen sind neuronale Netze. Vorbild hierfür "
                 "ist das menschliche Gehirn. Um eine Aufgabe zu lösen, wird das neuronale Netz mit Daten "
                 "trainiert. Ziel ist, dass das Netz auch auf unbekannten Daten richtig schließt. ⇥")
    raw = paragraph + "(Quelle: BMWK)\nDer nächste Absatz."
    text, integrity = clean(raw, "de")
    assert [(r.kind, r.text) for r in integrity.removed] == [("credit", "(Quelle: BMWK)")]
    assert text.startswith(paragraph)


def test_a_bulleted_prompt_goes_but_a_how_to_step_stays():
    raw = ("Disney bundles its streaming services for new customers, the company said.\n"
           "- Advertisement 1Story continues below\n"
           "- Sign up for a Hulu ad-free account for $11.99 a month\n"
           "- Then add the Disney+ bundle using the same email address\n"
           "The bundle costs less than the two services apart.")
    text, integrity = clean(raw, "en")
    assert [r.text for r in integrity.removed] == ["- Advertisement 1Story continues below"]
    assert "- Sign up for a Hulu ad-free account" in text


@pytest.mark.parametrize("lang, line", [
    ("en", "Previous article"), ("en", "Courtesy of the White House"), ("en", "In partnership with Reuters"),
    ("de", "Nächster Artikel"), ("de", "Bildrechte: dpa"), ("de", "Hat Ihnen dieser Artikel gefallen?"),
    ("it", "Articolo successivo"), ("it", "In collaborazione con Reuters"), ("it", "Per approfondire"),
    ("fr", "Article précédent"), ("fr", "Pour aller plus loin"), ("fr", "Vous avez aimé cet article ?"),
    ("es", "Nota anterior"), ("es", "Sigue a El País en Twitter"), ("es", "Cortesía"), ("es", "Te sugerimos"),
    ("en", "Sign up (it's quick and free) or sign in now."), ("de", "Jetzt registrieren oder anmelden"),
    ("it", "Registrati o accedi"), ("fr", "Inscrivez-vous ou connectez-vous"), ("es", "Regístrate o inicia sesión"),
])
def test_article_navigation_partnership_credits_and_feedback_prompts_are_removed(lang, line):
    raw = f"The parliament approved the budget on Thursday.\n{line}\nThe vote was close."
    text, integrity = clean(raw, lang)
    assert [r.text for r in integrity.removed] == [line]


@pytest.mark.parametrize("lang, sentence", [
    ("es", "Recomendamos a los ciudadanos que se queden en casa."),
    ("es", "Especial atención merece el caso de Sonora, dijo el ministro."),
    ("es", "Sigue a la espera de una respuesta del gobierno en Madrid"),
    ("it", "Commenta così il ministro la decisione del governo"),
    ("it", "Per approfondire la questione il governo ha nominato una commissione."),
    ("de", "Alle Nachrichten aus der Region kommen heute aus Berlin."),
    ("en", "Next story in the series will air on Monday, the network said."),
    ("en", "Video shows troops crossing the river"),
    ("fr", "Avec Reuters, l'agence a confirmé l'information."),
])
def test_article_sentences_opening_with_a_cue_word_stay(lang, sentence):
    raw = f"The parliament approved the budget on Thursday.\n{sentence}\nThe vote was close."
    assert boilerplate.propose(raw, lang) == []


@pytest.mark.parametrize("lang, glued, expected", [
    ("de", "Die Kampagne „Made by VielfaltLink wird in einem neuen Tab geöffnet“ läuft seit Mai.",
     "Die Kampagne „Made by Vielfalt“ läuft seit Mai."),
    ("en", "Read the report (opens in new tab) before the vote.", "Read the report before the vote."),
    ("fr", "Lisez le rapport (s'ouvre dans un nouvel onglet) avant le vote.", "Lisez le rapport avant le vote."),
    ("es", "Lea el informe (se abre en una nueva pestaña) antes del voto.", "Lea el informe antes del voto."),
    ("it", "Leggi il rapporto (si apre in una nuova finestra) prima del voto.", "Leggi il rapporto prima del voto."),
])
def test_a_links_screen_reader_text_is_removed_inline(lang, glued, expected):
    text, integrity = clean(glued, lang)
    assert text == expected
    assert [(r.kind, r.rule) for r in integrity.removed] == [("other", "boilerplate.link_artifact")]


def test_an_outlet_label_in_capitals_under_the_headline_is_removed():
    raw = ("El oficialismo convocó a una sesión una hora antes que la oposición\n"
           "LA NACION\n"
           "El oficialismo de la Cámara de Diputados avanzó con una jugada, según pudo saber LA NACION.")
    text, integrity = clean(raw, "es")
    assert [(r.rule, r.text) for r in integrity.removed] == [("boilerplate.caps_label", "LA NACION")]
    assert "según pudo saber LA NACION." in text


def test_a_capitals_headline_on_the_first_line_stays():
    raw = "CRISIS EN ARGENTINA\nEl gobierno anunció nuevas medidas económicas el lunes."
    assert boilerplate.propose(raw, "es") == []


def test_inline_phrases_are_only_searched_in_texts_holding_their_fixed_strings():
    assert boilerplate._anchors(r"(?P<c0>link wird in einem neuen (?:tab|fenster) geöffnet|\(öffnet in neuem tab\))") \
        == ("link wird in einem neuen ", "(öffnet in neuem tab)")
    assert boilerplate._anchors(r"(?:a|b)x") is None  # an alternative without a fixed run: always search


def test_a_role_with_a_name_in_capitals_is_a_credit():
    raw = ("Kate Moss ist Coverstar der Mai-Ausgabe.\n"
           "Die Fotos entstanden in London.\n"
           "Styling: KATE PHELAN\n"
           "Haare: SYD HAYES")
    text, integrity = clean(raw, "de")
    assert [(r.kind, r.text.strip()) for r in integrity.removed] == [
        ("credit", "Styling: KATE PHELAN"), ("credit", "Haare: SYD HAYES")]
    assert text == "Kate Moss ist Coverstar der Mai-Ausgabe.\nDie Fotos entstanden in London.\n"


def test_an_outlet_with_its_authors_in_brackets_closing_the_text_is_a_credit():
    raw = ("Nach der Hitzewelle prüft Sachsen-Anhalt mögliche Folgen in Pflegeheimen.\n"
           "Die Ergebnisse sollen im Herbst vorliegen.\n"
           "MDR (Engin Haupt, Alisa Sonntag)")
    _text, integrity = clean(raw, "de")
    assert [(r.kind, r.text) for r in integrity.removed] == [
        ("credit", "MDR (Engin Haupt, Alisa Sonntag)")]


def test_a_name_alone_on_the_first_line_is_a_byline():
    raw = ("Daniel Aragón\n"
           "Tras seis derrotas consecutivas, el equipo volvió a puntuar en su lucha por la salvación.\n"
           "El encuentro comenzó con una declaración de intenciones.")
    text, integrity = clean(raw, "es")
    assert [(r.rule, r.text.strip()) for r in integrity.removed] == [
        ("boilerplate.byline", "Daniel Aragón")]
    assert text.startswith("Tras seis derrotas")


@pytest.mark.parametrize("raw, lang", [
    # a name inside the text is a subhead or a speaker's label, not a byline
    ("El partido comenzó pronto.\nLa afición llenó el pabellón.\nHubo mucho ruido.\nCarlos Pérez\n"
     "El capitán habló después del partido.\nDijo que el equipo mejoró.\nNadie lo esperaba.", "es"),
    # a line that reads as a sentence stays, even when it opens with a given name
    ("Daniel Aragón ganó.\nEl encuentro comenzó pronto.", "es"),
    # a role with a name in ordinary case is article text ("Fazit: ...")
    ("Die Bilanz fiel gemischt aus.\nFazit: Gute Nachrichten für Anleger", "de"),
    # the signature of an embedded post names who wrote it: kept
    ("The Senate posted a statement.\nWe will meet tomorrow.\n"
     "— The Nigerian Senate (@NGRSenate) October 9, 2018\nLawmakers met on Tuesday.", "en"),
])
def test_names_and_labels_inside_the_body_stay(raw, lang):
    _text, integrity = clean(raw, lang)
    assert integrity.removed == []


@pytest.mark.parametrize("label, lang", [
    ("Video", "de"), ("Liveblog", "de"), ("Neuer Abschnitt", "de"), ("Vidéo", "fr"),
    ("En directo", "es"), ("In diretta", "it"), ("Watch video", "en"),
])
def test_a_media_label_alone_is_removed_without_the_subhead_below_it(label, lang):
    raw = (f"The first paragraph of the story ends here.\n{label}\n"
           "A subhead of the story\nThe second paragraph of the story ends here.")
    text, integrity = clean(raw, lang)
    assert [r.text.strip() for r in integrity.removed] == [label]
    assert "A subhead of the story\n" in text


@pytest.mark.parametrize("line, lang", [
    ("Sigue a El Universal en Google News", "es"),
    ("Archivado en:", "es"),
    ("Esta nota fue publicada originalmente en El País", "es"),
    ("Cet article a été publié initialement dans Le Monde", "fr"),
    ("Réagissez à cet article", "fr"),
    ("Dieser Artikel erschien zuerst bei Spiegel Online", "de"),
    ("Seguici su Google News", "it"),
    ("This article was originally published on The Conversation.", "en"),
])
def test_republication_notes_and_follow_prompts_are_removed(line, lang):
    raw = f"The story's first paragraph ends here.\n{line}\nThe story's second paragraph ends here."
    text, integrity = clean(raw, lang)
    assert [r.text.strip() for r in integrity.removed] == [line]


def test_a_sentence_about_a_first_publication_stays():
    raw = ("Il romanzo è stato pubblicato per la prima volta nel 1958 da Feltrinelli.\n"
           "Da allora è stato tradotto in quaranta lingue.")
    _text, integrity = clean(raw, "it")
    assert integrity.removed == []


@pytest.mark.parametrize("line, lang", [
    ("MADRID, 3 Mar. (EUROPA PRESS) -", "es"),
    ("Buenos Aires, 3 de mayo (EFE).-", "es"),
    ("PARIS (AFP) -", "fr"),
    ("Berlin (dpa) –", "de"),
    ("ROMA (ANSA) -", "it"),
])
def test_an_agency_dateline_alone_on_its_line_goes_to_metadata(line, lang):
    raw = f"{line}\nThe story's first paragraph ends here.\nThe story's second paragraph ends here."
    text, integrity = clean(raw, lang)
    assert [(r.rule, r.text.strip()) for r in integrity.removed] == [("boilerplate.dateline", line)]
    assert text.startswith("The story's first paragraph")


def test_a_sentence_naming_an_agency_in_brackets_stays():
    raw = "Die Nachrichtenagentur Reuters (Reuters) meldete den Rücktritt am Abend."
    _text, integrity = clean(raw, "de")
    assert integrity.removed == []


def test_related_headlines_on_the_same_topic_go_when_marked_as_headlines():
    raw = ("Trump postet erneut ein Bild mit Jesus, nach massiver Kritik am Papst.\n"
           "Der Präsident teilte das Bild am Mittwoch auf seinem Netzwerk.\n"
           "- Papst-Streit: Meloni stellt sich gegen Trump und den Präsidenten\n"
           "- Neue Allianz? Europäer reagieren auf Trumps Drohung gegen den Papst\n"
           "Kritiker warfen dem Präsidenten Blasphemie vor.")
    text, integrity = clean(raw, "de")
    assert [r.rule for r in integrity.removed] == ["boilerplate.related_list"]
    assert "Meloni" not in text and "Kritiker warfen" in text


def test_an_articles_own_list_explained_with_dashes_stays():
    raw = ("Die Lizenz erlaubt vieles, aber nicht alles.\n"
           "- Der durchgestrichene Dollar bedeutet – Weiterverwendung zu kommerziellen Zwecken nicht erlaubt\n"
           "- Das Gleichheitszeichen bedeutet – Veränderungen der Lizenz sind nicht erlaubt\n"
           "Die Zeichen stehen unter jedem Bild der Lizenz.")
    _text, integrity = clean(raw, "de")
    assert integrity.removed == []


def test_a_paragraph_ending_in_a_german_closing_quote_is_a_sentence_not_a_headline():
    raw = ("Danni Büchner trennte sich von ihrem Partner, wie sie am Montag mitteilte.\n"
           "Sie wolle keine Nachrichten mehr bekommen, schrieb sie auf Instagram.\n"
           ">> Wegen Corona: Danni Büchner muss ihr Lokal auf Mallorca schließen <<\n"
           "Ihr Credo dürfte weiterhin aktuell sein: „Kopf hoch, Krone richten und weiter geht’s.“")
    text, integrity = clean(raw, "de")
    assert "Kopf hoch" in text
    assert all("Kopf hoch" not in r.text for r in integrity.removed)


@pytest.mark.parametrize("line, lang, rule", [
    ("Madrid-", "es", "boilerplate.dateline"),
    ("Berlin –", "de", "boilerplate.dateline"),
    ("Las más leídas", "es", "boilerplate.navigation"),
    ("Les plus lus", "fr", "boilerplate.navigation"),
    ("Daniel Aragón 3/5/2022 22:41", "es", "boilerplate.byline"),
])
def test_datelines_most_read_labels_and_dated_bylines_at_the_top(line, lang, rule):
    raw = f"{line}\nThe story's first paragraph ends here.\nThe story's second paragraph ends here."
    _text, integrity = clean(raw, lang)
    assert [(r.rule, r.text.strip()) for r in integrity.removed] == [(rule, line)]


def test_a_subhead_ending_in_a_dash_and_a_sentence_stay():
    raw = ("El gobierno aprobó la reforma.\nLa oposición votó en contra – y anunció recursos.\n"
           "Lo más leído fue el discurso del presidente.")
    _text, integrity = clean(raw, "es")
    assert integrity.removed == []


# -- a line ending in ";" or "," is a clause of a longer sentence, one sentence per line ---------------

def test_clause_ending_in_a_semicolon_is_no_teaser_even_with_an_acronym():
    text = ("Il consiglio comunale ha discusso la mozione presentata dai cittadini.\n"
            "La proposta chiede diverse cose, tra cui:\n"
            "l'invito ad emanare una legge che, con un canone da destinare alla SIAE, renda legale tale attività;\n"
            "la creazione di un registro pubblico delle opere.")
    cleaned, integrity = clean(text, "it")
    assert cleaned == text and not integrity.removed


def test_collaborated_with_is_a_sentence_not_a_credit():
    text = ("Il sassofonista ha inciso dodici dischi in trent'anni di carriera.\n"
            "Ha collaborato con Diane Schuur e Stan Getz.\n"
            "Nel 1990 ha vinto il suo primo premio internazionale.")
    cleaned, integrity = clean(text, "it")
    assert cleaned == text and not integrity.removed


def test_contributors_line_is_still_a_credit():
    text = ("Il governo ha approvato il decreto nella notte.\n"
            "Ha collaborato Mario Bianchi")
    _, integrity = clean(text, "it")
    assert [r.text for r in integrity.removed] == ["Ha collaborato Mario Bianchi"]


def test_a_name_with_an_email_address_at_the_top_is_a_byline():
    raw = ("Johnny Castro johnnycastro.asesor@larepublica.net | Viernes 22 abril, 2022\n"
           "El Gobierno anunció este viernes un nuevo plan de vivienda para las familias de bajos "
           "ingresos, según informó el ministerio.\n"
           "La medida entrará en vigor el próximo mes.")
    text, integrity = clean(raw, "es")
    assert [(r.kind, r.rule) for r in integrity.removed] == [("other", "boilerplate.byline")]
    assert text.startswith("El Gobierno anunció")


def test_an_email_address_inside_a_paragraph_is_no_byline():
    raw = ("El Gobierno anunció este viernes un nuevo plan de vivienda.\n"
           "Las familias interesadas pueden escribir a vivienda@gobierno.es para pedir información.\n"
           "La medida entrará en vigor el próximo mes.")
    assert clean(raw, "es")[1].removed == []


def test_a_copyright_credit_closes_a_caption():
    raw = ("Le président Emmanuel Macron à l'Élysée, le 3 mai. © Ludovic Marin / AFP\n"
           "Le chef de l'État a reçu mardi les représentants des syndicats pour discuter de la réforme.")
    text, integrity = clean(raw, "fr")
    assert [r.kind for r in integrity.removed] == ["caption", "credit"]
    assert text == "Le chef de l'État a reçu mardi les représentants des syndicats pour discuter de la réforme."


def test_italian_riproduzione_riservata_is_no_credit_of_the_sentence_before_it():
    raw = ("Il sindaco ha inaugurato la nuova scuola. © Riproduzione riservata\n"
           "La scuola ospiterà trecento studenti.")
    assert [r.kind for r in clean(raw, "it")[1].removed] != ["caption", "credit"]


def test_opinion_disclaimers_go_wherever_they_stand():
    for lang, line in (
            ("de", "Gastkommentare und Beiträge von externen Autorinnen und Autoren wie dieser hier "
                   "müssen nicht der Meinung der Redaktion entsprechen."),
            ("en", "The views expressed in this article are those of the author and do not "
                   "necessarily reflect the editorial stance of the newspaper."),
            ("es", "Las opiniones expresadas en este artículo son responsabilidad exclusiva del autor."),
            ("fr", "Les opinions exprimées dans cette tribune n'engagent que leur auteur."),
            ("it", "Le opinioni espresse in questo articolo sono dell'autore e non impegnano la redazione.")):
        raw = ("Erster Absatz des Artikels mit genug Text.\n" + line +
               "\nZweiter Absatz des Artikels.\nDritter Absatz.\nVierter Absatz.")
        text, integrity = clean(raw, lang)
        assert [r.text.strip() for r in integrity.removed] == [line], lang


def test_a_long_newsletter_blurb_closing_the_text_goes():
    blurb = ("Want more stories like this? Get the best of our reporting delivered straight to your "
             "inbox every morning. Our editors pick the stories that matter, from politics and business "
             "to culture and sport, and explain why they matter to you. It is free, and you can "
             "unsubscribe at any time.")
    raw = "Stocks rose on Monday after the central bank held rates steady.\n" + blurb
    text, integrity = clean(raw, "en")
    assert [r.kind for r in integrity.removed] == ["advert"]
    assert text.rstrip() == "Stocks rose on Monday after the central bank held rates steady."


def test_the_same_cue_deep_in_a_long_paragraph_between_others_stays():
    line = ("Want more stories like this? Get the best of our reporting delivered straight to your "
            "inbox every morning, the company promised in its advertising campaign, which regulators "
            "later found misleading because the newsletter was in fact sent only once a week and "
            "carried mostly advertising for its own products.")
    raw = "Regulators fined the publisher on Monday.\n" + line + "\nThe fine was 2 million euros.\nIt will appeal.\nThe case goes on."
    assert clean(raw, "en")[1].removed == []


def test_bbc_media_labels_and_archive_notices_go():
    raw = ("Image source, Getty Images\nImage caption, The prime minister spoke outside Downing Street\n"
           "The prime minister said on Monday that the election would be held in July.\n"
           "This article is more than 2 years old\nHe thanked the voters.")
    text, integrity = clean(raw, "en")
    assert text == "The prime minister said on Monday that the election would be held in July.\nHe thanked the voters."


def test_related_headlines_closing_the_text_go_though_they_share_its_topic():
    raw = ("The researchers observed Europa, an icy moon of Jupiter, with the Keck Observatory in Hawaii.\n"
           "NASA is developing a mission called Europa Clipper, which could spot signs of water plumes.\n"
           "- NASA Europa Mission Could Potentially Spot Signs of Alien Life\n"
           "- Photos: Europa, Mysterious Icy Moon of Jupiter\n"
           "- Keck Observatory: Twin Telescopes on Mauna Kea\n")
    text, integrity = clean(raw, "en")
    assert [(r.kind, r.rule) for r in integrity.removed] == [("teaser", "boilerplate.closing_list")]
    assert text.endswith("signs of water plumes.\n")


def test_the_articles_own_closing_list_in_lower_case_stays():
    raw = ("The government presented its plan for the railways on Monday.\n"
           "The plan has three parts:\n"
           "- more trains on the busiest lines from next year\n"
           "- new stations in the north of the country\n"
           "- lower fares for students and pensioners\n")
    assert clean(raw, "en")[1].removed == []


def test_social_network_names_under_a_follow_prompt_go():
    raw = ("El alcalde inauguró el nuevo puente el lunes por la tarde, según informó el ayuntamiento.\n"
           "Síguenos en nuestras redes sociales:\nFacebook\nInstagram\nTikTok\nYouTube\n"
           "El puente costó diez millones de euros.")
    text, integrity = clean(raw, "es")
    assert [r.text for r in integrity.removed] == ["Síguenos en nuestras redes sociales:",
                                                   "Facebook\nInstagram\nTikTok\nYouTube"]
    assert text == ("El alcalde inauguró el nuevo puente el lunes por la tarde, según informó el "
                    "ayuntamiento.\nEl puente costó diez millones de euros.")


def test_buttons_and_view_counts_alone_on_their_line_go():
    for lang, line in (("en", "1,234 views"), ("de", "Schließen"), ("es", "Escuchar artículo"),
                       ("fr", "Voir plus"), ("it", "Chiudi")):
        raw = f"Erster Absatz des Artikels mit genug Text.\n{line}\nZweiter Absatz des Artikels."
        assert [r.text.strip() for r in clean(raw, lang)[1].removed] == [line], lang


def test_a_related_list_keeps_its_one_headline_on_the_articles_topic():
    raw = ("Russische Drohnen sind in der Nacht über Polen geflogen, teilte die Regierung in Warschau mit. "
           "Auch in Deutschland warnen Experten vor versteckten Drohnen.\n"
           "- Russische Drohnen: Auch in Deutschland versteckt? Experten warnen\n"
           "- Hackerangriffe: Mit diesen miesen Tricks werden User getäuscht\n"
           "- Kinderschutz als Vorwand? Warum Neonazis „Pedo-Jäger“ spielen\n"
           "Die Bundeswehr prüft nun den Schutz ihrer Kasernen.")
    text, integrity = clean(raw, "de")
    assert [(r.kind, r.rule) for r in integrity.removed] == [("teaser", "boilerplate.related_list")]
    assert "Hackerangriffe" not in text and "Russische Drohnen:" not in text


def test_a_list_announced_by_the_articles_sentence_stays():
    raw = ("Doch nicht nur die Hühnerrasse wirkt sich auf das Eierlegen aus, denn auch die Jahreszeit "
           "als auch das Futter können Einfluss auf den Legebeginn nehmen:\n"
           "- Brut im späten Jahresverlauf: Legebeginn erst im Spätherbst\n"
           "- Besonders kalt: manche Hühner legen erst im darauffolgenden Frühjahr\n"
           "- Futter: optimale Ernährung der Küken in den 1-2 Wochen fördert frühen Legebeginn\n"
           "Manche Hühner legen erst im darauffolgenden Frühjahr wieder, wenn es besonders kalt war.\n"
           "Wer ausgewachsene Hennen erwirbt, sollte nicht am selben Tag mit dem ersten Ei rechnen.\n"
           "Die Geduld lohnt sich.")
    assert clean(raw, "de")[1].removed == []


def test_newsroom_signatures_and_update_lines_go():
    for lang, line in (("es", "Redacción / Agencias"), ("es", "EFE | Madrid"),
                       ("es", "Última actualización: 3 de mayo de 2024"),
                       ("es", "Recibe las noticias en tu celular"),
                       ("it", "Redazione ANSA"), ("it", "Ultima modifica: 3 maggio 2024")):
        raw = ("Il primo paragrafo racconta i fatti di lunedì con tutti i numeri.\n" + line +
               "\nIl secondo paragrafo spiega le conseguenze.")
        assert [r.text.strip() for r in clean(raw, lang)[1].removed] == [line], line


def test_an_italian_line_about_the_newsroom_in_lower_case_stays():
    raw = ("Il primo paragrafo racconta i fatti di lunedì.\nLa redazione risponde\n"
           "Il secondo paragrafo spiega le conseguenze.")
    assert clean(raw, "it")[1].removed == []


ACCOUNT_POPUP = """¿Quieres añadir otro usuario a tu suscripción?
Si continúas leyendo en este dispositivo, no se podrá leer en el otro.
¿Por qué estás viendo esto?
Flecha
Tu suscripción se está usando en otro dispositivo y solo puedes acceder a EL PAÍS desde un dispositivo a la vez.
Si quieres compartir tu cuenta, cambia tu suscripción a la modalidad Premium, así podrás añadir otro usuario. Cada uno accederá con su propia cuenta de email, lo que os permitirá personalizar vuestra experiencia en EL PAÍS.
¿Tienes una suscripción de empresa? Accede aquí para contratar más cuentas.
En el caso de no saber quién está usando tu cuenta, te recomendamos cambiar tu contraseña aquí.
Si decides continuar compartiendo tu cuenta, este mensaje se mostrará en tu dispositivo y en el de la otra persona que está usando tu cuenta de forma indefinida, afectando a tu experiencia de lectura. Puedes consultar aquí los términos y condiciones de la suscripción digital."""


def test_an_account_sharing_popup_goes_line_by_line_wherever_it_stands():
    raw = ("El Gobierno aprobó el martes la reforma de las pensiones tras meses de negociación.\n"
           + ACCOUNT_POPUP + "\nLa reforma entrará en vigor en enero.\nLos sindicatos la celebran.\n"
           "La patronal no.\nEl debate sigue.")
    text, integrity = clean(raw, "es")
    assert len(integrity.removed) == 9
    assert text == ("El Gobierno aprobó el martes la reforma de las pensiones tras meses de negociación.\n"
                    "La reforma entrará en vigor en enero.\nLos sindicatos la celebran.\n"
                    "La patronal no.\nEl debate sigue.")


def test_the_french_device_popup_goes():
    popup = ("Lecture du Monde en cours sur un autre appareil.\n"
             "Vous pouvez lire Le Monde sur un seul appareil à la fois (ordinateur, téléphone ou tablette).\n"
             "Comment ne plus voir ce message ?\n"
             "Nous vous conseillons de modifier votre mot de passe.")
    raw = ("Le gouvernement a présenté mardi son projet de budget pour l'année prochaine.\n" + popup +
           "\nLe texte sera examiné en octobre.\nLes syndicats protestent.\nLe débat continue.\nFin.")
    text, integrity = clean(raw, "fr")
    assert [r.text.strip() for r in integrity.removed] == popup.split("\n")


def test_the_articles_closing_questions_stay():
    raw = ("Wer eine Entscheidung treffen muss, sollte sich drei Fragen stellen, rät die Coachin. "
           "Ob es ein Grund ist, morgens aufzustehen, ob es sich im Herzen richtig anfühlt und ob "
           "das Leben dadurch bunter, erfüllter und lohnender wird.\n"
           "- Ist es ein Grund, warum ich morgens aufstehe?\n"
           "- Fühlt es sich in meinem Herzen richtig an?\n"
           "- Wird mein Leben dadurch bunter, erfüllter und lohnender?\n")
    assert clean(raw, "de")[1].removed == []


def test_a_sentence_wrapped_by_hand_is_no_teaser():
    # a capitals-word mark and little shared vocabulary make a teaser, unless the line is a piece
    # of a sentence the next line goes on in lower case, or goes on from the line above
    text = ("Der Verband hat am Montag in Berlin einen neuen Leitfaden vorgestellt, der kleinen "
            "Unternehmen bei der Auswahl von Software helfen soll.\n"
            "Fachleute des Ausschusses VOLKSWAGEN gehen darin auf die wachsende Verbreitung\n"
            "von quelloffenen Programmen ein und geben praktische Hinweise.\n"
            "Der Leitfaden steht auf der Seite des Verbands kostenlos zum Herunterladen bereit, "
            "eine gedruckte Fassung soll im Sommer folgen.")
    assert clean(text, "de")[1].removed == []


def test_a_headline_line_above_an_address_is_still_a_teaser():
    text = ("Der Verband hat am Montag in Berlin einen neuen Leitfaden vorgestellt, der kleinen "
            "Unternehmen bei der Auswahl von Software helfen soll.\n"
            "Milliardär aus Bayern hat genug! STEUERBOYKOTT JETZT\n"
            "https://example.org/2016/07/07/steuerboykott/\n"
            "Der Leitfaden steht auf der Seite des Verbands kostenlos zum Herunterladen bereit, "
            "eine gedruckte Fassung soll im Sommer folgen.")
    assert [r.rule for r in clean(text, "de")[1].removed] == ["boilerplate.teaser"]
