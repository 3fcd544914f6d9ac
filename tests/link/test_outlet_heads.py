"""An outlet whose KB name opens with an article is cited by its head word next to a source cue
(real KB: "Der Spiegel", "Le Monde"); the head word alone elsewhere stays a common word."""
from __future__ import annotations

import pytest

from cronaca.document import Document, Source


def _outlets(pipeline, text: str, lang: str) -> dict[str, list[str]]:
    doc = pipeline(Document(raw=text, language=lang, source=Source(published="2026-02-20")))
    return {e.name: [m.text for m in e.mentions] for e in doc.entities if e.type == "MEDIA"}


@pytest.mark.parametrize("lang, text, name, head", [
    ("de", "Wie der Spiegel berichtete, ist der Plan gescheitert.", "Der Spiegel", "Spiegel"),
    ("de", "Laut „Spiegel“ ist der Plan gescheitert.", "Der Spiegel", "Spiegel"),
    ("fr", "Selon le Monde, le plan a échoué.", "Le Monde", "Monde"),
    ("de", "Er erklärte gegenüber der Welt: „Das Papier ist entstanden.“", "Die Welt", "Welt"),
    ("de", "Eine Recherche der „Zeit“ hatte Diskussionen ausgelöst.", "Die Zeit", "Zeit"),
])
def test_the_head_of_an_outlet_next_to_a_source_cue_is_the_outlet(pipeline, lang, text, name, head):
    assert _outlets(pipeline, text, lang)[name] == [head]


def test_the_head_word_with_no_source_cue_is_a_common_word(pipeline):
    assert _outlets(pipeline, "In der Welt gibt es nicht genug Zeit für alle Spiegel.", "de") == {}


def test_gegenueber_before_no_outlet_is_no_source(pipeline):
    assert _outlets(pipeline, "Gegenüber dem Vorjahr stieg der Umsatz um zwei Prozent.", "de") == {}
