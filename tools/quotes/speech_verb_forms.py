"""Print the tenses missing from a language's speech_verbs.tsv, derived from its regular participles.

    PYTHONPATH=src python tools/quotes/speech_verb_forms.py es >> src/cronaca/lang/es/speech_verbs.tsv

A verb of saying listed by its participle ("revelado", "sottolineato", "souligné") reports in every
tense ("reveló", "revelaba", "revelaron", "sottolineava", "soulignait"), but the lists were written
form by form and miss many. For each participle with a regular ending this prints the third-person
forms of the simple past, the imperfect and the present plural, and the gerund, that the file does
not list yet, with the participle's kind. Left out on purpose: the future and the conditional (news
reports what was said; "exigera", "dirá" mostly announce, and bring false cues on untuned pages), the present
singular (Spanish and Italian "denuncia", "critica", "annuncia" are nouns as often as verbs) and
irregular participles ("dicho", "detto", "dit"). Review the output before appending it.
"""
from __future__ import annotations

import argparse
import sys

from cronaca import lang as langdata

#: participle ending -> (stem cut, forms by tense as endings added to the stem)
RULES: dict[str, dict[str, tuple[str, dict[str, tuple[str, ...]]]]] = {
    "es": {  # (-ido: preterite and gerund only where the stem is regular; fix the rest by hand)
        "ado": ("ado", {"finite": ("ó", "aron", "aba", "aban", "an"),
                        "gerund": ("ando",)}),
        "ido": ("ido", {"finite": ("ió", "ieron", "ía", "ían", "en"), "gerund": ("iendo",)}),
    },
    "it": {
        "ato": ("ato", {"finite": ("ò", "arono", "ava", "avano", "ano"),
                        "gerund": ("ando",)}),
        "ito": ("ito", {"finite": ("ì", "irono", "iva", "ivano"),
                        "gerund": ("endo",)}),
    },
    "fr": {
        "é": ("é", {"finite": ("a", "èrent", "ait", "aient", "ent"),
                    "gerund": ("ant",)}),
    },
}


#: Present plural endings: generated only for verbs of saying alone ("both") with a regular stem.
PRESENT_PLURAL = frozenset({"an", "en", "ano", "ent"})


def _spelled(code: str, stem: str, ending: str) -> str:
    """Spelling changes at the join: Italian "indic-" + "erà" -> "indicherà", "annunci-" + "erà" ->
    "annuncerà"; French "annonc-" + "ait" -> "annonçait", "jug-" + "ait" -> "jugeait"."""
    if code == "it" and ending[:1] in "ei":
        if stem.endswith(("ci", "gi")):
            stem = stem[:-1]
        elif stem.endswith(("c", "g")):
            stem += "h"
    if code == "fr" and ending[:1] in "aoâ":
        if stem.endswith("c"):
            stem = stem[:-1] + "ç"
        elif stem.endswith("g"):
            stem += "e"
    return stem + ending


def missing_forms(code: str) -> list[tuple[str, str, str]]:
    rows = langdata.load(code).table("speech_verbs.tsv")
    listed = {r["form"].strip().lower() for r in rows}
    out: list[tuple[str, str, str]] = []
    for row in rows:
        form, kind = row["form"].strip(), row["kind"].strip()
        if row["tense"].strip() != "participle" or " " in form:
            continue
        for ending, (cut, tenses) in RULES.get(code, {}).items():
            if not form.endswith(ending) or len(form) <= len(ending) + 2:
                continue
            stem = form[: -len(cut)]
            for tense, endings in tenses.items():
                for e in endings:
                    if e in PRESENT_PLURAL and (kind != "both" or ending in ("ido", "ito")):
                        continue  # "attaccano" (fighting), "advierten"/"sostienen" (stem changes)
                    new = _spelled(code, stem, e)
                    if new.lower() not in listed:
                        listed.add(new.lower())
                        out.append((new, kind, tense))
            break
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("code")
    args = ap.parse_args()
    rows = missing_forms(args.code)
    sys.stdout.write("# every tense of the regular verbs above (tools/quotes/speech_verb_forms.py, reviewed)\n")
    for form, kind, tense in rows:
        sys.stdout.write(f"{form}\t{kind}\t{tense}\n")


if __name__ == "__main__":
    main()
