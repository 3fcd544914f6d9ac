"""Speakers named after the verb past an addressee or a compound title, a bare surname whose full
name the linker met only later, and a role of a party naming the one person met just before."""
from extract.handmade import make_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources


def quotes(doc):
    doc.sources = find_sources(doc)
    return find_quotes(doc)


def test_subject_after_a_short_addressee_speaks_spanish():
    text = "“No hay pruebas”, declaró a la prensa el fiscal general, Alejandro Gertz Manero."
    found = quotes(make_doc(text, "es", {"x:person:gertz": ("PERSON", ["Alejandro Gertz Manero"])}))
    assert [(q.text, q.speaker) for q in found] == [("No hay pruebas", "x:person:gertz")]


def test_subject_after_a_channel_speaks_italian():
    text = "«Non ci faremo intimidire», ha scritto su X la premier Giorgia Meloni."
    found = quotes(make_doc(text, "it", {"x:person:meloni": ("PERSON", ["Giorgia Meloni"])}))
    assert [(q.text, q.speaker) for q in found] == [("Non ci faremo intimidire", "x:person:meloni")]


def test_a_name_after_the_addressee_noun_is_the_addressee_not_the_speaker():
    text = ("Hugo Bustos habló del contrabando. “Es imposible”, aseguró a la red Unitel.")
    found = quotes(make_doc(text, "es", {"x:person:bustos": ("PERSON", ["Hugo Bustos"]),
                                         "x:media:unitel": ("MEDIA", ["Unitel"])}))
    assert [(q.text, q.speaker) for q in found] == [("Es imposible", "x:person:bustos")]


def test_person_named_right_after_a_compound_title_with_a_body_speaks():
    text = ("Es sei erschreckend, wie ahnungslos die Landesregierung war, sagt SWR-Landeskorrespondent "
            "Matthias Zahn.")
    found = quotes(make_doc(text, "de", {"x:media:swr": ("MEDIA", ["SWR"]),
                                         "x:person:zahn": ("PERSON", ["Matthias Zahn"])}))
    assert [(q.text, q.speaker) for q in found] == [
        ("Es sei erschreckend, wie ahnungslos die Landesregierung war", "x:person:zahn")]


def test_bare_surname_takes_the_full_name_met_later_when_the_first_was_missed():
    text = ("Umgekehrt seien deutsche Ausfuhren von großer Bedeutung für die iranische Wirtschaft, erklärt "
            "Lohmann. „Das Druckpotential ist ausgeschöpft“, sagt Sascha Lohmann.")
    found = quotes(make_doc(text, "de", {"x:person:lohmann": ("PERSON", ["Sascha Lohmann"])}))
    assert [(q.text, q.speaker) for q in found] == [
        ("Umgekehrt seien deutsche Ausfuhren von großer Bedeutung für die iranische Wirtschaft", "x:person:lohmann"),
        ("Das Druckpotential ist ausgeschöpft", "x:person:lohmann")]


def test_role_of_a_party_names_the_one_person_met_just_before():
    text = ("Matteo Salvini è arrivato a Pontida. Il leader della Lega ha detto che «l'autonomia si farà "
            "entro l'anno».")
    found = quotes(make_doc(text, "it", {"x:person:salvini": ("PERSON", ["Matteo Salvini"]),
                                         "x:org:lega": ("ORG", ["Lega"])}))
    assert {q.speaker for q in found} == {"x:person:salvini"}


def test_role_of_a_party_with_two_people_before_names_no_one():
    text = ("Matteo Salvini ha incontrato Antonio Tajani a Roma. Il leader della Lega ha detto che «l'autonomia "
            "si farà entro l'anno».")
    found = quotes(make_doc(text, "it", {"x:person:salvini": ("PERSON", ["Matteo Salvini"]),
                                         "x:person:tajani": ("PERSON", ["Antonio Tajani"]),
                                         "x:org:lega": ("ORG", ["Lega"])}))
    assert found and {q.speaker for q in found} == {None}


def test_german_attribution_phrase_before_the_verb_reports_the_rest_of_the_sentence():
    text = "Nach Angaben des Oberstaatsanwalts Mario Mannweiler sollen die Ermittlungen im Sommer abgeschlossen werden."
    found = quotes(make_doc(text, "de", {"x:person:mannweiler": ("PERSON", ["Mario Mannweiler"])}))
    assert [(q.text, q.speaker) for q in found] == [
        ("sollen die Ermittlungen im Sommer abgeschlossen werden", "x:person:mannweiler")]


def test_german_attribution_phrase_in_the_middle_field_reports_what_follows_it():
    text = ("Die Ermittlungen sollen nach Angaben des zuständigen Oberstaatsanwalts Mario Mannweiler im Sommer "
            "oder Herbst abgeschlossen werden.")
    found = quotes(make_doc(text, "de", {"x:person:mannweiler": ("PERSON", ["Mario Mannweiler"])}))
    assert [(q.text, q.speaker) for q in found] == [
        ("im Sommer oder Herbst abgeschlossen werden", "x:person:mannweiler")]


def test_german_attribution_to_a_body_noun_without_a_name_keeps_the_phrase():
    text = "Nach Angaben der Polizei wurden bei dem Unfall drei Menschen verletzt."
    found = quotes(make_doc(text, "de"))
    assert [(q.text, q.speaker, q.speaker_text) for q in found] == [
        ("wurden bei dem Unfall drei Menschen verletzt", None, "Polizei")]


def test_german_attribution_to_a_paper_is_no_speech():
    text = "Die Partei hatte sich laut dem zunächst internen Papier detailliert Gedanken zum Zeitpunkt gemacht."
    assert quotes(make_doc(text, "de")) == []


def test_german_attribution_phrase_holding_a_participle_is_left_alone():
    text = ("Im Gazastreifen wurden laut Angaben des von der Hamas kontrollierten Gesundheitsministeriums "
            "rund 38 664 Palästinenser getötet.")
    found = quotes(make_doc(text, "de", {"x:group:hamas": ("GROUP", ["Hamas"])}))
    assert all(q.speaker != "x:group:hamas" for q in found)


def test_a_body_of_the_state_is_not_the_company_met_before():
    text = ("La Fiat ha annunciato nuovi tagli a Torino. La polizia ha detto che non ci sono stati incidenti "
            "davanti ai cancelli.")
    found = quotes(make_doc(text, "it", {"x:org:fiat": ("ORG", ["Fiat"])}))
    assert [(q.speaker, q.speaker_text) for q in found] == [(None, "La polizia")]


def test_a_company_noun_from_description_nouns_names_the_company_met_before():
    text = ("La Fiat ha annunciato nuovi tagli a Torino. L'azienda ha detto che i tagli riguarderanno "
            "duemila dipendenti.")
    found = quotes(make_doc(text, "it", {"x:org:fiat": ("ORG", ["Fiat"])}))
    assert [q.speaker for q in found] == ["x:org:fiat"]


def test_a_short_lead_and_a_colon_go_on_quoting_the_last_speaker():
    text = ("Il ministro degli Esteri Antonio Tajani è intervenuto alla Camera. «L'Italia non invierà truppe in "
            "Ucraina, lo abbiamo detto tante volte», ha detto Tajani. E ancora: «Lavoriamo ogni giorno per la "
            "pace e per il dialogo».")
    found = quotes(make_doc(text, "it", {"x:person:tajani": ("PERSON", ["Antonio Tajani", "Tajani"])}))
    assert [(q.text, q.speaker) for q in found] == [
        ("L'Italia non invierà truppe in Ucraina, lo abbiamo detto tante volte", "x:person:tajani"),
        ("Lavoriamo ogni giorno per la pace e per il dialogo", "x:person:tajani")]


def test_a_longer_lead_before_a_colon_is_no_continuation():
    text = ("Antonio Tajani ha parlato alla Camera. «Abbiamo fatto il possibile per tutti», ha detto Tajani. "
            "Sui cartelli dei manifestanti davanti al palazzo si leggeva: «Basta guerre in ogni parte del mondo».")
    found = quotes(make_doc(text, "it", {"x:person:tajani": ("PERSON", ["Antonio Tajani", "Tajani"])}))
    assert [q.text for q in found] == ["Abbiamo fatto il possibile per tutti"]


def test_the_person_after_a_cited_body_in_the_attribution_phrase_speaks():
    text = "Secondo il portavoce del Cremlino Dmitrij Peskov, i colloqui proseguiranno la prossima settimana."
    doc = make_doc(text, "it", {"kb:org:kremlin": ("ORG", ["Cremlino"]),
                                "x:person:peskov": ("PERSON", ["Dmitrij Peskov"])})
    found = quotes(doc)
    assert [(q.text, q.speaker) for q in found] == [
        ("i colloqui proseguiranno la prossima settimana", "x:person:peskov")]


def test_french_rapporte_right_after_a_quotation_is_a_verb_of_saying():
    text = ("« Les systèmes de défense aérienne ont détruit 33 drones au-dessus de la Crimée », rapporte le "
            "ministère russe de la Défense dans un communiqué.")
    found = quotes(make_doc(text, "fr", {"x:org:mod": ("ORG", ["ministère russe de la Défense"])}))
    assert [(q.text, q.speaker) for q in found] == [
        ("Les systèmes de défense aérienne ont détruit 33 drones au-dessus de la Crimée", "x:org:mod")]


def test_german_meldete_right_after_a_quotation_is_a_verb_of_saying():
    text = "„Die Lage in den Krankenhäusern ist dramatisch“, meldete das Gesundheitsministerium am Abend."
    found = quotes(make_doc(text, "de", {"x:org:ministerium": ("ORG", ["Gesundheitsministerium"])}))
    assert [(q.text, q.speaker) for q in found] == [
        ("Die Lage in den Krankenhäusern ist dramatisch", "x:org:ministerium")]


def test_a_man_named_by_his_sex_is_the_one_person_met_just_before():
    text = ("Rom Braslavski wurde von der Hamas entführt. Die Gewalt habe nur einem Zweck gedient, sagt der "
            "junge Mann.")
    found = quotes(make_doc(text, "de", {"x:person:braslavski": ("PERSON", ["Rom Braslavski"]),
                                         "x:group:hamas": ("GROUP", ["Hamas"])}))
    assert [(q.text, q.speaker) for q in found] == [
        ("Die Gewalt habe nur einem Zweck gedient", "x:person:braslavski")]


def test_a_german_adjective_spelt_like_an_individual_noun_is_no_person_by_age():
    # "junge" (young) is not "Junge" (a boy): German nouns are capitalised, so "der junge Chef" is read
    # as a role (here the one person met before), not as a person named by age
    text = ("Rom Braslavski wurde von der Hamas entführt. Die Gewalt habe nur einem Zweck gedient, sagt der "
            "junge Chef.")
    found = quotes(make_doc(text, "de", {"x:person:braslavski": ("PERSON", ["Rom Braslavski"]),
                                         "x:group:hamas": ("GROUP", ["Hamas"])}))
    assert [q.rule.rpartition("speaker:")[2] for q in found] == ["role-noun:only-person"]


def test_a_woman_named_by_her_sex_after_two_people_and_no_quotation_is_someone_new():
    text = ("Mario Rossi ha incontrato Luigi Bianchi in piazza. «Non ho visto nulla di strano quella sera», ha "
            "raccontato la donna.")
    found = quotes(make_doc(text, "it", {"x:person:rossi": ("PERSON", ["Mario Rossi"]),
                                         "x:person:bianchi": ("PERSON", ["Luigi Bianchi"])}))
    assert [(q.speaker, q.speaker_text) for q in found] == [(None, "la donna")]


def test_a_body_after_from_speaks_for_a_verb_with_no_subject():
    text = "«Il governo andrà avanti fino alla fine della legislatura», fanno sapere da Palazzo Chigi."
    found = quotes(make_doc(text, "it", {"x:org:chigi": ("ORG", ["Palazzo Chigi"])}))
    assert [(q.text, q.speaker) for q in found] == [
        ("Il governo andrà avanti fino alla fine della legislatura", "x:org:chigi")]


def test_a_place_after_from_is_where_it_was_said_not_who_said_it():
    text = "Mario Draghi è a Bruxelles. «L'Europa deve investire di più», ha detto da Bruxelles."
    found = quotes(make_doc(text, "it", {"x:person:draghi": ("PERSON", ["Mario Draghi"]),
                                         "x:place:bxl": ("PLACE", ["Bruxelles"])}))
    assert [q.speaker for q in found] == ["x:person:draghi"]


def test_si_legge_takes_the_source_named_after_it():
    text = "«È un atto inaccettabile», si legge in una nota del ministero degli Esteri."
    found = quotes(make_doc(text, "it", {"x:org:mae": ("ORG", ["ministero degli Esteri"])}))
    assert [(q.text, q.speaker) for q in found] == [("È un atto inaccettabile", "x:org:mae")]


def test_si_legge_with_no_source_is_no_ones_speech():
    assert quotes(make_doc("Si legge che il governo cadrà entro l'estate.", "it")) == []


def test_a_role_after_a_long_quotation_counts_the_speakers_before_from_its_opening():
    text = ("“Vamos a exigir la reforma de la Corte”, dice Taty Almeida, referente de Madres de Plaza de Mayo. "
            "“Se mueren los genocidas impunes. No podemos tolerar presos políticos. Esas son las razones que "
            "tenemos para estar en las calles. Vamos a seguir”, recalca la integrante de Madres.")
    found = quotes(make_doc(text, "es", {"x:person:almeida": ("PERSON", ["Taty Almeida"])}))
    assert [q.speaker for q in found] == ["x:person:almeida", "x:person:almeida"]


def test_english_short_subject_and_finite_verb_after_a_verb_of_saying_is_a_reported_clause():
    text = "Turkish foreign minister Mevlut Cavusoglu has confirmed diplomatic efforts are under way to repair ties."
    found = quotes(make_doc(text, "en", {"x:person:cavusoglu": ("PERSON", ["Mevlut Cavusoglu"])}))
    assert [(q.text, q.speaker) for q in found] == [
        ("diplomatic efforts are under way to repair ties", "x:person:cavusoglu")]


def test_english_object_with_no_finite_verb_is_no_reported_clause():
    text = "Turkish foreign minister Mevlut Cavusoglu confirmed plans for a visit to Cairo during a trip to Ankara."
    found = quotes(make_doc(text, "en", {"x:person:cavusoglu": ("PERSON", ["Mevlut Cavusoglu"])}))
    assert found == []


def test_german_konjunktiv_ii_sentence_right_after_someones_words_goes_on_with_them():
    text = ("„Wir müssen das Sozialmodell wieder hochhalten“, stellt Nora Back nach ihrer Rede klar. Die "
            "Gewerkschaften würden nicht verlangen, dass die Regierung alle Gesetzesprojekte zurückziehe.")
    found = quotes(make_doc(text, "de", {"x:person:back": ("PERSON", ["Nora Back"])}))
    assert [(q.text, q.speaker) for q in found][-1] == (
        "Die Gewerkschaften würden nicht verlangen, dass die Regierung alle Gesetzesprojekte zurückziehe",
        "x:person:back")


def test_german_konjunktiv_ii_sentence_with_no_words_before_is_no_report():
    text = ("Die Regierung hat den Haushalt beschlossen. Ohne die Reform würden die Kosten in den nächsten "
            "Jahren deutlich steigen.")
    assert quotes(make_doc(text, "de")) == []


def test_a_common_verb_inside_a_content_before_an_attribution_word_blocks_nothing():
    text = ("Das Schulsystem lässt viele Kinder im Stich, laut Weltbank können 91 Prozent der Kinder einfache "
            "Texte nur schwer lesen.")
    found = quotes(make_doc(text, "de", {"x:org:wb": ("ORG", ["Weltbank"])}))
    assert [(q.text, q.speaker) for q in found] == [("Das Schulsystem lässt viele Kinder im Stich", "x:org:wb")]


def test_a_noun_of_speech_after_a_quotation_gives_its_owner_as_speaker():
    text = ("«Non ci sono le condizioni per andare avanti», il commento di Matteo Salvini. «Alfano può essere "
            "il nostro candidato premier», è stata la risposta di Silvio Berlusconi ai microfoni di Rtl.")
    found = quotes(make_doc(text, "it", {"x:person:salvini": ("PERSON", ["Matteo Salvini"]),
                                         "x:person:berlusconi": ("PERSON", ["Silvio Berlusconi"])}))
    assert [(q.text, q.speaker) for q in found] == [
        ("Non ci sono le condizioni per andare avanti", "x:person:salvini"),
        ("Alfano può essere il nostro candidato premier", "x:person:berlusconi")]


def test_the_owner_of_the_noun_after_so_speaks_not_the_noun():
    text = "„Das ist absurd und gefährlich“, so die Antwort von Friedrich Merz."
    found = quotes(make_doc(text, "de", {"x:person:merz": ("PERSON", ["Friedrich Merz"])}))
    assert [(q.text, q.speaker) for q in found] == [("Das ist absurd und gefährlich", "x:person:merz")]


def test_a_noun_of_speech_about_someone_else_is_no_speaker_after_a_full_stop():
    text = ("«Non ci sono le condizioni per andare avanti». Il commento di Matteo Salvini è arrivato in serata "
            "dopo una lunga riunione.")
    found = quotes(make_doc(text, "it", {"x:person:salvini": ("PERSON", ["Matteo Salvini"])}))
    assert all(q.rule != "direct:speech-noun" for q in found)
