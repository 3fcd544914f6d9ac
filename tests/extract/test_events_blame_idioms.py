"""Statements as events (issue #6, accuse16): blaming someone with a light verb and "responsible"
("ha dato la colpa a", "ritiene X responsabile", "hizo responsable a"), attacks in
words told by idiom ("schießt gegen", "rechnete mit X ab", "a ironisé sur"), report cards given to a
named party ("stellt X ein schlechtes Zeugnis aus"), summoning ("a sommé X de"), and investigations
"against" someone. The non-events next to each are the senses the rows must not read. One behaviour per test."""
from __future__ import annotations

from extract.events_support import document, events, summary

MELONI = ("Q3741406", "Giorgia Meloni", "PERSON", ["Giorgia Meloni"])
MACRON = ("Q3052772", "Emmanuel Macron", "PERSON", ["Emmanuel Macron"])
RUSSIA_IT = ("Q159", "Russia", "COUNTRY", ["Russia"], "RUS")
SANCHEZ = ("Q1551781", "Pedro Sánchez", "PERSON", ["Pedro Sánchez"])
AYUSO = ("Q5953636", "Isabel Díaz Ayuso", "PERSON", ["Isabel Díaz Ayuso"])
FISCALIA = ("x:org:fiscalia-de-madrid", "Fiscalía de Madrid", "ORG", ["Fiscalía de Madrid"])
MERZ = ("Q56039", "Friedrich Merz", "PERSON", ["Friedrich Merz"])
SCHOLZ = ("Q61053", "Olaf Scholz", "PERSON", ["Olaf Scholz"])
RECHNUNGSHOF = ("Q695525", "Bundesrechnungshof", "ORG", ["Bundesrechnungshof"])
BUNDESREGIERUNG = ("Q159493", "Federal Government of Germany", "ORG", ["Bundesregierung"])
LE_PEN = ("Q12927", "Marine Le Pen", "PERSON", ["Marine Le Pen"])
PARQUET = ("x:org:parquet-de-paris", "Parquet de Paris", "ORG", ["parquet de Paris"])
SARKOZY = ("Q329", "Nicolas Sarkozy", "PERSON", ["Nicolas Sarkozy"])


# --- blame: the blamed one is the target, mode allege ---

def test_it_giving_the_blame_to_someone_accuses_him():
    [event] = events(document("Giorgia Meloni ha dato la colpa a Emmanuel Macron per la crisi.", "it",
                              [MELONI, MACRON]))
    assert summary(event) == ("ACCUSE", ("Q3741406",), ("Q3052772",), "occurred")
    assert event.mode == "allege"


def test_it_holding_a_country_responsible_accuses_it():
    [event] = events(document("Giorgia Meloni ritiene la Russia responsabile dell'attacco.", "it",
                              [MELONI, RUSSIA_IT]))
    assert summary(event) == ("ACCUSE", ("Q3741406",), ("Q159",), "occurred")


def test_es_making_someone_responsible_accuses_her():
    [event] = events(document("Pedro Sánchez hizo responsable a Isabel Díaz Ayuso de la crisis.", "es",
                              [SANCHEZ, AYUSO]))
    assert summary(event) == ("ACCUSE", ("Q1551781",), ("Q5953636",), "occurred")



# --- attacks in words told by idiom ---

def test_de_shooting_against_someone_is_criticism():
    [event] = events(document("Friedrich Merz schießt gegen Olaf Scholz.", "de", [MERZ, SCHOLZ]))
    assert summary(event) == ("ACCUSE", ("Q56039",), ("Q61053",), "occurred")
    assert event.mode == "disapprove"


def test_de_settling_accounts_with_someone_is_criticism():
    [event] = events(document("Friedrich Merz rechnete mit Olaf Scholz ab.", "de", [MERZ, SCHOLZ]))
    assert summary(event) == ("ACCUSE", ("Q56039",), ("Q61053",), "occurred")


def test_de_counting_on_something_is_no_settling_of_accounts():
    assert events(document("Friedrich Merz rechnet mit einem Sieg.", "de", [MERZ])) == []


def test_de_a_bad_report_card_is_criticism_of_its_holder():
    text = "Der Bundesrechnungshof stellt der Bundesregierung ein schlechtes Zeugnis aus."
    [event] = events(document(text, "de", [RECHNUNGSHOF, BUNDESREGIERUNG]))
    assert summary(event) == ("ACCUSE", ("Q695525",), ("Q159493",), "occurred")


def test_fr_mocking_someone_is_criticism():
    [event] = events(document("Marine Le Pen a ironisé sur Emmanuel Macron.", "fr", [LE_PEN, MACRON]))
    assert summary(event) == ("ACCUSE", ("Q12927",), ("Q3052772",), "occurred")


# --- summoning is a demand; "nous sommes" is no form of it ---

def test_fr_summoning_someone_to_resign_is_a_demand():
    [event] = events(document("Marine Le Pen a sommé Emmanuel Macron de démissionner.", "fr", [LE_PEN, MACRON]))
    assert summary(event)[:3] == ("REQUEST", ("Q12927",), ("Q3052772",))


def test_fr_the_verb_etre_is_no_summons():
    text = "« Nous sommes de nouveau la cible d'Emmanuel Macron », a dit Marine Le Pen."
    assert [e for e in events(document(text, "fr", [LE_PEN, MACRON])) if e.type == "REQUEST"] == []


# --- an investigation "against" someone targets him ---

def test_es_an_investigation_against_someone_targets_her():
    text = "La Fiscalía de Madrid abrió una investigación contra Isabel Díaz Ayuso."
    [event] = events(document(text, "es", [FISCALIA, AYUSO]))
    assert summary(event) == ("ACCUSE", ("x:org:fiscalia-de-madrid",), ("Q5953636",), "occurred")
    assert event.mode == "investigate"


def test_fr_an_inquiry_against_someone_targets_him():
    text = "Le parquet de Paris a ouvert une enquête contre Nicolas Sarkozy."
    [event] = events(document(text, "fr", [PARQUET, SARKOZY]))
    assert summary(event) == ("ACCUSE", ("x:org:parquet-de-paris",), ("Q329",), "occurred")


# --- Italian present passive: "è" + participle of a transitive verb of accusing ---

BERLUSCONI = ("x:person:silvio-berlusconi", "Silvio Berlusconi", "PERSON", ["Silvio Berlusconi"])
PROCURA = ("x:org:procura-di-milano", "Procura di Milano", "ORG", ["Procura di Milano"])


def test_it_present_passive_makes_the_agent_the_investigator():
    text = "Silvio Berlusconi è indagato dalla Procura di Milano."
    [event] = events(document(text, "it", [BERLUSCONI, PROCURA]))
    assert summary(event) == ("ACCUSE", ("x:org:procura-di-milano",), ("x:person:silvio-berlusconi",), "occurred")
    assert event.mode == "investigate"


def test_it_the_accused_is_never_the_accuser():
    assert events(document("Silvio Berlusconi è accusato di corruzione.", "it", [BERLUSCONI])) == []


# --- receiving a statement: the receiver undergoes it, the genitive or "from" phrase acts ---

JOHNSON = ("Q180589", "Boris Johnson", "PERSON", ["Boris Johnson"])
MACRON_EN = ("Q3052772", "Emmanuel Macron", "PERSON", ["Emmanuel Macron"])
SALVINI = ("x:person:matteo-salvini", "Matteo Salvini", "PERSON", ["Matteo Salvini"])


def test_en_drawing_criticism_from_someone_makes_him_the_critic():
    text = "Emmanuel Macron drew sharp criticism from Boris Johnson."
    [event] = events(document(text, "en", [MACRON_EN, JOHNSON]))
    assert summary(event) == ("ACCUSE", ("Q180589",), ("Q3052772",), "occurred")


def test_en_winning_someones_backing_is_support_given_to_the_winner():
    text = "Emmanuel Macron won the backing of Boris Johnson."
    [event] = events(document(text, "en", [MACRON_EN, JOHNSON]))
    assert summary(event) == ("SUPPORT", ("Q180589",), ("Q3052772",), "occurred")


def test_en_a_threat_from_a_country_is_no_act():
    # "the nuclear threat from China" names a danger; "from" gives threats no actor (untuned VOA)
    assert events(document("The nuclear threat from China is increasing.", "en",
                           [("Q148", "China", "COUNTRY", ["China"], "CHN")])) == []


def test_it_obtaining_someones_backing():
    text = "Giorgia Meloni ha ottenuto l'appoggio di Matteo Salvini."
    [event] = events(document(text, "it", [MELONI, SALVINI]))
    assert summary(event) == ("SUPPORT", ("x:person:matteo-salvini",), ("Q3741406",), "occurred")


def test_de_reaping_criticism():
    [event] = events(document("Olaf Scholz erntete Kritik von Friedrich Merz.", "de", [SCHOLZ, MERZ]))
    assert summary(event) == ("ACCUSE", ("Q56039",), ("Q61053",), "occurred")


def test_fr_receiving_a_visitor_stays_a_meeting():
    text = "Emmanuel Macron a reçu Marine Le Pen à l'Élysée."
    [event] = events(document(text, "fr", [MACRON, LE_PEN]))
    assert event.type == "CONSULT"
