"""`cronaca serve` on the command line."""
from __future__ import annotations

from click.testing import CliRunner

from cronaca.cli.main import cli


def test_serve_is_a_registered_command_with_its_options():
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--allow-ingest"):
        assert option in result.output


def test_serve_says_how_to_make_a_missing_store(tmp_path):
    missing = tmp_path / "none.duckdb"
    result = CliRunner().invoke(cli, ["serve", "--db", str(missing)])
    assert result.exit_code == 1
    assert f"no store at {missing}; run `cronaca ingest FILES --db {missing}` first" in result.output


def test_serve_starts_uvicorn_on_the_given_address(store_path, monkeypatch):
    import uvicorn

    calls = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.update(kw, app=app))
    result = CliRunner().invoke(cli, ["serve", "--db", str(store_path), "--port", "8123"])
    assert result.exit_code == 0, result.output
    assert (calls["host"], calls["port"]) == ("127.0.0.1", 8123)
    assert "at http://127.0.0.1:8123/" in result.output


def test_serve_explains_a_store_locked_by_a_writer(tmp_path):
    import subprocess
    import sys

    db = tmp_path / "busy.duckdb"
    writer = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; con = duckdb.connect(sys.argv[1]);"
                               " print('ready', flush=True); time.sleep(30)", str(db)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "ready"
        result = CliRunner().invoke(cli, ["serve", "--db", str(db)])
    finally:
        writer.kill()
        writer.wait()
    assert result.exit_code == 1
    assert "may be writing to it: serve once it has finished" in result.output
