"""Build lang/<code>/spinner_verb_forms.txt: the originals the spinner repair may restore that are
inflected verb forms ("state", "era", "serve" in Italian), so that the repair can tell they do
not fit right after an article or determiner ("nelle municipality" is no "nelle state").

A form is a verb form when simplemma's lemma for it is another word ending in one of the given
infinitive endings (Italian "state" -> "essere", "serve" -> "servire"). A form that is also a
noun ("era", "l'era") is listed as well: simplemma gives one lemma per form; the repair only
lowers such an original's weight, it never rules it out.

    PYTHONPATH=src python tools/spinner/verb_forms.py it are ere ire rre
    PYTHONPATH=src python tools/spinner/verb_forms.py fr er ir re oir
    PYTHONPATH=src python tools/spinner/verb_forms.py es ar er ir

The originals are read from the four reverse lexicons (spinner_reverse*.tsv). Deterministic:
same simplemma, same lexicons, same file.
"""
from __future__ import annotations

import sys
from pathlib import Path

import simplemma

sys.path.insert(0, str(Path(__file__).parent))
from word_agreement import originals  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
LANG_DIR = ROOT / "src" / "cronaca" / "lang"
REVERSE_FILES = ("spinner_reverse.tsv", "spinner_reverse_slots.tsv",
                 "spinner_reverse_gender.tsv", "spinner_reverse_frequent.tsv")


def verb_forms(lang: str, words: set[str], infinitive_endings: tuple[str, ...]) -> list[str]:
    """The words whose lemma is another word with an infinitive ending."""
    found = []
    for word in sorted(words):
        lemma = simplemma.lemmatize(word, lang=lang)
        if lemma != word and lemma.endswith(infinitive_endings):
            found.append(word)
    return found


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    lang, endings = argv[0], tuple(argv[1:])
    found = verb_forms(lang, originals(lang, REVERSE_FILES), endings)
    with (LANG_DIR / lang / "spinner_verb_forms.txt").open("w", encoding="utf-8") as fh:
        fh.write(f"# Built by tools/spinner/verb_forms.py {lang} {' '.join(endings)} (simplemma "
                 f"{simplemma.__version__}); do not edit by hand.\n# Originals of the spinner "
                 "reverse lexicons that are inflected verb forms (lemma: another word with an "
                 "infinitive ending).\n")
        fh.writelines(f"{w}\n" for w in found)
    print(f"{lang}: {len(found)} verb forms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
