"""Language data: one folder per ISO 639-1 code, data files only.

Every language provides the files listed in ``_template/manifest.tsv``. Files are UTF-8:
``.tsv`` tables with a header row (``#`` lines are comments) or ``.txt`` lists, one entry a line.
Adding a language means adding a folder; no code changes.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

LANG_ROOT = Path(str(resources.files("cronaca.lang")))


class LanguageDataError(ValueError):
    """A language folder that breaks the template contract."""


@dataclass(frozen=True)
class ManifestEntry:
    name: str  # file name, e.g. "months.tsv"
    columns: tuple[str, ...]  # required header columns for .tsv; empty for .txt
    required: bool
    purpose: str


@cache
def manifest() -> tuple[ManifestEntry, ...]:
    entries = []
    for row in read_tsv(LANG_ROOT / "_template" / "manifest.tsv"):
        cols = tuple(c for c in row["columns"].split(",") if c)
        entries.append(ManifestEntry(row["file"], cols, row["required"] == "yes", row["purpose"]))
    return tuple(entries)


@cache
def supported() -> tuple[str, ...]:
    """Language codes that have a data folder."""
    return tuple(sorted(p.name for p in LANG_ROOT.iterdir()
                        if p.is_dir() and not p.name.startswith(("_", ".")) and len(p.name) == 2))


@dataclass
class LanguageData:
    code: str
    folder: Path
    _cache: dict[str, object] = field(default_factory=dict, repr=False)

    def has(self, name: str) -> bool:
        return (self.folder / name).exists()

    def table(self, name: str) -> list[dict[str, str]]:
        """Rows of a .tsv file as dicts keyed by its header; an absent optional file is empty."""
        key = "t:" + name
        if key not in self._cache:
            path = self.folder / name
            self._cache[key] = read_tsv(path) if path.exists() else []
        return self._cache[key]  # type: ignore[return-value]

    def settings(self, name: str) -> dict[str, str]:
        """A key/value .tsv (columns ``key``, ``value``) as a dict, keys and values stripped."""
        key = "s:" + name
        if key not in self._cache:
            self._cache[key] = {r["key"].strip(): (r.get("value") or "").strip()
                                for r in self.table(name) if r.get("key")}
        return self._cache[key]  # type: ignore[return-value]

    def listed(self, name: str, key: str) -> tuple[str, ...]:
        """The comma-separated items of one key of a key/value .tsv, stripped, in file order."""
        return tuple(x.strip() for x in self.settings(name).get(key, "").split(",") if x.strip())

    def writes(self, fact: str) -> bool:
        """A fact of the language's writing system from orthography.tsv ("capitalised_nouns": German
        writes nouns with a capital), read by several stages, so it is stated once."""
        return any(row["key"] == fact and row["value"] == "yes" for row in self.table("orthography.tsv"))

    def words(self, name: str) -> list[str]:
        """Entries of a .txt list file; an absent optional file is empty."""
        key = "w:" + name
        if key not in self._cache:
            path = self.folder / name
            self._cache[key] = _read_list(path) if path.exists() else []
        return self._cache[key]  # type: ignore[return-value]


@cache
def load(code: str) -> LanguageData:
    folder = LANG_ROOT / code
    if not folder.is_dir():
        raise LanguageDataError(f"no language data for {code!r}; supported: {', '.join(supported())}")
    return LanguageData(code, folder)


def _strip_comments(lines):
    for line in lines:
        if line.strip() and not line.lstrip().startswith("#"):
            yield line


def read_tsv(path: Path) -> list[dict[str, str]]:
    """The rows of a data TSV (comment lines skipped, values stripped); a row that does not match the
    header is an error naming the file and the row."""
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(_strip_comments(fh), delimiter="\t", quoting=csv.QUOTE_NONE)
        rows = []
        for lineno, row in enumerate(reader, start=2):
            if None in row or any(v is None for v in row.values()):
                raise LanguageDataError(f"{path}: row {lineno} does not match the header columns")
            rows.append({k: v.strip() for k, v in row.items()})
        return rows


def _read_list(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        return [line.strip() for line in _strip_comments(fh)]
