"""Readers: turn files, directories, standard input and records into Documents.

A reader never raises for one bad record: it yields a Reject naming the record and the reason,
and goes on with the rest of the batch.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Reject:
    record: str
    reason: str

    def __str__(self) -> str:
        return f"{self.record}: {self.reason}"


class ReadError(ValueError):
    """One record that cannot be read; the message is the reason, for a Reject."""
