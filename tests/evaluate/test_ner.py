"""Mention scoring: gold spans rebuilt from tokens, predictions mapped back, exact and lenient F1."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from cronaca.evaluate.ner import GoldDoc, _offset_map, default_evaldata, evaluate, read_hipe, read_kind

EVALDATA = Path(os.environ.get("CRONACA_EVALDATA", default_evaldata()))


def test_iob_tokens_rebuild_text_and_spans(tmp_path):
    path = tmp_path / "mini.tsv"
    path.write_text("Il\tO\npresidente\tO\nSergio\tB-PER\nMattarella\tI-PER\nè\tO\na\tO\nRoma\tB-LOC\n"
                    ".\tO\n\nL'\tO\nONU\tB-ORG\napprova\tO\n.\tO\n\n", encoding="utf-8")
    [doc] = list(read_kind(path))
    assert doc.text == "Il presidente Sergio Mattarella è a Roma.\nL'ONU approva.\n"
    assert [(doc.text[s:e], t) for s, e, t in doc.gold] == [
        ("Sergio Mattarella", "PER"), ("Roma", "LOC"), ("ONU", "ORG")]


def test_hipe_keeps_no_space_after_and_the_document_date(tmp_path):
    path = tmp_path / "HIPE-mini-test-fr.tsv"
    path.write_text(
        "TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tNE-FINE-LIT\tNE-FINE-METO\tNE-FINE-COMP\tNE-NESTED\t"
        "NEL-LIT\tNEL-METO\tMISC\n# hipe2022:document_id = d1\n# hipe2022:date = 1900-01-02\n"
        "M.\tB-pers\tO\tO\tO\tO\tO\t_\t_\t_\nDupont\tI-pers\tO\tO\tO\tO\tO\t_\t_\tNoSpaceAfter\n"
        ",\tO\tO\tO\tO\tO\tO\t_\t_\t_\nà\tO\tO\tO\tO\tO\tO\t_\t_\t_\n"
        "Paris\tB-loc\tO\tO\tO\tO\tO\t_\t_\tNoSpaceAfter|EndOfSentence\n.\tO\tO\tO\tO\tO\tO\t_\t_\t_\n",
        encoding="utf-8")
    [doc] = list(read_hipe(path))
    assert doc.published == "1900-01-02" and doc.language == "fr"
    assert [(doc.text[s:e], t) for s, e, t in doc.gold] == [("M. Dupont", "PER"), ("Paris", "LOC")]


def test_offsets_map_back_through_a_repair():
    original = "AP.Putin ha parlato."
    cleaned = "AP. Putin ha parlato."
    mapping = _offset_map(cleaned, original)
    start, end = cleaned.index("Putin"), cleaned.index("Putin") + 5
    assert original[mapping[start]:mapping[end]] == "Putin"


@pytest.mark.skipif(not (EVALDATA / "kind-it-ner").is_dir(), reason="shared evaldata is absent")
def test_evaluate_scores_every_dataset():
    scores = evaluate(EVALDATA, limit=1)
    datasets = {s.dataset for s in scores}
    assert {"kind-it-ner/WN_test", "hipe2020/test-fr", "hipe2020/test-de"} <= datasets
    kind = next(s for s in scores if s.dataset == "kind-it-ner/WN_test")
    assert kind.stage == "mentions" and kind.language == "it"
    assert kind.tp > 0 and 0.0 < kind.f1 <= 1.0
    assert {"lenient_f1", "PER_f1", "ORG_f1", "LOC_f1"} <= set(kind.extra)


def test_a_missing_evaldata_folder_says_how_to_fix_it(tmp_path):
    with pytest.raises(FileNotFoundError, match="CRONACA_EVALDATA"):
        evaluate(tmp_path / "nowhere")


def test_gold_doc_is_plain_data():
    doc = GoldDoc("x", "Roma", "it", None, [(0, 4, "LOC")])
    assert doc.gold == [(0, 4, "LOC")]


@pytest.mark.skipif(not (EVALDATA / "kind-it-ner").is_dir(), reason="shared evaldata is absent")
def test_the_dev_split_scores_only_the_file_rules_may_be_tuned_on():
    scores = evaluate(EVALDATA, limit=1, split="dev")
    assert [s.dataset for s in scores] == ["kind-it-ner/WN_dev"]


def test_an_unknown_split_is_refused(tmp_path):
    with pytest.raises(ValueError, match="dev"):
        evaluate(tmp_path, split="train")


def test_lower_case_gold_nouns_are_counted_apart_as_a_guideline_gap():
    from cronaca.evaluate.ner import score_docs

    text = "La polizia ha fermato Mario Rossi a Milano.\n"
    gold = [(3, 10, "ORG"), (22, 33, "PER"), (36, 42, "LOC")]
    score = score_docs("mini", "it", iter([GoldDoc("d", text, "it", None, gold)]))
    assert [text[s:e] for s, e, _ in gold] == ["polizia", "Mario Rossi", "Milano"]
    assert score.extra["gold_lower_case"] == 1
    assert (score.tp, score.fn) == (2, 1)  # the headline still misses "polizia"
    assert score.extra["capitalised_f1"] == 1.0
