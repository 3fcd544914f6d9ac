"""Speech asides between a subject and its verb (evroles8 round): the speaker set off by commas is whom
the report comes from (according_to), never the actor; one construction per test, with the readings
that must not change next to them."""
from __future__ import annotations

from extract.events_support import document, events, summary

PUTIN = ("Q7747", "Vladimir Putin", "PERSON", ["Putin"])
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ucraina", "Ukraine", "Ucrania"], "UKR")
MELONI = ("Q3", "Giorgia Meloni", "PERSON", ["Meloni"])
BIDEN = ("Q6279", "Joe Biden", "PERSON", ["Biden"])
SCHOLZ = ("Q61053", "Olaf Scholz", "PERSON", ["Scholz"])
MACRON = ("Q3052772", "Emmanuel Macron", "PERSON", ["Macron"])
SANCHEZ = ("Q1208324", "Pedro Sánchez", "PERSON", ["Sánchez"])
ALL = [PUTIN, UKRAINE, MELONI, BIDEN, SCHOLZ, MACRON, SANCHEZ]


def _reported(text: str, lang: str) -> tuple:
    [event] = events(document(text, lang, ALL))
    return summary(event) + (event.according_to,)


def test_an_italian_speech_aside_leaves_the_subject_acting():
    assert _reported("Putin, ha detto Meloni, ha attaccato l'Ucraina.", "it") == \
        ("ASSAULT", ("Q7747",), ("Q212",), "occurred", "Q3")


def test_an_english_inverted_speech_aside():
    assert _reported("Putin, said Biden, attacked Ukraine.", "en") == \
        ("ASSAULT", ("Q7747",), ("Q212",), "occurred", "Q6279")


def test_an_english_speaker_first_speech_aside():
    assert _reported("Putin, Biden said, attacked Ukraine.", "en") == \
        ("ASSAULT", ("Q7747",), ("Q212",), "occurred", "Q6279")


def test_a_french_speech_aside():
    assert _reported("Putin, a dit Macron, a attaqué l'Ukraine.", "fr") == \
        ("ASSAULT", ("Q7747",), ("Q212",), "occurred", "Q3052772")


def test_a_spanish_speech_aside():
    assert _reported("Putin, dijo Sánchez, atacó Ucrania.", "es") == \
        ("ASSAULT", ("Q7747",), ("Q212",), "occurred", "Q1208324")


def test_a_german_speech_aside_before_a_verb_final_clause():
    assert _reported("Putin, sagte Scholz, habe die Ukraine angegriffen.", "de") == \
        ("ASSAULT", ("Q7747",), ("Q212",), "occurred", "Q61053")


def test_a_german_so_aside_names_no_actor():
    [event] = events(document("Putin, so Scholz, habe die Ukraine angegriffen.", "de", ALL))
    assert summary(event) == ("ASSAULT", ("Q7747",), ("Q212",), "occurred")


def test_a_german_so_at_the_sentence_end_names_no_actor():
    [event] = events(document("Putin habe die Ukraine angegriffen, so Scholz.", "de", ALL))
    assert summary(event) == ("ASSAULT", ("Q7747",), ("Q212",), "occurred")


def test_a_speaker_after_the_reported_act_is_unchanged():
    [event] = events(document("Putin attacked Ukraine, said Biden.", "en", ALL))
    assert summary(event) == ("ASSAULT", ("Q7747",), ("Q212",), "occurred")


def test_a_speech_verb_before_its_content_still_makes_the_speaker_report():
    [event] = events(document("Meloni ha detto che Putin ha attaccato l'Ucraina.", "it", ALL))
    assert summary(event) + (event.according_to,) == ("ASSAULT", ("Q7747",), ("Q212",), "occurred", "Q3")


def test_two_coordinated_names_keep_acting_together():
    [event] = events(document("Putin, Scholz and Biden attacked Ukraine.", "en", ALL))
    assert summary(event) == ("ASSAULT", ("Q7747", "Q61053", "Q6279"), ("Q212",), "occurred")
