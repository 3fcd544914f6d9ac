"""German reported speech before its verb of saying: a compound tense after the comma, a colon after
the speaker, a list inside a Konjunktiv I sentence, and "verlauten" with the body after "aus"."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources

SCHOLZ = {"kb:person:scholz": ("PERSON", ["Olaf Scholz"])}
LYONS = {"x:person:lyons": ("PERSON", ["Eileen Lyons"])}


def found(text, entities):
    doc = make_doc(text, "de", entities)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker, q.direct) for q in find_quotes(doc)]


def test_report_before_a_verb_bracket_opened_by_the_auxiliary_after_the_comma():
    text = "Die Union werde nicht mit der AfD koalieren, hatte Olaf Scholz am Sonntag im ZDF gesagt."
    assert found(text, SCHOLZ) == [("Die Union werde nicht mit der AfD koalieren", "kb:person:scholz", False)]


def test_auxiliary_after_the_comma_with_no_speaker_is_a_second_verb_of_the_same_subject():
    text = "Olaf Scholz traf den Präsidenten, hat sich aber nicht zu den Zöllen geäußert."
    assert found(text, SCHOLZ) == []


def test_report_before_a_verb_whose_colon_opens_a_quotation():
    text = ("Olaf Scholz besuchte die Schule. Die Technik sei niemals Selbstzweck, betont Scholz: "
            "„Technologie muss immer einen Mehrwert bieten.“")
    assert found(text, SCHOLZ) == [
        ("Die Technik sei niemals Selbstzweck", "kb:person:scholz", False),
        ("Technologie muss immer einen Mehrwert bieten.", "kb:person:scholz", True),
    ]


def test_comma_of_a_list_does_not_end_the_reported_clause():
    text = ("Man investiere kontinuierlich, sagt Rektorin Eileen Lyons. „Technologie muss immer einen "
            "Mehrwert bieten.“ Auch mit Stift, Papier und Büchern werde noch gearbeitet.")
    assert found(text, LYONS)[-1] == ("Auch mit Stift, Papier und Büchern werde noch gearbeitet",
                                      "x:person:lyons", False)


def test_comma_before_a_clause_of_its_own_still_keeps_it_unreported():
    text = "Man investiere kontinuierlich, sagt Rektorin Eileen Lyons. Danach kam der Minister, er sei begeistert gewesen."
    assert [q[0] for q in found(text, LYONS)] == ["Man investiere kontinuierlich"]


def test_verlauten_with_no_subject_gives_the_words_to_the_body_after_aus():
    text = "Die Gespräche sollen kommende Woche fortgesetzt werden, wie aus dem Kanzleramt verlautete."
    entities = {"kb:org:kanzleramt": ("ORG", ["Kanzleramt"])}
    assert found(text, entities) == [("Die Gespräche sollen kommende Woche fortgesetzt werden", "kb:org:kanzleramt", False)]


def test_participle_of_deutlich_machen_closes_the_bracket_before_dass():
    text = "Olaf Scholz hat zuletzt deutlich gemacht, dass der Zyklus vorerst abgeschlossen sei."
    assert found(text, SCHOLZ) == [("der Zyklus vorerst abgeschlossen sei", "kb:person:scholz", False)]


def test_short_reportive_sentence_with_a_pronoun_subject_goes_on_the_report():
    text = ("Bundeskanzler Olaf Scholz war am Mittwoch in Berlin. Er habe sich nichts vorzuwerfen. "
            "Alle Entscheidungen seien mit dem Ministerium abgestimmt gewesen.")
    assert found(text, SCHOLZ) == [
        ("Er habe sich nichts vorzuwerfen", "kb:person:scholz", False),
        ("Alle Entscheidungen seien mit dem Ministerium abgestimmt gewesen", "kb:person:scholz", False),
    ]


def test_chain_goes_on_across_a_paragraph_break_after_a_short_report():
    text = ("Bundeskanzler Olaf Scholz war am Mittwoch in Berlin. Er habe sich nichts vorzuwerfen.\n"
            "Alle Entscheidungen seien mit dem Ministerium abgestimmt gewesen.")
    assert [q[1] for q in found(text, SCHOLZ)] == ["kb:person:scholz", "kb:person:scholz"]


def test_chain_of_reports_with_no_speaker_of_its_own_takes_the_subject_of_the_sentence_opening_it():
    text = ("Bundeskanzler Olaf Scholz wies die Vorwürfe zurück. Das sei falsch. "
            "Alle Entscheidungen seien mit dem Ministerium abgestimmt gewesen.")
    assert found(text, SCHOLZ) == [
        ("Alle Entscheidungen seien mit dem Ministerium abgestimmt gewesen", "kb:person:scholz", False)]


def test_quotation_in_a_sentence_whose_konjunktiv_ii_stands_in_for_the_report():
    text = ("Der Politologe Uwe Jun lobte den Ausschuss. Auch die Regierungsfraktionen hätten "
            "„mitgearbeitet und nicht erkennbar versucht, die Arbeit zu behindern“.")
    assert found(text, {"x:person:jun": ("PERSON", ["Uwe Jun"])}) == [
        ("mitgearbeitet und nicht erkennbar versucht, die Arbeit zu behindern", "x:person:jun", True)]


def test_separable_verb_split_by_a_long_middle_field_still_reports_its_dass_clause():
    text = ("Hendrik Pfeiffer merkte in der Liveübertragung des NDR bereits kurz nach Start an, dass es "
            "bei 22 Grad zu Schwierigkeiten kommen könnte.")
    assert found(text, {"x:person:pfeiffer": ("PERSON", ["Hendrik Pfeiffer"])}) == [
        ("es bei 22 Grad zu Schwierigkeiten kommen könnte", "x:person:pfeiffer", False)]
