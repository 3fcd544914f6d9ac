"""Italian cleft attributions: "A dirlo è X", "A parlare è una madre ...: «...»" name the speaker after
the copula, for the quotation or sentence before the cleft and for the quotation its colon opens."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources

CROSETTO = {"x:person:crosetto": ("PERSON", ["Guido Crosetto"])}


def _quotes(text: str, entities: dict | None = None) -> list[tuple[str, str | None, str | None, str]]:
    doc = make_doc(text, "it", entities or {})
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker, q.speaker_text, q.rule) for q in find_quotes(doc)]


def test_cleft_after_a_quotation_names_its_speaker():
    text = "«La situazione al confine è ormai fuori controllo». A dirlo è Guido Crosetto, al termine del vertice."
    assert _quotes(text, CROSETTO) == [
        ("La situazione al confine è ormai fuori controllo", "x:person:crosetto", "Guido Crosetto",
         "direct:after|speaker:mention-after")]


def test_cleft_after_a_plain_sentence_reports_that_sentence():
    text = "I conti della manovra non tornano affatto. A sostenerlo è Guido Crosetto, ospite di un convegno."
    assert _quotes(text, CROSETTO) == [
        ("I conti della manovra non tornano affatto", "x:person:crosetto", "Guido Crosetto",
         "indirect:anaphoric|speaker:mention-after")]


def test_cleft_with_an_unnamed_subject_speaks_before_and_after_its_colon():
    text = ("«Qui ci sentiamo abbandonati». A parlare è una madre di famiglia che l'altra notte ha subito un "
            "furto nella villetta: «Dormivamo tutti al secondo piano».")
    assert [(t, s, st) for t, s, st, _ in _quotes(text)] == [
        ("Qui ci sentiamo abbandonati", None, "una madre"),
        ("Dormivamo tutti al secondo piano", None, "una madre")]


def test_cleft_subject_is_not_read_as_a_relative_clause_report():
    # "una madre di famiglia che l'altra notte ha subito un furto": "che" opens a relative, not a report
    text = "A parlare è una madre di famiglia che l'altra notte ha subito un furto nella villetta."
    assert _quotes(text) == []


def test_a_dire_il_vero_is_no_cleft():
    text = "Il governo ha approvato la manovra. A dire il vero la partita è stata noiosa fino alla fine."
    assert _quotes(text) == []


def test_capitalised_preposition_opening_a_name_after_the_verb_is_the_speaker():
    # "Alle" is the preposition "alle" only in lower case: here it opens the tattoo artist's name
    text = "«Mi hanno portato via anche le tavole grafiche» aggiunge Alle Tattoo. Il furto è stato denunciato."
    assert _quotes(text, {"x:org:alle-tattoo": ("ORG", ["Alle Tattoo"])}) == [
        ("Mi hanno portato via anche le tavole grafiche", "x:org:alle-tattoo", "Alle Tattoo",
         "direct:after|speaker:mention-after")]


def test_sentences_opening_with_auxiliary_and_participle_carry_the_subject_further_back():
    # four sentences between the mayor and his words; three of them open with "ha" + participle, so the
    # walk back for the verb with no subject goes on past the usual three sentences
    text = ("Il sindaco Beppe Sala ha parlato ieri in consiglio comunale. Ha ricordato il bilancio dell'anno. "
            "Poi ha citato i dati sul turismo. Ha parlato anche dei trasporti. La seduta è durata tre ore. "
            "«I lavori riprenderanno lunedì», ha aggiunto.")
    assert _quotes(text, {"x:person:sala": ("PERSON", ["Beppe Sala"])}) == [
        ("I lavori riprenderanno lunedì", "x:person:sala", "Beppe Sala",
         "direct:after|speaker:carry-over:zero-subject")]


def test_a_sentence_with_its_own_subject_does_not_widen_the_walk():
    text = ("Il sindaco Beppe Sala ha parlato ieri in consiglio comunale. La giunta ha approvato il bilancio. "
            "I consiglieri hanno votato a favore. La seduta è durata tre ore. Il pubblico ha applaudito. "
            "«I lavori riprenderanno lunedì», ha aggiunto.")
    assert [q.speaker for q in find_quotes(_doc(text))] == [None]


def _doc(text: str):
    doc = make_doc(text, "it", {"x:person:sala": ("PERSON", ["Beppe Sala"])})
    doc.sources = find_sources(doc)
    return doc
