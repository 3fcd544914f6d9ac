"""The PolNeAR attribution evaluation: BRAT parsing, matching, and a small real run."""
from pathlib import Path

import pytest

from cronaca.document import Quote, Span
from cronaca.evaluate.attribution import (DATASET, GoldRelation, _Tally, default_evaldata, evaluate,
                                          read_ann, score_document)
from cronaca.evaluate.metrics import Score

EVALDATA = default_evaldata()
needs_evaldata = pytest.mark.skipif(not (EVALDATA / DATASET).is_dir(),
                                    reason=f"evaluation data not found at {EVALDATA}")


def test_read_ann_joins_discontinuous_content_and_shared_sources(tmp_path: Path):
    ann = tmp_path / "a.ann"
    ann.write_text("T1\tSource 0 5\tTrump\nT2\tCue 6 10\tsaid\nT3\tContent 11 20;25 30\tx\n"
                   "T4\tAttribution 6 10\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n",
                   encoding="utf-8")
    (rel,) = read_ann(ann)
    assert rel.content == [(11, 20), (25, 30)] and rel.span == (11, 30) and rel.source == [(0, 5)]


def test_a_match_needs_half_of_the_shorter_span_and_the_speaker_needs_overlap():
    gold = [GoldRelation(content=[(10, 40)], source=[(0, 5)])]
    right = Quote(12, 38, "", None, "Trump", True, speaker_span=Span(0, 5, "Trump"))
    wrong = Quote(12, 38, "", None, "he", True, speaker_span=Span(50, 52, "he"))
    for pred, attributed in ((right, 1), (wrong, 0)):
        tally = _Tally(Score("quotes", "t", "en"), Score("quotes", "t", "en"))
        score_document("", gold, [pred], tally)
        assert (tally.content.tp, tally.attributed.tp) == (1, attributed)


@needs_evaldata
def test_direct_quotes_on_a_few_test_articles():
    scores = {s.dataset.rsplit("/", 1)[1]: s for s in evaluate(EVALDATA, limit=5)}
    direct = scores["test-direct:content"]
    assert direct.tp > 0 and direct.precision > 0.5 and direct.recall > 0.5
