"""Bad input: one clear error naming the record and the reason; the rest of the batch goes on."""
from __future__ import annotations

import json

from support import SAMPLES, SEED, valid_records

from cronaca.read import Reject
from cronaca.read.paths import read_paths


def rejects(*paths) -> list[Reject]:
    return [i for i in read_paths([str(p) for p in paths]) if isinstance(i, Reject)]


def test_empty_file(tmp_path):
    (tmp_path / "empty.txt").write_text("   \n")
    assert rejects(tmp_path / "empty.txt") == [Reject(str(tmp_path / "empty.txt"), "empty input")]


def test_binary_file(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 10)
    (reject,) = rejects(path)
    assert reject.reason.startswith("binary data")


def test_invalid_utf8_text_is_decoded_not_crashed(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes(b"Il governo \xe8 caduto ieri sera dopo il voto di fiducia in Senato.")
    assert rejects(path) == []
    (doc,) = list(read_paths([str(path)]))
    assert "governo è caduto" in doc.raw


def test_invalid_utf8_line_in_jsonl(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_bytes(b'{"text": "Un articolo valido e abbastanza lungo per la prova."}\n{"text": "rotto \xff"}\n')
    (reject,) = rejects(path)
    assert reject.record == f"{path}:2"
    assert reject.reason.startswith("invalid UTF-8")


def test_huge_html_page_is_refused_with_its_size(tmp_path):
    path = tmp_path / "huge.html"
    path.write_bytes(b"<html><body>" + b"<p>filler text</p>" * 2_800_000 + b"</body></html>")  # ~50 MB
    (reject,) = rejects(path)
    assert reject.reason.startswith("too large: 50.4 MB of HTML")


def test_malformed_jsonl_lines_name_their_line_and_the_rest_goes_on(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join([
        json.dumps({"text": "Primo articolo valido, con abbastanza parole per essere letto."}),
        '{"text": "unterminated',
        json.dumps(["not", "an", "object"]),
        json.dumps({"title": "no body"}),
        json.dumps({"text": 42}),
        json.dumps({"text": "Ultimo articolo valido, anche lui abbastanza lungo."}),
    ]) + "\n")
    items = list(read_paths([str(path)]))
    assert [type(i).__name__ for i in items] == ["Document", "Reject", "Reject", "Reject", "Reject", "Document"]
    assert [str(i) for i in items if isinstance(i, Reject)] == [
        f"{path}:2: malformed JSON: Unterminated string starting at (column 10)",
        f"{path}:3: expected a JSON object, got list",
        f"{path}:4: no 'text' or 'html' field",
        f"{path}:5: field 'text' must be a string",
    ]


def test_missing_path(tmp_path):
    missing = tmp_path / "nope.txt"
    assert rejects(missing) == [Reject(str(missing), "no such file or directory")]


def test_process_reports_each_failure_and_still_prints_the_good_ones(run_cli, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = run_cli("process", str(tmp_path / "empty.txt"), str(SEED), str(tmp_path / "missing.txt"),
                     "--format", "jsonl")
    assert result.exit_code == 1
    assert len(valid_records(result.stdout)) == 1
    assert result.stderr.splitlines() == [
        f"error: {tmp_path / 'empty.txt'}: empty input",
        f"error: {tmp_path / 'missing.txt'}: no such file or directory",
    ]


def test_cyrillic_in_cp1251_is_not_mistaken_for_western(tmp_path):
    path = tmp_path / "ru.txt"
    path.write_bytes("Президент России Владимир Путин провёл переговоры с председателем КНР.".encode("cp1251"))
    (doc,) = list(read_paths([str(path)]))
    assert doc.raw.startswith("Президент России")


def test_a_jsonl_record_with_a_bad_date_is_rejected(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps({"text": "Un articolo valido e abbastanza lungo per la prova.",
                                "published": "4 febbraio"}) + "\n")
    assert [str(r) for r in rejects(path)] == [
        f"{path}:1: field 'published' is not a date (YYYY-MM-DD): '4 febbraio'"]


def test_a_sidecar_with_a_bad_date_is_rejected(tmp_path):
    (tmp_path / "a.txt").write_text("Un articolo valido e abbastanza lungo per la prova.")
    (tmp_path / "a.meta.json").write_text('{"published": "yesterday"}')
    assert [str(r) for r in rejects(tmp_path / "a.txt")] == [
        f"{tmp_path / 'a.txt'}: field 'published' is not a date (YYYY-MM-DD): 'yesterday' (in the .meta.json sidecar)"]
