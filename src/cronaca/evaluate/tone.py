"""Tone, measured against the gold events: does a cooperative event's sentence read warmer than a
conflictual one's?

No sentiment-labelled news set is available, so tone is checked the way GDELT's tone is checked
against Goldstein scores: the tone of the sentence that holds a gold event's evidence
(``tests/gold/articles``, field ``events``) should be higher for cooperative PLOVER types than for
conflictual ones. The two classes follow the PLOVER manual's quad codes and its type scores
(/work/shared/resources/plover, summary section 1 and 2):

- cooperative: quads 1 and 2 (verbal and material cooperation), every type with a positive PLOVER
  score: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT (release, ceasefire, withdrawal
  are concessions, +6.5 in the manual, though their sentences often name the war they end);
- conflictual: quad 4 (material conflict: PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT) and the
  verbal-conflict types with a negative score: ACCUSE (its modes are all negative; the printed +3 is
  the manual's lost minus sign), REJECT, THREATEN;
- left out: REQUEST, score 0 (an appeal is neither warm nor hostile in wording).

Numbers, per language and over all:
- ``auc``: probability that a random cooperative sentence has a higher tone than a random conflictual
  one (ties count one half): 0.5 is no signal, 1.0 perfect ordering;
- ``coverage``: share of the sentences with at least one lexicon word;
- ``wrong``: share of the sentences whose tone has the wrong sign (a conflictual sentence above
  zero, a cooperative one below zero);
- as a Score: tp = sentences with the right sign, fp = wrong sign, fn = neutral (no tone word or
  a balance of zero); so precision is sign accuracy among toned sentences, recall among all.

A sentence counts once per class even when it holds several events of that class. The gold text is
measured as given (the raw article), split with the pipeline's sentence splitter.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cronaca.evaluate.metrics import Score

STAGES = ("tone",)  # what `cronaca eval --stage tone` selects

COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
CONFLICTUAL = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
                         "ASSAULT"})


@dataclass(frozen=True, slots=True)
class ToneSample:
    article: str
    language: str
    cooperative: bool
    start: int
    end: int
    score: float
    positive: float
    negative: float
    sentence: str


def polarity_class(event_type: str) -> bool | None:
    """True for a cooperative type, False for a conflictual one, None for REQUEST and unknown types."""
    if event_type in COOPERATIVE:
        return True
    if event_type in CONFLICTUAL:
        return False
    return None


def samples(articles: Iterable) -> list[ToneSample]:
    """One sample per (article, sentence, class) over the gold events whose evidence is found."""
    from cronaca.extract.tone import measure
    from cronaca.language.sentences import split

    found: list[ToneSample] = []
    for article in articles:
        text = article.text
        lowered = text.lower()
        bounds = split(text, article.language)
        seen: set[tuple[int, bool]] = set()
        for event in article.events:
            cls = polarity_class(event.type)
            if cls is None or not event.evidence:
                continue
            at = text.find(event.evidence)
            if at < 0:
                at = lowered.find(event.evidence.lower())
            if at < 0:
                continue
            start, end = next(((s, e) for s, e in bounds if s <= at < e), (at, at + len(event.evidence)))
            if (start, cls) in seen:
                continue
            seen.add((start, cls))
            tone = measure(text, article.language, start, end)
            found.append(ToneSample(article.id, article.language, cls, start, end, tone.score,
                                    tone.positive, tone.negative, text[start:end]))
    return found


def auc(cooperative: list[float], conflictual: list[float]) -> float:
    """Mann-Whitney AUC: P(cooperative tone > conflictual tone), ties one half."""
    if not cooperative or not conflictual:
        return 0.5
    ranked = sorted([(v, 1) for v in cooperative] + [(v, 0) for v in conflictual])
    wins = 0.0
    below = 0  # conflictual values strictly below the current group
    i = 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        group_coop = sum(flag for _, flag in ranked[i:j])
        group_conf = (j - i) - group_coop
        wins += group_coop * (below + group_conf / 2)
        below += group_conf
        i = j
    return wins / (len(cooperative) * len(conflictual))


def wrong_sign(sample: ToneSample) -> bool:
    return sample.score < 0 if sample.cooperative else sample.score > 0


def score(group: list[ToneSample], dataset: str, language: str) -> Score:
    coop = [s.score for s in group if s.cooperative]
    conf = [s.score for s in group if not s.cooperative]
    toned = [s for s in group if s.score != 0]
    wrong = sum(map(wrong_sign, group))
    covered = sum(1 for s in group if s.positive or s.negative)
    result = Score("tone", dataset, language, tp=len(toned) - wrong, fp=wrong, fn=len(group) - len(toned))
    result.extra = {"auc": round(auc(coop, conf), 4), "coverage": round(covered / len(group), 4) if group else 0.0,
                    "wrong": round(wrong / len(group), 4) if group else 0.0,
                    "cooperative": len(coop), "conflictual": len(conf),
                    "articles": len({s.article for s in group})}
    return result


def evaluate_split(gold_dir: Path, split: str = "heldout", limit: int | None = None) -> list[Score]:
    """Per-language tone scores over the gold articles of ``split``, then all languages together."""
    from cronaca.evaluate.gold import load

    articles = load(gold_dir, split)
    found = samples(articles[:limit] if limit else articles)
    dataset = f"gold/{split}"
    languages = sorted({s.language for s in found})
    scores = [score([s for s in found if s.language == lang], dataset, lang) for lang in languages]
    if len(languages) > 1:
        scores.append(score(found, dataset, "all"))
    return scores


def main() -> None:
    """`python -m cronaca.evaluate.tone [dev|heldout] [--errors]`: the scores, and on dev the
    polarity-wrong sentences (the ones to read when tuning the lexicons)."""
    import sys

    from cronaca.evaluate.gold import load
    from cronaca.evaluate.runner import default_gold_dir

    split = next((a for a in sys.argv[1:] if not a.startswith("-")), "dev")
    for s in evaluate_split(default_gold_dir(), split):
        print(f"{s.language:<4} auc {s.extra['auc']:.3f}  coverage {s.extra['coverage']:.3f}  "
              f"wrong {s.extra['wrong']:.3f}  (coop {s.extra['cooperative']}, conf {s.extra['conflictual']})")
    if "--errors" in sys.argv and split == "dev":
        for sample in samples(load(default_gold_dir(), "dev")):
            if wrong_sign(sample):
                kind = "COOP" if sample.cooperative else "CONF"
                print(f"{sample.article} {kind} {sample.score:+.1f} {sample.sentence[:160]!r}")


if __name__ == "__main__":
    main()
