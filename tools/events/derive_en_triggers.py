"""Derive the English event-trigger lexicon from the PETRARCH2 CAMEO verb dictionary.

    python tools/events/derive_en_triggers.py [--resources ../shared/resources] [--out src/cronaca/lang/en/event_triggers.tsv]

Reads ``petrarch2/CAMEO.2.0.txt`` (MIT) and ``plover/CAMEO2PLOVER-2021.txt`` (CC BY-SA 4.0) and writes
cronaca's own TSV: one row per verb lemma that carries a CAMEO code (its own or its block's), and one
gapped row ("verb ~ object") per simple object pattern ("- * WORD [code]"). Codes map to PLOVER type
and mode through CAMEO2PLOVER, with one documented project exception: CAMEO 02 (APPEAL), which
PLOVER drops, is read as REQUEST (PLOVER's REQUEST covers "every verbal request"), with modes by
its sub-code. CAMEO 01 (statements) has no PLOVER type and is skipped.
Rows from ``en_curated.tsv`` (nouns, phrasal verbs, corrections) are appended and win over derived
rows with the same trigger; verbs in ``en_exclude.txt`` (defaults too noisy) are left out, with all
its patterns, or only the bare verb when the line starts with "=" ("=offer" keeps "offer ~ talks").
Deterministic: same inputs, same output, sorted.
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
HEADER = "trigger\tpos\ttype\tmode\tintensity\tframe\tforms\tnotes"
APPEAL_MODES = {"021": "assist", "022": "assist", "023": "assist", "024": "change", "025": "yield",
                "026": "meet", "027": "meet", "028": "meet"}
FRAMES = {"CONSULT": "X V Y [with] Y [to] Y [between] X", "COOPERATE": "X V Y [with] Y [between] X",
          "AGREE": "X V Y [with] Y [between] X"}
#: frames of the gapped "verb ~ object" rows (evrecall21): the aid a verb gives goes to its recipient
#: ("provided military assistance to Ukraine", "extended humanitarian aid to Gaza"), as the curated
#: "provide ~ aid" row and the AID nouns read it; the bare verbs keep the default ("evacuated ... to")
PATTERN_FRAMES = {"AID": "X V Y [to] Y [for] Y"}
SYNONYMS = False  # True: every verb of a block takes the block's code (PETRARCH's reading)
_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_CODE = re.compile(r"\[([^\]]*)\]")
_FORMS = re.compile(r"\{([^}]*)\}")


def read_cameo2plover(path: Path) -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        m = re.match(r"^(\d{3,4}):\s*(.*)$", line)
        if not m:
            continue
        parts = [p.strip() for p in m.group(2).split(",")]
        mode = parts[1] if len(parts) > 1 else ""
        if mode in ("ease", "pro_autocracy", "return", "ban", "political"):
            mode = {"ban": "restrict", "political": "restrict"}.get(mode, "")
        if mode in ("assassinate",):
            mode = "targeted"
        if mode in ("massacre", "cleansing"):
            mode = ""
        if parts[0] == "ASSAULT" and mode == "seize":
            mode = "destroy"
        table[m.group(1)] = (parts[0], mode)
    return table


def plover(code: str, table: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    code = code.split(":")[0].strip()
    if not code or not code[:1].isdigit():
        return None
    if code.startswith("02"):
        return "REQUEST", APPEAL_MODES.get(code[:3], "")
    for key in (code, code[:3]):
        if key in table:
            return table[key]
    return None


def words(token: str) -> str:
    return token.strip("+").rstrip("_").replace("_", " ").lower()


def plural(phrase: str) -> str:
    """The object noun in the plural, as PETRARCH's nouns match both numbers ("withdrew their
    ambassadors" for "- * AMBASSADOR"); words already plural, short or not plain letters stay."""
    head, _, last = phrase.rpartition(" ")
    if len(last) <= 3 or not last.isalpha() or last.endswith(("s", "ing")):
        return phrase
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("sh", "ch", "x", "z")):
        last += "es"
    else:
        last += "s"
    return f"{head} {last}".strip()


def gapped_forms(trigger: str, irregular: str) -> str:
    """The verb's irregular forms with each object of a gapped row ("withdrew ~ ambassadors" for
    "withdraw ~ ambassador"): the lexicon inflects a gapped row's verb by the regular rules only."""
    objects = [v.partition("~")[2].strip() for v in trigger.split("|")]
    return "|".join(f"{form} ~ {obj}" for form in irregular.split("|") if form and " " not in form
                    for obj in objects)


_DOUBLING = re.compile(r"[^aeiou]*[aeiou]([bdgmnprt])")


def doubled(verb: str) -> str:
    """A one-syllable verb ending in consonant-vowel-consonant doubles its consonant before -ed and -ing
    ("cut" -> "cutting ~ ties", "slap" -> "slapped ~ sanctions"); the regular rules cannot say so.
    An irregular past ("cut", not "cutted") is the lemma itself, which the lexicon already holds."""
    m = _DOUBLING.fullmatch(verb)
    return f"{verb}{m.group(1)}ed|{verb}{m.group(1)}ing" if m else ""


def parse_verbs(path: Path, table) -> list[tuple[str, str, str, str, str, str]]:
    """(trigger, type, mode, forms, frame, note) rows."""
    rows: list[tuple[str, str, str, str, str, str]] = []
    block_code = ""
    m_head = ""
    lemmas: list[str] = []
    in_patterns = False
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if raw.startswith("####### VERB PATTERNS"):
            in_patterns = True
            continue
        if not in_patterns:
            continue
        line = raw.split("#", 1)[0].rstrip()
        comment = raw.split("#", 1)[1].strip() if "#" in raw else ""
        m = _BLOCK.match(line)
        if m:
            block_code, lemmas = m.group(2), []
            m_head = words(m.group(1)).split()[0]
            continue
        if not line.strip():
            continue
        if line.startswith("-"):
            pattern = _CODE.sub("", line[1:]).strip()
            code = (_CODE.search(line) or [None, ""])[1]
            mapped = plover(code, table)
            if not mapped or any(c in pattern for c in "&$^%()/"):
                continue
            left, star, right = pattern.partition("*")
            if not star or left.strip():
                continue
            obj = " ".join(w for w in _FORMS.sub(lambda g: g.group(1), right).split())
            if not obj or len(obj.split()) > 2 or not re.fullmatch(r"[A-Z][A-Z \-']*", obj):
                continue
            verb = (comment.split()[0] if comment else "").strip().lower()
            lemma = verb if verb in lemmas else (lemmas[0] if lemmas else "")
            if lemma:
                obj = obj.lower()
                many = plural(obj)
                trigger = f"{lemma} ~ {obj}" + (f"|{lemma} ~ {many}" if many != obj else "")
                rows.append((trigger, *mapped, "", PATTERN_FRAMES.get(mapped[0], ""),
                             f"CAMEO {code.split(':')[0]} pattern"))
            continue
        token = line.split()[0]
        forms = _FORMS.search(line)
        code_m = _CODE.search(line)
        lemma = words(token)
        head = m_head == (lemma.split()[0] if lemma else "")
        # a verb's own code, else the block's code for the verb that names the block; the WordNet
        # synonyms listed under a block without their own code are left out (too broad without a parser)
        code = code_m.group(1) if code_m else (block_code if head or SYNONYMS else "")
        lemmas.append(lemma.split()[0] if lemma else lemma)
        mapped = plover(code, table)
        if not mapped:
            continue
        extra = "|".join(w for w in (words(f) for f in forms.group(1).replace(",", " ").split())
                         if re.fullmatch(r"[a-z][a-z '\-]*", w)) if forms else ""
        rows.append((lemma, *mapped, extra, FRAMES.get(mapped[0], ""), f"CAMEO {code.split(':')[0]}"))
    return rows


def _resources() -> Path:
    """../shared/resources next to the repository (or next to one of its parents, for worktrees)."""
    for parent in ROOT.parents:
        candidate = parent / "shared" / "resources"
        if candidate.is_dir():
            return candidate
    return ROOT.parent / "shared" / "resources"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("--resources", type=Path, default=_resources())
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "cronaca" / "lang" / "en" / "event_triggers.tsv")
    args = ap.parse_args()
    table = read_cameo2plover(args.resources / "plover" / "CAMEO2PLOVER-2021.txt")
    derived = parse_verbs(args.resources / "petrarch2" / "CAMEO.2.0.txt", table)
    lines = [l.strip() for l in (HERE / "en_exclude.txt").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    exclude = {l for l in lines if not l.startswith("=")}
    bare_only = {l[1:].strip() for l in lines if l.startswith("=")}  # the bare verb only, patterns kept
    curated = [l for l in (HERE / "en_curated.tsv").read_text(encoding="utf-8").splitlines()
               if l.strip() and not l.startswith("#") and not l.startswith("trigger\t")]
    # a curated noun ("support") must not hide the derived verb of the same spelling
    curated_keys = {l.split("\t")[0] for l in curated if l.split("\t")[1] == "verb"}
    curated_variants = {v.strip() for key in curated_keys for v in key.split("|")}
    seen: set[str] = set()
    out = [
        "# English event triggers. GENERATED by tools/events/derive_en_triggers.py from PETRARCH2 CAMEO.2.0.txt",
        "# (MIT) mapped to PLOVER by CAMEO2PLOVER-2021.txt (CC BY-SA 4.0), plus tools/events/en_curated.tsv.",
        "# Do not edit by hand: edit the curated file or the exclude list and re-run the tool.",
        HEADER,
    ]
    own_rows = {t for t, *_ in derived}
    # a plural PETRARCH lists as a pattern of its own ("- * DIPLOMATS") keeps its own code
    derived = [("|".join(v for i, v in enumerate(t.split("|")) if i == 0 or v not in own_rows), *rest)
               for t, *rest in derived]
    irregular = {t: f for t, _, _, f, _, _ in derived if "~" not in t and f}
    irregular.update({c[0]: c[6] for c in (l.split("\t") for l in curated)
                      if len(c) > 6 and c[1] == "verb" and "~" not in c[0] and c[6]})
    for trigger, type_, mode, forms, frame, note in sorted(derived):
        head = trigger.split(" ~ ")[0].split()[0]
        if trigger in curated_keys or trigger in seen or head in exclude or trigger in exclude or trigger in bare_only \
                or any(v in curated_variants for v in trigger.split("|")):  # "lift ~ sanctions" curated
            continue
        seen.add(trigger)
        if "~" in trigger and not forms and " " not in head:
            forms = gapped_forms(trigger, irregular.get(head, "") or doubled(head))
        out.append("\t".join([trigger, "verb", type_, mode, "", frame, forms, note]))
    out.append("# --- curated (tools/events/en_curated.tsv) ---")
    for line in curated:
        cols = line.split("\t")
        out.append("\t".join(cols + [""] * (8 - len(cols))))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(seen)} derived + {len(curated)} curated rows")


if __name__ == "__main__":
    main()
