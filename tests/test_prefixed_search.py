"""prefixed_search: the same matches as re.finditer, found from the patterns' literal openings."""
import re

from cronaca.prefixed_search import PrefixedPattern, openings, unglued

TEXT = ("The senator spoke. Then the former lawmaker left; bathe the 42-year-old.\n"
        "Der gab auf. Dieser kam. Oder Der? Der Politiker sagte, der Abgeordnete Max Weber nicht.")


def spans(pattern: str, text: str = TEXT) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    compiled = re.compile(pattern)
    return ([m.span() for m in compiled.finditer(text)],
            [m.span() for m in PrefixedPattern.of(compiled).finditer(text)])


def test_openings_of_a_word_boundary_and_a_class() -> None:
    assert openings(re.compile(r"\b[Tt]he (?:\d+-year-old|former )")) == {"The ", "the "}


def test_openings_skip_lookbehinds_and_anchors() -> None:
    assert openings(re.compile(r"(?:^|(?<=[.!?:] )|(?<=\n))(?:Der|Dieser)\b")) == {"Der", "Dieser"}


def test_no_openings_when_a_match_may_start_anywhere() -> None:
    assert openings(re.compile(r"\d+-year-old")) is None
    assert openings(re.compile(r"the", re.IGNORECASE)) is None


def test_same_matches_as_finditer_with_a_word_boundary() -> None:
    old, new = spans(r"\b[Tt]he (?:\d+-year-old|former (?:lawmaker|senator))\b")
    assert new == old == [(24, 43), (56, 71)]


def test_same_matches_as_finditer_with_a_lookbehind_at_sentence_starts() -> None:
    old, new = spans(r"(?:^|(?<=[.!?:] )|(?<=\n))(?:Der|Dieser)\b")
    assert new == old and len(old) == 3  # "Der gab", "Dieser kam", "Der Politiker" (not "Oder Der?")


def test_matches_do_not_overlap() -> None:
    old, new = spans(r"\b[Dd]er (?:Politiker|Abgeordnete)\b(?: \w+)*", "der Politiker der Abgeordnete")
    assert new == old == [(0, 29)]


def test_unglued_gives_the_matches_of_a_leading_negative_lookbehind() -> None:
    text = "Laut Spiegel und DerSpiegel, laut Welt-Spiegel und laut Spiegels Bericht."
    heads = r"(?:Spiegel|Welt)(?=s?(?!\w))"
    expected = [m.span() for m in re.finditer(r"(?<!\w)" + heads, text)]
    assert [m.span() for m in unglued(re.compile(heads), text, re.compile(r"\w"))] == expected
    assert expected == [(5, 12), (34, 38), (39, 46), (56, 63)]


def test_unglued_moves_on_past_a_glued_match_to_the_next_place() -> None:
    # "DerX" is glued; the X after the hyphen is glued to it too; the last X stands alone
    text = "DerX, Twitter-X und X."
    found = [m.span() for m in unglued(re.compile(r"X(?![\w-]|\.\w)"), text, re.compile(r"[\w-]"))]
    assert found == [(20, 21)]
