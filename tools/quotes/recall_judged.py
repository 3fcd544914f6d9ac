"""Quote RECALL on Italian, French, German and Spanish news nobody tuned on: every quote an annotator would mark, judged by eye.

    CRONACA_EVALDATA=/work/shared/evaldata PYTHONPATH=src python tools/quotes/recall_judged.py \
        read OUT_DIR --set A [--langs it,fr]            # the set's cleaned texts to read (kept outside the repo)
    ... recall_judged.py anchor NOTES.tsv SHEET.tsv      # notes (quote by its first/last words) -> sheet rows
    ... recall_judged.py score tools/quotes/judged/recall_it_fr_2026-12-01.tsv [--show] [--by-class]
        (set A; tools/quotes/judged/recall_it_fr_setB_2026-12-01.tsv is set B, recall_it_setC_2026-12-02.tsv set C)

Why: the precision sheets (``untuned_quotes_judged.py``) judge only quotes the pipeline emits, so a
quote it never finds, or finds without a speaker, is invisible there; held-out Italian finds 33 of 50
gold quotes as spans. Here a person reads whole pages and writes down every quote (direct and
indirect, tests/gold/GUIDELINES.md section 3) with its speaker and the construction that carries it;
``score`` re-runs the pipeline and says, per quote, found with the right speaker, found with another,
found with none, or not found; quotes emitted on those pages that match no annotated quote are
counted as extra (the pages are annotated completely, so they are false positives or annotation
misses).

Pages (never copied, read from ../shared/evaldata or $CRONACA_EVALDATA): KIND Italian Wikinews chunks
and DICE Italian news (as in ``untuned_quotes_judged.py``), trafilatura-eval Italian and French pages,
fundus French bodies, HIPE French historical newspapers; gold pages left out by URL and text, and every
page already on a sheet under tools/quotes/judged/ left out too (earlier helpers read those). ``--set``
splits the rest by a hash of the key: A is read while writing rules, B only to check them.

Notes (the annotator's file, outside the repository; ``#`` lines are comments), tab-separated:

    page      the page key
    quote     the quote's first words ``...`` its last words (exact text of the cleaned page); a bare
              phrase is the whole quote; ``@N`` before it starts the search at offset N
    speaker   the speaker as the text names or resolves it (``A|B``: either form), ``-`` when none is named
    direct    d (inside quotation marks) or i (reported speech)
    class     the construction that carries the attribution (see the sheet's comments)
    note      free text

The sheet stores page#start#end, a 6-character hash of the quote's words (to notice when cleaning
moved the offsets), the speaker, direct, class and note: no article text.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import importlib.util
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
COLUMNS = ["key", "lang", "check", "speaker", "direct", "class", "note"]
SETS_FILE = HERE / "recall_sets.tsv"


@dataclass(frozen=True)
class SetSource:
    """How many pages a recall set takes from one source, from which hash half, skipping which sheets."""
    pages: int
    half: str  # "A", "B" or "any"
    skip: str  # "sheeted" or "recall-sheeted"


def load_sets(path: Path = SETS_FILE) -> dict[str, dict[str, SetSource]]:
    """recall_sets.tsv: a new set is a few rows there, not a new branch here."""
    sets: dict[str, dict[str, SetSource]] = {}
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t"):
        sets.setdefault(row["set"], {})[row["source"]] = SetSource(int(row["pages"]), row["half"], row["skip"])
    return sets


SETS = load_sets()
LANGS = {"it", "fr", "de", "es"}


#: pages with at least MIN_SPEECHY quotation marks or common speech words (the annotator's filter, so that
#: reading time goes to pages with quotes; many DICE and KIND pages have none)
_SPEECHY = re.compile(r"[«“„\"]|\b(?:secondo|selon|ha (?:detto|dichiarato|spiegato|affermato|aggiunto|sottolineato)"
                      r"|a (?:déclaré|dit|affirmé|expliqué|ajouté|indiqué)|dit-il|affirme"
                      r"|sagte|erklärte|laut|sagt|betonte|habe|según|afirmó|aseguró|dijo|explicó|señaló)\b")
MIN_SPEECHY = 3


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


judged = _load("untuned_quotes_judged", HERE / "untuned_quotes_judged.py")
sample = judged.sample


def set_of(key: str) -> str:
    """'A' or 'B', a stable split of pages independent of their order and of the precision sheets' parts."""
    return "AB"[hashlib.sha1(("recall:" + key).encode()).digest()[0] % 2]


def _sheeted(recall_only: bool = False) -> set[str]:
    """Pages on any judged sheet, this tool's own included: earlier helpers read them (score names its
    pages itself, so a sheet's own pages stay readable); ``recall_only``: pages on recall sheets only."""
    keys = set()
    for path in (HERE / "judged").glob("recall_*.tsv" if recall_only else "*.tsv"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith(("#", "key\t")):
                keys.add(line.split("\t", 1)[0].rsplit("#", 2)[0])
    return keys


def _sources(langs: set[str]) -> list[tuple[str, Iterator]]:
    out = []
    if "it" in langs:
        out += [("kind", judged._kind_pages()), ("dice", judged._dice_pages(400)),
                ("traf-it", sample._trafilatura({"it"}))]
    if "fr" in langs:
        out += [("traf-fr", sample._trafilatura({"fr"})), ("fundus", sample._fundus({"fr"})), ("hipe", sample._hipe(400))]
    if "de" in langs:
        out += [("traf-de", sample._trafilatura({"de"})), ("fundus-de", sample._fundus({"de"})),
                ("hipe-de", sample._hipe_de(200))]
    if "es" in langs:
        out += [("traf-es", sample._trafilatura({"es"})), ("fundus-es", sample._fundus({"es"}))]
    return out


def _process(key: str, lang: str, content: str, is_html: bool):
    from cronaca.run.local import document_from_string, run_one
    doc = document_from_string(content, key + (".html" if is_html else ".txt"))
    if not is_html:
        doc.language = lang
    return run_one(doc)


def pages(which: str, langs: set[str], only: set[str] | None = None) -> Iterator[tuple[str, object]]:
    """(key, processed document): the set's pages in a fixed order, or exactly the pages ``only``."""
    urls, shingles = sample._gold()
    skip = _sheeted() if only is None else set()
    recall_skip = _sheeted(recall_only=True) if only is None else set()
    for name, source in _sources(langs):
        taken = 0
        rule = SETS.get(which, {}).get(name, SetSource(0, "any", "sheeted"))
        skipped = recall_skip if rule.skip == "recall-sheeted" else skip
        for key, lang, content, is_html in source:
            if only is not None and key not in only:
                continue
            if only is None and (taken >= rule.pages or rule.half not in ("any", set_of(key)) or key in skipped):
                continue
            if sample._norm_url(key) in urls or lang not in langs:
                continue
            try:
                r = _process(key, lang, content, is_html)
            except Exception:  # noqa: BLE001 - an unreadable page says nothing about quotes
                continue
            if not hasattr(r, "quotes") or r.language not in langs or sample._overlaps(r.text, shingles):
                continue
            if only is None and (not 600 <= len(r.text) <= 9000 or len(_SPEECHY.findall(r.text)) < MIN_SPEECHY):
                continue
            taken += 1
            yield key, r


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def check(text: str) -> str:
    return hashlib.sha1(" ".join(_fold(text).split()).encode()).hexdigest()[:6]


def _read(args: argparse.Namespace) -> None:
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    n = 0
    for key, r in pages(args.set, set(args.langs.split(","))):
        n += 1
        name = re.sub(r"\W+", "_", key)[-80:]
        (out / f"{n:02d}_{name}.txt").write_text(f"{key}\t{r.language}\n\n{r.text}\n", encoding="utf-8")
        names = {x.id: x.name for x in r.entities}
        rows = [f"{q.start}\t{q.end}\t{names.get(q.speaker, '') if q.speaker else ''}\t{q.speaker_text or ''}\t"
                f"{'d' if q.direct else 'i'}\t{q.rule}\t{q.text[:160]!r}" for q in r.quotes]
        (out / f"{n:02d}_{name}.emitted").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{n} pages -> {out}")


def _anchor(args: argparse.Namespace) -> None:
    notes = [ln.split("\t") for ln in Path(args.notes).read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    texts = {key: r for key, r in pages("A", LANGS, {n[0] for n in notes})}
    rows, bad = [], 0
    for n in notes:
        n += [""] * (6 - len(n))
        key, quote, speaker, direct, cls, note = n[:6]
        r = texts.get(key)
        if r is None:
            print(f"no page {key}", file=sys.stderr)
            bad += 1
            continue
        at = 0
        m = re.match(r"@(\d+)\s*", quote)
        if m:
            at, quote = int(m.group(1)), quote[m.end():]
        first, _, last = quote.partition(" ... ")
        start = r.text.find(first, at)
        end = r.text.find(last, start) + len(last) if last and start >= 0 else start + len(first)
        if start < 0 or (last and r.text.find(last, start) < 0):
            print(f"not found in {key}: {quote!r}", file=sys.stderr)
            bad += 1
            continue
        rows.append({"key": f"{key}#{start}#{end}", "lang": r.language, "check": check(r.text[start:end]),
                     "speaker": speaker, "direct": direct, "class": cls, "note": note})
    with open(args.sheet, "a", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, COLUMNS, delimiter="\t", lineterminator="\n")
        if f.tell() == 0:
            w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} rows -> {args.sheet}; {bad} not placed")


def read_sheet(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def same_speaker(truth: str, name: str) -> bool:
    """The emitted name is the annotated speaker: equal, or the annotated form's last word (a surname,
    the head of an organisation's name) is a word of the emitted name, accents and case aside."""
    words = set(re.findall(r"\w+", _fold(name)))
    for form in truth.split("|"):
        form = _fold(form.strip())
        tail = re.findall(r"\w+", form)
        if form == _fold(name) or (tail and tail[-1] in words):
            return True
    return False


def outcome(row: dict[str, str], emitted: list, names: dict[str, str], taken: set[int],
            placed: bool = False) -> tuple[str, object | None]:
    """'right', 'other', 'unlinked' (only the speaker phrase is right, no entity), 'none' or 'missed', and
    the emitted quote that matched: the gold scorer's word overlap, each emitted quote matched once, the
    one sharing most characters of the page first (a headline's words repeated in the body go to the
    right copy), then the best-attributed one; with ``placed`` only quotes sharing characters with it
    (a first pass over all rows, so that a short row's common words do not take a long quote that is
    another row's)."""
    from cronaca.evaluate.article_scores import QUOTE_OVERLAP
    from cronaca.evaluate.matching import overlap_of_shorter
    _, start, end = (int(x) if x.isdigit() else x for x in row["key"].rsplit("#", 2))
    scored = [(min(end, q.end) - max(start, q.start), overlap_of_shorter(row["_text"], q.text), q)
              for q in emitted if id(q) not in taken]
    found = [q for shared, o, q in sorted(scored, key=lambda x: (-x[0], -x[1]))
             if o >= QUOTE_OVERLAP and (shared > 0 or not placed)]
    if not found:
        return "missed", None
    truth = row["speaker"]
    best = None
    for q in found:
        name = names.get(q.speaker, "") if q.speaker else ""
        if (truth == "-" and not name) or (truth != "-" and name and same_speaker(truth, name)):
            return "right", q
        if truth != "-" and not name and q.speaker_text and same_speaker(truth, q.speaker_text):
            best = best or ("unlinked", q)
    if best:
        return best
    q = found[0]
    return ("none" if not q.speaker else "other"), q


def _score(args: argparse.Namespace) -> None:
    rows = read_sheet(args.sheet)
    only = {r["key"].rsplit("#", 2)[0] for r in rows}
    docs = dict(pages("A", LANGS, only))
    results, moved = [], 0
    used: dict[str, set[int]] = {}
    kept = []
    for r in rows:
        page, start, end = r["key"].rsplit("#", 2)
        doc = docs.get(page)
        if doc is None:
            print(f"page gone: {page}", file=sys.stderr)
            continue
        r["_text"] = doc.text[int(start):int(end)]
        if check(r["_text"]) != r["check"]:
            moved += 1
        kept.append((r, page, doc))
    verdicts: dict[int, tuple[str, object | None]] = {}
    for placed in (True, False):
        for k, (r, page, doc) in enumerate(kept):
            if k in verdicts and verdicts[k][0] != "missed":
                continue
            verdict, q = outcome(r, doc.quotes, {x.id: x.name for x in doc.entities}, used.get(page, set()), placed)
            verdicts[k] = (verdict, q)
            if q is not None:
                used.setdefault(page, set()).add(id(q))
    for k, (r, page, doc) in enumerate(kept):
        results.append((r, *verdicts[k], {x.id: x.name for x in doc.entities}))
    extra = [(page, q) for page, doc in docs.items() for q in doc.quotes if id(q) not in used.get(page, set())]
    total = Counter(v for _, v, _, _ in results)
    n = len(results)

    def line(c: Counter, k: int) -> str:
        found = k - c["missed"]
        return (f"{k} quotes: found {found} ({found / max(1, k):.3f}), right speaker {c['right']} "
                f"({c['right'] / max(1, k):.3f}); none {c['none']}, other {c['other']}, unlinked {c['unlinked']}, "
                f"missed {c['missed']}")

    print(f"all {line(total, n)}; extra emitted {len(extra)}" + (f"; {moved} offsets moved (re-anchor)" if moved else ""))
    for lang in sorted({r['lang'] for r, *_ in results}):
        sub = [v for r, v, _, _ in results if r["lang"] == lang]
        print(f"  {lang}: {line(Counter(sub), len(sub))}")
    for d in ("d", "i"):
        sub = [v for r, v, _, _ in results if r["direct"] == d]
        print(f"  {'direct' if d == 'd' else 'indirect'}: {line(Counter(sub), len(sub))}")
    if args.by_class:
        by: dict[str, Counter] = {}
        for r, v, _, _ in results:
            by.setdefault(r["class"], Counter())[v] += 1
        print("class: right / none / other / unlinked / missed")
        for cls, c in sorted(by.items(), key=lambda kv: -(sum(kv[1].values()) - kv[1]["right"])):
            print(f"  {cls:28s} {c['right']:3d} {c['none']:3d} {c['other']:3d} {c['unlinked']:3d} {c['missed']:3d}")
    if args.show:
        for r, v, q, names in results:
            if v != "right":
                got = "" if q is None else f" got {names.get(q.speaker, '') if q.speaker else ''!r}/{q.speaker_text!r} [{q.rule}]"
                print(f"{v:8s} {r['class']:22s} {r['key']} truth {r['speaker']!r}{got}\n    {r['_text'][:200]!r}")
        for page, q in extra:
            print(f"extra    {page}#{q.start}#{q.end} {q.speaker_text!r} [{q.rule}] {q.text[:150]!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("read")
    s.add_argument("out")
    s.add_argument("--set", choices=sorted(SETS), required=True)
    s.add_argument("--langs", default="it,fr")
    a = sub.add_parser("anchor")
    a.add_argument("notes")
    a.add_argument("sheet")
    c = sub.add_parser("score")
    c.add_argument("sheet", type=Path)
    c.add_argument("--show", action="store_true")
    c.add_argument("--by-class", action="store_true")
    args = ap.parse_args()
    if not sample.EVAL.exists():
        sys.exit(f"evaldata not found at {sample.EVAL} (set CRONACA_EVALDATA)")
    {"read": _read, "anchor": _anchor, "score": _score}[args.cmd](args)


if __name__ == "__main__":
    main()
