"""Speaker classes found wrong on fresh untuned Italian crime news (tools/quotes/dicefull_quotes.py
--set tune): an attribution inside the quotation marks whose closing dash the writer dropped at the
sentence's end or put after a long apposition, "interviene" as a verb of saying, and an indefinite
subject after the verb with a relative clause on it (it took the speaker of an earlier quotation)."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def speakers(text, lang, entities):
    doc = make_doc(text, lang, entities)
    doc.sources = find_sources(doc)
    return [(q.text, q.speaker, q.speaker_text) for q in find_quotes(doc)]


def test_it_inside_attribution_closed_by_a_full_stop_instead_of_a_dash_splits_the_quotation():
    text = ("L'imputato Marco Neri è stato condannato. «Siamo soddisfatti – ha detto l'avvocato Giulio Rossetti, "
            "che assiste la famiglia. Il giudice ha riconosciuto le nostre ragioni».")
    found = speakers(text, "it", {"N": ("PERSON", ["Marco Neri"]), "R": ("PERSON", ["Giulio Rossetti"])})
    assert found == [("Siamo soddisfatti", "R", "Giulio Rossetti"),
                     ("Il giudice ha riconosciuto le nostre ragioni", "R", "Giulio Rossetti")]


def test_it_inside_attribution_with_a_long_apposition_before_its_closing_dash_splits_the_quotation():
    text = ("Barbara Conti ha presentato il regolamento. «Noi - spiega Paolo Ferretti, consigliere del circolo "
            "orti di via Emilia, associazione che conta cento soci e trecento tesserati - siamo veterani».")
    found = speakers(text, "it", {"C": ("PERSON", ["Barbara Conti"]), "F": ("PERSON", ["Paolo Ferretti"])})
    assert found == [("Noi", "F", "Paolo Ferretti"), ("siamo veterani", "F", "Paolo Ferretti")]


def test_it_interviene_inside_a_quotation_names_a_new_speaker():
    text = ("Mario Alberti ha parlato per primo. «C'è un ragazzino che si fa vedere spesso - interviene "
            "Luca Bellei - e una volta ci ha minacciati».")
    found = speakers(text, "it", {"A": ("PERSON", ["Mario Alberti"]), "B": ("PERSON", ["Luca Bellei"])})
    assert [(s, t) for _q, s, t in found] == [("B", "Luca Bellei"), ("B", "Luca Bellei")]


def test_it_indefinite_subject_with_a_relative_clause_after_the_verb_speaks_not_a_shop_named_before():
    text = ("Le sirene del supermercato Conad sono scattate tre volte. «Mi sono affacciata e ho visto un uomo "
            "correre», spiega una donna che vive vicino all'esercizio.")
    found = speakers(text, "it", {"C": ("ORG", ["Conad", "esercizio"])})
    assert found == [("Mi sono affacciata e ho visto un uomo correre", None, "una donna")]


def test_it_person_named_after_tramite_speaks_for_the_party():
    text = ("Forza Italia ha chiesto modifiche alla legge. Il partito precisa tramite il capogruppo "
            "Renato Brunetta che il decreto sarà ritirato.")
    found = speakers(text, "it", {"F": ("ORG", ["Forza Italia", "partito"]), "B": ("PERSON", ["Renato Brunetta"])})
    assert found == [("il decreto sarà ritirato", "B", "Renato Brunetta")]


def test_it_note_after_tramite_names_nobody_and_the_party_speaks():
    text = "Forza Italia ha chiesto modifiche. Forza Italia fa sapere tramite una nota che il decreto sarà ritirato."
    found = speakers(text, "it", {"F": ("ORG", ["Forza Italia"])})
    assert [(q, s) for q, s, _t in found] == [("il decreto sarà ritirato", "F")]


def test_fr_person_named_after_par_la_voix_de_speaks_for_the_body():
    text = "Le Kremlin a fait savoir par la voix de Dmitri Peskov que les négociations continueront."
    found = speakers(text, "fr", {"K": ("ORG", ["Kremlin"]), "P": ("PERSON", ["Dmitri Peskov"])})
    assert [(q, s) for q, s, _t in found] == [("les négociations continueront", "P")]


def test_it_first_person_quotation_with_no_cue_passes_over_a_body_named_in_between():
    text = ("«È il quinto furto che subiamo – racconta il titolare Fabio Giglioli – in quattro anni». "
            "Il furgone della ditta Rossi Trasporti è stato visto in zona. "
            "«I carabinieri mi hanno riferito di una segnalazione arrivata da un cliente».")
    found = speakers(text, "it", {"G": ("PERSON", ["Fabio Giglioli"]), "R": ("ORG", ["Rossi Trasporti"])})
    assert found[-1] == ("I carabinieri mi hanno riferito di una segnalazione arrivata da un cliente",
                         "G", "Fabio Giglioli")


def test_it_riprende_inside_a_quotation_names_the_speaker():
    text = "«I carabinieri sono arrivati subito – riprende Fabio Giglioli – e hanno fermato il furgone»."
    found = speakers(text, "it", {"G": ("PERSON", ["Fabio Giglioli"])})
    assert [(s, t) for _q, s, t in found] == [("G", "Fabio Giglioli"), ("G", "Fabio Giglioli")]
