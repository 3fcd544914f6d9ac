"""Highlighted article text: every fact marked, markup always nested, text never altered."""
from __future__ import annotations

import re

from cronaca.web.highlight import anchor_of, highlight

from .articles import hostile, putin_xi
from .html_text import text_of

TEXT = "Putin said \u201cRussia and China are partners\u201d on Wednesday."


def _record(**facts) -> dict:
    record = {"text": TEXT, "entities": [], "quotes": [], "events": [], "integrity": {"repairs": [], "removed": []}}
    record.update(facts)
    return record


def _wrap(record: dict) -> str:
    markup, _ = highlight(record)
    return f'<div id="t">{markup}</div>'


def _entity(eid: str, name: str, start: int, end: int) -> dict:
    return {"id": eid, "name": name, "type": "COUNTRY", "in_kb": True,
            "mentions": [{"start": start, "end": end, "text": TEXT[start:end], "rule": "r", "kind": "name",
                          "confidence": 0.9}]}


def test_text_is_unchanged_by_highlighting():
    for doc in (putin_xi(), hostile()):
        assert text_of(_wrap(doc.to_dict()), "t") == doc.text


def test_a_fact_crossing_another_is_split_and_still_nests():
    quote = {"start": 12, "end": 40, "text": TEXT[12:40], "speaker": None, "speaker_text": "Putin", "direct": True}
    crossing = _entity("Q1", "Crossing", 30, 48)  # starts inside the quote, ends after it
    html = _wrap(_record(quotes=[quote], entities=[crossing]))
    assert text_of(html, "t") == TEXT  # text_of raises when tags do not nest
    assert html.count('class="ent ent-country"') == 1 and html.count('class="ent ent-country cont"') == 1


def test_only_the_first_fragment_is_focusable_and_described():
    quote = {"start": 12, "end": 40, "text": TEXT[12:40], "speaker": None, "speaker_text": "Putin", "direct": True}
    html = _wrap(_record(quotes=[quote], entities=[_entity("Q1", "Crossing", 30, 48)]))
    heads = re.findall(r'<span class="ent ent-country"[^>]*>', html)
    assert 'tabindex="0"' in heads[0] and 'aria-describedby="' in heads[0]
    assert "tabindex" not in re.findall(r'<span class="ent ent-country cont"[^>]*>', html)[0]


def test_events_in_one_sentence_each_get_their_anchor():
    sentence = {"start": 0, "end": len(TEXT), "text": TEXT}
    events = [{"id": f"e{i}", "type": t, "source": [], "target": [], "status": "occurred", "date": None,
               "trigger": {"start": 6, "end": 10, "text": "said"}, "sentence": sentence, "rule": "r",
               "confidence": 0.5} for i, t in enumerate(("CONSULT", "AGREE"))]
    html = _wrap(_record(events=events))
    assert 'id="ev-e0"' in html and 'id="ev-e1"' in html
    assert text_of(html, "ev-e1") == TEXT


def test_the_title_says_what_which_rule_and_how_confident():
    html = _wrap(_record(entities=[_entity("Q159", "Russia", 12, 18)]))
    assert 'title="Russia (COUNTRY, Q159); name mention, rule r, confidence 0.90"' in html


def test_spans_out_of_range_are_clamped_and_reversed_ones_dropped():
    html = _wrap(_record(entities=[_entity("Q1", "Far", 40, 9999), _entity("Q2", "Reversed", 20, 10)]))
    assert text_of(html, "t") == TEXT
    assert "Reversed" not in html


def test_a_zero_width_repair_is_a_focusable_point():
    repair = {"kind": "glue", "start": 5, "end": 5, "before": ".", "after": "", "confidence": 0.8, "rule": "glue.r"}
    html = _wrap(_record(integrity={"repairs": [repair], "removed": []}))
    assert re.search(r'<ins class="repair" [^>]*tabindex="0"[^>]*data-point="1"></ins>', html)
    assert text_of(html, "t") == TEXT


def test_event_anchors_are_safe_element_ids():
    assert anchor_of('a b/"c<', 0) == "ev-a-b--c-"
    assert anchor_of("", 3) == "ev-e3"


def test_dates_are_marked_with_their_resolved_value():
    date = {"start": 46, "end": 55, "text": "Wednesday", "value": "2026-02-04", "rule": "weekday"}
    html = _wrap(_record(dates=[date]))
    assert '<time class="date" title="Date: 2026-02-04; rule weekday"' in html
    assert text_of(html, "date-0") == "Wednesday"
