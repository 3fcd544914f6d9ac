"""Mention-level NER scores of the link stage on public gold sets (read from evaldata, never shipped).

Each gold document is rebuilt as running text from its tokens, run through
language -> clean -> segment -> link with the language forced, and the predicted mentions (kinds
name, surname, acronym, metonym; titles, adjectives and pronouns are not named entities in these
sets) are mapped back to the rebuilt text. Types: PERSON -> PER; ORG, MEDIA, GROUP -> ORG;
COUNTRY, PLACE -> LOC; an organisation-noun metonym ("il governo tedesco") names the government,
so it counts as ORG, as KIND annotates it; a capital used for its government stays LOC (GPE). The headline number is exact span + type F1 (conlleval style); ``extra``
adds lenient (overlapping span, same type) F1, untyped exact F1 and per-type F1.

KIND also tags bare lower-case institution nouns ("la polizia", "il governo", "la procura":
200 of the 3,396 gold spans of WN_dev), which the project's own guidelines leave out (a generic
unnamed group is no entity). ``gold_lower_case`` counts those gold spans and
``capitalised_f1`` scores with them (and predictions on exactly them) set aside: a diagnostic of
that guideline gap, never the headline.

Datasets: kind-it-ner WN_test (Italian Wikinews; no document boundaries, so every 40 sentences
make one pseudo-article), hipe2020 fr and de test sets (historical newspapers, OCR noise), and
factrueval2016-ru (reported as not supported until a Russian language folder exists).

Rules are tuned on the dev files only (KIND WN_dev; HIPE ships no dev file here), so the test
files stay a fair report: ``python -m cronaca.evaluate.ner --split dev`` scores the dev files.
"""
from __future__ import annotations

import difflib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cronaca import lang as langdata
from cronaca.document import Document, Source
from cronaca.evaluate.metrics import Score
from cronaca.pipeline import Pipeline, build

TYPE_MAP = {"PERSON": "PER", "ORG": "ORG", "MEDIA": "ORG", "GROUP": "ORG", "COUNTRY": "LOC",
            "PLACE": "LOC"}
NAMED_KINDS = frozenset({"name", "surname", "acronym", "metonym"})
SENTENCES_PER_PSEUDO_ARTICLE = 40
#: What ``cronaca eval --stage mentions`` selects.
STAGES = ("mentions",)
#: KIND file of each split ("test" is the report; "dev" is where rules may be tuned).
KIND_FILES = {"test": "WN_test.tsv", "dev": "WN_dev.tsv"}
_ATTACH_LEFT = frozenset(",.;:!?)]}»”%")
_ATTACH_RIGHT = frozenset("([{«“")

Span = tuple[int, int, str]  # start, end, PER | ORG | LOC


@dataclass
class GoldDoc:
    id: str
    text: str
    language: str
    published: str | None
    gold: list[Span]


def default_evaldata() -> Path:
    """$CRONACA_EVALDATA, else ../shared/evaldata next to the repository."""
    env = os.environ.get("CRONACA_EVALDATA")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3].parent / "shared" / "evaldata"


def evaluate(evaldata: Path, limit: int | None = None, split: str = "test") -> list[Score]:
    """One Score (stage "mentions") per dataset and language; absent data sets are skipped.

    ``split="dev"`` scores only the development files (KIND WN_dev), the ones rules may be tuned on.
    """
    if not evaldata.is_dir():
        raise FileNotFoundError(f"evaldata not found at {evaldata}: set CRONACA_EVALDATA or put "
                                f"the shared evaldata folder next to the repository")
    if split not in KIND_FILES:
        raise ValueError(f"unknown split {split!r}; use one of {', '.join(KIND_FILES)}")
    scores = []
    kind = evaldata / "kind-it-ner" / KIND_FILES[split]
    if kind.exists():
        scores.append(score_docs(f"kind-it-ner/{kind.stem}", "it", read_kind(kind), limit))
    if split == "dev":
        return scores  # HIPE and FactRuEval have no dev file here: nothing else to tune on
    hipe = evaldata / "hipe2020-histnews-ner" / "data" / "v2.1" / "hipe2020"
    for code in ("fr", "de"):
        path = hipe / code / f"HIPE-2022-v2.1-hipe2020-test-{code}.tsv"
        if path.exists():
            scores.append(score_docs(f"hipe2020/test-{code}", code, read_hipe(path), limit))
    ru = evaldata / "factrueval2016-ru" / "testset"
    if ru.is_dir():
        if "ru" in langdata.supported():
            scores.append(score_docs("factrueval2016-ru/testset", "ru", read_factrueval(ru), limit))
        else:
            scores.append(Score("mentions", "factrueval2016-ru/testset", "ru",
                                extra={"status": "not supported: no lang/ru folder yet"}))
    return scores


def score_docs(dataset: str, code: str, docs: Iterator[GoldDoc], limit: int | None = None,
               pipeline: Pipeline | None = None) -> Score:
    pipeline = pipeline or build(["language", "clean", "segment", "link"])
    exact = Score("mentions", dataset, code)
    lenient = Score("mentions", dataset, code)
    untyped = Score("mentions", dataset, code)
    per_type = {t: Score("mentions", dataset, code) for t in ("PER", "ORG", "LOC")}
    capitalised = Score("mentions", dataset, code)
    lower_case = 0
    count = 0
    for gold_doc in docs:
        if limit is not None and count >= limit:
            break
        count += 1
        predicted = predict(gold_doc, pipeline)
        gold = set(gold_doc.gold)
        exact.add(_counts(predicted, gold))
        untyped.add(_counts({(s, e, "") for s, e, _ in predicted}, {(s, e, "") for s, e, _ in gold}))
        lenient.add(_overlap_counts(predicted, gold))
        for t, score in per_type.items():
            score.add(_counts({p for p in predicted if p[2] == t}, {g for g in gold if g[2] == t}))
        generic = {(s, e) for s, e, _ in gold if gold_doc.text[s].islower()}
        lower_case += len(generic)
        capitalised.add(_counts({p for p in predicted if p[:2] not in generic},
                                {g for g in gold if g[:2] not in generic}))
    exact.extra = {
        "documents": count,
        "lenient_f1": round(lenient.f1, 4),
        "untyped_exact_f1": round(untyped.f1, 4),
        **{f"{t}_f1": round(s.f1, 4) for t, s in per_type.items()},
        "gold_lower_case": lower_case,
        "capitalised_f1": round(capitalised.f1, 4),
    }
    return exact


def predict(gold_doc: GoldDoc, pipeline: Pipeline) -> set[Span]:
    return set(predict_made(gold_doc, pipeline))


def predict_made(gold_doc: GoldDoc, pipeline: Pipeline) -> dict[Span, str]:
    """Predicted spans in the original text, each with what made it (rule -> entity), for error lists."""
    doc = Document(raw=gold_doc.text, language=gold_doc.language,
                   source=Source(published=gold_doc.published))
    doc = pipeline(doc)
    to_original = _offset_map(doc.text, gold_doc.text)
    spans: dict[Span, str] = {}
    for entity in doc.entities:
        if entity.type not in TYPE_MAP:
            continue
        for m in entity.mentions:
            if m.kind in NAMED_KINDS:
                label = "ORG" if m.rule == "metonym:organisation" else TYPE_MAP[entity.type]
                start, end = to_original[m.start], to_original[m.end]
                if start < end:
                    spans[(start, end, label)] = f"{m.rule} -> {entity.id} {entity.name!r} {entity.type}"
    return spans


def _offset_map(clean: str, original: str) -> list[int]:
    """For every offset of the cleaned text, the matching offset in the original text."""
    if clean == original:
        return list(range(len(clean) + 1))
    mapping = [0] * (len(clean) + 1)
    matcher = difflib.SequenceMatcher(None, clean, original, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        for k in range(i1, i2 + 1):
            mapping[k] = j1 + (k - i1 if tag == "equal" else min(k - i1, j2 - j1))
    return mapping


def _counts(predicted: set[Span], gold: set[Span]) -> Score:
    tp = len(predicted & gold)
    return Score("mentions", "", "", tp=tp, fp=len(predicted) - tp, fn=len(gold) - tp)


def _overlap_counts(predicted: set[Span], gold: set[Span]) -> Score:
    unmatched = sorted(gold)
    tp = 0
    for s, e, t in sorted(predicted):
        for g in unmatched:
            if g[2] == t and g[0] < e and s < g[1]:
                unmatched.remove(g)
                tp += 1
                break
    return Score("mentions", "", "", tp=tp, fp=len(predicted) - tp, fn=len(unmatched))


# --- readers -------------------------------------------------------------------------------


class _Builder:
    """Rebuilds running text from tokens and records gold spans over it."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[Span] = []
        self._open: tuple[int, int, str] | None = None
        self._glue = True

    def token(self, text: str, tag: str, space_after: bool | None = None) -> None:
        if self.parts and not self._glue and text not in _ATTACH_LEFT:
            self._emit(" ")
        start = self.length
        self._emit(text)
        prefix, _, label = tag.partition("-")
        label = label.upper()[:3]
        if self._open is not None and (prefix != "I" or label != self._open[2]):
            self._close()
        if prefix == "B" or (prefix == "I" and self._open is None):
            self._open = (start, self.length, label)
        elif prefix == "I" and self._open is not None:
            self._open = (self._open[0], self.length, label)
        if space_after is None:
            self._glue = text in _ATTACH_RIGHT or text.endswith(("'", "’"))
        else:
            self._glue = not space_after

    def newline(self) -> None:
        self._close()
        if self.parts:
            self._emit("\n")
            self._glue = True

    def _emit(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def _close(self) -> None:
        if self._open is not None and self._open[2] in ("PER", "ORG", "LOC"):
            self.spans.append(self._open)
        self._open = None

    def finish(self) -> tuple[str, list[Span]]:
        self._close()
        return "".join(self.parts), self.spans


def read_kind(path: Path, per_doc: int = SENTENCES_PER_PSEUDO_ARTICLE) -> Iterator[GoldDoc]:
    builder, sentences, n = _Builder(), 0, 0
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                builder.newline()
                sentences += 1
                if sentences >= per_doc:
                    text, spans = builder.finish()
                    yield GoldDoc(f"{path.stem}/{n}", text, "it", None, spans)
                    builder, sentences, n = _Builder(), 0, n + 1
                continue
            token, _, tag = line.partition("\t")
            builder.token(token, tag.strip())
    text, spans = builder.finish()
    if text.strip():
        yield GoldDoc(f"{path.stem}/{n}", text, "it", None, spans)


def read_hipe(path: Path) -> Iterator[GoldDoc]:
    doc_id, published, builder = None, None, _Builder()
    language = path.stem.rsplit("-", 1)[-1]
    with path.open(encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        col_tag, col_misc = header.index("NE-COARSE-LIT"), header.index("MISC")
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("# hipe2022:document_id"):
                if doc_id is not None:
                    text, spans = builder.finish()
                    yield GoldDoc(doc_id, text, language, published, spans)
                doc_id, published, builder = line.split("=", 1)[1].strip(), None, _Builder()
                continue
            if line.startswith("# hipe2022:date"):
                published = line.split("=", 1)[1].strip()
                continue
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            misc = cols[col_misc]
            builder.token(cols[0], cols[col_tag], space_after="NoSpaceAfter" not in misc)
            if "EndOfSentence" in misc:
                builder.newline()
    if doc_id is not None:
        text, spans = builder.finish()
        yield GoldDoc(doc_id, text, language, published, spans)


def read_factrueval(folder: Path) -> Iterator[GoldDoc]:
    labels = {"Person": "PER", "Org": "ORG", "Location": "LOC", "LocOrg": "LOC"}
    for txt in sorted(folder.glob("*.txt")):
        spans_path, objects_path = txt.with_suffix(".spans"), txt.with_suffix(".objects")
        if not spans_path.exists() or not objects_path.exists():
            continue
        text = txt.read_text(encoding="utf-8")
        offsets = {}
        for line in spans_path.read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) >= 4:
                offsets[parts[0]] = (int(parts[2]), int(parts[2]) + int(parts[3]))
        gold = []
        for line in objects_path.read_text(encoding="utf-8").splitlines():
            head = line.split("#", 1)[0].split()
            if len(head) < 3 or head[1] not in labels:
                continue
            ranges = [offsets[s] for s in head[2:] if s in offsets]
            if ranges:
                gold.append((min(r[0] for r in ranges), max(r[1] for r in ranges), labels[head[1]]))
        yield GoldDoc(txt.stem, text, "ru", None, gold)


def main(argv: list[str] | None = None) -> None:
    """``python -m cronaca.evaluate.ner [--split dev|test] [--limit N]``: the mention scores alone."""
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--split", choices=sorted(KIND_FILES), default="test",
                        help="dev: the files rules may be tuned on; test: the report (default)")
    parser.add_argument("--evaldata", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=None, help="at most N documents per data set")
    args = parser.parse_args(argv)
    from cronaca.evaluate.runner import find_evaldata

    evaldata, tried = find_evaldata(args.evaldata)
    if evaldata is None:
        raise SystemExit(f"evaldata not found (tried {', '.join(map(str, tried))})")
    for score in evaluate(evaldata, args.limit, args.split):
        extra = ", ".join(f"{k} {v}" for k, v in score.extra.items())
        print(f"{score.dataset:28} {score.language}  P {score.precision:.3f}  R {score.recall:.3f}  "
              f"F1 {score.f1:.3f}  tp {score.tp:g} fp {score.fp:g} fn {score.fn:g}  {extra}")


if __name__ == "__main__":
    main()
