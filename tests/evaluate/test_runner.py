"""The evaluation runner: what it says when data or scorers are missing, and how it filters stages."""
from __future__ import annotations

import gzip
import json
import sys
import types
from pathlib import Path

from cronaca.evaluate.metrics import Score
from cronaca.evaluate.runner import find_evaldata, run

FIXTURES = Path(__file__).parent / "fixtures"


def test_missing_evaldata_is_said_plainly_and_the_gold_set_is_still_scored(tmp_path):
    report = run(FIXTURES, "dev", evaldata=tmp_path / "nowhere")
    assert report.notes == [f"evaldata not found at {tmp_path / 'nowhere'}: scoring the repo's own gold set "
                            "only (pass --evaldata or set CRONACA_EVALDATA)"]
    assert report.gold_articles == 2
    assert {s.stage for s in report.scores} >= {"entities", "quotes", "events", "damage"}


def test_evaldata_comes_from_the_environment_when_not_given(tmp_path, monkeypatch):
    monkeypatch.setenv("CRONACA_EVALDATA", str(tmp_path))
    assert find_evaldata() == (tmp_path.resolve(), [tmp_path.resolve()])


def test_a_scorer_that_does_not_exist_is_reported_not_available(tmp_path):
    report = run(FIXTURES, "dev", evaldata=tmp_path, external=("cronaca.evaluate.no_such_scorer",))
    assert report.scorers == {"gold": "ok", "tone": "ok", "no_such_scorer": "not available"}


def test_a_crashing_scorer_is_reported_and_the_others_still_run(tmp_path, monkeypatch):
    def crash(evaldata, limit):
        raise RuntimeError("corpus moved")

    def fine(evaldata, limit):
        return [Score("mentions", "toy", "it", tp=1)]

    monkeypatch.setitem(sys.modules, "cronaca.evaluate.toy_crash", types.SimpleNamespace(evaluate=crash))
    monkeypatch.setitem(sys.modules, "cronaca.evaluate.toy_fine", types.SimpleNamespace(evaluate=fine))
    report = run(FIXTURES, "dev", stages=["mentions"], evaldata=tmp_path,
                 external=("cronaca.evaluate.toy_crash", "cronaca.evaluate.toy_fine"))
    assert report.scorers["toy_crash"].startswith("error: RuntimeError: corpus moved")
    assert [(s.stage, s.dataset) for s in report.scores] == [("mentions", "toy")]


def test_stage_filter_keeps_type_group_rows_of_that_stage():
    report = run(FIXTURES, "all", stages=["entities"], use_evaldata=False)
    assert {s.stage for s in report.scores} == {"entities", "entities.PERSON", "entities.ORG",
                                                "entities.COUNTRY", "entities.PLACE"}


def test_the_report_keeps_each_gold_article_s_own_stage_scores():
    report = run(FIXTURES, "dev", stages=["entities", "events"], use_evaldata=False)
    articles = report.to_dict()["articles"]
    assert len(articles) == report.gold_articles == 2
    for stages in articles.values():
        assert set(stages) == {"entities", "events"}  # type rows ("entities.PERSON") stay in the totals
        assert {"tp", "fp", "fn", "precision", "recall", "f1"} <= set(stages["entities"])
    total = next(s for s in report.scores if s.stage == "entities" and s.language == "all")
    assert sum(a["entities"]["tp"] for a in articles.values()) == total.tp


def test_heldout_split_scores_only_heldout_articles():
    report = run(FIXTURES, "heldout", use_evaldata=False)
    assert report.gold_articles == 1
    assert {s.language for s in report.scores} == {"en"}


PAGE = """<!DOCTYPE html><html lang="en"><head><title>Port talks resume</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe to our newsletter</a></nav>
<article><h1>Port talks resume</h1>
<p>Negotiators from both sides met again on Tuesday in the port city to discuss the shipping dispute,
officials said, after two weeks in which no cargo left the terminal.</p>
<p>The harbour authority said it expected a written agreement before the end of the month, and that
the terminal would reopen as soon as the agreement was signed by both delegations.</p>
<p>Dock workers, who have not been paid since the dispute began, gathered outside the building
during the talks and called on both delegations to settle quickly.</p>
</article><footer>Copyright 2025 Example News. All rights reserved.</footer></body></html>"""


def test_extraction_scores_cronaca_and_trafilatura_side_by_side(tmp_path):
    folder = tmp_path / "trafilatura-eval"
    (folder / "html").mkdir(parents=True)
    (folder / "html" / "port.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    url = "https://news.example/port"
    (folder / "manifest.jsonl").write_text(json.dumps({"url": url, "html": "html/port.html.gz",
                                                       "lang_guess": "en"}) + "\n")
    (folder / "evaldata.json").write_text(json.dumps({url: {
        "file": "port.html", "with": ["Negotiators from both sides met again on Tuesday", "settle quickly."],
        "without": ["Subscribe to our newsletter", "All rights reserved"]}}))
    from cronaca.evaluate.extraction import evaluate

    scores = {s.dataset: (s.tp, s.fp, s.fn, s.extra["accuracy"]) for s in evaluate(tmp_path)}
    assert scores == {"trafilatura-eval:cronaca": (2, 0, 0, 1.0), "trafilatura-eval:trafilatura": (2, 0, 0, 1.0)}


def test_a_score_summary_line_names_the_dataset_scores_and_counts():
    from cronaca.evaluate.metrics import Score

    score = Score("quotes", "adaq-ru-quotes:cue", "ru", tp=3, fp=1, fn=1)
    assert score.summary(20) == ("adaq-ru-quotes:cue   P 0.750  R 0.750  F1 0.750  (tp 3 fp 1 fn 1)")
    score.extra = {"sentences": 4}
    assert score.summary(20).endswith("(tp 3 fp 1 fn 1)  {'sentences': 4}")
