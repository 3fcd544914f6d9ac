"""Shared fixtures: a CLI runner."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from cronaca.cli.main import cli


@pytest.fixture
def run_cli():
    """Invoke the CLI in-process; returns click's Result (exit_code, stdout, stderr)."""
    runner = CliRunner()

    def invoke(*args: str, input: str | bytes | None = None):
        return runner.invoke(cli, list(args), input=input, catch_exceptions=False)

    return invoke
