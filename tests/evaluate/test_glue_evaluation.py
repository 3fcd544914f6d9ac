"""The glue evaluation: clean text glued reproducibly at sentence ends and lost line breaks."""
from __future__ import annotations

import pytest

from cronaca.evaluate import glue as evaluation
from support import EVALDATA

TEXT = ("Le ministre est arrivé à Paris. Il a rencontré M. Dupont. La réunion a duré deux heures. "
        "Comment expliquer ce retard ? Personne ne le sait.\nUne réunion tendue\nLe président a parlé.")


def test_every_second_sentence_end_loses_its_space_but_abbreviations_stay():
    glued = evaluation.glue_text(TEXT, "fr")
    assert glued.text.startswith("Le ministre est arrivé à Paris.Il a rencontré M. Dupont. La réunion")
    assert "retard ?Personne" not in glued.text and "heures. Comment" not in glued.text
    assert "heures.Comment" in glued.text
    assert [glued.text[p - 1:p + 1] for p in glued.points] == [".I", ".C"]


def test_a_heading_loses_its_line_break():
    joined = evaluation.join_breaks(TEXT)
    assert "Une réunion tendueLe président a parlé." in joined.text
    assert [joined.text[p - 1:p + 1] for p in joined.points] == ["eL"]


def test_scores_count_resplit_ends_and_false_splits():
    tally = evaluation.Tally()
    evaluation.score_text(TEXT, "fr", tally)
    assert (tally.tp, tally.fn, tally.false_splits) == (2, 0, 0)
    assert (tally.breaks, tally.breaks_found) == (1, 1)


@pytest.mark.skipif(not EVALDATA.is_dir(), reason="needs ../shared/evaldata")
def test_on_real_german_text_the_pass_resplits_almost_every_glued_end():
    tally = evaluation.tallies(EVALDATA, "dev", ("de",), limit=5)["de"]
    score = tally.score("de", "glued/dev")
    assert score.recall >= 0.9 and score.precision >= 0.95 and tally.false_splits == 0
