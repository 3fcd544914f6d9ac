"""Noun triggers that keep their participants (issue #6, nominal9 round): a "between" pair split by a
location phrase, a participle with its agent next to the noun, a participation verb's subject. One
behaviour per test, one real sentence per language."""
from __future__ import annotations

from extract.events_support import document, events, summary

HEZBOLLAH = ("kb:group:hezbollah", "Hezbollah", "GROUP", ["Hezbollah", "Hizbullah", "Hisbollah"])
IDF = ("kb:org:israel-defense-forces", "Israel Defense Forces", "ORG",
       ["Israeli army", "israelischen Armee", "ejército israelí", "armée israélienne", "esercito israeliano"])
LEBANON = ("Q822", "Lebanon", "COUNTRY", ["Lebanon", "Libanon", "Líbano", "Liban", "Libano"], "LBN")
HAMAS = ("kb:group:hamas", "Hamas", "GROUP", ["Hamas"])
ISRAEL = ("Q801", "Israel", "COUNTRY", ["Israel", "Israël", "Israele"], "ISR")
ERDOGAN = ("Q39723", "Recep Tayyip Erdoğan", "PERSON", ["Recep Tayyip Erdogan"])
SYRIA = ("Q858", "Syria", "COUNTRY", ["Syria", "Syrien", "Siria", "Syrie"], "SYR")
ALL = [HEZBOLLAH, IDF, LEBANON, HAMAS, ISRAEL, ERDOGAN, SYRIA]

FIGHT = ("ASSAULT", ("kb:group:hezbollah", "kb:org:israel-defense-forces"), (), "occurred")
HAMAS_ATTACK = ("ASSAULT", ("kb:group:hamas",), ("Q801",), "occurred")
ERDOGAN_ATTACK = ("ASSAULT", ("Q39723",), ("Q858",), "occurred")


# -- "between A in PLACE and B": the second party is no conjunct of the place -----------------------

def test_between_pair_split_by_a_location_en():
    found = events(document("Heavy fighting between Hezbollah in Lebanon and the Israeli army broke out on Sunday.",
                            "en", ALL))
    assert [summary(e) for e in found] == [FIGHT]


def test_between_pair_split_by_a_location_de():
    found = events(document("Es kam zu einem Schusswechsel zwischen der Hisbollah in Libanon und der israelischen "
                            "Armee.", "de", ALL))
    assert [summary(e) for e in found] == [FIGHT]


def test_between_pair_split_by_a_location_es():
    found = events(document("Hubo enfrentamientos entre Hezbollah en el Líbano y el ejército israelí.", "es", ALL))
    assert [summary(e) for e in found] == [FIGHT]


def test_between_pair_split_by_a_location_fr():
    found = events(document("De violents affrontements entre le Hezbollah au Liban et l'armée israélienne ont "
                            "éclaté dimanche.", "fr", ALL))
    assert [summary(e) for e in found] == [FIGHT]


def test_between_pair_split_by_a_location_it():
    found = events(document("Sono scoppiati scontri tra Hezbollah in Libano e l'esercito israeliano.", "it", ALL))
    assert [summary(e) for e in found] == [FIGHT]


def test_the_location_of_a_complete_pair_stays_a_place():
    found = events(document("Heavy fighting between Hezbollah and the Israeli army in Lebanon broke out on Sunday.",
                            "en", ALL))
    assert [summary(e) for e in found] == [FIGHT]
    assert found[0].location == "Q822"


# -- a light verb's participle after the noun: its agent performed the act ------------------------

def test_participle_agent_after_the_noun_en():
    found = events(document("The attack carried out by Hamas against Israel caused casualties.", "en", ALL))
    assert [summary(e) for e in found] == [HAMAS_ATTACK]


def test_participle_agent_after_the_noun_fr():
    found = events(document("L'attaque menée par le Hamas contre Israël a fait des victimes.", "fr", ALL))
    assert [summary(e) for e in found] == [HAMAS_ATTACK]


def test_participle_agent_after_the_noun_es():
    found = events(document("El ataque perpetrado por Hamas contra Israel causó víctimas.", "es", ALL))
    assert [summary(e) for e in found] == [HAMAS_ATTACK]


def test_participle_agent_after_the_noun_it():
    found = events(document("L'attacco compiuto da Hamas contro Israele ha causato vittime.", "it", ALL))
    assert [summary(e) for e in found] == [HAMAS_ATTACK]


def test_participle_agent_before_the_noun_de():
    found = events(document("Der von der Hamas verübte Angriff auf Israel forderte Opfer.", "de", ALL))
    assert [summary(e) for e in found] == [HAMAS_ATTACK]


def test_the_agent_of_another_participle_is_not_the_nouns():
    # who describes an attack did not carry it out: only a light verb's participle passes its agent on
    found = events(document("L'attaque contre Israël décrite par le Hamas a fait des victimes.", "fr", ALL))
    assert found == []


# -- a participation verb: its subject performs the noun after it ---------------------------------

def test_participation_verb_subject_acts_en():
    found = events(document("Recep Tayyip Erdogan took part in the attack on Syria.", "en", ALL))
    assert [summary(e) for e in found] == [ERDOGAN_ATTACK]


def test_participation_verb_subject_acts_fr():
    found = events(document("Recep Tayyip Erdogan a participé à l'attaque contre la Syrie.", "fr", ALL))
    assert [summary(e) for e in found] == [ERDOGAN_ATTACK]


def test_participation_verb_subject_acts_es():
    found = events(document("Recep Tayyip Erdogan participó en el ataque contra Siria.", "es", ALL))
    assert [summary(e) for e in found] == [ERDOGAN_ATTACK]


def test_participation_verb_subject_acts_it():
    found = events(document("Recep Tayyip Erdogan ha partecipato all'attacco contro la Siria.", "it", ALL))
    assert [summary(e) for e in found] == [ERDOGAN_ATTACK]


def test_participation_verb_subject_acts_de():
    found = events(document("Recep Tayyip Erdogan beteiligte sich an der Eroberung von Syrien.", "de", ALL))
    assert [summary(e) for e in found] == [ERDOGAN_ATTACK]


# -- a "during" noun in a clause without a subject of its own: the inherited subject acts ------------

RUSSIA = ("Q159", "Russia", "COUNTRY", ["Russia", "Russie", "Rusia", "Russland"], "RUS")
UKRAINE = ("Q212", "Ukraine", "COUNTRY", ["Ucraina", "Ucrania", "Ukraine"], "UKR")
WAR = [RUSSIA, UKRAINE]


def _offensive(text: str, lang: str) -> list[tuple]:
    return [summary(e) + (e.rule.rpartition(":")[2],) for e in events(document(text, lang, WAR))]


def test_during_noun_takes_the_inherited_subject_it():
    assert _offensive("La Russia ha reindirizzato le esportazioni dopo aver dovuto affrontare sanzioni ad ampio "
                      "raggio durante l'offensiva in Ucraina.", "it") \
        == [("ASSAULT", ("Q159",), ("Q212",), "occurred", "nominal-inherited")]


def test_during_noun_takes_the_inherited_subject_en():
    assert _offensive("Russia rerouted its exports after facing broad sanctions during the offensive in Ukraine.",
                      "en") == [("ASSAULT", ("Q159",), (), "occurred", "nominal-inherited")]


def test_during_noun_takes_the_inherited_subject_fr():
    assert _offensive("La Russie a réorienté ses exportations après avoir subi de lourdes sanctions pendant "
                      "l'offensive en Ukraine.", "fr") == [("ASSAULT", ("Q159",), (), "occurred", "nominal-inherited")]


def test_during_noun_takes_the_inherited_subject_es():
    assert _offensive("Rusia reorientó sus exportaciones tras sufrir amplias sanciones durante la ofensiva en "
                      "Ucrania.", "es") == [("ASSAULT", ("Q159",), (), "occurred", "nominal-inherited")]


def test_during_noun_takes_the_subject_pronoun_de():
    # German subordinate clauses name their subject ("es"): the pronoun stands for it
    assert _offensive("Russland hat seine Exporte umgelenkt, nachdem es harte Sanktionen während der Offensive "
                      "in der Ukraine erlitt.", "de") == [("ASSAULT", ("Q159",), (), "occurred", "nominal-light")]


def test_inherited_subject_is_less_sure_than_a_named_one():
    found = events(document("Russia rerouted its exports after facing broad sanctions during the offensive in "
                            "Ukraine.", "en", WAR))
    named = events(document("Russia faced broad sanctions during the offensive in Ukraine.", "en", WAR))
    assert found[0].confidence < named[0].confidence


def test_a_clause_with_an_unnamed_subject_inherits_nothing():
    # the soldiers died during the offensive: whose offensive the sentence does not say
    assert _offensive("Russia rerouted its exports after the soldiers died during the offensive in Ukraine.",
                      "en") == []


# -- possessives: the object owns a reason phrase's noun, the verb's subject an instrument's ----------

EU = ("Q458", "European Union", "ORG",
      ["European Union", "Union européenne", "Unión Europea", "Unione europea", "Europäische Union"])
HUNGARY = ("Q28", "Hungary", "COUNTRY", ["Hungary", "Hongrie", "Hungría", "Ungheria", "Ungarn"], "HUN")
STATES = [RUSSIA, UKRAINE, EU, HUNGARY]
CRITICISM = ("ACCUSE", ("Q458",), ("Q28",), "occurred")
HUNGARIAN_ATTACK = ("ASSAULT", ("Q28",), ("Q212",), "occurred")
EU_SANCTIONS = ("SANCTION", ("Q458",), ("Q159",), "occurred")


def test_reason_possessive_stands_for_the_object_en():
    found = events(document("The European Union criticised Hungary for its attack on Ukraine.", "en", STATES))
    assert [summary(e) for e in found] == [CRITICISM, HUNGARIAN_ATTACK]


def test_reason_possessive_stands_for_the_object_fr():
    found = events(document("L'Union européenne a critiqué la Hongrie pour son attaque contre l'Ukraine.", "fr", STATES))
    assert [summary(e) for e in found] == [CRITICISM, HUNGARIAN_ATTACK]


def test_reason_possessive_stands_for_the_object_es():
    found = events(document("La Unión Europea criticó a Hungría por su ataque contra Ucrania.", "es", STATES))
    assert [summary(e) for e in found] == [CRITICISM, HUNGARIAN_ATTACK]


def test_reason_possessive_stands_for_the_object_it():
    found = events(document("L'Unione europea ha criticato l'Ungheria per il suo attacco contro l'Ucraina.", "it",
                            STATES))
    assert [summary(e) for e in found] == [CRITICISM, HUNGARIAN_ATTACK]


def test_reason_possessive_stands_for_the_object_de():
    found = events(document("Die Europäische Union kritisierte Ungarn für seinen Angriff auf die Ukraine.", "de",
                            STATES))
    assert [summary(e) for e in found] == [CRITICISM, HUNGARIAN_ATTACK]


def test_possessive_past_a_modifier_stands_for_the_verbs_subject():
    # "its own": a word between the possessive and the noun no longer hides the verb's subject
    found = events(document("The European Union quickly retaliated with its own sanctions against Russia.", "en",
                            STATES))
    assert [summary(e) for e in found] == [EU_SANCTIONS]


def test_possessive_with_a_modifier_keeps_the_subject_de():
    found = events(document("Die Europäische Union reagierte schnell mit ihren eigenen Sanktionen gegen Russland.",
                            "de", STATES))
    assert [summary(e) for e in found] == [EU_SANCTIONS]


# -- readings that must not change (untuned news read by eye) ---------------------------------------

PITT = ("Q35332", "Brad Pitt", "PERSON", ["Brad Pitt"])
EAFIT = ("x:org:universidad-eafit", "Universidad Eafit", "ORG", ["Universidad Eafit"])
EMBASSY = ("x:org:embajada-de-alemania", "Embajada de Alemania", "ORG", ["Embajada de Alemania"])
RAMDEHOL = ("x:person:bharrat-ramdehol", "Bharrat Ramdehol", "PERSON", ["Ramdehol"])


def test_a_verb_form_after_a_reason_possessive_is_a_noun():
    found = events(document("Brad Pitt picked up another trophy for his supporting role as a stunt man.", "en", [PITT]))
    assert found == []


def test_a_finite_light_verb_passes_no_agent_to_the_noun_after_it():
    # only verb-final languages put an agent and its participle before the noun
    found = events(document("El debate fue organizado por estudiantes de la Universidad Eafit y tuvo apoyo de la "
                            "Embajada de Alemania.", "es", [EAFIT, EMBASSY]))
    assert all("x:org:universidad-eafit" not in e.source for e in found)


def test_a_possessive_after_another_verb_is_not_the_first_verbs_subject():
    found = events(document("Relatives said that Ramdehol had asked them to accompany him on his hunting trip.", "en",
                            [RAMDEHOL]))
    assert [e.type for e in found if e.trigger.text == "trip"] == []


def test_a_participation_verb_leaves_the_preposition_its_role():
    # "il participe au réaménagement de Séoul": the place stays the object of "au", no subject for later pronouns
    seoul = ("kb:place:seoul-kr", "Seoul", "PLACE", ["Séoul"], "KOR")
    found = events(document("Durant des décennies, il participe au réaménagement urbain de Séoul. Pour réussir, il "
                            "acceptera de participer à des opérations illicites.", "fr", [seoul]))
    assert found == []


# -- a country adjective on the noun acts; the noun's own genitive undergoes ------------------------

RUSSIA_ADJ = ("Q159", "Russia", "COUNTRY", ["adjective:Russian", "adjective:russa", "adjective:russe", "adjective:rusa",
                                            "adjective:russische"], "RUS")
INVASION = [("ASSAULT", ("Q159",), ("Q212",), "occurred")]


def test_adjective_acts_and_genitive_undergoes_en():
    found = events(document("The Russian invasion of Ukraine began in 2022.", "en", [RUSSIA_ADJ, UKRAINE]))
    assert [summary(e) for e in found] == INVASION


def test_adjective_acts_and_genitive_undergoes_it():
    found = events(document("L'invasione russa dell'Ucraina è iniziata nel 2022.", "it", [RUSSIA_ADJ, UKRAINE]))
    assert [summary(e) for e in found] == INVASION


def test_adjective_acts_and_genitive_undergoes_fr():
    found = events(document("L'invasion russe de l'Ukraine a commencé en 2022.", "fr", [RUSSIA_ADJ, UKRAINE]))
    assert [summary(e) for e in found] == INVASION


def test_adjective_acts_and_genitive_undergoes_es():
    found = events(document("La invasión rusa de Ucrania comenzó en 2022.", "es", [RUSSIA_ADJ, UKRAINE]))
    assert [summary(e) for e in found] == INVASION


def test_adjective_acts_and_genitive_undergoes_de():
    found = events(document("Die russische Invasion der Ukraine begann 2022.", "de", [RUSSIA_ADJ, UKRAINE]))
    assert [summary(e) for e in found] == INVASION
