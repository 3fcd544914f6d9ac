"""People named by trade, sport or specialism are nouns of office (person_noun rows of
speech_cue_words.tsv, also ending compounds): "so der Interimscoach", "so der Zehntplatzierte",
"so der Endokrinologe", "the endocrinologist said" name the person introduced with them or quoted last."""
from __future__ import annotations

import cronaca


def quotes(text: str, language: str) -> list[tuple[str, str | None, str | None]]:
    doc = cronaca.process(text, language=language, published="2026-02-05")
    names = {e.id: e.name for e in doc.entities}
    return [(q.text, names.get(q.speaker), q.speaker_text) for q in doc.quotes]


def test_german_compound_coach_is_the_coach_quoted_last():
    assert quotes("Uwe Schubert übernimmt als Interimstrainer. «Wir wollen Punkte holen», sagte Schubert. "
                  "Der Verein steht unten. «Die Fans stehen hinter uns», so der Interimscoach der Meidericher.",
                  "de")[1] == ("Die Fans stehen hinter uns", "Uwe Schubert", "der Interimscoach der Meidericher")


def test_german_placed_rider_is_the_rider_quoted_last():
    assert quotes("Das Rennen war hart. «Wir haben gekämpft», sagte Alex Kirsch. Es war heiß. "
                  "«Es war ein schweres Rennen», so der Zehntplatzierte.", "de")[1] \
        == ("Es war ein schweres Rennen", "Alex Kirsch", "der Zehntplatzierte")


def test_german_specialist_in_ologe_is_the_one_introduced_with_it():
    assert quotes("Die Spritze hilft vielen, sagt der Endokrinologe Andreas Pfeiffer. «Sie ist zu teuer», sagt "
                  "Olaf Scholz. Das sei ein Problem, so der Endokrinologe.", "de")[2] \
        == ("Das sei ein Problem", "Andreas Pfeiffer", "der Endokrinologe")


def test_english_specialist_in_ologist_is_the_one_introduced_with_it():
    assert quotes('The endocrinologist John Smith spoke at length. "It costs too much," said Olaf Scholz. '
                  '"That is a problem," the endocrinologist said.', "en")[1] \
        == ("That is a problem", "John Smith", "the endocrinologist")


def test_a_role_of_another_country_than_the_person_quoted_last_names_no_one():
    assert quotes("Frankreich verlor gegen Kanada. Kanadas Trainer Jordi Fernandez lobte sein Team. «Wir sind "
                  "bereit», sagte Fernandez. "
                  "Auch der Coach der Franzosen sagt: «Sie haben mehr zu verlieren als wir.»", "de")[1] \
        == ("Sie haben mehr zu verlieren als wir.", None, "der Coach der Franzosen")


def test_a_role_of_the_country_the_person_was_introduced_with_names_him():
    assert quotes("Frankreichs Trainer Vincent Collet lobte sein Team. «Wir sind bereit», sagte Collet. "
                  "Auch der Coach der Franzosen sagt: «Sie haben mehr zu verlieren als wir.»", "de")[1] \
        == ("Sie haben mehr zu verlieren als wir.", "Vincent Collet", "der Coach der Franzosen")
