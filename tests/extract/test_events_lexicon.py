"""Event lexicons and the PLOVER table: data that loads, inflects and matches as the rules expect."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cronaca.extract.events import ontology
from cronaca.extract.events.frames import FrameError, parse
from cronaca.extract.events.lexicon import inflect, lexicon
from cronaca.lang import load, supported

ROOT = Path(__file__).resolve().parents[2]
EVENT_LANGUAGES = [code for code in supported() if load(code).has("event_triggers.tsv")]


def test_every_plover_type_has_a_score_and_accuse_is_negative():
    assert len(ontology.types()) == 16
    assert ontology.intensity("ACCUSE", None) == -2.0
    assert ontology.intensity("CONSULT", "visit") == 4.0
    assert ontology.intensity("ASSAULT", "no-such-mode") == -9.0  # unknown mode: the type's score


@pytest.mark.parametrize("code", EVENT_LANGUAGES)
def test_each_language_lexicon_compiles_with_valid_types(code):
    lex = lexicon(code)
    assert len(lex.automaton) > 500
    for row in load(code).table("event_triggers.tsv"):
        for type_ in row["type"].split("+"):  # "SANCTION+COERCE": a trigger reporting two acts
            assert type_ in ontology.types(), row
        parse(row["frame"], row["pos"])


def _italian_forms(lemma: str) -> dict[str, str | None]:
    """{form: tense} of an Italian lemma by lang/it/verb_inflections.tsv (the longest ending first)."""
    it = load("it")
    rules = sorted([(r["ending"], tuple(r["suffixes"].split("|")), r["tense"])
                    for r in it.table("verb_inflections.tsv")], key=lambda r: -len(r[0]))
    grammar = {r["key"]: r["value"] for r in it.table("event_grammar.tsv")}
    return inflect(lemma, rules, grammar)


def test_italian_inflection_rules_give_past_future_and_conditional_forms():
    forms = _italian_forms("recarsi")
    assert forms["recato"] is None and forms["recherà"] == "future" and forms["recherebbe"] == "conditional"


@pytest.mark.parametrize("lemma, future, conditional", [
    ("iniziare", "inizierà", "inizierebbe"),  # -iare keeps its i ...
    ("inviare", "invierà", "invierebbe"),
    ("cominciare", "comincerà", "comincerebbe"),  # ... except after c and g, where it only marks the sound
    ("mangiare", "mangerà", "mangerebbe"),
])
def test_italian_futures_of_iare_verbs_keep_the_i_except_after_c_and_g(lemma, future, conditional):
    forms = _italian_forms(lemma)
    assert forms[future] == "future" and forms[conditional] == "conditional"


def test_matches_are_whole_words_and_leftmost_longest():
    lex = lexicon("it")
    text = "Hanno accolto con favore la visita, non l'avvisita."
    found = [(text[m.start:m.end], [t.type for t in m.triggers]) for m in lex.scan(text) if m.triggers]
    assert found == [("accolto con favore", ["SUPPORT"]), ("visita", ["CONSULT", "CONSULT"])]


def test_german_noun_triggers_match_inside_compounds():
    text = "Neue Wirtschaftssanktionen"
    [match] = [m for m in lexicon("de").scan(text) if m.triggers]
    assert text[match.start:match.end] == "sanktionen"


def test_a_gapped_trigger_keeps_its_tail_inside_the_head_s_sentence():
    # "schießen ~ gegen" (to attack in words) must not join "schoss" to the next sentence's "Gegen"
    text = "Die Armee schoss am Montag. Gegen Abend kam der Minister."
    lex = lexicon("de")
    joined = [text[m.start:m.end] for m in lex.scan(text) if m.triggers]
    assert joined == ["schoss am Montag. Gegen"]  # no sentences given: the gap runs on, as before
    assert [m for m in lex.scan(text, [27, len(text)]) if m.triggers] == []
    within = "Merz schoss am Montag gegen Scholz."
    [m] = [m for m in lex.scan(within, [len(within)]) if m.triggers]
    assert within[m.start:m.end] == "schoss am Montag gegen"


def test_a_frame_needs_one_trigger_slot():
    with pytest.raises(FrameError):
        parse("X Y", "verb")
    frame = parse("[of] X N [to] Y!", "noun")
    assert frame.role("to") == "Y" and frame.role("of") == "X" and frame.target_required


def _shared_resources() -> Path | None:
    """../shared/resources beside the checkout (or beside a parent folder, for worktrees)."""
    return next((p / "shared" / "resources" for p in ROOT.parents if (p / "shared" / "resources").is_dir()), None)


RESOURCES = _shared_resources()


@pytest.mark.skipif(RESOURCES is None, reason="../shared/resources absent")
def test_the_english_lexicon_is_what_the_tool_derives(tmp_path):
    out = tmp_path / "event_triggers.tsv"
    subprocess.run([sys.executable, str(ROOT / "tools" / "events" / "derive_en_triggers.py"),
                    "--resources", str(RESOURCES), "--out", str(out)], check=True, capture_output=True)
    committed = (ROOT / "src" / "cronaca" / "lang" / "en" / "event_triggers.tsv").read_text(encoding="utf-8")
    assert out.read_text(encoding="utf-8") == committed, "re-run tools/events/derive_en_triggers.py"
