"""The GDELT-like event table and PLOVER JSON Lines exported from a store of hand-made articles."""
from __future__ import annotations

import csv
import json
import re

import pytest
from event_articles import EN_TEXT, IT_TEXT

from cronaca.store.database import Store
from cronaca.store.dedup import dedup_store
from cronaca.store.event_exports import GDELT_COLUMNS, global_event_id
from cronaca.store.export import export

PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def read_gdelt(path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return rows[0], [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def gdelt(store_path, tmp_path, dedup: bool = False) -> list[dict[str, str]]:
    with Store(store_path) as store:
        if dedup:
            dedup_store(store.con)
        (path,) = export(store.con, "gdelt", tmp_path / "events.tsv")
    header, rows = read_gdelt(path)
    assert tuple(header) == GDELT_COLUMNS
    return rows


def by_event(rows: list[dict[str, str]], article: str, event: str) -> dict[str, str]:
    (row,) = [r for r in rows if r["Language"] == article and r["EventID"] == event]
    return row


def test_gdelt_has_one_row_per_event_mention_oldest_article_first(store_path, tmp_path):
    rows = gdelt(store_path, tmp_path)
    assert [(r["Language"], r["EventID"], r["EventType"]) for r in rows] == [
        ("it", "e1", "CONSULT"), ("it", "e2", "COOPERATE"), ("it", "e3", "ASSAULT"), ("en", "e1", "CONSULT")]


def test_gdelt_row_of_a_dated_dyadic_event(store_path, tmp_path):
    row = by_event(gdelt(store_path, tmp_path), "it", "e1")
    assert {k: row[k] for k in GDELT_COLUMNS[1:24]} == {
        "Day": "20260204", "MonthYear": "202602", "Year": "2026",
        "Actor1Name": "Vladimir Putin", "Actor1CountryCode": "RUS", "Actor1Type": "PERSON", "Actor1ID": "Q7747",
        "Actor2Name": "Xi Jinping", "Actor2CountryCode": "CHN", "Actor2Type": "PERSON", "Actor2ID": "Q15031",
        "EventType": "CONSULT", "EventMode": "phone", "QuadClass": "1", "GoldsteinScale": "1.5",
        "NumMentions": "1", "NumSources": "1", "NumArticles": "1", "AvgTone": "-2.5",
        "ActionGeo_FullName": "Moscow", "ActionGeo_CountryCode": "RUS", "ActionGeo_ID": "Q649",
        "SOURCEURL": "https://notizie.example.it/a"}
    assert (row["Status"], row["AccordingTo"], row["TriggerText"], row["Confidence"], row["Rule"]) == (
        "occurred", "Associated Press", "parlato al telefono", "0.9", "test:consult")
    start, end = int(row["TriggerStart"]), int(row["TriggerEnd"])
    assert IT_TEXT[start:end] == row["TriggerText"]
    assert IT_TEXT[int(row["SentenceStart"]):int(row["SentenceEnd"])] == row["SentenceText"] == (
        "Putin ha parlato al telefono con Xi, secondo AP.")
    assert row["GlobalEventID"] == str(global_event_id(row["ArticleID"], "e1"))


def test_gdelt_month_precise_event_leaves_day_empty_and_lists_every_actor(store_path, tmp_path):
    row = by_event(gdelt(store_path, tmp_path), "it", "e2")
    assert (row["Day"], row["MonthYear"], row["Year"], row["EventDate"], row["DateSource"]) == (
        "", "202603", "2026", "2026-03", "event")
    assert (row["Actor1Name"], row["Actor1All"], row["Actor2Name"], row["Actor2All"]) == (
        "Russia", "Russia; China", "", "")
    assert (row["QuadClass"], row["GoldsteinScale"], row["Status"]) == ("2", "9.5", "planned")


def test_gdelt_event_without_a_date_takes_the_publication_day(store_path, tmp_path):
    row = by_event(gdelt(store_path, tmp_path), "it", "e3")
    assert (row["Day"], row["EventDate"], row["DateSource"], row["Actor1Name"], row["QuadClass"]) == (
        "20260204", "", "published", "", "4")


def test_gdelt_lines_split_on_tabs_even_when_the_text_holds_tabs_and_line_breaks(store_path, tmp_path):
    row = by_event(gdelt(store_path, tmp_path), "en", "e1")
    assert row["SentenceText"] == EN_TEXT.replace("\t", " ").replace("\n", " ")
    assert len(row["SentenceText"]) == int(row["SentenceEnd"]) - int(row["SentenceStart"])
    lines = (tmp_path / "events.tsv").read_text(encoding="utf-8").split("\n")
    assert len(lines) == 6 and lines[-1] == ""  # header, four events, final newline
    assert {line.count("\t") for line in lines[:-1]} == {len(GDELT_COLUMNS) - 1}


def test_gdelt_counts_mentions_sources_and_articles_after_dedup(store_path, tmp_path):
    rows = gdelt(store_path, tmp_path, dedup=True)
    calls = [r for r in rows if r["EventType"] == "CONSULT"]
    assert [(r["NumMentions"], r["NumSources"], r["NumArticles"]) for r in calls] == [("2", "2", "2")] * 2
    assert calls[0]["ClusterID"] == calls[1]["ClusterID"] != ""
    assert calls[0]["GlobalEventID"] != calls[1]["GlobalEventID"]
    assert by_event(rows, "it", "e2")["NumMentions"] == "1"


def test_gdelt_export_is_stable(store_path, tmp_path):
    first = [r["GlobalEventID"] for r in gdelt(store_path, tmp_path)]
    assert first == [r["GlobalEventID"] for r in gdelt(store_path, tmp_path)]
    assert len(set(first)) == 4


def plover(store_path, tmp_path, dedup: bool = False) -> list[dict]:
    with Store(store_path) as store:
        if dedup:
            dedup_store(store.con)
        (path,) = export(store.con, "plover", tmp_path / "events.plover.jsonl")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_plover_records_have_the_required_fields(store_path, tmp_path):
    records = plover(store_path, tmp_path)
    assert len(records) == 3  # the ASSAULT with no actor cannot be a PLOVER record
    for record in records:
        assert re.fullmatch(r"cronaca-[0-9a-f]{16}-e\d+", record["id"])
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", record["date"])
        assert record["actor"] and all(a["identifier_text"] for a in record["actor"])
        assert set(record["event"]) <= PLOVER_TYPES and len(record["event"]) == 1
        assert record["quad_code"] in (1, 2, 3, 4)
        assert isinstance(record["mode"], list) and isinstance(record["recipient"], list)
    assert len({r["id"] for r in records}) == 3


def test_plover_record_of_a_phone_call(store_path, tmp_path):
    record = next(r for r in plover(store_path, tmp_path) if r["language"] == "it")
    assert (record["date"], record["event"], record["mode"], record["aux_mode"], record["quad_code"],
            record["event_scale"]) == ("2026-02-04", ["CONSULT"], ["phone"], [], 1, 1.5)
    assert "enddate" not in record
    (actor,) = record["actor"]
    assert actor == {"code": "RUS", "entity_text": "Putin", "identifier_id": "Q7747",
                     "identifier_text": "Vladimir Putin", "entity_id": "Q7747", "entity_type": "PERSON",
                     "span": {"start": 19, "end": 24, "text": "Putin"}}
    assert IT_TEXT[19:24] == "Putin"
    assert [(r["identifier_text"], r["code"], r["entity_text"]) for r in record["recipient"]] == [
        ("Xi Jinping", "CHN", "Xi")]
    assert record["event_loc"] == {"name": "Moscow", "country_code": "RUS", "identifier_id": "Q649",
                                   "entity_id": "Q649"}
    assert (record["event_text"], record["text"]) == (
        "parlato al telefono", "Putin ha parlato al telefono con Xi, secondo AP.")
    assert record["cite_info"] == {"url": "https://notizie.example.it/a", "outlet": "Il Test",
                                   "published": "2026-02-04", "language": "it"}
    provenance = record["cronaca"]
    assert provenance["according_to"]["identifier_text"] == "Associated Press"
    trigger = provenance["trigger"]
    assert IT_TEXT[trigger["start"]:trigger["end"]] == trigger["text"] == "parlato al telefono"
    assert (provenance["status"], provenance["date_source"], provenance["rule"], provenance["cluster"]) == (
        "occurred", "event", "test:consult", None)


def test_plover_month_date_becomes_a_date_range_and_planned_a_future_aux_mode(store_path, tmp_path):
    record = next(r for r in plover(store_path, tmp_path) if r["event"] == ["COOPERATE"])
    assert (record["date"], record["enddate"], record["aux_mode"], record["quad_code"]) == (
        "2026-03-01", "2026-03-31", ["future"], 2)
    assert [a["identifier_text"] for a in record["actor"]] == ["Russia", "China"]
    assert record["recipient"] == []
    assert record["cronaca"]["date_text"] == "a marzo"


def test_plover_records_name_their_dedup_cluster(store_path, tmp_path):
    calls = [r for r in plover(store_path, tmp_path, dedup=True) if r["event"] == ["CONSULT"]]
    clusters = [r["cronaca"]["cluster"] for r in calls]
    assert clusters[0] == clusters[1] and clusters[0]["n_mentions"] == 2 and clusters[0]["n_sources"] == 2


@pytest.mark.parametrize("fmt, name", [("gdelt", "events.tsv"), ("plover", "events.jsonl")])
def test_export_command_writes_the_event_formats(run_cli, store_path, tmp_path, fmt, name):
    out = tmp_path / "out" / name
    result = run_cli("export", "--db", str(store_path), "--format", fmt, "--out", str(out))
    assert result.exit_code == 0 and result.stdout.strip() == str(out)
    assert len(out.read_text(encoding="utf-8").splitlines()) == {"gdelt": 5, "plover": 3}[fmt]


def test_an_empty_store_exports_a_header_and_no_records(tmp_path):
    with Store(tmp_path / "empty.duckdb") as store:
        (table,) = export(store.con, "gdelt", tmp_path / "e.tsv")
        (records,) = export(store.con, "plover", tmp_path / "e.jsonl")
    assert table.read_text(encoding="utf-8") == "\t".join(GDELT_COLUMNS) + "\n"
    assert records.read_text(encoding="utf-8") == ""


def test_event_exports_read_a_spark_parquet_folder(run_cli, store_path, tmp_path):
    from cronaca.store.rows import COLUMNS

    root = tmp_path / "spark"
    with Store(store_path, read_only=True) as store:
        for table in COLUMNS:
            (root / table).mkdir(parents=True)
            store.con.execute(f"COPY (SELECT {', '.join(COLUMNS[table])} FROM {table}) "
                              f"TO '{root / table / 'part-0.parquet'}' (FORMAT parquet)")
    out = tmp_path / "spark.tsv"
    assert run_cli("export", "--db", str(root), "--format", "gdelt", "--out", str(out)).exit_code == 0
    header, rows = read_gdelt(out)
    assert [(r["EventType"], r["Actor1Name"]) for r in rows] == [
        ("CONSULT", "Vladimir Putin"), ("COOPERATE", "Russia"), ("ASSAULT", ""), ("CONSULT", "Vladimir Putin")]


def test_quad_classes_follow_the_plover_manual():
    from cronaca.store.event_records import quad

    assert [quad(t) for t in ("CONSULT", "AID", "ACCUSE", "SANCTION", "ASSAULT")] == [1, 2, 3, 4, 4]
    assert quad("CONSULT", "a-mode-nobody-uses") == 1
    assert quad("GOSSIP") is None
