"""extract/phrases: a bucket of patterns tried as one alternation finds what the patterns tried one
by one find, in their order, with each pattern's own groups."""
from cronaca.extract.phrases import PhraseIndex

DATES = PhraseIndex.build([
    (r"(?<!\w)(?P<s>the\s+end\s+of\s+(?P<month>march|april))(?!\w)", ["the"], "end-of-month"),
    (r"(?<!\w)(?P<s>the\s+previous\s+(?P<unit>week|month))(?!\w)", ["the"], "previous"),
    (r"(?<!\w)(?P<s>the\s+(?P<unit>week))(?!\w)", ["the"], "bare"),
])


def test_one_alternation_per_bucket_of_several_patterns() -> None:
    assert set(DATES.firsts) == {"the"}


def test_the_first_pattern_in_order_wins_with_its_own_groups() -> None:
    text = "By the end of April and the previous week, not the weekend: the week."
    found = [(m.group(), payload, m.groupdict()) for m, payload in DATES.finditer(text)]
    assert found == [
        ("the end of April", "end-of-month", {"s": "the end of April", "month": "April"}),
        ("the previous week", "previous", {"s": "the previous week", "unit": "week"}),
        ("the week", "bare", {"s": "the week", "unit": "week"}),
    ]


def test_a_pattern_that_refers_to_a_group_is_tried_alone() -> None:
    index = PhraseIndex.build([(r"(?P<w>\w+) (?P=w)", ["very"], "repeat"), (r"very", ["very"], "word")])
    assert index.firsts == {}
    assert [(m.group(), p) for m, p in index.finditer("it is very very hot")] == [("very very", "repeat")]
