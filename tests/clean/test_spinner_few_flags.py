"""An article with one or two swaps is far from visibly spun; where clean.tsv sets
spinner_few_flags_repair_confidence (French 0.35), a swap whose best original has that share is
repaired there rather than left a suspect."""
from __future__ import annotations

from cronaca.clean import spinner


def _edits(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(text[e.start:e.end], e.replacement, e.rule) for e in spinner.propose(text, lang)]


def test_lone_french_swap_with_a_likely_original_is_repaired():
    text = ("Le constructeur a vendu 847.623 véhicules au premier semestre, confirmant ainsi sa "
            "troisième junction sur un marché en hausse de 5,5 %. Les ventes de voitures neuves "
            "ont progressé partout en Europe.")
    assert _edits(text, "fr") == [("junction", "place", "spinner.reverse_synonym")]


def test_lone_french_swap_with_an_unclear_original_stays_a_suspect():
    text = ("Le gouvernement a présenté hier un plan de relance. Selon le ministre, la plight "
            "financière des cliniques privées reste favorable.")
    assert _edits(text, "fr") == [("plight", "plight", "spinner.suspect:mode?")]
