"""The spinner evaluation: a reproducible spinner over real text, and scores per language."""
from __future__ import annotations

import pytest

from cronaca.evaluate import spinner as evaluation
from support import EVALDATA

TEXT = ("Il presidente ha detto che la fine del conflitto è vicina, e che i leader europei "
        "devono lavorare insieme come hanno fatto ad aprile. Il leader ha parlato a lungo.")


def spun_somewhere() -> evaluation.Spun:
    """The first seed (of many) under which the short text gets swaps."""
    for n in range(200):
        spun = evaluation.spin(TEXT * 3, "it", f"doc-{n}")
        if spun.swaps:
            return spun
    raise AssertionError("no seed gave a swap: the spinner does not swap")


def test_the_spinner_is_reproducible_and_records_its_swaps():
    for n in range(5):
        assert evaluation.spin(TEXT, "it", f"doc-{n}") == evaluation.spin(TEXT, "it", f"doc-{n}")
    first = spun_somewhere()
    for (start, end), (original, replacement) in first.swaps.items():
        assert first.text[start:end] == replacement
        assert replacement != original


def test_the_spinner_swaps_a_word_the_same_way_everywhere():
    spun = spun_somewhere()
    by_original: dict[str, set[str]] = {}
    for original, replacement in spun.swaps.values():
        by_original.setdefault(original, set()).add(replacement)
    assert all(len(r) == 1 for r in by_original.values())


def test_dev_and_test_splits_are_stable():
    assert evaluation.split_of("kind/WN_test/3") == evaluation.split_of("kind/WN_test/3")
    ids = [f"doc/{i}" for i in range(200)]
    assert 60 < sum(evaluation.split_of(i) == "dev" for i in ids) < 140


@pytest.mark.skipif(not EVALDATA.is_dir(), reason="../shared/evaldata is absent")
def test_evaluate_scores_each_language_on_real_text():
    scores = evaluation.evaluate(EVALDATA, limit=5, split="dev", languages=("it", "de"))
    assert [s.language for s in scores] == ["it", "de"]
    for score in scores:
        assert score.extra["texts"] == 5 and score.extra["words"] > 500
        assert score.extra["false_repairs_per_10k_words"] >= 0


def test_a_replacement_that_is_a_word_of_the_language_is_undetectable_by_an_independent_test():
    detector = evaluation.spinner.Detector.for_language("it")
    assert evaluation.word_of_language("mamma", "it", detector)  # "ma" -> "mamma"
    assert not evaluation.word_of_language("chief", "it", detector)  # "leader" -> "chief"


def test_more_rounds_spin_the_same_text_with_other_seeds_round_zero_unchanged():
    assert evaluation.round_seed("kind/WN_test/3", 0) == "kind/WN_test/3"
    assert evaluation.round_seed("kind/WN_test/3", 2) == "kind/WN_test/3#2"


def test_the_evaluation_table_shows_repairs_and_marks_english_as_the_control():
    from cronaca.evaluate.runner import notes

    text = [("piece-1", "The minister said the talks would resume next week in Geneva.")]
    english = evaluation.score_language("en", text, "spun/test")
    italian = evaluation.score_language("it", [("p", TEXT)], "spun/test")
    assert notes(english).endswith("control: English spun into English; only false repairs/10k count")
    assert "repair acc" in notes(italian) and "false repairs/10k 0.000" in notes(italian)
    assert "control" not in notes(italian)
