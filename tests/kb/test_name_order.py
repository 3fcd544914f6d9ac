"""Which word of a person's name is the family name: ``name_order`` on a country (its people's default)
or on a person (one written otherwise), from tools/kb/curated/countries.tsv and name_order.tsv."""
from __future__ import annotations

import json

import pytest

from cronaca.kb import KBError, load


@pytest.fixture(scope="module")
def kb():
    return load()


def test_a_chinese_leader_is_named_family_name_first_by_his_country(kb):
    assert kb.get("Q15031").name_order is None  # (Xi Jinping: no field of his own)
    assert kb.country("CHN").name_order == "family_first"
    assert kb.family_first(kb.get("Q15031"))


def test_a_hong_kong_official_with_an_english_given_name_is_named_given_name_first(kb):
    assert not kb.family_first(kb.get("kb:person:margaret-chan"))


def test_a_chinese_singaporean_is_named_family_name_first_in_a_country_that_is_not(kb):
    assert kb.country("SGP").name_order is None
    assert kb.family_first(kb.get("kb:person:lee-hsien-loong"))


def test_western_and_japanese_names_keep_the_family_name_last(kb):
    assert not kb.family_first(kb.get("kb:person:viktor-orban"))
    assert kb.country("JPN").name_order is None


def test_a_user_file_with_an_unknown_name_order_is_refused(tmp_path):
    path = tmp_path / "mine.jsonl"
    path.write_text(json.dumps({"id": "kb:person:wang-wu", "type": "PERSON", "name": "Wang Wu",
                                "name_order": "surname_first"}) + "\n", encoding="utf-8")
    with pytest.raises(KBError, match="name_order: 'surname_first' is not one of family_first, given_first"):
        load(extra=[path])
