"""English the writer put there: a sentence in English, a term given in brackets, a command in
code, an English plural agreeing with its article. None is a spinner's swap; the same word in
running text of the language still is."""
from __future__ import annotations

from cronaca.clean import spinner


def changes(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(text[e.start:e.end], e.replacement, e.kind) for e in spinner.propose(text, lang)]


def test_word_in_an_english_sentence_is_left_alone():
    assert changes("Pour les détails, la page dit en anglais : for other possibilities review the "
                   "archive directory structure. Le reste de la page est en français.", "fr") == []


def test_same_word_in_a_french_sentence_is_repaired():
    assert changes("Pour les détails, la page dit en français que le directory de la maison est "
                   "plus grand que prévu.", "fr") == [("directory", "court", "substitution")]


def test_english_words_inside_a_title_do_not_make_the_sentence_english():
    # "for" joins "The Scramble for Europe": a title, and the sentence around it is French
    assert [c[0] for c in changes(
        "Il a publié un livre intitulé The Scramble for Europe et la society subsaharienne va "
        "plus que doubler selon lui.", "fr")] == ["society"]


def test_english_term_alone_in_brackets_is_left_alone():
    assert changes("Si le problème est grave, vous pouvez faire un retour en arrière (downgrade) "
                   "de tout le système vers la version précédente.", "fr") == []


def test_same_term_in_running_text_is_repaired():
    assert changes("Si le problème est grave, vous pouvez faire un retour en arrière de tout le "
                   "système vers la downgrade précédente.", "fr") == [
        ("downgrade", "place", "substitution")]


def test_command_named_in_code_is_left_alone():
    assert changes("Pour chercher les fichiers, la commande find(1) parcourt tout le répertoire "
                   "donné.", "fr") == []
    assert changes("Pour chercher les fichiers, la commande find parcourt tout le répertoire "
                   "donné.", "fr") == [("find", "chance", "substitution")]


def test_english_plural_after_a_plural_article_is_the_writers():
    # every original the lexicon offers for "boards" is singular ("site"): "les site" is no French
    assert changes("Dans les entreprises françaises, les boards se réunissent rarement et les "
                   "referees des revues scientifiques travaillent sans être payés.", "fr") == []


def test_singular_after_a_singular_article_is_still_a_swap():
    assert changes("Dans les entreprises françaises, le board se réunit rarement et le referee de "
                   "la revue scientifique travaille sans être payé.", "fr") == [
        ("referee", "critique", "substitution")]


def test_english_sentence_opened_by_a_capitalised_english_word_is_left_alone():
    # "For" opens the sentence; the stop in "6.7" ends none
    assert changes("Le paquet est disponible. For other possibilities review the archive "
                   "directory structure at Section 6.7, qui décrit tout.", "fr") == []


def test_quoted_english_phrase_sharing_a_word_with_the_language_is_left_alone():
    # "attention" is French too, but "key" beside it makes the quote an English phrase
    assert changes("Le noyau fournit la touche d’appel sécurisée (« secure attention key ») pour "
                   "les administrateurs du système.", "fr") == []
    assert changes("Le noyau fournit la touche d’appel « secure cerveau » pour les "
                   "administrateurs du système.", "fr") == [("secure", "plus", "substitution")]


def test_a_foreign_word_the_language_uses_more_than_spinners_produce_it_is_left_alone():
    # Italian text holds "landing" (a landing page) far more often than spinner output reaches it
    # (spinner_strong_odds.tsv): the writer's English
    assert changes("Il Comune invita i cittadini a visitare la landing page del progetto per "
                   "avere tutte le informazioni.", "it") == []


def test_the_same_foreign_word_is_repaired_beside_another_out_of_language_swap():
    # with a second foreign word type in the article, the rate is a spun article's
    assert changes("Il Comune invita i cittadini a visitare la landing page del progetto per "
                   "avere tutte le informazioni advert Arezzo.", "it") == [
        ("landing", "stage", "substitution"), ("advert", "ad", "substitution")]
