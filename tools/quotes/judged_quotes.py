"""Re-score the judged untuned-text quote benchmark: quotations read by eye on pages nobody tuned on.

    CRONACA_EVALDATA=/work/shared/evaldata PYTHONPATH=src python tools/quotes/judged_quotes.py \
        tools/quotes/judged/de_fundus_2026-11-30.tsv [--show]
    ... judged_quotes.py --sheet OUT.tsv --lang de --source fundus --pages 36   # a judging sheet

Why: held-out German quote span recall is 0.64 against 0.86 on dev, and probe sentences per
construction are mostly read right, so recall is measured on real untuned pages instead: every
quotation or report a news analyst would want, found or not, is one row, and re-scoring after a
change says which classes it gained or lost.

The TSV (``#`` lines are comments; the first one holds the ``untuned_marked.py`` options the pages came
from: ``# options: --lang de --source fundus``) has the columns

    url      the page (``tools/events/untuned_sample.py`` order and filters)
    anchor   the first words of the quoted or reported content, as they stand in the cleaned text
             (the row's identity; several rows of one page need different anchors)
    class    the construction (direct-after, direct-colon, indirect-dass, indirect-comma, reportive,
             reportive-chain, preposed, laut, wie-clause, heisst-es, ...)
    speaker  who says it, as a name or part of one the speaker should hold (``-``: nobody named)
    judged   y when the pipeline found it when judged, n when it missed it, x when what it found there
             is not a quotation (a false quote, kept to count precision)
    note     free text

Scoring: a row is found when a quote overlaps the anchor (quotes overlapping no row are counted as new,
and printed with ``--show``, to be judged and appended); its speaker is right when the speaker
entity's name or the speaker text holds the ``speaker`` column (accents and case ignored), none when
the quote has no speaker, other otherwise. Printed: recall by class now and when judged, and the
speaker verdicts of the found rows.
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import shlex
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("untuned_marked", _HERE / "untuned_marked.py")
marked = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(marked)  # type: ignore[union-attr]

COLUMNS = ["url", "anchor", "class", "speaker", "judged", "note"]


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))


def read_judged(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    options = shlex.split(lines[0].split(":", 1)[1]) if lines and lines[0].startswith("# options:") else []
    body = [ln for ln in lines if ln.strip() and not ln.startswith("#")]
    return options, list(csv.DictReader(body, delimiter="\t", quoting=csv.QUOTE_NONE))


def verdict(doc, names: dict[str, str], row: dict[str, str]) -> tuple[str, str]:
    """(found y/n/?, speaker right/none/other/-) of one row on the processed page."""
    at = doc.text.find(row["anchor"])
    if at < 0:
        return "?", "-"
    end = at + len(row["anchor"])
    hits = [q for q in doc.quotes if q.start < end and q.end > at]
    if not hits:
        return "n", "-"
    q = min(hits, key=lambda x: abs(x.start - at))
    if not q.speaker and not q.speaker_text:
        return "y", "none"
    said = fold(" ".join(x for x in (names.get(q.speaker or "", ""), q.speaker_text or "") if x))
    want = row["speaker"].strip()
    if want in ("", "-"):
        return "y", "-"
    return "y", "right" if fold(want) in said else "other"


def score(path: Path, show: bool) -> None:
    options, rows = read_judged(path)
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", default="de")
    ap.add_argument("--source", default="fundus")
    a, _ = ap.parse_known_args(options)
    urls = {r["url"] for r in rows}
    docs = {url: doc for url, doc in marked.pages(a.lang, a.source) if url in urls}
    by_class: dict[str, Counter] = defaultdict(Counter)
    speakers: Counter = Counter()
    for row in rows:
        doc = docs.get(row["url"])
        found, sp = verdict(doc, {e.id: e.name for e in doc.entities}, row) if doc else ("?", "-")
        if row["judged"] == "x":
            by_class["(false quote)"]["still" if found == "y" else "gone"] += 1
            continue
        c = by_class[row["class"]]
        c["all"] += 1
        c["was"] += row["judged"] == "y"
        c["now"] += found == "y"
        c["lost" if row["judged"] == "y" and found != "y" else "gained" if found == "y" and row["judged"] == "n"
          else "same"] += 1
        if found == "y":
            speakers[sp] += 1
        if show and (found != "y" or sp in ("other", "none")) or found == "?":
            print(f"{found}{'' if sp == '-' else ' ' + sp}\t{row['class']}\t{row['speaker']}\t{row['anchor']}")
    new = []
    for url, doc in docs.items():
        spans = [(doc.text.find(r["anchor"]), len(r["anchor"])) for r in rows if r["url"] == url]
        for q in doc.quotes:
            if not any(0 <= at < q.end and at + n > q.start for at, n in spans):
                new.append((url, q))
    if show:
        for url, q in new:
            names = {e.id: e.name for e in docs[url].entities}
            print(f"new\t{q.rule.split('|')[0]}\t{names.get(q.speaker or '', q.speaker_text)}\t{q.text[:90]}")
    total = Counter()
    print(f"{'class':24} {'rows':>5} {'judged':>7} {'now':>5}  gained lost")
    for cls in sorted(by_class, key=lambda k: -by_class[k]["all"]):
        c = by_class[cls]
        if cls == "(false quote)":
            print(f"{cls:24} still found {c['still']}, gone {c['gone']}")
            continue
        total.update(c)
        print(f"{cls:24} {c['all']:5} {c['was']:7} {c['now']:5}  {c['gained']:6} {c['lost']:4}")
    n = total["all"] or 1
    print(f"{'all':24} {total['all']:5} {total['was']:7} {total['now']:5}  recall judged {total['was'] / n:.3f} "
          f"now {total['now'] / n:.3f}")
    judged_sp = speakers["right"] + speakers["other"] + speakers["none"]
    if judged_sp:
        print(f"speakers of found rows: right {speakers['right']}, other {speakers['other']}, none "
              f"{speakers['none']} (precision {speakers['right'] / judged_sp:.3f})")
    print(f"quotes on the judged pages matching no row (new, to judge and append): {len(new)}")


def sheet(out: Path, lang: str, source: str, skip: int, pages: int) -> None:
    """Rows for every quote the pipeline finds now, judged y with its speaker, to be checked by eye
    and completed with the quotations it misses (judged n)."""
    with out.open("w", encoding="utf-8") as f:
        f.write(f"# options: --lang {lang} --source {source}\n")
        f.write("\t".join(COLUMNS) + "\n")
        for n, (url, doc) in enumerate(marked.pages(lang, source)):
            if n < skip:
                continue
            if n >= skip + pages:
                break
            names = {e.id: e.name for e in doc.entities}
            for q in doc.quotes:
                anchor = doc.text[q.start:min(q.end, q.start + 40)].split("\n")[0].replace("\t", " ")
                speaker = names.get(q.speaker or "", "") or q.speaker_text or "-"
                f.write("\t".join([url, anchor,
                                   q.rule.split("|")[0], speaker, "y", ""]) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("judged", nargs="?")
    ap.add_argument("--show", action="store_true", help="print missed rows and wrong speakers")
    ap.add_argument("--sheet", help="write a judging sheet of the quotes found now")
    ap.add_argument("--lang", default="de")
    ap.add_argument("--source", default="fundus", choices=["fundus", "trafilatura"])
    ap.add_argument("--skip", type=int, default=0)
    ap.add_argument("--pages", type=int, default=20)
    args = ap.parse_args()
    if args.sheet:
        sheet(Path(args.sheet), args.lang, args.source, args.skip, args.pages)
    else:
        score(Path(args.judged), args.show)


if __name__ == "__main__":
    main()
