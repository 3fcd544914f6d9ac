"""Tables derived from installed data files, kept on disk between runs in the user's cache folder.

Some tables cost a noticeable part of a process's start and depend only on files that rarely
change (the language check's common words come from 27 wordfreq lists: a third of a second to read,
a fiftieth to load back). Such a table is stored in marshal format (plain values only: dict, list,
tuple, str, int, float, bool, None) under a name that hashes everything it was derived from: the
data files' bytes, the deriving module's source and the Python version. A changed input gets a new
name, so a stale file is never read; an absent, unreadable or damaged file is rebuilt and rewritten
(atomically, so parallel workers never read half a file); a folder that cannot be written only costs
the rebuild. The result is the same with or without the cache: it is deterministic.

Tables holding objects marshal cannot store (an Aho-Corasick automaton, tuples of dataclasses) are
stored with ``fmt="pickle"`` instead; the checksum guards against damage, and the folder is the
user's own, written only by this module.

Folder: ``$CRONACA_CACHE_DIR``, else ``$XDG_CACHE_HOME/cronaca``, else ``~/.cache/cronaca``;
``CRONACA_CACHE_DIR=off`` turns the cache off.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Literal, TypeVar

T = TypeVar("T")
Format = Literal["marshal", "pickle"]
_DUMP = {"marshal": marshal.dumps, "pickle": lambda table: pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL)}
_LOAD = {"marshal": marshal.loads, "pickle": pickle.loads}

#: Bumped when the file layout changes: every older file is then ignored.
FORMAT = b"cronaca-disk-cache-1"
_OFF = {"off", "0", "no", "false", "none", ""}
_CHECK = 32  # a file starts with the sha256 of the rest: a damaged file is rebuilt, never misread


def cache_folder() -> Path | None:
    """Where the tables live, or None when the cache is turned off."""
    chosen = os.environ.get("CRONACA_CACHE_DIR")
    if chosen is not None:
        return None if chosen.strip().lower() in _OFF else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "cronaca"


def fingerprint(name: str, inputs: Iterable[bytes | Path]) -> str:
    """The hash of a table's name and inputs: bytes as given, a file by its name and content (an
    absent file counts as absent, so its later appearance changes the hash)."""
    digest = hashlib.sha256(FORMAT + b"\0" + sys.version.encode() + b"\0" + name.encode())
    for item in inputs:
        if isinstance(item, Path):
            digest.update(b"\0file:" + item.name.encode() + b"\0")
            try:
                digest.update(item.read_bytes())
            except OSError:
                digest.update(b"\0absent\0")
        else:
            digest.update(b"\0bytes:" + item)
    return digest.hexdigest()[:32]


def derived(name: str, inputs: Iterable[bytes | Path], build: Callable[[], T],
            fmt: Format = "marshal") -> T:
    """The table ``build()`` makes from ``inputs``, read from the cache when an up-to-date copy is
    there, else built and stored. ``build`` must be deterministic and return plain values (with
    ``fmt="pickle"``: picklable ones, whose copies equal the originals)."""
    folder = cache_folder()
    if folder is None:
        return build()
    tag = name if fmt == "marshal" else f"{name}:{fmt}"  # a format change is a new table
    path = folder / f"{name}-{fingerprint(tag, inputs)}.{fmt}"
    try:
        stored = path.read_bytes()
        check, payload = stored[:_CHECK], stored[_CHECK:]
        if len(check) == _CHECK and hashlib.sha256(payload).digest() == check:
            return _LOAD[fmt](payload)
    except (OSError, EOFError, ValueError, TypeError, pickle.UnpicklingError, AttributeError, ImportError):
        pass  # absent, unreadable or damaged (its checksum fails): rebuilt below
    table = build()
    _store(folder, path, name, table, fmt)
    return table


def _store(folder: Path, path: Path, name: str, table: object, fmt: Format = "marshal") -> None:
    try:
        payload = _DUMP[fmt](table)
        data = hashlib.sha256(payload).digest() + payload
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{name}-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, path)  # atomic: a reader sees the old state or the whole file
        except BaseException:
            os.unlink(temporary)
            raise
        for old in folder.glob(f"{name}-*.{fmt}"):  # earlier versions of this table are stale
            if old != path:
                old.unlink(missing_ok=True)
    except (OSError, ValueError, pickle.PicklingError):
        pass  # a read-only or full disk: the table was built, only not kept
