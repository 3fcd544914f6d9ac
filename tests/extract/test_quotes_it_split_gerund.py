"""Italian attribution: a one-word opening split by a dashed attribution, a gerund taking the
subject of the verb before it (with no comma, past its object), a name after a complementizer that
opens the reported clause instead of speaking."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def quotes(doc):
    doc.sources = find_sources(doc)
    return find_quotes(doc)


SCALZONE = {"x:person:scalzone": ("PERSON", ["Oreste Scalzone", "Scalzone"])}


def test_one_word_before_a_dashed_attribution_splits_the_quotation():
    text = ("Oreste Scalzone ha parlato ai giornalisti. «Tornerò - prosegue - da pendolare, come i "
            "teatranti con i loro carri».")
    found = quotes(make_doc(text, "it", SCALZONE))
    assert [(q.text, q.speaker, q.direct) for q in found] == [
        ("Tornerò", "x:person:scalzone", True),
        ("da pendolare, come i teatranti con i loro carri", "x:person:scalzone", True)]


def test_gerund_without_comma_shares_the_subject_of_the_verb_before():
    text = ("Giovanna Maggiani Chelli ha commentato l'affermazione di Grillo rilevando che «la mafia ha "
            "strangolato un sacco di persone».")
    found = quotes(make_doc(text, "it", {"x:person:chelli": ("PERSON", ["Giovanna Maggiani Chelli"]),
                                         "x:person:grillo": ("PERSON", ["Grillo"])}))
    direct = [(q.text, q.speaker) for q in found if q.direct]
    assert direct == [("la mafia ha strangolato un sacco di persone", "x:person:chelli")]


def test_object_right_before_a_gerund_does_not_speak():
    text = ("Vittorio Feltri rivendica di poter criticare il premier affermando che il livore di Sallusti "
            "è determinato dalla perdita di copie.")
    found = quotes(make_doc(text, "it", {"x:person:feltri": ("PERSON", ["Vittorio Feltri"]),
                                         "x:person:berlusconi": ("PERSON", ["premier"]),
                                         "x:person:sallusti": ("PERSON", ["Sallusti"])}))
    content = [q for q in found if q.text.startswith("il livore")]
    assert [(q.text, q.speaker) for q in content] == [
        ("il livore di Sallusti è determinato dalla perdita di copie", "x:person:feltri")]


def test_name_after_the_complementizer_is_not_the_speaker():
    text = ("Fiorello Rossi ha parlato dopo di lui. Più drastico il comico, che ha dichiarato che Grillo "
            "«ha detto una sciocchezza».")
    found = quotes(make_doc(text, "it", {"x:person:rossi": ("PERSON", ["Fiorello Rossi"]),
                                         "x:person:grillo": ("PERSON", ["Grillo"])}))
    assert all(q.speaker != "x:person:grillo" for q in found)
    assert "ha detto una sciocchezza" in [q.text for q in found]


def test_subject_opening_the_sentence_before_a_long_prepositional_aside_speaks():
    text = ("Beppe Grillo è tornato in Sicilia. L'attivista genovese, a margine di un comizio a Palermo "
            "presso cui si era recato per sostenere la candidatura di Riccardo Nuti alle elezioni "
            "amministrative, ha dichiarato che «la mafia non ha mai strangolato il proprio cliente».")
    found = quotes(make_doc(text, "it", {"x:person:grillo": ("PERSON", ["Beppe Grillo"]),
                                         "x:person:nuti": ("PERSON", ["Riccardo Nuti"]),
                                         "x:loc:palermo": ("LOC", ["Palermo"])}))
    direct = [(q.text, q.speaker) for q in found if q.direct]
    assert direct == [("la mafia non ha mai strangolato il proprio cliente", "x:person:grillo")]


def test_attribution_word_and_a_body_noun_with_no_comma_report_the_clause_after():
    text = ("Anche l'associazione Addiopizzo ha commentato negativamente l'uscita di Beppe Grillo. Secondo "
            "l'associazione frasi simili non sono giustificabili neppure se dette in chiave provocatoria, "
            "alla luce della serietà dell'argomento.")
    found = quotes(make_doc(text, "it", {"x:org:addiopizzo": ("ORG", ["Addiopizzo"]),
                                         "x:person:grillo": ("PERSON", ["Beppe Grillo"])}))
    assert [(q.text, q.speaker) for q in found] == [
        ("frasi simili non sono giustificabili neppure se dette in chiave provocatoria, alla luce della "
         "serietà dell'argomento", "x:org:addiopizzo")]


def test_attribution_word_and_a_name_with_no_comma_spanish():
    text = "Según Pedro Sánchez el Gobierno no piensa subir los impuestos este año."
    found = quotes(make_doc(text, "es", {"x:person:sanchez": ("PERSON", ["Pedro Sánchez"])}))
    assert [(q.text, q.speaker) for q in found] == [
        ("el Gobierno no piensa subir los impuestos este año", "x:person:sanchez")]


def test_attribution_phrase_going_on_with_a_preposition_is_left_alone():
    text = "Secondo il presidente della Regione la situazione è sotto controllo da ieri sera."
    assert quotes(make_doc(text, "it", {})) == []


def test_adverb_between_the_verb_and_the_infinitive_marker():
    text = ("Nella sua lunga intervista Feltri afferma inoltre di votare Berlusconi a causa della mancanza "
            "di una alternativa politica.")
    found = quotes(make_doc(text, "it", {"x:person:feltri": ("PERSON", ["Feltri"]),
                                         "x:person:berlusconi": ("PERSON", ["Berlusconi"])}))
    assert [(q.text, q.speaker) for q in found] == [
        ("votare Berlusconi a causa della mancanza di una alternativa politica", "x:person:feltri")]


def test_confessing_reports_its_clause():
    text = "Feltri ha parlato a lungo, confessando che i rapporti personali con il premier non sono mai stati buoni."
    found = quotes(make_doc(text, "it", {"x:person:feltri": ("PERSON", ["Feltri"])}))
    assert [(q.text, q.speaker) for q in found] == [
        ("i rapporti personali con il premier non sono mai stati buoni", "x:person:feltri")]


def test_relative_che_after_a_comma_stands_for_the_noun_phrase_before_it():
    text = ("Più drastico il comico e showman Fiorello, che ha dichiarato che Grillo «ha detto una "
            "sciocchezza».")
    found = quotes(make_doc(text, "it", {"x:person:grillo": ("PERSON", ["Grillo"])}))
    direct = [(q.text, q.speaker, q.speaker_text) for q in found if q.direct]
    assert direct == [("ha detto una sciocchezza", None, "il comico e showman Fiorello")]


def test_short_quotation_later_in_the_same_clause_goes_on_quoting():
    text = ("Il patriarca di Belgrado Irinej ha definito la manifestazione come \"una sfilata di vergogna\" "
            "che rischia di diffondere la \"pestilenza\" nella società serba.")
    found = quotes(make_doc(text, "it", {"x:person:irinej": ("PERSON", ["Irinej"])}))
    assert [(q.text, q.speaker) for q in found] == [
        ("una sfilata di vergogna", "x:person:irinej"), ("pestilenza", "x:person:irinej")]


def test_relative_il_quale_before_an_aside_stands_for_the_noun_before_it():
    text = ("E questa sembra l'opzione preferita dal Presidente americano, il quale, intervistato il 29 "
            "gennaio 2006 dalla National Public Radio, ha avvertito: se l'Iran accresce le sue azioni "
            "militari in Iraq, risponderemo con fermezza.")
    found = quotes(make_doc(text, "it", {"x:media:npr": ("MEDIA", ["National Public Radio"])}))
    assert [(q.speaker, q.speaker_text) for q in found] == [(None, "Presidente americano")]
