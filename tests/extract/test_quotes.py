"""Quotes: direct, split, partial and indirect speech with speakers, cues and according_to."""
from extract.handmade import make_doc, seed_doc

from cronaca.extract.quotes import find_quotes
from cronaca.extract.sources import find_sources

PUTIN = "Q7747"
XI = "Q15031"
AP = "Q40469"


def quotes(doc):
    doc.sources = find_sources(doc)
    return find_quotes(doc)


def direct(doc):
    return [(q.text, q.speaker, q.according_to) for q in quotes(doc) if q.direct]


def test_seed_direct_quotes_with_speakers_and_ap():
    found = direct(seed_doc())
    assert found[:3] == [
        ("veramente strategica", PUTIN, AP),
        ("Vorrei assicurarvi ancora una volta un fermo sostegno ai nostri sforzi condivisi per garantire "
         "la sovranità e la sicurezza dei nostri paesi, il nostro benessere socio-economico e il diritto "
         "di scegliere il nostro percorso di sviluppo", PUTIN, AP),
        ("grandioso piano per lo sviluppo dei legami bilaterali", XI, None),
    ]
    assert ("un’opportunità storica", XI, AP) in found
    assert ("ogni stagione è primavera nelle relazioni Russia-Cina", PUTIN, AP) in found


def test_seed_single_words_kept_only_next_to_their_cue():
    found = {t: s for t, s, _a in direct(seed_doc())}
    assert found["stabilizzante"] == PUTIN  # "ha descritto i legami ... come un fattore “stabilizzante”"
    assert found["esemplare"] == PUTIN  # "elogiando la natura “esemplare”": praise quotes his word
    assert "Smaschera" not in found  # the teaser's scare quote has no cue


def test_seed_indirect_speech_with_zero_subject():
    found = [(q.text[:30], q.speaker) for q in quotes(seed_doc()) if not q.direct]
    assert ("Russia e Cina stanno anche lav", PUTIN) in found  # "Ha affermato che ...": Putin carried over
    assert ("Cina e Russia dovrebbero sfrut", XI) in found



def test_seed_every_quote_is_putin_s_or_xi_s():
    # DESIGN.md: the seed's 14 quotes are Putin's (10) and Xi's (4); none goes to a noun phrase
    # ("Ha sottolineato i forti legami commerciali, sottolineando che ...": the object, not a speaker)
    found = quotes(seed_doc())
    assert sorted(q.speaker for q in found) == sorted([PUTIN] * 10 + [XI] * 4)

def test_teaser_scare_quotes_are_dropped():
    doc = make_doc("“Smaschera” Trump; L’aiutante di Putin SCARICA le “false storie dell’orrore”", "it",
                   {PUTIN: ("PERSON", ["Putin"])})
    assert quotes(doc) == []


def test_split_quote_shares_cue_and_speaker():
    text = "“Non ci fermeremo”, ha detto Putin, “finché non avremo vinto”."
    found = quotes(make_doc(text, "it", {PUTIN: ("PERSON", ["Putin"])}))
    assert [(q.text, q.speaker, q.cue.text) for q in found] == [
        ("Non ci fermeremo", PUTIN, "ha detto"),
        ("finché non avremo vinto", PUTIN, "ha detto"),
    ]


def test_english_inverted_and_pronoun_speakers():
    text = ("Johnson met the press on Monday. “We will not give up,” said Johnson. "
            "“The plan works,” he added.")
    found = quotes(make_doc(text, "en", {"x:person:johnson": ("PERSON", ["Johnson"])}))
    assert [(q.text, q.speaker, q.speaker_text) for q in found] == [
        ("We will not give up", "x:person:johnson", "Johnson"),
        ("The plan works", "x:person:johnson", "he"),
    ]


def test_nested_quotes_stay_inside_the_outer_quote():
    text = "“He told me ‘never again’ and left,” Smith said."
    (q,) = quotes(make_doc(text, "en", {"x:person:smith": ("PERSON", ["Smith"])}))
    assert (q.text, q.speaker) == ("He told me ‘never again’ and left", "x:person:smith")


def test_french_guillemets_with_inverted_pronoun_cue():
    text = "Macron est arrivé à Berlin. « Nous sommes prêts », a-t-il déclaré."
    (q,) = quotes(make_doc(text, "fr", {"Q3052772": ("PERSON", ["Macron"])}))
    assert (q.text, q.speaker, q.speaker_text, q.cue.text) == (
        "Nous sommes prêts", "Q3052772", "il", "a-t-il déclaré")


def test_spanish_indirect_speech():
    text = "Sánchez dijo que el acuerdo es histórico."
    (q,) = quotes(make_doc(text, "es", {"Q10952": ("PERSON", ["Sánchez"])}))
    assert (q.text, q.direct, q.speaker, q.cue.text) == ("el acuerdo es histórico", False, "Q10952", "dijo")


def test_german_low_high_quotes_and_so():
    text = "„Wir stehen an der Seite der Ukraine“, so Merz."
    (q,) = quotes(make_doc(text, "de", {"Q56038": ("PERSON", ["Merz"])}))
    assert (q.text, q.speaker, q.cue.text) == ("Wir stehen an der Seite der Ukraine", "Q56038", "so")


def test_mixed_straight_quotes():
    text = "“We are ready\", the minister said."
    (q,) = quotes(make_doc(text, "en"))
    assert (q.text, q.speaker, q.speaker_text) == ("We are ready", None, "the minister")


def test_unnamed_speaker_keeps_its_phrase():
    text = "“La situazione è grave”, ha detto il portavoce."
    (q,) = quotes(make_doc(text, "it"))
    assert (q.speaker, q.speaker_text) == (None, "il portavoce")


def test_titles_in_quotation_marks_are_not_quotes():
    text = "She appeared on “Fox News Sunday” to discuss the race."
    assert quotes(make_doc(text, "en")) == []


def test_indirect_speech_without_complementizer_in_english():
    text = "Clinton said she would win."
    (q,) = quotes(make_doc(text, "en", {"Q6294": ("PERSON", ["Clinton"])}))
    assert (q.text, q.direct, q.speaker) == ("she would win", False, "Q6294")


def test_quote_spans_point_into_the_text():
    doc = seed_doc()
    for q in quotes(doc):
        assert doc.text[q.start:q.end] == q.text
        assert q.cue is None or doc.text[q.cue.start:q.cue.end] == q.cue.text
        assert q.rule and 0 < q.confidence <= 1


def test_reported_speech_before_the_verb():
    text = "The talks have failed, a senior official said on Friday."
    (q,) = quotes(make_doc(text, "en"))
    assert (q.text, q.direct, q.speaker_text) == ("The talks have failed", False, "a senior official")


def test_inverted_verb_after_reported_speech():
    text = "La situazione è grave, ha detto il ministro."
    (q,) = quotes(make_doc(text, "it"))
    assert (q.text, q.speaker_text) == ("La situazione è grave", "il ministro")


def test_a_clause_with_its_own_verb_of_saying_is_not_preposed_content():
    text = "Putin ha parlato a lungo. Ha affermato che Russia e Cina lavorano insieme, ha riferito AP."
    found = quotes(make_doc(text, "it", {AP: ("MEDIA", ["AP"]), PUTIN: ("PERSON", ["Putin"])}))
    assert [(q.text, q.speaker, q.according_to) for q in found] == [("Russia e Cina lavorano insieme", PUTIN, AP)]


def test_two_apostrophes_as_quotation_marks():
    text = "''There's a lot of new complexity,'' said Mr. Burman."
    (q,) = quotes(make_doc(text, "en"))
    assert (q.text, q.speaker_text) == ("There's a lot of new complexity", "Mr. Burman")


def test_a_pronoun_joined_to_the_verb_belongs_to_the_cue():
    text = "Le ministre est arrivé. « Nous tiendrons », déclare-t-il."
    (q,) = quotes(make_doc(text, "fr", {"x:person:ministre": ("PERSON", ["Le ministre"])}))
    assert (q.cue.text, q.speaker_text, q.speaker) == ("déclare-t-il", "il", "x:person:ministre")


def test_a_phrase_that_starts_with_a_preposition_is_not_a_speaker():
    text = "«Ayer perdí el respeto por él», dice sobre el británico."
    (q,) = quotes(make_doc(text, "es"))
    assert q.speaker_text is None


def test_according_to_a_person_is_reported_speech():
    text = "According to the senator, the plan has failed."
    (q,) = quotes(make_doc(text, "en"))
    assert (q.text, q.speaker_text, q.cue.text, q.rule.split("|")[0]) == (
        "the plan has failed", "the senator", "According to", "indirect:according")


def test_according_to_an_outlet_makes_the_outlet_the_speaker_not_a_relay():
    # GUIDELINES section 3: an outlet asserting something is the speaker, according_to null
    text = "The plan has failed, according to Reuters."
    (q,) = quotes(make_doc(text, "en", {"Q130879": ("MEDIA", ["Reuters"])}))
    assert (q.text, q.speaker, q.according_to) == ("The plan has failed", "Q130879", None)


def test_parenthetical_verb_inside_reported_speech():
    text = "Se ciò non avvenisse, ha detto il ministro, ci saranno gravi conseguenze."
    (q,) = quotes(make_doc(text, "it"))
    assert (q.speaker_text, q.cue.text, q.rule.split("|")[0]) == (
        "il ministro", "ha detto", "indirect:parenthetical")
    assert q.text.startswith("Se ciò") and q.text.endswith("gravi conseguenze")


def test_passive_participle_is_no_cue():
    text = "Loué pour sa gestion, l’épidémiologiste a été rappelé à la rescousse."
    assert quotes(make_doc(text, "fr")) == []


def test_a_definite_role_noun_names_the_person_quoted_before():
    text = ("Il senatore Rick Scott ha detto che Biden deve dimettersi. "
            "«Non sta bene», ha aggiunto il senatore.")
    found = quotes(make_doc(text, "it", {"Q439729": ("PERSON", ["Il senatore Rick Scott"])}))
    assert [(q.speaker, q.speaker_text) for q in found] == [
        ("Q439729", "Il senatore Rick Scott"), ("Q439729", "il senatore")]


def test_a_role_noun_with_no_recent_speaker_stays_a_phrase():
    text = "Khaldun Zein è morto in battaglia. «Lo chiamavano terrorista», dice la madre."
    (q,) = quotes(make_doc(text, "it", {"x:person:khaldun-zein": ("PERSON", ["Khaldun Zein"])}))
    assert (q.speaker, q.speaker_text) == (None, "la madre")


def test_an_indefinite_speaker_is_someone_new():
    text = "Rick Scott ha parlato a lungo. «Biden non sta bene», ha detto un senatore."
    (q,) = quotes(make_doc(text, "it", {"Q439729": ("PERSON", ["Rick Scott"])}))
    assert (q.speaker, q.speaker_text) == (None, "un senatore")


def test_a_relative_clause_after_an_object_is_not_reported_speech():
    text = "Putin ha sottolineato i forti legami che uniscono i due paesi."
    assert quotes(make_doc(text, "it", {PUTIN: ("PERSON", ["Putin"])})) == []


def test_german_verb_second_puts_the_speaker_after_the_verb():
    text = "Darin betonte Smotrich, dass er nur Partner einer rechten Regierung sein will."
    (q,) = quotes(make_doc(text, "de", {"Q2039523": ("PERSON", ["Smotrich"])}))
    assert (q.text, q.speaker, q.speaker_text) == (
        "er nur Partner einer rechten Regierung sein will", "Q2039523", "Smotrich")


def test_german_fronted_phrase_before_a_direct_quote():
    text = "In einem Interview mit dem Sender sagte Bennett: „Ich werde nicht sein Boxsack sein.“"
    (q,) = quotes(make_doc(text, "de", {"Q816779": ("PERSON", ["Bennett"])}))
    assert (q.text, q.speaker) == ("Ich werde nicht sein Boxsack sein.", "Q816779")


def test_english_subject_before_told_keeps_the_object_out():
    text = "Officials told Putin that the talks would resume."
    (q,) = quotes(make_doc(text, "en", {PUTIN: ("PERSON", ["Putin"])}))
    assert (q.speaker, q.speaker_text) == (None, "Officials")


def test_spanish_speaker_after_the_verb_at_clause_start():
    text = "En Bruselas, afirmó Borrell que la Unión está unida."
    (q,) = quotes(make_doc(text, "es", {"Q352557": ("PERSON", ["Borrell"])}))
    assert (q.text, q.speaker) == ("la Unión está unida", "Q352557")


def test_pronoun_after_preposed_content_skips_names_inside_it():
    text = ("Ursula von der Leyen sprach in Brüssel. Nach Hinweisen, dass Akteure mit Hilfe von Tiktok "
            "eingegriffen haben, werde nun untersucht, sagte sie.")
    found = quotes(make_doc(text, "de", {"Q60772": ("PERSON", ["Ursula von der Leyen"]),
                                         "Q48938223": ("ORG", ["Tiktok"])}))
    assert [(q.speaker, q.speaker_text) for q in found] == [("Q60772", "sie")]


def test_a_role_noun_names_the_person_it_introduced_earlier():
    text = ("Am Ende wollten sie es loswerden, sagt der Anwalt und Dissident Ayman Sheib ad-Din. "
            "Die Versorgung war zusammengebrochen. Die Preise stiegen. Die Menschen flohen. "
            "«Wir brauchen gleichberechtigte Teilhabe», sagt der Anwalt.")
    found = quotes(make_doc(text, "de", {"x:person:ayman-sheib-ad-din": ("PERSON", ["Ayman Sheib ad-Din"])}))
    assert [(q.text, q.speaker) for q in found if q.direct] == [
        ("Wir brauchen gleichberechtigte Teilhabe", "x:person:ayman-sheib-ad-din")]


def test_a_role_noun_names_the_nearest_person_a_title_introduced():
    text = ("Llegó este martes la ministra del Interior, Izkia Siches. Lo hizo acompañada de su "
            "subsecretario, Manuel Monsalve. Habló de la agenda legislativa. "
            "“Sabemos que han pasado bandas”, advirtió la titular de Interior.")
    (q,) = quotes(make_doc(text, "es", {"Q96070935": ("PERSON", ["Izkia Siches"]),
                                        "x:person:manuel-monsalve": ("PERSON", ["Manuel Monsalve"])}))
    assert (q.speaker, q.speaker_text, q.rule.split("|")[1]) == (
        "Q96070935", "la titular", "speaker:role-noun:titled")


def test_a_title_that_opens_with_an_organisation_ends_with_the_speaker():
    text = "“We need to be very firm,” said European Union foreign policy chief Kaja Kallas."
    (q,) = quotes(make_doc(text, "en", {"Q458": ("ORG", ["European Union"]),
                                        "Q3186614": ("PERSON", ["Kaja Kallas"])}))
    assert (q.speaker, q.speaker_text) == ("Q3186614", "Kaja Kallas")


def test_an_appositive_between_subject_and_verb_is_not_the_speaker():
    text = ("“This is significant,” Representative Michael McCaul, former chairman of the House "
            "Foreign Affairs Committee, told VOA.")
    (q,) = quotes(make_doc(text, "en", {"Q1386617": ("PERSON", ["Michael McCaul"]),
                                        "Q1479489": ("ORG", ["House Foreign Affairs Committee"])}))
    assert q.speaker == "Q1386617"


def test_a_role_noun_that_is_no_person_takes_no_titled_name():
    text = ("President Donald Trump raised tariffs. Canada asked for consultations. "
            "“The request was received,” the trade body said.")
    (q,) = quotes(make_doc(text, "en", {"Q22686": ("PERSON", ["President Donald Trump"])}))
    assert (q.speaker, q.speaker_text) == (None, "the trade body")


def test_a_relative_clause_between_subject_and_verb_holds_no_speaker():
    text = ("Keir Starmer, qui s'entretiendra ce jeudi avec le président français Emmanuel Macron, "
            "affirme qu'il souhaite donner un nouvel élan à la relation.")
    (q,) = quotes(make_doc(text, "fr", {"Q6383170": ("PERSON", ["Keir Starmer"]),
                                        "Q3052772": ("PERSON", ["Emmanuel Macron"])}))
    assert (q.text, q.speaker) == ("il souhaite donner un nouvel élan à la relation", "Q6383170")


def test_a_verb_after_the_verb_of_saying_is_no_speaker():
    text = "Muratov habló en Oslo. “Oímos que hay que abrir los silos”, dijo refiriéndose a la Unión Europea."
    found = quotes(make_doc(text, "es", {"Q4207546": ("PERSON", ["Muratov"]),
                                         "Q458": ("ORG", ["Unión Europea"])}))
    assert [(q.speaker, q.speaker_text) for q in found if q.direct] == [("Q4207546", "Muratov")]


def test_a_second_verb_joined_by_a_conjunction_reports_nothing_before_it():
    text = ("Il presidente russo, Dmitrij Medvedev, ha indetto una riunione di emergenza, e ha "
            "confermato trattarsi di un atto terroristico.")
    found = quotes(make_doc(text, "it", {"Q23530": ("PERSON", ["Dmitrij Medvedev"])}))
    assert [q.rule for q in found if q.rule.startswith("indirect:preposed")] == []


def test_a_compound_ending_in_a_noun_of_office_names_the_last_speaker():
    text = ("«Das Ziel ist eine demokratische Verfassung», sagt Balaous. "
            "«Wir haben keinen Tyrannen gestürzt», sagt der Drusenführer kämpferisch.")
    found = quotes(make_doc(text, "de", {"x:person:balaous": ("PERSON", ["Balaous"])}))
    assert [(q.speaker, q.speaker_text) for q in found] == [
        ("x:person:balaous", "Balaous"), ("x:person:balaous", "der Drusenführer kämpferisch")]


def test_according_to_a_cited_organisation_makes_it_the_speaker():
    text = "Selon l'OMS, il est particulièrement toxique pour les poissons."
    (q,) = quotes(make_doc(text, "fr", {"Q7817": ("ORG", ["OMS"])}))
    assert (q.text, q.speaker, q.according_to) == (
        "il est particulièrement toxique pour les poissons", "Q7817", None)


def test_italian_reported_infinitive_after_di():
    text = "Il governo cinese ha ripetuto di essere del tutto estraneo a questi fatti."
    (q,) = quotes(make_doc(text, "it", {"Q148": ("COUNTRY", ["Il governo cinese"])}))
    assert (q.text, q.speaker, q.cue.text) == ("essere del tutto estraneo a questi fatti", "Q148", "ha ripetuto")


def test_italian_di_before_a_noun_reports_nothing():
    text = "Putin ha scritto di lui nelle sue memorie."
    assert quotes(make_doc(text, "it", {PUTIN: ("PERSON", ["Putin"])})) == []


def test_an_outlet_in_the_subject_phrase_is_the_speaker_not_a_relay():
    text = "Il giornale The Guardian ha rivelato che gli hacker sono entrati nei siti governativi."
    (q,) = quotes(make_doc(text, "it", {"Q11148": ("MEDIA", ["The Guardian"])}))
    assert (q.speaker, q.according_to) == ("Q11148", None)


def test_carry_over_counts_a_quotation_that_runs_into_the_previous_sentence():
    text = ("“Oímos que hay que abrir los silos. Y también oímos que estas armas deberían ser utilizadas”, "
            "dijo Muratov refiriéndose a la Unión Europea. Según él, el despliegue sería el fin. "
            "“Es una gran tragedia, nadie podrá pararlo”, comentó.")
    found = quotes(make_doc(text, "es", {"Q4207546": ("PERSON", ["Muratov"]),
                                         "Q458": ("ORG", ["la Unión Europea"])}))
    assert [q.speaker for q in found if q.direct] == ["Q4207546", "Q4207546"]


def test_told_reports_the_clause_after_its_addressee():
    text = "Rubio told reporters he would travel to Jeddah."
    (q,) = quotes(make_doc(text, "en", {"Q324546": ("PERSON", ["Rubio"])}))
    assert (q.text, q.speaker) == ("he would travel to Jeddah", "Q324546")


def test_german_pronoun_after_the_verb_is_its_subject():
    text = ("„Ich werde nicht sein Boxsack sein“, sagte Bennett. Auf die Frage, ob er Gesetze für "
            "Netanyahus Prozess unterstützen würde, antwortete er: „Das habe ich millionenfach gesagt.“")
    found = quotes(make_doc(text, "de", {"Q816779": ("PERSON", ["Bennett"]),
                                         "Q43723": ("PERSON", ["Netanyahus"])}))
    assert [(q.speaker, q.speaker_text) for q in found] == [("Q816779", "Bennett"), ("Q816779", "er")]


def test_a_definite_noun_from_an_organisation_name_names_that_organisation():
    text = ("Die Europäische Kommission hat ein Verfahren gegen Tiktok eröffnet. Es soll geprüft werden, "
            "ob der Konzern genug gegen Einmischung vorgeht, wie die Kommission in Brüssel mitteilte.")
    (q,) = quotes(make_doc(text, "de", {"Q8880": ("ORG", ["Europäische Kommission"])}))
    assert (q.speaker, q.speaker_text) == ("Q8880", "die Kommission")


def test_a_genitive_name_is_no_subject_for_a_pronoun():
    text = ("„Wir brauchen Neuwahlen“, sagte Bennett. Auf die Frage, ob er Gesetze für "
            "Netanyahus Prozess unterstützen würde, antwortete er: „Niemals.“")
    found = quotes(make_doc(text, "de", {"Q816779": ("PERSON", ["Bennett"]),
                                         "Q43723": ("PERSON", ["Netanyahus", "Benjamin Netanyahu"])}))
    assert [q.speaker for q in found] == ["Q816779", "Q816779"]


def test_a_second_verb_of_the_same_sentence_keeps_the_first_subject():
    text = "Kelly said Arizona had become winnable, but said Democrats could not take anything for granted."
    found = quotes(make_doc(text, "en", {"x:person:kelly": ("PERSON", ["Kelly"]),
                                         "Q29552": ("ORG", ["Democrats"])}))
    assert [q.speaker for q in found] == ["x:person:kelly", "x:person:kelly"]


def test_told_me_this_week_ends_a_preposed_report():
    text = "It would not be hard to make sure people pay some federal tax, experts told me this week."
    (q,) = quotes(make_doc(text, "en"))
    assert (q.text, q.speaker_text) == ("It would not be hard to make sure people pay some federal tax", "experts")


def test_according_to_a_plain_phrase_keeps_it_as_speaker_text():
    text = "Although a week of allegations left him battered, he remains in a tight race, according to recent polls."
    (q,) = quotes(make_doc(text, "en"))
    assert (q.speaker, q.speaker_text) == (None, "recent polls")


def test_an_institution_named_by_a_country_adjective_speaks_for_the_country():
    text = "Hier, la présidence française avait indiqué que les deux dirigeants auraient un entretien."
    doc = make_doc(text, "fr", {"Q142": ("COUNTRY", ["française"])})
    doc.entities[0].mentions[0].kind = "adjective"
    (q,) = quotes(doc)
    assert (q.speaker, q.speaker_text) == ("Q142", "la présidence française")


def test_french_present_tense_verb_after_a_quote():
    text = "« Nous nous pencherons sur les questions urgentes », écrit le chef du gouvernement."
    (q,) = quotes(make_doc(text, "fr", {"Q6383170": ("PERSON", ["chef du gouvernement"])}))
    assert (q.speaker, q.cue.text) == ("Q6383170", "écrit")


def test_a_weekday_between_verb_and_clause_is_skipped():
    text = "Secretary of State Marco Rubio said Monday the United States hopes to resolve the pause in aid."
    (q,) = quotes(make_doc(text, "en", {"Q324546": ("PERSON", ["Secretary of State Marco Rubio"])}))
    assert (q.text, q.speaker) == ("the United States hopes to resolve the pause in aid", "Q324546")


def test_a_name_with_an_appositive_before_the_verb_is_its_subject_not_its_content():
    text = "Naftali Bennett, Vorsitzender der Yamina-Partei, erklärte am Samstagabend, warum er sich weigert."
    found = quotes(make_doc(text, "de", {"Q816779": ("PERSON", ["Naftali Bennett"])}))
    assert [q.rule for q in found if "preposed" in q.rule or "parenthetical" in q.rule] == []


def test_a_name_with_an_appositive_and_its_own_clause_is_preposed_content():
    text = ("Scott, que encabeza la campaña de los senadores, se ha convertido en un blanco clave del "
            "mensaje de Biden, destacó AFP.")
    found = quotes(make_doc(text, "es", {"x:person:scott": ("PERSON", ["Scott"]),
                                         "Q40464": ("MEDIA", ["AFP"])}))
    assert [q.text[:30] for q in found] == ["Scott, que encabeza la campaña"]


def test_reported_speech_with_no_speaker_at_all_is_dropped():
    text = "Im Fall von Gaetz war zudem kritisiert worden, dass er keine juristische Expertise mitbringe."
    assert quotes(make_doc(text, "de")) == []


# ---- speakers named by a bare surname or a compound title ------------------------------------

BALAOUS = "x:person:laith-al-balaous"


def test_bare_surname_the_linker_left_unlinked_names_the_person_met_before():
    text = ("Teilhabe fordert auch der drusische Anführer Laith al-Balaous. "
            "«Wir brauchen gleiche Rechte für alle», sagt Balaous.")
    (q,) = quotes(make_doc(text, "de", {BALAOUS: ("PERSON", ["Laith al-Balaous"])}))
    assert (q.speaker, q.speaker_text) == (BALAOUS, "Balaous")


def test_compound_role_noun_names_the_person_its_head_introduced():
    text = ("Teilhabe fordert auch der drusische Anführer Laith al-Balaous. Er trat in die Fussstapfen "
            "seines Vaters. «Wir haben nicht einen Tyrannen gestürzt», sagt der Drusenführer kämpferisch.")
    (q,) = quotes(make_doc(text, "de", {BALAOUS: ("PERSON", ["Laith al-Balaous"])}))
    assert q.speaker == BALAOUS


# ---- attribution phrases --------------------------------------------------------------------

def test_parenthetical_according_phrase_reports_the_clause_after_it():
    text = ("La Russia, secondo le dichiarazioni del ministro della difesa russo Igor Konashenkov, "
            "per il momento è favorevole alla tregua di 48 ore.")
    found = quotes(make_doc(text, "it", {"x:person:igor-konashenkov": ("PERSON", ["Igor Konashenkov"]),
                                         "Q159": ("COUNTRY", ["La Russia"])}))
    assert [(q.text, q.speaker) for q in found] == [
        ("per il momento è favorevole alla tregua di 48 ore", "x:person:igor-konashenkov")]


def test_parenthetical_according_phrase_without_a_speaker_is_no_quote():
    text = "Il ristorante che, secondo le misure sanitarie in vigore, dovrebbe essere chiuso era pieno."
    assert quotes(make_doc(text, "it", {})) == []


def test_complementizer_and_colon_before_a_quotation_give_one_direct_quote():
    text = "L'inviato dell'ONU, De Mistura, dichiara che: «In un mese nessun convoglio è arrivato.» e parte."
    found = quotes(make_doc(text, "it", {"x:person:de-mistura": ("PERSON", ["De Mistura"])}))
    assert [(q.text, q.direct) for q in found] == [("In un mese nessun convoglio è arrivato.", True)]


# ---- German reportive mood (Konjunktiv I) -----------------------------------------------------

CSAT = "x:org:csat"


def test_konjunktiv_sentence_after_a_reproach_reports_the_previous_subject():
    text = ("Der Oberste Verteidigungsrat (CSAT) hatte Tiktok schwere Vorwürfe gemacht. Die Plattform "
            "habe es unterlassen, ihn als Politiker zu identifizieren.")
    (q,) = quotes(make_doc(text, "de", {CSAT: ("ORG", ["CSAT"]), "x:org:tiktok": ("ORG", ["Tiktok"])}))
    assert (q.text, q.speaker, q.rule) == (
        "Die Plattform habe es unterlassen, ihn als Politiker zu identifizieren", CSAT,
        "indirect:reportive|speaker:mention-previous-subject")


def test_konjunktiv_sentence_takes_the_speaker_of_the_reported_sentence_after_it():
    text = ("Noch vor zwei bis drei Jahren sei bei vielen Drusen die Angst vor den Islamisten stärker "
            "gewesen. Aber am Ende hätten sie es nur noch loswerden wollen, sagt der Anwalt Ayman Sheib.")
    found = quotes(make_doc(text, "de", {"x:person:ayman-sheib": ("PERSON", ["Ayman Sheib"])}))
    assert [(q.text[:20], q.speaker) for q in found] == [
        ("Noch vor zwei bis dr", "x:person:ayman-sheib"), ("Aber am Ende hätten ", "x:person:ayman-sheib")]


def test_konjunktiv_only_in_a_subordinate_clause_reports_nothing():
    text = ("Trump verlor die Wahl. Nach der Wahl verbreitete sie Trumps Behauptung, er sei durch Betrug "
            "um den Sieg gebracht worden.")
    assert quotes(make_doc(text, "de", {"x:person:trump": ("PERSON", ["Trump"])})) == []


def test_short_quotation_right_after_another_of_the_same_cue_is_speech():
    text = ("“Russia has invested over 9% of its GDP on the military,” Kallas said, adding the European "
            "nations “are massively increasing” their “defense investments.”")
    found = quotes(make_doc(text, "en", {"x:person:kallas": ("PERSON", ["Kallas"])}))
    assert [(q.text, q.speaker) for q in found if q.direct][-2:] == [
        ("are massively increasing", "x:person:kallas"), ("defense investments.", "x:person:kallas")]


def test_said_before_an_initialism_opens_a_reported_clause():
    text = "The White House said U.S. envoy Steve Witkoff spoke with Putin on Thursday."
    (q,) = quotes(make_doc(text, "en", {"Q35525": ("ORG", ["The White House"]),
                                        "x:person:witkoff": ("PERSON", ["Steve Witkoff"])}))
    assert (q.text, q.speaker) == ("U.S. envoy Steve Witkoff spoke with Putin on Thursday", "Q35525")


def test_said_and_a_weekday_ending_the_sentence_reports_no_clause():
    text = "Canada requested consultations with the U.S. over steel duties, the trade body said Thursday. The new EU measures apply."
    found = quotes(make_doc(text, "en", {"Q7825": ("ORG", ["World Trade Organization"])}))
    assert all(q.text != "Thursday" for q in found)


def test_two_verbs_reporting_one_clause_give_one_quote():
    text = "Roman Prymula a estimé, soulignant que la rencontre s'était déroulée dans un espace privé."
    found = quotes(make_doc(text, "fr", {"x:person:prymula": ("PERSON", ["Roman Prymula"])}))
    assert len([q for q in found if not q.direct]) == 1


def test_told_and_an_unnamed_addressee_report_no_clause():
    text = "Chaudhry told a private news channel as he declared the operation over on Wednesday night."
    found = quotes(make_doc(text, "en", {"x:person:chaudhry": ("PERSON", ["Chaudhry"])}))
    assert [q for q in found if q.cue.text == "told"] == []


def test_told_a_longer_addressee_that_reports_the_clause():
    text = "Obama told a meeting of Pacific Island leaders that few people understand the threat."
    (q,) = quotes(make_doc(text, "en", {"Q76": ("PERSON", ["Obama"])}))
    assert (q.text, q.speaker) == ("few people understand the threat", "Q76")


def test_according_word_before_a_verb_is_no_speaker_phrase():
    text = "Ambos buscan una “máxima confrontación” en el puerto, según dijeron dos fuentes ministeriales."
    found = quotes(make_doc(text, "es", {}))
    assert all(q.speaker_text != "según" for q in found)


MERZ = "Q1017376"


def test_german_verb_comma_and_konjunktiv_clause_is_reported_speech():
    text = "Merz sagte, die Lage sei ernst und man müsse handeln."
    (q,) = quotes(make_doc(text, "de", {MERZ: ("PERSON", ["Merz"])}))
    assert (q.text, q.speaker, q.cue.text) == ("die Lage sei ernst und man müsse handeln", MERZ, "sagte")


def test_german_verb_comma_and_indicative_clause_is_not():
    text = "Merz sagte, als er in Berlin ankam, nichts mehr."
    assert quotes(make_doc(text, "de", {MERZ: ("PERSON", ["Merz"])})) == []


def test_german_so_after_a_konjunktiv_clause_names_its_speaker():
    text = "Die Lage sei ernst, so Merz."
    (q,) = quotes(make_doc(text, "de", {MERZ: ("PERSON", ["Merz"])}))
    assert (q.text, q.speaker, q.cue.text) == ("Die Lage sei ernst", MERZ, "so")


def test_german_laut_without_comma_reports_the_rest_of_the_sentence():
    text = "Laut Merz ist die Lage ernst und man muss handeln."
    (q,) = quotes(make_doc(text, "de", {MERZ: ("PERSON", ["Merz"])}))
    assert (q.text, q.speaker) == ("ist die Lage ernst und man muss handeln", MERZ)


def test_according_relative_takes_the_speaker_named_before_it():
    text = "Lo ha dichiarato il ministro degli Esteri Sergei Lavrov, secondo cui la situazione è grave."
    (q,) = quotes(make_doc(text, "it", {"Q80137": ("PERSON", ["il ministro degli Esteri Sergei Lavrov"])}))
    assert (q.text, q.speaker) == ("la situazione è grave", "Q80137")


def test_definite_noun_repeated_from_a_phrase_naming_a_body_speaks_for_it():
    text = ("Top diplomats from the Group of Seven urged Russia on Friday to accept a ceasefire. "
            "“We called for Russia to reciprocate,” the diplomats said in a joint statement.")
    found = quotes(make_doc(text, "en", {"Q1764511": ("GROUP", ["Group of Seven"]), "Q159": ("COUNTRY", ["Russia"])}))
    assert [(q.text, q.speaker) for q in found if q.direct] == [("We called for Russia to reciprocate", "Q1764511")]


def test_quotation_signed_with_a_dash_and_a_name():
    text = ("“Hearing his words makes me afraid for our young people.” ― Krystal Correa "
            "“He can’t answer a question without scaring people.” ― Pamela Padilla")
    found = quotes(make_doc(text, "en", {"x:person:correa": ("PERSON", ["Krystal Correa"]),
                                         "x:person:padilla": ("PERSON", ["Pamela Padilla"])}))
    assert [q.speaker for q in found] == ["x:person:correa", "x:person:padilla"]


def test_quotation_ending_in_a_comma_finds_its_verb_past_an_abbreviation():
    text = ('Kaine spoke first. "He would be a great senator. One of the brightest members of Congress," '
            'Rep. Elijah E. Cummings (D-Md.) said in a phone interview.')
    found = quotes(make_doc(text, "en", {"x:person:kaine": ("PERSON", ["Kaine"]),
                                         "x:person:cummings": ("PERSON", ["Elijah E. Cummings"])}))
    assert [(q.cue.text, q.speaker) for q in found] == [("said", "x:person:cummings")]


def test_question_quote_takes_the_name_and_verb_opening_the_next_sentence():
    text = ("Tester spoke first. “Why isn’t this proof that Wells is too big to fail?” Vitter demanded. "
            "Cross-selling was a significant aspect.")
    found = quotes(make_doc(text, "en", {"x:person:tester": ("PERSON", ["Tester"]),
                                         "x:person:vitter": ("PERSON", ["Vitter"])}))
    assert [(q.cue.text, q.speaker) for q in found] == [("demanded", "x:person:vitter")]


def test_quote_inside_a_sentence_keeps_the_verb_before_it():
    text = "Clinton says Trump’s “latest twitter meltdown is unhinged, even for him.” She says it is wrong."
    found = quotes(make_doc(text, "en", {"x:person:clinton": ("PERSON", ["Clinton"]),
                                         "x:person:trump": ("PERSON", ["Trump"])}))
    (q,) = [q for q in found if q.direct]
    assert (q.cue.text, q.speaker_text) == ("says", "Clinton")


def test_reflexive_verb_reports_the_predicate_after_it():
    text = "Silvio Berlusconi si è detto assolutamente soddisfatto dei risultati raggiunti al vertice."
    (q,) = quotes(make_doc(text, "it", {"Q11860": ("PERSON", ["Silvio Berlusconi"])}))
    assert (q.text, q.speaker, q.cue.text) == (
        "assolutamente soddisfatto dei risultati raggiunti al vertice", "Q11860", "si è detto")


def test_definite_role_noun_names_the_only_person_just_mentioned():
    text = "Sergei Lavrov è arrivato a Roma. Il ministro ha riferito ai giornalisti che la Russia è pronta."
    (q,) = quotes(make_doc(text, "it", {"Q80137": ("PERSON", ["Sergei Lavrov"]), "Q220": ("PLACE", ["Roma"])}))
    assert (q.speaker, q.speaker_text) == ("Q80137", "Il ministro")


def test_definite_role_noun_with_two_people_before_names_no_one():
    text = "Putin ha incontrato Xi a Mosca. Il presidente ha detto che i legami sono forti."
    (q,) = quotes(make_doc(text, "it", {PUTIN: ("PERSON", ["Putin"]), XI: ("PERSON", ["Xi"])}))
    assert q.speaker is None


def test_role_noun_after_an_adjective_finds_the_person_it_introduced():
    text = 'Il primo ministro Mario Draghi è intervenuto. "Siamo pronti", ha detto il primo ministro.'
    (q,) = quotes(make_doc(text, "it", {"Q47563": ("PERSON", ["Il primo ministro Mario Draghi"])}))
    assert q.speaker == "Q47563"


def test_speaker_named_after_the_body_he_speaks_for():
    text = "\"La situazione è grave\" ha dichiarato il portavoce dell'ONU Stéphane Dujarric."
    (q,) = quotes(make_doc(text, "it", {"x:person:dujarric": ("PERSON", ["Stéphane Dujarric"]),
                                        "Q1065": ("ORG", ["ONU"])}))
    assert q.speaker == "x:person:dujarric"


def test_outlet_in_quotation_marks_after_laut_asserts_the_clause():
    text = "Laut „Washington Post“ hatte sie dabei eine führende Rolle inne."
    (q,) = quotes(make_doc(text, "de", {"Q166032": ("MEDIA", ["Washington Post"])}))
    assert (q.text, q.speaker, q.according_to) == ("hatte sie dabei eine führende Rolle inne", "Q166032", None)


def test_outlet_asserting_a_clause_after_according_to_is_its_speaker():
    text = "According to Reuters, the talks collapsed late on Friday."
    (q,) = quotes(make_doc(text, "en", {"Q130879": ("MEDIA", ["Reuters"])}))
    assert (q.text, q.speaker, q.according_to) == ("the talks collapsed late on Friday", "Q130879", None)


def test_sentence_opening_with_a_persons_view_reports_the_clause():
    text = ("Pour Javier López, directeur de campagne à Oceana, les niveaux des stocks de merlu "
            "étaient alarmants.")
    (q,) = quotes(make_doc(text, "fr", {"x:person:javier-lopez": ("PERSON", ["Javier López"]),
                                        "x:org:oceana": ("ORG", ["Oceana"])}))
    assert (q.speaker, q.cue.text) == ("x:person:javier-lopez", "Pour")
    assert q.text.endswith("les niveaux des stocks de merlu étaient alarmants")


def test_opinion_word_before_a_non_person_reports_nothing():
    text = "Pour la France, la victoire de dimanche est un tournant historique."
    assert quotes(make_doc(text, "fr", {"Q142": ("COUNTRY", ["la France"])})) == []


def test_spanish_adelantar_reports_speech():
    text = "Siches adelantó que también priorizarán la reforma a Carabineros."
    (q,) = quotes(make_doc(text, "es", {"x:person:siches": ("PERSON", ["Siches"])}))
    assert (q.text, q.speaker) == ("también priorizarán la reforma a Carabineros", "x:person:siches")


def test_quotation_followed_by_reported_and_an_outlet_is_the_outlets():
    text = ("This is “roughly the same advantage she has held all month,” reported Reuters. "
            "Another 19 percent said they would not pick either candidate.")
    found = quotes(make_doc(text, "en", {"Q130879": ("MEDIA", ["Reuters"])}))
    (q,) = [q for q in found if q.direct]
    assert (q.speaker, q.cue.text) == ("Q130879", "reported")


def test_comma_ended_quotation_does_not_take_the_verb_of_the_next_sentence():
    text = "This is “roughly the same advantage,” analysts wrote. Another 19 percent said they would not vote."
    found = quotes(make_doc(text, "en", {}))
    (q,) = [q for q in found if q.direct]
    assert q.cue.text == "wrote"


def test_noun_of_hope_before_che_announces_reported_speech():
    text = "Il papa Benedetto XVI ha espresso la speranza che i rapporti con la Cina migliorino presto."
    (q,) = quotes(make_doc(text, "it", {"Q2494": ("PERSON", ["Il papa Benedetto XVI"])}))
    assert (q.text, q.speaker) == ("i rapporti con la Cina migliorino presto", "Q2494")


def test_object_noun_before_che_is_still_a_relative_clause():
    text = "Putin ha sottolineato i forti legami che uniscono Russia e Cina da decenni."
    assert quotes(make_doc(text, "it", {PUTIN: ("PERSON", ["Putin"])})) == []


def test_lo_ha_detto_reports_the_sentence_before():
    text = "La Russia non ritirerà le sue truppe dalla regione. Lo ha detto il ministro degli Esteri Sergei Lavrov."
    (q,) = quotes(make_doc(text, "it", {"Q80137": ("PERSON", ["il ministro degli Esteri Sergei Lavrov"])}))
    assert (q.text, q.speaker, q.rule.split("|")[0]) == (
        "La Russia non ritirerà le sue truppe dalla regione", "Q80137", "indirect:anaphoric")


def test_lo_ha_detto_after_a_quotation_attributes_the_quotation():
    text = "«La Russia non cederà». Lo ha detto Lavrov ai giornalisti."
    (q,) = quotes(make_doc(text, "it", {"Q80137": ("PERSON", ["Lavrov"])}))
    assert (q.text, q.direct, q.speaker) == ("La Russia non cederà", True, "Q80137")


def test_das_sagte_reports_the_sentence_before():
    text = "Die Lage an der Grenze ist ernst. Das sagte Merz am Montag in Berlin."
    (q,) = quotes(make_doc(text, "de", {MERZ: ("PERSON", ["Merz"])}))
    assert (q.text, q.speaker) == ("Die Lage an der Grenze ist ernst", MERZ)


def test_article_before_a_noun_is_no_anaphor():
    text = "Die Regierung tagte lange. Das Ministerium sagte am Montag nichts."
    assert quotes(make_doc(text, "de", {})) == []


def test_person_after_a_preposition_is_not_the_speaker_without_a_title():
    text = ("Ayman Sheib ad-Din lebt in Sweidah. «Jetzt wird einer als Befreier gefeiert», sagt Sheib ad-Din "
            "über HTS-Chef Achmed al-Scharaa.")
    found = quotes(make_doc(text, "de", {"x:person:sheib": ("PERSON", ["Ayman Sheib"]),
                                         "x:group:hts": ("GROUP", ["HTS"]),
                                         "x:person:scharaa": ("PERSON", ["Achmed al-Scharaa"])}))
    assert [q.speaker for q in found] == ["x:person:sheib"]


def test_unnamed_spokeswoman_speaks_for_the_one_organisation_just_named():
    text = ("Die EU-Kommission untersucht, ob Tiktok genug tut. Der chinesische Konzern weist die Vorwürfe "
            "von sich. «Wir haben die Integrität unserer Plattform geschützt», teilte eine Sprecherin mit.")
    found = quotes(make_doc(text, "de", {"x:org:tiktok": ("ORG", ["Tiktok"])}))
    assert [(q.speaker, q.speaker_text) for q in found if q.direct] == [("x:org:tiktok", "eine Sprecherin")]


def test_unnamed_spokesman_with_two_organisations_before_names_no_one():
    text = "Apple sued Samsung on Monday. “We will fight this,” a spokesman said."
    found = quotes(make_doc(text, "en", {"x:org:apple": ("ORG", ["Apple"]), "x:org:samsung": ("ORG", ["Samsung"])}))
    assert [(q.speaker, q.speaker_text) for q in found] == [(None, "a spokesman")]


def test_the_statement_speaks_for_whoever_was_just_quoted_issuing_it():
    text = ("“We called for a ceasefire,” the G7 ministers said in a joint statement. "
            "The statement said the countries affirmed their support for Ukraine.")
    found = quotes(make_doc(text, "en", {"Q1764511": ("GROUP", ["G7"])}))
    assert [(q.speaker, q.speaker_text) for q in found] == [
        ("Q1764511", "G7"), ("Q1764511", "The statement")]


def test_german_verb_comma_and_a_main_clause_with_its_subject_is_reported_speech():
    text = "Der Wahlkampfleiter Marcel Dettling sagte, die Linken wollten eine dauerhafte Aufnahme."
    (q,) = quotes(make_doc(text, "de", {"x:person:dettling": ("PERSON", ["Marcel Dettling"])}))
    assert (q.text, q.speaker) == ("die Linken wollten eine dauerhafte Aufnahme", "x:person:dettling")


def test_german_object_after_the_verb_and_an_apposition_is_no_report():
    text = ("Bennett kritisierte Gideon Sa’ar, den Führer der Neuen Hoffnung, wegen angeblicher "
            "Veröffentlichung von Propaganda.")
    found = quotes(make_doc(text, "de", {"x:person:bennett": ("PERSON", ["Bennett"]),
                                         "x:person:saar": ("PERSON", ["Gideon Sa’ar"])}))
    assert found == []


def test_said_the_after_a_quotation_introduces_no_second_clause():
    text = "“There is something restorative about Jasper,” said the resort’s general manager Garrett Turta."
    found = quotes(make_doc(text, "en", {"x:person:turta": ("PERSON", ["Garrett Turta"])}))
    assert [(q.direct, q.speaker) for q in found] == [(True, "x:person:turta")]


def test_said_and_any_lower_case_word_opens_the_reported_clause():
    text = "Homeland Security Secretary Jeh Johnson says hackers are taking aim at state election officials."
    (q,) = quotes(make_doc(text, "en", {"x:person:johnson": ("PERSON", ["Jeh Johnson"])}))
    assert (q.text, q.speaker) == ("hackers are taking aim at state election officials", "x:person:johnson")


def test_said_nothing_reports_no_clause():
    text = "Johnson said nothing about the hackers at the press conference on Monday."
    assert quotes(make_doc(text, "en", {"x:person:johnson": ("PERSON", ["Johnson"])})) == []


def test_parenthetical_verb_after_a_short_subject_reports_the_whole_sentence():
    text = "The museum, Mr. Obama said, would make visitors face uncomfortable truths."
    (q,) = quotes(make_doc(text, "en", {"Q76": ("PERSON", ["Mr. Obama"])}))
    assert (q.speaker, q.rule.split("|")[0]) == ("Q76", "indirect:parenthetical")
    assert q.text.endswith("face uncomfortable truths")


def test_name_and_colon_before_a_quotation_give_its_speaker():
    text = "Il ministro degli Esteri Luigi Di Maio: «Siamo pronti a tutto per riportarli a casa»."
    (q,) = quotes(make_doc(text, "it", {"Q3371": ("PERSON", ["Il ministro degli Esteri Luigi Di Maio"])}))
    assert (q.speaker, q.rule) == ("Q3371", "direct:label|speaker:mention-label")


def test_quoted_name_in_a_compound_is_no_quotation():
    text = "In einem Interview mit Israels „Meet the Press“ -Programm sagte Bennett, er wolle nicht."
    found = quotes(make_doc(text, "de", {"x:person:bennett": ("PERSON", ["Bennett"])}))
    assert all(not q.direct for q in found)


def test_german_addressee_between_verb_and_konjunktiv_clause():
    text = "Der Kanzler Friedrich Merz sagte der „Bild“-Zeitung, er wolle jetzt handeln."
    found = quotes(make_doc(text, "de", {MERZ: ("PERSON", ["Der Kanzler Friedrich Merz"])}))
    assert [(q.text, q.speaker) for q in found] == [("er wolle jetzt handeln", MERZ)]


def test_german_zufolge_after_the_name_reports_the_rest_of_the_sentence():
    text = "Merz zufolge ist die Lage an der Grenze ernst."
    (q,) = quotes(make_doc(text, "de", {MERZ: ("PERSON", ["Merz"])}))
    assert (q.text, q.speaker, q.cue.text) == ("ist die Lage an der Grenze ernst", MERZ, "zufolge")


def test_attribution_between_dashes_inside_the_marks_splits_the_quotation():
    text = "«Siamo pronti a trattare - ha detto Lavrov - ma non accetteremo condizioni»."
    found = quotes(make_doc(text, "it", {"Q80137": ("PERSON", ["Lavrov"])}))
    assert [(q.text, q.speaker, q.cue.text) for q in found] == [
        ("Siamo pronti a trattare", "Q80137", "ha detto"),
        ("ma non accetteremo condizioni", "Q80137", "ha detto"),
    ]


def test_attribution_inside_the_marks_without_a_subject_takes_the_last_speaker():
    text = ("«Non sono gravi», ha detto il sindaco Mario Rossi. "
            "«Sul pullman c'erano gli alunni - ha proseguito - dalla prima alla quinta».")
    found = quotes(make_doc(text, "it", {"x:person:mario-rossi": ("PERSON", ["Mario Rossi"])}))
    assert [(q.text, q.speaker) for q in found] == [
        ("Non sono gravi", "x:person:mario-rossi"),
        ("Sul pullman c'erano gli alunni", "x:person:mario-rossi"),
        ("dalla prima alla quinta", "x:person:mario-rossi"),
    ]


def test_french_attribution_between_commas_inside_guillemets():
    text = "Emmanuel Macron est arrivé à Berlin. « Nous sommes prêts, a-t-il déclaré, à négocier avec tous »."
    found = quotes(make_doc(text, "fr", {"Q3052772": ("PERSON", ["Emmanuel Macron"])}))
    assert [(q.text, q.speaker) for q in found] == [
        ("Nous sommes prêts", "Q3052772"), ("à négocier avec tous", "Q3052772")]


def test_spanish_attribution_between_em_dashes_inside_the_marks():
    text = "«Estamos listos —dijo Sánchez— para negociar con todos»."
    found = quotes(make_doc(text, "es", {"Q10943": ("PERSON", ["Sánchez"])}))
    assert [(q.text, q.speaker) for q in found] == [
        ("Estamos listos", "Q10943"), ("para negociar con todos", "Q10943")]



def test_a_quotation_that_only_mentions_a_verb_after_a_comma_is_not_split():
    text = "«Ho sempre detto, e ripetuto, che la pace è possibile», ha dichiarato Lavrov."
    found = quotes(make_doc(text, "it", {"Q80137": ("PERSON", ["Lavrov"])}))
    assert [(q.text, q.speaker) for q in found] == [
        ("Ho sempre detto, e ripetuto, che la pace è possibile", "Q80137")]


def test_relative_pronoun_subject_takes_the_speaker_before_it():
    text = "“Es un incendio raro”, ha insistido el presidente Juan Moreno, quien ha recordado que Almería es muy seca."
    found = quotes(make_doc(text, "es", {"x:person:juan-moreno": ("PERSON", ["Juan Moreno"])}))
    assert [(q.text, q.speaker) for q in found] == [
        ("Es un incendio raro", "x:person:juan-moreno"), ("Almería es muy seca", "x:person:juan-moreno")]


def test_english_who_after_a_name_reports_for_that_name():
    text = "The plan was welcomed by Senator Bernie Sanders, who said that it would help millions of workers."
    (q,) = quotes(make_doc(text, "en", {"Q359442": ("PERSON", ["Bernie Sanders"])}))
    assert (q.text, q.speaker) == ("it would help millions of workers", "Q359442")


def test_role_noun_names_the_person_introduced_after_a_longer_complement():
    text = ("Lo ha confermato il presidente della Fondazione Cariplo, Giovanni Fosti, in una nota. "
            "«Il bilancio è positivo», ha detto il presidente.")
    found = quotes(make_doc(text, "it", {"x:org:cariplo": ("ORG", ["Fondazione Cariplo"]),
                                         "x:person:fosti": ("PERSON", ["Giovanni Fosti"])}))
    assert [(q.text, q.speaker) for q in found] == [("Il bilancio è positivo", "x:person:fosti")]


def test_adverbs_before_the_article_of_a_role_noun_are_skipped():
    text = ("Il presidente della Regione, Christian Solinas, è arrivato a Cagliari. "
            "Più tardi il presidente ha aggiunto che la situazione è sotto controllo.")
    (q,) = quotes(make_doc(text, "it", {"Q5109155": ("PERSON", ["Christian Solinas"])}))
    assert (q.text, q.speaker) == ("la situazione è sotto controllo", "Q5109155")


def test_german_short_quotation_of_capitalised_nouns_before_its_verb_is_speech():
    text = "„Tyson hat Vorteile in Größe“, sagte Krassyuk."
    (q,) = quotes(make_doc(text, "de", {"x:person:krassyuk": ("PERSON", ["Krassyuk"])}))
    assert (q.text, q.speaker) == ("Tyson hat Vorteile in Größe", "x:person:krassyuk")


def test_words_after_a_bare_surname_do_not_hide_the_person_met_before():
    text = ("Der Promoter Alexander Krassyuk ist optimistisch. "
            "„Usyk hat Vorteile in Geschwindigkeit und Technik“, sagte Krassyuk weiter.")
    (q,) = quotes(make_doc(text, "de", {"x:person:krassyuk": ("PERSON", ["Alexander Krassyuk"])}))
    assert q.speaker == "x:person:krassyuk"


def test_definite_company_noun_speaks_for_the_company_the_passage_is_about():
    text = ("Directivos del consorcio Montecon se reunieron con jerarcas del Ministerio de Transporte. "
            "Montecon negó los despidos. Horas más tarde, la compañía trasmite al Ministerio de Transporte "
            "que deja sin efecto dicho anuncio.")
    found = quotes(make_doc(text, "es", {"x:org:montecon": ("ORG", ["Montecon"]),
                                         "x:org:mtop": ("ORG", ["Ministerio de Transporte"])}))
    assert [(q.text, q.speaker) for q in found if q.text.startswith("deja")] == [
        ("deja sin efecto dicho anuncio", "x:org:montecon")]


def test_german_wie_clause_after_the_content_reports_it():
    text = "Die Lage an der Grenze ist ernst, wie Bundeskanzler Friedrich Merz am Montag in Berlin sagte."
    (q,) = quotes(make_doc(text, "de", {MERZ: ("PERSON", ["Friedrich Merz"])}))
    assert (q.text, q.speaker, q.cue.text) == ("Die Lage an der Grenze ist ernst", MERZ, "sagte")


def test_french_comme_with_a_clitic_takes_the_subject_after_the_verb():
    text = "La Russie ne cédera pas sur les sanctions, comme l'a souligné le ministre Sergueï Lavrov."
    (q,) = quotes(make_doc(text, "fr", {"Q80137": ("PERSON", ["Sergueï Lavrov"])}))
    assert (q.text, q.speaker) == ("La Russie ne cédera pas sur les sanctions", "Q80137")


def test_verb_joined_by_a_conjunction_shares_the_subject_opening_the_sentence():
    text = ("Naftali Bennett kritisierte Gideon Sa’ar wegen angeblicher Anti-Yamina-Propaganda und sagte: "
            "„In der Vergangenheit hat Netanyahu das auch getan.“")
    found = quotes(make_doc(text, "de", {"Q1345": ("PERSON", ["Naftali Bennett"]),
                                         "Q2574": ("PERSON", ["Gideon Sa’ar"]), "Q1": ("ORG", ["Yamina"])}))
    assert [(q.text, q.speaker) for q in found if q.direct] == [
        ("In der Vergangenheit hat Netanyahu das auch getan.", "Q1345")]


def test_outlet_after_a_preposition_is_the_addressee_not_the_speaker():
    text = ("El investigador chileno Hugo Bustos habló del caso. "
            "“Si el vehículo está en poder de la Policía, es imposible”, aseguró a la red Unitel.")
    (q,) = quotes(make_doc(text, "es", {"x:person:bustos": ("PERSON", ["Hugo Bustos"]),
                                        "x:media:unitel": ("MEDIA", ["Unitel"])}))
    assert q.speaker == "x:person:bustos"


def test_definite_role_noun_of_a_new_kind_names_the_last_speaker():
    text = ("El presidente de la Confederación, Sergio Pérez, dijo que no la pueden descartar. "
            "De todas maneras, el dirigente aseguró que la definición final la tomarán las bases.")
    found = quotes(make_doc(text, "es", {"x:person:perez": ("PERSON", ["Sergio Pérez"])}))
    assert [q.speaker for q in found] == ["x:person:perez", "x:person:perez"]


def test_apposition_after_the_name_inside_the_marks_is_not_quoted():
    text = ("« Ce processus est la norme, explique Antony Fastier, toxicologue, ancien de l’Anses. "
            "Les études doivent être fournies par les entreprises. »")
    found = quotes(make_doc(text, "fr", {"x:person:fastier": ("PERSON", ["Antony Fastier"])}))
    assert [(q.text, q.speaker) for q in found] == [
        ("Ce processus est la norme", "x:person:fastier"),
        ("Les études doivent être fournies par les entreprises.", "x:person:fastier")]


def test_french_emphatic_pronoun_after_a_role_noun_is_trimmed():
    text = ("Le principal intéressé, le ministre Roman Prymula, a rejeté toute faute. "
            "Le ministre lui-même a fait savoir qu'il ne démissionnerait pas.")
    found = quotes(make_doc(text, "fr", {"x:person:prymula": ("PERSON", ["Roman Prymula"])}))
    assert [(q.text, q.speaker) for q in found] == [("il ne démissionnerait pas", "x:person:prymula")]


def test_quoted_fragment_after_secondo_and_a_name_is_that_persons():
    text = "Secondo Alberto Perino «una condanna così pesante è un caso unico in Italia»."
    (q,) = quotes(make_doc(text, "it", {"x:person:perino": ("PERSON", ["Alberto Perino"])}))
    assert (q.text, q.speaker, q.direct) == ("una condanna così pesante è un caso unico in Italia",
                                             "x:person:perino", True)


def test_quoted_title_after_a_name_without_attribution_word_is_no_quote():
    text = "Alfredo Provenzali, voce storica di «Tutto il calcio minuto per minuto», è morto."
    found = quotes(make_doc(text, "it", {"x:person:provenzali": ("PERSON", ["Alfredo Provenzali"])}))
    assert found == []


def test_name_and_colon_inside_a_longer_sentence_without_verb_give_the_speaker():
    text = ("La cosa ha attirato condanne dure, anche del presidente di zona Paolo Orneli: "
            "«Si tratta di un gesto di inaudita barbarie».")
    (q,) = quotes(make_doc(text, "it", {"x:person:orneli": ("PERSON", ["Paolo Orneli"])}))
    assert (q.text, q.speaker) == ("Si tratta di un gesto di inaudita barbarie", "x:person:orneli")


def test_german_quotation_in_a_reportive_sentence_is_the_reported_persons():
    text = ("Es ist ein paar Monate her, da schrieb Annalena Baerbock einen emotionalen Brief an ihre Partei. "
            "Die vergangenen Jahre als Außenministerin seien „intensiv“ gewesen.")
    found = quotes(make_doc(text, "de", {"Q15792": ("PERSON", ["Annalena Baerbock"])}))
    assert [(q.text, q.speaker) for q in found if q.direct] == [("intensiv", "Q15792")]


def test_bare_surname_opening_a_sentence_is_the_subject_of_a_coordinated_verb():
    text = ("Mario Voigt hat sich etwas vorgenommen. Voigt bedankt sich für die „sehr gute Einlassung“ "
            "der Zuschauerin und sagt dann: „Es geht nicht um Brandmauern.“")
    found = quotes(make_doc(text, "de", {"Q1": ("PERSON", ["Mario Voigt"])}))
    assert [(q.text, q.speaker) for q in found] == [
        ("sehr gute Einlassung", "Q1"), ("Es geht nicht um Brandmauern.", "Q1")]


def test_subject_of_a_sentence_whose_colon_opens_a_quotation_is_its_speaker():
    text = ("Sin embargo, el ministro Pedro Sánchez aprovechó la ocasión para atacar a los periodistas: "
            "“Está clara la agenda del faro, son unos mercenarios”.")
    (q,) = quotes(make_doc(text, "es", {"Q10943": ("PERSON", ["Pedro Sánchez"])}))
    assert (q.text, q.speaker) == ("Está clara la agenda del faro, son unos mercenarios", "Q10943")


def test_subject_before_a_parenthesis_in_dashes_speaks_not_the_names_inside():
    text = ("Il nuovo ambasciatore iraniano in Iraq, Hassan Kazemi Qomi, è arrivato a Baghdad. "
            "Poi l'ambasciatore iraniano in Iraq - rimasto sordo alle domande da quando gli Stati Uniti "
            "catturarono quattro diplomatici iraniani - ha dichiarato che il suo Paese intende restare.")
    found = quotes(make_doc(text, "it", {"x:person:qomi": ("PERSON", ["Hassan Kazemi Qomi"]),
                                         "Q30": ("COUNTRY", ["Stati Uniti"]), "Q796": ("COUNTRY", ["Iraq"])}))
    assert [(q.text, q.speaker) for q in found] == [("il suo Paese intende restare", "x:person:qomi")]


def test_semicolon_ends_reported_content_and_the_next_clause_has_its_own_speaker():
    text = ("Andrew Kirkwood ha detto che il bilancio sarebbe potuto essere meno drammatico; Silvano Scrimali, "
            "un turista rientrato da poco, ha detto: «Le autorità si sono fatte cogliere impreparate».")
    found = quotes(make_doc(text, "it", {"x:person:kirkwood": ("PERSON", ["Andrew Kirkwood"]),
                                         "x:person:scrimali": ("PERSON", ["Silvano Scrimali"])}))
    assert [(q.text, q.speaker) for q in found] == [
        ("il bilancio sarebbe potuto essere meno drammatico", "x:person:kirkwood"),
        ("Le autorità si sono fatte cogliere impreparate", "x:person:scrimali")]


def test_french_present_dit_with_an_infinitive_reports_the_clause():
    text = "La Russie dit avoir abattu 33 drones ukrainiens en Crimée."
    (q,) = quotes(make_doc(text, "fr", {"Q159": ("COUNTRY", ["Russie"])}))
    assert (q.text, q.speaker) == ("avoir abattu 33 drones ukrainiens en Crimée", "Q159")


def test_role_of_an_organisation_names_the_person_met_with_that_organisation():
    text = ("Voigt attackiert AfD-Spitzenmann Björn Höcke. Mario Voigt sagt: „Es geht um Prinzipien.“ "
            "„Was? Das ist doch absurd“, schimpft der AfD-Chef.")
    found = quotes(make_doc(text, "de", {"x:person:hoecke": ("PERSON", ["Björn Höcke"]),
                                         "x:person:voigt": ("PERSON", ["Mario Voigt"]), "x:org:afd": ("ORG", ["AfD"])}))
    assert [(q.text, q.speaker) for q in found] == [
        ("Es geht um Prinzipien.", "x:person:voigt"), ("Was? Das ist doch absurd", "x:person:hoecke")]


def test_bare_surname_finds_a_person_shaped_name_the_linker_typed_as_organisation():
    text = "Doug Ford habló el lunes. “No dudaré en cortar la electricidad”, dijo Ford."
    (q,) = quotes(make_doc(text, "es", {"x:org:doug-ford": ("ORG", ["Doug Ford"])}))
    assert (q.text, q.speaker) == ("No dudaré en cortar la electricidad", "x:org:doug-ford")
