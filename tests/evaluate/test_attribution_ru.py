"""The ADAQ Russian quote scorer on a two-sentence set in ADAQ's own format (no evaldata needed)."""
from __future__ import annotations

from cronaca.evaluate import attribution_ru

SENTENCES = ("sentences\tsentence_id\n"
             "Песков сказал, что встреча состоится.\ta.xml_1\n"
             '"Погода в Москве была ""тёплой""."\tb.xml_2\n')
TOKENS = ("lemmas\ttext\tsentence_num\tindex_of_token_sent\ttags\n"
          + "".join(f"x\t{t}\ta.xml_1\t{i}\t{tag}\n" for i, (t, tag) in enumerate(
              [("Песков", "source"), ("сказал", "cue"), (",", "None"), ("что", "content"),
               ("встреча", "content"), ("состоится", "content"), (".", "None")], 1))
          + "".join(f"x\t{t}\tb.xml_2\t{i}\tNone\n" for i, t in enumerate(
              ["Погода", "в", "Москве", "была", '""""', "тёплой", '""""', "."], 1)))


def write_set(folder):
    (folder / attribution_ru.DATASET).mkdir()
    (folder / attribution_ru.DATASET / "ru_sentences.tsv").write_text(SENTENCES, encoding="utf-8")
    (folder / attribution_ru.DATASET / "ru_tokens.tsv").write_text(TOKENS, encoding="utf-8")


def test_tokens_are_placed_on_the_sentence_text_with_doubled_quotes_undone(tmp_path):
    write_set(tmp_path)
    second = list(attribution_ru.sentences(tmp_path / attribution_ru.DATASET))[1]
    assert second.text == 'Погода в Москве была "тёплой".'
    assert [second.text[s:e] for s, e, _ in second.tokens][4:7] == ['"', "тёплой", '"']


def test_reported_speech_is_found_and_the_sentence_without_it_is_not(tmp_path):
    write_set(tmp_path)
    sentence, content, cue, source = attribution_ru.evaluate(tmp_path)
    assert (sentence.tp, sentence.fp, sentence.fn) == (1, 0, 0)
    assert (cue.tp, cue.fp, cue.fn) == (1, 0, 0)
    assert (source.tp, source.fp, source.fn) == (1, 0, 0)
    # cronaca's content starts after "что", which ADAQ counts as content
    assert (content.tp, content.fp, content.fn) == (2, 0, 1)
