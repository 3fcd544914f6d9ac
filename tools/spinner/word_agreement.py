"""Build lang/<code>/word_agreement.tsv: the gender a word of the language shows, from a Hunspell
dictionary that tags it (Dicollecte's French one: "population/S.() po:nom is:fem"), for the words
the spinner repair may restore (the originals of spinner_reverse.tsv and
spinner_reverse_slots.tsv). Endings (noun_agreement.tsv) guess a gender; this list knows it
("table", "page" and "journal" end alike).

    apt-get install hunspell-fr-classical      (MPL-2.0)
    PYTHONPATH=src python tools/spinner/word_agreement.py fr /usr/share/hunspell/fr.dic

Labels as in noun_agreement.tsv: "m", "f"; a word of both genders ("page", an adjective that is
the same in both: "technique") is left out, it agrees with any article. An entry without a
gender tag whose flags inflect it for gender (an adjective "grand/F", "total/W") is the masculine
lemma. Deterministic: same dictionary, same file.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LANG_DIR = ROOT / "src" / "cronaca" / "lang"
_ENTRY = re.compile(r"^([^/\s]+)(?:/(\S*))?\s+(.*)$")
# Dicollecte flags that derive the feminine of a masculine lemma (grand/F -> grande; total/W ->
# totale, totaux, totales)
FEMININE_FLAGS = ("F", "W")


def originals(lang: str, files: tuple[str, ...] = ("spinner_reverse.tsv", "spinner_reverse_slots.tsv")) -> set[str]:
    """The words the repair may restore: column 2 of the language's reverse lexicons ``files``."""
    words: set[str] = set()
    for name in files:
        path = LANG_DIR / lang / name
        if not path.exists():
            continue
        for line in path.open(encoding="utf-8"):
            cells = line.rstrip("\n").split("\t")
            if len(cells) == 3 and not line.startswith("#") and cells[0] != "english_token":
                words.add(cells[1])
    return words


def genders(dic: Path, wanted: set[str]) -> dict[str, str]:
    seen: dict[str, set[str]] = {}
    for line in dic.open(encoding="utf-8"):
        match = _ENTRY.match(line.strip())
        if not match or match.group(1) not in wanted:
            continue
        word, flags, morph = match.group(1), match.group(2) or "", match.group(3)
        if "po:nom" not in morph and "po:adj" not in morph:
            continue
        if "is:mas" in morph:
            label = "m"
        elif "is:fem" in morph:
            label = "f"
        elif "is:epi" not in morph and any(f in flags.split(".")[0] for f in FEMININE_FLAGS):
            label = "m"
        else:
            label = ""
        seen.setdefault(word, set()).add(label)
    return {w: next(iter(labels)) for w, labels in sorted(seen.items())
            if len(labels) == 1 and "" not in labels}


def main(argv: list[str]) -> int:
    lang, dic = argv[0], Path(argv[1])
    found = genders(dic, originals(lang))
    with (LANG_DIR / lang / "word_agreement.tsv").open("w", encoding="utf-8") as fh:
        fh.write(f"# Built by tools/spinner/word_agreement.py from {dic.name} (Hunspell, Dicollecte, "
                 "MPL-2.0); do not edit by hand.\n# word: an original the spinner repair may "
                 "restore; agreement: the gender it shows (as in noun_agreement.tsv).\n")
        fh.write("word\tagreement\n")
        fh.writelines(f"{w}\t{a}\n" for w, a in found.items())
    print(f"{lang}: {len(found)} words with a gender")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
