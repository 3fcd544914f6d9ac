"""`cronaca process`: the contract on real inputs, in every output format."""
from __future__ import annotations

import json

from support import SAMPLES, SEED, valid_records

from cronaca.write.json import validate


def test_seed_as_json_is_valid_against_the_schema(run_cli):
    result = run_cli("process", str(SEED), "--published", "2026-02-04", "--format", "json")
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    validate(record)
    assert record["language"] == "it"
    assert record["source"]["published"] == "2026-02-04"
    assert "Mercoledì il presidente russo Vladimir Putin ha elogiato" in record["text"]


def test_seed_sentences_point_into_the_text(run_cli):
    record = json.loads(run_cli("process", str(SEED), "--published", "2026-02-04").stdout)
    text = record["text"]
    sentences = [text[s["start"]:s["end"]] for s in record["sentences"]]
    assert any(s.startswith("Nel discorso trasmesso dalla televisione statale russa") for s in sentences)
    assert any(s.startswith("Putin ha descritto i legami Russia-Cina") for s in sentences)
    assert all(s == s.strip() and s for s in sentences)


def test_every_sample_in_every_format_is_valid(run_cli):
    result = run_cli("process", str(SAMPLES), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    records = valid_records(result.stdout)
    formats = {r["source"]["format"] for r in records}
    assert formats == {"text", "html", "jsonl"}
    assert {r["language"] for r in records} == {"it", "en", "de", "fr", "es"}


def test_several_articles_as_json_make_a_list(run_cli):
    result = run_cli("process", str(SAMPLES / "voa.jsonl"))
    records = json.loads(result.stdout)
    assert isinstance(records, list) and len(records) == 3
    for record in records:
        validate(record)


def test_pretty_output_names_language_and_date(run_cli):
    result = run_cli("process", str(SEED), "--format", "pretty")
    assert "language it" in result.stdout
    assert "published 2026-02-04" in result.stdout  # from the sidecar 000_....meta.json


def test_standard_input_is_read_with_a_forced_language(run_cli):
    text = "Le président français a rencontré le chancelier allemand à Berlin. Ils ont parlé de l'Ukraine."
    result = run_cli("process", "-", "--language", "fr", "--format", "jsonl", input=text.encode())
    (record,) = valid_records(result.stdout)
    assert record["language"] == "fr"
    assert record["text"] == text


def test_bad_published_date_is_a_usage_error(run_cli):
    result = run_cli("process", str(SEED), "--published", "4 Feb 2026")
    assert result.exit_code == 2
    assert "not a date" in result.stderr


def test_python_api_returns_an_article():
    import cronaca

    article = cronaca.process("Il presidente ha parlato a Roma. Poi è ripartito.", published="2026-01-02")
    assert article.language == "it"
    assert [article.text[s:e] for s, e in article.sentences] == [
        "Il presidente ha parlato a Roma.", "Poi è ripartito."]
    validate(article.to_dict())
