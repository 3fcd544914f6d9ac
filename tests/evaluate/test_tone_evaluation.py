"""Tone evaluation: cooperative PLOVER events' sentences should read warmer than conflictual ones'."""
import pytest

from cronaca.evaluate.gold import GoldArticle, GoldEvent
from cronaca.evaluate.runner import run
from cronaca.evaluate.tone import auc, polarity_class, samples, score


def test_classes_follow_the_plover_quads():
    assert polarity_class("AID") is True and polarity_class("RETREAT") is True
    assert polarity_class("ASSAULT") is False and polarity_class("ACCUSE") is False
    assert polarity_class("REQUEST") is None  # PLOVER score 0: neither


def test_auc_counts_wins_and_half_ties():
    assert auc([3.0, 2.0], [1.0, 0.0]) == 1.0
    assert auc([0.0], [1.0]) == 0.0
    # pairs: (1 vs 1) tie 0.5, (1 vs 0) win, (0 vs 1) loss, (0 vs 0) tie 0.5
    assert auc([1.0, 0.0], [1.0, 0.0]) == 0.5


def _article(text: str, *events: GoldEvent) -> GoldArticle:
    return GoldArticle(id="t-001", language="en", split="dev", text=text, events=events)


def test_each_event_is_measured_on_its_sentence():
    article = _article("Rebels attacked the town. The two leaders signed a peace agreement.",
                       GoldEvent("ASSAULT", ("rebels",), (), evidence="attacked"),
                       GoldEvent("AGREE", ("leaders",), (), evidence="signed a peace agreement"),
                       GoldEvent("REQUEST", ("x",), (), evidence="town"))
    found = samples([article])
    assert [(s.cooperative, s.sentence) for s in found] == [
        (False, "Rebels attacked the town."), (True, "The two leaders signed a peace agreement.")]
    result = score(found, "test", "en")
    assert result.extra["auc"] == 1.0 and result.extra["wrong"] == 0.0 and result.extra["coverage"] == 1.0
    assert (result.tp, result.fp, result.fn) == (2, 0, 0)


def test_a_warm_conflict_sentence_is_polarity_wrong():
    article = _article("Police arrested the peace activists after the successful rally.",
                       GoldEvent("COERCE", ("police",), ("activists",), evidence="arrested"))
    result = score(samples([article]), "test", "en")
    assert result.extra["wrong"] == 1.0 and result.fp == 1


def test_eval_stage_tone_scores_the_gold_dev_split():
    report = run(split="dev", stages=["tone"], use_evaldata=False)
    rows = {s.language: s for s in report.scores if s.stage == "tone"}
    assert report.scorers["tone"] == "ok"
    assert {"it", "en", "all"} <= set(rows)
    assert rows["all"].extra["auc"] > 0.6  # tone separates cooperation from conflict on dev
