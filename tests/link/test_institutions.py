"""National bodies named by a common noun: "il Senato", "the military", "il ministero ... iracheno"."""
from __future__ import annotations


def test_a_capitalised_senate_is_the_senate_of_the_country_the_article_is_about(link_text, by_name):
    doc = link_text("Gli Stati Uniti e la Russia discutono il trattato. Donald Trump ha chiesto al Senato "
                    "di ratificarlo entro l'estate, ma i senatori degli Stati Uniti esitano.", "it")
    senate = by_name(doc)["United States Senate"]
    assert [(m.text, m.rule) for m in senate.mentions] == [("Senato", "institution:article")]


def test_a_later_bare_noun_is_the_body_named_before(link_text, by_name):
    doc = link_text("Il Senato americano ha approvato la legge. Ieri il Senato ha votato di nuovo.", "it")
    senate = by_name(doc)["United States Senate"]
    assert [m.text for m in senate.mentions] == ["Senato americano", "Senato"]
    assert [m.rule for m in senate.mentions][1] == "institution:coref"


def test_a_country_adjective_gives_the_body_its_country(link_text, by_name):
    doc = link_text("The Russian foreign ministry protested on Monday.", "en")
    ministry = by_name(doc)["Ministry of Foreign Affairs"]
    assert ministry.id == "kb:org:ministry-of-foreign-affairs-russia"
    assert [m.text for m in ministry.mentions] == ["Russian foreign ministry"]


def test_a_body_the_kb_does_not_know_is_named_as_the_text_names_it(link_text, by_name):
    doc = link_text("Secondo il ministero della Giustizia russo, la sentenza è definitiva.", "it")
    ministry = by_name(doc)["ministero della Giustizia russo"]
    assert (ministry.type, ministry.id, ministry.in_kb) == (
        "ORG", "x:org:ministero-della-giustizia-russo", False)
    assert "Russia" not in by_name(doc)  # the adjective belongs to the body's name


def test_a_country_named_before_the_body_owns_it(link_text, by_name):
    doc = link_text("Russia's Ministry of Justice said the ruling was final.", "en")
    assert by_name(doc)["Russia's Ministry of Justice"].type == "ORG"


def test_a_german_genitive_country_owns_the_body(link_text, by_name):
    doc = link_text("Russlands Staatsanwaltschaft ermittelt gegen den Konzern.", "de")
    assert by_name(doc)["Russlands Staatsanwaltschaft"].type == "ORG"


def test_the_government_is_the_country_acting(link_text, by_name):
    doc = link_text("La Russia ha respinto la proposta. Il governo ha poi convocato l'ambasciatore.", "it")
    russia = by_name(doc)["Russia"]
    assert [(m.text, m.kind) for m in russia.mentions] == [("Russia", "name"), ("governo", "metonym")]


def test_an_indefinite_government_is_no_particular_actor(link_text, by_name):
    doc = link_text("Russland will eine stabile Regierung bilden.", "de")
    assert [m.text for m in by_name(doc)["Russia"].mentions] == ["Russland"]


def test_a_lower_case_army_alone_names_no_actor(link_text, by_name):
    doc = link_text("The Russian president said the military was ready.", "en")
    assert all(e.type != "ORG" for e in doc.entities)


def test_a_noun_that_begins_a_longer_name_is_left_to_that_name(link_text, by_name):
    doc = link_text("El Congreso Nacional de Chile aprobó la ley.", "es")
    assert "Congreso" not in by_name(doc)
    assert "Congreso Nacional de Chile" in by_name(doc) or "Congreso Nacional" in by_name(doc)


def test_a_party_word_after_a_title_describes_the_person(link_text, by_name):
    doc = link_text("El senador republicano Rick Scott pidió la dimisión de Joe Biden.", "es")
    party = by_name(doc)["Republican Party"]
    assert [(m.text, m.kind) for m in party.mentions] == [("republicano", "adjective")]


def test_with_no_country_named_a_bare_body_belongs_to_the_languages_home_country(link_text, by_name):
    doc = link_text("Ieri la Camera ha approvato il decreto con 300 voti a favore.", "it")
    chamber = by_name(doc)["Camera"]
    assert (chamber.type, chamber.in_kb) == ("ORG", False)  # Italy's chamber, not in the test KB


def test_troops_with_a_country_adjective_are_the_country_acting(link_text, by_name):
    doc = link_text("Le truppe russe sono entrate nella città all'alba.", "it")
    russia = by_name(doc)["Russia"]
    assert [(m.text, m.kind) for m in russia.mentions] == [("truppe russe", "metonym")]


def test_troops_without_a_country_are_nobody_in_particular(link_text, by_name):
    doc = link_text("La Russia ha protestato. Le forze ribelli sono entrate nella città.", "it")
    assert [m.text for m in by_name(doc)["Russia"].mentions] == ["Russia"]


def test_a_lower_case_armed_group_after_an_article_names_the_actors(link_text, by_name):
    doc = link_text("La Russia ha protestato. Secondo fonti locali, i talebani hanno liberato l'ostaggio.", "it")
    assert [(m.text, m.kind) for m in by_name(doc)["Taliban"].mentions] == [("talebani", "name")]


def test_the_country_acting_covers_its_own_name_once(link_text, by_name):
    doc = link_text("Ayer el Gobierno de Rusia denunció la agresión.", "es")
    assert [m.text for m in by_name(doc)["Russia"].mentions] == ["Gobierno de Rusia"]



def test_where_adjectives_precede_nouns_an_adjective_after_a_ministry_is_not_its_country():
    from cronaca.document import Document, Source
    from cronaca.pipeline import build
    doc = build(["language", "clean", "segment", "link"])(Document(
        raw="Nach Angaben des Gesundheitsministeriums israelische Soldaten verletzt.",
        language="de", source=Source(published="2024-11-07")))
    assert not any("israelische" in m.text for e in doc.entities if e.type == "ORG" for m in e.mentions)


def test_the_federal_government_is_the_country_acting(link_text, by_name):
    doc = link_text("Deutschland liefert keine Waffen. Die Bundesregierung ist damit selbst zum Problem geworden.", "de")
    germany = by_name(doc)["Germany"]
    assert [(m.text, m.kind) for m in germany.mentions] == [("Deutschland", "name"), ("Bundesregierung", "metonym")]


def test_a_body_coordinated_with_a_countrys_body_is_that_countrys_too(link_text, by_name):
    doc = link_text("La Russia ha protestato. Gli hacker hanno violato i sistemi del Parlamento tedesco "
                    "e del Ministero degli Esteri.", "it")
    names = by_name(doc)
    assert "Bundestag" in names
    assert "Ministry of Foreign Affairs" not in names  # not Russia's, the article's country


def test_a_body_after_a_full_stop_takes_the_articles_country(link_text, by_name):
    doc = link_text("La Russia ha protestato. Il Parlamento tedesco tace. Il Ministero degli Esteri ha "
                    "risposto.", "it")
    assert by_name(doc)["Ministry of Foreign Affairs"].country == "RUS"


def test_a_government_named_by_a_known_person_is_that_persons_country(link_text, by_name):
    doc = link_text("Gli Stati Uniti e la Cina hanno criticato il governo di Vladimir Putin.", "it")
    assert [m.text for m in by_name(doc)["Russia"].mentions] == ["governo"]


def test_a_government_of_an_unknown_holder_is_not_the_most_named_country(link_text, by_name):
    # the United States and Ukraine are named as often: no country clearly leads the article
    doc = link_text("Gli Stati Uniti hanno inviato armi in Ucraina. Gli Stati Uniti denunciano "
                    "l'incapacità del governo di Al Maliqi di controllare l'Ucraina.", "it")
    assert "governo" not in [m.text for m in by_name(doc)["United States"].mentions]


def test_a_government_of_a_capital_is_its_country(link_text, by_name):
    doc = link_text("Il governo di Roma ha risposto a Mosca.", "it")
    assert [m.text for m in by_name(doc)["Italy"].mentions] == ["governo"]
