"""Teasers of other stories known by their layout alone (clean/teaser_layout.py): a run of
headlines between paragraphs that share nothing with the article, a card's headline worded twice;
the article's subheads, listings and embedded posts stay."""
from __future__ import annotations

import pytest

from clean.plain_article import removals

PARAGRAPHS = {
    "es": ("El Gobierno aprobó este martes una reforma del sistema de pensiones que eleva la edad "
           "de jubilación, según informó el ministerio en un comunicado difundido por la tarde.",
           "La medida, que entrará en vigor el próximo año, ha sido criticada por los sindicatos, "
           "que anunciaron movilizaciones en todo el país contra la reforma de las pensiones.",
           "El ministro defendió la reforma de las pensiones en una rueda de prensa y aseguró que "
           "garantiza la sostenibilidad del sistema para las próximas generaciones de trabajadores."),
    "it": ("Il governo ha approvato martedì una riforma del sistema pensionistico che innalza l'età "
           "della pensione, ha annunciato il ministero in un comunicato diffuso nel pomeriggio.",
           "La misura, che entrerà in vigore il prossimo anno, è stata criticata dai sindacati, che "
           "hanno annunciato mobilitazioni in tutto il paese contro la riforma delle pensioni.",
           "Il ministro ha difeso la riforma delle pensioni in una conferenza stampa e ha assicurato "
           "che garantisce la sostenibilità del sistema per le prossime generazioni di lavoratori."),
    "de": ("Die Bundesregierung hat am Dienstag eine Reform der Rentenversicherung beschlossen, die "
           "das Rentenalter anhebt, wie das Ministerium am Nachmittag in einer Mitteilung erklärte.",
           "Die Maßnahme soll im kommenden Jahr in Kraft treten, die Gewerkschaften kritisieren sie "
           "und kündigten Proteste im ganzen Land gegen die Reform der Rentenversicherung an.",
           "Der Minister verteidigte die Reform der Rentenversicherung auf einer Pressekonferenz und "
           "versicherte, sie sichere das System für die kommenden Generationen von Beschäftigten."),
}


def between(lang: str, *middle: str) -> str:
    """Headline, deck, then the article with ``middle`` lines between its second and third paragraph."""
    first, second, third = PARAGRAPHS[lang]
    return "\n".join(("Titolo", "Deck", first, second, *middle, third)) + "\n"


@pytest.mark.parametrize("lang, teasers", [
    ("es", ("Detienen a un hombre por el robo de un cuadro en el museo de Sevilla",
            "La selección de fútbol empata ante Brasil en un partido amistoso")),
    ("it", ("Incendio in un capannone alla periferia di Torino, nessun ferito",
            "Calcio: la Juventus batte il Napoli allo Stadium")),
    ("de", ("Berliner Geburtenrate auf Rekordtief",
            "Angriff auf das „Heteropatriarchat“: Nachwuchs einer Partei will die Ehe abschaffen")),
])
def test_two_headlines_of_other_stories_between_paragraphs_go_as_one_teaser(lang, teasers):
    assert removals(between(lang, *teasers), lang) == [("teaser", "\n".join(teasers))]


def test_one_headline_between_paragraphs_is_a_subhead_and_stays():
    text = between("es", "La selección de fútbol empata ante Brasil en un partido amistoso")
    assert removals(text, "es") == []


def test_a_heading_and_a_subheading_on_the_articles_topic_stay():
    text = between("it", "Le reazioni dei sindacati alla riforma",
                   "Mobilitazioni contro la riforma delle pensioni")
    assert removals(text, "it") == []


def test_a_card_whose_headline_is_worded_twice_goes():
    card = ("Ermittlungen Wende im Fall eines Tankstellen-Raubs in Pößneck",
            "Tankstellen-Raub in Pößneck: Neue Wende im Fall")
    assert removals(between("de", "Rentenreform", *card), "de") == [("teaser", "\n".join(card))]


def test_entries_of_a_reference_list_that_open_alike_stay():
    refs = ("Mathieu, Axel-Oskar: Büssing 1903 – 1971. Online-Publikation, abgerufen am 29.09.2021",
            "Mathieu, Axel-Oskar: NAG 1902 – 1950. Online-Publikation, abgerufen am 29.09.2021")
    assert removals(between("de", "Literatur", *refs), "de") == []


def test_a_listing_of_keys_and_values_stays():
    assert removals(between("de", "Einschub: unteres Drittel", "Backzeit: etwa 15 Minuten"),
                    "de") == []


def test_an_embedded_post_and_its_signature_stay():
    post = ("Landspout tornado! Northeast Colorado! Southwest of Akron @NWSBoulder",
            "— Ryan Matoush (@RyanMatoushWX) April 25, 2024")
    assert removals(between("es", *post), "es") == []


LISTED_BOX = ("- Endlich kommt der Frühling – dann sogar ein bisschen Sommer",
              "- Alle gesperrten Straßen – wann die Läufer wo erwartet werden",
              "- Haspa Marathon: Über Hamburg nach Paris")
MARATHON = ("Beim Haspa Marathon in Hamburg liefen am Sonntag bei Frühling und fast schon Sommer "
            "mehr als 15.000 Läufer durch die Straßen, so viele wie nie zuvor.",
            "Die Polizei hatte vorab vor gesperrten Straßen gewarnt, und viele Läufer kamen schon "
            "früh am Morgen mit der Bahn nach Hamburg.",
            "Der Sieger des Haspa Marathon will im Sommer in Paris laufen, wie er nach dem Rennen "
            "in Hamburg sagte.")


def marathon(*middle: str) -> str:
    """A marathon report (headline, deck, three paragraphs) with ``middle`` after its second paragraph."""
    first, second, third = MARATHON
    return "\n".join(("Titel", "Unterzeile", first, second, *middle, third)) + "\n"


def test_a_listed_box_of_headlines_between_paragraphs_goes_even_on_the_articles_topic():
    assert removals(marathon(*LISTED_BOX), "de") == [("teaser", "\n".join(LISTED_BOX))]


def test_a_list_announced_by_a_sentence_ending_on_a_colon_is_the_articles_and_stays():
    text = marathon("Die Veranstalter gaben vor dem Start drei Hinweise an alle Läufer:", *LISTED_BOX)
    assert removals(text, "de") == []


def test_points_of_a_list_between_paragraphs_that_read_as_no_headlines_stay():
    points = ("- Die Rente steigt ab Juli um drei Prozent",
              "- Das Rentenalter wird bis 2031 auf 67 Jahre angehoben")
    assert removals(between("de", *points), "de") == []


SUHL = ("In Suhl stellt eine Fabrik, die früher CDs presste, nun Linsen für Virtual Reality her, "
        "wie das Unternehmen am Freitag mitteilte.",
        "Die Linsen gehen an ein US-Unternehmen, das damit Brillen für Virtuelle Realität baut, "
        "sagte der Geschäftsführer der Fabrik in Suhl.")


def test_a_card_between_two_removed_teaser_cards_goes_with_its_box():
    cards = ("Verdi Neuer Tarifvertrag für Klinik-Beschäftigte: Einigung von SRH und Verdi",
             "Neuer Tarifvertrag für Klinik-Beschäftigte: Einigung von SRH und Verdi",
             "Industrie Virtuelle Realität statt CDs: Fabrik in Suhl stellt nun Linsen für US-Unternehmen her",
             "Virtual Reality statt CDs: CDA in Suhl stellt Linsen für US-Unternehmen her",
             "Schmalkalden-Meiningen Neue Flüchtlingsunterkunft in Oberhof: Ausschließlich Familien sollen einziehen",
             "Neue Flüchtlingsunterkunft in Oberhof: Ausschließlich Familien sollen einziehen")
    text = "\n".join(("Titel", "Unterzeile", SUHL[0], *cards, SUHL[1])) + "\n"
    removed = removals(text, "de")
    assert [body for _, body in removed] == ["\n".join(cards[:2]), "\n".join(cards[2:4]),
                                             "\n".join(cards[4:])]
    assert {kind for kind, _ in removed} == {"teaser"}


def test_a_subhead_between_a_teaser_box_and_its_paragraph_stays():
    cards = ("Verdi Neuer Tarifvertrag für Klinik-Beschäftigte: Einigung von SRH und Verdi",
             "Neuer Tarifvertrag für Klinik-Beschäftigte: Einigung von SRH und Verdi")
    text = between("de", *cards, "Die Reaktionen der Gewerkschaften auf die Reform")
    assert removals(text, "de") == [("teaser", "\n".join(cards))]
