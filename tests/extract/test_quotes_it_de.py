"""Quotes and speakers in Italian and German: reported infinitives and compound roles."""
from extract.handmade import make_doc

from cronaca.document import Entity, Mention
from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def quotes(doc):
    doc.sources = find_sources(doc)
    return find_quotes(doc)


def test_italian_trattarsi_after_a_speech_verb_reports_the_infinitive():
    text = ("Il presidente russo, Dmitrij Medvedev, ha indetto una riunione e ha confermato trattarsi "
            "di un atto di carattere terroristico.")
    found = quotes(make_doc(text, "it", {"x:person:medvedev": ("PERSON", ["Dmitrij Medvedev"])}))
    assert [(q.text, q.speaker, q.direct) for q in found] == [
        ("trattarsi di un atto di carattere terroristico", "x:person:medvedev", False)]


def test_compound_role_names_the_person_met_with_a_title_of_the_same_body_when_the_body_is_unlinked():
    text = ("Voigt attackiert AfD-Spitzenmann Björn Höcke. Mario Voigt sagt: „Es geht um Prinzipien.“ "
            "„Was? Das ist doch absurd“, schimpft der AfD-Chef.")
    found = quotes(make_doc(text, "de", {"x:person:hoecke": ("PERSON", ["Björn Höcke"]),
                                         "x:person:voigt": ("PERSON", ["Mario Voigt"])}))
    assert [(q.text, q.speaker) for q in found] == [
        ("Es geht um Prinzipien.", "x:person:voigt"), ("Was? Das ist doch absurd", "x:person:hoecke")]


def test_compound_role_without_article_names_the_same_person():
    text = ("AfD-Landeschef Björn Höcke sprach in Sömmerda. Thüringens AfD-Chef empfiehlt den Unternehmen, "
            "„einfach mal die Klappe zu halten“.")
    found = quotes(make_doc(text, "de", {"x:person:hoecke": ("PERSON", ["Björn Höcke"])}))
    assert [(q.text, q.speaker) for q in found] == [("einfach mal die Klappe zu halten", "x:person:hoecke")]


def test_german_comma_and_zu_infinitive_after_a_speech_verb_is_the_report():
    text = "Tiktok weist die Vorwürfe zurück und betont, keine bezahlte politische Werbung zu akzeptieren."
    found = quotes(make_doc(text, "de", {"kb:org:tiktok": ("ORG", ["Tiktok"])}))
    assert [(q.text, q.speaker, q.direct) for q in found] == [
        ("keine bezahlte politische Werbung zu akzeptieren", "kb:org:tiktok", False)]


def test_german_purpose_clause_with_um_zu_is_no_report():
    text = "Merz sagte, um die Wähler zu beruhigen."
    found = quotes(make_doc(text, "de", {"kb:person:merz": ("PERSON", ["Merz"])}))
    assert found == []


def test_fronted_object_puts_the_subject_after_the_verb_and_a_bare_surname_finds_the_person():
    text = ("Kritik kam von Christoph Heusgen. Den Tausch von Helga Schmid gegen Baerbock bezeichnete Heusgen "
            "„eine Unverschämtheit, die beste Diplomatin durch ein Auslaufmodell zu ersetzen“.")
    found = quotes(make_doc(text, "de", {"x:person:heusgen": ("PERSON", ["Christoph Heusgen"]),
                                         "x:person:schmid": ("PERSON", ["Helga Schmid"]),
                                         "x:person:baerbock": ("PERSON", ["Baerbock"])}))
    assert [(q.text, q.speaker) for q in found] == [
        ("eine Unverschämtheit, die beste Diplomatin durch ein Auslaufmodell zu ersetzen", "x:person:heusgen")]


def test_bare_surname_closing_a_descriptive_phrase_finds_the_person_met_before():
    text = ("Sven Hannawald war dabei. Der ehemalige Tournee-Sieger Hannawald sagte bei Sport1: "
            "„Da habe ich zwei Worte für: respektlos und dumm!“")
    found = quotes(make_doc(text, "de", {"x:person:hannawald": ("PERSON", ["Sven Hannawald"])}))
    assert [(q.text, q.speaker) for q in found] == [
        ("Da habe ich zwei Worte für: respektlos und dumm!", "x:person:hannawald")]


def test_person_opening_the_clause_speaks_across_a_long_unclosed_appositive():
    text = ("Alcuni turisti hanno riferito che il bilancio poteva essere meno drammatico; Silvano Scrimali, un "
            "turista rientrato da poco e intervistato all'Aeroporto di Roma-Fiumicino ha detto: «Le autorità "
            "birmane si sono fatte cogliere impreparate dal ciclone».")
    found = quotes(make_doc(text, "it", {"x:person:scrimali": ("PERSON", ["Silvano Scrimali"])}))
    assert [(q.text, q.speaker) for q in found if q.direct] == [
        ("Le autorità birmane si sono fatte cogliere impreparate dal ciclone", "x:person:scrimali")]


def test_name_after_a_preposition_is_a_possessor_not_the_speaker():
    text = ("Saddam Hussein è stato condannato. Gli avvocati di Hussein hanno gridato all'irregolarità, "
            "sostenendo che il verdetto sia stato emesso per ragioni politiche.")
    found = quotes(make_doc(text, "it", {"x:person:saddam": ("PERSON", ["Saddam Hussein"])}))
    assert [q.speaker for q in found] == [None]


def test_short_circumstance_before_the_subject_phrase_is_skipped():
    text = ("Nel frattempo i comandanti militari statunitensi sul campo sostengono che sarebbero ormai migliaia "
            "i consiglieri militari iraniani in Iraq.")
    doc = make_doc(text, "it", {"Q796": ("COUNTRY", ["Iraq"])})
    at = text.index("statunitensi")
    doc.entities.append(Entity("Q30", "United States", "COUNTRY", mentions=[
        Mention(at, at + 12, "statunitensi", "Q30", "adjective", kind="adjective")]))
    (q,) = quotes(doc)
    assert (q.text, q.speaker) == ("sarebbero ormai migliaia i consiglieri militari iraniani in Iraq", "Q30")
