"""Write lang/<code>/language_names.txt: the names of languages in each supported language, from CLDR.

Why: a language's name is an ordinary word of news text ("published in English", "auf Englisch") that
is also the surname of a KB person (Bill English); the linker must not read it alone as that person
(link/resolve.py). The list is built, not typed: every language with an ISO 639-1 code, named as CLDR
names it in the language of the folder, one-word names only (as written: capitalised in English and
German, lower case in French, Italian, Spanish and Russian, so that a capitalised "Albanese" stays a name).

    PYTHONPATH=src python tools/kb/language_names.py
"""
from __future__ import annotations

from pathlib import Path

import pycountry
from babel import Locale

LANG = Path(__file__).resolve().parents[2] / "src" / "cronaca" / "lang"
HEADER = ("# Names of languages in this language (CLDR, every language with an ISO 639-1 code, one word), made by\n"
          "# tools/kb/language_names.py: a surname alone that is one of them is no person (link/resolve.py).\n")


def names(code: str) -> list[str]:
    iso1 = {lang.alpha_2 for lang in pycountry.languages if hasattr(lang, "alpha_2")}
    found = {name for key, name in Locale(code).languages.items() if key in iso1 and " " not in name}
    return sorted(found, key=lambda s: (s.casefold(), s))


def main() -> None:
    for folder in sorted(LANG.iterdir()):
        if folder.is_dir() and not folder.name.startswith("_") and (folder / "link_settings.tsv").exists():
            (folder / "language_names.txt").write_text(HEADER + "".join(f"{n}\n" for n in names(folder.name)),
                                                       encoding="utf-8")


if __name__ == "__main__":
    main()
