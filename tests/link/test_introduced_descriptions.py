"""A description of fighters ("the militants") names the armed group the text called so, not the group named
last; for bodies the same noun next to a name only settles a tie."""
from __future__ import annotations


TRAIN = ("Militants linked with the banned Baloch Liberation Army attacked a passenger train on Tuesday. "
         "Pakistan blamed Afghanistan for the attack. The Taliban rejected the claim on Thursday. "
         "The militants blew up tracks near Sibi.")


def _described(doc) -> dict[str, str]:
    return {m.text: e.name for e in doc.entities for m in e.mentions if m.rule.startswith("description:")}


def test_the_militants_are_the_group_the_text_called_militants(shipped_text):
    assert _described(shipped_text(TRAIN, "en")) == {"The militants": "Baloch Liberation Army"}


def test_without_that_noun_two_groups_leave_the_militants_unresolved(shipped_text):
    doc = shipped_text(TRAIN.replace("Militants linked with the banned", "The banned"), "en")
    assert _described(doc) == {}


def test_a_party_named_with_the_noun_wins_a_tie(shipped_text):
    doc = shipped_text("Geza was expelled from the Zanu PF party on Friday. The MDC welcomed it. "
                       "He said the party had violated its rules.", "en")
    assert _described(doc) == {"the party": "Zanu PF"}
