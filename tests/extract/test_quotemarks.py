"""Quotation-mark pairing, including marks left oddly attached by detokenised text."""
from cronaca.extract.quotemarks import find_quoted


def contents(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quoted(text)]


def test_mark_glued_to_a_colon_opens():
    assert contents('Il ministro ha detto:"Siamo pronti a tutto". Poi è partito.') == ["Siamo pronti a tutto"]


def test_mark_glued_to_a_comma_opens():
    assert contents('Ha risposto,"non ci fermeremo" e se ne è andato.') == ["non ci fermeremo"]


def test_straight_quotes_with_spaces_inside_are_paired_in_order():
    text = 'Medvedev ha detto " il mondo non sarebbe più sicuro " . Poi ha parlato di "reset" .'
    assert contents(text) == ["il mondo non sarebbe più sicuro", "reset"]


def test_odd_number_of_loose_straight_quotes_pairs_nothing():
    assert contents('Uno schermo da 5" e un altro da 7 pollici.') == []


def test_straight_single_quotes_pair_but_elisions_do_not():
    text = "L'ex ministro ha detto 'siamo pronti' all'assemblea."
    assert contents(text) == ["siamo pronti"]


def test_apostrophe_after_a_word_closes_nothing_when_nothing_is_open():
    assert contents("The players' union said 'we are ready' on Monday.") == ["we are ready"]


def test_unclosed_single_quote_is_dropped_at_paragraph_end():
    assert contents("Ci vuole un po' di pazienza, e 'basta\nAltro paragrafo.") == []


def test_spaced_straight_quote_before_a_comma_does_not_swallow_later_guillemets():
    text = "Sono i ladri \" della sera \", che entrano. «Sono rientrata alle 18», spiega la titolare."
    assert contents(text) == ["della sera", "Sono rientrata alle 18"]
