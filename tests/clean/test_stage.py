"""The whole clean stage on the seed and on clean articles: repairs located, nothing lost, stable."""
from __future__ import annotations

import gzip
import json

import pytest

from cronaca.clean.stage import Clean
from cronaca.document import Document
from cronaca.read.html import read_html
from support import SAMPLES, SEED


def cleaned(raw: str, lang: str) -> Document:
    return Clean()(Document(raw=raw, language=lang))


@pytest.fixture(scope="module")
def seed() -> Document:
    return cleaned(SEED.read_text(encoding="utf-8"), "it")


def test_every_repair_points_at_its_after_text(seed):
    assert seed.integrity.repairs
    for repair in seed.integrity.repairs:
        assert seed.text[repair.start:repair.end] == repair.after


def test_removed_text_is_never_lost(seed):
    raw = SEED.read_text(encoding="utf-8")
    for removed in seed.integrity.removed:
        assert removed.text in raw


def test_seed_spinner_swaps_are_undone(seed):
    for phrase in ("progetti ad alta tecnologia", "sanzioni occidentali ad ampio raggio",
                   "separatamente ad Abu Dhabi", "porre fine al conflitto",
                   "alla fine di questo mese", "lo scorso fine settimana", "i due leader discuteranno",
                   "con i leader occidentali", "I leader europei"):
        assert phrase in seed.text, phrase
    for word in ("advert", "fantastic", "chief"):
        assert word not in seed.text


def test_seed_glued_sentences_are_split(seed):
    for glued in ("spaziale.Nel", "AP.Putin", "Ucraina.Anche", "turbolento.L’appello",
                  "Russia-Cina”.Putin", "occidentali.In"):
        assert glued not in seed.text
    assert "ricerca spaziale. Nel discorso" in seed.text


def test_seed_repairs_are_only_the_damage(seed):
    kinds = sorted({(r.kind, r.before, r.after) for r in seed.integrity.repairs})
    assert kinds == [("glue", ".", ". "), ("glue", "”.", "”. "), ("substitution", "advert", "ad"),
                     ("substitution", "chief", "leader"), ("substitution", "fantastic", "fine")]
    assert sum(r.kind == "substitution" for r in seed.integrity.repairs) == 10
    assert sum(r.kind == "glue" for r in seed.integrity.repairs) == 6


def test_seed_flags_and_score(seed):
    assert set(seed.integrity.flags) == {"boilerplate_removed", "glued_sentences", "spun_text"}
    assert 0.0 <= seed.integrity.score < 0.8


def test_cleaning_the_cleaned_text_changes_nothing(seed):
    again = cleaned(seed.text, "it")
    assert again.text == seed.text
    assert again.integrity.repairs == [] and again.integrity.removed == []
    assert again.integrity.score == 1.0


def test_byline_and_dateline_go_to_metadata():
    doc = cleaned("By Jane Doe\nThe minister resigned on Friday after a week of protests.", "en")
    assert doc.removed_meta == {"byline": "By Jane Doe"}
    assert doc.text == "The minister resigned on Friday after a week of protests."


def test_a_date_line_goes_to_metadata_and_costs_no_integrity():
    doc = cleaned("Updated at 1:23 p.m.\nThe minister resigned on Friday after a week of protests.", "en")
    assert doc.removed_meta == {"timestamp": "Updated at 1:23 p.m."}
    assert doc.text == "The minister resigned on Friday after a week of protests."
    assert doc.integrity.score == 1.0


def _voa_texts() -> list[str]:
    lines = (SAMPLES / "voa.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


@pytest.mark.parametrize("index", range(3))
def test_clean_english_articles_get_no_repairs(index):
    doc = cleaned(_voa_texts()[index], "en")
    assert [r for r in doc.integrity.repairs if r.kind != "whitespace"] == []
    assert doc.integrity.removed == []


@pytest.mark.parametrize("name, lang", [("de-euronews-2024-04-30.html.gz", "de"),
                                        ("fr-lesechos-2024-07-18.html.gz", "fr"),
                                        ("es-infobae-2022-05-03.html.gz", "es")])
def test_clean_articles_in_other_languages_get_no_word_repairs(name, lang):
    page = read_html(gzip.decompress((SAMPLES / "html" / name).read_bytes()), name)
    doc = cleaned(page.raw, lang)
    assert [r for r in doc.integrity.repairs if r.kind in ("substitution", "mojibake")] == []
    assert [r for r in doc.integrity.repairs if r.rule.startswith("spinner")] == []


@pytest.mark.parametrize("index", range(3))
def test_cleaning_twice_equals_cleaning_once_on_clean_english(index):
    once = cleaned(_voa_texts()[index], "en")
    twice = cleaned(once.text, "en")
    assert twice.text == once.text


def test_mojibake_and_glue_and_spinner_repairs_all_point_into_the_final_text():
    raw = ("Foto: ANSA\n"
           "Il governo perchÃ© ha deciso di porre fantastic alla crisi.Il premier ha parlato "
           "con i chief europei advert aprile, ma i chief non hanno risposto.\n")
    doc = cleaned(raw, "it")
    assert doc.text.startswith("Il governo perché ha deciso")
    assert "crisi. Il premier" in doc.text
    for repair in doc.integrity.repairs:
        assert doc.text[repair.start:repair.end] == repair.after
    assert {"mojibake", "glued_sentences", "boilerplate_removed", "spun_text"} <= set(
        doc.integrity.flags)
    assert [(r.kind, r.text) for r in doc.integrity.removed] == [("credit", "Foto: ANSA")]


def test_removed_records_say_where_they_were_in_the_raw_text(seed):
    raw = SEED.read_text(encoding="utf-8")
    for removed in seed.integrity.removed:
        assert removed.raw_start is not None
        assert raw[removed.raw_start:removed.raw_start + len(removed.text)] == removed.text


def test_raw_offsets_survive_earlier_passes_that_change_lengths():
    raw = "Il caffÃ¨ è buono.\nLeggi anche: un altro articolo\nIl testo continua."
    doc = cleaned(raw, "it")
    (removed,) = doc.integrity.removed
    assert raw[removed.raw_start:removed.raw_start + len(removed.text)] == removed.text
