"""Builds src/cronaca/lang/<code>/tone.tsv from a redistributable sentiment lexicon shipped in a PyPI
package (where one exists for the language) merged with the hand-curated news words of
tools/tone/curated/<code>.tsv, which win on conflict. Polarity 0 there writes a neutral word: it
silences a package word that misleads in news ("united" of United Nations, "security" of the Security
Council, "party") and shields a word from a stem it happens to start with ("crimée" from "crim*").

The package archives are read as downloaded, never installed (see README.md next to this file):
    pip download --no-deps -d /tmp/tone-src vaderSentiment==3.3.2 textblob-fr==0.2.0 textblob-de==0.4.3
    python tools/tone/build_lexicons.py /tmp/tone-src

Weights: a package word's weight is its strength on the source's own scale mapped to 0.5 .. 1.5
(VADER valence / 2.5, pattern polarity * 1.5), rounded to 0.1, so that a strong word ("massacre",
"horrible") outweighs a mild one ("concerned"); curated words keep the weight written for them.
"""
from __future__ import annotations

import re
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[2]
CURATED = Path(__file__).resolve().parent / "curated"
LANG = ROOT / "src" / "cronaca" / "lang"
WORD = re.compile(r"^\w+$")  # the tone stage matches single \w+ tokens only


@dataclass(frozen=True)
class Source:
    archive: str  # glob of the downloaded file
    member: str  # data file inside it
    kind: str  # vader | pattern
    credit: str  # header line: what, who, licence


SOURCES: dict[str, Source] = {
    "en": Source("vaderSentiment-3.3.2*.whl", "vaderSentiment/vader_lexicon.txt", "vader",
                 "VADER lexicon (C.J. Hutto, vaderSentiment 3.3.2 on PyPI), MIT License"),
    "fr": Source("textblob_fr-0.2.0*.whl", "textblob_fr/fr-sentiment.xml", "pattern",
                 "French adjective polarity lexicon of the pattern project (T. De Smedt, W. Daelemans), "
                 "PDDL (public domain), shipped in textblob-fr 0.2.0 on PyPI (MIT License)"),
    "de": Source("textblob_de-0.4.3*.whl", "textblob_de/data/de-sentiment.xml", "pattern",
                 "German Polarity Lexicon 1.1 (M. Klenner, S. Clematide et al.), Apache License 2.0, "
                 "as shipped in textblob-de 0.4.3 on PyPI (MIT License)"),
}
#: shorter VADER entries are chat abbreviations ("l", "ok", "xd"), not news words
MIN_LENGTH = 3
#: VADER words below this absolute valence (scale -4..4) are too mild to count in news.
VADER_MIN = 1.5
#: pattern words below this absolute polarity (scale -1..1) are mostly noise ("new", "old", "big").
PATTERN_MIN = 0.3
# German lemmas -> the inflected forms news print; exact forms only, so a form that is no word costs nothing
DE_ADJECTIVE_ENDINGS = ("", "e", "en", "er", "es", "em")
DE_NOUN_ENDINGS = ("", "e", "en", "n", "s")
FR_ADJECTIVE_ENDINGS = ("", "s", "e", "es")


def read_member(folder: Path, source: Source) -> str:
    archives = sorted(folder.glob(source.archive))
    if not archives:
        raise SystemExit(f"{source.archive} not found in {folder}: pip download it first (README.md)")
    with zipfile.ZipFile(archives[0]) as z:
        return z.read(source.member).decode("utf-8")


def vader(text: str) -> dict[str, float]:
    found: dict[str, float] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not WORD.match(parts[0]) or parts[0].isdigit() or len(parts[0]) < MIN_LENGTH:
            continue
        valence = float(parts[1])
        if abs(valence) >= VADER_MIN:
            found[parts[0].lower()] = valence / 2.5
    return found


def pattern(text: str, lang: str) -> dict[str, float]:
    """Mean polarity per form (a form may have several senses), expanded to inflected forms."""
    senses: dict[str, list[float]] = {}
    pos: dict[str, str] = {}
    for word in ElementTree.fromstring(text).iter("word"):
        form = word.get("form", "")
        if not WORD.match(form) or word.get("polarity") is None:
            continue
        senses.setdefault(form, []).append(float(word.get("polarity")))
        pos.setdefault(form, word.get("pos", "JJ"))
    found: dict[str, float] = {}
    for form, values in senses.items():
        polarity = sum(values) / len(values)
        if abs(polarity) < PATTERN_MIN:
            continue
        lower = form.lower()
        if lang == "de":
            endings = (DE_NOUN_ENDINGS if pos[form] == "NN" else DE_ADJECTIVE_ENDINGS if pos[form] in ("JJ", "RB")
                       else ("",))
        else:
            endings = FR_ADJECTIVE_ENDINGS if not lower.endswith(("s", "x")) else ("",)
        for ending in endings:
            found.setdefault(lower + ending, polarity * 1.5)
    return found


def curated(lang: str) -> list[tuple[str, int, float]]:
    rows = []
    for line in (CURATED / f"{lang}.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        term, polarity, weight = (line.split("\t") + ["1"])[:3]
        rows.append((term.strip().lower(), int(polarity), float(weight or 1)))
    return rows


def build(lang: str, folder: Path | None) -> list[str]:
    source = SOURCES.get(lang)
    words: dict[str, float] = {}
    if source is not None:
        if folder is None:
            raise SystemExit(f"{lang}: needs the downloaded packages folder")
        text = read_member(folder, source)
        words = vader(text) if source.kind == "vader" else pattern(text, lang)
    rows: dict[str, tuple[int, float]] = {}
    for term, value in words.items():
        rows[term] = (1 if value > 0 else -1, round(min(1.5, max(0.5, abs(value))), 1))
    package_count = len(rows)
    for term, polarity, weight in curated(lang):
        rows[term] = (polarity, weight)
    header = [
        "# Tone lexicon, built by tools/tone/build_lexicons.py (do not edit by hand: edit",
        f"# tools/tone/curated/{lang}.tsv and rebuild). A word, or a stem with a trailing * (any ending),",
        "# lower case; polarity +1/-1 (0: neutral, shields the word from a stem); weight (strength). Matched on lower-cased word tokens, exact form first,",
        "# then the longest stem. Sources:",
        f"#   {package_count} words from the " + source.credit if source else
        "#   no redistributable lexicon for this language was found on PyPI: curated words only",
        "#   hand-curated news words (politics, conflict, cooperation), tools/tone/curated, MIT like the project",
        "term\tpolarity\tweight",
    ]
    body = [f"{term}\t{'+1' if p > 0 else '-1' if p < 0 else '0'}\t{w:g}" for term, (p, w) in sorted(rows.items())]
    return header + body


def main(argv: list[str]) -> None:
    folder = Path(argv[0]) if argv else None
    langs = argv[1:] or sorted(p.stem for p in CURATED.glob("*.tsv"))
    for lang in langs:
        lines = build(lang, folder)
        (LANG / lang / "tone.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{lang}: {sum(1 for x in lines if not x.startswith('#')) - 1} entries")


if __name__ == "__main__":
    main(sys.argv[1:])
