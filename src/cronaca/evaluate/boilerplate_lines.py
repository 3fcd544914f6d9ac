"""Boilerplate removal inside plain text, scored line by line on real pages.

    PYTHONPATH=src python -m cronaca.evaluate.boilerplate_lines [--evaldata DIR] [--split dev|test|all]
        [--cache FILE] [--show removed-body|kept-boilerplate|glue] [--language xx]
    cronaca eval --stage boilerplate      (the same scores, dev and test, inside the full evaluation)

Why: plain-text input (feeds, content farms, copied pages) carries what an extractor let through:
captions, credits, "read more" lines, share prompts, teasers of other stories, bylines. Real pages
whose article body is known give that material with honest labels. A lenient extraction
(trafilatura with ``favor_recall``) of each page is the plain text; each of its lines is labelled
against the page's known body (read from evaldata, never copied into the repository):
- ``fundus`` and ``scrapinghub-aeb`` (the full expected body): a line whose word trigrams are
  mostly in the body is article text, one whose trigrams are mostly not is boilerplate, a line in
  between is left out; a line of one or two words is article text when it is a whole paragraph of
  the body (a subhead), boilerplate when its words do not occur in the body at all;
- ``trafilatura-eval`` (snippets): a line inside a must-not-contain snippet is boilerplate, one
  inside a must-contain snippet is article text, any other line is left out.
cronaca's boilerplate pass (clean/boilerplate.py) runs on the text with the page's language; a line
counts as removed when removals cover most of it. Per language: precision (removed lines that were
boilerplate), recall (boilerplate lines removed); precision matters more, since a removed article
sentence is lost evidence. The glue pass (clean/glue.py) runs on the same text: its edits inside
article lines of published pages are almost all false splits, reported as ``glue_edits`` per
10,000 article words.
Pages fall into ``dev`` or ``test`` by a hash of their site (one publisher's template never sits on
both sides): tune on dev, report test. The page of a held-out gold article always falls into
``test``, so that nobody tunes on it here (tests/gold/README.md). Only languages with a
``boilerplate.tsv`` are scored.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import logging
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from cronaca.evaluate.extraction import Page, fundus_pages, scrapinghub_pages, trafilatura_pages
from cronaca.evaluate.metrics import Score

STAGES = ("boilerplate",)  # what `cronaca eval --stage boilerplate` selects
DATASETS = {"fundus": fundus_pages, "scrapinghub-aeb": scrapinghub_pages,
            "trafilatura-eval": trafilatura_pages}
SPLITS = ("dev", "test")
BODY_SHARE = 0.8         # share of a line's trigrams found in the body: article text
BOILERPLATE_SHARE = 0.2  # ... at most this share: boilerplate
REMOVED_SHARE = 0.5      # a line counts as removed when removals cover this share of it
MIN_SNIPPET_LINE = 12    # characters: a shorter line inside a snippet says too little
_TOKEN = re.compile(r"\w+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', " ": " "})
_SPACES = re.compile(r"\s+")
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>|<h1[^>]*>(.*?)</h1>"
                    r"|<meta[^>]+property=[\"']og:title[\"'][^>]+content=[\"']([^\"']*)",
                    re.IGNORECASE | re.DOTALL)

Label = str  # "body" | "boilerplate"


def split_of(page: Page) -> str:
    """dev or test, by a hash of the page's site (publisher for fundus)."""
    site = urlsplit(page.url or "").netloc.lower().removeprefix("www.") or page.key
    return SPLITS[hashlib.sha1(site.encode("utf-8")).digest()[0] % 2]


def scored_languages() -> frozenset[str]:
    """Languages whose folder provides boilerplate cues: the only ones the pass can act on."""
    lang_dir = Path(__file__).resolve().parents[1] / "lang"
    return frozenset(p.parent.name for p in lang_dir.glob("*/boilerplate.tsv")
                     if not p.parent.name.startswith("_"))


def lenient_text(page: Page) -> str:
    """The page as plain text with the boilerplate a recall-minded extractor keeps."""
    import trafilatura

    return trafilatura.extract(page.html, url=page.url, favor_recall=True, include_comments=False,
                               include_tables=False) or ""


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower().translate(_QUOTES))


def _normal(text: str) -> str:
    return _SPACES.sub(" ", text.lower().translate(_QUOTES)).strip()


@dataclass
class BodyIndex:
    """The expected body as word trigrams, paragraphs and one token string, for line labels."""
    trigrams: frozenset[tuple[str, ...]]
    paragraphs: frozenset[str]
    joined: str

    @classmethod
    def of(cls, body: str) -> "BodyIndex":
        tokens = _tokens(body)
        paragraphs = frozenset(" ".join(_tokens(p)) for p in body.splitlines() if p.strip())
        return cls(frozenset(zip(tokens, tokens[1:], tokens[2:])), paragraphs,
                   " " + " ".join(tokens) + " ")


def label_by_body(line: str, body: BodyIndex) -> Label | None:
    tokens = _tokens(line)
    if not tokens:
        return None
    if len(tokens) < 3:
        joined = " ".join(tokens)
        if joined in body.paragraphs:
            return "body"
        return None if f" {joined} " in body.joined else "boilerplate"
    grams = list(zip(tokens, tokens[1:], tokens[2:]))
    share = sum(1 for g in grams if g in body.trigrams) / len(grams)
    if share >= BODY_SHARE:
        return "body"
    return "boilerplate" if share <= BOILERPLATE_SHARE else None


def label_by_snippets(line: str, with_: list[str], without: list[str]) -> Label | None:
    text = _normal(line)
    if len(text) < MIN_SNIPPET_LINE:
        return None
    bad = any(text in s or (len(s) >= MIN_SNIPPET_LINE and s in text) for s in without)
    good = any(text in s or (len(s) >= MIN_SNIPPET_LINE and s in text) for s in with_)
    if bad == good:
        return None
    return "boilerplate" if bad else "body"


def page_titles(html: bytes) -> str:
    """The page's <title>, og:title and <h1> texts as one token string: a line that repeats the
    headline is neither body (the expected bodies leave the headline out) nor boilerplate."""
    head = html[:400_000].decode("utf-8", "replace")
    found = [next(g for g in m.groups() if g is not None) for m in _TITLE.finditer(head)]
    return " " + " | ".join(" ".join(_tokens(re.sub(r"<[^>]+>", " ", t))) for t in found) + " "


def labelled_lines(page: Page, text: str) -> list[tuple[int, int, Label]]:
    """(start, end, label) of each line of ``text`` that can be labelled (not the headline)."""
    titles = page_titles(page.html)
    if page.body is not None:
        index = BodyIndex.of(page.body)
        label = lambda line: label_by_body(line, index)  # noqa: E731
    else:
        with_ = [_normal(s) for s in page.with_]
        without = [_normal(s) for s in page.without]
        label = lambda line: label_by_snippets(line, with_, without)  # noqa: E731
    out = []
    for m in re.finditer(r"[^\n]+", text):
        if f" {' '.join(_tokens(m.group(0)))} " in titles:
            continue
        found = label(m.group(0))
        if found is not None:
            out.append((m.start(), m.end(), found))
    return out


@dataclass
class Tally:
    tp: int = 0  # boilerplate removed
    fp: int = 0  # article line removed
    fn: int = 0  # boilerplate kept
    tn: int = 0  # article line kept
    pages: int = 0
    body_words: int = 0
    glue_edits: int = 0
    examples: dict[str, list[str]] = field(default_factory=dict)

    def score(self, dataset: str, language: str) -> Score:
        extra = {"pages": self.pages, "lines": self.tp + self.fp + self.fn + self.tn,
                 "boilerplate_lines": self.tp + self.fn, "body_lines_removed": self.fp,
                 "glue_edits": self.glue_edits,
                 "glue_per_10k_words": round(10_000 * self.glue_edits / max(1, self.body_words), 2)}
        return Score("boilerplate", dataset, language, self.tp, self.fp, self.fn, extra)


def score_text(page: Page, text: str, tally: Tally, keep_examples: bool = False) -> None:
    """Run the boilerplate and glue passes on one page's text and count its labelled lines."""
    from cronaca.clean import boilerplate, glue

    lang = page.language
    removed = [(e.start, e.end) for e in boilerplate.propose(text, lang) if e.kind == "removed"]
    glued = [e for e in glue.propose(text, lang)]
    tally.pages += 1
    for start, end, label in labelled_lines(page, text):
        line = text[start:end]
        width = len(line.strip()) or 1
        covered = sum(max(0, min(end, e) - max(start, s)) for s, e in removed)
        gone = covered >= REMOVED_SHARE * width
        if label == "body":
            tally.body_words += len(line.split())
            hits = [g for g in glued if start <= g.start < end]
            tally.glue_edits += len(hits)
            if keep_examples:
                for g in hits:
                    tally.examples.setdefault("glue", []).append(
                        f"{page.key}: …{text[max(start, g.start - 40):g.end + 40]}…  -> {g.replacement!r}")
        outcome = ("tp" if gone else "fn") if label == "boilerplate" else ("fp" if gone else "tn")
        setattr(tally, outcome, getattr(tally, outcome) + 1)
        if keep_examples and outcome in ("fp", "fn"):
            name = "removed-body" if outcome == "fp" else "kept-boilerplate"
            tally.examples.setdefault(name, []).append(f"{page.key}: {line[:200]}")


def pages(evaldata: Path, limit: int | None = None) -> Iterator[Page]:
    languages = scored_languages()
    for name, reader in DATASETS.items():
        if not (evaldata / name).is_dir():
            continue
        n = 0
        for page in reader(evaldata):
            if page.language not in languages:
                continue
            if limit is not None and n >= limit:
                break
            n += 1
            yield page


def page_texts(evaldata: Path, limit: int | None = None,
               cache: Path | None = None) -> Iterator[tuple[Page, str]]:
    """Each page with its lenient text; ``cache`` (a JSON file outside the repository) keeps the
    texts between runs, since the extraction takes most of the time."""
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    stored: dict[str, str] = {}
    if cache is not None and cache.is_file():
        stored = json.loads(cache.read_text(encoding="utf-8"))
    changed = False
    for page in pages(evaldata, limit):
        key = f"{page.dataset}/{page.key}"
        if key not in stored:
            stored[key] = lenient_text(page)
            changed = True
        yield page, stored[key]
    if cache is not None and changed:
        cache.write_text(json.dumps(stored, ensure_ascii=False), encoding="utf-8")


GOLD_SHINGLE = 80  # characters of a page's text found in a held-out gold article: its page
GOLD_STEP = 40


def heldout_gold(gold_dir: Path) -> tuple[frozenset[str], str]:
    """Normalised URLs and flattened texts of the held-out gold articles, whose pages must never
    be tuned on (tests/gold/README.md)."""
    urls: set[str] = set()
    texts: list[str] = []
    for path in sorted(gold_dir.glob("*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        if article.get("split") != "heldout":
            continue
        source = article.get("source")
        url = source.get("url") if isinstance(source, dict) else source
        if url:
            urls.add(_bare_url(str(url)))
        texts.append(" ".join(article["text"].split()))
    return frozenset(urls), "\n".join(texts)


def _bare_url(url: str) -> str:
    return re.sub(r"^https?://(www\.)?", "", url.strip()).split("?")[0].rstrip("/")


def is_heldout_page(page: Page, text: str, gold: tuple[frozenset[str], str]) -> bool:
    urls, gold_text = gold
    if page.url and _bare_url(page.url) in urls:
        return True
    flat = " ".join(text.split())
    return any(flat[i:i + GOLD_SHINGLE] in gold_text
               for i in range(0, max(1, len(flat) - GOLD_SHINGLE), GOLD_STEP))


def tallies(evaldata: Path, limit: int | None = None, cache: Path | None = None,
            keep_examples: bool = False) -> dict[tuple[str, str], Tally]:
    """Counts per (split, language), plus "all" languages per split. Examples are kept from
    ``dev`` pages only; the page of a held-out gold article is a ``test`` page."""
    out: dict[tuple[str, str], Tally] = {}
    gold = heldout_gold(Path(__file__).resolve().parents[3] / "tests" / "gold" / "articles")
    for page, text in page_texts(evaldata, limit, cache):
        split = "test" if is_heldout_page(page, text, gold) else split_of(page)
        tally = out.setdefault((split, page.language), Tally())
        score_text(page, text, tally, keep_examples and split == "dev")
    for split in SPLITS:
        total = Tally()
        for (s, _lang), t in out.items():
            if s == split:
                for name in ("tp", "fp", "fn", "tn", "pages", "body_words", "glue_edits"):
                    setattr(total, name, getattr(total, name) + getattr(t, name))
        if total.pages:
            out[(split, "all")] = total
    return out


def evaluate(evaldata: Path, limit: int | None = None) -> list[Score]:
    """The runner's entry: line scores per split and language."""
    found = tallies(evaldata, limit)
    return [found[key].score(f"boilerplate-lines/{key[0]}", key[1])
            for key in sorted(found, key=lambda k: (k[0], k[1] == "all", k[1]))]


def main(argv: list[str] | None = None) -> int:
    from cronaca.evaluate.runner import find_evaldata

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--evaldata", type=Path)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    parser.add_argument("--cache", type=Path, help="JSON file (outside the repo) for extracted texts")
    parser.add_argument("--show", choices=("removed-body", "kept-boilerplate", "glue"),
                        help="print dev-split examples (never test)")
    parser.add_argument("--language")
    args = parser.parse_args(argv)
    root, tried = find_evaldata(args.evaldata)
    if root is None:
        print(f"evaldata not found (tried {', '.join(map(str, tried))}); pass --evaldata "
              f"or set CRONACA_EVALDATA", file=sys.stderr)
        return 2
    found = tallies(root, args.limit, args.cache, keep_examples=bool(args.show))
    for (split, lang), t in sorted(found.items(), key=lambda kv: (kv[0][0], kv[0][1] == "all", kv[0][1])):
        if args.split != "all" and split != args.split:
            continue
        s = t.score(split, lang)
        print(f"{split:<5} {lang:<4} P {s.precision:.3f}  R {s.recall:.3f}  tp {t.tp:>4} fp {t.fp:>3} "
              f"fn {t.fn:>5} tn {t.tn:>6}  pages {t.pages:>4}  glue {t.glue_edits} "
              f"({s.extra['glue_per_10k_words']}/10k words)")
        if args.show and split == "dev" and (args.language in (None, lang)) and lang != "all":
            for example in t.examples.get(args.show, []):
                print("   ", example)
    return 0


if __name__ == "__main__":
    sys.exit(main())
