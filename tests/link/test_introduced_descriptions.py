"""A description of fighters ("the militants") names the armed group the text called so, not the group named
last; for bodies the same noun next to a name only settles a tie."""
from __future__ import annotations

import pytest

from cronaca import kb
from cronaca.document import Document, Source
from cronaca.link.stage import Link
from cronaca.pipeline import Pipeline, build

TRAIN = ("Militants linked with the banned Baloch Liberation Army attacked a passenger train on Tuesday. "
         "Pakistan blamed Afghanistan for the attack. The Taliban rejected the claim on Thursday. "
         "The militants blew up tracks near Sibi.")


@pytest.fixture(scope="module")
def link_text():
    """The shipped KB: the two armed groups are KB entries."""
    pipeline = Pipeline(build(["language", "clean", "segment"]).stages + (Link(kb.load()),))
    return lambda text, lang: pipeline(Document(raw=text, language=lang, source=Source(published="2025-03-14")))


def _described(doc) -> dict[str, str]:
    return {m.text: e.name for e in doc.entities for m in e.mentions if m.rule.startswith("description:")}


def test_the_militants_are_the_group_the_text_called_militants(link_text):
    assert _described(link_text(TRAIN, "en")) == {"The militants": "Baloch Liberation Army"}


def test_without_that_noun_two_groups_leave_the_militants_unresolved(link_text):
    doc = link_text(TRAIN.replace("Militants linked with the banned", "The banned"), "en")
    assert _described(doc) == {}


def test_a_party_named_with_the_noun_wins_a_tie(link_text):
    doc = link_text("Geza was expelled from the Zanu PF party on Friday. The MDC welcomed it. "
                    "He said the party had violated its rules.", "en")
    assert _described(doc) == {"the party": "Zanu PF"}
