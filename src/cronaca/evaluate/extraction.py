"""HTML to text, scored on public page sets: cronaca's reader and trafilatura alone, side by side.

cronaca's output is ``doc.text`` after reading the page (trafilatura plus caption and credit
removal) and the ``language`` and ``clean`` stages; the peer is ``trafilatura.extract`` with the
same options the reader uses (no comments, no tables), so the difference is what cronaca adds or
loses on top of extraction. Datasets (read from evaldata, never copied into the repository):
- ``fundus``: expected body (summary, subheadings, paragraphs) per page, shingle P/R/F1;
- ``scrapinghub-aeb``: ``articleBody`` per page, shingle P/R/F1 (the Zyte benchmark metric);
- ``trafilatura-eval``: must-contain / must-not-contain snippets, snippet P/R/F1.
"""
from __future__ import annotations

import gzip
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from cronaca.evaluate.metrics import Score
from cronaca.evaluate.text_overlap import ShingleMean, shingle_counts, snippet_counts

if TYPE_CHECKING:
    from cronaca.pipeline import Pipeline

SYSTEMS = ("cronaca", "trafilatura")
ALL_LANGUAGES = "all"
_HTML_LANG = re.compile(rb"<html[^>]*?\blang\s*=\s*[\"']?([a-zA-Z]{2,3})", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Page:
    dataset: str
    key: str  # file name, for error messages
    html: bytes
    url: str | None
    language: str
    body: str | None = None  # expected text (shingle datasets)
    with_: tuple[str, ...] = ()  # snippet datasets
    without: tuple[str, ...] = ()


# -- datasets -------------------------------------------------------------------------------------

def fundus_pages(root: Path) -> Iterator[Page]:
    folder = root / "fundus"
    expected_cache: dict[str, dict] = {}
    for line in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["expected"] not in expected_cache:
            expected_cache[row["expected"]] = json.loads((folder / row["expected"]).read_text(encoding="utf-8"))
        version = expected_cache[row["expected"]][row["parser_version"]]
        yield Page("fundus", row["html"], gzip.decompress((folder / row["html"]).read_bytes()), row.get("url"),
                   _language(row.get("lang")), body=fundus_body(version.get("body") or {}))


def fundus_body(body: dict) -> str:
    """Summary, then each section's subheadings and paragraphs, one per line."""
    parts = list(body.get("summary") or [])
    for section in body.get("sections") or []:
        parts.extend(section.get("headline") or [])
        parts.extend(section.get("paragraphs") or [])
    return "\n".join(parts)


def scrapinghub_pages(root: Path) -> Iterator[Page]:
    folder = root / "scrapinghub-aeb"
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(truth):
        html = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes())
        yield Page("scrapinghub-aeb", key, html, truth[key].get("url"), html_language(html),
                   body=truth[key].get("articleBody", ""))


def trafilatura_pages(root: Path) -> Iterator[Page]:
    folder = root / "trafilatura-eval"
    gold = json.loads((folder / "evaldata.json").read_text(encoding="utf-8"))
    for line in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        item = gold.get(row["url"])
        if item is None:
            continue
        yield Page("trafilatura-eval", row["html"], gzip.decompress((folder / row["html"]).read_bytes()),
                   row["url"], _language(row.get("lang_guess")),
                   with_=tuple(item.get("with") or ()), without=tuple(item.get("without") or ()))


DATASETS: dict[str, Callable[[Path], Iterator[Page]]] = {
    "fundus": fundus_pages, "scrapinghub-aeb": scrapinghub_pages, "trafilatura-eval": trafilatura_pages,
}


def _language(code: str | None) -> str:
    code = (code or "").lower()[:2]
    return code if code.isalpha() and code != "un" else "und"


def html_language(html: bytes) -> str:
    found = _HTML_LANG.search(html[:20_000])
    return found.group(1).decode("ascii").lower()[:2] if found else "und"


# -- the two systems ------------------------------------------------------------------------------

def cronaca_text(page: Page) -> str:
    """What cronaca's reader and clean stage make of the page; a rejected page yields no text."""
    from cronaca.read import ReadError
    from cronaca.read.html import read_html

    try:
        doc = read_html(page.html, page.key, uri=page.url)
    except ReadError:
        return ""
    return _reader_stages()(doc).text


@cache
def _reader_stages() -> "Pipeline":
    from cronaca.pipeline import build

    return build(["language", "clean"])


def trafilatura_text(page: Page) -> str:
    import trafilatura

    return trafilatura.extract(page.html, url=page.url, include_comments=False, include_tables=False) or ""


EXTRACTORS: dict[str, Callable[[Page], str]] = {"cronaca": cronaca_text, "trafilatura": trafilatura_text}


# -- scoring --------------------------------------------------------------------------------------

@dataclass
class _Tally:
    score: Score
    zyte: ShingleMean = field(default_factory=ShingleMean)
    tn: int = 0
    pages: int = 0
    failed: int = 0


def score_page(page: Page, output: str) -> tuple[tuple[float, float, float], int]:
    """(tp, fp, fn) of one page and its true negatives (snippet datasets only)."""
    if page.body is not None:
        return shingle_counts(page.body, output), 0
    tp, fp, fn, tn = snippet_counts(output, list(page.with_), list(page.without))
    return (tp, fp, fn), tn


def evaluate(evaldata: Path, limit: int | None = None, datasets: tuple[str, ...] = tuple(DATASETS),
             systems: tuple[str, ...] = SYSTEMS) -> list[Score]:
    """Extraction scores per dataset, system and language (plus "all"); ``limit`` pages per dataset."""
    import logging

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    tallies: dict[tuple[str, str, str], _Tally] = {}
    for name in datasets:
        if not (evaldata / name).is_dir():
            continue
        for n, page in enumerate(DATASETS[name](evaldata)):
            if limit is not None and n >= limit:
                break
            for system in systems:
                try:
                    output, failed = EXTRACTORS[system](page), 0
                except Exception:  # noqa: BLE001 - a crash is scored as an empty output, like upstream
                    output, failed = "", 1
                (tp, fp, fn), tn = score_page(page, output)
                for language in (page.language, ALL_LANGUAGES):
                    key = (f"{name}:{system}", language, "shingles" if page.body is not None else "snippets")
                    tally = tallies.setdefault(key, _Tally(Score("extraction", key[0], language)))
                    tally.score.tp += tp
                    tally.score.fp += fp
                    tally.score.fn += fn
                    tally.zyte.add(tp, fp, fn)
                    tally.tn += tn
                    tally.pages += 1
                    tally.failed += failed
    languages: dict[str, set[str]] = {}
    for dataset, language, _ in tallies:
        languages.setdefault(dataset, set()).add(language)
    scores = []
    for (dataset, language, metric), tally in tallies.items():
        if language == ALL_LANGUAGES and len(languages[dataset]) == 2:
            continue  # one language: its "all" row would repeat it
        extra: dict = {"metric": metric, "pages": tally.pages}
        if tally.failed:
            extra["crashed"] = tally.failed
        if metric == "shingles":
            extra["zyte_mean"] = tally.zyte.result()
        else:
            s = tally.score
            total = s.tp + s.fp + s.fn + tally.tn
            extra["accuracy"] = round((s.tp + tally.tn) / total, 4) if total else 0.0
        tally.score.extra = extra
        scores.append(tally.score)
    scores.sort(key=lambda s: (s.dataset.split(":")[0], s.language == ALL_LANGUAGES, s.language,
                               s.dataset))
    return scores
