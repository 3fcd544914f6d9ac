"""Ingest into DuckDB: idempotent, one transaction per batch, nothing stored is ever lost."""
from __future__ import annotations

import pytest
from support import SAMPLES

from cronaca.store.database import Store
from cronaca.store.ingest import ingest


def test_ingest_stores_every_sample(tmp_path):
    db = tmp_path / "c.duckdb"
    summary = ingest([str(SAMPLES)], str(db))
    assert (summary.read, summary.stored, summary.duplicates, summary.failed) == (8, 8, 0, 0)
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == 8


def test_ingesting_the_same_input_twice_adds_nothing(tmp_path):
    db = str(tmp_path / "c.duckdb")
    ingest([str(SAMPLES)], db)
    again = ingest([str(SAMPLES)], db)
    assert (again.stored, again.duplicates) == (0, 8)
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == 8


def test_a_repeated_article_in_one_batch_is_stored_once(tmp_path):
    seed = str(SAMPLES / "000_beafc6d1797c5a5a.txt")
    summary = ingest([seed, seed], str(tmp_path / "c.duckdb"))
    assert (summary.stored, summary.duplicates) == (1, 1)


def test_failures_are_counted_named_and_kept_in_the_store(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_text("")
    (tmp_path / "in" / "good.txt").write_text("Il governo ha approvato la manovra dopo un lungo dibattito.")
    db = str(tmp_path / "c.duckdb")
    summary = ingest([str(tmp_path / "in"), str(tmp_path / "missing")], db)
    assert (summary.read, summary.stored, summary.failed) == (3, 1, 2)
    assert summary.reasons == [f"{tmp_path / 'in' / 'empty.txt'}: empty input",
                               f"{tmp_path / 'missing'}: no such file or directory"]
    with Store(db, read_only=True) as store:
        assert store.con.execute("SELECT count(*) FROM failures").fetchone()[0] == 2


def test_a_killed_ingest_keeps_finished_batches_and_a_rerun_completes(tmp_path, monkeypatch):
    db = str(tmp_path / "c.duckdb")
    real_insert = Store._insert_rows
    batches = {"n": 0}

    def dying_insert(self, table, rows):
        real_insert(self, table, rows)
        if table == "articles":
            batches["n"] += 1
            if batches["n"] == 3:  # the third batch's articles are written, then the process dies
                raise KeyboardInterrupt("killed")

    monkeypatch.setattr(Store, "_insert_rows", dying_insert)
    with pytest.raises(KeyboardInterrupt):
        ingest([str(SAMPLES)], db, batch_size=2)
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == 4  # two whole batches; the broken one rolled back
    monkeypatch.setattr(Store, "_insert_rows", real_insert)
    rerun = ingest([str(SAMPLES)], db, batch_size=2)
    assert (rerun.stored, rerun.duplicates) == (4, 4)
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == 8


def test_ingest_command_prints_a_summary_and_fails_on_bad_records(run_cli, tmp_path):
    db = str(tmp_path / "c.duckdb")
    result = run_cli("ingest", str(SAMPLES), str(tmp_path / "missing.txt"), "--db", db)
    assert result.exit_code == 1
    assert f"{db}: read 9, stored 8, duplicates skipped 0, failed 1" in result.stdout
    assert f"error: {tmp_path / 'missing.txt'}: no such file or directory" in result.stderr


def test_row_columns_match_the_schema(tmp_path):
    from cronaca.store.rows import COLUMNS

    with Store(tmp_path / "c.duckdb") as store:
        for table, columns in COLUMNS.items():
            described = [r[0] for r in store.con.execute(f"DESCRIBE {table}").fetchall()]
            assert [c for c in described if c != "ingested_at"] == list(columns)
