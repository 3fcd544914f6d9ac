"""Score the spinner on text the evaluation never spins (untuned): DICE crime news outside the
30 adjudicated articles (Italian) and the Debian Reference chapters (it, fr, es, de: clean
technical text full of English terms). Same spinner and scorer as cronaca.evaluate.spinner;
report the aggregates, do not study the errors (that would make the text tuned).

    PYTHONPATH=src python tools/spinner/untuned_spun.py it fr es de [--dice 600] [--rounds 1]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from clean_false_repairs import _dice  # noqa: E402
from debian_false_repairs import chapters  # noqa: E402

from cronaca.evaluate.spinner import evaldata_root, score_language  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("languages", nargs="+")
    parser.add_argument("--dice", type=int, default=600, help="DICE articles (it)")
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args(argv)
    root = evaldata_root()
    for lang in args.languages:
        sets = {"debian": [(f"debian/{n}", t) for n, t in chapters(lang)]}
        if lang == "it" and root is not None:
            sets["dice"] = list(_dice(root, args.dice))
        for name, texts in sets.items():
            if not texts:
                continue
            s = score_language(lang, texts, f"untuned/{name}", args.rounds)
            e = s.extra
            print(f"{lang} {name:7s} texts {e['texts']:5d} words {e['words']:7d} swaps {e['swaps']:5d}"
                  f"  P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}"
                  f"  repair acc {e['repair_accuracy']:.3f}  repair prec {e['repair_precision']:.3f}"
                  f"  false repairs/10k {e['false_repairs_per_10k_words']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
