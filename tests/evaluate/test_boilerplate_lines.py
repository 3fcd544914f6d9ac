"""The line-level boilerplate scorer: labels from the known body, counts of removed lines, splits."""
from __future__ import annotations

import gzip
import json

from cronaca.evaluate.boilerplate_lines import (BodyIndex, Tally, label_by_body, label_by_snippets,
                                                main, score_text, split_of, tallies)
from cronaca.evaluate.extraction import Page

BODY = ("Thousands of people marched through central London on Tuesday to protest against the new "
        "budget, police said.\n"
        "Budget cuts\n"
        "The government said the measures were necessary to balance the books.")
TEXT = ("Thousands of people marched through central London on Tuesday to protest against the new "
        "budget, police said.\n"
        "Read more: Budget cuts spark anger across the country\n"
        "Budget cuts\n"
        "The government said the measures were necessary to balance the books.\n"
        "Share this article on Facebook\n"
        "Why the Queen's corgis never travel abroad\n"
        "Prince Harry's memoir sold more copies in its first week than any other book, its "
        "publisher said.\n")


def page(body: str | None = BODY, **kw) -> Page:
    return Page("fundus", "uk/Example.html.gz", b"", "https://www.example.co.uk/news/1", "en",
                body=body, **kw)


def test_lines_are_labelled_by_the_share_of_their_trigrams_in_the_body():
    index = BodyIndex.of(BODY)
    assert label_by_body("The government said the measures were necessary to balance the books.",
                         index) == "body"
    assert label_by_body("Share this article on Facebook", index) == "boilerplate"
    assert label_by_body("Budget cuts", index) == "body"  # a whole paragraph of the body: a subhead
    assert label_by_body("Tuesday", index) is None  # in the body, but not a paragraph of it: unknown


def test_snippet_pages_label_only_lines_inside_a_snippet():
    with_ = ["thousands of people marched through central london"]
    without = ["share this article on facebook"]
    assert label_by_snippets("Share this article on Facebook", with_, without) == "boilerplate"
    assert label_by_snippets("Thousands of people marched through central London", with_, without) == "body"
    assert label_by_snippets("The government said the measures were necessary.", with_, without) is None


def test_removed_and_kept_lines_are_counted_against_their_labels():
    tally = Tally()
    score_text(page(), TEXT, tally)
    # "Read more", "Share this" and the teaser of another story beside it go (tp); the other
    # story's sentence at the end stays (fn); 3 body lines stay
    assert (tally.tp, tally.fp, tally.fn, tally.tn) == (3, 0, 1, 3)
    assert tally.glue_edits == 0


def test_pages_of_one_site_always_fall_in_the_same_split():
    a = Page("fundus", "a", b"", "https://www.example.com/a", "en")
    b = Page("scrapinghub-aeb", "b", b"", "http://example.com/other/b", "en")
    assert split_of(a) == split_of(b)


def test_the_scorer_runs_on_a_tiny_evaldata_folder(tmp_path):
    folder = tmp_path / "fundus"
    (folder / "test_data" / "uk").mkdir(parents=True)
    paragraphs = [line for line in BODY.splitlines() if line != "Budget cuts"]
    html = ("<html lang='en'><body><article><h1>Budget protest</h1>"
            + "".join(f"<p>{p}</p>" for p in paragraphs)
            + "<p>Read more: Budget cuts spark anger across the country</p></article></body></html>")
    (folder / "test_data" / "uk" / "Example_2024_01_01.html.gz").write_bytes(gzip.compress(html.encode()))
    (folder / "test_data" / "uk" / "Example.json").write_text(json.dumps(
        {"V1": {"body": {"summary": [], "sections": [{"headline": [], "paragraphs": paragraphs}]}}}))
    (folder / "manifest.jsonl").write_text(json.dumps(
        {"html": "test_data/uk/Example_2024_01_01.html.gz", "expected": "test_data/uk/Example.json",
         "parser_version": "V1", "url": "https://www.example.co.uk/news/1", "lang": "en"}) + "\n")
    found = tallies(tmp_path)
    split = split_of(page())
    counts = found[(split, "en")]
    assert (counts.tp, counts.fp, counts.fn, counts.tn) == (1, 0, 0, 2)
    assert counts.pages == 1


def test_absent_evaldata_is_said_plainly(tmp_path, capsys):
    assert main(["--evaldata", str(tmp_path / "nowhere")]) == 2
    assert "evaldata not found" in capsys.readouterr().err


def test_a_page_of_a_heldout_gold_article_is_known_by_its_url_or_its_text():
    from cronaca.evaluate.boilerplate_lines import is_heldout_page
    from cronaca.evaluate.extraction import Page

    gold = (frozenset({"example.org/news/1"}), "Il governo ha approvato martedì una riforma del "
            "sistema pensionistico, ha annunciato il ministero in un comunicato diffuso nel pomeriggio.")
    by_url = Page("trafilatura-eval", "a", b"", "https://www.example.org/news/1?ref=x", "it")
    by_text = Page("trafilatura-eval", "b", b"", "https://other.org/x", "it")
    other = Page("trafilatura-eval", "c", b"", "https://other.org/y", "it")
    assert is_heldout_page(by_url, "Testo qualsiasi.", gold)
    assert is_heldout_page(by_text, "Titolo\n" + gold[1], gold)
    assert not is_heldout_page(other, "Un altro articolo sul tempo di domani in Sicilia e in "
                               "Calabria, con piogge e vento forte lungo le coste.", gold)
