"""Count the spinner's substitutions on the Debian Reference (clean, jargon-heavy technical text
full of English terms): every one is a false repair. Untuned text: report, never study.

    apt-get install debian-reference-fr debian-reference-it debian-reference-es debian-reference-de
    PYTHONPATH=src python tools/spinner/debian_false_repairs.py fr it [--show]

Reads /usr/share/debian-reference/*.<lang>.html, one text per chapter (block elements' text, one
per line), and prints per language: words, substitutions and suspects (per 10,000 words).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import lxml.html

from cronaca.clean import spinner

ROOT = Path("/usr/share/debian-reference")
BLOCKS = ("p", "li", "td", "th", "dt", "dd", "h1", "h2", "h3", "h4", "title", "pre")


def chapters(lang: str) -> list[tuple[str, str]]:
    texts = []
    for path in sorted(ROOT.glob(f"*.{lang}.html")):
        tree = lxml.html.parse(str(path))
        lines = [" ".join(el.text_content().split()) for el in tree.iter(*BLOCKS)]
        texts.append((path.name, "\n".join(line for line in lines if line)))
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("languages", nargs="+")
    parser.add_argument("--show", action="store_true", help="print each change in context")
    args = parser.parse_args(argv)
    for lang in args.languages:
        words = repairs = suspects = 0
        for name, text in chapters(lang):
            words += len(text.split())
            for edit in spinner.propose(text, lang):
                repairs += edit.kind == "substitution"
                suspects += edit.kind != "substitution"
                if args.show:
                    where = text[max(0, edit.start - 50):edit.end + 50].replace("\n", " ")
                    print(f"  {name} {edit.kind} {text[edit.start:edit.end]!r} -> "
                          f"{edit.replacement!r} [{edit.rule}] …{where}…")
        per = 1e4 / max(1, words)
        print(f"{lang} debian-reference: words {words} repairs {repairs} ({repairs * per:.2f}/10k)"
              f" suspects {suspects} ({suspects * per:.2f}/10k)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
